"""Every write to a synced record leaves field-level changes; nothing is DELETEd."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from evaltool.db import Database
from evaltool.models import ChangeRecord, FieldHead, Project
from evaltool.projects import create_project, delete_project, update_project


def _changes(db: Database, row_id: str, field: str) -> list[ChangeRecord]:
    with db.read_session() as s:
        return list(s.scalars(select(ChangeRecord).where(ChangeRecord.row_id == row_id,
                                                         ChangeRecord.field == field).order_by(ChangeRecord.seq)))


def test_create_and_edit_are_recorded_with_author_device_and_bases(db: Database) -> None:
    with db.session() as s:
        pid = create_project(s, "项目A").id
    with db.session() as s:
        update_project(s, pid, budget_unit="甲局")
    with db.session() as s:
        update_project(s, pid, budget_unit="乙局")
    log = _changes(db, pid, "budget_unit")
    assert [c.value for c in log] == ["", "甲局", "乙局"]
    assert all(c.device_id == db.device_id and c.evaluator_id == db.evaluator_id for c in log)
    assert log[1].bases == [log[0].id] and log[2].bases == [log[1].id]
    assert log[0].hlc < log[1].hlc < log[2].hlc
    with db.read_session() as s:
        head = s.get(FieldHead, ("projects", pid, "budget_unit"))
        assert head.heads == [log[2].id] and not head.conflict
        p = s.get(Project, pid)
        assert p.updated_by == db.evaluator_id and p.updated_device == db.device_id


def test_unchanged_value_records_nothing(db: Database) -> None:
    with db.session() as s:
        pid = create_project(s, "项目B", budget_unit="甲局").id
    with db.session() as s:
        update_project(s, pid, budget_unit="甲局")
    assert len(_changes(db, pid, "budget_unit")) == 1


def test_delete_is_a_tombstone(db: Database) -> None:
    with db.session() as s:
        pid = create_project(s, "项目C").id
    with db.session() as s:
        delete_project(s, pid)
    with db.read_session() as s:
        assert s.get(Project, pid).deleted is True
    assert [c.value for c in _changes(db, pid, "deleted")] == [False, True]


def test_sql_delete_of_a_synced_row_is_refused(db: Database) -> None:
    with db.session() as s:
        pid = create_project(s, "项目D").id
    with pytest.raises(RuntimeError, match="tombstone"), db.session() as s:
        s.delete(s.get(Project, pid))
    with db.read_session() as s:
        assert s.get(Project, pid) is not None


def test_sequence_numbers_are_contiguous_per_device(db: Database) -> None:
    with db.session() as s:
        for i in range(3):
            create_project(s, f"P{i}")
    with db.read_session() as s:
        seqs = list(s.scalars(select(ChangeRecord.seq).where(ChangeRecord.device_id == db.device_id)
                              .order_by(ChangeRecord.seq)))
    assert seqs == list(range(1, len(seqs) + 1))


def test_a_reopened_database_clocks_past_the_newest_change_of_every_device(db: Database) -> None:
    """The clock of a database opened again never stamps a change older than one it holds,
    whichever device wrote the newest (here a peer whose clock ran an hour ahead, among
    earlier changes of two devices)."""
    from evaltool.changelog import format_hlc, parse_hlc
    from evaltool.db import open_database

    with db.session() as s:
        pid = create_project(s, "项目A").id
    with db.read_session() as s:
        mine = max(s.scalars(select(ChangeRecord.hlc)))
    ms, _ = parse_hlc(mine)
    ahead = format_hlc(ms + 3_600_000, 7)
    with db.engine.begin() as conn:
        for device, seq, hlc in (("peer-a", 1, format_hlc(ms - 5, 0)), ("peer-b", 1, format_hlc(ms - 9, 0)),
                                 ("peer-b", 2, ahead), ("peer-b", 3, format_hlc(ms - 1, 0))):
            conn.exec_driver_sql(
                "INSERT INTO change_log (id, project_id, device_id, seq, hlc, table_name, row_id, field, value, bases)"
                " VALUES (?, ?, ?, ?, ?, 'projects', ?, 'notes', '\"x\"', '[]')",
                (f"{device}-{seq}", pid, device, seq, hlc, pid))
    db.close()
    again = open_database(db.data_dir)
    try:
        assert again.clock.tick() > ahead
    finally:
        again.close()
