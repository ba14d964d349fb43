"""The one runner for long work (after Anki's ``QueryOp``/``CollectionOp`` and napari's
``thread_worker``).

Every job that can take more than ~100 ms — imports, exports, sync export/import/merge,
evidence batches, verification, big tallies, archives — goes through
``window.runner.run(label, work, on_done=…)``:

- ``work(job)`` runs on a worker ``QThread``. It receives a ``Job``: ``job.progress(done,
  total)`` and ``job.cancelled()`` to hand to core functions (the same callables the CLI
  passes), ``job.session()`` to write through the database (the ``Changes`` its writes
  made are collected), and ``job.add_changes()`` for core functions that manage their
  own transactions. ``work`` never touches Qt objects.
- A window-modal progress dialog with Cancel appears after ``minimum_ms``. Cancel answers
  at once (the label says it is stopping, the button is disabled); the core stops at its
  next ``cancelled()`` check and raises ``Cancelled``, leaving nothing half-done.
- The result, the error or the cancellation is delivered back on the UI thread
  (``on_done(result)``, ``on_error(exc)``, ``on_cancelled()``). Errors the user can fix
  (``EvaltoolError``) are shown in a message box when no ``on_error`` is given; anything
  else is a bug and is re-raised on the UI thread (the app's excepthook reports it; under
  pytest-qt the test fails).
- After a job that wrote, the window emits ``data_changed(changes, initiator)`` with the
  ``Changes`` collected from its sessions, and (``clears_undo=True``) clears the undo
  stack: imports and merges are not undoable (a backup is taken before such a job starts,
  ``evaltool.backups.backup_before``; it is removed again when the job is cancelled).
- One writer at a time: a second writing job, or a quick ``run_op`` while a job writes,
  is refused with a message naming the job that is running (SQLite would otherwise make
  the UI thread wait on its lock).

Thread rules: ``Runner`` and ``Task`` live on the UI thread. Signals from the worker are
queued to the UI thread; progress is throttled to ~20 updates a second.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QProgressBar, QProgressDialog, QPushButton, QWidget
from sqlalchemy.orm import Session

from evaltool.backups import backup_before
from evaltool.changes import Changes, changes_of
from evaltool.errors import Cancelled, EvaltoolError

T = TypeVar("T")

PROGRESS_INTERVAL_S = 0.05
RANGE = 1000


def _tr(text: str) -> str:
    return QCoreApplication.translate("Runner", text)


class Job:
    """What a worker function gets: progress, cancellation, sessions. Thread-safe."""

    def __init__(self, db: Any, emit_progress: Callable[[int, int], None]) -> None:
        self.db = db
        self._emit = emit_progress
        self._cancel = threading.Event()
        self._last = 0.0
        self._lock = threading.Lock()
        self.changes = Changes()

    def progress(self, done: int, total: int) -> None:
        """Report ``done`` of ``total`` units (total 0: unknown). Throttled."""
        now = time.monotonic()
        if done < total and now - self._last < PROGRESS_INTERVAL_S:
            return
        self._last = now
        self._emit(int(done), int(total))

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise ``Cancelled`` when Cancel was pressed."""
        if self._cancel.is_set():
            raise Cancelled()

    def cancel(self) -> None:
        self._cancel.set()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work on the database; its ``Changes`` are reported when the job ends."""
        with self.db.session() as s:
            yield s
        self.add_changes(changes_of(s))

    def add_changes(self, changes: Changes) -> None:
        with self._lock:
            self.changes = self.changes | changes


def _backed_up(work: Callable[[Job], T]) -> Callable[[Job], T]:
    """Imports and merges are not undoable: a backup is taken first (kept unless the job
    is cancelled; see ``evaltool.backups.backup_before``)."""

    def run(job: Job) -> T:
        path = getattr(job.db, "path", None)
        if path is None:
            return work(job)
        with backup_before(path, "import"):
            return work(job)

    return run


class _Worker(QThread):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Callable[[Job], Any], db: Any) -> None:
        super().__init__()
        self.job = Job(db, self.progressed.emit)
        self._fn = fn

    def run(self) -> None:
        try:
            result = self._fn(self.job)
        except BaseException as exc:  # noqa: BLE001 - every outcome is handed to the UI thread
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


class Task(QObject, Generic[T]):
    """One running job. ``finished`` is emitted on the UI thread after the callbacks ran;
    then ``state`` is "done", "failed" or "cancelled"."""

    finished = Signal()

    def __init__(self, label: str, writes: bool) -> None:
        super().__init__()
        self.label = label
        self.writes = writes
        self.state = "running"
        self.result: T | None = None
        self.error: BaseException | None = None
        self.worker: _Worker | None = None
        self.dialog: QProgressDialog | None = None

    @property
    def running(self) -> bool:
        return self.state == "running"

    def forget_dialog(self) -> None:
        self.dialog = None

    def live_dialog(self) -> QProgressDialog | None:
        """The progress dialog, or None once it is gone. It goes with its parent: a job may
        outlive the window it was started from (a restore reopens the window)."""
        if self.dialog is not None and not shiboken6.isValid(self.dialog):
            self.dialog = None
        return self.dialog

    def cancel(self) -> None:
        """Ask the job to stop (answered at once in the dialog; the work stops at its next check)."""
        if self.worker is not None and self.running:
            self.worker.job.cancel()
            if self.live_dialog() is not None:
                assert self.dialog is not None
                self.dialog.setLabelText(_tr("Stopping “{job}”… nothing is changed.").format(job=self.label))
                button = self.dialog.findChild(QPushButton)
                if button is not None:
                    button.setEnabled(False)

    def progress_value(self) -> tuple[int, int]:
        if self.live_dialog() is None or self.dialog is None:
            return 0, 0
        return self.dialog.value(), self.dialog.maximum()


class Runner(QObject):
    """Runs long work for one window; see the module docstring."""

    task_started = Signal(object)
    task_finished = Signal(object)

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window_ = window
        self.tasks: list[Task[Any]] = []

    # -- state ---------------------------------------------------------------
    @property
    def idle(self) -> bool:
        return not self.tasks

    def writer(self) -> Task[Any] | None:
        return next((t for t in self.tasks if t.writes), None)

    def refuse_if_writing(self, parent: QWidget | None = None) -> bool:
        """True (after telling the user) when a writing job is running."""
        busy = self.writer()
        if busy is None:
            return False
        QMessageBox.information(parent or self.window_, _tr("Please wait"),
                                _tr("“{job}” is still running. Wait for it to finish (or cancel it); "
                                    "nothing was changed.").format(job=busy.label))
        return True

    # -- running -------------------------------------------------------------
    def run(self, label: str, work: Callable[[Job], T], *, on_done: Callable[[T], None] | None = None,
            on_error: Callable[[EvaltoolError], None] | None = None,
            on_cancelled: Callable[[], None] | None = None, writes: bool = False, clears_undo: bool = False,
            parent: QWidget | None = None, initiator: object | None = None, minimum_ms: int = 300,
            show_dialog: bool = True) -> Task[T] | None:
        """Start ``work`` on a worker thread; None (after a message) if a writer is busy."""
        parent = parent or self.window_
        if writes and self.refuse_if_writing(parent):
            return None
        if writes and clears_undo:
            work = _backed_up(work)
        task: Task[T] = Task(label, writes)
        worker = _Worker(work, getattr(self.window_, "db", None))
        task.worker = worker
        if show_dialog:
            dlg = QProgressDialog(label, _tr("Cancel"), 0, RANGE, parent)
            dlg.setWindowModality(Qt.WindowModality.WindowModal)
            dlg.setMinimumDuration(minimum_ms)
            dlg.setAutoClose(False)
            dlg.setAutoReset(False)
            dlg.setValue(0)
            dlg.canceled.connect(task.cancel)
            # The dialog goes with its parent, which a job may outlive (a restore reopens the
            # window): forget it the moment it is destroyed, before any late progress arrives.
            dlg.destroyed.connect(task.forget_dialog)
            task.dialog = dlg

        def on_progress(done: int, total: int) -> None:
            if task.live_dialog() is None or not task.running:
                return
            assert task.dialog is not None
            # The dialog's own setValue() would run a nested event loop (it does for a modal
            # dialog): a job's end could then be handled inside it and delete the dialog under
            # it. Its bar is set directly; the dialog shows itself after minimum_ms anyway.
            bar = task.dialog.findChild(QProgressBar)
            if bar is None:
                return
            if total <= 0:
                bar.setRange(0, 0)
            else:
                if bar.maximum() != RANGE:
                    bar.setRange(0, RANGE)
                bar.setValue(min(RANGE - 1, int(RANGE * done / total)))

        def finish(state: str) -> None:
            task.state = state
            if task.live_dialog() is not None:
                assert task.dialog is not None
                task.dialog.canceled.disconnect(task.cancel)
                task.dialog.close()
                task.dialog.deleteLater()
                task.dialog = None
            worker.wait()
            self.tasks.remove(task)
            changes = worker.job.changes
            if changes.any():
                if clears_undo and hasattr(self.window_, "undo_stack"):
                    self.window_.undo_stack.clear()
                self.window_.data_changed.emit(changes, initiator)
                if hasattr(self.window_, "mark_saved"):
                    self.window_.mark_saved()

        def succeeded(result: Any) -> None:
            if not shiboken6.isValid(self):  # the window is gone (closed and deleted): no one to tell
                return
            task.result = result
            finish("done")  # finished despite a late Cancel: what it wrote is committed, say so
            try:
                if on_done is not None:
                    on_done(result)
            finally:
                self._finished(task)

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self):  # (as in succeeded: a result queued before the window went)
                return
            task.error = exc
            if isinstance(exc, Cancelled):
                finish("cancelled")
                try:
                    if on_cancelled is not None:
                        on_cancelled()
                finally:
                    self._finished(task)
                return
            finish("failed")
            try:
                if isinstance(exc, EvaltoolError):
                    if on_error is not None:
                        on_error(exc)
                    else:
                        QMessageBox.warning(parent, _tr("Cannot do that"), str(exc))
                else:
                    raise exc
            finally:
                self._finished(task)

        worker.progressed.connect(on_progress)
        worker.succeeded.connect(succeeded)
        worker.failed.connect(failed)
        self.tasks.append(task)
        self.task_started.emit(task)
        worker.start()
        return task

    def _finished(self, task: Task[Any]) -> None:
        task.finished.emit()
        self.task_finished.emit(task)
        worker = task.worker
        if worker is not None:
            # The worker's connections hold the callbacks, which hold the task and its result
            # (a report's data, a list of thousands of items): a cycle through Qt that Python's
            # collector cannot see. Let them go; whoever kept the task still has its result.
            for signal in (worker.progressed, worker.succeeded, worker.failed):
                signal.disconnect()

    def shutdown(self, timeout_ms: int = 30000) -> None:
        """Cancel every job and wait for its thread (closing the window)."""
        for task in list(self.tasks):
            task.cancel()
        for task in list(self.tasks):
            if task.worker is not None:
                task.worker.wait(timeout_ms)
