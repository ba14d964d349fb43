"""One path for every user action: slot → operation → core → commit → refresh.

``run_op(window, fn, changes)`` opens a session, calls the core function
``fn(session)``, commits once, then emits ``window.data_changed(changes, initiator)``
so each view refreshes what the flags say it shows. Errors the user can fix are
shown in a message box in their language and nothing is committed.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from evaltool.changes import Changes
from evaltool.errors import EvaltoolError

T = TypeVar("T")


def run_op(window: Any, fn: Callable[[Any], T], changes: Changes, initiator: object | None = None,
           parent: QWidget | None = None, show_errors: bool = True) -> T | None:
    try:
        with window.db.session() as s:
            result = fn(s)
    except EvaltoolError as exc:
        if show_errors:
            QMessageBox.warning(parent or window, QCoreApplication.translate("Operations", "Cannot do that"), str(exc))
            return None
        raise
    window.data_changed.emit(changes, initiator)
    window.mark_saved()
    return result


def read(window: Any, fn: Callable[[Any], T]) -> T:
    """Run a read-only core function; return plain data (never live ORM rows)."""
    with window.db.read_session() as s:
        return fn(s)


from PySide6.QtGui import QUndoCommand  # noqa: E402


class OpCommand(QUndoCommand):
    """An undoable operation: ``redo`` runs ``do(session)``, ``undo`` runs ``undo(session)``.

    Both go through ``run_op`` (one commit each, then ``data_changed``). The first
    ``redo`` happens when the command is pushed on the window's undo stack.
    """

    def __init__(self, window: Any, text: str, do: Callable[[Any], Any], undo: Callable[[Any], Any],
                 changes: Changes) -> None:
        super().__init__(text)
        self.window_, self._do, self._undo, self._changes = window, do, undo, changes
        self.failed = False

    def redo(self) -> None:
        try:
            run_op(self.window_, self._do, self._changes, show_errors=False)
        except EvaltoolError as exc:
            self.failed = True
            self.setObsolete(True)
            QMessageBox.warning(self.window_, QCoreApplication.translate("Operations", "Cannot do that"), str(exc))

    def undo(self) -> None:
        run_op(self.window_, self._undo, self._changes)


def push_op(window: Any, text: str, do: Callable[[Any], Any], undo: Callable[[Any], Any],
            changes: Changes) -> bool:
    """Run ``do`` as an undoable step; False (and nothing on the stack) if it failed."""
    cmd = OpCommand(window, text, do, undo, changes)
    window.undo_stack.push(cmd)
    return not cmd.failed
