"""``evaltool money``: budget lines per sub-project and year, their rates, arithmetic checks."""
from __future__ import annotations

import argparse
import sys
from typing import Any

from evaltool.cli import open_db, print_json
from evaltool.errors import ValidationError
from evaltool.i18n import translate


def _t(text: str) -> str:
    return translate("Cli", text)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("money", parents=[common],
                       help="budget lines (万元) per sub-project and year, execution / adjustment rates; arithmetic check")
    p.add_argument("project")
    p.add_argument("--line", nargs="+", action="append", default=[], metavar="ITEM",
                   help="set a budget line: NAME [YEAR] FIELD=AMOUNT …, e.g. --line 运维服务项目 2022 批复=509.4 "
                        "调整后=152.4 实际=152.4 调至其他项目=357. Fields: approved (批复), adjusted (调整后), "
                        "adjustment (调整, a signed change), received (到位), actual (实际支出), moved_out "
                        "(调至其他项目), recovered (收回), note. NAME \"\" is the project as a whole. Repeatable")
    p.add_argument("--remove-line", nargs="+", action="append", default=[], metavar="ITEM",
                   help="remove a line: NAME [YEAR]")
    p.add_argument("--definition", choices=("change", "cut", "moved_recovered"),
                   help="how 预算调整率 is computed: change |adjusted − approved| / approved (default), cut (approved − "
                        "adjusted) / approved, moved_recovered (moved to other projects + recovered) / approved")
    p.add_argument("--apply-rules", action="store_true",
                   help="score the leaves whose rule reads a money figure (\"money\": \"execution_rate\" …) as you")
    p.add_argument("--check", metavar="TEXT",
                   help='recompute the calculations written in TEXT, e.g. "3.23×1.8405=5.82" '
                        '(exit 0 right, 1 wrong, 2 nothing to compute)')
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_money)


def parse_line(items: list[str]) -> tuple[str, int | None, dict[str, Any]]:
    """``NAME [YEAR] FIELD=AMOUNT …`` → (name, year, {field: value}); ValidationError naming the item."""
    from evaltool.money import amount_key, parse_amount

    name, year = "", None
    values: dict[str, Any] = {}
    rest = list(items)
    if rest and "=" not in rest[0]:
        name = rest.pop(0).strip()
    if rest and "=" not in rest[0]:
        token = rest.pop(0).strip().rstrip("年")
        if not token.isdigit():
            raise ValidationError(_t("“{value}” is not a year (--line NAME [YEAR] FIELD=AMOUNT …).").format(value=token))
        year = int(token)
    adjustment = None
    for item in rest:
        key, sep, value = item.partition("=")
        field = amount_key(key) if key.strip().lower() != "note" else "note"
        if not sep or field is None:
            raise ValidationError(_t("Cannot read “{item}”: write FIELD=AMOUNT with a field among approved (批复), "
                                     "adjusted (调整后), adjustment (调整), received (到位), actual (实际支出), moved_out "
                                     "(调至其他项目), recovered (收回), note.").format(item=item))
        if field == "note":
            values["note"] = value
        elif field == "adjustment":
            adjustment = parse_amount(value.replace("−", "-"))
        else:
            values[field] = parse_amount(value)
    if adjustment is not None:
        if values.get("approved") is None:
            raise ValidationError(_t("“调整” is a change of the approved budget: give 批复= too."))
        values.setdefault("adjusted", values["approved"] + adjustment)
    return name, year, values


