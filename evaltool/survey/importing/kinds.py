"""A question's kind and options from the answers seen in its column(s): the rules of
``infer.infer_questionnaire`` for one question, and the corrections a person makes in
the preview (``set_kind``, ``reverse_scale``).

- a scale (``scale5``/``scale4``/``scale3``) when its labels are the points of a
  satisfaction, agreement or quality scale in any common wording (``survey.scales``);
- ``multi`` when answers are joined with ┋ (or , ; | with the header's 多选 tag, or when
  the parts recur), or the question has one column per option;
- ``number`` when every answer is a number (and nothing says they are option numbers);
- ``single`` for a few labels that recur; ``text`` for the rest;
- option numbers become options through a legend; without one they are kept as numbers
  and the question is flagged for a person to check.

Pure functions over a ``DraftQuestion``; safe from any thread.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Any

from evaltool.i18n import translate
from evaltool.survey import SCALE_KINDS, SCALE_TOP, SCALES, default_options
from evaltool.survey.importing.draft import DraftQuestion
from evaltool.survey.importing.headers import is_skip
from evaltool.survey.importing.table import blank
from evaltool.survey.scales import clean_label, is_other, recognise, split_other

MAX_OPTIONS = 40  # more distinct answers than this (and no scale): an open question
TRUE_MARKS = frozenset({"1", "√", "✓", "✔", "是", "选中", "已选", "true", "y", "yes", "x"})
FALSE_MARKS = frozenset({"0", "否", "未选中", "未选", "false", "n", "no"})
MULTI_SEPARATORS = ("┋", "|", ";", "；", ",", "，", "、")
TEXT_WORDS = ("意见", "建议", "请填写", "请描述", "请说明", "备注", "其他想法", "说明理由", "具体说明", "留言")
SKIP_CODES = (-2, -3)  # 问卷星's option-number exports: -2 not shown / empty, -3 skipped by logic


# -- cells -------------------------------------------------------------------------------

def answer_of(v: Any) -> Any:
    """A cell as an answer: None for blank and the platforms' "not answered" marks."""
    if blank(v) or is_skip(v):
        return None
    if isinstance(v, str):
        return v.strip()  # as written: labels keep their full-width punctuation (matching is tolerant)
    return v


def as_number(v: Any) -> float | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return float(v)
    t = unicodedata.normalize("NFKC", str(v)).replace(",", "").strip()  # "１．５" as 1.5
    try:
        x = float(t)
    except ValueError:
        return None
    return x if x == x and abs(x) != float("inf") else None


def is_whole(x: float | None) -> bool:
    return x is not None and float(x).is_integer()


# -- kinds -------------------------------------------------------------------------------

def _multi_separator(values: list[str], hints: set[str]) -> str | None:
    """The separator joining a multiple-choice answer's options, None when the answers are single."""
    texts = [v for v in values if isinstance(v, str)]
    if any("┋" in v for v in texts):
        return "┋"
    for sep in MULTI_SEPARATORS[1:]:
        joined = [v for v in texts if sep in v]
        if not joined:
            continue
        if "multi" in hints:
            return sep
        if sep == "、":
            continue  # a list inside one option's wording: only the 多选 tag says otherwise
        parts = Counter(p.strip() for v in texts for p in v.split(sep) if p.strip())
        recurring = sum(1 for p, n in parts.items() if n >= 2 or p in texts)
        if len(joined) >= 2 and len(parts) <= MAX_OPTIONS and recurring >= 0.6 * len(parts) \
                and all(len(p) <= 40 for p in parts):
            return sep
    return None


def ordered_labels(labels: list[str]) -> list[str]:
    """Distinct labels in first-seen order, "other" options last."""
    seen: dict[str, str] = {}
    for lab in labels:
        seen.setdefault(clean_label(lab), lab)
    out = list(seen.values())
    return [x for x in out if not is_other(x)] + [x for x in out if is_other(x)]


def make_options(labels: list[str], codes: dict[str, int] | None = None) -> list[dict[str, Any]]:
    out = []
    used = set((codes or {}).values())
    nxt = 1
    for lab in labels:
        code = (codes or {}).get(clean_label(lab))
        if code is None:
            while nxt in used:
                nxt += 1
            code = nxt
            used.add(code)
        out.append({"code": code, "label": lab, "label_en": "", "weight": None, "satisfied": False})
    return out


