"""Rows that are not indicators, known by their wording, and texts written together in
one cell.

A row's *label* is the text in its level columns (or its first cell). Wording decides:

- ``total``: 合计, 总计, 总分, 得分合计, 综合得分, 最终得分, 评价总分, 总成绩, 共计, … and
  phrases built on them (以上合计, 合计（满分100分）, 本项目综合得分); 正向 / 逆向（负向）
  in the phrase makes it the total of those indicators only;
- ``subtotal``: 小计, 分项合计, or a total word after a group's name (决策合计);
- ``grade``: 等级, 评价等级, 绩效等级, 评价结果, 评价结论 (``等级保护`` is an indicator);
  a total and a grade in one phrase (总分及等级) is a total that also states the grade;
- ``note``: 注 / 说明 / 备注 / 填表人 / 评价人 / 日期 / 签字 … followed by a colon or number.

The figures of a row (``evaltool.scoresheet.reconcile``) find totals whatever they are
called; this module only reads words.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Literal

RowKind = Literal["total", "positive_total", "negative_total", "subtotal", "grade", "note"]

# 合计 but not 综合计划 / 总计划; 小计; totals named by what they add
_TOTAL_WORDS = (r"合计(?!划)|总计(?!划)|总分(?!类|配|解|析|局|院|行|公司|部)|得分合计|合计得分|总得分|综合得分|综合评分|"
                r"综合计分|最终得分|最后得分|评价总分|总评分|总成绩|累计得分|共计|加总|得分总计|分值合计|权重合计")
TOTAL_RE = re.compile(_TOTAL_WORDS)
SUBTOTAL_RE = re.compile(r"小计|分项合计|分类合计|分项得分")
ENGLISH_TOTAL_RE = re.compile(r"^(grand\s*)?(sub)?total(\s*score)?$|^sum$", re.IGNORECASE)
POSITIVE_RE = re.compile(r"正向")
NEGATIVE_RE = re.compile(r"逆向|负向|扣分项|减分项")
GRADE_LABEL_RE = re.compile(
    r"^(?:项目)?(?:绩效|评价|考核|综合|最终|总体|项目)?(?:评价|评定|考评)?(?:等级|等次|评级|结果|结论|级别)(?:[：:].*)?$"
    r"|^grade$|^rating$", re.IGNORECASE)
GRADE_IN_TOTAL_RE = re.compile(r"(?:等级|等次|评级)")
NOTE_RE = re.compile(
    r"^(?:注|备注|说明|填表说明|填报说明|附注|填表人|填报人|评价人|评分人|复核人|审核人|审核|日期|签字|签名|制表|制表人|"
    r"评价组长|组长|专家签字|项目名称|评价机构|评价单位|第三方评价机构|评价基准日|基准日|预算单位|项目单位|实施单位|主管部门|"
    r"委托方|委托单位|note|notes)\s*\d*\s*[：:、.．)）]"
    r"|^\S{0,6}(?:人|日期|时间|签字|签名|盖章)\s*[：:]", re.IGNORECASE)
NEGATIVE_GROUP_RE = re.compile(r"逆向|扣分项|减分项|负面|负向")
# a row over the groups that follow it: 正向指标（100分） / 二、逆向指标
SECTION_RE = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]\s*)?(?:正向指标|逆向指标|负向指标|反向指标|扣分指标|扣分项|减分项|"
                        r"共性指标|个性指标|加分项|加分指标)$")

# Grade words, best first; ranks compare schemes (优 = 优秀 = A).
GRADE_RANKS: dict[str, int] = {
    "优秀": 0, "优": 0, "a": 0,
    "良好": 1, "良": 1, "较好": 1, "b": 1,
    "中等": 2, "中": 2, "合格": 2, "及格": 2, "一般": 2, "c": 2,
    "差": 3, "较差": 3, "不合格": 3, "不及格": 3, "d": 3,
}
_GRADE_RE = re.compile(r"(?<![A-Za-z])(优秀|良好|中等|不合格|不及格|合格|及格|一般|较好|较差|优|良|中|差|[ABCD](?=级|等|$|[^A-Za-z]))")

# Markers that start another field's text inside a cell (【评价意见】, 评价意见：, 扣分原因：…)
_MARKER_FIELDS = (
    ("comment", ("评价意见", "扣分原因", "扣分说明", "扣分理由", "得分说明", "得分理由", "评分说明", "评价说明", "存在问题")),
    ("criteria", ("评分标准", "评分细则", "评分规则", "评分方法", "评价标准", "计分方法")),
    ("description", ("指标说明", "评价要点", "指标解释", "指标内涵", "考核要点", "评价内容")),
    ("evidence", ("佐证材料", "佐证资料", "评价依据", "数据来源")),
)
_MARKER_RE = re.compile(
    r"(?:【\s*(?P<b>{w})\s*】\s*[：:]?|(?:(?<=\n)|^)\s*(?P<c>{w})\s*[：:])".format(
        w="|".join(w for _f, words in _MARKER_FIELDS for w in words)))
_FIELD_OF = {w: f for f, words in _MARKER_FIELDS for w in words}


def norm(text: str) -> str:
    """A label compared by its words: NFKC, no spaces."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


