"""Evidence items through the core: add, dedupe, link, list, verify, register."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import func, select

from evaltool import evidence as ev
from evaltool.db import Database, open_database
from evaltool.errors import Cancelled, EvidenceError, NotFoundError, ValidationError
from evaltool.evidence import EvidenceStore
from evaltool.framework import find_by_path
from evaltool.i18n import set_language
from evaltool.models import ChangeRecord, EvidenceItem, EvidenceLink

# Leaves of seed 000 (demo project), in the order of the indicator table.
BASIS = "决策/项目立项/立项依据充分性"
PROCEDURE = "决策/项目立项/立项程序规范性"
SATISFACTION_LEAF = "效益/满意度/政务服务对象满意度"


def _leaf(db: Database, pid: str, path: str) -> str:
    with db.read_session() as s:
        return find_by_path(s, pid, path).id


def _file(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def test_add_link_and_see_it_on_the_leaf(demo_db: Database, demo_project_id: str, tmp_path: Path) -> None:
    pid = demo_project_id
    minutes = _file(tmp_path, "局党组会议纪要.pdf", b"%PDF-1.4 minutes")
    with demo_db.session() as s:
        leaf = find_by_path(s, pid, PROCEDURE).id
        res = ev.add_files(s, pid, [minutes], indicator_ids=[leaf], kind="scan", date="2022-03-15",
                           page_ref="第2页", notes="立项审批")
    assert len(res) == 1 and res[0].created
    with demo_db.read_session() as s:
        on_leaf = ev.links_for_leaf(s, leaf)
    assert [i.title for i in on_leaf] == ["局党组会议纪要"]
    item = on_leaf[0]
    assert (item.kind, item.source, item.date, item.page_ref, item.filename) == (
        "scan", "unit", "2022-03-15", "第2页", "局党组会议纪要.pdf")
    assert item.mime == "application/pdf" and item.size == len(b"%PDF-1.4 minutes")
    assert item.added_by_name == "测试评价员"
    assert [ln.path for ln in item.links] == [PROCEDURE]
    # the file is in the store under the data folder
    assert EvidenceStore(demo_db.data_dir).path(item.sha256 or "").read_bytes() == b"%PDF-1.4 minutes"


def test_same_file_twice_is_one_item_and_one_stored_file(demo_db: Database, demo_project_id: str,
                                                        tmp_path: Path) -> None:
    pid = demo_project_id
    a = _file(tmp_path, "合同.pdf", b"contract")
    b = _file(tmp_path, "合同 - 副本.pdf", b"contract")
    with demo_db.session() as s:
        first = ev.add_files(s, pid, [a], indicator_ids=[find_by_path(s, pid, BASIS).id])
    with demo_db.session() as s:
        second = ev.add_files(s, pid, [b], indicator_ids=[find_by_path(s, pid, PROCEDURE).id])
    assert second[0].item_id == first[0].item_id and not second[0].created
    with demo_db.read_session() as s:
        items = ev.list_items(s, pid)
    assert len(items) == 1
    assert [ln.path for ln in items[0].links] == [BASIS, PROCEDURE]
    stored = [p for p in (demo_db.data_dir / "evidence").rglob("*") if p.is_file()]
    assert len(stored) == 1


def test_a_bad_file_in_a_batch_adds_nothing(demo_db: Database, demo_project_id: str, tmp_path: Path) -> None:
    good = _file(tmp_path, "照片1.jpg", b"jpeg")
    empty = _file(tmp_path, "照片2.jpg", b"")
    with pytest.raises(EvidenceError, match=r"照片2\.jpg"), demo_db.session() as s:
        ev.add_files(s, demo_project_id, [good, empty])
    with demo_db.read_session() as s:
        assert ev.list_items(s, demo_project_id) == []
    assert not (demo_db.data_dir / "evidence").exists() or not [
        p for p in (demo_db.data_dir / "evidence").rglob("*") if p.is_file()]


def test_notes_written_in_the_app(demo_db: Database, demo_project_id: str) -> None:
    pid = demo_project_id
    with demo_db.session() as s:
        leaf = find_by_path(s, pid, SATISFACTION_LEAF).id
        nid = ev.add_note(s, pid, "办事人访谈记录", "受访者普遍反映系统稳定。", date="2022-11-02",
                          indicator_ids=[leaf])
    with demo_db.read_session() as s:
        [info] = ev.links_for_leaf(s, leaf)
        rows = ev.register_rows(s, pid)
    assert info.id == nid and info.is_note and info.kind == "interview" and info.source == "site"
    assert info.text == "受访者普遍反映系统稳定。"
    assert rows[0]["status"] == "ok" and rows[0]["sha256"] == "" and rows[0]["filename"] == ""
    with demo_db.session() as s, pytest.raises(ValidationError):
        ev.add_note(s, pid, "  ", "text")


def test_links_to_a_deduction_and_counts(demo_db: Database, demo_project_id: str, tmp_path: Path) -> None:
    pid = demo_project_id
    f = _file(tmp_path, "预算调剂批复.pdf", b"adjust")
    with demo_db.session() as s:
        leaf = find_by_path(s, pid, BASIS).id
        [r] = ev.add_files(s, pid, [f])
        assert ev.link_evidence(s, r.item_id, leaf, "要点②") is True
        assert ev.link_evidence(s, r.item_id, leaf, "要点②") is False  # no duplicate link
        assert ev.link_evidence(s, r.item_id, leaf) is True
    with demo_db.read_session() as s:
        assert ev.evidence_counts(s, pid) == {leaf: 1}
        assert ev.evidence_counts(s, pid, target="要点②") == {leaf: 1}
        assert ev.evidence_counts(s, pid, target="要点③") == {}
        [info] = ev.links_for_leaf(s, leaf)
        assert sorted(ln.target for ln in info.links) == ["", "要点②"]
    with demo_db.session() as s:
        assert ev.unlink_evidence(s, r.item_id, leaf, None) == 2
    with demo_db.read_session() as s:
        assert ev.links_for_leaf(s, leaf) == [] and ev.evidence_counts(s, pid) == {}


def test_link_ids_are_the_same_on_every_laptop(tmp_path: Path) -> None:
    # Two laptops linking the same item to the same leaf make one record, not two.
    assert ev.link_id("item-1", "leaf-1", "要点②") == ev.link_id("item-1", "leaf-1", "要点②")
    assert ev.link_id("item-1", "leaf-1") != ev.link_id("item-1", "leaf-1", "要点②")


def test_delete_tombstones_item_and_links_and_restore_brings_them_back(
        demo_db: Database, demo_project_id: str, tmp_path: Path) -> None:
    pid = demo_project_id
    f = _file(tmp_path, "打卡记录.xlsx", b"PK xlsx")
    with demo_db.session() as s:
        leaf = find_by_path(s, pid, BASIS).id
        [r] = ev.add_files(s, pid, [f], indicator_ids=[leaf])
    with demo_db.session() as s:
        link_ids = ev.delete_item(s, r.item_id)
    with demo_db.read_session() as s:
        assert ev.list_items(s, pid) == [] and ev.links_for_leaf(s, leaf) == []
        # tombstones, never DELETE: rows are still there for sync
        assert s.scalar(select(func.count()).select_from(EvidenceItem)) == 1
        assert s.scalar(select(func.count()).select_from(EvidenceLink)) == 1
    with demo_db.session() as s:
        ev.restore_item(s, r.item_id, link_ids)
    with demo_db.read_session() as s:
        assert [i.title for i in ev.links_for_leaf(s, leaf)] == ["打卡记录"]
        assert ev.list_items(s, pid)[0].kind == "data"  # guessed from .xlsx
        # every write left field-level changes for sync
        assert s.scalar(select(func.count()).select_from(ChangeRecord).where(
            ChangeRecord.table_name == "evidence_links")) >= 3


def test_update_metadata_validates(demo_db: Database, demo_project_id: str) -> None:
    with demo_db.session() as s:
        nid = ev.add_note(s, demo_project_id, "现场核查记录", "机房巡检")
    with demo_db.session() as s:
        before = ev.update_item(s, nid, title="机房现场核查记录", kind="site_check", date="2022-11-03")
    assert before == {"title": "现场核查记录", "kind": "interview", "date": None}
    for bad in ({"kind": "video"}, {"source": "rumour"}, {"date": "2022-13-45"}, {"title": ""}):
        with demo_db.session() as s, pytest.raises(ValidationError):
            ev.update_item(s, nid, **bad)
    with demo_db.read_session() as s:
        info = ev.get_item(s, nid)
    assert (info.title, info.kind, info.date) == ("机房现场核查记录", "site_check", "2022-11-03")


def test_list_filters(demo_db: Database, demo_project_id: str, tmp_path: Path) -> None:
    pid = demo_project_id
    with demo_db.session() as s:
        basis = find_by_path(s, pid, BASIS).id
        ev.add_files(s, pid, [_file(tmp_path, "政策文件.pdf", b"policy")], indicator_ids=[basis], source="public")
        ev.add_files(s, pid, [_file(tmp_path, "机房照片.jpg", b"jpg")], source="site")
        ev.add_note(s, pid, "座谈记录", "使用单位反映跨部门共享不足", indicator_ids=[basis])
    with demo_db.read_session() as s:
        def titles(**kw: object) -> set[str]:
            return {i.title for i in ev.list_items(s, pid, **kw)}  # type: ignore[arg-type]

        assert titles() == {"政策文件", "座谈记录", "机房照片"}
        assert titles(kind="photo") == {"机房照片"}
        assert titles(source="public") == {"政策文件"}
        assert titles(unlinked=True) == {"机房照片"}
        assert titles(indicator_id=basis) == {"政策文件", "座谈记录"}
        assert titles(search="跨部门") == {"座谈记录"}  # note text
        assert titles(search="立项依据") == {"政策文件", "座谈记录"}  # linked leaf path
        assert titles(search="JPG") == {"机房照片"}  # file name, any case


def test_verify_finds_tampered_and_missing_files(demo_db: Database, demo_project_id: str, tmp_path: Path) -> None:
    pid = demo_project_id
    with demo_db.session() as s:
        ev.add_files(s, pid, [_file(tmp_path, n, n.encode() * 10) for n in ("a.pdf", "b.pdf", "c.pdf")])
        ev.add_note(s, pid, "访谈", "text")
    store = EvidenceStore(demo_db.data_dir)
    with demo_db.read_session() as s:
        by_name = {i.filename: i for i in ev.list_items(s, pid)}
    altered = store.path(by_name["b.pdf"].sha256 or "")
    os.chmod(altered, 0o644)
    altered.write_bytes(b"B.PDF" * 10)  # same size, other bytes
    missing = store.path(by_name["c.pdf"].sha256 or "")
    os.chmod(missing, 0o644)
    missing.unlink()
    with demo_db.read_session() as s:
        status = {i.filename or i.title: i.status for i in ev.verify_items(s, pid)}
        quick = {r["filename"] or r["title"]: r["status"] for r in ev.register_rows(s, pid)}
        full = {r["filename"] or r["title"]: r["status"] for r in ev.register_rows(s, pid, verify=True)}
    assert status == {"a.pdf": "ok", "b.pdf": "altered", "c.pdf": "missing", "访谈": "note"}
    assert quick == {"a.pdf": "ok", "b.pdf": "ok", "c.pdf": "missing", "访谈": "ok"}
    assert full == {"a.pdf": "ok", "b.pdf": "altered", "c.pdf": "missing", "访谈": "ok"}


def test_register_rows(demo_db: Database, demo_project_id: str, tmp_path: Path) -> None:
    pid = demo_project_id
    set_language("en")
    with demo_db.session() as s:
        basis, sat = find_by_path(s, pid, BASIS).id, find_by_path(s, pid, SATISFACTION_LEAF).id
        ev.add_files(s, pid, [_file(tmp_path, "问卷报告.docx", b"survey")], indicator_ids=[sat],
                     date="2022-12-01", page_ref="第5页")
        ev.add_files(s, pid, [_file(tmp_path, "现场照片.png", b"png")])
        ev.add_files(s, pid, [_file(tmp_path, "东府办〔2022〕29号.pdf", b"gov")],
                     indicator_ids=[basis, sat], source="public", notes="政策依据")
    with demo_db.read_session() as s:
        rows = ev.register_rows(s, pid)
    keys = {"no", "id", "title", "kind", "source", "date", "page_ref", "filename", "sha256",
            "indicators", "notes", "added_by", "status"}
    assert all(keys <= set(r) for r in rows)
    # ordered by the first linked leaf in the indicator table, unlinked last
    assert [r["title"] for r in rows] == ["东府办〔2022〕29号", "问卷报告", "现场照片"]
    assert [r["no"] for r in rows] == [1, 2, 3]
    first, second, third = rows
    assert first["indicators"] == [BASIS, SATISFACTION_LEAF]
    assert (first["kind"], first["source"], first["notes"]) == ("Document", "Public", "政策依据")
    assert (second["date"], second["page_ref"], second["source"]) == ("2022-12-01", "第5页", "Provided by the unit")
    assert third["indicators"] == [] and third["kind"] == "Photo"
    assert {r["added_by"] for r in rows} == {"测试评价员"} and {r["status"] for r in rows} == {"ok"}
    assert len(first["sha256"]) == 64 and first["filename"] == "东府办〔2022〕29号.pdf"


def test_find_item_and_indicator_errors(demo_db: Database, demo_project_id: str) -> None:
    with demo_db.session() as s:
        nid = ev.add_note(s, demo_project_id, "访谈记录", "x")
    with demo_db.read_session() as s:
        assert ev.find_item(s, demo_project_id, nid[:8]).id == nid
        assert ev.find_item(s, demo_project_id, "访谈记录").id == nid
        with pytest.raises(NotFoundError, match=r"没有|No evidence"):
            ev.find_item(s, demo_project_id, "不存在")
        with pytest.raises(NotFoundError):
            ev.resolve_indicator(s, demo_project_id, "决策/不存在")


def test_cli_kinds_match_core() -> None:
    from evaltool.cli import evidence as cli

    assert cli.KINDS == ev.KINDS and cli.SOURCES == ev.SOURCES


def test_store_of_a_session_is_under_the_data_folder(tmp_path: Path) -> None:
    db = open_database(tmp_path / "d")
    try:
        with db.read_session() as s:
            assert ev.store_for(s).root == tmp_path / "d" / "evidence"
    finally:
        db.close()


def test_folders_are_walked_in_order_without_hidden_files(tmp_path: Path) -> None:
    root = tmp_path / "现场材料"
    (root / "照片").mkdir(parents=True)
    (root / ".git").mkdir()
    for rel in ("b.pdf", "a.docx", ".DS_Store", "照片/2.jpg", "照片/1.jpg", ".git/config"):
        (root / rel).write_bytes(b"x")
    single = _file(tmp_path, "合同.pdf", b"contract")
    files = ev.collect_files([single, root])
    assert [Path(f).relative_to(tmp_path).as_posix() for f in files] == [
        "合同.pdf", "现场材料/a.docx", "现场材料/b.pdf", "现场材料/照片/1.jpg", "现场材料/照片/2.jpg"]
    with pytest.raises(Cancelled):
        ev.collect_files([root], cancelled=lambda: True)
    # a file given by name is kept even when hidden: the user chose it
    assert ev.collect_files([tmp_path / ".hidden.pdf"]) == [str(tmp_path / ".hidden.pdf")]


def test_edits_of_an_unknown_item_name_it(demo_db: Database, demo_project_id: str) -> None:
    set_language("en")
    for edit in (lambda s: ev.update_item(s, "no-such-item", title="x"), lambda s: ev.delete_item(s, "no-such-item"),
                 lambda s: ev.restore_item(s, "no-such-item")):
        with demo_db.session() as s, pytest.raises(NotFoundError, match="No evidence item no-such-item"):
            edit(s)
