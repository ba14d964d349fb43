"""The month × contract grid: one row per month, one column per contract.

A cell shows the month's score (bonus included), coloured by the contract's grade band
for that score; "—" marks a month no installment of the contract covers, an empty cell a
month not assessed yet; red text means the month carries penalties. The tooltip says
where the score comes from, the timeliness, the rates and the penalties. Arrow keys move,
Enter opens the month (the page moves the focus to its fields).
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from evaltool.contracts import MonthResult, Overview, fmt_money
from evaltool.contracts.terms import band_for
from evaltool.formatting import fmt_score

KEY_ROLE = Qt.ItemDataRole.UserRole  # (contract_id, month)
# Background per band position (best first); the lowest band is always the last colour.
BAND_COLORS = ("#d8f0d8", "#eaf4d3", "#fff3cd", "#f8d7da")
OUTSIDE = "#eeeeee"


def band_color(position: int, count: int) -> str:
    if position >= count - 1:
        return BAND_COLORS[-1]
    return BAND_COLORS[min(position, len(BAND_COLORS) - 2)]


class ContractGrid(QTableWidget):
    """Read-only grid; ``month_activated(contract_id, month)`` on Enter or double click."""

    month_activated = Signal(str, str)

    def __init__(self) -> None:
        super().__init__(0, 0)
        self.setObjectName("contractGrid")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setMinimumSectionSize(90)
        self.verticalHeader().setDefaultSectionSize(24)
        self.setTabKeyNavigation(False)  # Tab leaves the grid for the month's fields
        self.cellDoubleClicked.connect(self._activate)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._activate(self.currentRow(), self.currentColumn())
            return
        super().keyPressEvent(event)

    def _activate(self, row: int, col: int) -> None:
        item = self.item(row, col)
        if item is not None and item.data(KEY_ROLE):
            cid, month = item.data(KEY_ROLE)
            self.month_activated.emit(cid, month)

    def current_key(self) -> tuple[str, str] | None:
        item = self.currentItem()
        data = item.data(KEY_ROLE) if item is not None else None
        return (data[0], data[1]) if data else None

    def fill(self, ov: Overview, tooltip: Any) -> None:
        """Rebuild from ``ov``; ``tooltip(result)`` gives a cell's tooltip text. Keeps the
        current cell when its contract and month are still there."""
        keep = self.current_key()
        months = ov.months
        self.blockSignals(True)
        try:
            self.clear()
            self.setRowCount(len(months))
            self.setColumnCount(len(ov.contracts))
            self.setHorizontalHeaderLabels([c.name for c in ov.contracts])
            self.setVerticalHeaderLabels(months)
            for col, c in enumerate(ov.contracts):
                bands = sorted(c.bands, key=lambda b: -float(b["min"]))
                for row, month in enumerate(months):
                    res = ov.cell(c.id, month)
                    item = QTableWidgetItem()
                    item.setData(KEY_ROLE, (c.id, month))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    if c.installment_of(month) is None:
                        item.setText("—")
                        item.setBackground(QBrush(QColor(OUTSIDE)))
                    elif res is not None:
                        self._paint(item, res, bands)
                        item.setToolTip(tooltip(res))
                    self.setItem(row, col, item)
        finally:
            self.blockSignals(False)
        target = (0, 0)
        if keep is not None:
            for col, c in enumerate(ov.contracts):
                if c.id == keep[0] and keep[1] in months:
                    target = (months.index(keep[1]), col)
        if self.rowCount() and self.columnCount():
            self.setCurrentCell(*target)

    @staticmethod
    def _paint(item: QTableWidgetItem, res: MonthResult, bands: list[dict[str, Any]]) -> None:
        if res.score is None:
            return
        band = band_for(Decimal(repr(res.score)), bands)
        item.setText(fmt_score(res.score) + (" ✎" if res.source == "leaves" else ""))
        item.setBackground(QBrush(QColor(band_color(bands.index(band), len(bands)))))
        if res.penalties:
            item.setForeground(QBrush(QColor("#b00020")))
            item.setText(item.text() + f"  −{fmt_money(res.penalty_total)}")
