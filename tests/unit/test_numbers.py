"""The one number reader: every form people type, and exactly why the rest is refused."""
from __future__ import annotations

import math
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from evaltool.i18n import set_language
from evaltool.numbers import Number, NumberError, parse_number, parse_score, score_range


@pytest.mark.parametrize(("text", "value"), [
    ("2", 2.0), ("2.5", 2.5), ("-1", -1.0), ("+0.5", 0.5), (".5", 0.5), (" 3 ", 3.0),
    ("2.5分", 2.5), ("2.5 分", 2.5), ("-1分", -1.0), ("3 points", 3.0), ("得2分", 2.0),
    ("１．５", 1.5), ("－１", -1.0), ("１，５", 1.5), ("２分", 2.0), ("−2", -2.0),
    ("1,5", 1.5), ("1，5", 1.5), ("12,25", 12.25), ("0,500", 0.5), ("1,5分", 1.5),
    ("1,234,567", 1234567.0), ("1,234.5", 1234.5),
])
def test_numbers_as_people_type_them(text: str, value: float) -> None:
    n = parse_number(text)
    assert n.value == value and not n.percent and not n.deduction


def test_a_decimal_comma_is_never_read_as_thousands() -> None:
    assert parse_number("1，5").value == 1.5  # never 15
    assert parse_number("1,5").value == 1.5
    with pytest.raises(NumberError) as ei:
        parse_number("1,500")  # 1.5 or 1500: not guessed
    assert ei.value.reason == "ambiguous"
    assert parse_number("1,500", thousands=True).value == 1500  # amounts of money may group


@pytest.mark.parametrize("text", ["", "  ", "—", "–", "-", "/", "／", "无", "不适用", "不涉及", "未评", "N/A", "na", "——"])
def test_not_scored(text: str) -> None:
    n = parse_number(text)
    assert n.value is None and n.empty


def test_deductions_full_marks_and_percentages() -> None:
    d = parse_number("扣1分")
    assert (d.value, d.deduction) == (-1.0, True)
    assert d.points(4) == 3.0  # of a positive indicator of 4 points: 4 − 1
    assert d.points(-10, negative=True) == -1.0  # of a negative indicator: the deduction itself
    assert parse_number("减0.5分").points(2) == 1.5
    assert parse_number("满分").points(2.5) == 2.5
    p = parse_number("85%")
    assert (p.value, p.percent) == (85.0, True)
    assert p.points(4) == pytest.approx(3.4)
    assert parse_number("85％").percent
    cell = parse_number(0.85, percent_cell=True)  # an Excel cell shown as 85%
    assert cell.percent and cell.value == pytest.approx(85)
    assert parse_number(2).points(-10, negative=True) == -2.0  # a deduction typed as a positive number


@pytest.mark.parametrize(("value", "reason"), [
    ("两分", "not_a_number"), ("abc", "not_a_number"), ("1.2.3", "not_a_number"), ("1e3", "not_a_number"),
    ("inf", "not_a_number"), ("nan", "not_a_number"), ("1,2,3", "not_a_number"), ("1,5,", "not_a_number"),
    ("扣-1分", "not_a_number"), ("1_000", "not_a_number"), ("1/2", "not_a_number"), (True, "not_a_number"),
    (float("inf"), "not_finite"), (float("nan"), "not_finite"), ("9" * 400, "not_finite"),
])
def test_what_is_not_a_number_says_why(value: object, reason: str) -> None:
    with pytest.raises(NumberError) as ei:
        parse_number(value)
    assert ei.value.reason == reason
    set_language("en")
    assert str(value)[:20] in str(ei.value) or reason == "not_finite"


def test_cells_stored_as_numbers() -> None:
    assert parse_number(3).value == 3.0 and parse_number(2.25).value == 2.25 and parse_number(Decimal("1.5")).value == 1.5
    assert parse_number(None).empty


def test_scores_are_points_within_their_range() -> None:
    assert score_range(4) == (0.0, 4.0)
    assert score_range(-10, negative=True) == (-10.0, 0.0)
    assert score_range(-10, negative=True, cap=-5) == (-10.0, 0.0)
    assert parse_score("2.5分", 4) == 2.5
    assert parse_score("扣1分", 4) == 3.0
    assert parse_score("—", 4) is None
    assert parse_score("3", -5, negative=True) == -3.0
    set_language("en")
    with pytest.raises(NumberError) as ei:
        parse_score("5", 4)
    assert ei.value.reason == "out_of_range" and (ei.value.lo, ei.value.hi) == (0.0, 4.0)
    assert str(ei.value) == "5 is outside 0…4."
    with pytest.raises(NumberError):
        parse_score("-0.5", 4)
    with pytest.raises(NumberError):
        parse_score("扣6分", 5)  # −1
    with pytest.raises(NumberError):
        parse_score("12", -10, negative=True)


def test_messages_in_chinese() -> None:
    set_language("zh_CN")
    try:
        with pytest.raises(NumberError) as ei:
            parse_number("两分")
        assert "不是数字" in str(ei.value) or "数" in str(ei.value)
    finally:
        set_language("en")


@given(st.decimals(min_value=-1000, max_value=1000, places=3, allow_nan=False, allow_infinity=False))
def test_any_number_written_plainly_reads_back(x: Decimal) -> None:
    text = format(x, "f")
    n = parse_number(text)
    assert n.value is not None and math.isclose(n.value, float(x), abs_tol=1e-12)
    fullwidth = text.translate(str.maketrans("0123456789.-", "０１２３４５６７８９．－"))
    assert parse_number(fullwidth).value == n.value
    assert parse_number(text + "分").value == n.value


@given(st.integers(0, 999), st.integers(0, 99))
def test_a_decimal_comma_with_one_or_two_decimals_is_a_point(units: int, hundredths: int) -> None:
    text = f"{units},{hundredths:02d}" if hundredths % 10 else f"{units},{hundredths // 10}"
    assert parse_number(text).value == pytest.approx(float(text.replace(",", ".")))


def test_number_is_a_value_object() -> None:
    assert Number(2.0) == Number(2.0)
    assert Number(None, full=True).points(3) == 3
