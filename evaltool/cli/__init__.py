"""The ``evaltool`` command: the app with no command, a headless tool otherwise.

Every subcommand drives the same core as the UI. Areas register their commands
from their own module (``evaltool/cli/<area>.py`` with ``register(sub, common)``).

Exit status: 0 ok; 1 an error the user can fix (``EvaltoolError``, or a file or folder
the system refused: a message on stderr naming it); 2 a usage error (argparse's, or
``UsageError`` raised by a command: the command's usage and the message); 130 Ctrl+C;
141 the reader of our output went away. No traceback reaches a user: anything else is
a bug, reported in one line with the file the details were written to (exit 70;
``EVALTOOL_DEBUG=1`` shows the traceback instead). ``tests/unit/test_hostile_cli.py``
runs every command with bad arguments and bad data to keep this true.
"""
from __future__ import annotations

import argparse
import contextlib
import gc
import importlib
import json
import os
import sys
import tempfile
import traceback
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from evaltool import __version__
from evaltool.errors import EvaltoolError
from evaltool.i18n import set_language, system_language, translate

# Exit status of a bug (BSD's EX_SOFTWARE): never 0, 1 or 2, so tests tell it apart.
EXIT_INTERNAL = 70


class UsageError(EvaltoolError):
    """A command given wrongly (options missing or contradicting each other, an argument
    that cannot be read): exit 2 with the command's usage, like argparse's own errors."""


def json_arg(what: str) -> Callable[[str], Any]:
    """An argparse ``type`` reading JSON through ``evaltool.validate.parse_json`` (size,
    depth, finite numbers, no control characters): text that is no JSON is a usage error."""

    def read(text: str) -> Any:
        from evaltool.validate import parse_json

        try:
            return parse_json(text, what)
        except EvaltoolError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    read.__name__ = "JSON"  # argparse names the type in its message
    return read


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
    ("whoami",): ("name", "role"), ("targets",): ("add",), ("rule",): ("set", "clear", "apply"),
    ("review",): ("state", "note", "resolve"), ("report-text",): ("set", "from_file"),
}
# The area of a command, so running it imports and registers that area only (a command
# starts faster: ``evaltool summary`` is timed in bench/run_all.py). A command not listed
# here, ``--help`` or a typo builds the whole parser, as before; tests/unit/test_cli_start.py
# checks that each listed command is registered by its area.
COMMANDS = {
    "demo": "base", "projects": "base", "whoami": "base",
    "framework": "framework", "import-sheet": "framework", "template": "framework",
    "audit": "scoring", "consolidation": "scoring", "final": "scoring", "flags": "scoring", "project-flag": "scoring",
    "review": "scoring", "rule": "scoring", "score": "scoring", "summary": "scoring",
    "evidence": "evidence", "survey": "survey", "export": "export", "report-text": "export",
    "archive": "sync", "sync": "sync", "project": "project", "problems": "project", "money": "money",
    "targets": "targets", "import-targets": "targets", "contract": "contract", "check": "check",
    "backups": "maintenance", "reset-device": "maintenance", "cleanup": "maintenance",
    "team": "team", "proposals": "team", "hub": "hub",
}
_VALUE_OPTIONS = ("--data-dir", "--lang")  # global options that take the next word as their value
# Allocations between two young-generation collections while a command runs (Python's
# default: 700). A command is a short process whose objects live until it ends: its modules,
# SQLAlchemy's mappers, the rows it reads; with the default the collector walks them again
# and again (a fifth of `evaltool summary` on a 1,000-leaf project). Cyclic garbage is still
# collected, every 50,000 allocations.
COMMAND_GC_THRESHOLD = 50_000


def _common_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help="data folder (default: EVALTOOL_DATA_DIR or the user data folder)")
    common.add_argument("--lang", choices=("zh_CN", "en"), default=argparse.SUPPRESS,
                        help="language of messages and exports")
    return common


def command_of(argv: Sequence[str]) -> str | None:
    """The command word of ``argv`` (the first word that is not a global option or its value);
    None when there is none or the top-level help is asked for first (it lists every command)."""
    skip = False
    for word in argv:
        if skip:
            skip = False
        elif word in _VALUE_OPTIONS:
            skip = True
        elif word in ("-h", "--help"):
            return None
        elif not word.startswith("-"):
            return word
    return None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole command line, or only the area of ``command`` when ``COMMANDS`` knows it."""
    common = _common_parser()
    parser = argparse.ArgumentParser(prog="evaltool", parents=[common],
                                     description="Performance evaluation workbench (绩效评价工作台).")
    parser.add_argument("--version", action="version", version=f"evaltool {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="open the window offscreen, build the demo in a temporary folder, export, exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    area_of = COMMANDS.get(command or "")
    for area in AREAS if area_of is None else (area_of,):
        try:
            mod = importlib.import_module(f"evaltool.cli.{area}")
        except ModuleNotFoundError as exc:
            if exc.name == f"evaltool.cli.{area}":
                continue
            raise
        mod.register(sub, common)
    _remember_parsers(parser)
    return parser


def _remember_parsers(parser: argparse.ArgumentParser) -> None:
    """Each (sub)command's parser in its defaults, so a ``UsageError`` prints its usage."""
    parser.set_defaults(_cli_parser=parser)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                _remember_parsers(child)


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


