"""Money (万元): budget lines per sub-project and year, their rates, and their reconciliation.

A project's money is a set of ``BudgetLine`` rows (``evaltool.models.BudgetLine``), one per
sub-project (contract) and year: 批复预算 ``approved``, 调整后预算 ``adjusted``, 到位资金
``received``, 实际支出 ``actual``, 调至其他项目 ``moved_out`` and 财政收回 ``recovered``.
Rates are fractions (0.9914), shown with ``formatting.fmt_rate``. Definitions (domain §8, §9):

- 预算执行率 execution rate = 实际支出 / 调整后预算;
- 资金到位率 arrival rate = 到位资金 / 批复预算;
- 预算调整率 adjustment rate — its numerator is chosen per project
  (``Project.adjustment_definition``, see ``ADJUSTMENT_DEFINITIONS``):
  ``change`` |调整后预算 − 批复预算| (default), ``cut`` 调减额 (批复预算 − 调整后预算, increases
  count 0), ``moved_recovered`` 调至其他项目金额 + 财政收回金额; always over 批复预算.

Combined figures (per sub-project over its years, per year over its sub-projects, and
for the whole project) are sums of the amounts, the rates following from the sums —
never a mean of rates (seed 000: 456.375 / 658.4 = 69.32 %). A line whose sub-project is
"" states the project's own total for its year; when named lines exist too, it is
checked against their sum (``reconcile``), not added to it.

Core functions take a Session, flush, never commit.
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from evaltool.errors import NotFoundError, ValidationError
from evaltool.formatting import fmt_rate
from evaltool.i18n import QT_TRANSLATE_NOOP, translate
from evaltool.models import BudgetLine as LineRow
from evaltool.models import Project, natural_id
from evaltool.records import get_row

AMOUNTS = ("approved", "adjusted", "received", "actual", "moved_out", "recovered")
ADJUSTMENT_DEFINITIONS = ("change", "cut", "moved_recovered")
DEFINITION_TEXT = {
    "change": QT_TRANSLATE_NOOP("Money", "|adjusted − approved| / approved"),
    "cut": QT_TRANSLATE_NOOP("Money", "(approved − adjusted) / approved (cuts only)"),
    "moved_recovered": QT_TRANSLATE_NOOP("Money", "(moved to other projects + recovered) / approved"),
}
# The report's wording of each definition (the report language is chosen per export).
DEFINITION_REPORT = {
    "change": ("预算调整率=|调整后预算−批复预算|/批复预算", "adjustment rate = |adjusted − approved| / approved"),
    "cut": ("预算调整率=调减金额/批复预算", "adjustment rate = amount cut / approved"),
    "moved_recovered": ("预算调整率=（调至其他项目金额+财政收回金额）/批复预算",
                        "adjustment rate = (moved to other projects + recovered) / approved"),
}
# Names people type for each amount (CLI ``--line``, spreadsheet headers), lower-cased.
AMOUNT_NAMES: dict[str, tuple[str, ...]] = {
    "approved": ("approved", "批复", "批复预算", "批复金额", "年初预算", "预算安排", "预算"),
    "adjusted": ("adjusted", "调整后", "调整后预算", "调整后金额"),
    "received": ("received", "到位", "到位资金", "资金到位"),
    "actual": ("actual", "实际", "实际支出", "支出", "实际支付"),
    "moved_out": ("moved_out", "moved", "调至其他项目", "调出", "调剂", "调剂至其他项目"),
    "recovered": ("recovered", "收回", "财政收回", "回收"),
}
ADJUSTMENT_NAMES = ("adjustment", "调整", "调整额", "调增减")  # a signed change: adjusted = approved + it
TOLERANCE = 0.00005  # 万元: amounts closer than half a 元 are equal


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    if numerator is None or denominator is None or denominator == 0:
        return None
    return numerator / denominator


def execution_rate(actual: float | None, adjusted: float | None) -> float | None:
    """实际支出 / 调整后预算."""
    return ratio(actual, adjusted)


def adjustment_amount(approved: float | None, adjusted: float | None) -> float | None:
    """|调整后预算 − 批复预算| (the ``change`` definition's numerator)."""
    if approved is None or adjusted is None:
        return None
    return abs(approved - adjusted)


def adjustment_rate(approved: float | None, adjusted: float | None) -> float | None:
    """|调整后预算 − 批复预算| / 批复预算."""
    return ratio(adjustment_amount(approved, adjusted), approved)


def arrival_rate(received: float | None, approved: float | None) -> float | None:
    """到位资金 / 批复预算."""
    return ratio(received, approved)


@dataclass
class BudgetLine:
    """One line (or a sum of lines) in 万元; ``definition`` picks the adjustment numerator."""

    name: str
    approved: float | None
    adjusted: float | None
    actual: float | None
    received: float | None = None
    moved_out: float | None = None
    recovered: float | None = None
    year: int | None = None
    note: str = ""
    definition: str = "change"
    id: str = ""
    summed_adjustment: float | None = None  # a combined line: the sum of its lines' adjustments

    @property
    def _own_adjustment(self) -> float | None:
        if self.definition == "cut":
            if self.approved is None or self.adjusted is None:
                return None
            return max(self.approved - self.adjusted, 0.0)
        if self.definition == "moved_recovered":
            if self.moved_out is None and self.recovered is None:
                return None
            return (self.moved_out or 0.0) + (self.recovered or 0.0)
        return adjustment_amount(self.approved, self.adjusted)

    @property
    def label(self) -> str:
        """"运维服务项目 2022" / "2022" / the name."""
        if self.year is None:
            return self.name
        return f"{self.name} {self.year}" if self.name else str(self.year)

    @property
    def adjustment(self) -> float | None:
        """The adjustment rate's numerator under the line's definition.

        A combined line adds its lines' numerators (a cut here and an increase there do
        not cancel out: both are adjustments)."""
        if self.summed_adjustment is not None:
            return self.summed_adjustment
        return self._own_adjustment

    @property
    def adjustment_rate(self) -> float | None:
        return ratio(self.adjustment, self.approved)

    @property
    def execution_rate(self) -> float | None:
        return execution_rate(self.actual, self.adjusted)

    @property
    def arrival_rate(self) -> float | None:
        return arrival_rate(self.received, self.approved)

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "year": self.year, "approved": self.approved, "adjusted": self.adjusted,
                "received": self.received, "actual": self.actual, "moved_out": self.moved_out,
                "recovered": self.recovered, "note": self.note, "adjustment": self.adjustment,
                "adjustment_rate": self.adjustment_rate, "execution_rate": self.execution_rate,
                "arrival_rate": self.arrival_rate}


