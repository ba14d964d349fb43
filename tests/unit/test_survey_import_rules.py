"""The rules behind importing answers as they arrive: headers, scale wordings, legends,
mapping by meaning into an existing questionnaire, never dropping a column or a label
silently, progress and Cancel while reading, the safe reader for XLSForm, coverage."""
from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from evaltool.db import Database
from evaltool.errors import Cancelled, ImportFormatError, SpreadsheetError
from evaltool.projects import create_project
from evaltool.survey import (
    add_group,
    add_question,
    add_response,
    create_from_template,
    create_survey,
    export_xlsform,
    group_coverage,
    import_xlsform,
    load_survey,
    update_group,
)
from evaltool.survey.importing import (
    apply_import,
    infer_questionnaire,
    parse_header,
    plan_draft,
    plan_import,
    read_table,
    reverse_scale,
    set_kind,
)
from evaltool.survey.scales import recognise, same_meaning
from evaltool.tally import tally_survey
from tests.unit import survey_exports as ex


@pytest.mark.parametrize(("raw", "number", "text", "hints"), [
    ("1、您的身份：", 1, "您的身份", set()),
    ("Ｑ５．您对系统操作便利性的满意程度如何？（单选题）", 5, "您对系统操作便利性的满意程度如何", {"single"}),
    ("5、主要原因是什么？【多选题】", 5, "主要原因是什么", {"multi"}),
    ("第8题(系统稳定性)", 8, "(系统稳定性)", set()),
    ("*12. 请对以下方面评分[矩阵量表题]", 12, "请对以下方面评分", {"matrix", "scale"}),
    ("2024年满意度", None, "2024年满意度", set()),
])
def test_headers_lose_numbering_and_tags(raw: str, number: int | None, text: str, hints: set[str]) -> None:
    h = parse_header(raw)
    assert (h.number, h.text, set(h.hints)) == (number, text, hints)


def test_metadata_columns_are_told_from_questions_about_time() -> None:
    from evaltool.survey.importing.headers import column_role

    roles = {h: column_role(parse_header(h)) for h in ("序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP",
                                                       "答题时长", "您每周使用平台的时间", "办理业务用时多少")}
    assert roles == {"序号": "id", "提交答卷时间": "meta", "所用时间": "meta", "来源": "meta", "来源详情": "meta",
                     "来自IP": "meta", "答题时长": "meta", "您每周使用平台的时间": None, "办理业务用时多少": None}


def test_a_legend_in_the_header_is_read_and_taken_off() -> None:
    h = parse_header("2. 总体满意度（1=非常满意 2=比较满意 3=一般 4=不太满意 5=非常不满意）")
    assert h.text == "总体满意度" and dict(h.legend) == {1: "非常满意", 2: "比较满意", 3: "一般", 4: "不太满意", 5: "非常不满意"}


@pytest.mark.parametrize(("seen", "kind", "labels"), [
    (["非常满意", "比较满意", "一般"], "scale5", ["非常满意", "比较满意", "一般", "不太满意", "非常不满意"]),
    (["很满意", "满意", "基本满意", "不满意"], "scale5", ["很满意", "满意", "基本满意", "不满意", "很不满意"]),
    (["满意", "基本满意", "不满意"], "scale3", ["满意", "基本满意", "不满意"]),
    (["非常满意", "比较满意", "不太满意", "非常不满意"], "scale4", ["非常满意", "比较满意", "不太满意", "非常不满意"]),
    (["满意", "比较满意", "基本满意", "不太满意", "不满意"], "scale5", ["满意", "比较满意", "基本满意", "不太满意", "不满意"]),
    (["非常同意", "同意", "不确定", "不同意"], "scale5", ["非常同意", "同意", "不确定", "不同意", "非常不同意"]),
    (["很好", "较好", "一般", "较差", "很差"], "scale5", ["很好", "较好", "一般", "较差", "很差"]),
])
def test_scales_are_recognised_in_any_common_wording_best_point_first(seen: list[str], kind: str, labels: list[str]) -> None:
    scale = recognise(seen)
    assert scale is not None and (scale.kind, scale.labels) == (kind, labels)


def test_dont_know_answers_are_left_out_of_the_valid_n_and_other_labels_are_no_scale() -> None:
    scale = recognise(["非常满意", "不了解", "一般", "比较满意"])
    assert scale is not None and scale.na == ["不了解"]
    opts = scale.options()
    assert [o["label"] for o in opts if o.get("na")] == ["不了解"] and sum(o["satisfied"] for o in opts) == 2
    assert recognise(["是", "否"]) is None and recognise(["一般"]) is None
    assert same_meaning("很满意", ["非常满意", "比较满意", "一般", "不太满意", "非常不满意"]) == 0


