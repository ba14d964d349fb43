"""Scores, final decisions, totals and grades.

Each evaluator's score of a leaf is their own record (``Score``, natural id per
leaf and evaluator). The final score of a leaf is the lead's decision
(``FinalScore`` with method ``set``) or, when none, the consolidation of the
evaluators' scores chosen for the project (mean by default, or median; with
"lead" a leaf stays unscored until the lead decides).

Figures: points as floats rounded to 6 places internally, shown with up to 3
decimals; rates as fractions (0.8142), shown as percentages with 2 decimals.
"""
from __future__ import annotations

import copy
import math
import statistics
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from evaltool.errors import NotFoundError, ValidationError
from evaltool.formatting import fmt_rate, fmt_score  # noqa: F401  (re-exported: scoring.fmt_score)
from evaltool.framework import Node, iter_leaves, load_tree, walk
from evaltool.i18n import translate
from evaltool.models import Evaluator, FinalScore, Indicator, Project, ProjectFlag, Score, natural_id
from evaltool.rules import KINDS, Proposal, departs, describe, propose

ROUND = 6


def r6(x: float) -> float:
    return round(x + 0.0, ROUND)


def score_id(indicator_id: str, evaluator_id: str) -> str:
    return natural_id("score", indicator_id, evaluator_id)


def final_id(indicator_id: str) -> str:
    return natural_id("final", indicator_id)


def _leaf(session: Session, project_id: str, indicator_id: str) -> Indicator:
    ind = session.get(Indicator, indicator_id)
    if ind is None or ind.deleted or ind.project_id != project_id:
        raise NotFoundError(translate("Errors", "No such indicator in this project."))
    return ind


def _check_range(ind: Indicator, value: float | None) -> None:
    if value is None:
        return
    w = ind.weight or 0.0
    lo, hi = (min(w, ind.cap if ind.cap is not None else w), 0.0) if ind.is_negative else (0.0, w)
    if not (lo - 1e-9 <= value <= hi + 1e-9):
        raise ValidationError(translate("Errors", "The score {value} of “{name}” is outside 0…{weight}.").format(
            value=fmt_score(value), name=ind.name, weight=fmt_score(w)))


def set_score(session: Session, project_id: str, indicator_id: str, evaluator_id: str,
              value: float | None, *, comment: str | None = None, reason: str | None = None,
              inputs: dict[str, Any] | None = None, proposed: float | None = None) -> Score:
    """Record one evaluator's score (and comment) of one leaf."""
    ind = _leaf(session, project_id, indicator_id)
    _check_range(ind, value)
    sid = score_id(indicator_id, evaluator_id)
    sc = session.get(Score, sid)
    if sc is None:
        sc = Score(id=sid, project_id=project_id, indicator_id=indicator_id, evaluator_id=evaluator_id)
        session.add(sc)
    sc.deleted = False
    sc.value = value
    if comment is not None:
        sc.comment = comment
    if reason is not None:
        sc.reason = reason
    if inputs is not None:
        sc.inputs = dict(inputs)
    if proposed is not None:
        sc.proposed = proposed
    session.flush()
    return sc


def set_final(session: Session, project_id: str, indicator_id: str, value: float | None, *,
              reason: str = "", comment: str | None = None, decided_by: str | None = None,
              method: str = "set") -> FinalScore:
    """The lead's decision for a leaf (``method="auto"`` hands it back to consolidation)."""
    ind = _leaf(session, project_id, indicator_id)
    _check_range(ind, value)
    if method == "set" and not (reason or "").strip():
        raise ValidationError(translate("Errors", "A final score set by the lead needs a reason."))
    fid = final_id(indicator_id)
    fs = session.get(FinalScore, fid)
    if fs is None:
        fs = FinalScore(id=fid, project_id=project_id, indicator_id=indicator_id)
        session.add(fs)
    fs.deleted = False
    fs.value, fs.method, fs.reason, fs.decided_by = value, method, reason, decided_by
    if comment is not None:
        fs.comment = comment
    session.flush()
    return fs


