"""Evidence items (佐证材料): add, describe, link to leaves, list, verify, register.

An item is either a file kept in the content store (``EvidenceStore``, by SHA-256)
or a note written in the app (``text``). Items link to one or many leaves
(``EvidenceLink``), optionally to a specific deduction or flag of the leaf
(``target``, free text such as "要点②" or a flag key). Link ids are natural ids
(item, leaf, target) so two laptops linking the same pair make one record.

Core rules: functions take a ``Session``, flush, never commit, and return plain
data (``EvidenceInfo`` / dicts) for views and exports. Copying files into the store
(``store_files``) touches no database and may run on a worker thread; the rows are
then created in one short unit of work (``create_items``), so a cancelled or failed
batch leaves the database as it was.
"""
from __future__ import annotations

import mimetypes
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date as _date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from evaltool.errors import Cancelled, EvidenceError, NotFoundError, ValidationError
from evaltool.evidence_store import EvidenceStore
from evaltool.framework import find_by_path, load_tree, walk
from evaltool.i18n import QT_TRANSLATE_NOOP, translate
from evaltool.models import Evaluator, EvidenceItem, EvidenceLink, Indicator, Project, natural_id, new_id

KINDS = ("document", "photo", "scan", "interview", "site_check", "data")
SOURCES = ("unit", "site", "public")
KIND_LABELS = {
    "document": QT_TRANSLATE_NOOP("Evidence", "Document"),
    "photo": QT_TRANSLATE_NOOP("Evidence", "Photo"),
    "scan": QT_TRANSLATE_NOOP("Evidence", "Scan"),
    "interview": QT_TRANSLATE_NOOP("Evidence", "Interview note"),
    "site_check": QT_TRANSLATE_NOOP("Evidence", "On-site check record"),
    "data": QT_TRANSLATE_NOOP("Evidence", "Data extract"),
}
SOURCE_LABELS = {
    "unit": QT_TRANSLATE_NOOP("Evidence", "Provided by the unit"),
    "site": QT_TRANSLATE_NOOP("Evidence", "Collected on site"),
    "public": QT_TRANSLATE_NOOP("Evidence", "Public"),
}
STATUS_LABELS = {
    "ok": QT_TRANSLATE_NOOP("Evidence", "OK"),
    "missing": QT_TRANSLATE_NOOP("Evidence", "File missing"),
    "altered": QT_TRANSLATE_NOOP("Evidence", "File altered"),
    "note": QT_TRANSLATE_NOOP("Evidence", "Note"),
}
EDITABLE = ("title", "kind", "source", "date", "page_ref", "notes", "text", "filename")
_PHOTO_EXT = {".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".heic", ".tif", ".tiff"}
_DATA_EXT = {".xls", ".xlsx", ".xlsm", ".csv", ".ods", ".json", ".xml", ".sql", ".db"}

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


def kind_label(kind: str) -> str:
    return translate("Evidence", KIND_LABELS.get(kind, kind))


def source_label(source: str) -> str:
    return translate("Evidence", SOURCE_LABELS.get(source, source))


def status_label(status: str) -> str:
    return translate("Evidence", STATUS_LABELS.get(status, status))


def guess_kind(filename: str) -> str:
    ext = os.path.splitext(filename)[1].lower()
    if ext in _PHOTO_EXT:
        return "photo"
    if ext in _DATA_EXT:
        return "data"
    return "document"


def guess_mime(filename: str) -> str:
    return mimetypes.guess_type(filename)[0] or ""


def store_for(session: Session) -> EvidenceStore:
    """The store of the database this session belongs to (``<data dir>/evidence``)."""
    db = session.info.get("db")
    if db is None:
        raise EvidenceError("this session is not bound to an evaltool database")
    return EvidenceStore(db.data_dir)


# -- plain data ------------------------------------------------------------------

@dataclass
class LinkInfo:
    id: str
    evidence_id: str
    indicator_id: str
    path: str
    target: str = ""


@dataclass
class EvidenceInfo:
    """A session-free view of an item for lists, previews and exports."""

    id: str
    project_id: str
    title: str
    kind: str
    source: str
    date: str | None
    page_ref: str
    notes: str
    filename: str
    size: int | None
    mime: str
    sha256: str | None
    text: str
    added_by: str | None
    added_by_name: str
    created_at: str
    links: list[LinkInfo] = field(default_factory=list)
    status: str = ""  # ok|missing|altered|note, "" when not checked

    @property
    def is_note(self) -> bool:
        return not self.sha256

    @property
    def kind_label(self) -> str:
        return kind_label(self.kind)

    @property
    def source_label(self) -> str:
        return source_label(self.source)

    def as_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["kind_label"] = self.kind_label
        d["source_label"] = self.source_label
        return d


@dataclass
class StoredFile:
    """A file copied into the store, waiting for its database row."""

    path: str
    filename: str
    sha256: str
    size: int
    mime: str


@dataclass
class AddResult:
    item_id: str
    filename: str
    created: bool  # False when the same file was already an item of the project


# -- helpers ---------------------------------------------------------------------

def _project(session: Session, project_id: str) -> Project:
    p = session.get(Project, project_id)
    if p is None or p.deleted:
        raise NotFoundError(translate("Errors", "No such project."))
    return p


def _leaf(session: Session, project_id: str, indicator_id: str) -> Indicator:
    ind = session.get(Indicator, indicator_id)
    if ind is None or ind.deleted or ind.project_id != project_id:
        raise NotFoundError(translate("Errors", "No such indicator in this project."))
    return ind


def _item(session: Session, item_id: str) -> EvidenceItem:
    it = session.get(EvidenceItem, item_id)
    if it is None:
        raise NotFoundError(translate("Errors", "No evidence item {id}.").format(id=item_id))
    return it


def _check_fields(fields: dict[str, Any]) -> None:
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise ValidationError(f"unknown evidence fields: {', '.join(sorted(unknown))}")
    if "kind" in fields and fields["kind"] not in KINDS:
        raise ValidationError(translate("Errors", "Unknown evidence kind “{kind}”; use one of: {kinds}.").format(
            kind=fields["kind"], kinds=", ".join(KINDS)))
    if "source" in fields and fields["source"] not in SOURCES:
        raise ValidationError(translate("Errors", "Unknown evidence source “{source}”; use one of: {sources}.").format(
            source=fields["source"], sources=", ".join(SOURCES)))
    d = fields.get("date")
    if d:
        try:
            _date.fromisoformat(str(d))
        except ValueError as exc:
            raise ValidationError(translate("Errors", "The date “{date}” is not a date like 2022-10-31.").format(date=d)) from exc


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
    raise NotFoundError(translate("Errors", "No evidence item “{ref}” in this project. Run “evaltool evidence list” to see them.").format(ref=ref))


def resolve_indicator(session: Session, project_id: str, ref: str) -> Indicator:
    """A leaf by id or path (``一级/二级/三级``, or a unique leaf name)."""
    ind = session.get(Indicator, ref)
    if ind is None or ind.deleted or ind.project_id != project_id:
        ind = find_by_path(session, project_id, ref)
    return ind


# -- adding ----------------------------------------------------------------------

def store_files(store: EvidenceStore, paths: Sequence[Path | str], progress: Progress | None = None,
                cancelled: CancelCheck | None = None) -> list[StoredFile]:
    """Copy files into the store (no database); all are checked before any is copied.

    ``progress(done_bytes, total_bytes)`` over the whole batch. Raises
    ``EvidenceError`` naming the first bad file (unreadable, empty, a folder) or
    when the batch is larger than the free space; ``Cancelled`` if cancelled. Files
    already copied when a batch stops stay in the store unreferenced (harmless:
    content-addressed, and reused if added again).
    """
    sizes = [store.check_source(p) for p in paths]
    total = sum(sizes)
    store.check_space(total, paths[0] if len(paths) == 1 else translate(
        "Evidence", "{n} files").format(n=len(paths)))
    out: list[StoredFile] = []
    base = 0
    for p, size in zip(paths, sizes):
        def step(done: int, _t: int, base: int = base) -> None:
            if progress is not None:
                progress(base + done, max(total, base + done))

        sha, n = store.put_file(p, step, cancelled, sync_dir=False,
                                fsync=len(paths) == 1 or store.batch_fsync_per_file())
        name = Path(p).name
        out.append(StoredFile(str(p), name, sha, n, guess_mime(name)))
        base += size
        if progress is not None:
            progress(base, total)
    if len(out) > 1:
        store.flush_batch([sf.sha256 for sf in out])
    store.sync_folders([sf.sha256 for sf in out])
    return out


def create_items(session: Session, project_id: str, stored: Iterable[StoredFile], *,
                 title: str | None = None, kind: str | None = None, source: str = "unit",
                 date: str | None = None, page_ref: str = "", notes: str = "",
                 indicator_ids: Sequence[str] = (), target: str = "",
                 ids: Sequence[str] | None = None, added_by: str | None = None) -> list[AddResult]:
    """Rows for files already in the store. The same file (same SHA-256) already an
    item of the project is reused, not duplicated (its links are added).

    ``ids`` fixes the new items' ids (undo/redo recreates the same records).
    """
    _project(session, project_id)
    fields = {"source": source, "date": date or None, "page_ref": page_ref, "notes": notes}
    if kind:
        fields["kind"] = kind
    _check_fields(fields)
    for iid in indicator_ids:
        _leaf(session, project_id, iid)
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
    for i, sf in enumerate(stored):
        existing = known.get(sf.sha256)
        created = existing is None
        if existing is None:
            iid = ids[i] if ids is not None and i < len(ids) else new_id()
            item = session.get(EvidenceItem, iid)
            if item is None:
                item = EvidenceItem(id=iid, project_id=project_id)
                session.add(item)
            item.deleted = False
            item.sha256, item.size, item.filename, item.mime = sf.sha256, sf.size, sf.filename, sf.mime
            item.title = (title if title and len(stored) == 1 else "") or Path(sf.filename).stem
            item.kind = kind or guess_kind(sf.filename)
            item.source, item.date, item.page_ref, item.notes = source, date or None, page_ref, notes
            item.added_by = added_by
            known[sf.sha256] = item  # the same bytes twice in one batch: one item
        else:
            item = existing
        for ind in indicator_ids:
            link_evidence(session, item.id, ind, target)
        results.append(AddResult(item.id, sf.filename, created))
    session.flush()
    return results


def add_files(session: Session, project_id: str, paths: Sequence[Path | str], *,
              store: EvidenceStore | None = None, progress: Progress | None = None,
              cancelled: CancelCheck | None = None, **fields: Any) -> list[AddResult]:
    """Store files and create their items in one go (CLI, tests, small batches)."""
    if not paths:
        raise ValidationError(translate("Errors", "No files given."))
    store = store or store_for(session)
    _project(session, project_id)
    stored = store_files(store, paths, progress, cancelled)
    return create_items(session, project_id, stored, **fields)


def add_note(session: Session, project_id: str, title: str, text: str, *, kind: str = "interview",
             source: str = "site", date: str | None = None, page_ref: str = "", notes: str = "",
             indicator_ids: Sequence[str] = (), item_id: str | None = None) -> str:
    """A note written in the app (interview notes, on-site check records); returns its id."""
    _project(session, project_id)
    title = (title or "").strip()
    if not title:
        raise ValidationError(translate("Errors", "An evidence note needs a title."))
    _check_fields({"kind": kind, "source": source, "date": date})
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
    _check_fields(fields)
    item = _item(session, item_id)
    if "title" in fields and not (fields["title"] or "").strip():
        raise ValidationError(translate("Errors", "An evidence item needs a title."))
    before: dict[str, Any] = {}
    for k, v in fields.items():
        if k == "date":
            v = v or None
        if getattr(item, k) != v:
            before[k] = getattr(item, k)
            setattr(item, k, v)
    session.flush()
    return before


def delete_item(session: Session, item_id: str) -> list[str]:
    """Tombstone an item and its live links; returns the link ids (for undo).

    The stored file stays (other projects or laptops may use it; undo needs it).
    """
    item = _item(session, item_id)
    item.deleted = True
    links = list(session.scalars(select(EvidenceLink).where(
        EvidenceLink.evidence_id == item_id, EvidenceLink.deleted.is_(False))))
    for ln in links:
        ln.deleted = True
    session.flush()
    return [ln.id for ln in links]


def restore_item(session: Session, item_id: str, link_ids: Sequence[str] = ()) -> None:
    item = _item(session, item_id)
    item.deleted = False
    for lid in link_ids:
        ln = session.get(EvidenceLink, lid)
        if ln is not None:
            ln.deleted = False
    session.flush()


# -- links -----------------------------------------------------------------------

def link_id(evidence_id: str, indicator_id: str, target: str = "") -> str:
    return natural_id("evidence_link", evidence_id, indicator_id, target or "")


def link_evidence(session: Session, evidence_id: str, indicator_id: str, target: str = "") -> bool:
    """Link an item to a leaf (optionally to a deduction/flag ``target``).

    Returns True if a link was made, False if it already existed.
    """
    item = _item(session, evidence_id)
    if item.deleted:
        raise NotFoundError(translate("Errors", "No evidence item {id}.").format(id=evidence_id))
    _leaf(session, item.project_id, indicator_id)
    lid = link_id(evidence_id, indicator_id, target)
    ln = session.get(EvidenceLink, lid)
    if ln is not None and not ln.deleted:
        return False
    if ln is None:
        ln = EvidenceLink(id=lid, project_id=item.project_id, evidence_id=evidence_id,
                          indicator_id=indicator_id, target=target or "")
        session.add(ln)
    ln.deleted = False
    session.flush()
    return True


def unlink_evidence(session: Session, evidence_id: str, indicator_id: str, target: str | None = "") -> int:
    """Remove the link(s); ``target=None`` removes every link of the pair. Returns how many."""
    q = select(EvidenceLink).where(EvidenceLink.evidence_id == evidence_id,
                                   EvidenceLink.indicator_id == indicator_id,
                                   EvidenceLink.deleted.is_(False))
    if target is not None:
        q = q.where(EvidenceLink.target == (target or ""))
    links = list(session.scalars(q))
    for ln in links:
        ln.deleted = True
    session.flush()
    return len(links)


def _paths(session: Session, project_id: str) -> tuple[dict[str, str], dict[str, int]]:
    """{indicator id: path} and {indicator id: tree order} of the live tree."""
    paths: dict[str, str] = {}
    order: dict[str, int] = {}
    for i, n in enumerate(walk(load_tree(session, project_id))):
        paths[n.id] = n.path
        order[n.id] = i
    return paths, order


def _names(session: Session) -> dict[str, str]:
    return {e.id: e.name for e in session.scalars(select(Evaluator))}


def _info(item: Any, names: dict[str, str]) -> EvidenceInfo:
    """From an ORM item or a column row of ``evidence_items``."""
    return EvidenceInfo(
        id=item.id, project_id=item.project_id, title=item.title or "", kind=item.kind or "document",
        source=item.source or "unit", date=item.date, page_ref=item.page_ref or "", notes=item.notes or "",
        filename=item.filename or "", size=item.size, mime=item.mime or "", sha256=item.sha256,
        text=item.text or "", added_by=item.added_by, added_by_name=names.get(item.added_by or "", ""),
        created_at=item.created_at or "")


def links_for_leaf(session: Session, indicator_id: str) -> list[EvidenceInfo]:
    """The live items linked to a leaf, each with only that leaf's links, by title.

    ``info.links`` holds the link(s) to this leaf (several when linked to several
    deductions/flags); ``info.links[i].target`` names the deduction or flag.
    """
    ind = session.get(Indicator, indicator_id)
    if ind is None:
        return []
    rows = session.execute(
        select(EvidenceLink, EvidenceItem).join(EvidenceItem, EvidenceItem.id == EvidenceLink.evidence_id)
        .where(EvidenceLink.indicator_id == indicator_id, EvidenceLink.deleted.is_(False),
               EvidenceItem.deleted.is_(False))).all()
    if not rows:
        return []
    paths, _order = _paths(session, ind.project_id)
    names = _names(session)
    by_item: dict[str, EvidenceInfo] = {}
    for ln, item in rows:
        info = by_item.get(item.id)
        if info is None:
            info = by_item[item.id] = _info(item, names)
        info.links.append(LinkInfo(ln.id, item.id, indicator_id, paths.get(indicator_id, ""), ln.target or ""))
    return sorted(by_item.values(), key=lambda i: (i.title, i.id))


def evidence_counts(session: Session, project_id: str, target: str | None = None) -> dict[str, int]:
    """{leaf id: number of live items linked} — what "deduction without evidence" reads.

    With ``target`` given, only links to that deduction/flag count.
    """
    q = (select(EvidenceLink.indicator_id, EvidenceLink.evidence_id)
         .join(EvidenceItem, EvidenceItem.id == EvidenceLink.evidence_id)
         .where(EvidenceLink.project_id == project_id, EvidenceLink.deleted.is_(False),
                EvidenceItem.deleted.is_(False)))
    if target is not None:
        q = q.where(EvidenceLink.target == target)
    seen: dict[str, set[str]] = {}
    for ind, ev in session.execute(q):
        seen.setdefault(ind, set()).add(ev)
    return {k: len(v) for k, v in seen.items()}


# -- listing ---------------------------------------------------------------------

def list_items(session: Session, project_id: str, *, search: str = "", kind: str | None = None,
               source: str | None = None, indicator_id: str | None = None, unlinked: bool = False,
               with_status: bool = False, store: EvidenceStore | None = None) -> list[EvidenceInfo]:
    """Live items of a project with their links, newest first, filtered.

    ``search`` matches title, file name, notes, page reference, note text and
    linked leaf paths (case-insensitive). ``with_status`` adds a cheap file check
    (missing / size changed), not a re-hash (see ``verify_items``).
    """
    # Plain column rows, not ORM objects: several times faster for thousands of items.
    t = EvidenceItem.__table__
    items = session.execute(select(t).where(t.c.project_id == project_id, t.c.deleted.is_(False))).all()
    lt = EvidenceLink.__table__
    links = session.execute(select(lt.c.id, lt.c.evidence_id, lt.c.indicator_id, lt.c.target).where(
        lt.c.project_id == project_id, lt.c.deleted.is_(False))).all()
    paths, order = _paths(session, project_id)
    names = _names(session)
    infos = {it.id: _info(it, names) for it in items}
    for ln in sorted(links, key=lambda ln: (order.get(ln.indicator_id, 1 << 30), ln.target)):
        info = infos.get(ln.evidence_id)
        if info is not None and ln.indicator_id in paths:
            info.links.append(LinkInfo(ln.id, ln.evidence_id, ln.indicator_id, paths[ln.indicator_id], ln.target or ""))
    out = sorted(infos.values(), key=lambda i: (i.created_at, i.id), reverse=True)
    out = filter_items(out, search=search, kind=kind, source=source, indicator_id=indicator_id,
                       unlinked=unlinked)
    if with_status:
        store = store or store_for(session)
        for info in out:
            info.status = "note" if info.is_note else store.quick_status(info.sha256 or "", info.size)
    return out


def filter_items(items: Iterable[EvidenceInfo], *, search: str = "", kind: str | None = None,
                 source: str | None = None, indicator_id: str | None = None,
                 unlinked: bool = False) -> list[EvidenceInfo]:
    """The in-memory filter the list uses (so the page filters without a query)."""
    needle = (search or "").strip().casefold()
    out = []
    for i in items:
        if kind and i.kind != kind:
            continue
        if source and i.source != source:
            continue
        if unlinked and i.links:
            continue
        if indicator_id and not any(ln.indicator_id == indicator_id for ln in i.links):
            continue
        if needle:
            hay = "\x1f".join((i.title, i.filename, i.notes, i.page_ref, i.text[:2000],
                               *(ln.path for ln in i.links))).casefold()
            if needle not in hay:
                continue
        out.append(i)
    return out


def get_item(session: Session, item_id: str) -> EvidenceInfo:
    item = _item(session, item_id)
    info = _info(item, _names(session))
    paths, order = _paths(session, item.project_id)
    links = session.scalars(select(EvidenceLink).where(
        EvidenceLink.evidence_id == item_id, EvidenceLink.deleted.is_(False)))
    for ln in sorted(links, key=lambda ln: (order.get(ln.indicator_id, 1 << 30), ln.target)):
        if ln.indicator_id in paths:
            info.links.append(LinkInfo(ln.id, item_id, ln.indicator_id, paths[ln.indicator_id], ln.target or ""))
    return info


# -- integrity -------------------------------------------------------------------

def verify_items(session: Session, project_id: str, *, store: EvidenceStore | None = None,
                 progress: Progress | None = None, cancelled: CancelCheck | None = None) -> list[EvidenceInfo]:
    """Re-hash every stored file of the project; each item's ``status`` is set.

    Notes get ``"note"``. ``progress(done_items, total_items)``.
    """
    store = store or store_for(session)
    items = list_items(session, project_id)
    total = len(items)
    for k, info in enumerate(items, start=1):
        if cancelled is not None and cancelled():
            raise Cancelled(translate("Errors", "Cancelled."))
        info.status = "note" if info.is_note else store.verify(info.sha256 or "", info.size)
        if progress is not None:
            progress(k, total)
    return items


# -- the register (佐证材料清单) ---------------------------------------------------

def register_rows(session: Session, project_id: str, *, verify: bool = False,
                  store: EvidenceStore | None = None) -> list[dict[str, Any]]:
    """Rows of the evidence register, ordered by the first linked leaf (tree order),
    unlinked items last, then by date (undated last), then in the order added.

    Keys: no (1…), id, title, kind (translated label), kind_code, source (translated
    label), source_code, date, page_ref, filename, size, sha256, indicators (leaf
    paths), notes, added_by (evaluator name), status ("ok" / "missing" / "altered";
    "ok" for notes; a cheap check unless ``verify``). Without a data folder bound to
    the session (and no ``store``), status is "".
    """
    items = list_items(session, project_id)
    _paths_, order = _paths(session, project_id)
    if store is None and session.info.get("db") is not None:
        store = store_for(session)
    big = 1 << 30

    def key(i: EvidenceInfo) -> tuple[Any, ...]:
        first = min((order.get(ln.indicator_id, big) for ln in i.links), default=big)
        return (first, i.date or "9999", i.created_at, i.title, i.id)

    rows = []
    for n, i in enumerate(sorted(items, key=key), start=1):
        if i.is_note:
            status = "ok"
        elif store is None:
            status = ""
        elif verify:
            status = store.verify(i.sha256 or "", i.size)
        else:
            status = store.quick_status(i.sha256 or "", i.size)
        rows.append({
            "no": n, "id": i.id, "title": i.title, "kind": i.kind_label, "kind_code": i.kind,
            "source": i.source_label, "source_code": i.source, "date": i.date or "",
            "page_ref": i.page_ref, "filename": i.filename, "size": i.size, "sha256": i.sha256 or "",
            "indicators": list(dict.fromkeys(ln.path for ln in i.links)), "notes": i.notes,
            "added_by": i.added_by_name, "status": status,
        })
    return rows
