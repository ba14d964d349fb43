"""The merge writes changes, heads and records in bulk (``evaltool.sync.bulk``, issue 20):
the database after an import holds exactly what the rules say, worked out by hand on a
small case with a conflict, a member's own score and a member's final score (a proposal),
and the text SQLite stores for a JSON value is the text SQLAlchemy's JSON type writes."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from evaltool import sync
from evaltool.changelog import ROLES_UNCHECKED, hlc_time
from evaltool.db import Database
from evaltool.framework import add_indicator
from evaltool.logrows import json_text
from evaltool.projects import add_member, create_project, update_project
from evaltool.scoring import final_id, score_id, set_final, set_score
from tests.unit.test_sync import (  # noqa: F401 (fixtures; messages in English)
    _messages_in_english,
    empty_template,
    give,
    laptops,
    usb,
)


def _rows(db: Database, sql: str, *args: object) -> list[tuple]:
    con = sqlite3.connect(db.path)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def _change(db: Database, table: str, row_id: str, field: str) -> tuple[str, str]:
    """(id, hlc) of the latest change of a field made on ``db``."""
    (cid, hlc), *_ = _rows(db, "SELECT id, hlc FROM change_log WHERE table_name = ? AND row_id = ? AND field = ? "
                               "AND device_id = ? ORDER BY hlc DESC", table, row_id, field, db.device_id)
    return cid, hlc


def test_an_import_writes_the_heads_values_conflicts_and_proposals_worked_out_by_hand(laptops, usb: Path) -> None:
    a, b = laptops("甲组长"), laptops("乙成员")
    with a.session() as s:
        pid = create_project(s, "运维项目").id
        top = add_indicator(s, pid, None, "决策", 10.0)
        leaf = add_indicator(s, pid, top.id, "立项依据", 10.0).id
        add_member(s, pid, a.evaluator_id, "lead")
    give(a, b, pid, usb)
    with b.session() as s:
        add_member(s, pid, b.evaluator_id)
    # the same field edited on both laptops (A first, then B: B's clock is later)
    with a.session() as s:
        update_project(s, pid, budget_unit="甲单位")
    with b.session() as s:
        update_project(s, pid, budget_unit="乙单位")
        set_score(s, pid, leaf, b.evaluator_id, 8.0, comment="乙评")
    # a final score by the member, as an evaltool that did not check roles would write it
    s = b.new_session()
    s.info[ROLES_UNCHECKED] = True
    try:
        set_final(s, pid, leaf, 9.0, reason="成员改的", decided_by=b.evaluator_id)
        s.commit()
    finally:
        s.close()
    a_changes_before = len(_rows(a, "SELECT id FROM change_log WHERE device_id = ?", a.device_id))

    summary = give(b, a, pid, usb)

    # B's changes A lacked: B's member row (project_id, evaluator_id, role, deleted = 4), the
    # budget unit (1), B's score (project_id, indicator_id, evaluator_id, value, proposed,
    # inputs, comment, reason, deleted = 9), the final score (project_id, indicator_id, value,
    # method, reason, comment, decided_by, deleted = 8) and B's profile (name, role,
    # device_id, note, deleted = 5)
    assert summary.changes_new == 4 + 1 + 9 + 8 + 5
    # every change of B is in A's log as B wrote it
    cols = "id, project_id, device_id, seq, hlc, evaluator_id, table_name, row_id, field, value, bases"
    b_log = set(_rows(b, f"SELECT {cols} FROM change_log WHERE device_id = ?", b.device_id))
    assert b_log <= set(_rows(a, f"SELECT {cols} FROM change_log WHERE device_id = ?", b.device_id))

    # the conflict: both values are heads, oldest first; the later one (B's) is shown
    a_bu, b_bu = _change(a, "projects", pid, "budget_unit"), _change(b, "projects", pid, "budget_unit")
    assert a_bu[1] < b_bu[1]
    assert _rows(a, "SELECT heads, conflict FROM field_heads WHERE table_name = 'projects' AND row_id = ? "
                    "AND field = 'budget_unit'", pid) == [(json.dumps([a_bu[0], b_bu[0]]), 1)]
    assert _rows(a, "SELECT budget_unit, updated_at, updated_device FROM projects WHERE id = ?", pid) == [
        ("乙单位", hlc_time(b_bu[1]), b.device_id)]
    assert [c["key"] for c in summary.conflicts] == [f"projects/{pid}/budget_unit"]
    assert (summary.tables["projects"].changed, summary.tables["projects"].conflicting) == (1, 1)

    # B's own score: a new record with B's values; each field's one head is B's change
    sid = score_id(leaf, b.evaluator_id)
    value = _change(b, "scores", sid, "value")
    assert _rows(a, "SELECT value, comment, evaluator_id, deleted, created_at, updated_device FROM scores "
                    "WHERE id = ?", sid) == [(8.0, "乙评", b.evaluator_id, 0, hlc_time(value[1]), b.device_id)]
    assert _rows(a, "SELECT heads, conflict FROM field_heads WHERE table_name = 'scores' AND row_id = ? "
                    "AND field = 'value'", sid) == [(json.dumps([value[0]]), 0)]
    assert summary.tables["scores"].new == 1

    # the final score: all 8 of its changes are held as proposals for the lead, so the
    # record exists only through held changes (a tombstone keeping their values) and no
    # field has a head
    fid = final_id(leaf)
    assert summary.proposals == 8 and {h["right"] for h in summary.held} == {"final"}
    assert _rows(a, "SELECT value, reason, deleted FROM final_scores WHERE id = ?", fid) == [(9.0, "成员改的", 1)]
    assert _rows(a, "SELECT DISTINCT heads, conflict FROM field_heads WHERE table_name = 'final_scores' "
                    "AND row_id = ?", fid) == [("[]", 0)]
    held = {cid for (cid,) in _rows(b, "SELECT id FROM change_log WHERE table_name = 'final_scores'")}
    assert len(held) == 8
    assert set(_rows(a, "SELECT change_id, table_name, row_id, author_id, device_id, \"right\", status "
                        "FROM proposals WHERE project_id = ?", pid)) == {
        (cid, "final_scores", fid, b.evaluator_id, b.device_id, "final", "open") for cid in held}
    # … recorded as A's own changes (15 fields of each of the 8 proposals), which travel
    a_changes_after = len(_rows(a, "SELECT id FROM change_log WHERE device_id = ?", a.device_id))
    assert a_changes_after - a_changes_before == 8 * 15

    # the whole result is what B gets once A's proposals reach it
    give(a, b, pid, usb)
    with a.read_session() as sa, b.read_session() as sb:
        assert sync.canonical_state(sa, pid) == sync.canonical_state(sb, pid)


def test_json_text_is_what_sqlalchemy_stores() -> None:
    values = [None, True, False, 0, -7, 2 ** 70, 0.1, -0.0, 1e300, 3.0, "", "乙单位 \"引号\" \\ \n", "\x00",
              [], ["8c6c…"], ["a", "b"], ["a", 1], [[1]], {"k": [1, 2.5, None], "中": "文"}]
    for v in values:
        assert json_text(v) == json.dumps(v), v


def test_a_known_change_id_is_revised_only_by_its_own_device_s_same_field(laptops, usb: Path) -> None:
    """A change held here may come again with a later clock (its author coalesced an edit
    into it); under that id only the same device's same field can change. A package
    reusing the id for another field, or from another device, changes nothing."""
    from evaltool.sync.base import CHANGE_KEYS
    from evaltool.sync.merge import merge_changes

    a, b = laptops("甲组长"), laptops("乙成员")
    with a.session() as s:
        pid = create_project(s, "运维项目", budget_unit="甲单位").id
    give(a, b, pid, usb)
    cid, _hlc = _change(a, "projects", pid, "budget_unit")
    with a.session() as s:
        update_project(s, pid, evaluation_agency="某机构")  # only for a later clock of A's
    _later_id, later = _change(a, "projects", pid, "evaluation_agency")
    held = dict(zip(CHANGE_KEYS, _rows(b, f"SELECT {', '.join(CHANGE_KEYS)} FROM change_log WHERE id = ?", cid)[0],
                    strict=True))
    held["value"], held["bases"] = json.loads(held["value"]), json.loads(held["bases"])
    before = _rows(b, "SELECT * FROM change_log WHERE id = ?", cid)

    forged = [{**held, "field": "evaluation_agency", "hlc": later, "seq": 999, "value": "伪造"},
              {**held, "device_id": b.device_id, "hlc": later, "seq": 998, "value": "伪造"}]
    with b.session() as s:
        merge_changes(s, forged, pid)
    assert _rows(b, "SELECT * FROM change_log WHERE id = ?", cid) == before
    assert _rows(b, "SELECT budget_unit, evaluation_agency FROM projects WHERE id = ?", pid) == [("甲单位", "")]

    with b.session() as s:  # the author's own revision of that field: taken, with its number
        merge_changes(s, [{**held, "hlc": later, "seq": 997, "value": "乙单位"}], pid)
    (value, hlc, seq), = _rows(b, "SELECT value, hlc, seq FROM change_log WHERE id = ?", cid)
    assert (json.loads(value), hlc, seq) == ("乙单位", later, 997)
    assert _rows(b, "SELECT budget_unit FROM projects WHERE id = ?", pid) == [("乙单位",)]
