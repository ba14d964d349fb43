"""``evaltool targets`` (the 绩效目标表 and 自评表) and ``evaltool import-targets`` (from Excel / CSV)."""
from __future__ import annotations

import argparse
import sys
from typing import Any

from evaltool.cli import open_db, print_json
from evaltool.i18n import translate

STATUS_TEXT = {"met": "Met", "partly": "Partly met", "not_met": "Not met", "unknown": "Unknown"}


def _t(text: str) -> str:
    return translate("Cli", text)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("targets", parents=[common], help="performance target table (绩效目标表) and self-evaluation table")
    p.add_argument("project")
    p.add_argument("--table", choices=("declared", "self_eval"), default="declared")
    p.add_argument("--compare", action="store_true", help="compare with the self-evaluation table (自评表), rows "
                                                          "matched by meaning")
    p.add_argument("--add", metavar="NAME", help="add a row with this name")
    p.add_argument("--target", default="", help='target value with --add, e.g. "≥12份" or "100个" (a minimum)')
    p.add_argument("--actual", default="", help="actual value with --add")
    p.add_argument("--level1", default="")
    p.add_argument("--level2", default="")
    p.add_argument("--sub-project", default="", help="contract (sub-project) the row belongs to")
    p.add_argument("--reason", default="", help="why the target was missed (未完成原因)")
    p.add_argument("--points", type=float, help="points of the row (自评表 分值)")
    p.add_argument("--self-score", type=float, help="the unit's own score (自评分)")
    p.add_argument("--status", choices=("met", "partly", "not_met", "unknown"),
                   help="set the status by hand (default: computed)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_targets)

    p = sub.add_parser("import-targets", parents=[common],
                       help="import a 绩效目标表 or 自评表 from .xlsx / .xls / .csv (preview with --dry-run)")
    p.add_argument("project")
    p.add_argument("file")
    p.add_argument("--sheet", help="the sheet to read (default: the first with a target-table header)")
    p.add_argument("--table", choices=("declared", "self_eval"),
                   help="which table the file is (default: read from its title and columns)")
    p.add_argument("--sub-project", help="sub-project of rows the file does not assign to one")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--replace", action="store_true", help="replace the table's rows of the same sub-projects "
                                                          "(they are kept as deleted, recoverable)")
    g.add_argument("--append", action="store_true", help="add to the table's rows")
    p.add_argument("--dry-run", action="store_true", help="read and check only; nothing is stored")
    p.add_argument("--strict", action="store_true", help="exit 3 when there is any warning (nothing stored)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import_targets)


def cmd_targets(args: argparse.Namespace) -> int:
    from evaltool.projects import find_project
    from evaltool.scoring import fmt_rate
    from evaltool.targets import add_target, compare_tables, count_targets, list_targets

    db = open_db(args)
    with (db.session() if args.add else db.read_session()) as s:
        p = find_project(s, args.project)
        if args.add:
            add_target(s, p.id, name=args.add, target_text=args.target, actual_text=args.actual,
                       level1=args.level1, level2=args.level2, table_kind=args.table,
                       sub_project_name=args.sub_project, reason=args.reason, points=args.points,
                       self_score=args.self_score, status=args.status)
            s.flush()
        rows = list_targets(s, p.id, args.table)
        diffs = compare_tables(s, p.id) if args.compare else None
    counts = count_targets(rows)
    if args.json:
        doc: dict[str, Any] = {"rows": [r.as_json() for r in rows],
                               "counts": {k: c.as_json() for k, c in counts.items()}}
        if diffs is not None:
            doc["differences"] = [d.as_json() for d in diffs]
        print_json(doc)
        return 0
    if diffs is not None:
        for d in diffs:
            name = d.name + (f" / {d.self_eval_name}" if d.self_eval_name else "")
            print(f"{d.sub_project} {d.level2} {name}: {d.declared or '/'} | {d.self_eval or '/'}  — {d.message}")
        if not diffs:
            print(_t("The two tables agree."))
        return 0
    for r in rows:
        extra = f"  {fmt_rate(r.completion)}" if r.completion is not None else ""
        print(f"{r.sub_project}  {r.level1}/{r.level2}/{r.name}  {r.target_text}  →  {r.actual_text or '/'}{extra}  "
              f"[{translate('Targets', STATUS_TEXT.get(r.status, r.status))}]" + (f"  {r.reason}" if r.reason else ""))
    for key, c in counts.items():
        label = _t("All") if key == "*" else (key or _t("(no sub-project)"))
        if key != "*" and len(counts) == 2:
            continue
        print(_t("{label}: {met} met or partly met, {not_met} not met, {unknown} unknown of {total}").format(
            label=label, met=c.met_or_mostly, not_met=c.not_met, unknown=c.unknown, total=c.total))
    return 0


def cmd_import_targets(args: argparse.Namespace) -> int:
    from evaltool.projects import find_project
    from evaltool.target_import import import_targets, read_targets

    parsed = read_targets(args.file, sheet=args.sheet, table_kind=args.table)
    if args.strict and parsed.warnings:
        _report(parsed, None, args.json)
        return 3
    result = None
    if not args.dry_run:
        db = open_db(args)
        with db.session() as s:
            pid = find_project(s, args.project).id
            result = import_targets(s, pid, parsed, sub_project=args.sub_project, replace=args.replace,
                                    append=args.append)
    else:
        db = open_db(args)
        with db.read_session() as s:
            find_project(s, args.project)  # a wrong project is an error in a dry run too
    _report(parsed, result, args.json)
    return 0


def _report(parsed: Any, result: Any, as_json: bool) -> None:
    if as_json:
        doc = parsed.as_json()
        doc["imported"] = result.as_json() if result is not None else None
        print_json(doc)
        return
    table = _t("self-evaluation table") if parsed.table_kind == "self_eval" else _t("target table")
    print(_t("{file}, sheet {sheet}: {n} rows of a {table} (header on row {row})").format(
        file=parsed.file, sheet=parsed.sheet, n=len(parsed.rows), table=table, row=parsed.header_row))
    for r in parsed.rows:
        print(f"  {r.row:>4}  {r.sub_project}  {r.level1}/{r.level2}/{r.name}  {r.target_text}  →  {r.actual_text or '/'}")
    for w in parsed.warnings:
        sys.stderr.write(_t("warning: {message}").format(message=w) + "\n")
    if result is not None:
        print(_t("Imported {n} rows ({replaced} replaced).").format(n=result.added, replaced=result.replaced))
    elif parsed.rows:
        print(_t("Nothing stored (dry run)."))

