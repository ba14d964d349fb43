"""Stated calculations in prose, checked when their inputs are in the same sentence.

``prose_statements(text)`` returns a ``Statement`` for every claim it recognises, right
or wrong. The forms (``FORMS`` names them for people):

- ``expression``: "A×B=C", "A/B−1=C%", chains, Chinese operator words
  (``evaltool.check.expressions``);
- ``product_words``: "3.23 与 1.8405 的乘积为 5.94", "…的乘积计算失误，其乘积为 5.94" (also
  之和, 之差, 之商);
- ``money_rate``: "年初预算安排 509.4 万元，调减 357 万元，预算调整率为 70.08%";
  "调整后 49.625 万元，实际支付 49.2 万元，资金支出率为 99.14%" (执行率 / 支出率 / 完成率
  = actual ÷ adjusted, else ÷ approved budget; 调整率 = adjustment ÷ approved;
  到位率 = received ÷ approved);
- ``money_difference``: "预算 227 万元，调减 3 万元，调整后 224 万元";
- ``share``: "合同总价 279.6 万元 … 的 40%，即 111.84 万元" (the contract sum may be named
  earlier in the paragraph);
- ``total``: "…投入 509.40 万元，…投入 149.00 万元，总投入 658.40 万元" (amounts of one
  kind before a 合计/总/共 amount); "共设置 11 个…，分别为 9 个…、1 个…和 1 个…";
  "40 个子项目（包括 17 个初验、23 个终验）"; "75 个子项目中，…的 0 个，…的 30 个…";
- ``ratio``: "计划 27 个，实际完成 25 个，如期完成率 92.59%"; "7 项…中完成 5 项，完成率为
  71.43%"; "总评价数 35806422 条，其中五星好评 35793910 条，好评率 99.99%"; the remainder
  "共计 9287 次，其中 9150 次…，剩余的 137 次" (a sentence
  starting with 其中 continues the previous one: "共回收 69 份有效问卷。其中，62 个受访者
  …满意率为 89.86%");
- ``score_rate``: "分值 W 分，评价得分 S 分，得分率 R%" (also 权重 … 小计得分 …);
- ``growth``: "（7636.75 人日）比 2020 年（6074 人日）增多了 25.73%" (years are not values);
- ``points_total``: "…得 0.5 分。…得 0.5 分。…本项合计得 1 分" (the parts since the
  previous total or heading).

Qt-free, pure, safe on any thread.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from decimal import Decimal, localcontext

from evaltool.check import scan
from evaltool.check.expressions import find_claims
from evaltool.check.model import Span, Statement
from evaltool.check.numbers import NUMBER, context, decimals_of, fold, from_wan, plain, round_half_up, show, to_decimal, wan
from evaltool.i18n import QT_TRANSLATE_NOOP

FORMS = {
    "expression": QT_TRANSLATE_NOOP("Check", "A calculation written out: A×B=C, A/B=C%, A/B−1=C%, A+B+C=D "
                                             "(also 乘以 除以 加 减 等于, full-width, with 万元/元/%)"),
    "product_words": QT_TRANSLATE_NOOP("Check", "A product (sum, difference, quotient) in words: “A 与 B 的乘积/之和/之差/之商为 C”"),
    "money_rate": QT_TRANSLATE_NOOP("Check", "A budget rate next to its amounts: 执行率/支出率/完成率 = actual ÷ "
                                             "(adjusted) budget, 调整率 = 调减 ÷ 批复, 到位率 = 到位 ÷ 批复"),
    "money_difference": QT_TRANSLATE_NOOP("Check", "A budget after a cut: “预算 A 万元，调减 B 万元，调整后 C 万元”"),
    "share": QT_TRANSLATE_NOOP("Check", "A share of a contract sum: “合同总价 A 万元 … 的 P%，即 X 万元”"),
    "total": QT_TRANSLATE_NOOP("Check", "A total next to its parts: “…A 万元，…B 万元，合计/总投入 C 万元”, "
                                        "“共 N 个，分别为 a 个、b 个…”, “N 个（包括 a 个、b 个）”"),
    "ratio": QT_TRANSLATE_NOOP("Check", "A rate next to its counts: “计划 N 个，实际 M 个，完成率 R%”, "
                                        "“N 项中完成 M 项，…率 R%”, “共 N 条，其中 M 条，…率 R%”, "
                                        "“共 N 次，其中 A 次…，剩余 B 次”"),
    "score_rate": QT_TRANSLATE_NOOP("Check", "A score rate next to its weight and score: “分值 W 分，得分 S 分，得分率 R%”"),
    "growth": QT_TRANSLATE_NOOP("Check", "“A 比 B 增长/增多/下降了 R%” with both values in the sentence"),
    "points_total": QT_TRANSLATE_NOOP("Check", "The points of a leaf and their total: “得 a 分 … 得 b 分 … 本项合计得 S 分”"),
}

_GROWTH_UP = ("增多", "增长", "增加", "提高", "提升", "上升")
_GROWTH_DOWN = ("下降", "减少", "降低", "缩短", "压减")
_CHANGE_RE = re.compile(rf"(?P<w>{'|'.join(_GROWTH_UP + _GROWTH_DOWN)})了?\s*(?P<r>{NUMBER})\s*%")
_VALUE_RE = re.compile(rf"(?<![\d.第])(?P<n>{NUMBER})(?!\s*(?:年|月|日|号|%|\d))")
_PRODUCT_RE = re.compile(rf"(?<![\d.])(?P<a>{NUMBER})\s*(?:万元|元)?\s*(?:与|和)\s*(?P<b>{NUMBER})\s*(?:万元|元)?\s*"
                         rf"(?:的|之)(?P<op>乘积|积|和|差|商)(?:计算)?(?:[^。；;\d]{{0,12}}?其(?P=op))?(?:为|是|等于)\s*"
                         rf"(?P<c>{NUMBER})")
_SCORE_RATE_RE = re.compile(rf"(?:分值|权重|满分)(?:为|是)?\s*(?P<w>{NUMBER})\s*分[^。；;\n]{{0,40}}?得分(?:为|是)?\s*"
                            rf"(?P<s>{NUMBER})\s*分[^。；;\n]{{0,40}}?得分率(?:为|是)?\s*(?P<r>{NUMBER})\s*%")
_SHARE_RE = re.compile(rf"(?<![\d.])(?P<p>{NUMBER})\s*%\s*[，,]?\s*即\s*(?P<x>{NUMBER})\s*(?P<u>亿元|万元|元)")
_PART_POINTS_RE = re.compile(rf"(?<![合小总项分])得\s*(?P<n>{NUMBER})\s*分(?!钟)")
_TOTAL_POINTS_RE = re.compile(rf"(?:本项|此项|本指标)?合计得\s*(?P<n>{NUMBER})\s*分")
_LEAF_END_RE = re.compile(rf"(?:本项|此项)得\s*{NUMBER}\s*分")
_HEADING_RE = re.compile(r"^\s*(?:[（(]\d+[）)]|\d+[.、．]|[一二三四五六七八九十]+、)", re.M)
_BASE_WORDS = ("总", "共", "合计", "累计", "计划", "应", "回收")
_RESPECTIVELY_RE = re.compile(r"[^，,。；;]{0,20}[，,]\s*分别(?:为|是)")
_PAREN_PARTS_RE = re.compile(r"[^，,。；;（(]{0,15}[（(](?P<inner>[^）)]{0,200})[）)]")
_AMONG_RE = re.compile(r"[^，,。；;]{0,12}中[，,]")


def _pct(value: Decimal, decimals: int) -> str:
    return show(value, decimals) + "%"


def _stmt(kind: str, fig_span: Span, ctx: Span, stated: str, expected_value: Decimal, decimals: int,
          stated_value: Decimal, suffix: str, basis: str, inputs: tuple[Span, ...]) -> Statement:
    exp = round_half_up(expected_value, decimals)
    return Statement(kind, fig_span, ctx, stated, show(expected_value, decimals) + suffix, exp == stated_value,
                     basis, inputs)


def _ratio(kind: str, part: scan.Figure, base: scan.Figure, rate: scan.Figure, ctx: Span, f: str,
           scale: bool = True) -> Statement | None:
    if base.value == 0:
        return None
    with localcontext(context()):
        a, b = part.value, base.value
        if scale:
            a, b = wan(a, part.unit), wan(b, base.unit)
        value = a / b * 100
    return _stmt(kind, rate.span, ctx, f[rate.start:rate.end], value, rate.decimals, rate.value, "%",
                 f"{plain(part.value)} ÷ {plain(base.value)}", (part.span, base.span))


# -- forms -----------------------------------------------------------------------

def _expressions(text: str) -> Iterator[Statement]:
    for c in find_claims(text):
        if c.ok is None:
            continue
        yield Statement("arithmetic", c.stated_span, (c.start, c.end), c.stated_text.strip(), c.expected_text(),
                        bool(c.ok), c.expression.strip(), c.inputs)


def _product_words(f: str) -> Iterator[Statement]:
    for m in _PRODUCT_RE.finditer(f):
        a, b, c = (to_decimal(m.group(k)) for k in ("a", "b", "c"))
        op = m.group("op")
        with localcontext(context()):
            if op in ("乘积", "积"):
                value, sym = a * b, "×"
            elif op == "和":
                value, sym = a + b, "+"
            elif op == "差":
                value, sym = a - b, "−"
            elif b == 0:
                continue
            else:
                value, sym = a / b, "÷"
        d = decimals_of(m.group("c"))
        yield _stmt("arithmetic", m.span("c"), m.span(), m.group("c"), value, d, c, "",
                    f"{m.group('a')} {sym} {m.group('b')}", (m.span("a"), m.span("b")))


def _money(f: str, lo: int, hi: int, para_lo: int) -> Iterator[Statement]:
    figs = [(a, scan.money_kind(a)) for a in scan.amounts(f, lo, hi)]
    ctx = (lo, hi)
    # rates next to their amounts
    for r in scan.percents(f, lo, hi):
        if not scan.is_stated_rate(r):
            continue
        before = [(a, k) for a, k in figs if a.end <= r.start]

        def last(kind: str, before: list[tuple[scan.Figure, str]] = before) -> scan.Figure | None:
            return next((a for a, k in reversed(before) if k == kind), None)

        label = r.label
        part = base = None
        if "调整率" in label:
            part, base = last("adjustment"), last("approved")
        elif "到位率" in label:
            part, base = last("received"), last("approved")
        elif any(w in label for w in ("执行率", "支出率", "完成率", "支付率")):
            part, base = last("actual"), last("adjusted") or last("approved")
        if part is not None and base is not None and base.start < r.start:
            st = _ratio("arithmetic", part, base, r, ctx, f)
            if st is not None:
                yield st
    # approved − adjustment = adjusted, in that order
    for i, (a, ka) in enumerate(figs):
        if ka != "approved":
            continue
        rest = figs[i + 1:]
        adj = next(((x, k) for x, k in rest if k in ("adjustment", "approved")), None)
        if adj is None or adj[1] != "adjustment":
            continue
        after = rest[rest.index(adj) + 1:]
        res = next((x for x, k in after if k == "adjusted"), None)
        if res is None:
            continue
        b = adj[0]
        sign = -1 if ("调减" in b.label or "核减" in b.label) else 1
        with localcontext(context()):
            value = from_wan(wan(a.value, a.unit) + sign * wan(b.value, b.unit), res.unit)
        yield _stmt("arithmetic", res.span, ctx, f[res.start:res.end], value, res.decimals, res.value, res.unit,
                    f"{plain(a.value)} {'−' if sign < 0 else '+'} {plain(b.value)}", (a.span, b.span))
    # share of a base: "的 40%，即 111.84 万元"
    for m in _SHARE_RE.finditer(f, lo, hi):
        # "合同总价的 40%" refers to the contract sum named earlier in the paragraph
        bases = [a for a in scan.amounts(f, para_lo, m.start())
                 if any(w in a.label for w in ("合同", "中标", "总价", "总额"))]
        if not bases:
            continue
        base = bases[-1]
        p, x = to_decimal(m.group("p")), to_decimal(m.group("x"))
        with localcontext(context()):
            value = from_wan(wan(base.value, base.unit) * p / 100, m.group("u"))
        yield _stmt("arithmetic", m.span("x"), ctx, f[m.start("x"):m.end()], value, decimals_of(m.group("x")), x,
                    m.group("u"), f"{plain(base.value)} × {m.group('p')}%", (base.span, m.span("p")))
    # a total after its parts of the same kind
    for i, (t, kt) in enumerate(figs):
        if not kt or not scan.is_total(t):
            continue
        parts = [a for a, k in figs[:i] if k == kt and not scan.is_total(a)]
        if len(parts) < 2:
            continue
        with localcontext(context()):
            value = from_wan(sum((wan(a.value, a.unit) for a in parts), Decimal(0)), t.unit)
        yield _stmt("arithmetic", t.span, ctx, f[t.start:t.end], value, t.decimals, t.value, t.unit,
                    " + ".join(plain(a.value) for a in parts), tuple(a.span for a in parts))


def _count_totals(f: str, lo: int, hi: int) -> Iterator[Statement]:
    cs = scan.counts(f, lo, hi)
    ctx = (lo, hi)

    def total_of(t: scan.Figure, parts: list[scan.Figure]) -> Iterator[Statement]:
        if len(parts) < 2 or any(p.unit != t.unit for p in parts):
            return
        value = sum((p.value for p in parts), Decimal(0))
        yield _stmt("arithmetic", t.span, ctx, f[t.start:t.end], value, t.decimals, t.value, t.unit,
                    " + ".join(plain(p.value) for p in parts), tuple(p.span for p in parts))

    for i, t in enumerate(cs):
        # 共 N 个…，分别为 a 个、b 个…
        m = _RESPECTIVELY_RE.match(f, t.end, hi)
        if m and any(w in t.label for w in ("共", "合计", "总计", "共计")):
            stop = m.end()
            yield from total_of(t, [c for c in cs[i + 1:] if c.start >= stop])
            continue
        # N 个（包括 a 个、b 个）
        m = _PAREN_PARTS_RE.match(f, t.end, hi)
        if m and "、" in m.group("inner"):
            a, b = m.span("inner")
            inner = [c for c in cs if a <= c.start and c.end <= b]
            if len(inner) == len(list(re.finditer(NUMBER, f[a:b]))):  # nothing but the parts
                yield from total_of(t, inner)
            continue
        # 75 个子项目中，…的 0 个，…的 30 个
        m = _AMONG_RE.match(f, t.end, hi)
        if m:
            stop = m.end()
            parts = [c for c in cs[i + 1:] if c.start >= stop and f[max(stop, c.start - 3):c.start].rstrip().endswith("的")]
            yield from total_of(t, parts)


def _ratios(f: str, sents: list[Span]) -> Iterator[Statement]:
    base: scan.Figure | None = None
    for lo, hi in sents:
        if not f[lo:hi].lstrip().startswith("其中"):
            base = None
        part: scan.Figure | None = None
        used: scan.Figure | None = None  # the part the last rate was computed from
        items = sorted([("c", c) for c in scan.counts(f, lo, hi)] + [("r", r) for r in scan.percents(f, lo, hi)],
                       key=lambda x: x[1].start)
        for what, fig in items:
            if what == "c":
                tail = fig.after
                taken = part or used
                if (base is not None and taken is not None and scan.same_family(base.unit, fig.unit)
                        and any(w in fig.label for w in ("剩余", "其余", "余下"))):
                    # 共计 N 次，其中 A 次…，剩余的 B 次: B = N − A
                    yield _stmt("arithmetic", fig.span, (base.start, fig.end), f[fig.start:fig.end],
                                base.value - taken.value, fig.decimals, fig.value, fig.unit,
                                f"{plain(base.value)} − {plain(taken.value)}", (base.span, taken.span))
                    part = used = None
                elif any(w in fig.label for w in _BASE_WORDS) or re.match(r"[^，,。；;]{0,12}中", tail):
                    base, part = fig, None
                elif base is not None and scan.same_family(base.unit, fig.unit):
                    part = fig
                continue
            if base is None or part is None or not scan.is_stated_rate(fig):
                continue
            st = _ratio("arithmetic", part, base, fig, (base.start, fig.end), f, scale=False)
            if st is not None:
                yield st
            part, used = None, part


def _score_rates(f: str) -> Iterator[Statement]:
    for m in _SCORE_RATE_RE.finditer(f):
        w, s, r = (to_decimal(m.group(k)) for k in ("w", "s", "r"))
        if w == 0:
            continue
        with localcontext(context()):
            value = s / w * 100
        yield _stmt("arithmetic", m.span("r"), m.span(), m.group("r") + "%", value, decimals_of(m.group("r")), r, "%",
                    f"{m.group('s')} ÷ {m.group('w')}", (m.span("w"), m.span("s")))


def _growth(f: str, lo: int, hi: int) -> Iterator[Statement]:
    first = f.find("比", lo, hi)
    if first < 0:
        return
    subject = None
    for m in _VALUE_RE.finditer(f, lo, first):
        subject = m
    if subject is None:
        return
    x = to_decimal(subject.group("n"))
    pos = first
    while pos >= 0:
        cm = _CHANGE_RE.search(f, pos, hi)
        if cm is None:
            return
        stop = f.find("比", pos + 1, cm.start())
        seg_end = cm.start() if stop < 0 else stop
        bases = list(_VALUE_RE.finditer(f, pos + 1, seg_end))
        if bases and stop < 0:
            y = to_decimal(bases[-1].group("n"))
            if y:
                up = cm.group("w") in _GROWTH_UP
                with localcontext(context()):
                    value = ((x - y) if up else (y - x)) / y * 100
                r = to_decimal(cm.group("r"))
                xs, ys = subject.group("n"), bases[-1].group("n")
                basis = f"({xs} − {ys}) ÷ {ys}" if up else f"({ys} − {xs}) ÷ {ys}"
                yield _stmt("arithmetic", (cm.start("r"), cm.end()), (subject.start(), cm.end()),
                            f[cm.start("r"):cm.end()], value, decimals_of(cm.group("r")), r, "%", basis,
                            (subject.span("n"), bases[-1].span("n")))
        pos = f.find("比", cm.end(), hi)


def _points_totals(f: str) -> Iterator[Statement]:
    resets = sorted({m.start() for m in _HEADING_RE.finditer(f)} | {m.end() for m in _LEAF_END_RE.finditer(f)})
    start = 0
    for m in _TOTAL_POINTS_RE.finditer(f):
        k = bisect.bisect_right(resets, m.start())
        lo = max(start, resets[k - 1]) if k else start
        parts = list(_PART_POINTS_RE.finditer(f, lo, m.start()))
        start = m.end()
        if len(parts) < 2:
            continue
        with localcontext(context()):
            value = sum((to_decimal(p.group("n")) for p in parts), Decimal(0))
        total = to_decimal(m.group("n"))
        yield _stmt("arithmetic", m.span("n"), (parts[0].start(), m.end()), m.group("n"), value,
                    decimals_of(m.group("n")), total, "", " + ".join(p.group("n") for p in parts),
                    tuple(p.span("n") for p in parts))


def prose_statements(text: str) -> list[Statement]:
    """Every recognised claim of ``text`` whose inputs are in the same sentence, right or wrong."""
    f = fold(text)
    sents = scan.sentences(f)
    out: list[Statement] = list(_expressions(text))
    out += _product_words(f)
    for lo, hi in sents:
        out += _money(f, lo, hi, f.rfind("\n", 0, lo) + 1)
        out += _count_totals(f, lo, hi)
        out += _growth(f, lo, hi)
    out += _ratios(f, sents)
    out += _score_rates(f)
    out += _points_totals(f)
    return out
