"""Importing answers: xlsx, UTF-8 / GBK CSV give identical tallies; bad input is listed, never half-imported."""
from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

import pytest
from openpyxl import Workbook

from evaltool.cli import main
from evaltool.db import Database
from evaltool.errors import ImportFormatError
from evaltool.projects import create_project
from evaltool.scoring import fmt_rate
from evaltool.survey import add_group, create_from_template, load_survey
from evaltool.survey.importing import apply_import, plan_import, read_table
from evaltool.tally import tally_survey

# What an online platform exports: numbered question texts, labels as answers (with the
# odd full-width character or stray space), multiple choice joined with ┋, a group column.
HEADERS = ["序号", "调查对象", "单位名称", "4、您对系统稳定性的满意程度如何？", "Ｑ５．您对系统操作便利性的满意程度如何？（单选题）",
           "总体而言，您对平台运维和运营服务效果的满意程度如何？", "如有不满意，主要原因是什么？（可多选）", "贵单位使用平台的工作人员人数"]
ROWS = [
    ["1", "使用单位", "市公安局", "非常满意", "比较满意", "非常满意", "", "12"],
    ["2", "使用单位", "南城街道", "比较满意", "一般", "比较满意", "系统功能不够完善┋操作不够便捷", "5"],
    ["3", "使用单位", "虎门镇", "一般", "不太满意", "一般", "系统功能不够完善", "3"],
    ["4", "使用单位 ", "长安镇", "非常 满意", "非常满意", "比较满意", "", ""],
    ["5", "镇街窗口", "常平镇", "不太满意", "非常不满意", "非常不满意", "系统运行不稳定┋培训指导不足", "８"],
    ["6", "镇街窗口", "石龙镇", "比较满意", "比较满意", "比较满意", "", "2"],
]


@pytest.fixture
def survey(db: Database) -> tuple[str, str]:
    with db.session() as s:
        pid = create_project(s, "导入测试").id
        sv = create_from_template(s, pid, "user_units")
    return pid, sv.id


