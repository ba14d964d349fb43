"""The fault register and 时效性 at the bracket edges (seed 001, domain.md §10).

Limits: a fault affecting the business must be answered within 15 minutes and recovered
within 2 hours; any other within 30 minutes and 1 working day. Overrun = (time − limit) /
limit. Within the limits 30 points; up to 50 % over 18; up to 100 % over 9; beyond 0 —
an edge belongs to the better bracket ("超过限定时限50%" still gets 18). A working day is
Monday–Friday minus the contract's holidays plus its make-up days; N working days allow
N × 24 hours of working-day time (2023-01-13 is a Friday, 2023-01-16 a Monday).
"""
from __future__ import annotations

import datetime as dt

import pytest

from evaltool.contracts import add_contract, add_fault, add_installment, list_faults, load_contract, month_result
from evaltool.contracts.workdays import Calendar, add_working_days, working_seconds
from evaltool.db import Database
from evaltool.errors import ValidationError
from evaltool.projects import create_project


@pytest.fixture
def contract(db: Database) -> str:
    with db.session() as s:
        p = create_project(s, "故障登记测试")
        c = add_contract(s, p.id, "子项目2", "100000")
        add_installment(s, c.id, "2023-01..2023-12", "100000")
        return c.id


def _points(db: Database, cid: str, impact: str, reported: str, responded: str, recovered: str) -> tuple[float, float]:
    """(points, overrun %) of one fault registered on the contract."""
    with db.session() as s:
        row = add_fault(s, cid, impact=impact, level=2, reported_at=reported, responded_at=responded,
                        recovered_at=recovered)
        f = next(x for x in list_faults(s, cid) if x.id == row.id)
    return f.timing.points, f.timing.overrun


@pytest.mark.parametrize(("responded", "recovered", "points", "overrun"), [
    ("2023-03-01 09:15", "2023-03-01 11:00", 30, 0.0),        # exactly 15 min and 2 h: within
    ("2023-03-01 09:10", "2023-03-01 10:00", 30, -33.3333),   # well within
    ("2023-03-01 09:22:30", "2023-03-01 10:00", 18, 50.0),    # 22.5 min = 50 % over: still 18
    ("2023-03-01 09:22:31", "2023-03-01 10:00", 9, 50.1111),  # one second more: 9
    ("2023-03-01 09:10", "2023-03-01 13:00", 9, 100.0),       # recovered in 4 h = 100 % over: still 9
    ("2023-03-01 09:10", "2023-03-01 13:00:01", 0, 100.0139),  # beyond 100 %: 0
    ("2023-03-01 09:30", "2023-03-01 10:00", 9, 100.0),       # 30 min answer = 100 % over the 15 min
    ("2023-03-01 09:31", "2023-03-01 10:00", 0, 106.6667),
])
def test_business_fault_brackets(db: Database, contract: str, responded: str, recovered: str, points: float,
                                 overrun: float) -> None:
    got, over = _points(db, contract, "business", "2023-03-01 09:00", responded, recovered)
    assert got == points
    assert over == pytest.approx(overrun, abs=1e-3)


@pytest.mark.parametrize(("recovered", "points"), [
    ("2023-01-16 17:00", 30),  # Fri 17:00 → Mon 17:00: 7 h + 17 h = 24 working hours = 1 working day
    ("2023-01-16 17:01", 18),  # one minute over the day
    ("2023-01-17 05:00", 18),  # 7 + 24 + 5 = 36 h: 50 % over
    ("2023-01-17 05:01", 9),
    ("2023-01-17 17:00", 9),   # 48 h: 100 % over
    ("2023-01-17 17:01", 0),
])
def test_other_fault_counts_working_days_only(db: Database, contract: str, recovered: str, points: float) -> None:
    got, _ = _points(db, contract, "other", "2023-01-13 17:00", "2023-01-13 17:30", recovered)
    assert got == points


def test_weekend_reports_start_on_monday_and_holidays_and_make_up_days_count_as_listed() -> None:
    cal = Calendar()
    sat = dt.datetime(2023, 1, 14, 10, 0)
    assert working_seconds(sat, dt.datetime(2023, 1, 16, 23, 59), cal) == (23 * 60 + 59) * 60
    assert add_working_days(sat, 1, cal) == dt.datetime(2023, 1, 17, 0, 0)
    assert add_working_days(dt.datetime(2023, 1, 13, 17, 0), 1, cal) == dt.datetime(2023, 1, 16, 17, 0)
    # Monday 16th a holiday: the day runs to Tuesday 17:00
    holiday = Calendar.from_lists(["2023-01-16"])
    assert add_working_days(dt.datetime(2023, 1, 13, 17, 0), 1, holiday) == dt.datetime(2023, 1, 17, 17, 0)
    # Saturday 14th a make-up working day (调休): it counts
    makeup = Calendar.from_lists([], ["2023-01-14"])
    assert working_seconds(dt.datetime(2023, 1, 13, 17, 0), dt.datetime(2023, 1, 16, 17, 0), makeup) == 48 * 3600


def test_the_contract_calendar_changes_the_points(db: Database) -> None:
    with db.session() as s:
        p = create_project(s, "节假日")
        c = add_contract(s, p.id, "子项目5", "1000", calendar={"holidays": ["2023-01-16"]})
        add_installment(s, c.id, "2023-01", "1000")
        cid = c.id
    # with Monday a holiday, Friday 17:00 → Tuesday 17:00 is 1 working day: within
    assert _points(db, cid, "other", "2023-01-13 17:00", "2023-01-13 17:10", "2023-01-17 17:00")[0] == 30


def test_a_month_takes_its_worst_fault_unless_the_contract_says_mean(db: Database, contract: str) -> None:
    _points(db, contract, "business", "2023-05-02 09:00", "2023-05-02 09:10", "2023-05-02 10:00")  # 30
    _points(db, contract, "business", "2023-05-08 09:00", "2023-05-08 09:20", "2023-05-08 10:00")  # 33 % → 18
    _points(db, contract, "business", "2023-05-09 09:00", "2023-05-09 09:29", "2023-05-09 10:00")  # 93 % → 9
    with db.read_session() as s:
        assert month_result(load_contract(s, contract), "2023-05").timeliness == 9
        assert month_result(load_contract(s, contract), "2023-06").timeliness == 30  # no fault: full marks
    from evaltool.contracts import update_contract

    with db.session() as s:
        update_contract(s, contract, timeliness_rule="mean")
    with db.read_session() as s:
        assert month_result(load_contract(s, contract), "2023-05").timeliness == 19  # (30 + 18 + 9) / 3


@pytest.mark.parametrize(("kw", "named"), [
    ({"recovered_at": "2023-03-01 08:59"}, "恢复时间"),
    ({"responded_at": "2023-03-01 08:00"}, "响应时间"),
    ({"reported_at": "2023-03-01"}, "报告时间"),
    ({"reported_at": "2023-03-01T09:00+08:00"}, "报告时间"),
    ({"impact": "severe"}, "影响范围"),
    ({"level": 4}, "故障级别"),
])
def test_bad_faults_are_refused_and_nothing_is_registered(db: Database, contract: str, kw: dict[str, object],
                                                          named: str) -> None:
    values = {"impact": "business", "level": 1, "reported_at": "2023-03-01 09:00", "responded_at": "2023-03-01 09:10",
              "recovered_at": "2023-03-01 10:00", **kw}
    with db.session() as s, pytest.raises(ValidationError) as exc:
        add_fault(s, contract, **values)  # type: ignore[arg-type]
    assert named in str(exc.value)
    with db.read_session() as s:
        assert list_faults(s, contract) == []
