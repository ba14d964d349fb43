"""Rules as people read them: a kind's name, a bracket's band, the criteria sentence.

``describe(rule, weight, lang)`` is the sentence a report prints for the rule applied
("每满足一个要点得其分值…"), in ``lang`` or the current language (context "Rules").
"""
from __future__ import annotations

import math
from typing import Any

from evaltool.formatting import fmt_rate as pct
from evaltool.formatting import fmt_score as fmt
from evaltool.i18n import translate
from evaltool.rules.measure import num
from evaltool.rules.propose import CIRCLED, deduction_items, is_bonus_leaf, score_bounds


def _t(text: str) -> str:
    return translate("Rules", text)


def kind_label(kind: str) -> str:
    labels = {
        "checklist": _t("Checklist of points"), "graded": _t("Graded levels"),
        "rate": _t("Rate × weight"), "brackets": _t("Brackets over a value"),
        "completion": _t("Completion ratio"), "deduction": _t("Deduction per occurrence"),
        "satisfaction": _t("Satisfaction mapping"), "target": _t("Target vs actual"),
        "expert": _t("Expert judgement"), "bonus": _t("Bonus points"),
        "shortfall": _t("Deduction per point short of a target"),
    }
    return labels.get(kind, kind)


def bracket_text(b: dict[str, Any], unit: str = "") -> str:
    lo, hi = num(b.get("min")), num(b.get("max"))
    lo_s = ("[" if b.get("min_inclusive", True) else "(") if lo is not None else "("
    hi_s = ("]" if b.get("max_inclusive", True) else ")") if hi is not None else ")"
    if lo is None and hi is not None:
        return f"{'≤' if b.get('max_inclusive', True) else '<'}{fmt(hi)}{unit}"
    if hi is None and lo is not None:
        return f"{'≥' if b.get('min_inclusive', True) else '>'}{fmt(lo)}{unit}"
    if lo is None and hi is None:
        return _t("any value")
    return f"{lo_s}{fmt(lo)}{unit}, {fmt(hi)}{unit}{hi_s}"


def describe(rule: dict[str, Any] | None, weight: float, lang: str | None = None, *,
             is_negative: bool = False, cap: float | None = None) -> str:
    """The rule as the criteria sentence a report would print, in ``lang`` or the current language."""
    def t(text: str) -> str:
        return translate("Rules", text, lang)

    if not rule or not rule.get("kind"):
        return t("No rule: the leaf is scored by hand.")
    text = _describe_kind(rule, weight, t, is_negative, cap)
    defaults = [d for d in rule.get("defaults") or [] if isinstance(d, dict) and d.get("when")]
    if defaults:
        text += " " + t("Defaults: {items}.").format(items="; ".join(
            f"{d.get('when')} → {d.get('as') or fmt(num(d.get('score')))}" for d in defaults))
    return text