def write_xlsx(path: Path, headers: list[str], rows: list[list[str]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(headers)
    for r in rows:
        ws.append([int(v) if v.isdigit() else (v or None) for v in r])
    wb.save(path)
    return path


def write_csv(path: Path, headers: list[str], rows: list[list[str]], encoding: str) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(headers)
    w.writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def _import(db: Database, sid: str, path: Path, **kw):
    with db.session() as s:
        plan = plan_import(s, sid, path, **kw)
        return plan, apply_import(s, plan)


def _summary(db: Database, sid: str) -> dict:
    with db.read_session() as s:
        doc = tally_survey(s, sid).as_json()
    for g in doc["groups"]:
        g.pop("id")
    for q in doc["questions"]:
        for g in q["by_group"]:
            g.pop("group_id")
    doc.pop("survey")
    return doc


def test_xlsx_utf8_and_gbk_csv_give_identical_tallies(db: Database, survey, tmp_path: Path) -> None:
    pid, _ = survey
    files = [write_xlsx(tmp_path / "a.xlsx", HEADERS, ROWS),
             write_csv(tmp_path / "b.csv", HEADERS, ROWS, "utf-8"),
             write_csv(tmp_path / "c.csv", HEADERS, ROWS, "utf-8-sig"),
             write_csv(tmp_path / "d.csv", HEADERS, ROWS, "gbk")]
    results = []
    for f in files:
        with db.session() as s:  # a fresh survey for each file
            sid = create_from_template(s, pid, "user_units", name=f.name).id
        plan, res = _import(db, sid, f)
        assert plan.table.encoding in (None, "utf-8", "utf-8-sig", "gb18030")
        assert res.imported == 6 and res.groups_created == ["镇街窗口"]
        assert plan.as_json()["mapping"][HEADERS[4]] == "q5"  # full-width numbering and 单选题 decoration
        results.append(_summary(db, sid))
    assert read_table(files[3]).encoding == "gb18030"
    assert all(r == results[0] for r in results[1:])
    doc = results[0]
    users = next(g for g in doc["groups"] if g["name"] == "使用单位")
    # q12 (overall) in 使用单位: 非常满意, 比较满意, 一般, 比较满意 → 3 of 4 satisfied
    assert (users["n"], users["satisfied"], fmt_rate(users["rate"])) == (4, 3, "75.00%")
    assert (doc["overall"]["n"], doc["overall"]["satisfied"]) == (6, 4)
    q4 = next(q for q in doc["questions"] if q["key"] == "q4")
    assert [o["count"] for o in q4["options"]] == [2, 2, 1, 1, 0]  # "非常 满意" matched despite the space
    q13 = next(q for q in doc["questions"] if q["key"] == "q13")
    assert [o["count"] for o in q13["options"]][:2] == [2, 1]
    assert fmt_rate(q13["options"][0]["share"]) == "33.33%"  # 2 of 6 respondents
    q3 = next(q for q in doc["questions"] if q["key"] == "q3")
    assert q3["n"] == 5 and abs(q3["mean"] - 30 / 5) < 1e-9  # full-width ８ read as 8


def test_problems_are_listed_with_row_numbers_and_nothing_is_half_imported(db: Database, survey, tmp_path: Path) -> None:
    _pid, sid = survey
    rows = [list(r) for r in ROWS]
    rows[1][3] = "还行吧"  # unknown label → spreadsheet row 3
    rows.insert(3, [""] * len(HEADERS))  # blank row → row 5
    rows[4][0] = "1"  # duplicate respondent id → row 6 repeats row 2
    path = write_csv(tmp_path / "bad.csv", HEADERS, rows, "utf-8")
    with db.session() as s:
        plan = plan_import(s, sid, path)
    probs = {(p.row, p.kind) for p in plan.all_problems()}
    assert (3, "error") in probs and (5, "blank") in probs and (6, "error") in probs
    assert any("还行吧" in str(p) for p in plan.all_problems())
    assert len(plan.bad_rows) == 2 and len(plan.ok_rows) == 4
    with pytest.raises(ImportFormatError), db.session() as s:
        apply_import(s, plan_import(s, sid, path))
    with db.read_session() as s:
        assert load_survey(s, sid).respondents == 0  # nothing imported
    with db.session() as s:
        res = apply_import(s, plan_import(s, sid, path), skip_bad_rows=True)
    assert (res.imported, res.skipped) == (4, 2)
    with db.read_session() as s:
        assert load_survey(s, sid).respondents == 4


def test_missing_group_column_and_bad_encoding(db: Database, survey, tmp_path: Path) -> None:
    _pid, sid = survey
    path = write_csv(tmp_path / "a.csv", HEADERS, ROWS, "utf-8")
    with db.session() as s:
        with pytest.raises(ImportFormatError) as exc:
            plan_import(s, sid, path, group_column="组别")
        assert "组别" in str(exc.value)
        add_group(s, sid, "办事人")  # two groups now, and the file has no group column
    no_group = write_csv(tmp_path / "g.csv", HEADERS[2:], [r[2:] for r in ROWS], "utf-8")
    with db.session() as s:
        plan = plan_import(s, sid, no_group)
        assert any(p.kind == "error" and p.row is None for p in plan.problems)
        with pytest.raises(ImportFormatError):
            apply_import(s, plan, skip_bad_rows=True)
    garbage = tmp_path / "x.csv"
    garbage.write_bytes(b"\x80\x81\xff,\xfe\n")
    with pytest.raises(ImportFormatError) as exc:
        read_table(garbage)
    assert "x.csv" in str(exc.value)


def test_cli_import_and_tally(db: Database, survey, tmp_path: Path, capsys) -> None:
    pid, _sid = survey
    path = write_xlsx(tmp_path / "a.xlsx", HEADERS, ROWS)
    dd = str(db.data_dir)
    db.close()
    assert main(["--data-dir", dd, "survey", "import", pid, str(path), "--group-column", "调查对象", "--dry-run", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["imported"] == 0 and doc["ok_rows"] == 6
    assert main(["--data-dir", dd, "survey", "import", pid, str(path), "--group-column", "调查对象", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["imported"] == 6
    assert main(["--data-dir", dd, "survey", "tally", pid, "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [(g["name"], g["n"], g["satisfied"]) for g in doc["groups"]] == [("使用单位", 4, 3), ("镇街窗口", 2, 1)]
    assert doc["overall"]["n"] == 6
    assert main(["--data-dir", dd, "survey", "import", pid, str(path), "--group-column", "组别"]) == 1
    assert "组别" in capsys.readouterr().err


# -- hostile files: refused at once, before any parsing, with nothing written ---------------

def _hostile_files(tmp_path: Path) -> dict[str, Path]:
    honest = write_xlsx(tmp_path / "honest.xlsx", HEADERS, ROWS)

    def rewrite(name: str, change: Callable[[str, bytes], bytes]) -> Path:
        out = tmp_path / name
        with zipfile.ZipFile(honest) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
            for item in zin.infolist():
                data = zin.read(item.filename)
                zout.writestr(item, change(item.filename, data) if item.filename == "xl/worksheets/sheet1.xml" else data)
        return out

    lol = ('<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">'
           + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8)) + "]>")
    encrypted = tmp_path / "encrypted.xlsx"  # Excel's password-protected workbook: OLE + EncryptionInfo
    encrypted.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512 + "EncryptionInfo".encode("utf-16-le") + b"\0" * 512)
    not_sheet = tmp_path / "answers.xlsx"
    not_sheet.write_bytes(b"%PDF-1.7\n" + b"\0" * 200)
    return {
        # 1 MB-class workbook whose sheet unpacks to 64 MB of XML (ratio in the thousands)
        "zip_bomb": rewrite("bomb.xlsx", lambda _n, d: d + b" " * (64 * 1024 * 1024)),
        "unsafe_xml": rewrite("entities.xlsx", lambda _n, d: (d.replace(b"?>", b"?>" + lol.encode(), 1) if d.startswith(b"<?xml")
                                                              else lol.encode() + d)),
        "encrypted": encrypted,
        "not_spreadsheet": not_sheet,
    }


def test_hostile_files_are_refused_before_parsing_and_nothing_is_written(
        db: Database, survey: tuple[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import openpyxl

    from evaltool.errors import SpreadsheetError
    from evaltool.models import RespondentGroup, Response

    _pid, sid = survey
    files = _hostile_files(tmp_path)
    assert files["zip_bomb"].stat().st_size < 1_000_000

    def must_not_parse(*_a: object, **_k: object) -> NoReturn:
        raise AssertionError("a hostile file reached the workbook parser")

    monkeypatch.setattr(openpyxl, "load_workbook", must_not_parse)
    monkeypatch.setattr(openpyxl.reader.excel, "load_workbook", must_not_parse)
    with db.read_session() as s:
        before = (s.query(Response).count(), s.query(RespondentGroup).count())
    for reason, path in files.items():
        with pytest.raises(SpreadsheetError) as ei, db.session() as s:
            apply_import(s, plan_import(s, sid, path))
        assert ei.value.reason == reason and path.name in str(ei.value)
    with db.read_session() as s:
        assert (s.query(Response).count(), s.query(RespondentGroup).count()) == before
        assert load_survey(s, sid).respondents == 0


def test_a_sheet_beyond_the_limits_is_refused_not_cut(db: Database, survey: tuple[str, str], tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from evaltool.errors import SpreadsheetError
    from evaltool.spreadsheet import Limits
    from evaltool.survey.importing import table as survey_table

    _pid, sid = survey
    monkeypatch.setattr(survey_table, "LIMITS", Limits(max_rows=5))
    path = write_csv(tmp_path / "big.csv", HEADERS, ROWS, "utf-8")  # header + 6 questionnaires
    with pytest.raises(SpreadsheetError) as ei, db.session() as s:
        plan_import(s, sid, path)
    assert ei.value.reason == "too_many_rows" and ei.value.row == 6
    with db.read_session() as s:
        assert load_survey(s, sid).respondents == 0
