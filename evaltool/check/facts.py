"""What the project's data says, read once as plain data for the checks.

``collect_facts(session, project_id)`` reads the scores (totals, grade, every level),
the money lines, the survey tallies, the targets, every text the team wrote
(narrative sections, comments, criteria, target notes) and the project's check
settings. The checks then run on ``ProjectFacts`` alone, so the Report page can
re-check a section as it is typed against facts read on the runner.

Figures are ``Decimal`` taken from the stored floats' shortest repr (the figure as
typed), so 81.415 stays 81.415.

Money lines: ``evaltool.money.budget_lines`` (the sub-projects kept in
``Project.settings["money"]["sub_projects"]`` today); ``MoneyLine`` carries what every
check needs, so lines added in other places only have to be turned into ``MoneyLine``
here. Stated figures of an imported sheet are read from
``Project.settings["imported_from"]["stated"]`` (see ``consistency.imported_subtotals``).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, localcontext
from functools import cached_property
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from evaltool.check.numbers import context, from_float
from evaltool.errors import Cancelled, NotFoundError
from evaltool.framework import iter_leaves, load_tree, walk
from evaltool.models import Evaluator, FinalScore, Project, Score
from evaltool.money import BudgetLine, budget_lines
from evaltool.problems import list_problems
from evaltool.report_sections import get_sections
from evaltool.rules import propose
from evaltool.scoring import project_summary
from evaltool.survey import list_surveys
from evaltool.tally import tally_survey
from evaltool.targets import list_targets


def dec(x: float | int | None) -> Decimal | None:
    return None if x is None else from_float(x)


def ratio(a: Decimal | None, b: Decimal | None) -> Decimal | None:
    """a ÷ b exactly (None when either is unknown or b is 0)."""
    if a is None or b is None or b == 0:
        return None
    with localcontext(context()):
        return a / b


@dataclass(frozen=True)
class NodeFact:
    id: str
    path: str
    name: str
    level: int
    weight: Decimal
    score: Decimal | None
    parent_id: str | None
    is_leaf: bool
    is_negative: bool = False

    @property
    def rate(self) -> Decimal | None:
        return ratio(self.score, self.weight)


@dataclass(frozen=True)
class ScoreFact:
    """One evaluator's score of a leaf."""

    evaluator_id: str
    evaluator: str
    value: Decimal | None
    inputs: dict[str, Any] | None
    comment: str
    reason: str
    proposal: Decimal | None = None  # the leaf's rule applied to these inputs (None: no rule or inputs)


@dataclass(frozen=True)
class LeafFact:
    id: str
    path: str
    name: str
    weight: Decimal
    is_negative: bool
    cap: float | None
    criteria: str
    description: str
    rule: dict[str, Any] | None
    final: Decimal | None  # the leaf's final score (decision or consolidation)
    final_method: str  # "set" (the lead decided) or the consolidation
    final_reason: str
    final_comment: str
    decided_by: str | None
    scores: tuple[ScoreFact, ...] = ()


@dataclass(frozen=True)
class MoneyLine:
    """One budget line in 万元 (a sub-project, the combined line, or the project's own figures)."""

    name: str
    approved: Decimal | None
    adjusted: Decimal | None
    actual: Decimal | None
    received: Decimal | None = None

    @property
    def short_name(self) -> str:
        """"运维服务项目（东莞市…运维服务项目）" → "运维服务项目"."""
        return self.name.replace("(", "（").split("（", 1)[0].strip() or self.name

    @property
    def key(self) -> str:
        """The short name prose uses: "运维服务项目（东莞市…）" → "运维服务"."""
        head = self.short_name
        return head[:-2] if head.endswith("项目") and len(head) > 3 else head

    @property
    def adjustment(self) -> Decimal | None:
        if self.approved is None or self.adjusted is None:
            return None
        return abs(self.approved - self.adjusted)

    def value(self, kind: str) -> Decimal | None:
        """approved / adjusted / actual / received / adjustment, or a rate: execution / adjustment_rate / arrival."""
        if kind == "execution":
            return ratio(self.actual, self.adjusted)
        if kind == "adjustment_rate":
            return ratio(self.adjustment, self.approved)
        if kind == "arrival":
            return ratio(self.received, self.approved)
        v: Decimal | None = getattr(self, kind)
        return v

    @classmethod
    def of(cls, line: BudgetLine) -> MoneyLine:
        return cls(line.name, dec(line.approved), dec(line.adjusted), dec(line.actual), dec(line.received))


