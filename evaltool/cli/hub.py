"""Commands of the team hub: ``hub init|push|pull|sync|projects|members|report``.

The hub's address: ``--url``, else ``EVALTOOL_HUB_URL``, else the one saved on this laptop
(the app's Sync page). The password: in the URL, ``PGPASSWORD`` or the PostgreSQL password
file; it is never written into evaltool's database.
"""
from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING, Any

from evaltool.cli import open_db, print_json, text_progress
from evaltool.i18n import translate

if TYPE_CHECKING:
    from evaltool.hub import Hub, TransferResult

# ``evaltool.hub`` is imported inside the commands (psycopg and the merge engine load only
# for the command that is run).


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p_hub = sub.add_parser("hub", parents=[common], help="the firm's team hub on PostgreSQL (sync over the network, portfolio)")
    hs = p_hub.add_subparsers(dest="hub_command", metavar="ACTION", required=True)

    url = argparse.ArgumentParser(add_help=False)
    url.add_argument("--url", metavar="URL", help="the hub, e.g. postgresql://wang@hub.office:5432/evaltool "
                     "(default: EVALTOOL_HUB_URL, else the address saved in the app)")
    url.add_argument("--json", action="store_true", help="print JSON")

    p = hs.add_parser("init", parents=[common, url], help="create or upgrade the hub's schema (idempotent; its administrator)")
    p.add_argument("hub_url", nargs="?", metavar="URL", help="the hub's PostgreSQL URL (or --url / EVALTOOL_HUB_URL)")
    p.set_defaults(func=cmd_init)

    p = hs.add_parser("push", parents=[common, url], help="send a project's changes and evidence files the hub lacks")
    p.add_argument("project", help="project id or exact name")
    p.set_defaults(func=cmd_push)

    evidence = argparse.ArgumentParser(add_help=False)
    evidence.add_argument("--evidence", choices=("all", "none"), default="all",
                          help="fetch the project's evidence files missing here (all, default) or none (on demand later)")
    evidence.add_argument("--item", action="append", default=[], metavar="EVIDENCE_ID",
                          help="fetch only the file of this evidence record (repeatable)")

    p = hs.add_parser("pull", parents=[common, url, evidence],
                      help="receive a project's changes this laptop lacks (a project new here by name or id); "
                           "without PROJECT every project shared with the hub")
    p.add_argument("project", nargs="?", help="project id or exact name (here or on the hub)")
    p.set_defaults(func=cmd_pull)

    p = hs.add_parser("sync", parents=[common, url, evidence], help="push, then pull a project")
    p.add_argument("project", help="project id or exact name")
    p.set_defaults(func=cmd_sync)

    p = hs.add_parser("projects", parents=[common, url], help="the projects you may read on the hub (the portfolio)")
    p.set_defaults(func=cmd_projects)

    p = hs.add_parser("members", parents=[common, url], help="a project's team on the hub; its lead adds and removes people")
    p.add_argument("project", help="project id or exact name on the hub")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--add", metavar="ROLE", help="a database role (one per person) to add or give another role")
    g.add_argument("--remove", metavar="ROLE", help="a database role to take off the team")
    p.add_argument("--as", dest="as_role", choices=("lead", "member", "expert"), default="member",
                   help="the role in the project for --add (default member)")
    p.set_defaults(func=cmd_members)

    p = hs.add_parser("report", parents=[common, url],
                      help="statistics across projects (indicators with the same name), or --search the texts")
    p.add_argument("--search", metavar="TEXT", help="find TEXT in comments, narrative and evidence titles")
    p.add_argument("--min-projects", type=int, default=2, metavar="N",
                   help="indicators found in at least N projects (default 2)")
    p.set_defaults(func=cmd_report)


def _hub(args: argparse.Namespace, given: str | None = None) -> Hub:
    from evaltool import hub

    given = given or getattr(args, "url", None)
    saved = None
    if not given and not os.environ.get(hub.ENV_URL):
        saved = open_db(args).get_setting(hub.SETTING_URL)
    return hub.open_hub(hub.resolve_url(given, saved))


def _mb(n: int) -> str:
    return f"{n / 1e6:.1f}"


def cmd_init(args: argparse.Namespace) -> int:
    from evaltool import hub

    h = _hub(args, args.hub_url)
    result = hub.init_hub(h)
    if args.json:
        print_json(result.as_json())
    else:
        head = translate("Cli", "Team hub created") if result.created else translate("Cli", "Team hub up to date")
        print(translate("Cli", "{head}: {hub} (schema {rev}, hub {version}), {n} projects.").format(
            head=head, hub=result.hub, rev=result.revision, version=result.schema_version, n=result.projects))
    return 0


def _print_transfer(r: TransferResult) -> None:
    from evaltool.sync import table_label

    t = r.totals
    if r.direction == "push":
        line = translate("Cli", "Pushed “{name}” to {hub}: {new} of {sent} changes were new there.")
    else:
        line = translate("Cli", "Pulled “{name}” from {hub}: {new} of {sent} changes were new here.")
    print(line.format(name=r.project_name, hub=r.hub, new=r.changes_new, sent=r.changes_sent))
    if r.project_created and r.direction == "push":
        print(translate("Cli", "The project is new on the hub and was created there."))
    elif r.project_created:
        print(translate("Cli", "The project is new on this laptop and was created."))
    print(translate("Cli", "records: {new} new, {changed} changed, {unchanged} unchanged, {conflicting} conflicting").format(
        new=t.new, changed=t.changed, unchanged=t.unchanged, conflicting=t.conflicting))
    for table, c in sorted(r.tables.items()):
        if c.new or c.changed or c.conflicting:
            print(f"  {table_label(table)}: +{c.new} ~{c.changed} ={c.unchanged} !{c.conflicting}")
    if r.evidence_files:
        print(translate("Cli", "evidence files: {n} moved ({mb} MB)").format(n=r.evidence_files, mb=_mb(r.evidence_bytes)))
    if r.evidence_missing:
        where = translate("Cli", "this laptop") if r.direction == "pull" else translate("Cli", "this laptop's store")
        print(translate("Cli", "Warning: {n} evidence files are not in {where}.").format(n=r.evidence_missing, where=where))
    if t.conflicting and r.direction == "pull":
        print(translate("Cli", "Resolve conflicts with “evaltool sync conflicts {project}”.").format(project=r.project_id))


