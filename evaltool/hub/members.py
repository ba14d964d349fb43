"""A project's team on the hub: database roles as lead, member or expert.

The lead adds and removes members; the ``hub_members`` policies allow it to leads only (the
hub's owner is not bound by them). A person must have a database role already (the
administrator creates it: ``createuser --pwprompt wang``); adding them to a project also
puts them in the ``evaltool_team`` group, so they can connect to the hub's tables at all. The
last lead of a project is never removed (nobody could manage the team after that).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import delete, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import Session

from evaltool.errors import NotFoundError, ValidationError
from evaltool.hub.connect import Hub, HubError
from evaltool.hub.schema import check_schema
from evaltool.hub.security import ROLES
from evaltool.hub.tables import hub_members
from evaltool.i18n import translate
from evaltool.models import Project, utcnow
from evaltool.projects import find_project


@dataclass
class Member:
    role_name: str
    project_role: str
    added_by: str
    added_at: str

    def as_json(self) -> dict[str, str]:
        return asdict(self)


def _project_id(hub: Hub, s: Session, ref: str) -> tuple[str, str]:
    try:
        p: Project = find_project(s, ref)
    except NotFoundError as exc:
        raise NotFoundError(translate("Errors", "No project “{ref}” you may read on the team hub {hub} (evaltool hub "
                                      "projects lists them).").format(ref=ref, hub=hub.display)) from exc
    return p.id, p.name


def list_members(hub: Hub, project_ref: str) -> list[Member]:
    with hub.session(read_only=True) as s:
        check_schema(s, hub)
        pid, _name = _project_id(hub, s, project_ref)
        m = hub_members.c
        q = select(hub_members).where(m.project_id == pid).order_by(m.project_role, m.role_name)
        return [Member(r.role_name, r.project_role, r.added_by, r.added_at) for r in s.execute(q)]


def add_member(hub: Hub, project_ref: str, role_name: str, project_role: str = "member") -> list[Member]:
    """Add (or change the role of) ``role_name`` in the project; returns the team."""
    if project_role not in ROLES:
        raise ValidationError(translate("Errors", "A member's role is lead, member or expert, not “{role}”.").format(
            role=project_role))
    with hub.session() as s:
        check_schema(s, hub)
        pid, name = _project_id(hub, s, project_ref)
        _must_lead(hub, s, pid, name)
        if not s.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role_name}):
            raise NotFoundError(translate("Errors", "The team hub has no database role “{role}”. Its administrator creates "
                                          "one per person: createuser --pwprompt {role}").format(role=role_name))
        if project_role != "lead":
            _keep_a_lead(hub, s, pid, name, role_name)
        s.execute(text("SELECT evaltool_enrol(:r)"), {"r": role_name})
        stmt = pg_insert(hub_members).values(project_id=pid, role_name=role_name, project_role=project_role,
                                             added_by=hub.address.user, added_at=utcnow())
        s.execute(stmt.on_conflict_do_update(index_elements=["project_id", "role_name"],
                                             set_={"project_role": project_role}))
    return list_members(hub, pid)


def remove_member(hub: Hub, project_ref: str, role_name: str) -> list[Member]:
    with hub.session() as s:
        check_schema(s, hub)
        pid, name = _project_id(hub, s, project_ref)
        _must_lead(hub, s, pid, name)
        found = s.scalar(select(hub_members.c.project_role).where(
            hub_members.c.project_id == pid, hub_members.c.role_name == role_name))
        if found is None:
            raise NotFoundError(translate("Errors", "“{role}” is not on the team of “{name}”.").format(role=role_name, name=name))
        _keep_a_lead(hub, s, pid, name, role_name)
        s.execute(delete(hub_members).where(hub_members.c.project_id == pid, hub_members.c.role_name == role_name))
    return list_members(hub, pid)


def _must_lead(hub: Hub, s: Session, pid: str, name: str) -> None:
    access = s.scalar(text("SELECT evaltool_project_access(:pid)"), {"pid": pid})
    owner = s.scalar(text("SELECT pg_has_role(current_user, (SELECT pg_get_userbyid(relowner) FROM pg_class "
                          "WHERE oid = 'hub_members'::regclass), 'MEMBER')"))
    if access != "lead" and not owner:
        raise HubError(translate("Errors", "Only a lead of “{name}” adds or removes its members; you ({user}) are not "
                                 "one.").format(name=name, user=hub.address.user))


def _keep_a_lead(hub: Hub, s: Session, pid: str, name: str, leaving: str) -> None:
    leads = set(s.scalars(select(hub_members.c.role_name).where(
        hub_members.c.project_id == pid, hub_members.c.project_role == "lead")))
    if leads and leads <= {leaving}:
        raise HubError(translate("Errors", "“{role}” is the only lead of “{name}”; make someone else lead first.").format(
            role=leaving, name=name))
