"""Flags a lead needs to see before signing off.

- ``unscored``: a leaf without a final score;
- ``missing_score``: a leaf someone who scores in this project has not scored;
- ``spread``: evaluators' scores further apart than the project's threshold
  (default 20 % of the leaf's weight);
- ``departs_from_rule``: a score that differs from its own rule's proposal with no reason;
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
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from evaltool.framework import Node, iter_leaves, walk
from evaltool.i18n import translate
from evaltool.models import Evaluator, EvidenceLink, Project, ReviewNote
from evaltool.rules import departs, propose
from evaltool.scoring import Flag, LeafResult, basic_flags, fmt_score, score_rows

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
        elif not n.is_negative and n.weight <= 0:
            out.append(Flag("weights", n.path, _t("This leaf has no weight."), n.id))
        elif n.is_negative and n.weight > 0:
            out.append(Flag("weights", n.path, _t("A negative indicator's weight must be zero or less."), n.id))
    return out


def compute_flags(session: Session, project_id: str, roots: list[Node],
                  leaves: dict[str, LeafResult], scores: dict[str, dict[str, Any]] | None = None) -> list[Flag]:
    """The flags of the project; ``scores`` are the ``scoring.score_rows`` the caller
    already read (``project_summary`` reads the scores once for totals and flags)."""
    from evaltool.review import modified_leaves  # review builds on scoring too

    project = session.get(Project, project_id)
    threshold = (project.spread_threshold if project is not None and project.spread_threshold is not None else 0.2)
    flags = basic_flags(roots, leaves) + weight_flags(roots)
    names: dict[str, str] = dict(session.execute(select(Evaluator.id, Evaluator.name)).tuples().all())
    by_leaf: dict[str, list[Any]] = {leaf: list(by_ev.values()) for leaf, by_ev in (
        scores if scores is not None else score_rows(session, project_id)).items()}
    scorers = {sc.evaluator_id for lst in by_leaf.values() for sc in lst if sc.value is not None}
    linked = set(session.scalars(select(EvidenceLink.indicator_id).where(
        EvidenceLink.project_id == project_id, EvidenceLink.deleted.is_(False))))
    modified = modified_leaves(session, project_id)
    notes: dict[str | None, int] = {}
    for n in session.scalars(select(ReviewNote).where(ReviewNote.project_id == project_id,
                                                      ReviewNote.deleted.is_(False), ReviewNote.resolved.is_(False))):
        notes[n.indicator_id] = notes.get(n.indicator_id, 0) + 1
    for leaf in iter_leaves(roots):
        lst = by_leaf.get(leaf.id, [])
        have = {sc.evaluator_id for sc in lst if sc.value is not None}
        missing = sorted(names.get(e, "?") for e in scorers - have)
        if missing and have:
            flags.append(Flag("missing_score", leaf.path, _t("Not scored by {names}.").format(names="、".join(missing)), leaf.id))
        values = [sc.value for sc in lst if sc.value is not None]
        if len(values) >= 2 and leaf.weight:
            spread = max(values) - min(values)
            if spread > threshold * abs(leaf.weight) + TOL:
                flags.append(Flag("spread", leaf.path, _t("Scores range from {lo} to {hi}, more than {share} of the weight apart.").format(
                    lo=fmt_score(min(values)), hi=fmt_score(max(values)), share=f"{threshold * 100:.0f}%"), leaf.id))
        if leaf.rule:
            for sc in lst:
                if sc.value is None:
                    continue
                prop = propose(leaf.rule, sc.inputs, leaf.weight, is_negative=leaf.is_negative, cap=leaf.cap, session=session)
                who = names.get(sc.evaluator_id, "?")
                if departs(sc.value, prop.score) and not (sc.reason or "").strip():
                    flags.append(Flag("departs_from_rule", leaf.path, _t("{name} gave {value}; the rule proposes {proposed}; no reason given.").format(
                        name=who, value=fmt_score(sc.value), proposed=fmt_score(prop.score)), leaf.id, sc.evaluator_id))
                for problem in prop.problems:
                    flags.append(Flag("rule_input", leaf.path, f"{who}: {problem}", leaf.id, sc.evaluator_id))
        lr = leaves.get(leaf.id)
        if lr is not None and lr.score is not None and leaf.id not in linked:
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
