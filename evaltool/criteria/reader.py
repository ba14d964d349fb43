"""Read a structured rule from the 评分标准 text, with the phrase it matched — or say why not.

``read_criteria(criteria, description=…, weight=…)`` returns a ``Reading``: the rule
(``evaltool.rules`` data), the phrases it was read from, a confidence (1.0 when every
scoring clause was used and the figures agree with the weight; lower for each assumption
or clause left unread), notes for the evaluator, and — when nothing could be read — the
reason. It never guesses a figure the text does not give: points that do not add up to
the weight, a rate named without its mapping, bands that cross, a money penalty, are
refused with the reason. Deterministic, Qt-free, no database.

Patterns (see ``PATTERNS`` for the list the product documents):

- checklists: "每满足一个要点得0.5分" (the points are the description's ①②③…), "①1分；②1分；
  ③1分；④2分", "①满足得0.5分…", with "满分N分", "部分满足的酌情给分", "不满足的该要点不得分";
- graded levels: "按档次评分：A，得3分；B，得2分…", "好（4分）、较好（3分）、一般（2分）、差（0-1分）";
- formulas: "得分=执行率×分值", "评分等于执行率×分值", "得分=完成要素数/7×分值",
  "得分=（完成率-50%）/（100%-50%）×分值，低于50%不得分" (linear with a floor);
- brackets in every form (``evaltool.criteria.bands``), with "其余不得分";
- satisfaction: "满意度达到90%及以上得满分" (below it: by hand), linear between two rates;
- deductions: "每发现一处扣0.5分，扣完为止", "每出现1次扣1分", "1次扣10分", several kinds of
  occurrence, "最多扣10分"; shortfalls: "达到100%得满分，每低1个百分点扣0.2分";
- bonus: "每项加0.5分，最多加2分", "对单项建议加10分";
- defaults: "无佐证材料的按0分计", "缺少佐证材料的事项视为未完成", "项目无调整的视同满足",
  "存在④所列情形的，本项不得分";
- expert judgement: "酌情扣分", "酌情给分".
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from evaltool.criteria import recognize
from evaltool.criteria.bands import HALF_OPEN, HALF_OPEN_UP
from evaltool.criteria.clauses import GRADED_PREFIX, classify
from evaltool.criteria.text import Chunk, chunks, has_score_words, normalize, strip_remarks
from evaltool.i18n import translate

# Confidence: what each assumption or unread scoring clause costs.
ASSUMPTION_COST = 0.1
UNREAD_COST = 0.25
LOWEST = 0.3


def _t(text: str) -> str:
    return translate("Criteria", text)


@dataclass
class Reading:
    """What the reader made of one criteria text (``rule`` None: not read, see ``reason``)."""

    rule: dict[str, Any] | None
    matched: str = ""
    confidence: float = 0.0
    pattern: str = ""
    notes: list[str] = field(default_factory=list)
    reason: str = ""
    unread: list[str] = field(default_factory=list)

    @property
    def mechanical(self) -> bool:
        """A rule that proposes a score from facts (not expert judgement)."""
        return self.rule is not None and self.rule.get("kind") != "expert"

    def as_json(self) -> dict[str, Any]:
        if self.rule is None:
            return {"rule": None, "reason": self.reason, "unread": self.unread}
        return {"rule": self.rule, "matched": self.matched, "confidence": round(self.confidence, 2),
                "pattern": self.pattern, "notes": self.notes, "unread": self.unread}


@dataclass
class Context:
    """The leaf the criteria belong to and what the recognisers found so far."""

    weight: float
    is_negative: bool
    cap: float | None
    description: str
    chunks: list[Chunk]
    text: str
    half_open: str = ""
    graded_hint: bool = False
    notes: list[str] = field(default_factory=list)
    assumptions: int = 0

    def note(self, text: str, assumption: bool = False) -> None:
        if text not in self.notes:
            self.notes.append(text)
        if assumption:
            self.assumptions += 1

    def tagged(self, tag: str, unused: bool = True) -> list[Chunk]:
        return [c for c in self.chunks if tag in c.tags and not (unused and c.used)]

    def use(self, *cs: Chunk) -> None:
        for c in cs:
            c.used = True


def read_criteria(criteria: str, *, description: str = "", weight: float = 0.0, is_negative: bool = False,
                  cap: float | None = None) -> Reading:
    """Read the rule of one leaf from its 评分标准 (``criteria``) and 评价要点 (``description``).

    ``weight`` is the leaf's weight in points (a negative indicator's is ≤ 0, its ``cap``
    the most it may lose). Returns a ``Reading``; never raises on text.
    """
    if not (criteria or "").strip():
        return Reading(None, reason=_t("The leaf has no scoring criteria text."))
    text = normalize(criteria)
    text, remarks = strip_remarks(text)
    half_open = "lo" if HALF_OPEN.search(text) else ("hi" if HALF_OPEN_UP.search(text) else "")
    graded_hint = False
    m = GRADED_PREFIX.match(text)
    if m:
        graded_hint, text = True, text[m.end():]
    cs = chunks(text)
    classify(cs, half_open)
    ctx = Context(weight, is_negative, cap, description or "", cs, text, half_open, graded_hint)
    if any("money" in c.tags for c in cs) and not any(c.score is not None and "money" not in c.tags for c in cs):
        return Reading(None, reason=_t("The criteria set a money penalty (元), not points."),
                       unread=[c.text for c in cs if "money" in c.tags])
    for recognise in recognize.ORDER:
        result = recognise(ctx)
        if result is None:
            continue
        if isinstance(result, str):
            return Reading(None, reason=result, unread=_unread(cs))
        rule, pattern = result
        return _finish(ctx, rule, pattern, remarks)
    unread = _unread(cs)
    if unread:
        return Reading(None, reason=_t("No scoring pattern recognised in: {text}").format(text="；".join(unread)),
                       unread=unread)
    return Reading(None, reason=_t("The criteria give no points to read (no score, formula or deduction)."))


def _unread(cs: list[Chunk]) -> list[str]:
    return [c.text for c in cs if not c.used and (c.score is not None or has_score_words(c.text))
            and not c.tags & {"full_marks"} and not _ignorable(c)]


def _ignorable(c: Chunk) -> bool:
    """Clauses with score words that say nothing about this leaf's points: definitions
    ("满意度=(非常满意+比较满意)样本数/有效样本数×100%"), where a bonus is counted
    ("加分计入当月考核总分，在100分之外")."""
    if c.score is not None or "formula" in c.tags:
        return False
    return bool(re.search(r"=.+×100%$", c.text) or re.search(r"\d+分(?:之外|以外)|计入.{0,12}总分", c.text))


def _finish(ctx: Context, rule: dict[str, Any], pattern: str, remarks: list[str]) -> Reading:
    recognize.attach_defaults(ctx, rule)
    full = [c for c in ctx.chunks if "full_marks" in c.tags]
    for c in full:
        c.used = True
        stated = recognize.full_marks_value(c.text)
        if stated is not None and abs(stated - abs(ctx.weight)) > 1e-6 and not ctx.is_negative:
            ctx.note(_t("The criteria say full marks are {stated}, the leaf's weight is {weight}.").format(
                stated=recognize.fmt(stated), weight=recognize.fmt(ctx.weight)), assumption=True)
    for c in ctx.chunks:
        if not c.used and ("discretion" in c.tags or "partial" in c.tags) and rule.get("kind") != "expert":
            c.used = True
            ctx.note(_t("Discretion left to the evaluator: {text}").format(text=c.text))
    unread = _unread(ctx.chunks)
    for c in ctx.chunks:
        if not c.used and c.text not in unread and not has_score_words(c.text) and c.score is None:
            c.used = True  # notes: sample size remarks, definitions, instructions without points
    matched = "；".join(c.text for c in ctx.chunks if c.used and (c.score is not None or c.tags))
    confidence = 1.0 - ASSUMPTION_COST * ctx.assumptions - UNREAD_COST * len(unread)
    notes = list(ctx.notes)
    if unread:
        notes.append(_t("Not read: {text}").format(text="；".join(unread)))
    return Reading(rule, matched or ctx.text, max(round(confidence, 2), LOWEST), pattern, notes, unread=unread)