def _table(tmp_path: Path, headers: list[str], rows: list[list[Any]], name: str = "a.xlsx") -> Path:
    return ex.write_xlsx(tmp_path / name, headers, rows)


def test_option_numbers_with_a_header_legend_and_a_reversed_scale(tmp_path: Path) -> None:
    """Option numbers whose legend lists the worst first: the options are best first and
    keep their numbers, so 5 (非常满意) counts as satisfied."""
    headers = ["序号", "1、您的身份", "2、总体满意度（1=非常不满意 2=不太满意 3=一般 4=比较满意 5=非常满意）"]
    rows = [[1, "使用单位", 5], [2, "使用单位", 4], [3, "办事群众", 1], [4, "办事群众", 5], [5, "办事群众", -3]]
    draft = infer_questionnaire(read_table(_table(tmp_path, headers, rows)))
    q = draft.question("q2")
    assert q is not None and q.kind == "scale5" and q.coded
    assert [(o["code"], o["label"], o["satisfied"]) for o in q.options][:2] == [(5, "非常满意", True), (4, "比较满意", True)]
    plan = plan_draft(draft)
    assert [r.answers.get("q2") for r in plan.rows] == [5, 4, 1, 5, None]  # -3: skipped
    reverse_scale(q)  # a person's correction: now 1 is the best
    assert [o["code"] for o in q.options if o["satisfied"]] == [1, 2]
    set_kind(q, "single")
    assert q.kind == "single" and q.options[0]["label"] == "非常满意"


def test_existing_questionnaire_columns_map_by_meaning_and_nothing_is_dropped_silently(
        db: Database, tmp_path: Path) -> None:
    with db.session() as s:
        pid = create_project(s, "映射").id
        sid = create_from_template(s, pid, "user_units").id
    headers = ["答卷编号", "调查对象", "Q1. 系统稳定性满意程度", "Q2. 您对系统的操作便利性满意吗", "Q3. 您的年龄段",
               "Q4. 主要原因（多选）"]
    rows = [["A1", "使用单位", "很满意", "比较满意", "30-39岁", "系统功能不够完善┋其他原因"],
            ["A2", "使用单位", "一般", "不大满意", "40-49岁", ""],
            ["A3", "使用单位", "非常满意", "还行吧", "30-39岁", ""]]
    path = _table(tmp_path, headers, rows)
    with db.session() as s:
        plan = plan_import(s, sid, path)
        assert plan.mapping == {2: "q4", 3: "q5", 5: "q13"}  # reworded, yet the same questions
        assert plan.unmapped == [4]  # 您的年龄段 answers none: the person decides
        assert plan.unknown_labels == {"q5": {"还行吧": 1}, "q13": {"其他原因": 1}}
        assert plan.rows[0].answers["q4"] == 1 and plan.rows[1].answers["q5"] == 4  # 很满意, 不大满意 by meaning
        with pytest.raises(ImportFormatError, match="您的年龄段"):
            apply_import(s, plan, skip_bad_rows=True)
        left = plan_import(s, sid, path, unmapped="ignore")
        assert left.left_out == [4] and any("您的年龄段" in str(p) for p in left.problems if p.kind == "note")
        added = plan_import(s, sid, path, unmapped="new", add_options=True)
        assert [q.key for q in added.new_questions] == ["q3_2"]  # q3 is taken by the template
        assert not added.bad_rows and {k: [o["label"] for o in v] for k, v in added.new_options.items()} == {
            "q5": ["还行吧"], "q13": ["其他原因"]}
        result = apply_import(s, added)
    assert result.imported == 3 and result.options_added == {"q5": ["还行吧"], "q13": ["其他原因"]}
    with db.read_session() as s:
        sv = load_survey(s, sid)
        new = sv.question(result.questions_created[0])
        assert new is not None and new.kind == "single" and [o["label"] for o in new.options] == ["30-39岁", "40-49岁"]
        assert [o["label"] for o in sv.question("q5").options][-1] == "还行吧"


def test_reading_reports_progress_and_stops_on_cancel(db: Database, tmp_path: Path) -> None:
    people = ex.respondents(2500, seed=1)
    path = ex.write_csv(tmp_path / "big.csv", *ex.wjx_text(people), "utf-8")
    seen: list[tuple[int, int]] = []
    table = read_table(path, progress=lambda d, t: seen.append((d, t)))
    assert len(table.rows) == 2500 and len(seen) >= 3
    assert seen[-1] == (2501, 2501) and all(d <= t for d, t in seen)
    with pytest.raises(Cancelled):
        read_table(path, cancelled=lambda: True)
    with db.session() as s:
        pid = create_project(s, "取消").id
        sid = create_survey(s, pid, "问卷").id
        add_question(s, sid, "q2", "scale5", "您对平台运维服务的总体满意度")
    with pytest.raises(Cancelled), db.session() as s:
        plan_import(s, sid, path, cancelled=lambda: True)
    with db.read_session() as s:
        assert load_survey(s, sid).respondents == 0


