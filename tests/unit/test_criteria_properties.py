"""Properties of bracket rules read from text (hypothesis).

Bands over a rate are drawn at random — cut points, which band each edge belongs to,
scores — and written the ways criteria write them (symbols, 以上 / 以下 / 含 / 不含 / 低于 /
超过 / 达到 / 不足, dash ranges with marks, "含下限不含上限，下同", "其余不得分", any order).
The rule read back must give every value the score the bands give it (edges included),
be total when the text covers every value, and monotone where the text is.
"""
from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from evaltool.criteria import read_criteria
from evaltool.rules import propose


@dataclass
class Truth:
    cuts: list[float]  # ascending, inside (0, 100)
    upper: list[bool]  # cut i belongs to the band above it
    scores: list[float]  # one per band, lowest band first
    weight: float

    def score(self, v: float) -> float:
        band = 0
        for i, c in enumerate(self.cuts):
            if v > c or (v == c and self.upper[i]):
                band = i + 1
        return self.scores[band]


def _num(x: float) -> str:
    return f"{x:g}"


def _pts(s: float, weight: float, style: int) -> str:
    if s == weight and style % 2:
        return "得满分"
    if s == 0 and style % 3 == 0:
        return "不得分"
    return f"得{_num(s)}分"


def _low(c: float, incl: bool, style: int) -> str:
    """The band below ``c`` (``incl``: it holds c)."""
    forms = ([f"X≤{_num(c)}%", f"{_num(c)}%及以下", f"{_num(c)}%（含）以下", f"不超过{_num(c)}%"] if incl
             else [f"X<{_num(c)}%", f"低于{_num(c)}%", f"不足{_num(c)}%", f"{_num(c)}%以下（不含）", f"未达到{_num(c)}%"])
    return forms[style % len(forms)]


def _high(c: float, incl: bool, style: int) -> str:
    forms = ([f"X≥{_num(c)}%", f"{_num(c)}%及以上", f"{_num(c)}%（含）以上", f"达到{_num(c)}%", f"不低于{_num(c)}%"] if incl
             else [f"X>{_num(c)}%", f"超过{_num(c)}%", f"高于{_num(c)}%", f"{_num(c)}%以上（不含）"])
    return forms[style % len(forms)]


def _mid(a: float, a_in: bool, b: float, b_in: bool, style: int, half_open: bool) -> str:
    if half_open:
        return f"{_num(a)}%-{_num(b)}%"
    if style % 2:
        return f"{_num(a)}%{'≤' if a_in else '<'}X{'≤' if b_in else '<'}{_num(b)}%"
    return f"{_num(a)}%（{'含' if a_in else '不含'}）-{_num(b)}%（{'含' if b_in else '不含'}）"


@st.composite
def banded(draw: st.DrawFn) -> tuple[Truth, str, bool]:
    k = draw(st.integers(2, 5))
    cuts = sorted(draw(st.sets(st.integers(1, 199).map(lambda x: x / 2), min_size=k - 1, max_size=k - 1)))
    half_open = draw(st.booleans())  # 含下限不含上限，下同: every edge belongs to the band above
    upper = [True] * len(cuts) if half_open else draw(st.lists(st.booleans(), min_size=len(cuts), max_size=len(cuts)))
    order = draw(st.sampled_from(["up", "down", "any"]))
    scores = draw(st.lists(st.integers(0, 8).map(lambda x: x / 2), min_size=k, max_size=k))
    if order == "up":
        scores = sorted(scores)
    elif order == "down":
        scores = sorted(scores, reverse=True)
    weight = max(*scores, 0.5)
    scores = [s if s <= weight else weight for s in scores]
    truth = Truth(cuts, upper, scores, weight)
    style = draw(st.integers(0, 100))
    otherwise = scores[0] == 0 and draw(st.booleans())
    clauses: list[str] = []
    if not otherwise:
        if half_open:
            clauses.append(f"低于{_num(cuts[0])}%{_pts(scores[0], weight, style)}")
        else:
            clauses.append(_low(cuts[0], not upper[0], style) + _pts(scores[0], weight, style))
    for i in range(1, k - 1):
        a, b = cuts[i - 1], cuts[i]
        text = _mid(a, upper[i - 1], b, not upper[i], style + i, half_open)
        if half_open and i == 1:
            text += "（含下限不含上限，下同）"
        clauses.append(text + _pts(scores[i], weight, style + i))
    top = _high(cuts[-1], upper[-1], style) if not half_open else f"{_num(cuts[-1])}%以上"
    clauses.append(top + _pts(scores[-1], weight, style + k))
    if draw(st.booleans()):
        clauses.reverse()
    if otherwise:
        clauses.append("其余不得分")
    sep = draw(st.sampled_from(["；", "，", ";"]))
    return truth, sep.join(clauses), True


@settings(max_examples=300, deadline=None)
@given(banded())
def test_bracket_text_reads_back_total_and_exact(case: tuple[Truth, str, bool]) -> None:
    truth, text, total = case
    r = read_criteria(text, weight=truth.weight)
    assert r.rule is not None and r.rule["kind"] == "brackets", (text, r.as_json())
    probes = sorted({0.0, 100.0, 110.0, 0.5, *truth.cuts, *(c - 0.25 for c in truth.cuts), *(c + 0.25 for c in truth.cuts)})
    got = []
    for v in probes:
        p = propose(r.rule, {"value": v}, truth.weight)
        assert p.score is not None or not total, (text, v)  # total where the text is
        assert p.score == truth.score(v), (text, v, r.rule)
        got.append(p.score)
    ups = [truth.score(v) for v in probes]
    if ups == sorted(ups):  # monotone where the text is
        assert got == sorted(got)
    if ups == sorted(ups, reverse=True):
        assert got == sorted(got, reverse=True)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(1, 19).map(lambda x: x * 5.0), min_size=1, max_size=4, unique=True),
       st.lists(st.integers(1, 6).map(lambda x: x / 2), min_size=4, max_size=4))
def test_deduction_thresholds_nest_into_disjoint_bands(thresholds: list[float], offs: list[float]) -> None:
    """"低于80%的扣2分；低于70%的扣5分": the narrower threshold wins, values above them all keep full marks."""
    ts = sorted(thresholds, reverse=True)
    weight = 10.0
    lost = sorted(offs[: len(ts)])  # lower values lose more
    text = "；".join(f"低于{_num(t)}%的扣{_num(x)}分" for t, x in zip(ts, lost, strict=True))
    r = read_criteria(text, weight=weight)
    assert r.rule is not None and r.rule["kind"] == "brackets", r.as_json()
    for v in [0.0, 100.0, *ts, *(t - 0.5 for t in ts)]:
        expected = weight
        for t, x in zip(ts, lost, strict=True):
            if v < t:
                expected = weight - x
        assert propose(r.rule, {"value": v}, weight).score == expected, (text, v)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="得扣分满不以上下含％%≤<≥>()（）0123456789.-，；、率其余每项个点" + "的按计", max_size=40),
       st.floats(0, 20, allow_nan=False))
def test_reader_never_raises_and_never_exceeds_the_weight(text: str, weight: float) -> None:
    r = read_criteria(text, weight=weight)
    assert (r.rule is None) == bool(r.reason) or r.rule is not None
    if r.rule is not None and r.rule["kind"] == "brackets":
        assert all(0 <= b["score"] <= weight + 1e-9 for b in r.rule["brackets"])
