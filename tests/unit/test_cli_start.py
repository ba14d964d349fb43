"""A command imports only its own area of the command line (start-up time: issue 20), and
every command the fast path knows is registered by the area it names."""
from __future__ import annotations

import argparse
import ast
import importlib
import json
import os
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


# What `evaltool summary` has no use for: the other areas' machinery, heavy libraries, the
# model modules of other tables. Importing any of them again would slow every summary down
# (bench/run_all.py row summary_cli) without a test failing otherwise.
NOT_FOR_A_SUMMARY = (
    "PySide6", "alembic", "openpyxl", "docx", "lxml", "mako", "psycopg", "psycopg2",
    "evaltool.hub", "evaltool.sync", "evaltool.survey", "evaltool.tally", "evaltool.export", "evaltool.check",
    "evaltool.evidence", "evaltool.cleanup", "evaltool.contracts", "evaltool.models.contract",
    "evaltool.models.survey", "evaltool.models.proposals", "evaltool.money",
)


def test_summary_imports_only_what_it_needs(tmp_path) -> None:
    """The demo's summary (seed 000: 81.415, 良) printed by a fresh process that imports none
    of ``NOT_FOR_A_SUMMARY``."""
    env = {**os.environ, "EVALTOOL_LANG": "zh_CN"}
    demo = subprocess.run([sys.executable, "-m", "evaltool", "--data-dir", str(tmp_path), "demo", "--json"],
                          capture_output=True, text=True, check=True, env=env)
    pid = json.loads(demo.stdout)["project_id"]
    # the program closed its database before ending (its exit skips the last garbage collection):
    # SQLite's write-ahead log is folded into the file, nothing is left beside it
    assert sorted(p.name for p in tmp_path.glob("evaltool.sqlite*")) == ["evaltool.sqlite"]
    code = ("import sys; from evaltool.cli import main; rc = main(['--data-dir', sys.argv[1], 'summary', sys.argv[2]]); "
            "print(rc, sorted(m for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path), pid], capture_output=True, text=True,
                         check=True, env=env).stdout.splitlines()
    assert "合计       100  81.415  81.42%" in out and "等级：良" in out
    rc, _, modules = out[-1].partition(" ")
    imported = set(ast.literal_eval(modules))
    assert rc == "0" and "evaltool.scoring.totals" in imported
    assert sorted(m for m in imported if m.split(".")[0] in NOT_FOR_A_SUMMARY
                  or any(m == n or m.startswith(n + ".") for n in NOT_FOR_A_SUMMARY)) == []
