"""Contracts and their payment installments: add, edit, delete (tombstone), find, list.

Every edit validates first and changes nothing when it refuses (``ValidationError`` naming
the field and the value). Edits return what undo needs (the previous values), like the
rest of the core. An installment that overlaps another of the same contract is refused;
installments that do not add up to the contract amount are accepted with a *warning*
(``installment_warnings``): the contract may still be being typed in.

All functions take a Session, flush, and never commit.
"""
from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from evaltool.contracts.template import MonthlyTemplate, default_template, read_template
from evaltool.contracts.terms import (
    DEFAULT_BANDS,
    DEFAULT_BASE_SHARE,
    DEFAULT_CATALOG_PENALTY,
    DEFAULT_LIMITS,
    DEFAULT_SLA_PENALTY,
    TIMELINESS_RULES,
    fmt_money,
    money_text,
    month_range,
    parse_money,
    parse_months,
    parse_penalty,
    parse_share,
    period_text,
    validate_bands,
    validate_calendar,
    validate_limits,
)
from evaltool.errors import NotFoundError, ValidationError
from evaltool.i18n import translate
from evaltool.models import Contract, ContractInstallment, Project
from evaltool.records import get_row, restore_fields, set_deleted


def _t(text: str) -> str:
    return translate("Contracts", text)


def field_label(key: str) -> str:
    """The name of a field in messages, in the user's language."""
    labels = {
        "name": _t("Contract name"), "vendor": _t("Vendor"), "amount": _t("Contract amount"),
        "base_share": _t("Base share"), "bands": _t("Grade bands"),
        "catalog_penalty": _t("Penalty per point of catalogue completion"),
        "sla_penalty": _t("Penalty per point of SLA compliance"), "limits": _t("Time limits"),
        "timeliness_rule": _t("Timeliness of a month"), "calendar": _t("Working-day calendar"),
        "months": _t("Installment months"), "installment_amount": _t("Installment amount"),
        "month": _t("Month"), "score": _t("Month score"), "catalog_rate": _t("Catalogue completion rate"),
        "sla_rate": _t("SLA compliance rate"), "adopted": _t("Adopted suggestions"),
        "reported_at": _t("Reported at"), "responded_at": _t("Responded at"), "recovered_at": _t("Recovered at"),
        "impact": _t("Impact"), "level": _t("Fault level"), "leaf": _t("Indicator"), "value": _t("Score"),
    }
    return labels.get(key, key)


@dataclass(frozen=True)
class InstallmentInfo:
    id: str
    first_month: str
    last_month: str
    amount: Decimal
    label: str = ""
    note: str = ""

    @property
    def months(self) -> list[str]:
        return month_range(self.first_month, self.last_month)

    @property
    def period(self) -> str:
        return period_text(self.first_month, self.last_month)

    def covers(self, month: str) -> bool:
        return self.first_month <= month <= self.last_month

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "months": self.months, "period": self.period, "amount": float(self.amount),
                "label": self.label, "note": self.note}


@dataclass
class ContractInfo:
    """A contract as plain data (money as Decimal), with its installments by first month."""

    id: str
    project_id: str
    name: str
    vendor: str
    amount: Decimal
    base_share: Decimal
    bands: list[dict[str, Any]]
    catalog_penalty: Decimal
    sla_penalty: Decimal
    limits: dict[str, dict[str, str]]
    timeliness_rule: str
    calendar: dict[str, list[str]]
    template_name: str
    template_nodes: list[dict[str, Any]]
    note: str = ""
    position: float = 0.0
    installments: list[InstallmentInfo] = field(default_factory=list)

    @cached_property
    def template(self) -> MonthlyTemplate:
        return read_template(self.template_nodes, self.template_name)

    @property
    def months(self) -> list[str]:
        """Every month some installment covers, in order."""
        return sorted({m for i in self.installments for m in i.months})

    def installment_of(self, month: str) -> InstallmentInfo | None:
        return next((i for i in self.installments if i.covers(month)), None)

    @property
    def installments_total(self) -> Decimal:
        return sum((i.amount for i in self.installments), Decimal(0))

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "vendor": self.vendor, "amount": float(self.amount),
                "base_share": float(self.base_share), "bands": self.bands,
                "catalog_penalty": float(self.catalog_penalty), "sla_penalty": float(self.sla_penalty),
                "limits": self.limits, "timeliness_rule": self.timeliness_rule, "calendar": self.calendar,
                "template": self.template_name, "note": self.note,
                "installments": [i.as_json() for i in self.installments]}