def _sum(values: list[float | None]) -> float | None:
    """The sum when every value is recorded; None otherwise (a partial sum would mislead)."""
    vals = [v for v in values if v is not None]
    return math.fsum(vals) if len(vals) == len(values) and vals else None


def _sum_optional(values: list[float | None]) -> float | None:
    """Sum of the recorded values (amounts moved or recovered: absent means none)."""
    vals = [v for v in values if v is not None]
    return math.fsum(vals) if vals else None


def combine(lines: list[BudgetLine], name: str = "", year: int | None = None) -> BudgetLine:
    """The combined line: sums of each amount and of the adjustments (rates follow from the sums)."""
    definition = lines[0].definition if lines else "change"
    adjustments = [x.adjustment for x in lines]
    summed = (_sum_optional(adjustments) if definition == "moved_recovered" else _sum(adjustments)) if lines else None
    return BudgetLine(name or translate("Money", "Combined"), _sum([x.approved for x in lines]),
                      _sum([x.adjusted for x in lines]), _sum([x.actual for x in lines]),
                      _sum([x.received for x in lines]), _sum_optional([x.moved_out for x in lines]),
                      _sum_optional([x.recovered for x in lines]), year, definition=definition,
                      summed_adjustment=summed)


def _project(session: Session, project_id: str) -> Project:
    p = session.get(Project, project_id)
    if p is None or p.deleted:
        raise NotFoundError(translate("Errors", "No project with id or name “{name}”. Run “evaltool projects” to list them.")
                            .format(name=project_id))
    return p


def _rows(session: Session, project_id: str) -> list[LineRow]:
    q = select(LineRow).where(LineRow.project_id == project_id, LineRow.deleted.is_(False))
    return sorted(session.scalars(q), key=lambda r: (r.position or 0.0, r.sub_project, r.year or 0))


def _line(r: LineRow, definition: str) -> BudgetLine:
    return BudgetLine(r.sub_project or "", r.approved, r.adjusted, r.actual, r.received, r.moved_out, r.recovered,
                      r.year, r.note or "", definition, r.id)


