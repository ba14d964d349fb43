"""Commands of the foundation: projects, demo, whoami."""
from __future__ import annotations

import argparse
import sys

from evaltool.cli import open_db, print_json
from evaltool.i18n import translate


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("projects", parents=[common], help="list projects")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--search", default="", help="only projects whose name contains this")
    p.set_defaults(func=cmd_projects)

    p = sub.add_parser("demo", parents=[common], help="(re)create the demo project from seed 000")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("whoami", parents=[common], help="show or set this laptop's evaluator profile")
    p.add_argument("--name", help="set the evaluator's name")
    p.add_argument("--role", choices=("lead", "member", "expert"), help="set the role")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_whoami)


def cmd_projects(args: argparse.Namespace) -> int:
    from evaltool.projects import list_projects

    db = open_db(args)
    with db.read_session() as s:
        rows = list_projects(s, args.search)
    if args.json:
        print_json([r.as_json() for r in rows])
    else:
        if not rows:
            print(translate("Cli", "No projects yet. Create the demo with “evaltool demo”."))
        for r in rows:
            print(f"{r.id}  {r.name}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """Recreate the demo: an earlier demo is moved to the bin (tombstoned), never lost."""
    from evaltool.demo import create_demo_project, find_demo_projects

    db = open_db(args)
    with db.session() as s:
        for old in find_demo_projects(s):
            old.deleted = True
        p = create_demo_project(s)
        pid, name = p.id, p.name
    if args.json:
        print_json({"project_id": pid, "name": name})
    else:
        print(pid)
        sys.stderr.write(translate("Cli", "Demo project created: {name}").format(name=name) + "\n")
    return 0


def cmd_whoami(args: argparse.Namespace) -> int:
    from evaltool.identity import ensure_profile

    db = open_db(args)
    ev = ensure_profile(db, args.name, args.role)
    doc = {"evaluator_id": ev.id, "name": ev.name, "role": ev.role, "device_id": db.device_id,
           "device_name": db.device_name, "data_dir": str(db.data_dir)}
    if args.json:
        print_json(doc)
    else:
        for k, v in doc.items():
            print(f"{k}: {v}")
    return 0
