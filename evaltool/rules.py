"""Structured scoring rules (评分标准) as data, their proposed scores and readable text.

A rule is a JSON dict stored on ``Indicator.rule``; an evaluator's inputs to it are
stored on their own ``Score.inputs``. ``propose(rule, inputs, weight)`` turns the
inputs into a proposed score (or None when the inputs are not complete), always
inside [0, weight] for an ordinary leaf and inside [cap, 0] for a negative
indicator (逆向指标). ``describe(rule, weight)`` gives the criteria as a sentence in
the current language (``evaltool.i18n.translate``, context "Rules").

Kinds and their data (``rule`` keys / ``inputs`` keys):

- ``checklist``  points=[{text, score}] / ticked=[bool] or awarded=[points] (partial)
- ``graded``     levels=[{text, score} or {text, min, max}] / level=index, score (within a range)
- ``rate``       numerator_label, denominator_label, full_at=1.0 / numerator, denominator or rate
- ``brackets``   unit, brackets=[{min, max, min_inclusive, max_inclusive, score}] / value
  (``rate`` and ``brackets`` also read a money figure: a rule with ``"money":
  "execution_rate" | "adjustment_rate" | "arrival_rate"`` (and ``money_line``) is fed by
  inputs ``{"money": {"project_id", "metric", "line"}}``, read live from the budget lines)
- ``completion`` required (optional default) / done, required or rate
- ``deduction``  per (points per occurrence) / count
- ``satisfaction`` threshold=0.9, floor=0.6, floor_score=0 / rate, or link={survey_id,
  group_id, question_key} read through ``evaltool.tally.linked_rate``
- ``target``     operator, target, unit, partial ("ratio" or "none") / actual (number or text)
- ``expert``     — / deductions=[{points, reason}] (or deduction + reason); every
  deduction needs a reason
- ``bonus``      per, cap / count

Ratio-based kinds round their proposal to ``decimals`` (default 2, as reports do:
5 of 7 × 3 = 2.14). A leaf without a rule is scored by hand.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from evaltool.errors import NotFoundError
from evaltool.formatting import fmt_rate as pct
from evaltool.formatting import fmt_score as fmt
from evaltool.i18n import translate
from evaltool.money import metric_value
from evaltool.tally import linked_rate

Rule = dict[str, Any]
Inputs = dict[str, Any]

KINDS = ("checklist", "graded", "rate", "brackets", "completion", "deduction", "satisfaction",
         "target", "expert", "bonus")
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
DEFAULT_DECIMALS = 2
TOLERANCE = 0.0005  # two scores closer than this are the same score (3 decimals shown)


def _t(text: str) -> str:
    return translate("Rules", text)


def kind_label(kind: str) -> str:
    labels = {
        "checklist": _t("Checklist of points"), "graded": _t("Graded levels"),
        "rate": _t("Rate × weight"), "brackets": _t("Brackets over a value"),
        "completion": _t("Completion ratio"), "deduction": _t("Deduction per occurrence"),
        "satisfaction": _t("Satisfaction mapping"), "target": _t("Target vs actual"),
        "expert": _t("Expert judgement"), "bonus": _t("Bonus points"),
    }
    return labels.get(kind, kind)


def _num(v: Any) -> float | None:
    if v is None or v == "" or isinstance(v, bool):
        return None
    try:
        f = float(v)
    except (TypeError, ValueError, OverflowError):  # OverflowError: an integer of 400 digits
        return None
    return f if math.isfinite(f) else None


@dataclass
class Proposal:
    """A rule's proposed score with the working shown ("5/7 = 71.43% × 3 = 2.14").

    ``score`` is None when the inputs do not allow a proposal; ``missing`` then
    says what is missing. ``problems`` lists inputs that are wrong (e.g. an expert
    deduction without a reason).
    """

    score: float | None
    working: str = ""
    missing: str = ""
    problems: list[str] = field(default_factory=list)


def clamp(score: float, weight: float, is_negative: bool = False, cap: float | None = None) -> float:
    if is_negative:
        lo = min(cap if cap is not None else weight, weight, 0.0)
        return min(0.0, max(lo, score))
    return min(max(weight, 0.0), max(0.0, score))


def _round(rule: dict[str, Any], x: float) -> float:
    d = rule.get("decimals", DEFAULT_DECIMALS)
    try:
        d = int(d)
    except (TypeError, ValueError):
        d = DEFAULT_DECIMALS
    # round half up, as people do on paper (2.145 → 2.15), guarding float noise
    q = 10 ** d
    return math.floor(x * q + 0.5 + 1e-9) / q


def _in_bracket(b: dict[str, Any], v: float) -> bool:
    lo, hi = _num(b.get("min")), _num(b.get("max"))
    if lo is not None:
        if b.get("min_inclusive", True) and v < lo - 1e-12:
            return False
        if not b.get("min_inclusive", True) and v <= lo + 1e-12:
            return False
    if hi is not None:
        if b.get("max_inclusive", True) and v > hi + 1e-12:
            return False
        if not b.get("max_inclusive", True) and v >= hi - 1e-12:
            return False
    return True


def satisfaction_rate(inputs: dict[str, Any], session: Any = None) -> float | None:
    """The rate typed in, or the rate of the linked survey question (None if unknown)."""
    link = inputs.get("link")
    if link and session is not None:
        r = linked_rate(session, link)  # None when the survey, group or question is gone
        if r is not None:
            return float(r)
    return _num(inputs.get("rate"))


def propose(rule: dict[str, Any] | None, inputs: dict[str, Any] | None, weight: float, *,
            is_negative: bool = False, cap: float | None = None, session: Any = None) -> Proposal:
    """The proposed score of one leaf from its rule and one evaluator's inputs."""
    if not rule or not rule.get("kind"):
        return Proposal(None, missing=_t("No rule: score by hand."))
    inputs = inputs or {}
    kind = rule["kind"]
    fn = _PROPOSERS.get(kind)
    if fn is None:
        return Proposal(None, missing=_t("Unknown rule kind."))
    try:
        p = fn(rule, inputs, float(weight or 0.0), is_negative, cap, session)
    except (TypeError, ValueError, ZeroDivisionError, KeyError, IndexError, AttributeError):
        return Proposal(None, missing=_t("The rule inputs are not valid."))
    if p.score is not None:
        w = float(weight or 0.0)
        p.score = clamp(round(clamp(p.score, w, is_negative, cap), 6), w, is_negative, cap) + 0.0
    return p


