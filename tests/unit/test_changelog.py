"""Every write to a synced record leaves field-level changes; nothing is DELETEd."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from evaltool.changelog import CLOCK_TOLERANCE_MS, COALESCE_WINDOW_MS, Clock, hlc_time, mark_sent, parse_hlc
from evaltool.db import Database, open_database
from evaltool.models import ChangeRecord, FieldHead, Project
from evaltool.projects import create_project, delete_project, update_project


def _changes(db: Database, row_id: str, field: str) -> list[ChangeRecord]:
    with db.read_session() as s:
        return list(s.scalars(select(ChangeRecord).where(ChangeRecord.row_id == row_id,
                                                         ChangeRecord.field == field).order_by(ChangeRecord.seq)))


def _sent(db: Database) -> None:
    """What writing a sync package does first: every change so far may leave the laptop."""
    with db.session() as s:
        mark_sent(s, db.device_id)


def test_create_and_edit_are_recorded_with_author_device_and_bases(db: Database) -> None:
    with db.session() as s:
        pid = create_project(s, "项目A").id
    with db.session() as s:
        update_project(s, pid, budget_unit="甲局")
    _sent(db)  # the first edit went out in a package: the next one is a change of its own
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


# -- coalescing ----------------------------------------------------------------------

def test_edits_no_one_has_seen_are_coalesced_into_one_change(db: Database) -> None:
    """A day of autosaves stores one copy of the field, not one per pause."""
    with db.session() as s:
        pid = create_project(s, "项目E").id
    for text in ("一", "一二", "一二三", "一二三四"):
        with db.session() as s:
            update_project(s, pid, budget_unit=text)
    log = _changes(db, pid, "budget_unit")
    # the record's creation stays (it dates the record); the four edits are one change
    assert [c.value for c in log] == ["", "一二三四"]
    assert log[1].bases == [log[0].id] and log[1].hlc > log[0].hlc
    with db.read_session() as s:
        assert s.get(FieldHead, ("projects", pid, "budget_unit")).heads == [log[1].id]
        assert s.get(Project, pid).budget_unit == "一二三四"
    seqs = sorted(c.seq for c in _all(db))
    # each revision took the next number (peers holding an earlier version are sent the
    # later one): the creation's changes 1..k, then the edit as k+1, revised to k+2, k+3, k+4
    k = len(seqs) - 1
    assert seqs == [*range(1, k + 1), k + 4] and log[1].seq == k + 4


def test_an_edit_after_a_package_was_written_is_a_new_change(db: Database) -> None:
    with db.session() as s:
        pid = create_project(s, "项目F").id
    with db.session() as s:
        update_project(s, pid, budget_unit="甲")
    _sent(db)
    with db.session() as s:
        update_project(s, pid, budget_unit="乙")
    with db.session() as s:
        update_project(s, pid, budget_unit="丙")  # not sent yet: joins "乙"
    assert [c.value for c in _changes(db, pid, "budget_unit")] == ["", "甲", "丙"]


def test_edits_apart_by_more_than_the_window_are_kept_apart(db: Database) -> None:
    now = [parse_hlc(db.clock.tick())[0]]
    db.clock.wall = lambda: now[0]
    with db.session() as s:
        pid = create_project(s, "项目G").id
    with db.session() as s:
        update_project(s, pid, budget_unit="上午")
    now[0] += COALESCE_WINDOW_MS + 1000
    with db.session() as s:
        update_project(s, pid, budget_unit="下午")
    assert [c.value for c in _changes(db, pid, "budget_unit")] == ["", "上午", "下午"]


def _all(db: Database) -> list[ChangeRecord]:
    with db.read_session() as s:
        return list(s.scalars(select(ChangeRecord).where(ChangeRecord.device_id == db.device_id)
                              .order_by(ChangeRecord.seq)))


# -- time ------------------------------------------------------------------------------

def test_record_times_are_the_clock_of_its_first_and_latest_change(db: Database) -> None:
    with db.session() as s:
        pid = create_project(s, "项目H").id
    with db.session() as s:
        update_project(s, pid, report_date="2023-05-31")
    with db.read_session() as s:
        p = s.get(Project, pid)
        hlcs = sorted(c.hlc for c in s.scalars(select(ChangeRecord).where(ChangeRecord.row_id == pid)))
        assert p.created_at == hlc_time(hlcs[0]) and p.updated_at == hlc_time(hlcs[-1])


def test_a_clock_from_the_future_is_not_followed() -> None:
    base = 1_700_000_000_000
    clock = Clock(wall=lambda: base)
    ahead = f"{base + CLOCK_TOLERANCE_MS + 1:015d}.000000"
    assert clock.is_future(ahead) and not clock.observe(ahead)
    assert parse_hlc(clock.tick())[0] == base
    near = f"{base + 60_000:015d}.000003"  # a minute ahead: within the tolerance, followed
    assert clock.observe(near)
    assert clock.tick() > near


def test_start_up_ignores_changes_from_the_future(db: Database) -> None:
    with db.session() as s:
        pid = create_project(s, "项目I").id
    far = "004070908800000.000000"  # 2099-01-01
    with db.engine.begin() as conn:  # a change another laptop made with its clock at 2099
        conn.exec_driver_sql(
            "INSERT INTO change_log (id, project_id, device_id, seq, hlc, evaluator_id, table_name, row_id, field, value, bases)"
            " VALUES ('f-1', ?, 'other-device', 1, ?, NULL, 'projects', ?, 'note', '\"x\"', '[]')", (pid, far, pid))
    again = open_database(db.data_dir, backup="never")
    try:
        assert parse_hlc(again.clock.tick())[0] < parse_hlc(far)[0]
        with again.session() as s:
            update_project(s, pid, budget_unit="今天")
        with again.read_session() as s:
            assert s.get(Project, pid).updated_at[:4] != "2099"
    finally:
        again.close()
