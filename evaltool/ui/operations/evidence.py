"""Evidence operations: add files (copied off the UI thread, with progress and Cancel),
notes, metadata edits, links — each one undoable step through ``push_op``.
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from evaltool import evidence as ev
from evaltool.changes import Changes
from evaltool.errors import Cancelled, EvaltoolError
from evaltool.evidence_store import EvidenceStore
from evaltool.models import new_id
from evaltool.ui.operations import push_op

T = TypeVar("T")
CHANGES = Changes(evidence=True)


def _tr(text: str) -> str:
    return QCoreApplication.translate("EvidenceOps", text)


def run_with_progress(parent: QWidget, label: str, fn: Callable[[Callable[[int, int], None], Callable[[], bool]], T],
                      minimum_ms: int = 400) -> T:
    """Run ``fn(progress, cancelled)`` on a worker thread while a progress dialog with
    Cancel is shown; returns its result or re-raises its exception on the UI thread.

    The worker never touches Qt objects: progress is passed through plain values the
    UI thread polls, so the copy's speed does not depend on the event loop.
    """
    state: dict[str, Any] = {"done": 0, "total": 0, "result": None, "error": None, "finished": False}
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        state["done"], state["total"] = done, total

    def work() -> None:
        try:
            state["result"] = fn(progress, cancel.is_set)
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread
            state["error"] = exc
        finally:
            state["finished"] = True

    dlg = QProgressDialog(label, _tr("Cancel"), 0, 1000, parent)
    dlg.setWindowModality(Qt.WindowModality.WindowModal)
    dlg.setMinimumDuration(minimum_ms)
    dlg.setAutoClose(False)
    dlg.setAutoReset(False)
    dlg.canceled.connect(cancel.set)
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(40)

    def poll() -> None:
        total = state["total"]
        if total:
            dlg.setValue(min(999, int(1000 * state["done"] / total)))
        if state["finished"]:
            timer.stop()
            loop.quit()

    timer.timeout.connect(poll)
    thread = threading.Thread(target=work, name="evaltool-evidence", daemon=True)
    thread.start()
    timer.start()
    if not state["finished"]:
        loop.exec()
    thread.join()
    dlg.close()
    dlg.deleteLater()
    if state["error"] is not None:
        raise state["error"]
    return state["result"]


def add_files(window: Any, project_id: str, paths: Sequence[str], indicator_ids: Sequence[str] = (),
              parent: QWidget | None = None, **fields: Any) -> list[ev.AddResult] | None:
    """Copy files into the store (worker thread, progress, Cancel), then create the
    items in one undoable step. Errors are shown naming the file; None when nothing
    was added."""
    parent = parent or window
    paths = [str(p) for p in paths]
    if not paths:
        return None
    store = EvidenceStore(window.db.data_dir)
    label = _tr("Adding {n} file(s) to the evidence store…").format(n=len(paths))
    try:
        stored = run_with_progress(parent, label, lambda p, c: ev.store_files(store, paths, p, c))
    except Cancelled:
        return None
    except EvaltoolError as exc:
        QMessageBox.warning(parent, _tr("Cannot add evidence"), str(exc))
        return None
    ids = [new_id() for _ in stored]
    result: list[ev.AddResult] = []

    def do(s: Any) -> None:
        result[:] = ev.create_items(s, project_id, stored, indicator_ids=indicator_ids, ids=ids, **fields)

    def undo(s: Any) -> None:
        for r in result:
            if r.created:
                ev.delete_item(s, r.item_id)
        for r in result:
            if not r.created:
                for ind in indicator_ids:
                    ev.unlink_evidence(s, r.item_id, ind, fields.get("target", ""))

    text = _tr("Add evidence {name}").format(name=stored[0].filename) if len(stored) == 1 else \
        _tr("Add {n} evidence files").format(n=len(stored))
    if not push_op(window, text, do, undo, CHANGES):
        return None
    return list(result)


def add_note(window: Any, project_id: str, title: str, text: str, indicator_ids: Sequence[str] = (),
             **fields: Any) -> str | None:
    iid = new_id()
    ok = push_op(window, _tr("Add note {title}").format(title=title),
                 lambda s: ev.add_note(s, project_id, title, text, indicator_ids=indicator_ids, item_id=iid, **fields),
                 lambda s: ev.delete_item(s, iid), CHANGES)
    return iid if ok else None


def update_item(window: Any, item_id: str, label: str, **fields: Any) -> bool:
    before: dict[str, Any] = {}

    def do(s: Any) -> None:
        before.update(ev.update_item(s, item_id, **fields))

    def undo(s: Any) -> None:
        if before:
            ev.update_item(s, item_id, **before)

    return push_op(window, _tr("Edit evidence {field}").format(field=label), do, undo, CHANGES)


def delete_items(window: Any, item_ids: Sequence[str]) -> bool:
    links: dict[str, list[str]] = {}

    def do(s: Any) -> None:
        for iid in item_ids:
            links[iid] = ev.delete_item(s, iid)

    def undo(s: Any) -> None:
        for iid in item_ids:
            ev.restore_item(s, iid, links.get(iid, []))

    return push_op(window, _tr("Delete {n} evidence item(s)").format(n=len(item_ids)), do, undo, CHANGES)


def link(window: Any, item_ids: Sequence[str], indicator_id: str, target: str = "") -> bool:
    made: list[str] = []

    def do(s: Any) -> None:
        made.clear()
        for iid in item_ids:
            if ev.link_evidence(s, iid, indicator_id, target):
                made.append(iid)

    def undo(s: Any) -> None:
        for iid in made:
            ev.unlink_evidence(s, iid, indicator_id, target)

    return push_op(window, _tr("Link evidence"), do, undo, CHANGES)


def unlink(window: Any, item_id: str, indicator_id: str, target: str = "") -> bool:
    def do(s: Any) -> None:
        ev.unlink_evidence(s, item_id, indicator_id, target)

    def undo(s: Any) -> None:
        ev.link_evidence(s, item_id, indicator_id, target)

    return push_op(window, _tr("Unlink evidence"), do, undo, CHANGES)
