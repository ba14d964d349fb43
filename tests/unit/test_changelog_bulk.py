"""The change capture of new rows (one ``executemany`` per flush) writes exactly the change
rows and heads the one-by-one path (``record_new``, ``_record``) writes, and roles are
still enforced before anything is written.

Worked by hand: a fixed clock (2026-01-01 00:00:00 UTC, 1,767,225,600,000 ms) ticks once per
record, so the item's 14 fields carry counter 0, the link's 5 fields counter 1 and a later
edit counter 2; sequence numbers follow the fields in their model order, after the
device's last one.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from evaltool.changelog import Actor, Clock, record_new
from evaltool.db import Database, open_database
from evaltool.errors import ValidationError
from evaltool.evidence import create_items
from evaltool.evidence.info import StoredFile
from evaltool.framework import add_indicator
from evaltool.identity import ensure_profile
from evaltool.models import ChangeRecord, EvidenceItem, EvidenceLink, FieldHead, Indicator, Project
from evaltool.projects import add_member, create_evaluator, create_project, update_project
from evaltool.roles import RoleError

T_MS = 1_767_225_600_000
HLC = ["001767225600000.000000", "001767225600000.000001", "001767225600000.000002"]
STAMP = "2026-01-01T00:00:00.000+00:00"
ITEM = "0a1b2c3d-0000-4000-8000-000000000001"
LINK = "0a1b2c3d-0000-4000-8000-000000000002"
SHA = "ab" * 32


def _fixed_actor(db: Database, evaluator: str | None = None) -> Actor:
    return Actor(db.device_id, evaluator or db.evaluator_id, Clock(wall=lambda: T_MS))


def _project(path: Path) -> tuple[Database, str, str]:
    db = open_database(path)
    ensure_profile(db, "测试评价员", "lead")
    with db.session() as s:
        pid = create_project(s, "佐证项目", budget_unit="甲局").id
        leaf = add_indicator(s, pid, None, "产出数量").id
    return db, pid, leaf


def _rows(db: Database, pid: str, leaf: str) -> tuple[EvidenceItem, EvidenceLink]:
    item = EvidenceItem(id=ITEM, project_id=pid, sha256=SHA, size=1234, filename="调研报告.pdf",
                        mime="application/pdf", title="调研报告", kind="document", source="unit", date=None,
                        page_ref="第3页", notes="", text="", added_by=db.evaluator_id)
    link = EvidenceLink(id=LINK, project_id=pid, evidence_id=ITEM, indicator_id=leaf, target="要点②")
    return item, link


def _expected(db: Database, pid: str, leaf: str) -> list[tuple[Any, ...]]:
    """(seq after the device's last, hlc, device, author, table, row, field, value, bases)."""
    item_fields = [("project_id", pid), ("sha256", SHA), ("size", 1234), ("filename", "调研报告.pdf"),
                   ("mime", "application/pdf"), ("title", "调研报告"), ("kind", "document"), ("source", "unit"),
                   ("date", None), ("page_ref", "第3页"), ("notes", ""), ("text", ""),
                   ("added_by", db.evaluator_id), ("deleted", False)]
    link_fields = [("project_id", pid), ("evidence_id", ITEM), ("indicator_id", leaf), ("target", "要点②"),
                   ("deleted", False)]
    out = [(i + 1, HLC[0], db.device_id, db.evaluator_id, "evidence_items", ITEM, f, v, [])
           for i, (f, v) in enumerate(item_fields)]
    out += [(15 + i, HLC[1], db.device_id, db.evaluator_id, "evidence_links", LINK, f, v, [])
            for i, (f, v) in enumerate(link_fields)]
    return out


def _last_seq(db: Database) -> int:
    with db.read_session() as s:
        return int(s.scalar(select(func.max(ChangeRecord.seq)).where(ChangeRecord.device_id == db.device_id)) or 0)


def _log(db: Database, base: int) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], dict[str, str]]:
    """The change rows and heads of the two rows as stored (raw JSON text kept), change ids
    replaced by the (table, field) of the change they name."""
    with db.read_session() as s:
        conn = s.connection()
        changes = conn.exec_driver_sql(
            "SELECT id, seq, hlc, device_id, evaluator_id, table_name, row_id, field, value, bases, project_id "
            "FROM change_log WHERE row_id IN (?, ?) ORDER BY seq", (ITEM, LINK)).all()
        heads = conn.exec_driver_sql(
            "SELECT table_name, row_id, field, project_id, heads, conflict FROM field_heads "
            "WHERE row_id IN (?, ?) ORDER BY table_name, field", (ITEM, LINK)).all()
    name = {c.id: f"{c.table_name}.{c.field}" for c in changes}
    rows = [(c.seq - base, c.hlc, c.device_id, c.evaluator_id, c.table_name, c.row_id, c.field, c.value, c.bases,
             c.project_id) for c in changes]
    head_rows = [(h.table_name, h.row_id, h.field, h.project_id, [name[x] for x in json.loads(h.heads)], h.conflict)
                 for h in heads]
    return rows, head_rows, {f"{c.table_name}.{c.field}": c.value for c in changes}


