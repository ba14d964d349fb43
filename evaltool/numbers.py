"""The one reader of numbers as people type them, for every numeric field of the product.

Evaluators type scores and weights the way they write them on paper, and score sheets
arrive the same way. This module reads all of those forms, or says exactly why not; it
never guesses a value that the text does not say (``1,5`` is never 15).

What is read (``parse_number``):

- plain numbers, with a sign: ``2``, ``2.5``, ``-1``, ``+0.5``, ``.5``;
- full-width and Chinese punctuation: ``１．５``, ``－１``, ``1。5`` is *not* read (a 。 ends
  a sentence), but ``１，５`` and ``1,5`` are a decimal comma — where the comma cannot be a
  thousands separator: a comma followed by exactly three digits (``1,500``) could be either
  and is refused as ambiguous unless the caller allows grouping (``thousands=True``);
  ``1,234,567`` and ``1,234.5`` are always grouped;
- a unit after the number: ``2.5分``, ``2.5 分``, ``3 points``; ``得2.5分`` too;
- a deduction: ``扣1分``, ``减0.5分`` (``Number.deduction``; the value is −1, −0.5);
- full marks: ``满分`` (``Number.full``; ``points`` gives the weight);
- a percentage: ``85%``, ``85％`` (``Number.percent``; the value is 85), and a cell that a
  spreadsheet formats as a percentage (``percent_cell=True``: 0.85 becomes 85, percent);
- "not scored": empty, ``—``, ``–``, ``-``, ``/``, ``无``, ``不适用``, ``不涉及``, ``未评``,
  ``N/A`` (``Number.value`` is None).

Everything else raises ``NumberError`` whose ``reason`` says why (``not_a_number``,
``ambiguous``, ``not_finite``, ``out_of_range``) and whose ``str()`` is a message for people
in the current language, quoting the text. Only finite values come out.

Scores (``parse_score``, ``score_range``): a score is points within 0…weight, or for a
negative indicator (逆向指标) within cap…0. ``Number.points`` turns what was typed into
points of a given indicator: a percentage is that share of the weight, ``满分`` the weight,
a deduction from a positive indicator is taken off its weight (``扣1分`` of 4 → 3) and from
a negative indicator is the negative amount (−1), and a positive number typed for a
negative indicator is the deduction it names (2 → −2).

Pure functions, no Qt, no database: safe from any thread.
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Literal

from evaltool.i18n import translate

Reason = Literal["not_a_number", "ambiguous", "not_finite", "out_of_range"]
EPS = 1e-9

# Text meaning "no value here": kept lower-case, compared after NFKC and stripping.
NOT_SCORED = frozenset({
    "", "-", "—", "–", "−", "--", "——", "/", "\\", "无", "空", "不适用", "不涉及", "未评", "未评分", "未打分",
    "n/a", "na", "none", "null",
})
_MINUS = str.maketrans({"−": "-", "﹣": "-", "－": "-", "‐": "-", "‒": "-"})
_UNIT_RE = re.compile(r"\s*(?:分|points?|pts?|p)\s*$", re.IGNORECASE)
_PREFIX_RE = re.compile(r"^(扣|减|加|得)\s*")
_NUMBER_RE = re.compile(r"^[+-]?(?:\d[\d,]*(?:\.\d*)?|\.\d+)$")
_GROUPED_RE = re.compile(r"^[+-]?[1-9]\d{0,2}(?:,\d{3})+(?:\.\d*)?$")


class NumberError(ValueError):
    """Text that is not a number we can read, or a number outside its range.

    ``reason``: ``not_a_number``, ``ambiguous`` (``1,500``: 1.5 or 1500?), ``not_finite``,
    ``out_of_range`` (then ``lo``/``hi`` hold the range). ``text`` is what was typed.
    ``str(error)`` is the message for people, in the current language.
    """

    def __init__(self, reason: Reason, text: str, *, lo: float | None = None, hi: float | None = None,
                 value: float | None = None) -> None:
        self.reason, self.text, self.lo, self.hi, self.value = reason, text, lo, hi, value
        super().__init__(self.message())

    def message(self) -> str:
        t = self.text.strip()
        if self.reason == "ambiguous":
            digits = re.sub(r"[^\d,+-]", "", unicodedata.normalize("NFKC", t).translate(_MINUS))
            return translate("Numbers", "“{text}” could be a decimal comma or a thousands separator: write {a} or {b}.").format(
                text=t, a=_fmt(float(digits.replace(",", "."))), b=_fmt(float(digits.replace(",", ""))))
        if self.reason == "not_finite":
            return translate("Numbers", "“{text}” is not a finite number.").format(text=t)
        if self.reason == "out_of_range":
            return translate("Numbers", "{value} is outside {lo}…{hi}.").format(
                value=_fmt(self.value), lo=_fmt(self.lo), hi=_fmt(self.hi))
        return translate("Numbers", "“{text}” is not a number.").format(text=t)


@dataclass(frozen=True)
class Number:
    """What a cell or a field says. ``value`` is None when it says "not scored".

    ``percent``: written as a percentage (``value`` is in per cent: 85 for ``85%``).
    ``deduction``: written as a deduction (``扣1分``; ``value`` is −1).
    ``full``: written as ``满分`` (full marks; ``value`` is None until ``points`` is asked).
    """

    value: float | None
    text: str = ""
    percent: bool = False
    deduction: bool = False
    full: bool = False

    @property
    def empty(self) -> bool:
        """Nothing given (blank, ``—``, ``/``, …)."""
        return self.value is None and not self.full

    def points(self, weight: float, *, negative: bool = False) -> float | None:
        """The value as points of an indicator of ``weight`` (a negative indicator's weight
        is its cap, ≤ 0). Not range-checked: see ``parse_score``."""
        if self.full:
            return 0.0 if negative else weight
        if self.value is None:
            return None
        x = self.value
        if self.percent:
            x = x / 100 * abs(weight)
            if negative or self.deduction:
                x = -abs(x)
        if negative:
            return -abs(x)  # a deduction however it was typed: 2, -2 and 扣2分 all mean −2
        if self.deduction:
            return weight + x  # 扣1分 of a positive indicator of 4 points → 3
        return x


def _fmt(x: float | None) -> str:
    if x is None:
        return ""
    s = f"{x:.3f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def _finite(x: float, text: str) -> float:
    if not math.isfinite(x):
        raise NumberError("not_finite", text)
    return x


def parse_number(value: object, *, percent_cell: bool = False, thousands: bool = False) -> Number:
    """Read a cell or a typed text as a ``Number`` (see the module's list of forms).

    ``value``: text, or a number a spreadsheet stored (int, float, Decimal); None is empty.
    ``percent_cell``: the spreadsheet shows this numeric cell as a percentage (0.85 → 85%).
    ``thousands``: a lone comma before exactly three digits groups thousands (``1,500`` =
    1500) instead of being refused as ambiguous — for amounts of money, not for scores.
    Raises ``NumberError``.
    """
    if value is None:
        return Number(None)
    if isinstance(value, (bool, datetime, date, time)):
        raise NumberError("not_a_number", str(value))
    if isinstance(value, (int, float, Decimal)):
        x = _finite(float(value), str(value))
        return Number(x * 100, str(value), percent=True) if percent_cell else Number(x, str(value))
    raw = str(value)
    s = unicodedata.normalize("NFKC", raw).translate(_MINUS).strip()
    s = re.sub(r"\s+", " ", s)
    if s.lower() in NOT_SCORED:
        return Number(None, raw)
    if s == "满分":
        return Number(None, raw, full=True)
    deduction = False
    m = _PREFIX_RE.match(s)
    if m:
        deduction = m.group(1) in ("扣", "减")
        s = s[m.end():]
    s = _UNIT_RE.sub("", s)
    percent = s.endswith("%")
    if percent:
        s = s[:-1].rstrip()
    s = s.replace(" ", "") if re.fullmatch(r"[+-]\s+\d.*", s) else s  # "- 1" → "-1"
    if not _NUMBER_RE.match(s) or (deduction and s[:1] in "+-"):
        raise NumberError("not_a_number", raw)
    s = _decimal_point(s, raw, thousands)
    try:
        x = float(s)
    except ValueError:
        raise NumberError("not_a_number", raw) from None
    x = _finite(x, raw)
    if deduction:
        x = -abs(x)
    return Number(x, raw, percent=percent, deduction=deduction)


def _decimal_point(s: str, raw: str, thousands: bool) -> str:
    """Commas resolved: grouping removed, a decimal comma made a point (or refused)."""
    if "," not in s:
        return s
    if _GROUPED_RE.match(s):
        # 1,234,567 and 1,234.5 can only be grouped; a lone 1,500 could be 1.5 as well
        if s.count(",") > 1 or "." in s or thousands:
            return s.replace(",", "")
        raise NumberError("ambiguous", raw)
    if s.count(",") == 1 and "." not in s and not s.endswith(","):
        return s.replace(",", ".")  # 1,5 / 0,500 / 12,25: a decimal comma, never 15
    raise NumberError("not_a_number", raw)


def score_range(weight: float, *, negative: bool = False, cap: float | None = None) -> tuple[float, float]:
    """(lowest, highest) score of an indicator: 0…weight, or cap…0 for a negative one
    (the cap, or the weight when no cap is set; both ≤ 0)."""
    if negative:
        lo = cap if cap is not None else weight
        return min(lo, weight, 0.0), 0.0
    return 0.0, max(weight, 0.0)


def parse_score(value: object, weight: float, *, negative: bool = False, cap: float | None = None,
                percent_cell: bool = False) -> float | None:
    """A typed score as the points that will be stored, range-checked; None = not scored.

    ``weight`` is the indicator's weight (points); a negative indicator's weight and cap
    are ≤ 0. Raises ``NumberError`` (``out_of_range`` with ``lo``/``hi`` when the value
    lies outside ``score_range``).
    """
    number = parse_number(value, percent_cell=percent_cell)
    x = number.points(weight, negative=negative)
    if x is None:
        return None
    lo, hi = score_range(weight, negative=negative, cap=cap)
    x = round(x, 9) + 0.0  # 0.1 × 30 = 3.0000000000000004 → 3; −0 → 0
    if not (lo - EPS <= x <= hi + EPS):
        raise NumberError("out_of_range", number.text or str(value), lo=lo, hi=hi, value=x)
    return x