@dataclass(frozen=True)
class GroupFact:
    """A respondent group's (or, with ``overall``, every questionnaire's) main satisfaction."""

    name: str
    n: int
    satisfied: int
    overall: bool = False
    items: tuple[tuple[str, Decimal], ...] = ()  # (question text, rate) for the group's other questions

    @property
    def rate(self) -> Decimal | None:
        return ratio(Decimal(self.satisfied), Decimal(self.n)) if self.n else None


@dataclass(frozen=True)
class TargetFact:
    id: str
    table_kind: str
    sub_project: str
    level1: str
    level2: str
    name: str
    status: str
    note: str


@dataclass
class ProblemFact:
    """One problem of the report (问题, 原因, 建议): its texts are checked like narrative."""

    id: str
    title: str
    texts: dict[str, str]  # field (text, cause, suggestion, …) → its text


@dataclass
class ProjectFacts:
    project_id: str
    name: str
    total: Decimal
    total_weight: Decimal
    grade: str
    grade_en: str
    grade_names: tuple[str, ...]  # every band's name, both languages
    nodes: list[NodeFact]
    leaves: list[LeafFact]
    lines: list[MoneyLine]  # sub-projects (empty when the project has none)
    combined: MoneyLine  # sum of the lines, else the project's own figures
    own: MoneyLine  # the project's own fields (批复预算, 调整后预算, 实际支出)
    groups: list[GroupFact]
    targets: list[TargetFact]
    sections: dict[str, str]
    settings: dict[str, Any] = field(default_factory=dict)
    scored: bool = True
    problems: list[ProblemFact] = field(default_factory=list)  # False when no leaf has a score yet (totals mean nothing)

    def node(self, node_id: str | None) -> NodeFact | None:
        return next((n for n in self.nodes if n.id == node_id), None)

    def leaf(self, leaf_id: str) -> LeafFact | None:
        return next((x for x in self.leaves if x.id == leaf_id), None)

    @property
    def dismissed(self) -> dict[str, dict[str, Any]]:
        d = (self.settings.get("check") or {}).get("dismissed") or {}
        return d if isinstance(d, dict) else {}

    # Derived once per check (the facts are not changed after collect_facts): the checks ask
    # for them for every text, and a large framework has a thousand nodes.
    @cached_property
    def level_counts(self) -> dict[int, int]:
        out: dict[int, int] = {}
        for n in self.nodes:
            if not n.is_negative:
                key = 3 if n.is_leaf and n.level >= 3 else n.level
                out[key] = out.get(key, 0) + 1
        return out

    @cached_property
    def node_names(self) -> list[str]:
        """Every node's name, longest first (so "政务服务对象满意度" wins over "满意度")."""
        return sorted({n.name for n in self.nodes}, key=len, reverse=True)

    @cached_property
    def nodes_by_name(self) -> dict[str, list[NodeFact]]:
        out: dict[str, list[NodeFact]] = {}
        for n in self.nodes:
            out.setdefault(n.name, []).append(n)
        return out

    @cached_property
    def children_count(self) -> dict[str | None, int]:
        out: dict[str | None, int] = {}
        for n in self.nodes:
            out[n.parent_id] = out.get(n.parent_id, 0) + 1
        return out


def _groups(session: Session, project_id: str, cancelled: Callable[[], bool] | None) -> list[GroupFact]:
    out: list[GroupFact] = []
    for sv in list_surveys(session, project_id):
        if cancelled is not None and cancelled():
            raise Cancelled()
        t = tally_survey(session, sv.id)
        items: dict[str, list[tuple[str, Decimal]]] = {}
        for q in t.questions:
            if q.key == t.main_question:
                continue
            for cell in q.by_group:
                n, sat = int(cell.get("n") or 0), int(cell.get("satisfied") or 0)
                if n and cell.get("rate") is not None:
                    r = ratio(Decimal(sat), Decimal(n))
                    assert r is not None  # n > 0
                    items.setdefault(cell["name"], []).append((q.text, r))
        for g in t.groups:
            out.append(GroupFact(g.name, g.n, g.satisfied, False, tuple(items.get(g.name, []))))
        if t.groups:
            out.append(GroupFact(t.name, t.overall.n, t.overall.satisfied, True))
    return out


