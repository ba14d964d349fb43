"""A command imports only its own area of the command line (start-up time: issue 20), and
every command the fast path knows is registered by the area it names."""
from __future__ import annotations

import argparse
import importlib
import subprocess
import sys

import pytest

from evaltool.cli import AREAS, COMMANDS, _common_parser, build_parser, command_of, main


def _registered() -> dict[str, str]:
    common = _common_parser()
    sub = argparse.ArgumentParser().add_subparsers(dest="command")
    owner: dict[str, str] = {}
    for area in AREAS:
        importlib.import_module(f"evaltool.cli.{area}").register(sub, common)
        for name in sub.choices:
            owner.setdefault(name, area)
    return owner


def test_each_known_command_is_registered_by_its_area() -> None:
    owner = _registered()
    assert {c: owner.get(c) for c in COMMANDS} == COMMANDS
    assert {"summary", "export", "sync", "survey", "evidence"} <= set(COMMANDS)


@pytest.mark.parametrize(("argv", "command"), [
    (["summary", "P"], "summary"),
    (["--data-dir", "/tmp/x", "--lang", "en", "summary", "P", "--json"], "summary"),
    (["--data-dir=/tmp/x", "sync", "import", "f"], "sync"),
    (["--help", "summary"], None),
    (["--version"], None),
    ([], None),
])
def test_the_command_word_is_found(argv: list[str], command: str | None) -> None:
    assert command_of(argv) == command


def test_a_known_command_builds_its_area_only_and_the_rest_still_works(capsys: pytest.CaptureFixture[str]) -> None:
    sub = next(a for a in build_parser("summary")._actions if isinstance(a, argparse._SubParsersAction))
    assert set(sub.choices) == {c for c, area in COMMANDS.items() if area == "scoring"}
    full = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    assert set(COMMANDS) <= set(full.choices)
    assert main(["no-such-command"]) == 2  # a typo: the whole parser says which commands exist
    assert "summary" in capsys.readouterr().err


def test_summary_does_not_load_the_other_areas(tmp_path) -> None:
    code = ("import sys; from evaltool.cli import main; main(['--data-dir', sys.argv[1], 'projects']); "
            "print(sorted(m for m in sys.modules if m.startswith('evaltool.cli.')))")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "['evaltool.cli.base']"
