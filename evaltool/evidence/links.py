"""Links from evidence items to leaves (and to a deduction or flag of the leaf).

A link's id is a natural id of (item, leaf, target), so two laptops linking the same
pair make one record; unlinking tombstones it and linking again revives it. ``target``
is free text naming the deduction or flag the item supports ("要点②", a flag key), ""
for the leaf as a whole.

Functions take a ``Session``, flush, never commit.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from evaltool.errors import NotFoundError
from evaltool.evidence.info import EvidenceInfo, LinkInfo, evaluator_names, item_row, to_info
from evaltool.framework import find_by_path, indicator_path
from evaltool.i18n import translate
from evaltool.models import EvidenceItem, EvidenceLink, Indicator, natural_id
from evaltool.records import set_deleted


def link_id(evidence_id: str, indicator_id: str, target: str = "") -> str:
    return natural_id("evidence_link", evidence_id, indicator_id, target or "")


def resolve_indicator(session: Session, project_id: str, ref: str) -> Indicator:
    """A leaf by id or path (``一级/二级/三级``, or a unique leaf name)."""
    ind = session.get(Indicator, ref)
    if ind is None or ind.deleted or ind.project_id != project_id:
        ind = find_by_path(session, project_id, ref)
    return ind


def link_evidence(session: Session, evidence_id: str, indicator_id: str, target: str = "") -> bool:
    """Link an item to a leaf (optionally to a deduction/flag ``target``).

    Returns True if a link was made, False if it already existed.
    """
    item = item_row(session, evidence_id)
    if item.deleted:
        raise NotFoundError(translate("Errors", "No evidence item {id}.").format(id=evidence_id))
    return link_many(session, item.project_id, [(evidence_id, indicator_id, target)]) == 1


def link_many(session: Session, project_id: str, pairs: Iterable[tuple[str, str, str]]) -> int:
    """Link many (item, leaf, target) pairs of one project at once; returns how many links
    were made (pairs already linked are left as they are).

    All or nothing: every item must be a live item and every leaf a live indicator of the
    project (``NotFoundError`` before anything changes). The database work does not grow
    with a query and a flush per link: one query per 500 items, leaves and links, one flush.
    """
    pairs = list(dict.fromkeys((e, i, t or "") for e, i, t in pairs))
    if not pairs:
        return 0
    session.flush()  # items added in this session are checked like the others
    item_ids = list({e for e, _i, _t in pairs})
    live_items: set[str] = set()
    for chunk in _chunks(item_ids):
        live_items.update(session.scalars(select(EvidenceItem.id).where(
            EvidenceItem.id.in_(chunk), EvidenceItem.project_id == project_id, EvidenceItem.deleted.is_(False))))
    missing_item = next((e for e in item_ids if e not in live_items), None)
    if missing_item is not None:
        raise NotFoundError(translate("Errors", "No evidence item {id}.").format(id=missing_item))
    leaf_ids = list({i for _e, i, _t in pairs})
    live_leaves: set[str] = set()
    for chunk in _chunks(leaf_ids):
        live_leaves.update(session.scalars(select(Indicator.id).where(
            Indicator.id.in_(chunk), Indicator.project_id == project_id, Indicator.deleted.is_(False))))
    if any(i not in live_leaves for i in leaf_ids):
        raise NotFoundError(translate("Errors", "No such indicator in this project."))
    wanted = {link_id(e, i, t): (e, i, t) for e, i, t in pairs}
    existing: dict[str, EvidenceLink] = {}
    for chunk in _chunks(list(wanted)):
        existing.update((ln.id, ln) for ln in session.scalars(select(EvidenceLink).where(EvidenceLink.id.in_(chunk))))
    made = 0
    for lid, (e, i, t) in wanted.items():
        ln = existing.get(lid)
        if ln is None:
            session.add(EvidenceLink(id=lid, project_id=project_id, evidence_id=e, indicator_id=i, target=t,
                                     deleted=False))
        elif ln.deleted:
            ln.deleted = False  # linking again revives the tombstone (same natural id)
        else:
            continue
        made += 1
    session.flush()
    return made


def _chunks(ids: list[str], size: int = 500) -> Iterator[list[str]]:
    """Slices short enough for SQLite's bound-parameter limit."""
    for k in range(0, len(ids), size):
        yield ids[k:k + size]


def unlink_evidence(session: Session, evidence_id: str, indicator_id: str, target: str | None = "") -> int:
    """Remove the link(s); ``target=None`` removes every link of the pair. Returns how many."""
    q = select(EvidenceLink).where(EvidenceLink.evidence_id == evidence_id,
                                   EvidenceLink.indicator_id == indicator_id,
                                   EvidenceLink.deleted.is_(False))
    if target is not None:
        q = q.where(EvidenceLink.target == (target or ""))
    links = list(session.scalars(q))  # loaded, so set_deleted finds them without a query each
    for ln in links:
        set_deleted(session, EvidenceLink, ln.id)
    return len(links)


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
    path = indicator_path(session, ind)  # one leaf's path, not the whole framework's
    names = evaluator_names(session)
    by_item: dict[str, EvidenceInfo] = {}
    for ln, item in rows:
        info = by_item.get(item.id)
        if info is None:
            info = by_item[item.id] = to_info(item, names)
        info.links.append(LinkInfo(ln.id, item.id, indicator_id, path, ln.target or ""))
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