def collect_facts(session: Session, project_id: str, cancelled: Callable[[], bool] | None = None) -> ProjectFacts:
    """Read everything the checks compare (read-only). Raises NotFoundError, Cancelled."""
    p = session.get(Project, project_id)
    if p is None or p.deleted:
        raise NotFoundError(project_id)
    summary = project_summary(session, project_id, with_flags=False)
    roots = load_tree(session, project_id)
    nodes: list[NodeFact] = []
    leaves_raw = []
    for n in walk(roots):
        lr = summary.leaves.get(n.id)
        if n.is_leaf:
            score = dec(lr.score) if lr is not None else None
            leaves_raw.append(n)
        else:
            with localcontext(context()):
                results = [summary.leaves.get(leaf.id) for leaf in iter_leaves([n])]
                vals = [from_float(r.score) for r in results if r is not None and r.score is not None]
                score = sum(vals, Decimal(0)) if vals else None
        nodes.append(NodeFact(n.id, n.path, n.name, n.level, from_float(n.weight), score, n.parent_id, n.is_leaf,
                              n.is_negative))
    names = {e.id: e.name for e in session.scalars(select(Evaluator))}
    by_id = {n.id: n for n in leaves_raw}
    by_leaf: dict[str, list[ScoreFact]] = {}
    for sc in session.scalars(select(Score).where(Score.project_id == project_id, Score.deleted.is_(False))):
        leaf = by_id.get(sc.indicator_id)
        proposal = None
        if leaf is not None and leaf.rule and sc.inputs:
            # with the session: a satisfaction rule linked to a survey reads the live rate
            prop = propose(leaf.rule, sc.inputs, leaf.weight, is_negative=leaf.is_negative, cap=leaf.cap,
                           session=session)
            proposal = dec(prop.score)
        by_leaf.setdefault(sc.indicator_id, []).append(ScoreFact(
            sc.evaluator_id, names.get(sc.evaluator_id, "?"), dec(sc.value), sc.inputs, sc.comment or "",
            sc.reason or "", proposal))
    finals = {f.indicator_id: f for f in session.scalars(select(FinalScore).where(
        FinalScore.project_id == project_id, FinalScore.deleted.is_(False)))}
    leaves: list[LeafFact] = []
    for n in leaves_raw:
        lr = summary.leaves.get(n.id)
        fin = finals.get(n.id)
        leaves.append(LeafFact(
            n.id, n.path, n.name, from_float(n.weight), n.is_negative, n.cap, n.criteria, n.description, n.rule,
            dec(lr.score) if lr is not None else None, lr.method if lr is not None else "auto",
            (fin.reason or "") if fin is not None else "", (fin.comment or "") if fin is not None else "",
            fin.decided_by if fin is not None else None,
            tuple(sorted(by_leaf.get(n.id, []), key=lambda s: s.evaluator))))
    lines_raw, combined_raw = budget_lines(session, project_id)
    own = MoneyLine(p.name, dec(p.budget_approved), dec(p.budget_adjusted), dec(p.actual_spending))
    targets = [TargetFact(t.id, t.table_kind, t.sub_project, t.level1, t.level2, t.name, t.status, t.note)
               for t in list_targets(session, project_id, None)]
    bands = p.grade_bands or []
    grade_names = tuple(str(b.get(k) or "") for b in bands for k in ("name", "name_en") if b.get(k))
    return ProjectFacts(
        project_id, p.name, from_float(summary.total), from_float(summary.weight), summary.grade, summary.grade_en,
        grade_names, nodes, leaves, [MoneyLine.of(x) for x in lines_raw], MoneyLine.of(combined_raw), own,
        _groups(session, project_id, cancelled), targets, get_sections(session, project_id), dict(p.settings or {}),
        scored=summary.scored > 0,
        problems=[ProblemFact(pr.id, pr.title, {"title": pr.title, "text": pr.text, "cause": pr.cause,
                                                "suggestion_title": pr.suggestion_title, "suggestion": pr.suggestion})
                  for pr in list_problems(session, project_id)])
