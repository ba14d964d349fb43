"""Flags a lead needs to see before signing off.

- ``unscored``: a leaf without a final score;
- ``missing_score``: a leaf someone who scores in this project has not scored;
- ``spread``: evaluators' scores further apart than the project's threshold
  (default 20 % of the leaf's weight);
- ``departs_from_rule``: a score (an evaluator's, or the final one) that differs from its
  rule's proposal — with a reason or not: the reason is shown, the flag stays (``departures``
  lists them as data for the Check list and the exports);
- ``rule_input``: rule inputs that are not acceptable (an expert deduction without a reason);
- ``no_evidence``: points deducted but no evidence linked to the leaf;
- ``weights``: children's weights that do not add up to their parent, level-1
  weights that do not add to 100, a leaf without weight;
- ``out_of_range``: a score above the weight or below zero (negative: below its cap);
- ``modified_since_review``: a leaf changed after it was marked reviewed;
- ``open_note``: a review note not resolved yet.

Flags are computed, never stored: they always agree with the data.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from evaltool.framework import Node, iter_leaves, load_tree, walk
from evaltool.i18n import translate
from evaltool.models import Evaluator, EvidenceLink, FinalScore, Project, ReviewNote, Score
from evaltool.rules import departs, describe, inputs_text, is_bonus_leaf, propose
from evaltool.scoring import FinalRow, Flag, LeafResult, basic_flags, final_rows, fmt_score, leaf_results, score_rows

KINDS = ("unscored", "missing_score", "spread", "departs_from_rule", "rule_input", "no_evidence",
         "weights", "out_of_range", "modified_since_review", "open_note")
LEVEL1_TOTAL = 100.0
TOL = 1e-6


def _t(text: str) -> str:
    return translate("Flags", text)


def kind_label(kind: str) -> str:
    return {
        "unscored": _t("Not scored"), "missing_score": _t("Missing an evaluator's score"),
        "spread": _t("Evaluators disagree"), "departs_from_rule": _t("Departs from its rule"),
        "rule_input": _t("Rule input problem"), "no_evidence": _t("Deduction without evidence"),
        "weights": _t("Weights invalid"), "out_of_range": _t("Score out of range"),
        "modified_since_review": _t("Modified since review"), "open_note": _t("Open review note"),
    }.get(kind, kind)


def weight_flags(roots: list[Node]) -> list[Flag]:
    out: list[Flag] = []
    positive = [r for r in roots if not r.is_negative]
    total = math.fsum(r.weight for r in positive)
    if positive and abs(total - LEVEL1_TOTAL) > TOL:
        out.append(Flag("weights", "", _t("The level-1 weights add up to {total}, not 100.").format(total=fmt_score(total))))
    for n in walk(roots):
        if n.children:
            s = math.fsum(c.weight for c in n.children)
            if abs(s - n.weight) > TOL:
                out.append(Flag("weights", n.path, _t("The weights below add up to {sum}, not {weight}.").format(
                    sum=fmt_score(s), weight=fmt_score(n.weight)), n.id))
        elif not n.is_negative and n.weight <= 0 and not is_bonus_leaf(n.rule, n.weight, n.is_negative):
            out.append(Flag("weights", n.path, _t("This leaf has no weight."), n.id))
        elif n.is_negative and n.weight > 0:
            out.append(Flag("weights", n.path, _t("A negative indicator's weight must be zero or less."), n.id))
    return out


def compute_flags(session: Session, project_id: str, roots: list[Node],
                  leaves: dict[str, LeafResult], scores: dict[str, dict[str, Any]] | None = None,
                  finals: dict[str, Any] | None = None) -> list[Flag]:
    """The flags of the project; ``scores`` and ``finals`` are the ``scoring.score_rows`` and
    ``scoring.final_rows`` the caller already read (``project_summary`` reads them once for
    totals and flags). One pass over the leaves; the order of the flags: ``basic_flags``,
    ``weight_flags``, then each leaf's in framework order, then the project's open notes."""
    from evaltool.review import modified_leaves  # review builds on scoring too

    project = session.get(Project, project_id)
    threshold = (project.spread_threshold if project is not None and project.spread_threshold is not None else 0.2)
    flags = basic_flags(roots, leaves) + weight_flags(roots)
    names: dict[str, str] = {r.id: r.name for r in session.execute(select(Evaluator.id, Evaluator.name))}
    by_leaf = scores if scores is not None else score_rows(session, project_id)
    # {leaf: [(evaluator, value)]} of the scores given, and who scores in this project at all
    given: dict[str, list[tuple[str, float]]] = {}
    scorers: set[str] = set()
    for leaf_id, by_ev in by_leaf.items():
        pairs = [(ev, sc.value) for ev, sc in by_ev.items() if sc.value is not None]
        if pairs:
            given[leaf_id] = pairs
            scorers.update(ev for ev, _v in pairs)
    linked = set(session.scalars(select(EvidenceLink.indicator_id).where(
        EvidenceLink.project_id == project_id, EvidenceLink.deleted.is_(False))))
    modified = modified_leaves(session, project_id)
    finals = finals if finals is not None else final_rows(session, project_id)
    notes: dict[str | None, int] = {}
    for n in session.scalars(select(ReviewNote).where(ReviewNote.project_id == project_id,
                                                      ReviewNote.deleted.is_(False), ReviewNote.resolved.is_(False))):
        notes[n.indicator_id] = notes.get(n.indicator_id, 0) + 1
    for leaf in iter_leaves(roots):
        pairs = given.get(leaf.id, [])
        if pairs and len(pairs) < len(scorers):
            have = {ev for ev, _v in pairs}
            missing = sorted(names.get(e, "?") for e in scorers - have)
            flags.append(Flag("missing_score", leaf.path, _t("Not scored by {names}.").format(names="、".join(missing)), leaf.id))
        if len(pairs) >= 2 and leaf.weight:
            values = [v for _ev, v in pairs]
            lo, hi = min(values), max(values)
            if hi - lo > threshold * abs(leaf.weight) + TOL:
                flags.append(Flag("spread", leaf.path, _t("Scores range from {lo} to {hi}, more than {share} of the weight apart.").format(
                    lo=fmt_score(lo), hi=fmt_score(hi), share=f"{threshold * 100:.0f}%"), leaf.id))
        if leaf.rule:
            lst = list(by_leaf.get(leaf.id, {}).values())
            lr0 = leaves.get(leaf.id)
            for dep in leaf_departures(session, leaf, lst, finals.get(leaf.id), lr0.score if lr0 else None, names):
                flags.append(dep.flag())
            for sc in lst:
                if sc.value is None:
                    continue
                prop = propose(leaf.rule, sc.inputs, leaf.weight, is_negative=leaf.is_negative, cap=leaf.cap, session=session)
                for problem in prop.problems:
                    who = names.get(sc.evaluator_id, "?")
                    flags.append(Flag("rule_input", leaf.path, f"{who}: {problem}", leaf.id, sc.evaluator_id))
        lr = leaves.get(leaf.id)
        if lr is not None and lr.score is not None and leaf.id not in linked and not is_bonus_leaf(
                leaf.rule, leaf.weight, leaf.is_negative):
            lost = (lr.score < -TOL) if leaf.is_negative else (lr.score < leaf.weight - TOL)
            if lost:
                flags.append(Flag("no_evidence", leaf.path, _t("Points deducted ({lost}) but no evidence linked.").format(
                    lost=fmt_score(abs(lr.score) if leaf.is_negative else leaf.weight - lr.score)), leaf.id))
        if leaf.id in modified:
            flags.append(Flag("modified_since_review", leaf.path, _t("Changed after it was marked reviewed."), leaf.id))
        if notes.get(leaf.id):
            flags.append(Flag("open_note", leaf.path, _t("{n} open review note(s).").format(n=notes[leaf.id]), leaf.id))
    if notes.get(None):
        flags.append(Flag("open_note", "", _t("{n} open review note(s).").format(n=notes[None])))
    return flags


def flags_by_leaf(flags: list[Flag]) -> dict[str, list[Flag]]:
    out: dict[str, list[Flag]] = {}
    for f in flags:
        out.setdefault(f.indicator_id, []).append(f)
    return out


def counts(flags: list[Flag]) -> dict[str, Any]:
    out: dict[str, int] = {}
    for f in flags:
        out[f.kind] = out.get(f.kind, 0) + 1
    return out


# -- departures from the rule -------------------------------------------------------------

@dataclass
class Departure:
    """A score that differs from what its rule proposes: an evaluator's (``evaluator_id``
    set) or the leaf's final score (``is_final``). ``reason`` is what was written for it
    ("" when nothing was); ``measured`` the inputs as a report states them ("99.14%", "5/7")."""

    indicator_id: str
    path: str
    name: str
    value: float
    proposed: float
    reason: str = ""
    evaluator_id: str = ""
    who: str = ""
    measured: str = ""
    is_final: bool = False

    def message(self) -> str:
        if self.is_final:
            text = _t("The final score {value} departs from the rule's proposal {proposed}").format(
                value=fmt_score(self.value), proposed=fmt_score(self.proposed))
        else:
            text = _t("{name} gave {value}; the rule proposes {proposed}").format(
                name=self.who, value=fmt_score(self.value), proposed=fmt_score(self.proposed))
        if self.reason.strip():
            return text + _t(" — reason: {reason}").format(reason=self.reason.strip())
        return text + _t("; no reason given.")

    def flag(self) -> Flag:
        return Flag("departs_from_rule", self.path, self.message(), self.indicator_id, self.evaluator_id,
                    detail={"value": self.value, "proposed": self.proposed, "reason": self.reason,
                            "final": self.is_final, "evaluator": None if self.is_final else self.who,
                            "measured": self.measured})

    def as_json(self) -> dict[str, Any]:
        return {"indicator": self.path, "indicator_id": self.indicator_id, "final": self.is_final,
                "evaluator": None if self.is_final else self.who, "value": self.value, "proposed": self.proposed,
                "reason": self.reason, "measured": self.measured}


def final_proposal(session: Session, leaf: Node, scores: list[Any], final: FinalScore | FinalRow | None,
                   rule: dict[str, Any] | None = None) -> tuple[float | None, Any]:
    """What the rule proposes for a leaf's final score, and the score whose inputs gave it.

    The lead who set the final score decides with their own inputs; otherwise the
    evaluators' proposals must agree (all who gave inputs propose the same), else there is
    no single proposal to compare with (None). ``scores``: ``Score`` objects or ``ScoreRow``s. ``rule`` replaces the leaf's rule (what a
    rule being edited would propose).
    """
    rule = leaf.rule if rule is None else rule
    props: list[tuple[float, Any]] = []
    for sc in scores:
        if not sc.inputs:
            continue
        p = propose(rule, sc.inputs, leaf.weight, is_negative=leaf.is_negative, cap=leaf.cap, session=session)
        if p.score is not None:
            props.append((p.score, sc))
    if not props:
        return None, None
    if final is not None and final.method == "set" and final.decided_by:
        mine = next(((v, sc) for v, sc in props if sc.evaluator_id == final.decided_by), None)
        if mine is not None:
            return mine
    values = {round(v, 6) for v, _sc in props}
    return (props[0][0], props[0][1]) if len(values) == 1 else (None, None)


def leaf_departures(session: Session, leaf: Node, scores: list[Any], final: FinalScore | FinalRow | None,
                    final_value: float | None, names: dict[str, str], rule: dict[str, Any] | None = None) -> list[Departure]:
    """Every score of ``leaf`` that departs from its rule: each evaluator's, then the final."""
    rule = leaf.rule if rule is None else rule
    if not rule:
        return []
    out: list[Departure] = []
    for sc in sorted(scores, key=lambda x: names.get(x.evaluator_id, "?")):
        if sc.value is None or sc.deleted:
            continue
        p = propose(rule, sc.inputs, leaf.weight, is_negative=leaf.is_negative, cap=leaf.cap, session=session)
        if p.score is not None and departs(sc.value, p.score):
            out.append(Departure(leaf.id, leaf.path, leaf.name, sc.value, p.score, sc.reason or "", sc.evaluator_id,
                                 names.get(sc.evaluator_id, "?"), inputs_text(rule, sc.inputs)))
    proposed, source = final_proposal(session, leaf, [s for s in scores if not s.deleted], final, rule)
    if proposed is not None and departs(final_value, proposed):
        assert final_value is not None
        reason = ((final.reason or "") if final is not None and final.method == "set" else "") or (
            source.reason if source is not None else "") or "；".join(d.reason for d in out if d.reason)
        out.append(Departure(leaf.id, leaf.path, leaf.name, final_value, proposed, reason,
                             measured=inputs_text(rule, source.inputs) if source is not None else "", is_final=True))
    return out


