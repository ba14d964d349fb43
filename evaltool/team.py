"""A project's team: who is on it and with which role (the roster, ``project_members``).

The roster is a synced table like any other: a lead names members, experts and other
leads, and the changes travel in packages. Who may change it is decided by
``evaltool.roles`` (only a lead changes roles or names a lead; anyone may join as a member
or expert), locally and at import, so a laptop cannot promote itself. The project's
creator leads it until the roster says otherwise; a change that would leave the project
without any lead is refused.

All functions take a Session, flush, never commit.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from evaltool.errors import NotFoundError, ValidationError
from evaltool.i18n import translate
from evaltool.models import Evaluator, ProjectMember
from evaltool.projects import find_project
from evaltool.roles import ROLES, load_roster, role_text


@dataclass(frozen=True)
class MemberInfo:
    evaluator_id: str
    name: str
    role: str  # lead | member | expert (what the roster, or the creator rule, says)
    role_text: str
    on_roster: bool
    creator: bool

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def list_team(session: Session, project_id: str) -> list[MemberInfo]:
    """The roster, and the creator when the roster does not list them; leads first."""
    roster = load_roster(session, project_id)
    ids = list(roster.members)
    if roster.creator and roster.creator not in roster.members:
        ids.append(roster.creator)
    out = [MemberInfo(e, roster.names.get(e, e[:8]), roster.role_of(e), role_text(roster.role_of(e)),
                      e in roster.members, e == roster.creator) for e in ids]
    order = {r: i for i, r in enumerate(ROLES)}
    return sorted(out, key=lambda m: (order.get(m.role, 9), m.name))


def _rows(session: Session, project_id: str, evaluator_id: str) -> list[ProjectMember]:
    return list(session.scalars(select(ProjectMember).where(
        ProjectMember.project_id == project_id, ProjectMember.evaluator_id == evaluator_id,
        ProjectMember.deleted.is_(False))))


def _check_a_lead_remains(session: Session, project_id: str) -> None:
    session.flush()
    if not load_roster(session, project_id).has_lead():
        raise ValidationError(translate("Errors", "The project would have no team lead; name another lead first."))


def set_role(session: Session, project_id: str, evaluator_id: str, role: str) -> str | None:
    """Put ``evaluator_id`` on the roster with ``role`` (or change their role); returns
    the previous roster role (None: was not on it). Raises ``RoleError`` for someone who
    may not, ``ValidationError`` when no lead would remain."""
    if role not in ROLES:
        raise ValidationError(translate("Errors", "Unknown role “{role}”; use lead, member or expert.").format(role=role))
    pid = find_project(session, project_id).id
    if session.get(Evaluator, evaluator_id) is None:
        raise NotFoundError(translate("Errors", "No evaluator named “{name}”.").format(name=evaluator_id))
    rows = _rows(session, pid, evaluator_id)
    before = rows[0].role if rows else None
    if rows:
        for extra in rows[1:]:  # two laptops added the same person: one row is enough
            extra.deleted = True
        if rows[0].role != role:
            rows[0].role = role
    else:
        session.add(ProjectMember(project_id=pid, evaluator_id=evaluator_id, role=role))
    _check_a_lead_remains(session, pid)
    return before


def remove_member(session: Session, project_id: str, evaluator_id: str) -> str | None:
    """Take ``evaluator_id`` off the roster (their work stays); returns the role they had."""
    pid = find_project(session, project_id).id
    rows = _rows(session, pid, evaluator_id)
    for r in rows:
        r.deleted = True
    _check_a_lead_remains(session, pid)
    return rows[0].role if rows else None
