"""Project facts typed as people type them (``evaltool project P --set``), and the report's problems."""
from __future__ import annotations

import json

import pytest

from evaltool.cli import main
from evaltool.db import Database
from evaltool.errors import ValidationError
from evaltool.i18n import set_language
from evaltool.projects import create_project, project_facts, set_facts


@pytest.fixture(autouse=True)
def _messages_in_english(_language_zh: None) -> None:
    """Messages are asserted in their English source (the catalogue translates them)."""
    set_language("en")


def test_facts_in_chinese_or_english_names(db: Database) -> None:
    with db.session() as s:
        pid = create_project(s, "某项目").id
        before = set_facts(s, pid, {"委托方": "某市财政局", "evaluation_agency": "某咨询公司", "评价基准日": "2022年12月31日",
                                    "evaluation_start": "2023/5/4", "批复预算": "658.40万元",
                                    "等级": "优秀:90,良好:80,合格:60,不合格:0",
                                    "team": "张明:组长,李华,王芳:专家",
                                    "评价过程": "前期准备:2023-05-04..2023-05-12；现场评价:2023-05-15至2023-05-26"})
        assert before["commissioning_body"] == "" and before["team"] == []
        facts = project_facts(s, pid)
    assert facts["commissioning_body"] == "某市财政局" and facts["reference_date"] == "2022-12-31"
    assert facts["evaluation_start"] == "2023-05-04" and facts["budget_approved"] == 658.4
    assert [(b["name"], b["name_en"], b["min"]) for b in facts["grade_bands"]] == [
        ("优秀", "Excellent", 90), ("良好", "Good", 80), ("合格", "Pass", 60), ("不合格", "Fail", 0)]
    assert [(m["name"], m["role"]) for m in facts["team"]] == [("张明", "lead"), ("李华", "member"), ("王芳", "expert")]
    assert [(p["name"], p["start"], p["end"]) for p in facts["phases"]] == [
        ("前期准备", "2023-05-04", "2023-05-12"), ("现场评价", "2023-05-15", "2023-05-26")]


def test_a_team_set_again_replaces_it_and_keeps_the_people(db: Database) -> None:
    with db.session() as s:
        pid = create_project(s, "团队").id
        set_facts(s, pid, {"team": "张明:lead,李华"})
        set_facts(s, pid, {"team": "张明:lead,赵六:expert"})
        assert [(m["name"], m["role"]) for m in project_facts(s, pid)["team"]] == [("张明", "lead"), ("赵六", "expert")]


@pytest.mark.parametrize("field, value, words", [
    ("reference_date", "2022-13-01", "reference_date"),
    ("评价基准日", "明年", "评价基准日"),
    ("budget_approved", "五百万", "五百万"),
    ("grade_bands", "优:90,良:80", "0"),  # the lowest band must start at 0
    ("grade_bands", "优:90,良:90,差:0", "own"),
    ("team", "张明:boss", "boss"),
    ("phases", "前期准备:2023-05-12..2023-05-04", "前期准备"),
    ("colour", "red", "colour"),
])
def test_a_value_that_cannot_be_read_is_refused_naming_the_field(db: Database, field: str, value: str,
                                                                   words: str) -> None:
    with db.session() as s:
        pid = create_project(s, "拒绝", commissioning_body="原委托方").id
    with db.session() as s, pytest.raises(ValidationError, match=words):
        set_facts(s, pid, {"委托方": "新委托方", field: value})
    with db.read_session() as s:
        assert project_facts(s, pid)["commissioning_body"] == "原委托方"  # nothing changed


def test_evaluation_end_before_start_is_refused(db: Database) -> None:
    with db.session() as s:
        pid = create_project(s, "日期").id
        with pytest.raises(ValidationError, match="2023-04-01"):
            set_facts(s, pid, {"evaluation_start": "2023-05-01", "evaluation_end": "2023-04-01"})


