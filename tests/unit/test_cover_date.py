"""The report's cover is dated from the project, not from the computer's clock."""
from __future__ import annotations

from pathlib import Path

from evaltool.db import Database
from evaltool.export import export_project
from evaltool.projects import update_project
from evaltool.selftest import docx_text


def test_the_cover_takes_the_report_date_or_else_the_end_of_the_evaluation(demo_db: Database, demo_project_id: str,
                                                                         tmp_path: Path) -> None:
    pid = demo_project_id
    with demo_db.session() as s:  # seed 000: the evaluation ran 2023-05-04 … 2023-07-14, no report date yet
        update_project(s, pid, report_date=None, evaluation_end="2023-07-14")
    export_project(demo_db, pid, docx=tmp_path / "a.docx")
    assert "2023年7月" in docx_text(tmp_path / "a.docx")
    with demo_db.session() as s:
        update_project(s, pid, report_date="2023-08-01")
    export_project(demo_db, pid, docx=tmp_path / "b.docx")
    assert "2023年8月" in docx_text(tmp_path / "b.docx")