def _scores_by_leaf(session: Session, project_id: str) -> dict[str, list[Score]]:
    out: dict[str, list[Score]] = {}
    for sc in session.scalars(select(Score).where(Score.project_id == project_id, Score.deleted.is_(False))):
        out.setdefault(sc.indicator_id, []).append(sc)
    return out


def departures(session: Session, project_id: str) -> list[Departure]:
    """Every score in the project that departs from its rule's proposal (read-only).

    The same list the ``departs_from_rule`` flags show; issue-15's Check list and the
    exports read it here so the three never disagree."""
    roots = load_tree(session, project_id)
    leaves = leaf_results(session, project_id, roots)
    names = {e.id: e.name for e in session.scalars(select(Evaluator))}
    scores = _scores_by_leaf(session, project_id)
    finals = {f.indicator_id: f for f in session.scalars(select(FinalScore).where(
        FinalScore.project_id == project_id, FinalScore.deleted.is_(False)))}
    out: list[Departure] = []
    for leaf in iter_leaves(roots):
        lr = leaves.get(leaf.id)
        out += leaf_departures(session, leaf, scores.get(leaf.id, []), finals.get(leaf.id),
                               lr.score if lr else None, names)
    return out


@dataclass
class RuleEffect:
    """What applying ``rule`` to a scored leaf would do: the departures it would have (and
    the ones it has today), so the editor can say which scores now depart."""

    indicator_id: str
    path: str
    before: list[Departure] = field(default_factory=list)
    after: list[Departure] = field(default_factory=list)

    @property
    def new(self) -> list[Departure]:
        """Departures the new rule makes that the current rule does not."""
        known = {(d.evaluator_id, d.is_final) for d in self.before}
        return [d for d in self.after if (d.evaluator_id, d.is_final) not in known]

    def as_json(self) -> dict[str, Any]:
        return {"indicator": self.path, "depart_now": [d.as_json() for d in self.after],
                "new": [d.as_json() for d in self.new]}