def consolidate(values: list[float], method: str) -> float | None:
    """The final score a leaf gets from its evaluators' scores when the lead set none.

    ``mean`` (default) or ``median``; ``lead`` gives None (the lead decides). The
    result does not depend on the order of the values (exact sum, then rounding).
    """
    if not values:
        return None
    if method == "median":
        return r6(statistics.median(sorted(values)))
    if method == "lead":
        return None
    return r6(math.fsum(values) / len(values))


@dataclass
class LeafResult:
    id: str
    path: str
    name: str
    weight: float
    score: float | None
    comment: str
    evaluator_scores: dict[str, float | None] = field(default_factory=dict)
    method: str = "auto"  # "set" when the lead decided, else the consolidation used
    is_negative: bool = False

    @property
    def rate(self) -> float | None:
        return rate(self.score, self.weight)


@dataclass
class Row:
    id: str
    name: str
    path: str
    level: int
    weight: float
    score: float
    unscored: int = 0

    @property
    def rate(self) -> float | None:
        return rate(self.score, self.weight)

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "path": self.path, "weight": self.weight,
                "score": self.score, "rate": self.rate, "unscored": self.unscored}


@dataclass
class Flag:
    """Something a lead needs to look at before signing off (see evaltool.flags)."""

    kind: str
    indicator: str
    message: str
    indicator_id: str = ""
    evaluator_id: str = ""

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "indicator": self.indicator, "message": self.message}


@dataclass
class Summary:
    project_id: str
    name: str
    total: float
    weight: float
    grade: str
    grade_en: str
    level1: list[Row]
    level2: list[Row]
    leaves: dict[str, LeafResult]
    negative: list[Row] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    downgraded: bool = False
    vetoed: bool = False
    grade_before_flags: str = ""
    output_grade: str = ""  # 全部完成 / 大部分完成 / … for the 产出 level (seed 004)
    output_grade_en: str = ""
    reasons: dict[str, str] = field(default_factory=dict)  # downgrade / veto reasons

    @property
    def rate(self) -> float | None:
        return rate(self.total, self.weight)

    @property
    def scored(self) -> int:
        return sum(1 for lr in self.leaves.values() if lr.score is not None)

    def as_json(self) -> dict[str, Any]:
        return {
            "project_id": self.project_id, "name": self.name, "total": self.total, "rate": self.rate,
            "grade": self.grade, "grade_en": self.grade_en, "downgraded": self.downgraded,
            "vetoed": self.vetoed, "output_grade": self.output_grade,
            "level1": [r.as_json() for r in self.level1], "level2": [r.as_json() for r in self.level2],
            "negative": [r.as_json() for r in self.negative], "flags": [f.as_json() for f in self.flags],
        }


def rate(score: float | None, weight: float) -> float | None:
    if score is None or not weight:
        return None
    return round(score / weight, 6)


def grade_for(total: float, bands: list[dict[str, Any]]) -> dict[str, Any]:
    ordered = sorted(bands, key=lambda b: -float(b.get("min", 0)))
    for band in ordered:
        if total >= float(band.get("min", 0)) - 1e-9:
            return band
    return ordered[-1] if ordered else {"name": "", "name_en": ""}


# Seed 004: how far the outputs were reached (rate of the 产出 level).
OUTPUT_COMPLETION_BANDS: list[dict[str, Any]] = [
    {"name": "全部完成", "name_en": "Fully achieved", "min": 90},
    {"name": "大部分完成", "name_en": "Mostly achieved", "min": 80},
    {"name": "部分完成", "name_en": "Partly achieved", "min": 60},
    {"name": "不太明显", "name_en": "Barely achieved", "min": 0},
]
OUTPUT_LEVEL_NAMES = ("产出", "产出指标", "output", "outputs")


def output_completion_grade(rate_: float | None) -> dict[str, Any]:
    """全部完成 ≥90 %, 大部分完成 80–<90 %, 部分完成 60–<80 %, 不太明显 <60 %."""
    if rate_ is None:
        return {"name": "", "name_en": ""}
    return grade_for(rate_ * 100, OUTPUT_COMPLETION_BANDS)


