"""One measured value: every kind that measures one quantity accepts ``{"value": X}``.

``X`` is the quantity in the unit its criteria use (``value_unit``): a percentage as 12.5
(not 0.125), a count as 1, a time overrun in % as 50. The detailed inputs of a kind
(numerator and denominator, items done, a rate as a fraction, …) still work and win
when both are given; ``expand_value`` turns a bare value into the kind's own inputs, so
the proposers read one shape only.

Kinds and what their value is:

- ``rate``, ``satisfaction``: the rate in % (``{"value": 99.14}`` = ``{"rate": 0.9914}``);
- ``completion``: the items done when the rule fixes how many are required
  (``required``: 5 of 7 → ``{"value": 5}``), else the completion rate in %;
- ``brackets``, ``shortfall``: the measured value in the rule's ``unit`` (a rate as a
  fraction, ``{"rate": 0.6932}``, is accepted when the unit is %);
- ``deduction``: the occurrences found (one kind of occurrence only); ``bonus``: the
  items that earn the bonus; ``target``: the actual value (a number in the target's unit).

``checklist``, ``graded`` and ``expert`` measure no single quantity. Pure functions.
"""
from __future__ import annotations

import math
from typing import Any

from evaltool.formatting import fmt_rate, fmt_score

SINGLE_VALUE_KINDS = ("rate", "brackets", "completion", "satisfaction", "deduction", "target", "bonus",
                      "shortfall")
PERCENT = "%"


def num(v: Any) -> float | None:
    """A finite float from stored data (JSON numbers or numeric text), else None.

    Stored inputs and rules are data the product wrote itself (or a template); text a
    person types is read by ``evaltool.numbers`` before it gets here.
    """
    if v is None or v == "" or isinstance(v, bool):
        return None
    try:
        f = float(v)
    except (TypeError, ValueError, OverflowError):  # OverflowError: an integer of 400 digits
        return None
    return f if math.isfinite(f) else None


def value_unit(rule: dict[str, Any] | None) -> str:
    """The unit of ``{"value": X}`` for this rule ("%" for rates, "" for a plain count)."""
    rule = rule or {}
    kind = rule.get("kind")
    if kind in ("rate", "satisfaction"):
        return PERCENT
    if kind == "completion":
        return str(rule.get("unit") or "") if num(rule.get("required")) else PERCENT
    if kind in ("brackets", "shortfall", "target", "deduction", "bonus"):
        return str(rule.get("unit") or "")
    return ""


def has_single_value(rule: dict[str, Any] | None) -> bool:
    kind = (rule or {}).get("kind")
    if kind == "deduction" and (rule or {}).get("items"):
        return False  # several kinds of occurrence: one count each
    return kind in SINGLE_VALUE_KINDS


def expand_value(rule: dict[str, Any], inputs: dict[str, Any]) -> dict[str, Any]:
    """``inputs`` with a bare ``value`` turned into the kind's own inputs (a copy).

    Detailed inputs win: a value is used only where they are missing.
    """
    out = dict(inputs)
    kind = rule.get("kind")
    v = num(out.get("value"))
    pct_unit = value_unit(rule) == PERCENT
    if kind in ("brackets", "shortfall"):
        if v is None and pct_unit and num(out.get("rate")) is not None:
            out["value"] = (num(out["rate"]) or 0.0) * 100
        return out
    if v is None:
        return out
    if kind in ("rate", "satisfaction"):
        if num(out.get("rate")) is None and not (num(out.get("numerator")) is not None and num(out.get("denominator"))):
            out["rate"] = v / 100
    elif kind == "completion":
        if num(rule.get("required")):
            out.setdefault("done", v)
        elif num(out.get("rate")) is None and num(out.get("done")) is None:
            out["rate"] = v / 100
    elif kind in ("deduction", "bonus"):
        if num(out.get("count")) is None:
            out["count"] = v
    elif kind == "target" and out.get("actual") in (None, ""):
        out["actual"] = v
    return out


def measured(rule: dict[str, Any] | None, inputs: dict[str, Any] | None) -> tuple[float | None, str]:
    """The measured quantity in the criteria's unit and as people read it.

    ``(99.14, "99.14%")`` for a rate; ``(5, "5/7")`` for items done of a fixed number;
    ``(3, "3")`` for occurrences; ``(None, "")`` when the inputs do not say or the kind
    measures no single quantity. A survey link is not followed here (no session).
    """
    if not rule or not inputs or not has_single_value(rule):
        return None, ""
    ins = expand_value(rule, inputs)
    kind = rule.get("kind")
    unit = value_unit(rule)
    if kind in ("rate", "satisfaction", "completion"):
        a, b = ("done", "required") if kind == "completion" else ("numerator", "denominator")
        top, bottom = num(ins.get(a)), num(ins.get(b) if ins.get(b) is not None else rule.get("required"))
        if kind == "completion" and num(rule.get("required")) and top is not None:
            return top, f"{fmt_score(top)}/{fmt_score(bottom)}"
        if top is not None and bottom:
            r = top / bottom
            return r * 100, f"{fmt_score(top)}/{fmt_score(bottom)} = {fmt_rate(r)}"
        rate = num(ins.get("rate"))
        return (None, "") if rate is None else (rate * 100, fmt_rate(rate))
    if kind in ("brackets", "shortfall"):
        v = num(ins.get("value"))
        return (None, "") if v is None else (v, f"{fmt_score(v)}{unit}")
    if kind in ("deduction", "bonus"):
        v = num(ins.get("count"))
        return (None, "") if v is None else (v, f"{fmt_score(v)}{unit}")
    if kind == "target":
        actual = ins.get("actual")
        if actual in (None, ""):
            return None, ""
        v = num(actual)
        return v, (f"{fmt_score(v)}{unit}" if v is not None else str(actual))
    return None, ""
