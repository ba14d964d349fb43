"""Checking a rule as it is written: what must be fixed, and what deserves a look.

``validate_rule`` lists the problems that make a rule wrong (a checklist whose points do
not add up to the weight, brackets that overlap or leave a gap between them, a bracket
above the weight, no points per occurrence); ``rule_warnings`` lists what is allowed but
worth a second look (a negative indicator without a cap, a bonus outside the 100 without
a cap of its own, values that fall in no bracket at the ends, the best level below the
weight). Both return messages for people (context "Rules"); empty when fine.

Brackets are compared as intervals with their inclusive / exclusive edges, so ``≤10``
and ``>10`` meet exactly and ``≤10`` with ``≥10`` overlap at 10.
"""
from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from typing import Any

from evaltool.formatting import fmt_score as fmt
from evaltool.i18n import translate
from evaltool.rules.measure import num
from evaltool.rules.propose import KINDS, TOLERANCE, deduction_items, is_bonus_leaf
from evaltool.rules.text import bracket_text


def _t(text: str) -> str:
    return translate("Rules", text)


@dataclass(frozen=True)
class Edge:
    """One end of a band: its value (±inf when open) and whether the value itself belongs."""

    value: float
    closed: bool


def band_edges(b: dict[str, Any]) -> tuple[Edge, Edge]:
    lo, hi = num(b.get("min")), num(b.get("max"))
    low = Edge(-math.inf, False) if lo is None else Edge(lo, bool(b.get("min_inclusive", True)))
    high = Edge(math.inf, False) if hi is None else Edge(hi, bool(b.get("max_inclusive", True)))
    return low, high


def _empty(low: Edge, high: Edge) -> bool:
    return low.value > high.value or (low.value == high.value and not (low.closed and high.closed))


def bracket_problems(brackets: list[dict[str, Any]], unit: str = "") -> tuple[list[str], list[str]]:
    """(problems, warnings) of a set of bands: overlaps and gaps between bands are
    problems; values below the lowest or above the highest band are warnings."""
    problems: list[str] = []
    warnings: list[str] = []
    bands = [(band_edges(b), b) for b in brackets]
    for (low, high), b in bands:
        if _empty(low, high):
            problems.append(_t("The band {band} holds no value.").format(band=bracket_text(b, unit)))
    live = sorted(((lo, hi, b) for (lo, hi), b in bands if not _empty(lo, hi)),
                  key=lambda x: (x[0].value, not x[0].closed))
    for (_lo1, hi1, b1), (lo2, _hi2, b2) in itertools.pairwise(live):
        if hi1.value > lo2.value or (hi1.value == lo2.value and hi1.closed and lo2.closed):
            problems.append(_t("The bands {a} and {b} overlap.").format(a=bracket_text(b1, unit), b=bracket_text(b2, unit)))
        elif hi1.value < lo2.value or (hi1.value == lo2.value and not hi1.closed and not lo2.closed):
            gap = fmt(hi1.value) + unit if hi1.value == lo2.value else f"{fmt(hi1.value)}{unit}–{fmt(lo2.value)}{unit}"
            problems.append(_t("No band holds the values {gap} between {a} and {b}.").format(
                gap=gap, a=bracket_text(b1, unit), b=bracket_text(b2, unit)))
    if live:
        low = live[0][0]
        if low.value > 0 or (low.value == 0 and not low.closed):
            warnings.append(_t("Values below {edge} fall in no band: they are scored by hand.").format(edge=fmt(low.value) + unit))
        high = max((x[1] for x in live), key=lambda e: (e.value, e.closed))
        if math.isfinite(high.value) and not (unit == "%" and high.value >= 100 and high.closed):
            warnings.append(_t("Values above {edge} fall in no band: they are scored by hand.").format(edge=fmt(high.value) + unit))
    return problems, warnings


