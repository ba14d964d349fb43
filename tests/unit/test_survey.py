"""Questionnaires: templates, questions, answers validation, XLSForm round trip, charts."""
from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from evaltool.charts import option_distribution_png, satisfaction_by_group_png
from evaltool.db import Database
from evaltool.errors import NotFoundError, ValidationError
from evaltool.projects import create_project
from evaltool.survey import (
    add_group,
    add_question,
    add_response,
    create_from_template,
    create_survey,
    export_xlsform,
    import_xlsform,
    list_responses,
    list_surveys,
    list_templates,
    load_survey,
    normalize_answer,
    set_group_deleted,
    set_response_deleted,
    set_survey_deleted,
    update_group,
    update_question,
    update_response,
    update_survey,
)
from evaltool.tally import tally_survey


@pytest.fixture
def project(db: Database) -> str:
    with db.session() as s:
        return create_project(s, "问卷测试").id


def test_templates_cover_the_usual_groups(db: Database, project: str) -> None:
    keys = {t.key for t in list_templates()}
    assert {"competent_department", "user_units", "public"} <= keys
    with db.session() as s:
        sv = create_from_template(s, project, "public", target_n=100)
    assert sv.groups[0].name.startswith("服务对象") and sv.groups[0].target_n == 100
    kinds = {q.kind for q in sv.questions}
    assert {"single", "multi", "number", "scale5", "text"} <= kinds
    assert sv.main_question == "q10"  # 总体而言，您对本次政务服务的满意程度如何？
    q6 = sv.question("q6")
    assert [o["satisfied"] for o in q6.options] == [True, True, False, False, False]


def test_answers_are_validated_and_tolerant(db: Database, project: str) -> None:
    with db.session() as s:
        sv = create_survey(s, project, "问卷")
        add_question(s, sv.id, "q1", "scale5", "总体满意度")
        add_question(s, sv.id, "q2", "multi", "原因", options=[{"code": i, "label": f"原因{i}"} for i in range(1, 10)])
        add_question(s, sv.id, "q3", "number", "次数")
        with pytest.raises(ValidationError):
            add_question(s, sv.id, "q1", "scale5", "重复")
        with pytest.raises(ValidationError):
            add_question(s, sv.id, "题 1", "scale5", "坏的键")
        sv = load_survey(s, sv.id)
    q1, q2, q3 = sv.question("q1"), sv.question("q2"), sv.question("q3")
    for raw in ("比较满意", " 比较 满意 ", "２", 2, "B. 比较满意".replace("B", "2"), "Fairly satisfied"):
        assert normalize_answer(q1, raw) == 2, raw
    for raw in ("6", "不满意", 0, "满意度"):
        with pytest.raises(ValueError):
            normalize_answer(q1, raw)
    assert normalize_answer(q2, "137") == [1, 3, 7]  # digits typed on paper entry
    assert normalize_answer(q2, "原因3┋原因1") == [1, 3]
    assert normalize_answer(q2, "原因2，原因2") == [2]
    assert normalize_answer(q3, "１２") == 12 and normalize_answer(q3, "2.5") == 2.5
    assert normalize_answer(q1, "") is None
    with db.session() as s:
        with pytest.raises(ValidationError):
            add_response(s, sv.id, {"q1": 7})
        rid = add_response(s, sv.id, {"q1": "非常满意", "q2": "12", "q3": ""}, respondent_ref="A-1")
        with pytest.raises(ValidationError):
            add_response(s, sv.id, {"q1": 1}, respondent_ref="A-1")  # duplicate id
        before = update_response(s, rid, answers={"q1": 3})
    assert before["answers"] == {"q1": 1, "q2": [1, 2]}
    with db.read_session() as s:
        rows = list_responses(s, sv.id)
    assert [r.answers for r in rows] == [{"q1": 3}]


