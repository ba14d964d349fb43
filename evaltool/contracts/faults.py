"""The fault register of a contract and the 时效性 (timeliness) it gives each month.

A fault has an impact class — ``business`` (影响业务正常开展) or ``other`` — that sets its
limits (seed 001: respond 15 min / recover 2 h, and 30 min / 1 working day), a level
一/二/三级 (1 main system, 2 auxiliary system, 3 hidden defect), and three local times:
reported, responded, recovered. Response time runs from the report to the response,
recovery time from the report to the recovery; a limit in working days counts only
working-day time (``evaltool.contracts.workdays``).

Overrun of a limit, in percent: (time taken − limit) / limit × 100, ≤ 0 when within it.
A fault's overrun is the larger of its response and recovery overruns, and its points
come from the template's timeliness brackets (seed 001: within 30, up to 50 % over 18,
up to 100 % over 9, beyond 0; a bracket's edge belongs to the better bracket). A month's
timeliness is its worst fault (``timeliness_rule`` "worst", the default) or the mean of
its faults' points ("mean"); a month without faults gets full marks.

Writes take a Session, flush, never commit; refusals change nothing.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from evaltool.contracts.store import ContractInfo, contract_info, field_label
from evaltool.contracts.terms import IMPACTS, LEVELS, Limit, parse_limit
from evaltool.contracts.workdays import Calendar, working_seconds
from evaltool.errors import ValidationError
from evaltool.i18n import translate
from evaltool.models import Contract, ContractFault, EvidenceItem
from evaltool.records import get_row, restore_fields, set_deleted
from evaltool.rules import propose


def _t(text: str) -> str:
    return translate("Contracts", text)


def parse_time(value: Any, field: str) -> dt.datetime:
    """A local time "2023-03-06T09:30" or "2023-03-06 09:30[:00]"; time zones are refused
    (the limits are counted on the client's wall clock)."""
    if isinstance(value, dt.datetime):
        t = value
    else:
        text = str(value or "").strip().replace("/", "-")
        try:
            t = dt.datetime.fromisoformat(text)
        except ValueError:
            raise ValidationError(_t("{field}: “{value}” is not a date and time; write it as YYYY-MM-DD HH:MM.").format(
                field=field, value=value)) from None
        if len(text) <= 10:
            raise ValidationError(_t("{field}: “{value}” has no time of day; write it as YYYY-MM-DD HH:MM.").format(
                field=field, value=value))
    if t.tzinfo is not None:
        raise ValidationError(_t("{field}: “{value}” carries a time zone; give the local time without one.").format(
            field=field, value=value))
    return t.replace(microsecond=0)


def time_text(t: dt.datetime) -> str:
    return t.isoformat(timespec="minutes") if t.second == 0 else t.isoformat(timespec="seconds")


@dataclass(frozen=True)
class FaultTiming:
    """How one fault measured against its limits. Seconds are those the limit counts
    (working-day time for a limit in working days); overruns in percent."""

    respond_limit: Limit
    recover_limit: Limit
    respond_seconds: int
    recover_seconds: int
    respond_overrun: float
    recover_overrun: float
    points: float

    @property
    def overrun(self) -> float:
        return max(self.respond_overrun, self.recover_overrun)

    @property
    def within(self) -> bool:
        return self.overrun <= 0


@dataclass(frozen=True)
class FaultInfo:
    id: str
    contract_id: str
    impact: str
    level: int
    reported_at: str
    responded_at: str
    recovered_at: str
    description: str
    evidence: str
    evidence_id: str | None
    timing: FaultTiming

    @property
    def month(self) -> str:
        return self.reported_at[:7]

    def as_json(self) -> dict[str, Any]:
        t = self.timing
        return {"id": self.id, "month": self.month, "impact": self.impact, "level": self.level,
                "reported": self.reported_at, "responded": self.responded_at, "recovered": self.recovered_at,
                "note": self.description, "evidence": self.evidence,
                "respond_minutes": round(t.respond_seconds / 60, 2), "recover_minutes": round(t.recover_seconds / 60, 2),
                "respond_limit": t.respond_limit.text(), "recover_limit": t.recover_limit.text(),
                "overrun_percent": round(t.overrun, 4), "points": t.points}


def _overrun(used: int, limit: Limit) -> float:
    """Percent over the limit, exact (Fraction) so 50 % over is 50.0, not 50.0000001."""
    return float(Fraction(used - limit.seconds, limit.seconds) * 100)


def measure(limit: Limit, start: dt.datetime, end: dt.datetime, calendar: Calendar) -> int:
    """Seconds from ``start`` to ``end`` as ``limit`` counts them."""
    if limit.working_days:
        return working_seconds(start, end, calendar)
    return max(int((end - start).total_seconds()), 0)


def fault_timing(info: ContractInfo, impact: str, reported: dt.datetime, responded: dt.datetime,
                 recovered: dt.datetime) -> FaultTiming:
    limits = info.limits.get(impact) or info.limits["other"]
    respond_limit = parse_limit(limits["respond"], field_label("limits"))
    recover_limit = parse_limit(limits["recover"], field_label("limits"))
    cal = Calendar.from_lists(info.calendar.get("holidays", []), info.calendar.get("workdays", []))
    rs = measure(respond_limit, reported, responded, cal)
    vs = measure(recover_limit, reported, recovered, cal)
    ro, vo = _overrun(rs, respond_limit), _overrun(vs, recover_limit)
    tpl = info.template
    weight = tpl.timeliness_weight
    p = propose(tpl.timeliness_rule(), {"value": max(ro, vo)}, weight)
    return FaultTiming(respond_limit, recover_limit, rs, vs, ro, vo, float(p.score if p.score is not None else 0.0))


def month_timeliness(info: ContractInfo, faults: list[FaultInfo]) -> float:
    """The month's 时效性 from its faults: full marks without faults, else the worst fault's
    points (or their mean, rounded to 3 decimals, when the contract says "mean")."""
    if not faults:
        return info.template.timeliness_weight
    points = [f.timing.points for f in faults]
    if info.timeliness_rule == "mean":
        return round(math.fsum(points) / len(points), 3)
    return min(points)


def _info(info: ContractInfo, r: ContractFault) -> FaultInfo:
    timing = fault_timing(info, r.impact, parse_time(r.reported_at, "reported_at"),
                          parse_time(r.responded_at, "responded_at"), parse_time(r.recovered_at, "recovered_at"))
    return FaultInfo(r.id, r.contract_id, r.impact, int(r.level), r.reported_at, r.responded_at, r.recovered_at,
                     r.description or "", r.evidence or "", r.evidence_id, timing)


def list_faults(session: Session, contract_id: str, month: str | None = None,
                info: ContractInfo | None = None) -> list[FaultInfo]:
    """The contract's live faults (of one month when given), in order of report time."""
    info = info or contract_info(session, contract_id)
    q = select(ContractFault).where(ContractFault.contract_id == contract_id, ContractFault.deleted.is_(False))
    if month is not None:
        q = q.where(ContractFault.reported_at.like(f"{month}-%"))
    rows = sorted(session.scalars(q), key=lambda r: (r.reported_at, r.id))
    return [_info(info, r) for r in rows]


# -- writes --------------------------------------------------------------------------

def _checked(session: Session, info: ContractInfo, values: dict[str, Any]) -> dict[str, Any]:
    """Validated stored values of a fault (all fields given); ValidationError names the field."""
    impact = str(values["impact"] or "").strip()
    if impact not in IMPACTS:
        raise ValidationError(_t("{field}: “{value}” is not one of business (affects the business), other.").format(
            field=field_label("impact"), value=values["impact"]))
    try:
        level = int(values["level"])
    except (TypeError, ValueError):
        level = 0
    if level not in LEVELS:
        raise ValidationError(_t("{field}: “{value}” is not 1, 2 or 3 (一级 main system, 二级 auxiliary system, 三级 hidden defect).").format(
            field=field_label("level"), value=values["level"]))
    rep = parse_time(values["reported_at"], field_label("reported_at"))
    res = parse_time(values["responded_at"], field_label("responded_at"))
    rec = parse_time(values["recovered_at"], field_label("recovered_at"))
    if res < rep:
        raise ValidationError(_t("{field} {value} is before the report time {reported}.").format(
            field=field_label("responded_at"), value=time_text(res), reported=time_text(rep)))
    if rec < rep:
        raise ValidationError(_t("{field} {value} is before the report time {reported}.").format(
            field=field_label("recovered_at"), value=time_text(rec), reported=time_text(rep)))
    month = rep.strftime("%Y-%m")
    if info.installment_of(month) is None:
        raise ValidationError(_t("{field}: the month {month} lies outside every installment of “{name}” ({periods}); add an installment covering it first.").format(
            field=field_label("reported_at"), month=month, name=info.name,
            periods=", ".join(i.period for i in info.installments) or _t("none yet")))
    evidence_id = values.get("evidence_id")
    if evidence_id:
        ev = session.get(EvidenceItem, evidence_id)
        if ev is None or ev.deleted or ev.project_id != info.project_id:
            raise ValidationError(_t("The evidence item linked to the fault is not in this project."))
    return {"impact": impact, "level": level, "reported_at": time_text(rep), "responded_at": time_text(res),
            "recovered_at": time_text(rec), "description": str(values.get("description") or ""),
            "evidence": str(values.get("evidence") or ""), "evidence_id": evidence_id or None}


def add_fault(session: Session, contract_id: str, *, impact: str, level: int | str, reported_at: Any,
              responded_at: Any, recovered_at: Any, description: str = "", evidence: str = "",
              evidence_id: str | None = None) -> ContractFault:
    """Register a fault; refused (nothing written) when a time or class is wrong or its month
    lies outside every installment."""
    c = get_row(session, Contract, contract_id, missing=_t("No such contract (it may have been deleted)."))
    info = contract_info(session, c)
    values = _checked(session, info, {"impact": impact, "level": level, "reported_at": reported_at,
                                      "responded_at": responded_at, "recovered_at": recovered_at,
                                      "description": description, "evidence": evidence, "evidence_id": evidence_id})
    row = ContractFault(project_id=c.project_id, contract_id=c.id, **values)
    session.add(row)
    session.flush()
    return row


FAULT_FIELDS = ("impact", "level", "reported_at", "responded_at", "recovered_at", "description", "evidence",
                "evidence_id")


def update_fault(session: Session, fault_id: str, **fields: Any) -> dict[str, Any]:
    """Change a fault; returns the previous values of what changed (for undo)."""
    r = get_row(session, ContractFault, fault_id, missing=_t("No such fault (it may have been deleted)."))
    unknown = sorted(set(fields) - set(FAULT_FIELDS))
    if unknown:
        raise ValidationError(translate("Errors", "Unknown field(s): {names}.").format(names=", ".join(unknown)))
    info = contract_info(session, r.contract_id)
    values = _checked(session, info, {**{k: getattr(r, k) for k in FAULT_FIELDS}, **fields})
    before = {k: getattr(r, k) for k, v in values.items() if getattr(r, k) != v}
    for k in before:
        setattr(r, k, values[k])
    session.flush()
    return before


def restore_fault(session: Session, fault_id: str, before: dict[str, Any]) -> None:
    restore_fields(session, get_row(session, ContractFault, fault_id, live=False), before)


def delete_fault(session: Session, fault_id: str, deleted: bool = True) -> None:
    set_deleted(session, ContractFault, fault_id, deleted)
