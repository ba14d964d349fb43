"""Contracts travel between laptops like the rest (USB packages, the change log):
two evaluators' scores of the same month never conflict, the same month typed on two
laptops is one record (a real disagreement is a conflict to settle), and a contract made
on one laptop arrives whole on the other with the same statement."""
from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from evaltool import sync
from evaltool.contracts import (
    add_contract,
    add_fault,
    add_installment,
    find_contract,
    load_contract,
    month_result,
    payment_statement,
    set_leaf_score,
    set_month,
)
from evaltool.models import ContractMonth
from tests.unit.test_sync import _messages_in_english, _pair_template, empty_template, give, pair, state, usb

__all__ = ["_messages_in_english", "_pair_template", "empty_template", "pair", "usb"]  # fixtures used here


def _om(db, pid: str) -> str:
    with db.read_session() as s:
        return find_contract(s, pid, "运维服务合同").id


def test_two_evaluators_score_the_same_month_without_conflict(pair, usb) -> None:
    a, b, pid = pair
    cid = _om(a, pid)
    with a.session() as s:
        set_leaf_score(s, cid, "2022-11", "服务态度", a.evaluator_id, 7.5)
    with b.session() as s:
        set_leaf_score(s, cid, "2022-11", "服务态度", b.evaluator_id, 5)
        add_fault(s, cid, impact="business", level=1, reported_at="2022-11-08 10:00", responded_at="2022-11-08 10:40",
                  recovered_at="2022-11-08 11:00")  # 40 of 15 minutes: 167 % over → 0
    give(b, a, pid, usb)
    summary = give(a, b, pid, usb)
    assert summary.totals.conflicting == 0
    for db in (a, b):
        with db.read_session() as s:
            nov = month_result(load_contract(s, cid), "2022-11")
            leaf = next(lv for lv in nov.leaves if lv.name == "服务态度")
            assert leaf.by_evaluator == {a.evaluator_id: 7.5, b.evaluator_id: 5} and leaf.value == 6.25
            assert nov.timeliness == 0 and nov.score == 89  # the client's total (89) still decides the month
            assert sync.list_conflicts(s, pid) == []
    assert state(a, pid) == state(b, pid)


def test_the_same_month_on_two_laptops_is_one_record_and_a_disagreement_a_conflict(pair, usb) -> None:
    a, b, pid = pair
    cid = _om(a, pid)
    with a.session() as s:
        set_month(s, cid, "2022-11", sla_rate="99")
    with b.session() as s:
        set_month(s, cid, "2022-11", sla_rate="98")
    give(b, a, pid, usb)
    give(a, b, pid, usb)
    for db in (a, b):
        with db.read_session() as s:
            rows = s.scalars(select(ContractMonth).where(ContractMonth.contract_id == cid,
                                                         ContractMonth.month == "2022-11")).all()
            assert len(rows) == 1
            conflicts = sync.list_conflicts(s, pid)
            assert len(conflicts) == 1 and {o.value for o in conflicts[0].options} == {"99", "98"}


def test_a_contract_made_on_one_laptop_arrives_whole(pair, usb) -> None:
    a, b, pid = pair
    with b.session() as s:
        c = add_contract(s, pid, "子项目3", "300000", vendor="视频监控服务商")
        add_installment(s, c.id, "2022-01..2022-06", "150000")
        add_installment(s, c.id, "2022-07..2022-12", "150000")
        for i in range(1, 13):
            set_month(s, c.id, f"2022-{i:02d}", score=80 + i % 3, catalog_rate="100", sla_rate="100")
        cid = c.id
    give(b, a, pid, usb)
    with a.read_session() as s:
        st = payment_statement(s, cid)
    # 81, 82, 80, 81, 82, 80 → 81 → 良好: 120,000 + 30,000 × 80 % = 144,000 per half year
    assert [i.payable for i in st.installments] == [Decimal("144000.00"), Decimal("144000.00")]
    assert st.contract.vendor == "视频监控服务商"
    assert state(a, pid) == state(b, pid)