def test_an_xlsform_is_read_by_the_safe_reader(db: Database, tmp_path: Path) -> None:
    with db.session() as s:
        pid = create_project(s, "表单").id
        sv = create_from_template(s, pid, "public")
    form = export_xlsform(sv, tmp_path / "form.xlsx")
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(form) as zin, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zout.writestr(item, data + b" " * (64 * 1024 * 1024) if item.filename.endswith("sheet1.xml") else data)
    with pytest.raises(SpreadsheetError) as ei, db.session() as s:
        import_xlsform(s, pid, bomb)
    assert ei.value.reason == "zip_bomb"
    with db.session() as s:
        copy = import_xlsform(s, pid, form, name="副本")
    assert [q.key for q in copy.questions] == [q.key for q in sv.questions]


def test_coverage_says_how_far_each_group_has_come(db: Database) -> None:
    with db.session() as s:
        pid = create_project(s, "覆盖").id
        sid = create_survey(s, pid, "纸质").id
        add_question(s, sid, "overall", "scale5", "总体满意度")
        users = add_group(s, sid, "使用单位", target_n=3, levels=["市", "镇", "村"])
        public = add_group(s, sid, "办事人", target_n=2)
        update_group(s, users.id, units_expected=10)
        for unit, level in (("市公安局", "市"), ("虎门镇", "镇"), ("虎门镇", "镇")):
            add_response(s, sid, {"overall": 1}, users.id, level=level, unit_name=unit)
        for _ in range(3):
            add_response(s, sid, {"overall": 2}, public.id)
    with db.read_session() as s:
        cov = {c.name: c for c in group_coverage(s, sid)}
        warnings = tally_survey(s, sid).warnings
    u, p = cov["使用单位"], cov["办事人"]
    assert (u.respondents, u.target_status, u.units, u.units_share, u.missing_levels) == (3, "met", 2, 0.2, ["村"])
    assert (p.respondents, p.target_status) == (3, "exceeded")
    assert any("办事人" in w and "3" in w and "2" in w for w in warnings)


def test_a_bare_file_without_any_answer_column_is_refused(tmp_path: Path) -> None:
    path = _table(tmp_path, ["序号", "提交答卷时间"], [[1, "2024/1/1"], [2, "2024/1/2"]])
    with pytest.raises(ImportFormatError, match=r"a\.xlsx"):
        infer_questionnaire(read_table(path))


def test_a_second_sheet_named_like_a_legend_gives_the_option_numbers_meaning(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["序号", "1、您的身份", "2、您使用平台的频率"])
    for i, (g, f) in enumerate([(1, 1), (2, 3), (2, 2), (1, 4), (2, 1)], start=1):
        ws.append([i, g, f])
    lg = wb.create_sheet("选项说明")
    lg.append(["题目", "选项"])
    lg.append(["1、您的身份", "1=主管部门;2=使用单位"])
    lg.append(["2、您使用平台的频率", "1=每天;2=每周;3=每月;4=很少"])
    wb.save(tmp_path / "codes.xlsx")
    draft = infer_questionnaire(read_table(tmp_path / "codes.xlsx"))
    assert draft.group_column == 1 and draft.groups == [("主管部门", 2), ("使用单位", 3)]
    q = draft.question("q2")
    assert q is not None and q.kind == "single" and [o["label"] for o in q.options] == ["每天", "每周", "每月", "很少"]
    plan = plan_draft(draft)
    assert [r.group for r in plan.rows] == ["主管部门", "使用单位", "使用单位", "主管部门", "使用单位"]
    assert [r.answers["q2"] for r in plan.rows] == [1, 3, 2, 4, 1]


def test_the_group_column_is_the_one_naming_respondent_types(tmp_path: Path) -> None:
    """Yes/no and personal questions and a question about the kind of business done are no
    groups; a column of respondent types is, with or without a telling header."""
    headers = ["1、您是否使用过平台", "2、您办理的业务类型", "3、性别", "4、请选择"]
    rows = [["是", "不动产登记", "男", "使用单位"], ["否", "社保", "女", "办事群众"], ["是", "社保", "男", "办事群众"]]
    draft = infer_questionnaire(read_table(_table(tmp_path, headers, rows)))
    assert draft.group_column == 3 and draft.groups == [("使用单位", 1), ("办事群众", 2)]
    draft = infer_questionnaire(read_table(_table(tmp_path, headers[:3], [r[:3] for r in rows], "b.xlsx")))
    assert draft.group_column is None and [q.key for q in draft.questions] == ["q1", "q2", "q3"]
