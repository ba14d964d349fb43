"""Structured scoring rules (评分标准) as data, their proposed scores and readable text.

A rule is a JSON dict stored on ``Indicator.rule``; an evaluator's inputs to it are
stored on their own ``Score.inputs``. ``propose(rule, inputs, weight)`` turns the
inputs into a proposed score (or None when the inputs are not complete), always
inside the leaf's range (``score_bounds``). ``describe(rule, weight)`` gives the
criteria as a sentence in the current language (context "Rules"). Rules read from
the criteria text come from ``evaltool.criteria``.

Kinds and their data (``rule`` keys / ``inputs`` keys; every kind that measures one
quantity also takes ``{"value": X}`` in its criteria's unit, see ``measure``):

- ``checklist``  points=[{text, score}], partial (awards below a point allowed) /
  ticked=[bool] or awarded=[points]
- ``graded``     levels=[{text, score} or {text, min, max}] / level=index, score (within a range)
- ``rate``       numerator_label, denominator_label, full_at=1.0, floor (linear from the
  floor to full_at, zero below) / numerator, denominator or rate (a fraction)
- ``brackets``   unit, brackets=[{min, max, min_inclusive, max_inclusive, score}] / value
  (``rate`` and ``brackets`` also read a money figure: a rule with ``"money":
  "execution_rate" | "adjustment_rate" | "arrival_rate"`` (and ``money_line``) is fed by
  inputs ``{"money": {"project_id", "metric", "line"}}``, read live from the budget lines)
- ``completion`` required (optional default) / done, required or rate
- ``deduction``  per (points per occurrence), items=[{text, per, once}] (several kinds of
  occurrence), max (most points off) / count, or counts=[…] per item
- ``satisfaction`` threshold=0.9, floor=0.6, floor_score=0, below="by_hand" (no rule below
  the threshold) / rate, or link={survey_id, group_id, question_key} read through
  ``evaltool.tally.linked_rate``
- ``target``     operator, target, unit, partial ("ratio" or "none") / actual (number or text)
- ``expert``     — / deductions=[{points, reason}] (or deduction + reason); every
  deduction needs a reason
- ``bonus``      per, cap / count — on a leaf of weight 0 the bonus lies outside the 100,
  limited by its own cap only
- ``shortfall``  target=100, unit="%", step=1, per, direction ("below": "每低1个百分点扣",
  "above": "每超过1个百分点扣"), whole_steps, max / value

Any rule may carry ``defaults`` = [{when, as, score}] (the criteria's "无佐证材料的按0分计");
``inputs["default"] = i`` applies default ``i`` when it names a score. Ratio-based kinds
round their proposal to ``decimals`` (default 2, as reports do: 5 of 7 × 3 = 2.14). A leaf
without a rule is scored by hand.

Split along its jobs: ``propose`` (proposals and ranges), ``measure`` (the one measured
value), ``text`` (names and sentences), ``check`` (validation). Import from here.
"""
from __future__ import annotations

from evaltool.formatting import fmt_score as fmt
from evaltool.rules.check import bracket_problems, rule_warnings, validate_rule
from evaltool.rules.measure import SINGLE_VALUE_KINDS, expand_value, has_single_value, measured, value_unit
from evaltool.rules.propose import (
    CIRCLED,
    DEFAULT_DECIMALS,
    KINDS,
    TOLERANCE,
    Inputs,
    Proposal,
    Rule,
    clamp,
    deduction_items,
    departs,
    empty_inputs,
    expert_deductions,
    in_bracket,
    is_bonus_leaf,
    linear_share,
    propose,
    round_half_up,
    satisfaction_rate,
    score_bounds,
    shortfall_steps,
)
from evaltool.rules.text import bracket_text, describe, inputs_text, kind_label

__all__ = [
    "CIRCLED", "DEFAULT_DECIMALS", "KINDS", "SINGLE_VALUE_KINDS", "TOLERANCE", "Inputs", "Proposal", "Rule",
    "bracket_problems", "bracket_text", "clamp", "deduction_items", "departs", "describe", "empty_inputs",
    "expand_value", "expert_deductions", "fmt", "has_single_value", "in_bracket", "inputs_text", "is_bonus_leaf", "kind_label",
    "linear_share", "measured", "propose", "round_half_up", "rule_warnings", "satisfaction_rate", "score_bounds",
    "shortfall_steps", "validate_rule", "value_unit",
]
