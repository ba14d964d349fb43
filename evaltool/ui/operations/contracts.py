"""Contract operations: every edit of the Contracts page as one undoable step.

Each runs a core function of ``evaltool.contracts`` and its inverse through ``push_op``
(one commit each, then ``data_changed`` with the ``contracts`` flag the session
collected). A refusal (``ValidationError`` naming the field) is shown in a message box
and nothing is put on the undo stack; each function returns whether it was done. Undo
texts come from the page (its translation context).
"""
from __future__ import annotations

from typing import Any

from evaltool.contracts import (
    UNSET,
    add_contract,
    add_fault,
    add_installment,
    delete_contract,
    delete_fault,
    delete_installment,
    month_state,
    restore_contract,
    restore_fault,
    restore_installment,
    restore_month,
    restore_score,
    score_state,
    set_leaf_score,
    set_month,
    update_contract,
    update_fault,
    update_installment,
)
from evaltool.ui.operations import push_op


def new_contract(window: Any, text: str, project_id: str, name: str, amount: Any, **terms: Any) -> str | None:
    """Add a contract; its id, or None when refused."""
    holder: dict[str, str] = {}

    def do(s: Any) -> None:
        if "id" in holder:  # redo after undo: bring the same record back
            delete_contract(s, holder["id"], False)
            return
        holder["id"] = add_contract(s, project_id, name, amount, **terms).id

    ok = push_op(window, text, do, lambda s: delete_contract(s, holder["id"]))
    return holder.get("id") if ok else None


def edit_contract(window: Any, text: str, contract_id: str, **fields: Any) -> bool:
    holder: dict[str, Any] = {}

    def do(s: Any) -> None:
        holder["before"] = update_contract(s, contract_id, **fields)

    return push_op(window, text, do, lambda s: restore_contract(s, contract_id, holder["before"]))


def remove_contract(window: Any, text: str, contract_id: str) -> bool:
    return push_op(window, text, lambda s: delete_contract(s, contract_id),
                   lambda s: delete_contract(s, contract_id, False))


def new_installment(window: Any, text: str, contract_id: str, months: str, amount: Any, label: str = "") -> bool:
    holder: dict[str, str] = {}

    def do(s: Any) -> None:
        if "id" in holder:
            delete_installment(s, holder["id"], False)
            return
        holder["id"] = add_installment(s, contract_id, months, amount, label).id

    return push_op(window, text, do, lambda s: delete_installment(s, holder["id"]))


def edit_installment(window: Any, text: str, installment_id: str, **fields: Any) -> bool:
    holder: dict[str, Any] = {}

    def do(s: Any) -> None:
        holder["before"] = update_installment(s, installment_id, **fields)

    return push_op(window, text, do, lambda s: restore_installment(s, installment_id, holder["before"]))


def remove_installment(window: Any, text: str, installment_id: str) -> bool:
    return push_op(window, text, lambda s: delete_installment(s, installment_id),
                   lambda s: delete_installment(s, installment_id, False))


def edit_month(window: Any, text: str, contract_id: str, month: str, *, score: Any = UNSET,
               catalog_rate: Any = UNSET, sla_rate: Any = UNSET, adopted: Any = UNSET) -> bool:
    """Set what is given of one month (UNSET leaves a field, None clears it)."""
    holder: dict[str, Any] = {}

    def do(s: Any) -> None:
        holder["state"] = month_state(s, contract_id, month)
        set_month(s, contract_id, month, score=score, catalog_rate=catalog_rate, sla_rate=sla_rate, adopted=adopted)

    return push_op(window, text, do, lambda s: restore_month(s, holder["state"]))


def edit_leaf_score(window: Any, text: str, contract_id: str, month: str, leaf: str, evaluator_id: str,
                    value: Any, reason: str | None = None) -> bool:
    holder: dict[str, Any] = {}

    def do(s: Any) -> None:
        holder["state"] = score_state(s, contract_id, month, leaf, evaluator_id)
        set_leaf_score(s, contract_id, month, leaf, evaluator_id, value, reason=reason)

    return push_op(window, text, do, lambda s: restore_score(s, holder["state"]))


def new_fault(window: Any, text: str, contract_id: str, **values: Any) -> bool:
    holder: dict[str, str] = {}

    def do(s: Any) -> None:
        if "id" in holder:
            delete_fault(s, holder["id"], False)
            return
        holder["id"] = add_fault(s, contract_id, **values).id

    return push_op(window, text, do, lambda s: delete_fault(s, holder["id"]))


def edit_fault(window: Any, text: str, fault_id: str, **values: Any) -> bool:
    holder: dict[str, Any] = {}

    def do(s: Any) -> None:
        holder["before"] = update_fault(s, fault_id, **values)

    return push_op(window, text, do, lambda s: restore_fault(s, fault_id, holder["before"]))


def remove_fault(window: Any, text: str, fault_id: str) -> bool:
    return push_op(window, text, lambda s: delete_fault(s, fault_id), lambda s: delete_fault(s, fault_id, False))
