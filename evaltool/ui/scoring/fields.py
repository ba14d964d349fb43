"""Small helpers shared by the leaf form's panels: reading a typed score, letting Ctrl+Z
through to the window's undo stack, and retranslating a hidden panel lazily."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget


def parse_value(text: str) -> float | None:
    """A typed score (points); a full-width or a decimal comma is read as a point. None
    when empty or not a number."""
    text = text.strip().replace("，", ".").replace(",", ".")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        return None


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
