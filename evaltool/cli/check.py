"""``evaltool check``: every figure of a project's data and report text that does not agree.

Exit status: 0 no open finding, 3 open findings (like ``framework --check``), 1 an
error the user can fix (unknown project, unknown finding id), 2 usage.
"""
from __future__ import annotations

import argparse
import sys

from evaltool.cli import open_db, print_json
from evaltool.errors import NotFoundError
from evaltool.i18n import translate

FOUND = 3


def _t(text: str) -> str:
    return translate("Cli", text)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("check", parents=[common],
                       help="recompute every stated figure: report text and data against the data and themselves")
    p.add_argument("project", help="project id or exact name")
    p.add_argument("--json", action="store_true",
                   help='print {"findings": [{"kind", "where", "text", "expected", "found", …}]}')
    p.add_argument("--all", action="store_true", help="also list dismissed findings (marked)")
    p.add_argument("--kind", action="append", help="only findings of this kind (repeatable)")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--dismiss", metavar="ID", help="mark a finding as looked at (needs --reason)")
    g.add_argument("--reopen", metavar="ID", help="list a dismissed finding as open again")
    p.add_argument("--reason", default="", help="why a dismissed finding can stay")
    p.set_defaults(func=cmd_check)


def cmd_check(args: argparse.Namespace) -> int:
    from evaltool.check import check_project, dismiss_finding, kind_label, set_dismissal
    from evaltool.projects import find_project

    db = open_db(args)
    if args.dismiss or args.reopen:
        fid = args.dismiss or args.reopen
        with db.session() as s:
            pid = find_project(s, args.project).id
            finding = next((f for f in check_project(s, pid) if f.id == fid), None)
            if args.dismiss:
                if finding is None:
                    raise NotFoundError(_t("No finding with id “{id}”; run “evaltool check {project}” to list them.")
                                        .format(id=fid, project=args.project))
                dismiss_finding(s, pid, finding, args.reason, by=db.evaluator_id or "")
            else:
                set_dismissal(s, pid, fid, None)
        sys.stderr.write((_t("Dismissed {id}.") if args.dismiss else _t("Reopened {id}.")).format(id=fid) + "\n")
        return 0
    with db.read_session() as s:
        pid = find_project(s, args.project).id
        findings = check_project(s, pid)
    if args.kind:
        findings = [f for f in findings if f.kind in args.kind]
    open_ = [f for f in findings if not f.dismissed]
    shown = findings if args.all else open_
    if args.json:
        print_json({"findings": [f.as_json() for f in shown], "open": len(open_),
                    "dismissed": len(findings) - len(open_)})
        return FOUND if open_ else 0
    for f in shown:
        mark = "–" if f.dismissed else "✗"
        print(f"{mark} [{kind_label(f.kind)}] {f.where}")
        print(f"    {f.text}")
        print("    " + _t("expected {expected}, found {found}").format(expected=f.expected, found=f.found)
              + f"  (id {f.id})")
        print(f"    {f.message}" + (f"  — {_t('dismissed')}: {f.reason}" if f.dismissed else ""))
    dismissed = len(findings) - len(open_)
    if open_:
        print(_t("{n} open finding(s), {d} dismissed.").format(n=len(open_), d=dismissed))
    else:
        print(_t("No open findings: every figure checked agrees ({d} dismissed).").format(d=dismissed))
    return FOUND if open_ else 0
