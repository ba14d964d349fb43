"""Sync merge benchmark (run by hand): ``.venv/bin/python bench/bench_sync.py [--rounds 40]``.

Laptop A holds the demo project; laptop B receives it, scores every leaf and edits the
54 indicators and 215 questionnaires ``--rounds`` times (about 270 changes a round), and
sends A a package of what A lacks. Measured on A:

1. checking the package (dry run) and merging it: wall time, and the longest gap between
   two checks for Cancel during the merge (what bounds how long Cancel takes to answer);
2. Cancel pressed half-way through the merge: time from the press until ``Cancelled``
   reaches the caller with everything rolled back.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def make_package(work: Path, rounds: int) -> tuple[Path, Path, str]:
    from sqlalchemy import select

    from evaltool import sync
    from evaltool.changelog import mark_sent
    from evaltool.db import open_database
    from evaltool.demo import create_demo_project
    from evaltool.identity import ensure_profile
    from evaltool.models import Indicator, Response
    from evaltool.projects import add_member
    from evaltool.scoring import leaf_results, set_score
    from evaltool.team import set_role

    a = open_database(work / "a", backup="never")
    ensure_profile(a, "甲", "lead")
    with a.session() as s:
        pid = create_demo_project(s).id
    usb = work / "usb"
    usb.mkdir()
    b = open_database(work / "b", backup="never")
    ensure_profile(b, "乙", "member")
    sync.import_package(b, sync.export_package(a, pid, usb).path)
    # the indicators are the leads' to edit: B joins, A names B a lead
    with b.session() as s:
        add_member(s, pid, b.evaluator_id)
    sync.import_package(a, sync.export_package(b, pid, usb).path)
    with a.session() as s:
        set_role(s, pid, b.evaluator_id, "lead")
    sync.import_package(b, sync.export_package(a, pid, usb, for_device=b.device_id).path)
    with b.session() as s:
        for leaf_id in leaf_results(s, pid):
            set_score(s, pid, leaf_id, b.evaluator_id, 0.0, comment="乙复核")
        indicators = list(s.scalars(select(Indicator).where(Indicator.project_id == pid)))
        responses = list(s.scalars(select(Response).where(Response.project_id == pid)))
        for r in range(1, rounds + 1):
            for ind in indicators:
                ind.evidence_hint = f"第{r}轮补充佐证"
            for resp in responses:
                resp.unit_name = f"受访单位（第{r}轮核对）"
            s.flush()
            mark_sent(s, b.device_id)  # a package went out after each round: every round's edits stay
    path = sync.export_package(b, pid, usb, for_device=a.device_id).path
    a.close()
    b.close()
    return work / "a", path, pid


class Checks:
    """A ``cancelled()`` that records when it is called (and can be pressed)."""

    def __init__(self) -> None:
        self.times: list[float] = []
        self.pressed_at: float | None = None

    def __call__(self) -> bool:
        now = time.perf_counter()
        self.times.append(now)
        return self.pressed_at is not None

    def longest_gap(self) -> float:
        return max((b - a for a, b in zip(self.times, self.times[1:], strict=False)), default=0.0)


def main() -> int:
    from evaltool import sync
    from evaltool.db import open_database
    from evaltool.errors import Cancelled
    from evaltool.sync.exchange import READ_END

    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=40)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    try:
        a_dir, package, _pid = make_package(work, args.rounds)
        fresh = work / "a-copy"
        shutil.copytree(a_dir, fresh)
        a = open_database(a_dir, backup="never")
        checks = Checks()
        t0 = time.perf_counter()
        dry = sync.import_package(a, package, dry_run=True, cancelled=checks)
        t_dry = time.perf_counter() - t0
        print(f"package: {dry.changes_total} changes, {dry.changes_new} new, {dry.totals.changed} records changed")
        print(f"  check (dry run)  {t_dry:.2f} s, longest gap between Cancel checks {checks.longest_gap() * 1000:.0f} ms")
        checks = Checks()
        t0 = time.perf_counter()
        sync.import_package(a, package, cancelled=checks)
        t_merge = time.perf_counter() - t0
        print(f"  merge            {t_merge:.2f} s, longest gap between Cancel checks {checks.longest_gap() * 1000:.0f} ms")
        a.close()

        b = open_database(fresh, backup="never")
        checks = Checks()

        def progress(done: int, _total: int) -> None:
            if checks.pressed_at is None and done >= (READ_END + 1000) // 2:
                checks.pressed_at = time.perf_counter()

        try:
            sync.import_package(b, package, progress=progress, cancelled=checks)
        except Cancelled:
            latency = time.perf_counter() - (checks.pressed_at or 0.0)
            print(f"  Cancel half-way: answered (rolled back) after {latency * 1000:.0f} ms")
        b.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
