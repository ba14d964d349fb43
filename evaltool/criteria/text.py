"""Criteria text taken apart: normalised characters, clauses, numbers and score phrases.

The reader works on the text evaluators write in a 评分标准 cell: full-width and
half-width punctuation mixed, spaces from PDF copies ("扣 2 分"), clauses separated by
；。 or commas, parenthetical remarks, quoted citations. This module turns it into
``Chunk`` s — each a condition and, when it has one, the score it gives ("可用率≥99.9%" /
2 points) — and finds the numbered assessment points (①②③…) of an indicator's
description. Deterministic and Qt-free; nothing here knows rule kinds.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# Full-width ASCII (！…～) to half-width, the ideographic space to a space.
_FULLWIDTH: dict[str, str] = {chr(i): chr(i - 0xFEE0) for i in range(0xFF01, 0xFF5F)}
_FULLWIDTH["\u3000"] = " "
_CHARS = str.maketrans({
    **_FULLWIDTH, "≦": "≤", "≧": "≥", "⩽": "≤", "⩾": "≥", "﹪": "%", "—": "-", "–": "-", "−": "-",
    "﹣": "-", "*": "×", "✕": "×", "∗": "×", "÷": "/", "【": "[", "】": "]", "〔": "(", "〕": ")",
    "「": "“", "」": "”", "『": "“", "』": "”",
})
_WORD_OPS = (("大于或等于", "≥"), ("大于等于", "≥"), ("小于或等于", "≤"), ("小于等于", "≤"), ("不小于", "≥"),
             ("不大于", "≤"), (">=", "≥"), ("=>", "≥"), ("<=", "≤"), ("=<", "≤"))
SEPARATORS = ";。\n"
NUM = r"\d+(?:\.\d+)?"
CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
             "九": 9, "十": 10, "半": 0.5}
CN_NUM = "[零〇一二两三四五六七八九十半]"
ANY_NUM = rf"(?:{NUM}|{CN_NUM}{{1,3}})"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def cn_number(text: str) -> float | None:
    """Arabic digits or a small Chinese numeral (一, 两, 十, 十二, 二十) as a float."""
    text = text.strip()
    if re.fullmatch(NUM, text):
        return float(text)
    if not text or any(ch not in CN_DIGITS for ch in text):
        return None
    if text == "半":
        return 0.5
    if "十" in text:
        head, _, tail = text.partition("十")
        tens = CN_DIGITS.get(head, 1) if head else 1
        ones = CN_DIGITS.get(tail, 0) if tail else 0
        return float(tens * 10 + ones)
    if len(text) == 1:
        return float(CN_DIGITS[text])
    return None


def normalize(text: str) -> str:
    """Half-width punctuation (keeping ①②③ and 。、), comparison words as symbols, no
    spaces, and line breaks kept only where they end a clause or start a numbered item."""
    s = (text or "").translate(_CHARS)
    for word, sym in _WORD_OPS:
        s = s.replace(word, sym)
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    lines = [ln.strip() for ln in s.split("\n")]
    out = ""
    for ln in lines:
        if not ln:
            continue
        starts_item = bool(re.match(rf"^(?:[{CIRCLED}]|\(\d{{1,2}}\)|\d{{1,2}}[.、](?!\d))", ln))
        if out and not starts_item and out[-1] not in SEPARATORS + ":,":
            out += ln  # a line broken inside a sentence (copied from a PDF)
        else:
            out += ("\n" if out else "") + ln
    return re.sub(r"[ \t]+", "", out)


def split_top(text: str, seps: str) -> list[str]:
    """Split at separators that are not inside brackets or quotes."""
    parts, depth, cur = [], 0, ""
    for ch in text:
        if ch in "([“\"":
            depth += 1 if ch != '"' or depth == 0 else -1
        elif ch in ")]”":
            depth = max(depth - 1, 0)
        if ch in seps and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    return [p for p in (x.strip(" ,") for x in parts) if p]


# -- score phrases ------------------------------------------------------------------

@dataclass(frozen=True)
class Score:
    """What a clause gives: ``full`` marks, ``points`` (a range with ``upto``), ``minus``
    points off full marks, or ``plus`` points of bonus."""

    kind: str  # "full" | "points" | "minus" | "plus"
    value: float = 0.0
    upto: float | None = None

    def points(self, weight: float, negative: bool = False) -> float:
        if self.kind == "full":
            return 0.0 if negative else weight
        if self.kind == "minus":
            return -self.value if negative else weight - self.value
        return self.value


_LEAF = r"(?:该项|此项|本项|该指标|本指标|此指标|该要点|此要点|该项指标|本项指标)?"
_GIVE = r"(?:可|则|即|的|时|者|应)?(?:得|计|给|记|给予|获得|评|打|赋|为|得分为|计分为)?"
_SCORE_RES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"{_LEAF}(?:不得分|不计分|不给分|得零分|得0分|计0分|记0分|为0分|计零分|得分为0|(?<![\d.])0分|零分)(?:并.{{0,10}})?$"), "zero"),
    (re.compile(rf"{_LEAF}{_GIVE}(?:满分|全分|全部分值|该项分值|本项分值)$"), "full"),
    (re.compile(rf"扣(?:除|减)?({ANY_NUM})分$"), "minus"),
    (re.compile(rf"加(?:分)?({ANY_NUM})分$"), "plus"),
    (re.compile(rf"{_LEAF}{_GIVE}({ANY_NUM})(?:分)?(?:-|~|至|到)({ANY_NUM})分$"), "range"),
    (re.compile(rf"{_LEAF}{_GIVE}({ANY_NUM})分$"), "points"),
)
SCORE_WORDS = re.compile(rf"(?:得|扣|加|计|给|记)(?:分)?{ANY_NUM}分|扣(?:除|罚)?{ANY_NUM}|满分|不得分|零分|得分\s*=|得分等于|评分等于|"
                         rf"×(?:该项|本项|指标)?(?:分值|权重|满分)|乘以(?:分值|权重)|酌情|{ANY_NUM}分")


def score_at_end(text: str) -> tuple[Score, str] | None:
    """The score phrase ending ``text`` and the condition before it, or None."""
    t = text.rstrip(",:。;")
    for rx, kind in _SCORE_RES:
        m = rx.search(t)
        if not m:
            continue
        cond = t[:m.start()].rstrip(",:")
        if kind == "zero":
            return Score("points", 0.0), cond
        if kind == "full":
            return Score("full"), cond
        a = cn_number(m.group(1))
        if a is None:
            continue
        if kind == "minus":
            return Score("minus", a), cond
        if kind == "plus":
            return Score("plus", a), cond
        if kind == "range":
            b = cn_number(m.group(2))
            if b is None or b < a:
                continue
            return Score("points", a, b), cond
        return Score("points", a), cond
    return None


def has_score_words(text: str) -> bool:
    return bool(SCORE_WORDS.search(text))


# -- clauses -------------------------------------------------------------------------

@dataclass
class Chunk:
    """One clause: the text as written (normalised), its condition and score (if any)."""

    text: str
    condition: str
    score: Score | None
    index: int = 0
    used: bool = False
    tags: set[str] = field(default_factory=set)


_QUOTE = re.compile(r"“([^”]*)”|\"([^\"]*)\"")
_REMARK = re.compile(r"\(([^()]*)\)")
_KEEP_PAREN = re.compile(rf"^(?:不?含(?:{NUM}%?)?|含(?:下|上)限.*|.*下同.*|{ANY_NUM}(?:分)?(?:-|~|至|到)?(?:{ANY_NUM})?分)$")


def strip_remarks(text: str) -> tuple[str, list[str]]:
    """Quoted citations with scores and parenthetical remarks without scores taken out.

    “资金支付方式和标准不合理，得1分” cites a result, not a rule; （档次分值为模板设定）
    is a remark. Bound marks such as （含）, （不含）, （含下限不含上限，下同） and level
    scores such as （4分） stay. Returns the text and the remarks taken out.
    """
    remarks: list[str] = []

    def quote(m: re.Match[str]) -> str:
        inner = m.group(1) if m.group(1) is not None else m.group(2)
        if has_score_words(inner) or len(inner) > 12:
            remarks.append(inner)
            return ""
        return inner

    text = _QUOTE.sub(quote, text)

    def paren(m: re.Match[str]) -> str:
        inner = m.group(1)
        if _KEEP_PAREN.match(inner) or has_score_words(inner) or re.search(r"[\d%+×/=-]", inner):
            return m.group(0)
        remarks.append(inner)
        return ""

    prev = None
    while prev != text:
        prev, text = text, _REMARK.sub(paren, text)
    return text, remarks


def chunks(text: str) -> list[Chunk]:
    """Clauses of a criteria text: split at ；。 and line ends, then at commas so that
    each clause ends with at most one score phrase ("A，得3分；B，得2分" → two clauses;
    "每发现一处扣0.5分，扣完为止" → a scoring clause and a modifier)."""
    out: list[Chunk] = []
    for seg in split_top(text, SEPARATORS):
        pieces = split_top(seg, ",")
        acc = ""
        for piece in pieces:
            acc = f"{acc},{piece}" if acc else piece
            found = score_at_end(acc)
            if found is not None:
                out.append(Chunk(acc, found[1], found[0]))
                acc = ""
        if acc:
            out.append(Chunk(acc, acc, None))
    for i, c in enumerate(out):
        c.index = i
    return out


# -- assessment points of the description ----------------------------------------------

_POINT_SPLIT = re.compile(rf"(?:^|(?<=[;。\n:,]))\s*(?:[{CIRCLED}]|\(\d{{1,2}}\)|(?<![\d.])\d{{1,2}}[.、](?!\d))")


def description_points(description: str) -> list[str]:
    """The numbered points (①②③…, (1)(2)…, 1. 2. …) of an indicator's description,
    as short statements ("是否" dropped); [] when it has none or only one."""
    s = normalize(description)
    marks = list(re.finditer(rf"[{CIRCLED}]", s))
    if len(marks) >= 2:
        parts = [s[m.end():(marks[i + 1].start() if i + 1 < len(marks) else len(s))] for i, m in enumerate(marks)]
    else:
        starts = list(_POINT_SPLIT.finditer(s))
        if len(starts) < 2:
            return []
        parts = [s[m.end():(starts[i + 1].start() if i + 1 < len(starts) else len(s))] for i, m in enumerate(starts)]
    out = []
    for p in parts:
        p = p.strip(" ;。,\n:")
        p = re.sub(r"是否", "", p).replace("?", "").strip()
        out.append(p)
    return [p for p in out if p]
