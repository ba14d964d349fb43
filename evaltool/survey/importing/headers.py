"""Column headers of answer files as survey platforms write them.

``parse_header`` reads one header: its question number (``1、``, ``Q3.``, ``第3题``,
``(3)``, ``3.1``), the tags platforms add (``(单选题)``, ``【矩阵】``, ``[多选题]``,
``（可多选）``, ``*`` for required) — kept as hints of the question kind — an option legend
written into the header (``（1=非常满意 2=比较满意 …）``), and what is left: the question
text. ``column_role`` recognises the platform's metadata columns (序号, 提交答卷时间, 所用时间,
来源, 来源详情, 来自IP …; 腾讯问卷's 编号, 开始答题时间, 答题时长 …), the response id and the
columns naming the respondent's group, level and unit. ``find_blocks`` finds runs of
columns that belong to one question: a matrix question (one column per row:
``3、请评价—系统稳定性``, ``第3题(系统稳定性)``, ``3(系统稳定性)``, ``3.1 系统稳定性``) or a
multiple-choice question exported one column per option.

Pure functions; safe from any thread.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from evaltool.survey import norm_text
from evaltool.survey.scales import is_other

GROUP_HEADERS = ("组别", "群体", "调查对象", "受访对象", "对象类型", "对象", "类别", "受访者类型", "调查对象类型",
                 "respondentgroup", "group")
REF_HEADERS = ("答卷编号", "答卷序号", "答卷id", "问卷编号", "回答id", "答题序号", "responseid", "respondentid",
               "序号", "编号", "id", "no", "no.", "respondent")
LEVEL_HEADERS = ("行政层级", "层级", "级别", "level")
UNIT_HEADERS = ("单位名称", "所在单位", "单位", "unit", "unitname")
META_HEADERS = frozenset({
    "提交答卷时间", "提交时间", "开始时间", "结束时间", "开始答题时间", "结束答题时间", "所用时间", "答题时长", "作答时长",
    "填写时长", "用时", "耗时", "来源", "来源详情", "来源渠道", "渠道", "来自ip", "ip", "ip地址", "ip属地", "ip省份", "ip城市",
    "省份", "城市", "地理位置", "地理位置国家和地区", "国家和地区", "省", "市", "用户id", "微信昵称", "昵称", "openid",
    "填写设备", "答题设备", "设备", "浏览器", "操作系统", "自定义字段", "总分", "答题状态", "状态", "星标", "标签",
    "填写人", "提交人", "填写日期", "提交日期", "日期", "手机", "手机号", "邮箱", "姓名", "ua", "useragent", "referer",
    "submittime", "starttime", "endtime", "duration", "ipaddress", "source",
})
META_WORDS = ("时间", "时长", "用时", "耗时", "来源", "ip", "设备", "浏览器", "操作系统", "地理位置", "昵称", "openid",
              "渠道", "自定义字段", "答题状态")
# words of a question put to a person: a short header holding them is a question, not metadata
QUESTION_WORDS = ("您", "你", "贵", "?", "是否", "如何", "多少", "哪", "吗", "怎样")
SKIP_MARKS = frozenset({"(跳过)", "跳过", "(空)", "空", "(未填)", "未填", "(未答)", "未答", "(不适用)", "(skip)", "(skipped)",
                        "(empty)", "n/a"})

_NUMBERING = re.compile(
    r"^\s*\*?\s*(?:"
    r"[Qq]\s*(?P<q>\d{1,3})(?:[._-](?P<qs>\d{1,2})(?!\d))?\s*(?:[.、:：)\]_\s-]+|(?=[(]))"
    r"|第\s*(?P<t>\d{1,3})\s*题\s*[.、:：)\]\s]*"
    r"|[(\[【]\s*(?P<p>\d{1,3})\s*[)\]】]\s*"
    r"|(?P<n>\d{1,3})(?:[._](?P<ns>\d{1,2})(?!\d))?\s*(?:[、:：)\]]|\.(?!\d)|\s+(?=\D)|(?=[(]))\s*"
    r")")
_TAG_WORDS = ("单选", "多选", "填空", "必答", "必填", "矩阵", "量表", "评分", "打分", "排序", "选择题", "题型", "可多选",
              "最多选", "至少选", "限选", "多项", "单项", "简答", "问答", "multiple", "single", "required", "optional",
              "matrix", "rating")
_BRACKET = re.compile(r"[(\[【]\s*([^()\[\]【】]*)\s*[)\]】]")
_PAIR = re.compile(r"(?<![\d.])(\d{1,2})\s*[=:：.、-]\s*([^\d=:：;；,，、/|\s()\[\]【】]{1,20})")
_TRAILING = "?？:：。.,，;；*"


@dataclass(frozen=True)
class Header:
    """One column header, read (``index`` is the 0-based column)."""

    index: int
    raw: str
    number: int | None  # question number, when the header has one
    subnumber: int | None  # "3.1" / "Q3_1": row 1 of question 3
    text: str  # the question text: numbering, tags and an inline legend taken off
    hints: frozenset[str]  # from the tags: multi, single, matrix, text, scale, rank
    legend: tuple[tuple[int, str], ...] = ()  # (code, label) written into the header

    @property
    def core(self) -> str:
        """The text for matching: ``norm_text`` without trailing punctuation."""
        return core_text(self.text)


def core_text(text: str) -> str:
    return norm_text(text).rstrip(_TRAILING)


def _hints(tag: str) -> set[str]:
    t = tag.casefold()
    out = set()
    if any(w in t for w in ("多选", "可多选", "最多选", "至少选", "限选", "多项", "multiple")):
        out.add("multi")
    elif any(w in t for w in ("单选", "单项", "single")):
        out.add("single")
    if "矩阵" in t or "matrix" in t:
        out.add("matrix")
    if any(w in t for w in ("填空", "简答", "问答")):
        out.add("text")
    if any(w in t for w in ("量表", "评分", "打分", "rating")):
        out.add("scale")
    if "排序" in t:
        out.add("rank")
    return out


def parse_header(raw: object, index: int = 0) -> Header:
    """Read a header (see the module docstring); an empty header has empty text."""
    text = unicodedata.normalize("NFKC", str(raw if raw is not None else "")).strip()
    text = re.sub(r"\s+", " ", text)
    number = sub = None
    m = _NUMBERING.match(text)
    if m and m.end() < len(text):
        num = m.group("q") or m.group("t") or m.group("p") or m.group("n")
        subnum = m.group("qs") or m.group("ns")
        number = int(num)
        sub = int(subnum) if subnum else None
        text = text[m.end():].strip()
    hints: set[str] = set()
    legend: list[tuple[int, str]] = []

    def tag(mb: re.Match[str]) -> str:
        inner = mb.group(1)
        pairs = _PAIR.findall(inner)
        if len(pairs) >= 2 and len({int(c) for c, _l in pairs}) == len(pairs):
            legend.extend((int(c), lab) for c, lab in pairs)
            return ""
        if any(w in inner.casefold() for w in _TAG_WORDS):
            hints.update(_hints(inner))
            return ""
        return mb.group(0)

    text = _BRACKET.sub(tag, text).strip()
    if not legend:  # "…满意度 1=非常满意 2=比较满意" without brackets
        pairs = list(_PAIR.finditer(text))
        if len(pairs) >= 2 and len({p.group(1) for p in pairs}) == len(pairs):
            legend = [(int(p.group(1)), p.group(2)) for p in pairs]
            text = text[:pairs[0].start()].strip()
    text = text.strip(" *").rstrip(_TRAILING + " ").strip()
    return Header(index, str(raw if raw is not None else ""), number, sub, text, frozenset(hints), tuple(legend))


def column_role(h: Header) -> str | None:
    """``id`` (the platform's response id), ``meta`` (a metadata column kept aside),
    ``group`` / ``level`` / ``unit`` (named so), or None (a question, as far as the header says)."""
    if h.number is not None:
        return None
    n = norm_text(h.raw)
    if n in REF_HEADERS:
        return "id"
    if n in META_HEADERS or (len(n) <= 12 and any(w in n for w in META_WORDS) and not any(w in n for w in QUESTION_WORDS)):
        return "meta"
    if n in GROUP_HEADERS:
        return "group"
    if n in LEVEL_HEADERS:
        return "level"
    if n in UNIT_HEADERS:
        return "unit"
    return None


def id_priority(h: Header) -> int:
    """Lower is a better response id (答卷编号 before 序号 before a plain "id")."""
    n = norm_text(h.raw)
    return REF_HEADERS.index(n) if n in REF_HEADERS else len(REF_HEADERS)


def is_skip(value: object) -> bool:
    """A platform's mark for "not answered" (``(跳过)`` skipped by the questionnaire's logic,
    ``(空)`` shown but left empty)."""
    return isinstance(value, str) and unicodedata.normalize("NFKC", value).strip().casefold() in SKIP_MARKS


def is_logic_skip(value: object) -> bool:
    """``(跳过)``: the question was not shown to this respondent."""
    return (isinstance(value, str) and "跳过" in value) or value == "(skip)"


# -- blocks ------------------------------------------------------------------------------

@dataclass
class Block:
    """Consecutive columns of one question: ``subs`` are the row (matrix) or option labels."""

    columns: list[int]
    number: int | None
    stem: str
    subs: list[str]
    hints: set[str] = field(default_factory=set)


_SEPARATORS = ("——", "—", "－", "–", "_", "：", ":", "-", "/")
_SUB_IN_BRACKETS = re.compile(r"^(.*?)[(（\[【]([^()（）\[\]【】]+)[)）\]】]$")


def _splits(h: Header) -> list[tuple[tuple[int | None, str], str, str]]:
    """The ways ``h`` could be "question stem + row/option label": [(key, stem, sub)]."""
    out: list[tuple[tuple[int | None, str], str, str]] = []
    text = h.text
    if h.subnumber is not None and h.number is not None:
        out.append(((h.number, "#"), "", text or str(h.subnumber)))
    m = _SUB_IN_BRACKETS.match(text)
    if m and m.group(2).strip():
        stem = m.group(1).strip()
        out.append(((h.number, core_text(stem)), stem, m.group(2).strip()))
    for sep in _SEPARATORS:
        if sep in text:
            stem, _s, sub = text.rpartition(sep)
            if stem.strip() and sub.strip():
                out.append(((h.number, core_text(stem)), stem.strip(), sub.strip()))
    return out


def find_blocks(headers: list[Header], candidates: list[int]) -> list[Block]:
    """Runs of two or more consecutive candidate columns sharing a question number and stem."""
    blocks: list[Block] = []
    cand = set(candidates)
    i = 0
    cols = sorted(candidates)
    pos = {c: k for k, c in enumerate(cols)}
    while i < len(cols):
        c = cols[i]
        best: tuple[int, tuple[int | None, str], str] | None = None
        for key, stem, _sub in _splits(headers[c]):
            if key[0] is None and not key[1]:
                continue
            run = 1
            while i + run < len(cols) and cols[i + run] == c + run and cols[i + run] in cand \
                    and any(k == key for k, _st, _su in _splits(headers[cols[i + run]])):
                run += 1
            if run >= 2 and (best is None or run > best[0]):
                best = (run, key, stem)
        if best is None:
            i += 1
            continue
        run, key, stem = best
        members = cols[i:i + run]
        subs = [next(su for k, _st, su in _splits(headers[m]) if k == key) for m in members]
        hints: set[str] = set()
        for m in members:
            hints |= headers[m].hints
        blocks.append(Block(members, key[0], stem, subs, hints))
        i = pos[members[-1]] + 1
    return blocks


def other_text_column(h: Header) -> bool:
    """A header of a column holding "other, please specify" texts (其他（请注明）, 请注明)."""
    t = core_text(h.text)
    return is_other(t) or any(w in t for w in ("请注明", "请说明", "请填写", "其他原因", "其它原因"))