def test_edits_return_what_undo_needs_and_deletion_is_a_tombstone(db: Database, project: str) -> None:
    yes_no = [{"code": 1, "label": "是", "label_en": "", "weight": None, "satisfied": False},
              {"code": 2, "label": "否", "label_en": "", "weight": None, "satisfied": False}]
    with db.session() as s:
        sv = create_survey(s, project, "问卷")
        q = add_question(s, sv.id, "q1", "single", "是否知晓", options=[{"code": 1, "label": "是"}, {"code": 2, "label": "否"}])
        g = add_group(s, sv.id, "使用单位", target_n=60)
        assert update_survey(s, sv.id, name="项目问卷") == {"name": "问卷"}
        # a number question has no options: the old ones come back with the old kind on undo
        before = update_question(s, q.id, kind="number")
        assert before == {"kind": "single", "options": yes_no}
        assert load_survey(s, sv.id).question("q1").options == []
        update_question(s, q.id, **before)
        assert load_survey(s, sv.id).question("q1").options == yes_no
        before = update_group(s, g.id, target_n=80, units_expected=12)
        assert before == {"target_n": 60, "units_expected": None}
        grp = load_survey(s, sv.id).group("使用单位")
        assert (grp.target_n, grp.units_expected) == (80, 12)
        update_group(s, g.id, **before)
        grp = load_survey(s, sv.id).group("使用单位")
        assert (grp.target_n, grp.units_expected) == (60, None)
        for bad in ({"name": " "}, {"target_n": -1}):
            with pytest.raises(ValidationError):
                update_group(s, g.id, **bad)
        for bad in ({"name": ""}, {"colour": "红"}):
            with pytest.raises(ValidationError):
                update_survey(s, sv.id, **bad)
        set_group_deleted(s, g.id)
        assert load_survey(s, sv.id).groups == []
        set_group_deleted(s, g.id, False)
        assert [x.name for x in load_survey(s, sv.id).groups] == ["使用单位"]
        # a deleted questionnaire cannot come back once its respondent id is taken again
        rid = add_response(s, sv.id, {"q1": 1}, respondent_ref="A-1")
        set_response_deleted(s, rid)
        add_response(s, sv.id, {"q1": 2}, respondent_ref="A-1")
        with pytest.raises(ValidationError):
            set_response_deleted(s, rid, False)
        set_survey_deleted(s, sv.id)
        assert list_surveys(s, project) == []
        with pytest.raises(NotFoundError):
            load_survey(s, sv.id)
        set_survey_deleted(s, sv.id, False)
        assert load_survey(s, sv.id).respondents == 1


def test_xlsform_round_trip(db: Database, project: str, tmp_path: Path) -> None:
    with db.session() as s:
        src = create_from_template(s, project, "user_units")
    path = export_xlsform(src, tmp_path / "form.xlsx")
    wb = load_workbook(path)
    assert {"survey", "choices"} <= set(wb.sheetnames)
    head = [c.value for c in wb["survey"][1]]
    assert "label::中文" in head and "label::English" in head
    with db.session() as s:
        copy = import_xlsform(s, project, path, name="副本")
    assert [(q.key, q.kind, q.text, q.text_en) for q in copy.questions] == \
        [(q.key, q.kind, q.text, q.text_en) for q in src.questions]
    assert [q.options for q in copy.questions] == [q.options for q in src.questions]
    assert copy.main_question == src.main_question == "q12"
    with db.read_session() as s:
        assert {sv.name for sv in list_surveys(s, project)} == {src.name, "副本"}


def test_charts_are_png_of_report_size(demo_db: Database, demo_project_id: str) -> None:
    import io

    from PIL import Image

    with demo_db.read_session() as s:
        t = tally_survey(s, list_surveys(s, demo_project_id)[0].id)
    for data in (satisfaction_by_group_png(t, "zh_CN"), satisfaction_by_group_png(t.as_json(), "en"),
                 option_distribution_png(t.question("stability"), "zh_CN"),
                 option_distribution_png(t.question("reasons").as_json(), "en")):
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        img = Image.open(io.BytesIO(data))
        assert img.size == (1600, 900)
        # something is drawn in the bar colour (not a blank page)
        assert (46, 117, 182) in {c for _n, c in img.convert("RGB").getcolors(1 << 16)}
