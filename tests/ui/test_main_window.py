"""The app shell driven as a user would: home page, every page, autosave, undo."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from evaltool.models import Project
from tests.ui.conftest import type_text


def test_opens_demo_and_visits_every_page(demo_window, qtbot) -> None:
    win = demo_window
    assert "东莞" in win.windowTitle()
    for i, page in enumerate(win.pages):
        win.sidebar.setCurrentRow(i + 1)
        qtbot.waitUntil(page.isVisible)
        assert win.stack.currentWidget() is page
        assert page.project_id is not None
    win.sidebar.setCurrentRow(0)
    assert win.stack.currentWidget() is win.home
    assert win.home.table.rowCount() == 1


def test_first_start_creates_and_opens_the_demo(make_window, db) -> None:
    win = make_window(db)
    assert win.project_id is not None
    total = win.pages[0].total.text()
    assert "81.415" in total and "良" in total


def test_project_field_autosaves_and_undoes(demo_window, qtbot) -> None:
    win = demo_window
    win.show_page("overview")
    edit = win.findChild(QLineEdit, "field_budget_unit")
    edit.setFocus()
    edit.selectAll()
    type_text(edit, "东莞市政数局（测试）")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)  # leaving the field saves it; there is no Save button

    def unit() -> str:
        with win.db.read_session() as s:
            return s.get(Project, win.project_id).budget_unit

    assert unit() == "东莞市政数局（测试）"
    win.a_undo.trigger()
    assert unit() == "东莞市政务服务数据管理局"
    assert edit.text() == "东莞市政务服务数据管理局"
    win.a_redo.trigger()
    assert unit() == "东莞市政数局（测试）"


def test_delete_project_asks_and_can_be_undone(demo_window, qtbot, monkeypatch) -> None:
    win = demo_window
    win.show_home()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    win.home.table.selectRow(0)
    win.home.delete_selected()
    assert win.home.table.rowCount() == 0
    assert win.project_id is None
    win.a_undo.trigger()
    assert win.home.table.rowCount() == 1


def test_geometry_is_remembered(make_window, db, qtbot) -> None:
    win = make_window(db)
    win.resize(770, 520)
    chosen = (win.size().width(), win.size().height())
    win.close()
    win2 = make_window(db, resize=False)
    assert (win2.size().width(), win2.size().height()) == chosen