@dataclass
class MoneyOverview:
    """Everything the money table, the report and the checks need, session-free.

    ``lines``: the named lines (sub-projects, any year) in order; ``totals``: lines with
    sub-project "" (the project's own figures per year); ``by_sub_project`` /
    ``by_year``: sums; ``combined``: the whole project; ``warnings``: reconciliation.
    """

    definition: str
    lines: list[BudgetLine]
    totals: list[BudgetLine]
    by_sub_project: list[BudgetLine]
    by_year: list[BudgetLine]
    combined: BudgetLine
    project_line: BudgetLine  # the figures on the Project page (批复 / 调整后 / 实际支出)
    warnings: list[str] = field(default_factory=list)

    @property
    def years(self) -> list[int]:
        return sorted({x.year for x in self.lines + self.totals if x.year is not None})

    @property
    def multi_year(self) -> bool:
        return len(self.years) > 1

    @property
    def sub_projects(self) -> list[str]:
        return list(dict.fromkeys(x.name for x in self.lines))

    def as_json(self) -> dict[str, Any]:
        return {"definition": self.definition, "lines": [x.as_json() for x in self.lines],
                "totals": [x.as_json() for x in self.totals],
                "by_sub_project": [x.as_json() for x in self.by_sub_project],
                "by_year": [x.as_json() for x in self.by_year], "combined": self.combined.as_json(),
                "warnings": list(self.warnings)}


def money_overview(session: Session, project_id: str) -> MoneyOverview:
    p = _project(session, project_id)
    definition = p.adjustment_definition if p.adjustment_definition in ADJUSTMENT_DEFINITIONS else "change"
    rows = [_line(r, definition) for r in _rows(session, project_id)]
    named = [x for x in rows if x.name]
    totals = [x for x in rows if not x.name]
    project_line = BudgetLine(p.name, p.budget_approved, p.budget_adjusted, p.actual_spending, definition=definition)
    by_sub = [combine([x for x in named if x.name == name], name) for name in dict.fromkeys(x.name for x in named)]
    years = sorted({x.year for x in named if x.year is not None})
    by_year = [combine([x for x in named if x.year == y], str(y), y) for y in years]
    if named:
        combined = combine(named, translate("Money", "Combined"))
    elif totals:
        combined = combine(totals, p.name)
    else:
        combined = replace(project_line)
    ov = MoneyOverview(definition, named, totals, by_sub, by_year, combined, project_line)
    ov.warnings = reconcile(ov)
    return ov


def budget_lines(session: Session, project_id: str) -> tuple[list[BudgetLine], BudgetLine]:
    """Per sub-project lines (one per sub-project, summed over its years) and the combined line.

    Without lines, ``([], the project's own figures)``.
    """
    ov = money_overview(session, project_id)
    return ov.by_sub_project, ov.combined


def _money(v: float | None) -> str:
    if v is None:
        return ""
    s = f"{v:.4f}".rstrip("0").rstrip(".")
    return s or "0"


def _same(a: float | None, b: float | None) -> bool:
    return a is None or b is None or abs(a - b) <= TOLERANCE


def reconcile(ov: MoneyOverview) -> list[str]:
    """What does not add up: lines against the project's stated totals, each line against itself.

    Messages name the line and both figures, in the user's language.
    """
    out: list[str] = []
    names = {"approved": translate("Money", "approved budget"), "adjusted": translate("Money", "adjusted budget"), "actual": translate("Money", "actual spending"),
             "received": translate("Money", "funds received")}
    if ov.lines:
        for key in ("approved", "adjusted", "actual"):
            stated = getattr(ov.project_line, key)
            summed = getattr(ov.combined, key)
            if stated is not None and summed is not None and not _same(stated, summed):
                out.append(translate("Money", "The project's {what} is {stated} but its budget lines add up to {sum}.").format(
                    what=names[key], stated=_money(stated), sum=_money(summed)))
        for total in ov.totals:
            part = [x for x in ov.lines if x.year == total.year]
            if not part:
                continue
            summed_line = combine(part)
            for key in ("approved", "adjusted", "received", "actual"):
                a, b = getattr(total, key), getattr(summed_line, key)
                if a is not None and b is not None and not _same(a, b):
                    out.append(translate("Money", "The total line {line} states {what} {stated}, the sub-projects add up to {sum}.").format(
                        line=total.label, what=names[key], stated=_money(a), sum=_money(b)))
    for x in ov.lines + ov.totals:
        if x.approved is not None and x.adjusted is not None and (x.moved_out is not None or x.recovered is not None):
            expect = x.approved - (x.moved_out or 0.0) - (x.recovered or 0.0)
            if not _same(expect, x.adjusted) and x.adjusted < x.approved:
                out.append(translate("Money", "{line}: approved {a} − moved {m} − recovered {r} is {e}, but the adjusted budget is {adj}.")
                           .format(line=x.label or translate("Money", "project"), a=_money(x.approved), m=_money(x.moved_out or 0.0),
                                   r=_money(x.recovered or 0.0), e=_money(expect), adj=_money(x.adjusted)))
        if x.actual is not None and x.adjusted is not None and x.actual > x.adjusted + TOLERANCE:
            out.append(translate("Money", "{line}: actual spending {a} is more than the adjusted budget {b}.").format(
                line=x.label or translate("Money", "project"), a=_money(x.actual), b=_money(x.adjusted)))
    if ov.definition == "moved_recovered" and (ov.lines or ov.totals) and all(
            x.moved_out is None and x.recovered is None for x in ov.lines + ov.totals):
        out.append(translate("Money", "The adjustment rate is defined by the amounts moved to other projects and recovered, "
                      "but no line records them."))
    return out


