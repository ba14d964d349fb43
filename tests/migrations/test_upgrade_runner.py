"""How evaltool.db runs a revision on a real database: all or nothing, with foreign keys
checked at the end rather than tripping the copy–drop–rename of a batch migration."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from evaltool.db import open_database
from evaltool.errors import DatabaseError
from evaltool.i18n import set_language
from tests.migrations.conftest import HEAD, NEXT, add_revision
from tests.migrations.test_released_database import (
    FIXTURE_DIRS,
    snapshot,
    unpack,
    version,
)

RELEASE = FIXTURE_DIRS[0]


@pytest.fixture(autouse=True)
def _messages_in_english(_language_zh: None) -> None:
    set_language("en")


def test_a_failing_revision_leaves_the_database_as_it_was(scratch_migrations: Path, tmp_path: Path) -> None:
    """The revision creates a table, changes one, then fails: none of it stays, so the
    next start can try again (Python's sqlite3 alone would have committed the DDL)."""
    add_revision(scratch_migrations, NEXT, HEAD, """
        op.create_table('scratch_notes', sa.Column('id', sa.String(36), primary_key=True))
        with op.batch_alter_table('projects') as b:
            b.drop_column('spread_threshold')
        op.execute('SELECT * FROM no_such_table')
    """)
    db_file = unpack(RELEASE, tmp_path / "data")
    before = snapshot(db_file)
    with pytest.raises(DatabaseError, match="Cannot upgrade the database") as exc:
        open_database(db_file.parent)
    assert str(db_file.parent) in str(exc.value) and "no such table: no_such_table" in str(exc.value)
    assert version(db_file) == "0002"
    assert snapshot(db_file) == before
    con = sqlite3.connect(db_file)
    try:
        assert [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE name LIKE '%scratch%' "
                                          "OR name LIKE '_alembic_tmp%'")] == []
    finally:
        con.close()
    assert len(list((db_file.parent / "backups").glob("*.sqlite"))) == 1


def test_a_batch_change_to_a_table_others_refer_to_works_on_real_data(scratch_migrations: Path,
                                                                      tmp_path: Path) -> None:
    """Dropping a column of ``projects`` copies the table and drops the original, which
    every other table refers to: with foreign keys on that fails on any database with a
    project (and passes on an empty one)."""
    add_revision(scratch_migrations, NEXT, HEAD, """
        with op.batch_alter_table('projects') as b:
            b.drop_column('spread_threshold')
    """)
    db_file = unpack(RELEASE, tmp_path / "data")
    before = snapshot(db_file)
    db = open_database(db_file.parent)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1  # on again for the app
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    finally:
        db.close()
    after = snapshot(db_file)
    assert "spread_threshold" not in after["projects"].columns
    assert len(after["projects"].rows) == len(before["projects"].rows) == 1
    assert after["scores"].rows == before["scores"].rows


def test_a_revision_that_breaks_references_is_refused(scratch_migrations: Path, tmp_path: Path) -> None:
    add_revision(scratch_migrations, NEXT, HEAD, "op.execute('DELETE FROM indicators')")
    db_file = unpack(RELEASE, tmp_path / "data")
    before = snapshot(db_file)
    with pytest.raises(DatabaseError, match="refer to missing records") as exc:
        open_database(db_file.parent)
    assert str(db_file.parent) in str(exc.value)
    assert version(db_file) == "0002"
    assert snapshot(db_file) == before
