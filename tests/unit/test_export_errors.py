"""Exports under bad conditions, narrative sections, the CLI, English reports."""
from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
from docx import Document

from evaltool.cli import main
from evaltool.errors import Cancelled, ExportError, ValidationError
from evaltool.export import export_project
from evaltool.i18n import set_language
from evaltool.models import FinalScore, ReportSection, Score
from evaltool.report_sections import SECTION_KEYS, get_sections, section_id, set_section


@pytest.fixture(autouse=True)
def _messages_in_english(_language_zh) -> None:
    """Messages are asserted in their English source (the catalogue may translate them)."""
    set_language("en")


def _old(path: Path, content: bytes = b"the report the client already has") -> bytes:
    path.write_bytes(content)
    return content


# -- files are whole or untouched ---------------------------------------------------

def test_cancel_leaves_existing_files_untouched(demo_db, demo_project_id, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    old_docx = _old(tmp_path / "r.docx")
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 3  # the user presses Cancel while the report is being built

    with pytest.raises(Cancelled):
        export_project(demo_db, demo_project_id, docx=tmp_path / "r.docx", xlsx=tmp_path / "s.xlsx",
                       cancelled=cancelled)
    assert (tmp_path / "r.docx").read_bytes() == old_docx
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.docx"]  # no half file, no temp file


def test_failure_while_writing_the_second_file_keeps_the_first_target_old(demo_db, demo_project_id, tmp_path: Path,
                                                                          monkeypatch) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    old = _old(tmp_path / "r.docx")
    import evaltool.export.xlsx_sheet as xs

    def boom(*_a, **_k) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(xs, "write_xlsx", boom)
    with pytest.raises(ExportError, match="No space left"):
        export_project(demo_db, demo_project_id, docx=tmp_path / "r.docx", xlsx=tmp_path / "s.xlsx")
    assert (tmp_path / "r.docx").read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.docx"]


def test_unwritable_target_names_the_file(demo_db, demo_project_id, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(ExportError, match="not-a-folder"):
        export_project(demo_db, demo_project_id, docx=blocker / "r.docx")
    with pytest.raises(ExportError, match="does not exist"):
        export_project(demo_db, demo_project_id, xlsx=tmp_path / "missing" / "s.xlsx")
    with pytest.raises(ExportError, match="folder"):
        export_project(demo_db, demo_project_id, pdf=tmp_path)


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root ignores folder permissions")
def test_read_only_folder_is_refused(demo_db, demo_project_id, tmp_path: Path) -> None:
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        with pytest.raises(ExportError, match="read-only"):
            export_project(demo_db, demo_project_id, docx=ro / "r.docx")
    finally:
        ro.chmod(0o755)


@pytest.mark.parametrize("lock", ["~$r.docx", ".~lock.r.docx#"])
def test_document_open_in_word_or_libreoffice_is_refused(demo_db, demo_project_id, tmp_path: Path, lock: str) -> None:
    old = _old(tmp_path / "r.docx")
    (tmp_path / lock).write_text("owner")
    with pytest.raises(ExportError, match="open in another program"):
        export_project(demo_db, demo_project_id, docx=tmp_path / "r.docx")
    assert (tmp_path / "r.docx").read_bytes() == old


def test_corrupt_or_incomplete_template_gives_a_clear_message(demo_db, demo_project_id, tmp_path: Path) -> None:
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 this is not really a docx")
    with pytest.raises(ExportError, match=r"bad\.docx"):
        export_project(demo_db, demo_project_id, docx=tmp_path / "r.docx", template=bad)
    # a real .docx whose style part lacks the heading styles
    good = tmp_path / "base.docx"
    Document().save(good)
    no_styles = tmp_path / "nostyles.docx"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(no_styles, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item)
            if item.filename == "word/styles.xml":
                import re

                data = re.sub(rb'<w:style [^>]*w:styleId="Heading\d"[^>]*>.*?</w:style>', b"", data, flags=re.S)
            zout.writestr(item, data)
    with pytest.raises(ExportError, match="Heading 1"):
        export_project(demo_db, demo_project_id, docx=tmp_path / "r.docx", template=no_styles)
    assert not (tmp_path / "r.docx").exists()


def test_a_template_supplies_the_styles(demo_db, demo_project_id, tmp_path: Path) -> None:
    from docx.shared import Pt

    tpl = Document()
    tpl.styles["Heading 1"].font.size = Pt(22)
    tpl.add_paragraph("template body text that must not appear in the report")
    tpl.save(tmp_path / "house.docx")
    export_project(demo_db, demo_project_id, docx=tmp_path / "r.docx", template=tmp_path / "house.docx")
    doc = Document(str(tmp_path / "r.docx"))
    assert doc.styles["Heading 1"].font.size == Pt(22)
    assert not any("template body text" in p.text for p in doc.paragraphs)
    assert any(p.text == "一、项目基本情况" for p in doc.paragraphs)


def test_nothing_to_export_and_same_file_twice(demo_db, demo_project_id, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="Nothing to export"):
        export_project(demo_db, demo_project_id)
    with pytest.raises(ExportError, match="same file"):
        export_project(demo_db, demo_project_id, pdf=tmp_path / "a.pdf", blank_forms=tmp_path / "a.pdf")


# -- omissions ------------------------------------------------------------------------

def test_unscored_leaves_and_stale_narrative_are_reported(demo_db, demo_project_id, tmp_path: Path) -> None:
    from sqlalchemy import select

    from evaltool.framework import find_by_path

    with demo_db.session() as s:
        leaf = find_by_path(s, demo_project_id, "决策/项目立项/立项依据充分性")
        for row in s.scalars(select(Score).where(Score.indicator_id == leaf.id)):
            row.value = None
        s.get(FinalScore, __import__("evaltool.scoring", fromlist=["final_id"]).final_id(leaf.id)).deleted = True
        set_section(s, demo_project_id, "achievements", "")
    report = export_project(demo_db, demo_project_id, docx=tmp_path / "r.docx", xlsx=tmp_path / "s.xlsx")
    text = "\n".join(report.omissions)
    assert "1 leaves are not scored yet" in text and "决策/项目立项/立项依据充分性" in text
    # a section not written is drafted from the data (and the summary says so, to review it)
    assert "Sections not written yet, drafted from the project's data" in text and "Achievements and experience" in text
    # the conclusion still says 81.415 while the scores now add up to 79.415
    assert "81.415" in text and "79.415" in text
    doc = Document(str(tmp_path / "r.docx"))
    assert "本项尚未评分。" in [p.text for p in doc.paragraphs]


# -- narrative sections -------------------------------------------------------------------

def test_sections_set_get_and_deterministic_ids(db, tmp_path: Path) -> None:
    from evaltool.projects import create_project

    with db.session() as s:
        pid = create_project(s, "测试项目").id
        assert get_sections(s, pid) == dict.fromkeys(SECTION_KEYS, "")
        assert set_section(s, pid, "problems", "一是预算编制依据不足。") == ""
        assert set_section(s, pid, "problems", "二是管理制度不完善。") == "一是预算编制依据不足。"
        with pytest.raises(ValidationError, match="appendix"):
            set_section(s, pid, "appendix", "x")
    with db.read_session() as s:
        assert get_sections(s, pid)["problems"] == "二是管理制度不完善。"
        row = s.get(ReportSection, section_id(pid, "problems"))
        assert row is not None and row.key == "problems"  # the same id on every laptop


# -- English ------------------------------------------------------------------------------

def test_english_report_translates_labels_not_user_data(demo_db, demo_project_id, tmp_path: Path) -> None:
    import openpyxl

    export_project(demo_db, demo_project_id, docx=tmp_path / "r.docx", xlsx=tmp_path / "s.xlsx", lang="en")
    doc = Document(str(tmp_path / "r.docx"))
    heads = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert "1. Project overview" in heads and "3. Evaluation results" in heads
    assert "(a) 决策" in heads  # indicator names are the user's data, never translated
    l1 = next(t for t in doc.tables if t.rows[0].cells[0].text == "Level-1 indicator")
    assert [c.text for c in l1.rows[-1].cells] == ["Total", "100", "81.415", "81.42%"]
    ws = openpyxl.load_workbook(tmp_path / "s.xlsx").worksheets[0]
    assert ws.cell(2, 1).value == "Level-1 indicator"
    assert '"Good"' in ws.cell(ws.max_row, 9).value


# -- CLI ----------------------------------------------------------------------------------------

def test_cli_export_and_report_text(demo_db, demo_project_id, tmp_path: Path, capsys) -> None:
    data_dir = str(demo_db.data_dir)
    demo_db.close()
    out = tmp_path / "out"
    out.mkdir()
    rc = main(["--data-dir", data_dir, "export", demo_project_id, "--xlsx", str(out / "s.xlsx"), "--pdf",
               str(out / "p.pdf"), "--json"])
    assert rc == 0
    import json

    doc = json.loads(capsys.readouterr().out)
    assert [Path(p).name for p in doc["written"]] == ["s.xlsx", "p.pdf"]
    rc = main(["--data-dir", data_dir, "export", demo_project_id, "--docx", str(tmp_path / "nope" / "r.docx")])
    assert rc == 1
    assert "does not exist" in capsys.readouterr().err
    rc = main(["--data-dir", data_dir, "export", demo_project_id])
    assert rc == 2  # nothing to write is a usage error: the command's usage and the message (issue 17)
    assert "usage: evaltool export" in capsys.readouterr().err
    rc = main(["--data-dir", data_dir, "report-text", demo_project_id, "--section", "suggestions", "--set",
               "一是建议细化运营和运维边界。"])
    assert rc == 0
    assert capsys.readouterr().out.strip() == "一是建议细化运营和运维边界。"
    rc = main(["--data-dir", data_dir, "report-text", demo_project_id, "--json"])
    listing = json.loads(capsys.readouterr().out)
    assert [x["key"] for x in listing] == list(SECTION_KEYS)
