"""Everything an export needs, read once from the database as plain data.

``collect(session, project_id, lang)`` is the only function of the export package
that touches the database; the writers work on the returned ``ReportData`` after
the session is closed (so a long Word export never holds a read transaction).
Sections that depend on modules other engineers build (evidence register, survey
tallies, charts) are read through lazy imports; when a module is missing or fails
the section is left out and an omission message says so.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from evaltool.errors import NotFoundError
from evaltool.framework import Node, iter_leaves, load_tree
from evaltool.i18n import translate
from evaltool.models import Project, ProjectFlag, Target
from evaltool.projects import project_evaluators
from evaltool.report_sections import get_sections
from evaltool.scoring import Summary, leaf_scores, project_summary

log = logging.getLogger(__name__)


@dataclass
class EvaluatorSheet:
    id: str
    name: str
    role: str
    scores: dict[str, float | None]  # leaf id → value
    comments: dict[str, str]


@dataclass
class TargetRow:
    table_kind: str
    level1: str
    level2: str
    name: str
    target_text: str
    actual_text: str
    status: str
    note: str


@dataclass
class SurveyBlock:
    name: str
    tally: dict[str, Any]
    groups: list[dict[str, Any]]  # normalised: name, n, satisfied, rate
    overall: dict[str, Any] | None
    chart_png: bytes | None = None


@dataclass
class ReportData:
    project: dict[str, Any]
    summary: Summary
    roots: list[Node]
    sections: dict[str, str]
    evaluators: list[EvaluatorSheet]
    targets: list[TargetRow]
    surveys: list[SurveyBlock] | None  # None: the survey modules are not available
    evidence: list[dict[str, Any]] | None  # None: the evidence module is not available
    flags: list[dict[str, str]]
    lang: str
    omissions: list[str] = field(default_factory=list)
    xlsx_name: str | None = None  # the score sheet exported alongside (named in appendix 1)

    @property
    def leaves(self) -> list[Node]:
        return list(iter_leaves(self.roots))

    @property
    def positive_roots(self) -> list[Node]:
        return [n for n in self.roots if not n.is_negative]

    @property
    def negative_roots(self) -> list[Node]:
        return [n for n in self.roots if n.is_negative]


PROJECT_KEYS = ("id", "name", "budget_unit", "competent_department", "commissioning_body", "evaluation_agency",
                "evaluation_type", "reference_date", "report_date", "budget_approved", "budget_adjusted",
                "actual_spending", "grade_bands", "settings")


def _tr(text: str, lang: str) -> str:
    """Omission messages are for the user: in the UI language, not the report's."""
    return translate("Export", text)


def collect(session: Session, project_id: str, lang: str = "zh_CN", *, with_charts: bool = True,
            extras: bool = True) -> ReportData:
    """``extras=False`` skips survey tallies and the evidence register (the page's quick preview)."""
    p = session.get(Project, project_id)
    if p is None or p.deleted:
        raise NotFoundError(translate("Errors", "No project with id or name “{name}”. Run “evaltool projects” to list them.").format(name=project_id))
    project = {k: getattr(p, k) for k in PROJECT_KEYS}
    summary = project_summary(session, project_id)
    roots = load_tree(session, project_id)
    sections = get_sections(session, project_id)

    by_leaf = leaf_scores(session, project_id)
    members = project_evaluators(session, project_id)
    ev_ids = [e.id for e in members]
    names = {e.id: (e.name, e.role) for e in members}
    for leaf_map in by_leaf.values():
        for ev_id, sc in leaf_map.items():
            if ev_id not in names:
                from evaltool.models import Evaluator

                ev = session.get(Evaluator, ev_id)
                names[ev_id] = (ev.name if ev else ev_id[:8], ev.role if ev else "imported")
                ev_ids.append(ev_id)
    evaluators = []
    for ev_id in ev_ids:
        scores: dict[str, float | None] = {}
        comments: dict[str, str] = {}
        for leaf_id, leaf_map in by_leaf.items():
            sc = leaf_map.get(ev_id)
            if sc is not None:
                scores[leaf_id] = sc.value
                comments[leaf_id] = sc.comment or ""
        name, role = names[ev_id]
        evaluators.append(EvaluatorSheet(ev_id, name, role, scores, comments))
    # leads first, then by name: the order a team lists itself
    order = {"lead": 0, "member": 1, "expert": 2}
    evaluators.sort(key=lambda e: (order.get(e.role, 3), e.name))

    targets = [TargetRow(t.table_kind, t.level1 or "", t.level2 or "", t.name or "", t.target_text or "",
                         t.actual_text or "", t.status or "unknown", t.note or "")
               for t in session.scalars(select(Target).where(Target.project_id == project_id, Target.deleted.is_(False))
                                        .order_by(Target.position, Target.created_at))]

    flags = [{"kind": f.kind, "reason": f.reason or ""} for f in session.scalars(select(ProjectFlag).where(
        ProjectFlag.project_id == project_id, ProjectFlag.deleted.is_(False), ProjectFlag.active.is_(True)))]

    data = ReportData(project, summary, roots, sections, evaluators, targets, None, None, flags, lang)
    if extras:
        data.surveys = _surveys(session, project_id, lang, data.omissions, with_charts)
        data.evidence = _evidence(session, project_id, data.omissions, lang)
    _check_omissions(data)
    return data


