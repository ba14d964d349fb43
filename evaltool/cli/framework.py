"""Commands of the framework area: import-sheet, framework, template."""
from __future__ import annotations

import argparse
import sys

from evaltool.cli import open_db, print_json, text_progress
from evaltool.i18n import current_language, translate


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("import-sheet", parents=[common],
                       help="create a project from an Excel/CSV score sheet (指标得分表)")
    p.add_argument("file", metavar="FILE", help=".xlsx, .xls or .csv score sheet")
    p.add_argument("--sheet", metavar="NAME", help="sheet to read (default: the first with a score-sheet header)")
    p.add_argument("--name", metavar="PROJECT", help="project name (default: the sheet's title or the file name)")
    p.add_argument("--dry-run", action="store_true", help="only show what would be imported")
    p.add_argument("--strict", action="store_true",
                   help="exit with status 3 and import nothing when the sheet does not reconcile (any warning)")
    p.add_argument("--json", action="store_true", help="print JSON (warnings with sheet, row and column)")
    p.set_defaults(func=cmd_import_sheet)

    p = sub.add_parser("framework", parents=[common], help="show a project's indicator framework and its problems")
    p.add_argument("project", metavar="PROJECT", help="project id or exact name")
    p.add_argument("--check", action="store_true", help="exit with status 3 when the framework has problems")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_framework)

    p = sub.add_parser("template", parents=[common], help="framework templates: list, show, new, save, delete")
    tsub = p.add_subparsers(dest="template_command", metavar="ACTION", required=True)
    t = tsub.add_parser("list", parents=[common], help="list templates")
    t.add_argument("--json", action="store_true")
    t.set_defaults(func=cmd_template_list)
    t = tsub.add_parser("show", parents=[common], help="show a template's framework")
    t.add_argument("template", metavar="TEMPLATE", help="key, name or .json file")
    t.add_argument("--json", action="store_true")
    t.set_defaults(func=cmd_template_show)
    t = tsub.add_parser("new", parents=[common], help="create a project from a template")
    t.add_argument("template", metavar="TEMPLATE", help="key, name or .json file")
    t.add_argument("--name", required=True, metavar="PROJECT", help="name of the new project")
    t.add_argument("--json", action="store_true")
    t.set_defaults(func=cmd_template_new)
    t = tsub.add_parser("save", parents=[common], help="save a project's framework as a template")
    t.add_argument("project", metavar="PROJECT", help="project id or exact name")
    t.add_argument("--name", required=True, metavar="NAME", help="template name (Chinese)")
    t.add_argument("--name-en", default="", metavar="NAME", help="template name in English")
    t.add_argument("--description", default="", help="what the template is for")
    t.add_argument("--overwrite", action="store_true", help="replace a template of the same name")
    t.add_argument("--json", action="store_true")
    t.set_defaults(func=cmd_template_save)
    t = tsub.add_parser("delete", parents=[common], help="delete one of your templates")
    t.add_argument("template", metavar="TEMPLATE")
    t.set_defaults(func=cmd_template_delete)


def _print_tree(roots, problems) -> None:  # noqa: ANN001
    from evaltool.framework import walk
    from evaltool.scoring import fmt_score

    bad = {p.node_id for p in problems if p.node_id}
    for n in walk(roots):
        neg = " " + translate("Cli", "[negative, cap {cap}]").format(cap=fmt_score(n.cap)) if n.is_negative else ""
        mark = "  !" if n.id in bad else ""
        print(f"{'  ' * (n.level - 1)}{n.name}  {fmt_score(n.weight)}{neg}{mark}")


def _print_findings(findings) -> None:  # noqa: ANN001
    for f in findings:
        word = translate("Cli", "warning") if f.severity == "warning" else translate("Cli", "note")
        sys.stderr.write(f"{word}: {f.text}\n")


def _print_stated(stated) -> None:  # noqa: ANN001
    from evaltool.scoring import fmt_score

    if not stated:
        return
    print(translate("Cli", "What the sheet states, and what the imported rows add to:"))
    for st in stated:
        mark = "✓" if st.agrees else "✗"
        where = translate("Cli", "row {row}").format(row=st.row)
        if st.kind == "grade":
            print(f"  {mark} {where} {st.label}: {st.grade} / {st.computed_grade or '—'}")
            continue
        parts = []
        if st.weight is not None:
            parts.append(translate("Cli", "weight {stated} / {computed}").format(
                stated=fmt_score(st.weight), computed=fmt_score(st.computed_weight) or "—"))
        if st.score is not None:
            parts.append(translate("Cli", "score {stated} / {computed}").format(
                stated=fmt_score(st.score), computed=fmt_score(st.computed_score) or "—"))
        print(f"  {mark} {where} {st.label}: {'; '.join(parts)}")


