"""Answer labels by meaning: which satisfaction (or agreement, quality…) scale a set of
labels belongs to, in any common Chinese wording, and where each label sits on it.

Questionnaires word their scales in many ways — 非常满意 / 比较满意 / 一般 / 不太满意 /
非常不满意, 很满意 / 满意 / 基本满意 / 不满意 / 很不满意, 满意 / 基本满意 / 不满意, 非常同意 …
很不同意, 很好 / 较好 / 一般 / 较差 / 很差. A label is read as a *stem* (满意, 同意, 好 …)
with a degree word before it, and placed on one axis:

====  =========================================  ==========================
score degree words                                 examples
====  =========================================  ==========================
 2    非常 很 十分 特别 极 完全 …                  非常满意, 很好, 完全同意
 1.5  (none)                                     满意, 好, 同意
 1    比较 较 还算 挺 …                            比较满意, 较好
 0.5  基本 基本上 大体                               基本满意
 0    一般, 中立, 说不清, 还行 … (neutral words)     一般
 -1   不太 不大 不是很 比较不 较不 …                  不太满意, 较差
 -1.5 不                                          不满意, 差
 -2   非常不 很不 十分不 极不 完全不 …                非常不满意, 很差
====  =========================================  ==========================

"Don't know" answers (不了解, 说不清楚, 无法评价, 不适用 …) are ``na``: an option left out of
the valid n. A scale is the *family* of points a questionnaire uses (``FAMILIES``, most
common first): labels seen in a file are placed in the smallest family holding them all,
and the family's missing points are named in the wording the file uses (so a 5-point
question where nobody chose 不太满意 still gets its five options).

Pure functions over strings; safe from any thread.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from evaltool.survey.model import SCALE_TOP, SCALES

# (score) families, best point first, most common first. Scores as in the module docstring.
FAMILIES: tuple[tuple[float, ...], ...] = (
    (2, 1, 0, -1, -2),            # 非常满意 比较满意 一般 不太满意 非常不满意
    (2, 1, 0, -1.5, -2),          # 非常满意 比较满意 一般 不满意 非常不满意
    (2, 1.5, 0, -1.5, -2),        # 非常满意 满意 一般 不满意 非常不满意
    (2, 1.5, 0.5, -1.5, -2),      # 很满意 满意 基本满意 不满意 很不满意
    (2, 1, 0.5, -1, -2),          # 非常满意 比较满意 基本满意 不太满意 非常不满意
    (2, 1.5, 0, -1, -2),          # 非常满意 满意 一般 不太满意 非常不满意
    (1.5, 1, 0.5, -1, -1.5),      # 满意 比较满意 基本满意 不太满意 不满意
    (1.5, 1, 0, -1, -1.5),        # 满意 比较满意 一般 不太满意 不满意
    (2, 1, -1, -2),               # 非常满意 比较满意 不太满意 非常不满意
    (2, 1, -1.5, -2),             # 非常满意 比较满意 不满意 非常不满意
    (2, 1.5, -1.5, -2),           # 很满意 满意 不满意 很不满意
    (1.5, 0.5, -1, -1.5),         # 满意 基本满意 不太满意 不满意
    (1.5, 1, -1, -1.5),           # 满意 比较满意 不太满意 不满意
    (1.5, 0, -1.5),               # 满意 一般 不满意
    (1.5, 0.5, -1.5),             # 满意 基本满意 不满意
    (1.5, 0.5, -1),               # 满意 基本满意 不太满意
    (2, 0, -2),                   # 非常满意 一般 非常不满意
)
SCALE_OF_SIZE = {5: "scale5", 4: "scale4", 3: "scale3"}

STRONG = ("非常", "很", "十分", "特别", "极其", "极为", "极", "完全", "超级", "相当")
MEDIUM = ("比较", "较为", "较", "还算", "挺", "蛮", "还比较")
WEAK = ("基本上", "基本", "大体上", "大体", "大致")
NEG_STRONG = ("非常不", "很不", "十分不", "特别不", "极其不", "极不", "完全不", "一点也不", "根本不", "相当不")
NEG_MEDIUM = ("不太", "不大", "不是很", "不怎么", "不甚", "不够", "比较不", "较不", "不是太", "有点不", "有些不")
NEUTRAL = frozenset({"一般", "中立", "中等", "中", "还行", "还可以", "尚可", "一般般", "普通", "说不上", "不确定",
                     "无所谓", "中性", "居中", "及格", "适中", "凑合", "说不清好坏", "既不满意也不是不满意"})
NOT_APPLICABLE = frozenset({"不了解", "不清楚", "不知道", "说不清", "说不清楚", "无法评价", "无法判断", "无法回答",
                            "不好说", "不适用", "不涉及", "没有接触", "未接触", "未使用", "没用过", "未用过",
                            "不熟悉", "没有使用过", "未办理过", "没有办理过", "不了解情况", "不评价"})
# Stems a scale is built on; a class groups words that mean the same (满意 = 称心).
STEMS: dict[str, str] = {
    "满意": "satisfied", "称心": "satisfied", "满足": "satisfied",
    "同意": "agree", "赞同": "agree", "认同": "agree", "认可": "agree", "支持": "agree",
    "方便": "convenient", "便捷": "convenient", "便利": "convenient",
    "及时": "timely", "迅速": "timely", "快捷": "timely",
    "规范": "proper", "合理": "reasonable", "有效": "effective", "有用": "useful", "有帮助": "useful",
    "重要": "important", "愿意": "willing", "清晰": "clear", "明确": "clear", "稳定": "stable", "熟练": "skilled",
    "专业": "professional", "热情": "friendly", "耐心": "friendly", "完善": "complete", "充分": "sufficient",
    "好": "good",
}
# Quality words on their own: (stem class, score).
WORDS: dict[str, tuple[str, float]] = {
    "优秀": ("good", 2), "优": ("good", 2), "良好": ("good", 1), "良": ("good", 1),
    "差": ("good", -1.5), "较差": ("good", -1), "比较差": ("good", -1), "很差": ("good", -2), "非常差": ("good", -2),
    "极差": ("good", -2), "太差": ("good", -2), "不好": ("good", -1.5), "不太好": ("good", -1),
}
_LEAD_MARK = re.compile(r"^(?:[(\[（【]?[A-Za-z0-9]{1,2}[)\]）】.、:：．\s]+|[①②③④⑤⑥⑦⑧⑨⑩]\s*)")
_TAIL_NOTE = re.compile(r"[(（\[【][^()（）\[\]【】]*[)）\]】]$")
_OTHER_TEXT = re.compile(r"^(.*?)[〖【\[（(]([^〖〗【】\[\]（）()]*)[〗】\]）)]$")


@dataclass(frozen=True)
class Meaning:
    """Where a label sits: the stem class it is about (``satisfied``, ``agree``, ``good`` …;
    ``""`` for neutral words, which fit any class) and its score (see the module docstring)."""

    cls: str
    score: float


def clean_label(label: Any) -> str:
    """A label as compared: NFKC, no spaces, no leading "A." / "1、" mark, no trailing note
    in brackets ("非常满意（90分以上）" → 非常满意)."""
    t = unicodedata.normalize("NFKC", str(label if label is not None else ""))
    t = re.sub(r"\s+", "", t)
    t = _LEAD_MARK.sub("", t) or t
    return _TAIL_NOTE.sub("", t) or t


def is_not_applicable(label: Any) -> bool:
    return clean_label(label) in NOT_APPLICABLE


def meaning(label: Any) -> Meaning | None:
    """The label's place on a scale, None when it is not a scale word."""
    t = clean_label(label)
    if not t or t in NOT_APPLICABLE:
        return None
    if t in NEUTRAL:
        return Meaning("", 0.0)
    if t in WORDS:
        cls, score = WORDS[t]
        return Meaning(cls, score)
    for stem in sorted(STEMS, key=len, reverse=True):
        if not t.endswith(stem):
            continue
        degree_score = _degree_score(t[: -len(stem)])
        if degree_score is None:
            continue
        return Meaning(STEMS[stem], degree_score)
    return None