def _checklist(rule: Rule, inputs: Inputs, weight: float, neg: bool, cap: float | None, session: Session | None) -> Proposal:
    points = rule.get("points") or []
    if "awarded" in inputs and inputs["awarded"] is not None:
        got = []
        for i, pt in enumerate(points):
            full = _num(pt.get("score")) or 0.0
            a = _num(inputs["awarded"][i]) if i < len(inputs["awarded"]) else 0.0
            got.append(min(max(a or 0.0, 0.0), full))
    elif "ticked" in inputs and inputs["ticked"] is not None:
        ticked = list(inputs["ticked"])
        got = [(_num(pt.get("score")) or 0.0) if i < len(ticked) and ticked[i] else 0.0
               for i, pt in enumerate(points)]
    else:
        return Proposal(None, missing=_t("Tick the points that are satisfied."))
    total = sum(got)
    working = " + ".join(fmt(g) for g in got) + f" = {fmt(total)}"
    return Proposal(total, working)


def _graded(rule: Rule, inputs: Inputs, weight: float, neg: bool, cap: float | None, session: Session | None) -> Proposal:
    levels = rule.get("levels") or []
    idx = inputs.get("level")
    if idx is None or not (0 <= int(idx) < len(levels)):
        return Proposal(None, missing=_t("Pick the level that fits."))
    lv = levels[int(idx)]
    if _num(lv.get("score")) is not None and _num(lv.get("min")) is None:
        s = _num(lv["score"]) or 0.0
        return Proposal(s, f"{CIRCLED[int(idx) % 20]} → {fmt(s)}")
    lo, top = _num(lv.get("min")) or 0.0, _num(lv.get("max"))
    hi = lo if top is None else top
    typed = _num(inputs.get("score"))
    s = min(max(hi if typed is None else typed, lo), hi)
    return Proposal(s, f"{CIRCLED[int(idx) % 20]} {fmt(lo)}–{fmt(hi)} → {fmt(s)}")


def _ratio_input(inputs: dict[str, Any], a: str, b: str) -> tuple[float | None, str]:
    num, den = _num(inputs.get(a)), _num(inputs.get(b))
    if num is not None and den:
        ratio = num / den
        return ratio, f"{fmt(num)}/{fmt(den)} = {pct(ratio)}"
    r = _num(inputs.get("rate"))
    return r, (pct(r) if r is not None else "")


