"""One path for every user action: slot → operation → core → commit → refresh.

``run_op(window, fn)`` opens a session, calls the core function ``fn(session)``,
commits once, then emits ``window.data_changed(changes, initiator)`` with the
``Changes`` the session collected from the tables it wrote (``evaltool.changes``), so
each view refreshes what it shows and nobody writes the flags by hand. Errors the user
can fix are shown in a message box in their language and nothing is committed.

Quick operations only: anything that may take more than ~100 ms goes through the
window's runner (``evaltool.ui.runner``). While the runner has a job writing to the
database, ``run_op`` refuses with a message rather than wait on SQLite's lock.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox, QWidget

from evaltool.changes import changes_of
from evaltool.errors import EvaltoolError

T = TypeVar("T")


class BusyError(EvaltoolError):
    """A long job is writing to the database; the quick operation was not run."""


def _check_not_busy(window: Any) -> None:
    runner = getattr(window, "runner", None)
    busy = runner.writer() if runner is not None else None
    if busy is not None:
        raise BusyError(QCoreApplication.translate("Operations", "“{job}” is still running. Wait for it to finish "
                                              "(or cancel it); nothing was changed.").format(job=busy.label))


def run_op(window: Any, fn: Callable[[Any], T], initiator: object | None = None, *,
           parent: QWidget | None = None, show_errors: bool = True) -> T | None:
    """Run ``fn(session)`` and commit; None (after a message) when it failed."""
    try:
        _check_not_busy(window)
        with window.db.session() as s:
            result = fn(s)
    except EvaltoolError as exc:
        if show_errors:
            QMessageBox.warning(parent or window, QCoreApplication.translate("Operations", "Cannot do that"), str(exc))
            return None
        raise
    changes = changes_of(s)
    if changes.any():
        window.data_changed.emit(changes, initiator)
    window.mark_saved()
    return result


def read(window: Any, fn: Callable[[Any], T]) -> T:
    """Run a read-only core function; return plain data (never live ORM rows)."""
    with window.db.read_session() as s:
        return fn(s)


class OpCommand(QUndoCommand):
    """An undoable operation: ``redo`` runs ``do(session)``, ``undo`` runs ``undo(session)``.

    Both go through ``run_op`` (one commit each, then ``data_changed``). The first
    ``redo`` happens when the command is pushed on the window's undo stack.
    """

    def __init__(self, window: Any, text: str, do: Callable[[Any], Any], undo: Callable[[Any], Any],
                 initiator: object | None = None) -> None:
        super().__init__(text)
        self.window_, self._do, self._undo, self._initiator = window, do, undo, initiator
        self.failed = False

    def redo(self) -> None:
        try:
            run_op(self.window_, self._do, self._initiator, show_errors=False)
        except EvaltoolError as exc:
            self.failed = True
            self.setObsolete(True)
            QMessageBox.warning(self.window_, QCoreApplication.translate("Operations", "Cannot do that"), str(exc))

    def undo(self) -> None:
        run_op(self.window_, self._undo, self._initiator)


def push_op(window: Any, text: str, do: Callable[[Any], Any], undo: Callable[[Any], Any],
            initiator: object | None = None) -> bool:
    """Run ``do`` as an undoable step; False (and nothing on the stack) if it failed."""
    cmd = OpCommand(window, text, do, undo, initiator)
    window.undo_stack.push(cmd)
    return not cmd.failed


class DoneCommand(OpCommand):
    """An undo step for work already applied (by a runner job): the first ``redo`` that
    ``QUndoStack.push`` makes is skipped; later redo/undo run through ``run_op``."""

    def __init__(self, window: Any, text: str, do: Callable[[Any], Any], undo: Callable[[Any], Any],
                 initiator: object | None = None) -> None:
        super().__init__(window, text, do, undo, initiator)
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        super().redo()


def push_done(window: Any, text: str, do: Callable[[Any], Any], undo: Callable[[Any], Any],
              initiator: object | None = None) -> None:
    """Put work that a runner job already committed on the undo stack."""
    window.undo_stack.push(DoneCommand(window, text, do, undo, initiator))
