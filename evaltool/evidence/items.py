"""Adding, describing and removing evidence items (files in the store, or notes).

Copying files into the store (``store_files``) touches no database and may run on a
worker thread; the rows are then created in one short unit of work (``create_items``),
so a cancelled or failed batch leaves the database as it was. Edits, tombstones and
restores go through ``evaltool.records`` like every other synced row; each returns what
undo needs to put things back.

Functions take a ``Session``, flush, never commit.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from evaltool.errors import Cancelled, NotFoundError, ValidationError
from evaltool.evidence.dates import EXIF_SCAN_BYTES, date_of
from evaltool.evidence.info import (
    EDITABLE,
    AddResult,
    CancelCheck,
    Progress,
    StoredFile,
    check_fields,
    guess_kind,
    guess_mime,
    item_row,
    leaf_row,
    project_row,
    store_for,
)
from evaltool.evidence.links import link_evidence, link_many
from evaltool.evidence.store import BatchFile, EvidenceStore
from evaltool.i18n import translate
from evaltool.models import EvidenceItem, EvidenceLink, new_id
from evaltool.records import set_deleted, update_fields


def find_item(session: Session, project_id: str, ref: str) -> EvidenceItem:
    """A live item of the project by id, unique id prefix (≥ 6 chars) or exact title."""
    it = session.get(EvidenceItem, ref)
    if it is not None and not it.deleted and it.project_id == project_id:
        return it
    live = select(EvidenceItem).where(EvidenceItem.project_id == project_id, EvidenceItem.deleted.is_(False))
    matches: list[EvidenceItem] = []
    if len(ref) >= 6:
        matches = list(session.scalars(live.where(EvidenceItem.id.startswith(ref))))
    if not matches:
        matches = list(session.scalars(live.where(EvidenceItem.title == ref)))
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise NotFoundError(translate("Errors", "Several evidence items match “{ref}”; use the id.").format(ref=ref))
    raise NotFoundError(translate("Errors", "No evidence item “{ref}” in this project. "
                                  "Run “evaltool evidence list” to see them.").format(ref=ref))


# -- adding ----------------------------------------------------------------------

def collect_files(paths: Iterable[Path | str], cancelled: CancelCheck | None = None) -> list[str]:
    """The files to add for ``paths``: files as given, folders walked (sorted, hidden files
    and folders skipped). Walking a big folder on a USB stick or a network share takes
    a while: call it on a worker; ``cancelled()`` stops it (``Cancelled``)."""
    files: list[str] = []
    for p in map(str, paths):
        if not os.path.isdir(p):
            files.append(p)
            continue
        for root, dirs, names in os.walk(p):
            if cancelled is not None and cancelled():
                raise Cancelled(translate("Errors", "Cancelled; nothing was added."))
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            files += [os.path.join(root, n) for n in sorted(names) if not n.startswith(".")]
    return files


def store_files(store: EvidenceStore, paths: Sequence[Path | str], progress: Progress | None = None,
                cancelled: CancelCheck | None = None, into: list[StoredFile] | None = None) -> list[StoredFile]:
    """Copy files into the store (no database); all are checked before any is copied.

    ``progress(done_bytes, total_bytes)`` over the whole batch. Raises
    ``EvidenceError`` naming the first bad file (unreadable, empty, a folder) or
    when the batch is larger than the free space; ``Cancelled`` if cancelled. When a
    batch stops (a full disk, Cancel) the files it had already added to the store are
    removed again, so "nothing was added" holds for the store as for the database;
    ``into`` receives each file as it is stored, so a caller whose database step then
    fails can take back those nothing refers to (``evaltool.cleanup.discard_unreferenced``).
    Every file is durable (fsynced, its folder too) when this returns; each is read once
    (``EvidenceStore.put_batch``: the photo's date comes from the bytes copied).
    """
    sizes = [store.check_source(p) for p in paths]
    total = sum(sizes)
    store.check_space(total, paths[0] if len(paths) == 1 else translate(
        "Evidence", "{n} files").format(n=len(paths)))
    out: list[StoredFile | None] = [None] * len(paths)
    created: list[str] = []  # files this batch added to the store: taken back if it stops

    def stored(i: int, f: BatchFile) -> None:  # on the store's fsync thread, in order
        name = Path(paths[i]).name
        day, day_from = date_of(f.head, f.mtime)
        sf = out[i] = StoredFile(str(paths[i]), name, f.sha256, f.size, guess_mime(name), day, day_from)
        if into is not None:
            into.append(sf)

    try:
        store.put_batch(paths, sizes, progress, cancelled, created, stored, head_bytes=EXIF_SCAN_BYTES)
    except BaseException:  # a full disk, an unreadable file, Cancel: "nothing was added" stays true
        store.discard(created)
        raise
    return [sf for sf in out if sf is not None]


def create_items(session: Session, project_id: str, stored: Iterable[StoredFile], *,
                 title: str | None = None, kind: str | None = None, source: str = "unit",
                 date: str | None = None, page_ref: str = "", notes: str = "",
                 indicator_ids: Sequence[str] = (), target: str = "",
                 ids: Sequence[str] | None = None, added_by: str | None = None) -> list[AddResult]:
    """Rows for files already in the store. The same file (same SHA-256) already an
    item of the project is reused, not duplicated (its links are added).

    ``ids`` fixes the new items' ids (undo/redo recreates the same records).
    """
    project_row(session, project_id)
    fields = {"source": source, "date": date or None, "page_ref": page_ref, "notes": notes}
    if kind:
        fields["kind"] = kind
    check_fields(fields)
    for iid in indicator_ids:
        leaf_row(session, project_id, iid)
    actor = session.info.get("actor")
    added_by = added_by or (actor.evaluator_id if actor else None)
    results: list[AddResult] = []
    stored = list(stored)
    known: dict[str, EvidenceItem] = {}
    shas = list({sf.sha256 for sf in stored})
    for k in range(0, len(shas), 500):  # one query per 500 files, not one per file
        for it in session.scalars(select(EvidenceItem).where(
                EvidenceItem.project_id == project_id, EvidenceItem.sha256.in_(shas[k:k + 500]),
                EvidenceItem.deleted.is_(False))):
            known.setdefault(it.sha256 or "", it)
    # Undo/redo recreates items under their earlier ids: those rows exist (tombstoned), so
    # they are looked up together, never one query (and one autoflush) per file.
    given: dict[str, EvidenceItem] = {}
    wanted = list(ids or [])
    for k in range(0, len(wanted), 500):
        given.update((it.id, it) for it in session.scalars(select(EvidenceItem).where(
            EvidenceItem.id.in_(wanted[k:k + 500]))))
    for i, sf in enumerate(stored):
        existing = known.get(sf.sha256)
        created = existing is None
        if existing is None:
            iid = ids[i] if ids is not None and i < len(ids) else new_id()
            item = given.get(iid)
            if item is None:
                item = EvidenceItem(id=iid, project_id=project_id)
                session.add(item)
            item.deleted = False
            item.sha256, item.size, item.filename, item.mime = sf.sha256, sf.size, sf.filename, sf.mime
            item.title = (title if title and len(stored) == 1 else "") or Path(sf.filename).stem
            item.kind = kind or guess_kind(sf.filename)
            # a date given for the batch wins; else the photo's EXIF date or the file's own
            item.source, item.date, item.page_ref, item.notes = source, date or sf.date or None, page_ref, notes
            item.added_by = added_by
            known[sf.sha256] = item  # the same bytes twice in one batch: one item
        else:
            item = existing
        results.append(AddResult(item.id, sf.filename, created))
    session.flush()
    link_many(session, project_id, [(r.item_id, ind, target) for r in results for ind in indicator_ids])
    return results


def add_files(session: Session, project_id: str, paths: Sequence[Path | str], *,
              store: EvidenceStore | None = None, progress: Progress | None = None,
              cancelled: CancelCheck | None = None, into: list[StoredFile] | None = None,
              **fields: Any) -> list[AddResult]:
    """Store files and create their items in one go (CLI, tests, small batches);
    ``into`` as for ``store_files``."""
    if not paths:
        raise ValidationError(translate("Errors", "No files given."))
    store = store or store_for(session)
    project_row(session, project_id)
    stored = store_files(store, paths, progress, cancelled, into)
    return create_items(session, project_id, stored, **fields)


def add_note(session: Session, project_id: str, title: str, text: str, *, kind: str = "interview",
             source: str = "site", date: str | None = None, page_ref: str = "", notes: str = "",
             indicator_ids: Sequence[str] = (), item_id: str | None = None) -> str:
    """A note written in the app (interview notes, on-site check records); returns its id."""
    project_row(session, project_id)
    title = (title or "").strip()
    if not title:
        raise ValidationError(translate("Errors", "An evidence note needs a title."))
    check_fields({"kind": kind, "source": source, "date": date})
    actor = session.info.get("actor")
    iid = item_id or new_id()
    item = session.get(EvidenceItem, iid)
    if item is None:
        item = EvidenceItem(id=iid, project_id=project_id)
        session.add(item)
    item.deleted = False
    item.title, item.text, item.kind, item.source = title, text or "", kind, source
    item.date, item.page_ref, item.notes = date or None, page_ref, notes
    item.filename, item.mime, item.sha256, item.size = "", "text/plain", None, None
    item.added_by = actor.evaluator_id if actor else None
    session.flush()
    for ind in indicator_ids:
        link_evidence(session, iid, ind)
    return iid


def update_item(session: Session, item_id: str, **fields: Any) -> dict[str, Any]:
    """Edit metadata; returns the previous values of the changed fields (for undo)."""
    check_fields(fields)
    return update_fields(session, item_row(session, item_id), fields, allowed=EDITABLE, required=("title",),
                         required_message=translate("Errors", "An evidence item needs a title."),
                         convert={"date": lambda v: v or None})


def delete_item(session: Session, item_id: str) -> list[str]:
    """Tombstone an item and its live links; returns the link ids (for undo).

    The stored file stays (other projects or laptops may use it; undo needs it).
    """
    item_row(session, item_id)
    set_deleted(session, EvidenceItem, item_id)
    links = list(session.scalars(select(EvidenceLink).where(
        EvidenceLink.evidence_id == item_id, EvidenceLink.deleted.is_(False))))
    for ln in links:
        set_deleted(session, EvidenceLink, ln.id)
    return [ln.id for ln in links]


def restore_item(session: Session, item_id: str, link_ids: Sequence[str] = ()) -> None:
    """Undo ``delete_item``: the item and the links it returned (links gone since are skipped)."""
    item_row(session, item_id)
    set_deleted(session, EvidenceItem, item_id, False)
    for lid in link_ids:
        if session.get(EvidenceLink, lid) is not None:
            set_deleted(session, EvidenceLink, lid, False)
