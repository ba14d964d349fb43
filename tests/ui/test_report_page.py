"""The Report page driven as a user would: write a section, undo it, export, cancel."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QPushButton

from evaltool.report_sections import get_sections
from tests.ui.conftest import finish_jobs, type_text


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


def test_preview_shows_generated_figures(demo_window, qtbot) -> None:
    page = demo_window.show_page("report")
    finish_jobs(qtbot, demo_window)  # the preview is collected on the runner
    html = page.preview.toPlainText()
    assert "81.415" in html and "良" in html
    assert "决策一级指标下设项目立项、绩效目标、资金投入共 3 个二级指标" in html
    page.lang_combo.setCurrentIndex(page.lang_combo.findData("en"))
    finish_jobs(qtbot, demo_window)
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


# -- drafts, problems, TOC (issue 18) --------------------------------------------------------------

def test_an_empty_section_starts_from_its_draft(demo_window, qtbot) -> None:
    """评价目的 is not written in the demo: the button puts the report's draft in the editor, saved."""
    win = demo_window
    page = win.show_page("report")
    page.section_list.setCurrentRow(page.keys.index("purpose"))
    assert page.draft_btn.isVisible()
    assert page.editors["purpose"].toPlainText() == ""
    qtbot.mouseClick(page.draft_btn, Qt.MouseButton.LeftButton)
    finish_jobs(qtbot, win)  # the draft reads the report's data on the runner
    text = page.editors["purpose"].toPlainText()
    assert text.startswith("为全面实施预算绩效管理") and "受东莞市财政局委托，广州零点有数数据科技有限公司" in text
    qtbot.waitUntil(lambda: _stored(win, "purpose") == text, timeout=3000)
    win.a_undo.trigger()
    assert _stored(win, "purpose") == ""


def test_problems_panel_drafts_edits_and_undoes(demo_window, qtbot) -> None:
    from evaltool.problems import list_problems

    win = demo_window
    page = win.show_page("report")
    page.section_list.setCurrentRow(page.keys.index("__problems__"))
    panel = page.problems
    assert panel.isVisible() and panel.list.count() == 4  # seed 000's four problems
    assert panel.edits["title"].text() == "项目边界待进一步细化"
    assert "项目后续运行可持续性" in panel.basis.text() and "2.5" in panel.basis.text()

    def stored():
        with win.db.read_session() as s:
            return list_problems(s, win.project_id)

    cause = panel.edits["cause"]
    cause.setFocus()
    cause.selectAll()
    type_text(cause, "合同未区分两类服务。")
    panel.edits["title"].setFocus()  # leaving the field saves it
    qtbot.waitUntil(lambda: stored()[0].cause == "合同未区分两类服务。", timeout=3000)
    win.a_undo.trigger()
    assert stored()[0].cause.startswith("运营服务是项目单位")

    qtbot.mouseClick(panel.draft_btn, Qt.MouseButton.LeftButton)  # the groups not covered yet
    assert len(stored()) == 9 and panel.list.count() == 9
    win.a_undo.trigger()
    assert len(stored()) == 4

    panel.list.setCurrentRow(1)
    qtbot.mouseClick(panel.up_btn, Qt.MouseButton.LeftButton)
    assert [p.title for p in stored()][:2] == ["预算编制依据不够明确", "项目边界待进一步细化"]


def test_the_export_summary_says_how_the_toc_got_its_page_numbers(demo_window, qtbot, tmp_path: Path) -> None:
    page = demo_window.show_page("report")
    page.toc_check.setChecked(False)
    with qtbot.waitSignal(page.export_done, timeout=60000) as sig:
        page.start_export({"docx": str(tmp_path / "r.docx")})
    assert sig.args[0].toc == "update_on_open"
    assert "Word" in page.result.text() and "目录" in page.result.text()


