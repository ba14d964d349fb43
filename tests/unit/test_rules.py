"""Scoring rules: each kind's proposal, readable text, and properties (hypothesis)."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from evaltool.i18n import set_language
from evaltool.rules import KINDS, departs, describe, propose, validate_rule
from evaltool.scoring import fmt_score

CHECK4 = {"kind": "checklist", "points": [{"text": f"要点{i}", "score": 0.5} for i in range(4)]}
ADJUST = {"kind": "brackets", "unit": "%", "brackets": [
    {"min": None, "max": 10, "min_inclusive": True, "max_inclusive": True, "score": 3},
    {"min": 10, "max": 15, "min_inclusive": False, "max_inclusive": True, "score": 2.5},
    {"min": 15, "max": 30, "min_inclusive": False, "max_inclusive": True, "score": 1},
    {"min": 30, "max": None, "min_inclusive": False, "max_inclusive": True, "score": 0}]}


def test_completion_five_of_seven_is_2_14_of_3() -> None:
    # seed 000: 7 required elements, 5 met → 71.43% × 3 = 2.14
    p = propose({"kind": "completion"}, {"done": 5, "required": 7}, 3)
    assert fmt_score(p.score) == "2.14"
    assert "71.43%" in p.working
    # the rule may carry the required count; and a rate is accepted as well
    assert fmt_score(propose({"kind": "completion", "required": 7}, {"done": 5}, 1).score) == "0.71"
    assert propose({"kind": "completion"}, {"rate": 0.875}, 4).score == 3.5


def test_adjustment_rate_69_32_percent_gives_zero() -> None:
    assert propose(ADJUST, {"value": 69.32}, 3).score == 0
    # bounds as written: ≤10% full marks, 10–15% (10 excluded) a bit less
    assert propose(ADJUST, {"value": 10}, 3).score == 3
    assert propose(ADJUST, {"value": 10.01}, 3).score == 2.5
    assert propose(ADJUST, {"value": 30}, 3).score == 1


def test_execution_rate_99_14_percent() -> None:
    # seed 000: 49.2 / 49.625 = 99.14%; rate × weight
    p = propose({"kind": "rate"}, {"numerator": 49.2, "denominator": 49.625}, 3)
    assert "99.14%" in p.working
    assert p.score == 2.97
    assert propose({"kind": "rate"}, {"numerator": 120, "denominator": 100}, 3).score == 3  # never above weight


def test_checklist_ticked_and_partial_awards() -> None:
    assert propose(CHECK4, {"ticked": [True, True, True, True]}, 2).score == 2
    assert propose(CHECK4, {"ticked": [True, False, True]}, 2).score == 1
    # partial points (seed 000 目标合理性 0.5+0.5+0.5+0.25 = 1.75); an award above the point is cut to it
    assert propose(CHECK4, {"awarded": [0.5, 0.5, 0.5, 0.25]}, 2).score == 1.75
    assert propose(CHECK4, {"awarded": [0.9, 0, 0, 0]}, 2).score == 0.5
    assert propose(CHECK4, {}, 2).score is None


def test_deduction_never_below_zero() -> None:
    rule = {"kind": "deduction", "per": 0.5}
    assert propose(rule, {"count": 3}, 2).score == 0.5
    assert propose(rule, {"count": 9}, 2).score == 0
    # a negative indicator goes down to its cap, never further
    assert propose(rule, {"count": 3}, -10, is_negative=True, cap=-10).score == -1.5
    assert propose(rule, {"count": 40}, -10, is_negative=True, cap=-10).score == -10


def test_satisfaction_mapping() -> None:
    rule = {"kind": "satisfaction", "threshold": 0.9, "floor": 0.6}
    assert propose(rule, {"rate": 0.9724}, 2).score == 2  # seed 000 办事人 97.24%
    assert propose(rule, {"rate": 0.9}, 2).score == 2
    assert propose(rule, {"rate": 0.75}, 2).score == 1  # half way between floor and threshold
    assert propose(rule, {"rate": 0.59}, 2).score == 0


def test_graded_target_expert_bonus() -> None:
    graded = {"kind": "graded", "levels": [{"text": "好", "score": 4}, {"text": "较好", "score": 3},
                                           {"text": "一般", "min": 0, "max": 1}]}
    assert propose(graded, {"level": 1}, 4).score == 3
    assert propose(graded, {"level": 2, "score": 0.5}, 4).score == 0.5
    assert propose(graded, {"level": 2, "score": 3}, 4).score == 1  # kept inside the level's range
    target = {"kind": "target", "operator": ">=", "target": 12, "unit": "份", "partial": "none"}
    assert propose(target, {"actual": "12份"}, 2).score == 2
    assert propose(target, {"actual": 4}, 2).score == 0
    assert propose({**target, "partial": "ratio"}, {"actual": 6}, 2).score == 1
    assert propose({"kind": "target", "operator": "<=", "target": 2, "unit": "h"}, {"actual": "1.5h"}, 1).score == 1
    expert = propose({"kind": "expert"}, {"deductions": [{"points": 0.5, "reason": "档案不全"}]}, 3)
    assert expert.score == 2.5 and not expert.problems
    assert propose({"kind": "expert"}, {"deduction": 1, "reason": ""}, 3).problems  # reason is mandatory
    assert propose({"kind": "bonus", "per": 10, "cap": 20}, {"count": 3}, 20).score == 20


def test_describe_reads_as_criteria_in_both_languages() -> None:
    set_language("en")
    text = describe(CHECK4, 2)
    assert "要点0" in text and "2" in text
    for kind in KINDS:
        assert describe({"kind": kind, "per": 0.5}, 3).strip()
    assert describe(None, 2)
    set_language("zh_CN")
    zh = describe({"kind": "completion"}, 3)
    assert zh.strip()


def test_validate_rule() -> None:
    assert validate_rule(CHECK4, 2) == []
    assert validate_rule(CHECK4, 3)  # points add to 2, not 3
    assert validate_rule({"kind": "nonsense"}, 3)
    assert departs(2.5, 2.14) and not departs(2.14, 2.14) and not departs(2.0, None)


def _rules() -> st.SearchStrategy:
    num = st.floats(min_value=-50, max_value=200, allow_nan=False, allow_infinity=False)
    small = st.floats(min_value=0, max_value=20, allow_nan=False)
    return st.one_of(
        st.tuples(st.just({"kind": "checklist", "points": [{"score": 1}, {"score": 2}, {"score": 0.5}]}),
                  st.one_of(st.fixed_dictionaries({"ticked": st.lists(st.booleans(), max_size=4)}),
                            st.fixed_dictionaries({"awarded": st.lists(num, min_size=3, max_size=3)}))),
        st.tuples(st.just(ADJUST), st.fixed_dictionaries({"value": num})),
        st.tuples(st.just({"kind": "rate"}), st.fixed_dictionaries({"numerator": num, "denominator": num})),
        st.tuples(st.just({"kind": "completion"}), st.fixed_dictionaries({"done": num, "required": num})),
        st.tuples(st.builds(lambda p: {"kind": "deduction", "per": p}, small), st.fixed_dictionaries({"count": num})),
        st.tuples(st.just({"kind": "satisfaction", "threshold": 0.9, "floor": 0.6}), st.fixed_dictionaries({"rate": num})),
        st.tuples(st.just({"kind": "target", "operator": ">=", "target": 12}), st.fixed_dictionaries({"actual": num})),
        st.tuples(st.just({"kind": "expert"}), st.fixed_dictionaries({"deduction": num, "reason": st.just("x")})),
        st.tuples(st.builds(lambda p: {"kind": "bonus", "per": p, "cap": 15}, small), st.fixed_dictionaries({"count": num})),
        st.tuples(st.just({"kind": "graded", "levels": [{"text": "a", "score": 9}, {"text": "b", "min": 0, "max": 30}]}),
                  st.fixed_dictionaries({"level": st.integers(0, 1), "score": num})),
    )


@settings(max_examples=300, deadline=None)
@given(_rules(), st.floats(min_value=0.5, max_value=20, allow_nan=False))
def test_no_rule_proposes_outside_zero_and_weight(rule_inputs, weight) -> None:
    rule, inputs = rule_inputs
    p = propose(rule, inputs, weight)
    if p.score is not None:
        assert 0 <= p.score <= weight


@settings(max_examples=200, deadline=None)
@given(_rules(), st.floats(min_value=-20, max_value=-0.5, allow_nan=False))
def test_negative_indicator_stays_within_cap_and_zero(rule_inputs, cap) -> None:
    rule, inputs = rule_inputs
    p = propose(rule, inputs, cap, is_negative=True, cap=cap)
    if p.score is not None:
        assert cap <= p.score <= 0
