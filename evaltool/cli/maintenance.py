"""Commands that look after the data folder: backups, restore, device identity, cleanup."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from evaltool.cli import open_db, print_json, text_progress
from evaltool.i18n import translate


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("backups", parents=[common], help="list, make or restore backups of the database")
    bs = p.add_subparsers(dest="backups_command", metavar="ACTION", required=True)
    q = bs.add_parser("list", parents=[common], help="the backups kept, newest first")
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(func=cmd_list)
    q = bs.add_parser("create", parents=[common], help="make a backup now")
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(func=cmd_create)
    q = bs.add_parser("restore", parents=[common],
                      help="replace the database by a backup (the current one is kept as a backup; "
                           "the laptop takes a new identity)")
    q.add_argument("backup", help="a name from “backups list” (or a unique part of it), “latest”, or a file")
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(func=cmd_restore)

    p = sub.add_parser("reset-device", parents=[common],
                       help="give this laptop a new device identity (its history is kept)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_reset_device)

    p = sub.add_parser("cleanup", parents=[common],
                       help="remove temporary files a killed evaltool left, and evidence files nothing refers to")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_cleanup)


def _data_dir(args: argparse.Namespace) -> Path:
    from evaltool.paths import default_data_dir

    d = getattr(args, "data_dir", None)
    return Path(d) if d else default_data_dir()


def cmd_list(args: argparse.Namespace) -> int:
    from evaltool.backups import kind_label, status_label
    from evaltool.restore import backups_of

    rows = backups_of(_data_dir(args))
    if args.json:
        print_json([b.as_json() for b in rows])
        return 0
    if not rows:
        print(translate("Cli", "No backups yet."))
    for b in rows:
        print(f"{b.name}  {b.taken:%Y-%m-%d %H:%M}  {kind_label(b.kind)}  {b.size / 1e6:.1f} MB  {status_label(b.status)}")
    return 0


def cmd_create(args: argparse.Namespace) -> int:
    from evaltool.backups import take_backup

    db = open_db(args, backup="never")
    try:
        info = take_backup(db.path, "manual", progress=text_progress(translate("Cli", "Backing up")))
    finally:
        db.close()
    if args.json:
        print_json(info.as_json())
    else:
        print(info.path)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from evaltool.db import open_database
    from evaltool.restore import restore_backup

    data_dir = _data_dir(args)
    result = restore_backup(data_dir, args.backup, program="evaltool backups restore",
                            progress=text_progress(translate("Cli", "Restoring")))
    # Open it once now: the restored file takes its new identity before anything else runs.
    db = open_database(data_dir, backup="upgrade", program="evaltool backups restore")
    try:
        change = db.identity_change
        doc = {**result.as_json(), "device_id": db.device_id,
               "previous_device_id": change.old_device if change else None}
    finally:
        db.close()
    if args.json:
        print_json(doc)
    else:
        print(translate("Cli", "Restored {backup}.").format(backup=result.restored_from.name))
        if result.kept_aside is not None:
            print(translate("Cli", "The database it replaced is kept as {path}.").format(path=result.kept_aside))
        print(translate("Cli", "This laptop now has the device identity {new} (before: {old}).").format(
            new=doc["device_id"], old=doc["previous_device_id"] or "-"))
    return 0


def cmd_reset_device(args: argparse.Namespace) -> int:
    db = open_db(args, backup="never")
    try:
        change = db.new_identity("manual")
    finally:
        db.close()
    if args.json:
        print_json(change.as_json())
    else:
        print(change.new_device)
        sys.stderr.write(translate("Cli", "This laptop's device identity was {old}; its changes keep that identity, new ones are numbered under the new one.").format(
            old=change.old_device) + "\n")
    return 0


def cmd_cleanup(args: argparse.Namespace) -> int:
    from evaltool.cleanup import clean_at_start

    db = open_db(args, backup="never")
    try:
        report = clean_at_start(db)
    finally:
        db.close()
    if args.json:
        print_json(report.as_json())
        return 0
    for path in report.temp_files + report.evidence_files:
        print(path)
    sys.stderr.write(translate("Cli", "{n} temporary file(s) and {m} unreferenced evidence file(s) removed, {mb:.1f} MB freed.").format(
        n=len(report.temp_files), m=len(report.evidence_files), mb=report.bytes_freed / 1e6) + "\n")
    if not report.evidence_checked:
        sys.stderr.write(translate("Cli", "note: a backup could not be read, so no evidence file was removed.") + "\n")
    return 0
