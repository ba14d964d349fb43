"""Projects and people: create, list, find, duplicate, delete (tombstone)."""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from evaltool.errors import NotFoundError, ValidationError
from evaltool.i18n import translate
from evaltool.models import (
    Evaluator,
    Project,
    ProjectMember,
    Synced,
    natural_id,
    new_id,
)
from evaltool.records import set_deleted, update_fields
from evaltool.scoring import CONSOLIDATIONS

ROLES = ("lead", "member", "expert")
PROJECT_FIELDS = (
    "name", "budget_unit", "competent_department", "commissioning_body", "evaluation_agency",
    "evaluation_type", "reference_date", "report_date", "budget_approved", "budget_adjusted",
    "actual_spending", "grade_bands", "consolidation", "spread_threshold", "settings",
    "evaluation_start", "evaluation_end", "project_period", "phases", "adjustment_definition",
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
    from evaltool.models import SYNCED_MODELS  # (every model: imported on use, see evaltool.models)

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
              "surveys", "survey_questions", "respondent_groups", "responses", "budget_lines",
              "report_problems")


def duplicate_project(session: Session, project_id: str, new_name: str | None = None) -> Project:
    """A full copy with new ids (the copy is a new project, not a sync replica)."""
    from evaltool.models import SYNCED_MODELS

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
            # rows with a natural key keep it under the copy's id (a later edit finds them)
            id_map[row.id] = (natural_id("budget_line", dup.id, getattr(row, "sub_project", ""),
                                         str(getattr(row, "year", None)))
                              if table == "budget_lines" else new_id())
        for row in items:
            values = {c.key: copy.deepcopy(getattr(row, c.key)) for c in inspect(row).mapper.column_attrs
                      if c.key not in ("id", "created_at", "updated_at", "updated_by", "updated_device")}
            for col in ref_cols:
                if col in values and values[col] is not None:
                    values[col] = id_map.get(values[col], values[col])
            for col in ("indicator_ids", "evidence_ids"):  # lists of references (report problems)
                if isinstance(values.get(col), list):
                    values[col] = [id_map.get(x, x) for x in values[col]]
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


def remove_member(session: Session, project_id: str, evaluator_id: str) -> bool:
    """Take an evaluator off the team (the membership is tombstoned; their scores stay)."""
    rows = list(session.scalars(select(ProjectMember).where(
        ProjectMember.project_id == project_id, ProjectMember.evaluator_id == evaluator_id,
        ProjectMember.deleted.is_(False))))
    for m in rows:
        m.deleted = True
    session.flush()
    return bool(rows)


# -- project facts, as people type them (``evaltool project P --set FIELD=VALUE``) -------------

TEXT_FACTS = ("name", "budget_unit", "competent_department", "commissioning_body", "evaluation_agency",
              "evaluation_type", "project_period")
DATE_FACTS = ("reference_date", "report_date", "evaluation_start", "evaluation_end")
MONEY_FACTS = ("budget_approved", "budget_adjusted", "actual_spending")
OTHER_FACTS = ("grade_bands", "team", "phases", "consolidation", "adjustment_definition")
FACTS = (*TEXT_FACTS, *DATE_FACTS, *MONEY_FACTS, *OTHER_FACTS)
# Names people type for each fact (Chinese as in the report, English as in the UI), casefolded.
FACT_NAMES: dict[str, tuple[str, ...]] = {
    "name": ("项目名称", "项目", "project"),
    "budget_unit": ("预算单位", "项目单位", "unit"),
    "competent_department": ("主管部门", "department"),
    "commissioning_body": ("委托方", "委托单位", "commissioned_by", "commissioner"),
    "evaluation_agency": ("评价机构", "第三方机构", "agency"),
    "evaluation_type": ("评价类型", "type"),
    "project_period": ("项目实施期", "实施期", "项目周期", "period"),
    "reference_date": ("评价基准日", "基准日"),
    "report_date": ("报告日期",),
    "evaluation_start": ("评价开始", "评价开始日期", "start"),
    "evaluation_end": ("评价结束", "评价结束日期", "end"),
    "budget_approved": ("批复预算", "approved"),
    "budget_adjusted": ("调整后预算", "adjusted"),
    "actual_spending": ("实际支出", "actual"),
    "grade_bands": ("等级", "评价等级", "等级划分", "grades", "bands"),
    "team": ("评价组", "团队", "成员", "members"),
    "phases": ("评价过程", "阶段", "评价阶段"),
    "consolidation": ("合议方式", "汇总方式"),
    "adjustment_definition": ("调整率定义", "预算调整率定义", "adjustment"),
}
GRADE_NAMES_EN = {"优": "Excellent", "良": "Good", "中": "Fair", "差": "Poor", "优秀": "Excellent",
                  "良好": "Good", "合格": "Pass", "不合格": "Fail", "较好": "Fairly good", "一般": "Average",
                  "较差": "Poor"}