def _json(raw: Any) -> Any:
    # the JSON columns have NUMERIC affinity: SQLite keeps "1234" as the integer 1234
    return json.loads(raw) if isinstance(raw, str) else raw


def test_the_bulk_path_writes_the_same_changes_and_heads_as_one_by_one(tmp_path: Path) -> None:
    bulk, pid_a, leaf_a = _project(tmp_path / "bulk")
    one, pid_b, leaf_b = _project(tmp_path / "one")
    try:
        base_a, base_b = _last_seq(bulk), _last_seq(one)
        with bulk.session() as s:  # an ordinary flush: new rows go through the bulk path
            s.info["actor"] = _fixed_actor(bulk)
            s.add_all(_rows(bulk, pid_a, leaf_a))
        with one.session() as s:  # record_new: field by field, through _record
            s.info["actor"] = _fixed_actor(one)
            s.info["applying_remote"] = True  # the flush then records nothing more
            for obj in _rows(one, pid_b, leaf_b):
                record_new(s, obj)

        for db, pid, leaf, base in ((bulk, pid_a, leaf_a, base_a), (one, pid_b, leaf_b, base_b)):
            rows, heads, _raw = _log(db, base)
            assert [(*r[:7], _json(r[7]), _json(r[8])) for r in rows] == _expected(db, pid, leaf)
            assert {r[9] for r in rows} == {pid}
            # one head per field, naming that field's change; no conflict
            assert [(h[0], h[2], h[4], h[5]) for h in heads] == sorted(
                [(r[4], r[6], [f"{r[4]}.{r[6]}"], 0) for r in rows])
            assert {h[3] for h in heads} == {pid}
            with db.read_session() as s:
                for model, row_id in ((EvidenceItem, ITEM), (EvidenceLink, LINK)):
                    rec = s.get(model, row_id)
                    assert (rec.created_at, rec.updated_at, rec.updated_by, rec.updated_device) == (
                        STAMP, STAMP, db.evaluator_id, db.device_id)
                    assert rec.deleted is False
                assert s.scalar(select(func.count()).select_from(FieldHead).where(
                    FieldHead.row_id.in_([ITEM, LINK]))) == 19
        # byte for byte the same JSON in both logs (ids and project aside)
        a_rows, _h, a_raw = _log(bulk, base_a)
        b_rows, _h, b_raw = _log(one, base_b)
        def same_ids(raw: dict[str, Any], db: Database, pid: str, leaf: str) -> dict[str, Any]:
            return {k: v.replace(pid, "P").replace(leaf, "L").replace(db.evaluator_id or "", "E")
                    if isinstance(v, str) else v for k, v in raw.items()}

        assert same_ids(a_raw, bulk, pid_a, leaf_a) == same_ids(b_raw, one, pid_b, leaf_b)
        assert a_raw["evidence_items.title"] == b_raw["evidence_items.title"] == json.dumps("调研报告")
        assert a_raw["evidence_items.size"] == b_raw["evidence_items.size"] == 1234
        assert a_raw["evidence_items.date"] == "null" and a_raw["evidence_items.deleted"] == "false"
        assert [r[8] for r in a_rows] == [r[8] for r in b_rows] == ["[]"] * 19
    finally:
        bulk.close()
        one.close()


