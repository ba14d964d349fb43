"""Totals and grades: each leaf's final score, subtotals, the total, the grade, flags.

The final score of a leaf is the lead's decision (``FinalScore`` with method ``set``)
or, when none, the consolidation of the evaluators' scores chosen for the project
(mean by default, or median; with "lead" a leaf stays unscored until the lead
decides). Subtotals and the total are exact sums of the leaves, rounded at the end,
so they never drift from the leaves.

Figures: points as floats rounded to 6 places internally, shown with up to 3
decimals; rates as fractions (0.8142), shown as percentages with 2 decimals.
Read-only: nothing here writes to the database.
"""
from __future__ import annotations

import math
import statistics
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from evaltool.errors import NotFoundError
from evaltool.framework import Node, iter_leaves, load_tree, walk
from evaltool.i18n import translate
from evaltool.models import FinalScore, Project, ProjectFlag, Score
from evaltool.rules import is_bonus_leaf, score_bounds

ROUND = 6
CONSOLIDATIONS = ("mean", "median", "lead")


def r6(x: float) -> float:
    """``x`` rounded to 6 places (points), with -0.0 turned into 0.0."""
    return round(x + 0.0, ROUND)


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
    detail: dict[str, Any] = field(default_factory=dict)  # e.g. a departure's value, proposal and reason

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "indicator": self.indicator, "message": self.message, **self.detail}


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
    bonus: float = 0.0  # points of bonus leaves outside the 100 (included in their groups and the total)

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
            "vetoed": self.vetoed, "output_grade": self.output_grade, "bonus": self.bonus,
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


class ScoreRow(NamedTuple):
    """What totals and flags read of a live score (a plain tuple: read and looked at 10,000
    times for 10 evaluators × 1,000 leaves, several times faster than ORM objects or rows)."""

    indicator_id: str
    evaluator_id: str
    value: float | None
    comment: str
    inputs: dict[str, Any] | None
    reason: str
    deleted: bool  # always False here; read by code that also takes ORM scores


class FinalRow(NamedTuple):
    """What totals and flags read of a leaf's live final decision (see ``ScoreRow``)."""

    indicator_id: str
    value: float | None
    method: str
    reason: str
    comment: str
    decided_by: str | None


#: What totals and flags read of a score and of a final decision: executed on the session's
#: connection (SQLAlchemy Core: the same statement on SQLite and on the hub's PostgreSQL),
#: without the ORM's row machinery, which costs as much as the query here.
_SCORE_COLUMNS = (Score.indicator_id, Score.evaluator_id, Score.value, Score.comment, Score.inputs, Score.reason)
_FINAL_COLUMNS = (FinalScore.indicator_id, FinalScore.value, FinalScore.method, FinalScore.reason,
                  FinalScore.comment, FinalScore.decided_by)


def score_rows(session: Session, project_id: str) -> dict[str, dict[str, ScoreRow]]:
    """{indicator_id: {evaluator_id: ScoreRow}} of live scores (read-only)."""
    out: dict[str, dict[str, ScoreRow]] = {}
    q = select(*_SCORE_COLUMNS).where(Score.project_id == project_id, Score.deleted.is_(False))
    for ind, ev, value, comment, inputs, reason in session.connection().execute(q):
        out.setdefault(ind, {})[ev] = ScoreRow(ind, ev, value, comment, inputs, reason, False)
    return out


def final_rows(session: Session, project_id: str) -> dict[str, FinalRow]:
    """{indicator_id: FinalRow} of the live final decisions (read-only)."""
    q = select(*_FINAL_COLUMNS).where(FinalScore.project_id == project_id, FinalScore.deleted.is_(False))
    return {row[0]: FinalRow(*row) for row in session.connection().execute(q)}


def final_scores(session: Session, project_id: str) -> dict[str, FinalScore]:
    return {f.indicator_id: f for f in session.scalars(select(FinalScore).where(
        FinalScore.project_id == project_id, FinalScore.deleted.is_(False)))}


def leaf_results(session: Session, project_id: str, roots: list[Node] | None = None,
                 method: str | None = None, *,
                 score_overrides: dict[tuple[str, str], float | None] | None = None,
                 final_overrides: dict[str, float | None] | None = None,
                 scores: dict[str, dict[str, Any]] | None = None,
                 finals: dict[str, Any] | None = None) -> dict[str, LeafResult]:
    """Each leaf's final score: the lead's decision, else the consolidation.

    ``score_overrides`` ({(indicator_id, evaluator_id): value}) and
    ``final_overrides`` ({indicator_id: value}) let a form preview a value being
    typed without writing it. ``scores``, ``finals``: the ``score_rows`` and ``final_rows``
    a caller already read.
    """
    project = session.get(Project, project_id)
    if project is None:
        raise NotFoundError(project_id)
    method = method or project.consolidation or "mean"
    roots = roots if roots is not None else load_tree(session, project_id)
    scores = scores if scores is not None else score_rows(session, project_id)
    finals = finals if finals is not None else final_rows(session, project_id)
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
    scores = score_rows(session, project_id)  # read once: the totals and the flags both need them
    finals = final_rows(session, project_id)
    leaves = leaf_results(session, project_id, roots, score_overrides=score_overrides,
                          final_overrides=final_overrides, scores=scores, finals=finals)
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
    summary.bonus = r6(math.fsum(
        leaves[n.id].score or 0.0 for n in iter_leaves(roots)
        if n.id in leaves and is_bonus_leaf(n.rule, n.weight, n.is_negative)))
    out_row = next((r for r in level1 if r.name.strip().casefold() in OUTPUT_LEVEL_NAMES), None)
    if out_row is not None:
        og = output_completion_grade(out_row.rate)
        summary.output_grade, summary.output_grade_en = og.get("name", ""), og.get("name_en", "")
    if with_flags:
        from evaltool.flags import compute_flags  # evaltool.flags imports this package (Flag, LeafResult): no cycle at import time

        summary.flags = compute_flags(session, project_id, roots, leaves, scores, finals)
    else:
        summary.flags = basic_flags(roots, leaves)
    return summary


def basic_flags(roots: list[Node], leaves: dict[str, LeafResult]) -> list[Flag]:
    """Leaves without a final score and scores outside their range (no database needed).

    A leaf's range is ``evaltool.rules.score_bounds``: 0…weight, cap…0 for a negative
    indicator, 0…the bonus rule's own cap for a bonus outside the 100."""
    flags: list[Flag] = []
    for n in walk(roots):
        if n.is_leaf:
            lr = leaves.get(n.id)
            lo, hi = score_bounds(n.rule, n.weight, n.is_negative, n.cap)
            if lr is None or lr.score is None:
                flags.append(Flag("unscored", n.path, translate("Flags", "Not scored yet."), n.id))
            elif n.is_negative and (lr.score > 1e-9 or (n.cap is not None and lr.score < n.cap - 1e-9)):
                flags.append(Flag("out_of_range", n.path, translate("Flags", "Score outside cap…0."), n.id))
            elif is_bonus_leaf(n.rule, n.weight, n.is_negative) and (lr.score > hi + 1e-9 or lr.score < lo - 1e-9):
                flags.append(Flag("out_of_range", n.path, translate("Flags", "Bonus outside 0…its cap."), n.id))
            elif not n.is_negative and not is_bonus_leaf(n.rule, n.weight, n.is_negative) and (
                    lr.score > n.weight + 1e-9 or lr.score < -1e-9):
                flags.append(Flag("out_of_range", n.path, translate("Flags", "Score outside 0…weight."), n.id))
    return flags