def _installment_info(r: ContractInstallment) -> InstallmentInfo:
    return InstallmentInfo(r.id, r.first_month, r.last_month, Decimal(r.amount or "0"), r.label or "", r.note or "")


def live_installments(session: Session, contract_id: str) -> list[ContractInstallment]:
    rows = session.scalars(select(ContractInstallment).where(
        ContractInstallment.contract_id == contract_id, ContractInstallment.deleted.is_(False)))
    return sorted(rows, key=lambda r: (r.first_month, r.last_month, r.id))


def contract_info(session: Session, contract: Contract | str) -> ContractInfo:
    c = get_row(session, Contract, contract, missing=_t("No such contract (it may have been deleted).")) \
        if isinstance(contract, str) else contract
    return ContractInfo(
        c.id, c.project_id, c.name, c.vendor or "", Decimal(c.amount or "0"), Decimal(c.base_share or "0.8"),
        copy.deepcopy(c.bands or DEFAULT_BANDS), Decimal(c.catalog_penalty or "0"), Decimal(c.sla_penalty or "0"),
        copy.deepcopy(c.limits or DEFAULT_LIMITS), c.timeliness_rule or "worst",
        {"holidays": list((c.calendar or {}).get("holidays") or []),
         "workdays": list((c.calendar or {}).get("workdays") or [])},
        c.template_name or "", copy.deepcopy(c.template or []), c.note or "", c.position or 0.0,
        [_installment_info(r) for r in live_installments(session, c.id)])


def list_contracts(session: Session, project_id: str) -> list[ContractInfo]:
    rows = session.scalars(select(Contract).where(Contract.project_id == project_id, Contract.deleted.is_(False)))
    return [contract_info(session, c) for c in sorted(rows, key=lambda c: (c.position or 0.0, c.name))]


def has_contracts(session: Session, project_id: str) -> bool:
    return session.scalar(select(Contract.id).where(Contract.project_id == project_id,
                                                    Contract.deleted.is_(False)).limit(1)) is not None


def find_contract(session: Session, project_id: str, ref: str) -> Contract:
    """A live contract of the project by id or exact name."""
    ref = (ref or "").strip()
    c = session.get(Contract, ref)
    if c is not None and not c.deleted and c.project_id == project_id:
        return c
    hits = list(session.scalars(select(Contract).where(Contract.project_id == project_id, Contract.name == ref,
                                                       Contract.deleted.is_(False))))
    if len(hits) == 1:
        return hits[0]
    names = [x.name for x in session.scalars(select(Contract).where(
        Contract.project_id == project_id, Contract.deleted.is_(False)))]
    raise NotFoundError(_t("No contract “{name}” in this project. Contracts: {names}.").format(
        name=ref, names="、".join(names) or _t("none yet")))


# -- contracts -----------------------------------------------------------------------

def _name(session: Session, project_id: str, value: Any, exclude: str | None = None) -> str:
    name = str(value or "").strip()
    if not name:
        raise ValidationError(_t("{field} may not be empty.").format(field=field_label("name")))
    clash = session.scalar(select(Contract.id).where(Contract.project_id == project_id, Contract.name == name,
                                                     Contract.deleted.is_(False), Contract.id != (exclude or "")))
    if clash is not None:
        raise ValidationError(_t("{field}: a contract named “{name}” exists already in this project.").format(
            field=field_label("name"), name=name))
    return name


