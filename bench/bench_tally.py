"""Benchmark: tally of 100,000 questionnaires × 20 questions (run by hand, a minute).

    .venv/bin/python bench/bench_tally.py [--respondents N] [--questions Q]

A quick stand-in for the tally row of bench/run_all.py: the questionnaires are inserted
with plain SQL ``executemany`` (no change log; the database's triggers count them as they
would any write) into a temporary database, instead of importing them into the large
project. Reports ``tally_survey`` computed (cache emptied), again at the same data revision
(cached), and the fastest plain SQL over the same answers: a GROUP BY over one row per
answer with a covering index (bench_core.flat_answers). Best of 5, interleaved.
"""
from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
for p in (str(BENCH), str(BENCH.parent)):
    if p not in sys.path:
        sys.path.insert(0, p)

from bench_core import measure_tally  # noqa: E402 - after the path set-up above

from evaltool.db import open_database  # noqa: E402
from evaltool.identity import ensure_profile  # noqa: E402
from evaltool.models import new_id, utcnow  # noqa: E402
from evaltool.projects import create_project  # noqa: E402
from evaltool.survey import add_group, add_question, create_survey  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--respondents", type=int, default=100_000)
    ap.add_argument("--questions", type=int, default=20)
    args = ap.parse_args()
    rng = random.Random(6)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "data")
        ensure_profile(db, "bench", "lead")
        with db.session() as s:
            pid = create_project(s, "bench").id
            sid = create_survey(s, pid, "bench").id
            keys = [f"q{i + 1}" for i in range(args.questions)]
            for k in keys:
                add_question(s, sid, k, "scale5", f"问题 {k}")
            groups = [add_group(s, sid, name).id for name in ("主管部门", "使用单位", "办事人")]
        db.close()
        t0 = time.perf_counter()
        now = utcnow()
        rows = []
        for i in range(args.respondents):
            ans = {k: rng.choices((1, 2, 3, 4, 5), (40, 35, 15, 7, 3))[0] for k in keys if rng.random() > 0.03}
            rows.append((new_id(), now, now, 0, pid, sid, groups[i % 3], f"r{i}", "", "", json.dumps(ans)))
        with sqlite3.connect(Path(tmp) / "data" / "evaltool.sqlite") as con:
            con.executemany(
                "INSERT INTO responses (id, created_at, updated_at, deleted, project_id, survey_id, group_id,"
                " respondent_ref, level, unit_name, answers) VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
        print(f"inserted {args.respondents:,} questionnaires × {args.questions} questions "
              f"in {time.perf_counter() - t0:.1f} s (counted by the database's triggers as they went in)")
        t = measure_tally(Path(tmp) / "data", sid, Path(tmp), 5)
    print(f"plain GROUP BY, one row per answer ({t['answers']:,}), covering index: {t['plain'] * 1000:8.1f} ms")
    print(f"tally_survey, computed:                 {t['tally'] * 1000:8.1f} ms  → ratio {t['tally'] / t['plain']:.2f}")
    print(f"tally_survey, same data revision:       {t['cached'] * 1000:8.1f} ms  → ratio {t['cached'] / t['plain']:.2f}")


if __name__ == "__main__":
    main()
