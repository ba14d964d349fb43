"""The Surveys page driven from the keyboard: seed-000 tally, fast paper entry, undo, import."""
from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import type_text


def _group_row(page, name: str) -> list[str]:
    t = page.groups_table
    for r in range(t.rowCount()):
        if t.item(r, 0).text() == name:
            return [t.item(r, c).text() for c in range(t.columnCount())]
    raise AssertionError(name)


def test_results_show_the_seed_000_rates(demo_window, qtbot) -> None:
    page = demo_window.show_page("surveys")
    assert _group_row(page, "市政数局")[3:6] == ["1", "1", "100.00%"]
    assert _group_row(page, "使用单位")[3:6] == ["69", "62", "89.86%"]
    assert _group_row(page, "办事人")[3:6] == ["145", "141", "97.24%"]
    assert "94.88%" in page.overall_label.text()
    chart = page.group_chart.chart()
    values = [chart.series()[0].barSets()[0].at(i) for i in range(4)]
    assert values == [100.0, 89.86, 97.24, 94.88]
    page.question_combo.setCurrentIndex(page.question_combo.findData("stability"))
    assert page.option_chart.chart().title() == "系统稳定性"


def test_keying_in_questionnaires_updates_the_tally(demo_window, qtbot) -> None:
    win = demo_window
    page = win.show_page("surveys")
    page.entry_group.setCurrentIndex(page.entry_group.findText("使用单位"))
    page.start_entry()
    grid = page.grid
    assert grid.currentRow() == 69  # below the 69 questionnaires already there
    qtbot.keyClick(grid, Qt.Key.Key_4)  # overall: 不太满意
    assert grid.currentColumn() == 1  # a digit moves to the next question
    qtbot.keyClick(grid, Qt.Key.Key_7)  # not an option of a 5-level scale
    assert grid.currentColumn() == 1 and "7" in page.entry_msg.text()
    for key in (Qt.Key.Key_Delete, Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_2, Qt.Key.Key_1):  # stability 2, ease 1
        qtbot.keyClick(grid, key)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert _group_row(page, "使用单位")[3:6] == ["70", "62", "88.57%"]  # 62 / 70
    assert grid.currentRow() == 70 and grid.currentColumn() == 0  # the next row is ready
    qtbot.keyClick(grid, Qt.Key.Key_1)
    # multiple choice (last question column): several digits, then Enter
    grid.setCurrentCell(70, len(grid.questions) - 1)
    qtbot.keyClick(grid, Qt.Key.Key_1)
    qtbot.keyClick(grid, Qt.Key.Key_3)
    grid.setCurrentCell(70, grid.unit_col)
    qtbot.keyClick(grid, Qt.Key.Key_A)  # typing opens the cell editor
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(editor, "虎门镇")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Enter in the editor saves the row too
    qtbot.waitUntil(lambda: _group_row(page, "使用单位")[3] == "71")
    assert _group_row(page, "使用单位")[3:6] == ["71", "63", "88.73%"]
    assert page.tally.question("reasons").options[2]["count"] == 8  # 7 in the demo + this one
    overall = page.overall_label.text()  # pooled: 204 + 1 satisfied of 215 + 2 = 94.47%
    assert "94.47%" in overall and "205" in overall and "217" in overall
    win.a_undo.trigger()
    assert _group_row(page, "使用单位")[3:6] == ["70", "62", "88.57%"]
    win.a_redo.trigger()
    assert _group_row(page, "使用单位")[3] == "71"


def test_import_dialog_previews_problems_and_imports(demo_window, qtbot, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    page = demo_window.show_page("surveys")
    path = tmp_path / "online.csv"
    with open(path, "w", encoding="gbk", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["答卷编号", "调查对象", "总体满意度", "系统稳定性"])
        w.writerow(["W1", "办事人", "非常满意", ""])
        w.writerow(["W2", "办事人", "很满意啊", ""])
        w.writerow(["W3", "使用单位", "一般", "比较满意"])
    dlg = page.import_answers(str(path))
    assert dlg.plan.group_column == 1 and dlg.plan.mapping == {2: "overall", 3: "stability"}
    assert dlg.preview.rowCount() == 3
    problems = [dlg.problems.item(i).text() for i in range(dlg.problems.count())]
    assert len(problems) == 1 and "很满意啊" in problems[0] and "3" in problems[0]  # spreadsheet row 3
    assert not dlg.import_btn.isEnabled()  # a row has a problem: decide first
    dlg.skip.setChecked(True)
    assert dlg.import_btn.isEnabled()
    dlg.import_btn.click()
    assert _group_row(page, "办事人")[3:6] == ["146", "142", "97.26%"]
    assert _group_row(page, "使用单位")[3:6] == ["70", "62", "88.57%"]