def _timeliness_rule(value: Any) -> str:
    if value not in TIMELINESS_RULES:
        raise ValidationError(_t("{field}: “{value}” is not one of worst, mean.").format(
            field=field_label("timeliness_rule"), value=value))
    return str(value)


# Stored form of each editable field from what a caller gives.
_CONVERT: dict[str, Callable[[Any], Any]] = {
    "vendor": lambda v: str(v or "").strip(),
    "amount": lambda v: money_text(parse_money(v, field_label("amount"))),
    "base_share": lambda v: f"{parse_share(v, field_label('base_share')).normalize():f}",
    "bands": lambda v: validate_bands(list(v or []), field_label("bands")),
    "catalog_penalty": lambda v: money_text(parse_penalty(v, field_label("catalog_penalty"))),
    "sla_penalty": lambda v: money_text(parse_penalty(v, field_label("sla_penalty"))),
    "limits": lambda v: validate_limits(dict(v or {}), field_label("limits")),
    "timeliness_rule": _timeliness_rule,
    "calendar": validate_calendar,
    "note": lambda v: str(v or ""),
}
CONTRACT_FIELDS = ("name", *_CONVERT)


def add_contract(session: Session, project_id: str, name: str, amount: Any, *, vendor: str = "",
                 base_share: Any = None, bands: list[dict[str, Any]] | None = None, catalog_penalty: Any = None,
                 sla_penalty: Any = None, limits: dict[str, Any] | None = None, timeliness_rule: str = "worst",
                 calendar: dict[str, Any] | None = None, template: list[dict[str, Any]] | None = None,
                 template_name: str | None = None, note: str = "") -> Contract:
    """A new contract with seed 001's terms for whatever is not given."""
    project = session.get(Project, project_id)
    if project is None or project.deleted:
        raise NotFoundError(project_id)
    values = {
        "vendor": vendor, "amount": amount,
        "base_share": DEFAULT_BASE_SHARE if base_share is None else base_share,
        "bands": DEFAULT_BANDS if bands is None else bands,
        "catalog_penalty": DEFAULT_CATALOG_PENALTY if catalog_penalty is None else catalog_penalty,
        "sla_penalty": DEFAULT_SLA_PENALTY if sla_penalty is None else sla_penalty,
        "limits": limits or DEFAULT_LIMITS, "timeliness_rule": timeliness_rule, "calendar": calendar or {},
        "note": note,
    }
    stored = {k: _CONVERT[k](v) for k, v in values.items()}
    if template is None:
        default_name, nodes = default_template()
        template_name = template_name or default_name
    else:
        nodes = copy.deepcopy(template)
    if not read_template(nodes).scored_leaves and read_template(nodes).timeliness is None:
        raise ValidationError(_t("The monthly template has no leaves to score."))
    positions = session.scalars(select(Contract.position).where(Contract.project_id == project_id,
                                                                Contract.deleted.is_(False))).all()
    c = Contract(project_id=project_id, name=_name(session, project_id, name), template=nodes,
                 template_name=template_name or "", position=(max(positions) + 1.0) if positions else 1.0, **stored)
    session.add(c)
    session.flush()
    return c


def update_contract(session: Session, contract_id: str, **fields: Any) -> dict[str, Any]:
    """Set terms of a contract; returns the previous values of what changed (for undo)."""
    c = get_row(session, Contract, contract_id, missing=_t("No such contract (it may have been deleted)."))
    unknown = sorted(set(fields) - set(CONTRACT_FIELDS))
    if unknown:
        raise ValidationError(translate("Errors", "Unknown field(s): {names}.").format(names=", ".join(unknown)))
    new = {k: (_name(session, c.project_id, v, c.id) if k == "name" else _CONVERT[k](v)) for k, v in fields.items()}
    before: dict[str, Any] = {}
    for k, v in new.items():
        old = getattr(c, k)
        if old != v:
            before[k] = copy.deepcopy(old)
            setattr(c, k, copy.deepcopy(v))
    session.flush()
    return before