def _degree_score(degree: str) -> float | None:
    if degree == "":
        return 1.5
    if degree == "不":
        return -1.5
    for words, score in ((NEG_STRONG, -2.0), (NEG_MEDIUM, -1.0), (STRONG, 2.0), (MEDIUM, 1.0), (WEAK, 0.5)):
        if degree in words:
            return score
    return None


def split_other(label: Any) -> tuple[str, str | None]:
    """"其他〖保安〗" → ("其他", "保安"): a platform's "other, please specify" answer with its
    text in brackets; other labels come back unchanged with None."""
    t = str(label if label is not None else "").strip()
    m = _OTHER_TEXT.match(t)
    if m and is_other(m.group(1)):
        return m.group(1).strip(), m.group(2).strip()
    return t, None


def is_other(label: Any) -> bool:
    """"其他", "其它（请注明）", "Other": the option whose answer carries a text."""
    t = clean_label(label).casefold()
    return t.startswith(("其他", "其它", "other")) and len(t) <= 12


@dataclass
class Scale:
    """A recognised scale: labels best first with their scores, the ``na`` labels, the kind
    (``scale5``/``scale4``/``scale3``, or ``single`` for an unusual number of points)."""

    kind: str
    labels: list[str]
    scores: list[float]
    na: list[str]

    def options(self, codes: dict[str, int] | None = None) -> list[dict[str, Any]]:
        """Options best first: weights and satisfied boxes of the kind (``SCALES``);
        ``codes`` gives a label's code (option numbers from a legend), else 1, 2, 3 …"""
        out: list[dict[str, Any]] = []
        used = set((codes or {}).values())
        nxt = 1

        def code_of(label: str) -> int:
            nonlocal nxt
            if codes and clean_label(label) in codes:
                return codes[clean_label(label)]
            while nxt in used:
                nxt += 1
            used.add(nxt)
            return nxt

        scale = SCALES.get(self.kind)
        top = SCALE_TOP.get(self.kind, 0)
        for i, label in enumerate(self.labels):
            if scale is not None:
                weight: float | None = float(scale[i][2])
                sat = i < top
            else:  # an unusual number of points: favourable answers are the positive ones
                weight, sat = None, self.scores[i] > 0.75
            out.append({"code": code_of(label), "label": label, "label_en": _english(self, i),
                        "weight": weight, "satisfied": sat})
        for label in self.na:
            out.append({"code": code_of(label), "label": label, "label_en": "", "weight": None,
                        "satisfied": False, "na": True})
        return out


