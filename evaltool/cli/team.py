"""Commands of the team: ``team`` (the roster and roles) and ``proposals`` (changes kept
for the lead's decision)."""
from __future__ import annotations

import argparse

from evaltool.cli import open_db, print_json
from evaltool.i18n import translate


def _t(text: str) -> str:
    return translate("Cli", text)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("team", parents=[common], help="a project's team and roles (lead, member, expert)")
    p.add_argument("project")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--set", metavar="NAME", help="put this evaluator (name or id) on the team with --role")
    g.add_argument("--remove", metavar="NAME", help="take this evaluator off the team (their work stays)")
    p.add_argument("--role", choices=("lead", "member", "expert"), default="member")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_team)

    p = sub.add_parser("proposals", parents=[common],
                       help="changes kept for the lead: someone without the right made them")
    p.add_argument("project")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--accept", metavar="ID", help="apply this proposal (id or prefix) as the lead's edit")
    g.add_argument("--reject", metavar="ID", help="reject this proposal")
    p.add_argument("--note", default="", help="why (recorded with the decision)")
    p.add_argument("--all", action="store_true", help="also list decided proposals")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_proposals)


def cmd_team(args: argparse.Namespace) -> int:
    from evaltool.projects import find_evaluator, find_project
    from evaltool.team import list_team, remove_member, set_role

    db = open_db(args)
    with db.session() as s:
        pid = find_project(s, args.project).id
        if args.set:
            set_role(s, pid, find_evaluator(s, args.set).id, args.role)
        elif args.remove:
            remove_member(s, pid, find_evaluator(s, args.remove).id)
        s.flush()
        team = list_team(s, pid)
    if args.json:
        print_json([m.as_json() for m in team])
        return 0
    for m in team:
        extra = "" if m.on_roster else "  (" + _t("creator") + ")"
        print(f"{m.name}  {m.role_text}{extra}")
    return 0


def cmd_proposals(args: argparse.Namespace) -> int:
    from evaltool.projects import find_project
    from evaltool.proposals import accept_proposal, list_proposals, reject_proposal, status_text

    db = open_db(args)
    with db.session() as s:
        pid = find_project(s, args.project).id
        if args.accept:
            accept_proposal(s, pid, args.accept, db.evaluator_id, args.note)
        elif args.reject:
            reject_proposal(s, pid, args.reject, db.evaluator_id, args.note)
        s.flush()
        groups = list_proposals(s, pid, None if args.all or args.accept or args.reject else "open")
    if args.json:
        print_json([g.as_json() for g in groups])
        return 0
    if args.accept or args.reject:
        print(_t("Accepted {id}.").format(id=args.accept) if args.accept else _t("Rejected {id}.").format(id=args.reject))
        return 0
    if not groups:
        print(_t("No open proposals."))
    for g in groups:
        print(_t("{id}  {record} ({kind}) by {author}, {at}: lacks the right to {right} [{status}]").format(
            id=g.id[:8], record=g.record, kind=g.table_label, author=g.author_name, at=g.at[:16].replace("T", " "),
            right=g.right_text, status=status_text(g.status)))
        for it in g.items:
            print(f"    {it.field_label}: {it.current} → {it.display}")
    return 0
