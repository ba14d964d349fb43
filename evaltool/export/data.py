"""Everything an export needs, read once from the database as plain data.

``collect(session, project_id, lang)`` is the only function of the export package
that touches the database; the writers work on the returned ``ReportData`` after
the session is closed (so a long Word export never holds a read transaction).

Contracts with the rest of the core are typed and direct: survey figures are the
``evaltool.tally.SurveyTally`` dataclasses themselves (no JSON round trip, no guessing
of key names), evidence rows are checked into ``EvidenceRow`` by name. A failure in
any of them is a bug and propagates: the export fails instead of quietly printing an
empty table in a government report. Data that may legitimately be absent (no survey,
no evidence registered, leaves not scored, sections not written, no targets) is listed
in ``ReportData.omissions``, which the export summary shows the user.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from evaltool.charts import satisfaction_by_group_png
from evaltool.contracts import Statement, list_contracts, payment_statement
from evaltool.errors import Cancelled, NotFoundError
from evaltool.evidence import register_rows
from evaltool.export.figures import NodeScore, node_scores
from evaltool.export.report_text import stale_totals
from evaltool.flags import RuleLine, rule_lines
from evaltool.framework import Node, iter_leaves, load_tree
from evaltool.i18n import translate
from evaltool.models import Evaluator, EvidenceItem, EvidenceLink, Project, ProjectFlag
from evaltool.money import MoneyOverview, money_overview
from evaltool.problems import Problem, draft_problems, list_problems
from evaltool.projects import project_evaluators, project_team
from evaltool.report_sections import REPORT_ORDER, SECTION_TITLES, get_sections
from evaltool.scoring import Summary, fmt_score, leaf_scores, project_summary
from evaltool.survey import list_surveys
from evaltool.tally import GroupTally, Stats, SurveyTally, tally_survey
from evaltool.targets import TargetRow, list_targets


@dataclass
class EvaluatorSheet:
    id: str
    name: str
    role: str
    scores: dict[str, float | None]  # leaf id → value
    comments: dict[str, str]


@dataclass
class SurveyBlock:
    """One survey's part of the report: its tally exactly as ``evaltool.tally`` computed it.

    Rates are fractions (0.8986); the overall row is pooled over every questionnaire
    (Σ satisfied / Σ n), never an average of the group rates.
    """

    name: str
    tally: SurveyTally
    chart_png: bytes | None = None  # bars per group (PNG), None when charts were not asked for

    @property
    def groups(self) -> list[GroupTally]:
        return self.tally.groups

    @property
    def overall(self) -> Stats:
        return self.tally.overall


@dataclass(frozen=True)
class EvidenceRow:
    """One line of the evidence register (附件3), as ``evidence.register_rows`` gives it."""

    no: int
    title: str
    kind: str  # translated label
    source: str  # translated label
    date: str  # ISO date or ""
    page_ref: str
    filename: str
    indicators: list[str]  # leaf paths
    notes: str
    added_by: str  # evaluator name
    status: str  # "ok" / "missing" / "altered", "" when not checked

    @classmethod
    def from_register(cls, row: dict[str, Any]) -> EvidenceRow:
        # by name, without defaults: a key renamed in evaltool.evidence fails here (and in
        # the tests) instead of leaving a column of the register blank
        return cls(**{f.name: row[f.name] for f in fields(cls)})


@dataclass
class ReportData:
    """What the writers read. ``nodes`` has the figures of every node (negative ones too);
    ``problems`` are the stored problems, else drafts from the deductions
    (``problems_source`` "stored" / "drafted"); ``money`` the budget lines and their rates;
    ``team`` (name, role) of the evaluation team; ``leaf_evidence`` the evidence titles
    linked to each leaf; ``evidence_kinds`` how many evidence items of each kind;
    ``charts`` PNGs of the score rates ("level1", "level2"), when charts were asked for.
    """

    project: dict[str, Any]
    summary: Summary
    roots: list[Node]
    sections: dict[str, str]
    evaluators: list[EvaluatorSheet]
    targets: list[TargetRow]
    surveys: list[SurveyBlock] | None  # None: not collected (``collect(extras=False)``)
    evidence: list[EvidenceRow] | None  # None: not collected (``collect(extras=False)``)
    flags: list[dict[str, str]]
    lang: str
    omissions: list[str] = field(default_factory=list)
    xlsx_name: str | None = None  # the score sheet exported alongside (named in appendix 1)
    contracts: list[Statement] = field(default_factory=list)  # payment statements of monthly contracts (issue 23)
    nodes: dict[str, NodeScore] = field(default_factory=dict)
    money: MoneyOverview | None = None
    problems: list[Problem] = field(default_factory=list)
    problems_source: str = "stored"
    team: list[tuple[str, str]] = field(default_factory=list)
    leaf_evidence: dict[str, list[str]] = field(default_factory=dict)
    evidence_kinds: dict[str, int] = field(default_factory=dict)
    charts: dict[str, bytes] = field(default_factory=dict)
    rules: dict[str, RuleLine] = field(default_factory=dict)  # leaf id → rule applied, measured value, departure (issue 19)

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
                "actual_spending", "grade_bands", "settings", "evaluation_start", "evaluation_end",
                "project_period", "phases", "adjustment_definition")


def _tr(text: str) -> str:
    """Omission messages are for the user: in the UI language, not the report's."""
    return translate("Export", text)


