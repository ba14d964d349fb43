"""File ▸ Backups…: the copies kept, back up now, restore one (the window reopens over
the restored database, which has a new device identity; the replaced one is kept), a
new identity by hand; the start-up tidying; a second app refused with a message."""
from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from evaltool.backups import list_backups, take_backup
from evaltool.models import Project
from evaltool.projects import update_project
from evaltool.ui.backups_dialog import BackupsDialog
from tests.ui.conftest import finish_jobs

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _open(win, qtbot) -> BackupsDialog:
    win.a_backups.trigger()
    dlg = win.findChild(BackupsDialog)
    assert dlg is not None
    qtbot.waitExposed(dlg)
    return dlg


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupsDialog", text)


def test_the_menu_opens_the_list_and_back_up_now_adds_a_copy(demo_window, qtbot) -> None:
    win = demo_window
    assert win.a_backups.shortcut().toString() == "Ctrl+Shift+B"
    assert win.a_backups in win.m_file.actions()
    take_backup(win.db.path, "daily")
    dlg = _open(win, qtbot)
    assert dlg.table.rowCount() == 1 and dlg.table.item(0, 1).text() == "每日副本"
    assert dlg.restore_btn.isEnabled()
    qtbot.mouseClick(dlg.backup_btn, Qt.MouseButton.LeftButton)
    finish_jobs(qtbot, win)
    assert [b.kind for b in list_backups(win.db.path)] == ["manual", "daily"]
    assert dlg.table.rowCount() == 2 and dlg.table.item(0, 1).text() == "手动备份"
    dlg.close()


def test_restore_reopens_the_window_over_the_copy_with_a_new_identity(demo_window, demo_project_id, qtbot) -> None:
    win = demo_window
    old_device = win.db.device_id
    backup = take_backup(win.db.path, "manual")
    with win.db.session() as s:
        update_project(s, demo_project_id, budget_unit="恢复前改的")
    dlg = _open(win, qtbot)
    dlg.confirm = lambda *_a: True  # the question a user answers with Yes
    dlg.table.selectRow(0)
    assert dlg.selected().path == backup.path
    qtbot.mouseClick(dlg.restore_btn, Qt.MouseButton.LeftButton)
    finish_jobs(qtbot, win)
    new = dlg.restored
    assert new is not None and new is not win
    try:
        qtbot.waitExposed(new)
        assert new.db.identity_change is not None and new.db.identity_change.reason == "restore"
        assert new.db.device_id != old_device
        assert new.project_id == demo_project_id
        with new.db.read_session() as s:
            assert s.get(Project, demo_project_id).budget_unit == "东莞市政务服务数据管理局"
        assert sorted(b.kind for b in list_backups(new.db.path)) == ["before-restore", "manual"]
        box = new.findChild(QMessageBox, "backupsMessage")
        assert box is not None and backup.name in box.text() and new.db.device_id[:8] in box.text()
        box.close()
        # the old window's runner and database are done; the new one works
        with new.db.session() as s:
            update_project(s, demo_project_id, budget_unit="恢复后改的")
    finally:
        new.close()
        new.db.close()


def test_a_new_identity_by_hand(demo_window, qtbot) -> None:
    win = demo_window
    old = win.db.device_id
    dlg = _open(win, qtbot)
    dlg.confirm = lambda *_a: True
    qtbot.mouseClick(dlg.identity_btn, Qt.MouseButton.LeftButton)
    assert win.db.device_id != old
    assert win.db.device_id[:8] in dlg.status.text()
    dlg.close()


def test_the_dialog_in_both_languages(demo_window, qtbot) -> None:
    win = demo_window
    take_backup(win.db.path, "daily")
    take_backup(win.db.path, "import")
    win.resize(1366, 768)
    dlg = _open(win, qtbot)
    assert dlg.windowTitle() == "备份" and dlg.restore_btn.text() == "恢复(&R)…"
    _shot(dlg, "backups-zh.png")
    win.set_language("en")
    qtbot.waitUntil(lambda: dlg.windowTitle() == "Backups")
    assert dlg.restore_btn.text() == "&Restore…" and dlg.table.item(0, 1).text() == "Before an import"
    _shot(dlg, "backups-en.png")
    dlg.close()


def _shot(widget, name: str) -> None:
    """Screenshots for docs/ only when asked (EVALTOOL_SCREENSHOTS=1): a test run never
    changes the source tree."""
    if os.environ.get("EVALTOOL_SCREENSHOTS"):
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / name))


def test_the_start_up_tidies_and_makes_the_days_copy_once(demo_window, qtbot) -> None:
    from evaltool.ui.app import start_maintenance

    win = demo_window
    leftover = win.db.data_dir / ".bkaaaa1111"
    leftover.write_bytes(b"")  # an empty copy a killed start left
    started = time.time() + 1
    start_maintenance(win, started)
    finish_jobs(qtbot, win)
    assert not leftover.exists()
    assert [b.kind for b in list_backups(win.db.path)] == ["daily"]
    assert win.statusBar().currentMessage() == QCoreApplication.translate("App", "Today's backup was made.")
    start_maintenance(win, started)  # the next start of the day copies nothing
    finish_jobs(qtbot, win)
    assert [b.kind for b in list_backups(win.db.path)] == ["daily"]


def test_an_import_in_the_app_takes_a_backup_first(demo_window, qtbot) -> None:
    """Every job that is not undoable (imports, merges) starts with a checked copy."""
    win = demo_window
    win.runner.run("导入", lambda job: None, writes=True, clears_undo=True)
    finish_jobs(qtbot, win)
    assert [b.kind for b in list_backups(win.db.path)] == ["import"]


def test_a_second_app_is_refused_with_a_message(demo_db, monkeypatch: pytest.MonkeyPatch) -> None:
    from evaltool.ui import app
    from tests.unit.killing import Child

    folder = demo_db.data_dir
    demo_db.close()
    child = Child("from evaltool.db import open_database\ndb = open_database(Path(sys.argv[1]), program='evaltool (app)')\nreached('holding')\n",
                  str(folder))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    try:
        child.wait_for("holding")
        assert app.run(argparse.Namespace(data_dir=str(folder), lang="zh_CN", self_test=False)) == 1
    finally:
        child.kill()
    assert len(shown) == 1 and "evaltool (app)" in shown[0] and str(child.proc.pid) in shown[0]
