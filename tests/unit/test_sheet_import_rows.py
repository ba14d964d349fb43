"""Score sheets with the rows real sheets have: totals in any wording, numbers typed as
text, outlines, sheets that do not reconcile, several sheets, project facts.

Every expected figure is worked out by hand from the rows written here.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from evaltool.db import Database
from evaltool.errors import ImportFormatError
from evaltool.i18n import set_language
from evaltool.models import Project
from evaltool.scoresheet import ParsedSheet, SheetChoiceError, import_sheet, iter_parsed, parse_sheet
from evaltool.scoring import project_summary


@pytest.fixture(autouse=True)
def _english() -> None:
    set_language("en")


def write(path: Path, rows: list[list[Any]], merges: tuple[str, ...] = (), title: str = "评分表") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for r in rows:
        ws.append(r)
    for m in merges:
        ws.merge_cells(m)
    wb.save(path)
    return path


def tree(parsed: ParsedSheet) -> dict[str, tuple[float | None, float | None]]:
    return {p: (n.weight, n.score if n.is_leaf else None) for _l, p, n in iter_parsed(parsed.roots)}


HEADER = ["一级指标", "二级指标", "三级指标", "分值", "得分", "评价意见"]
BODY = [
    ["决策", "项目立项", "立项依据充分性", 20, 18, ""],
    ["决策", "项目立项", "立项程序规范性", 20, 15, "缺少论证"],
    ["产出", "产出数量", "运维完成率", 60, 52.5, ""],
]
WANT = {"决策": (40, None), "决策/项目立项": (40, None), "决策/项目立项/立项依据充分性": (20, 18),
        "决策/项目立项/立项程序规范性": (20, 15), "产出": (60, None), "产出/产出数量": (60, None),
        "产出/产出数量/运维完成率": (60, 52.5)}
TOTAL = 85.5  # 18 + 15 + 52.5


# -- rows that are not indicators ---------------------------------------------------------

@pytest.mark.parametrize("label", [
    "合计", "总计", "总分", "得分合计", "综合得分", "合计得分", "总得分", "最终得分", "评价总分", "以上合计",
    "合计（满分100分）", "总分(100分)", "本项目综合得分", "正向指标得分合计", "综合得分及等级", "Total",
])
def test_total_rows_in_any_wording_are_not_indicators(label: str, tmp_path: Path) -> None:
    path = write(tmp_path / "t.xlsx", [HEADER, *BODY, [label, None, None, 100, TOTAL]])
    parsed = parse_sheet(path)
    assert tree(parsed) == WANT
    assert parsed.warnings == []
    st = [s for s in parsed.stated if s.kind in ("total", "positive_total")]
    assert len(st) == 1 and st[0].row == 5 and st[0].score == TOTAL and st[0].agrees


@pytest.mark.parametrize("label", ["小计", "决策小计", "分项合计"])
def test_subtotal_rows(label: str, tmp_path: Path) -> None:
    rows = [HEADER, BODY[0], BODY[1], ["决策", label, None, 40, 33], BODY[2], ["产出", "小计", None, 60, 52.5]]
    parsed = parse_sheet(write(tmp_path / "s.xlsx", rows))
    assert tree(parsed) == WANT and parsed.warnings == []
    subs = [s for s in parsed.stated if s.kind == "subtotal"]
    assert [(s.row, s.computed_score, s.agrees) for s in subs] == [(4, 33, True), (6, 52.5, True)]


@pytest.mark.parametrize(("label", "grade"), [("等级", "良"), ("绩效等级", "良好"), ("评价等级", "良"), ("评价结果", "良"),
                                              ("评价结论", "等级：良")])
def test_grade_rows(label: str, grade: str, tmp_path: Path) -> None:
    rows = [HEADER, *BODY, ["合计", None, None, 100, TOTAL], [label, None, None, None, grade]]
    parsed = parse_sheet(write(tmp_path / "g.xlsx", rows))
    assert tree(parsed) == WANT and parsed.warnings == []
    g = next(s for s in parsed.stated if s.kind == "grade")
    assert g.row == 6 and g.computed_grade == "良" and g.agrees  # 85.5: 良 (80–<90)


def test_notes_blank_rows_and_signatures_are_skipped(tmp_path: Path) -> None:
    rows = [HEADER, BODY[0], [], BODY[1], [None], BODY[2], ["合计", None, None, 100, TOTAL],
            ["注：得分率=得分/分值"], ["说明：本表由评价组填写"], ["备注1.数据来源于自评报告"], ["评价人：", None, "复核人："],
            ["填表日期：2024年3月1日"]]
    parsed = parse_sheet(write(tmp_path / "n.xlsx", rows))
    assert tree(parsed) == WANT and parsed.warnings == []


def test_an_indicator_named_like_a_grade_or_a_plan_is_kept(tmp_path: Path) -> None:
    rows = [HEADER, ["过程", "安全管理", "网络安全等级保护测评", 40, 30, ""],
            ["过程", "计划管理", "综合计划执行率", 60, 50, ""], ["合计", None, None, 100, 80]]
    parsed = parse_sheet(write(tmp_path / "k.xlsx", rows))
    assert set(tree(parsed)) >= {"过程/安全管理/网络安全等级保护测评", "过程/计划管理/综合计划执行率"}
    assert parsed.warnings == []


# -- a total whatever it is called, recognised by its figures ---------------------------------------

def test_a_total_written_as_a_phrase_is_found_by_its_figures(tmp_path: Path) -> None:
    # the first sheet: imported as a level-1 indicator, the total doubled and the grade jumped
    rows = [HEADER, *BODY, ["以上各项之和", None, None, 100, TOTAL]]
    parsed = parse_sheet(write(tmp_path / "p.xlsx", rows))
    assert tree(parsed) == WANT and parsed.warnings == []
    st = next(s for s in parsed.stated if s.kind == "total")
    assert (st.row, st.by_numbers, st.score, st.agrees) == (5, True, TOTAL, True)
    assert any("row 5" in n and "total" in n for n in parsed.notes)


def test_a_merged_total_label_across_the_level_columns_is_a_total(tmp_path: Path) -> None:
    rows = [HEADER, *BODY, ["全部指标加起来", None, None, 100, 80]]  # states 80, the rows add to 85.5
    parsed = parse_sheet(write(tmp_path / "m.xlsx", rows, merges=("A5:C5",)))
    assert tree(parsed) == WANT
    assert not parsed.reconciles
    assert any("row 5, column E" in w and "85.5" in w and "80" in w for w in parsed.warnings)


# -- numbers as typed in score sheets ---------------------------------------------------------------

def test_scores_and_weights_typed_as_text(tmp_path: Path) -> None:
    rows = [["一级指标", "三级指标", "分值", "得分"],
            ["决策", "立项依据", "20分", "18.5分"],
            ["决策", "立项程序", "２０", "１５．５"],
            ["产出", "完成率", "30", "2７,5"],
            ["产出", "及时率", 20, "扣2分"],
            ["效益", "满意度", "10分", "满分"],
            ["逆向指标", "安全事件", "-10", "-1分"],
            ["逆向指标", "自评质量", -5, "扣2分"]]
    parsed = parse_sheet(write(tmp_path / "f.xlsx", rows))
    got = tree(parsed)
    assert got["决策/立项依据"] == (20, 18.5) and got["决策/立项程序"] == (20, 15.5)
    assert got["产出/完成率"] == (30, 27.5) and got["产出/及时率"] == (20, 18)  # 20 − 2
    assert got["效益/满意度"] == (10, 10)
    assert got["逆向指标/安全事件"] == (-10, -1) and got["逆向指标/自评质量"] == (-5, -2)
    assert parsed.warnings == []
    assert any("row 5" in n for n in parsed.notes)  # 扣2分 of a positive indicator is said


def test_an_ambiguous_or_unreadable_score_is_left_out_with_a_warning(tmp_path: Path) -> None:
    rows = [["一级指标", "三级指标", "分值", "得分"], ["决策", "立项依据", 50, "1,500"], ["产出", "完成率", 50, "两分"]]
    parsed = parse_sheet(write(tmp_path / "a.xlsx", rows))
    assert tree(parsed) == {"决策": (50, None), "决策/立项依据": (50, None), "产出": (50, None), "产出/完成率": (50, None)}
    text = "\n".join(parsed.warnings)
    assert "row 2, column D" in text and "1,500" in text and "row 3, column D" in text and "两分" in text


def test_deductions_in_a_negative_section_with_positive_caps(tmp_path: Path) -> None:
    rows = [HEADER, *BODY, ["逆向指标", "负面事件", "安全事故", 10, 2, "发生1起"], ["综合得分", None, None, 100, TOTAL - 2]]
    parsed = parse_sheet(write(tmp_path / "neg.xlsx", rows))
    got = tree(parsed)
    assert got["逆向指标/负面事件/安全事故"] == (-10, -2)
    assert parsed.warnings == []
    assert next(s for s in parsed.stated if s.kind == "total").computed_score == pytest.approx(83.5)


# -- outline sheets ------------------------------------------------------------------------------

OUTLINE = [
    ["指标", "分值", "评分标准及评价意见", "得分"],
    ["一、决策（20）", 20, None, 17],
    ["（一）项目立项", 8, None, 7],
    ["1.立项依据充分性", 4, "①符合规划得2分；②有可研得2分\n【评价意见】依据充分", 4],
    ["2.立项程序规范性", 4, "程序规范得4分\n扣分原因：缺少专家论证", 3],
    ["（二）绩效目标", 12, None, 10],
    ["1.目标合理性", 12, "合理得12分\n评价意见：目标未量化", 10],
    ["二、产出", 80, None, 70.5],
    ["（一）产出质量", 80, None, 70.5],
    ["1.运维完成率", 50, None, "45分"],
    ["2.故障恢复及时率", 30, None, "25.5"],
    ["合计", 100, None, 87.5],
]


def test_an_outline_column_gives_the_levels_and_splits_criteria_from_comments(tmp_path: Path, db: Database) -> None:
    path = write(tmp_path / "o.xlsx", OUTLINE)
    parsed = parse_sheet(path)
    assert parsed.layout == "outline"
    assert tree(parsed) == {
        "决策": (20, None), "决策/项目立项": (8, None), "决策/项目立项/立项依据充分性": (4, 4),
        "决策/项目立项/立项程序规范性": (4, 3), "决策/绩效目标": (12, None), "决策/绩效目标/目标合理性": (12, 10),
        "产出": (80, None), "产出/产出质量": (80, None), "产出/产出质量/运维完成率": (50, 45),
        "产出/产出质量/故障恢复及时率": (30, 25.5)}
    assert parsed.warnings == []
    leaf = parsed.roots[0].children[0].children[1]
    assert leaf.criteria == "程序规范得4分" and leaf.comment == "缺少专家论证"
    assert parsed.roots[0].children[0].children[0].comment == "依据充分"
    groups = [s for s in parsed.stated if s.kind == "group"]
    assert len(groups) == 5 and all(s.agrees for s in groups)
    with db.session() as s:
        res = import_sheet(s, path)
    with db.read_session() as s:
        sm = project_summary(s, res.project_id)
    assert sm.total == pytest.approx(87.5) and sm.grade == "良"


def test_a_decimal_outline_and_a_seq_column(tmp_path: Path) -> None:
    dec = [["序号", "评价指标", "权重", "得分"],
           ["1", "决策", 30, 25], ["1.1", "项目立项", 30, 25], ["1.1.1", "立项依据", 10, 10], ["1.1.2", "立项程序", 20, 15],
           ["2", "产出", 70, 60], ["2.1", "产出质量", 70, 60], ["2.1.1", "完成率", 70, 60]]
    parsed = parse_sheet(write(tmp_path / "d.xlsx", dec))
    assert parsed.layout == "outline" and parsed.warnings == []
    assert tree(parsed)["决策/项目立项/立项程序"] == (20, 15) and tree(parsed)["产出/产出质量/完成率"] == (70, 60)
    inline = [["指标名称", "分值", "得分"], ["1. 决策", 30, 25], ["1.1 项目立项", 30, 25], ["1.1.1 立项依据", 10, 10],
              ["1.1.2 立项程序", 20, 15], ["2. 产出", 70, 60], ["2.1 产出质量", 70, 60], ["2.1.1 完成率", 70, 60]]
    assert tree(parse_sheet(write(tmp_path / "i.xlsx", inline))) == tree(parsed)


def test_an_outline_group_that_states_a_wrong_subtotal_is_named(tmp_path: Path) -> None:
    rows = [list(r) for r in OUTLINE]
    rows[2][3] = 6  # （一）项目立项 says 6, its rows add to 7
    parsed = parse_sheet(write(tmp_path / "w.xlsx", rows))
    assert not parsed.reconciles
    assert any("row 3, column D" in w and "项目立项" in w and "7" in w for w in parsed.warnings)


def test_an_unnumbered_outline_is_refused_not_imported_flat(tmp_path: Path) -> None:
    # the outline without numbering: dozens of flat leaves whose weights add to 400
    rows = [["指标", "分值", "得分"], ["决策", 20, 17], ["项目立项", 8, 7], ["立项依据", 4, 4], ["立项程序", 4, 3],
            ["绩效目标", 12, 10], ["目标合理性", 12, 10], ["产出", 80, 70], ["产出质量", 80, 70], ["完成率", 80, 70]]
    with pytest.raises(ImportFormatError) as ei:
        parse_sheet(write(tmp_path / "flat.xlsx", rows))
    msg = str(ei.value)
    assert "flat.xlsx" in msg and "评分表" in msg and "300" in msg and "一、" in msg and "Nothing was imported" in msg


# -- weights that do not add up ---------------------------------------------------------------------------

def test_weights_adding_to_115_are_warned(tmp_path: Path) -> None:
    rows = [HEADER, *BODY, ["效益", "满意度", "用户满意度", 15, 12, ""]]
    parsed = parse_sheet(write(tmp_path / "w115.xlsx", rows))
    assert any("115" in w and "not 100" in w for w in parsed.warnings)


def test_children_that_do_not_add_to_their_group_are_warned(tmp_path: Path) -> None:
    rows = [HEADER, ["决策（45）", "项目立项", "立项依据充分性", 20, 18, ""], ["决策（45）", "项目立项", "立项程序规范性", 20, 15, ""],
            BODY[2]]
    parsed = parse_sheet(write(tmp_path / "c.xlsx", rows))
    assert any("决策" in w and "40" in w and "45" in w for w in parsed.warnings)


def test_a_total_row_whose_weights_cannot_be_explained_is_refused(tmp_path: Path) -> None:
    # group rows and their indicators in one column: the rows add to 200 where the sheet says 100
    rows = [["指标名称", "分值", "得分"], ["决策", 40, 30], ["立项", 20, 15], ["目标", 20, 15],
            ["产出", 60, 50], ["质量", 60, 50], ["合计", 100, 80]]
    with pytest.raises(ImportFormatError, match="states 100") as ei:
        parse_sheet(write(tmp_path / "x.xlsx", rows))
    assert "200" in str(ei.value) and "row 7" in str(ei.value)


# -- several sheets, facts -----------------------------------------------------------------------------

def test_several_sheets_pick_the_framework_or_ask(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.title = "说明"
    wb.active.append(["本表由评价组填写"])
    main = wb.create_sheet("评分表")
    for r in [HEADER, *BODY]:
        main.append(r)
    summary = wb.create_sheet("一级指标")
    for r in [["一级指标", "分值", "得分"], ["决策", 40, 33], ["产出", 60, 52.5]]:
        summary.append(r)
    path = tmp_path / "book.xlsx"
    wb.save(path)
    parsed = parse_sheet(path)
    assert parsed.sheet == "评分表" and parsed.also_in == ["一级指标"]
    other = wb.create_sheet("另一项目")
    for r in [["一级指标", "三级指标", "分值", "得分"], ["过程", "制度执行", 100, 90]]:
        other.append(r)
    wb.save(path)
    with pytest.raises(SheetChoiceError) as ei:
        parse_sheet(path)
    assert ei.value.candidates == ["评分表", "一级指标", "另一项目"] and "Choose the sheet" in str(ei.value)
    assert parse_sheet(path, sheet="另一项目").leaves()[0].name == "制度执行"


def test_project_facts_from_the_sheet(tmp_path: Path, db: Database) -> None:
    rows = [["附件2：2023年某区智慧城管平台运维项目绩效评价指标评分表"],
            ["评价机构：某某会计师事务所（特殊普通合伙）", None, None, "评价基准日：2023年12月31日"],
            HEADER, *BODY, ["合计", None, None, 100, TOTAL], ["预算单位：", "某区城市管理局"]]
    path = write(tmp_path / "facts.xlsx", rows)
    parsed = parse_sheet(path)
    assert parsed.facts == {"name": "2023年某区智慧城管平台运维项目", "evaluation_agency": "某某会计师事务所（特殊普通合伙）",
                            "reference_date": "2023-12-31", "budget_unit": "某区城市管理局"}
    assert parsed.warnings == []
    with db.session() as s:
        res = import_sheet(s, path)
    with db.read_session() as s:
        p = s.get(Project, res.project_id)
        assert (p.name, p.evaluation_agency, p.reference_date, p.budget_unit) == (
            "2023年某区智慧城管平台运维项目", "某某会计师事务所（特殊普通合伙）", "2023-12-31", "某区城市管理局")


def test_a_project_name_row_wins_over_the_title(tmp_path: Path) -> None:
    rows = [["绩效评价指标评分表"], ["项目名称：某县农村饮水安全工程", None, "评价基准日：2024.6.30"], HEADER, *BODY]
    parsed = parse_sheet(write(tmp_path / "name.xlsx", rows))
    assert parsed.facts["name"] == "某县农村饮水安全工程" and parsed.facts["reference_date"] == "2024-06-30"


def test_a_self_evaluation_score_column_is_not_taken_for_the_evaluators(tmp_path: Path) -> None:
    rows = [["一级指标", "三级指标", "分值", "自评得分", "评价得分"], ["决策", "立项依据", 40, 40, 35], ["产出", "完成率", 60, 60, 50]]
    parsed = parse_sheet(write(tmp_path / "self.xlsx", rows))
    assert tree(parsed)["决策/立项依据"] == (40, 35) and tree(parsed)["产出/完成率"] == (60, 50)
    assert any("自评得分" in n for n in parsed.notes)


# -- more shapes ------------------------------------------------------------------------------------

def test_header_under_group_labels_away_from_the_corner(tmp_path: Path) -> None:
    rows = [["附件3"], ["某项目绩效评价评分表"], [],
            [None, "序号", "评价指标", None, None, "评分", None, "评价意见"],
            [None, None, "一级指标", "二级指标", "三级指标", "分值", "得分", None],
            [None, 1, "决策", "项目立项", "立项依据", 10, 9, "基本充分"],
            [None, 2, None, None, "立项程序", 10, 10, None],
            [None, 3, None, "绩效目标", "目标合理", 20, 15, None],
            [None, 4, "产出", "产出数量", "完成率", 60, 55, None],
            [None, "合计", None, None, None, 100, 89, None]]
    parsed = parse_sheet(write(tmp_path / "g.xlsx", rows, ("C4:E4", "F4:G4", "B4:B5", "H4:H5", "C6:C8", "D6:D7", "B10:E10")))
    assert parsed.header_rows == [4, 5] and parsed.columns["weight"] == "F" and parsed.columns["score"] == "G"
    assert parsed.facts["name"] == "某项目"
    assert tree(parsed)["决策/项目立项/立项程序"] == (10, 10) and tree(parsed)["决策/绩效目标"] == (20, None)
    assert parsed.warnings == [] and parsed.stated[0].agrees


def test_section_rows_over_the_groups(tmp_path: Path) -> None:
    rows = [HEADER[:5], ["正向指标（100分）"], BODY[0][:5], BODY[1][:5], BODY[2][:5], ["逆向指标"],
            ["负面事件", "安全管理", "安全事故", 5, 2], ["综合得分", None, None, 100, TOTAL - 2]]
    parsed = parse_sheet(write(tmp_path / "sec.xlsx", rows, ("A2:E2", "A6:E6")))
    got = tree(parsed)
    assert [n.name for n in parsed.roots] == ["决策", "产出", "负面事件"]
    assert got["负面事件/安全管理/安全事故"] == (-5, -2) and parsed.roots[2].is_negative
    assert parsed.warnings == []


def test_category_and_name_columns_are_two_levels(tmp_path: Path) -> None:
    rows = [["指标类别", "指标名称", "分值", "得分"], ["决策", "立项依据", 30, 25], ["决策", "立项程序", 20, 20],
            ["产出", "完成率", 50, 40], ["合计", None, 100, 85]]
    parsed = parse_sheet(write(tmp_path / "cat.xlsx", rows))
    assert tree(parsed) == {"决策": (50, None), "决策/立项依据": (30, 25), "决策/立项程序": (20, 20),
                            "产出": (50, None), "产出/完成率": (50, 40)}
    assert parsed.warnings == []


def test_weights_only_inside_the_names(tmp_path: Path) -> None:
    rows = [["一级指标", "二级指标", "三级指标", "得分"], ["决策（40分）", "立项（40）", "依据（20分）", 18],
            [None, None, "程序（20分）", 15], ["产出（60）", "质量(60)", "完成率（60）", 52.5], ["合计", None, None, 85.5]]
    parsed = parse_sheet(write(tmp_path / "win.xlsx", rows))
    assert tree(parsed) == {"决策": (40, None), "决策/立项": (40, None), "决策/立项/依据": (20, 18),
                            "决策/立项/程序": (20, 15), "产出": (60, None), "产出/质量": (60, None),
                            "产出/质量/完成率": (60, 52.5)}
    assert parsed.warnings == []


def test_a_stated_grade_that_disagrees_is_named(tmp_path: Path) -> None:
    rows = [HEADER, *BODY, ["合计", None, None, 100, TOTAL], ["等级", None, None, None, "优"]]
    parsed = parse_sheet(write(tmp_path / "gr.xlsx", rows))
    assert [w for w in parsed.warnings if "row 6, column E" in w and "优" in w and "良" in w and "85.5" in w]


def test_a_last_indicator_that_happens_to_equal_the_rows_above_stays_an_indicator(tmp_path: Path) -> None:
    # full marks everywhere: 满意度 (50, 50) equals 立项依据 + 立项程序 (20 + 30, 20 + 30), but as an
    # indicator it makes the level-1 weights add to 100, so it is one
    rows = [["一级指标", "二级指标", "三级指标", "分值", "得分"], ["决策", "项目立项", "立项依据", 20, 20],
            ["决策", "项目立项", "立项程序", 30, 30], ["满意度", None, None, 50, 50]]
    parsed = parse_sheet(write(tmp_path / "eq.xlsx", rows))
    assert tree(parsed)["满意度"] == (50, 50) and parsed.warnings == [] and parsed.stated == []
    # a level-2 indicator that equals its siblings above, in a group whose weight says so, too
    rows = [["一级指标", "二级指标", "三级指标", "分值", "得分"], ["决策（100）", "项目立项", "立项依据", 25, 25],
            ["决策（100）", "项目立项", "立项程序", 25, 25], ["决策（100）", "绩效目标", None, 50, 50]]
    parsed = parse_sheet(write(tmp_path / "eq2.xlsx", rows))
    assert tree(parsed)["决策/绩效目标"] == (50, 50) and parsed.warnings == []


def test_a_target_table_beside_the_score_sheet_is_not_a_second_framework(tmp_path: Path) -> None:
    # A workbook as evaluators keep it: the 评分表, and the 绩效目标表 naming indicators with a 分值
    # column but target and actual values instead of a score. Only the score sheet is read.
    path = tmp_path / "评价.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "评分表"
    for r in (["一级指标", "二级指标", "分值", "得分"], ["决策", "项目立项", 40, 30], ["产出", "产出数量", 60, 50]):
        ws.append(r)
    t = wb.create_sheet("绩效目标表")
    for r in (["一级指标", "二级指标", "三级指标", "指标值", "实际值", "分值"],
              ["产出", "数量指标", "月度报告", "≥12", "4", 10], ["产出", "质量指标", "故障修复", "≤2h", "≤2h", 10]):
        t.append(r)
    wb.save(path)
    parsed = parse_sheet(path)
    assert parsed.sheet == "评分表"
    assert tree(parsed) == {"决策": (40, None), "决策/项目立项": (40, 30), "产出": (60, None), "产出/产出数量": (60, 50)}
