"""Proposals for the team lead: changes that arrived from someone whose role did not allow
them (see ``evaltool.roles`` and ``evaltool.sync.merge``), listed, accepted or rejected.

The changes of one action (one record, one author, one moment: a member's final score
with its reason, say) form one ``ProposalGroup``. Accepting writes the proposed values as
the lead's own edit, replacing every value the field holds (the lead saw them: the list
shows the current value beside the proposed one); rejecting writes nothing else. Either
way the decision is recorded on each proposal with who, when and an optional note, and
travels to the other laptops; the change log keeps the full trail.

All functions take a Session, flush, never commit.
"""
from __future__ import annotations

import copy
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from evaltool.changelog import ALL, hlc_time, record_fields, supersede
from evaltool.errors import NotFoundError, ValidationError
from evaltool.i18n import QT_TRANSLATE_NOOP, translate
from evaltool.models import Evaluator, Proposal, utcnow
from evaltool.roles import TEAM, check_right, right_text

STATUSES = ("open", "accepted", "rejected")
STATUS_TEXT = {"open": QT_TRANSLATE_NOOP("Proposals", "open"), "accepted": QT_TRANSLATE_NOOP("Proposals", "accepted"),
               "rejected": QT_TRANSLATE_NOOP("Proposals", "rejected")}


def status_text(status: str) -> str:
    return translate("Proposals", STATUS_TEXT.get(status, status))


@dataclass
class ProposalItem:
    id: str
    field: str
    field_label: str
    value: Any
    display: str
    current: str  # what the record shows now


@dataclass
class ProposalGroup:
    """One held action: its proposals (one per field), who made it, when, what it lacked."""

    id: str  # the id of its first proposal: names the group in the CLI and the UI
    table: str
    table_label: str
    row_id: str
    record: str
    author_id: str | None
    author_name: str
    at: str  # when the change was made (ISO UTC, from its clock)
    right: str
    right_text: str
    status: str
    decided_by: str | None = None
    decided_by_name: str = ""
    decided_at: str | None = None
    note: str = ""
    items: list[ProposalItem] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def list_proposals(session: Session, project_id: str, status: str | None = None) -> list[ProposalGroup]:
    """The project's proposals grouped by action, newest first (``status`` filters)."""
    q = select(Proposal).where(Proposal.project_id == project_id, Proposal.deleted.is_(False))
    if status is not None:
        q = q.where(Proposal.status == status)
    proposals = sorted(session.scalars(q), key=lambda p: (p.hlc, p.field, p.id))
    if not proposals:  # (the usual case: no model of every table, no sync labels imported)
        return []
    from evaltool.models import SYNCED_MODELS
    from evaltool.sync.labels import display_value, field_label, record_label, table_label

    names = {e.id: e.name for e in session.scalars(select(Evaluator))}
    groups: dict[tuple[str, str, str, str], ProposalGroup] = {}
    for p in proposals:
        key = (p.table_name, p.row_id, p.device_id, p.hlc)
        g = groups.get(key)
        if g is None:
            g = groups[key] = ProposalGroup(
                p.id, p.table_name, table_label(p.table_name), p.row_id,
                record_label(session, p.table_name, p.row_id) if p.table_name in SYNCED_MODELS else p.row_id[:8],
                p.author_id, names.get(p.author_id or "", "?"), hlc_time(p.hlc) if p.hlc else "", p.right,
                right_text(p.right) if p.right else "", p.status, p.decided_by, names.get(p.decided_by or "", ""),
                p.decided_at, p.note)
        row = session.get(SYNCED_MODELS[p.table_name], p.row_id) if p.table_name in SYNCED_MODELS else None
        shown = getattr(row, p.field, None) if row is not None and not getattr(row, "deleted", False) else None
        g.items.append(ProposalItem(p.id, p.field, field_label(p.field), p.value, display_value(p.value),
                                    display_value(shown)))
    return sorted(groups.values(), key=lambda g: g.at, reverse=True)


def _group(session: Session, project_id: str, ref: str) -> list[Proposal]:
    """The proposals of the action that proposal ``ref`` (an id or a unique prefix) belongs to."""
    ref = (ref or "").strip()
    one = session.get(Proposal, ref)
    if one is None and len(ref) >= 4:
        hits = list(session.scalars(select(Proposal).where(Proposal.project_id == project_id,
                                                           Proposal.id.startswith(ref))))
        one = hits[0] if len(hits) == 1 else None
    if one is None or one.project_id != project_id or one.deleted:
        raise NotFoundError(translate("Errors", "No proposal “{ref}” in this project; list them with “evaltool proposals”.")
                            .format(ref=ref))
    return list(session.scalars(select(Proposal).where(
        Proposal.project_id == project_id, Proposal.table_name == one.table_name, Proposal.row_id == one.row_id,
        Proposal.device_id == one.device_id, Proposal.hlc == one.hlc, Proposal.deleted.is_(False))))


def _decide(session: Session, project_id: str, ref: str, decided_by: str | None, status: str,
            note: str) -> list[Proposal]:
    check_right(session, project_id, decided_by, TEAM)
    group = _group(session, project_id, ref)
    if all(p.status != "open" for p in group):
        raise ValidationError(translate("Errors", "This proposal was already decided ({status}).").format(
            status=status_text(group[0].status)))
    at = utcnow()
    for p in group:
        p.status, p.decided_by, p.decided_at, p.note = status, decided_by, at, note or ""
    session.flush()
    return group


def accept_proposal(session: Session, project_id: str, ref: str, decided_by: str | None, note: str = "") -> None:
    """Write the proposed values of ``ref``'s action as the lead's own edit (replacing every
    value of each field) and record the decision."""
    from evaltool.models import SYNCED_MODELS

    group = _decide(session, project_id, ref, decided_by, "accepted", note)
    by_row: dict[tuple[str, str], list[Proposal]] = {}
    for p in group:
        by_row.setdefault((p.table_name, p.row_id), []).append(p)
    for (table, row_id), props in by_row.items():
        model = SYNCED_MODELS.get(table)
        obj = session.get(model, row_id) if model is not None else None
        if obj is None:
            raise NotFoundError(translate("Errors", "The record this proposal changes is not on this laptop."))
        # the record's tombstone flag first, so a record created by the proposal comes alive
        for p in sorted(props, key=lambda p: p.field != "deleted"):
            supersede(session, table, row_id, p.field, ALL)
            if getattr(obj, p.field) != p.value:
                setattr(obj, p.field, copy.deepcopy(p.value))
                session.flush()
            else:
                record_fields(session, obj, [p.field])
                session.flush()


def reject_proposal(session: Session, project_id: str, ref: str, decided_by: str | None, note: str = "") -> None:
    """Record that the lead rejected ``ref``'s action (its changes stay held)."""
    _decide(session, project_id, ref, decided_by, "rejected", note)


def open_proposal_count(session: Session, project_id: str) -> int:
    return len(list_proposals(session, project_id, "open"))
