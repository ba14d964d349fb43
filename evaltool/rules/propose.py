"""Proposed scores: a rule and one evaluator's inputs give a score with its working.

``propose(rule, inputs, weight)`` returns a ``Proposal`` (None when the inputs are not
complete, with what is missing), always inside the leaf's range (``score_bounds``):
0…weight for an ordinary leaf, cap…0 for a negative indicator (逆向指标), and 0…the
rule's own cap for a bonus leaf outside the 100 (a ``bonus`` rule on a leaf of weight 0;
no cap: no upper limit).

Ratio-based kinds round their proposal to ``decimals`` (default 2, as reports do:
5 of 7 × 3 = 2.14), half up. Pure functions; a session is used only to read the live
rate of a survey question a satisfaction rule is linked to.
"""
from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from evaltool.errors import NotFoundError
from evaltool.formatting import fmt_rate as pct
from evaltool.formatting import fmt_score as fmt
from evaltool.i18n import translate
from evaltool.rules.measure import expand_value, num

Rule = dict[str, Any]
Inputs = dict[str, Any]

KINDS = ("checklist", "graded", "rate", "brackets", "completion", "deduction", "satisfaction",
         "target", "expert", "bonus", "shortfall")
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
DEFAULT_DECIMALS = 2
TOLERANCE = 0.0005  # two scores closer than this are the same score (3 decimals shown)
EDGE = 1e-9  # a measured value this close to a bracket's edge is on the edge


def _t(text: str) -> str:
    return translate("Rules", text)


_num = num  # the name the rest of the package used before the split


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


def is_bonus_leaf(rule: Rule | None, weight: float, is_negative: bool = False) -> bool:
    """A bonus outside the 100: a ``bonus`` rule on a leaf that carries no weight."""
    return bool(rule) and (rule or {}).get("kind") == "bonus" and not is_negative and abs(weight or 0.0) < EDGE


def score_bounds(rule: Rule | None, weight: float, is_negative: bool = False,
                 cap: float | None = None) -> tuple[float, float]:
    """(lowest, highest) score of a leaf: 0…weight; cap…0 for a negative indicator; for a
    bonus leaf outside the 100, 0…the rule's cap (``math.inf`` when it sets none)."""
    if is_negative:
        lo = cap if cap is not None else weight
        return min(lo, weight, 0.0), 0.0
    if is_bonus_leaf(rule, weight, is_negative):
        limit = num((rule or {}).get("cap"))
        return 0.0, (max(limit, 0.0) if limit is not None else math.inf)
    return 0.0, max(weight, 0.0)


def clamp(score: float, weight: float, is_negative: bool = False, cap: float | None = None,
          rule: Rule | None = None) -> float:
    lo, hi = score_bounds(rule, weight, is_negative, cap)
    return min(hi, max(lo, score))


def round_half_up(x: float, decimals: int = DEFAULT_DECIMALS) -> float:
    """Half up, as people do on paper (2.145 → 2.15), guarding float noise."""
    q = 10 ** decimals
    return math.floor(x * q + 0.5 + 1e-9) / q


def _round(rule: Rule, x: float) -> float:
    d = rule.get("decimals", DEFAULT_DECIMALS)
    try:
        d = int(d)
    except (TypeError, ValueError):
        d = DEFAULT_DECIMALS
    return round_half_up(x, d)


def in_bracket(b: dict[str, Any], v: float) -> bool:
    lo, hi = num(b.get("min")), num(b.get("max"))
    if lo is not None:
        if b.get("min_inclusive", True) and v < lo - EDGE:
            return False
        if not b.get("min_inclusive", True) and v <= lo + EDGE:
            return False
    if hi is not None:
        if b.get("max_inclusive", True) and v > hi + EDGE:
            return False
        if not b.get("max_inclusive", True) and v >= hi - EDGE:
            return False
    return True


