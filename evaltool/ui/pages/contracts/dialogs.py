"""Dialogs of the Contracts page: a contract's terms, and its payment installments.

Terms start from seed 001 (80 % base; 优秀 ≥90 pays 100 %, 良好 ≥80 80 %, 合格 ≥60 60 %,
不合格 0 %; 2,000 / 1,000 元 per point; 15 min / 2 h and 30 min / 1 working day). The
dialog asks the core to save before it closes, so a refused value (named in the message)
leaves everything typed in place. Installments are edited in a table: each change is
written when the cell is left (undoable); the sum is checked against the contract amount.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaltool.contracts import DEFAULT_BANDS, DEFAULT_LIMITS, ContractInfo, fmt_money
from evaltool.contracts.terms import IMPACTS
from evaltool.errors import NotFoundError
from evaltool.ui.operations.contracts import edit_installment, new_installment, remove_installment

ID_ROLE = Qt.ItemDataRole.UserRole


class ContractDialog(QDialog):
    """New contract (``info`` None) or its terms; ``save(fields) -> bool`` before closing."""

    def __init__(self, parent: QWidget, save: Callable[[dict[str, Any]], bool], info: ContractInfo | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contractDialog")
        self._save = save
        self.form = QFormLayout(self)
        self.name, self.vendor, self.amount = QLineEdit(), QLineEdit(), QLineEdit()
        self.base_share, self.catalog_penalty, self.sla_penalty = QLineEdit(), QLineEdit(), QLineEdit()
        self.name.setObjectName("contractName")
        self.amount.setObjectName("contractAmount")
        self.bands = QTableWidget(0, 4)
        self.bands.setObjectName("contractBands")
        self.bands.verticalHeader().setVisible(False)
        self.bands.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.bands.verticalHeader().setDefaultSectionSize(24)
        self.bands.setFixedHeight(4 * 24 + 30)  # the four bands of seed 001 without scrolling
        self.limits: dict[tuple[str, str], QLineEdit] = {(i, k): QLineEdit() for i in IMPACTS for k in ("respond", "recover")}
        self.timeliness = QComboBox()
        self.holidays, self.workdays, self.note = QLineEdit(), QLineEdit(), QLineEdit()
        self.rows: list[QWidget] = [self.name, self.vendor, self.amount, self.base_share, self.bands,
                                    self.catalog_penalty, self.sla_penalty, *self.limits.values(), self.timeliness,
                                    self.holidays, self.workdays, self.note]
        self.labels = [QLabel() for _ in self.rows]
        for label, w in zip(self.labels, self.rows, strict=True):
            label.setBuddy(w)
            self.form.addRow(label, w)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        self.form.addRow(self.buttons)
        self.setMinimumWidth(680)
        self.retranslate()
        self._load(info)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Contract"))
        self.timeliness.clear()
        self.timeliness.addItem(self.tr("its worst fault"), "worst")
        self.timeliness.addItem(self.tr("the mean of its faults"), "mean")
        self.bands.setHorizontalHeaderLabels([self.tr("Grade"), self.tr("Grade (English)"), self.tr("Average from"),
                                              self.tr("Pool paid (%)")])
        labels = [self.tr("&Name:"), self.tr("&Vendor:"), self.tr("&Amount (yuan):"), self.tr("&Base share (0–1):"),
                  self.tr("Grade bands:"), self.tr("Penalty per point of &catalogue completion (yuan):"),
                  self.tr("Penalty per point of &SLA compliance (yuan):"),
                  self.tr("Affects the business: respond within:"), self.tr("Affects the business: recover within:"),
                  self.tr("Other faults: respond within:"), self.tr("Other faults: recover within:"),
                  self.tr("&Timeliness of a month:"), self.tr("&Holidays (YYYY-MM-DD, …):"),
                  self.tr("&Make-up working days:"), self.tr("N&ote:")]
        for label, text in zip(self.labels, labels, strict=True):
            label.setText(text)
        hint = self.tr("e.g. 15min, 2h, 1d or 1wd (working days: Monday–Friday, minus the holidays, plus make-up days)")
        for edit in self.limits.values():
            edit.setToolTip(hint)

    def _load(self, info: ContractInfo | None) -> None:
        bands = info.bands if info is not None else DEFAULT_BANDS
        limits = info.limits if info is not None else DEFAULT_LIMITS
        if info is not None:
            self.name.setText(info.name)
            self.vendor.setText(info.vendor)
            self.amount.setText(f"{info.amount:f}")
            self.note.setText(info.note)
            self.holidays.setText(", ".join(info.calendar.get("holidays", [])))
            self.workdays.setText(", ".join(info.calendar.get("workdays", [])))
        self.base_share.setText(f"{info.base_share.normalize():f}" if info is not None else "0.8")
        self.catalog_penalty.setText(f"{info.catalog_penalty.normalize():f}" if info is not None else "2000")
        self.sla_penalty.setText(f"{info.sla_penalty.normalize():f}" if info is not None else "1000")
        self.bands.setRowCount(len(bands))
        for r, b in enumerate(bands):
            for c, key in enumerate(("name", "name_en", "min", "pay")):
                v = b.get(key, "")
                self.bands.setItem(r, c, QTableWidgetItem(f"{float(v):g}" if key in ("min", "pay") else str(v or "")))
        for (impact, k), edit in self.limits.items():
            edit.setText(limits[impact][k])
        self.timeliness.setCurrentIndex(max(0, self.timeliness.findData(info.timeliness_rule if info else "worst")))

    def fields(self) -> dict[str, Any]:
        bands = []
        for r in range(self.bands.rowCount()):
            items = [self.bands.item(r, c) for c in range(4)]
            cells = [item.text().strip() if item is not None else "" for item in items]
            if any(cells):
                bands.append({"name": cells[0], "name_en": cells[1], "min": cells[2], "pay": cells[3]})
        return {
            "name": self.name.text().strip(), "vendor": self.vendor.text().strip(), "amount": self.amount.text().strip(),
            "base_share": self.base_share.text().strip(), "bands": bands,
            "catalog_penalty": self.catalog_penalty.text().strip(), "sla_penalty": self.sla_penalty.text().strip(),
            "limits": {i: {k: self.limits[(i, k)].text().strip() for k in ("respond", "recover")} for i in IMPACTS},
            "timeliness_rule": self.timeliness.currentData(),
            "calendar": {"holidays": self.holidays.text(), "workdays": self.workdays.text()},
            "note": self.note.text(),
        }

    def _ok(self) -> None:
        if self._save(self.fields()):
            self.accept()


class InstallmentsDialog(QDialog):
    """The installments of one contract, edited in place; ``reload()`` re-reads them."""

    COLUMNS = ("label", "months", "amount")

    def __init__(self, page: Any, contract_id: str) -> None:
        super().__init__(page)
        self.setObjectName("installmentsDialog")
        self.page, self.contract_id = page, contract_id
        self._loading = False
        self.info: ContractInfo | None = None
        lay = QVBoxLayout(self)
        self.heading = QLabel()
        lay.addWidget(self.heading)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("installmentsTable")
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(self._on_changed)
        lay.addWidget(self.table, 1)
        add = QHBoxLayout()
        self.new_label, self.new_months, self.new_amount = QLineEdit(), QLineEdit(), QLineEdit()
        self.new_months.setObjectName("newInstallmentMonths")
        self.new_amount.setObjectName("newInstallmentAmount")
        self.add_btn, self.del_btn = QPushButton(), QPushButton()
        self.add_btn.setObjectName("addInstallment")
        self.add_btn.clicked.connect(self._add)
        self.new_amount.returnPressed.connect(self._add)
        self.del_btn.clicked.connect(self._delete)
        for w in (self.new_label, self.new_months, self.new_amount, self.add_btn, self.del_btn):
            add.addWidget(w)
        lay.addLayout(add)
        self.check = QLabel()
        self.check.setObjectName("installmentsCheck")
        self.check.setWordWrap(True)
        lay.addWidget(self.check)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.accept)
        lay.addWidget(close)
        self.resize(640, 420)
        self.retranslate()
        page.window_.data_changed.connect(self._on_data_changed)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Installments"))
        self.table.setHorizontalHeaderLabels([self.tr("Installment"), self.tr("Months (first..last)"),
                                              self.tr("Amount (yuan)")])
        self.new_label.setPlaceholderText(self.tr("e.g. first payment"))
        self.new_months.setPlaceholderText(self.tr("e.g. 2023-01..2023-04"))
        self.new_amount.setPlaceholderText(self.tr("amount in yuan"))
        self.add_btn.setText(self.tr("Add"))
        self.del_btn.setText(self.tr("Delete selected"))
        self.reload()

    def _on_data_changed(self, changes: Any, _initiator: object | None) -> None:
        if changes.contracts:  # our own edits, and undo / redo from the main window
            self.reload()

    def done(self, result: int) -> None:
        self.page.window_.data_changed.disconnect(self._on_data_changed)
        super().done(result)

    def reload(self) -> None:
        from evaltool.contracts import contract_info, installment_warnings
        from evaltool.ui.operations import read

        try:
            self.info, warnings = read(self.page.window_, lambda s: (contract_info(s, self.contract_id),
                                                                      installment_warnings(s, self.contract_id)))
        except NotFoundError:  # the contract was deleted meanwhile (undo, sync)
            return
        info = self.info
        self.heading.setText(self.tr("{name}: contract amount {amount} yuan").format(name=info.name, amount=fmt_money(info.amount)))
        self._loading = True
        try:
            self.table.setRowCount(len(info.installments))
            for r, inst in enumerate(info.installments):
                for c, text in enumerate((inst.label, inst.period, f"{inst.amount:f}")):
                    item = QTableWidgetItem(text)
                    item.setData(ID_ROLE, inst.id)
                    self.table.setItem(r, c, item)
        finally:
            self._loading = False
        ok = not warnings
        self.check.setText(("✓ " + self.tr("The installments add up to the contract amount.")) if ok else "⚠ " + " ".join(warnings))
        self.check.setStyleSheet("color: #2e7d32;" if ok else "color: #b26a00;")

    def _on_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or self.info is None:
            return
        iid = item.data(ID_ROLE)
        key = self.COLUMNS[item.column()]
        inst = next((i for i in self.info.installments if i.id == iid), None)
        if inst is None:
            return
        current = {"label": inst.label, "months": inst.period, "amount": f"{inst.amount:f}"}[key]
        if item.text().strip() == current:
            return
        if not edit_installment(self.page.window_, self.tr("Edit an installment"), iid, **{key: item.text().strip()}):
            self.reload()

    def _add(self) -> None:
        if new_installment(self.page.window_, self.tr("Add an installment"), self.contract_id, self.new_months.text(),
                           self.new_amount.text(), self.new_label.text()):
            for w in (self.new_label, self.new_months, self.new_amount):
                w.clear()
            self.new_label.setFocus()

    def _delete(self) -> None:
        r = self.table.currentRow()
        if self.info is None or not (0 <= r < len(self.info.installments)):
            return
        inst = self.info.installments[r]
        remove_installment(self.page.window_, self.tr("Delete the installment {period}").format(period=inst.period), inst.id)
