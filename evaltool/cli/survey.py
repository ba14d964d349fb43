"""``evaltool survey …``: questionnaires, answer import, tallies, charts."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from evaltool.cli import UsageError, open_db, print_json, text_progress
from evaltool.errors import ImportFormatError
from evaltool.i18n import current_language, translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from evaltool.survey.importing import Draft, DraftQuestion, ImportPlan
    from evaltool.tally import Stats

Command = Callable[[argparse.Namespace], int]


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("survey", parents=[common], help="satisfaction surveys: create, import answers, tally, charts")
    ss = p.add_subparsers(dest="survey_command", metavar="ACTION")
    p.set_defaults(func=lambda _a: (p.print_help(), 2)[1])

    def add(name: str, help_: str, func: Command, project: bool = True, survey: bool = True) -> argparse.ArgumentParser:
        q = ss.add_parser(name, parents=[common], help=help_)
        if project:
            q.add_argument("project", help="project id or exact name")
        if survey:
            q.add_argument("--survey", metavar="NAME", help="survey id or name (needed when the project has several)")
        q.add_argument("--json", action="store_true", help="print JSON")
        q.set_defaults(func=func)
        return q

    add("templates", "list the built-in questionnaire templates", cmd_templates, project=False, survey=False)
    add("list", "list a project's surveys", cmd_list, survey=False)
    q = add("create", "create a survey from a template or an XLSForm workbook", cmd_create, survey=False)
    src = q.add_mutually_exclusive_group(required=True)
    src.add_argument("--template", metavar="KEY", help="template key (see “evaltool survey templates”)")
    src.add_argument("--xlsform", metavar="FILE", help="XLSForm workbook (survey + choices sheets)")
    q.add_argument("--name", help="name of the new survey")
    q.add_argument("--target-n", type=int, help="target sample size of the template's group")

    q = add("export-form", "write a survey as an XLSForm workbook", cmd_export_form)
    q.add_argument("out", help="output .xlsx file")

    q = add("import", "import answers from .xlsx / .xls / .csv (one row per respondent); with no survey yet, "
                      "the questionnaire is inferred from the file", cmd_import)
    q.add_argument("file", help="the file with answers (a survey platform's export, or keyed-in paper questionnaires)")
    q.add_argument("--sheet", help="sheet name (default: the first)")
    q.add_argument("--group-column", metavar="COL", help="column naming the respondent group (header text or number)")
    q.add_argument("--group", metavar="NAME", help="put every row in this group (no group column)")
    q.add_argument("--id-column", metavar="COL", help="column with respondent ids (default: 答卷编号 / 序号 / 编号 …)")
    q.add_argument("--level-column", metavar="COL", help="column with the administrative level (市/镇/村)")
    q.add_argument("--unit-column", metavar="COL", help="column with the respondent's unit")
    q.add_argument("--map", action="append", default=[], metavar="COLUMN=KEY",
                   help="map a column to a question key (repeatable; overrides the guess)")
    q.add_argument("--new-survey", action="store_true",
                   help="create a new questionnaire from the file even though the project has one")
    q.add_argument("--name", help="name of the questionnaire created from the file (default: the file's name)")
    q.add_argument("--legend", metavar="FILE", help="file saying what option numbers mean (question, number, label)")
    q.add_argument("--legend-sheet", metavar="NAME", help="sheet of the answer workbook holding the option legend")
    q.add_argument("--kind", action="append", default=[], metavar="QUESTION=KIND",
                   help="correct an inferred question's kind (scale5 scale4 scale3 single multi number text; repeatable)")
    q.add_argument("--reverse", action="append", default=[], metavar="QUESTION",
                   help="reverse an inferred scale's order (its first option is the worst; repeatable)")
    q.add_argument("--leave-out", action="append", default=[], metavar="QUESTION",
                   help="leave an inferred question out of the new questionnaire (repeatable)")
    q.add_argument("--unmapped", choices=("ask", "new", "ignore"), default="ask",
                   help="columns that answer no question of an existing survey: stop and list them (ask, the "
                        "default), add them as new questions (new) or leave them out (ignore)")
    q.add_argument("--add-options", action="store_true",
                   help="labels that are no option of their question become new options (else those rows are problems)")
    q.add_argument("--no-new-groups", action="store_true", help="unknown group names are problems, not new groups")
    q.add_argument("--skip-bad-rows", action="store_true", help="import the good rows, skip rows with problems")
    q.add_argument("--dry-run", action="store_true", help="check and show the problems; import nothing")

    add("tally", "satisfaction rates per group and question, with 95%% intervals and warnings", cmd_tally)

    q = add("charts", "render the survey charts as PNG images (for the report)", cmd_charts)
    q.add_argument("out_dir", help="folder for the PNG files")


def _project(s: Session, ref: str) -> str:
    from evaltool.projects import find_project

    return find_project(s, ref).id


def cmd_templates(args: argparse.Namespace) -> int:
    from evaltool.survey import list_templates

    rows = list_templates()
    if args.json:
        print_json([t.__dict__ for t in rows])
    else:
        for t in rows:
            print(f"{t.key:24} {t.name(current_language())} ({t.questions})")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from evaltool.survey import list_surveys

    db = open_db(args)
    with db.read_session() as s:
        rows = list_surveys(s, _project(s, args.project))
    if args.json:
        print_json([r.as_json() for r in rows])
    else:
        for r in rows:
            groups = ", ".join(f"{g.name} {g.respondents}" for g in r.groups)
            print(f"{r.id}  {r.name}  [{len(r.questions)} q; {groups}]")
    return 0


def cmd_create(args: argparse.Namespace) -> int:
    from evaltool.survey import create_from_template, import_xlsform

    db = open_db(args)
    with db.session() as s:
        pid = _project(s, args.project)
        if args.template:
            sv = create_from_template(s, pid, args.template, args.name, args.target_n)
        else:
            sv = import_xlsform(s, pid, args.xlsform, args.name)
    if args.json:
        print_json(sv.as_json())
    else:
        print(sv.id)
        sys.stderr.write(translate("Cli", "Survey created: {name} ({count} questions)").format(
            name=sv.name, count=len(sv.questions)) + "\n")
    return 0


def cmd_export_form(args: argparse.Namespace) -> int:
    from evaltool.survey import export_xlsform, find_survey

    db = open_db(args)
    with db.read_session() as s:
        sv = find_survey(s, _project(s, args.project), args.survey)
    path = export_xlsform(sv, args.out)
    if args.json:
        print_json({"path": str(path)})
    else:
        print(path)
    return 0


def _mapping(plan_headers: list[str], pairs: list[str]) -> dict[int, str]:
    from evaltool.survey.importing import column_index

    out: dict[int, str] = {}
    for pair in pairs:
        col, sep, key = pair.rpartition("=")
        if not sep or not col or not key:
            raise UsageError(translate("Errors", "--map takes COLUMN=KEY, not “{value}”.").format(value=pair))
        idx = column_index(plan_headers, col, "")
        assert idx is not None
        out[idx] = key.strip()
    return out


def _draft_question(draft: Draft, ref: str) -> DraftQuestion:
    """An inferred question by key, or by the header of its column."""
    from evaltool.errors import ValidationError
    from evaltool.survey.importing import column_of

    q = draft.question(ref.strip())
    if q is None:
        try:
            col = column_of(draft.table.headers, ref, draft.table.file)
        except ImportFormatError:
            col = None
        q = next((x for x in draft.questions if col is not None and col in x.columns), None)
    if q is None:
        raise ValidationError(translate("Errors", "No question “{ref}” was inferred from the file. Questions: {keys}").format(
            ref=ref, keys=", ".join(x.key for x in draft.questions)))
    return q


def _correct(draft: Draft, args: argparse.Namespace) -> None:
    """Apply the corrections given on the command line (what the preview lets a person do)."""
    from evaltool.errors import ValidationError
    from evaltool.survey import KINDS, SCALE_KINDS
    from evaltool.survey.importing import reverse_scale, set_kind

    for pair in args.kind:
        ref, sep, kind = pair.rpartition("=")
        if not sep or kind.strip() not in KINDS:
            raise UsageError(translate("Errors", "--kind takes QUESTION=KIND with a kind of {kinds}, not “{value}”.").format(
                kinds=", ".join(KINDS), value=pair))
        set_kind(_draft_question(draft, ref), kind.strip())
    for ref in args.reverse:
        q = _draft_question(draft, ref)
        if q.kind not in SCALE_KINDS:
            raise ValidationError(translate("Errors", "Question {key} is not a scale; only a scale's order can be reversed.").format(key=q.key))
        reverse_scale(q)
    for ref in args.leave_out:
        _draft_question(draft, ref).include = False


def print_draft(draft: Draft) -> None:
    """The inferred questionnaire, as a person reads it (stdout)."""
    from evaltool.survey import kind_label

    h = draft.table.headers
    print(translate("Cli", "Questionnaire “{name}” inferred from {file}: {n} questions").format(
        name=draft.name, file=draft.table.file, n=len(draft.included)))
    if draft.group_column is not None:
        groups = ", ".join(f"{g} {n}" for g, n in draft.groups)
        print(translate("Cli", "  group column: “{column}” ({groups})").format(column=h[draft.group_column], groups=groups))
    elif draft.default_group:
        print(translate("Cli", "  every row in group {group}").format(group=draft.default_group))
    else:
        print(translate("Cli", "  no group column: name one with --group-column or --group"))
    if draft.id_column is not None:
        print(translate("Cli", "  respondent id: “{column}”").format(column=h[draft.id_column]))
    if draft.meta_columns:
        print(translate("Cli", "  kept aside (metadata): {columns}").format(columns=", ".join(h[c] for c in draft.meta_columns)))
    for q in draft.questions:
        opts = " · ".join(f"{o['code']} {o['label']}{'*' if o.get('satisfied') else ''}{' (n/a)' if o.get('na') else ''}"
                          for o in q.options)
        mark = "" if q.include else translate("Cli", " [left out]")
        print(f"  {q.key:8} {kind_label(q.kind):12} {q.text}{mark}")
        if opts:
            print(f"           {opts}")
        if q.group_names:
            print("           " + translate("Cli", "asked of: {groups}").format(groups=", ".join(q.group_names)))
        if q.note:
            print(f"           ! {q.note}")
    print(translate("Cli", "  (* counts as satisfied)"))


def _print_plan(plan: ImportPlan) -> None:
    doc = plan.as_json()
    sys.stderr.write(translate("Cli", "{file}: {rows} questionnaires, {bad} with problems, {dup} already imported; columns: {mapping}").format(
        file=plan.table.file, rows=len(plan.rows), bad=len(plan.bad_rows), dup=len(plan.duplicates),
        mapping=", ".join(f"{k}→{v}" for k, v in doc["mapping"].items())) + "\n")
    for key, labels in plan.unknown_labels.items():
        sys.stderr.write("  " + translate("Cli", "{key}: labels that are no option: {labels} (--add-options adds them)").format(
            key=key, labels=", ".join(f"{lab} ({n})" for lab, n in labels.items())) + "\n")
    for p in plan.all_problems():
        sys.stderr.write(f"  {p}\n")


def cmd_import(args: argparse.Namespace) -> int:
    from evaltool.survey import find_survey, list_surveys
    from evaltool.survey.importing import (
        apply_import,
        guess_mapping,
        import_new_survey,
        infer_questionnaire,
        plan_draft,
        plan_import,
        read_legend,
        read_table,
    )

    db = open_db(args)
    table = read_table(args.file, args.sheet, legend_sheet=args.legend_sheet, progress=text_progress("read"))
    if table.cleaned:
        sys.stderr.write(translate("Cli", "{file}: {n} cells held control characters (invisible, not text); they were removed.").format(
            file=table.file, n=table.cleaned) + "\n")
    legend = read_legend(args.legend) if args.legend else None
    with db.session() as s:
        pid = _project(s, args.project)
        if args.new_survey or (not args.survey and not list_surveys(s, pid)):
            draft = infer_questionnaire(table, group_column=args.group_column, legend=legend, name=args.name,
                                        no_group=bool(args.group))
            if args.group:
                draft.group_column, draft.default_group = None, args.group.strip()
                draft.groups = [(draft.default_group, len(table.rows))]
            _correct(draft, args)
            if not args.json:
                print_draft(draft)
            if args.dry_run:
                plan = plan_draft(draft)
                if not args.json:
                    _print_plan(plan)
                else:
                    print_json({"created": False, "dry_run": True, "questionnaire": draft.as_json(), **plan.as_json(),
                                "imported": 0})
                s.rollback()
                return 0
            survey, plan, result = import_new_survey(s, pid, draft, skip_bad_rows=args.skip_bad_rows,
                                                     progress=text_progress("import"))
            if args.json:
                print_json({"created": True, "questionnaire": draft.as_json(), "survey": survey.as_json(),
                            **plan.as_json(), **result.as_json()})
            else:
                _print_plan(plan)
                print(translate("Cli", "Questionnaire created: {name} ({count} questions). Imported {n} questionnaires, skipped {skipped}.").format(
                    name=survey.name, count=len(survey.questions), n=result.imported, skipped=result.skipped))
            return 0
        sv = find_survey(s, pid, args.survey)
        mapping = options = None
        if args.map:
            mapping, options = guess_mapping(sv, table.headers, table)
            mapping.update(_mapping(table.headers, args.map))
        plan = plan_import(s, sv.id, table=table, mapping=mapping, option_columns=options, group_column=args.group_column,
                           ref_column=args.id_column, level_column=args.level_column,
                           unit_column=args.unit_column, default_group=args.group,
                           create_groups=not args.no_new_groups, unmapped=args.unmapped, add_options=args.add_options)
        doc = plan.as_json()
        if not args.json:
            _print_plan(plan)
        if args.dry_run:
            s.rollback()
            if args.json:
                print_json({**doc, "imported": 0, "dry_run": True})
            return 0
        try:
            result = apply_import(s, plan, skip_bad_rows=args.skip_bad_rows, progress=text_progress("import"))
        except ImportFormatError:
            if args.json:
                print_json({**doc, "imported": 0})
            raise
    if args.json:
        print_json({**doc, **result.as_json()})
    else:
        print(translate("Cli", "Imported {n} questionnaires, skipped {skipped}; {dup} were imported before.").format(
            n=result.imported, skipped=result.skipped, dup=result.already_imported))
    return 0


def cmd_tally(args: argparse.Namespace) -> int:
    from evaltool.scoring import fmt_rate, fmt_score
    from evaltool.survey import find_survey
    from evaltool.tally import tally_survey

    db = open_db(args)
    with db.read_session() as s:
        sv = find_survey(s, _project(s, args.project), args.survey)
        t = tally_survey(s, sv.id, progress=text_progress("tally"))
    if args.json:
        print_json(t.as_json())
        return 0
    lang = current_language()
    print(t.name)
    head = [translate("Cli", "Group"), "n", translate("Cli", "Satisfied"), translate("Cli", "Rate"), "95% CI",
            translate("Cli", "Index")]
    print("  ".join(head))

    def line(name: str, st: Stats) -> str:
        ci = f"{fmt_rate(st.ci[0])}–{fmt_rate(st.ci[1])}" if st.ci else ""
        return f"{name}  {st.n}  {st.satisfied}  {fmt_rate(st.rate)}  {ci}  {fmt_score(st.index)}"

    for g in t.groups:
        print(line(g.name, g.stats))
    print(line(translate("Cli", "Overall"), t.overall))
    print()
    for q in t.questions:
        label = q.label(lang)
        if q.kind == "multi":
            shares = "; ".join(f"{o['label']} {fmt_rate(o['share'])}" for o in q.options if o["count"])
            print(f"{q.key}  {label}  n={q.respondents}  {shares}")
        elif q.kind == "number":
            print(f"{q.key}  {label}  n={q.stats.n}  mean={fmt_score(q.stats.mean)}")
        elif q.kind == "text":
            print(f"{q.key}  {label}  {q.stats.n}")
        else:
            print(f"{q.key}  {label}  n={q.stats.n}  {fmt_rate(q.stats.rate)}  index={fmt_score(q.stats.index)}")
    for w in t.warnings:
        sys.stderr.write(f"! {w}\n")
    return 0


def cmd_charts(args: argparse.Namespace) -> int:
    from evaltool.charts import option_distribution_png, satisfaction_by_group_png
    from evaltool.fsutil import atomic_write_bytes
    from evaltool.survey import CHOICE_KINDS, find_survey
    from evaltool.tally import tally_survey

    db = open_db(args)
    with db.read_session() as s:
        sv = find_survey(s, _project(s, args.project), args.survey)
        t = tally_survey(s, sv.id)
    out = Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    lang = current_language()
    written = []

    def save(name: str, data: bytes) -> None:
        written.append(str(atomic_write_bytes(out / name, data)))

    save("satisfaction_by_group.png", satisfaction_by_group_png(t, lang))
    for q in t.questions:
        if q.kind in CHOICE_KINDS and (q.stats.n or q.answered):
            save(f"question_{q.key}.png", option_distribution_png(q, lang))
    if args.json:
        print_json({"files": written})
    else:
        print("\n".join(written))
    return 0
