"""Figures as people write them: folding full-width forms, reading numbers exactly,
rounding half-up, money units.

Every figure is a ``decimal.Decimal`` read from its text (never through a float), so
"81.415 / 100" is exactly 0.81415 and rounds half-up to 81.42 %.

``fold(text)`` maps full-width digits, letters and arithmetic symbols to ASCII one
character for one character, so an offset in the folded text is the same offset in
the original (findings point at the place the user wrote). Chinese punctuation
that separates clauses (，；：、) is kept: folding "，" into "," would turn a list
"69，145" into the thousands-separated number 69145.
"""
from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation, localcontext

#: Digits of working precision: far beyond any figure in a report, so the only
#: rounding that matters is the one the writer did.
PRECISION = 50

_FOLD: dict[int, str] = {0x3000: " ", 0x2212: "-", 0x2012: "-", 0x2013: "-", 0xFE63: "-", 0xFF0D: "-"}
for _cp in range(0xFF01, 0xFF5F):
    if _cp not in (0xFF0C, 0xFF1A, 0xFF1B, 0xFF08, 0xFF09):  # ，：； and the brackets stay (see below)
        _FOLD[_cp] = chr(_cp - 0xFEE0)
# full-width brackets become ASCII brackets: same length, same meaning in an expression
_FOLD[0xFF08], _FOLD[0xFF09] = "(", ")"
_FOLD_TABLE = str.maketrans(_FOLD)

#: A number as written (no sign): thousands separators "," or "，" between groups of
#: exactly three digits, decimals. Used on folded text.
NUMBER = r"(?:\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?(?!\d|[,，]\d)|\d+(?:\.\d+)?|\.\d+)"
NUMBER_RE = re.compile(NUMBER)

#: Money units and their size in yuan.
MONEY_UNITS = {"亿元": Decimal(100_000_000), "万元": Decimal(10_000), "元": Decimal(1)}


def fold(text: str) -> str:
    """Full-width → ASCII (one character for one), minus signs → "-"; offsets unchanged."""
    return (text or "").translate(_FOLD_TABLE)


def context() -> Context:
    """The decimal context every computation here uses (``localcontext(context())``)."""
    return Context(prec=PRECISION, rounding=ROUND_HALF_UP)


def to_decimal(text: str) -> Decimal:
    """"35,806,422" → Decimal("35806422"); raises ValueError for anything else."""
    s = fold(text).replace(",", "").replace("，", "").strip()
    try:
        d = Decimal(s)
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    if not d.is_finite():
        raise ValueError(text)
    return d


def decimals_of(text: str) -> int:
    """Decimal places written: "81.415" → 3, "100" → 0, "72.50" → 2."""
    s = fold(text).replace(",", "").replace("，", "").strip().rstrip("%").strip()
    return len(s.split(".", 1)[1]) if "." in s else 0


def from_float(x: float | int | Decimal) -> Decimal:
    """A stored figure (float) as the Decimal it was typed as: repr, not binary expansion."""
    if isinstance(x, Decimal):
        return x
    return Decimal(repr(float(x))) if isinstance(x, float) else Decimal(int(x))


def round_half_up(value: Decimal, decimals: int) -> Decimal:
    """``value`` rounded half-up (away from zero on a tie) to ``decimals`` places."""
    with localcontext(context()):
        return value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def agrees(stated: Decimal, decimals: int, actual: Decimal) -> bool:
    """True when ``actual`` rounded half-up to the stated decimals is the stated value."""
    return round_half_up(actual, decimals) == stated


def same_figure(stated: Decimal, decimals: int, actual: Decimal) -> bool:
    """A score, weight or amount as stated against the data: the same figure, or — written
    with two decimals or more — the figure rounded half-up (81.42 for 81.415). "2" for
    1.5 or "7.3" for 7.25 is a different score, not a rounding."""
    if decimals >= 2:
        return agrees(stated, decimals, actual)
    return stated == actual


def show(value: Decimal, decimals: int) -> str:
    """``value`` written with exactly ``decimals`` places (half-up), no exponent."""
    q = round_half_up(value, decimals)
    s = f"{q:f}"
    return s.lstrip("-") if q == 0 else s  # never "-0.00"


def plain(value: Decimal, max_decimals: int = 6) -> str:
    """A figure for a message: at most ``max_decimals`` places, trailing zeros dropped."""
    q = round_half_up(value, max_decimals)
    s = f"{q:f}"
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def in_yuan(value: Decimal, unit: str) -> Decimal:
    """An amount in yuan (万元 × 10 000, 亿元 × 100 000 000); other units unchanged."""
    return value * MONEY_UNITS.get(unit, Decimal(1))


def wan(value: Decimal, unit: str) -> Decimal:
    """An amount in 万元 (the unit the project's money figures are kept in)."""
    if unit in MONEY_UNITS:
        with localcontext(context()):
            return in_yuan(value, unit) / MONEY_UNITS["万元"]
    return value


def from_wan(value: Decimal, unit: str) -> Decimal:
    """An amount in 万元 written in ``unit`` (元, 亿元; anything else unchanged)."""
    if unit in MONEY_UNITS and unit != "万元":
        with localcontext(context()):
            return value * MONEY_UNITS["万元"] / MONEY_UNITS[unit]
    return value