def test_written_files_are_links_with_an_open_folder_button_in_the_current_language(demo_window, qtbot,
                                                                                  tmp_path: Path,
                                                                                  monkeypatch) -> None:
    from PySide6.QtGui import QDesktopServices

    from tests.ui.conftest import finish_jobs

    win = demo_window
    page = win.show_page("report")
    out = tmp_path / "报告 2023"
    out.mkdir()
    page.start_export({"xlsx": str(out / "评分表.xlsx")})
    finish_jobs(qtbot, win)
    assert "已写入" in page.result.text() and "file://" in page.result.text()  # a click opens the file
    assert page.open_folder_btn.isVisible() and page.open_folder_btn.text() == "打开所在文件夹"
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    qtbot.mouseClick(page.open_folder_btn, Qt.MouseButton.LeftButton)
    assert opened == [str(out)]
    win.set_language("en")
    assert "Written:" in page.result.text() and "已写入" not in page.result.text()
    assert page.open_folder_btn.text() == "Open folder"


# -- the preview is collected on the runner (issue 20) ---------------------------------------------

@pytest.mark.parametrize(("lang", "preparing"), [("zh_CN", "正在准备预览…"), ("en", "Preparing the preview…")])
def test_the_page_shows_at_once_and_the_preview_fills_in_from_the_runner(make_window, demo_db, demo_project_id,
                                                                        qtbot, lang: str, preparing: str) -> None:
    win = make_window(demo_db, lang, resize=False)
    win.resize(1366, 768)
    win.open_project(demo_project_id)
    page = win.show_page("report")
    # the sections are in their editors at once; the generated parts are still being collected
    assert page.editors["achievements"].toPlainText().startswith("（一）经验")
    assert page.preview_panel.preparing
    assert page.preview.toPlainText() == preparing and "81.415" not in page.preview.toPlainText()
    shots = os.environ.get("EVALTOOL_SCREENSHOTS")
    if shots:
        win.grab().save(str(Path(shots) / f"report-preview-preparing-1366x768-{lang}.png"))
    # typing goes on meanwhile (the page is not waiting for the preview)
    ed = page.editors["achievements"]
    ed.moveCursor(ed.textCursor().MoveOperation.End)
    type_text(ed, "补充。")
    assert ed.toPlainText().endswith("补充。") and page.preview_panel.preparing
    finish_jobs(qtbot, win)
    assert not page.preview_panel.preparing
    assert "81.415" in page.preview.toPlainText() and "良" in page.preview.toPlainText()
    assert page.omissions.text()  # what the report leaves out, e.g. the sections not written yet
    if shots:
        win.grab().save(str(Path(shots) / f"report-preview-ready-1366x768-{lang}.png"))


def test_a_change_while_the_preview_is_prepared_replaces_it(demo_window, qtbot) -> None:
    win = demo_window
    page = win.show_page("report")
    first = page.preview_panel.task
    assert first is not None
    page.lang_combo.setCurrentIndex(page.lang_combo.findData("en"))  # before the Chinese preview came
    assert first.worker is not None and first.worker.job.cancelled()
    finish_jobs(qtbot, win)
    assert "Good" in page.preview.toPlainText()  # the English one: the Chinese result is never shown
    assert "81.415" in page.preview.toPlainText()


def test_leaving_the_page_stops_the_preview_and_coming_back_prepares_it(demo_window, qtbot) -> None:
    win = demo_window
    page = win.show_page("report")
    task = page.preview_panel.task
    assert task is not None
    win.show_page("overview")
    assert task.worker is not None and task.worker.job.cancelled()
    finish_jobs(qtbot, win)
    assert page.preview_panel.task is None  # nothing is collected for a page no one looks at
    win.show_page("report")
    assert page.preview_panel.preparing
    finish_jobs(qtbot, win)
    assert "81.415" in page.preview.toPlainText()


def test_the_problems_are_read_when_their_panel_is_shown(demo_window, qtbot, monkeypatch) -> None:
    from evaltool.ui.pages import report_problems

    calls: list[str] = []
    real = report_problems.list_problems
    monkeypatch.setattr(report_problems, "list_problems", lambda s, pid, **kw: calls.append(pid) or real(s, pid, **kw))
    win = demo_window
    page = win.show_page("report")
    finish_jobs(qtbot, win)
    assert calls == []  # the page shows the sections: the problems (every leaf's points lost) are not read
    page.section_list.setCurrentRow(page.keys.index("__problems__"))
    assert calls == [win.project_id] and page.problems.list.count() == 4  # seed 000's four problems