def rule_effect(session: Session, project_id: str, indicator_id: str, rule: dict[str, Any] | None) -> RuleEffect:
    """Departures of the leaf's scores under its current rule and under ``rule`` (read-only)."""
    roots = load_tree(session, project_id)
    leaf = next((n for n in iter_leaves(roots) if n.id == indicator_id), None)
    if leaf is None:
        return RuleEffect(indicator_id, "")
    leaves = leaf_results(session, project_id, roots)
    names = {e.id: e.name for e in session.scalars(select(Evaluator))}
    scores = _scores_by_leaf(session, project_id).get(indicator_id, [])
    fin = session.scalars(select(FinalScore).where(FinalScore.indicator_id == indicator_id,
                                                   FinalScore.deleted.is_(False))).first()
    lr = leaves.get(indicator_id)
    value = lr.score if lr else None
    before = leaf_departures(session, leaf, scores, fin, value, names) if leaf.rule else []
    after = leaf_departures(session, leaf, scores, fin, value, names, rule=rule) if rule else []
    return RuleEffect(indicator_id, leaf.path, before, after)


@dataclass
class RuleLine:
    """A leaf's rule as a report states it: the rule applied, the measured value, what the
    rule proposes, the final score and — when they differ — the reason (偏离理由)."""

    indicator_id: str
    path: str
    rule_text: str
    measured: str
    proposed: float | None
    final: float | None
    departs: bool
    reason: str
    evaluators: list[dict[str, Any]] = field(default_factory=list)  # {name, measured, proposed, value, reason}