def leaf_scores(session: Session, project_id: str) -> dict[str, dict[str, Score]]:
    """{indicator_id: {evaluator_id: Score}} of live scores."""
    out: dict[str, dict[str, Score]] = {}
    for sc in session.scalars(select(Score).where(Score.project_id == project_id, Score.deleted.is_(False))):
        out.setdefault(sc.indicator_id, {})[sc.evaluator_id] = sc
    return out


def final_scores(session: Session, project_id: str) -> dict[str, FinalScore]:
    return {f.indicator_id: f for f in session.scalars(select(FinalScore).where(
        FinalScore.project_id == project_id, FinalScore.deleted.is_(False)))}


def leaf_results(session: Session, project_id: str, roots: list[Node] | None = None,
                 method: str | None = None, *,
                 score_overrides: dict[tuple[str, str], float | None] | None = None,
                 final_overrides: dict[str, float | None] | None = None) -> dict[str, LeafResult]:
    """Each leaf's final score: the lead's decision, else the consolidation.

    ``score_overrides`` ({(indicator_id, evaluator_id): value}) and
    ``final_overrides`` ({indicator_id: value}) let a form preview a value being
    typed without writing it.
    """
    project = session.get(Project, project_id)
    if project is None:
        raise NotFoundError(project_id)
    method = method or project.consolidation or "mean"
    roots = roots if roots is not None else load_tree(session, project_id)
    scores = leaf_scores(session, project_id)
    finals = final_scores(session, project_id)
    score_overrides = score_overrides or {}
    final_overrides = final_overrides or {}
    out: dict[str, LeafResult] = {}
    for leaf in iter_leaves(roots):
        by_ev = {k: v.value for k, v in scores.get(leaf.id, {}).items()}
        for (ind, ev), v in score_overrides.items():
            if ind == leaf.id:
                by_ev[ev] = v
        values = [v for v in by_ev.values() if v is not None]
        fin = finals.get(leaf.id)
        used = method
        if leaf.id in final_overrides:
            value: float | None = final_overrides[leaf.id]
            used = "set"
        elif fin is not None and fin.method == "set" and fin.value is not None:
            value = fin.value
            used = "set"
        else:
            value = consolidate(values, method)
        comment = (fin.comment if fin is not None and fin.comment else "") or next(
            (s.comment for s in scores.get(leaf.id, {}).values() if s.comment), "")
        out[leaf.id] = LeafResult(leaf.id, leaf.path, leaf.name, leaf.weight, value, comment,
                                  by_ev, used, leaf.is_negative)
    return out


def _leaf_values(node: Node, leaves: dict[str, LeafResult]) -> tuple[list[float], int]:
    if node.is_leaf:
        lr = leaves.get(node.id)
        if lr is None or lr.score is None:
            return [], 1
        return [lr.score], 0
    vals: list[float] = []
    missing = 0
    for c in node.children:
        v, m = _leaf_values(c, leaves)
        vals += v
        missing += m
    return vals, missing


def _sum_node(node: Node, leaves: dict[str, LeafResult]) -> tuple[float, int]:
    vals, missing = _leaf_values(node, leaves)
    return math.fsum(vals), missing


