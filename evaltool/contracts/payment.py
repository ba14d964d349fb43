"""The payment statement: what each installment of a contract earns, and the year.

For each installment (每笔应支付合同价款), in 元 with ``Decimal``:

- base = amount × base share (0.8), rounded half up to the fen;
- pool = amount − base (so base + pool is exactly the amount);
- average = mean of the scores of the installment's *assessed* months (实际产生的考核总分之和
  取平均值), rounded half up to 3 decimals; the grade is that of the rounded average (the
  figure printed is the one that decided), from the contract's bands;
- pool paid = pool × the grade's pay share (100 / 80 / 60 / 0 %), rounded half up to the fen;
- penalties, itemised per month: (100 − rate) points × 元 per point for the catalogue
  completion rate and the SLA rate, each rounded half up to the fen, deducted from the
  installment whose period holds the month;
- payable = base + pool paid − penalties (exact sums of fen figures; a negative payable is
  shown as it is, with a warning, never hidden).

An installment with months not yet assessed is *provisional* (averaged over the assessed
months, with a warning naming the others); with no month assessed its average, grade,
pool paid and payable are None. The year adds the installments up and grades the
average of every assessed month (for the report; payments follow the installments).
Read-only; the session is only read.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy.orm import Session

from evaltool.contracts.results import ContractData, MonthResult, PenaltyItem, load_contract, month_results
from evaltool.contracts.store import ContractInfo, InstallmentInfo, installment_warnings
from evaltool.contracts.terms import HUNDRED, band_for, fmt_money, to_fen
from evaltool.i18n import localized, translate

SCORE_PLACES = Decimal("0.001")


def _t(text: str) -> str:
    return translate("Contracts", text)


def score_decimal(x: float) -> Decimal:
    """A month's score as the decimal the user sees (scores are kept to 6 places)."""
    return Decimal(repr(round(x, 6)))


def average_of(scores: list[float]) -> Decimal | None:
    if not scores:
        return None
    total = sum((score_decimal(s) for s in scores), Decimal(0))
    return (total / len(scores)).quantize(SCORE_PLACES, ROUND_HALF_UP)


@dataclass
class InstallmentStatement:
    installment: InstallmentInfo
    months: list[MonthResult]
    average: Decimal | None
    grade: dict[str, Any] | None
    share: Decimal | None  # fraction of the pool paid (0.8)
    base: Decimal
    pool: Decimal  # the whole performance pool
    pool_paid: Decimal | None
    penalties: list[PenaltyItem]
    payable: Decimal | None
    warnings: list[str] = field(default_factory=list)

    @property
    def penalty_total(self) -> Decimal:
        return sum((p.amount for p in self.penalties), Decimal(0))

    @property
    def assessed(self) -> list[MonthResult]:
        return [m for m in self.months if m.score is not None]

    @property
    def complete(self) -> bool:
        return len(self.assessed) == len(self.months)

    def grade_name(self, lang: str | None = None) -> str:
        return localized(self.grade.get("name"), self.grade.get("name_en"), lang) if self.grade else ""

    def as_json(self) -> dict[str, Any]:
        g = self.grade or {}
        return {
            "label": self.installment.label, "period": self.installment.period, "months": self.installment.months,
            "scores": [m.score for m in self.months], "amount": float(self.installment.amount),
            "assessed_months": len(self.assessed),
            "average_score": None if self.average is None else float(self.average),
            "grade": g.get("name"), "grade_en": g.get("name_en"),
            "share": None if self.share is None else float(self.share),
            "base": float(self.base), "pool_full": float(self.pool),
            "pool": None if self.pool_paid is None else float(self.pool_paid),
            "penalties": float(self.penalty_total), "penalty_items": [p.as_json() for p in self.penalties],
            "payable": None if self.payable is None else float(self.payable),
            "complete": self.complete, "warnings": self.warnings,
        }


