"""Commands of the export area: export, report-text."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from evaltool.cli import UsageError, open_db, print_json, read_text_arg, text_progress
from evaltool.i18n import translate
from evaltool.report_sections import SECTION_KEYS


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("export", parents=[common],
                       help="write the Word report, Excel score sheet, PDF summary and blank scoring forms")
    p.add_argument("project", help="project id or exact name")
    p.add_argument("--docx", metavar="FILE", help="Word report (.docx)")
    p.add_argument("--xlsx", metavar="FILE", help="Excel score sheet with live formulas (.xlsx)")
    p.add_argument("--pdf", metavar="FILE", help="one-page score summary (.pdf)")
    p.add_argument("--blank-forms", metavar="FILE", help="blank scoring forms per evaluator (.pdf)")
    p.add_argument("--report-pdf", metavar="FILE", help="the Word report as PDF, converted by LibreOffice")
    p.add_argument("--out-dir", metavar="DIR", help="write all four with default names into DIR (and the report as "
                                                    "PDF when LibreOffice is installed)")
    p.add_argument("--toc", choices=("auto", "word", "libreoffice"), default="auto",
                   help="page numbers of the table of contents: filled by LibreOffice when installed (auto, the "
                        "default), left to Word's update prompt (word), or LibreOffice required (libreoffice)")
    p.add_argument("--template", metavar="FILE", help="a .docx whose styles the Word report uses")
    p.add_argument("--report-lang", choices=("zh_CN", "en"),
                   help="language of the documents (default: --lang if given, else zh_CN)")
    p.add_argument("--json", action="store_true", help="print the export report as JSON")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("report-text", parents=[common], help="show or set the report's narrative sections")
    p.add_argument("project", help="project id or exact name")
    p.add_argument("--section", choices=SECTION_KEYS, help="the section to show or set")
    p.add_argument("--draft", action="store_true", help="with --section: print the draft made from the project's data")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--set", metavar="TEXT", help="replace the section's text")
    g.add_argument("--from-file", metavar="FILE", help="replace the section's text with a UTF-8 file's content")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_report_text)


def _safe(name: str) -> str:
    bad = '<>:"/\\|?*'
    return "".join("_" if c in bad or ord(c) < 32 else c for c in name).strip(" .")[:80] or "project"


def cmd_export(args: argparse.Namespace) -> int:
    from evaltool.errors import ExportError
    from evaltool.export import export_project
    from evaltool.projects import find_project

    db = open_db(args)
    with db.read_session() as s:
        p = find_project(s, args.project)
        pid, name = p.id, p.name
    paths = {"docx": args.docx, "xlsx": args.xlsx, "pdf": args.pdf, "blank_forms": args.blank_forms,
             "report_pdf": args.report_pdf}
    if args.out_dir:
        out = Path(args.out_dir)
        try:
            out.mkdir(parents=True, exist_ok=True)  # a new folder for this report is what people expect
        except OSError as exc:
            raise ExportError(translate("Cli", "Cannot create the folder {path}: {error}").format(
                path=out, error=exc.strerror or exc)) from exc
        from evaltool.export.libreoffice import find_soffice

        stem = _safe(name)
        defaults = {"docx": f"{stem}-绩效评价报告.docx", "xlsx": f"{stem}-指标得分表.xlsx",
                    "pdf": f"{stem}-得分汇总.pdf", "blank_forms": f"{stem}-空白评分表.pdf"}
        if args.toc != "word" and find_soffice() is not None:
            defaults["report_pdf"] = f"{stem}-绩效评价报告.pdf"
        for k, fname in defaults.items():
            paths[k] = paths[k] or str(out / fname)
    if not any(paths.values()):
        raise UsageError(translate("Cli", "Say what to write: --docx, --xlsx, --pdf, --blank-forms or --out-dir."))
    lang = args.report_lang or getattr(args, "lang", None) or "zh_CN"
    report = export_project(db, pid, docx=paths["docx"], xlsx=paths["xlsx"], pdf=paths["pdf"],
                            blank_forms=paths["blank_forms"], report_pdf=paths["report_pdf"], lang=lang,
                            template=args.template, toc=args.toc, progress=text_progress(translate("Cli", "Exporting")))
    if args.json:
        print_json(report.as_json())
    else:
        for path in report.written:
            print(path)
        for msg in [*report.notes, *report.omissions]:
            sys.stderr.write(translate("Cli", "note: {message}").format(message=msg) + "\n")
    return 0


def cmd_report_text(args: argparse.Namespace) -> int:
    from evaltool.projects import find_project
    from evaltool.report_sections import list_sections, set_section

    db = open_db(args)
    if args.draft:
        if not args.section:
            from evaltool.errors import ValidationError

            raise ValidationError(translate("Cli", "Name the section to draft with --section."))
        from evaltool.export.data import collect
        from evaltool.export.drafts import draft_section

        with db.read_session() as s:
            pid = find_project(s, args.project).id
            data = collect(s, pid, getattr(args, "lang", None) or "zh_CN", with_charts=False)
        print(draft_section(data, args.section))
        return 0
    if args.set is not None or args.from_file:
        if not args.section:
            raise UsageError(translate("Cli", "Name the section to set with --section."))
        text = args.set if args.set is not None else read_text_arg(args.from_file, translate("Cli", "a report section"))
        with db.session() as s:
            pid = find_project(s, args.project).id
            set_section(s, pid, args.section, text)
    with db.read_session() as s:
        pid = find_project(s, args.project).id
        sections = list_sections(s, pid)
    if args.section:
        sections = [x for x in sections if x.key == args.section]
    if args.json:
        print_json([{"key": x.key, "title": x.title, "text": x.text} for x in sections])
    else:
        for x in sections:
            if args.section:
                print(x.text)
            else:
                print(f"[{x.key}] {x.title}: {len(x.text)} {translate('Cli', 'characters')}")
    return 0
