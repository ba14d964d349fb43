"""A merge reports its progress in small steps and stops at the next step after Cancel,
leaving the database, its change log and its backups exactly as they were."""
from __future__ import annotations

import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from evaltool import sync
from evaltool.db import Database
from evaltool.errors import Cancelled
from evaltool.models import Project
from evaltool.sync.base import CHUNK, PER_MILLE
from evaltool.sync.exchange import READ_END
from evaltool.sync.labels import RECORD_NAME_FIELDS
from tests.unit.test_sync import (  # noqa: F401 (fixtures; messages in English)
    _messages_in_english,
    empty_template,
    laptops,
    n_changes,
    usb,
)


def _backups(db: Database) -> set[str]:
    folder = Path(db.data_dir) / "backups"
    return {p.name for p in folder.glob("*.sqlite")} if folder.is_dir() else set()


def _old_backups(db: Database) -> set[str]:
    """Daily copies of the last three days (evaltool.backups keeps a week of them) and one
    from a month ago (beyond the policy: the next backup's pruning removes it)."""
    folder = Path(db.data_dir) / "backups"
    folder.mkdir(exist_ok=True)
    now = datetime.now()
    names = {f"evaltool-{(now - timedelta(days=d)):%Y%m%d}-120000-000000-daily.sqlite" for d in (1, 2, 3, 30)}
    for name in names:
        shutil.copyfile(db.path, folder / name)  # a real copy: only complete ones count
    return names


@pytest.fixture
def demo_package(demo_db: Database, demo_project_id: str, usb: Path) -> Path:
    """The whole demo project (seed 000: 54 indicators, 74 scores, 215 questionnaires …)."""
    return sync.export_package(demo_db, demo_project_id, usb).path


def test_the_merge_reports_progress_at_least_once_per_chunk_of_changes(demo_package: Path, laptops) -> None:
    b = laptops("李华B")
    reports: list[tuple[int, int]] = []
    summary = sync.import_package(b, demo_package, progress=lambda done, total: reports.append((done, total)))
    assert summary.project_created
    assert {total for _, total in reports} == {PER_MILLE}
    done = [d for d, _ in reports]
    assert done == sorted(done) and done[-1] == PER_MILLE
    merging = [d for d in done if READ_END < d < PER_MILLE]
    # every id is looked up, checked and inserted in chunks, then every row is set: at least
    # one report (and one check for Cancel) per chunk of the package's changes
    assert summary.changes_total > 4000
    assert len(merging) >= summary.changes_total // CHUNK


@pytest.mark.parametrize("after", [1, 12, 30])
def test_a_cancelled_merge_changes_nothing_and_keeps_the_backups(demo_package: Path, laptops, after: int) -> None:
    """Cancel pressed at the ``after``-th progress report of the merge (looking up ids,
    inserting changes, setting rows): no further step runs, nothing is changed, and no
    backup is added or pruned for it."""
    b = laptops("李华B")
    earlier = _old_backups(b)
    before = n_changes(b)
    merge_reports: list[int] = []
    reports_after_cancel: list[int] = []
    pressed = False

    def progress(done: int, _total: int) -> None:
        nonlocal pressed
        if pressed:
            reports_after_cancel.append(done)
        elif READ_END < done < PER_MILLE:
            merge_reports.append(done)
            pressed = len(merge_reports) >= after

    with pytest.raises(Cancelled, match="nothing was changed"):
        sync.import_package(b, demo_package, progress=progress, cancelled=lambda: pressed)
    assert len(merge_reports) == after
    assert reports_after_cancel == []  # stopped at the next check
    assert n_changes(b) == before
    with b.read_session() as s:
        assert s.scalar(select(func.count()).select_from(Project)) == 0
        assert sync.list_peers(s) == []
    assert _backups(b) == earlier

    # nothing half-done: the same package then merges whole, and the backups are kept by policy
    summary = sync.import_package(b, demo_package)
    assert summary.project_created and summary.changes_new == summary.changes_total
    now = _backups(b)
    month_old = min(earlier)  # names sort by date
    assert now == (earlier - {month_old}) | {Path(str(summary.backup)).name}


def test_a_cancelled_dry_run_changes_nothing(demo_package: Path, laptops) -> None:
    b = laptops("李华B")
    before = n_changes(b)
    seen: list[int] = []
    with pytest.raises(Cancelled):
        sync.import_package(b, demo_package, dry_run=True, progress=lambda d, _t: seen.append(d),
                            cancelled=lambda: any(d > READ_END for d in seen))
    assert n_changes(b) == before and _backups(b) == set()


def test_every_synced_table_says_which_fields_name_its_records() -> None:
    from evaltool.models import SYNCED_MODELS

    assert set(RECORD_NAME_FIELDS) == set(SYNCED_MODELS)
    for table, names in RECORD_NAME_FIELDS.items():
        columns = SYNCED_MODELS[table].__table__.columns  # type: ignore[attr-defined]
        assert all(n in columns for n in names), table
