"""Backups: never empty or partial (a process killed at any moment), checked, kept by
policy (a week of daily copies, one before every import, merge and upgrade, a cap on
their size, never the newest good one)."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from evaltool.backups import (
    BackupInfo,
    backup_before,
    daily_due,
    file_status,
    list_backups,
    plan_prune,
    take_backup,
)
from evaltool.cleanup import clean_data_folder
from evaltool.db import open_database
from evaltool.errors import Cancelled
from evaltool.paths import DB_FILENAME
from tests.unit.killing import Child, files_named, posix_only

NOW = datetime(2026, 12, 10, 12, 0)
GB = 1024 ** 3


def info(kind: str, taken: str, status: str = "ok", size: int = 1000) -> BackupInfo:
    when = datetime.strptime(taken, "%m-%d %H:%M").replace(year=2026)
    return BackupInfo(Path(f"evaltool-{when:%Y%m%d-%H%M%S}-000000-{kind}.sqlite"), kind, when, size, status)


def names(infos: list[BackupInfo]) -> set[str]:
    return {f"{b.kind} {b.taken:%m-%d %H:%M}" for b in infos}


# -- the policy, worked by hand ------------------------------------------------------------

def test_the_policy_keeps_a_week_of_daily_copies_and_every_recent_import() -> None:
    backups = [
        info("daily", "12-10 08:00"), info("daily", "12-09 18:00"), info("daily", "12-09 08:00"),
        info("daily", "12-08 08:00"), info("daily", "12-07 08:00"), info("daily", "12-06 08:00"),
        info("daily", "12-05 08:00"), info("daily", "12-04 08:00"), info("daily", "12-03 08:00"),
        info("daily", "12-01 08:00"),
        info("import", "12-10 09:00"), info("import", "12-10 10:00"), info("import", "12-10 11:00"),
        info("import", "12-02 09:00"), info("merge", "12-04 10:00"),
        info("upgrade", "11-15 08:00"), info("upgrade", "11-01 08:00"), info("before-restore", "11-20 08:00"),
        info("daily", "12-10 11:30", status="empty", size=0),
    ]
    removed = plan_prune(backups, NOW)
    # a day's daily copy is its newest; 7 days back (12-04) is the last kept, 12-03 is 7 days old;
    # imports and merges 7 days; upgrades and restores 30 days; an empty file is no backup at all
    assert names(removed) == {"daily 12-09 08:00", "daily 12-03 08:00", "daily 12-01 08:00", "import 12-02 09:00",
                              "upgrade 11-01 08:00", "daily 12-10 11:30"}


def test_the_newest_good_backup_is_never_removed() -> None:
    old = [info("daily", "10-01 08:00"), info("import", "10-05 08:00"), info("upgrade", "10-09 08:00"),
           info("manual", "12-10 11:00", status="incomplete")]
    assert names(plan_prune(old, NOW)) == {"daily 10-01 08:00", "import 10-05 08:00", "manual 12-10 11:00"}
    alone = [info("daily", "12-10 08:00", size=3 * GB)]  # beyond the size cap on its own
    assert plan_prune(alone, NOW) == []


def test_the_size_cap_removes_the_oldest_copies_first() -> None:
    backups = [info("daily", "12-10 08:00", size=GB), info("import", "12-10 09:00", size=GB),
               info("import", "12-10 10:00", size=GB), info("daily", "12-09 08:00", size=GB)]
    assert names(plan_prune(backups, NOW, max_total=int(2.5 * GB))) == {"daily 12-09 08:00", "daily 12-10 08:00"}


# -- real copies --------------------------------------------------------------------------

def test_five_imports_in_a_sitting_keep_the_mornings_copy(demo_db) -> None:
    morning = take_backup(demo_db.path, "daily")
    for _ in range(5):
        with backup_before(demo_db.path, "import"):
            pass
    kept = list_backups(demo_db.path)
    assert morning.path in {b.path for b in kept}
    assert sorted(b.kind for b in kept) == ["daily"] + ["import"] * 5
    assert all(b.good for b in kept)


def test_a_cancelled_job_takes_its_copy_back(demo_db) -> None:
    earlier = take_backup(demo_db.path, "daily")
    with pytest.raises(Cancelled), backup_before(demo_db.path, "import"):
        raise Cancelled("stop")
    assert [b.path for b in list_backups(demo_db.path)] == [earlier.path]


def test_nested_jobs_take_one_copy(demo_db) -> None:
    with backup_before(demo_db.path, "import") as outer, backup_before(demo_db.path, "merge") as inner:
        assert inner == outer
    assert [b.kind for b in list_backups(demo_db.path)] == ["import"]


def test_the_daily_copy_is_made_once_a_day_not_at_every_start(data_dir: Path) -> None:
    open_database(data_dir).close()  # a new, empty database: nothing to copy yet
    for _ in range(3):
        open_database(data_dir).close()  # the app's start: no copy (its daily copy runs later, once)
    assert list_backups(data_dir / DB_FILENAME) == []
    today = datetime.now()
    for _ in range(3):
        open_database(data_dir, backup="daily", now=today).close()
    assert [b.kind for b in list_backups(data_dir / DB_FILENAME)] == ["daily"]
    assert not daily_due(data_dir / DB_FILENAME, today)
    assert daily_due(data_dir / DB_FILENAME, today + timedelta(days=1))
    open_database(data_dir, backup="daily", now=today + timedelta(days=1)).close()
    assert [b.kind for b in list_backups(data_dir / DB_FILENAME)] == ["daily", "daily"]


def test_every_copy_passed_its_integrity_check(demo_db) -> None:
    copy = take_backup(demo_db.path, "manual")
    assert copy.good and file_status(copy.path) == "ok"
    con = sqlite3.connect(copy.path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one file, no -wal beside it
    finally:
        con.close()
    assert [p.name for p in copy.path.parent.iterdir()] == [copy.name]


def test_files_of_older_versions_are_judged_by_their_header(demo_db) -> None:
    """The old in-place copies could be empty or cut off: they are listed as what they
    are, never counted as good, and the next backup removes them; a file with another
    name in the folder is the user's and stays."""
    folder = demo_db.path.parent / "backups"
    folder.mkdir()
    (folder / "evaltool-20261201-120000-000000.sqlite").write_bytes(b"")
    cut = folder / "evaltool-20261202-120000-000000.sqlite"
    cut.write_bytes(demo_db.path.read_bytes()[:8192])
    mine = folder / "我的副本.sqlite"
    mine.write_bytes(b"keep me")
    assert {b.name: b.status for b in list_backups(demo_db.path)} == {
        "evaltool-20261201-120000-000000.sqlite": "empty", cut.name: "incomplete"}
    new = take_backup(demo_db.path, "manual")
    assert sorted(p.name for p in folder.iterdir()) == sorted([new.name, mine.name])


