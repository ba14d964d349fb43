"""What a contract's months come to: timeliness, leaf scores, the month's score, penalties.

``load_contract(session, contract_id)`` reads everything of one contract once, as plain
data; ``month_result(data, month)`` then works out one month without the database:

- 时效性 from the month's faults (``evaltool.contracts.faults``);
- every other leaf of the monthly template from its evaluators' scores, consolidated as the
  project consolidates leaves (mean, or median; "lead decides" uses the mean here, since
  a month has no separate lead decision);
- the month's assessment (out of the template's 100): the total typed from the client's
  sheet when there is one (``source`` "direct"), else the sum of the leaves once every
  leaf has a score (``source`` "leaves"), else None (not assessed yet, ``missing`` says
  which leaves lack a score);
- the month's score = assessment + the bonus of its adopted suggestions (10 each in seed
  001, outside the 100, limited only by the bonus rule's own cap);
- penalties: (100 − rate) percentage points × the contract's 元 per point, for the
  catalogue-completion and the SLA rate, each rounded half up to the fen.

Points are floats rounded to 6 places (like the rest of the scoring); money is Decimal.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from evaltool.contracts.faults import FaultInfo, list_faults, month_timeliness
from evaltool.contracts.store import ContractInfo, contract_info
from evaltool.contracts.template import bonus_points
from evaltool.contracts.terms import HUNDRED, to_fen
from evaltool.i18n import localized, translate
from evaltool.models import ContractMonth, ContractScore, Evaluator, Project
from evaltool.scoring import consolidate, r6


def _t(text: str) -> str:
    return translate("Contracts", text)


@dataclass(frozen=True)
class MonthRecord:
    month: str
    score: float | None
    catalog_rate: Decimal | None
    sla_rate: Decimal | None
    adopted: int | None
    note: str


@dataclass(frozen=True)
class ScoreRecord:
    evaluator_id: str
    value: float | None
    proposed: float | None
    inputs: dict[str, Any] | None
    comment: str
    reason: str


@dataclass
class ContractData:
    """One contract's terms, months, evaluators' scores and faults, read once."""

    info: ContractInfo
    months: dict[str, MonthRecord]
    scores: dict[str, dict[str, dict[str, ScoreRecord]]]  # month → leaf path → evaluator id → score
    faults: list[FaultInfo]
    evaluators: dict[str, str]  # id → name
    consolidation: str = "mean"

    @property
    def all_months(self) -> list[str]:
        """Months of the installments plus any month holding data, in order."""
        extra = set(self.months) | set(self.scores) | {f.month for f in self.faults}
        return sorted(set(self.info.months) | extra)


@dataclass(frozen=True)
class PenaltyItem:
    month: str
    kind: str  # "catalog" | "sla"
    rate: Decimal  # percent achieved
    shortfall: Decimal  # percentage points below 100
    per_point: Decimal  # 元
    amount: Decimal  # 元, to the fen

    def label(self, lang: str | None = None) -> str:
        if self.kind == "catalog":
            return translate("Contracts", "Catalogue completion rate", lang)
        return translate("Contracts", "SLA compliance rate", lang)

    def as_json(self) -> dict[str, Any]:
        return {"month": self.month, "kind": self.kind, "rate": float(self.rate), "shortfall": float(self.shortfall),
                "per_point": float(self.per_point), "amount": float(self.amount)}


@dataclass
class LeafValue:
    path: str
    name: str
    name_en: str
    weight: float
    role: str | None
    value: float | None
    by_evaluator: dict[str, float | None] = field(default_factory=dict)  # evaluator id → value

    def label(self, lang: str | None = None) -> str:
        return localized(self.name, self.name_en, lang)


@dataclass
class MonthResult:
    contract_id: str
    contract_name: str
    month: str
    installment: str | None  # the covering installment's period, None when outside all
    record: MonthRecord | None
    faults: list[FaultInfo]
    timeliness: float
    leaves: list[LeafValue]
    base_score: float | None  # out of the template's weight (100)
    bonus: float
    score: float | None  # base + bonus
    source: str | None  # "direct" | "leaves" | None
    missing: list[str]
    penalties: list[PenaltyItem]
    warnings: list[str] = field(default_factory=list)

    @property
    def penalty_total(self) -> Decimal:
        return sum((p.amount for p in self.penalties), Decimal(0))

    @property
    def assessed(self) -> bool:
        return self.score is not None

    def as_json(self, evaluators: dict[str, str] | None = None) -> dict[str, Any]:
        rec = self.record
        names = evaluators or {}
        return {
            "contract": self.contract_name, "month": self.month, "installment": self.installment,
            "score": self.score, "base_score": self.base_score, "bonus": self.bonus, "timeliness": self.timeliness,
            "source": self.source, "direct_score": rec.score if rec else None,
            "catalog_rate": float(rec.catalog_rate) if rec and rec.catalog_rate is not None else None,
            "sla_rate": float(rec.sla_rate) if rec and rec.sla_rate is not None else None,
            "adopted_suggestions": rec.adopted if rec else None,
            "faults": [f.as_json() for f in self.faults],
            "leaves": [{"path": lv.path, "role": lv.role, "weight": lv.weight, "value": lv.value,
                        "evaluators": {names.get(k, k): v for k, v in lv.by_evaluator.items()}} for lv in self.leaves],
            "missing": self.missing, "penalties": [p.as_json() for p in self.penalties],
            "penalty_total": float(self.penalty_total), "warnings": self.warnings,
        }


def _dec(text: str | None) -> Decimal | None:
    return None if text is None or text == "" else Decimal(text)


def load_contract(session: Session, contract_id: str) -> ContractData:
    info = contract_info(session, contract_id)
    months = {r.month: MonthRecord(r.month, r.score, _dec(r.catalog_rate), _dec(r.sla_rate), r.adopted, r.note or "")
              for r in session.scalars(select(ContractMonth).where(ContractMonth.contract_id == contract_id,
                                                                   ContractMonth.deleted.is_(False)))}
    month_of = {r.id: r.month for r in session.scalars(select(ContractMonth).where(
        ContractMonth.contract_id == contract_id))}
    scores: dict[str, dict[str, dict[str, ScoreRecord]]] = {}
    ev_ids: set[str] = set()
    for sc in session.scalars(select(ContractScore).where(ContractScore.contract_id == contract_id,
                                                          ContractScore.deleted.is_(False))):
        m = month_of.get(sc.month_id)
        if m is None or m not in months:
            continue  # the month record was tombstoned: its scores go with it
        scores.setdefault(m, {}).setdefault(sc.leaf, {})[sc.evaluator_id] = ScoreRecord(
            sc.evaluator_id, sc.value, sc.proposed, sc.inputs, sc.comment or "", sc.reason or "")
        ev_ids.add(sc.evaluator_id)
    evaluators = {e.id: e.name for e in session.scalars(select(Evaluator).where(Evaluator.id.in_(sorted(ev_ids))))}
    project = session.get(Project, info.project_id)
    method = (project.consolidation if project is not None else "mean") or "mean"
    return ContractData(info, months, scores, list_faults(session, contract_id, info=info), evaluators,
                        "mean" if method == "lead" else method)


def penalties_of(info: ContractInfo, month: str, rec: MonthRecord | None) -> list[PenaltyItem]:
    out: list[PenaltyItem] = []
    if rec is None:
        return out
    for kind, rate, per in (("catalog", rec.catalog_rate, info.catalog_penalty), ("sla", rec.sla_rate, info.sla_penalty)):
        if rate is None or rate >= HUNDRED:
            continue
        short = HUNDRED - rate
        out.append(PenaltyItem(month, kind, rate, short, per, to_fen(short * per)))
    return out


def month_result(data: ContractData, month: str) -> MonthResult:
    info = data.info
    tpl = info.template
    rec = data.months.get(month)
    faults = [f for f in data.faults if f.month == month]
    timeliness = month_timeliness(info, faults)
    month_scores = data.scores.get(month, {})
    adopted = rec.adopted if rec is not None else None
    leaves: list[LeafValue] = []
    missing: list[str] = []
    warnings: list[str] = []
    for leaf in tpl.leaves:
        by_ev = {ev: s.value for ev, s in month_scores.get(leaf.path, {}).items()}
        if leaf.role == "timeliness":
            value: float | None = min(timeliness, leaf.weight)
        elif leaf.role == "bonus":
            value = bonus_points(leaf.rule, adopted)
        else:
            value = consolidate([v for v in by_ev.values() if v is not None], data.consolidation)
            if value is None:
                missing.append(leaf.path)
        leaves.append(LeafValue(leaf.path, leaf.name, leaf.name_en, leaf.weight, leaf.role, value, by_ev))
    bonus_leaf = tpl.bonus
    bonus = bonus_points(bonus_leaf.rule, adopted) if bonus_leaf is not None else 0.0
    if adopted and bonus_leaf is None:
        warnings.append(_t("The monthly template of “{name}” has no bonus rule: the adopted suggestions earn no points.").format(
            name=info.name))
    base: float | None = None
    source: str | None = None
    if rec is not None and rec.score is not None:
        base, source = rec.score, "direct"
    elif not missing and (rec is not None or month_scores):
        base = r6(math.fsum(lv.value or 0.0 for lv in leaves if lv.role != "bonus"))
        source = "leaves"
    score = r6(base + bonus) if base is not None else None
    inst = info.installment_of(month)
    if inst is None and (rec is not None or faults or month_scores):
        warnings.append(_t("{month} lies outside every installment of “{name}”: it is paid in no statement.").format(
            month=month, name=info.name))
    return MonthResult(info.id, info.name, month, inst.period if inst else None, rec, faults, timeliness, leaves,
                       base_score=base, bonus=bonus, score=score, source=source,
                       missing=missing if base is None else [], penalties=penalties_of(info, month, rec),
                       warnings=warnings)


def month_results(data: ContractData) -> dict[str, MonthResult]:
    return {m: month_result(data, m) for m in data.all_months}