# -- editing -------------------------------------------------------------------------

def line_id(project_id: str, sub_project: str, year: int | None) -> str:
    return natural_id("budget_line", project_id, sub_project, str(year))


LINE_FIELDS = ("deleted", *AMOUNTS, "note", "position", "sub_project", "year")


def line_state(session: Session, project_id: str, sub_project: str, year: int | None) -> dict[str, Any] | None:
    """What undo needs to put a line back (None: the line did not exist)."""
    row = session.get(LineRow, line_id(project_id, sub_project, year))
    return None if row is None else {k: getattr(row, k) for k in LINE_FIELDS}


def restore_line(session: Session, project_id: str, sub_project: str, year: int | None,
                 state: dict[str, Any] | None) -> None:
    """Put a line back as ``line_state`` saw it (a line that did not exist is tombstoned)."""
    row = session.get(LineRow, line_id(project_id, sub_project, year))
    if row is None:
        return
    if state is None:
        row.deleted = True
    else:
        for k, v in state.items():
            setattr(row, k, v)
    session.flush()


def _check_amount(key: str, value: Any) -> float | None:
    if value is None:
        return None
    try:
        f = float(value)
    except (TypeError, ValueError) as exc:
        raise ValidationError(translate("Errors", "“{field}” must be an amount in 万元, not “{value}”.").format(
            field=key, value=value)) from exc
    if not math.isfinite(f) or f < 0:
        raise ValidationError(translate("Errors", "“{field}” must be an amount of zero or more, not “{value}”.").format(
            field=key, value=value))
    return f


def set_line(session: Session, project_id: str, sub_project: str, year: int | None, **values: Any) -> LineRow:
    """Create or update the line (sub-project, year); only the given amounts change.

    ``values``: any of ``AMOUNTS`` (万元, None clears), ``note``. A tombstoned line comes
    back with the given values. ValidationError names the field of a bad value.
    """
    _project(session, project_id)
    sub_project = (sub_project or "").strip()
    if year is not None and not 1900 <= int(year) <= 2200:
        raise ValidationError(translate("Errors", "The year {year} is not a year.").format(year=year))
    unknown = set(values) - {*AMOUNTS, "note"}
    if unknown:
        raise ValidationError(translate("Errors", "Unknown field(s): {names}.").format(names=", ".join(sorted(unknown))))
    clean = {k: (_check_amount(k, v) if k in AMOUNTS else str(v or "")) for k, v in values.items()}
    lid = line_id(project_id, sub_project, year)
    row = session.get(LineRow, lid)
    if row is None:
        positions = session.scalars(select(LineRow.position).where(LineRow.project_id == project_id)).all()
        row = LineRow(id=lid, project_id=project_id, sub_project=sub_project, year=year,
                      position=(max(positions) + 1.0) if positions else 1.0)
        session.add(row)
    elif row.deleted:
        row.deleted = False
        for k in AMOUNTS:
            setattr(row, k, None)
    for k, v in clean.items():
        if getattr(row, k) != v:
            setattr(row, k, v)
    session.flush()
    return row


def delete_line(session: Session, project_id: str, sub_project: str, year: int | None) -> None:
    row = get_row(session, LineRow, line_id(project_id, (sub_project or "").strip(), year),
                  missing=translate("Errors", "No budget line “{line}”.").format(
                      line=f"{sub_project} {year}" if year is not None else sub_project))
    row.deleted = True
    session.flush()