def classify_label(label: str) -> RowKind | None:
    """What a row is by its label's wording, or None for an indicator (or unknown)."""
    s = norm(label)
    if not s:
        return None
    bare = re.sub(r"[(（\[【].*?[)）\]】]", "", s).strip("：:*")  # 合计（满分100分） → 合计
    if NOTE_RE.match(s):
        return "note"
    if SUBTOTAL_RE.search(bare):
        return "subtotal"
    if TOTAL_RE.search(bare) or ENGLISH_TOTAL_RE.match(bare):
        if len(bare) > 24:  # a sentence that merely mentions a total, e.g. in a criteria line
            return None
        if NEGATIVE_RE.search(bare):
            return "negative_total"
        if POSITIVE_RE.search(bare):
            return "positive_total"
        return "total"
    if bare in ("得分", "评价得分", "分值"):
        return "total"
    if GRADE_LABEL_RE.match(bare):
        return "grade"
    return None


def states_grade(label: str) -> bool:
    """A total's label that also announces a grade (总分及等级)."""
    return bool(GRADE_IN_TOTAL_RE.search(norm(label)))


def grade_word(text: str) -> str | None:
    """The grade a cell states (良, 优秀, 等级：良, 良（80-90分）), or None."""
    s = norm(text)
    if not s or len(s) > 30:
        return None
    s = re.sub(r"^(?:绩效|评价|考核|综合)?(?:等级|等次|评级|结果)[：:]", "", s)
    m = _GRADE_RE.match(s)
    if m is None:
        return None
    word = m.group(1)
    rest = s[m.end():]
    # 良 / 良好 / 良（80-90分） / 良级 — but not 中期, 优化, 差异
    if rest and not re.match(r"^(?:级|等|[(（].*|[，,。；;].*)$", rest):
        return None
    return word


def grade_rank(word: str | None) -> int | None:
    return GRADE_RANKS.get((word or "").lower()) if word else None


_TEXT_LINE_RE = re.compile(r"^(?:[\u2460-\u2473]|[（(]?\d+[)）.、．](?!\d)|[a-z][)）.、]|[（(][一二三四五六七八九十]+[)）])")


def split_name_cell(text: str) -> tuple[str, str]:
    """A name cell as (name, text written under it). A name wrapped over two lines is joined
    (立项依据\n充分性); lines that read as texts — a marker (评分标准：), a list item (①, 1.)
    or a sentence — start the text."""
    lines = [ln.strip() for ln in (text or "").split("\n") if ln.strip()]
    for i in range(1, len(lines)):
        if _MARKER_RE.match(lines[i]) or _TEXT_LINE_RE.match(lines[i]) or len(lines[i]) > 30:
            return "".join(lines[:i]), "\n".join(lines[i:])
    return "".join(lines), ""


def split_marked(text: str, own: str) -> dict[str, str]:
    """Texts written together in one cell, by their markers: ``{field: text}``.

    ``own`` is the field the cell belongs to (its column); text before the first marker
    is its own. ``①…\\n【评价意见】依据不足`` in a criteria cell →
    ``{"criteria": "①…", "comment": "依据不足"}``. Texts of the same field are joined.
    """
    out: dict[str, str] = {}
    if not text:
        return out
    pos, fld = 0, own
    for m in _MARKER_RE.finditer(text):
        word = m.group("b") or m.group("c")
        new = _FIELD_OF[word]
        if new == own and pos == 0 and not text[:m.start()].strip():
            fld, pos = own, m.end()  # the cell starts with its own field's name: drop the label
            continue
        _add(out, fld, text[pos:m.start()])
        fld, pos = new, m.end()
    _add(out, fld, text[pos:])
    return out


def _add(out: dict[str, str], fld: str, part: str) -> None:
    part = part.strip()
    if part:
        out[fld] = f"{out[fld]}\n{part}" if fld in out else part
