#!/usr/bin/env python3
"""The frozen app is built from ``requirements/build-lock.txt`` (exact versions, hashes).

This check fails when the lock no longer satisfies ``pyproject.toml``: a dependency (or
the ``build`` extra) missing from it, or a pinned version outside the declared range.
Regenerate the lock after changing dependencies:

    .venv/bin/pip install uv
    .venv/bin/uv pip compile pyproject.toml --extra build --universal --generate-hashes \\
        --python-version 3.11 -o requirements/build-lock.txt
"""
from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "requirements" / "build-lock.txt"
PIN = re.compile(r"^([A-Za-z0-9._-]+)==([^\s;\\]+)")


def main() -> int:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = [Requirement(r) for r in project["dependencies"] + project["optional-dependencies"]["build"]]
    pins: dict[str, str] = {}
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        m = PIN.match(line)
        if m:
            pins[canonicalize_name(m[1])] = m[2]
    problems = []
    for req in wanted:
        if req.marker is not None and not req.marker.evaluate():
            continue
        got = pins.get(canonicalize_name(req.name))
        if got is None:
            problems.append(f"{req.name} is not in {LOCK.relative_to(ROOT)}")
        elif not req.specifier.contains(got, prereleases=True):
            problems.append(f"{req.name}=={got} in the lock is outside pyproject's range {req.specifier}")
    for p in problems:
        print(p)
    if problems:
        print(__doc__.split("\n\n", 2)[2])
        return 1
    print(f"lock: {len(pins)} pinned packages satisfy pyproject.toml")
    return 0


if __name__ == "__main__":
    sys.exit(main())
