"""Two small seed-001-like contracts for the demo project, so a new user sees the page.

The demo project is seed 000 (东莞 2022, 运维 and 运营 services); the contracts follow
seed 001's scheme with its default terms. Amounts are those the seed-000 project spent
(152.4 and 49.2 万元); the monthly scores, faults and rates are made up for the demo
(seed 000 publishes none) and are plausible, not real. June of the O&M contract is
scored leaf by leaf by two evaluators; the other months carry the client's totals.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from evaltool.contracts.faults import add_fault
from evaltool.contracts.months import set_leaf_score, set_month
from evaltool.contracts.store import add_contract, add_installment

OM_SCORES = [93, 91, 88, 95, 86, None, 84, 90, 92, 94, 89, 96]  # June: scored leaf by leaf
OPS_SCORES = [88, 85, 90, 87, 82, 86, 91, 89, 84, 80, 78, 85]
# June 2022 of the O&M contract: (leaf, lead's inputs or score, member's score)
JUNE_LEAVES: list[tuple[str, dict[str, Any], float]] = [
    ("事件处理快速准确性", {"level": 0}, 7.5),
    ("文档记录与归档规范性", {"level": 1}, 5.0),
    ("服务态度", {"level": 0}, 7.5),
    ("用户效果评价", {"level": 0}, 5.0),
    ("报告提交与工作汇报", {"ticked": [True, True, True, True]}, 15.0),
    ("上月整改落实", {"level": 0}, 20.0),
]


def add_demo_contracts(session: Session, project_id: str, lead_id: str, member_id: str) -> None:
    om = add_contract(session, project_id, "运维服务合同", "1524000.00", vendor="开普云信息科技股份有限公司",
                      note="演示数据：月度考核得分、故障与达标率为示例，非种子报告数据。")
    for months, amount, label in (("2022-01..2022-04", "508000.00", "第一笔"), ("2022-05..2022-08", "508000.00", "第二笔"),
                                  ("2022-09..2022-12", "508000.00", "第三笔")):
        add_installment(session, om.id, months, amount, label)
    for i, score in enumerate(OM_SCORES, start=1):
        month = f"2022-{i:02d}"
        set_month(session, om.id, month, score=score, catalog_rate="100", sla_rate="100")
    set_month(session, om.id, "2022-03", catalog_rate="98")
    set_month(session, om.id, "2022-07", sla_rate="97.5")
    set_month(session, om.id, "2022-12", adopted=1)
    for leaf, lead_inputs, member_value in JUNE_LEAVES:
        set_leaf_score(session, om.id, "2022-06", leaf, lead_id, None, inputs=lead_inputs)
        set_leaf_score(session, om.id, "2022-06", leaf, member_id, member_value)
    add_fault(session, om.id, impact="business", level=1, reported_at="2022-03-15T10:05", responded_at="2022-03-15T10:25",
              recovered_at="2022-03-15T11:40", description="政务服务网统一身份认证接口中断", evidence="工单 YW-2022-0315")
    add_fault(session, om.id, impact="other", level=2, reported_at="2022-06-10T16:30", responded_at="2022-06-10T16:50",
              recovered_at="2022-06-13T11:00", description="自助终端打印模块故障", evidence="工单 YW-2022-0610")
    add_fault(session, om.id, impact="business", level=2, reported_at="2022-06-21T09:00", responded_at="2022-06-21T09:20",
              recovered_at="2022-06-21T10:30", description="事项库同步中断，网上办事受影响", evidence="工单 YW-2022-0621")

    ops = add_contract(session, project_id, "运营服务合同", "492000.00", vendor="东莞市数字经济发展集团有限公司",
                       note="演示数据：月度考核得分与达标率为示例，非种子报告数据。")
    for months, amount, label in (("2022-01..2022-06", "246000.00", "第一笔"), ("2022-07..2022-12", "246000.00", "第二笔")):
        add_installment(session, ops.id, months, amount, label)
    for i, score in enumerate(OPS_SCORES, start=1):
        set_month(session, ops.id, f"2022-{i:02d}", score=score, catalog_rate="100", sla_rate="100")
    set_month(session, ops.id, "2022-10", sla_rate="99")
    session.flush()
