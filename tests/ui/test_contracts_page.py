"""The Contracts page driven as a user would: the demo's grid, typing a month's total and
rates from the keyboard (autosave, undo, refusals), leaf scores, faults, the statement, and
the page at 1366×768 in both languages."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from evaltool.contracts import add_contract, add_installment, find_contract, load_contract, month_result, payment_statement
from evaltool.projects import create_project
from tests.ui.conftest import finish_jobs, type_text


def _cell_texts(page: Any) -> dict[tuple[str, str], str]:
    g = page.grid
    heads = [g.horizontalHeaderItem(c).text() for c in range(g.columnCount())]
    rows = [g.verticalHeaderItem(r).text() for r in range(g.rowCount())]
    return {(heads[c], rows[r]): g.item(r, c).text() for r in range(g.rowCount()) for c in range(g.columnCount())}


def test_the_demo_contracts_are_shown(demo_window, qtbot) -> None:
    page = demo_window.show_page("contracts")
    qtbot.waitUntil(lambda: page.grid.rowCount() == 12)
    cells = _cell_texts(page)
    assert cells[("运维服务合同", "2022-01")] == "93"
    assert cells[("运维服务合同", "2022-06")] == "81.75 ✎"  # scored leaf by leaf
    assert cells[("运维服务合同", "2022-03")] == "88  −4,000.00"  # catalogue completion 98 %
    assert cells[("运营服务合同", "2022-12")] == "85"
    assert demo_window.sidebar.item(demo_window.pages.index(page) + 1).text() == "合同考核"
    # the statement of the chosen contract: 504,000.00 + 485,180.00 + 508,000.00
    table = page.statement.table
    assert table.item(table.rowCount() - 1, 8).text() == "1,497,180.00"


@pytest.fixture
def fresh(make_window, db):
    """A window on a project with one contract (2023, three installments) and nothing assessed."""
    with db.session() as s:
        pid = create_project(s, "月度考核").id
        cid = add_contract(s, pid, "子项目1", "1200000").id
        for months in ("2023-01..2023-04", "2023-05..2023-08", "2023-09..2023-12"):
            add_installment(s, cid, months, "400000")
    win = make_window(db)
    win.open_project(pid)
    page = win.show_page("contracts")
    qtbot_wait = page.grid.rowCount()
    assert qtbot_wait == 12
    return win, page, cid


def test_typing_a_month_from_the_keyboard_saves_and_undoes(fresh, qtbot) -> None:
    win, page, cid = fresh
    page.grid.setFocus()
    page.grid.setCurrentCell(1, 0)  # 2023-02
    qtbot.keyClick(page.grid, Qt.Key.Key_Return)  # Enter opens the month: the total field
    assert QApplication.focusWidget() is page.month.total
    type_text(page.month.total, "88")
    qtbot.keyClick(page.month.total, Qt.Key.Key_Tab)  # leaving the field saves it
    assert QApplication.focusWidget() is page.month.catalog
    type_text(page.month.catalog, "98.5")
    qtbot.keyClick(page.month.catalog, Qt.Key.Key_Tab)
    with win.db.read_session() as s:
        feb = month_result(load_contract(s, cid), "2023-02")
    assert feb.score == 88 and [p.amount for p in feb.penalties] == [Decimal("3000.00")]  # 1.5 × 2,000
    qtbot.waitUntil(lambda: _cell_texts(page)[("子项目1", "2023-02")] == "88  −3,000.00")
    win.undo_stack.undo()  # the rate
    win.undo_stack.undo()  # the total
    with win.db.read_session() as s:
        assert month_result(load_contract(s, cid), "2023-02").score is None
    qtbot.waitUntil(lambda: _cell_texts(page)[("子项目1", "2023-02")] == "")


def test_a_rate_above_100_is_refused_and_nothing_changes(fresh, qtbot, monkeypatch) -> None:
    win, page, cid = fresh
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    page.grid.setCurrentCell(0, 0)
    page.month.sla.setFocus()
    type_text(page.month.sla, "101")
    qtbot.keyClick(page.month.sla, Qt.Key.Key_Tab)
    assert shown and "SLA指标达标率" in shown[0] and "101" in shown[0]
    assert page.month.sla.text() == ""  # the stored value (none) is shown again
    assert win.undo_stack.count() == 0
    with win.db.read_session() as s:
        assert month_result(load_contract(s, cid), "2023-01").record is None


def test_my_leaf_score_is_recorded_as_mine(fresh, qtbot) -> None:
    win, page, cid = fresh
    page.grid.setCurrentCell(4, 0)  # 2023-05
    table = page.month.leaves
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "服务态度")
    table.item(row, 2).setText("5")  # what the editor commits
    with win.db.read_session() as s:
        may = month_result(load_contract(s, cid), "2023-05")
    leaf = next(lv for lv in may.leaves if lv.name == "服务态度")
    assert leaf.by_evaluator == {win.db.evaluator_id: 5}
    assert may.score is None and len(may.missing) == 5  # the other leaves still to score


def test_a_fault_added_in_the_dialog_sets_the_months_timeliness(fresh, qtbot, monkeypatch) -> None:
    from evaltool.ui.pages.contracts.faults import FaultDialog

    win, page, cid = fresh
    page.grid.setCurrentCell(2, 0)  # 2023-03
    page.tabs.setCurrentWidget(page.faults)

    def fill_and_ok(dlg: FaultDialog) -> int:
        dlg.impact.setCurrentIndex(dlg.impact.findData("business"))
        dlg.reported.setDateTime(QDateTime.fromString("2023-03-06 09:00", "yyyy-MM-dd HH:mm"))
        dlg.responded.setDateTime(QDateTime.fromString("2023-03-06 09:20", "yyyy-MM-dd HH:mm"))
        dlg.recovered.setDateTime(QDateTime.fromString("2023-03-06 08:00", "yyyy-MM-dd HH:mm"))
        dlg.buttons.button(dlg.buttons.StandardButton.Ok).click()  # refused: recovered before reported
        assert dlg.isVisible() or not dlg.result()
        dlg.recovered.setDateTime(QDateTime.fromString("2023-03-06 10:30", "yyyy-MM-dd HH:mm"))
        dlg.buttons.button(dlg.buttons.StandardButton.Ok).click()
        return int(dlg.result())

    refusals: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: refusals.append(text))
    monkeypatch.setattr(FaultDialog, "exec", fill_and_ok)
    page.faults.table.setFocus()
    qtbot.keyClick(page.faults.table, Qt.Key.Key_Insert)
    assert refusals and "恢复时间" in refusals[0]
    qtbot.waitUntil(lambda: page.faults.table.rowCount() == 1)
    assert page.faults.table.item(0, 6).text() == "18"  # 20 of 15 minutes: 33 % over → 18
    with win.db.read_session() as s:
        assert month_result(load_contract(s, cid), "2023-03").timeliness == 18


def test_statement_export_runs_on_the_runner(demo_window, qtbot, tmp_path) -> None:
    page = demo_window.show_page("contracts")
    page.grid.setCurrentCell(0, 1)  # 运营服务合同
    target = tmp_path / "运营结算单.xlsx"
    page.export_statement("xlsx", str(target))
    finish_jobs(qtbot, demo_window)
    assert target.exists() and page.export_result.isVisibleTo(page)
    assert str(target) in page.export_result.text()
    with demo_window.db.read_session() as s:
        st = payment_statement(s, find_contract(s, demo_window.project_id, "运营服务合同").id)
    assert st.payable == Decimal("471320.00")


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_page_fits_1366x768(make_window, demo_db, demo_project_id, qtbot, lang: str) -> None:
    win = make_window(demo_db, lang, resize=False)
    win.resize(1366, 768)
    win.open_project(demo_project_id)
    page = win.show_page("contracts")
    qtbot.waitUntil(lambda: page.grid.rowCount() == 12)
    QApplication.processEvents()
    page.grid.setCurrentCell(5, 0)
    for w in (page.grid, page.month.total, page.month.leaves, page.statement.table, page.xlsx_btn, page.docx_btn):
        assert w.isVisible() and w.width() > 40 and w.height() > 15, w.objectName()
    # every statement column readable without scrolling sideways; all 12 months of the grid in view
    assert not page.statement.table.horizontalScrollBar().isVisible()
    assert not page.grid.verticalScrollBar().isVisible()
    assert page.terms_btn.text() == ("合同条款…" if lang == "zh_CN" else "Terms…")


def test_a_new_contract_from_the_dialog_has_seed_001_terms_and_undoes(fresh, qtbot, monkeypatch) -> None:
    from evaltool.contracts import list_contracts
    from evaltool.ui.pages.contracts.dialogs import ContractDialog, InstallmentsDialog

    win, page, _cid = fresh
    refusals: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: refusals.append(text))

    def fill_and_ok(dlg: ContractDialog) -> int:
        dlg.name.setText("子项目2")
        dlg.amount.setText("300000.005")  # refused: more than 2 decimals; the dialog stays
        dlg.buttons.button(dlg.buttons.StandardButton.Ok).click()
        dlg.amount.setText("300000")
        dlg.buttons.button(dlg.buttons.StandardButton.Ok).click()
        return int(dlg.result())

    monkeypatch.setattr(ContractDialog, "exec", fill_and_ok)
    page.new_btn.click()
    assert len(refusals) == 1 and "合同金额" in refusals[0]
    with win.db.read_session() as s:
        made = next(c for c in list_contracts(s, win.project_id) if c.name == "子项目2")
    assert (made.amount, made.base_share, made.catalog_penalty, made.sla_penalty) == (
        Decimal("300000.00"), Decimal("0.8"), Decimal("2000.00"), Decimal("1000.00"))
    assert [(b["name"], b["min"], b["pay"]) for b in made.bands] == [
        ("优秀", 90, 100), ("良好", 80, 80), ("合格", 60, 60), ("不合格", 0, 0)]
    qtbot.waitUntil(lambda: page.grid.columnCount() == 2)

    # installments typed in the dialog: the sum is checked as they come
    dlg = InstallmentsDialog(page, made.id)
    qtbot.addWidget(dlg)
    dlg.new_months.setText("2023-01..2023-06")
    dlg.new_amount.setText("150000")
    dlg.add_btn.click()
    assert "150,000.00" in dlg.check.text() and "300,000.00" in dlg.check.text()
    dlg.new_months.setText("2023-06..2023-12")  # overlaps June: refused
    dlg.new_amount.setText("150000")
    dlg.add_btn.click()
    assert "2023-01..2023-06" in refusals[-1] and dlg.table.rowCount() == 1
    dlg.new_months.setText("2023-07..2023-12")
    dlg.add_btn.click()
    assert dlg.table.rowCount() == 2 and dlg.check.text().startswith("✓")

    for _ in range(3):  # two installments, then the contract
        win.undo_stack.undo()
    with win.db.read_session() as s:
        assert [c.name for c in list_contracts(s, win.project_id)] == ["子项目1"]
