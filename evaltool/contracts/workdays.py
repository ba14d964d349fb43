"""Working days: how "recover within 1 working day" is counted.

A *working day* is a date from Monday to Friday that is not in the contract's holiday
list, or a date in its list of make-up working days (调休上班日, e.g. a Saturday worked
after the Spring Festival). Statutory holidays change every year (State Council notice),
so they are not built in: the contract's calendar lists them, and without a list only
weekends are non-working.

A limit of N working days allows N × 24 hours of time that falls on working days; time
on non-working dates does not count. So a fault reported on Friday at 17:00 meets a
limit of 1 working day if it is recovered by Monday 17:00 (Saturday and Sunday do not
count), one reported on Saturday at 10:00 has until Tuesday 00:00, and one reported on
Monday at 17:00 has until Tuesday 17:00.

Times are naive local wall-clock datetimes; pure functions, no database.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Calendar:
    holidays: frozenset[dt.date] = field(default_factory=frozenset)
    workdays: frozenset[dt.date] = field(default_factory=frozenset)

    @classmethod
    def from_lists(cls, holidays: Iterable[str] = (), workdays: Iterable[str] = ()) -> Calendar:
        return cls(frozenset(dt.date.fromisoformat(d) for d in holidays),
                   frozenset(dt.date.fromisoformat(d) for d in workdays))

    def is_working_day(self, day: dt.date) -> bool:
        if day in self.workdays:
            return True
        return day.weekday() < 5 and day not in self.holidays


def working_seconds(start: dt.datetime, end: dt.datetime, calendar: Calendar) -> int:
    """Seconds between ``start`` and ``end`` that fall on working days (0 if end ≤ start)."""
    if end <= start:
        return 0
    total = 0
    day = start.date()
    while day <= end.date():
        if calendar.is_working_day(day):
            lo = max(start, dt.datetime.combine(day, dt.time()))
            hi = min(end, dt.datetime.combine(day + DAY, dt.time()))
            if hi > lo:
                total += int((hi - lo).total_seconds())
        day += DAY
    return total


def add_working_days(start: dt.datetime, days: float, calendar: Calendar) -> dt.datetime:
    """The moment when ``days`` × 24 hours of working-day time have passed after ``start``
    (the deadline of a limit in working days)."""
    left = dt.timedelta(days=days)
    t = start
    while True:
        day_end = dt.datetime.combine(t.date() + DAY, dt.time())
        if calendar.is_working_day(t.date()):
            if t + left <= day_end:
                return t + left
            left -= day_end - t
        t = day_end
