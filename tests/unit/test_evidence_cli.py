"""``evaltool evidence …`` as a user runs it, over a temporary data folder.

Most steps call the CLI's ``main`` in this process (fast, same code path as the
``evaltool`` script); the exit status of ``verify`` is checked in a real process.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from evaltool.db import Database

BASIS = "决策/项目立项/立项依据充分性"
PROCEDURE = "决策/项目立项/立项程序规范性"


def run_process(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "evaltool", "--lang", "en", *args], capture_output=True, check=False,
                          text=True, timeout=300, env={**os.environ, "EVALTOOL_NO_PROFILE_PROMPT": "1"})


def test_add_list_link_verify(tmp_path: Path, capsys: pytest.CaptureFixture[str], demo_db: Database,
                              demo_project_id: str) -> None:
    from evaltool.cli import main

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        capsys.readouterr()
        code = main(["--lang", "en", *args])
        out = capsys.readouterr()
        return subprocess.CompletedProcess(args, code, out.out, out.err)

    d, pid = str(demo_db.data_dir), demo_project_id  # a data folder holding the seed-000 demo
    files = tmp_path / "材料"
    files.mkdir()
    (files / "立项批复:2022?.pdf").write_bytes(b"%PDF-1.4 approval")
    (files / "现场照片.jpg").write_bytes(b"\xff\xd8\xff jpeg")
    (files / "空文件.pdf").write_bytes(b"")

    res = run("--data-dir", d, "evidence", "add", pid, str(files / "立项批复:2022?.pdf"),
              str(files / "现场照片.jpg"), "--indicator", BASIS, "--json")
    assert res.returncode == 0, res.stderr
    added = json.loads(res.stdout)
    assert [a["filename"] for a in added] == ["立项批复:2022?.pdf", "现场照片.jpg"]
    assert all(a["created"] for a in added)

    # the same file again: one item, nothing new stored; a single title and kind
    res = run("--data-dir", d, "evidence", "add", pid, str(files / "现场照片.jpg"), "--json")
    assert json.loads(res.stdout)[0] == {**added[1], "created": False}

    # a bad file: message naming it, exit 1, nothing added
    res = run("--data-dir", d, "evidence", "add", pid, str(files / "空文件.pdf"))
    assert res.returncode == 1 and "空文件.pdf" in res.stderr and "0 bytes" in res.stderr
    res = run("--data-dir", d, "evidence", "add", pid, str(files / "nope.docx"))
    assert res.returncode == 1 and "nope.docx" in res.stderr
    res = run("--data-dir", d, "evidence", "add", pid, str(files / "现场照片.jpg"), "--indicator", "决策/没有")
    assert res.returncode == 1 and "决策/没有" in res.stderr

    res = run("--data-dir", d, "evidence", "note", pid, "--title", "座谈记录", "--text", "使用单位座谈",
              "--indicator", PROCEDURE, "--date", "2022-11-02")
    assert res.returncode == 0, res.stderr
    res = run("--data-dir", d, "evidence", "link", pid, added[0]["id"][:8], "--indicator", PROCEDURE,
              "--target", "要点②")
    assert res.returncode == 0, res.stderr

    res = run("--data-dir", d, "evidence", "list", pid, "--json")
    assert res.returncode == 0, res.stderr
    items = {i["title"]: i for i in json.loads(res.stdout)}
    assert set(items) == {"立项批复:2022?", "现场照片", "座谈记录"}
    assert sorted((ln["path"], ln["target"]) for ln in items["立项批复:2022?"]["links"]) == [
        (BASIS, ""), (PROCEDURE, "要点②")]
    assert items["现场照片"]["kind"] == "photo" and items["座谈记录"]["kind"] == "interview"
    res = run("--data-dir", d, "evidence", "list", pid, "--indicator", PROCEDURE, "--json")
    assert {i["title"] for i in json.loads(res.stdout)} == {"立项批复:2022?", "座谈记录"}

    res = run("--data-dir", d, "evidence", "verify", pid)
    assert res.returncode == 0, res.stdout + res.stderr
    assert "2 file(s) checked, 0 missing or altered" in res.stdout

    # tamper with one stored file, delete the other
    store = Path(d) / "evidence"
    for name, action in (("立项批复:2022?", "tamper"), ("现场照片", "delete")):
        sha = items[name]["sha256"]
        p = store / sha[:2] / sha[2:4] / sha
        os.chmod(p, 0o644)
        if action == "tamper":
            p.write_bytes(b"%PDF-1.4 APPROVAL")
        else:
            p.unlink()
    res = run_process("--data-dir", d, "evidence", "verify", pid, "--json")
    assert res.returncode == 1
    doc = json.loads(res.stdout)
    assert doc["checked"] == 2 and doc["ok"] == 0
    assert {(p["filename"], p["status"]) for p in doc["problems"]} == {
        ("立项批复:2022?.pdf", "altered"), ("现场照片.jpg", "missing")}

    res = run("--data-dir", d, "evidence", "register", pid, "--verify", "--json")
    assert res.returncode == 0, res.stderr
    rows = {r["title"]: r for r in json.loads(res.stdout)}
    assert rows["座谈记录"]["no"] == 3  # linked to the second leaf only: after the first leaf's items
    assert {t: r["status"] for t, r in rows.items()} == {
        "立项批复:2022?": "altered", "现场照片": "missing", "座谈记录": "ok"}
    assert rows["立项批复:2022?"]["indicators"] == [BASIS, PROCEDURE]
    assert rows["立项批复:2022?"]["kind"] == "Document"