def infer_kind(q: DraftQuestion, family_hint: set[float] | None = None) -> None:
    """Set ``q.kind`` and ``q.options`` from the answers seen (``q.values``), its hints and
    legend. Scale questions get the family of ``family_hint`` when it holds their labels."""
    vals = q.values
    hints = set(q.hints)
    if not hints & {"single", "multi", "scale", "matrix"} and any(w in q.text for w in TEXT_WORDS):
        hints.add("text")
    q.note = ""
    if q.option_columns:  # one column per option: multiple choice, options already named
        q.kind = "multi"
        return
    legend = q.legend
    if legend or q.block or hints & {"single", "multi", "scale", "matrix"}:
        vals = [v for v in vals if as_number(v) not in SKIP_CODES]
    nums = [as_number(v) for v in vals]
    if vals and all(x is not None for x in nums):
        codes = {int(x) for x in nums if x is not None and is_whole(x)}
        if legend and len(codes) == len(nums) and codes <= set(legend):
            _coded(q, legend, "multi" in hints)
            return
        looks_coded = bool(hints & {"single", "multi", "scale", "matrix"}) or q.block
        if len(codes) == len(nums) and codes and min(codes) >= 1 and max(codes) <= 20 and looks_coded:
            _coded(q, {c: str(c) for c in range(1, max(codes) + 1)}, "multi" in hints, guessed=True)
            return
        q.kind, q.options, q.coded = "number", [], False
        return
    if "multi" in hints and legend and all(isinstance(v, str) for v in vals):
        parts = [p for v in vals for p in re.split("|".join(map(re.escape, MULTI_SEPARATORS)), v) if p.strip()]
        if parts and all(as_number(p) is not None and is_whole(as_number(p)) for p in parts) \
                and {int(as_number(p) or 0) for p in parts} <= set(legend):
            _coded(q, legend, True)
            return
    labels = [str(v) for v in vals]
    sep = _multi_separator(labels, hints)
    if sep is not None:
        parts = [split_other(p.strip())[0] for v in labels for p in v.split(sep) if p.strip()]
        q.kind, q.coded = "multi", False
        q.options = make_options(ordered_labels(parts))
        return
    bases = [split_other(v)[0] for v in labels]
    scale = recognise(ordered_labels(bases), family_hint)
    if scale is not None and (scale.kind in SCALE_KINDS or "text" not in hints):
        q.kind, q.coded = (scale.kind if scale.kind in SCALE_KINDS else "single"), False
        q.options = scale.options()
        return
    distinct = ordered_labels(bases)
    few = len(distinct) <= MAX_OPTIONS and (len(distinct) <= max(2, q.answered // 2) or "single" in hints)
    if distinct and few and "text" not in hints and all(len(x) <= 60 for x in distinct):
        q.kind, q.coded = ("multi" if "multi" in hints else "single"), False
        q.options = make_options(distinct)
        return
    q.kind, q.options, q.coded = "text", [], False


def _coded(q: DraftQuestion, legend: dict[int, str], multi: bool, guessed: bool = False) -> None:
    """Options from option numbers and what they mean (a scale keeps its numbers, best first)."""
    q.coded = True
    labels = [legend[c] for c in sorted(legend)]
    codes = {clean_label(legend[c]): c for c in sorted(legend)}
    if multi:
        q.kind, q.options = "multi", make_options(labels, codes)
    elif guessed and len(legend) <= 5 and any(w in q.text for w in ("满意", "评价")):
        # option numbers of a satisfaction question and no legend: 1 = the best point, as
        # platforms number a scale printed best first; a person checks it in the preview
        kind = {5: "scale5", 4: "scale4", 3: "scale3"}.get(len(legend), "scale5")
        q.kind, q.options = kind, default_options(kind)
    else:
        scale = recognise(labels) if not guessed else None
        if scale is not None and scale.kind in SCALE_KINDS and not scale.na:
            q.kind, q.options = scale.kind, scale.options(codes)
        else:
            q.kind, q.options = "single", make_options(labels, codes)
    if guessed:
        q.note = translate("Survey", "Answers are option numbers and no legend says what they mean: check the options.")


def set_kind(q: DraftQuestion, kind: str) -> None:
    """A person's choice of kind: options inferred again from the same answers for it."""
    if kind == q.kind:
        return
    if kind in ("number", "text"):
        q.kind, q.options = kind, []
        return
    if q.option_columns:
        q.kind = "multi" if kind == "multi" else kind
        return
    hints = set(q.hints) - {"multi", "single", "scale", "text"}
    q.hints = sorted(hints | ({"multi"} if kind == "multi" else {"single"}))
    infer_kind(q)
    if kind in SCALE_KINDS and q.kind != kind:
        if q.kind in SCALE_KINDS or q.kind == "single":
            _fit_scale(q, kind)
        else:
            q.kind, q.options = kind, default_options(kind)
    elif kind == "single" and q.kind != "single":
        q.kind = "single"
        for o in q.options:
            o["satisfied"] = bool(o.get("satisfied"))
    elif kind == "multi" and q.kind != "multi":
        q.kind = "multi"


def _fit_scale(q: DraftQuestion, kind: str) -> None:
    """Make the options a ``kind`` scale: the labels kept in their order (codes kept), the
    scale's weights and satisfied boxes by position; a scale's default labels fill up."""
    points = [o for o in q.options if not o.get("na")]
    na = [o for o in q.options if o.get("na")]
    size = len(SCALES[kind])
    defaults = default_options(kind)
    used = {int(o["code"]) for o in q.options}
    while len(points) < size:
        extra = dict(defaults[len(points)])
        code = 1
        while code in used:
            code += 1
        used.add(code)
        extra["code"] = code
        points.append(extra)
    out = []
    for i, o in enumerate(points):
        inside = i < size
        out.append({**o, "weight": float(SCALES[kind][i][2]) if inside else None,
                    "satisfied": inside and i < SCALE_TOP[kind]})
    q.kind, q.options = kind, out + na


def reverse_scale(q: DraftQuestion) -> None:
    """Reverse a scale's order (the best point becomes the last): codes stay with their
    labels; weights and satisfied boxes follow the positions."""
    points = [o for o in q.options if not o.get("na")]
    na = [o for o in q.options if o.get("na")]
    points.reverse()
    weights = [o.get("weight") for o in reversed(points)]
    sats = [bool(o.get("satisfied")) for o in reversed(points)]
    q.options = [{**o, "weight": weights[i], "satisfied": sats[i]} for i, o in enumerate(points)] + na
