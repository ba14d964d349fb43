"""JSON typed by people (``rule --set``, ``score --inputs``, ``contract … --inputs``) and
JSON read from files: syntax, size, depth and numbers checked before anything uses it,
then the shape of a scoring rule and of its inputs checked against the rule's kind.

``parse_json`` refuses, with a message naming the argument or file: text longer than
``MAX_JSON_BYTES``, nesting deeper than ``MAX_DEPTH`` (measured before parsing, so a
thousand ``[`` never reach the parser's recursion), numbers that are not finite
(``1e999``, ``NaN``, ``Infinity``) or have more than ``MAX_INT_DIGITS`` digits, and text
with control characters (``evaltool.validate.text``).

``rule_problems(rule)`` and ``inputs_problems(kind, inputs)`` list what is wrong with the
shape (not a JSON object, an unknown kind, a key the kind does not have — a misspelt
key is refused rather than silently ignored —, a value of the wrong type); the meaning
(points adding up to the weight …) stays with ``evaltool.rules.validate_rule``.
``RULE_KEYS`` / ``INPUT_KEYS`` are the one table of what each kind holds; a unit test
keeps them equal to ``evaltool.rules.KINDS``.

Pure functions: safe from any thread.
"""
from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import Any

from evaltool.errors import ValidationError
from evaltool.i18n import translate
from evaltool.validate.text import control_chars

MAX_JSON_BYTES = 1024 * 1024  # a rule or inputs are a few hundred bytes; 1 MB is generous
MAX_DEPTH = 20  # a rule nests 3 deep (rule → brackets → bracket)
MAX_INT_DIGITS = 15  # beyond this an integer is no count or score (and float() may overflow)

# Keys every rule may carry besides its kind's own (``defaults``: the criteria's
# "无佐证材料的按0分计", see evaltool.rules).
COMMON_RULE_KEYS = frozenset({"kind", "decimals", "source", "note", "defaults", "label"})
# Keys every kind's inputs may carry: ``default`` picks one of the rule's defaults.
COMMON_INPUT_KEYS = frozenset({"default"})
# kind → {key: type check name}; see evaltool.rules for what each means.
RULE_KEYS: dict[str, dict[str, str]] = {
    "checklist": {"points": "points", "partial": "bool"},
    "graded": {"levels": "levels"},
    "rate": {"numerator_label": "text", "denominator_label": "text", "full_at": "number", "floor": "number",
             "money": "text", "money_line": "text"},
    "brackets": {"unit": "text", "brackets": "brackets", "money": "text", "money_line": "text"},
    "completion": {"required": "number"},
    "deduction": {"per": "number", "items": "items", "max": "number"},
    "satisfaction": {"threshold": "number", "floor": "number", "floor_score": "number", "below": "text"},
    "target": {"operator": "operator", "target": "number_or_text", "unit": "text", "partial": "partial"},
    "expert": {},
    "bonus": {"per": "number", "cap": "number"},
    "shortfall": {"target": "number", "unit": "text", "step": "number", "per": "number", "direction": "direction",
                  "whole_steps": "bool", "max": "number"},
}
INPUT_KEYS: dict[str, dict[str, str]] = {
    "checklist": {"ticked": "bools", "awarded": "numbers"},
    "graded": {"level": "index", "score": "number"},
    "rate": {"numerator": "number", "denominator": "number", "rate": "number", "value": "number", "money": "money"},
    "brackets": {"value": "number", "money": "money"},
    "completion": {"done": "number", "required": "number", "rate": "number", "value": "number"},
    "deduction": {"count": "number", "counts": "numbers", "value": "number"},
    "satisfaction": {"rate": "number", "link": "link", "value": "number"},
    "target": {"actual": "number_or_text", "value": "number"},
    "expert": {"deductions": "deductions", "deduction": "number", "reason": "text", "score": "number"},
    "bonus": {"count": "number", "value": "number"},
    "shortfall": {"value": "number"},
}
_ITEM_KEYS = {
    "points": frozenset({"text", "score"}),
    "levels": frozenset({"text", "score", "min", "max"}),
    "brackets": frozenset({"min", "max", "min_inclusive", "max_inclusive", "score"}),
    "deductions": frozenset({"points", "reason"}),
    "items": frozenset({"text", "per", "once"}),
    "defaults": frozenset({"when", "as", "score"}),
    "link": frozenset({"survey_id", "group_id", "question_key"}),
    "money": frozenset({"project_id", "metric", "line"}),
}
OPERATORS = frozenset({">=", "<=", "=", ">", "<", "text"})  # evaltool.targets.OPERATORS


def _t(text: str) -> str:
    return translate("Validate", text)


def nesting_depth(text: str) -> int:
    """The deepest nesting of ``[``/``{`` in JSON text (brackets inside strings ignored)."""
    depth = deepest = 0
    in_str = escaped = False
    for ch in text:
        if in_str:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_str = False
        elif ch == '"':
            in_str = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


def _bad_constant(name: str) -> Any:
    raise ValueError(name)


