"""The criteria reader over a project: a suggestion per leaf, a review of the whole
framework, and applying what the evaluator confirmed.

A ``Suggestion`` is one leaf's ``Reading`` beside its current rule, with what the
suggested rule proposes from the inputs each evaluator already typed (their measured
values) and from the inputs behind the final score — so a review list shows at once
whether the rule read from the text gives the scores the team gave. Applying returns
the previous rules, for undo. Functions take a Session; ``apply_suggestions`` flushes,
never commits.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from evaltool.criteria.reader import Reading, read_criteria
from evaltool.errors import Cancelled
from evaltool.flags import final_proposal
from evaltool.framework import Node, iter_leaves, load_tree
from evaltool.models import Evaluator, FinalScore, Score
from evaltool.rules import TOLERANCE, departs, propose, validate_rule
from evaltool.scoring import leaf_results, project_leaf, set_rule


@dataclass
class Check:
    """What the suggested rule proposes from one evaluator's stored inputs."""

    evaluator: str
    proposed: float | None
    value: float | None

    @property
    def agrees(self) -> bool:
        return self.proposed is not None and not departs(self.value, self.proposed)

    def as_json(self) -> dict[str, Any]:
        return {"evaluator": self.evaluator, "proposed": self.proposed, "score": self.value, "agrees": self.agrees}


@dataclass
class Suggestion:
    indicator_id: str
    path: str
    weight: float
    criteria: str
    reading: Reading
    current: dict[str, Any] | None
    checks: list[Check] = field(default_factory=list)
    final: float | None = None
    final_proposed: float | None = None

    @property
    def same_as_current(self) -> bool:
        return self.reading.rule is not None and _same(self.reading.rule, self.current)

    @property
    def agrees(self) -> bool | None:
        """Whether the rule proposes the final score from the inputs behind it (None: no
        inputs to try, or no final score)."""
        if self.final_proposed is None or self.final is None:
            return None
        return abs(self.final - self.final_proposed) <= TOLERANCE

    def as_json(self) -> dict[str, Any]:
        doc = {"indicator": self.path, "weight": self.weight, **self.reading.as_json(),
               "current_rule": self.current, "same_as_current": self.same_as_current}
        if self.checks or self.final_proposed is not None:
            doc.update(final=self.final, final_proposed=self.final_proposed, agrees=self.agrees,
                       proposals=[c.as_json() for c in self.checks])
        return doc