def test_cli_project_set_and_json(db: Database, capsys) -> None:
    with db.session() as s:
        create_project(s, "命令行项目")
    data = str(db.data_dir)
    db.close()
    assert main(["--data-dir", data, "project", "命令行项目", "--set", "委托方=某区财政局", "--set",
                 "project_period=2019-2021年", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["commissioning_body"] == "某区财政局" and doc["project_period"] == "2019-2021年"
    assert main(["--data-dir", data, "project", "命令行项目", "--set", "reference_date=yesterday"]) == 1
    assert "reference_date" in capsys.readouterr().err
    assert main(["--data-dir", data, "project", "命令行项目", "--set", "no-equals-sign"]) == 1


# -- problems ------------------------------------------------------------------------------

def test_problems_are_drafted_from_the_deductions_grouped_by_level1(demo_db: Database, demo_project_id: str) -> None:
    from evaltool.problems import draft_problems

    with demo_db.read_session() as s:
        drafts = draft_problems(s, demo_project_id)
    # seed 000: every level-2 that lost points, in framework order of level-1, most points first
    assert [d.level1 for d in drafts] == ["决策"] * 3 + ["过程"] * 3 + ["产出"] * 4 + ["效益"] * 3
    first = drafts[0]
    assert first.title == "资金投入方面存在不足" and first.lost == pytest.approx(1.6)  # 0.6 + 1 of 3 points
    assert first.indicators == ["决策/资金投入/预算科学性", "决策/资金投入/分配合理性"]
    assert "“预算科学性”指标分值1.5分，评价得分0.9分，扣0.6分" in first.text
    assert first.cause.startswith("主要原因是") and first.suggestion.startswith("建议")
    funds = next(d for d in drafts if d.title == "资金管理方面存在不足")
    assert funds.lost == pytest.approx(3.575)  # 1 + 2 + 0.075 + 0.5 of 资金管理's 15 points


def test_the_reports_data_reads_the_problems_from_the_summarys_leaves(demo_db: Database, demo_project_id: str) -> None:
    """The report (and its preview) hands the summary's leaf results to the problems instead
    of reading every score again: the same problems, the same points lost."""
    from evaltool.errors import Cancelled
    from evaltool.export.data import collect
    from evaltool.framework import load_tree
    from evaltool.problems import draft_problems, list_problems
    from evaltool.scoring import project_summary

    pid = demo_project_id
    with demo_db.read_session() as s:
        summary, roots = project_summary(s, pid), load_tree(s, pid)
        stored = list_problems(s, pid, leaves=summary.leaves)
        assert stored == list_problems(s, pid) and len(stored) == 4  # seed 000's four problems
        drafts = draft_problems(s, pid, roots=roots, leaves=summary.leaves)
        assert drafts == draft_problems(s, pid)
        assert drafts[0].lost == pytest.approx(1.6)  # 资金投入: 0.6 + 1 of 3 points
        data = collect(s, pid, "zh_CN", with_charts=False, extras=False, summary=summary, roots=roots)
        assert data.problems == stored and data.problems_source == "stored"
        assert data.rules == {}  # the scoring rules are printed by the exports, not the preview
        assert collect(s, pid, "zh_CN", with_charts=False).rules  # the full report's data has them
        with pytest.raises(Cancelled):  # the preview's job is replaced when the data changes
            collect(s, pid, "zh_CN", with_charts=False, extras=False, cancelled=lambda: True)


def test_stored_drafts_are_not_duplicated_and_edits_survive(demo_db: Database, demo_project_id: str) -> None:
    from evaltool.problems import list_problems, store_drafts, update_problem

    with demo_db.session() as s:
        ids = store_drafts(s, demo_project_id)
        # the demo's four problems cover leaves of 资金投入, 资金管理, 组织实施, 绩效自评管理, 产出数量,
        # 产出成本, 产出质量 and 可持续性影响: of the 13 drafts, those of 项目立项, 绩效目标, 产出时效,
        # 社会效益 and 满意度 are new
        assert len(ids) == 5
        n = len(list_problems(s, demo_project_id))
        assert store_drafts(s, demo_project_id) == []  # drafting again adds nothing
        update_problem(s, ids[0], cause="评价组核实的原因。")
        store_drafts(s, demo_project_id, replace=True)  # unedited drafts are drafted anew, the edited one stays
        rows = list_problems(s, demo_project_id)
        assert len(rows) == n and any(r.cause == "评价组核实的原因。" for r in rows)


def test_money_lines_problems_and_facts_travel_between_laptops(demo_db: Database, demo_project_id: str,
                                                               tmp_path) -> None:
    """Laptop B receives the demo, edits a budget line, a problem and a fact; laptop A gets them."""
    from evaltool import sync
    from evaltool.db import open_database
    from evaltool.identity import ensure_profile
    from evaltool.money import money_overview, set_line
    from evaltool.problems import list_problems, update_problem

    usb = tmp_path / "usb"
    usb.mkdir()
    b = open_database(tmp_path / "b", backup="never")
    try:
        b.set_setting("device_name", "laptop-B")
        ensure_profile(b, "李华", "member")
        sync.import_package(b, sync.export_package(demo_db, demo_project_id, usb).path)
        with b.session() as s:
            assert [x.name for x in money_overview(s, demo_project_id).lines] == ["运维服务项目", "运营服务项目"]
            set_line(s, demo_project_id, "运营服务项目", 2022, received=49.625)
            first = list_problems(s, demo_project_id)[0]
            update_problem(s, first.id, cause="合同签订时未划分服务边界。")
            set_facts(s, demo_project_id, {"evaluation_end": "2023-07-31"})
        sync.import_package(demo_db, sync.export_package(b, demo_project_id, usb).path)
    finally:
        b.close()
    with demo_db.read_session() as s:
        ov = money_overview(s, demo_project_id)
        assert ov.lines[1].received == 49.625 and len(ov.lines) == 2  # the same line (natural id), not a copy
        assert list_problems(s, demo_project_id)[0].cause == "合同签订时未划分服务边界。"
        assert project_facts(s, demo_project_id)["evaluation_end"] == "2023-07-31"
