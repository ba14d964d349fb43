"""Device identity never strands a laptop: a restored backup, a data folder copied to
another computer, a database put back by hand or a file behind what peers have seen
takes a new identity (automatically, or by ``evaltool reset-device``); its history
stays, and the other laptops accept its packages and send back what it lost."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from evaltool import device, sync
from evaltool.backups import list_backups, take_backup
from evaltool.db import Database, open_database
from evaltool.errors import DataFolderBusyError
from evaltool.models import ChangeRecord, Project, SyncPeer
from evaltool.paths import DB_FILENAME, state_dir
from evaltool.projects import create_project, update_project
from evaltool.restore import restore_backup
from tests.unit.test_sync import (  # noqa: F401 (fixtures; messages in English)
    _messages_in_english,
    empty_template,
    give,
    laptops,
    state,
    usb,
)


def _ids(db: Database, pid: str, device_id: str | None = None) -> set[str]:
    with db.read_session() as s:
        q = select(ChangeRecord.id).where(ChangeRecord.project_id == pid)
        if device_id is not None:
            q = q.where(ChangeRecord.device_id == device_id)
        return set(s.scalars(q))


def _edit(db: Database, pid: str, **fields: str) -> set[str]:
    before = _ids(db, pid)
    with db.session() as s:
        update_project(s, pid, **fields)
    return _ids(db, pid) - before


@pytest.fixture
def team(laptops, usb: Path):
    """Laptops A and B sharing a project, each knowing what the other holds."""
    a, b = laptops("张三A"), laptops("李四B")
    with a.session() as s:
        pid = create_project(s, "政务服务平台运维项目").id
    give(a, b, pid, usb)
    give(b, a, pid, usb)
    return a, b, pid


def _reopen(db: Database) -> Database:
    folder = db.data_dir
    db.close()
    return open_database(folder, backup="never")


def test_a_restored_backup_takes_a_new_identity_and_peers_accept_it(team, usb: Path) -> None:
    a, b, pid = team
    old_id = a.device_id
    backup = take_backup(a.path, "manual")
    sent = _edit(a, pid, budget_unit="东莞市政务服务数据管理局")  # reaches B …
    give(a, b, pid, usb)
    unsent = _edit(a, pid, report_date="2023-05-31")  # … this one never leaves A
    folder = a.data_dir
    a.close()

    result = restore_backup(folder, backup.name)
    a = open_database(folder, backup="never")
    try:
        assert a.identity_change is not None and a.identity_change.reason == "restore"
        assert a.device_id != old_id and a.identity_change.old_device == old_id
        with a.read_session() as s:  # history intact: the old changes keep their device id
            assert s.scalar(select(func.count()).select_from(ChangeRecord).where(ChangeRecord.device_id == old_id)) == \
                a.identity_change.old_seq
        assert not (sent | unsent) & _ids(a, pid)  # the copy predates both edits

        fresh = _edit(a, pid, evaluation_agency="某会计师事务所")
        summary = give(a, b, pid, usb)  # accepted: no "two installations"
        assert summary.changes_new == len(fresh)
        give(b, a, pid, usb)  # B sends back what A had sent before the restore
        assert sent <= _ids(a, pid)
        assert state(a, pid) == state(b, pid)
        with a.read_session() as s:
            assert s.get(Project, pid).budget_unit == "东莞市政务服务数据管理局"
        with b.read_session() as s:  # one laptop, one peer entry
            assert [p.device_id for p in s.scalars(select(SyncPeer))] == [a.device_id]
        # the edit that never left is in the copy of the database the restore replaced
        assert result.kept_aside is not None and result.kept_aside.parent == folder / "backups"
        import sqlite3

        con = sqlite3.connect(result.kept_aside)
        try:
            held = {r[0] for r in con.execute("SELECT id FROM change_log")}
        finally:
            con.close()
        assert unsent <= held and sent <= held
    finally:
        a.close()


def test_a_folder_copied_to_another_computer_takes_a_new_identity(team, tmp_path: Path, usb: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    a, b, pid = team
    with a.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copytree(a.data_dir, tmp_path / "new-laptop")
    monkeypatch.setattr(device, "machine_fingerprint", lambda: "another-computer")
    c = open_database(tmp_path / "new-laptop", backup="never")
    monkeypatch.undo()
    try:
        assert c.identity_change is not None and c.identity_change.reason == "other_computer"
        a = _reopen(a)  # the original, on its own computer, keeps its identity
        assert a.identity_change is None and a.device_id == c.identity_change.old_device
        edits = _edit(a, pid, budget_unit="甲") | _edit(c, pid, budget_unit="丙") | _edit(b, pid, report_date="2023-06-01")
        for src, dst in ((c, b), (a, b), (b, a), (b, c), (a, c), (c, a)):
            give(src, dst, pid, usb)
        assert state(a, pid) == state(b, pid) == state(c, pid)
        assert all(edits <= _ids(db, pid) for db in (a, b, c))
    finally:
        c.close()
        a.close()


@pytest.mark.parametrize("note", ["data folder", "computer"])
def test_a_database_put_back_by_hand_after_a_package_left_is_noticed(team, usb: Path, note: str) -> None:
    """The old file copied over the database (no restore command, so no mark in it): the
    high-water mark of numbers sent, kept outside the file (either of its two places
    suffices), says the file went back in time."""
    a, b, pid = team
    old = take_backup(a.path, "manual")
    _edit(a, pid, budget_unit="甲")
    give(a, b, pid, usb)
    folder, old_id = a.data_dir, a.device_id
    a.close()
    for extra in ("-wal", "-shm"):
        Path(f"{folder / DB_FILENAME}{extra}").unlink(missing_ok=True)
    shutil.copyfile(old.path, folder / DB_FILENAME)
    if note == "data folder":
        (state_dir() / device.REGISTRY_FILE).unlink()
    else:
        (folder / device.IDENTITY_FILE).unlink()
    a = open_database(folder, backup="never")
    try:
        assert a.identity_change is not None and a.identity_change.reason == "behind"
        assert a.identity_change.old_device == old_id
        _edit(a, pid, budget_unit="乙")
        give(a, b, pid, usb)
        give(b, a, pid, usb)
        assert state(a, pid) == state(b, pid)
    finally:
        a.close()


def test_a_file_behind_what_a_peer_has_seen_takes_a_new_identity_at_import(team, usb: Path) -> None:
    """Every note outside the file lost too (another user account, a wiped profile): the
    first package from a peer that holds more of this laptop's changes than the file does
    gives it a new identity before merging, and brings the lost changes back."""
    a, b, pid = team
    old = take_backup(a.path, "manual")
    sent = _edit(a, pid, budget_unit="甲")
    give(a, b, pid, usb)
    folder, old_id = a.data_dir, a.device_id
    a.close()
    for extra in ("-wal", "-shm"):
        Path(f"{folder / DB_FILENAME}{extra}").unlink(missing_ok=True)
    shutil.copyfile(old.path, folder / DB_FILENAME)
    (state_dir() / device.REGISTRY_FILE).unlink()
    (folder / device.IDENTITY_FILE).unlink()
    a = open_database(folder, backup="never")
    try:
        assert a.identity_change is None  # nothing outside the file says so …
        _edit(b, pid, report_date="2023-06-01")
        res = sync.export_package(b, pid, usb)  # B knows A (old id) holds more than this file
        sync.import_package(a, res.path)
        assert a.device_id != old_id  # … the package does
        assert sent <= _ids(a, pid)
        _edit(a, pid, budget_unit="乙")
        give(a, b, pid, usb)
        assert state(a, pid) == state(b, pid)
    finally:
        a.close()


def test_reset_device_from_the_command_line(team, usb: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from evaltool.cli import main

    a, b, pid = team
    folder, old_id = a.data_dir, a.device_id
    before = _ids(a, pid, old_id)
    a.close()
    assert main(["--data-dir", str(folder), "reset-device", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["old_device"] == old_id and doc["new_device"] != old_id and doc["reason"] == "manual"
    a = open_database(folder, backup="never")
    try:
        assert a.device_id == doc["new_device"]
        assert _ids(a, pid, old_id) == before  # history kept under the old id
        fresh = _edit(a, pid, budget_unit="甲")
        assert _ids(a, pid, a.device_id) == fresh
        assert give(a, b, pid, usb).changes_new == len(fresh)
        with a.read_session() as s:
            assert device.previous_identities(s) == [old_id]
    finally:
        a.close()


def test_backups_list_and_restore_from_the_command_line(team, capsys: pytest.CaptureFixture[str]) -> None:
    from evaltool.cli import main

    a, _b, pid = team
    folder, old_id = a.data_dir, a.device_id
    take_backup(a.path, "manual")
    _edit(a, pid, budget_unit="改过的")
    a.close()
    assert main(["--data-dir", str(folder), "backups", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    # newest first: the copy made by hand, the one before B's package was merged
    assert [(x["kind"], x["status"]) for x in listed] == [("manual", "ok"), ("merge", "ok")]
    assert main(["--data-dir", str(folder), "backups", "restore", listed[0]["name"], "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["previous_device_id"] == old_id and doc["device_id"] != old_id
    assert Path(doc["restored_from"]).name == listed[0]["name"]
    kinds = sorted(b.kind for b in list_backups(folder / DB_FILENAME))
    assert kinds == ["before-restore", "manual", "merge"]
    a = open_database(folder, backup="never")
    try:
        assert a.identity_change is None and a.device_id == doc["device_id"]  # taken once, by the command
        with a.read_session() as s:
            assert s.get(Project, pid).budget_unit == ""
    finally:
        a.close()


def test_restore_is_refused_while_another_process_holds_the_folder(team, capsys: pytest.CaptureFixture[str]) -> None:
    from evaltool.cli import main
    from tests.unit.killing import Child

    a, _b, _pid = team
    folder = a.data_dir
    take_backup(a.path, "manual")
    a.close()
    before = (folder / DB_FILENAME).read_bytes()
    child = Child("from evaltool.db import open_database\ndb = open_database(Path(sys.argv[1]), program='evaltool (app)')\nreached('holding')\n",
                  str(folder))
    try:
        child.wait_for("holding")
        assert main(["--lang", "en", "--data-dir", str(folder), "backups", "restore", "latest"]) == 1
        assert f"process {child.proc.pid}" in capsys.readouterr().err
        with pytest.raises(DataFolderBusyError):
            restore_backup(folder, "latest")
    finally:
        child.kill()
    assert (folder / DB_FILENAME).read_bytes() == before
    assert not [p for p in folder.iterdir() if p.name.startswith(".rs")]


@pytest.mark.skipif(not hasattr(__import__("os"), "symlink"), reason="no symbolic links")
def test_the_same_folder_by_another_path_is_no_copy(data_dir: Path, tmp_path: Path) -> None:
    """A data folder reached through a link (or a mapped drive) keeps its identity."""
    db = open_database(data_dir)
    first = db.device_id
    db.close()
    link = tmp_path / "链接"
    link.symlink_to(data_dir, target_is_directory=True)
    again = open_database(link)
    try:
        assert again.identity_change is None and again.device_id == first
    finally:
        again.close()


def test_this_computers_notes_are_outside_the_default_data_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    """Notes that travel with a copy of the data folder could not tell the copy apart."""
    from evaltool import paths

    monkeypatch.delenv("EVALTOOL_STATE_DIR")
    monkeypatch.delenv("EVALTOOL_DATA_DIR", raising=False)
    state, data = paths.state_dir(), paths.default_data_dir()
    assert state != data and data not in state.parents and state not in data.parents