def satisfaction_rate(inputs: dict[str, Any], session: Any = None) -> float | None:
    """The rate typed in, or the rate of the linked survey question (None if unknown)."""
    link = inputs.get("link")
    if link and session is not None:
        # The survey machinery is imported here, when a rule reads a live survey rate: the
        # scoring and flags (a command, the window's first page) do without it otherwise.
        from evaltool.tally import linked_rate

        r = linked_rate(session, link)  # None when the survey, group or question is gone
        if r is not None:
            return float(r)
    return num(inputs.get("rate"))


def propose(rule: dict[str, Any] | None, inputs: dict[str, Any] | None, weight: float, *,
            is_negative: bool = False, cap: float | None = None, session: Any = None) -> Proposal:
    """The proposed score of one leaf from its rule and one evaluator's inputs."""
    if not rule or not rule.get("kind"):
        return Proposal(None, missing=_t("No rule: score by hand."))
    inputs = expand_value(rule, inputs or {})
    kind = rule["kind"]
    fn = _PROPOSERS.get(kind)
    if fn is None:
        return Proposal(None, missing=_t("Unknown rule kind."))
    w = float(weight or 0.0)
    default = _default_applied(rule, inputs)
    try:
        p = default if default is not None else fn(rule, inputs, w, is_negative, cap, session)
    except (TypeError, ValueError, ZeroDivisionError, KeyError, IndexError, AttributeError):
        return Proposal(None, missing=_t("The rule inputs are not valid."))
    if p.score is not None:
        p.score = clamp(round(clamp(p.score, w, is_negative, cap, rule), 6), w, is_negative, cap, rule) + 0.0
    return p


def _default_applied(rule: Rule, inputs: Inputs) -> Proposal | None:
    """A default the criteria set ("无佐证材料的按0分计") chosen in the inputs, when it gives a score."""
    idx = inputs.get("default")
    defaults = rule.get("defaults") or []
    if idx is None or isinstance(idx, bool) or not isinstance(idx, int) or not 0 <= idx < len(defaults):
        return None
    d = defaults[idx]
    s = num(d.get("score"))
    if s is None:
        return None
    return Proposal(s, f"{d.get('when', '')} → {fmt(s)}")


def _checklist(rule: Rule, inputs: Inputs, weight: float, neg: bool, cap: float | None, session: Any) -> Proposal:
    points = rule.get("points") or []
    if inputs.get("awarded") is not None:
        got = []
        for i, pt in enumerate(points):
            full = num(pt.get("score")) or 0.0
            a = num(inputs["awarded"][i]) if i < len(inputs["awarded"]) else 0.0
            got.append(min(max(a or 0.0, 0.0), full))
    elif inputs.get("ticked") is not None:
        ticked = list(inputs["ticked"])
        got = [(num(pt.get("score")) or 0.0) if i < len(ticked) and ticked[i] else 0.0
               for i, pt in enumerate(points)]
    else:
        return Proposal(None, missing=_t("Tick the points that are satisfied."))
    total = math.fsum(got)
    working = " + ".join(fmt(g) for g in got) + f" = {fmt(total)}"
    return Proposal(total, working)


def _graded(rule: Rule, inputs: Inputs, weight: float, neg: bool, cap: float | None, session: Any) -> Proposal:
    levels = rule.get("levels") or []
    idx = inputs.get("level")
    if idx is None or not (0 <= int(idx) < len(levels)):
        return Proposal(None, missing=_t("Pick the level that fits."))
    lv = levels[int(idx)]
    if num(lv.get("score")) is not None and num(lv.get("min")) is None:
        s = num(lv["score"]) or 0.0
        return Proposal(s, f"{CIRCLED[int(idx) % 20]} → {fmt(s)}")
    lo, top = num(lv.get("min")) or 0.0, num(lv.get("max"))
    hi = lo if top is None else top
    typed = num(inputs.get("score"))
    s = min(max(hi if typed is None else typed, lo), hi)
    return Proposal(s, f"{CIRCLED[int(idx) % 20]} {fmt(lo)}–{fmt(hi)} → {fmt(s)}")


