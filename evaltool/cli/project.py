"""Project facts and the report's problems: ``evaltool project``, ``evaltool problems``."""
from __future__ import annotations

import argparse
from typing import Any

from evaltool.cli import open_db, print_json
from evaltool.errors import ValidationError
from evaltool.i18n import translate


def _t(text: str) -> str:
    return translate("Cli", text)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("project", parents=[common], help="show or set a project's facts (names, bodies, dates, team …)")
    p.add_argument("project", help="project id or exact name")
    p.add_argument("--set", metavar="FIELD=VALUE", action="append", default=[],
                   help="set a fact; repeatable. Fields: name, budget_unit (预算单位), competent_department (主管部门), "
                        "commissioning_body (委托方), evaluation_agency (评价机构), evaluation_type, project_period, "
                        "reference_date, report_date, evaluation_start, evaluation_end (YYYY-MM-DD), budget_approved, "
                        "budget_adjusted, actual_spending (万元), grade_bands (优:90,良:80,中:60,差:0), "
                        "team (张明:lead,李华:member,王芳:expert), phases (前期准备:2023-05-04..2023-05-12;…), "
                        "consolidation (mean|median|lead), adjustment_definition (change|cut|moved_recovered)")
    p.add_argument("--json", action="store_true", help="print the facts as JSON")
    p.set_defaults(func=cmd_project)

    p = sub.add_parser("problems", parents=[common],
                       help="the report's problems with their causes and suggestions (drafted from the deductions)")
    p.add_argument("project", help="project id or exact name")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--draft", action="store_true",
                   help="store problems drafted from the deductions (one per level-2 that lost points)")
    g.add_argument("--add", metavar="TITLE", help="add a problem with this title")
    g.add_argument("--edit", metavar="ID", help="edit the problem with this id (or its number in the list)")
    g.add_argument("--delete", metavar="ID", help="delete the problem with this id (or its number in the list)")
    p.add_argument("--replace", action="store_true", help="with --draft: replace the drafts not edited yet")
    p.add_argument("--title", help="with --edit: the new title")
    p.add_argument("--text", help="the problem's text (what was found)")
    p.add_argument("--cause", help="its cause (原因分析)")
    p.add_argument("--suggestion-title", help="the title of the suggestion answering it")
    p.add_argument("--suggestion", help="the suggestion (建议)")
    p.add_argument("--indicator", action="append", default=[], help="a leaf whose deduction proves it (repeatable)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_problems)


def _pairs(items: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise ValidationError(_t("Write --set FIELD=VALUE, not “{item}”.").format(item=item))
        out[key.strip()] = value
    return out


def cmd_project(args: argparse.Namespace) -> int:
    from evaltool.projects import find_project, project_facts, set_facts

    raw = _pairs(args.set)
    db = open_db(args)
    if raw:
        with db.session() as s:
            set_facts(s, find_project(s, args.project).id, raw)
    with db.read_session() as s:
        facts = project_facts(s, find_project(s, args.project).id)
    if args.json:
        print_json(facts)
        return 0
    for key, value in facts.items():
        if key == "team":
            value = "、".join(f"{m['name']}（{m['role']}）" for m in value)
        elif key == "grade_bands":
            value = "，".join(f"{b.get('name')}≥{b.get('min')}" for b in value or [])
        elif key == "phases":
            value = "；".join(f"{ph.get('name')} {ph.get('start') or ''}..{ph.get('end') or ''}" for ph in value or [])
        print(f"{key}: {'' if value is None else value}")
    return 0


def _problem_id(s: Any, pid: str, ref: str) -> str:
    from evaltool.errors import NotFoundError
    from evaltool.problems import list_problems

    rows = list_problems(s, pid)
    if ref.isdigit() and 1 <= int(ref) <= len(rows):
        return rows[int(ref) - 1].id
    for r in rows:
        if r.id == ref or r.id.startswith(ref):
            return r.id
    raise NotFoundError(_t("No problem “{ref}”; run “evaltool problems PROJECT” to list them.").format(ref=ref))


def cmd_problems(args: argparse.Namespace) -> int:
    from evaltool.framework import find_by_path
    from evaltool.problems import add_problem, delete_problem, list_problems, store_drafts, update_problem
    from evaltool.projects import find_project

    db = open_db(args)
    fields: dict[str, Any] = {k: v for k, v in (("text", args.text), ("cause", args.cause),
                                                 ("suggestion_title", args.suggestion_title),
                                                 ("suggestion", args.suggestion)) if v is not None}
    writing = args.draft or args.add or args.edit or args.delete
    if writing:
        with db.session() as s:
            pid = find_project(s, args.project).id
            if args.indicator:
                fields["indicator_ids"] = [find_by_path(s, pid, path).id for path in args.indicator]
            if args.draft:
                store_drafts(s, pid, getattr(args, "lang", None) or "zh_CN", replace=args.replace)
            elif args.add:
                add_problem(s, pid, title=args.add, **fields)
            elif args.edit:
                if args.title is not None:
                    fields["title"] = args.title
                update_problem(s, _problem_id(s, pid, args.edit), **fields)
            elif args.delete:
                delete_problem(s, _problem_id(s, pid, args.delete))
    with db.read_session() as s:
        rows = list_problems(s, find_project(s, args.project).id)
    if args.json:
        print_json([r.as_json() for r in rows])
        return 0
    if not rows:
        print(_t("No problems recorded. “--draft” drafts them from the deductions."))
    for i, r in enumerate(rows, start=1):
        print(f"{i}. {r.title}  [{r.level1}] {r.id[:8]}")
        for label, text in ((_t("cause"), r.cause), (_t("suggestion"), r.suggestion_title)):
            if text:
                print(f"   {label}: {text}")
        if r.indicators:
            print("   " + _t("found in: {leaves} ({lost} points lost)").format(
                leaves="、".join(r.indicators), lost=f"{r.lost:.3f}".rstrip("0").rstrip(".")))
    return 0