def project_summary(session: Session, project_id: str, *,
                    score_overrides: dict[tuple[str, str], float | None] | None = None,
                    final_overrides: dict[str, float | None] | None = None,
                    with_flags: bool = True) -> Summary:
    """Level-1 and level-2 subtotals, total, grade (with downgrade / veto), flags.

    Subtotals and the total are exact sums of the leaves (rounded to 6 places at
    the end), so they never drift from the leaves. Negative indicators subtract
    from the total, each at most down to its cap.
    """
    project = session.get(Project, project_id)
    if project is None or project.deleted:
        raise NotFoundError(project_id)
    roots = load_tree(session, project_id)
    leaves = leaf_results(session, project_id, roots, score_overrides=score_overrides,
                          final_overrides=final_overrides)
    level1: list[Row] = []
    level2: list[Row] = []
    negative: list[Row] = []
    parts: list[float] = []
    for n in roots:
        vals, missing = _leaf_values(n, leaves)
        s = math.fsum(vals)
        row = Row(n.id, n.name, n.path, 1, n.weight, r6(s), missing)
        if n.is_negative:
            cap = n.cap if n.cap is not None else n.weight
            s = max(s, min(cap, 0.0)) if cap is not None else s
            s = min(s, 0.0)
            row.score = r6(s)
            negative.append(row)
            parts.append(s)
            continue
        parts += vals
        level1.append(row)
        for c in n.children:
            cs, cm = _sum_node(c, leaves)
            level2.append(Row(c.id, c.name, c.path, 2, c.weight, r6(cs), cm))
    total = r6(math.fsum(parts))
    weight = r6(math.fsum(r.weight for r in level1))
    bands = project.grade_bands or []
    band = grade_for(total, bands)
    flags_q = select(ProjectFlag).where(ProjectFlag.project_id == project_id,
                                        ProjectFlag.deleted.is_(False), ProjectFlag.active.is_(True))
    pflags = list(session.scalars(flags_q))
    vetoed = any(f.kind == "veto" for f in pflags)
    downgraded = any(f.kind == "downgrade" for f in pflags)
    reasons = {f.kind: f.reason for f in pflags}
    before = band.get("name", "")
    ordered = sorted(bands, key=lambda b: -float(b.get("min", 0)))
    if ordered:
        idx = ordered.index(band) if band in ordered else len(ordered) - 1
        if vetoed:
            idx = len(ordered) - 1
        elif downgraded:
            idx = min(idx + 1, len(ordered) - 1)
        band = ordered[idx]
    summary = Summary(project_id, project.name, total, weight, band.get("name", ""),
                      band.get("name_en", ""), level1, level2, leaves, negative,
                      downgraded=downgraded, vetoed=vetoed, grade_before_flags=before, reasons=reasons)
    out_row = next((r for r in level1 if r.name.strip().casefold() in OUTPUT_LEVEL_NAMES), None)
    if out_row is not None:
        og = output_completion_grade(out_row.rate)
        summary.output_grade, summary.output_grade_en = og.get("name", ""), og.get("name_en", "")
    if with_flags:
        from evaltool.flags import compute_flags  # flags build on this module

        summary.flags = compute_flags(session, project_id, roots, leaves)
    else:
        summary.flags = basic_flags(roots, leaves)
    return summary


def basic_flags(roots: list[Node], leaves: dict[str, LeafResult]) -> list[Flag]:
    """Leaves without a final score and scores outside their range (no database needed)."""
    flags: list[Flag] = []
    for n in walk(roots):
        if n.is_leaf:
            lr = leaves.get(n.id)
            if lr is None or lr.score is None:
                flags.append(Flag("unscored", n.path, translate("Flags", "Not scored yet."), n.id))
            elif not n.is_negative and (lr.score > n.weight + 1e-9 or lr.score < -1e-9):
                flags.append(Flag("out_of_range", n.path, translate("Flags", "Score outside 0…weight."), n.id))
            elif n.is_negative and (lr.score > 1e-9 or (n.cap is not None and lr.score < n.cap - 1e-9)):
                flags.append(Flag("out_of_range", n.path, translate("Flags", "Score outside cap…0."), n.id))
    return flags


# -- scoring with rules, undoable edits --------------------------------------------

def leaf_proposal(session: Session, ind: Indicator, inputs: dict[str, Any] | None) -> Proposal:
    return propose(ind.rule, inputs, ind.weight or 0.0, is_negative=bool(ind.is_negative),
                   cap=ind.cap, session=session)