def _ratio_input(inputs: dict[str, Any], a: str, b: str) -> tuple[float | None, str]:
    top, bottom = num(inputs.get(a)), num(inputs.get(b))
    if top is not None and bottom:
        ratio = top / bottom
        return ratio, f"{fmt(top)}/{fmt(bottom)} = {pct(ratio)}"
    r = num(inputs.get("rate"))
    return r, (pct(r) if r is not None else "")


def linear_share(r: float, full_at: float, floor: float | None) -> float:
    """Share of the weight for rate ``r``: r / full_at, or (r − floor) / (full_at − floor)
    with a floor (0 below it); within 0…1. Rates are fractions."""
    if floor is None:
        share = r / full_at if full_at else 1.0
    elif r < floor - EDGE:
        share = 0.0
    elif full_at <= floor:
        share = 1.0 if r >= full_at - EDGE else 0.0
    else:
        share = (r - floor) / (full_at - floor)
    return min(max(share, 0.0), 1.0)


def money_value(inputs: dict[str, Any], session: Any) -> float | None:
    """The money figure an input links to (``{"money": {"project_id", "metric", "line"}}``,
    see ``evaltool.money.metric_value``): a fraction, or None without a link or a figure."""
    link = inputs.get("money")
    if not isinstance(link, dict) or not link.get("project_id") or session is None:
        return None
    from evaltool.money import metric_value  # only for a money-linked rule: the budget lines' models

    try:
        return metric_value(session, str(link["project_id"]), str(link.get("metric") or "execution_rate"),
                            link.get("line") or None)
    except NotFoundError:  # the project or the line is gone: the typed inputs still count
        return None


def _rate(rule: Rule, inputs: Inputs, weight: float, neg: bool, cap: float | None, session: Any) -> Proposal:
    linked = money_value(inputs, session)
    if linked is not None:
        inputs = {**inputs, "rate": linked, "numerator": None, "denominator": None}
    r, working = _ratio_input(inputs, "numerator", "denominator")
    if r is None:
        return Proposal(None, missing=_t("Enter both figures (or the rate)."))
    full_at = num(rule.get("full_at")) or 1.0
    floor = num(rule.get("floor"))
    s = _round(rule, linear_share(r, full_at, floor) * weight)
    if floor is not None:
        if r < floor - EDGE:
            return Proposal(0.0, f"{working} < {pct(floor)} → 0")
        if r < full_at - EDGE:
            return Proposal(s, f"({pct(r)} − {pct(floor)}) / ({pct(full_at)} − {pct(floor)}) × {fmt(weight)} = {fmt(s)}")
        return Proposal(s, f"{working} ≥ {pct(full_at)} → {fmt(s)}")
    return Proposal(s, f"{working} × {fmt(weight)} = {fmt(s)}")


def _brackets(rule: Rule, inputs: Inputs, weight: float, neg: bool, cap: float | None, session: Any) -> Proposal:
    from evaltool.rules.text import bracket_text  # text builds on this module

    linked = money_value(inputs, session)
    # a rate read from the money lines is a fraction; brackets written in % take it as a percentage
    v = (round(linked * 100, 4) if rule.get("unit") == "%" else linked) if linked is not None else num(inputs.get("value"))
    if v is None:
        return Proposal(None, missing=_t("Enter the measured value."))
    unit = rule.get("unit", "")
    for b in rule.get("brackets") or []:
        if in_bracket(b, v):
            s = num(b.get("score")) or 0.0
            return Proposal(s, f"{fmt(v)}{unit} ∈ {bracket_text(b, unit)} → {fmt(s)}")
    return Proposal(None, missing=_t("The value falls in no bracket of the rule; score by hand."))


def _completion(rule: Rule, inputs: Inputs, weight: float, neg: bool, cap: float | None, session: Any) -> Proposal:
    ins = dict(inputs)
    if ins.get("required") is None and rule.get("required") is not None:
        ins["required"] = rule["required"]
    r, working = _ratio_input(ins, "done", "required")
    if r is None:
        return Proposal(None, missing=_t("Enter the items done and the items required (or the rate)."))
    r = min(max(r, 0.0), 1.0)
    s = _round(rule, r * weight)
    return Proposal(s, f"{working} × {fmt(weight)} = {fmt(s)}")