def collect(session: Session, project_id: str, lang: str = "zh_CN", *, with_charts: bool = True,
            extras: bool = True, summary: Summary | None = None, roots: list[Node] | None = None,
            cancelled: Callable[[], bool] | None = None) -> ReportData:
    """Read the project for an export; ``lang`` is the report's language ("zh_CN" / "en").

    ``extras=False`` skips survey tallies, the evidence register, the evaluators' sheets,
    the contracts' statements and the scoring rules applied (``rules``: the score sheet and
    the Word report print them; the page's quick preview shows none of them);
    ``with_charts=False`` skips drawing the satisfaction charts (only the Word report shows
    them). ``summary`` and ``roots``: the project's ``project_summary`` and ``load_tree`` when
    the caller has them for the current data (read otherwise). ``cancelled``: checked between
    the parts read; ``Cancelled`` is raised when it answers True (the preview's job is
    replaced when the data changes). Raises NotFoundError for an unknown project; anything
    else that fails is a bug and propagates.
    """
    def check() -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()

    p = session.get(Project, project_id)
    if p is None or p.deleted:
        raise NotFoundError(translate("Errors", "No project with id or name “{name}”. Run “evaltool projects” to list them.")
                            .format(name=project_id))
    project = {k: getattr(p, k) for k in PROJECT_KEYS}
    summary = summary if summary is not None else project_summary(session, project_id)
    check()
    roots = roots if roots is not None else load_tree(session, project_id)
    sections = get_sections(session, project_id)

    data = ReportData(project, summary, roots, sections, _evaluator_sheets(session, project_id) if extras else [],
                      list_targets(session, project_id, None), None, None, _flags(session, project_id), lang)
    check()
    data.nodes = node_scores(roots, summary.leaves)
    data.money = money_overview(session, project_id)
    data.team = [(e.name, role) for e, role in project_team(session, project_id)]
    check()
    # the summary's leaves are leaf_results of the same data: not read again
    data.problems = list_problems(session, project_id, leaves=summary.leaves)
    if not data.problems and not sections.get("problems", "").strip():
        check()
        data.problems = draft_problems(session, project_id, lang, roots=roots, leaves=summary.leaves)
        data.problems_source = "drafted"
    check()
    data.leaf_evidence, data.evidence_kinds = _leaf_evidence(session, project_id)
    if extras:
        check()
        data.rules = rule_lines(session, project_id, lang)
        data.contracts = [payment_statement(session, c.id) for c in list_contracts(session, project_id)]
        data.surveys = _surveys(session, project_id, lang, data.omissions, with_charts)
        data.evidence = _evidence(session, project_id, data.omissions)
    if with_charts:
        from evaltool.export.score_charts import score_rate_charts

        data.charts = score_rate_charts(data)
    _check_omissions(data)
    return data


def _evaluator_sheets(session: Session, project_id: str) -> list[EvaluatorSheet]:
    """One sheet per evaluator who is on the team or has scored (leads first, then by name)."""
    by_leaf = leaf_scores(session, project_id)
    members = project_evaluators(session, project_id)
    ev_ids = [e.id for e in members]
    names = {e.id: (e.name, e.role) for e in members}
    for leaf_map in by_leaf.values():
        for ev_id in leaf_map:
            if ev_id not in names:  # scores imported from someone no longer on the team
                ev = session.get(Evaluator, ev_id)
                names[ev_id] = (ev.name if ev else ev_id[:8], ev.role if ev else "imported")
                ev_ids.append(ev_id)
    sheets = []
    for ev_id in ev_ids:
        scores: dict[str, float | None] = {}
        comments: dict[str, str] = {}
        for leaf_id, leaf_map in by_leaf.items():
            sc = leaf_map.get(ev_id)
            if sc is not None:
                scores[leaf_id] = sc.value
                comments[leaf_id] = sc.comment or ""
        name, role = names[ev_id]
        sheets.append(EvaluatorSheet(ev_id, name, role, scores, comments))
    # leads first, then by name: the order a team lists itself
    order = {"lead": 0, "member": 1, "expert": 2}
    sheets.sort(key=lambda e: (order.get(e.role, 3), e.name))
    return sheets


