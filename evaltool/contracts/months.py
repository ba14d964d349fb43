"""Monthly assessments: a month's total typed from the client's sheet, its catalogue-completion
and SLA rates, adopted suggestions, and each evaluator's scores of the template's leaves.

A month record has the natural id ``natural_id("contract_month", contract_id, month)``
and each evaluator's leaf score ``natural_id("contract_score", month_id, leaf, evaluator)``,
so two laptops entering the same month merge into one record (and each evaluator writes
only their own scores), as the project's leaf scores do.

A month outside every installment of the contract is refused (it would be paid in no
statement); so are rates outside 0…100, a total outside 0…the template's weight, and a
leaf score outside 0…its weight. Refusals change nothing. Edits return what undo needs.
All functions take a Session, flush, and never commit.
"""
from __future__ import annotations

import copy
from typing import Any

from sqlalchemy.orm import Session

from evaltool.contracts.store import ContractInfo, contract_info, field_label
from evaltool.contracts.terms import parse_month, parse_rate, rate_text
from evaltool.errors import ValidationError
from evaltool.formatting import fmt_score
from evaltool.i18n import translate
from evaltool.models import Contract, ContractMonth, ContractScore, natural_id
from evaltool.records import get_row, set_deleted
from evaltool.rules import departs, propose

UNSET: Any = object()  # "leave as it is" (None means "clear")
MONTH_FIELDS = ("deleted", "score", "catalog_rate", "sla_rate", "adopted", "note")
SCORE_FIELDS = ("deleted", "value", "proposed", "inputs", "comment", "reason")
MAX_ADOPTED = 1000


def _t(text: str) -> str:
    return translate("Contracts", text)


def month_id(contract_id: str, month: str) -> str:
    return natural_id("contract_month", contract_id, month)


def score_id(month_row_id: str, leaf: str, evaluator_id: str) -> str:
    return natural_id("contract_score", month_row_id, leaf, evaluator_id)


def require_covered(info: ContractInfo, month: str, field: str) -> None:
    if info.installment_of(month) is None:
        raise ValidationError(_t("{field}: the month {month} lies outside every installment of “{name}” ({periods}); add an installment covering it first.").format(
            field=field, month=month, name=info.name,
            periods=", ".join(i.period for i in info.installments) or _t("none yet")))


def _score(info: ContractInfo, value: Any) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        x = float(value)
    except (TypeError, ValueError):
        raise ValidationError(_t("{field}: “{value}” is not a number.").format(field=field_label("score"), value=value)) from None
    top = info.template.weight
    if not (0 <= x <= top + 1e-9) or x != x:
        raise ValidationError(_t("{field}: {value} is outside 0…{weight} (the bonus of adopted suggestions is added on top, not typed in).").format(
            field=field_label("score"), value=fmt_score(x), weight=fmt_score(top)))
    return round(x, 6)


def _adopted(value: Any) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        n = int(str(value).strip()) if not isinstance(value, int) else value
    except ValueError:
        n = -1
    if isinstance(value, bool) or not (0 <= n <= MAX_ADOPTED):
        raise ValidationError(_t("{field}: “{value}” is not a count of suggestions (0 or more).").format(
            field=field_label("adopted"), value=value))
    return n


def _rate(value: Any, key: str) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return rate_text(parse_rate(value, field_label(key)))


def month_state(session: Session, contract_id: str, month: str) -> dict[str, Any]:
    """What undo needs to put a month back as it was."""
    row = session.get(ContractMonth, month_id(contract_id, month))
    state: dict[str, Any] = {"contract_id": contract_id, "month": month, "exists": row is not None}
    if row is not None:
        state.update({k: copy.deepcopy(getattr(row, k)) for k in MONTH_FIELDS})
    return state


def restore_month(session: Session, state: dict[str, Any]) -> None:
    row = session.get(ContractMonth, month_id(state["contract_id"], state["month"]))
    if row is None:
        return
    if not state["exists"]:
        set_deleted(session, ContractMonth, row.id)
        return
    for k in MONTH_FIELDS:
        setattr(row, k, copy.deepcopy(state[k]))
    session.flush()


def ensure_month(session: Session, info: ContractInfo, month: str) -> ContractMonth:
    row = session.get(ContractMonth, month_id(info.id, month))
    if row is None:
        row = ContractMonth(id=month_id(info.id, month), project_id=info.project_id, contract_id=info.id, month=month)
        session.add(row)
    row.deleted = False
    return row