def money_value(inputs: dict[str, Any], session: Session | None) -> float | None:
    """The money figure an input links to (``{"money": {"project_id", "metric", "line"}}``,
    see ``evaltool.money.metric_value``): a fraction, or None without a link or a figure."""
    link = inputs.get("money")
    if not isinstance(link, dict) or not link.get("project_id") or session is None:
        return None
    try:
        return metric_value(session, str(link["project_id"]), str(link.get("metric") or "execution_rate"),
                            link.get("line") or None)
    except NotFoundError:  # the project or the line is gone: the typed inputs still count
        return None


def _rate(rule: Rule, inputs: Inputs, weight: float, neg: bool, cap: float | None, session: Session | None) -> Proposal:
    linked = money_value(inputs, session)
    if linked is not None:
        inputs = {**inputs, "rate": linked, "numerator": None, "denominator": None}
    r, working = _ratio_input(inputs, "numerator", "denominator")
    if r is None:
        return Proposal(None, missing=_t("Enter both figures (or the rate)."))
    full_at = _num(rule.get("full_at")) or 1.0
    share = min(max(r / full_at, 0.0), 1.0)
    s = _round(rule, share * weight)
    return Proposal(s, f"{working} × {fmt(weight)} = {fmt(s)}")


def _brackets(rule: Rule, inputs: Inputs, weight: float, neg: bool, cap: float | None, session: Session | None) -> Proposal:
    linked = money_value(inputs, session)
    # a rate read from the money lines is a fraction; brackets written in % take it as a percentage
    v = (round(linked * 100, 4) if rule.get("unit") == "%" else linked) if linked is not None else _num(inputs.get("value"))
    if v is None:
        return Proposal(None, missing=_t("Enter the measured value."))
    unit = rule.get("unit", "")
    for b in rule.get("brackets") or []:
        if _in_bracket(b, v):
            s = _num(b.get("score")) or 0.0
            return Proposal(s, f"{fmt(v)}{unit} ∈ {bracket_text(b, unit)} → {fmt(s)}")
    return Proposal(None, missing=_t("The value falls in no bracket of the rule; score by hand."))


def _completion(rule: Rule, inputs: Inputs, weight: float, neg: bool, cap: float | None, session: Session | None) -> Proposal:
    ins = dict(inputs)
    if ins.get("required") is None and rule.get("required") is not None:
        ins["required"] = rule["required"]
    r, working = _ratio_input(ins, "done", "required")
    if r is None:
        return Proposal(None, missing=_t("Enter the items done and the items required (or the rate)."))
    r = min(max(r, 0.0), 1.0)
    s = _round(rule, r * weight)
    return Proposal(s, f"{working} × {fmt(weight)} = {fmt(s)}")


def _deduction(rule: Rule, inputs: Inputs, weight: float, neg: bool, cap: float | None, session: Session | None) -> Proposal:
    n = _num(inputs.get("count"))
    if n is None:
        return Proposal(None, missing=_t("Enter the number of occurrences found."))
    per = _num(rule.get("per")) or 0.0
    lost = max(n, 0.0) * per
    if neg:
        s = -lost
        return Proposal(s, f"{fmt(n)} × {fmt(per)} = −{fmt(lost)}")
    s = max(weight - lost, 0.0)
    return Proposal(s, f"{fmt(weight)} − {fmt(n)} × {fmt(per)} = {fmt(s)}")


def _satisfaction(rule: Rule, inputs: Inputs, weight: float, neg: bool, cap: float | None, session: Session | None) -> Proposal:
    r = satisfaction_rate(inputs, session)
    if r is None:
        return Proposal(None, missing=_t("Enter the satisfaction rate or link a survey question."))
    th = _num(rule.get("threshold"))
    th = 0.9 if th is None else th
    fl = _num(rule.get("floor"))
    fl = 0.6 if fl is None else fl
    fs = _num(rule.get("floor_score")) or 0.0
    if r >= th - 1e-12:
        s = weight
    elif r < fl or th <= fl:
        s = 0.0
    else:
        s = _round(rule, fs + (weight - fs) * (r - fl) / (th - fl))
    return Proposal(s, f"{pct(r)} → {fmt(s)}")


def _target(rule: Rule, inputs: Inputs, weight: float, neg: bool, cap: float | None, session: Session | None) -> Proposal:
    from evaltool.targets import judge, parse_number

    actual = inputs.get("actual")
    if actual is None or actual == "":
        return Proposal(None, missing=_t("Enter the actual value."))
    op = rule.get("operator", ">=")
    tv = _num(rule.get("target"))
    av = _num(actual) if not isinstance(actual, str) else parse_number(actual) if op != "text" else None
    status = judge(op, tv, av, str(rule.get("target", "")), str(actual))
    if status == "met":
        return Proposal(weight, f"{actual} {op} {rule.get('target')}: {_t('met')} → {fmt(weight)}")
    if status == "unknown":
        return Proposal(None, missing=_t("Cannot compare the actual value with the target; score by hand."))
    if rule.get("partial", "ratio") == "ratio" and tv and av is not None and op in (">=", ">", "<=", "<"):
        share = av / tv if op in (">=", ">") else (tv / av if av else 1.0)
        s = _round(rule, min(max(share, 0.0), 1.0) * weight)
        return Proposal(s, f"{fmt(av)}/{fmt(tv)} × {fmt(weight)} = {fmt(s)}")
    return Proposal(0.0, f"{actual} {op} {rule.get('target')}: {_t('not met')} → 0")


