"""The expression checker: every notation it must read, the half-up rule, and properties.

Expected values are worked out by hand in the comments (or, in the property tests,
computed by the test's own tree walker with ``Decimal``), never taken from the checker.
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Context, Decimal, localcontext

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evaltool.check import ExpressionError, check_expression, evaluate, find_claims


def verdict(text: str) -> list[tuple[bool | None, str]]:
    """(right?, the value it should be at the stated precision) of every claim in text."""
    return [(c.ok, c.expected_text()) for c in find_claims(text)]


# -- the issue's own examples --------------------------------------------------------------

def test_addition_and_subtraction_are_computed() -> None:
    # the old checker said "1+1 is 1.00" and "7.25+23.925+24.84+25.4 is -17.59"
    assert verdict("1+1=2") == [(True, "2")]
    assert verdict("7.25+23.925+24.84+25.4=81.415") == [(True, "81.415")]  # seed 000's total
    assert verdict("10-3-2=5") == [(True, "5")]  # left to right: (10-3)-2
    assert verdict("1+1=3") == [(False, "2")]


def test_half_up_at_the_stated_decimals() -> None:
    assert verdict("62/69=89.86%") == [(True, "89.86%")]  # 89.8550… → 89.86
    assert verdict("7636.75/6822−1=11.93%") == [(False, "11.94%")]  # 11.9430… → 11.94
    assert verdict("7636.75/6074−1=25.73%") == [(True, "25.73%")]  # 25.7285… → 25.73
    assert verdict("81.415/100=81.42%") == [(True, "81.42%")]  # exactly 81.415 → half up, not to even
    assert verdict("1/8=0.13") == [(True, "0.13")]  # 0.125 → 0.13 (banker's rounding would say 0.12)
    assert verdict("2.675×1=2.68") == [(True, "2.68")]  # float round(2.675, 2) gives 2.67
    assert verdict("3.23×1.8405=5.82") == [(False, "5.94")]  # 5.944815 (seed 000's error)
    assert verdict("3.23×1.8405=5.9448") == [(True, "5.9448")]  # more decimals: 5.94481|5 → 5.9448
    assert verdict("2/3=0.7") == [(True, "0.7")] and verdict("2/3=0.66") == [(False, "0.67")]


def test_precedence_brackets_and_unary_minus() -> None:
    assert evaluate("2+3×4") == 14
    assert evaluate("(2+3)×4") == 20
    assert evaluate("2×3+4×5") == 26
    assert evaluate("20/4/5") == 1  # left to right
    assert evaluate("-5+3") == -2
    assert evaluate("−(2+3)×2") == -10  # U+2212 minus
    assert evaluate("--4") == 4
    assert evaluate("+3-+2") == 1
    assert evaluate("[2+3]×2") == 10
    assert evaluate("（1+2）×3") == 9  # full-width brackets
    assert verdict("(61+51+52)/(69+67+67)=80.79%") == [(True, "80.79%")]  # 164/203 = 0.807881…
    assert verdict("6-8=-2") == [(True, "-2")]
    assert verdict("-59-88+42+6-2=-101") == [(True, "-101")]  # seed 000's workload table


def test_every_operator_symbol() -> None:
    for text in ("6×7=42", "6*7=42", "6x7=42", "6X7=42", "6✕7=42", "42÷6=7", "42/6=7", "5+2=7", "9-2=7",
                 "9−2=7", "9–2=7", "9－2=7"):
        assert verdict(text) == [(True, text.split("=")[1])], text


def test_percent_in_an_expression_and_as_the_result() -> None:
    assert verdict("3分×2.5%=0.075分") == [(True, "0.075 分")]  # seed 000: 3 × 0.025
    assert verdict("50%+25%=75%") == [(True, "75%")]
    assert verdict("71.43%×3=2.14") == [(True, "2.14")]  # 2.1429
    assert verdict("279.6×40%=111.84") == [(True, "111.84")]  # seed 002
    assert verdict("1738/35806422=0.005%") == [(True, "0.005%")]  # 0.004853…% (seed 004)


def test_growth_forms() -> None:
    assert verdict("7636.75/6074-1=25.73%") == [(True, "25.73%")]
    assert verdict("(7636.75-6822)/6822=11.94%") == [(True, "11.94%")]  # 814.75/6822 = 0.119430…
    assert verdict("(5153-3849)/3849=33.88%") == [(True, "33.88%")]  # 1304/3849 = 0.338789…


def test_chinese_operator_words() -> None:
    assert verdict("3.23乘以1.8405等于5.94") == [(True, "5.94")]
    assert verdict("3.23 乘 1.8405 = 5.94") == [(True, "5.94")]
    assert verdict("10 除以 4 = 2.5") == [(True, "2.5")]
    assert verdict("100 加 20 减 30 = 90") == [(True, "90")]
    assert verdict("100加上20减去30等于90") == [(True, "90")]
    assert verdict("10 除以 4 约等于 2.5") == [(True, "2.5")]
    assert verdict("2÷3≈0.67") == [(True, "0.67")]


def test_full_width_digits_and_symbols() -> None:
    assert verdict("３．２３×１．８４０５＝５．８２") == [(False, "5.94")]
    assert verdict("６２／６９＝８９．８６％") == [(True, "89.86%")]
    assert verdict("１＋１＝２") == [(True, "2")]
    assert verdict("５＊４－３＝１７") == [(True, "17")]


def test_thousands_separators() -> None:
    # seed 004: 35,793,910 / 35,806,422 = 0.999650… → 99.97 %, the report says 99.99 %
    assert verdict("35,793,910/35,806,422=99.99%") == [(False, "99.97%")]
    assert verdict("79,420.32/80,692.06=98.42%") == [(True, "98.42%")]  # 0.984239…
    assert verdict("1，000+2，000=3，000") == [(True, "3000")]  # full-width separators
    assert verdict("1,000+2,000=3000") == [(True, "3000")]


def test_money_units() -> None:
    assert verdict("3.23×1.8405=5.82 万元") == [(False, "5.94 万元")]
    assert verdict("509.40万元+149.00万元=658.40万元") == [(True, "658.40 万元")]
    # mixed units are computed in yuan: 18405 元 × 3.23 = 59 448.15 元 = 5.94 万元
    assert verdict("18405元×3.23=5.94万元") == [(True, "5.94 万元")]
    assert verdict("993750元+1501850元+2068150元=456.375万元") == [(True, "456.375 万元")]  # seed 000
    assert verdict("1.2亿元-2000万元=1亿元") == [(True, "1 亿元")]


def test_chains_and_two_sided_claims() -> None:
    # 5/7 = 0.714285… → 71.43 %; then 71.43 % × 3 = 2.1429 → 2.14 (as the rules' working shows)
    assert verdict("5/7=71.43%×3=2.14") == [(True, "71.43%"), (True, "2.14")]
    assert verdict("2+3=1+4") == [(True, "5")]
    assert verdict("2+3=1+5") == [(False, "5")]
    assert verdict("人月成本=3.23×1.8405=5.82 万元") == [(False, "5.94 万元")]


def test_claims_inside_prose_and_what_is_not_a_claim() -> None:
    text = "扣 3 分×2.5%=0.075 分。预算 509.4 万元，调减 357 万元。DB44/T 635-2009；2022-12-31；7×24 小时；合计=100"
    claims = find_claims(text)
    assert [(c.text, c.ok) for c in claims] == [("3 分×2.5%=0.075 分", True)]
    assert claims[0].stated_span == (text.index("0.075"), text.index("0.075") + len("0.075 分"))
    assert find_claims("2.05 万元/人月降至 1.91 万元/人月") == []


def test_what_cannot_be_checked() -> None:
    assert verdict("1/0=3") == [(None, "")]
    with pytest.raises(ExpressionError):
        check_expression("no figures here")
    with pytest.raises(ExpressionError):
        check_expression("1+1")
    with pytest.raises(ExpressionError):
        evaluate("2+")


# -- properties ---------------------------------------------------------------------------

CTX = Context(prec=50, rounding=ROUND_HALF_UP)
FULL = str.maketrans("0123456789+-*/=%.()", "０１２３４５６７８９＋－＊／＝％．（）")


def leaves() -> st.SearchStrategy[Decimal]:
    return st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999.99"), places=2,
                       allow_nan=False, allow_infinity=False)


def trees() -> st.SearchStrategy[object]:
    return st.recursive(leaves(), lambda kids: st.tuples(st.sampled_from("+-*/"), kids, kids) | st.tuples(
        st.just("neg"), kids), max_leaves=6)


def value(tree: object) -> Decimal:
    """The test's own evaluation of a tree (exact Decimal)."""
    with localcontext(CTX):
        if isinstance(tree, Decimal):
            return tree
        assert isinstance(tree, tuple)
        if tree[0] == "neg":
            return -value(tree[1])
        op, a, b = tree
        x, y = value(a), value(b)
        return {"+": x + y, "-": x - y, "*": x * y, "/": x / y if y else Decimal("NaN")}[op]


