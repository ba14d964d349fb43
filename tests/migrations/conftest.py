"""Shared by the migration tests: the developer tool as a module, and a scratch copy of
the migrations folder where a test may add a throwaway revision (a future schema change)
without touching the real one."""
from __future__ import annotations

import importlib.util
import shutil
import textwrap
from pathlib import Path
from types import ModuleType

import pytest

from evaltool.paths import migrations_dir

ROOT = Path(__file__).resolve().parents[2]


def load_make_migration() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_migration", ROOT / "scripts" / "make_migration.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _revisions() -> list[str]:
    """Revision numbers of the real migrations folder, base first (file names NNNN_slug.py)."""
    return sorted(p.name[:4] for p in (migrations_dir() / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))


# Throwaway revisions in these tests go after the real head, whatever revisions the branch
# being tested has added since the last release (a schema change in progress is one).
HEAD = _revisions()[-1]
NEXT = f"{int(HEAD) + 1:04d}"
AFTER_NEXT = f"{int(HEAD) + 2:04d}"


@pytest.fixture
def make_migration() -> ModuleType:
    return load_make_migration()


@pytest.fixture
def scratch_migrations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the migrations folder that evaltool.db (and so open_database, upgrade_to,
    head_revision) uses for the rest of the test."""
    folder = tmp_path / "migrations"
    shutil.copytree(migrations_dir(), folder, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr("evaltool.db.migrations_dir", lambda: folder)
    return folder


def add_revision(folder: Path, rev: str, down: str, upgrade: str, slug: str = "throwaway") -> Path:
    """Write a revision ``rev`` after ``down`` whose upgrade() runs ``upgrade`` (Python, with
    ``op`` and ``sa`` imported)."""
    path = folder / "versions" / f"{rev}_{slug}.py"
    body = textwrap.indent(textwrap.dedent(upgrade).strip(), "    ")
    path.write_text(
        f'"""{slug}"""\nfrom __future__ import annotations\n\nimport sqlalchemy as sa\nfrom alembic import op\n\n'
        f"revision = {rev!r}\ndown_revision = {down!r}\nbranch_labels = None\ndepends_on = None\n\n\n"
        f"def upgrade() -> None:\n{body}\n\n\ndef downgrade() -> None:\n    pass\n",
        encoding="utf-8")
    return path
