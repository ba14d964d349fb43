"""Performance target table: parsing, met / not met, counts, comparison with the 自评表."""
from __future__ import annotations

import pytest

from evaltool.db import Database
from evaltool.targets import (
    add_target,
    compare_tables,
    count_targets,
    judge,
    list_targets,
    parse_target,
    update_target,
)


@pytest.mark.parametrize("text, parsed", [
    ("≥12", (">=", 12.0, "")), ("≤2h", ("<=", 2.0, "h")), ("≤0.5h", ("<=", 0.5, "h")),
    # a bare quantity or rate is a minimum, as evaluators read it (issue 18: "100个" is at least 100)
    ("100%", (">=", 100.0, "%")), ("≥10000h", (">=", 10000.0, "h")), ("1份", (">=", 1.0, "份")),
    ("全文备份", ("text", None, "")), ("2022年12月底", ("text", None, "")),
])
def test_parse_target(text: str, parsed: tuple) -> None:
    assert parse_target(text) == parsed


def test_judge_numbers_dates_and_text() -> None:
    assert judge(">=", 12, 4) == "not_met"  # 月度报告 ≥12, 4 done
    assert judge(">=", 12, 10) == "partly"
    assert judge(">=", 90, 94.88) == "met"  # 受众满意度
    assert judge("<=", 2, None, "≤2h", "≤2h") == "met"
    assert judge("=", 100, 100) == "met"
    assert judge("text", None, None, "2022年12月底", "2022年12月14日通过验收") == "met"
    assert judge("text", None, None, "2022年12月底", "2023年1月5日") == "not_met"
    assert judge("text", None, None, "全文备份", "部分备份") == "partly"  # the actual says 部分
    assert judge("text", None, None, "落实运维管理制度", "尚未建立运维管理制度") == "not_met"
    assert judge("text", None, None, "搭建一体化运营服务体系", "已搭建一体化运营服务体系") == "met"
    assert judge("text", None, None, "全文备份", "按季度归档") == "unknown"  # a person decides


def test_demo_counts_match_seed_000(demo_db: Database, demo_project_id: str) -> None:
    with demo_db.read_session() as s:
        rows = list_targets(s, demo_project_id)
    c = count_targets(rows)
    # seed 000: 运维 "完成或大部分完成的指标有 7 个，未完成的指标有 4 个"; 运营 8 and 9
    assert (c["运维服务项目"].met_or_mostly, c["运维服务项目"].not_met) == (7, 4)
    assert (c["运营服务项目"].met_or_mostly, c["运营服务项目"].not_met) == (8, 9)
    assert c["*"].total == 28
    # where the demo's status can be computed, the computation agrees with the report
    for r in rows:
        if r.computed != "unknown":
            assert r.computed == r.status, r.name


def test_comparison_lists_seed_000_differences(demo_db: Database, demo_project_id: str) -> None:
    with demo_db.read_session() as s:
        diffs = compare_tables(s, demo_project_id)
    got = {(d.kind, d.name) for d in diffs}
    # seed 000 附表: 月度/年度报告 and MTBF only in the target table; 季度报告 ≥4 → ≥1;
    # 人员队伍稳定 only in the self-evaluation table; satisfaction target changed
    assert {("only_declared", "月度报告"), ("only_declared", "年度报告"),
            ("only_declared", "平均无故障时间(MTBF)"), ("target_changed", "季度报告"),
            ("only_self_eval", "人员队伍稳定"), ("target_changed", "受众满意度")} <= got
    assert not any(d.name in ("一般问题修复时间", "平均故障修复时间(MTTR)") for d in diffs)  # same in both
    assert all(d.sub_project == "运维服务项目" for d in diffs)  # the 自评表 covers one contract


def test_add_edit_and_manual_status(demo_db: Database, demo_project_id: str) -> None:
    with demo_db.session() as s:
        t = add_target(s, demo_project_id, name="培训场次", target_text="≥10次", actual_text="9次",
                       level1="产出", level2="数量指标", sub_project_name="运营服务项目")
        tid = t.id
        assert (t.operator, t.target_value, t.unit, t.status) == (">=", 10.0, "次", "partly")  # 90% of the target
        update_target(s, tid, actual_text="12次")
        assert t.status == "met"
        update_target(s, tid, status="not_met")  # set by hand: kept when the actual changes
        update_target(s, tid, actual_text="11次")
        assert t.status == "not_met" and t.status_manual
        update_target(s, tid, status=None)
        assert t.status == "met"
    with demo_db.read_session() as s:
        c = count_targets(list_targets(s, demo_project_id))
    assert c["运营服务项目"].total == 18


# -- targets read as evaluators read them (issue 18) ----------------------------------------

