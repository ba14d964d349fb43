"""``evaltool check`` over the demo (seed 000): its own errors and nothing else, planted
errors found once each, the data against the text and against itself, dismissing,
the export's summary and the command line.

Expected figures come from the seed and the arithmetic in the comments.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from evaltool.check import Finding, check_project, dismiss_finding, open_findings, set_dismissal
from evaltool.db import Database
from evaltool.errors import ValidationError
from evaltool.framework import find_by_path, update_indicator
from evaltool.models import Evaluator, Project
from evaltool.problems import Problem, list_problems, update_problem
from evaltool.report_sections import get_sections, set_section
from evaltool.scoring import set_final, set_score

LEAD = "张明"  # the demo's lead evaluator


def findings(db: Database, pid: str) -> list[Finding]:
    with db.read_session() as s:
        return check_project(s, pid)


def brief(fs: list[Finding]) -> set[tuple[str, str, str, str, str]]:
    def where(f: Finding) -> str:
        if f.place.kind == "section":
            return f.place.key
        return "problem" if f.place.kind == "problem" else f.where.split(" — ")[0]

    return {(f.kind, where(f), f.place.field, f.found, f.expected) for f in fs}


def problem(db: Database, pid: str, title: str) -> Problem:
    with db.read_session() as s:
        return next(p for p in list_problems(s, pid) if p.title == title)


def edit_problem(db: Database, pid: str, title: str, old: str, new: str) -> None:
    pr = problem(db, pid, title)
    assert old in pr.text
    with db.session() as s:
        update_problem(s, pr.id, text=pr.text.replace(old, new, 1))


def edit_section(db: Database, pid: str, key: str, old: str, new: str) -> None:
    with db.session() as s:
        text = get_sections(s, pid)[key]
        assert old in text
        set_section(s, pid, key, text.replace(old, new, 1))


# -- the demo --------------------------------------------------------------------------

DEMO_FINDINGS = {
    # 3.23 × 1.8405 = 5.944815 → 5.94, the budget unit wrote 5.82 (quoted in the problem 预算编制依据不够明确
    # and in the leaf comment)
    ("arithmetic", "problem", "text", "5.82 万元", "5.94 万元"),
    ("arithmetic", "决策/资金投入/分配合理性", "final_comment", "5.82 万元", "5.94 万元"),
    # (7636.75 − 6822) ÷ 6822 = 0.119430… → 11.94 %, the report says 11.93 %
    ("arithmetic", "problem", "text", "11.93%", "11.94%"),
    ("arithmetic", "决策/资金投入/分配合理性", "final_comment", "11.93%", "11.94%"),
}
BUDGET_PROBLEM = "预算编制依据不够明确"


def test_the_demo_lists_the_seeds_own_errors_and_nothing_false(demo_db: Database, demo_project_id: str) -> None:
    fs = findings(demo_db, demo_project_id)
    assert brief(fs) == DEMO_FINDINGS
    assert len(fs) == len(DEMO_FINDINGS)
    product = next(f for f in fs if f.place.kind == "problem" and f.found == "5.82 万元")
    assert product.text == "3.23×1.8405=5.82 万元"
    assert "5.94" in product.message
    text = problem(demo_db, demo_project_id, BUDGET_PROBLEM).text
    assert text[product.place.start:product.place.end] == "5.82 万元"  # the place points at the figure


def test_planted_errors_are_each_found_once(demo_db: Database, demo_project_id: str) -> None:
    before = {f.id for f in findings(demo_db, demo_project_id)}
    pid = demo_project_id
    edit_section(demo_db, pid, "conclusion", "该项目绩效评价得分为 81.415 分", "该项目绩效评价得分为 82.415 分")
    edit_section(demo_db, pid, "implementation", "资金支出率为 99.14%", "资金支出率为 98.14%")
    edit_problem(demo_db, pid, BUDGET_PROBLEM, "采用平均 2 万元/人月的标准进行核算。",
                 "采用平均 2 万元/人月的标准进行核算，高级人员年成本=2.05×12=24.5 万元。")
    after = findings(demo_db, pid)
    new = [f for f in after if f.id not in before]
    assert {(f.place.kind if f.place.kind == "problem" else f.place.key, f.found, f.expected) for f in new} == {
        ("conclusion", "82.415", "81.415"),  # the project's total
        ("implementation", "98.14%", "99.14%"),  # 49.2 ÷ 49.625 = 0.991435…
        ("problem", "24.5 万元", "24.6 万元"),  # 2.05 × 12 = 24.6
    }
    assert len(new) == 3
    assert {f.id for f in after} - {f.id for f in new} == before  # the untouched figures: nothing new, nothing gone


def test_a_wrong_cell_in_the_level1_table_is_one_finding(demo_db: Database, demo_project_id: str) -> None:
    before = {f.id for f in findings(demo_db, demo_project_id)}
    edit_section(demo_db, demo_project_id, "conclusion", "决策 10 7.25 72.50%", "决策 10 7.5 72.50%")
    new = [f for f in findings(demo_db, demo_project_id) if f.id not in before]
    # 7.5 disagrees with the data (7.25); its rate and the 合计 row are not blamed for it
    assert [(f.kind, f.found, f.expected) for f in new] == [("level", "7.5", "7.25")]


def test_a_narrative_left_behind_after_the_scores_changed(demo_db: Database, demo_project_id: str) -> None:
    pid = demo_project_id
    with demo_db.session() as s:
        leaf = find_by_path(s, pid, "决策/项目立项/立项依据充分性")
        lead = s.scalars(select(Evaluator).where(Evaluator.name == LEAD)).first()
        assert lead is not None
        set_final(s, pid, leaf.id, 1.5, reason="要点④证据不足", decided_by=lead.id)
    fs = findings(demo_db, pid)
    got = brief(fs)
    # 81.415 − 0.5 = 80.915; 决策 7.25 → 6.75 (67.50 %)
    assert ("total", "conclusion", "", "81.415", "80.915") in got
    assert ("level", "conclusion", "", "7.25", "6.75") in got
    assert ("level", "conclusion", "", "72.50%", "67.50%") in got
    assert ("level", "conclusion", "", "81.42%", "80.92%") in got  # 80.915 ÷ 100 half up
    # the leaf's own comment still says "本项合计得 2 分", and its checklist proposes 4 × 0.5 = 2
    assert ("leaf_total", "决策/项目立项/立项依据充分性", "final_comment", "2", "1.5") in got
    assert ("final_rule", "决策/项目立项/立项依据充分性", "final", "1.5", "2") in got


# -- report text against the data ---------------------------------------------------------

def test_grade_counts_surveys_and_targets_stated_in_the_text(demo_db: Database, demo_project_id: str) -> None:
    text = "\n".join([
        "经综合评价，评定等级为“优”。",  # the demo is 良 (81.415)
        "包括 4 个一级指标、13 个二级指标、36 个三级指标。",  # 37 leaves
        "决策一级指标下设项目立项、绩效目标、资金投入共 3 个二级指标。",  # right: 3 children
        "评价主体 样本量 满意度",
        "市政数局 1 100%",
        "使用单位 70 89.86%",  # 69 questionnaires
        "办事人 145 97.24%",
        "总体 215 94.88%",
        "办事人的满意度为 96.24%。",  # 141 ÷ 145 = 97.24 %
        "运维服务项目共设置 12 个绩效指标，已完成或大部分完成的指标有 7 个，未完成的指标有 4 个。",  # 11 targets
        "运营服务项目共设置 17 个绩效指标，已完成或大部分完成的指标有 9 个。",  # 8 met
    ])
    with demo_db.session() as s:
        set_section(s, demo_project_id, "background", text)
    got = {(f.kind, f.found, f.expected) for f in findings(demo_db, demo_project_id) if f.place.key == "background"}
    assert got == {("grade", "优", "良"), ("framework", "36", "37"), ("survey", "70", "69"),
                   ("survey", "96.24%", "97.24%"), ("targets", "12", "11"), ("targets", "9", "8")}


def test_money_figures_against_the_budget_lines(demo_db: Database, demo_project_id: str) -> None:
    text = ("运维服务项目年初预算安排 509.4 万元，调减 367 万元，预算调整率为 70.08%。"
            "运营服务项目调整后预算金额为 49.625 万元，实际支出资金为 49.20 万元，预算执行率为 99.14%。"
            "两个项目合计批复预算金额为 658.40 万元，整体预算调整率为 69.33%。")
    with demo_db.session() as s:
        set_section(s, demo_project_id, "background", text)
    got = {(f.kind, f.found, f.expected) for f in findings(demo_db, demo_project_id) if f.place.key == "background"}
    # 运维: 509.4 − 152.4 = 357 cut (70.08 % = 357 ÷ 509.4, so the rate is right and 367 is the error);
    # combined: 456.375 ÷ 658.4 = 69.32 %
    assert got == {("money", "367 万元", "357 万元"), ("money", "69.33%", "69.32%")}


# -- the data against itself ------------------------------------------------------------------

def test_criteria_maximum_against_the_weight(demo_db: Database, demo_project_id: str) -> None:
    with demo_db.session() as s:
        leaf = find_by_path(s, demo_project_id, "决策/项目立项/立项依据充分性")  # weight 2
        update_indicator(s, leaf.id, criteria="每满足一个要点得0.5分，满分3分。")
        other = find_by_path(s, demo_project_id, "过程/资金管理/资金使用合规性")  # weight 5
        update_indicator(s, other.id, criteria="①1分；②1分；③1分；④1分。")  # 4, not 5
    got = {(f.kind, f.where.split(" — ")[0], f.found, f.expected) for f in findings(demo_db, demo_project_id)
           if f.kind == "criteria"}
    assert got == {("criteria", "决策/项目立项/立项依据充分性", "3", "2"),
                   ("criteria", "过程/资金管理/资金使用合规性", "4", "5")}


def test_final_score_departing_from_its_rule(demo_db: Database, demo_project_id: str) -> None:
    pid = demo_project_id
    with demo_db.session() as s:
        leaf = find_by_path(s, pid, "产出/产出数量/运维服务驻场服务完成率")  # 5 of 7 × 3 = 2.14
        set_final(s, pid, leaf.id, 1.5, reason="驻场人员资质不符")
    got = [f for f in findings(demo_db, pid) if f.kind == "final_rule"]
    assert [(f.found, f.expected) for f in got] == [("1.5", "2.14")]
    assert "驻场人员资质不符" in got[0].message  # the reason is shown, the departure still listed


def test_rule_input_contradicting_the_money(demo_db: Database, demo_project_id: str) -> None:
    pid = demo_project_id
    with demo_db.session() as s:
        leaf = find_by_path(s, pid, "过程/资金管理/预算调整率")
        lead = s.scalars(select(Evaluator).where(Evaluator.name == LEAD)).first()
        assert lead is not None
        set_score(s, pid, leaf.id, lead.id, 0.0, inputs={"value": 60.0})  # the lines say 70.08 / 66.69 / 69.32
    got = [f for f in findings(demo_db, pid) if f.kind == "rule_input"]
    assert [(f.found, f.expected) for f in got] == [("60.00%", "70.08% / 66.69% / 69.32%")]


def test_sub_project_lines_against_the_project_totals(demo_db: Database, demo_project_id: str) -> None:
    with demo_db.session() as s:
        s.get(Project, demo_project_id).budget_approved = 650.0  # the lines: 509.4 + 149 = 658.4
    got = [f for f in findings(demo_db, demo_project_id) if f.kind == "sub_projects"]
    assert [(f.found, f.expected) for f in got] == [("650", "658.4")]


def test_subtotals_stated_by_an_imported_sheet(demo_db: Database, demo_project_id: str) -> None:
    with demo_db.session() as s:
        p = s.get(Project, demo_project_id)
        p.settings = {**p.settings, "imported_from": {"file": "得分表.xlsx", "sheet": "Sheet1", "stated": {
            "total": 80.0, "nodes": [{"path": "决策/项目立项", "weight": 3.5, "score": 3.5, "row": 7},
                                     {"path": "决策/绩效目标", "weight": 3.5, "score": 2.85, "row": 10}]}}}
    got = {(f.kind, f.found, f.expected) for f in findings(demo_db, demo_project_id) if f.kind == "subtotal"}
    assert got == {("subtotal", "80", "81.415"), ("subtotal", "3.5", "3")}  # 项目立项: 2 + 1 = 3


# -- dismissing, the export, the command line ------------------------------------------------

def test_dismissing_keeps_a_finding_listed_but_not_open(demo_db: Database, demo_project_id: str) -> None:
    pid = demo_project_id
    fs = findings(demo_db, pid)
    quoted = next(f for f in fs if f.place.kind == "problem" and f.found == "5.82 万元")
    with demo_db.session() as s:
        with pytest.raises(ValidationError):  # a dismissal needs its reason
            dismiss_finding(s, pid, quoted, "  ")
        dismiss_finding(s, pid, quoted, "报告引用预算单位的原始错误")
    # an edit elsewhere in the same text keeps the finding's id (and so its dismissal)
    edit_problem(demo_db, pid, BUDGET_PROBLEM, "一是预算论证过程不够明确", "一是预算论证的过程不够明确")
    fs = findings(demo_db, pid)
    again = next(f for f in fs if f.id == quoted.id)
    assert again.dismissed and again.reason == "报告引用预算单位的原始错误"
    assert len(open_findings(fs)) == len(DEMO_FINDINGS) - 1
    with demo_db.session() as s:
        set_dismissal(s, pid, quoted.id, None)
    assert len(open_findings(findings(demo_db, pid))) == len(DEMO_FINDINGS)


def test_the_export_lists_open_findings_and_still_exports(demo_db: Database, demo_project_id: str,
                                                          tmp_path: Path) -> None:
    from evaltool.export import export_project

    report = export_project(demo_db, demo_project_id, xlsx=tmp_path / "s.xlsx")
    assert report.written == [tmp_path / "s.xlsx"] and (tmp_path / "s.xlsx").exists()
    assert {(f["found"], f["expected"]) for f in report.findings} == {(x[3], x[4]) for x in DEMO_FINDINGS}
    lines = [m for m in report.omissions if "5.82 万元" in m]
    assert len(lines) == 2 and all("5.94 万元" in m for m in lines)
    assert report.as_json()["findings"] == report.findings


def run(capsys: pytest.CaptureFixture[str], db: Database, *args: str) -> tuple[int, str, str]:
    from evaltool.cli import main

    capsys.readouterr()
    code = main(["--lang", "en", "--data-dir", str(db.data_dir), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_check_json_and_exit_status(demo_db: Database, demo_project_id: str,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, demo_db, "check", demo_project_id, "--json")
    assert code == 3
    doc = json.loads(out)
    assert {"kind", "where", "text", "expected", "found"} <= set(doc["findings"][0])
    assert {(f["found"], f["expected"]) for f in doc["findings"]} == {(x[3], x[4]) for x in DEMO_FINDINGS}
    code, out, _err = run(capsys, demo_db, "check", demo_project_id)
    assert code == 3 and "5.94 万元" in out and "4 open finding(s)" in out
    for f in doc["findings"]:
        code, _out, err = run(capsys, demo_db, "check", demo_project_id, "--dismiss", f["id"], "--reason", "已核实")
        assert code == 0, err
    code, out, _err = run(capsys, demo_db, "check", demo_project_id, "--json")
    assert code == 0 and json.loads(out)["findings"] == []
    code, out, _err = run(capsys, demo_db, "check", demo_project_id, "--json", "--all")
    assert code == 0 and all(f["dismissed"] for f in json.loads(out)["findings"])
    code, _out, err = run(capsys, demo_db, "check", demo_project_id, "--dismiss", "000000000000", "--reason", "x")
    assert code == 1 and "000000000000" in err


@pytest.mark.parametrize(("text", "code", "says"), [
    ("1+1=2", 0, "is right"),
    ("7.25+23.925+24.84+25.4=81.415", 0, "is right"),
    ("3.23×1.8405=5.82", 1, "5.94"),
    ("62/69=89.86%", 0, "is right"),
    ("（61＋51＋52）÷（69＋67＋67）＝80.79％", 0, "is right"),
    ("3.23 乘以 1.8405 等于 5.94", 0, "is right"),
    ("no calculation here", 2, ""),
    ("1/0=2", 2, "cannot be computed"),
])
def test_cli_money_check(demo_db: Database, demo_project_id: str, capsys: pytest.CaptureFixture[str],
                         text: str, code: int, says: str) -> None:
    got, out, err = run(capsys, demo_db, "money", demo_project_id, "--check", text)
    assert got == code
    assert says in out
    if code == 2 and not says:
        assert "Cannot check" in err


def test_cli_money_check_json(demo_db: Database, demo_project_id: str, capsys: pytest.CaptureFixture[str]) -> None:
    got, out, _err = run(capsys, demo_db, "money", demo_project_id, "--json", "--check",
                         "测算：3.23×1.8405=5.82 万元；复核 456.375/658.4=69.32%")
    doc: list[dict[str, Any]] = json.loads(out)
    assert got == 1
    assert [(c["ok"], c["expected"]) for c in doc] == [(False, "5.94 万元"), (True, "69.32%")]


def test_without_sub_project_lines_only_the_projects_own_figures_are_compared(demo_db: Database,
                                                                               demo_project_id: str) -> None:
    from evaltool.models import BudgetLine
    from evaltool.money import delete_line

    with demo_db.session() as s:
        rows = s.scalars(select(BudgetLine).where(BudgetLine.project_id == demo_project_id)).all()
        for row in rows:  # 658.4 / 202.025 / 201.6 remain the project's own figures
            delete_line(s, demo_project_id, row.sub_project, row.year)
        set_section(s, demo_project_id, "background",
                    "运维服务项目预算投入 509.40 万元。该项目批复预算 600 万元，实际支出 201.6 万元。")
    got = {(f.found, f.expected) for f in findings(demo_db, demo_project_id) if f.place.key == "background"}
    # the contract's 509.40 cannot be checked without its line; the project's 600 is not its 658.4
    assert got == {("600 万元", "658.4 万元")}


def test_a_comment_stating_its_own_leafs_figures(demo_db: Database, demo_project_id: str) -> None:
    pid = demo_project_id
    with demo_db.session() as s:
        leaf = find_by_path(s, pid, "产出/产出成本/项目单价预算合理性")  # weight 3, final 2.5
        set_final(s, pid, leaf.id, 2.5, reason="评价组合议确定",
                  comment="该指标分值 3 分，评价得分 2.5 分，得分率 83.33%。单价偏高，扣 0.5 分。")  # 2.5 ÷ 3
        other = find_by_path(s, pid, "产出/产出成本/项目实施经济性")  # weight 3, final 1.5
        set_final(s, pid, other.id, 1.5, reason="评价组合议确定",
                  comment="该指标分值 3 分，评价得分 2 分，得分率 66.67%。")  # the leaf has 1.5
    got = {(f.where.split(" — ")[0], f.found, f.expected) for f in findings(demo_db, pid) if f.kind == "level"}
    # 1.5 is the score: "2" is wrong; its 66.67 % is 2 ÷ 3 and is wrong against 1.5 ÷ 3 = 50.00 % too
    assert got == {("产出/产出成本/项目实施经济性", "2", "1.5"), ("产出/产出成本/项目实施经济性", "66.67%", "50.00%")}


def test_a_findings_id_does_not_depend_on_the_language(demo_db: Database, demo_project_id: str) -> None:
    from evaltool.i18n import set_language

    with demo_db.session() as s:
        s.get(Project, demo_project_id).budget_approved = 650.0
    zh = {f.id for f in findings(demo_db, demo_project_id)}
    set_language("en")
    en = findings(demo_db, demo_project_id)
    assert {f.id for f in en} == zh
    assert any(f.where == "Budget lines" for f in en)
