"""Service contracts (sub-projects) scored every month, with their payment installments,
monthly assessments, evaluators' scores of the monthly template and the fault register.

Money and rates are stored as decimal *text* ("1200000.00", "98.5"), never floats, so a
payment figure is exact to the fen on every laptop (see ``evaltool.contracts.money``).
Months are ``YYYY-MM``; fault times are local wall-clock times ``YYYY-MM-DDTHH:MM[:SS]``
(no time zone: the contract's limits are counted on the client's clock).
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

# The modules of the tables this module's foreign keys name, imported with it: SQLAlchemy
# looks those tables up when it orders a flush (evaltool.models imports models on first use).
import evaltool.models.evidence
import evaltool.models.project  # noqa: F401
from evaltool.models.base import Base, Synced, Txt


class Contract(Synced, Base):
    """One contract of a project with its terms (seed 001 values are the defaults).

    ``bands``: [{"name", "name_en", "min", "pay"}] — ``min`` points of the period's average
    monthly score, ``pay`` percent of the performance pool paid. ``limits``: response and
    recovery limits per impact class, e.g. {"business": {"respond": "15min", "recover": "2h"}}.
    ``calendar``: {"holidays": [dates], "workdays": [make-up working dates]}.
    ``template``: the monthly assessment framework (template node specs, JSON).
    """

    __tablename__ = "contracts"
    project_id: Mapped[str] = mapped_column(ForeignKey("projects.id"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    vendor: Mapped[Txt]
    amount: Mapped[str] = mapped_column(String(24), default="0.00")  # 元, decimal text
    base_share: Mapped[str] = mapped_column(String(12), default="0.8")  # fraction paid as the fixed base
    bands: Mapped[list[Any]] = mapped_column(JSON, default=list)
    catalog_penalty: Mapped[str] = mapped_column(String(24), default="2000")  # 元 per percentage point
    sla_penalty: Mapped[str] = mapped_column(String(24), default="1000")  # 元 per percentage point
    limits: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    timeliness_rule: Mapped[str] = mapped_column(String(10), default="worst")  # worst|mean
    calendar: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    template: Mapped[list[Any]] = mapped_column(JSON, default=list)
    template_name: Mapped[Txt]
    note: Mapped[Txt]
    position: Mapped[float] = mapped_column(Float, default=0.0)


class ContractInstallment(Synced, Base):
    """A payment (每笔应支付合同价款) covering the service months first…last (inclusive)."""

    __tablename__ = "contract_installments"
    project_id: Mapped[str] = mapped_column(ForeignKey("projects.id"), index=True)
    contract_id: Mapped[str] = mapped_column(ForeignKey("contracts.id"), index=True)
    first_month: Mapped[str] = mapped_column(String(7))
    last_month: Mapped[str] = mapped_column(String(7))
    amount: Mapped[str] = mapped_column(String(24), default="0.00")  # 元, decimal text
    label: Mapped[Txt]
    note: Mapped[Txt]


class ContractMonth(Synced, Base):
    """One month of a contract; id ``natural_id("contract_month", contract_id, month)``.

    ``score``: the month's assessment out of the template's weight (100) typed from the
    client's sheet, None when it comes from the evaluators' leaf scores; adopted
    suggestions add their bonus on top. Rates are percent as decimal text ("98.5").
    """

    __tablename__ = "contract_months"
    project_id: Mapped[str] = mapped_column(ForeignKey("projects.id"), index=True)
    contract_id: Mapped[str] = mapped_column(ForeignKey("contracts.id"), index=True)
    month: Mapped[str] = mapped_column(String(7))
    score: Mapped[float | None] = mapped_column(Float, nullable=True)
    catalog_rate: Mapped[str | None] = mapped_column(String(16), nullable=True)  # 服务目录完成率, %
    sla_rate: Mapped[str | None] = mapped_column(String(16), nullable=True)  # SLA 达标率, %
    adopted: Mapped[int | None] = mapped_column(Integer, nullable=True)  # adopted improvement suggestions
    note: Mapped[Txt]


class ContractScore(Synced, Base):
    """One evaluator's score of one leaf of the monthly template for one month.

    id ``natural_id("contract_score", month_id, leaf, evaluator_id)``; ``leaf`` is the
    leaf's path in the contract's template ("服务质量/事件处理/服务态度").
    """

    __tablename__ = "contract_scores"
    project_id: Mapped[str] = mapped_column(ForeignKey("projects.id"), index=True)
    contract_id: Mapped[str] = mapped_column(ForeignKey("contracts.id"), index=True)
    month_id: Mapped[str] = mapped_column(ForeignKey("contract_months.id"), index=True)
    leaf: Mapped[str] = mapped_column(String(300))
    evaluator_id: Mapped[str] = mapped_column(ForeignKey("evaluators.id"), index=True)
    value: Mapped[float | None] = mapped_column(Float, nullable=True)
    proposed: Mapped[float | None] = mapped_column(Float, nullable=True)
    inputs: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    comment: Mapped[Txt]
    reason: Mapped[Txt]


class ContractFault(Synced, Base):
    """A fault of the register: impact class (business|other), level 1/2/3 (一/二/三级),
    local times reported / responded / recovered, what happened and its evidence."""

    __tablename__ = "contract_faults"
    project_id: Mapped[str] = mapped_column(ForeignKey("projects.id"), index=True)
    contract_id: Mapped[str] = mapped_column(ForeignKey("contracts.id"), index=True)
    impact: Mapped[str] = mapped_column(String(10), default="other")
    level: Mapped[int] = mapped_column(Integer, default=2)
    reported_at: Mapped[str] = mapped_column(String(19))
    responded_at: Mapped[str] = mapped_column(String(19))
    recovered_at: Mapped[str] = mapped_column(String(19))
    description: Mapped[Txt]
    evidence: Mapped[Txt]  # 工单号, file or page reference
    evidence_id: Mapped[str | None] = mapped_column(ForeignKey("evidence_items.id"), nullable=True)
