"""Benchmark: tally of 100,000 questionnaires × 20 questions (run by hand).

    .venv/bin/python bench/bench_tally.py [--respondents N] [--questions Q]

Rows are inserted directly with SQL executemany (bypassing the change log) into a
temporary database. Reports the time of ``tally_survey`` (best of 5) and its ratio to a
plain SQLite GROUP BY over the same answers stored one row per answer (the fastest
thing SQLite can do), and to a GROUP BY over the JSON answers with json_each.
"""
from __future__ import annotations

import argparse
import json
import random
import sqlite3
import tempfile
import time
from pathlib import Path

from evaltool.db import open_database
from evaltool.identity import ensure_profile
from evaltool.models import new_id, utcnow
from evaltool.projects import create_project
from evaltool.survey import add_group, add_question, create_survey
from evaltool.tally import tally_survey


def best(fn, repeat: int = 5) -> tuple[float, object]:
    times, out = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return min(times), out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--respondents", type=int, default=100_000)
    ap.add_argument("--questions", type=int, default=20)
    args = ap.parse_args()
    rng = random.Random(6)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp))
        ensure_profile(db, "bench", "lead")
        with db.session() as s:
            pid = create_project(s, "bench").id
            sid = create_survey(s, pid, "bench").id
            keys = [f"q{i + 1}" for i in range(args.questions)]
            for k in keys:
                add_question(s, sid, k, "scale5", f"问题 {k}")
            groups = [add_group(s, sid, name).id for name in ("主管部门", "使用单位", "办事人")]
        t0 = time.perf_counter()
        now = utcnow()
        rows, flat = [], []
        for i in range(args.respondents):
            g = groups[i % 3]
            ans = {k: rng.choices((1, 2, 3, 4, 5), (40, 35, 15, 7, 3))[0] for k in keys if rng.random() > 0.03}
            rid = new_id()
            rows.append((rid, now, now, 0, pid, sid, g, f"r{i}", "", "", json.dumps(ans)))
            flat.extend((rid, g, k, v) for k, v in ans.items())
        with sqlite3.connect(db.path) as con:
            con.executemany(
                "INSERT INTO responses (id, created_at, updated_at, deleted, project_id, survey_id, group_id,"
                " respondent_ref, level, unit_name, answers) VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
            con.execute("CREATE TABLE flat_answers (rid TEXT, group_id TEXT, qkey TEXT, code INTEGER)")
            con.executemany("INSERT INTO flat_answers VALUES (?,?,?,?)", flat)
        print(f"inserted {args.respondents} questionnaires × {args.questions} questions "
              f"({len(flat)} answers) in {time.perf_counter() - t0:.1f} s")

        with db.read_session() as s:
            t_tally, tally = best(lambda: tally_survey(s, sid))
        con = sqlite3.connect(db.path)
        t_flat, _ = best(lambda: con.execute(
            "SELECT group_id, qkey, code, count(*) FROM flat_answers GROUP BY 1, 2, 3").fetchall())
        t_json, _ = best(lambda: con.execute(
            "SELECT r.group_id, j.key, j.atom, count(*) FROM responses r, json_each(r.answers) j"
            " WHERE r.survey_id = ? AND r.deleted = 0 GROUP BY 1, 2, 3", (sid,)).fetchall())
        con.close()
        db.close()
    print(f"tally_survey:                          {t_tally * 1000:8.1f} ms  (overall n={tally.overall.n}, "
          f"rate {tally.overall.rate:.4f})")
    print(f"plain GROUP BY, one row per answer:    {t_flat * 1000:8.1f} ms  → ratio {t_tally / t_flat:.2f}")
    print(f"GROUP BY over json_each(answers):      {t_json * 1000:8.1f} ms  → ratio {t_tally / t_json:.2f}")


if __name__ == "__main__":
    main()