def expert_deductions(inputs: dict[str, Any]) -> list[dict[str, Any]]:
    if isinstance(inputs.get("deductions"), list):
        return [d for d in inputs["deductions"] if isinstance(d, dict)]
    if _num(inputs.get("deduction")) is not None:
        return [{"points": inputs["deduction"], "reason": inputs.get("reason", "")}]
    return []


def _expert(rule: Rule, inputs: Inputs, weight: float, neg: bool, cap: float | None, session: Session | None) -> Proposal:
    deds = expert_deductions(inputs)
    if not deds and _num(inputs.get("score")) is None:
        return Proposal(None, missing=_t("Enter the deductions, each with its reason."))
    if not deds:
        return Proposal(_num(inputs["score"]), fmt(_num(inputs["score"])))
    lost = sum(max(_num(d.get("points")) or 0.0, 0.0) for d in deds)
    problems = [_t("A deduction needs a written reason.") for d in deds
                if (_num(d.get("points")) or 0.0) > 0 and not str(d.get("reason") or "").strip()]
    base = 0.0 if neg else weight
    s = base - lost
    return Proposal(s, f"{fmt(base)} − {fmt(lost)} = {fmt(max(s, 0.0) if not neg else s)}", problems=problems[:1])


def _bonus(rule: Rule, inputs: Inputs, weight: float, neg: bool, cap: float | None, session: Session | None) -> Proposal:
    n = _num(inputs.get("count"))
    if n is None:
        return Proposal(None, missing=_t("Enter the number of items that earn the bonus."))
    per = _num(rule.get("per")) or 0.0
    limit = _num(rule.get("cap"))
    limit = weight if limit is None else min(limit, weight)
    s = min(max(n, 0.0) * per, limit)
    return Proposal(s, f"{fmt(n)} × {fmt(per)} = {fmt(n * per)} (≤ {fmt(limit)}) → {fmt(s)}")


_PROPOSERS = {
    "checklist": _checklist, "graded": _graded, "rate": _rate, "brackets": _brackets,
    "completion": _completion, "deduction": _deduction, "satisfaction": _satisfaction,
    "target": _target, "expert": _expert, "bonus": _bonus,
}


# -- readable text -----------------------------------------------------------------

def bracket_text(b: dict[str, Any], unit: str = "") -> str:
    lo, hi = _num(b.get("min")), _num(b.get("max"))
    lo_s = ("[" if b.get("min_inclusive", True) else "(") if lo is not None else "("
    hi_s = ("]" if b.get("max_inclusive", True) else ")") if hi is not None else ")"
    if lo is None and hi is not None:
        return f"{'≤' if b.get('max_inclusive', True) else '<'}{fmt(hi)}{unit}"
    if hi is None and lo is not None:
        return f"{'≥' if b.get('min_inclusive', True) else '>'}{fmt(lo)}{unit}"
    if lo is None and hi is None:
        return _t("any value")
    return f"{lo_s}{fmt(lo)}{unit}, {fmt(hi)}{unit}{hi_s}"