@dataclass
class Statement:
    contract: ContractInfo
    installments: list[InstallmentStatement]
    months: dict[str, MonthResult]
    evaluators: dict[str, str]
    warnings: list[str] = field(default_factory=list)

    @property
    def amount(self) -> Decimal:
        return sum((i.installment.amount for i in self.installments), Decimal(0))

    @property
    def base(self) -> Decimal:
        return sum((i.base for i in self.installments), Decimal(0))

    @property
    def pool(self) -> Decimal:
        return sum((i.pool for i in self.installments), Decimal(0))

    @property
    def pool_paid(self) -> Decimal:
        return sum((i.pool_paid or Decimal(0) for i in self.installments), Decimal(0))

    @property
    def penalty_total(self) -> Decimal:
        return sum((i.penalty_total for i in self.installments), Decimal(0))

    @property
    def payable(self) -> Decimal:
        """Sum of the installments whose payable is known."""
        return sum((i.payable for i in self.installments if i.payable is not None), Decimal(0))

    @property
    def complete(self) -> bool:
        return all(i.complete for i in self.installments)

    @property
    def year_scores(self) -> list[float]:
        return [m.score for i in self.installments for m in i.months if m.score is not None]

    @property
    def year_average(self) -> Decimal | None:
        return average_of(self.year_scores)

    @property
    def year_grade(self) -> dict[str, Any] | None:
        avg = self.year_average
        return None if avg is None else band_for(avg, self.contract.bands)

    def as_json(self) -> dict[str, Any]:
        g = self.year_grade or {}
        return {
            "contract": self.contract.name, "contract_id": self.contract.id, "vendor": self.contract.vendor,
            "amount": float(self.contract.amount), "base_share": float(self.contract.base_share),
            "installments": [i.as_json() for i in self.installments],
            "total_amount": float(self.amount), "total_base": float(self.base), "total_pool": float(self.pool_paid),
            "total_penalties": float(self.penalty_total), "total_payable": float(self.payable),
            "year_average_score": None if self.year_average is None else float(self.year_average),
            "year_grade": g.get("name"), "complete": self.complete, "warnings": self.warnings,
        }


def installment_statement(info: ContractInfo, inst: InstallmentInfo, months: dict[str, MonthResult]) -> InstallmentStatement:
    rows = [months[m] for m in inst.months]
    scores = [m.score for m in rows if m.score is not None]
    average = average_of(scores)
    base = to_fen(inst.amount * info.base_share)
    pool = inst.amount - base
    penalties = [p for m in rows for p in m.penalties]
    penalty_total = sum((p.amount for p in penalties), Decimal(0))
    warnings: list[str] = []
    grade = share = pool_paid = payable = None
    if average is not None:
        grade = band_for(average, info.bands)
        share = Decimal(repr(float(grade["pay"]))) / HUNDRED
        pool_paid = to_fen(pool * share)
        payable = base + pool_paid - penalty_total
        if payable < 0:
            warnings.append(_t("The penalties of {period} ({penalties} yuan) exceed what the installment earns; it comes to {payable} yuan.").format(
                period=inst.period, penalties=fmt_money(penalty_total), payable=fmt_money(payable)))
    pending = [m.month for m in rows if m.score is None]
    if pending and scores:
        warnings.append(_t("{period}: not assessed yet: {months}; the average is over the {n} assessed months and the figures are provisional.").format(
            period=inst.period, months="、".join(pending), n=len(scores)))
    elif pending:
        warnings.append(_t("{period}: no month assessed yet; the performance pool and the payable amount are not known.").format(
            period=inst.period))
    no_rates = [m.month for m in rows if m.score is not None and (m.record is None or m.record.catalog_rate is None
                                                                    or m.record.sla_rate is None)]
    if no_rates:
        warnings.append(_t("{period}: catalogue-completion or SLA rate not entered for {months}; no penalty is counted for them.").format(
            period=inst.period, months="、".join(no_rates)))
    return InstallmentStatement(inst, rows, average, grade, share, base, pool, pool_paid, penalties, payable, warnings)


def statement_of(data: ContractData, warnings: list[str] | None = None) -> Statement:
    months = month_results(data)
    insts = [installment_statement(data.info, i, months) for i in data.info.installments]
    out = list(warnings or [])
    for m in months.values():
        out.extend(m.warnings)
    for i in insts:
        out.extend(i.warnings)
    return Statement(data.info, insts, months, data.evaluators, out)


def payment_statement(session: Session, contract_id: str) -> Statement:
    """The whole statement of one contract (installments, months, year, warnings)."""
    data = load_contract(session, contract_id)
    return statement_of(data, installment_warnings(session, contract_id))
