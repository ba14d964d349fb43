"""What each clause of a criteria text is: a band, a per-point share, a deduction, a
formula, a modifier (满分N分, 扣完为止, 最多扣N分, 其余不得分 …), a default, or a note.

``classify(chunks)`` tags every ``Chunk`` (``evaltool.criteria.text``) with what it could
be; the reader (``evaltool.criteria.reader``) then picks the rule kind the clauses make
and marks the clauses it used. Regular expressions only; no rule data is built here.
"""
from __future__ import annotations

import re

from evaltool.criteria.bands import OTHERWISE, parse_band
from evaltool.criteria.text import ANY_NUM, CIRCLED, NUM, Chunk, cn_number

FULL_MARKS = re.compile(rf"(?:本项|该项|此项|本指标|该指标|指标)?(?:满分|总分|分值)(?:为|是)?({NUM})分")
FORMULA = re.compile(r"(?:得分|评分|分数|该项得分|本项得分|指标得分|计分)\s*(?:=|等于|为)|"
                     r"×(?:该项|本项|该指标|指标)?(?:分值|权重|满分|总分)|乘以(?:该项|本项)?(?:分值|权重)|"
                     r"(?:分值|权重)×")
UNTIL_ZERO = re.compile(r"扣完为止|扣至0分?为止|扣完本项分值为止|扣完即止|扣满为止|扣完该项分值为止|最低(?:为|得)?0分|"
                        r"不得为负|不倒扣|最低不低于0分|扣到0分为止")
MAX_DEDUCT = re.compile(rf"(?:累计)?(?:最多|最高|至多|上限)(?:可)?扣(?:除)?({NUM})分|扣分(?:上限|最多|最高)(?:为|不超过)?({NUM})分|"
                        rf"扣分不超过({NUM})分|最多扣减({NUM})分")
MAX_BONUS = re.compile(rf"(?:累计)?(?:最多|最高|至多)加({NUM})分|加分(?:上限|最多|最高)(?:为|不超过)?({NUM})分|"
                       rf"加满({NUM})分为止|加分不超过({NUM})分|最高可加({NUM})分")
PARTIAL = re.compile(r"部分(?:满足|符合|达到|完成|具备)(?:的)?[,]?(?:可)?(?:酌情|按比例|视情况)(?:给分|得分|扣分|计分|评分)|"
                     r"(?:部分|基本)(?:满足|符合)(?:的)?(?:得|给)?一半分")
DISCRETION = re.compile(r"酌情(?:扣分|给分|打分|评分|计分|赋分|扣减)?|视(?:具体)?情况(?:扣分|给分|打分|评分)|综合评定|"
                        r"由(?:专家|评价组)(?:综合)?(?:打分|评分|评定)")
WHOLE_STEPS = re.compile(r"不足(?:一|1)个?(?:百分点|%)(?:的)?(?:按|以)(?:一|1)个?(?:百分点|%)计")
UNSATISFIED_ZERO = re.compile(r"^(?:不满足|未满足|不符合|未达到|不具备)(?:的)?(?:该|此)?(?:要点|项|条)?(?:的)?$")
PER_POINT = re.compile(rf"^(?:每|各)(?:满足|符合|具备|达到|做到|完成|落实)?(?:{ANY_NUM})?(?:个|项|条|点)?"
                       r"(?:要点|评价要点|考核要点|考核点|评分点|评价点|方面|条件|内容|项|条)(?:满足|符合)?(?:的)?$")
NUMBERED = re.compile(rf"^(?:要点|第)?([{CIRCLED}]|\(\d{{1,2}}\)|\d{{1,2}}[.、](?!\d))(?:要点|项|点)?(.*)$")
PER_OCCURRENCE = re.compile(
    rf"每(?:发现|出现|发生|存在|有|少|缺少?|缺失|减少|遗漏|漏报|迟报|超期|逾期|违反|未完成|未按时)?(?:{ANY_NUM})?"
    r"(?:个|项|处|次|起|份|条|例|人次|家|件|名|人|篇|期)")
COUNT_EACH = re.compile(rf"(?:^|[,的])({ANY_NUM})(?:次|处|起|项|个|份|条|例|件)$")
SHORTFALL_BELOW = re.compile(rf"每(?:低|低于|少|减少|下降|降低|差|偏低|未达)(?:目标值|目标|标准值|标准|要求)?({ANY_NUM})?个?(百分点|%|个百分点)")
SHORTFALL_ABOVE = re.compile(rf"每(?:超|超过|高于|高出|增加|上升|多|偏高|超出)(?:目标值|目标|标准值|标准|要求)?({ANY_NUM})?个?(百分点|%|个百分点)")
MONEY = re.compile(r"\d[\d,]*(?:\.\d+)?(?:万)?元|扣罚|罚款")
INLINE_LEVEL = re.compile(rf"([^,、();:]+?)\(({ANY_NUM})(?:(?:-|~|至)({ANY_NUM}))?分\)")
GRADED_PREFIX = re.compile(r"^(?:按|分)(?:以下)?(?:档次|等级|档)(?:评分|计分|打分|给分|评定|赋分)?[:]?|^按以下标准(?:评分|计分|打分)[:]?")
DEFAULT = re.compile(r"^(?:若|如|对)?(?:无|没有|缺少|缺乏|未提供|未能提供|不能提供|未附|缺)(.+?)的?(?:事项|项目|内容)?(?:的)?,?"
                     r"(?:一律|均|则|可)?(?:按|视为|视同|以|作为)(.+?)(?:计算|计|处理|论|对待)?$")
