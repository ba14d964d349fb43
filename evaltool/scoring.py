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

import statistics
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from evaltool.errors import NotFoundError, ValidationError
from evaltool.framework import Node, iter_leaves, load_tree, walk
from evaltool.i18n import translate
from evaltool.models import FinalScore, Indicator, Project, ProjectFlag, Score, natural_id

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
    if not values:
        return None
    if method == "median":
        return r6(statistics.median(values))
    if method == "lead":
        return None
    return r6(sum(values) / len(values))


@dataclass
class LeafResult:
    id: str
    path: str
    name: str
    weight: float
    score: float | None
    comment: str
    evaluator_scores: dict[str, float | None] = field(default_factory=dict)

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
    kind: str
    indicator: str
    message: str

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

    @property
    def rate(self) -> float | None:
        return rate(self.total, self.weight)

    def as_json(self) -> dict[str, Any]:
        return {
            "project_id": self.project_id, "name": self.name, "total": self.total, "rate": self.rate,
            "grade": self.grade, "grade_en": self.grade_en,
            "level1": [r.as_json() for r in self.level1], "level2": [r.as_json() for r in self.level2],
            "negative": [r.as_json() for r in self.negative], "flags": [f.as_json() for f in self.flags],
        }


def rate(score: float | None, weight: float) -> float | None:
    if score is None or not weight:
        return None
    return round(score / weight, 6)


def fmt_score(x: float | None) -> str:
    """Up to 3 decimals, trailing zeros dropped: 81.415, 7.25, 10."""
    if x is None:
        return ""
    s = f"{x:.3f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def fmt_rate(r: float | None) -> str:
    return "" if r is None else f"{r * 100:.2f}%"


def grade_for(total: float, bands: list[dict[str, Any]]) -> dict[str, Any]:
    ordered = sorted(bands, key=lambda b: -float(b.get("min", 0)))
    for band in ordered:
        if total >= float(band.get("min", 0)) - 1e-9:
            return band
    return ordered[-1] if ordered else {"name": "", "name_en": ""}


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
                 method: str | None = None) -> dict[str, LeafResult]:
    project = session.get(Project, project_id)
    if project is None:
        raise NotFoundError(project_id)
    method = method or project.consolidation or "mean"
    roots = roots if roots is not None else load_tree(session, project_id)
    scores = leaf_scores(session, project_id)
    finals = final_scores(session, project_id)
    out: dict[str, LeafResult] = {}
    for leaf in iter_leaves(roots):
        by_ev = scores.get(leaf.id, {})
        values = [s.value for s in by_ev.values() if s.value is not None]
        fin = finals.get(leaf.id)
        if fin is not None and fin.method == "set" and fin.value is not None:
            value: float | None = fin.value
        else:
            value = consolidate(values, method)
        comment = (fin.comment if fin is not None and fin.comment else "") or next(
            (s.comment for s in by_ev.values() if s.comment), "")
        out[leaf.id] = LeafResult(leaf.id, leaf.path, leaf.name, leaf.weight, value, comment,
                                  {k: v.value for k, v in by_ev.items()})
    return out


def _sum_node(node: Node, leaves: dict[str, LeafResult]) -> tuple[float, int]:
    if node.is_leaf:
        lr = leaves.get(node.id)
        if lr is None or lr.score is None:
            return 0.0, 1
        return lr.score, 0
    total, missing = 0.0, 0
    for c in node.children:
        s, m = _sum_node(c, leaves)
        total += s
        missing += m
    return total, missing


def project_summary(session: Session, project_id: str) -> Summary:
    """Level-1 and level-2 subtotals, total, grade (with downgrade / veto)."""
    project = session.get(Project, project_id)
    if project is None or project.deleted:
        raise NotFoundError(project_id)
    roots = load_tree(session, project_id)
    leaves = leaf_results(session, project_id, roots)
    level1: list[Row] = []
    level2: list[Row] = []
    negative: list[Row] = []
    for n in roots:
        s, missing = _sum_node(n, leaves)
        row = Row(n.id, n.name, n.path, 1, n.weight, r6(s), missing)
        if n.is_negative:
            cap = n.cap if n.cap is not None else n.weight
            row.score = r6(max(s, min(cap, 0.0)) if cap is not None else s)
            negative.append(row)
            continue
        level1.append(row)
        for c in n.children:
            cs, cm = _sum_node(c, leaves)
            level2.append(Row(c.id, c.name, c.path, 2, c.weight, r6(cs), cm))
    total = r6(sum(r.score for r in level1) + sum(r.score for r in negative))
    weight = r6(sum(r.weight for r in level1))
    bands = project.grade_bands or []
    band = grade_for(total, bands)
    flags_q = select(ProjectFlag).where(ProjectFlag.project_id == project_id,
                                        ProjectFlag.deleted.is_(False), ProjectFlag.active.is_(True))
    pflags = list(session.scalars(flags_q))
    vetoed = any(f.kind == "veto" for f in pflags)
    downgraded = any(f.kind == "downgrade" for f in pflags)
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
                      downgraded=downgraded, vetoed=vetoed)
    summary.flags = basic_flags(roots, leaves)
    return summary


def basic_flags(roots: list[Node], leaves: dict[str, LeafResult]) -> list[Flag]:
    flags: list[Flag] = []
    for n in walk(roots):
        if n.is_leaf:
            lr = leaves.get(n.id)
            if lr is None or lr.score is None:
                flags.append(Flag("unscored", n.path, translate("Flags", "Not scored yet.")))
            elif not n.is_negative and (lr.score > n.weight + 1e-9 or lr.score < -1e-9):
                flags.append(Flag("out_of_range", n.path, translate("Flags", "Score outside 0…weight.")))
    return flags
