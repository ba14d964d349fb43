"""Shared fixtures. Qt-free: tests/ui/conftest.py sets up Qt for the UI tests."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("EVALTOOL_NO_PROFILE_PROMPT", "1")
# This computer's notes (device identities, folders with temporary files) go to a folder
# of the test session, never the developer's own; each test gets a fresh one (below).
os.environ.setdefault("EVALTOOL_STATE_DIR", tempfile.mkdtemp(prefix="evaltool-test-state-"))

from evaltool.db import Database, open_database
from evaltool.i18n import set_language

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture(autouse=True)
def _language_zh() -> Iterator[None]:
    set_language("zh_CN")
    yield
    set_language("zh_CN")


@pytest.fixture(autouse=True)
def _own_state_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """A state folder per test (``evaltool.paths.state_dir``): what one test's laptops sent
    must not make another test's copy of a template look "behind" (``evaltool.device``)."""
    monkeypatch.setenv("EVALTOOL_STATE_DIR", str(tmp_path_factory.mktemp("state")))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    return d


@pytest.fixture
def db(data_dir: Path) -> Iterator[Database]:
    database = open_database(data_dir)
    from evaltool.identity import ensure_profile

    ensure_profile(database, "测试评价员", "lead")
    yield database
    database.close()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder holding the demo project, built once and copied per test."""
    d = tmp_path_factory.mktemp("demo-template")
    database = open_database(d)
    from evaltool.demo import create_demo_project
    from evaltool.identity import ensure_profile

    ensure_profile(database, "测试评价员", "lead")
    with database.session() as s:
        create_demo_project(s)
    with database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    return d


@pytest.fixture
def demo_db(_demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A fresh copy of a database holding the demo project (fast: no rebuild per test)."""
    import shutil

    d = tmp_path / "demo-data"
    shutil.copytree(_demo_template, d, ignore=shutil.ignore_patterns("backups"))
    database = open_database(d)
    yield database
    database.close()


@pytest.fixture
def demo_project_id(demo_db: Database) -> str:
    from evaltool.demo import find_demo_projects

    with demo_db.read_session() as s:
        return find_demo_projects(s)[0].id
