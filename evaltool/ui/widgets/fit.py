"""Fitting pages on a small screen: a 1366×768 laptop at 125 % leaves about 1093×574.

- ``scroll_body(page)``: the page's content inside a frameless scroll area, so a page whose
  content needs more room than the window has scrolls instead of forcing the whole window
  to a minimum size larger than the screen (the main window's minimum is the largest
  page's minimum).
- ``ElidedLabel``: one line of text that shrinks with an ellipsis and shows the whole text as
  its tooltip, instead of being cut or widening its layout.
- ``size_columns_once(view)``: columns sized to their contents once (after the first fill),
  then left to the user: resizing on every change makes a table jump while typing.
- ``elide_header(header)`` / ``elide_combo(combo)``: a header or combo box that may be
  narrower than its text (a question as a column title, a long choice) shows the whole text
  as a tooltip; the layout check (tests/ui/layout_check.py) accepts such a widget narrower
  than its text, and no other.

UI thread only.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QHelpEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QTableView,
    QToolTip,
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
        self._own_tip = ""  # a tooltip the caller set (shown under the whole text when elided)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._sync_tooltip()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt name
        super().setText(text)
        self._sync_tooltip()

    def setToolTip(self, tip: str) -> None:  # noqa: N802 - Qt name
        self._own_tip = tip
        self._sync_tooltip()

    def elided(self) -> bool:
        """True when the text does not fit and is shown with an ellipsis."""
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def _sync_tooltip(self) -> None:
        whole = self.text() if self.elided() else ""
        super().setToolTip("\n".join(t for t in (whole, getattr(self, "_own_tip", "")) if t))

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


class ElidedCheckBox(QCheckBox):
    """A check box whose text elides (``…``) when narrow; the tooltip shows it whole.

    For long texts repeated elsewhere on the page (a checklist point whose criteria are
    shown above it): the box stays usable at any width and the text is never cut mid-glyph.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setProperty(ELIDED, True)
        self.setToolTip(text)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt name
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt name
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance("M" * 8)), hint.height())

    def paintEvent(self, event: object) -> None:  # noqa: N802 - Qt name
        painter = QStylePainter(self)
        opt = QStyleOptionButton()
        self.initStyleOption(opt)
        label = self.style().subElementRect(QStyle.SubElement.SE_CheckBoxContents, opt, self)
        opt.text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, label.width())
        painter.drawControl(QStyle.ControlElement.CE_CheckBox, opt)


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


ELIDED = "elidedWithTooltip"  # property set on widgets that may show less than their text


class _HeaderTips(QObject):
    """Shows a header section's whole title as a tooltip when the section is narrower than it."""

    def __init__(self, header: QHeaderView) -> None:
        super().__init__(header)
        self._header = header

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        header, model = self._header, self._header.model()
        if model is None:
            return False
        pos = event.pos()
        index = header.logicalIndexAt(pos.x() if header.orientation() == Qt.Orientation.Horizontal else pos.y())
        if index < 0:
            return False
        own = model.headerData(index, header.orientation(), Qt.ItemDataRole.ToolTipRole)
        if own:
            return False  # the model's own tooltip is shown by Qt
        if header.sectionSize(index) >= header.sectionSizeHint(index):
            QToolTip.hideText()
            return True
        text = model.headerData(index, header.orientation(), Qt.ItemDataRole.DisplayRole)
        QToolTip.showText(event.globalPos(), str(text or ""), header)
        return True


def elide_header(header: QHeaderView) -> None:
    """Let ``header``'s sections be narrower than their titles: Qt elides them, and hovering
    shows the whole title."""
    header.setTextElideMode(Qt.TextElideMode.ElideRight)
    header.viewport().installEventFilter(_HeaderTips(header))
    header.setProperty(ELIDED, True)


def elide_combo(combo: QComboBox, chars: int = 12) -> None:
    """Let ``combo`` be narrower than its longest choice (at least ``chars`` characters wide);
    its tooltip is always the current choice, whole."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    combo.setProperty(ELIDED, True)

    def sync(_index: int = 0) -> None:
        combo.setToolTip(combo.currentText())

    combo.currentIndexChanged.connect(sync)
    combo.currentTextChanged.connect(sync)
    model = combo.model()
    model.dataChanged.connect(lambda *_a: sync())  # setItemText after a language switch
    model.rowsInserted.connect(lambda *_a: sync())
    sync()