def _describe_kind(rule: dict[str, Any], weight: float, t: Any, is_negative: bool, cap: float | None) -> str:
    k = rule["kind"]
    w = fmt(weight)
    if k == "checklist":
        pts = rule.get("points") or []
        items = "; ".join(f"{CIRCLED[i % 20]} {p.get('text', '')} ({fmt(num(p.get('score')))})" for i, p in enumerate(pts))
        return str(t("Each point satisfied earns its share, up to {weight} points: {items}.").format(weight=w, items=items))
    if k == "graded":
        lv = rule.get("levels") or []
        items = "; ".join(
            f"{CIRCLED[i % 20]} {x.get('text', '')} → " + (fmt(num(x.get('score'))) if num(x.get("min")) is None
                                                          else f"{fmt(num(x.get('min')))}–{fmt(num(x.get('max')))}")
            for i, x in enumerate(lv))
        return str(t("Pick the level that fits: {items}.").format(items=items))
    if k == "rate":
        num_label = rule.get("numerator_label") or t("actual")
        den_label = rule.get("denominator_label") or t("planned")
        full = pct(num(rule.get("full_at")) or 1.0)
        floor = num(rule.get("floor"))
        if floor is not None:
            return str(t("Score = ({num} / {den} − {floor}) / ({full} − {floor}) × {weight}; full marks at {full} or more, zero below {floor}.").format(
                num=num_label, den=den_label, floor=pct(floor), full=full, weight=w))
        return str(t("Score = {num} / {den} × {weight} (full marks at a rate of {full} or more).").format(
            num=num_label, den=den_label, weight=w, full=full))
    if k == "brackets":
        unit = rule.get("unit", "")
        items = "; ".join(f"{bracket_text(b, unit)} → {fmt(num(b.get('score')))}" for b in rule.get("brackets") or [])
        return str(t("Points by the band the value falls in: {items}.").format(items=items))
    if k == "completion":
        req = rule.get("required")
        if req:
            return str(t("Score = items done / {required} × {weight}.").format(required=fmt(num(req)), weight=w))
        return str(t("Score = items done / items required × {weight}.").format(weight=w))
    if k == "deduction":
        return _describe_deduction(rule, weight, t, is_negative, cap)
    if k == "satisfaction":
        th, fl = num(rule.get("threshold")), num(rule.get("floor"))
        threshold = pct(0.9 if th is None else th)
        if rule.get("below") == "by_hand":
            return str(t("Full {weight} points at a satisfaction rate of {threshold} or more; below it the criteria set no rule (score by hand).").format(
                weight=w, threshold=threshold))
        return str(t("Full {weight} points at a satisfaction rate of {threshold} or more; linear between {floor} and {threshold}; zero below {floor}.").format(
            weight=w, threshold=threshold, floor=pct(0.6 if fl is None else fl)))
    if k == "target":
        target = f"{rule.get('operator', '')}{rule.get('target', '')}{rule.get('unit', '')}"
        if rule.get("partial", "ratio") == "ratio":
            return str(t("Full {weight} points when the target {target} is met; otherwise in proportion to the actual value.").format(weight=w, target=target))
        return str(t("Full {weight} points when the target {target} is met; otherwise zero.").format(weight=w, target=target))
    if k == "expert":
        return str(t("Expert judgement: points off at the evaluator's discretion, each deduction with a written reason (of {weight}).").format(weight=w))
    if k == "bonus":
        per = fmt(num(rule.get("per")))
        if is_bonus_leaf(rule, weight, is_negative):
            hi = score_bounds(rule, weight, is_negative, cap)[1]
            if math.isinf(hi):
                return str(t("{per} bonus points per item, added outside the weights, with no cap.").format(per=per))
            return str(t("{per} bonus points per item, added outside the weights, up to {cap}.").format(per=per, cap=fmt(hi)))
        own = num(rule.get("cap"))
        return str(t("{per} bonus points per item, up to {cap}.").format(per=per, cap=fmt(weight if own is None else min(own, weight))))
    if k == "shortfall":
        unit = str(rule.get("unit") or "")
        goal = num(rule.get("target"))
        step = num(rule.get("step")) or 1.0
        args = {"weight": w, "target": fmt(100.0 if goal is None else goal) + unit, "per": fmt(num(rule.get("per"))),
                "step": fmt(step) + unit}
        if rule.get("direction") == "above":
            return str(t("Full {weight} points up to {target}; {per} points off for each {step} above it, never below zero.").format(**args))
        return str(t("Full {weight} points at {target}; {per} points off for each {step} short of it, never below zero.").format(**args))
    return str(k)


def _describe_deduction(rule: dict[str, Any], weight: float, t: Any, is_negative: bool, cap: float | None) -> str:
    items = deduction_items(rule)
    limit = num(rule.get("max"))
    most = (" " + t("At most {max} points off.").format(max=fmt(limit))) if limit is not None else ""
    if len(items) == 1 and not items[0].get("text"):
        return str(t("{per} points off for each occurrence found, never below zero (of {weight}).").format(
            per=fmt(num(items[0].get("per"))), weight=fmt(weight))) + most
    parts = []
    for it in items:
        per = fmt(num(it.get("per")))
        parts.append(t("{what}: {per} off").format(what=it.get("text", ""), per=per) if it.get("once")
                     else t("{what}: {per} off each").format(what=it.get("text", ""), per=per))
    return str(t("Points off: {items}; never below zero (of {weight}).").format(items="; ".join(parts), weight=fmt(weight))) + most


def inputs_text(rule: dict[str, Any] | None, inputs: dict[str, Any] | None) -> str:
    """The inputs an evaluator gave a rule, as a report states them: the measured value
    ("99.14%", "5/7"), the points ticked ("①✓ ②✓ ③✗"), the level chosen, the deductions."""
    from evaltool.rules.measure import measured

    if not rule or not inputs:
        return ""
    k = rule.get("kind")
    if k == "checklist":
        pts = rule.get("points") or []
        if inputs.get("awarded") is not None:
            return " ".join(f"{CIRCLED[i % 20]}{fmt(num(a))}" for i, a in enumerate(inputs["awarded"][: len(pts)]))
        ticked = list(inputs.get("ticked") or [])
        return " ".join(f"{CIRCLED[i % 20]}{'✓' if i < len(ticked) and ticked[i] else '✗'}" for i in range(len(pts)))
    if k == "graded":
        levels = rule.get("levels") or []
        idx = inputs.get("level")
        if isinstance(idx, int) and 0 <= idx < len(levels):
            return f"{CIRCLED[idx % 20]} {levels[idx].get('text', '')}"
        return ""
    if k == "expert":
        from evaltool.rules.propose import expert_deductions

        return "；".join(f"−{fmt(num(d.get('points')))} {d.get('reason') or ''}".strip() for d in expert_deductions(inputs))
    if k == "deduction" and isinstance(inputs.get("counts"), list):
        return " + ".join(f"{it.get('text') or '?'} × {fmt(num(c))}"
                          for it, c in zip(deduction_items(rule), inputs["counts"], strict=False) if num(c))
    if k == "satisfaction" and inputs.get("link") and inputs.get("rate") is None:
        return _t("rate from the linked survey question")
    return measured(rule, inputs)[1]