ROLE_NAMES = {"lead": "lead", "组长": "lead", "member": "member", "成员": "member", "组员": "member",
              "expert": "expert", "专家": "expert"}


def fact_key(name: str) -> str | None:
    """The fact a typed field name means ("委托方" → "commissioning_body"), or None."""
    key = (name or "").strip().casefold().replace("-", "_")
    if key in FACTS:
        return key
    for fact, names in FACT_NAMES.items():
        if key in (n.casefold() for n in names):
            return fact
    return None


_DATE_RE = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")


def parse_fact_date(text: str, field: str) -> str | None:
    """"2022-12-31" / "2022/12/31" / "2022年12月31日" → "2022-12-31"; "" → None."""
    s = (text or "").strip()
    if not s:
        return None
    m = _DATE_RE.match(s)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            pass
    raise ValidationError(translate("Errors", "“{field}” must be a date such as 2022-12-31, not “{value}”.").format(
        field=field, value=text))


def parse_grade_bands(text: str) -> list[dict[str, Any]]:
    """"优:90,良:80,中:60,差:0" (also 优/Excellent:90, ；、 separators) → bands, highest first.

    Refused: fewer than two bands, a repeated name or minimum, no band starting at 0.
    """
    bands: list[dict[str, Any]] = []
    for part in re.split(r"[,，;；、\n]+", text or ""):
        part = part.strip()
        if not part:
            continue
        m = re.match(r"^(.+?)\s*[:：=]\s*([-+]?\d+(?:\.\d+)?)\s*分?\s*$", part)
        if not m:
            raise ValidationError(translate("Errors", "Cannot read the grade band “{band}”: write name:minimum, "
                                                      "e.g. 优:90,良:80,中:60,差:0.").format(band=part))
        name, _sep, name_en = m.group(1).partition("/")
        bands.append({"name": name.strip(), "name_en": name_en.strip() or GRADE_NAMES_EN.get(name.strip(), ""),
                      "min": float(m.group(2))})
    if len(bands) < 2:
        raise ValidationError(translate("Errors", "Give at least two grade bands, e.g. 优:90,良:80,中:60,差:0."))
    if len({b["name"] for b in bands}) != len(bands) or len({b["min"] for b in bands}) != len(bands):
        raise ValidationError(translate("Errors", "Each grade band needs its own name and its own minimum."))
    bands.sort(key=lambda b: -b["min"])
    if bands[-1]["min"] > 0:
        raise ValidationError(translate("Errors", "The lowest grade band must start at 0 (every total needs a grade)."))
    for b in bands:
        b["min"] = int(b["min"]) if float(b["min"]).is_integer() else b["min"]
    return bands


def parse_phases(text: str) -> list[dict[str, Any]]:
    """"前期准备:2023-05-04..2023-05-12; 现场评价:2023-05-15..2023-05-26" → phases in order."""
    phases: list[dict[str, Any]] = []
    for part in re.split(r"[;；\n]+", text or ""):
        part = part.strip()
        if not part:
            continue
        name, sep, span = part.partition(":") if ":" in part else part.partition("：")
        if not sep or not name.strip():
            raise ValidationError(translate("Errors", "Cannot read the phase “{phase}”: write name:start..end, "
                                                      "e.g. 前期准备:2023-05-04..2023-05-12.").format(phase=part))
        pieces = re.split(r"\s*(?:\.\.|—|–|至|~|～)\s*", span.strip(), maxsplit=1)
        start_s, end_s = pieces[0], (pieces[1] if len(pieces) > 1 else "")
        start = parse_fact_date(start_s, name.strip())
        end = parse_fact_date(end_s, name.strip()) if end_s else start
        if start and end and end < start:
            raise ValidationError(translate("Errors", "The phase “{phase}” ends before it starts.").format(phase=name.strip()))
        phases.append({"name": name.strip(), "start": start, "end": end, "text": ""})
    return phases


def parse_team(text: str) -> list[tuple[str, str]]:
    """"张明:lead,李华,王芳:专家" → [(name, role)] (role member when not given)."""
    out: list[tuple[str, str]] = []
    for part in re.split(r"[,，;；、\n]+", text or ""):
        part = part.strip()
        if not part:
            continue
        name, sep, role = part.rpartition(":") if ":" in part else part.rpartition("：")
        if not sep:
            name, role = part, "member"
        role_key = ROLE_NAMES.get(role.strip().casefold())
        if role_key is None:
            raise ValidationError(translate("Errors", "Unknown role “{role}”; use lead, member or expert.").format(role=role))
        if not name.strip():
            raise ValidationError(translate("Errors", "An evaluator needs a name."))
        out.append((name.strip(), role_key))
    return out