# -- a process killed while it backs up ---------------------------------------------------------

BACKUP_CHILD = """
from evaltool.backups import take_backup
stage = int(sys.argv[2])
def progress(done, total):
    if done == stage:
        reached(f"stage {done}")
take_backup(Path(sys.argv[1]), "manual", progress=progress)
reached("done")
"""


@posix_only
@pytest.mark.parametrize("stage", [0, 1, 2], ids=["copy-begun", "copied-unchecked", "checked-unrenamed"])
def test_a_backup_killed_at_any_stage_leaves_no_partial_copy_and_keeps_the_good_one(demo_db, stage: int) -> None:
    """Stage 0 is where the old in-place backup left an empty file among the last five."""
    good = take_backup(demo_db.path, "daily")
    child = Child(BACKUP_CHILD, str(demo_db.path), str(stage))
    child.wait_for(f"stage {stage}")
    child.kill()

    kept = list_backups(demo_db.path)
    assert [b.path for b in kept] == [good.path]  # nothing new counted, the good one kept
    assert all(b.good for b in kept)
    temps = files_named(demo_db.data_dir, ".bk")
    assert temps, "the killed copy is left under its temporary name only"
    if stage == 0:
        assert temps[0].stat().st_size == 0
    # the next start removes it, and the next backup keeps the earlier good one
    clean_data_folder(demo_db.data_dir)
    assert files_named(demo_db.data_dir, ".bk") == []
    again = take_backup(demo_db.path, "manual")
    assert {b.path for b in list_backups(demo_db.path)} == {good.path, again.path}