def record_score(session: Session, project_id: str, indicator_id: str, evaluator_id: str,
                 value: float | None, *, comment: str | None = None, reason: str | None = None,
                 inputs: dict[str, Any] | None = None, require_reason: bool = True) -> Score:
    """One evaluator's score with the rule's proposal worked out from their inputs.

    ``inputs`` None keeps the stored inputs. When the score differs from the
    proposal the evaluator must give a reason (``ValidationError`` otherwise;
    ``require_reason=False`` stores it anyway and the difference is flagged).
    ``value`` None with a proposal available takes the proposal.
    """
    ind = _leaf(session, project_id, indicator_id)
    existing = session.get(Score, score_id(indicator_id, evaluator_id))
    use_inputs = inputs if inputs is not None else (existing.inputs if existing is not None and not existing.deleted else None)
    prop = leaf_proposal(session, ind, use_inputs)
    if value is None and prop.score is not None and inputs is not None:
        value = prop.score
    give = reason if reason is not None else (existing.reason if existing is not None else "")
    if require_reason and departs(value, prop.score) and not (give or "").strip():
        raise ValidationError(translate("Errors", "The score {value} of “{name}” differs from its rule's proposal {proposed}: give a reason.").format(
            value=fmt_score(value), name=ind.name, proposed=fmt_score(prop.score)))
    sc = set_score(session, project_id, indicator_id, evaluator_id, value, comment=comment, reason=reason,
                   inputs=inputs)
    if sc.proposed != prop.score:
        sc.proposed = prop.score
        session.flush()
    return sc


def score_state(session: Session, indicator_id: str, evaluator_id: str) -> dict[str, Any]:
    """What an undo needs to put one evaluator's score back as it was."""
    sc = session.get(Score, score_id(indicator_id, evaluator_id))
    if sc is None:
        return {"indicator_id": indicator_id, "evaluator_id": evaluator_id, "exists": False}
    return {"indicator_id": indicator_id, "evaluator_id": evaluator_id, "exists": True,
            "deleted": sc.deleted, "value": sc.value, "proposed": sc.proposed,
            "inputs": copy.deepcopy(sc.inputs), "comment": sc.comment, "reason": sc.reason}


def restore_score(session: Session, state: dict[str, Any]) -> None:
    sc = session.get(Score, score_id(state["indicator_id"], state["evaluator_id"]))
    if sc is None:
        return
    if not state["exists"]:
        sc.deleted = True
    else:
        for k in ("deleted", "value", "proposed", "comment", "reason"):
            setattr(sc, k, state[k])
        sc.inputs = copy.deepcopy(state["inputs"])
    session.flush()


def final_state(session: Session, indicator_id: str) -> dict[str, Any]:
    fs = session.get(FinalScore, final_id(indicator_id))
    if fs is None:
        return {"indicator_id": indicator_id, "exists": False}
    return {"indicator_id": indicator_id, "exists": True, "deleted": fs.deleted, "value": fs.value,
            "method": fs.method, "reason": fs.reason, "comment": fs.comment, "decided_by": fs.decided_by}


def restore_final(session: Session, state: dict[str, Any]) -> None:
    fs = session.get(FinalScore, final_id(state["indicator_id"]))
    if fs is None:
        return
    if not state["exists"]:
        fs.deleted = True
    else:
        for k in ("deleted", "value", "method", "reason", "comment", "decided_by"):
            setattr(fs, k, state[k])
    session.flush()


def release_final(session: Session, project_id: str, indicator_id: str, decided_by: str | None = None) -> FinalScore:
    """Hand a leaf back to the project's consolidation (mean / median of the evaluators)."""
    ind = _leaf(session, project_id, indicator_id)
    fs = session.get(FinalScore, final_id(ind.id))
    if fs is None:
        fs = FinalScore(id=final_id(ind.id), project_id=project_id, indicator_id=ind.id)
        session.add(fs)
    fs.deleted = False
    fs.method, fs.value, fs.decided_by = "auto", None, decided_by
    session.flush()
    return fs


def set_consolidation(session: Session, project_id: str, method: str) -> str:
    """mean | median | lead; returns the previous method."""
    if method not in CONSOLIDATIONS:
        raise ValidationError(translate("Errors", "Unknown consolidation “{method}”; use mean, median or lead.").format(method=method))
    p = session.get(Project, project_id)
    if p is None or p.deleted:
        raise NotFoundError(project_id)
    before = p.consolidation
    p.consolidation = method
    session.flush()
    return before


