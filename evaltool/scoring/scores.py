"""Recording scores: each evaluator's score of a leaf, the lead's final decision, the
project's consolidation and grade flags, a leaf's rule — and the states undo puts back.

Each evaluator's score of a leaf is their own record (``Score``, natural id per leaf and
evaluator, so two laptops scoring the same leaf merge into one row per evaluator). The
lead's decision is one ``FinalScore`` per leaf (natural id per leaf). Records are never
deleted: undoing the first score of a leaf tombstones it (``evaltool.records``).

Points are floats; a leaf's score lies in 0…weight (a negative indicator: cap…0).
All functions take a Session, flush, and never commit.
"""
from __future__ import annotations

import copy
import math
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from evaltool.errors import NotFoundError, ValidationError
from evaltool.formatting import fmt_score
from evaltool.i18n import translate
from evaltool.models import FinalScore, Indicator, Project, ProjectFlag, Score, natural_id
from evaltool.numbers import NumberError, parse_number, parse_score
from evaltool.records import restore_fields, set_deleted
from evaltool.rules import KINDS, Proposal, departs, is_bonus_leaf, propose, score_bounds
from evaltool.scoring.totals import CONSOLIDATIONS

# What undo needs to put back (``score_state`` / ``final_state``); ``deleted`` first, so a
# restored tombstone is live again before its values are set.
SCORE_FIELDS = ("deleted", "value", "proposed", "inputs", "comment", "reason")
FINAL_FIELDS = ("deleted", "value", "method", "reason", "comment", "decided_by")


def score_id(indicator_id: str, evaluator_id: str) -> str:
    return natural_id("score", indicator_id, evaluator_id)


def final_id(indicator_id: str) -> str:
    return natural_id("final", indicator_id)


def project_leaf(session: Session, project_id: str, indicator_id: str) -> Indicator:
    """The live indicator ``indicator_id`` of the project; ``NotFoundError`` otherwise."""
    ind = session.get(Indicator, indicator_id)
    if ind is None or ind.deleted or ind.project_id != project_id:
        raise NotFoundError(translate("Errors", "No such indicator in this project."))
    return ind


def _check_range(ind: Indicator, value: float | None) -> None:
    """A score lies in the leaf's range (``evaltool.rules.score_bounds``): 0…weight, cap…0
    for a negative indicator, 0…its own cap for a bonus outside the 100."""
    if value is None:
        return
    w = ind.weight or 0.0
    lo, hi = score_bounds(ind.rule, w, bool(ind.is_negative), ind.cap)
    if not (lo - 1e-9 <= value <= hi + 1e-9):
        if is_bonus_leaf(ind.rule, w, bool(ind.is_negative)):
            raise ValidationError(translate("Errors", "The bonus {value} of “{name}” is above its cap {cap}.").format(
                value=fmt_score(value), name=ind.name, cap=fmt_score(hi)) if value > hi else translate(
                "Errors", "The bonus {value} of “{name}” is below 0.").format(value=fmt_score(value), name=ind.name))
        raise ValidationError(translate("Errors", "The score {value} of “{name}” is outside 0…{weight}.").format(
            value=fmt_score(value), name=ind.name, weight=fmt_score(w)))


def set_score(session: Session, project_id: str, indicator_id: str, evaluator_id: str,
              value: float | None, *, comment: str | None = None, reason: str | None = None,
              inputs: dict[str, Any] | None = None, proposed: float | None = None) -> Score:
    """Record one evaluator's score (and comment) of one leaf."""
    ind = project_leaf(session, project_id, indicator_id)
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
    ind = project_leaf(session, project_id, indicator_id)
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


def parse_leaf_score(value: object, weight: float, *, negative: bool = False, cap: float | None = None,
                     rule: dict[str, Any] | None = None) -> float | None:
    """A typed score of a leaf as the points that will be stored, read by the one number
    reader (``evaltool.numbers``) and checked against the leaf's range
    (``evaltool.rules.score_bounds``) — which for a bonus outside the 100 is 0…its own cap.
    None = not scored. Raises ``NumberError``."""
    if not is_bonus_leaf(rule, weight, negative):
        return parse_score(value, weight, negative=negative, cap=cap)
    lo, hi = score_bounds(rule, weight, negative, cap)
    number = parse_number(value)
    if number.empty:
        return None
    if (number.full or number.percent) and math.isinf(hi):
        raise NumberError("not_a_number", number.text or str(value))  # 满分 / 85% of no cap: no figure
    x = number.points(hi if math.isfinite(hi) else 0.0)
    if x is None:
        return None
    x = round(x, 9) + 0.0
    if not (lo - 1e-9 <= x <= hi + 1e-9):
        raise NumberError("out_of_range", number.text or str(value), lo=lo, hi=hi, value=x)
    return x


# -- scoring with rules ---------------------------------------------------------------