@pytest.mark.parametrize("name, text, parsed", [
    ("子项目启动数量", "100个", (">=", 100.0, "个")),  # a bare quantity is a minimum
    ("受众满意度", "90%", (">=", 90.0, "%")),  # so is a rate
    ("平均故障修复时间", "2h", ("<=", 2.0, "h")),  # a time limit is a maximum
    ("服务响应时间", "30分钟", ("<=", 30.0, "分钟")),
    ("平均无故障时间(MTBF)", "10000h", (">=", 10000.0, "h")),  # uptime is a minimum
    ("内部原因故障发生率", "0%", ("<=", 0.0, "%")),  # a rate that should stay low
    ("年度维护成本", "50万元", ("<=", 50.0, "万元")),
    ("驻场人员数量", "不少于5人", (">=", 5.0, "人")),
    ("响应时间", "30分钟以内", ("<=", 30.0, "分钟")),
    ("培训次数", "=12次", ("=", 12.0, "次")),  # written as exact: exact
    ("项目交付时间", "2022年12月底", ("text", None, "")),  # a deadline, judged as a date
])
def test_operators_are_inferred_as_evaluators_read_them(name: str, text: str, parsed: tuple) -> None:
    assert parse_target(text, name) == parsed


@pytest.mark.parametrize("args, rate", [
    ((">=", 100, 96), 0.96),  # seed 004: 计划启动 100 个，实际 96 个，如期完成率 96.00 %
    ((">=", 27, 25), 25 / 27),  # 92.59 %
    ((">=", 12, 15), 1.0),  # over-achievement counts as complete
    (("<=", 2, 1.5), 1.0),
    (("<=", 2, 4), 0.5),  # twice the time limit
    (("<=", 0, 3), 0.0),  # a limit of 0 exceeded
    (("=", 15, 12), 0.8),
])
def test_completion_rate_per_row(args: tuple, rate: float) -> None:
    from evaltool.targets import completion_rate

    assert completion_rate(*args) == pytest.approx(rate)


def test_completion_of_dates_and_text_follows_the_status() -> None:
    from evaltool.targets import completion_rate

    assert completion_rate("text", None, None, "2022年12月底", "2022年12月14日", "met") == 1.0
    assert completion_rate("text", None, None, "2022年12月底", "2023年1月5日", "not_met") == 0.0
    assert completion_rate("text", None, None, "全文备份", "按季度归档", "unknown") is None


def test_bare_quantity_96_of_100_is_mostly_met_with_its_rate(db: Database) -> None:
    from evaltool.projects import create_project

    with db.session() as s:
        pid = create_project(s, "启动").id
        add_target(s, pid, name="计划启动子项目", target_text="100个", actual_text="96个", sub_project_name="建设")
        row = list_targets(s, pid)[0]
    assert (row.operator, row.status, round(row.completion, 4)) == (">=", "partly", 0.96)


def test_rows_are_matched_by_meaning_not_only_by_name(db: Database) -> None:
    from evaltool.projects import create_project

    with db.session() as s:
        pid = create_project(s, "比对").id
        for name, target in (("平均故障修复时间(MTTR)", "≤2h"), ("FAQ 知识库更新报告（份）", "4份"),
                             ("月度报告", "≥12")):
            add_target(s, pid, name=name, target_text=target, sub_project_name="运维")
        for name, target in (("平均故障修复时间", "≤2h"), ("FAQ知识库更新报告", "≥2份"), ("人员队伍稳定", "15人")):
            add_target(s, pid, name=name, target_text=target, sub_project_name="运维", table_kind="self_eval")
        diffs = {d.name: d for d in compare_tables(s, pid)}
    assert diffs["平均故障修复时间(MTTR)"].kind == "renamed" and diffs["平均故障修复时间(MTTR)"].self_eval_name == "平均故障修复时间"
    faq = diffs["FAQ 知识库更新报告（份）"]
    assert faq.kind == "renamed" and "4份" in faq.message and "≥2份" in faq.message
    assert diffs["月度报告"].kind == "only_declared" and diffs["人员队伍稳定"].kind == "only_self_eval"


def test_reason_points_and_self_score_are_kept_and_checked(db: Database) -> None:
    from evaltool.errors import ValidationError
    from evaltool.projects import create_project

    with db.session() as s:
        pid = create_project(s, "自评").id
        t = add_target(s, pid, name="季度报告", target_text="≥4", actual_text="1", table_kind="self_eval",
                       points=10, self_score=2.5, reason="仅完成1份")
        assert (t.points, t.self_score, t.reason, t.status) == (10, 2.5, "仅完成1份", "not_met")
        before = update_target(s, t.id, self_score=5)
        assert before["self_score"] == 2.5 and t.self_score == 5
        with pytest.raises(ValidationError, match=r"self-evaluation score|自评分"):
            update_target(s, t.id, self_score="五分")