def set_adjustment_definition(session: Session, project_id: str, definition: str) -> str:
    """Choose how 预算调整率 is computed for the project; returns the previous choice."""
    if definition not in ADJUSTMENT_DEFINITIONS:
        raise ValidationError(translate("Errors", "Unknown adjustment-rate definition “{name}”; use one of: {names}.").format(
            name=definition, names=", ".join(ADJUSTMENT_DEFINITIONS)))
    p = _project(session, project_id)
    before = p.adjustment_definition or "change"
    if before != definition:
        p.adjustment_definition = definition
        session.flush()
    return before


# -- reading amounts as people type them ------------------------------------------------

_AMOUNT_RE = re.compile(r"^\s*([-+]?\d[\d,，]*(?:\.\d+)?)\s*(万元|万|元)?\s*$")


def parse_amount(text: Any) -> float | None:
    """"509.4" / "509.40万元" → 509.4; "1,501,850元" → 150.185 (万元); "" → None.

    ValidationError for anything else (never a guess)."""
    if text is None:
        return None
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        return float(text)
    s = str(text).strip().replace("，", ",")
    if not s:
        return None
    m = _AMOUNT_RE.match(s)
    if not m:
        raise ValidationError(translate("Errors", "“{value}” is not an amount (万元).").format(value=text))
    digits = m.group(1)
    if "," in digits and not re.fullmatch(r"[-+]?\d{1,3}(,\d{3})+(\.\d+)?", digits):
        raise ValidationError(translate("Errors", "“{value}” is not an amount (万元).").format(value=text))
    v = float(digits.replace(",", ""))
    return v / 10000 if m.group(2) == "元" else v


def amount_key(name: str) -> str | None:
    """The amount a typed name means ("批复" → "approved"), "adjustment" for a signed change, or None."""
    key = (name or "").strip().lower()
    for field_, names in AMOUNT_NAMES.items():
        if key in names:
            return field_
    if key in ADJUSTMENT_NAMES:
        return "adjustment"
    return None


# -- figures for scoring rules ---------------------------------------------------------------

METRICS = ("execution_rate", "adjustment_rate", "arrival_rate")


def metric_value(session: Session, project_id: str, metric: str, line: str | None = None) -> float | None:
    """A money rate as a fraction, for the whole project or one sub-project (None when unknown).

    Rules read it through ``inputs["money"] = {"project_id", "metric", "line"}``
    (``evaltool.rules``), so a proposal follows later changes of the money figures.
    """
    if metric not in METRICS:
        raise ValidationError(translate("Errors", "Unknown money figure “{name}”; use one of: {names}.").format(
            name=metric, names=", ".join(METRICS)))
    ov = money_overview(session, project_id)
    target = ov.combined
    if line:
        found = [x for x in ov.by_sub_project if x.name == line]
        if not found:
            raise NotFoundError(translate("Errors", "No budget line “{line}”.").format(line=line))
        target = found[0]
    return getattr(target, metric)


def money_link(project_id: str, metric: str, line: str | None = None) -> dict[str, Any]:
    return {"project_id": project_id, "metric": metric, "line": line or None}


def describe_rates(lines: Iterable[BudgetLine]) -> list[str]:
    """One line of text per budget line (CLI, messages)."""
    return [f"{x.label}: {fmt_rate(x.adjustment_rate)} / {fmt_rate(x.execution_rate)}" for x in lines]


def rename_line(session: Session, project_id: str, sub_project: str, year: int | None, new_sub_project: str,
                new_year: int | None) -> None:
    """Move a line to another sub-project name or year (its amounts and note go with it).

    Refused when the destination line exists already (ValidationError naming it).
    """
    new_sub_project = (new_sub_project or "").strip()
    if (sub_project, year) == (new_sub_project, new_year):
        return
    old = get_row(session, LineRow, line_id(project_id, sub_project, year),
                  missing=translate("Errors", "No budget line “{line}”.").format(line=f"{sub_project} {year or ''}".strip()))
    dest = session.get(LineRow, line_id(project_id, new_sub_project, new_year))
    if dest is not None and not dest.deleted:
        raise ValidationError(translate("Errors", "There is already a budget line “{line}”.").format(
            line=f"{new_sub_project} {new_year or ''}".strip()))
    values = {k: getattr(old, k) for k in AMOUNTS}
    row = set_line(session, project_id, new_sub_project, new_year, **values, note=old.note)
    row.position = old.position
    old.deleted = True
    session.flush()
