"""The payment statement of the chosen contract, as the page shows it: one row per
installment (period, months assessed, average, grade, pool share, base, pool earned,
penalties, payable) and the year's total, with the points to check below it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from evaltool.contracts import Statement, fmt_money
from evaltool.contracts.terms import HUNDRED


class StatementBox(QGroupBox):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("statementBox")
        self.statement: Statement | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        self.table = QTableWidget(0, 9)
        self.table.setObjectName("statementTable")
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        lay.addWidget(self.table, 1)
        self.notes = QLabel()
        self.notes.setObjectName("statementNotes")
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.notes)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([
            self.tr("Service period"), self.tr("Amount"), self.tr("Assessed"), self.tr("Average"), self.tr("Grade"),
            self.tr("Pool paid"), self.tr("Pool earned"), self.tr("Penalties"), self.tr("Payable")])
        self.show_statement(self.statement)

    def show_statement(self, st: Statement | None) -> None:
        self.statement = st
        if st is None:
            self.setTitle(self.tr("Payment statement"))
            self.table.setRowCount(0)
            self.notes.setText(self.tr("Add a contract to see what each installment earns."))
            return
        self.setTitle(self.tr("Payment statement: {name} ({amount} yuan)").format(name=st.contract.name,
                                                                                 amount=fmt_money(st.contract.amount)))
        rows = []
        for i in st.installments:
            provisional = "" if i.complete or i.payable is None else " *"
            rows.append([i.installment.period, fmt_money(i.installment.amount), f"{len(i.assessed)}/{len(i.months)}",
                         "" if i.average is None else f"{i.average:.3f}", i.grade_name(),
                         "" if i.share is None else f"{(i.share * HUNDRED).normalize():f}%",
                         fmt_money(i.pool_paid), fmt_money(i.penalty_total),
                         (fmt_money(i.payable) + provisional) if i.payable is not None else "—"])
        rows.append([self.tr("Total"), fmt_money(st.amount), "", "", "", "", fmt_money(st.pool_paid),
                     fmt_money(st.penalty_total), fmt_money(st.payable) + ("" if st.complete else " *")])
        self.table.setRowCount(len(rows))
        bold = QFont()
        bold.setBold(True)
        for r, values in enumerate(rows):
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if c not in (0, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if r == len(rows) - 1:
                    item.setFont(bold)
                self.table.setItem(r, c, item)
        notes = [] if st.complete else [self.tr("* provisional: some months are not assessed yet.")]
        notes += st.warnings
        self.notes.setText("\n".join(notes))
        self.notes.setStyleSheet("color: #b26a00;" if st.warnings else "")
