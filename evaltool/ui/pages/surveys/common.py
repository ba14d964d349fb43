"""Small helpers shared by the Surveys page's tabs."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTableWidgetItem

from evaltool.scoring import fmt_rate


def item(text: str, right: bool = False) -> QTableWidgetItem:
    """A read-only table cell (numbers right-aligned)."""
    it = QTableWidgetItem(text)
    it.setFlags(it.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if right:
        it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return it


def combo_data(combo: QComboBox) -> str:
    """The current item's data ("" when none). Never lets Qt hand back a None:
    PySide6 6.12 drops a reference to None each time a QVariant converts to or from
    None, and enough of those crash the interpreter (none_dealloc)."""
    i = combo.currentIndex()
    return str(combo.itemData(i)) if i >= 0 else ""


def ci_text(ci: tuple[float, float] | None) -> str:
    """A 95% interval as "86.12% – 94.80%" ("" when there is none)."""
    return f"{fmt_rate(ci[0])} – {fmt_rate(ci[1])}" if ci else ""