def set_month(session: Session, contract_id: str, month: str, *, score: Any = UNSET, catalog_rate: Any = UNSET,
              sla_rate: Any = UNSET, adopted: Any = UNSET, note: Any = UNSET) -> ContractMonth:
    """Record what is given of one month (``UNSET`` leaves a field, None clears it).

    ``score``: the month's assessment out of the template's weight (the bonus is added on top);
    rates: percent 0…100; ``adopted``: adopted improvement suggestions.
    """
    c = get_row(session, Contract, contract_id, missing=_t("No such contract (it may have been deleted)."))
    info = contract_info(session, c)
    m = parse_month(month, field_label("month"))
    require_covered(info, m, field_label("month"))
    values: dict[str, Any] = {}
    if score is not UNSET:
        values["score"] = _score(info, score)
    if catalog_rate is not UNSET:
        values["catalog_rate"] = _rate(catalog_rate, "catalog_rate")
    if sla_rate is not UNSET:
        values["sla_rate"] = _rate(sla_rate, "sla_rate")
    if adopted is not UNSET:
        values["adopted"] = _adopted(adopted)
    if note is not UNSET:
        values["note"] = str(note or "")
    row = ensure_month(session, info, m)
    for k, v in values.items():
        setattr(row, k, v)
    session.flush()
    return row


def delete_month(session: Session, contract_id: str, month: str) -> None:
    """Tombstone a month's record (its leaf scores are no longer counted)."""
    row = session.get(ContractMonth, month_id(contract_id, month))
    if row is not None and not row.deleted:
        set_deleted(session, ContractMonth, row.id)


# -- evaluators' leaf scores ------------------------------------------------------------

def score_state(session: Session, contract_id: str, month: str, leaf: str, evaluator_id: str) -> dict[str, Any]:
    """What undo needs to put one evaluator's leaf score (and its month) back as it was."""
    mid = month_id(contract_id, month)
    sc = session.get(ContractScore, score_id(mid, leaf, evaluator_id))
    state: dict[str, Any] = {"month": month_state(session, contract_id, month), "id": score_id(mid, leaf, evaluator_id),
                             "exists": sc is not None}
    if sc is not None:
        state.update({k: copy.deepcopy(getattr(sc, k)) for k in SCORE_FIELDS})
    return state


def restore_score(session: Session, state: dict[str, Any]) -> None:
    sc = session.get(ContractScore, state["id"])
    if sc is not None:
        if not state["exists"]:
            set_deleted(session, ContractScore, sc.id)
        else:
            for k in SCORE_FIELDS:
                setattr(sc, k, copy.deepcopy(state[k]))
            session.flush()
    restore_month(session, state["month"])


def set_leaf_score(session: Session, contract_id: str, month: str, leaf: str, evaluator_id: str,
                   value: Any = None, *, inputs: dict[str, Any] | None = None, comment: str | None = None,
                   reason: str | None = None, require_reason: bool = True) -> ContractScore:
    """One evaluator's score of one leaf of the month, with the leaf's rule proposing it
    from ``inputs`` (``value`` None takes the proposal). A score that departs from the
    proposal needs a reason, as on any leaf. Timeliness and the bonus are not scored here:
    they come from the fault register and the adopted suggestions."""
    c = get_row(session, Contract, contract_id, missing=_t("No such contract (it may have been deleted)."))
    info = contract_info(session, c)
    m = parse_month(month, field_label("month"))
    require_covered(info, m, field_label("month"))
    spec = info.template.leaf(leaf)
    if spec is None:
        raise ValidationError(_t("{field}: “{value}” is not a leaf of the monthly template of “{name}”.").format(
            field=field_label("leaf"), value=leaf, name=info.name))
    if spec.role == "timeliness":
        raise ValidationError(_t("“{leaf}” is worked out from the fault register; record the month's faults instead.").format(leaf=spec.name))
    if spec.role == "bonus":
        raise ValidationError(_t("“{leaf}” comes from the adopted suggestions of the month; enter their number instead.").format(leaf=spec.name))
    prop = propose(spec.rule, inputs, spec.weight) if inputs is not None else None
    x: float | None
    if value is None or (isinstance(value, str) and not value.strip()):
        x = prop.score if prop is not None else None
    else:
        try:
            x = float(value)
        except (TypeError, ValueError):
            raise ValidationError(_t("{field}: “{value}” is not a number.").format(field=field_label("value"), value=value)) from None
    if x is not None and not (0 <= x <= spec.weight + 1e-9):
        raise ValidationError(_t("{field}: the score {value} of “{leaf}” is outside 0…{weight}.").format(
            field=field_label("value"), value=fmt_score(x), leaf=spec.name, weight=fmt_score(spec.weight)))
    if require_reason and prop is not None and departs(x, prop.score) and not (reason or "").strip():
        raise ValidationError(_t("The score {value} of “{leaf}” differs from its rule's proposal {proposed}: give a reason.").format(
            value=fmt_score(x), leaf=spec.name, proposed=fmt_score(prop.score)))
    row = ensure_month(session, info, m)
    session.flush()
    sid = score_id(row.id, spec.path, evaluator_id)
    sc = session.get(ContractScore, sid)
    if sc is None:
        sc = ContractScore(id=sid, project_id=info.project_id, contract_id=info.id, month_id=row.id, leaf=spec.path,
                           evaluator_id=evaluator_id)
        session.add(sc)
    sc.deleted = False
    sc.value = None if x is None else round(x, 6)
    if inputs is not None:
        sc.inputs = copy.deepcopy(inputs)
        sc.proposed = prop.score if prop is not None else None
    if comment is not None:
        sc.comment = comment
    if reason is not None:
        sc.reason = reason
    session.flush()
    return sc