NO_CHANGE = re.compile(r"^(?:项目)?(?:无|没有|未发生|不涉及)(.+?)的?,?(?:视同|视为|按)(满足|完成|符合|达标|满分)(?:计)?$")
VETO = re.compile(r"^(?:若|如)?(?:存在|发生|出现|有)(.+?)的?,?(?:本项|该项|此项|该指标|本指标|本项指标)$")
INSTRUCTION = re.compile(r"^(?:若|如)?(?:无|没有|缺少|未提供)(.+?)的,?(?:可|应|则)?(?:按|依据|根据|参照|按照)(.+)$")
DEFINITION = re.compile(rf"^[^=]{{1,40}}=.+(?:×100%|/[^=]+)$|^{NUM}")


def band_of(chunk: Chunk, default_half_open: str) -> bool:
    """Tag a scoring clause whose condition bounds a measured value as a band."""
    if chunk.score is None:
        return False
    if OTHERWISE.match(chunk.condition.strip(",")):
        chunk.tags.add("otherwise")
        return True
    parsed = parse_band(chunk.condition, default_half_open)
    if parsed is None:
        return False
    chunk.tags.add("band")
    return True


def classify(chunks: list[Chunk], default_half_open: str = "") -> None:
    """Tag each clause with what it can be (a clause may carry several tags)."""
    for c in chunks:
        t, cond = c.text, c.condition
        if MONEY.search(t):
            c.tags.add("money")
        if FULL_MARKS.search(t) and (c.score is None or re.fullmatch(r"(?:本项|该项|此项|本指标|该指标|指标)?(?:满分|总分|分值)(?:为|是)?", cond)):
            c.tags.add("full_marks")
        if FORMULA.search(t):
            c.tags.add("formula")
        if UNTIL_ZERO.search(t):
            c.tags.add("until_zero")
        if MAX_DEDUCT.search(t):
            c.tags.add("max_deduct")
        if MAX_BONUS.search(t):
            c.tags.add("max_bonus")
        if PARTIAL.search(t):
            c.tags.add("partial")
        elif DISCRETION.search(t):
            c.tags.add("discretion")
        if WHOLE_STEPS.search(t):
            c.tags.add("whole_steps")
        if c.score is not None and c.score.kind in ("points", "full") and PER_POINT.match(cond):
            c.tags.add("per_point")
        if c.score is not None and c.score.value == 0 and c.score.kind == "points" and UNSATISFIED_ZERO.match(cond):
            c.tags.add("unsatisfied_zero")
        if c.score is not None and NUMBERED.match(cond) and c.score.kind in ("points", "full"):
            c.tags.add("numbered")
        if c.score is not None and c.score.kind == "minus":
            if SHORTFALL_BELOW.search(cond) or SHORTFALL_ABOVE.search(cond):
                c.tags.add("shortfall")
            elif PER_OCCURRENCE.search(cond) or COUNT_EACH.search(cond):
                c.tags.add("per_occurrence")
            elif "max_deduct" not in c.tags and cond.endswith("的") and parse_band(cond, default_half_open) is None:
                c.tags.add("fixed_deduction")
        if c.score is not None and c.score.kind == "plus":
            c.tags.add("bonus")
        if c.score is None and not c.tags & {"formula"}:
            m = DEFAULT.match(t) or NO_CHANGE.match(t)
            if m:
                c.tags.add("default")
            elif INSTRUCTION.match(t):
                c.tags.add("instruction")
        if c.score is not None and c.score.kind == "points" and c.score.value == 0 and VETO.match(
                re.sub(r"(?:不得分|得0分|得零分|计0分)$", "", t)):
            c.tags.add("veto")
        if c.score is not None and c.score.kind == "points" and c.score.value == 0 and DEFAULT.match(t):
            c.tags.add("default")
        band_of(c, default_half_open)
        if len(INLINE_LEVEL.findall(t)) >= 2:
            c.tags.add("inline_levels")
        if c.score is not None and not c.tags & {"band", "otherwise", "per_point", "numbered", "per_occurrence",
                                                 "fixed_deduction", "shortfall", "bonus", "full_marks", "veto",
                                                 "unsatisfied_zero", "max_deduct", "max_bonus", "formula", "default"} \
                and len(cond.strip(",的:")) >= 1 and not cond.startswith("每") and not re.search(r"[=×]", cond):
            c.tags.add("level")


def level_number(text: str) -> float | None:
    return cn_number(text)
