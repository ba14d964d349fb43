"""Finds text a user cannot read because its widget is smaller than the text.

Used by the small-screen test (a 1366×768 laptop at 125 %). A widget is *clipped* when it
is visible and smaller than what its text needs:

- a QLabel narrower or lower than its ``sizeHint`` (a word-wrapping one: lower than its
  ``heightForWidth``); an ``ElidedLabel`` may be narrower if its tooltip holds the text;
- a button, check box or combo box narrower than its ``sizeHint`` (or lower than its text),
  unless it was made to elide with a tooltip (``widgets.fit.elide_combo``,
  ``ElidedCheckBox``) and the tooltip is the whole text;
- a horizontal header section narrower than its ``sectionSizeHint``, unless the header
  elides with tooltips (``widgets.fit.elide_header``) or the model gives a tooltip.

Widgets scrolled out of a scroll area are not clipped (the user scrolls to them).
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QHeaderView, QLabel, QWidget

from evaltool.ui.widgets.fit import ELIDED, ElidedLabel

SLACK = 1  # rounding of fractional font metrics


def _name(w: QWidget) -> str:
    return f"{type(w).__name__}#{w.objectName() or '?'}"


def clipped_widgets(root: QWidget) -> list[str]:
    """Descriptions of every clipped widget under ``root`` (empty when all text fits)."""
    found: list[str] = []
    for w in root.findChildren(QWidget):
        if not w.isVisible() or w.width() <= 0 or w.height() <= 0:
            continue
        if isinstance(w, ElidedLabel):
            if w.elided() and w.text() not in w.toolTip():
                found.append(f"{_name(w)} “{w.text()}” elided without its tooltip")
            continue
        if isinstance(w, QLabel):
            if not w.text() or (w.pixmap() is not None and not w.pixmap().isNull()):
                continue
            if w.wordWrap():
                need = w.heightForWidth(w.width())
                if need > w.height() + SLACK:
                    found.append(f"{_name(w)} “{w.text()[:60]}” {w.width()}×{w.height()} needs height {need}")
                continue
            hint = w.sizeHint()
            if hint.width() > w.width() + SLACK or hint.height() > w.height() + SLACK:
                found.append(f"{_name(w)} “{w.text()[:60]}” {w.width()}×{w.height()} needs "
                             f"{hint.width()}×{hint.height()}")
        elif isinstance(w, (QAbstractButton, QComboBox)):
            text = w.currentText() if isinstance(w, QComboBox) else w.text()
            if not text:
                continue
            hint = w.sizeHint()
            # a few pixels of padding less in height still show the text whole
            tall = w.height() + SLACK >= min(hint.height(), w.fontMetrics().height() + 2)
            if hint.width() <= w.width() + SLACK and tall:
                continue
            if w.property(ELIDED) and w.toolTip() == text and tall:
                continue
            found.append(f"{_name(w)} “{text[:60]}” {w.width()}×{w.height()} needs {hint.width()}×{hint.height()}")
        elif isinstance(w, QHeaderView) and w.orientation() == Qt.Orientation.Horizontal:
            model = w.model()
            if model is None or w.property(ELIDED):
                continue
            for i in range(w.count()):
                if w.isSectionHidden(i) or w.sectionSize(i) + SLACK >= w.sectionSizeHint(i):
                    continue
                if model.headerData(i, w.orientation(), Qt.ItemDataRole.ToolTipRole):
                    continue
                title = str(model.headerData(i, w.orientation(), Qt.ItemDataRole.DisplayRole))
                found.append(f"header of {_name(w.parentWidget() or w)} “{title[:60]}” {w.sectionSize(i)} wide "
                             f"needs {w.sectionSizeHint(i)}")
    return found