def cmd_money(args: argparse.Namespace) -> int:
    from evaltool.money import (
        delete_line,
        money_overview,
        set_adjustment_definition,
        set_line,
    )
    from evaltool.projects import find_project
    from evaltool.scoring import fmt_rate, fmt_score

    if args.check is not None:
        return _money_check(args.check, args.json)
    lines = [parse_line(items) for items in args.line]  # every line read before anything is stored
    removals = []
    for items in args.remove_line:
        name = items[0]
        year = int(items[1].rstrip("年")) if len(items) > 1 and items[1].rstrip("年").isdigit() else None
        removals.append((name, year))
    db = open_db(args)
    applied: list[dict[str, Any]] = []
    if lines or removals or args.definition or args.apply_rules:
        with db.session() as s:
            pid = find_project(s, args.project).id
            if args.definition:
                set_adjustment_definition(s, pid, args.definition)
            for name, year in removals:
                delete_line(s, pid, name, year)
            for name, year, values in lines:
                set_line(s, pid, name, year, **values)
            if args.apply_rules:
                applied = _apply_rules(s, pid, db.evaluator_id)
    with db.read_session() as s:
        ov = money_overview(s, find_project(s, args.project).id)
    if args.json:
        doc = ov.as_json()
        if args.apply_rules:
            doc["applied"] = applied
        print_json(doc)
        return 0
    rows = [(_t("Budget line"), _t("Year"), _t("Approved"), _t("Adjusted"), _t("Actual"), _t("Adjustment rate"),
             _t("Execution rate"))]
    shown = ov.lines or ov.totals
    for x in [*shown, ov.combined] if len(shown) != 1 else shown:
        rows.append((x.name[:24], str(x.year or ""), fmt_score(x.approved), fmt_score(x.adjusted), fmt_score(x.actual),
                     fmt_rate(x.adjustment_rate), fmt_rate(x.execution_rate)))
    if not shown:
        x = ov.combined
        rows.append((x.name[:24], "", fmt_score(x.approved), fmt_score(x.adjusted), fmt_score(x.actual),
                     fmt_rate(x.adjustment_rate), fmt_rate(x.execution_rate)))
    from evaltool.cli.scoring import _table

    _table(rows)
    print(_t("Adjustment rate: {definition}").format(definition=_definition(ov.definition)))
    for a in applied:
        print(_t("{indicator}: {score} ({working})").format(**a))
    for w in ov.warnings:
        sys.stderr.write(_t("note: {message}").format(message=w) + "\n")
    sys.stdout.flush()
    return 0


def _definition(key: str) -> str:
    from evaltool.money import DEFINITION_TEXT

    return translate("Money", DEFINITION_TEXT.get(key, key))


def _apply_rules(s: Any, pid: str, evaluator_id: str | None) -> list[dict[str, Any]]:
    """The current evaluator's score of each leaf whose rule names a money figure, from the money lines."""
    from evaltool.framework import iter_leaves, load_tree
    from evaltool.money import money_link
    from evaltool.rules import propose
    from evaltool.scoring import fmt_score, record_score

    if evaluator_id is None:
        raise ValidationError(_t("Set who you are first: evaltool whoami --name NAME --role lead."))
    out = []
    for leaf in iter_leaves(load_tree(s, pid)):
        rule = leaf.rule or {}
        metric = rule.get("money")
        if not metric:
            continue
        inputs = {"money": money_link(pid, str(metric), rule.get("money_line"))}
        prop = propose(rule, inputs, leaf.weight, is_negative=leaf.is_negative, cap=leaf.cap, session=s)
        if prop.score is None:
            out.append({"indicator": leaf.path, "score": "—", "working": prop.missing})
            continue
        record_score(s, pid, leaf.id, evaluator_id, prop.score, inputs=inputs)
        out.append({"indicator": leaf.path, "score": fmt_score(prop.score), "working": prop.working})
    return out


def _money_check(text: str, as_json: bool) -> int:
    """``money --check``: 0 every calculation right, 1 one is wrong, 2 nothing to compute."""
    from evaltool.check import ExpressionError, check_expression

    try:
        claims = check_expression(text)
    except ExpressionError as exc:
        sys.stderr.write("evaltool: " + _t("Cannot check “{text}”: {error}").format(text=text, error=exc) + "\n")
        return 2
    if as_json:
        print_json([{"text": c.text, "expression": c.expression, "stated": c.stated_text, "expected": c.expected_text(),
                     "computed": None if c.computed is None else str(c.computed), "ok": c.ok, "error": c.error}
                    for c in claims])
    else:
        for c in claims:
            if c.ok is None:
                print("? " + _t("{expr} cannot be computed: {error}").format(expr=c.expression, error=c.error))
            elif c.ok:
                print("✓ " + _t("{expr} = {stated} is right.").format(expr=c.expression, stated=c.stated_text))
            else:
                print("✗ " + _t("{expr} is {expected}, not {stated}.").format(
                    expr=c.expression, expected=c.expected_text(), stated=c.stated_text))
    if any(c.ok is False for c in claims):
        return 1
    return 2 if any(c.ok is None for c in claims) else 0
