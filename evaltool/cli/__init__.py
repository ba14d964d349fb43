"""The ``evaltool`` command: the app with no command, a headless tool otherwise.

Every subcommand drives the same core as the UI. Areas register their commands
from their own module (``evaltool/cli/<area>.py`` with ``register(sub, common)``).
Exit status: 0 ok, 1 an error the user can fix (message on stderr), 2 usage.
"""
from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from evaltool import __version__
from evaltool.errors import EvaltoolError
from evaltool.i18n import set_language, system_language, translate

# Areas that add commands; each module defines register(subparsers, common).
AREAS = ("base", "framework", "scoring", "evidence", "survey", "export", "sync", "project", "money", "targets",
         "contract", "check", "maintenance", "team", "hub")
# How long a command waits for SQLite's lock held by another program before it says so
# (seconds). Other evaltool programs are told apart at once by the data folder's lock.
CLI_BUSY_TIMEOUT_S = 5.0
# Commands that only read the database: they run while the app (or a writing command)
# holds the data folder, reading what was last committed (SQLite's WAL lets readers in);
# their connections refuse any write. Every other command writes: it takes the folder's
# lock and is refused at once, with a message naming the holder, while another has it.
# A command that shows or sets reads only when none of its setting options is given.
READ_ONLY_COMMANDS: dict[tuple[str, ...], tuple[str, ...]] = {
    ("projects",): (), ("summary",): (), ("flags",): (), ("audit",): (), ("framework",): (),
    ("export",): (), ("check",): ("dismiss", "reopen"), ("money",): ("line", "remove_line", "definition", "apply_rules"),
    ("project",): ("set",), ("problems",): ("draft", "add", "edit", "delete"),
    ("contract", "list"): (), ("contract", "payment"): (), ("evidence", "list"): (), ("evidence", "verify"): (),
    ("evidence", "register"): (), ("template", "list"): (), ("template", "show"): (),
    ("survey", "templates"): (), ("survey", "list"): (), ("survey", "tally"): (), ("survey", "charts"): (),
    ("survey", "export-form"): (), ("sync", "conflicts"): (), ("sync", "peers"): (), ("sync", "history"): (),
    ("backups", "list"): (),
    ("whoami",): ("name", "role"), ("targets",): ("add",), ("rule",): ("set", "clear"),
    ("review",): ("state", "note", "resolve"), ("report-text",): ("set", "from_file"),
}


def _common_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help="data folder (default: EVALTOOL_DATA_DIR or the user data folder)")
    common.add_argument("--lang", choices=("zh_CN", "en"), default=argparse.SUPPRESS,
                        help="language of messages and exports")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common_parser()
    parser = argparse.ArgumentParser(prog="evaltool", parents=[common],
                                     description="Performance evaluation workbench (绩效评价工作台).")
    parser.add_argument("--version", action="version", version=f"evaltool {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="open the window offscreen, build the demo in a temporary folder, export, exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for area in AREAS:
        try:
            mod = importlib.import_module(f"evaltool.cli.{area}")
        except ModuleNotFoundError as exc:
            if exc.name == f"evaltool.cli.{area}":
                continue
            raise
        mod.register(sub, common)
    return parser


def command_path(args: argparse.Namespace) -> tuple[str, ...]:
    """The command and its action as typed, e.g. ("sync", "import")."""
    path = [args.command] if getattr(args, "command", None) else []
    sub = getattr(args, f"{(args.command or '').replace('-', '_')}_command", None)
    if sub:
        path.append(sub)
    return tuple(path)


def reads_only(args: argparse.Namespace) -> bool:
    setters = READ_ONLY_COMMANDS.get(command_path(args))
    if setters is None:
        return False
    return not any(getattr(args, name, None) not in (None, False, "", []) for name in setters)


def open_db(args: argparse.Namespace, backup: str = "daily"):  # noqa: ANN201
    """The database for a command: read-only without the folder lock when the command only
    reads (``READ_ONLY_COMMANDS``), else with the lock, the daily backup when due, and the
    temporary files of a killed evaltool removed."""
    from evaltool.cleanup import clean_data_folder
    from evaltool.db import open_database

    data_dir = getattr(args, "data_dir", None)
    folder = Path(data_dir) if data_dir else None
    program = "evaltool " + " ".join(command_path(args))
    if reads_only(args):
        return open_database(folder, backup="upgrade", access="read", program=program, busy_timeout=CLI_BUSY_TIMEOUT_S)
    db = open_database(folder, backup=backup, program=program, busy_timeout=CLI_BUSY_TIMEOUT_S)
    clean_data_folder(db.data_dir)
    return db


def print_json(doc: Any) -> None:
    sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2, default=str) + "\n")


def text_progress(label: str) -> Callable[[int, int], None]:
    """A progress(done, total) callback drawing a bar on stderr (only on a terminal)."""
    tty = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if not tty or total <= 0:
            return
        width = 30
        filled = int(width * done / total)
        sys.stderr.write(f"\r{label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return progress


def _launch_app(args: argparse.Namespace) -> int:
    # Imported by name so the core's import graph never reaches Qt (see tests/unit/test_layers.py).
    app_mod = importlib.import_module("evaltool.ui.app")
    return int(app_mod.run(args))


def main(argv: Sequence[str] | None = None) -> int:
    for stream in ("stdout", "stderr"):  # the windowed evaltool.exe has neither (docs/packaging.md)
        if getattr(sys, stream) is None:
            setattr(sys, stream, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: usage errors exit 2, --help/--version exit 0
        return int(exc.code or 0)
    set_language(getattr(args, "lang", None) or os.environ.get("EVALTOOL_LANG") or system_language())
    if args.command is None:
        return _launch_app(args)
    from sqlalchemy.exc import OperationalError

    try:
        return int(args.func(args) or 0)
    except EvaltoolError as exc:
        sys.stderr.write(f"evaltool: {exc}\n")
        return 1
    except OperationalError as exc:
        # SQLite's lock held by a foreign program past the busy timeout, where no session
        # worded it (evaltool.db words it in sessions): a message, never a traceback.
        if "locked" not in str(exc) and "busy" not in str(exc):
            raise
        sys.stderr.write("evaltool: " + translate("Errors", "The database is locked by another program. Close programs that have it open (a database viewer, another evaltool) and try again; nothing was changed.") + "\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("evaltool: interrupted\n")
        return 130
    except BrokenPipeError:
        # the reader went away (`evaltool summary P | head`): not an error worth a traceback
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
        return 141
