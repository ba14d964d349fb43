"""Fitting pages on a small screen: a 1366×768 laptop at 125 % leaves about 1093×574.

- ``scroll_body(page)``: the page's content inside a frameless scroll area, so a page whose
  content needs more room than the window has scrolls instead of forcing the whole window
  to a minimum size larger than the screen (the main window's minimum is the largest
  page's minimum).
- ``ElidedLabel``: one line of text that shrinks with an ellipsis and shows the whole text as
  its tooltip, instead of being cut or widening its layout.
- ``size_columns_once(view)``: columns sized to their contents once (after the first fill),
  then left to the user: resizing on every change makes a table jump while typing.

UI thread only.
"""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)


def scroll_body(page: QWidget) -> QWidget:
    """A widget to build ``page``'s content on, inside a scroll area filling ``page``.

    Call once, before the page has a layout: ``QVBoxLayout(scroll_body(self))`` instead of
    ``QVBoxLayout(self)``. When the window is at least the content's minimum size, the
    content fills the page and no scroll bar shows.
    """
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    area = QScrollArea(page)
    area.setObjectName("pageScroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    body = QWidget()
    body.setObjectName("pageBody")
    area.setWidget(body)
    outer.addWidget(area)
    return body


class ElidedLabel(QLabel):
    """A one-line label that elides its text (``…``) when narrow; the tooltip shows it whole.

    ``text()`` is the whole text. The minimum width is a few characters, so the label never
    holds its layout wider than the screen.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight) -> None:
        super().__init__(text, parent)
        self._mode = mode
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._sync_tooltip()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt name
        super().setText(text)
        self._sync_tooltip()

    def elided(self) -> bool:
        """True when the text does not fit and is shown with an ellipsis."""
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def _sync_tooltip(self) -> None:
        self.setToolTip(self.text() if self.elided() else "")

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt name
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance("M" * 6)), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self._sync_tooltip()

    def paintEvent(self, event: object) -> None:  # noqa: N802 - Qt name
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), self._mode, rect.width())
        painter.drawText(rect, int(self.alignment()), text)


def size_columns_once(view: QAbstractItemView, *, stretch: int | None = None, cap: int = 360) -> bool:
    """Size ``view``'s columns to their contents once, each at most ``cap`` pixels.

    ``stretch``: a column that takes the remaining width (e.g. a name column). Returns
    False (doing nothing) when the view is empty or was sized already, so callers may call
    it after every fill. Headers keep ``Interactive`` mode: the user may resize afterwards.
    """
    model = view.model()
    if model is None or model.rowCount() == 0 or view.property("columnsSized"):
        return False
    header: QHeaderView | None = None
    if isinstance(view, QTreeView):
        header = view.header()
    elif isinstance(view, QTableView):
        header = view.horizontalHeader()
    if header is None:
        return False
    for col in range(model.columnCount()):
        if col == stretch or header.isSectionHidden(col):
            continue
        view.resizeColumnToContents(col)  # type: ignore[attr-defined] # QTreeView and QTableView both have it
        header.resizeSection(col, min(header.sectionSize(col), cap))
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setProperty("columnsSized", True)
    return True