def parse_json(text: str | bytes, what: str, *, max_bytes: int = MAX_JSON_BYTES, max_depth: int = MAX_DEPTH) -> Any:
    """The value of JSON ``text``, or ``ValidationError`` naming ``what`` (an argument such
    as ``--inputs`` or a file name) and saying why."""
    if isinstance(text, bytes):
        if len(text) > max_bytes:
            raise ValidationError(_t("{what} is too long ({size} bytes; at most {max}).").format(
                what=what, size=len(text), max=max_bytes))
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ValidationError(_t("{what} is not UTF-8 text.").format(what=what)) from exc
    if len(text.encode("utf-8", "surrogatepass")) > max_bytes:
        raise ValidationError(_t("{what} is too long ({size} bytes; at most {max}).").format(
            what=what, size=len(text.encode("utf-8", "surrogatepass")), max=max_bytes))
    depth = nesting_depth(text)
    if depth > max_depth:
        raise ValidationError(_t("{what} is nested {depth} levels deep; at most {max} are allowed.").format(
            what=what, depth=depth, max=max_depth))

    def number(s: str) -> float:
        x = float(s)
        if not math.isfinite(x):
            raise ValueError(s)
        return x

    def integer(s: str) -> int:
        if len(s.lstrip("-")) > MAX_INT_DIGITS:
            raise ValueError(s)
        return int(s)

    try:
        value = json.loads(text, parse_float=number, parse_int=integer, parse_constant=_bad_constant)
    except json.JSONDecodeError as exc:
        raise ValidationError(_t("{what} is not valid JSON: {error} (line {line}, column {col}).").format(
            what=what, error=exc.msg, line=exc.lineno, col=exc.colno)) from None
    except (ValueError, RecursionError) as exc:
        raise ValidationError(_t("{what}: “{number}” is not a finite number of at most {digits} digits.").format(
            what=what, number=str(exc)[:40], digits=MAX_INT_DIGITS)) from None
    bad = _first_bad_text(value)
    if bad is not None:
        raise ValidationError(_t("{what} holds text with characters that are not text ({chars}).").format(
            what=what, chars=", ".join(control_chars(bad))))
    return value


def _first_bad_text(v: Any) -> str | None:
    if isinstance(v, str):
        return v if control_chars(v) else None
    if isinstance(v, dict):
        for k, x in v.items():
            found = _first_bad_text(k) or _first_bad_text(x)
            if found is not None:
                return found
    if isinstance(v, list):
        for x in v:
            found = _first_bad_text(x)
            if found is not None:
                return found
    return None


# -- shapes -----------------------------------------------------------------------

def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _is_number_or_null(v: Any) -> bool:
    return v is None or _is_number(v)


def _items(v: Any, key: str) -> list[str]:
    """Problems of a list of objects under ``key`` (points, levels, brackets, deductions)."""
    if not isinstance(v, list):
        return [_t("“{key}” must be a list.").format(key=key)]
    allowed = _ITEM_KEYS[key]
    for i, item in enumerate(v, start=1):
        if not isinstance(item, dict):
            return [_t("“{key}” item {n} must be an object.").format(key=key, n=i)]
        unknown = sorted(set(item) - allowed)
        if unknown:
            return [_t("“{key}” item {n} has unknown keys: {keys} (allowed: {allowed}).").format(
                key=key, n=i, keys=", ".join(unknown), allowed=", ".join(sorted(allowed)))]
        for k, x in item.items():
            if k in ("text", "reason", "when", "as"):
                ok = x is None or isinstance(x, str)
            elif k in ("min_inclusive", "max_inclusive", "once"):
                ok = isinstance(x, bool)
            else:
                ok = _is_number_or_null(x) or (key == "deductions" and isinstance(x, str) and _numeric_text(x))
            if not ok:
                return [_t("“{key}” item {n}: “{field}” has the wrong type.").format(key=key, n=i, field=k)]
    return []


def _numeric_text(s: str) -> bool:
    try:
        return math.isfinite(float(s))
    except ValueError:
        return False


_CHECKS: dict[str, Callable[[Any], bool]] = {
    "number": _is_number_or_null,
    "text": lambda v: v is None or isinstance(v, str),
    "number_or_text": lambda v: v is None or isinstance(v, str) or _is_number(v),
    "index": lambda v: v is None or (isinstance(v, int) and not isinstance(v, bool) and v >= 0),
    "bools": lambda v: isinstance(v, list) and all(isinstance(x, bool) or x in (0, 1) for x in v),
    "numbers": lambda v: isinstance(v, list) and all(_is_number_or_null(x) for x in v),
    "operator": lambda v: v in OPERATORS,
    "partial": lambda v: v in ("ratio", "none"),
    "bool": lambda v: v is None or isinstance(v, bool),
    "direction": lambda v: v in (None, "below", "above"),
}