def parse_facts(raw: dict[str, str]) -> tuple[dict[str, Any], list[tuple[str, str]] | None]:
    """Typed facts ``{field name: text}`` read into ``({fact: value}, team or None)``.

    Field names may be English (``commissioning_body``) or Chinese (``委托方``); values are
    read as the field needs (dates, amounts in 万元, grade bands, phases, the team).
    ValidationError names the field of a value that cannot be read. Writes nothing.
    """
    from evaltool.money import ADJUSTMENT_DEFINITIONS, parse_amount  # (its models: not on a summary's path)

    values: dict[str, Any] = {}
    team: list[tuple[str, str]] | None = None
    for name, text in raw.items():
        key = fact_key(name)
        if key is None:
            raise ValidationError(translate("Errors", "Unknown project fact “{field}”; use one of: {names}.").format(
                field=name, names=", ".join(FACTS)))
        text = (text or "").strip()
        if key in TEXT_FACTS:
            if key == "name" and not text:
                raise ValidationError(translate("Errors", "A project needs a name."))
            values[key] = text
        elif key in DATE_FACTS:
            values[key] = parse_fact_date(text, name)
        elif key in MONEY_FACTS:
            values[key] = parse_amount(text)
        elif key == "grade_bands":
            values[key] = parse_grade_bands(text)
        elif key == "phases":
            values[key] = parse_phases(text)
        elif key in ("consolidation", "adjustment_definition"):
            allowed = CONSOLIDATIONS if key == "consolidation" else ADJUSTMENT_DEFINITIONS
            if text not in allowed:
                raise ValidationError(translate("Errors", "“{field}” must be one of: {names}.").format(
                    field=name, names=", ".join(allowed)))
            values[key] = text
        elif key == "team":
            team = parse_team(text)
    return values, team


def set_facts(session: Session, project_id: str, raw: dict[str, str]) -> dict[str, Any]:
    """Set project facts from typed text ``{field name: value}`` (see ``parse_facts``).

    Every value is read first: nothing changes when any is wrong (ValidationError naming
    the field). The team given replaces the team (members not named are taken off it;
    their scores stay). Returns ``{fact: previous value}``.
    """
    p = find_project(session, project_id)
    values, team = parse_facts(raw)
    start = values.get("evaluation_start", p.evaluation_start)
    end = values.get("evaluation_end", p.evaluation_end)
    if start and end and end < start:
        raise ValidationError(translate("Errors", "The evaluation ends ({end}) before it starts ({start}).").format(
            start=start, end=end))
    before = update_fields(session, p, values, allowed=PROJECT_FIELDS, required=("name",),
                           required_message=translate("Errors", "A project needs a name."))
    if team is not None:
        # Through the roster (evaltool.team): a lead remains, and only a lead changes roles.
        from evaltool import team as roster  # team imports this module: imported when used

        before["team"] = [(e.name, r) for e, r in project_team(session, p.id)]
        keep: set[str] = set()
        for name, role in team:  # roles first, so a new lead is named before an old one leaves
            ev = find_or_create_evaluator(session, name, role)
            roster.set_role(session, p.id, ev.id, role)
            keep.add(ev.id)
        for ev, _role in project_team(session, p.id):
            if ev.id not in keep:
                roster.remove_member(session, p.id, ev.id)
    return before


def project_team(session: Session, project_id: str) -> list[tuple[Evaluator, str]]:
    """(evaluator, role on this project) for the live team, leads first."""
    q = (select(Evaluator, ProjectMember.role).join(ProjectMember, ProjectMember.evaluator_id == Evaluator.id)
         .where(ProjectMember.project_id == project_id, ProjectMember.deleted.is_(False)))
    order = {"lead": 0, "member": 1, "expert": 2}
    return sorted(((e, r) for e, r in session.execute(q)), key=lambda x: (order.get(x[1], 3), x[0].name))


def project_facts(session: Session, project_id: str) -> dict[str, Any]:
    """Every fact of the project as plain data (``evaltool project P --json``)."""
    p = find_project(session, project_id)
    out: dict[str, Any] = {"id": p.id}
    for key in (*TEXT_FACTS, *DATE_FACTS, *MONEY_FACTS, "grade_bands", "phases", "consolidation",
                "adjustment_definition"):
        out[key] = copy.deepcopy(getattr(p, key))
    out["team"] = [{"name": e.name, "role": r} for e, r in project_team(session, p.id)]
    return out
