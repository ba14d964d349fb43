"""scripts/make_migration.py makes a new revision after the head and never rewrites one."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
import sqlalchemy as sa

from evaltool.db import head_revision, upgrade_to
from evaltool.models import Base
from tests.migrations.conftest import HEAD, NEXT
from tests.migrations.test_history import history_problems


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((folder / "versions").glob("*.py"))}


@pytest.fixture
def scratch_table() -> Iterator[sa.Table]:
    """A table the models gain for this test only (a schema change in progress)."""
    table = sa.Table("scratch_notes", Base.metadata,
                     sa.Column("id", sa.String(36), primary_key=True),
                     sa.Column("text", sa.Text(), nullable=False, server_default=""))
    try:
        yield table
    finally:
        Base.metadata.remove(table)


def test_refuses_when_the_models_equal_the_head(make_migration: ModuleType, scratch_migrations: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    before = _files(scratch_migrations)
    assert make_migration.generate("nothing changed") is None
    assert f"The models equal the head revision {HEAD}: nothing to generate." in capsys.readouterr().err
    assert _files(scratch_migrations) == before


def test_a_change_becomes_the_next_revision_and_released_ones_stay(
        make_migration: ModuleType, scratch_migrations: Path, scratch_table: sa.Table,
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    before = _files(scratch_migrations)
    path = make_migration.generate("add scratch notes")
    assert path == scratch_migrations / "versions" / f"{NEXT}_add_scratch_notes.py"
    assert str(path) in capsys.readouterr().out  # printed for the author to review
    after = _files(scratch_migrations)
    assert {k: v for k, v in after.items() if k in before} == before, "released revisions are not touched"
    text = path.read_text(encoding="utf-8")
    assert f"revision = '{NEXT}'" in text and f"down_revision = '{HEAD}'" in text
    assert "op.create_table('scratch_notes'" in text
    assert history_problems(scratch_migrations, make_migration.read_manifest(scratch_migrations / "released.json")) == []
    assert head_revision() == NEXT
    db_file = tmp_path / "fresh.sqlite"
    upgrade_to(db_file, "head")
    con = sqlite3.connect(db_file)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (NEXT,)
        assert [r[1] for r in con.execute("PRAGMA table_info(scratch_notes)")] == ["id", "text"]
    finally:
        con.close()


def test_the_description_names_the_file_in_plain_ascii(make_migration: ModuleType, scratch_migrations: Path) -> None:
    with pytest.raises(SystemExit, match="few English words"):
        make_migration.generate("加备注")
    assert not list((scratch_migrations / "versions").glob(f"{NEXT}_*"))