#: The databases ``open_db`` opened in this process (``run`` closes them before it ends).
OPENED: list[Any] = []


def open_db(args: argparse.Namespace, backup: str = "daily"):  # noqa: ANN201
    """The database for a command: read-only without the folder lock when the command only
    reads (``READ_ONLY_COMMANDS``), else with the lock, the daily backup when due, and the
    temporary files of a killed evaltool removed."""
    db = _open_db(args, backup)
    OPENED.append(db)
    return db


def _open_db(args: argparse.Namespace, backup: str):  # noqa: ANN202
    from evaltool.db import open_database

    data_dir = getattr(args, "data_dir", None)
    folder = Path(data_dir) if data_dir else None
    program = "evaltool " + " ".join(command_path(args))
    if reads_only(args):
        return open_database(folder, backup="upgrade", access="read", program=program, busy_timeout=CLI_BUSY_TIMEOUT_S)
    from evaltool.cleanup import clean_data_folder  # (commands that only read leave the folder alone)

    db = open_database(folder, backup=backup, program=program, busy_timeout=CLI_BUSY_TIMEOUT_S)
    clean_data_folder(db.data_dir)
    return db


def print_json(doc: Any) -> None:
    sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2, default=str) + "\n")


def read_text_arg(path: str, what: str) -> str:
    """The text of a file named on the command line (``-``: standard input) for ``what``
    (“an evidence note”): at most ``evaltool.validate.MAX_NOTE_BYTES``, decoded by
    ``evaltool.textio``, control characters removed — and said on stderr."""
    from evaltool.textio import decode
    from evaltool.validate import MAX_NOTE_BYTES, clean_text, read_text_file

    if path == "-":
        data = sys.stdin.buffer.read(MAX_NOTE_BYTES + 1)
        if len(data) > MAX_NOTE_BYTES:
            raise EvaltoolError(translate("Cli", "The standard input is too long for {what} (more than {max} MB).").format(
                what=what, max=MAX_NOTE_BYTES // (1024 * 1024)))
        text, removed = clean_text(decode(data, "-").text.replace("\r\n", "\n"))
    else:
        text, removed = read_text_file(path, what)
    if removed:
        sys.stderr.write(translate("Cli", "{file}: {n} characters that are not text (control characters) were left out.").format(
            file=path, n=removed) + "\n")
    return text


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
    with contextlib.suppress(AttributeError, ValueError):  # a file name in another encoding must not crash a print
        sys.stdout.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(command_of(argv))
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: usage errors exit 2, --help/--version exit 0
        return int(exc.code or 0)
    set_language(getattr(args, "lang", None) or os.environ.get("EVALTOOL_LANG") or system_language())
    if args.command is None:
        return _launch_app(args)
    gc.set_threshold(COMMAND_GC_THRESHOLD, *gc.get_threshold()[1:])
    from sqlalchemy.exc import OperationalError

    try:
        return int(args.func(args) or 0)
    except UsageError as exc:
        try:
            getattr(args, "_cli_parser", parser).error(str(exc))  # usage and message on stderr, exit 2
        except SystemExit as done:
            return int(done.code or 2)
        return 2
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
    except OSError as exc:
        # a file or folder the command was given: missing, not allowed, a full disk
        sys.stderr.write("evaltool: " + os_error_text(exc) + "\n")
        return 1
    except Exception as exc:  # noqa: BLE001 - the one boundary: a bug is reported, never a traceback
        return _internal_error(exc)


def run() -> int:
    """The ``evaltool`` program (the console script, ``python -m evaltool``, the frozen build):
    ``main`` with this process's arguments, then an exit without the collector's last walk.

    When a process ends, Python collects garbage once more over every object still there —
    modules, SQLAlchemy's mappers, the rows a command read: 0.1–0.2 s after a summary of a
    large project, for a process about to end. Frozen objects are left out of that walk, so
    the databases the command opened are closed first (their connections, which also folds
    SQLite's write-ahead log into the file, and the folder's lock).
    """
    rc = main()
    while OPENED:
        OPENED.pop().close()
    gc.freeze()
    return rc


def os_error_text(exc: OSError) -> str:
    """An operating-system error in words, naming the file: “report.docx: Permission denied”."""
    what = exc.strerror or str(exc)
    names = [str(n) for n in (exc.filename, exc.filename2) if n is not None]
    return (" → ".join(names) + ": " + what) if names else what


def _internal_error(exc: BaseException) -> int:
    """A bug: one line for the user, the traceback in a file for the report."""
    if os.environ.get("EVALTOOL_DEBUG"):
        raise exc
    details = "".join(traceback.format_exception(exc))
    where = ""
    try:
        fd, name = tempfile.mkstemp(prefix=f"evaltool-error-{datetime.now():%Y%m%d-%H%M%S}-", suffix=".txt")
        with os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace") as fh:
            fh.write(f"evaltool {__version__}\n{' '.join(sys.argv)}\n\n{details}")
        where = name
    except OSError:
        where = "-"
    sys.stderr.write("evaltool: " + translate("Cli", "internal error ({error}). This is a bug in evaltool, not a "
                                              "mistake of yours; please report it with the file {file}.").format(
        error=f"{type(exc).__name__}: {str(exc)[:200]}", file=where) + "\n")
    return EXIT_INTERNAL
