"""The Contracts page: service contracts scored every month (seed 001).

Left, the month × contract grid (``grid.ContractGrid``) above the payment statement of the
chosen contract (``statement.StatementBox``); right, the chosen month (``month.MonthPanel``:
total, rates, adopted suggestions, leaf scores) and its faults (``faults.FaultsPanel``).
Buttons add a contract, edit its terms and installments (``dialogs``), delete it, and
write its payment statement as Excel or Word on the window's runner. Every edit is an
undoable step (``evaltool.ui.operations.contracts``); the page reloads on ``contracts``
changes. Keyboard: arrows in the grid, Enter opens the month's fields, Escape returns.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from evaltool.changes import Changes
from evaltool.contracts import MonthResult, Overview, contracts_overview, fmt_money
from evaltool.errors import NotFoundError
from evaltool.formatting import fmt_score
from evaltool.ui.operations import read
from evaltool.ui.operations.contracts import edit_contract, new_contract, remove_contract
from evaltool.ui.pages.base import ProjectPage
from evaltool.ui.pages.contracts.dialogs import ContractDialog, InstallmentsDialog
from evaltool.ui.pages.contracts.faults import FaultsPanel
from evaltool.ui.pages.contracts.grid import ContractGrid
from evaltool.ui.pages.contracts.month import MonthPanel
from evaltool.ui.pages.contracts.statement import StatementBox
from evaltool.ui.widgets.fit import scroll_body


class ContractsPage(ProjectPage):
    key = "contracts"

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.overview = Overview()
        self.evaluator_names: dict[str, str] = {}
        self.selected: tuple[str, str] | None = None  # (contract id, month)
        outer = QVBoxLayout(scroll_body(self))
        bar = QHBoxLayout()
        self.new_btn, self.terms_btn, self.inst_btn, self.del_btn = QPushButton(), QPushButton(), QPushButton(), QPushButton()
        self.xlsx_btn, self.docx_btn = QPushButton(), QPushButton()
        for name, b, slot in (("newContract", self.new_btn, self.add_contract), ("contractTerms", self.terms_btn, self.edit_terms),
                              ("contractInstallments", self.inst_btn, self.edit_installments),
                              ("deleteContract", self.del_btn, self.delete_contract),
                              ("statementXlsx", self.xlsx_btn, lambda: self.export_statement("xlsx")),
                              ("statementDocx", self.docx_btn, lambda: self.export_statement("docx"))):
            b.setObjectName(name)
            b.clicked.connect(slot)
            bar.addWidget(b)
            if b is self.del_btn:
                bar.addStretch(1)
        outer.addLayout(bar)
        self.export_result = QLabel()
        self.export_result.setObjectName("statementExportResult")
        self.export_result.setWordWrap(True)
        self.export_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_result.hide()
        outer.addWidget(self.export_result)

        # top: the grid beside the chosen month; below, the full width for the statement's columns
        vsplit = QSplitter(Qt.Orientation.Vertical)
        split = QSplitter(Qt.Orientation.Horizontal)
        grid_box = QWidget()
        gl = QVBoxLayout(grid_box)
        gl.setContentsMargins(0, 0, 0, 0)
        self.grid_label = QLabel()
        gl.addWidget(self.grid_label)
        self.grid = ContractGrid()
        self.grid_label.setBuddy(self.grid)
        self.grid.currentCellChanged.connect(lambda *_a: self._on_cell())
        self.grid.month_activated.connect(self._open_month)
        gl.addWidget(self.grid, 1)
        self.legend = QLabel()
        self.legend.setObjectName("gridLegend")
        self.legend.setWordWrap(True)
        gl.addWidget(self.legend)
        split.addWidget(grid_box)
        self.tabs = QTabWidget()
        self.month = MonthPanel(self)
        self.faults = FaultsPanel(self)
        self.tabs.addTab(self.month, "")
        self.tabs.addTab(self.faults, "")
        split.addWidget(self.tabs)
        split.setSizes([520, 600])
        vsplit.addWidget(split)
        self.statement = StatementBox()
        vsplit.addWidget(self.statement)
        vsplit.setStretchFactor(0, 3)
        vsplit.setStretchFactor(1, 1)
        vsplit.setSizes([470, 190])
        outer.addWidget(vsplit, 1)
        self._stale = True
        self.retranslate()

    def title(self) -> str:
        return self.tr("Contracts")

    def retranslate(self) -> None:
        self.new_btn.setText(self.tr("New contract…"))
        self.terms_btn.setText(self.tr("Terms…"))
        self.inst_btn.setText(self.tr("Installments…"))
        self.del_btn.setText(self.tr("Delete contract"))
        self.xlsx_btn.setText(self.tr("Payment statement to Excel…"))
        self.docx_btn.setText(self.tr("Payment statement to Word…"))
        self.grid_label.setText(self.tr("&Monthly scores (months × contracts); Enter opens a month"))
        self.legend.setText(self.tr("Colour: grade band of the month's score · ✎ scored leaf by leaf · red: penalties (yuan) · —: outside every installment"))
        self.tabs.setTabText(0, self.tr("Month"))
        self.tabs.setTabText(1, self.tr("Faults"))
        self.month.retranslate()
        self.faults.retranslate()
        self.statement.retranslate()
        self.refresh()

    # -- data --------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.project_id or self.defer_if_hidden():
            return
        pid = self.project_id
        try:
            ov = read(self.window_, lambda s: contracts_overview(s, pid))
        except NotFoundError:  # the project was deleted meanwhile
            return
        self.overview = ov
        names: dict[str, str] = {}
        for st in ov.statements.values():
            names.update(st.evaluators)
        self.evaluator_names = names
        self.grid.fill(ov, self._tooltip)
        has = bool(ov.contracts)
        for b in (self.terms_btn, self.inst_btn, self.del_btn, self.xlsx_btn, self.docx_btn):
            b.setEnabled(has)
        self._on_cell()

    def _tooltip(self, res: MonthResult) -> str:
        lines = [f"{res.contract_name} · {res.month}"]
        if res.score is not None:
            src = self.tr("client's sheet") if res.source == "direct" else self.tr("leaf scores")
            lines.append(self.tr("Score {score} ({source}), bonus {bonus}").format(
                score=fmt_score(res.score), source=src, bonus=fmt_score(res.bonus)))
        else:
            lines.append(self.tr("Not assessed yet"))
        lines.append(self.tr("Timeliness {t} ({n} faults)").format(t=fmt_score(res.timeliness), n=len(res.faults)))
        if res.penalties:
            lines.append(self.tr("Penalties {amount} yuan").format(amount=fmt_money(res.penalty_total)))
        return "\n".join(lines)

    def current_contract_id(self) -> str | None:
        key = self.grid.current_key()
        if key is not None:
            return key[0]
        col = self.grid.currentColumn()
        return self.overview.contracts[col].id if 0 <= col < len(self.overview.contracts) else None

    def _on_cell(self) -> None:
        key = self.grid.current_key()
        self.selected = key
        if key is None:
            self.month.show_month(None, None)
            self.faults.show_faults(None, None, [])
            self.statement.show_statement(None)
            return
        cid, month = key
        st = self.overview.statements.get(cid)
        info = st.contract if st is not None else None
        self.month.show_month(info, self.overview.cell(cid, month))
        faults = [f for m in (st.months.values() if st else []) for f in m.faults]
        self.faults.show_faults(info, month, faults)
        self.statement.show_statement(st)

    def focus_grid(self) -> None:
        self.grid.setFocus()

    def _open_month(self, _cid: str, _month: str) -> None:
        self.tabs.setCurrentWidget(self.month)
        self.month.total.setFocus()
        self.month.total.selectAll()

    def on_data_changed(self, changes: Changes, initiator: object | None) -> None:
        if changes.contracts or changes.projects or changes.identity:
            self.refresh()

    # -- contracts ----------------------------------------------------------------------
    def add_contract(self) -> None:
        if not self.project_id:
            return
        pid, text = self.project_id, self.tr("Add a contract")

        def save(f: dict[str, Any]) -> bool:
            name, amount = f.pop("name"), f.pop("amount")
            return new_contract(self.window_, text, pid, name, amount, **f) is not None

        ContractDialog(self, save).exec()

    def edit_terms(self) -> None:
        cid = self.current_contract_id()
        st = self.overview.statements.get(cid or "")
        if st is None:
            return
        text = self.tr("Edit the terms of {name}").format(name=st.contract.name)
        ContractDialog(self, lambda f: edit_contract(self.window_, text, st.contract.id, **f), st.contract).exec()

    def edit_installments(self) -> None:
        cid = self.current_contract_id()
        if cid is not None:
            InstallmentsDialog(self, cid).exec()

    def delete_contract(self) -> None:
        cid = self.current_contract_id()
        st = self.overview.statements.get(cid or "")
        if st is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete contract"), self.tr(
            "Delete the contract “{name}” with its months and faults? You can undo it (Ctrl+Z).").format(name=st.contract.name))
        if answer == QMessageBox.StandardButton.Yes:
            remove_contract(self.window_, self.tr("Delete the contract {name}").format(name=st.contract.name), st.contract.id)

    # -- exports ------------------------------------------------------------------------
    def export_statement(self, kind: str, path: str | None = None) -> None:
        """Write the chosen contract's statement (``path`` given: no file dialog)."""
        cid = self.current_contract_id()
        st = self.overview.statements.get(cid or "")
        if st is None:
            return
        if path is None:
            suffix, pattern = (".xlsx", self.tr("Excel workbook (*.xlsx)")) if kind == "xlsx" else (".docx", self.tr("Word document (*.docx)"))
            default = str(Path.home() / f"{st.contract.name}{self.tr('-payment-statement')}{suffix}")
            path, _f = QFileDialog.getSaveFileName(self, self.tr("Save the payment statement"), default, pattern)
            if not path:
                return
            if not path.lower().endswith(suffix):
                path += suffix
        from evaltool.export.payment import export_payment_statement

        db, contract_id, target = self.window_.db, st.contract.id, path

        def work(job: Any) -> list[Path]:
            return export_payment_statement(db, contract_id, progress=job.progress, cancelled=job.cancelled,
                                            **{kind: target})

        self.export_result.hide()
        self.window_.runner.run(
            self.tr("Writing the payment statement…"), work, parent=self,
            on_done=lambda files: self._show_result(self.tr("Written: {files}").format(files=", ".join(map(str, files))), False),
            on_error=lambda exc: self._show_result(str(exc), True),
            on_cancelled=lambda: self._show_result(self.tr("Cancelled; no file was written."), True))

    def _show_result(self, text: str, bad: bool) -> None:
        self.export_result.setText(text)
        self.export_result.setStyleSheet("color: #b00020;" if bad else "color: #2e7d32;")
        self.export_result.show()