def deduction_items(rule: Rule) -> list[dict[str, Any]]:
    """The kinds of occurrence a deduction rule counts: [{text, per, once}] (one by default)."""
    items = [i for i in rule.get("items") or [] if isinstance(i, dict)]
    return items or [{"text": "", "per": rule.get("per"), "once": False}]


def _deduction(rule: Rule, inputs: Inputs, weight: float, neg: bool, cap: float | None, session: Any) -> Proposal:
    items = deduction_items(rule)
    counts = inputs.get("counts")
    ns: list[float | None]
    if isinstance(counts, list) and counts:
        ns = [num(c) for c in counts] + [None] * (len(items) - len(counts))
        if all(n is None for n in ns):
            return Proposal(None, missing=_t("Enter the number of occurrences found."))
    else:
        n0 = num(inputs.get("count"))
        if n0 is None:
            return Proposal(None, missing=_t("Enter the number of occurrences found."))
        ns = [n0, *([0.0] * (len(items) - 1))]
    parts, lost = [], 0.0
    for item, n in zip(items, ns, strict=True):
        count = max(n or 0.0, 0.0)
        if item.get("once"):
            count = min(count, 1.0)
        per = num(item.get("per")) or 0.0
        lost += count * per
        if count:
            parts.append(f"{fmt(count)} × {fmt(per)}")
    limit = num(rule.get("max"))
    text = " + ".join(parts) or "0"
    if limit is not None and lost > limit:
        text += f" ({_t('at most')} {fmt(limit)})"
        lost = limit
    if neg:
        return Proposal(-lost, f"{text} = −{fmt(lost)}")
    s = max(weight - lost, 0.0)
    return Proposal(s, f"{fmt(weight)} − {text} = {fmt(s)}")


def _satisfaction(rule: Rule, inputs: Inputs, weight: float, neg: bool, cap: float | None, session: Any) -> Proposal:
    r = satisfaction_rate(inputs, session)
    if r is None:
        return Proposal(None, missing=_t("Enter the satisfaction rate or link a survey question."))
    th = num(rule.get("threshold"))
    th = 0.9 if th is None else th
    if r >= th - EDGE:
        return Proposal(weight, f"{pct(r)} ≥ {pct(th)} → {fmt(weight)}")
    if rule.get("below") == "by_hand":
        return Proposal(None, missing=_t("Below {threshold} the criteria say nothing: score by hand.").format(
            threshold=pct(th)))
    fl = num(rule.get("floor"))
    fl = 0.6 if fl is None else fl
    fs = num(rule.get("floor_score")) or 0.0
    if r < fl - EDGE or th <= fl:
        s = 0.0
    else:
        s = _round(rule, fs + (weight - fs) * (r - fl) / (th - fl))
    return Proposal(s, f"{pct(r)} → {fmt(s)}")


def _target(rule: Rule, inputs: Inputs, weight: float, neg: bool, cap: float | None, session: Any) -> Proposal:
    from evaltool.targets import judge, parse_number

    actual = inputs.get("actual")
    if actual is None or actual == "":
        return Proposal(None, missing=_t("Enter the actual value."))
    op = rule.get("operator", ">=")
    tv = num(rule.get("target"))
    av = num(actual) if not isinstance(actual, str) else parse_number(actual) if op != "text" else None
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
    if num(inputs.get("deduction")) is not None:
        return [{"points": inputs["deduction"], "reason": inputs.get("reason", "")}]
    return []


