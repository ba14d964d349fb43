"""Storage: migrations, backups, and refusing files we must not touch."""
from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from evaltool.backups import take_backup
from evaltool.db import head_revision, open_database, upgrade_to
from evaltool.errors import DatabaseError
from evaltool.models import Base
from evaltool.paths import DB_FILENAME


@pytest.fixture(autouse=True)
def _messages_in_english(_language_zh: None) -> None:
    """These tests read the English wording of error messages (translations exist now)."""
    from evaltool.i18n import set_language

    set_language("en")


def digest(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def test_empty_folder_gets_head_schema_wal_and_foreign_keys(data_dir: Path) -> None:
    db = open_database(data_dir)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head_revision()
    assert len(db.device_id) == 36
    db.close()


def test_models_and_migrations_agree(data_dir: Path) -> None:
    db = open_database(data_dir)
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    db.close()
    assert diff == [], f"models differ from migrations; run scripts/make_migration.py: {diff}"


def test_old_database_with_data_upgrades_intact(data_dir: Path) -> None:
    path = data_dir / DB_FILENAME
    upgrade_to(path, "0001")
    con = sqlite3.connect(path)
    con.execute("INSERT INTO projects (id, name, budget_unit, competent_department, commissioning_body, "
                "evaluation_agency, evaluation_type, grade_bands, consolidation, spread_threshold, settings, "
                "created_at, updated_at, deleted) VALUES ('p1', '旧项目', '某局', '', '', '', '重点评价', '[]', "
                "'mean', 0.2, '{}', 't', 't', 0)")
    con.commit()
    con.close()
    db = open_database(data_dir)
    from evaltool.projects import list_projects

    with db.read_session() as s:
        names = [p.name for p in list_projects(s)]
    assert names == ["旧项目"]
    backups = list((data_dir / "backups").glob("*.sqlite"))
    assert len(backups) == 1, "a backup is taken before migrating"
    con = sqlite3.connect(backups[0])
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    con.close()
    db.close()


def test_not_an_sqlite_file_is_refused_and_untouched(data_dir: Path) -> None:
    path = data_dir / DB_FILENAME
    path.write_bytes(b"PK\x03\x04 this is a zip, not a database" * 10)
    before = digest(path)
    with pytest.raises(DatabaseError) as exc:
        open_database(data_dir)
    assert str(path) in str(exc.value)
    assert digest(path) == before


def test_foreign_sqlite_database_is_refused(data_dir: Path) -> None:
    path = data_dir / DB_FILENAME
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE customers (id INTEGER)")
    con.commit()
    con.close()
    before = digest(path)
    with pytest.raises(DatabaseError, match="another program"):
        open_database(data_dir)
    assert digest(path) == before


def test_database_from_newer_version_is_refused(data_dir: Path) -> None:
    db = open_database(data_dir)
    db.close()
    path = data_dir / DB_FILENAME
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    before = digest(path)
    with pytest.raises(DatabaseError, match="newer version"):
        open_database(data_dir)
    assert digest(path) == before


def test_damaged_database_is_refused(data_dir: Path) -> None:
    path = data_dir / DB_FILENAME
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    before = digest(path)
    with pytest.raises(DatabaseError):
        open_database(data_dir)
    assert digest(path) == before


def test_read_only_folder_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    if os.access(ro, os.W_OK):  # running as root: simulate what a normal user sees
        monkeypatch.setattr("evaltool.db.os.access", lambda p, mode: not (mode & os.W_OK))
    try:
        with pytest.raises(DatabaseError, match="read-only") as exc:
            open_database(ro)
        assert str(ro) in str(exc.value)
        assert not (ro / DB_FILENAME).exists()
    finally:
        ro.chmod(0o700)


def test_read_only_database_file_is_refused_and_untouched(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    open_database(data_dir).close()
    path = data_dir / DB_FILENAME
    before = digest(path)
    real_access = os.access
    monkeypatch.setattr("evaltool.db.os.access",
                        lambda p, mode: False if Path(p) == path and mode & os.W_OK else real_access(p, mode))
    with pytest.raises(DatabaseError, match="read-only"):
        open_database(data_dir)
    assert digest(path) == before


def test_missing_folder_that_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DatabaseError, match="Cannot create the data folder"):
        open_database(blocker / "data")


def _no_temporary_copies(data_dir: Path) -> bool:
    return not [p for p in data_dir.iterdir() if p.name.startswith(".bk")]


def test_backup_folder_that_cannot_be_made_is_named_and_nothing_changes(data_dir: Path) -> None:
    """``backups`` taken by a file (or a folder the system refuses): a message naming the
    folder, no traceback, the database as it was (true whoever runs the test, root too)."""
    open_database(data_dir).close()
    path = data_dir / DB_FILENAME
    before = digest(path)
    (data_dir / "backups").write_text("not a folder", encoding="utf-8")
    with pytest.raises(DatabaseError, match="Cannot make a backup copy") as exc:
        open_database(data_dir, backup="daily")  # the first open of the day makes the daily copy
    assert str(data_dir / "backups") in str(exc.value)
    assert digest(path) == before
    assert _no_temporary_copies(data_dir)


def test_backup_folder_that_cannot_be_written_is_named_and_nothing_changes(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The copy cannot be moved into ``backups`` (read-only folder, full disk)."""
    open_database(data_dir).close()
    path = data_dir / DB_FILENAME
    before = digest(path)
    (data_dir / "backups").mkdir()

    def refuse(src: str, dst: str) -> None:
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr("evaltool.backups.os.replace", refuse)
    with pytest.raises(DatabaseError, match="Permission denied") as exc:
        take_backup(path, "manual")
    assert str(data_dir / "backups") in str(exc.value)
    assert digest(path) == before
    assert list((data_dir / "backups").iterdir()) == []
    assert _no_temporary_copies(data_dir)


def test_backup_is_a_complete_copy(demo_db) -> None:
    """The copy holds what the database holds, also what is still in its WAL file."""
    from evaltool.demo import find_demo_projects

    with demo_db.read_session() as s:
        pid = find_demo_projects(s)[0].id
    copy = take_backup(demo_db.path, "manual").path
    con = sqlite3.connect(copy)
    try:
        assert con.execute("SELECT name FROM projects WHERE id = ?", (pid,)).fetchone() is not None
        assert con.execute("SELECT count(*) FROM indicators WHERE project_id = ? AND deleted = 0",
                           (pid,)).fetchone()[0] == 4 + 13 + 37  # seed 000's indicator system
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
