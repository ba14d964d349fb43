"""Bands of a measured value as criteria write them, and a total set of brackets from them.

A band condition is read into an interval whose each edge is open or closed with a
*strength*: ``EXPLICIT`` when the text says it (≤ < ≥ >, （含）, （不含）, 低于, 不足, 超过,
达到, 不低于 …), ``CONVENTION`` for 以上 / 以下 / 以内 (which include their number by the
statutory convention, 刑法第九十九条 "以上、以下、以内，包括本数"), ``UNSTATED`` for a
dash range "80%-90%" that says nothing of its ends (unless the text states
"含下限不含上限" or similar, possibly "下同" for all ranges).

``assemble`` turns the bands into disjoint brackets: where bands nest ("低于80%扣2分；
低于70%扣5分") the narrower band wins; where two bands claim an edge, the stronger claim
wins, and when both are as strong (two unstated dash ranges sharing 80%) the edge goes
to the higher band (含下限不含上限, the usual reading) with a note saying so. Values no
band covers go to the "其余 / 其他 / 否则" band when there is one, else stay uncovered
(scored by hand). Bands that cross without one holding the other are refused.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from evaltool.criteria.text import NUM
from evaltool.formatting import fmt_score
from evaltool.i18n import translate

EXPLICIT, CONVENTION, UNSTATED = 2, 1, 0
UNIT = r"(?:%|个百分点|百分点|分钟|小时|个工作日|工作日|天|日|个月|月|年|次|项|个|份|起|处|人次|人|家|h|min|万元|元)?"
MARK = r"(?:\((不?含)(?:本数|" + NUM + r"%?)?\))?"
_LEFT_OPS: tuple[tuple[str, str, bool], ...] = (
    # word, side ("lo"/"hi"), inclusive
    ("≥", "lo", True), (">", "lo", False), ("≤", "hi", True), ("<", "hi", False),
    ("不低于", "lo", True), ("不少于", "lo", True), ("达到", "lo", True), ("至少", "lo", True), ("满", "lo", True),
    ("不高于", "hi", True), ("不超过", "hi", True), ("至多", "hi", True), ("最多", "hi", True),
    ("未达到", "hi", False), ("未满", "hi", False), ("不满", "hi", False), ("低于", "hi", False), ("不足", "hi", False),
    ("少于", "hi", False), ("小于", "hi", False), ("高于", "lo", False), ("超过", "lo", False), ("大于", "lo", False),
    ("多于", "lo", False), ("超出", "lo", False), ("在", "", True),
)
_LEFT_OPS = tuple(sorted(_LEFT_OPS, key=lambda op: -len(op[0])))  # 未达到 before 达到, 不低于 before 低于
_RIGHT_WORDS: tuple[tuple[str, str], ...] = (("及以上", "lo"), ("或以上", "lo"), ("以上", "lo"), ("及以下", "hi"),
                                             ("或以下", "hi"), ("以下", "hi"), ("以内", "hi"), ("之内", "hi"))
OTHERWISE = re.compile(r"^(?:其余|其他|其它|否则|其余情况|其他情况|其它情况|以外|除此之外|其余的|其他的)(?:的|情形)?$")
WITHIN_TIME = re.compile(r"(?:如|若)?(?:按|在|于)(?:限定|规定|约定|要求)?的?(?:时间|时限|期限)(?:内|以内)完成")
HALF_OPEN = re.compile(r"含下限(?:,)?不含上限|左闭右开")
HALF_OPEN_UP = re.compile(r"含上限(?:,)?不含下限|左开右闭")


@dataclass(frozen=True)
class End:
    value: float  # ±inf when the band is open on that side
    closed: bool
    strength: int


OPEN_LO = End(-math.inf, False, EXPLICIT)
OPEN_HI = End(math.inf, False, EXPLICIT)


@dataclass
class Band:
    lo: End
    hi: End
    score: float
    unit: str = ""
    text: str = ""
    otherwise: bool = False
    subject: str = ""

    def covers(self, x: float) -> bool:
        if x < self.lo.value or (x == self.lo.value and not self.lo.closed):
            return False
        return not (x > self.hi.value or (x == self.hi.value and not self.hi.closed))

    def claim(self, x: float) -> int:
        """How strongly the band claims ``x`` (−1: not at all); an inside point is EXPLICIT."""
        if not self.covers(x):
            return -1
        if x == self.lo.value:
            return self.lo.strength
        if x == self.hi.value:
            return self.hi.strength
        return EXPLICIT + 1

    def within(self, other: Band) -> bool:
        lo_ok = self.lo.value > other.lo.value or (self.lo.value == other.lo.value and (other.lo.closed or not self.lo.closed))
        hi_ok = self.hi.value < other.hi.value or (self.hi.value == other.hi.value and (other.hi.closed or not self.hi.closed))
        return lo_ok and hi_ok


@dataclass
class Assembled:
    brackets: list[dict[str, Any]]
    notes: list[str] = field(default_factory=list)
    problem: str = ""
    uncovered: list[str] = field(default_factory=list)


def _num(text: str) -> float:
    return float(text)


def _unit_of(text: str) -> str:
    if not text:
        return ""
    return "%" if text in ("%", "个百分点", "百分点") else text


def parse_band(condition: str, default_half_open: str = "") -> tuple[End, End, str, str] | None:
    """(lo, hi, unit, subject) of a band condition, or None when it names no single bound.

    ``default_half_open``: "lo" when the text said 含下限不含上限 for its ranges ("下同"),
    "hi" for 含上限不含下限 — what an unstated dash range means.
    """
    c = condition.strip(",的时者:")
    c = re.sub(r"^(?:如|若|如果|当|凡)", "", c)
    if WITHIN_TIME.search(c) and not re.search(NUM, c):
        return OPEN_LO, End(0.0, True, EXPLICIT), "%", "超时幅度"
    # two-sided with symbols: 10%<调整率≤15% / 80%≤X<90%
    m = re.search(rf"({NUM})({UNIT})(≤|<)(.*?)(≤|<)({NUM})({UNIT})", c)
    if m and not re.search(NUM, m.group(4)):
        unit = _unit_of(m.group(2) or m.group(7))
        return (End(_num(m.group(1)), m.group(3) == "≤", EXPLICIT), End(_num(m.group(6)), m.group(5) == "≤", EXPLICIT),
                unit, m.group(4))
    m = re.search(rf"({NUM})({UNIT})(≥|>)(.*?)(≥|>)({NUM})({UNIT})", c)
    if m and not re.search(NUM, m.group(4)):
        unit = _unit_of(m.group(2) or m.group(7))
        return (End(_num(m.group(6)), m.group(5) == "≥", EXPLICIT), End(_num(m.group(1)), m.group(3) == "≥", EXPLICIT),
                unit, m.group(4))
    # interval notation [80%,90%)
    m = re.search(rf"([\[(])({NUM})({UNIT}),({NUM})({UNIT})([\])])", c)
    if m:
        unit = _unit_of(m.group(3) or m.group(5))
        return (End(_num(m.group(2)), m.group(1) == "[", EXPLICIT), End(_num(m.group(4)), m.group(6) == "]", EXPLICIT),
                unit, c[:m.start()])
    # dash ranges: 80%(含)-90% / 80%-90%(含) / 80至90% / 在80%-90%之间
    m = re.search(rf"({NUM})({UNIT}){MARK}(?:-|~|至|到)({NUM})({UNIT}){MARK}(?:之间|区间|以内)?", c)
    if m:
        unit = _unit_of(m.group(2) or m.group(5))
        lo_v, hi_v = _num(m.group(1)), _num(m.group(4))
        if hi_v < lo_v:
            return None
        tail = c[m.end():]
        local = "lo" if HALF_OPEN.search(tail) else ("hi" if HALF_OPEN_UP.search(tail) else default_half_open)
        if m.group(3):
            lo = End(lo_v, m.group(3) == "含", EXPLICIT)
        elif local:
            lo = End(lo_v, local == "lo", EXPLICIT)
        else:
            lo = End(lo_v, True, UNSTATED)
        if m.group(6):
            hi = End(hi_v, m.group(6) == "含", EXPLICIT)
        elif local:
            hi = End(hi_v, local == "hi", EXPLICIT)
        else:
            hi = End(hi_v, True, UNSTATED)
        return lo, hi, unit, c[:m.start()]
    # one number with an operator beside it, or two ("不足95%、高于85%")
    nums = list(re.finditer(rf"({NUM})({UNIT})", c))
    if not nums or len(nums) > 2:
        return None
    bounds = [_bound(c, n) for n in nums]
    if any(b is None for b in bounds):
        return None
    subject = c[:nums[0].start()]
    for word, _s, _inc in _LEFT_OPS:
        if subject.endswith(word):
            subject = subject[: -len(word)]
            break
    unit = next((_unit_of(n.group(2)) for n in nums if n.group(2)), "")
    lo, hi = OPEN_LO, OPEN_HI
    for b in bounds:
        assert b is not None
        side, end = b
        if side == "lo":
            if lo is not OPEN_LO:
                return None
            lo = end
        else:
            if hi is not OPEN_HI:
                return None
            hi = end
    return lo, hi, unit, subject


def _bound(c: str, n: re.Match[str]) -> tuple[str, End] | None:
    """("lo" | "hi", edge) of the number ``n`` in condition ``c`` from the words beside it."""
    value = _num(n.group(1))
    before, after = c[:n.start()], c[n.end():]
    side, closed, strength = "", True, UNSTATED
    for word, s, inc in _LEFT_OPS:
        if before.endswith(word):
            if word == "在" or not s:
                continue
            side, closed, strength = s, inc, EXPLICIT
            break
    mark = re.match(r"^\((不?含)(?:本数|" + NUM + r"%?)?\)", after)
    if mark:
        after = after[mark.end():]
    right = next(((w, s) for w, s in _RIGHT_WORDS if after.startswith(w)), None)
    if right is not None:
        after2 = after[len(right[0]):]
        mark2 = re.match(r"^\((不?含)(?:本数|" + NUM + r"%?)?\)", after2)
        mark = mark or mark2
        if not side or (mark is not None):
            side = right[1]
            closed, strength = True, CONVENTION
        elif side != right[1]:
            return None  # "低于90%以上": contradictory
    if not side:
        return None
    if mark is not None:
        closed, strength = mark.group(1) == "含", EXPLICIT
    return side, End(value, closed, strength)


def _t(text: str) -> str:
    return translate("Criteria", text)


def _edge_text(x: float, unit: str) -> str:
    return f"{fmt_score(x)}{unit}"


def assemble(bands: list[Band], unit: str, *, floor_zero: bool = True) -> Assembled:
    """Disjoint brackets (rule data, in order of value) from the bands as written.

    ``floor_zero``: the measured value cannot be negative (a rate, a count), so values
    below 0 are not reported as uncovered.
    """
    real = [b for b in bands if not b.otherwise]
    rest = next((b for b in bands if b.otherwise), None)
    notes: list[str] = []
    points = sorted({v for b in real for v in (b.lo.value, b.hi.value) if math.isfinite(v)})
    if not points:
        return Assembled([], problem=_t("No band names a value."))
    # elementary pieces: (-inf, p0), {p0}, (p0, p1), {p1}, …, (pk, inf)
    pieces: list[tuple[str, float, float]] = [("open", -math.inf, points[0])]
    for i, p in enumerate(points):
        pieces.append(("point", p, p))
        pieces.append(("open", p, points[i + 1] if i + 1 < len(points) else math.inf))
    chosen: list[Band | None] = []
    for kind, a, b in pieces:
        if kind == "open":
            x = (a + b) / 2 if math.isfinite(a) and math.isfinite(b) else (b - 1 if math.isfinite(b) else a + 1)
            cands = [bd for bd in real if bd.covers(x)]
            pick = _narrowest(cands)
            if pick is None and len(cands) > 1:
                return Assembled([], problem=_t("The bands {a} and {b} cross each other.").format(
                    a=cands[0].text, b=cands[1].text))
        else:
            claims = [(bd.claim(a), bd) for bd in real if bd.claim(a) >= 0]
            pick = None
            if claims:
                # nested bands: the narrower one holds the point ("≤50%（含）" inside "≤100%")
                pick = _narrowest([bd for _c, bd in claims])
                best = max(c for c, _bd in claims)
                strongest = [bd for c, bd in claims if c == best]
                if pick is not None:
                    pass
                elif len(strongest) == 1:
                    pick = strongest[0]
                else:
                    # two equal claims on an edge: the band it opens (含下限不含上限)
                    upper = [bd for bd in strongest if bd.lo.value == a]
                    pick = upper[0] if upper else strongest[0]
                    notes.append(_t("{edge} is an edge of two bands and the text does not say which holds it; "
                                    "read as the band it starts (含下限不含上限).").format(edge=_edge_text(a, unit)))
        chosen.append(pick)
    out: list[dict[str, Any]] = []
    uncovered: list[str] = []
    for (kind, a, b), band in zip(pieces, chosen, strict=True):
        if band is None:
            if rest is not None:
                band = rest
            else:
                below_zero = b < 0 or (kind == "point" and a < 0) or (kind == "open" and b <= 0)
                if not (floor_zero and below_zero):  # a rate or a count never lies below 0
                    uncovered.append(_edge_text(a, unit) if kind == "point" else _range_text(a, b, unit))
                continue
        lo_closed = kind == "point"
        hi_closed = kind == "point"
        if out and out[-1]["_band"] is band and _touches(out[-1], a, lo_closed):
            out[-1]["max"], out[-1]["max_inclusive"] = (None if math.isinf(b) else b), hi_closed
            continue
        if out and out[-1]["score"] == band.score and _touches(out[-1], a, lo_closed) and (
                band.otherwise or out[-1]["_band"].otherwise):
            out[-1]["max"], out[-1]["max_inclusive"] = (None if math.isinf(b) else b), hi_closed
            continue
        out.append({"min": None if math.isinf(a) else a, "max": None if math.isinf(b) else b,
                    "min_inclusive": lo_closed if math.isfinite(a) else True,
                    "max_inclusive": hi_closed if math.isfinite(b) else True, "score": band.score, "_band": band})
    for d in out:
        d.pop("_band")
        if d["min"] is None:
            d["min_inclusive"] = True
        if d["max"] is None:
            d["max_inclusive"] = True
    return Assembled(out, notes, uncovered=uncovered)


def _touches(prev: dict[str, Any], a: float, lo_closed: bool) -> bool:
    """Whether a piece starting at ``a`` continues the bracket ``prev`` without a gap:
    an open piece ending at ``a`` is followed by the point ``a``, or the point by the
    open piece after it."""
    return prev["max"] is not None and prev["max"] == a and bool(prev["max_inclusive"]) != lo_closed


def _range_text(a: float, b: float, unit: str) -> str:
    if math.isinf(a):
        return f"<{_edge_text(b, unit)}"
    if math.isinf(b):
        return f">{_edge_text(a, unit)}"
    return f"({_edge_text(a, unit)}, {_edge_text(b, unit)})"


def _narrowest(cands: list[Band]) -> Band | None:
    """The band held by every other candidate (the most specific), or None."""
    if len(cands) == 1:
        return cands[0]
    for c in cands:
        if all(c is o or c.within(o) for o in cands):
            return c
    return None