def _same(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    """Rules equal in what they score (labels and notes aside)."""
    skip = {"label", "numerator_label", "denominator_label", "defaults", "partial"}

    def core(r: dict[str, Any] | None) -> Any:
        if not r:
            return None
        return _plain({k: v for k, v in r.items() if k not in skip})

    return bool(core(a) == core(b))


def _plain(v: Any) -> Any:
    """Numbers compared as floats (2 == 2.0), nested."""
    if isinstance(v, dict):
        return {k: _plain(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_plain(x) for x in v]
    if isinstance(v, bool) or v is None or isinstance(v, str):
        return v
    if isinstance(v, (int, float)):
        return round(float(v), 9)
    return v


def read_leaf(node: Node) -> Reading:
    return read_criteria(node.criteria, description=node.description, weight=node.weight,
                         is_negative=node.is_negative, cap=node.cap)


@dataclass
class _Scored:
    scores: dict[str, list[Score]]
    finals: dict[str, FinalScore]
    values: dict[str, float | None]
    names: dict[str, str]


def _scored(session: Session, project_id: str, roots: list[Node]) -> _Scored:
    scores: dict[str, list[Score]] = {}
    for sc in session.scalars(select(Score).where(Score.project_id == project_id, Score.deleted.is_(False))):
        scores.setdefault(sc.indicator_id, []).append(sc)
    finals = {f.indicator_id: f for f in session.scalars(select(FinalScore).where(
        FinalScore.project_id == project_id, FinalScore.deleted.is_(False)))}
    results = leaf_results(session, project_id, roots)
    names = {e.id: e.name for e in session.scalars(select(Evaluator))}
    return _Scored(scores, finals, {k: v.score for k, v in results.items()}, names)


def _suggest(session: Session, node: Node, scored: _Scored) -> Suggestion:
    reading = read_leaf(node)
    sug = Suggestion(node.id, node.path, node.weight, node.criteria, reading, node.rule,
                     final=scored.values.get(node.id))
    rule = reading.rule
    if rule is None or rule.get("kind") == "expert":
        return sug
    lst = scored.scores.get(node.id, [])
    for sc in sorted(lst, key=lambda x: scored.names.get(x.evaluator_id, "?")):
        if not sc.inputs:
            continue
        p = propose(rule, sc.inputs, node.weight, is_negative=node.is_negative, cap=node.cap, session=session)
        sug.checks.append(Check(scored.names.get(sc.evaluator_id, "?"), p.score, sc.value))
    sug.final_proposed = final_proposal(session, node, lst, scored.finals.get(node.id), rule)[0]
    return sug


def suggest_leaf(session: Session, project_id: str, indicator_id: str) -> Suggestion:
    """The rule read from one leaf's criteria (NotFoundError for an unknown leaf)."""
    project_leaf(session, project_id, indicator_id)
    roots = load_tree(session, project_id)
    node = next(n for n in iter_leaves(roots) if n.id == indicator_id)
    return _suggest(session, node, _scored(session, project_id, roots))


@dataclass
class Review:
    """Every leaf's suggestion and the counts a summary line needs."""

    suggestions: list[Suggestion]

    def counts(self) -> dict[str, int]:
        s = self.suggestions
        mech = [x for x in s if x.reading.mechanical]
        return {
            "leaves": len(s),
            "read": len(mech),
            "expert": sum(1 for x in s if x.reading.rule is not None and not x.reading.mechanical),
            "not_read": sum(1 for x in s if x.reading.rule is None),
            "same_as_current": sum(1 for x in s if x.same_as_current),
            "tried": sum(1 for x in mech if x.agrees is not None),
            "agree": sum(1 for x in mech if x.agrees is True),
            "differ": sum(1 for x in mech if x.agrees is False),
        }

    def as_json(self) -> dict[str, Any]:
        return {"summary": self.counts(), "leaves": [x.as_json() for x in self.suggestions]}


def suggest_all(session: Session, project_id: str, *, progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> Review:
    """The reader over every leaf of the project (read-only); raises ``Cancelled``."""
    roots = load_tree(session, project_id)
    scored = _scored(session, project_id, roots)
    leaves = list(iter_leaves(roots))
    out = []
    for i, node in enumerate(leaves):
        if cancelled is not None and cancelled():
            raise Cancelled()
        out.append(_suggest(session, node, scored))
        if progress is not None:
            progress(i + 1, len(leaves))
    return Review(out)


def apply_suggestions(session: Session, project_id: str,
                      rules: Sequence[tuple[str, dict[str, Any] | None]]) -> list[tuple[str, dict[str, Any] | None]]:
    """Give each leaf its rule (``[(indicator_id, rule)]``); returns the previous rules in
    the same shape, for undo. A rule with problems (``validate_rule``) raises before any
    leaf changes."""
    from evaltool.errors import ValidationError
    from evaltool.i18n import translate

    for ind_id, rule in rules:
        ind = project_leaf(session, project_id, ind_id)
        problems = validate_rule(rule, ind.weight or 0.0, is_negative=bool(ind.is_negative), cap=ind.cap)
        if problems:
            raise ValidationError(translate("Errors", "The rule of “{name}” cannot be used: {problems}").format(
                name=ind.name, problems="; ".join(problems)))
    return [(ind_id, set_rule(session, project_id, ind_id, rule)) for ind_id, rule in rules]
