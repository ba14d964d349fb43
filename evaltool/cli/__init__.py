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
from evaltool.i18n import set_language, system_language

# Areas that add commands; each module defines register(subparsers, common).
AREAS = ("base", "framework", "scoring", "evidence", "survey", "export", "sync", "contract", "check")
# The area of a command, so running it imports and registers that area only (a command
# starts faster: ``evaltool summary`` is timed in bench/run_all.py). A command not listed
# here, ``--help`` or a typo builds the whole parser, as before; tests/unit/test_cli_start.py
# checks that each listed command is registered by its area.
COMMANDS = {
    "demo": "base", "projects": "base", "whoami": "base",
    "framework": "framework", "import-sheet": "framework", "template": "framework",
    "audit": "scoring", "consolidation": "scoring", "final": "scoring", "flags": "scoring", "money": "scoring",
    "project-flag": "scoring", "review": "scoring", "rule": "scoring", "score": "scoring", "summary": "scoring",
    "targets": "scoring",
    "evidence": "evidence", "survey": "survey", "export": "export", "report-text": "export",
    "archive": "sync", "sync": "sync", "contract": "contract", "check": "check",
}
_VALUE_OPTIONS = ("--data-dir", "--lang")  # global options that take the next word as their value


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
    return parser


def open_db(args: argparse.Namespace, backup: str = "upgrade"):  # noqa: ANN201
    from evaltool.db import open_database

    data_dir = getattr(args, "data_dir", None)
    return open_database(Path(data_dir) if data_dir else None, backup=backup)


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
    parser = build_parser(command_of(argv))
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: usage errors exit 2, --help/--version exit 0
        return int(exc.code or 0)
    set_language(getattr(args, "lang", None) or os.environ.get("EVALTOOL_LANG") or system_language())
    if args.command is None:
        return _launch_app(args)
    try:
        return int(args.func(args) or 0)
    except EvaltoolError as exc:
        sys.stderr.write(f"evaltool: {exc}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("evaltool: interrupted\n")
        return 130
    except BrokenPipeError:
        # the reader went away (`evaltool summary P | head`): not an error worth a traceback
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
        return 141
