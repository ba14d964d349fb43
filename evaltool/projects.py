"""Projects and people: create, list, find, duplicate, delete (tombstone)."""
from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from evaltool.errors import NotFoundError, ValidationError
from evaltool.i18n import translate
from evaltool.models import (
    SYNCED_MODELS,
    Evaluator,
    Project,
    ProjectMember,
    Synced,
    new_id,
)
from evaltool.records import set_deleted, update_fields

ROLES = ("lead", "member", "expert")
PROJECT_FIELDS = (
    "name", "budget_unit", "competent_department", "commissioning_body", "evaluation_agency",
    "evaluation_type", "reference_date", "report_date", "budget_approved", "budget_adjusted",
    "actual_spending", "grade_bands", "consolidation", "spread_threshold", "settings",
)


@dataclass(frozen=True)
class ProjectInfo:
    """Plain, session-free view of a project for lists and the CLI."""

    id: str
    name: str
    budget_unit: str
    evaluation_type: str
    reference_date: str | None
    updated_at: str

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _info(p: Project) -> ProjectInfo:
    return ProjectInfo(p.id, p.name, p.budget_unit, p.evaluation_type, p.reference_date, p.updated_at)


def list_projects(session: Session, search: str = "") -> list[ProjectInfo]:
    q = select(Project).where(Project.deleted.is_(False)).order_by(Project.updated_at.desc())
    rows = [_info(p) for p in session.scalars(q)]
    if search:
        needle = search.casefold()
        rows = [r for r in rows if needle in r.name.casefold() or needle in r.budget_unit.casefold()]
    return rows


def find_project(session: Session, ref: str) -> Project:
    """A live project by UUID or exact name."""
    p = session.get(Project, ref)
    if p is not None and not p.deleted:
        return p
    matches = list(session.scalars(select(Project).where(Project.name == ref, Project.deleted.is_(False))))
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise NotFoundError(translate("Errors", "Several projects are named “{name}”; name it by its id instead: {ids}").format(
            name=ref, ids=", ".join(m.id for m in matches)))
    raise NotFoundError(translate("Errors", "No project with id or name “{name}”. Run “evaltool projects” to list them.").format(name=ref))


def create_project(session: Session, name: str, **fields: Any) -> Project:
    name = (name or "").strip()
    if not name:
        raise ValidationError(translate("Errors", "A project needs a name."))
    unknown = set(fields) - set(PROJECT_FIELDS)
    if unknown:
        raise ValidationError(f"unknown project fields: {', '.join(sorted(unknown))}")
    p = Project(name=name, **{k: v for k, v in fields.items() if v is not None})
    session.add(p)
    session.flush()
    return p


def update_project(session: Session, project_id: str, **fields: Any) -> Project:
    p = find_project(session, project_id)
    update_fields(session, p, fields, allowed=PROJECT_FIELDS, required=("name",),
                  required_message=translate("Errors", "A project needs a name."))
    return p


def delete_project(session: Session, project_id: str) -> None:
    """Tombstone the project (its records stay, so the deletion can sync and be undone)."""
    set_deleted(session, Project, find_project(session, project_id).id)


def restore_project(session: Session, project_id: str) -> None:
    set_deleted(session, Project, project_id, False)


def project_rows(session: Session, project_id: str) -> dict[str, list[Synced]]:
    """All live synced rows of a project, by table (evaluators excluded)."""
    out: dict[str, list[Synced]] = {}
    for table, model in SYNCED_MODELS.items():
        if table in ("projects", "evaluators"):
            continue
        out[table] = list(session.scalars(
            select(model).where(model.project_id == project_id, model.deleted.is_(False))  # type: ignore[attr-defined]
        ))
    return out


# Tables in an order where every reference points to an earlier table.
COPY_ORDER = ("project_members", "project_flags", "report_sections", "indicators", "scores",
              "final_scores", "review_notes", "targets", "evidence_items", "evidence_links",
              "surveys", "survey_questions", "respondent_groups", "responses")


