"""Rules: one measured value for every single-quantity kind, shortfalls, rate floors,
deductions by kind, defaults, bonus leaves outside the 100, and live validation."""
from __future__ import annotations

import math

import pytest

from evaltool.i18n import set_language
from evaltool.rules import (
    describe,
    inputs_text,
    is_bonus_leaf,
    measured,
    propose,
    rule_warnings,
    score_bounds,
    validate_rule,
    value_unit,
)

# one measured value in the criteria's unit, against the kind's own inputs (seed 000 figures)
VALUE_CASES = [
    ({"kind": "rate"}, 3, {"numerator": 49.2, "denominator": 49.625}, {"value": 99.14}, 2.97),  # 99.14% × 3
    ({"kind": "completion", "required": 7}, 3, {"done": 5, "required": 7}, {"value": 5}, 2.14),
    ({"kind": "completion"}, 4, {"rate": 0.875}, {"value": 87.5}, 3.5),
    ({"kind": "satisfaction", "threshold": 0.9, "floor": 0.6}, 2, {"rate": 0.8986}, {"value": 89.86}, 1.99),
    ({"kind": "brackets", "unit": "%", "brackets": [{"min": None, "max": 10, "score": 2},
                                                   {"min": 10, "min_inclusive": False, "max": None, "score": 0}]},
     2, {"rate": 0.6932}, {"value": 69.32}, 0),
    ({"kind": "deduction", "per": 0.5}, 2, {"count": 3}, {"value": 3}, 0.5),
    ({"kind": "bonus", "per": 0.5, "cap": 2}, 2, {"count": 3}, {"value": 3}, 1.5),
    ({"kind": "target", "operator": ">=", "target": 12, "unit": "份", "partial": "ratio"}, 2, {"actual": "6份"},
     {"value": 6}, 1),
    ({"kind": "shortfall", "target": 100, "unit": "%", "per": 0.2}, 2, {"value": 98.5}, {"rate": 0.985}, 1.7),
]


@pytest.mark.parametrize(("rule", "weight", "detailed", "value", "expected"), VALUE_CASES,
                         ids=[c[0]["kind"] for c in VALUE_CASES])
def test_one_measured_value_gives_the_same_proposal(rule, weight, detailed, value, expected) -> None:
    assert propose(rule, detailed, weight).score == pytest.approx(expected)
    assert propose(rule, value, weight).score == pytest.approx(expected)


def test_value_units_and_measured_text() -> None:
    assert value_unit({"kind": "rate"}) == "%"
    assert value_unit({"kind": "completion", "required": 7}) == ""
    assert value_unit({"kind": "brackets", "unit": "h"}) == "h"
    assert measured({"kind": "completion", "required": 7}, {"done": 5}) == (5, "5/7")
    assert measured({"kind": "rate"}, {"numerator": 49.2, "denominator": 49.625})[1] == "49.2/49.625 = 99.14%"
    assert measured({"kind": "rate"}, {"value": 99.14}) == (pytest.approx(99.14), "99.14%")
    assert inputs_text({"kind": "checklist", "points": [{"score": 1}, {"score": 1}, {"score": 2}]},
                       {"ticked": [True, False, True]}) == "①✓ ②✗ ③✓"
    # detailed inputs win over a value given beside them
    assert propose({"kind": "rate"}, {"numerator": 1, "denominator": 2, "value": 90}, 2).score == 1


def test_rate_with_a_floor_is_linear_from_floor_to_full() -> None:
    rule = {"kind": "rate", "full_at": 1.0, "floor": 0.5}  # 得分=(完成率-50%)/(100%-50%)×分值，低于50%不得分
    assert propose(rule, {"value": 75}, 4).score == 2
    assert propose(rule, {"value": 49}, 4).score == 0
    assert propose(rule, {"value": 100}, 4).score == 4
    assert "50.00%" in propose(rule, {"value": 75}, 4).working


def test_shortfall_below_and_above_and_whole_steps() -> None:
    below = {"kind": "shortfall", "target": 100, "unit": "%", "step": 1, "per": 0.2, "direction": "below"}
    assert propose(below, {"value": 100}, 2).score == 2
    assert propose(below, {"value": 97}, 2).score == pytest.approx(1.4)
    assert propose(below, {"value": 50}, 2).score == 0  # never below zero
    above = {"kind": "shortfall", "target": 10, "unit": "%", "per": 0.2, "direction": "above"}
    assert propose(above, {"value": 12.5}, 2).score == 1.5
    whole = {**below, "whole_steps": True, "per": 0.5}
    assert propose(whole, {"value": 99.5}, 3).score == 2.5  # part of a point counts as a whole one
    # a negative indicator: the shortfall is the deduction, down to the cap
    assert propose(below, {"value": 90}, -5, is_negative=True, cap=-5).score == -2