def _check(kind_keys: dict[str, str], data: dict[str, Any], common: frozenset[str], what: str) -> list[str]:
    unknown = sorted(set(data) - set(kind_keys) - common)
    if unknown:
        allowed = sorted(set(kind_keys) | (common - {"kind"}))
        return [_t("{what}: unknown keys {keys}; this kind takes {allowed}.").format(
            what=what, keys=", ".join(f"“{k}”" for k in unknown), allowed=", ".join(allowed) or "—")]
    for key, check in kind_keys.items():
        if key not in data:
            continue
        v = data[key]
        if check in ("link", "money"):
            if v is not None and (not isinstance(v, dict) or set(v) - _ITEM_KEYS[check]
                                  or not all(isinstance(x, str) or x is None for x in v.values())):
                return [_t("“{key}” must be an object of {keys}.").format(
                    key=key, keys=", ".join(sorted(_ITEM_KEYS[check])))]
        elif check in _ITEM_KEYS:
            problems = _items(v, check)
            if problems:
                return problems
        elif not _CHECKS[check](v):
            return [_t("{what}: “{key}” has the wrong type or value ({value}).").format(
                what=what, key=key, value=json.dumps(v, ensure_ascii=False)[:40])]
    return []


def rule_problems(rule: Any) -> list[str]:
    """What is wrong with the shape of a scoring rule (empty when fine; None is no rule)."""
    if rule is None:
        return []
    if not isinstance(rule, dict):
        return [_t("A rule must be a JSON object such as {example}.").format(example='{"kind": "deduction", "per": 0.5}')]
    kind = rule.get("kind")
    if not isinstance(kind, str) or kind not in RULE_KEYS:
        return [_t("Unknown rule kind “{kind}”; use one of: {kinds}.").format(kind=kind, kinds=", ".join(RULE_KEYS))]
    if "decimals" in rule and not (isinstance(rule["decimals"], int) and not isinstance(rule["decimals"], bool)
                                   and 0 <= rule["decimals"] <= 6):
        return [_t("“decimals” must be a whole number from 0 to 6.")]
    return _check(RULE_KEYS[kind], rule, COMMON_RULE_KEYS, _t("The rule"))


def inputs_problems(kind: str | None, inputs: Any) -> list[str]:
    """What is wrong with the shape of an evaluator's inputs to a rule of ``kind``."""
    if inputs is None:
        return []
    if not isinstance(inputs, dict):
        return [_t("Rule inputs must be a JSON object such as {example}.").format(example='{"count": 2}')]
    if kind is None:
        return [_t("This indicator has no rule: give the score with --value.")] if inputs else []
    if not isinstance(kind, str) or kind not in INPUT_KEYS:
        return [_t("Unknown rule kind “{kind}”.").format(kind=kind)]
    return _check(INPUT_KEYS[kind], inputs, COMMON_INPUT_KEYS, _t("The inputs"))


# -- framework templates --------------------------------------------------------------

_NODE_TEXT = ("name_en", "description", "criteria", "evidence_hint")
MAX_NODES = 5000  # a framework has 20–60 leaves; a template of more is no framework


def framework_problems(nodes: Any, what: str) -> list[str]:
    """What is wrong with the shape of a framework in the template / demo JSON form
    (a list of ``{name, weight, children, …}``); other keys (scores, ids) are left alone.
    The first problems found, each naming the indicator's path."""
    if nodes is None:
        return []
    if not isinstance(nodes, list):
        return [_t("{what}: the framework must be a list of indicators.").format(what=what)]
    problems: list[str] = []
    count = 0
    stack: list[tuple[Any, str]] = [(n, "") for n in reversed(nodes)]
    while stack and len(problems) < 5:
        node, parent = stack.pop()
        count += 1
        if count > MAX_NODES:
            return [_t("{what}: more than {max} indicators.").format(what=what, max=MAX_NODES)]
        if not isinstance(node, dict):
            problems.append(_t("{what}: an indicator under “{parent}” is not an object.").format(what=what, parent=parent or "/"))
            continue
        name = node.get("name")
        if not isinstance(name, str) or not name.strip():
            problems.append(_t("{what}: an indicator under “{parent}” has no name.").format(what=what, parent=parent or "/"))
            continue
        path = f"{parent}/{name}" if parent else name
        bad = [k for k in _NODE_TEXT if node.get(k) is not None and not isinstance(node[k], str)]
        w = node.get("weight")
        if w is not None and not _is_number(w) and not (isinstance(w, str) and _numeric_text(w)):
            bad.append("weight")
        if node.get("cap") is not None and not _is_number(node["cap"]):
            bad.append("cap")
        if node.get("is_negative") is not None and not isinstance(node["is_negative"], bool):
            bad.append("is_negative")
        children = node.get("children")
        if children is not None and not isinstance(children, list):
            bad.append("children")
        if bad:
            problems.append(_t("{what}: “{path}”: wrong type of {fields}.").format(what=what, path=path, fields=", ".join(bad)))
            continue
        rule = node.get("rule")
        if isinstance(rule, dict):
            rule = {k: v for k, v in rule.items() if k != "inputs"}  # the demo keeps its sample inputs there
        for p in rule_problems(rule):
            problems.append(f"{what}: “{path}”: {p}")
        stack.extend((c, path) for c in reversed(children or []))
    return problems
