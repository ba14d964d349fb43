"""Small helpers shared by the leaf form's panels: reading a typed score (with the hint
beside the field saying what will be stored), letting Ctrl+Z through to the window's
undo stack, and retranslating a hidden panel lazily."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from evaltool.formatting import fmt_score
from evaltool.numbers import NumberError
from evaltool.scoring import LeafDetail, parse_leaf_score


def read_score(text: str, d: LeafDetail | None) -> tuple[float | None, str]:
    """A typed score read by the product's one number reader (``evaltool.numbers``), as
    the points that will be stored for leaf ``d``: (points or None for "not scored", "")
    or (None, why it cannot be stored) — not a number, ambiguous, outside the leaf's range."""
    if d is None:
        return None, ""
    try:
        return parse_leaf_score(text, d.weight, negative=d.is_negative, cap=d.cap, rule=d.rule), ""
    except NumberError as exc:
        return None, exc.message()


class ScoreHint(QLabel):
    """Beside a score field: what will be stored (``= 3`` for ``扣1分`` of 4), or a red ✗
    when the typed text cannot be stored (the panel shows why below the field, and the
    same words are the tooltip). Empty while the text already shows the value."""

    def show_for(self, text: str, d: LeafDetail | None) -> str:
        """Update for ``text``; returns why it cannot be stored ("" when it can)."""
        value, error = read_score(text, d)
        self.setToolTip(error)
        if error:
            self.setStyleSheet("color: #b00020; font-weight: bold;")
            self.setText("✗")
        elif value is not None and fmt_score(value) != text.strip():
            self.setStyleSheet("color: #555;")
            self.setText("= " + fmt_score(value))
        else:
            self.setText("")
        return error


def _can_undo_locally(obj: QObject, undo: bool) -> bool:
    """Whether the field has typing of its own to undo (``undo``) or redo."""
    if isinstance(obj, QLineEdit):
        return obj.isUndoAvailable() if undo else obj.isRedoAvailable()
    if isinstance(obj, QPlainTextEdit):
        doc = obj.document()
        return doc.isUndoAvailable() if undo else doc.isRedoAvailable()
    return True


class UndoPassThrough(QObject):
    """Ctrl+Z in a field with nothing of its own to undo reaches the window's undo stack.

    Install it on the form's fields. ``left(field)`` is emitted when a watched multi-line
    field loses focus (a ``QPlainTextEdit`` has no ``editingFinished``).
    """

    left = Signal(QObject)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            undo = event.matches(QKeySequence.StandardKey.Undo)
            if (undo or event.matches(QKeySequence.StandardKey.Redo)) and not _can_undo_locally(obj, undo):
                event.ignore()
                return True
        if event.type() == QEvent.Type.FocusOut and isinstance(obj, QPlainTextEdit):
            self.left.emit(obj)
        return False


class LazyLanguageChange(QObject):
    """Retranslates an embedded panel when it is shown, not while it is hidden.

    The panel re-reads the database on a language change; hidden (another page
    shown, or the window closing) it need not, and must not touch a database that
    may already be closed. ``retranslate`` sets the panel's texts.
    """

    def __init__(self, target: QWidget, retranslate: Callable[[], None]) -> None:
        super().__init__(target)
        self.target = target
        self.retranslate = retranslate
        self.pending = False
        target.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.LanguageChange and not self.target.isVisible():
            self.pending = True
            return True
        if event.type() == QEvent.Type.Show and self.pending:
            self.pending = False
            self.retranslate()
        return False
