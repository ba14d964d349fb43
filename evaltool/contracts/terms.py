"""The terms of a service contract and how they are read: money, shares, rates, months,
grade bands, response / recovery limits, the working-day calendar.

Seed 001 (广州市人大常委会机关 2023 信息化资产运维项目) gives the defaults: 80 % of each
installment is a fixed base, 20 % a performance pool paid at 100 / 80 / 60 / 0 % for an
average monthly score graded 优秀 ≥90 / 良好 ≥80 / 合格 ≥60 / 不合格; 服务目录完成率 below
100 % costs 2,000 元 and SLA 达标率 below 100 % 1,000 元 per percentage point; faults that
affect the business must be answered in 15 minutes and recovered in 2 hours, others in
30 minutes and 1 working day.

Money is ``Decimal`` in 元, stored as text with 2 decimals; rates are percent as
``Decimal`` (98.5 means 98.5 %). Every parser raises ``ValidationError`` naming the
field and the value it refused, in the user's language.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from evaltool.errors import ValidationError
from evaltool.i18n import translate

FEN = Decimal("0.01")
HUNDRED = Decimal(100)
IMPACTS = ("business", "other")
LEVELS = (1, 2, 3)
TIMELINESS_RULES = ("worst", "mean")

DEFAULT_BASE_SHARE = Decimal("0.8")
DEFAULT_CATALOG_PENALTY = Decimal(2000)
DEFAULT_SLA_PENALTY = Decimal(1000)
DEFAULT_BANDS: list[dict[str, Any]] = [
    {"name": "优秀", "name_en": "Excellent", "min": 90, "pay": 100},
    {"name": "良好", "name_en": "Good", "min": 80, "pay": 80},
    {"name": "合格", "name_en": "Pass", "min": 60, "pay": 60},
    {"name": "不合格", "name_en": "Fail", "min": 0, "pay": 0},
]
DEFAULT_LIMITS: dict[str, dict[str, str]] = {
    "business": {"respond": "15min", "recover": "2h"},
    "other": {"respond": "30min", "recover": "1wd"},
}
# English names of the usual Chinese band names, so bands typed on the command line in
# Chinese still read in an English statement.
BAND_NAMES_EN = {"优秀": "Excellent", "优": "Excellent", "良好": "Good", "良": "Good", "合格": "Pass",
                 "中": "Fair", "不合格": "Fail", "差": "Poor"}


def _t(text: str) -> str:
    return translate("Contracts", text)


def _refuse(field: str, value: Any, why: str) -> ValidationError:
    return ValidationError(_t("{field}: “{value}” {why}").format(field=field, value=value, why=why))


# -- money and numbers -------------------------------------------------------------

def _decimal(value: Any, field: str) -> Decimal:
    if isinstance(value, Decimal):
        d = value
    elif isinstance(value, bool) or value is None:
        raise _refuse(field, value, _t("is not a number."))
    elif isinstance(value, int):
        d = Decimal(value)
    elif isinstance(value, float):
        d = Decimal(repr(value))  # the digits the user sees, not the binary expansion
    else:
        text = str(value).strip().replace(",", "").replace("，", "").replace(" ", "")
        for suffix in ("元", "%", "％"):
            text = text.removesuffix(suffix)
        try:
            d = Decimal(text)
        except InvalidOperation:
            raise _refuse(field, value, _t("is not a number.")) from None
    if not d.is_finite():
        raise _refuse(field, value, _t("is not a number."))
    return d


def parse_money(value: Any, field: str, *, allow_zero: bool = False) -> Decimal:
    """An amount in 元 with at most 2 decimals (fen), above zero (or zero when allowed)."""
    d = _decimal(value, field)
    if d < 0 or (d == 0 and not allow_zero):
        raise _refuse(field, value, _t("must be an amount above zero (in yuan).") if not allow_zero
                      else _t("may not be negative."))
    if d != d.quantize(FEN):
        raise _refuse(field, value, _t("has more than 2 decimals; amounts are in yuan to the fen."))
    return d.quantize(FEN)


def money_text(d: Decimal) -> str:
    """How money is stored: plain decimal text with 2 places ("1200000.00")."""
    return f"{d.quantize(FEN, ROUND_HALF_UP):f}"


def to_fen(d: Decimal) -> Decimal:
    """Rounded half up to the fen, as a finance office rounds (0.005 → 0.01)."""
    return d.quantize(FEN, ROUND_HALF_UP)


def fmt_money(d: Decimal | None) -> str:
    """1,234,567.89 (both languages write money this way in payment documents)."""
    return "" if d is None else f"{to_fen(d):,.2f}"


def parse_share(value: Any, field: str) -> Decimal:
    """A fraction between 0 and 1 (0.8); "80%" is read as 0.8."""
    text = str(value).strip()
    d = _decimal(value, field)
    if text.endswith(("%", "％")):
        d = d / HUNDRED
    if not (0 <= d <= 1):
        raise _refuse(field, value, _t("must lie between 0 and 1 (e.g. 0.8 for 80 %)."))
    return d


def parse_rate(value: Any, field: str) -> Decimal:
    """A percentage from 0 to 100 ("98.5", "98.5%"); above 100 or below 0 is refused."""
    d = _decimal(value, field)
    if d > HUNDRED:
        raise _refuse(field, value, _t("is above 100 %; a rate cannot exceed 100."))
    if d < 0:
        raise _refuse(field, value, _t("is below 0 %."))
    if d != d.quantize(Decimal("0.0001")):
        raise _refuse(field, value, _t("has more than 4 decimals."))
    return d.normalize() if d != 0 else Decimal(0)


def rate_text(d: Decimal | None) -> str | None:
    return None if d is None else f"{d.normalize():f}"


def parse_penalty(value: Any, field: str) -> Decimal:
    """元 per percentage point of shortfall; zero (no penalty) is allowed."""
    return parse_money(value, field, allow_zero=True)


# -- months ------------------------------------------------------------------------

_MONTH_RE = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?\s*$")


def parse_month(text: Any, field: str) -> str:
    """``YYYY-MM`` from "2023-01", "2023-1", "2023/01", "2023年1月"."""
    m = _MONTH_RE.match(str(text or ""))
    if not m or not (1 <= int(m.group(2)) <= 12) or int(m.group(1)) < 1900:
        raise _refuse(field, text, _t("is not a month; write it as YYYY-MM, e.g. 2023-01."))
    return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}"


def parse_months(text: Any, field: str) -> tuple[str, str]:
    """A period of months: "2023-01..2023-04" (also "2023-01~2023-04", "2023-01至2023-04")
    or one month; the first may not come after the last."""
    raw = str(text or "").strip()
    parts = re.split(r"\s*(?:\.\.|~|～|至|—|–)\s*", raw)
    if len(parts) == 1:
        first = last = parse_month(parts[0], field)
    elif len(parts) == 2:
        first, last = parse_month(parts[0], field), parse_month(parts[1], field)
    else:
        raise _refuse(field, text, _t("is not a period of months; write it as 2023-01..2023-04."))
    if first > last:
        raise _refuse(field, text, _t("ends before it starts."))
    return first, last


def next_month(month: str) -> str:
    y, m = int(month[:4]), int(month[5:7])
    return f"{y + (m == 12):04d}-{m % 12 + 1:02d}"


def month_range(first: str, last: str) -> list[str]:
    """Every month from ``first`` to ``last`` inclusive."""
    out, m = [], first
    while m <= last:
        out.append(m)
        m = next_month(m)
    return out


def period_text(first: str, last: str) -> str:
    return first if first == last else f"{first}..{last}"


# -- grade bands -------------------------------------------------------------------

def parse_bands(text: str, field: str = "--bands") -> list[dict[str, Any]]:
    """"优秀:90:100,良好:80:80,合格:60:60,不合格:0:0" → bands (name, minimum average, pay %)."""
    bands = []
    for part in re.split(r"[,，;；]", text or ""):
        if not part.strip():
            continue
        bits = [b.strip() for b in re.split(r"[:：]", part)]
        if len(bits) != 3:
            raise _refuse(field, part, _t("is not NAME:MINIMUM:PAY (e.g. 良好:80:80)."))
        name, lo, pay = bits
        bands.append({"name": name, "name_en": BAND_NAMES_EN.get(name, ""),
                      "min": float(_decimal(lo, field)), "pay": float(_decimal(pay, field))})
    return validate_bands(bands, field)


def validate_bands(bands: list[dict[str, Any]], field: str = "bands") -> list[dict[str, Any]]:
    """Bands ordered from the highest minimum; refused when empty, unnamed, repeated, or a
    pay share outside 0…100 %."""
    if not bands:
        raise ValidationError(_t("{field}: give at least one grade band.").format(field=field))
    out = []
    for b in bands:
        name = str(b.get("name") or "").strip()
        if not name:
            raise ValidationError(_t("{field}: every grade band needs a name.").format(field=field))
        lo = float(_decimal(b.get("min"), field))
        pay = float(_decimal(b.get("pay"), field))
        if lo < 0:
            raise _refuse(field, f"{name}:{lo:g}", _t("has a negative minimum."))
        if not (0 <= pay <= 100):
            raise _refuse(field, f"{name}:{pay:g}", _t("pays outside 0…100 % of the pool."))
        out.append({"name": name, "name_en": str(b.get("name_en") or BAND_NAMES_EN.get(name, "")),
                    "min": lo, "pay": pay})
    names = [b["name"] for b in out]
    mins = [b["min"] for b in out]
    if len(set(names)) != len(names) or len(set(mins)) != len(mins):
        raise ValidationError(_t("{field}: two grade bands have the same name or minimum.").format(field=field))
    return sorted(out, key=lambda b: -b["min"])


def band_for(average: Decimal, bands: list[dict[str, Any]]) -> dict[str, Any]:
    """The band of an average: the highest minimum it reaches; below every minimum, the lowest band."""
    ordered = sorted(bands, key=lambda b: -float(b["min"]))
    for b in ordered:
        if average >= Decimal(repr(float(b["min"]))):
            return b
    return ordered[-1]


def bands_text(bands: list[dict[str, Any]]) -> str:
    return ",".join(f"{b['name']}:{float(b['min']):g}:{float(b['pay']):g}" for b in bands)


# -- limits ------------------------------------------------------------------------

@dataclass(frozen=True)
class Limit:
    """A response or recovery limit: ``amount`` of ``unit`` ("min", "h", "d" clock time, or
    "wd" working days, see ``evaltool.contracts.workdays``)."""

    amount: Decimal
    unit: str

    @property
    def seconds(self) -> int:
        """The limit in seconds (a working day counts 24 hours of working-date time)."""
        per = {"min": 60, "h": 3600, "d": 86400, "wd": 86400}[self.unit]
        return int(self.amount * per)

    @property
    def working_days(self) -> bool:
        return self.unit == "wd"

    def text(self) -> str:
        return f"{self.amount.normalize():f}{self.unit}"


_UNIT_WORDS = {"min": "min", "m": "min", "mins": "min", "minute": "min", "minutes": "min", "分钟": "min", "分": "min",
               "h": "h", "hr": "h", "hour": "h", "hours": "h", "小时": "h", "时": "h",
               "d": "d", "day": "d", "days": "d", "天": "d", "日": "d", "自然日": "d",
               "wd": "wd", "workday": "wd", "workdays": "wd", "working day": "wd", "working days": "wd",
               "工作日": "wd", "个工作日": "wd"}


def parse_limit(text: Any, field: str) -> Limit:
    """"15min", "2h", "1d", "1wd" (also 15分钟, 2小时, 1个工作日); above zero."""
    raw = str(text or "").strip()
    m = re.match(r"^(\d+(?:\.\d+)?)\s*(.*)$", raw)
    unit = _UNIT_WORDS.get(m.group(2).strip().lower()) if m else None
    if m is None or unit is None:
        raise _refuse(field, text, _t("is not a time limit; write e.g. 15min, 2h, 1d or 1wd (working days)."))
    amount = Decimal(m.group(1))
    if amount <= 0:
        raise _refuse(field, text, _t("must be above zero."))
    return Limit(amount, unit)


def validate_limits(limits: dict[str, Any], field: str = "limits") -> dict[str, dict[str, str]]:
    """Both impact classes with a response and a recovery limit, normalised to "15min" text."""
    out: dict[str, dict[str, str]] = {}
    for impact in IMPACTS:
        spec = (limits or {}).get(impact) or DEFAULT_LIMITS[impact]
        out[impact] = {k: parse_limit(spec.get(k) or DEFAULT_LIMITS[impact][k], f"{field} {impact} {k}").text()
                       for k in ("respond", "recover")}
    return out


def parse_limits(text: str, field: str = "--limits") -> dict[str, dict[str, str]]:
    """"business:15min:2h,other:30min:1wd" (impact:respond:recover); a class left out keeps the default."""
    limits: dict[str, Any] = {}
    for part in re.split(r"[,，;；]", text or ""):
        if not part.strip():
            continue
        bits = [b.strip() for b in re.split(r"[:：]", part)]
        if len(bits) != 3 or bits[0] not in IMPACTS:
            raise _refuse(field, part, _t("is not IMPACT:RESPOND:RECOVER with IMPACT business or other (e.g. business:15min:2h)."))
        limits[bits[0]] = {"respond": bits[1], "recover": bits[2]}
    return validate_limits(limits, field)


# -- the working-day calendar -------------------------------------------------------

def parse_dates(value: Any, field: str) -> list[str]:
    """ISO dates from a list or a comma-separated text, sorted, duplicates dropped."""
    items = value if isinstance(value, (list, tuple)) else re.split(r"[,，;；\s]+", str(value or ""))
    out = set()
    for item in items:
        text = str(item).strip()
        if not text:
            continue
        try:
            out.add(dt.date.fromisoformat(text).isoformat())
        except ValueError:
            raise _refuse(field, text, _t("is not a date; write it as YYYY-MM-DD.")) from None
    return sorted(out)


def validate_calendar(calendar: dict[str, Any] | None) -> dict[str, list[str]]:
    cal = calendar or {}
    holidays = parse_dates(cal.get("holidays") or [], "holidays")
    workdays = parse_dates(cal.get("workdays") or [], "workdays")
    both = sorted(set(holidays) & set(workdays))
    if both:
        raise _refuse("holidays / workdays", both[0], _t("is listed both as a holiday and as a working day."))
    return {"holidays": holidays, "workdays": workdays}