def test_new_rows_and_an_edit_in_one_flush_share_the_clock_and_the_sequence(tmp_path: Path) -> None:
    db, pid, leaf = _project(tmp_path / "mixed")
    try:
        base = _last_seq(db)
        with db.read_session() as s:
            (before,) = s.scalar(select(FieldHead.heads).where(
                FieldHead.table_name == "projects", FieldHead.row_id == pid, FieldHead.field == "budget_unit"))
        with db.session() as s:
            s.info["actor"] = _fixed_actor(db)
            s.add_all(_rows(db, pid, leaf))
            update_project(s, pid, budget_unit="乙局")  # flushes the new rows and the edit together
        with db.read_session() as s:
            edit = s.scalar(select(ChangeRecord).where(ChangeRecord.row_id == pid, ChangeRecord.field == "budget_unit")
                            .order_by(ChangeRecord.seq.desc()).limit(1))
            assert edit.value == "乙局"
            assert (edit.seq - base, edit.hlc, edit.bases) == (20, HLC[2], [before])  # after the 19 new fields
            assert s.get(FieldHead, ("projects", pid, "budget_unit")).heads == [edit.id]
            assert s.get(Project, pid).updated_at == STAMP
        rows, _heads, _raw = _log(db, base)
        assert [r[0] for r in rows] == list(range(1, 20))
        assert [r[1] for r in rows] == [HLC[0]] * 14 + [HLC[1]] * 5
    finally:
        db.close()


def test_a_member_is_refused_a_new_leaf_and_may_add_evidence(tmp_path: Path) -> None:
    db, pid, _leaf = _project(tmp_path / "roles")
    try:
        with db.session() as s:
            member = create_evaluator(s, "成员乙").id
            add_member(s, pid, member, "member")
        with db.read_session() as s:
            n_log = s.scalar(select(func.count()).select_from(ChangeRecord))
            n_heads = s.scalar(select(func.count()).select_from(FieldHead))
        with pytest.raises(RoleError) as refused, db.session() as s:
            s.info["actor"] = _fixed_actor(db, member)
            add_indicator(s, pid, None, "成员加的指标")
        assert (refused.value.right, refused.value.role) == ("framework", "member")
        assert "成员乙" in str(refused.value)
        with db.read_session() as s:  # refused before anything was written
            assert s.scalar(select(func.count()).select_from(ChangeRecord)) == n_log
            assert s.scalar(select(func.count()).select_from(FieldHead)) == n_heads
            assert s.scalar(select(Indicator.id).where(Indicator.name == "成员加的指标")) is None
        with db.session() as s:  # evidence is a member's right
            s.info["actor"] = _fixed_actor(db, member)
            (added,) = create_items(s, pid, [StoredFile("/材料/a.pdf", "a.pdf", SHA, 10, "application/pdf")])
        with db.read_session() as s:
            authors = set(s.scalars(select(ChangeRecord.evaluator_id).where(ChangeRecord.row_id == added.item_id)))
            assert authors == {member}
            assert s.scalar(select(func.count()).select_from(ChangeRecord).where(
                ChangeRecord.row_id == added.item_id)) == 14
    finally:
        db.close()


def test_a_refused_value_leaves_nothing_in_the_log(tmp_path: Path) -> None:
    """The new rows' changes go in after the flush's checks (roles, the values'), in its
    transaction: a refusal leaves no change behind, even seen from inside that transaction."""
    db, pid, _leaf = _project(tmp_path / "refused")
    try:
        with db.read_session() as s:
            n_log = s.scalar(select(func.count()).select_from(ChangeRecord))
        with pytest.raises(ValidationError), db.session() as s:
            s.add(EvidenceItem(id=ITEM, project_id=pid, title="会议\x07纪要", filename="a.pdf", mime="application/pdf"))
            with pytest.raises(ValidationError):
                s.flush()
            with s.no_autoflush:
                assert s.scalar(select(func.count()).select_from(ChangeRecord)) == n_log
                assert s.scalar(select(func.count()).select_from(FieldHead).where(FieldHead.row_id == ITEM)) == 0
        with db.read_session() as s:
            assert s.scalar(select(func.count()).select_from(ChangeRecord)) == n_log
            assert s.get(EvidenceItem, ITEM) is None
    finally:
        db.close()