def describe(rule: dict[str, Any] | None, weight: float, lang: str | None = None) -> str:
    """The rule as the criteria sentence a report would print, in ``lang`` or the current language."""
    def t(text: str) -> str:
        return translate("Rules", text, lang)

    if not rule or not rule.get("kind"):
        return t("No rule: the leaf is scored by hand.")
    k = rule["kind"]
    w = fmt(weight)
    if k == "checklist":
        pts = rule.get("points") or []
        items = "; ".join(f"{CIRCLED[i % 20]} {p.get('text', '')} ({fmt(_num(p.get('score')))})" for i, p in enumerate(pts))
        return t("Each point satisfied earns its share, up to {weight} points: {items}.").format(weight=w, items=items)
    if k == "graded":
        lv = rule.get("levels") or []
        items = "; ".join(
            f"{CIRCLED[i % 20]} {x.get('text', '')} → " + (fmt(_num(x.get('score'))) if _num(x.get("min")) is None
                                                          else f"{fmt(_num(x.get('min')))}–{fmt(_num(x.get('max')))}")
            for i, x in enumerate(lv))
        return t("Pick the level that fits: {items}.").format(items=items)
    if k == "rate":
        return t("Score = {num} / {den} × {weight} (full marks at a rate of {full} or more).").format(
            num=rule.get("numerator_label") or t("actual"), den=rule.get("denominator_label") or t("planned"),
            weight=w, full=pct(_num(rule.get("full_at")) or 1.0))
    if k == "brackets":
        unit = rule.get("unit", "")
        items = "; ".join(f"{bracket_text(b, unit)} → {fmt(_num(b.get('score')))}" for b in rule.get("brackets") or [])
        return t("Points by the band the value falls in: {items}.").format(items=items)
    if k == "completion":
        req = rule.get("required")
        if req:
            return t("Score = items done / {required} × {weight}.").format(required=fmt(_num(req)), weight=w)
        return t("Score = items done / items required × {weight}.").format(weight=w)
    if k == "deduction":
        return t("{per} points off for each occurrence found, never below zero (of {weight}).").format(
            per=fmt(_num(rule.get("per"))), weight=w)
    if k == "satisfaction":
        th = _num(rule.get("threshold"))
        fl = _num(rule.get("floor"))
        return t("Full {weight} points at a satisfaction rate of {threshold} or more; linear between {floor} and {threshold}; zero below {floor}.").format(
            weight=w, threshold=pct(0.9 if th is None else th), floor=pct(0.6 if fl is None else fl))
    if k == "target":
        target = f"{rule.get('operator', '')}{rule.get('target', '')}{rule.get('unit', '')}"
        if rule.get("partial", "ratio") == "ratio":
            return t("Full {weight} points when the target {target} is met; otherwise in proportion to the actual value.").format(weight=w, target=target)
        return t("Full {weight} points when the target {target} is met; otherwise zero.").format(weight=w, target=target)
    if k == "expert":
        return t("Expert judgement: points off at the evaluator's discretion, each deduction with a written reason (of {weight}).").format(weight=w)
    if k == "bonus":
        cap = _num(rule.get("cap"))
        return t("{per} bonus points per item, up to {cap}.").format(per=fmt(_num(rule.get("per"))),
                                                                 cap=fmt(weight if cap is None else min(cap, weight)))
    return k


# -- validation and inputs ---------------------------------------------------------

def validate_rule(rule: dict[str, Any] | None, weight: float) -> list[str]:
    """Problems with a rule's data (empty when fine); messages for people."""
    if not rule:
        return []
    k = rule.get("kind")
    if k not in KINDS:
        return [_t("Unknown rule kind.")]
    out: list[str] = []
    if k == "checklist":
        total = sum(_num(p.get("score")) or 0.0 for p in rule.get("points") or [])
        if not rule.get("points"):
            out.append(_t("A checklist needs points."))
        elif abs(total - weight) > TOLERANCE:
            out.append(_t("The points add up to {total}, not the weight {weight}.").format(total=fmt(total), weight=fmt(weight)))
    if k == "graded":
        for lv in rule.get("levels") or []:
            top = _num(lv.get("max")) if _num(lv.get("min")) is not None else _num(lv.get("score"))
            if top is not None and top > weight + TOLERANCE:
                out.append(_t("A level gives more than the weight."))
                break
    if k == "brackets":
        for b in rule.get("brackets") or []:
            s = _num(b.get("score"))
            if s is None or s > weight + TOLERANCE or s < 0:
                out.append(_t("A bracket's points must lie between 0 and the weight."))
                break
    if k in ("deduction", "bonus") and (_num(rule.get("per")) or 0.0) <= 0:
        out.append(_t("Give the points per occurrence."))
    if k == "satisfaction":
        th, fl = _num(rule.get("threshold")), _num(rule.get("floor"))
        if th is not None and fl is not None and fl > th:
            out.append(_t("The floor is above the threshold."))
    return out


def empty_inputs(rule: dict[str, Any] | None) -> dict[str, Any]:
    """Inputs a form starts from for a rule (nothing ticked, nothing entered)."""
    if not rule:
        return {}
    k = rule.get("kind")
    if k == "checklist":
        return {"ticked": [False] * len(rule.get("points") or [])}
    return {}


def departs(value: float | None, proposed: float | None) -> bool:
    """True when an entered score differs from its rule's proposal (both known)."""
    return value is not None and proposed is not None and abs(value - proposed) > TOLERANCE
