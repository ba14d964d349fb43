#!/usr/bin/env python3
"""mypy gate: the Qt-free core must be clean; the UI may not add errors to its baseline.

    .venv/bin/python scripts/check_types.py            # CI: exit 1 on any new error or stale baseline entry
    .venv/bin/python scripts/check_types.py --update   # rewrite the baseline after fixing UI errors
    .venv/bin/python scripts/check_types.py --init     # after moving UI modules (review: it must not grow)

mypy runs with the configuration in pyproject.toml. Errors in ``evaltool/`` outside
``evaltool/ui/`` always fail. Errors in ``evaltool/ui/`` are compared with
``mypy-baseline.txt`` (one ``path: message [code]`` per line, without line numbers so
that moving code does not churn it): a new one fails, and so does an entry that no longer
occurs, so the baseline only ever shrinks (run with ``--update`` after a fix; ``--update``
refuses to add entries).
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / "mypy-baseline.txt"
LINE = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+): error: (?P<msg>.*)$")


def run_mypy() -> list[tuple[str, int, str]]:
    proc = subprocess.run([sys.executable, "-m", "mypy", "--no-pretty", "--no-error-summary"], cwd=ROOT,
                          capture_output=True, text=True, check=False)
    if proc.returncode not in (0, 1):
        sys.stderr.write(proc.stdout + proc.stderr)
        raise SystemExit(f"mypy failed to run (exit {proc.returncode})")
    out = []
    for raw in proc.stdout.splitlines():
        m = LINE.match(raw.strip())
        if m:
            out.append((m["path"].replace("\\", "/"), int(m["line"]), m["msg"].strip()))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--update", action="store_true", help="rewrite the baseline (only removals are allowed)")
    ap.add_argument("--init", action="store_true",
                    help="write the baseline from scratch (when modules moved; review the diff: it must not grow)")
    args = ap.parse_args()
    errors = run_mypy()
    core = [e for e in errors if not e[0].startswith("evaltool/ui/")]
    ui = Counter(f"{path}: {msg}" for path, _line, msg in errors if path.startswith("evaltool/ui/"))
    baseline = Counter(line for line in BASELINE.read_text(encoding="utf-8").splitlines()
                       if line.strip() and not line.startswith("#")) if BASELINE.exists() else Counter()
    new = ui - baseline
    fixed = baseline - ui
    status = 0
    for path, line, msg in core:
        print(f"{path}:{line}: error: {msg}   (the core must be type-clean)")
        status = 1
    for entry, n in sorted(new.items()):
        print(f"new UI type error{'s' if n > 1 else ''} (not in mypy-baseline.txt): {entry}" + (f" ×{n}" if n > 1 else ""))
        status = 1
    if args.update or args.init:
        if new and not args.init:
            print("--update only removes fixed entries; fix the new errors first.")
            return 1
        header = "# mypy errors of evaltool/ui/ accepted for now; it only shrinks (scripts/check_types.py --update)\n"
        BASELINE.write_text(header + "".join(f"{e}\n" for e in sorted(ui.elements())), encoding="utf-8")
        print(f"mypy-baseline.txt: {sum(ui.values())} entries ({sum(fixed.values())} removed)")
        return status
    for entry, n in sorted(fixed.items()):
        print(f"fixed, remove from mypy-baseline.txt (scripts/check_types.py --update): {entry}" + (f" ×{n}" if n > 1 else ""))
        status = 1
    if status == 0:
        print(f"mypy: core clean; UI at its baseline ({sum(baseline.values())} accepted).")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