def has_binary(tree: object) -> bool:
    """A claim needs an operator between two numbers ("−(0.01)=0" states nothing to recompute)."""
    return isinstance(tree, tuple) and (tree[0] != "neg" or has_binary(tree[1]))


def has_zero_divisor(tree: object) -> bool:
    if isinstance(tree, Decimal):
        return False
    assert isinstance(tree, tuple)
    if tree[0] == "neg":
        return has_zero_divisor(tree[1])
    op, a, b = tree
    return has_zero_divisor(a) or has_zero_divisor(b) or (op == "/" and value(b) == 0)


def number(d: Decimal, notation: str) -> str:
    s = f"{d:f}"
    if notation == "thousands" and "." in s:
        whole, frac = s.split(".")
        s = f"{int(whole):,}.{frac}"
    return s


SYMBOLS = {
    "ascii": {"+": "+", "-": "-", "*": "*", "/": "/", "neg": "-"},
    "unicode": {"+": "+", "-": "−", "*": "×", "/": "÷", "neg": "−"},
    "words": {"+": "加", "-": "减", "*": "乘以", "/": "除以", "neg": "-"},
    "full": {"+": "+", "-": "-", "*": "*", "/": "/", "neg": "-"},
    "thousands": {"+": " + ", "-": " - ", "*": " × ", "/": " ÷ ", "neg": "-"},
}


