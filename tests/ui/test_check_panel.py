"""The Check panel on the Report page, driven as a user would: it lists the demo's own
errors, follows the typing, jumps to the place, and dismisses with undo."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from evaltool.ui.widgets.check_panel import CheckPanel
from tests.ui.conftest import finish_jobs, type_text

# seed 000's own errors: 5.82 and 11.93 %, each in a leaf comment and in the problem 预算编制依据不够明确
DEMO_FOUND = ["5.82 万元", "5.82 万元", "11.93%", "11.93%"]


def _panel(win, qtbot) -> CheckPanel:
    page = win.show_page("report")
    page.side_tabs.setCurrentWidget(page.check_panel)
    finish_jobs(qtbot, win)
    qtbot.waitUntil(lambda: page.check_panel.facts is not None, timeout=10_000)
    return page.check_panel


def _row_of(panel: CheckPanel, found: str, section: str | None = None) -> int:
    for i in range(panel.list.topLevelItemCount()):
        f = panel.list.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
        if f.found == found and (section is None or f.place.key == section):
            return i
    raise AssertionError(found)


def test_the_panel_lists_the_demos_own_errors(demo_window, qtbot) -> None:
    panel = _panel(demo_window, qtbot)
    assert sorted(f.found for f in panel.findings) == sorted(DEMO_FOUND)
    assert panel.list.topLevelItemCount() == 4
    assert "4" in panel.status.text()
    page = demo_window.show_page("report")
    assert page.side_tabs.tabText(1) == "检查（4）"  # the count shows on its tab behind the preview


def test_typing_a_wrong_total_is_found_and_the_jump_selects_it(demo_window, qtbot) -> None:
    win = demo_window
    panel = _panel(win, qtbot)
    page = win.show_page("report")
    page.section_list.setCurrentRow(list(page.editors).index("conclusion"))
    ed = page.editors["conclusion"]
    ed.setFocus()
    ed.moveCursor(ed.textCursor().MoveOperation.End)
    type_text(ed, "项目总得分为 90 分。")  # the scores add up to 81.415
    qtbot.waitUntil(lambda: any(f.found == "90" for f in panel.findings), timeout=5000)
    wrong = next(f for f in panel.findings if f.found == "90")
    assert wrong.expected == "81.415" and wrong.place.key == "conclusion"
    # away from the section, then back through the finding (Enter on its row)
    page.section_list.setCurrentRow(0)
    panel.list.setCurrentItem(panel.list.topLevelItem(_row_of(panel, "90")))
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert page.section_list.currentRow() == list(page.editors).index("conclusion")
    assert ed.textCursor().selectedText() == "90"


def test_go_to_a_problem_selects_its_figure(demo_window, qtbot) -> None:
    win = demo_window
    panel = _panel(win, qtbot)
    row = next(i for i in range(panel.list.topLevelItemCount())
               if panel.list.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole).place.kind == "problem")
    panel.list.setCurrentItem(panel.list.topLevelItem(row))
    panel.go_button.click()
    page = win.current_page()
    assert page.key == "report" and page.stack.currentWidget() is page.problems
    selected = page.problems.edits["text"].textCursor().selectedText()
    assert selected in ("5.82 万元", "11.93%")


def test_go_to_a_leaf_opens_it_on_the_scoring_page(demo_window, qtbot) -> None:
    win = demo_window
    panel = _panel(win, qtbot)
    panel.list.setCurrentItem(panel.list.topLevelItem(_row_of(panel, "5.82 万元")))
    panel.go_button.click()
    scoring = win.current_page()
    assert scoring.key == "scoring"
    leaf = panel.current().place.key
    assert scoring.current_leaf_id() == leaf


def test_dismiss_and_undo(demo_window, qtbot) -> None:
    win = demo_window
    panel = _panel(win, qtbot)
    row = next(i for i in range(panel.list.topLevelItemCount())
               if panel.list.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole).place.kind == "problem")
    finding = panel.list.topLevelItem(row).data(0, Qt.ItemDataRole.UserRole)
    assert panel.dismiss(finding, "报告引用预算单位的原始错误")
    finish_jobs(qtbot, win)
    qtbot.waitUntil(lambda: len(panel.open_findings()) == 3, timeout=10_000)
    assert panel.list.topLevelItemCount() == 3
    panel.show_dismissed.setChecked(True)
    assert panel.list.topLevelItemCount() == 4
    win.undo_stack.undo()
    finish_jobs(qtbot, win)
    qtbot.waitUntil(lambda: len(panel.open_findings()) == 4, timeout=10_000)


def test_the_export_result_lists_the_open_findings(demo_window, qtbot, tmp_path: Path) -> None:
    win = demo_window
    _panel(win, qtbot)
    page = win.show_page("report")
    page.start_export({"xlsx": str(tmp_path / "s.xlsx")})
    finish_jobs(qtbot, win)
    text = page.result.text()
    assert str(tmp_path / "s.xlsx") in text
    assert "5.82 万元" in text and "5.94 万元" in text


def test_the_panel_speaks_the_users_language(demo_window, qtbot) -> None:
    panel = _panel(demo_window, qtbot)
    assert panel.heading.text() == "核对：每个数字都对得上"
    assert panel.findings[0].where.startswith(("报告章节", "报告问题", "决策"))
    demo_window.set_language("en")
    assert panel.heading.text() == "Check: every figure agrees"
    finish_jobs(qtbot, demo_window)
    qtbot.waitUntil(lambda: any(f.where.startswith("Report problem") for f in panel.findings), timeout=10_000)


def test_go_to_a_target_selects_its_row(demo_window, qtbot) -> None:
    from evaltool.targets import list_targets, update_target
    from evaltool.ui.pages.targets import ID_ROLE

    win = demo_window
    with win.db.session() as s:
        target = list_targets(s, win.project_id)[0]  # 月度报告 ≥12
        update_target(s, target.id, note=target.note + "按月计：4+4=12 份。")  # 4 + 4 = 8
    panel = _panel(win, qtbot)
    panel.refresh()
    finish_jobs(qtbot, win)
    qtbot.waitUntil(lambda: any(f.place.kind == "target" for f in panel.findings), timeout=10_000)
    row = next(i for i in range(panel.list.topLevelItemCount())
               if panel.list.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole).place.kind == "target")
    found = panel.list.topLevelItem(row).data(0, Qt.ItemDataRole.UserRole)
    assert (found.found, found.expected) == ("12 份", "8 份")
    panel.list.setCurrentItem(panel.list.topLevelItem(row))
    panel.go_button.click()
    page = win.current_page()
    assert page.key == "targets"
    assert page.table.item(page.table.currentRow(), 0).data(ID_ROLE) == target.id
