"""Every command of ``evaltool``, run with bad arguments and with bad data: usage errors exit
2 with the command's usage, user errors exit 1 with a message, and no traceback ever
reaches the user (a bug would exit 70 and fail here). The commands are found by walking
the argparse tree, so a command added later is covered without editing this file.
"""
from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from evaltool.cli import EXIT_INTERNAL, build_parser, main

SKIP = {("",)}  # no command: the app


def _leaves(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield path, parser
        return
    for action in subs:
        for name, child in action.choices.items():
            yield from _leaves(child, (*path, name))


def _all_parsers(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    yield path, parser
    for a in parser._actions:
        if isinstance(a, argparse._SubParsersAction):
            for name, child in a.choices.items():
                yield from _all_parsers(child, (*path, name))


COMMANDS = sorted(p for p, _ in _leaves(build_parser()))


def _is_path(action: argparse.Action) -> bool:
    words = f"{action.dest} {action.metavar or ''}".lower()
    return any(w in words for w in ("file", "path", "dir", "folder", "out", "template", "legend", "package"))


def _argv(parser: argparse.ArgumentParser, value: str, path_value: str) -> list[str]:
    """The arguments a command requires, each given ``value`` (a choice: its first)."""
    out: list[str] = []
    positionals: list[str] = []
    chosen_groups = set()
    for group in parser._mutually_exclusive_groups:
        if group.required:
            chosen_groups.add(id(group._group_actions[0]))
    for a in parser._actions:
        if isinstance(a, (argparse._HelpAction, argparse._VersionAction, argparse._SubParsersAction)):
            continue
        v = str(a.choices[0]) if a.choices else (path_value if _is_path(a) else value)  # type: ignore[index]
        if not a.option_strings:
            n = a.nargs if isinstance(a.nargs, int) else 1
            if a.nargs in (argparse.OPTIONAL, argparse.ZERO_OR_MORE):
                n = 0
            positionals += [v] * n
        elif a.required or id(a) in chosen_groups:
            if isinstance(a, (argparse._StoreTrueAction, argparse._StoreFalseAction, argparse._StoreConstAction)):
                out.append(a.option_strings[0])
            else:
                out += [a.option_strings[0], v]
    return out + positionals


@pytest.fixture(scope="module")
def laptop(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    d = tmp_path_factory.mktemp("hostile-cli")
    data = d / "data"
    garbage = d / "garbage.xlsx"
    garbage.write_bytes(b"PK\x03\x04" + os.urandom(300))
    import io
    import sys

    out, sys.stdout = sys.stdout, io.StringIO()
    try:
        assert main(["--data-dir", str(data), "demo"]) == 0
    finally:
        sys.stdout = out
    return {"data": str(data), "garbage": str(garbage), "tmp": str(d)}


def _demo_id(data: str) -> str:
    """The live demo project now (the walk runs ``demo`` too, which makes a new one)."""
    from evaltool.db import open_database
    from evaltool.demo import find_demo_projects

    db = open_database(data)
    try:
        with db.read_session() as s:
            return find_demo_projects(s)[0].id
    finally:
        db.close()


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    rc = main(argv)
    err = capsys.readouterr().err
    return rc, err


def test_every_help_text_renders() -> None:
    """``--help`` of every command formats (a stray “%” in a help text used to crash)."""
    for path, parser in _all_parsers(build_parser()):
        assert parser.format_help().startswith("usage: evaltool"), path


@pytest.mark.parametrize("command", COMMANDS, ids=["-".join(c) for c in COMMANDS])
def test_unknown_option_is_a_usage_error(command: tuple[str, ...], laptop: dict[str, str],
                                         capsys: pytest.CaptureFixture[str]) -> None:
    rc, err = _run(["--data-dir", laptop["data"], *command, "--no-such-option"], capsys)
    assert rc == 2 and "usage: evaltool" in err and "Traceback" not in err


@pytest.mark.parametrize("command", COMMANDS, ids=["-".join(c) for c in COMMANDS])
def test_bad_data_never_crashes(command: tuple[str, ...], laptop: dict[str, str],
                                capsys: pytest.CaptureFixture[str]) -> None:
    """The required arguments given as nonsense, then as a real project with nonsense
    elsewhere, then as garbage files: a message and 1 (or 0, 2 for combinations argparse
    cannot express, 3 for a check that found problems), never a crash."""
    parser = dict(_leaves(build_parser()))[command]
    missing = str(Path(laptop["tmp"]) / "no such file.xlsx")
    for value, path_value in (("没有这个 \x01", missing), ("PID", laptop["garbage"]),
                              ("1e999", laptop["tmp"]), ("[[[[", laptop["garbage"])):
        argv = ["--data-dir", laptop["data"], *command, *_argv(parser, value, path_value)]
        if value == "PID":  # the project given right, so the command reaches its own checks
            pid = _demo_id(laptop["data"])
            argv = [pid if a == "PID" else a for a in argv]
        rc, err = _run(argv, capsys)
        assert rc in (0, 1, 2, 3), (argv, rc, err)  # 3: a check found problems (framework --check, import-sheet --strict, check)
        assert rc != EXIT_INTERNAL and "Traceback" not in err, (argv, err)
        if rc == 1:
            assert err.startswith("evaltool: ") and len(err.strip()) > len("evaltool: "), (argv, err)
        if rc == 2:
            assert "usage: evaltool" in err, (argv, err)


def test_a_bug_is_one_line_and_a_file_not_a_traceback(laptop: dict[str, str], capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import evaltool.cli.base as base

    def broken(_args: argparse.Namespace) -> int:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(base, "cmd_projects", broken)
    monkeypatch.delenv("EVALTOOL_DEBUG", raising=False)
    parser_defaults = build_parser()
    assert parser_defaults  # the parser binds cmd_projects when it is built: rebuild it in main
    rc, err = _run(["--data-dir", laptop["data"], "projects"], capsys)
    assert rc == EXIT_INTERNAL
    assert "Traceback" not in err and "ZeroDivisionError: a bug" in err
    report = Path(err.rsplit(" ", 1)[-1].strip().rstrip("."))
    assert report.is_file() and "ZeroDivisionError" in report.read_text(encoding="utf-8")
    report.unlink()


def test_a_file_the_system_refuses_is_a_message(laptop: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    """An OSError the command did not word itself (here: a folder given as the note's file)."""
    rc, err = _run(["--data-dir", laptop["data"], "evidence", "note", _demo_id(laptop["data"]), "--title", "访谈记录",
                    "--text-file", laptop["tmp"]], capsys)
    assert rc == 1 and "Traceback" not in err and laptop["tmp"] in err
