"""The report's new parts read from the .docx: tables typed in narrative, a multi-year,
multi-contract project laid out as seed 004, negative indicators, and an English report of
a Chinese project (only generated text translated). Figures worked out by hand."""
from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from evaltool.db import Database
from evaltool.export import export_project
from evaltool.export.report_text import parse_narrative
from evaltool.framework import add_subtree, find_by_path
from evaltool.money import set_line
from evaltool.projects import create_project, set_facts
from evaltool.report_sections import set_section
from evaltool.scoring import set_final
from evaltool.targets import add_target


def _texts(doc) -> list[str]:
    return [p.text for p in doc.paragraphs]


def _table(doc, first_header: str, cell: str | None = None):
    return next(t for t in doc.tables if t.rows[0].cells[0].text == first_header
                and (cell is None or any(c.text == cell for r in t.rows for c in r.cells)))


def test_tables_pasted_from_excel_or_typed_with_bars() -> None:
    blocks = parse_narrative("正文。\n附表 各月申报量\n时间\t网上申报量\n2022 年 9 月\t3849\n"
                             "| 项目 | 问题 |\n|---|---|\n| 运维 | 指标值按一年设置 |\n| 运营 | 服务对象不全 |\n结束。")
    kinds = [(b.kind, b.text) for b in blocks]
    assert kinds == [("para", "正文。"), ("table", "各月申报量"), ("table", ""), ("para", "结束。")]
    assert blocks[1].rows == [["时间", "网上申报量"], ["2022 年 9 月", "3849"]]  # a cell may hold spaces
    assert blocks[2].rows == [["项目", "问题"], ["运维", "指标值按一年设置"], ["运营", "服务对象不全"]]


def _project(db: Database, *, negative: bool = False) -> str:
    with db.session() as s:
        pid = create_project(s, "数字政府建设项目").id
        set_facts(s, pid, {"委托方": "东莞市财政局", "评价机构": "广东三胜管理顾问有限公司", "预算单位": "东莞市政务服务数据管理局",
                           "project_period": "2019-2021年", "reference_date": "2021-12-31"})
        add_subtree(s, pid, None, {"name": "产出", "weight": 100, "children": [
            {"name": "产出时效", "weight": 100, "children": [{"name": "项目如期完成率", "weight": 100}]}]})
        if negative:
            add_subtree(s, pid, None, {"name": "负面事件", "weight": -10, "is_negative": True, "cap": -10, "children": [
                {"name": "安全事故", "weight": -10, "is_negative": True, "children": [
                    {"name": "网络安全事件", "weight": -5, "is_negative": True, "cap": -5},
                    {"name": "数据泄露", "weight": -5, "is_negative": True, "cap": -5}]}]}, 2.0)
        s.flush()
        set_final(s, pid, find_by_path(s, pid, "产出/产出时效/项目如期完成率").id, 96, reason="按96.00%计")
        if negative:
            set_final(s, pid, find_by_path(s, pid, "负面事件/安全事故/网络安全事件").id, -2, reason="发生1起")
            set_final(s, pid, find_by_path(s, pid, "负面事件/安全事故/数据泄露").id, 0, reason="未发生")
    return pid


def test_a_multi_year_multi_contract_project_in_seed_004s_layout(db: Database, tmp_path: Path) -> None:
    """Six sub-projects over 2019–2021 (hand figures): approved 600, adjusted 500, spent
    100 + 95 + 85 + 80 + 35 + 25 = 420 → 支出率 84.00 %; execution rates per sub-project 100 %,
    95 %, 85 %, 80 %, 70 %, 50 %."""
    pid = _project(db)
    spend = [("基础平台", 2019, 100, 100, 100), ("政务服务", 2019, 100, 100, 95), ("民生保障", 2020, 100, 100, 85),
             ("城市运营", 2020, 100, 100, 80), ("行政效能", 2021, 100, 50, 35), ("营商环境", 2021, 100, 50, 25)]
    with db.session() as s:
        for name, year, approved, adjusted, actual in spend:
            set_line(s, pid, name, year, approved=approved, adjusted=adjusted, actual=actual)
        for name, target, actual in (("计划启动子项目", "100个", "96个"), ("可研报告编制", "27个", "25个"),
                                     ("子项目完成初验", "40个", "40个")):
            add_target(s, pid, name=name, target_text=target, actual_text=actual, level1="产出", level2="时效指标",
                       sub_project_name="数字政府建设项目")
    export_project(db, pid, docx=tmp_path / "r.docx")
    doc = Document(str(tmp_path / "r.docx"))
    texts = _texts(doc)
    assert "2019-2021年期间，项目累计批复预算600万元，调整后预算500万元，实际支出420万元，支出率为84.00%。" in texts
    # seed 004's sentence on how the sub-projects spent (lower bound included, upper not)
    assert ("6 个子项目中，支出率达到 100%的 1 个，90%-100%（含下限不含上限，下同）的 1 个，80%-90%的 2 个，"
            "60%-80%的 1 个，低于 60%的 1 个。") in texts
    by_year = _table(doc, "年度")
    assert [[c.text for c in r.cells] for r in by_year.rows[1:]] == [
        ["2019", "200", "200", "195", "0.00%", "97.50%"], ["2020", "200", "200", "165", "0.00%", "82.50%"],
        ["2021", "200", "100", "60", "50.00%", "60.00%"], ["合计", "600", "500", "420", "16.67%", "84.00%"]]
    targets = _table(doc, "一级指标", "计划启动子项目")
    rows = {r.cells[2].text: [c.text for c in r.cells] for r in targets.rows[1:]}
    assert rows["计划启动子项目"][5:] == ["96.00%", "部分完成"]  # seed 004: 如期完成率 96.00 %
    assert rows["可研报告编制"][5:] == ["92.59%", "部分完成"]
    assert rows["子项目完成初验"][5:] == ["100.00%", "已完成"]