def _english(scale: Scale, i: int) -> str:
    if scale.kind in SCALES and _is_satisfaction(scale):
        # the family's position names it the same as our built-in scales, when it is one
        defaults = [s[0] for s in SCALES[scale.kind]]
        if [clean_label(x) for x in scale.labels] == defaults:
            return SCALES[scale.kind][i][1]
    return ""


def _is_satisfaction(scale: Scale) -> bool:
    return all((m := meaning(x)) is not None and m.cls in ("", "satisfied") for x in scale.labels)


def scale_class(labels: list[Any]) -> str | None:
    """The one stem class all ``labels`` share (neutral words fit any; "don't know" ones are
    left out); None when some label is not a scale word or two classes mix. A set of only
    neutral words is no scale."""
    cls = ""
    for label in labels:
        if is_not_applicable(label):
            continue
        m = meaning(label)
        if m is None:
            return None
        if m.cls:
            if cls and cls != m.cls:
                return None
            cls = m.cls
    return cls or None


def best_family(scores: set[float]) -> tuple[float, ...] | None:
    """The family holding every score: one lacking at most one point if there is one (the
    fewest missing), else the most common family holding them. None when none holds them."""
    holding = [f for f in FAMILIES if scores <= set(f)]
    if not holding:
        return None
    close = [f for f in holding if len(f) - len(scores) <= 1]
    if close:
        return min(close, key=lambda f: (len(f) - len(scores), FAMILIES.index(f)))
    return holding[0]


