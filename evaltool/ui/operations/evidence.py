"""Evidence operations: add files (copied and recorded on the window's runner, with progress and Cancel),
notes, metadata edits, links — each one undoable step through ``push_op``.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from evaltool import evidence as ev
from evaltool.cleanup import discard_unreferenced
from evaltool.models import new_id
from evaltool.ui.operations import push_done, push_op
from evaltool.ui.runner import Job, Task


def _tr(text: str) -> str:
    return QCoreApplication.translate("EvidenceOps", text)


def add_files(window: Any, project_id: str, paths: Sequence[str], indicator_ids: Sequence[str] = (),
              parent: QWidget | None = None, on_done: Callable[[list[ev.AddResult]], None] | None = None,
              **fields: Any) -> Task[Any] | None:
    """Copy files into the store and create their items, on the window's runner
    (progress, Cancel), as one undoable step. Folders among ``paths`` are walked on the
    worker too. Errors are shown naming the file and nothing is added;
    ``on_done(results)`` runs on the UI thread (an empty list when there was nothing to add)."""
    parent = parent or window
    paths = [str(p) for p in paths]
    if not paths:
        return None
    store = ev.EvidenceStore(window.db.data_dir)
    if any(os.path.isdir(p) for p in paths):  # one stat per path: how many files is not known yet
        label = _tr("Adding files to the evidence store…")
    else:
        label = _tr("Adding {n} file(s) to the evidence store…").format(n=len(paths))
    ids: list[str] = []
    holder: dict[str, Any] = {}

    def work(job: Job) -> list[ev.AddResult]:
        files = ev.collect_files(paths, job.cancelled)
        copied: list[ev.StoredFile] = []
        try:
            stored = ev.store_files(store, files, job.progress, job.cancelled, copied) if files else []
            job.check()
            holder["stored"] = stored
            if not stored:
                return []
            ids[:] = [new_id() for _ in stored]
            with job.session() as s:
                return ev.create_items(s, project_id, stored, indicator_ids=indicator_ids, ids=ids, **fields)
        except BaseException:  # cancelled or failed: nothing recorded, take back the copies nothing refers to
            discard_unreferenced(job.db, [sf.sha256 for sf in copied])
            raise

    def done(result: list[ev.AddResult]) -> None:
        stored = holder["stored"]
        if not stored:  # empty folders: nothing added, nothing to undo
            if on_done is not None:
                on_done([])
            return

        def redo(s: Any) -> None:
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
        push_done(window, text, redo, undo)
        window.statusBar().showMessage(added_summary(stored, result), 15000)
        if on_done is not None:
            on_done(list(result))

    return window.runner.run(label, work, on_done=done, writes=True, parent=parent,
                             on_error=lambda exc: QMessageBox.warning(parent, _tr("Cannot add evidence"), str(exc)))


def added_summary(stored: Sequence[ev.StoredFile], results: Sequence[ev.AddResult]) -> str:
    """What an addition did, in a sentence: how many files, how many were new, where their
    dates came from (shown in the status bar: nothing to click away)."""
    new = sum(1 for r in results if r.created)
    text = _tr("Added {n} file(s): {new} new, {known} already in the project.").format(
        n=len(results), new=new, known=len(results) - new)
    exif = sum(1 for sf in stored if sf.date_from == "exif")
    dated = sum(1 for sf in stored if sf.date_from == "file")
    if exif or dated:
        text += " " + _tr("Dates filled in: {exif} from photos (EXIF), {file} from the files.").format(
            exif=exif, file=dated)
    return text


def add_note(window: Any, project_id: str, title: str, text: str, indicator_ids: Sequence[str] = (),
             **fields: Any) -> str | None:
    iid = new_id()
    ok = push_op(window, _tr("Add note {title}").format(title=title),
                 lambda s: ev.add_note(s, project_id, title, text, indicator_ids=indicator_ids, item_id=iid, **fields),
                 lambda s: ev.delete_item(s, iid))
    return iid if ok else None


def update_item(window: Any, item_id: str, label: str, **fields: Any) -> bool:
    before: dict[str, Any] = {}

    def do(s: Any) -> None:
        before.update(ev.update_item(s, item_id, **fields))

    def undo(s: Any) -> None:
        if before:
            ev.update_item(s, item_id, **before)

    return push_op(window, _tr("Edit evidence {field}").format(field=label), do, undo)


def delete_items(window: Any, item_ids: Sequence[str]) -> bool:
    links: dict[str, list[str]] = {}

    def do(s: Any) -> None:
        for iid in item_ids:
            links[iid] = ev.delete_item(s, iid)

    def undo(s: Any) -> None:
        for iid in item_ids:
            ev.restore_item(s, iid, links.get(iid, []))

    return push_op(window, _tr("Delete {n} evidence item(s)").format(n=len(item_ids)), do, undo)


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

    return push_op(window, _tr("Link evidence"), do, undo)


def unlink(window: Any, item_id: str, indicator_id: str, target: str = "") -> bool:
    def do(s: Any) -> None:
        ev.unlink_evidence(s, item_id, indicator_id, target)

    def undo(s: Any) -> None:
        ev.link_evidence(s, item_id, indicator_id, target)

    return push_op(window, _tr("Unlink evidence"), do, undo)
