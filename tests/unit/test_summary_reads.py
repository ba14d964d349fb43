"""The project summary reads each table once (issue 20: it read every score twice, for the
totals and again for the flags), and gives the same figures as before."""
from __future__ import annotations

from sqlalchemy import event

from evaltool.db import Database
from evaltool.scoring import project_summary


def test_the_summary_reads_the_scores_once(demo_db: Database, demo_project_id: str) -> None:
    seen: list[str] = []

    def record(_conn, _cursor, statement, _params, _context, _many) -> None:
        seen.append(statement)

    event.listen(demo_db.engine, "before_cursor_execute", record)
    try:
        with demo_db.read_session() as s:
            summary = project_summary(s, demo_project_id)
    finally:
        event.remove(demo_db.engine, "before_cursor_execute", record)
    assert round(summary.total, 3) == 81.415 and summary.grade == "良"  # seed 000
    assert sum("FROM scores" in q for q in seen) == 1, [q for q in seen if "FROM scores" in q]
