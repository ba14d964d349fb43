"""One writer per data folder: the lock the app and the command line share.

A second writer (another app window, a writing command) is refused at once with a
message naming the process that holds the folder; commands that only read go on while
the app writes; a lock left by a killed process is taken over; a database another
program keeps locked answers with a message within the busy timeout, never a traceback.
"""
from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from evaltool import lock as locks
from evaltool.db import open_database
from evaltool.errors import DataFolderBusyError
from evaltool.paths import DB_FILENAME
from tests.unit.killing import Child, posix_only

HOLD = """
from evaltool.db import open_database
db = open_database(Path(sys.argv[1]), program="evaltool (app)")
reached("holding")
"""


@pytest.fixture(autouse=True)
def _english(_language_zh) -> None:
    from evaltool.i18n import set_language

    set_language("en")


@pytest.fixture
def demo_folder(_demo_template: Path, tmp_path: Path) -> tuple[Path, str]:
    """A data folder holding the seed-000 demo, closed (nobody holds it yet)."""
    import shutil

    from evaltool.demo import find_demo_projects

    d = tmp_path / "laptop"
    shutil.copytree(_demo_template, d, ignore=shutil.ignore_patterns("backups"))
    db = open_database(d)
    with db.read_session() as s:
        pid = find_demo_projects(s)[0].id
    db.close()
    return d, pid


@pytest.fixture
def app_holds(demo_folder):
    """Another process ("the app") holds the demo folder."""
    child = Child(HOLD, str(demo_folder[0]))
    child.wait_for("holding")
    yield child
    child.kill()


def cli(*args: str) -> tuple[int, str, str]:
    return_ = subprocess.run([sys.executable, "-m", "evaltool", "--lang", "en", *args], capture_output=True,
                             timeout=120, check=False)
    return return_.returncode, return_.stdout.decode("utf-8"), return_.stderr.decode("utf-8")


def test_a_second_writer_is_refused_at_once_naming_the_holder(demo_folder, app_holds) -> None:
    folder, _pid = demo_folder
    code, out, err = cli("--data-dir", str(folder), "demo")
    assert code == 1 and out == ""
    assert "Traceback" not in err
    assert f"in use by evaltool (app) (process {app_holds.proc.pid} on {socket.gethostname()}, since " in err
    assert str(folder) in err and "nothing was changed" in err
    with pytest.raises(DataFolderBusyError) as exc:  # the app's own start (a second window)
        open_database(folder, program="evaltool (app)")
    assert exc.value.info.pid == app_holds.proc.pid and exc.value.info.program == "evaltool (app)"


READS = [
    ["projects", "--json"], ["summary", "{pid}", "--json"], ["flags", "{pid}", "--json"], ["framework", "{pid}", "--json"],
    ["money", "{pid}", "--json"], ["targets", "{pid}", "--json"], ["evidence", "list", "{pid}", "--json"],
    ["evidence", "register", "{pid}", "--json"], ["survey", "list", "{pid}", "--json"], ["survey", "tally", "{pid}", "--json"],
    ["sync", "conflicts", "{pid}", "--json"], ["sync", "peers", "--json"], ["sync", "history", "{pid}", "--json"],
    ["template", "list", "--json"], ["backups", "list", "--json"], ["whoami", "--json"],
    ["report-text", "{pid}", "--json"], ["export", "{pid}", "--xlsx", "{out}"],
]
WRITES = [
    ["demo"], ["whoami", "--name", "王五"], ["targets", "{pid}", "--add", "新目标"], ["report-text", "{pid}", "--section",
                                                                                   "background", "--set", "x"],
    ["backups", "create"], ["reset-device"], ["cleanup"],
]