def cmd_push(args: argparse.Namespace) -> int:
    from evaltool import hub

    db = open_db(args)
    r = hub.push_project(db, _hub(args), args.project, progress=text_progress(translate("Cli", "Pushing")))
    if args.json:
        print_json(r.as_json())
    else:
        _print_transfer(r)
    return 0


def cmd_pull(args: argparse.Namespace) -> int:
    from evaltool import hub

    db = open_db(args)
    h = _hub(args)
    refs = [args.project] if args.project else hub.shared_projects(db, h)
    results = [hub.pull_project(db, h, ref, evidence=args.evidence, items=args.item or None,
                                progress=text_progress(translate("Cli", "Pulling"))) for ref in refs]
    if args.json:
        print_json(results[0].as_json() if args.project else [r.as_json() for r in results])
        return 0
    if not results:
        print(translate("Cli", "No project of this laptop is on the hub yet (evaltool hub push PROJECT)."))
    for r in results:
        _print_transfer(r)
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from evaltool import hub

    db = open_db(args)
    r = hub.sync_project(db, _hub(args), args.project, evidence=args.evidence,
                         progress=text_progress(translate("Cli", "Syncing")))
    if args.json:
        print_json(r.as_json())
    else:
        _print_transfer(r.push)
        _print_transfer(r.pull)
    return 0


def _status_text(status: str) -> str:
    return {
        "setup": translate("Hub", "not scored yet"),
        "scoring": translate("Hub", "scoring"),
        "scored": translate("Hub", "scored"),
        "signed_off": translate("Hub", "signed off"),
        "deleted": translate("Hub", "deleted"),
    }.get(status, status)


def cmd_projects(args: argparse.Namespace) -> int:
    from evaltool import hub

    rows = hub.list_portfolio(_hub(args))
    if args.json:
        print_json([r.as_json() for r in rows])
        return 0
    if not rows:
        print(translate("Cli", "No project you may read is on the hub yet."))
    for r in rows:
        total = f"{r.total:.3f}" if r.total is not None and r.scored else "-"
        print(f"{r.id}  {r.name}  {_status_text(r.status)} {r.scored}/{r.leaves}  {total} {r.grade or ''}  "
              f"{'、'.join(r.evaluators)}  {r.pushed_at[:16].replace('T', ' ')}")
    return 0


def cmd_members(args: argparse.Namespace) -> int:
    from evaltool import hub

    h = _hub(args)
    if args.add:
        team = hub.add_member(h, args.project, args.add, args.as_role)
    elif args.remove:
        team = hub.remove_member(h, args.project, args.remove)
    else:
        team = hub.list_members(h, args.project)
    if args.json:
        print_json([m.as_json() for m in team])
    else:
        for m in team:
            print(f"{m.role_name}  {m.project_role}  {m.added_by}  {m.added_at[:16].replace('T', ' ')}")
    return 0


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{x * 100:.2f}%"


def cmd_report(args: argparse.Namespace) -> int:
    from evaltool import hub

    h = _hub(args)
    if args.search is not None:
        hits = hub.search(h, args.search)
        if args.json:
            print_json([x.as_json() for x in hits])
            return 0
        if not hits:
            print(translate("Cli", "Nothing found."))
        for x in hits:
            print(f"[{_kind_text(x.kind)}] {x.project} · {x.where}: {x.snippet}")
        return 0
    report = hub.portfolio_report(h, min_projects=max(args.min_projects, 1))
    if args.json:
        print_json(report.as_json())
        return 0
    _print_report(report)
    return 0


def _kind_text(kind: str) -> str:
    return {"comment": translate("Hub", "comment"), "narrative": translate("Hub", "narrative"),
            "evidence": translate("Hub", "evidence"), "problem": translate("Hub", "problem")}.get(kind, kind)


def _print_report(report: Any) -> None:
    mean = "-" if report.mean_total is None else f"{report.mean_total:.3f}"
    print(translate("Cli", "{n} projects; mean total {mean}").format(n=report.projects, mean=mean))
    print("  " + ", ".join(f"{_status_text(k)} {v}" for k, v in sorted(report.by_status.items())))
    if report.by_grade:
        print("  " + ", ".join(f"{k or '-'} {v}" for k, v in sorted(report.by_grade.items())))
    for st in report.indicators:
        sys.stdout.write(translate("Cli", "{name}: {projects} projects, score rate mean {mean}, median {median} "
                                   "({lo}–{hi}); points lost in {deducted}").format(
            name=st.name, projects=st.projects, mean=_pct(st.mean_rate), median=_pct(st.median_rate),
            lo=_pct(st.min_rate), hi=_pct(st.max_rate), deducted=st.deducted) + "\n")
        for reason in st.common_reasons:
            print(f"    {reason['count']}× {reason['comment']}")
