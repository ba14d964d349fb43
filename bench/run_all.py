"""Every benchmark of issue 20 in one table (run by hand, on a machine as quiet as you can get):

    .venv/bin/python bench/run_all.py --large DIR [--only tally,summary_cli] [--growth] [--json FILE]

``--large DIR``: the data folder of bench/make_large.py (built there first when it has no
project yet: about a quarter of an hour at 1,000 leaves, see the README). Prints one row per
goal of the issue: the figure, its baseline measured in the same run, the ratio, the goal
and whether it is met; goals no benchmark measures yet are listed as such. ``--growth``
adds the 100 → 3,000-leaf growth of the project summary (builds those projects once into
``--growth-dir``). ``--markdown`` prints the table for the README.

Benchmark modules register their rows with ``benchlib.bench``; the window's rows go in a
module listed in ``MODULES`` next to ``bench_core``.
"""
from __future__ import annotations

import argparse
import importlib
import json
import platform
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
for p in (str(BENCH), str(ROOT)):
    if p not in sys.path:
        sys.path.insert(0, p)

from benchlib import GOALS, REGISTRY, Context, Result, load  # noqa: E402 - after the path set-up above

#: Modules whose ``@bench`` functions fill the table (import order = run order).
MODULES = ("bench_core", "bench_ui")
#: Rows that need a built project of their own, run only when asked.
OPT_IN = {"growth_core": "growth", "growth_ui": "growth"}


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s":
        return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"
    if unit == "s/change":
        return f"{value * 1e6:.1f} µs"
    if unit == "n^x":
        return f"n^{value:.2f}"
    return f"{value:.3g} {unit}"


def table(results: list[Result], markdown: bool) -> str:
    head = ["figure", "measured", "baseline (same run)", "ratio", "goal", "met"]
    rows = []
    for g in GOALS:
        got = [r for r in results if r.key == g.key]
        if not got:
            rows.append([g.what, "not measured yet", "", "", g.goal, f"— ({g.owner} half)" if g.owner else "—"])
            continue
        for r in got:
            if r.figure is None:
                rows.append([r.what or g.what, "failed", "", "", g.goal, r.note])
                continue
            base = f"{_fmt(r.baseline, r.unit)} {r.baseline_what}".strip() if r.baseline is not None else ""
            ratio = f"{r.ratio:.2f}×" if r.ratio is not None else ""
            met = {True: "yes", False: "**no**" if markdown else "NO", None: ""}[r.met]
            rows.append([r.what or g.what, _fmt(r.figure, r.unit) + (f" ({r.note})" if r.note else ""),
                         base, ratio, g.goal, met])
    if markdown:
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        lines += ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in rows]
        return "\n".join(lines)
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in [head, *rows])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--large", type=Path, help="data folder of the large project (built there when missing)")
    ap.add_argument("--leaves", type=int, default=1000, help="size of the large project when it is built")
    ap.add_argument("--only", help="comma-separated goal keys to run")
    ap.add_argument("--repeat", type=int, default=5, help="runs of each figure and baseline (best kept)")
    ap.add_argument("--growth", action="store_true", help="also measure growth from 100 to 3,000 leaves")
    ap.add_argument("--growth-dir", type=Path, help="where the growth projects are built and kept")
    ap.add_argument("--evidence-files", type=int, default=1000)
    ap.add_argument("--evidence-items", type=int, default=5000)
    ap.add_argument("--json", type=Path, help="also write the results as JSON")
    ap.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    args = ap.parse_args()

    for name in MODULES:
        importlib.import_module(name)
    from make_large import build, load_manifest

    manifest = None
    if args.large is not None:
        manifest = load_manifest(args.large)
        if manifest is None:
            manifest = build(args.large, args.leaves)
    only = set(args.only.split(",")) if args.only else None
    work = Path(tempfile.mkdtemp(prefix="run-all-", dir=args.large.parent if args.large else None))
    ctx = Context(args.large, manifest, work, args.repeat,
                  {"evidence_files": args.evidence_files, "evidence_items": args.evidence_items,
                   "growth_dir": args.growth_dir})
    results: list[Result] = []
    started = load()
    t0 = time.perf_counter()
    try:
        for key, fn in REGISTRY.items():
            if only is not None and key not in only:
                continue
            if only is None and key in OPT_IN and not getattr(args, OPT_IN[key]):
                continue
            print(f"… {key}", file=sys.stderr, flush=True)
            try:
                results += fn(ctx)
            except Exception as exc:  # noqa: BLE001 - one broken benchmark must not hide the others' rows
                traceback.print_exc()
                results.append(Result(key, None, note=f"{type(exc).__name__}: {exc}"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(table(results, args.markdown))
    print(f"\n{platform.python_implementation()} {platform.python_version()}, {platform.machine()}; "
          f"load average {started} at the start, {load()} at the end; {time.perf_counter() - t0:.0f} s"
          + (f"; large project: {manifest['leaves']:,} leaves, {manifest['questionnaires']:,} questionnaires, "
             f"{manifest['evidence_files']:,} evidence files" if manifest else ""))
    if args.json:
        args.json.write_text(json.dumps([{**r.__dict__, "ratio": r.ratio} for r in results],
                                        ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
