"""The command line, run as a user would (a separate process, a temporary data folder)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import evaltool


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(check=False, args=[sys.executable, "-m", "evaltool", *args], capture_output=True, text=True,
                          timeout=300, env={**os.environ, **(env or {})})


def test_version() -> None:
    res = run("--version")
    assert res.returncode == 0 and evaltool.__version__ in res.stdout


def test_demo_then_projects_json(tmp_path: Path) -> None:
    d = str(tmp_path / "laptop")
    res = run("--data-dir", d, "demo")
    assert res.returncode == 0, res.stderr
    pid = res.stdout.strip()
    res = run("--data-dir", d, "projects", "--json")
    assert res.returncode == 0, res.stderr
    doc = json.loads(res.stdout)
    assert [p["id"] for p in doc] == [pid]
    assert doc[0]["name"] == "2022年东莞市一体化政务服务平台运维与运营服务项目"


def test_demo_again_keeps_one_live_demo(tmp_path: Path) -> None:
    d = str(tmp_path)
    first = run("--data-dir", d, "demo").stdout.strip()
    second = run("--data-dir", d, "demo").stdout.strip()
    assert first != second
    doc = json.loads(run("projects", "--json", "--data-dir", d).stdout)
    assert [p["id"] for p in doc] == [second]


def test_data_dir_from_environment(tmp_path: Path) -> None:
    res = run("demo", env={"EVALTOOL_DATA_DIR": str(tmp_path)})
    assert res.returncode == 0
    assert (tmp_path / "evaltool.sqlite").exists()


def test_usage_error_exits_2_and_user_error_exits_1(tmp_path: Path) -> None:
    res = run("--data-dir", str(tmp_path), "projects", "--bogus")
    assert res.returncode == 2
    bad = tmp_path / "evaltool.sqlite"
    bad.write_text("not a database")
    res = run("--data-dir", str(tmp_path), "projects")
    assert res.returncode == 1
    assert "evaltool.sqlite" in res.stderr and res.stdout == ""


def test_whoami_sets_profile(tmp_path: Path) -> None:
    res = run("--data-dir", str(tmp_path), "whoami", "--name", "陈静", "--role", "expert", "--json")
    assert res.returncode == 0, res.stderr
    doc = json.loads(res.stdout)
    assert doc["name"] == "陈静" and doc["role"] == "expert" and len(doc["device_id"]) == 36
    again = json.loads(run("--data-dir", str(tmp_path), "whoami", "--json").stdout)
    assert again["evaluator_id"] == doc["evaluator_id"]
