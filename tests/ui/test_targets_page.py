"""Targets page: seed 000's counts and differences; add a row, type values, status follows; undo."""
from __future__ import annotations

from PySide6.QtCore import Qt

from evaltool.targets import count_targets, list_targets


def _counts(win):
    with win.db.read_session() as s:
        return count_targets(list_targets(s, win.project_id))


def test_targets_page_counts_compare_and_edit(demo_window, qtbot) -> None:
    win = demo_window
    page = win.show_page("targets")
    # seed 000: 运维 7 met or mostly met / 4 not met; 运营 8 / 9
    counts = {page.counts.item(i, 0).text(): [page.counts.item(i, j).text() for j in (1, 2, 4)]
              for i in range(page.counts.rowCount())}
    assert counts["运维服务项目"] == ["7", "4", "11"] and counts["运营服务项目"] == ["8", "9", "17"]
    assert page.table.rowCount() == 28
    diffs = {page.compare.item(i, 1).text() for i in range(page.compare.rowCount())}
    assert {"月度报告", "季度报告", "人员队伍稳定"} <= diffs
    money = page.money_panel
    col = {k: i for i, k in enumerate(("name", "year", "approved", "adjusted", "received", "actual", "moved_out",
                                       "recovered", "adjustment_rate", "execution_rate"))}
    assert page.money.item(2, col["adjustment_rate"]).text() == "69.32%"  # combined: 456.375 / 658.4
    assert page.money.item(1, col["execution_rate"]).text() == "99.14%"  # 运营: 49.2 / 49.625
    assert money.warnings.text() == ""  # the demo's lines add up to its stated totals
    page.check_edit.setText("3.23×1.8405=5.82")
    assert "5.82" in page.check_result.text() and "✗" in page.check_result.text()

    # add a row below the last one, then type its target and actual values into the cells
    page.table.setCurrentCell(27, 3)
    qtbot.mouseClick(page.add_btn, Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == 29 and _counts(win)["运营服务项目"].total == 18
    row = 28
    page.table.item(row, 4).setText("≥10次")
    page.table.item(row, 5).setText("12次")
    assert _counts(win)["运营服务项目"].met == 9
    assert page.table.cellWidget(row, 7).currentText().endswith(page.status_names()["met"])
    assert page.table.item(row, 6).text() == "100.00%"  # completion rate
    page.table.item(row, 5).setText("3次")
    assert _counts(win)["运营服务项目"].not_met == 10
    win.undo_stack.undo()  # back to 12次
    assert _counts(win)["运营服务项目"].met == 9
    win.undo_stack.undo()
    win.undo_stack.undo()
    win.undo_stack.undo()  # the row is gone again
    assert _counts(win)["运营服务项目"].total == 17 and page.table.rowCount() == 28


def test_import_a_self_evaluation_table_after_its_preview(demo_window, qtbot, tmp_path) -> None:
    import openpyxl

    from tests.ui.conftest import finish_jobs

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["运营服务项目绩效自评表"])
    ws.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
    ws.append(["产出指标", "数量指标", "每周数据分析报告（次）", "≥48", "16", 10, 3, "服务期仅4个月"])
    ws.append(["", "", "用户调研报告", "4份", "1份", 10, 2.5, ""])
    ws.append(["合计", None, None, None, None, 20, 6])  # 3 + 2.5 = 5.5, not 6
    wb.save(tmp_path / "自评表.xlsx")
    win = demo_window
    page = win.show_page("targets")
    page.read_file(str(tmp_path / "自评表.xlsx"))
    finish_jobs(qtbot, win)
    dlg = page.import_dialog
    assert dlg.table_kind() == "self_eval" and "5.5" in dlg.warnings.text()
    dlg.sub.setText("运营服务项目")
    dlg.accept()
    finish_jobs(qtbot, win)
    assert page.table_kind.currentData() == "self_eval"
    with win.db.read_session() as s:
        rows = {r.name: r for r in list_targets(s, win.project_id, "self_eval")}
    weekly = rows["每周数据分析报告（次）"]
    assert (weekly.sub_project, weekly.points, weekly.self_score, weekly.reason) == ("运营服务项目", 10, 3, "服务期仅4个月")
    assert round(weekly.completion, 4) == round(16 / 48, 4)


def test_money_panel_edits_a_line_and_undoes(demo_window, qtbot) -> None:
    win = demo_window
    page = win.show_page("targets")
    panel = page.money_panel
    col = {k: i for i, k in enumerate(("name", "year", "approved", "adjusted", "received", "actual"))}
    assert panel.table.item(0, col["name"]).text() == "运维服务项目"
    panel.table.item(0, col["received"]).setText("152.4万元")
    assert panel.table.item(0, col["received"]).text() == "152.4"
    panel.table.item(1, col["actual"]).setText("49.625")  # 运营 now spends its whole adjusted budget
    assert panel.table.item(1, 9).text() == "100.00%"
    win.undo_stack.undo()
    assert panel.table.item(1, 9).text() == "99.14%"
    panel.definition.setCurrentIndex(panel.definition.findData("moved_recovered"))
    panel.definition.activated.emit(panel.definition.currentIndex())
    assert panel.table.item(2, 8).text() == "69.32%"  # (357 + 99.375) / 658.4, the same here
    panel.table.item(1, col["actual"]).setText("五十")
    assert panel.table.item(1, col["actual"]).text() == "49.2"  # refused: the stored amount is shown again
