"""The survey counts after upgrades: a released database is counted by the revision
that adds the counts, and a later revision that rebuilds the questionnaire table (which
drops its triggers in SQLite) leaves the counts right."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from evaltool.db import open_database
from evaltool.models.survey_counts import TRIGGERS, ensure_survey_counts
from evaltool.survey import counts_agree, list_surveys
from evaltool.tally import tally_survey
from tests.migrations.conftest import HEAD, NEXT, add_revision
from tests.migrations.test_released_database import RELEASE, meta, unpack


def test_a_released_database_is_counted(tmp_path: Path) -> None:
    info = meta(RELEASE)
    unpack(RELEASE, tmp_path / "data")
    db = open_database(tmp_path / "data")
    try:
        with db.read_session() as s:
            surveys = {sv.name: sv for sv in list_surveys(s, info["project_id"])}
            assert all(counts_agree(s, sv.id) for sv in surveys.values())
            main = tally_survey(s, surveys["满意度调查"].id)
        # seed 000 plus 李华's two paper questionnaires (see test_released_database)
        assert [(g.name, g.n, g.satisfied) for g in main.groups] == [
            ("市政数局", 1, 1), ("使用单位", 69, 62), ("办事人", 147, 142)]
    finally:
        db.close()


def test_a_later_revision_that_rebuilds_the_table_keeps_the_counts(scratch_migrations: Path, tmp_path: Path) -> None:
    """SQLite drops a table's triggers with it; Alembic's batch mode copies, drops and
    renames. After the upgrade the triggers are back and the counts recounted."""
    add_revision(scratch_migrations, NEXT, HEAD, """
        with op.batch_alter_table('responses', recreate='always') as b:
            b.add_column(sa.Column('memo', sa.Text(), nullable=False, server_default=''))
        op.execute("UPDATE responses SET answers = '{\\"overall\\": 5}' WHERE rowid % 2 = 0")
    """)
    unpack(RELEASE, tmp_path / "data")
    db = open_database(tmp_path / "data")
    try:
        with db.engine.connect() as conn:
            names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
            assert {n for n, _ in TRIGGERS} <= names
            assert ensure_survey_counts(conn) is False  # nothing left to repair
        with db.read_session() as s:
            surveys = [sid for (sid,) in s.execute(text("SELECT id FROM surveys"))]
            assert surveys and all(counts_agree(s, sid) for sid in surveys)
            fives = s.execute(text("SELECT sum(n) FROM survey_answer_counts WHERE qkey = 'overall' AND value = '5'"))
            assert fives.scalar() >= 100  # half of the release's 217 questionnaires now say 5
    finally:
        db.close()