def duplicate_project(session: Session, project_id: str, new_name: str | None = None) -> Project:
    """A full copy with new ids (the copy is a new project, not a sync replica)."""
    src = find_project(session, project_id)
    dup = create_project(session, new_name or translate("Projects", "{name} (copy)").format(name=src.name),
                         **{k: copy.deepcopy(getattr(src, k)) for k in PROJECT_FIELDS if k != "name"})
    id_map: dict[str, str] = {src.id: dup.id}
    rows = project_rows(session, src.id)
    ref_cols = ("project_id", "parent_id", "indicator_id", "evidence_id", "survey_id", "group_id")
    for table in COPY_ORDER:
        model = SYNCED_MODELS[table]
        # parents before children inside the indicator tree
        items = rows.get(table, [])
        if table == "indicators":
            items = _parents_first(items)
        for row in items:
            id_map[row.id] = new_id()
        for row in items:
            values = {c.key: copy.deepcopy(getattr(row, c.key)) for c in inspect(row).mapper.column_attrs
                      if c.key not in ("id", "created_at", "updated_at", "updated_by", "updated_device")}
            for col in ref_cols:
                if col in values and values[col] is not None:
                    values[col] = id_map.get(values[col], values[col])
            session.add(model(id=id_map[row.id], **values))
        session.flush()
    from evaltool.contracts.overview import copy_contracts  # contracts import this module: no cycle at import time

    copy_contracts(session, src.id, dup.id)
    return dup


def _parents_first(items: list[Any]) -> list[Any]:
    by_id = {i.id: i for i in items}
    done: set[str] = set()
    out: list[Any] = []

    def visit(i: Any) -> None:
        if i.id in done:
            return
        if i.parent_id in by_id:
            visit(by_id[i.parent_id])
        done.add(i.id)
        out.append(i)

    for i in items:
        visit(i)
    return out


# -- evaluators ----------------------------------------------------------------

def create_evaluator(session: Session, name: str, role: str = "member", device_id: str | None = None) -> Evaluator:
    name = (name or "").strip()
    if not name:
        raise ValidationError(translate("Errors", "An evaluator needs a name."))
    if role not in (*ROLES, "imported"):
        raise ValidationError(translate("Errors", "Unknown role “{role}”; use lead, member or expert.").format(role=role))
    ev = Evaluator(name=name, role=role, device_id=device_id)
    session.add(ev)
    session.flush()
    return ev


def update_evaluator(session: Session, evaluator_id: str, *, name: str | None = None, role: str | None = None) -> Evaluator:
    ev = session.get(Evaluator, evaluator_id)
    if ev is None:
        raise NotFoundError(evaluator_id)
    if name is not None:
        if not name.strip():
            raise ValidationError(translate("Errors", "An evaluator needs a name."))
        ev.name = name.strip()
    if role is not None:
        if role not in ROLES:
            raise ValidationError(translate("Errors", "Unknown role “{role}”; use lead, member or expert.").format(role=role))
        ev.role = role
    session.flush()
    return ev


def find_evaluator(session: Session, ref: str) -> Evaluator:
    ev = session.get(Evaluator, ref)
    if ev is not None and not ev.deleted:
        return ev
    matches = list(session.scalars(select(Evaluator).where(Evaluator.name == ref, Evaluator.deleted.is_(False))))
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise NotFoundError(translate("Errors", "Several evaluators are named “{name}”; use the id.").format(name=ref))
    raise NotFoundError(translate("Errors", "No evaluator named “{name}”.").format(name=ref))


def find_or_create_evaluator(session: Session, name: str, role: str = "member") -> Evaluator:
    try:
        return find_evaluator(session, name)
    except NotFoundError:
        return create_evaluator(session, name, role)


def add_member(session: Session, project_id: str, evaluator_id: str, role: str = "member") -> ProjectMember:
    existing = session.scalar(select(ProjectMember).where(
        ProjectMember.project_id == project_id, ProjectMember.evaluator_id == evaluator_id,
        ProjectMember.deleted.is_(False)))
    if existing is not None:
        existing.role = role
        return existing
    m = ProjectMember(project_id=project_id, evaluator_id=evaluator_id, role=role)
    session.add(m)
    session.flush()
    return m


def project_evaluators(session: Session, project_id: str) -> list[Evaluator]:
    q = (select(Evaluator).join(ProjectMember, ProjectMember.evaluator_id == Evaluator.id)
         .where(ProjectMember.project_id == project_id, ProjectMember.deleted.is_(False))
         .order_by(Evaluator.name))
    return list(session.scalars(q))