def restore_contract(session: Session, contract_id: str, before: dict[str, Any]) -> None:
    restore_fields(session, get_row(session, Contract, contract_id, live=False), before)


def delete_contract(session: Session, contract_id: str, deleted: bool = True) -> None:
    """Tombstone (or restore) a contract; its months, scores and faults stay with it."""
    set_deleted(session, Contract, contract_id, deleted)


# -- installments ------------------------------------------------------------------------

def _check_overlap(session: Session, contract_id: str, first: str, last: str, exclude: str | None = None) -> None:
    for r in live_installments(session, contract_id):
        if r.id != exclude and r.first_month <= last and first <= r.last_month:
            raise ValidationError(_t("{field}: {period} overlaps the installment {other}; a month belongs to one installment only.").format(
                field=field_label("months"), period=period_text(first, last), other=period_text(r.first_month, r.last_month)))


def add_installment(session: Session, contract_id: str, months: str | tuple[str, str], amount: Any,
                    label: str = "", note: str = "") -> ContractInstallment:
    """A payment installment covering ``months`` ("2023-01..2023-04" or (first, last))."""
    c = get_row(session, Contract, contract_id, missing=_t("No such contract (it may have been deleted)."))
    first, last = parse_months(months if isinstance(months, str) else "..".join(months), field_label("months"))
    value = parse_money(amount, field_label("installment_amount"))
    _check_overlap(session, c.id, first, last)
    row = ContractInstallment(project_id=c.project_id, contract_id=c.id, first_month=first, last_month=last,
                              amount=money_text(value), label=str(label or "").strip(), note=str(note or ""))
    session.add(row)
    session.flush()
    return row


def update_installment(session: Session, installment_id: str, *, months: str | None = None, amount: Any = None,
                       label: str | None = None, note: str | None = None) -> dict[str, Any]:
    """Change an installment; returns the previous values (for undo)."""
    r = get_row(session, ContractInstallment, installment_id, missing=_t("No such installment (it may have been deleted)."))
    new: dict[str, Any] = {}
    if months is not None:
        first, last = parse_months(months, field_label("months"))
        _check_overlap(session, r.contract_id, first, last, exclude=r.id)
        new.update(first_month=first, last_month=last)
    if amount is not None:
        new["amount"] = money_text(parse_money(amount, field_label("installment_amount")))
    if label is not None:
        new["label"] = label.strip()
    if note is not None:
        new["note"] = note
    before = {k: getattr(r, k) for k, v in new.items() if getattr(r, k) != v}
    for k, v in new.items():
        setattr(r, k, v)
    session.flush()
    return before


def restore_installment(session: Session, installment_id: str, before: dict[str, Any]) -> None:
    restore_fields(session, get_row(session, ContractInstallment, installment_id, live=False), before)


def delete_installment(session: Session, installment_id: str, deleted: bool = True) -> None:
    """Tombstone (or restore) an installment; restoring one that now overlaps is refused."""
    r = get_row(session, ContractInstallment, installment_id, live=False)
    if not deleted and r.deleted:
        _check_overlap(session, r.contract_id, r.first_month, r.last_month, exclude=r.id)
    set_deleted(session, ContractInstallment, installment_id, deleted)


def installment_warnings(session: Session, contract_id: str) -> list[str]:
    """What is accepted but worth a look: no installments yet, or installments that do not
    add up to the contract amount (months outside every installment: ``results``)."""
    info = contract_info(session, contract_id)
    out: list[str] = []
    total = info.installments_total
    if not info.installments:
        out.append(_t("Contract “{name}” has no installments yet: add them before the months are assessed.").format(
            name=info.name))
    elif total != info.amount:
        out.append(_t("The installments of “{name}” add up to {total} yuan, not the contract amount of {amount} yuan (difference {diff} yuan).").format(
            name=info.name, total=fmt_money(total), amount=fmt_money(info.amount), diff=fmt_money(total - info.amount)))
    return out
