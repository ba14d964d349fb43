"""The export's contracts with the tally and evidence modules: a bug fails the export,
a project that simply lacks data is exported with the gap named in the summary."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from docx import Document

import evaltool.export.data as export_data
from evaltool.export import export_project
from evaltool.i18n import set_language


@pytest.fixture(autouse=True)
def _messages_in_english(_language_zh) -> None:
    """Messages are asserted in their English source (the catalogue may translate them)."""
    set_language("en")


def _old(path: Path) -> bytes:
    content = b"the report the client already has"
    path.write_bytes(content)
    return content


def _broken_tally_raises(_session: Any, _survey_id: str, **_kw: Any) -> Any:
    raise KeyError("groups")  # e.g. a key renamed inside the tally module


def _broken_tally_old_shape(session: Any, survey_id: str, **kw: Any) -> Any:
    from evaltool.tally import tally_survey

    return tally_survey(session, survey_id, **kw).as_json()  # a dict where the export expects a SurveyTally


@pytest.mark.parametrize("broken", [_broken_tally_raises, _broken_tally_old_shape], ids=["raises", "wrong-type"])
def test_a_broken_tally_fails_the_export_instead_of_an_empty_table(demo_db, demo_project_id, tmp_path: Path,
                                                                   monkeypatch, broken) -> None:
    out = tmp_path / "out"
    out.mkdir()
    old = _old(out / "r.docx")
    monkeypatch.setattr(export_data, "tally_survey", broken)
    with pytest.raises((KeyError, AttributeError)):
        export_project(demo_db, demo_project_id, docx=out / "r.docx", xlsx=out / "s.xlsx")
    # nothing was written: the client's report is untouched and no table went out empty
    assert (out / "r.docx").read_bytes() == old
    assert sorted(p.name for p in out.iterdir()) == ["r.docx"]


def test_an_evidence_row_missing_a_field_fails_the_export(demo_db, demo_project_id, tmp_path: Path,
                                                          monkeypatch) -> None:
    def renamed(_session: Any, _project_id: str, **_kw: Any) -> list[dict[str, Any]]:
        return [{"no": 1, "name": "会议纪要", "kind": "文件", "source": "项目单位", "date": "", "page_ref": "",
                 "filename": "", "indicators": [], "notes": "", "added_by": "", "status": ""}]  # "title" renamed

    monkeypatch.setattr(export_data, "register_rows", renamed)
    with pytest.raises(KeyError, match="title"):
        export_project(demo_db, demo_project_id, xlsx=tmp_path / "s.xlsx")
    assert not (tmp_path / "s.xlsx").exists()


def test_a_project_without_survey_evidence_or_targets_says_so(db, tmp_path: Path) -> None:
    from evaltool.framework import add_subtree
    from evaltool.projects import create_project

    with db.session() as s:
        pid = create_project(s, "无问卷项目", commissioning_body="某市财政局", evaluation_agency="某评价机构").id
        add_subtree(s, pid, None, {"name": "决策", "weight": 100, "children": [{"name": "立项依据充分性", "weight": 100}]})
    report = export_project(db, pid, docx=tmp_path / "r.docx", xlsx=tmp_path / "s.xlsx")
    assert "No satisfaction survey in this project; the satisfaction tables are left out." in report.omissions
    assert "No evidence registered in this project; the evidence register is empty." in report.omissions
    assert "No performance targets recorded; the target tables are left out." in report.omissions
    heads = [p.text for p in Document(str(tmp_path / "r.docx")).paragraphs if p.style.name.startswith("Heading")]
    assert "2. Evaluation results" not in heads  # the report language is Chinese; the UI's is English
    assert "三、绩效评价结果" in heads and "（一）评价结论" in heads
    assert not any("满意度" in h for h in heads)
    assert "满意度调查情况" not in openpyxl.load_workbook(tmp_path / "s.xlsx").sheetnames


def test_a_survey_without_groups_is_named_in_the_omissions(demo_db, demo_project_id, tmp_path: Path) -> None:
    from sqlalchemy import select

    from evaltool.models import RespondentGroup, Survey

    with demo_db.session() as s:
        survey = s.scalars(select(Survey).where(Survey.project_id == demo_project_id)).one()
        for g in s.scalars(select(RespondentGroup).where(RespondentGroup.survey_id == survey.id)):
            g.deleted = True
        name = survey.name
    report = export_project(demo_db, demo_project_id, docx=tmp_path / "r.docx")
    assert f"Survey “{name}” has no respondent groups; its satisfaction table is left out." in report.omissions
    doc = Document(str(tmp_path / "r.docx"))
    assert not any(t.rows[0].cells[0].text == "评价主体" for t in doc.tables)