def _surveys(session: Session, project_id: str, lang: str, omissions: list[str],
             with_charts: bool) -> list[SurveyBlock] | None:
    try:
        from evaltool.survey import list_surveys  # type: ignore[import-not-found]
        from evaltool.tally import tally_survey  # type: ignore[import-not-found]
    except ImportError:
        omissions.append(_tr("Satisfaction survey tables were left out: the survey tally module is not available in this build.", lang))
        return None
    blocks: list[SurveyBlock] = []
    try:
        surveys = list_surveys(session, project_id)
    except Exception as exc:
        log.exception("list_surveys failed")
        omissions.append(_tr("Satisfaction survey tables were left out: {error}", lang).format(error=exc))
        return None
    for sv in surveys:
        sid = sv.get("id") if isinstance(sv, dict) else getattr(sv, "id", None)
        sname = (sv.get("name") if isinstance(sv, dict) else getattr(sv, "name", "")) or ""
        try:
            tally = tally_survey(session, sid)
            doc = tally.as_json() if hasattr(tally, "as_json") else dict(tally)
        except Exception as exc:
            log.exception("tally_survey failed")
            omissions.append(_tr("Survey “{name}” was left out: {error}", lang).format(name=sname, error=exc))
            continue
        groups, overall = normalise_tally(doc)
        png = None
        if with_charts and groups:
            try:
                from evaltool.charts import satisfaction_by_group_png  # type: ignore[import-not-found]

                png = satisfaction_by_group_png(tally, lang)
            except ImportError:
                omissions.append(_tr("The satisfaction chart was left out: the chart module is not available in this build.", lang))
            except Exception as exc:
                log.exception("chart failed")
                omissions.append(_tr("The satisfaction chart of “{name}” was left out: {error}", lang).format(name=sname, error=exc))
        blocks.append(SurveyBlock(sname or str(doc.get("name", "")), doc, groups, overall, png))
    return blocks


def _num(d: dict[str, Any], *keys: str) -> Any:
    for k in keys:
        if k in d and d[k] is not None:
            return d[k]
    return None


def normalise_tally(doc: dict[str, Any]) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
    """Groups (name, n, satisfied, rate) and the pooled overall row from a tally's JSON.

    Tolerant of the exact key names so a change in the tally module degrades to
    an empty table, never to a failed export.
    """
    groups_raw = doc.get("groups") or doc.get("by_group") or []
    if isinstance(groups_raw, dict):
        groups_raw = [{"name": k, **(v if isinstance(v, dict) else {})} for k, v in groups_raw.items()]
    groups = []
    for g in groups_raw:
        if not isinstance(g, dict):
            continue
        n = _num(g, "n", "valid", "responses", "count", "sample")
        sat = _num(g, "satisfied", "satisfied_n")
        rate = _num(g, "rate", "satisfaction", "satisfaction_rate")
        if rate is None and n and sat is not None:
            rate = sat / n
        groups.append({"name": str(_num(g, "name", "group") or ""), "n": n, "satisfied": sat, "rate": rate})
    ov = doc.get("overall") or doc.get("total") or None
    overall = None
    if isinstance(ov, dict):
        n = _num(ov, "n", "valid", "responses", "count", "sample")
        sat = _num(ov, "satisfied", "satisfied_n")
        rate = _num(ov, "rate", "satisfaction", "satisfaction_rate")
        if rate is None and n and sat is not None:
            rate = sat / n
        overall = {"n": n, "satisfied": sat, "rate": rate}
    return groups, overall


def _evidence(session: Session, project_id: str, omissions: list[str], lang: str) -> list[dict[str, Any]] | None:
    try:
        from evaltool.evidence import register_rows  # type: ignore[import-not-found]
    except ImportError:
        omissions.append(_tr("The evidence register was left out: the evidence module is not available in this build.", lang))
        return None
    try:
        return list(register_rows(session, project_id))
    except Exception as exc:
        log.exception("register_rows failed")
        omissions.append(_tr("The evidence register was left out: {error}", lang).format(error=exc))
        return None


def _check_omissions(data: ReportData) -> None:
    lang = data.lang
    unscored = [lr.path for lr in data.summary.leaves.values() if lr.score is None]
    if unscored:
        shown = "；".join(unscored[:10]) + ("…" if len(unscored) > 10 else "")
        data.omissions.append(_tr("{n} leaves are not scored yet; their score cells are left empty and count as 0 in the totals: {paths}", lang).format(
            n=len(unscored), paths=shown))
    empty = [k for k, v in data.sections.items() if not v.strip()]
    if empty:
        from evaltool.report_sections import SECTION_TITLES

        data.omissions.append(_tr("Narrative sections not written yet (left out of the report): {names}", lang).format(
            names=", ".join(translate("ReportSections", SECTION_TITLES[k]) for k in empty)))
    from evaltool.export.report_text import stale_totals
    from evaltool.scoring import fmt_score

    for key in ("conclusion",):
        text = data.sections.get(key, "")
        for val in stale_totals(text, data.summary.total):
            data.omissions.append(_tr("The narrative section “{key}” mentions a total of {old} points, but the scores now add up to {total}; please update the text.", lang).format(
                key=key, old=val, total=fmt_score(data.summary.total)))
    for k in ("commissioning_body", "evaluation_agency"):
        if not (data.project.get(k) or "").strip():
            data.omissions.append(_tr("The project's {field} is empty; the cover page shows a blank.", lang).format(
                field={"commissioning_body": _tr("commissioning body", lang), "evaluation_agency": _tr("evaluation agency", lang)}[k]))
    if not data.targets:
        data.omissions.append(_tr("No performance targets recorded; the target tables are left out.", lang))
