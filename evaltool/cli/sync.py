"""Commands of USB sync: ``sync export|import|conflicts|resolve|peers|history|devices|require`` and
``archive export|open`` (a whole project with all its evidence in one file)."""
from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from evaltool.cli import UsageError, open_db, print_json, text_progress
from evaltool.i18n import translate

if TYPE_CHECKING:
    from evaltool.db import Database
    from evaltool.sync import ImportSummary

# ``evaltool.sync`` is imported inside the commands: the CLI registers every area's
# commands at start, and only the one run should pay for importing its area.


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p_sync = sub.add_parser("sync", parents=[common], help="exchange work with other laptops (USB sync packages)")
    ss = p_sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)

    p = ss.add_parser("export", parents=[common], help="write a sync package of a project; prints its path")
    p.add_argument("project", help="project id or exact name")
    p.add_argument("--out", required=True, metavar="DIR", help="folder to write to (e.g. the USB drive)")
    p.add_argument("--for", dest="for_device", metavar="DEVICE",
                   help="only what this laptop (device id, prefix or name) has not seen yet")
    p.add_argument("--passphrase-file", metavar="FILE", help="encrypt with the team passphrase in this file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_export)

    p = ss.add_parser("import", parents=[common], help="merge a sync package; prints what changed")
    p.add_argument("file")
    p.add_argument("--passphrase-file", metavar="FILE", help="team passphrase of an encrypted package")
    p.add_argument("--dry-run", action="store_true", help="only count what would change")
    p.add_argument("--project", help="refuse the package unless it belongs to this project")
    p.add_argument("--trust-signer", metavar="FINGERPRINT",
                   help="the sender's key fingerprint, checked with them: import from a laptop not known yet and trust it")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import)

    p = ss.add_parser("conflicts", parents=[common], help="list a project's open conflicts")
    p.add_argument("project")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_conflicts)

    p = ss.add_parser("resolve", parents=[common], help="settle a conflict with one of its values or a merged one")
    p.add_argument("project")
    p.add_argument("key", help="conflict key table/record/field (from “sync conflicts”)")
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--choose", metavar="CHANGE", help="id (or prefix) of the value to keep")
    g.add_argument("--value", help="the merged value to write")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_resolve)

    p = ss.add_parser("peers", parents=[common], help="laptops packages came from, and what they hold")
    p.add_argument("--project", help="only what they hold of this project")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_peers)

    p = ss.add_parser("history", parents=[common], help="packages written and read for a project")
    p.add_argument("project")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_history)

    p = ss.add_parser("devices", parents=[common],
                      help="laptops whose signed packages a project accepts; confirm or revoke one")
    p.add_argument("project")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--confirm", metavar="DEVICE", help="trust this laptop (id, prefix or name); needs --fingerprint")
    g.add_argument("--revoke", metavar="DEVICE", help="refuse this laptop's packages from now on (lead only)")
    p.add_argument("--fingerprint", metavar="FINGERPRINT", help="the key fingerprint, checked with the laptop's owner")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_devices)

    p = ss.add_parser("require", parents=[common],
                      help="require encrypted packages signed by a trusted laptop (lead only)")
    p.add_argument("project")
    p.add_argument("state", choices=("on", "off"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_require)

    p_arch = sub.add_parser("archive", parents=[common], help="a whole project with its evidence in one file")
    sa = p_arch.add_subparsers(dest="archive_command", metavar="ACTION", required=True)
    p = sa.add_parser("export", parents=[common], help="write the project archive; prints its path")
    p.add_argument("project")
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument("--passphrase-file", metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_archive_export)
    p = sa.add_parser("open", parents=[common], help="open an archive here (creates the project with the same ids)")
    p.add_argument("file")
    p.add_argument("--passphrase-file", metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_archive_open)


def _passphrase(args: argparse.Namespace) -> str | None:
    from evaltool.sync import read_passphrase_file

    return read_passphrase_file(args.passphrase_file) if args.passphrase_file else None


def _export(args: argparse.Namespace, kind: str, for_device: str | None) -> int:
    from evaltool import sync

    db = open_db(args)
    result = sync.export_package(db, args.project, args.out, for_device=for_device,
                                 passphrase=_passphrase(args), kind=kind,
                                 progress=text_progress(translate("Cli", "Writing")))
    if args.json:
        print_json(result.as_json())
    else:
        print(result.path)
        sys.stderr.write(translate("Cli", "{changes} changes, {blobs} evidence files, {size} bytes{enc}.").format(
            changes=result.changes, blobs=result.blobs, size=result.size,
            enc=translate("Cli", ", encrypted") if result.encrypted else "") + "\n")
        if result.blobs_missing:
            sys.stderr.write(translate("Cli", "Warning: {n} evidence files are missing from this laptop's store "
                                       "and were not included.").format(n=result.blobs_missing) + "\n")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    return _export(args, "sync", args.for_device)


def cmd_archive_export(args: argparse.Namespace) -> int:
    return _export(args, "archive", None)


def _print_summary(summary: ImportSummary) -> None:
    from evaltool.changelog import CLOCK_TOLERANCE_MS
    from evaltool.sync import table_label

    t = summary.totals
    head = translate("Cli", "Would import") if summary.dry_run else translate("Cli", "Imported")
    print(translate("Cli", "{head} {path}: project “{project}” from {sender} ({evaluator})").format(
        head=head, path=summary.path, project=summary.project_name, sender=summary.sender_name or summary.sender_device[:8],
        evaluator=summary.sender_evaluator or "-"))
    if summary.project_created:
        print(translate("Cli", "The project is new on this laptop and is created."))
    print(translate("Cli", "changes: {new} new of {total}").format(new=summary.changes_new, total=summary.changes_total))
    print(translate("Cli", "records: {new} new, {changed} changed, {unchanged} unchanged, {conflicting} conflicting").format(
        new=t.new, changed=t.changed, unchanged=t.unchanged, conflicting=t.conflicting))
    for table, c in sorted(summary.tables.items()):
        if c.new or c.changed or c.conflicting:
            print(f"  {table_label(table)}: +{c.new} ~{c.changed} ={c.unchanged} !{c.conflicting}")
    if summary.blobs_in_package and summary.dry_run:
        print(translate("Cli", "evidence files: would add {added} of {n} in the package").format(
            added=summary.blobs_added, n=summary.blobs_in_package))
    elif summary.blobs_in_package:
        print(translate("Cli", "evidence files: {added} added of {n} in the package").format(
            added=summary.blobs_added, n=summary.blobs_in_package))
    if summary.evidence_missing:
        print(translate("Cli", "Warning: {n} evidence files of this project are not on this laptop yet.").format(
            n=summary.evidence_missing))
    if summary.text_cleaned:
        print(translate("Cli", "Warning: {n} values from the other laptop were cleaned: control characters (invisible, not text) "
                        "removed, numbers that are not finite left empty.").format(n=len(summary.text_cleaned)))
    v = summary.signer
    if v.status == "unsigned":
        print(translate("Cli", "signed by: nobody (an unsigned package)"))
    else:
        state = {"own": translate("Cli", "this laptop"), "trusted": translate("Cli", "trusted"),
                 "unknown": translate("Cli", "NOT KNOWN in this project"),
                 "confirmed": translate("Cli", "confirmed now"),
                 "new project": translate("Cli", "the laptop this project came from, now trusted")}.get(v.status, v.status)
        print(translate("Cli", "signed by: {name} ({device}), key {fingerprint} — {state}").format(
            name=v.device_name or "-", device=v.device_id[:8], fingerprint=v.fingerprint, state=state))
    for w in v.warnings:
        print(translate("Cli", "Warning: {text}").format(text=w))
    if t.conflicting:
        print(translate("Cli", "Resolve conflicts with “evaltool sync conflicts {project}”.").format(
            project=summary.project_id))
    if summary.proposals:
        print(translate("Cli", "{n} changes were made by someone whose role does not allow them: kept as proposals "
                               "for the team lead (“evaltool proposals {project}”), not applied.").format(
            n=summary.proposals, project=summary.project_id))
    if summary.future_changes:
        sys.stderr.write(translate("Cli", "Warning: {n} changes are dated more than {minutes} minutes ahead of this "
                                          "computer's clock (up to {latest} UTC): the sender's clock or this one is "
                                          "wrong. They were imported; this laptop's clock was not moved.").format(
            n=summary.future_changes, minutes=CLOCK_TOLERANCE_MS // 60000,
            latest=(summary.future_latest or "")[:16].replace("T", " ")) + "\n")


def _import(args: argparse.Namespace, dry_run: bool, expect: str | None) -> int:
    from evaltool import sync

    db = open_db(args)
    if expect:
        from evaltool.projects import find_project

        with db.read_session() as s:
            expect = find_project(s, expect).id
    summary = sync.import_package(db, args.file, passphrase=_passphrase(args), dry_run=dry_run,
                                  expect_project=expect, progress=text_progress(translate("Cli", "Checking")),
                                  trust_signer=getattr(args, "trust_signer", None))
    if args.json:
        print_json(summary.as_json())
    else:
        _print_summary(summary)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    return _import(args, args.dry_run, args.project)


def cmd_archive_open(args: argparse.Namespace) -> int:
    return _import(args, False, None)


def cmd_conflicts(args: argparse.Namespace) -> int:
    from evaltool import sync
    from evaltool.projects import find_project

    db = open_db(args)
    with db.read_session() as s:
        pid = find_project(s, args.project).id
        rows = sync.list_conflicts(s, pid)
    if args.json:
        print_json([c.as_json() for c in rows])
        return 0
    if not rows:
        print(translate("Cli", "No open conflicts."))
    for c in rows:
        print(f"{c.key}  {sync.table_label(c.table)} “{c.record}” · {c.field}")
        for o in c.options:
            mark = "*" if o.current else " "
            print(f"   {mark} {o.change_id[:8]}  {o.display}  — {o.evaluator_name or '?'}, {o.at}")
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    from evaltool import sync
    from evaltool.projects import find_project

    db = open_db(args)
    with db.session() as s:
        pid = find_project(s, args.project).id
        if args.choose is not None:
            sync.resolve_conflict(s, pid, args.key, choose=args.choose)
        else:
            sync.resolve_conflict(s, pid, args.key, value=args.value)
    if args.json:
        print_json({"resolved": args.key})
    else:
        print(translate("Cli", "Resolved {key}.").format(key=args.key))
    return 0


def cmd_peers(args: argparse.Namespace) -> int:
    from evaltool import sync
    from evaltool.projects import find_project

    db = open_db(args)
    with db.read_session() as s:
        pid = find_project(s, args.project).id if args.project else None
        rows = sync.list_peers(s, pid)
    if args.json:
        print_json([p.as_json() for p in rows])
    else:
        if not rows:
            print(translate("Cli", "No packages received yet."))
        for p in rows:
            print(f"{p.device_id}  {p.name}  {p.updated_at}")
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    from evaltool import sync
    from evaltool.projects import find_project

    db = open_db(args)
    with db.read_session() as s:
        pid = find_project(s, args.project).id
        rows = sync.list_exchanges(s, pid)
    if args.json:
        print_json([e.as_json() for e in rows])
    else:
        for e in rows:
            print(f"{e.at}  {e.direction:6}  {e.peer_name or e.peer_device[:8] or '-'}  {e.path}")
    return 0


def _my_key(db: Database) -> tuple[str, str]:
    from evaltool.sync.exchange import signer_of

    signer = signer_of(db)
    return signer.device_name, signer.public_key


def cmd_devices(args: argparse.Namespace) -> int:
    from evaltool.projects import find_project
    from evaltool.sync import trust

    db = open_db(args)
    if args.confirm and not args.fingerprint:
        raise UsageError(translate("Cli", "sync devices --confirm needs --fingerprint: the fingerprint you checked "
                                   "with the laptop's owner."))
    _name, key = _my_key(db)
    if args.confirm or args.revoke:
        with db.session() as s:
            pid = find_project(s, args.project).id
            if args.confirm:
                where = trust.confirm_device(s, pid, args.confirm, args.fingerprint, db.evaluator_id)
                done = translate("Cli", "Trusted for the whole team (the project's roster).") if where == "roster" \
                    else translate("Cli", "Trusted on this laptop (only the lead's confirmation reaches the team).")
            else:
                trust.revoke_device(s, pid, args.revoke, db.evaluator_id)
                done = translate("Cli", "Revoked: its packages are refused from now on.")
        if not args.json:
            print(done)
    with db.read_session() as s:
        info = trust.project_security(s, find_project(s, args.project).id, db.device_id, key)
    if args.json:
        print_json(info.as_json())
        return 0
    print(translate("Cli", "Packages must be encrypted and signed by a trusted laptop: {state}").format(
        state=translate("Cli", "yes") if info.require_signed else translate("Cli", "no")))
    states = {"this laptop": translate("Cli", "this laptop"), "trusted": translate("Cli", "trusted (roster)"),
              "confirmed": translate("Cli", "trusted (this laptop)"), "seen": translate("Cli", "seen, not confirmed"),
              "revoked": translate("Cli", "revoked")}
    for d in info.devices:
        print(f"{d.device_id}  {d.fingerprint}  {states.get(d.state, d.state)}  {d.name}")
    return 0


def cmd_require(args: argparse.Namespace) -> int:
    from evaltool.projects import find_project
    from evaltool.sync import trust

    db = open_db(args)
    name, key = _my_key(db)
    with db.session() as s:
        pid = find_project(s, args.project).id
        trust.set_require_signed(s, pid, args.state == "on", db.evaluator_id, db.device_id, name, key)
    if args.json:
        print_json({"project_id": pid, "require_signed": args.state == "on"})
    elif args.state == "on":
        print(translate("Cli", "From now on packages of this project must be encrypted and signed by a trusted laptop."))
    else:
        print(translate("Cli", "Packages of this project no longer need to be encrypted and signed."))
    return 0