def test_negative_indicators_in_the_word_report(db: Database, tmp_path: Path) -> None:
    """产出 96 of 100; 负面事件 (cap 10) deducts 2: total 94, rate 94.00 %."""
    pid = _project(db, negative=True)
    export_project(db, pid, docx=tmp_path / "r.docx", xlsx=tmp_path / "s.xlsx")
    doc = Document(str(tmp_path / "r.docx"))
    texts = _texts(doc)
    l1 = _table(doc, "一级指标", "负面事件")
    assert [[c.text for c in r.cells] for r in l1.rows[1:]] == [
        ["产出", "100", "96", "96.00%"], ["负面事件", "-10", "-2", "/"], ["合计", "100", "94", "94.00%"]]
    assert "负面事件一级指标为逆向指标（扣分项），下设安全事故共 1 个二级指标，最多扣10分，实际扣2分。" in texts
    assert "安全事故二级指标为逆向指标（扣分项），下设网络安全事件、数据泄露共 2 个三级指标，最多扣10分，实际扣2分。" in texts
    assert texts.count("该指标为逆向指标（扣分项），最多扣5分，实际扣2分。") == 1
    assert "本项合计扣 2 分。" in texts and "本项合计扣 0 分。" in texts
    assert not any("-0.00%" in t or "得分率20.00%" in t for t in texts)
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    assert "-0.00%" not in cells and "20.00%" not in cells  # −2 of −10 is no "rate"
    # the Report page's preview says the same
    from evaltool.export.data import collect
    from evaltool.export.preview import preview_html

    with db.read_session() as s:
        html = preview_html(collect(s, pid, "zh_CN", with_charts=False, extras=False))
    assert "负面事件一级指标为逆向指标（扣分项），下设安全事故共 1 个二级指标，最多扣10分，实际扣2分。" in html
    assert "<td align=\"center\">-2</td><td align=\"center\">/</td>" in html


def test_an_english_report_of_a_chinese_project_translates_only_generated_text(db: Database, tmp_path: Path) -> None:
    pid = _project(db, negative=True)
    with db.session() as s:
        set_line(s, pid, "基础平台", 2019, approved=100, adjusted=100, actual=100)
        set_section(s, pid, "achievements", "（一）经验\n1.统筹推进\n项目建立了统筹机制。")
    export_project(db, pid, docx=tmp_path / "r.docx", lang="en")
    doc = Document(str(tmp_path / "r.docx"))
    heads = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert "2. How the evaluation was carried out" in heads and "(a) Purpose" in heads
    assert "3. Evaluation results" in heads and "4. Experience, problems and suggestions" in heads
    texts = "\n".join(_texts(doc))
    assert "数字政府建设项目" in texts and "东莞市财政局" in texts  # user data stays as entered
    assert "项目建立了统筹机制。" in texts  # the team's text is never translated
    assert "Commissioned by 东莞市财政局" in texts
    assert "负面事件 is a negative indicator (deductions only)" in texts
    for generated in ("评价组依据", "该指标分值", "最多扣", "原因分析", "受东莞市财政局委托"):
        assert generated not in texts, generated


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_no_placeholder_when_facts_are_missing(db: Database, tmp_path: Path, lang: str) -> None:
    """A bare project (no facts): the report leaves a missing clause out, never prints "—"."""
    with db.session() as s:
        pid = create_project(s, "空白项目").id
        add_subtree(s, pid, None, {"name": "决策", "weight": 100, "children": [{"name": "立项", "weight": 100}]})
    export_project(db, pid, docx=tmp_path / "r.docx", lang=lang)
    doc = Document(str(tmp_path / "r.docx"))
    assert not any("—" in p.text for p in doc.paragraphs if p.style.name != "Caption")
