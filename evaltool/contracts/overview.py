"""The month × contract grid of a project, and copying contracts with a project.

``contracts_overview`` reads every live contract of a project with its statement, so the
Contracts page (and the report chapter) work on plain data after the session closes.
Read-only, except ``copy_contracts`` (used when a project is duplicated).
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from evaltool.contracts.months import month_id, score_id
from evaltool.contracts.payment import Statement, payment_statement
from evaltool.contracts.results import MonthResult
from evaltool.contracts.store import ContractInfo, list_contracts
from evaltool.models import Contract, ContractFault, ContractInstallment, ContractMonth, ContractScore, new_id


@dataclass
class Overview:
    contracts: list[ContractInfo] = field(default_factory=list)
    statements: dict[str, Statement] = field(default_factory=dict)  # contract id → statement

    @property
    def months(self) -> list[str]:
        """Rows of the grid: every month of any contract (installments and data), in order."""
        return sorted({m for s in self.statements.values() for m in s.months})

    def cell(self, contract_id: str, month: str) -> MonthResult | None:
        st = self.statements.get(contract_id)
        return st.months.get(month) if st is not None else None


def contracts_overview(session: Session, project_id: str) -> Overview:
    contracts = list_contracts(session, project_id)
    return Overview(contracts, {c.id: payment_statement(session, c.id) for c in contracts})


def copy_contracts(session: Session, source_project_id: str, target_project_id: str) -> int:
    """Copy the live contracts of one project into another (new ids; month and score ids
    derived again from the new contract, so they stay natural). Returns how many."""
    n = 0
    for c in session.scalars(select(Contract).where(Contract.project_id == source_project_id,
                                                    Contract.deleted.is_(False))):
        skip = {"id", "project_id", "created_at", "updated_at", "updated_by", "updated_device"}
        cols = [col.key for col in Contract.__table__.columns if col.key not in skip]
        dup = Contract(id=new_id(), project_id=target_project_id, **{k: copy.deepcopy(getattr(c, k)) for k in cols})
        session.add(dup)
        for model in (ContractInstallment, ContractFault):
            for r in session.scalars(select(model).where(model.contract_id == c.id, model.deleted.is_(False))):
                rcols = [col.key for col in model.__table__.columns if col.key not in skip | {"contract_id"}]
                session.add(model(id=new_id(), project_id=target_project_id, contract_id=dup.id,
                                  **{k: copy.deepcopy(getattr(r, k)) for k in rcols}))
        months = {}
        for r in session.scalars(select(ContractMonth).where(ContractMonth.contract_id == c.id,
                                                             ContractMonth.deleted.is_(False))):
            mid = month_id(dup.id, r.month)
            months[r.id] = mid
            session.add(ContractMonth(id=mid, project_id=target_project_id, contract_id=dup.id, month=r.month,
                                      score=r.score, catalog_rate=r.catalog_rate, sla_rate=r.sla_rate,
                                      adopted=r.adopted, note=r.note))
        session.flush()
        for s in session.scalars(select(ContractScore).where(ContractScore.contract_id == c.id,
                                                             ContractScore.deleted.is_(False))):
            if s.month_id not in months:
                continue
            session.add(ContractScore(id=score_id(months[s.month_id], s.leaf, s.evaluator_id),
                                      project_id=target_project_id, contract_id=dup.id, month_id=months[s.month_id],
                                      leaf=s.leaf, evaluator_id=s.evaluator_id, value=s.value, proposed=s.proposed,
                                      inputs=copy.deepcopy(s.inputs), comment=s.comment, reason=s.reason))
        n += 1
    session.flush()
    return n
