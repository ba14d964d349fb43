"""Service contracts scored every month (seed 001): terms, installments, monthly
assessments, the fault register, penalties and the payment each installment earns.

Split along its jobs; import from here:

- ``terms``: reading money, shares, rates, months, bands, limits, the calendar (seed 001 defaults);
- ``workdays``: how "1 working day" is counted;
- ``template``: the contract's monthly template (leaves, the timeliness and bonus roles);
- ``store``: contracts and installments (add, edit, delete, find, list, warnings);
- ``months``: a month's total, rates, adopted suggestions and the evaluators' leaf scores;
- ``faults``: the fault register and the 时效性 it gives a month;
- ``results``: what a month comes to (timeliness, leaves, score, penalties);
- ``payment``: the payment statement per installment and for the year;
- ``overview``: the month × contract grid of a project; copying contracts with a project.
"""
from __future__ import annotations

from evaltool.contracts.faults import (
    FaultInfo,
    FaultTiming,
    add_fault,
    delete_fault,
    fault_timing,
    list_faults,
    month_timeliness,
    parse_time,
    restore_fault,
    update_fault,
)
from evaltool.contracts.months import (
    UNSET,
    delete_month,
    month_id,
    month_state,
    restore_month,
    restore_score,
    score_state,
    set_leaf_score,
    set_month,
)
from evaltool.contracts.overview import Overview, contracts_overview, copy_contracts
from evaltool.contracts.payment import InstallmentStatement, Statement, payment_statement
from evaltool.contracts.results import ContractData, LeafValue, MonthResult, PenaltyItem, load_contract, month_result
from evaltool.contracts.store import (
    ContractInfo,
    InstallmentInfo,
    add_contract,
    add_installment,
    contract_info,
    delete_contract,
    delete_installment,
    find_contract,
    has_contracts,
    installment_warnings,
    list_contracts,
    restore_contract,
    restore_installment,
    update_contract,
    update_installment,
)
from evaltool.contracts.terms import (
    DEFAULT_BANDS,
    DEFAULT_LIMITS,
    bands_text,
    fmt_money,
    parse_bands,
    parse_limits,
)

__all__ = [
    "DEFAULT_BANDS", "DEFAULT_LIMITS", "UNSET", "ContractData", "ContractInfo", "FaultInfo", "FaultTiming",
    "InstallmentInfo", "InstallmentStatement", "LeafValue", "MonthResult", "Overview", "PenaltyItem", "Statement",
    "add_contract", "add_fault", "add_installment", "bands_text", "contract_info", "contracts_overview",
    "copy_contracts", "delete_contract", "delete_fault", "delete_installment", "delete_month", "fault_timing",
    "find_contract", "fmt_money", "has_contracts", "installment_warnings", "list_contracts", "list_faults",
    "load_contract", "month_id", "month_result", "month_state", "month_timeliness", "parse_bands", "parse_limits",
    "parse_time", "payment_statement", "restore_contract", "restore_fault", "restore_installment", "restore_month",
    "restore_score", "score_state", "set_leaf_score", "set_month", "update_contract", "update_fault",
    "update_installment",
]
