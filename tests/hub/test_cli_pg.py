"""``evaltool hub …`` as people type it: two data folders and a hub converge through the CLI,
evidence included; the password is never stored; errors are messages, not tracebacks."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from evaltool.cli import main
from evaltool.db import open_database
from tests.hub.conftest import PREFIX, admin_sql, state, url_for


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def run_json(capsys, *argv: str):
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def test_two_data_folders_converge_through_the_hub_with_the_cli(capsys, pg_admin: str, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    name = f"{PREFIX}_cli"
    admin_sql(pg_admin, f"DROP DATABASE IF EXISTS {name}", f"CREATE DATABASE {name}")
    try:
        _converge(capsys, pg_admin, name, tmp_path, monkeypatch)
    finally:
        admin_sql(pg_admin, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _converge(capsys, pg_admin: str, name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = str(tmp_path / "a"), str(tmp_path / "b")
    init = run_json(capsys, "hub", "init", url_for(pg_admin, name))
    assert init["created"] and init["projects"] == 0
    assert run_json(capsys, "hub", "init", "--url", url_for(pg_admin, name))["created"] is False  # idempotent
    wang_pw, li_pw = "wang-Secret-1", "li-Secret-2"
    for role, pw in (("wang", wang_pw), ("li", li_pw)):
        admin_sql(pg_admin, f'DROP ROLE IF EXISTS "{PREFIX}_{role}x"', f"CREATE ROLE \"{PREFIX}_{role}x\" LOGIN PASSWORD '{pw}'",
                  f'GRANT evaltool_team TO "{PREFIX}_{role}x"')
    wang_url = url_for(pg_admin, name, f"{PREFIX}_wangx", wang_pw)
    code, pid, _err = run(capsys, "--data-dir", a, "demo")
    pid = pid.strip()
    doc = tmp_path / "现场核查记录.pdf"
    doc.write_bytes(b"%PDF-1.4 site check " * 3000)
    assert run(capsys, "--data-dir", a, "evidence", "add", pid, str(doc), "--title", "现场核查记录")[0] == 0
    pushed = run_json(capsys, "--data-dir", a, "hub", "push", pid, "--url", wang_url)
    assert pushed["project_created"] and pushed["role"] == "lead" and pushed["evidence_files"] == 1
    assert pushed["tables"]["indicators"]["new"] == 54  # seed 000
    team = run_json(capsys, "hub", "members", pid, "--add", f"{PREFIX}_lix", "--as", "member", "--url", wang_url)
    assert sorted((m["role_name"], m["project_role"]) for m in team) == [(f"{PREFIX}_lix", "member"),
                                                                         (f"{PREFIX}_wangx", "lead")]
    # li's password from PGPASSWORD, her hub from EVALTOOL_HUB_URL: the URL carries none
    monkeypatch.setenv("PGPASSWORD", li_pw)
    monkeypatch.setenv("EVALTOOL_HUB_URL", url_for(pg_admin, name, f"{PREFIX}_lix"))
    projects = run_json(capsys, "hub", "projects")
    assert [(p["id"], p["total"], p["grade"], p["my_role"]) for p in projects] == [(pid, 81.415, "良", "member")]
    pulled = run_json(capsys, "--data-dir", b, "hub", "pull", "2022年东莞市一体化政务服务平台运维与运营服务项目")
    assert pulled["project_created"] and pulled["evidence_files"] == 1 and pulled["evidence_missing"] == 0
    # both edit, then sync: each ends with the other's edit
    _edit(b, pid, report_date="2023-05-31")
    _edit(a, pid, commissioning_body="东莞市财政局（委托）")
    code, out, err = run(capsys, "--data-dir", b, "hub", "sync", pid)
    assert code == 0 and "1 of" in out and err == ""
    synced = run_json(capsys, "--data-dir", a, "hub", "sync", pid, "--url", wang_url)
    assert synced["push"]["changes_new"] == 1 and synced["pull"]["changes_new"] == 1
    again = run_json(capsys, "--data-dir", b, "hub", "pull")  # every shared project
    assert [r["changes_new"] for r in again] == [1]
    da, db_ = open_database(a), open_database(b)
    try:
        assert state(da, pid) == state(db_, pid)
    finally:
        da.close()
        db_.close()
    code, out, _err = run(capsys, "--data-dir", b, "evidence", "verify", pid)
    assert code == 0
    report = run_json(capsys, "hub", "report", "--min-projects", "1")
    assert report["projects"] == 1 and report["by_grade"] == {"良": 1}
    hits = run_json(capsys, "hub", "report", "--search", "核查记录")
    assert [(h["kind"], h["text"]) for h in hits] == [("evidence", "现场核查记录")]
    # the passwords are nowhere in either laptop's files
    for folder in (a, b):
        for f in Path(folder).rglob("*.sqlite*"):
            data = f.read_bytes()
            assert wang_pw.encode() not in data and li_pw.encode() not in data, f


def _edit(folder: str, pid: str, **fields: str) -> None:
    from evaltool.projects import update_project

    db = open_database(folder)
    try:
        with db.session() as s:
            update_project(s, pid, **fields)
    finally:
        db.close()


def test_mistakes_are_messages_with_exit_codes(capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EVALTOOL_HUB_URL", raising=False)
    d = str(tmp_path / "d")
    code, _out, err = run(capsys, "--data-dir", d, "hub", "projects")
    assert code == 1 and "No team hub is configured" in err and "Traceback" not in err
    code, _out, err = run(capsys, "hub", "projects", "--url", "mysql://x@h/db")
    assert code == 1 and "not a PostgreSQL address" in err
    code, _out, err = run(capsys, "hub", "projects", "--url", "postgresql://nobody:pw@127.0.0.1:1/none")
    assert code == 1 and "Cannot reach the team hub" in err and "pw@" not in err
    code, _out, _err = run(capsys, "hub", "members", "P", "--add", "a", "--remove", "b")
    assert code == 2
