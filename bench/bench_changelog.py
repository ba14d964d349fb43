"""Change-log budget (run by hand): ``.venv/bin/python bench/bench_changelog.py [--saves 1920]``.

How much does a working day grow the database file? A project with 1,000 leaves (10 × 10 ×
10) is set up by its lead; then, on a simulated clock, a day of work:

- typing the six narrative sections in the report editor: ``--saves`` autosaves (the
  editor saves a whole section 1.2 s after typing stops: one pause every 15 s for 8 hours
  is 1,920 saves), each adding 12 characters to the section being typed, and a sync package
  written every two hours (after which the next edit of a field is a change of its own);
- scoring the 1,000 leaves (value and a comment), one in ten scored again later.

The file's growth is measured (after a WAL checkpoint) three ways in the same run:

1. **final content once** — the baseline: the same sections and scores written once each;
2. **this evaltool** — every save, with consecutive unsent edits of a field coalesced;
3. **every save kept** — as before coalescing (a package "written" after every save).

Also timed: the start-up clock read (the latest change that is not from the future) with
the change log's clock index, against the same query forced to scan the table.
"""
from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SECTIONS = ("background", "implementation", "achievements", "problems", "suggestions", "conclusion")
PAUSE_MS = 15_000  # one autosave per pause in typing
CHUNK = "项目运维服务按合同约定完成，"  # 12 characters typed between two pauses (≈ 48/min)


def _size(db_path: Path) -> int:
    con = sqlite3.connect(db_path)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        pages = con.execute("PRAGMA page_count").fetchone()[0]
        size = con.execute("PRAGMA page_size").fetchone()[0]
        return int(pages * size)
    finally:
        con.close()


def set_up(folder: Path) -> tuple[str, list[str]]:
    """A data folder with the lead's 1,000-leaf project; returns its id and the leaves."""
    from evaltool.db import open_database
    from evaltool.framework import add_indicator
    from evaltool.identity import ensure_profile
    from evaltool.projects import create_project

    db = open_database(folder, backup="never")
    ensure_profile(db, "张明", "lead")
    leaves: list[str] = []
    with db.session() as s:
        pid = create_project(s, "千项指标预算绩效评价").id
        for i in range(10):
            l1 = add_indicator(s, pid, None, f"一级{i}", 10.0)
            for j in range(10):
                l2 = add_indicator(s, pid, l1.id, f"二级{i}-{j}", 1.0)
                leaves += [add_indicator(s, pid, l2.id, f"三级{i}-{j}-{k}", 0.1).id for k in range(10)]
    db.close()
    return pid, leaves


def work_day(folder: Path, pid: str, leaves: list[str], saves: int, mode: str) -> float:
    """Run the day in ``mode`` (``once`` | ``coalesced`` | ``every``); returns seconds taken."""
    from evaltool.changelog import mark_sent
    from evaltool.db import open_database
    from evaltool.report_sections import set_section
    from evaltool.scoring import set_score

    db = open_database(folder, backup="never")
    now = [int(time.time() * 1000)]
    db.clock.wall = lambda: now[0]
    per_section = saves // len(SECTIONS)
    sent_every = max(1, (2 * 3600 * 1000) // PAUSE_MS)  # a package every two hours of saves

    def step(fn: Callable[[object], object], save_no: int) -> None:
        with db.session() as s:
            fn(s)
            if mode == "every" or (mode == "coalesced" and save_no % sent_every == 0):
                mark_sent(s, db.device_id)
        now[0] += PAUSE_MS

    start = time.perf_counter()
    if mode == "once":
        for k in SECTIONS:
            step(lambda s, k=k: set_section(s, pid, k, CHUNK * per_section), 1)
        for n, leaf in enumerate(leaves):
            step(lambda s, leaf=leaf, n=n: set_score(s, pid, leaf, db.evaluator_id, 0.05 + (n % 10) * 0.005,
                                                     comment="要点③材料不全，酌情扣分。" if n % 10 == 0 else "符合要求。"), 1)
    else:
        texts = dict.fromkeys(SECTIONS, "")
        for n in range(per_section * len(SECTIONS)):
            k = SECTIONS[n % len(SECTIONS)]
            texts[k] += CHUNK
            step(lambda s, k=k, t=texts[k]: set_section(s, pid, k, t), n + 1)
        for n, leaf in enumerate(leaves):
            first = 0.1 if n % 10 == 0 else 0.05 + (n % 10) * 0.005
            step(lambda s, leaf=leaf, v=first, n=n: set_score(s, pid, leaf, db.evaluator_id, v,
                                                               comment="符合要求。"), n + 1)
        for n, leaf in enumerate(leaves[::10]):  # one in ten scored again, later in the day
            step(lambda s, leaf=leaf: set_score(s, pid, leaf, db.evaluator_id, 0.05,
                                                comment="要点③材料不全，酌情扣分。"), n + 1)
    elapsed = time.perf_counter() - start
    db.close()
    return elapsed


def clock_read(folder: Path) -> tuple[float, float, int]:
    """(ms with the index, ms scanning the table, changes in the log), best of 5 each."""
    con = sqlite3.connect(folder / "evaltool.sqlite")
    try:
        limit = f"{int(time.time() * 1000) + 600_000:015d}.999999"
        n = con.execute("SELECT count(*) FROM change_log").fetchone()[0]

        def best(sql: str) -> float:
            times = []
            for _ in range(5):
                t = time.perf_counter()
                con.execute(sql, (limit,)).fetchone()
                times.append(time.perf_counter() - t)
            return min(times) * 1000

        indexed = best("SELECT hlc FROM change_log WHERE hlc <= ? ORDER BY hlc DESC LIMIT 1")
        scan = best("SELECT hlc FROM change_log NOT INDEXED WHERE hlc <= ? ORDER BY hlc DESC LIMIT 1")
        return indexed, scan, int(n)
    finally:
        con.close()


def main() -> int:
    ap = argparse.ArgumentParser(description="change-log growth over a working day")
    ap.add_argument("--saves", type=int, default=1920, help="autosaves of the report editor (default: 8 h, one per 15 s)")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="evaltool-bench-log-"))
    try:
        pid, leaves = set_up(work / "template")
        base = _size(work / "template" / "evaltool.sqlite")
        print(f"project of {len(leaves)} leaves set up: {base / 1e6:.2f} MB")
        growth: dict[str, int] = {}
        for mode in ("once", "coalesced", "every"):
            folder = work / mode
            shutil.copytree(work / "template", folder)
            seconds = work_day(folder, pid, leaves, args.saves, mode)
            growth[mode] = _size(folder / "evaltool.sqlite") - base
            print(f"{mode:>9}: +{growth[mode] / 1e6:6.2f} MB in {seconds:5.1f} s")
        once = max(growth["once"], 1)
        print(f"ratio to the final content written once: this evaltool {growth['coalesced'] / once:.2f}×, "
              f"every save kept {growth['every'] / once:.2f}×")
        indexed, scan, n = clock_read(work / "every")
        print(f"start-up clock read over {n:,} changes: {indexed:.3f} ms with the index, {scan:.3f} ms scanning "
              f"({scan / max(indexed, 1e-6):.0f}×)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