def cmd_import_sheet(args: argparse.Namespace) -> int:
    """Exit 0, or 3 with ``--strict`` when the sheet does not reconcile (nothing created)."""
    from evaltool.scoresheet import import_parsed, iter_parsed, parse_sheet

    parsed = parse_sheet(args.file, args.sheet)
    strict_fail = args.strict and not parsed.reconciles
    if args.dry_run or strict_fail:
        if args.json:
            print_json({**parsed.as_json(), "created": False})
        else:
            print(translate("Cli", "Sheet “{sheet}”, header row(s) {rows}: {n} indicators, {s} scores.").format(
                sheet=parsed.sheet, rows=", ".join(map(str, parsed.header_rows)), n=len(parsed.leaves()), s=parsed.scored))
            for level, _path, n in iter_parsed(parsed.roots):
                score = "" if n.score is None else f"  → {n.score:g}"
                print(f"{'  ' * (level - 1)}{n.name}  {n.weight or 0:g}{score}")
            _print_stated(parsed.stated)
            _print_findings(parsed.findings)
        if strict_fail:
            sys.stderr.write(translate("Cli", "The sheet does not reconcile ({n} warnings); nothing was imported (--strict).").format(
                n=len(parsed.warnings)) + "\n")
            return 3
        return 0
    db = open_db(args)
    with db.session() as s:
        result = import_parsed(s, parsed, args.name, progress=text_progress(translate("Cli", "Importing")))
    if args.json:
        print_json(result.as_json())
    else:
        print(result.project_id)
        sys.stderr.write(translate("Cli", "Project “{name}” created: {n} indicators, {s} scores.").format(
            name=result.name, n=result.indicators, s=result.scores) + "\n")
        _print_findings(result.findings)
    return 0


def cmd_framework(args: argparse.Namespace) -> int:
    from evaltool.framework import framework_stats, load_tree, node_spec, validate_framework
    from evaltool.projects import find_project

    db = open_db(args)
    with db.read_session() as s:
        p = find_project(s, args.project)
        pid, name = p.id, p.name
        roots = load_tree(s, pid)
    problems = validate_framework(roots)
    if args.json:
        print_json({"project_id": pid, "name": name, "stats": framework_stats(roots),
                    "framework": [node_spec(n, with_ids=True) for n in roots],
                    "problems": [pr.as_json() for pr in problems], "valid": not problems})
    else:
        _print_tree(roots, problems)
        st = framework_stats(roots)
        print(translate("Cli", "{l1} level-1 indicators, {leaves} leaves, level-1 weights {w}.").format(
            l1=st["level1"], leaves=st["leaves"], w=f"{st['weight']:g}"))
        if problems:
            print(translate("Cli", "Problems:"))
            for pr in problems:
                print(f"  - {pr.path + ': ' if pr.path else ''}{pr.message}")
        else:
            print(translate("Cli", "No problems: the weights add up."))
    return 3 if (args.check and problems) else 0


def cmd_template_list(args: argparse.Namespace) -> int:
    from evaltool.templates import list_templates

    db = open_db(args)
    ts = list_templates(db.data_dir)
    if args.json:
        print_json([t.as_json() for t in ts])
    else:
        lang = current_language()
        for t in ts:
            weights = " / ".join(f"{n} {w:g}" for n, w in t.level1_weights())
            print(f"{t.key}  {t.name(lang)}  ({translate('Cli', '{n} leaves').format(n=t.leaves())}; {weights})")
    return 0


def cmd_template_show(args: argparse.Namespace) -> int:
    from evaltool.templates import load_template

    db = open_db(args)
    t = load_template(args.template, db.data_dir)
    if args.json:
        print_json(t.as_json(full=True))
        return 0
    print(t.name())
    if t.description():
        print(t.description())

    def show(nodes, depth=0) -> None:  # noqa: ANN001
        for n in nodes:
            print(f"{'  ' * depth}{n['name']}  {float(n.get('weight') or 0):g}")
            show(n.get("children") or [], depth + 1)

    show(t.framework)
    if t.negative:
        print(translate("Cli", "Negative indicators:"))
        show(t.negative, 1)
    return 0


def cmd_template_new(args: argparse.Namespace) -> int:
    from evaltool.templates import create_project_from_template, load_template

    db = open_db(args)
    t = load_template(args.template, db.data_dir)
    with db.session() as s:
        p = create_project_from_template(s, t, args.name)
        pid, name = p.id, p.name
    if args.json:
        print_json({"project_id": pid, "name": name, "template": t.key, "indicators": t.leaves()})
    else:
        print(pid)
    return 0


def cmd_template_save(args: argparse.Namespace) -> int:
    from evaltool.projects import find_project
    from evaltool.templates import save_template, template_from_project

    db = open_db(args)
    with db.read_session() as s:
        pid = find_project(s, args.project).id
        doc = template_from_project(s, pid, args.name, args.name_en, args.description)
    t = save_template(db.data_dir, doc, overwrite=args.overwrite)
    if args.json:
        print_json({"key": t.key, "path": t.path, "name_zh": t.name_zh, "leaves": t.leaves()})
    else:
        print(t.key)
    return 0


def cmd_template_delete(args: argparse.Namespace) -> int:
    from evaltool.templates import delete_template

    db = open_db(args)
    delete_template(db.data_dir, args.template)
    return 0