def leaf_proposal(session: Session, ind: Indicator, inputs: dict[str, Any] | None) -> Proposal:
    """What the leaf's rule proposes for ``inputs`` (linked survey rates read live)."""
    return propose(ind.rule, inputs, ind.weight or 0.0, is_negative=bool(ind.is_negative),
                   cap=ind.cap, session=session)


def record_score(session: Session, project_id: str, indicator_id: str, evaluator_id: str,
                 value: float | None, *, comment: str | None = None, reason: str | None = None,
                 inputs: dict[str, Any] | None = None, require_reason: bool = True) -> Score:
    """One evaluator's score with the rule's proposal worked out from their inputs.

    ``inputs`` None keeps the stored inputs. When the score differs from the
    proposal the evaluator must give a reason (``ValidationError`` otherwise;
    ``require_reason=False`` stores it anyway and the difference is flagged).
    ``value`` None with new ``inputs`` takes the rule's proposal; when the inputs propose
    nothing (empty, incomplete, or the leaf has no rule) the score stays as it was —
    inputs alone never replace a score with nothing (the caller says why: the
    proposal's ``missing``).
    """
    if inputs is not None and not isinstance(inputs, dict):
        raise ValidationError(translate("Errors", "Rule inputs must be an object of named values, not {value}.").format(
            value=type(inputs).__name__))
    ind = project_leaf(session, project_id, indicator_id)
    existing = session.get(Score, score_id(indicator_id, evaluator_id))
    live = existing if existing is not None and not existing.deleted else None
    use_inputs = inputs if inputs is not None else (live.inputs if live is not None else None)
    prop = leaf_proposal(session, ind, use_inputs)
    if value is None and inputs is not None:
        if prop.score is not None:
            value = prop.score
        elif live is not None:
            value = live.value
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


def set_rule(session: Session, project_id: str, indicator_id: str, rule: dict[str, Any] | None) -> dict[str, Any] | None:
    """Give a leaf a structured rule (None: scored by hand); returns the previous rule."""
    ind = project_leaf(session, project_id, indicator_id)
    if rule is not None and rule.get("kind") not in KINDS:
        raise ValidationError(translate("Errors", "Unknown rule kind “{kind}”.").format(kind=rule.get("kind")))
    before = copy.deepcopy(ind.rule)
    ind.rule = copy.deepcopy(rule)
    session.flush()
    return before


# -- undo states ----------------------------------------------------------------------

def score_state(session: Session, indicator_id: str, evaluator_id: str) -> dict[str, Any]:
    """What an undo needs to put one evaluator's score back as it was (a deep copy)."""
    sc = session.get(Score, score_id(indicator_id, evaluator_id))
    state: dict[str, Any] = {"indicator_id": indicator_id, "evaluator_id": evaluator_id, "exists": sc is not None}
    if sc is not None:
        state.update({k: copy.deepcopy(getattr(sc, k)) for k in SCORE_FIELDS})
    return state


def restore_score(session: Session, state: dict[str, Any]) -> None:
    """Put back a ``score_state``; a score that did not exist then is tombstoned."""
    sc = session.get(Score, score_id(state["indicator_id"], state["evaluator_id"]))
    if sc is None:
        return
    if not state["exists"]:
        set_deleted(session, Score, sc.id)
    else:
        restore_fields(session, sc, {k: state[k] for k in SCORE_FIELDS})


def final_state(session: Session, indicator_id: str) -> dict[str, Any]:
    """What an undo needs to put a leaf's final decision back as it was."""
    fs = session.get(FinalScore, final_id(indicator_id))
    state: dict[str, Any] = {"indicator_id": indicator_id, "exists": fs is not None}
    if fs is not None:
        state.update({k: copy.deepcopy(getattr(fs, k)) for k in FINAL_FIELDS})
    return state


def restore_final(session: Session, state: dict[str, Any]) -> None:
    """Put back a ``final_state``; a decision that did not exist then is tombstoned."""
    fs = session.get(FinalScore, final_id(state["indicator_id"]))
    if fs is None:
        return
    if not state["exists"]:
        set_deleted(session, FinalScore, fs.id)
    else:
        restore_fields(session, fs, {k: state[k] for k in FINAL_FIELDS})


def release_final(session: Session, project_id: str, indicator_id: str, decided_by: str | None = None) -> FinalScore:
    """Hand a leaf back to the project's consolidation (mean / median of the evaluators)."""
    ind = project_leaf(session, project_id, indicator_id)
    fs = session.get(FinalScore, final_id(ind.id))
    if fs is None:
        fs = FinalScore(id=final_id(ind.id), project_id=project_id, indicator_id=ind.id)
        session.add(fs)
    fs.deleted = False
    fs.method, fs.value, fs.decided_by = "auto", None, decided_by
    session.flush()
    return fs


# -- project decisions ----------------------------------------------------------------

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
