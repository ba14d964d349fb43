"""The score-sheet import preview (stated vs computed, warnings, asking before a sheet that
does not reconcile) and the score fields reading numbers as typed."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from evaltool.framework import find_by_path
from evaltool.scoring import fmt_score, project_summary
from tests.ui.conftest import finish_jobs, type_text

ROWS: list[list[Any]] = [
    ["附件1：某区政务云平台运维项目绩效评价指标得分表"],
    ["评价机构：某某咨询有限公司", None, None, "评价基准日：2023年12月31日"],
    ["一级指标", "二级指标", "三级指标", "分值", "得分", "评价意见"],
    ["决策", "项目立项", "立项依据充分性", 20, "18分", ""],
    ["决策", "项目立项", "立项程序规范性", 20, "15", "缺少专家论证"],
    ["产出", "产出数量", "运维完成率", 60, "52,5", ""],
    ["合计", None, None, 100, 85.5],
    ["评价等级", None, None, None, "良"],
]


def _sheet(path: Path, total: float = 85.5) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "得分表"
    for r in ROWS:
        ws.append([total if v == 85.5 else v for v in r])
    wb.save(path)
    return path


def _dialog(win: Any, qtbot: Any, path: Path) -> Any:
    from evaltool.ui.framework_dialogs import ImportSheetDialog

    dlg = ImportSheetDialog(win, str(path))
    qtbot.addWidget(dlg)
    finish_jobs(qtbot, win)
    assert dlg.parsed is not None
    return dlg


def test_preview_of_a_sheet_that_reconciles(make_window, demo_db, qtbot, tmp_path: Path, monkeypatch) -> None:
    from evaltool.ui.framework_dialogs import ImportSheetDialog

    win = make_window(demo_db, "en")
    dlg = _dialog(win, qtbot, _sheet(tmp_path / "ok.xlsx"))
    assert dlg.name.text() == "某区政务云平台运维项目"
    assert "某某咨询有限公司" in dlg.summary.text() and "agrees" in dlg.summary.text()
    rows = {dlg.stated.item(i, 0).text(): [dlg.stated.item(i, j).text() for j in range(6)] for i in range(dlg.stated.rowCount())}
    assert rows["7"][1].startswith("✓") and rows["7"][4:] == ["85.5", "85.5"]
    assert rows["8"][4:] == ["良", "良"]
    monkeypatch.setattr(ImportSheetDialog, "_confirm_unreconciled", lambda self, parsed: 1 / 0)  # never asked
    dlg._accept()
    assert dlg.result() == QDialog.DialogCode.Accepted


def test_preview_shows_stated_beside_computed_and_asks_before_importing(make_window, demo_db, qtbot, tmp_path: Path,
                                                                       monkeypatch) -> None:
    from evaltool.ui.framework_dialogs import ImportSheetDialog

    win = make_window(demo_db, "en")
    dlg = _dialog(win, qtbot, _sheet(tmp_path / "bad.xlsx", total=95))
    assert "does not reconcile" in dlg.summary.text()
    total = next(i for i in range(dlg.stated.rowCount()) if dlg.stated.item(i, 0).text() == "7")
    assert dlg.stated.item(total, 1).text().startswith("✗")
    assert [dlg.stated.item(total, j).text() for j in (4, 5)] == ["95", "85.5"]
    warnings = [dlg.warnings.item(i).text() for i in range(dlg.warnings.count())]
    assert any("row 7, column E" in w and "95" in w and "85.5" in w for w in warnings)
    asked: list[bool] = []

    def answer(value: bool):
        def confirm(self, parsed) -> bool:
            asked.append(value)
            return value
        return confirm

    monkeypatch.setattr(ImportSheetDialog, "_confirm_unreconciled", answer(False))
    dlg._accept()
    assert asked == [False] and dlg.result() != QDialog.DialogCode.Accepted
    monkeypatch.setattr(ImportSheetDialog, "_confirm_unreconciled", answer(True))
    dlg._accept()
    assert asked == [False, True] and dlg.result() == QDialog.DialogCode.Accepted


def test_several_frameworks_ask_for_the_sheet(make_window, demo_db, qtbot, tmp_path: Path) -> None:
    from evaltool.ui.framework_dialogs import ImportSheetDialog

    wb = openpyxl.Workbook()
    wb.active.title = "甲"
    for r in ROWS[2:7]:
        wb.active.append(r)
    other = wb.create_sheet("乙")
    for r in [["一级指标", "三级指标", "分值", "得分"], ["过程", "制度执行", 100, 90]]:
        other.append(r)
    path = tmp_path / "two.xlsx"
    wb.save(path)
    win = make_window(demo_db, "en")
    dlg = ImportSheetDialog(win, str(path))
    qtbot.addWidget(dlg)
    finish_jobs(qtbot, win)
    assert dlg.parsed is None and not dlg.import_btn.isEnabled()
    assert "Choose" in dlg.summary.text() and [dlg.sheet.itemText(i) for i in range(dlg.sheet.count())] == ["甲", "乙"]
    dlg.sheet.setCurrentIndex(1)
    dlg.sheet.activated.emit(1)
    finish_jobs(qtbot, win)
    assert dlg.parsed is not None and dlg.parsed.sheet == "乙" and dlg.import_btn.isEnabled()


# -- score fields ---------------------------------------------------------------------------------

LEAF = "产出/产出数量/运维服务驻场服务完成率"  # weight 3, final 2.14 in seed 000 (total 81.415)


def _total(win) -> str:
    with win.db.read_session() as s:
        return fmt_score(project_summary(s, win.project_id).total)


def test_score_fields_show_what_will_be_stored_and_keep_bad_values_out_of_the_totals(make_window, demo_db,
                                                                                      demo_project_id, qtbot) -> None:
    win = make_window(demo_db, "en")
    win.open_project(demo_project_id)
    page = win.show_page("scoring")
    with win.db.read_session() as s:
        leaf_id = find_by_path(s, win.project_id, LEAF).id
    page.select_leaf(leaf_id)
    qtbot.waitUntil(lambda: page.form.leaf_id == leaf_id)
    form = page.form
    hint = form.others_box.final_hint
    form.final.setFocus()
    form.final.selectAll()
    type_text(form.final, "扣1分")  # of 3 points: 2
    assert hint.text() == "= 2"
    assert "81.275" in page.summary.total.text()  # previewed: 81.415 − 0.14
    form.final.selectAll()
    type_text(form.final, "9")
    assert hint.text() == "✗" and form.final_warning.isVisible() and "outside 0…3" in form.final_warning.text()
    assert "81.415" in page.summary.total.text() and "81.275" not in page.summary.total.text()  # never shown
    form.final.selectAll()
    type_text(form.final, "1,5分")
    assert hint.text() == "= 1.5" and "80.775" in page.summary.total.text() and not form.final_warning.isVisible()
    type_text(form.final_reason, "复核后调整")
    qtbot.keyClick(form.final_reason, Qt.Key.Key_Return)
    assert _total(win) == "80.775"
    assert form.final.text() == "1.5" and hint.text() == ""  # the field shows what was stored
    # my own score field reads the same way
    mine = form.mine_box
    form.score.setFocus()
    form.score.selectAll()
    type_text(form.score, "２．５")
    assert mine.score_hint.text() == "= 2.5"
    form.score.selectAll()
    type_text(form.score, "1,500")
    assert mine.score_hint.text() == "✗" and "thousands separator" in mine.score_hint.toolTip()
    assert mine.warning.isVisible() and "thousands separator" in mine.warning.text()
    qtbot.keyClick(form.score, Qt.Key.Key_Return)  # not stored
    assert mine.warning.isVisible() and "thousands separator" in mine.warning.text()