def test_reading_commands_run_while_the_app_writes_and_writing_ones_are_refused(
        demo_folder, app_holds, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from evaltool.cli import main

    folder, pid = demo_folder
    for args in READS:
        capsys.readouterr()
        argv = [a.format(pid=pid, out=tmp_path / "表.xlsx") for a in args]
        code = main(["--lang", "en", "--data-dir", str(folder), *argv])
        out, err = capsys.readouterr()
        assert code == 0, (argv, err)
        if "--json" in argv:
            json.loads(out)
    for args in WRITES:
        capsys.readouterr()
        argv = [a.format(pid=pid) for a in args]
        code = main(["--lang", "en", "--data-dir", str(folder), *argv])
        _out, err = capsys.readouterr()
        assert code == 1, argv
        assert f"(process {app_holds.proc.pid} on" in err, (argv, err)


@posix_only
def test_the_lock_of_a_killed_process_is_taken_over(demo_folder) -> None:
    folder, _pid = demo_folder
    child = Child(HOLD, str(folder))
    child.wait_for("holding")
    assert locks.holder(folder).pid == child.proc.pid
    child.kill()
    assert locks.holder(folder) is None  # the kernel let go of it with the process
    db = open_database(folder, program="evaltool test")
    try:
        note = json.loads((folder / locks.LOCK_NAME).read_text(encoding="utf-8"))
        assert note["pid"] == os.getpid() and note["program"] == "evaltool test"
    finally:
        db.close()


def test_a_stale_note_without_a_lock_does_not_block(data_dir: Path) -> None:
    (data_dir / locks.LOCK_NAME).write_text(json.dumps({"program": "evaltool (app)", "pid": 999_999_999,
                                                         "host": "别的电脑", "user": "", "since": "2026-01-01T08:00:00"}),
                                            encoding="utf-8")
    db = open_database(data_dir)
    try:
        assert locks.holder(data_dir).pid == os.getpid()
    finally:
        db.close()


def test_one_process_may_open_its_folder_twice_and_lets_go_when_all_are_closed(data_dir: Path) -> None:
    a = open_database(data_dir)
    b = open_database(data_dir)
    a.close()
    assert locks.holder(data_dir).pid == os.getpid()  # b still has it
    b.close()
    b.close()  # a second close does nothing
    child = Child(HOLD, str(data_dir))
    try:
        child.wait_for("holding")
        assert locks.holder(data_dir).pid == child.proc.pid
    finally:
        child.kill()


FOREIGN = """
import sqlite3
con = sqlite3.connect(sys.argv[1])
con.execute("PRAGMA locking_mode=EXCLUSIVE")
con.execute("BEGIN EXCLUSIVE")
con.execute("UPDATE app_settings SET value = value WHERE key = 'device_name'")
reached("locked")
"""


def test_a_database_another_program_keeps_locked_answers_with_a_message(
        demo_folder, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """A database viewer holding an exclusive lock: reading and writing commands both
    answer within the command line's busy timeout (here shortened), with a message."""
    import evaltool.cli as cli_mod

    folder, pid = demo_folder
    child = Child(FOREIGN, str(folder / DB_FILENAME))
    try:
        child.wait_for("locked")
        monkeypatch.setattr(cli_mod, "CLI_BUSY_TIMEOUT_S", 0.2)
        for argv in (["projects", "--json"], ["summary", pid], ["demo"]):
            capsys.readouterr()
            code = cli_mod.main(["--lang", "en", "--data-dir", str(folder), *argv])
            out, err = capsys.readouterr()
            assert code == 1 and out == "", argv
            assert "is locked by another program" in err and "Traceback" not in err, (argv, err)
    finally:
        child.kill()
    assert cli_mod.main(["--lang", "en", "--data-dir", str(folder), "projects"]) == 0


def test_the_busy_timeout_of_the_command_line_is_under_five_seconds() -> None:
    """The requirement "a locked database answers in under 5 s" rests on this setting
    (between evaltool processes the folder lock answers at once, without waiting)."""
    import evaltool.cli as cli_mod

    assert cli_mod.CLI_BUSY_TIMEOUT_S <= 5.0


def test_the_lock_file_is_kept_when_released(data_dir: Path) -> None:
    """Deleting it would let two processes lock two different files of one name."""
    open_database(data_dir).close()
    assert (data_dir / locks.LOCK_NAME).is_file()
    assert (data_dir / locks.LOCK_NAME).read_bytes() == b""  # no stale note left behind


def test_a_foreign_file_cannot_be_opened_read_only_either(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from evaltool.cli import main

    (data_dir / DB_FILENAME).write_bytes(b"not a database at all")
    assert main(["--lang", "en", "--data-dir", str(data_dir), "projects"]) == 1
    assert "not an evaltool database" in capsys.readouterr().err
    assert sqlite3.sqlite_version  # (the file was not touched: it is still not SQLite)
    assert (data_dir / DB_FILENAME).read_bytes() == b"not a database at all"