def recognise(labels: list[Any], family_hint: set[float] | None = None) -> Scale | None:
    """The scale ``labels`` (the distinct answers seen) belong to, or None.

    ``family_hint``: more scores of the same stem class seen elsewhere in the file (the
    other questions and matrix rows usually share one scale); used when the family it
    gives holds this question's own labels. Labels of the same place (很满意 and 非常满意)
    are one option: the first seen names it.
    """
    cls = scale_class(labels)
    if cls is None:
        return None
    by_score: dict[float, str] = {}
    na: list[str] = []
    for label in labels:
        t = str(label).strip()
        if is_not_applicable(t):
            if clean_label(t) not in {clean_label(x) for x in na}:
                na.append(t)
            continue
        m = meaning(t)
        assert m is not None
        by_score.setdefault(m.score, t)
    if not by_score:
        return None
    own = set(by_score)
    family = None
    if family_hint and own <= family_hint:
        family = best_family(family_hint)
        if family is not None and not own <= set(family):
            family = None
    family = family or best_family(own)
    if family is None:
        points = sorted(own, reverse=True)
        kind = SCALE_OF_SIZE.get(len(points), "single")
        return Scale(kind, [by_score[s] for s in points], points, na)
    style = _style(list(by_score.values()), cls)
    labels_out = [by_score.get(s) or _name(s, cls, style) for s in family]
    return Scale(SCALE_OF_SIZE[len(family)], labels_out, list(family), na)


def _style(labels: list[str], cls: str) -> dict[str, str]:
    """The words a file uses: its stem and degree words, to name the points nobody chose."""
    style = {"stem": "好" if cls == "good" else next((k for k, v in STEMS.items() if v == cls), "满意"),
             "strong": "非常", "medium": "比较", "neg_medium": "不太", "weak": "基本"}
    for label in labels:
        t = clean_label(label)
        if t in NEUTRAL or t in WORDS:
            continue
        for stem in sorted(STEMS, key=len, reverse=True):
            if t.endswith(stem) and STEMS[stem] == cls:
                style["stem"] = stem
                degree = t[: -len(stem)]
                if degree in STRONG:
                    style["strong"] = degree
                elif degree in MEDIUM:
                    style["medium"] = degree
                elif degree in NEG_MEDIUM:
                    style["neg_medium"] = degree
                elif degree in NEG_STRONG:
                    style["strong"] = degree[:-1]
                break
    return style


def _name(score: float, cls: str, style: dict[str, str]) -> str:
    stem = style["stem"]
    if cls == "good":
        return {2: f"{style['strong']}好", 1.5: "好", 1: f"{style['medium']}好", 0.5: "尚可", 0: "一般",
                -1: f"{style['medium']}差", -1.5: "差", -2: f"{style['strong']}差"}[score]
    return {2: f"{style['strong']}{stem}", 1.5: stem, 1: f"{style['medium']}{stem}", 0.5: f"{style['weak']}{stem}",
            0: "一般", -1: f"{style['neg_medium']}{stem}", -1.5: f"不{stem}",
            -2: f"{style['strong']}不{stem}"}[score]


def same_meaning(label: Any, option_labels: list[Any]) -> int | None:
    """Index of the one option label that means the same as ``label`` (很满意 ≈ 非常满意),
    None when none or several do, or the options are no scale."""
    m = meaning(label)
    words = [o for o in option_labels if meaning(o) is not None]  # options added by hand ("还行吧") aside
    cls = scale_class(words) if len(words) >= 2 else None
    if m is None or cls is None or (m.cls and m.cls != cls):
        return None
    hits = [i for i, o in enumerate(option_labels) if (om := meaning(o)) is not None and om.score == m.score]
    return hits[0] if len(hits) == 1 else None
