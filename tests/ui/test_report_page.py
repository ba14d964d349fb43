"""The Report page driven as a user would: write a section, undo it, export, cancel."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QPushButton

from evaltool.report_sections import get_sections
from tests.ui.conftest import type_text


def _stored(win, key: str) -> str:
    with win.db.read_session() as s:
        return get_sections(s, win.project_id)[key]


def test_section_autosaves_and_undoes(demo_window, qtbot) -> None:
    win = demo_window
    page = win.show_page("report")
    page.section_list.setCurrentRow(list(page.editors).index("achievements"))
    ed = win.findChild(QPlainTextEdit, "section_achievements")
    before = _stored(win, "achievements")
    assert ed.toPlainText() == before and before.startswith("（一）经验")
    ed.setFocus()
    ed.moveCursor(ed.textCursor().MoveOperation.End)
    qtbot.keyClick(ed, Qt.Key.Key_Return)
    type_text(ed, "补充：档案管理规范。")
    # saved shortly after typing stops, with no Save button
    qtbot.waitUntil(lambda: _stored(win, "achievements").endswith("补充：档案管理规范。"), timeout=5000)
    assert _stored(win, "achievements") == before + "\n补充：档案管理规范。"
    win.a_undo.trigger()
    assert _stored(win, "achievements") == before
    assert ed.toPlainText() == before
    win.a_redo.trigger()
    assert _stored(win, "achievements").endswith("档案管理规范。")


def test_leaving_the_editor_saves_at_once(demo_window, qtbot) -> None:
    win = demo_window
    page = win.show_page("report")
    page.section_list.setCurrentRow(list(page.editors).index("suggestions"))
    ed = page.editors["suggestions"]
    ed.setFocus()
    ed.selectAll()
    type_text(ed, "一是细化边界。")
    page.section_list.setFocus()  # the user clicks elsewhere
    qtbot.waitUntil(lambda: _stored(win, "suggestions") == "一是细化边界。", timeout=2000)


def test_preview_shows_generated_figures(demo_window) -> None:
    page = demo_window.show_page("report")
    html = page.preview.toPlainText()
    assert "81.415" in html and "良" in html
    assert "决策一级指标下设项目立项、绩效目标、资金投入共 3 个二级指标" in html
    page.lang_combo.setCurrentIndex(page.lang_combo.findData("en"))
    assert "Good" in page.preview.toPlainText()


def test_export_runs_in_the_background_and_reports(demo_window, qtbot, tmp_path: Path, monkeypatch) -> None:
    win = demo_window
    page = win.show_page("report")
    out = tmp_path / "exports"
    out.mkdir()
    monkeypatch.setattr(page, "ask_paths", lambda kind: {"xlsx": str(out / "s.xlsx"), "pdf": str(out / "p.pdf")})
    with qtbot.waitSignal(page.export_done, timeout=60000) as sig:
        qtbot.mouseClick(page.buttons["xlsx"], Qt.MouseButton.LeftButton)
    report = sig.args[0]
    assert report is not None
    assert sorted(p.name for p in out.iterdir()) == ["p.pdf", "s.xlsx"]
    assert "s.xlsx" in page.result.text()
    assert all(b.isEnabled() for b in page.buttons.values())


def test_cancel_stops_the_export_and_writes_nothing(demo_window, qtbot, tmp_path: Path) -> None:
    win = demo_window
    page = win.show_page("report")
    out = tmp_path / "exports"
    out.mkdir()
    task = page.start_export({"docx": str(out / "r.docx"), "xlsx": str(out / "s.xlsx")})
    assert task is not None and task.dialog is not None
    cancel = task.dialog.findChild(QPushButton)
    with qtbot.waitSignal(page.export_done, timeout=60000) as sig:
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)  # answered at once: the dialog says it is stopping
        assert not cancel.isEnabled()
    assert sig.args[0] is None
    assert list(out.iterdir()) == []
    assert page.result.text()


def test_failed_export_shows_the_reason(demo_window, qtbot, tmp_path: Path) -> None:
    page = demo_window.show_page("report")
    with qtbot.waitSignal(page.export_done, timeout=30000) as sig:
        page.start_export({"docx": str(tmp_path / "no-such-folder" / "r.docx")})
    assert sig.args[0] is None
    assert "no-such-folder" in page.result.text()