def rule_lines(session: Session, project_id: str, lang: str | None = None) -> dict[str, RuleLine]:
    """{leaf id: RuleLine} for every leaf with a rule (read-only); texts in ``lang``."""
    roots = load_tree(session, project_id)
    leaves = leaf_results(session, project_id, roots)
    names = {e.id: e.name for e in session.scalars(select(Evaluator))}
    scores = _scores_by_leaf(session, project_id)
    finals = {f.indicator_id: f for f in session.scalars(select(FinalScore).where(
        FinalScore.project_id == project_id, FinalScore.deleted.is_(False)))}
    out: dict[str, RuleLine] = {}
    for leaf in iter_leaves(roots):
        if not leaf.rule:
            continue
        lst = scores.get(leaf.id, [])
        lr = leaves.get(leaf.id)
        value = lr.score if lr else None
        proposed, source = final_proposal(session, leaf, lst, finals.get(leaf.id))
        deps = leaf_departures(session, leaf, lst, finals.get(leaf.id), value, names)
        final_dep = next((d for d in deps if d.is_final), None)
        evs = []
        for sc in sorted(lst, key=lambda x: names.get(x.evaluator_id, "?")):
            if sc.value is None and not sc.inputs:
                continue
            p = propose(leaf.rule, sc.inputs, leaf.weight, is_negative=leaf.is_negative, cap=leaf.cap, session=session)
            evs.append({"name": names.get(sc.evaluator_id, "?"), "measured": inputs_text(leaf.rule, sc.inputs),
                        "proposed": p.score, "value": sc.value,
                        "reason": (sc.reason or "") if departs(sc.value, p.score) else ""})
        out[leaf.id] = RuleLine(
            leaf.id, leaf.path, describe(leaf.rule, leaf.weight, lang, is_negative=leaf.is_negative, cap=leaf.cap),
            inputs_text(leaf.rule, source.inputs) if source is not None else "", proposed, value,
            final_dep is not None, final_dep.reason if final_dep is not None else "", evs)
    return out
