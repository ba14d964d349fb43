"""Service contracts (seed 001): a year of two contracts worked out by hand.

Every expected figure below is computed in the comments from the rules of seed 001
(domain.md §10): 80 % base, 20 % pool paid at 100 / 80 / 60 / 0 % for the grade of the
period's average (优秀 ≥90, 良好 ≥80, 合格 ≥60), penalties (100 − rate) × 元 per point,
deducted from the installment that holds the month; money to the fen, half up.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from evaltool.contracts import (
    add_contract,
    add_fault,
    add_installment,
    installment_warnings,
    load_contract,
    month_result,
    payment_statement,
    set_leaf_score,
    set_month,
)
from evaltool.db import Database
from evaltool.errors import ValidationError
from evaltool.models import ContractMonth
from evaltool.projects import create_project, find_or_create_evaluator

D = Decimal


@pytest.fixture
def year(db: Database) -> dict[str, str]:
    """Contract A (3 installments of 400,000) and contract B (4 quarters, 300,000 in all),
    2023, as described in each test."""
    with db.session() as s:
        p = create_project(s, "2023年信息化资产运维项目")
        a = add_contract(s, p.id, "子项目1", "1,200,000.00", vendor="甲公司")
        for months in ("2023-01..2023-04", "2023-05..2023-08", "2023-09..2023-12"):
            add_installment(s, a.id, months, "400000")
        # A's months, typed from the client's sheets (out of 100; the bonus comes on top)
        for i, sc in enumerate([92, 88, 95, 90, 85, 80, 78, 82, 60, 59, 61, 60], start=1):
            set_month(s, a.id, f"2023-{i:02d}", score=sc, catalog_rate="100", sla_rate="100")
        set_month(s, a.id, "2023-07", adopted=1)  # 78 + 10 = 88
        set_month(s, a.id, "2023-02", catalog_rate="98.5")  # 1.5 points × 2000 = 3,000.00
        set_month(s, a.id, "2023-03", sla_rate="99.25")  # 0.75 × 1000 = 750.00
        set_month(s, a.id, "2023-06", catalog_rate="99.99")  # 0.01 × 2000 = 20.00
        set_month(s, a.id, "2023-08", sla_rate="98.3335")  # 1.6665 × 1000 = 1,666.50

        b = add_contract(s, p.id, "子项目3", "300000", catalog_penalty="1234.56")
        for months, amount in (("2023-01..2023-03", "75000.01"), ("2023-04..2023-06", "75000"),
                               ("2023-07..2023-09", "74999.99"), ("2023-10..2023-12", "75000")):
            add_installment(s, b.id, months, amount)
        zhang = find_or_create_evaluator(s, "张三")
        li = find_or_create_evaluator(s, "李四")
        # January of B, scored leaf by leaf by two evaluators (mean of the two):
        leaves = [("事件处理快速准确性", (7.5, 5)), ("文档记录与归档规范性", (7.5, 7.5)), ("服务态度", (7.5, 7.5)),
                  ("用户效果评价", (5, 5)), ("上月整改落实", (15, 15))]
        for leaf, (v1, v2) in leaves:
            set_leaf_score(s, b.id, "2023-01", leaf, zhang.id, v1)
            set_leaf_score(s, b.id, "2023-01", leaf, li.id, v2)
        # 报告提交与工作汇报 (4 points × 5): 张三 ticks three → 15 by the rule; 李四 gives 20
        set_leaf_score(s, b.id, "2023-01", "报告提交与工作汇报", zhang.id, None,
                       inputs={"ticked": [True, True, True, False]})
        set_leaf_score(s, b.id, "2023-01", "报告提交与工作汇报", li.id, 20)
        set_month(s, b.id, "2023-01", adopted=2, catalog_rate="99.9", sla_rate="100")
        # a business fault answered in 20 min (limit 15: 33.3 % over → 18), recovered in 2 h (within)
        add_fault(s, b.id, impact="business", level=1, reported_at="2023-01-10 09:00",
                  responded_at="2023-01-10 09:20", recovered_at="2023-01-10 11:00")
        # another, not affecting the business: Friday 17:00 → Monday 17:00 is 1 working day (within)
        add_fault(s, b.id, impact="other", level=2, reported_at="2023-01-13T17:00",
                  responded_at="2023-01-13T17:30", recovered_at="2023-01-16T17:00")
        for month, sc, sla in (("2023-02", 70, "95.5"), ("2023-03", 65, "100"), ("2023-04", 55, "100"),
                               ("2023-05", 58, "100"), ("2023-06", 60, "100"), ("2023-07", 90, "100"),
                               ("2023-08", "89.9985", "100"), ("2023-09", 90, "100"), ("2023-10", 80, "100"),
                               ("2023-11", 80, "100")):
            set_month(s, b.id, month, score=sc, catalog_rate="100", sla_rate=sla)
        return {"project": p.id, "a": a.id, "b": b.id, "zhang": zhang.id, "li": li.id}


def test_contract_a_a_year_of_three_installments(db: Database, year: dict[str, str]) -> None:
    with db.read_session() as s:
        st = payment_statement(s, year["a"])
    i1, i2, i3 = st.installments
    # 1: (92 + 88 + 95 + 90) / 4 = 91.25 → 优秀, 100 % of the pool
    assert i1.installment.months == ["2023-01", "2023-02", "2023-03", "2023-04"]
    assert [m.score for m in i1.months] == [92, 88, 95, 90]
    assert i1.average == D("91.250") and i1.grade["name"] == "优秀" and i1.share == 1
    assert (i1.base, i1.pool, i1.pool_paid) == (D("320000.00"), D("80000.00"), D("80000.00"))
    assert [(p.month, p.kind, p.amount) for p in i1.penalties] == [
        ("2023-02", "catalog", D("3000.00")), ("2023-03", "sla", D("750.00"))]
    assert i1.payable == D("396250.00")  # 320,000 + 80,000 − 3,750
    # 2: 85, 80, 78 + 10 (one adopted suggestion), 82 → 335 / 4 = 83.75 → 良好, 80 %
    assert [m.score for m in i2.months] == [85, 80, 88, 82]
    assert i2.average == D("83.750") and i2.grade["name"] == "良好"
    assert i2.pool_paid == D("64000.00")
    assert [p.amount for p in i2.penalties] == [D("20.00"), D("1666.50")]
    assert i2.payable == D("382313.50")  # 320,000 + 64,000 − 1,686.50
    # 3: (60 + 59 + 61 + 60) / 4 = 60 exactly → 合格 (a band's minimum belongs to it), 60 %
    assert i3.average == D("60.000") and i3.grade["name"] == "合格" and i3.pool_paid == D("48000.00")
    assert i3.payable == D("368000.00")
    assert st.payable == D("1146563.50")
    assert st.penalty_total == D("5436.50")
    # the year: 940 / 12 = 78.333… → 78.333 → 合格
    assert st.year_average == D("78.333") and st.year_grade["name"] == "合格"
    assert st.complete and st.warnings == []


def test_contract_b_leaves_faults_bonus_and_fen_rounding(db: Database, year: dict[str, str]) -> None:
    with db.read_session() as s:
        data = load_contract(s, year["b"])
        jan = month_result(data, "2023-01")
        st = payment_statement(s, year["b"])
    # January: leaves 6.25 + 7.5 + 7.5 + 5 + 17.5 + 15 = 58.75, timeliness = worst fault = 18,
    # base 76.75, two adopted suggestions + 20 → 96.75
    values = {lv.path.split("/")[-1]: lv.value for lv in jan.leaves}
    assert values["事件处理快速准确性"] == 6.25 and values["报告提交与工作汇报"] == 17.5
    assert [f.timing.points for f in jan.faults] == [18, 30]
    assert jan.timeliness == 18 and values["故障响应及恢复时效"] == 18
    assert (jan.base_score, jan.bonus, jan.score, jan.source) == (76.75, 20, 96.75, "leaves")
    q1, q2, q3, q4 = st.installments
    # Q1: (96.75 + 70 + 65) / 3 = 77.25 → 合格; base 75,000.01 × 0.8 = 60,000.008 → 60,000.01,
    # pool = 75,000.01 − 60,000.01 = 15,000.00, paid 60 % = 9,000.00;
    # penalties: Jan catalogue 0.1 × 1,234.56 = 123.456 → 123.46, Feb SLA 4.5 × 1,000 = 4,500.00
    assert q1.average == D("77.250") and q1.grade["name"] == "合格"
    assert (q1.base, q1.pool, q1.pool_paid) == (D("60000.01"), D("15000.00"), D("9000.00"))
    assert [(p.month, p.kind, p.shortfall, p.amount) for p in q1.penalties] == [
        ("2023-01", "catalog", D("0.1"), D("123.46")), ("2023-02", "sla", D("4.5"), D("4500.00"))]
    assert q1.payable == D("64376.55")  # 60,000.01 + 9,000.00 − 4,623.46
    # Q2: (55 + 58 + 60) / 3 = 57.666… → 57.667 → 不合格, nothing of the pool
    assert q2.average == D("57.667") and q2.grade["name"] == "不合格" and q2.pool_paid == 0
    assert q2.payable == D("60000.00")
    # Q3: (90 + 89.9985 + 90) / 3 = 89.9995 → 90.000 half up: the printed average decides → 优秀
    assert q3.average == D("90.000") and q3.grade["name"] == "优秀"
    assert (q3.base, q3.pool_paid, q3.payable) == (D("59999.99"), D("15000.00"), D("74999.99"))
    # Q4: December not assessed: provisional over Oct and Nov (80) → 良好, with a warning
    assert q4.average == D("80.000") and not q4.complete and q4.payable == D("72000.00")
    assert any("2023-12" in w for w in q4.warnings)
    assert st.payable == D("271376.54")
    assert not st.complete
    assert st.amount == D("300000.00") and st.base + st.pool == st.amount


def test_json_of_the_statement_has_the_documented_keys(db: Database, year: dict[str, str]) -> None:
    with db.read_session() as s:
        doc = payment_statement(s, year["a"]).as_json()
    first = doc["installments"][0]
    assert {"months", "amount", "average_score", "grade", "share", "base", "pool", "penalties", "payable"} <= set(first)
    assert first["months"] == ["2023-01", "2023-02", "2023-03", "2023-04"]
    assert (first["amount"], first["average_score"], first["grade"], first["share"]) == (400000.0, 91.25, "优秀", 1.0)
    assert (first["base"], first["pool"], first["penalties"], first["payable"]) == (320000.0, 80000.0, 3750.0, 396250.0)
    assert doc["total_payable"] == 1146563.5


def test_the_bonus_rule_earns_its_points_outside_the_100(db: Database, year: dict[str, str]) -> None:
    """The shipped template's bonus leaf has weight 0; its rule (10 per adopted suggestion,
    no cap in seed 001) still earns points, on top of the 100."""
    with db.session() as s:
        set_month(s, year["a"], "2023-04", score=100, adopted=3)
    with db.read_session() as s:
        apr = month_result(load_contract(s, year["a"]), "2023-04")
    assert (apr.base_score, apr.bonus, apr.score) == (100, 30, 130)


def test_a_month_stays_unassessed_until_every_leaf_has_a_score(db: Database, year: dict[str, str]) -> None:
    with db.session() as s:
        set_leaf_score(s, year["b"], "2023-12", "服务态度", year["zhang"], 7.5)
    with db.read_session() as s:
        dec = month_result(load_contract(s, year["b"]), "2023-12")
    assert dec.score is None and dec.source is None
    assert len(dec.missing) == 5 and "服务质量/事件处理/服务态度" not in dec.missing


def test_a_typed_total_wins_over_the_leaves_and_can_be_cleared(db: Database, year: dict[str, str]) -> None:
    with db.session() as s:
        set_month(s, year["b"], "2023-01", score=80)
    with db.read_session() as s:
        jan = month_result(load_contract(s, year["b"]), "2023-01")
    assert (jan.score, jan.source) == (100, "direct")  # 80 + 20 for the two suggestions
    with db.session() as s:
        set_month(s, year["b"], "2023-01", score=None)
    with db.read_session() as s:
        assert month_result(load_contract(s, year["b"]), "2023-01").score == 96.75


def test_a_leaf_score_departing_from_its_rule_needs_a_reason(db: Database, year: dict[str, str]) -> None:
    with db.session() as s, pytest.raises(ValidationError, match="理由"):
        set_leaf_score(s, year["b"], "2023-12", "上月整改落实", year["zhang"], 18, inputs={"level": 1})
    with db.session() as s:
        sc = set_leaf_score(s, year["b"], "2023-12", "上月整改落实", year["zhang"], 18, inputs={"level": 1},
                            reason="整改报告晚交两天")
        assert (sc.value, sc.proposed) == (18, 15)


# -- refusals: a clear message naming the field, nothing changed -----------------------

def _months(db: Database, contract_id: str) -> list[tuple[str, float | None, str | None]]:
    from sqlalchemy import select

    with db.read_session() as s:
        return sorted((m.month, m.score, m.catalog_rate) for m in s.scalars(select(ContractMonth).where(
            ContractMonth.contract_id == contract_id, ContractMonth.deleted.is_(False))))


def test_a_month_outside_every_installment_is_refused(db: Database, year: dict[str, str]) -> None:
    before = _months(db, year["a"])
    with db.session() as s, pytest.raises(ValidationError) as exc:
        set_month(s, year["a"], "2024-01", score=90)
    assert "月份" in str(exc.value) and "2024-01" in str(exc.value)
    with db.session() as s, pytest.raises(ValidationError) as exc:
        add_fault(s, year["a"], impact="business", level=1, reported_at="2022-12-31 23:00",
                  responded_at="2022-12-31 23:10", recovered_at="2023-01-01 00:30")
    assert "报告时间" in str(exc.value) and "2022-12" in str(exc.value)
    assert _months(db, year["a"]) == before


def test_overlapping_installments_are_refused(db: Database, year: dict[str, str]) -> None:
    with db.session() as s, pytest.raises(ValidationError) as exc:
        add_installment(s, year["a"], "2023-04..2023-06", "1000")
    assert "分期月份" in str(exc.value) and "2023-01..2023-04" in str(exc.value)


def test_installments_not_adding_up_are_a_warning(db: Database, year: dict[str, str]) -> None:
    with db.session() as s:
        c = add_contract(s, year["project"], "子项目4", "200000")
        add_installment(s, c.id, "2023-01..2023-06", "100000")
        warnings = installment_warnings(s, c.id)
        add_installment(s, c.id, "2023-07..2023-12", "100000")
        assert installment_warnings(s, c.id) == []
    assert len(warnings) == 1 and "100,000.00" in warnings[0] and "200,000.00" in warnings[0]


@pytest.mark.parametrize(("field", "value", "named"), [
    ("catalog_rate", "100.5", "服务目录完成率"), ("sla_rate", "101", "SLA"), ("catalog_rate", "-1", "服务目录完成率"),
    ("sla_rate", "abc", "SLA"), ("score", "100.5", "月度考核得分"), ("adopted", "-2", "合理化建议"),
])
def test_bad_month_values_are_refused_naming_the_field(db: Database, year: dict[str, str], field: str,
                                                       value: str, named: str) -> None:
    before = _months(db, year["a"])
    with db.session() as s, pytest.raises(ValidationError) as exc:
        set_month(s, year["a"], "2023-05", **{field: value})
    assert named in str(exc.value)
    assert _months(db, year["a"]) == before


@pytest.mark.parametrize(("kw", "named"), [
    ({"amount": "-5"}, "合同金额"), ({"amount": "100.005"}, "合同金额"), ({"base_share": "1.2"}, "基本服务金"),
    ({"catalog_penalty": "x"}, "服务目录"), ({"name": " "}, "合同名称"), ({"name": "子项目1"}, "合同名称"),
])
def test_bad_contract_terms_are_refused(db: Database, year: dict[str, str], kw: dict[str, str], named: str) -> None:
    args = {"name": "新合同", "amount": "1000", **kw}
    with db.session() as s, pytest.raises(ValidationError) as exc:
        add_contract(s, year["project"], args.pop("name"), args.pop("amount"), **args)
    assert named in str(exc.value)
