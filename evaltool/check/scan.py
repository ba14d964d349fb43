"""Reading report prose: sentences, clauses, amounts, counts and rates with their labels.

Everything works on the folded text (``numbers.fold``: same offsets as the text the
user wrote). A *sentence* ends at 。！？!? or a line break; a *clause* also ends at
，,；;：:. An amount is a number with a money unit (万元 元 亿元), a count a number with
a counting unit (个 项 份 人 …), a rate a percentage whose clause names a rate
(…率, 占比, 比例, 满意度). The label of a figure is the text of its clause before it,
which says what it is (批复预算, 调减, 实际支付 …).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from evaltool.check.numbers import NUMBER, decimals_of, to_decimal

SENTENCE_ENDS = "。！？!?\n"
CLAUSE_ENDS = SENTENCE_ENDS + "，,；;：:"

AMOUNT_RE = re.compile(rf"(?<![\d.])(?P<n>{NUMBER})\s*(?P<u>亿元|万元|元)")
COUNT_RE = re.compile(rf"(?<![\d.第])(?P<n>{NUMBER})\s*(?P<u>个(?!月)|项|份|人(?![日月次])|名|位|家|条|件|宗|次|台|套|场)")
PCT_RE = re.compile(rf"(?<![\d.\-~～至])(?P<n>{NUMBER})\s*%(?!\s*[-~～至]\s*\d)")
SCORE_RE = re.compile(rf"(?<![\d.])(?P<n>{NUMBER})\s*分(?![钟别])")

RATE_WORDS = ("率", "占比", "比例", "比重", "满意度")
CHANGE_WORDS = ("提升", "提高", "增长", "增加", "增多", "上升", "下降", "降低", "减少", "缩短", "压减", "节省",
                "节约", "超过", "不低于", "不少于", "以上", "以下", "低于", "高于", "达不到", "约", "左右")
#: People-like units: questionnaires and respondents count alike (69 份问卷, 62 个受访者).
PEOPLE_UNITS = frozenset({"份", "个", "人", "名", "位", "家"})


@dataclass(frozen=True)
class Figure:
    """A figure in a text: its value as written, decimals, unit, span and label."""

    value: Decimal
    decimals: int
    unit: str
    start: int  # of the number
    end: int  # after the unit
    label: str  # the clause's text before the number
    after: str  # the clause's text after the figure

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    @property
    def number_span(self) -> tuple[int, int]:
        return (self.start, self.end)


def segments(text: str, ends: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Spans of ``text[start:end]`` split after each character of ``ends`` (blank ones skipped)."""
    stop = len(text) if end is None else end
    i = start
    for j in range(start, stop):
        if text[j] in ends:
            if text[i:j].strip():
                yield (i, j)
            i = j + 1
    if text[i:stop].strip():
        yield (i, stop)


def sentences(text: str) -> list[tuple[int, int]]:
    return list(segments(text, SENTENCE_ENDS))


#: A clause longer than this is not a clause of a report: read this much on each side.
CLAUSE_MAX = 200


def clause_at(text: str, pos: int, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    """The clause around ``pos`` inside ``text[lo:hi]`` (at most CLAUSE_MAX characters each side)."""
    hi = len(text) if hi is None else hi
    lo, hi = max(lo, pos - CLAUSE_MAX), min(hi, pos + CLAUSE_MAX)
    a = pos
    while a > lo and text[a - 1] not in CLAUSE_ENDS:
        a -= 1
    b = pos
    while b < hi and text[b] not in CLAUSE_ENDS:
        b += 1
    return a, b


def _figures(f: str, regex: re.Pattern[str], lo: int, hi: int) -> list[Figure]:
    out: list[Figure] = []
    for m in regex.finditer(f, lo, hi):
        a, b = clause_at(f, m.start(), lo, hi)
        unit = m.groupdict().get("u") or ""
        raw = m.group("n")
        try:
            value = to_decimal(raw)
        except ValueError:
            continue
        out.append(Figure(value, decimals_of(raw), unit, m.start(), m.end(), f[a:m.start()], f[m.end():b]))
    return out


def amounts(f: str, lo: int = 0, hi: int | None = None) -> list[Figure]:
    return _figures(f, AMOUNT_RE, lo, len(f) if hi is None else hi)


def counts(f: str, lo: int = 0, hi: int | None = None) -> list[Figure]:
    return _figures(f, COUNT_RE, lo, len(f) if hi is None else hi)


def percents(f: str, lo: int = 0, hi: int | None = None) -> list[Figure]:
    out = []
    for fig in _figures(f, PCT_RE, lo, len(f) if hi is None else hi):
        out.append(Figure(fig.value, fig.decimals, "%", fig.start, fig.end, fig.label, fig.after))
    return out


def is_stated_rate(fig: Figure) -> bool:
    """A percentage stated as the value of a rate ("支出率为98.42%"), not a change
    ("提升17%"), a bound ("≥90%", "超过90%") or an attribute ("75%的得分")."""
    label = fig.label
    pos = max(label.rfind(w) for w in RATE_WORDS)
    if pos < 0:
        return False
    between = label[pos:]
    if any(w in between for w in CHANGE_WORDS) or re.search(r"[≥≤><]\s*$", label):
        return False
    return not fig.after.lstrip().startswith("的")


def excluded(label: str) -> bool:
    """An estimate or a change, not a figure of the project ("约", "测算", "增加了")."""
    return any(w in label for w in ("约", "测算", "估算", "预计", "左右", "节省", "节约", "增加了", "减少了",
                                    "不超过", "不低于", "以上", "以下"))


# Money amounts by what their label says they are (checked in this order).
MONEY_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("adjusted", ("调整后", "调整预算后", "剩余", "实际安排")),
    ("adjustment", ("调减", "调增", "核减")),
    ("received", ("到位",)),
    ("actual", ("实际支出", "实际支付", "实际使用", "实际拨付", "实际执行", "支付", "支出", "期款")),
    ("approved", ("批复", "年初", "预算", "投入", "安排")),
)
TOTAL_WORDS = ("合计", "总计", "共计", "总投入", "总额", "共完成", "共需", "共支付", "总预算", "累计")


#: How much of the label, right before the amount, says what it is ("…批复预算金额为 149.00 万元").
LABEL_WINDOW = 14


def money_kind(fig: Figure) -> str:
    """adjusted / adjustment / received / actual / approved, or "" when the label does not say.

    Only the words right before the amount count: in "运营服务项目预算调剂至…短信服务项目
    993750 元" the amount is what was moved, not the budget the clause starts with."""
    label = fig.label
    if excluded(label) or "尾款" in label:
        return ""
    near = label[-LABEL_WINDOW:]
    if "调剂" in near:
        return ""
    for kind, words in MONEY_KINDS:
        if any(w in near for w in words):
            return kind
    return ""


def is_total(fig: Figure) -> bool:
    return any(w in fig.label[-LABEL_WINDOW:] for w in TOTAL_WORDS)


def same_family(a: str, b: str) -> bool:
    return a == b or (a in PEOPLE_UNITS and b in PEOPLE_UNITS)
