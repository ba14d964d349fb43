"""Reading the evidence: lists and filters for views and the CLI, one item, the integrity
check of the stored files, and the register (佐证材料清单) the report's appendix prints.

Everything returns plain ``EvidenceInfo`` records or dicts; nothing writes. Only
``verify_items`` (and ``register_rows(verify=True)``) re-hash files: long work, run it
on a worker with ``progress``/``cancelled``.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from evaltool.errors import Cancelled
from evaltool.evidence.info import (
    CancelCheck,
    EvidenceInfo,
    LinkInfo,
    Progress,
    evaluator_names,
    item_row,
    leaf_paths,
    store_for,
    to_info,
)
from evaltool.evidence.store import EvidenceStore
from evaltool.i18n import translate
from evaltool.models import EvidenceItem, EvidenceLink

_LAST = 1 << 30  # tree order of "no leaf": after every leaf


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
    paths, order = leaf_paths(session, project_id)
    names = evaluator_names(session)
    infos = {it.id: to_info(it, names) for it in items}
    for ln in sorted(links, key=lambda ln: (order.get(ln.indicator_id, _LAST), ln.target)):
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
    item = item_row(session, item_id)
    info = to_info(item, evaluator_names(session))
    paths, order = leaf_paths(session, item.project_id)
    links = session.scalars(select(EvidenceLink).where(
        EvidenceLink.evidence_id == item_id, EvidenceLink.deleted.is_(False)))
    for ln in sorted(links, key=lambda ln: (order.get(ln.indicator_id, _LAST), ln.target)):
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
    _paths, order = leaf_paths(session, project_id)
    if store is None and session.info.get("db") is not None:
        store = store_for(session)

    def key(i: EvidenceInfo) -> tuple[Any, ...]:
        first = min((order.get(ln.indicator_id, _LAST) for ln in i.links), default=_LAST)
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