def set_project_flag(session: Session, project_id: str, kind: str, active: bool, reason: str = "") -> None:
    """Switch the downgrade (materials falsified / withheld) or veto (一票否决) flag; a reason is required to switch it on."""
    if kind not in ("downgrade", "veto"):
        raise ValidationError(f"unknown project flag: {kind}")
    if active and not (reason or "").strip():
        raise ValidationError(translate("Errors", "A downgrade or veto needs a written reason."))
    rows = list(session.scalars(select(ProjectFlag).where(ProjectFlag.project_id == project_id,
                                                          ProjectFlag.kind == kind,
                                                          ProjectFlag.deleted.is_(False))))
    if rows:
        for r in rows[1:]:
            r.deleted = True
        row = rows[0]
    else:
        if not active:
            return
        row = ProjectFlag(project_id=project_id, kind=kind)
        session.add(row)
    row.active = active
    if reason or active:
        row.reason = reason
    session.flush()


CONSOLIDATIONS = ("mean", "median", "lead")


@dataclass
class EvaluatorScore:
    evaluator_id: str
    name: str
    role: str
    value: float | None
    proposed: float | None
    inputs: dict[str, Any] | None
    comment: str
    reason: str


@dataclass
class LeafDetail:
    """Everything the scoring form shows for one leaf (session-free)."""

    id: str
    path: str
    name: str
    weight: float
    is_negative: bool
    cap: float | None
    description: str
    criteria: str
    evidence_hint: str
    rule: dict[str, Any] | None
    rule_text: str
    review_state: str
    mine: EvaluatorScore | None
    others: list[EvaluatorScore]
    final: float | None
    final_method: str
    final_reason: str
    final_comment: str
    proposal: Proposal | None = None


def leaf_detail(session: Session, project_id: str, indicator_id: str, evaluator_id: str | None) -> LeafDetail:
    ind = _leaf(session, project_id, indicator_id)
    path = next((n.path for n in walk(load_tree(session, project_id)) if n.id == ind.id), ind.name)
    evs = {e.id: e for e in session.scalars(select(Evaluator))}
    mine: EvaluatorScore | None = None
    others: list[EvaluatorScore] = []
    for sc in session.scalars(select(Score).where(Score.indicator_id == ind.id, Score.deleted.is_(False))):
        ev = evs.get(sc.evaluator_id)
        proposed = leaf_proposal(session, ind, sc.inputs).score if ind.rule and sc.inputs else sc.proposed
        es = EvaluatorScore(sc.evaluator_id, ev.name if ev else "?", ev.role if ev else "", sc.value,
                            proposed, copy.deepcopy(sc.inputs), sc.comment, sc.reason)
        if sc.evaluator_id == evaluator_id:
            mine = es
        else:
            others.append(es)
    others.sort(key=lambda e: e.name)
    fs = session.get(FinalScore, final_id(ind.id))
    live = fs is not None and not fs.deleted
    d = LeafDetail(ind.id, path, ind.name, ind.weight or 0.0, bool(ind.is_negative), ind.cap,
                   ind.description, ind.criteria, ind.evidence_hint, copy.deepcopy(ind.rule),
                   describe(ind.rule, ind.weight or 0.0) if ind.rule else "", ind.review_state or "prepared",
                   mine, others, fs.value if live else None, fs.method if live else "auto",
                   fs.reason if live else "", fs.comment if live else "")
    d.proposal = leaf_proposal(session, ind, mine.inputs if mine else None) if ind.rule else None
    return d


def set_rule(session: Session, project_id: str, indicator_id: str, rule: dict[str, Any] | None) -> dict[str, Any] | None:
    """Give a leaf a structured rule (None: scored by hand); returns the previous rule."""
    ind = _leaf(session, project_id, indicator_id)
    if rule is not None and rule.get("kind") not in KINDS:
        raise ValidationError(translate("Errors", "Unknown rule kind “{kind}”.").format(kind=rule.get("kind")))
    before = copy.deepcopy(ind.rule)
    ind.rule = copy.deepcopy(rule)
    session.flush()
    return before