def render(tree: object, notation: str) -> str:
    """Always bracketed, so the text means the tree whatever the precedence."""
    sym = SYMBOLS[notation]
    if isinstance(tree, Decimal):
        return number(tree, notation)
    assert isinstance(tree, tuple)
    if tree[0] == "neg":
        return f"{sym['neg']}({render(tree[1], notation)})"
    op, a, b = tree
    return f"({render(a, notation)}{sym[op]}{render(b, notation)})"


def stated(v: Decimal, decimals: int, percent: bool) -> Decimal:
    with localcontext(CTX):
        shown = v * 100 if percent else v
        return shown.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def claim_text(tree: object, notation: str, result: Decimal, percent: bool, unit: str) -> str:
    text = f"{render(tree, notation)}={result:f}{'%' if percent else ''}{unit}"
    return text.translate(FULL) if notation == "full" else text


@settings(max_examples=300, deadline=None)
@given(trees(), st.sampled_from(sorted(SYMBOLS)), st.integers(0, 4), st.booleans(), st.sampled_from(["", "万元"]))
def test_any_expression_in_any_notation_round_trips(tree: object, notation: str, decimals: int, percent: bool,
                                                      unit: str) -> None:
    if not has_binary(tree) or has_zero_divisor(tree):
        return
    if percent:
        unit = ""
    right = stated(value(tree), decimals, percent)
    claims = find_claims(claim_text(tree, notation, right, percent, unit))
    assert len(claims) == 1
    assert claims[0].ok is True


@settings(max_examples=300, deadline=None)
@given(trees(), st.sampled_from(sorted(SYMBOLS)), st.integers(0, 4), st.booleans(), st.sampled_from([1, -1]))
def test_one_unit_off_in_the_last_decimal_is_always_caught(tree: object, notation: str, decimals: int,
                                                            percent: bool, sign: int) -> None:
    if not has_binary(tree) or has_zero_divisor(tree):
        return
    right = stated(value(tree), decimals, percent)
    with localcontext(CTX):
        wrong = right + sign * Decimal(1).scaleb(-decimals)
    claims = find_claims(claim_text(tree, notation, wrong, percent, ""))
    assert len(claims) == 1
    assert claims[0].ok is False
    assert claims[0].expected == right


def test_hostile_input_neither_crashes_nor_hangs() -> None:
    # nesting deeper than any report: not read, and no RecursionError
    deep = "(" * 5000 + "1" + ")" * 5000 + "=1"
    assert find_claims(deep) == []
    assert find_claims("-" * 5000 + "1+1=2")[0].ok is True  # read from where the nesting is readable
    # a long sum with no "=" anywhere: nothing to check (each start is not re-parsed to the end)
    assert find_claims("+".join(["1"] * 20000)) == []
    # a long sum that is stated: computed exactly
    assert verdict("+".join(["0.1"] * 1000) + "=100") == [(True, "100")]