def _large_database(data_dir: Path) -> Path:
    """A database of 48 MB or so: its copy takes long enough to be killed half-way."""
    open_database(data_dir).close()
    path = data_dir / DB_FILENAME
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE filler (b BLOB)")
    con.executemany("INSERT INTO filler VALUES (randomblob(1048576))", [()] * 48)
    con.commit()
    con.close()
    return path


def _kill_once_copying(args: list[str], data_dir: Path) -> None:
    """Run ``python -m evaltool ARGS`` and kill it as soon as a backup's temporary file has
    bytes (whenever exactly that is; if it finished first, it is simply killed after)."""
    proc = subprocess.Popen([sys.executable, "-m", "evaltool", "--data-dir", str(data_dir), *args],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300  # a guard against a hang, not a measurement
    try:
        while proc.poll() is None and not any(p.stat().st_size for p in files_named(data_dir, ".bk")):
            assert time.monotonic() < deadline, "no backup was started"
    finally:
        proc.kill()
        proc.wait(timeout=60)


@posix_only
def test_the_app_killed_while_it_makes_the_days_backup(data_dir: Path) -> None:
    """The app's first start of the day copies the database in the background; killed
    then, it leaves no partial copy, and yesterday's good copy is kept."""
    path = _large_database(data_dir)
    yesterday = take_backup(path, "daily", now=datetime.now() - timedelta(days=1))
    _kill_once_copying([], data_dir)
    kept = list_backups(path)
    assert yesterday.path in {b.path for b in kept}
    assert all(b.good for b in kept)
    db = open_database(data_dir, backup="never")  # the killed app's lock is free again
    try:
        clean_data_folder(data_dir)
        assert files_named(data_dir, ".bk") == []
    finally:
        db.close()


@posix_only
def test_the_backup_command_killed_while_copying_a_large_database(data_dir: Path) -> None:
    """``evaltool backups create`` killed as soon as its copy has started: no partial
    file is counted, the good one stays."""
    path = _large_database(data_dir)
    good = take_backup(path, "daily")
    _kill_once_copying(["backups", "create"], data_dir)
    kept = list_backups(path)
    assert good.path in {b.path for b in kept}
    assert all(b.good for b in kept) and len(kept) <= 2
    for b in kept:
        c = sqlite3.connect(b.path)
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        c.close()
    db = open_database(data_dir, backup="never")  # the killed command's lock is free again
    try:
        clean_data_folder(data_dir)
        assert files_named(data_dir, ".bk") == []
    finally:
        db.close()


# -- restore refuses what it must not put in place ---------------------------------------------

def _copy_in_backups(demo_db, name: str, edit) -> str:
    src = take_backup(demo_db.path, "manual").path
    target = src.parent / name
    data = bytearray(src.read_bytes())
    edit(data, target)
    return target.name


def _newer(data: bytearray, target: Path) -> None:
    target.write_bytes(bytes(data))
    con = sqlite3.connect(target)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()


def _damaged(data: bytearray, target: Path) -> None:
    page = int.from_bytes(data[16:18], "big")
    for n in range(3, len(data) // page, 7):  # every 7th page from the 3rd: garbage
        data[n * page:(n + 1) * page] = b"\xa5" * page
    target.write_bytes(bytes(data))


@pytest.mark.parametrize(("edit", "reason"), [(_newer, "newer version of evaltool"),
                                              (_damaged, "cannot be restored")])
def test_restore_refuses_a_damaged_or_newer_copy_and_changes_nothing(demo_db, edit, reason: str) -> None:
    import hashlib

    from evaltool.errors import DatabaseError
    from evaltool.i18n import set_language
    from evaltool.restore import restore_backup

    set_language("en")
    name = _copy_in_backups(demo_db, "evaltool-20261201-120000-000000-manual.sqlite", edit)
    folder = demo_db.data_dir
    demo_db.close()
    before = hashlib.sha256((folder / DB_FILENAME).read_bytes()).hexdigest()
    with pytest.raises(DatabaseError, match=reason) as exc:
        restore_backup(folder, name)
    assert name in str(exc.value)
    assert hashlib.sha256((folder / DB_FILENAME).read_bytes()).hexdigest() == before
    assert files_named(folder, ".rs") == []
    assert sorted(b.kind for b in list_backups(folder / DB_FILENAME)) == ["manual", "manual"]  # nothing set aside