def _expert(rule: Rule, inputs: Inputs, weight: float, neg: bool, cap: float | None, session: Any) -> Proposal:
    deds = expert_deductions(inputs)
    typed = num(inputs.get("score"))
    if not deds and typed is None:
        return Proposal(None, missing=_t("Enter the deductions, each with its reason."))
    if not deds:
        return Proposal(typed, fmt(typed))
    lost = math.fsum(max(num(d.get("points")) or 0.0, 0.0) for d in deds)
    problems = [_t("A deduction needs a written reason.") for d in deds
                if (num(d.get("points")) or 0.0) > 0 and not str(d.get("reason") or "").strip()]
    base = 0.0 if neg else weight
    s = base - lost
    return Proposal(s, f"{fmt(base)} − {fmt(lost)} = {fmt(max(s, 0.0) if not neg else s)}", problems=problems[:1])


def _bonus(rule: Rule, inputs: Inputs, weight: float, neg: bool, cap: float | None, session: Any) -> Proposal:
    n = num(inputs.get("count"))
    if n is None:
        return Proposal(None, missing=_t("Enter the number of items that earn the bonus."))
    per = num(rule.get("per")) or 0.0
    _lo, limit = score_bounds(rule, weight, neg, cap)
    own = num(rule.get("cap"))
    if own is not None:
        limit = min(limit, own)
    got = max(n, 0.0) * per
    s = min(got, limit)
    if math.isinf(limit):
        return Proposal(s, f"{fmt(n)} × {fmt(per)} = {fmt(s)}")
    return Proposal(s, f"{fmt(n)} × {fmt(per)} = {fmt(got)} (≤ {fmt(limit)}) → {fmt(s)}")


def shortfall_steps(rule: Rule, value: float) -> float:
    """Steps the value lies short of (or over) the target: ``(target − value) / step`` for
    "每低1个百分点", ``(value − target) / step`` for "每超过1个百分点"; 0 when the target is
    met. Whole steps when the criteria count a part step as a whole one (``whole_steps``)."""
    target = num(rule.get("target"))
    target = 100.0 if target is None else target
    step = num(rule.get("step")) or 1.0
    gap = (value - target) if rule.get("direction") == "above" else (target - value)
    if gap <= EDGE:
        return 0.0
    steps = gap / step
    return float(math.ceil(steps - 1e-9)) if rule.get("whole_steps") else steps


def _shortfall(rule: Rule, inputs: Inputs, weight: float, neg: bool, cap: float | None, session: Any) -> Proposal:
    v = num(inputs.get("value"))
    if v is None:
        return Proposal(None, missing=_t("Enter the measured value."))
    unit = rule.get("unit", "")
    per = num(rule.get("per")) or 0.0
    steps = shortfall_steps(rule, v)
    lost = round(steps * per, 9)
    limit = num(rule.get("max"))
    if limit is not None:
        lost = min(lost, limit)
    target = num(rule.get("target"))
    target = 100.0 if target is None else target
    if neg:
        return Proposal(-lost, f"{fmt(v)}{unit}: {fmt(steps)} × {fmt(per)} = −{fmt(lost)}")
    s = max(weight - lost, 0.0)
    if not steps:
        return Proposal(s, f"{fmt(v)}{unit} / {fmt(target)}{unit} → {fmt(s)}")
    return Proposal(s, f"{fmt(weight)} − {fmt(steps)} × {fmt(per)} = {fmt(s)}")


Proposer = Callable[[Rule, Inputs, float, bool, "float | None", Any], Proposal]
_PROPOSERS: dict[str, Proposer] = {
    "checklist": _checklist, "graded": _graded, "rate": _rate, "brackets": _brackets,
    "completion": _completion, "deduction": _deduction, "satisfaction": _satisfaction,
    "target": _target, "expert": _expert, "bonus": _bonus, "shortfall": _shortfall,
}


def departs(value: float | None, proposed: float | None) -> bool:
    """True when an entered score differs from its rule's proposal (both known)."""
    return value is not None and proposed is not None and abs(value - proposed) > TOLERANCE


def empty_inputs(rule: dict[str, Any] | None) -> dict[str, Any]:
    """Inputs a form starts from for a rule (nothing ticked, nothing entered)."""
    if not rule:
        return {}
    if rule.get("kind") == "checklist":
        return {"ticked": [False] * len(rule.get("points") or [])}
    return {}