def validate_rule(rule: dict[str, Any] | None, weight: float, *, is_negative: bool = False,
                  cap: float | None = None) -> list[str]:
    """Problems with a rule's data (empty when fine); messages for people."""
    if not rule:
        return []
    k = rule.get("kind")
    if k not in KINDS:
        return [_t("Unknown rule kind.")]
    out: list[str] = []
    if k == "checklist":
        total = math.fsum(num(p.get("score")) or 0.0 for p in rule.get("points") or [])
        if not rule.get("points"):
            out.append(_t("A checklist needs points."))
        elif abs(total - weight) > TOLERANCE:
            out.append(_t("The points add up to {total}, not the weight {weight}.").format(total=fmt(total), weight=fmt(weight)))
    if k == "graded":
        if not rule.get("levels"):
            out.append(_t("Graded levels need at least one level."))
        for lv in rule.get("levels") or []:
            top = num(lv.get("max")) if num(lv.get("min")) is not None else num(lv.get("score"))
            if top is not None and top > abs(weight) + TOLERANCE:
                out.append(_t("A level gives more than the weight."))
                break
    if k == "brackets":
        if not rule.get("brackets"):
            out.append(_t("Brackets need at least one band."))
        for b in rule.get("brackets") or []:
            s = num(b.get("score"))
            lo, hi = (min(weight, cap if cap is not None else weight, 0.0), 0.0) if is_negative else (0.0, weight)
            if s is None or s > hi + TOLERANCE or s < lo - TOLERANCE:
                out.append(_t("A bracket's points must lie between 0 and the weight."))
                break
        out += bracket_problems(rule.get("brackets") or [], str(rule.get("unit") or ""))[0]
    if k == "deduction" and any((num(i.get("per")) or 0.0) <= 0 for i in deduction_items(rule)):
        out.append(_t("Give the points per occurrence."))
    if k in ("bonus", "shortfall") and (num(rule.get("per")) or 0.0) <= 0:
        out.append(_t("Give the points per occurrence."))
    if k == "shortfall" and (num(rule.get("step")) is not None and (num(rule.get("step")) or 0.0) <= 0):
        out.append(_t("The step must be more than zero."))
    if k == "satisfaction":
        th, fl = num(rule.get("threshold")), num(rule.get("floor"))
        if th is not None and fl is not None and fl > th:
            out.append(_t("The floor is above the threshold."))
    if k == "rate":
        full, fl = num(rule.get("full_at")), num(rule.get("floor"))
        if fl is not None and fl >= (full if full is not None else 1.0):
            out.append(_t("The floor is not below the rate that earns full marks."))
    if is_negative and k in ("checklist", "graded", "rate", "completion", "satisfaction", "target", "bonus"):
        out.append(_t("A negative indicator only deducts: use a deduction, a shortfall, brackets or expert judgement."))
    return out


def rule_warnings(rule: dict[str, Any] | None, weight: float, *, is_negative: bool = False,
                  cap: float | None = None) -> list[str]:
    """What is allowed but worth a second look (empty when nothing)."""
    if not rule or rule.get("kind") not in KINDS:
        return []
    k = rule["kind"]
    out: list[str] = []
    if is_negative and cap is None:
        out.append(_t("A negative indicator should have a deduction cap (e.g. −10)."))
    if is_negative and cap is not None:
        limit = num(rule.get("max"))
        if limit is not None and limit > abs(cap) + TOLERANCE:
            out.append(_t("The rule deducts up to {max}, more than the indicator's cap {cap}.").format(
                max=fmt(limit), cap=fmt(cap)))
    if is_bonus_leaf(rule, weight, is_negative) and num(rule.get("cap")) is None:
        out.append(_t("This bonus lies outside the 100 points and has no cap: each item adds without limit."))
    if k == "bonus" and not is_bonus_leaf(rule, weight, is_negative) and weight > 0:
        own = num(rule.get("cap"))
        if own is not None and own > weight + TOLERANCE:
            out.append(_t("The bonus is limited by the leaf's weight {weight}; give the leaf weight 0 for a bonus outside the 100.").format(
                weight=fmt(weight)))
    if k == "brackets":
        out += bracket_problems(rule.get("brackets") or [], str(rule.get("unit") or ""))[1]
        best = max((num(b.get("score")) or 0.0 for b in rule.get("brackets") or []), default=None)
        if best is not None and not is_negative and best < weight - TOLERANCE:
            out.append(_t("No band gives full marks ({weight}).").format(weight=fmt(weight)))
    if k == "graded" and not is_negative:
        tops = [num(lv.get("max")) if num(lv.get("min")) is not None else num(lv.get("score"))
                for lv in rule.get("levels") or []]
        best = max((x for x in tops if x is not None), default=None)
        if best is not None and best < weight - TOLERANCE:
            out.append(_t("No level gives full marks ({weight}).").format(weight=fmt(weight)))
    return out
