"""Fuzz every reader of outside data for as long as you like (run by hand).

    .venv/bin/python scripts/fuzz.py                   # every target, 60 s each
    .venv/bin/python scripts/fuzz.py --seconds 600 sheet package
    .venv/bin/python scripts/fuzz.py --start 1000000   # other inputs than the last run

Targets and their inputs: ``tests/fuzz/targets.py`` (the CI runs the same targets for a
few seconds: ``tests/fuzz/test_fuzz.py``). A target may refuse an input with an
``EvaltoolError``; anything else is a crash: its input is saved under ``--out`` (default
``fuzz-crashes/``) with the traceback, and the run goes on. Prints, per target, the inputs
tried, the crashes (grouped by where they happened) and the time; exit 1 on any crash.
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import time
import traceback
import warnings
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from tests.fuzz.targets import TARGETS, available

    warnings.simplefilter("ignore")  # damaged files make zipfile and openpyxl warn; errors are what count

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("targets", nargs="*", help=f"targets to run (default: all of {', '.join(available())})")
    ap.add_argument("--seconds", type=float, default=60.0, help="time per target (default 60)")
    ap.add_argument("--start", type=int, default=0, help="first random seed (inputs are reproducible)")
    ap.add_argument("--out", type=Path, default=Path("fuzz-crashes"), help="where crashing inputs go")
    args = ap.parse_args()
    names = args.targets or available()
    unknown = [n for n in names if n not in TARGETS]
    if unknown:
        ap.error(f"unknown targets: {', '.join(unknown)}")
    total_crashes = 0
    started = time.perf_counter()
    for name in names:
        target = TARGETS[name]
        tried = 0
        crashes: Counter[str] = Counter()
        end = time.perf_counter() + args.seconds
        seed = args.start
        while time.perf_counter() < end:
            try:
                target.run(random.Random(seed))
            except Exception as exc:  # noqa: BLE001 - a crash is what we are looking for
                tb = traceback.extract_tb(exc.__traceback__)
                where = next((f"{Path(f.filename).name}:{f.lineno}" for f in reversed(tb)
                              if "evaltool" in f.filename and "tests" not in f.filename), "?")
                key = f"{type(exc).__name__} at {where}"
                if key not in crashes:
                    args.out.mkdir(parents=True, exist_ok=True)
                    (args.out / f"{name}-{seed}.txt").write_text(
                        f"target {name}, seed {seed} (reproduce: TARGETS['{name}'].run(random.Random({seed})))\n\n"
                        + "".join(traceback.format_exception(exc)), encoding="utf-8")
                crashes[key] += 1
            tried += 1
            seed += 1
        spent = args.seconds
        print(f"{name:12} tried {tried:7}  crashed {sum(crashes.values()):5}  in {spent:.0f} s (seeds {args.start}–{seed - 1})")
        for key, n in crashes.most_common():
            print(f"    {n:5} × {key}")
        total_crashes += sum(crashes.values())
    print(f"total {time.perf_counter() - started:.0f} s, {total_crashes} crashes")
    return 1 if total_crashes else 0


if __name__ == "__main__":
    raise SystemExit(main())