def test_deduction_by_kind_of_occurrence_with_a_most() -> None:
    rule = {"kind": "deduction", "per": 3, "max": 10, "items": [
        {"text": "未按时提交", "per": 3, "once": True}, {"text": "不一致", "per": 0.5}, {"text": "缺佐证", "per": 0.5}]}
    assert propose(rule, {"counts": [1, 2, 1]}, -10, is_negative=True, cap=-10).score == -4.5
    assert propose(rule, {"counts": [5, 0, 0]}, -10, is_negative=True, cap=-10).score == -3  # once only
    assert propose(rule, {"counts": [1, 30, 0]}, -10, is_negative=True, cap=-10).score == -10
    assert "At most 10 points off." in describe(rule, -10, "en")


def test_a_default_with_a_score_overrides_the_inputs() -> None:
    rule = {"kind": "checklist", "points": [{"text": "A", "score": 1}, {"text": "B", "score": 1}],
            "defaults": [{"when": "无佐证材料", "as": "0分", "score": 0}, {"when": "视同", "as": "说明"}]}
    assert propose(rule, {"ticked": [True, True], "default": 0}, 2).score == 0
    assert propose(rule, {"ticked": [True, True], "default": 1}, 2).score == 2  # no score: information only
    assert "无佐证材料 → 0分" in describe(rule, 2, "en")


def test_bonus_leaf_outside_the_hundred_earns_up_to_its_own_cap() -> None:
    # the monthly template's bonus: weight 0, 10 per adopted suggestion (seed 001), no cap
    rule = {"kind": "bonus", "per": 10}
    assert is_bonus_leaf(rule, 0) and not is_bonus_leaf(rule, 5) and not is_bonus_leaf({"kind": "rate"}, 0)
    assert score_bounds(rule, 0) == (0, math.inf)
    assert propose(rule, {"count": 2}, 0).score == 20
    capped = {**rule, "cap": 15}
    assert score_bounds(capped, 0) == (0, 15)
    assert propose(capped, {"value": 2}, 0).score == 15
    # inside the 100 a bonus stays within the leaf's weight
    assert propose(capped, {"count": 2}, 5).score == 5
    assert "outside the weights, with no cap" in describe(rule, 0, "en")
    assert rule_warnings(rule, 0) and not rule_warnings(capped, 0)


def test_validation_finds_gaps_overlaps_and_missing_caps() -> None:
    set_language("en")  # the messages are checked in English (the conftest puts zh_CN back)
    gap = {"kind": "brackets", "unit": "%", "brackets": [
        {"min": None, "max": 50, "score": 1}, {"min": 60, "min_inclusive": False, "max": None, "score": 0}]}
    assert any("50%–60%" in p for p in validate_rule(gap, 2))
    overlap = {"kind": "brackets", "unit": "%", "brackets": [
        {"min": None, "max": 10, "score": 2}, {"min": 10, "max": None, "score": 0}]}
    assert any("overlap" in p for p in validate_rule(overlap, 2))
    touching = {"kind": "brackets", "unit": "%", "brackets": [
        {"min": None, "max": 10, "score": 2}, {"min": 10, "min_inclusive": False, "max": None, "score": 0}]}
    assert validate_rule(touching, 2) == []
    open_top = {"kind": "brackets", "unit": "h", "brackets": [{"min": 0, "max": 2, "score": 2}]}
    assert any("above 2h" in w for w in rule_warnings(open_top, 2))
    assert validate_rule({"kind": "checklist", "points": [{"score": 1}]}, 2) != []
    # a negative indicator deducts only, and should have a cap
    assert validate_rule({"kind": "checklist", "points": [{"score": 1}]}, -1, is_negative=True) != []
    assert rule_warnings({"kind": "deduction", "per": 1}, -10, is_negative=True, cap=None)
    assert rule_warnings({"kind": "deduction", "per": 1, "max": 20}, -10, is_negative=True, cap=-10)