def _leaf_evidence(session: Session, project_id: str) -> tuple[dict[str, list[str]], dict[str, int]]:
    """{leaf id: evidence titles linked to it} and {evidence kind: live items}."""
    q = (select(EvidenceLink.indicator_id, EvidenceItem.title, EvidenceItem.filename)
         .join(EvidenceItem, EvidenceItem.id == EvidenceLink.evidence_id)
         .where(EvidenceLink.project_id == project_id, EvidenceLink.deleted.is_(False),
                EvidenceItem.deleted.is_(False)).order_by(EvidenceItem.title))
    by_leaf: dict[str, list[str]] = {}
    for leaf_id, title, filename in session.execute(q):
        name = title or filename
        if name and name not in by_leaf.setdefault(leaf_id, []):
            by_leaf[leaf_id].append(name)
    kinds: dict[str, int] = {}
    for kind in session.scalars(select(EvidenceItem.kind).where(EvidenceItem.project_id == project_id,
                                                                EvidenceItem.deleted.is_(False))):
        kinds[kind or "document"] = kinds.get(kind or "document", 0) + 1
    return by_leaf, kinds


def _flags(session: Session, project_id: str) -> list[dict[str, str]]:
    return [{"kind": f.kind, "reason": f.reason or ""} for f in session.scalars(select(ProjectFlag).where(
        ProjectFlag.project_id == project_id, ProjectFlag.deleted.is_(False), ProjectFlag.active.is_(True)))]


def _surveys(session: Session, project_id: str, lang: str, omissions: list[str],
             with_charts: bool) -> list[SurveyBlock]:
    blocks: list[SurveyBlock] = []
    surveys = list_surveys(session, project_id)
    if not surveys:
        omissions.append(_tr("No satisfaction survey in this project; the satisfaction tables are left out."))
    for sv in surveys:
        tally = tally_survey(session, sv.id)
        name = sv.name or tally.name
        if not tally.groups:
            omissions.append(_tr("Survey “{name}” has no respondent groups; its satisfaction table is left out.").format(
                name=name))
        png = satisfaction_by_group_png(tally, lang) if with_charts and tally.groups else None
        blocks.append(SurveyBlock(name, tally, png))
    return blocks


def _evidence(session: Session, project_id: str, omissions: list[str]) -> list[EvidenceRow]:
    rows = [EvidenceRow.from_register(r) for r in register_rows(session, project_id)]
    if not rows:
        omissions.append(_tr("No evidence registered in this project; the evidence register is empty."))
    return rows


def _check_omissions(data: ReportData) -> None:
    unscored = [lr.path for lr in data.summary.leaves.values() if lr.score is None]
    if unscored:
        shown = "；".join(unscored[:10]) + ("…" if len(unscored) > 10 else "")
        data.omissions.append(_tr("{n} leaves are not scored yet; their score cells are left empty "
                                  "and count as 0 in the totals: {paths}").format(n=len(unscored), paths=shown))
    from evaltool.export.drafts import DRAFTED, draft_section  # drafts reads ReportData: imported here, not at the top

    empty = [k for k in REPORT_ORDER if not data.sections.get(k, "").strip()]
    if data.problems_source == "stored" and data.problems:
        empty = [k for k in empty if k not in ("problems", "suggestions")]  # the structured problems stand in
    drafted = [k for k in empty if k in DRAFTED and draft_section(data, k).strip()]
    missing = [k for k in empty if k not in drafted and k not in ("conclusion", "implementation")
               and not (k in ("problems", "suggestions") and data.problems)]
    if drafted:
        data.omissions.append(_tr("Sections not written yet, drafted from the project's data (review them on the "
                                  "Report page): {names}").format(
            names=", ".join(translate("ReportSections", SECTION_TITLES[k]) for k in drafted)))
    if missing:
        data.omissions.append(_tr("Narrative sections not written yet (left out of the report): {names}").format(
            names=", ".join(translate("ReportSections", SECTION_TITLES[k]) for k in missing)))
    if data.problems_source == "drafted" and data.problems:
        data.omissions.append(_tr("No problems recorded: {n} problems, their causes and suggestions were drafted from "
                                  "the deductions; review them on the Report page.").format(n=len(data.problems)))
    if data.problems_source == "stored" and data.problems and any(
            data.sections.get(k, "").strip() for k in ("problems", "suggestions")):
        data.omissions.append(_tr("The recorded problems and suggestions replace the text of the “Problems found” and "
                                  "“Suggestions” sections, which is not printed."))
    if data.money is not None:
        data.omissions.extend(data.money.warnings)
    if not (data.project.get("grade_bands") or []):
        data.omissions.append(_tr("The project has no grade bands; the report shows no grade."))
    for key in ("conclusion",):
        text = data.sections.get(key, "")
        for val in stale_totals(text, data.summary.total):
            data.omissions.append(_tr("The narrative section “{key}” mentions a total of {old} points, "
                                      "but the scores now add up to {total}; please update the text.").format(
                key=key, old=val, total=fmt_score(data.summary.total)))
    for k in ("commissioning_body", "evaluation_agency"):
        if not (data.project.get(k) or "").strip():
            data.omissions.append(_tr("The project's {field} is empty; the cover page shows a blank.").format(
                field={"commissioning_body": _tr("commissioning body"), "evaluation_agency": _tr("evaluation agency")}[k]))
    if not data.targets:
        data.omissions.append(_tr("No performance targets recorded; the target tables are left out."))
