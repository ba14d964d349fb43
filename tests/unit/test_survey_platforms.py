"""Survey platforms' exports imported into a project with no questionnaire: the tally equals
a direct count of the respondents the test generated (tests/unit/survey_exports.py), in
every layout; a later export adds only its new respondents; the same answers as .xlsx,
.xls and CSV in any encoding give identical tallies. Figures of the done-when test come
from seed 000 (domain.md §7: 市政数局 1/1, 使用单位 62/69, 办事人 141/145, 204/215 overall).
"""
from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from evaltool.cli import main
from evaltool.db import Database, open_database
from evaltool.projects import create_project
from evaltool.scoring import fmt_rate
from evaltool.survey import list_surveys, load_survey
from evaltool.survey.importing import (
    apply_import,
    import_new_survey,
    infer_questionnaire,
    plan_import,
    read_table,
)
from evaltool.tally import SurveyTally, tally_survey
from tests.unit import survey_exports as ex


@pytest.fixture
def project(db: Database) -> str:
    with db.session() as s:
        return create_project(s, "平台运维绩效评价").id


def _new_survey(db: Database, pid: str, path: Path, **kw: Any) -> str:
    table = read_table(path)
    draft = infer_questionnaire(table, **kw)
    with db.session() as s:
        survey, _plan, result = import_new_survey(s, pid, draft)
    assert result.imported == len(table.rows)
    return survey.id


def _tally(db: Database, sid: str) -> SurveyTally:
    with db.read_session() as s:
        return tally_survey(s, sid)


def _by_text(t: SurveyTally, text: str) -> Any:
    hits = [q for q in t.questions if text in q.text and not q.key.endswith("_other")]
    assert len(hits) == 1, [q.text for q in t.questions]
    return hits[0]


def _counts(q: Any) -> dict[str, int]:
    return {o["label"]: o["count"] for o in q.options if o["count"]}


LAYOUTS: dict[str, Callable[[list[ex.Person], Path], tuple[Path, list[str]]]] = {
    "wjx_text.xlsx": lambda p, d: (ex.write_xlsx(d / "问卷星_文本.xlsx", *ex.wjx_text(p)), ex.SCALE),
    "wjx_codes.xlsx": lambda p, d: (ex.write_xlsx(d / "问卷星_序号.xlsx", *ex.wjx_codes(p)), ex.SCALE),
    "tencent_gb18030.csv": lambda p, d: (ex.write_csv(d / "腾讯问卷.csv", *ex.tencent(p), "gb18030"), ex.SCALE_TENCENT),
    "wjx_text_utf16.csv": lambda p, d: (ex.write_csv(d / "问卷星_utf16.csv", *ex.wjx_text(p), "utf-16"), ex.SCALE),
    "wjx_text_utf8bom.csv": lambda p, d: (ex.write_csv(d / "问卷星_bom.csv", *ex.wjx_text(p), "utf-8-sig"), ex.SCALE),
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_platform_export_makes_its_questionnaire_and_tallies_like_a_direct_count(
        db: Database, project: str, tmp_path: Path, layout: str) -> None:
    people = ex.respondents(120, seed=11)
    path, scale = LAYOUTS[layout](people, tmp_path)
    sid = _new_survey(db, project, path)
    want = ex.expected_counts(people)
    t = _tally(db, sid)
    # groups: found from the identity column, sized as generated
    assert {g.name: g.respondents for g in t.groups} == want["respondents"]
    assert t.respondents == 120
    # the overall question: option counts, satisfied = top two boxes, per group and pooled
    overall = _by_text(t, "总体满意度")
    assert overall.kind == "scale5"
    assert _counts(overall) == {scale[ex.SCALE.index(k)]: n for k, n in want["overall"].items()}
    assert t.main_question == overall.key
    for g in t.groups:
        assert g.satisfied == want["overall_satisfied"][g.name]
    assert t.overall.satisfied == sum(want["overall_satisfied"].values()) and t.overall.n == 120
    # the matrix: one question per row, five points each, the public not asked
    with db.read_session() as s:
        survey = load_survey(s, sid)
    public = next(g.id for g in survey.groups if g.name == "办事群众")
    for i, row in enumerate(ex.ROWS):
        q = _by_text(t, row)
        assert q.kind == "scale5" and len(q.options) == 5
        assert _counts(q) == {scale[ex.SCALE.index(k)]: n for k, n in want["matrix"][i].items()}
        assert q.stats.n == want["matrix_n"]
        info = survey.question(q.key)
        assert info is not None and info.group_ids and public not in info.group_ids
    # multiple choice: choices and the share of respondents
    problems = _by_text(t, "存在哪些问题")
    assert problems.kind == "multi" and _counts(problems) == dict(want["problems"])
    assert problems.respondents == 120
    share = {o["label"]: o["share"] for o in problems.options}
    assert fmt_rate(share["培训指导不足"]) == fmt_rate(want["problems"]["培训指导不足"] / 120)
    others = [q for q in t.questions if q.key.endswith("_other")]
    assert len(others) == 1 and others[0].stats.n == want["other_n"]
    # a number, a single choice, an open question
    years = _by_text(t, "年限")
    assert years.kind == "number" and years.numbers is not None
    assert (years.numbers["n"], years.numbers["sum"]) == (want["years_n"], want["years_sum"])
    freq = _by_text(t, "频率")
    assert freq.kind == "single" and _counts(freq) == dict(want["freq"])
    advice = _by_text(t, "意见和建议")
    assert advice.kind == "text" and advice.stats.n == want["advice_n"]
    # the platform's metadata is kept aside with each questionnaire, not counted
    assert not [q for q in t.questions if "时间" in q.text or "IP" in q.text]
    with db.read_session() as s:
        from evaltool.models import Response

        r = s.query(Response).filter(Response.survey_id == sid, Response.respondent_ref.in_(["1", "T00001"])).one()
        assert r.meta and any("时间" in k for k in r.meta)


def test_a_later_export_adds_only_its_new_respondents(db: Database, project: str, tmp_path: Path) -> None:
    first = ex.respondents(60, seed=3)
    later = first + ex.respondents(20, seed=4, start=61)
    sid = _new_survey(db, project, ex.write_xlsx(tmp_path / "day1.xlsx", *ex.wjx_text(first)))
    path = ex.write_xlsx(tmp_path / "day2.xlsx", *ex.wjx_text(later))
    with db.session() as s:
        plan = plan_import(s, sid, path)
        assert (len(plan.ok_rows), len(plan.duplicates), plan.unmapped) == (20, 60, [])
        result = apply_import(s, plan)
    assert (result.imported, result.already_imported) == (20, 60)
    t = _tally(db, sid)
    want = ex.expected_counts(later)
    assert t.respondents == 80 and {g.name: g.respondents for g in t.groups} == want["respondents"]
    assert _counts(_by_text(t, "总体满意度")) == dict(want["overall"])
    with db.session() as s:  # the same file once more: nothing new
        assert apply_import(s, plan_import(s, sid, path)).imported == 0


def test_without_a_response_id_identical_answers_still_count_twice(db: Database, project: str, tmp_path: Path) -> None:
    """No id column and no metadata: rows are known by their content and how often it
    occurs, so two people who answered alike are two questionnaires, and a re-import of a
    longer file adds exactly the rows it adds."""
    def bare(people: list[ex.Person]) -> tuple[list[str], list[list[Any]]]:
        h, rows = ex.wjx_text(people)
        return h[6:], [r[6:] for r in rows]

    first = ex.respondents(40, seed=5)
    first.append(first[0])  # a second respondent with exactly the first one's answers
    later = first + ex.respondents(20, seed=6, start=100)
    sid = _new_survey(db, project, ex.write_csv(tmp_path / "a.csv", *bare(first), "utf-8"))
    assert _tally(db, sid).respondents == 41
    with db.session() as s:
        result = apply_import(s, plan_import(s, sid, ex.write_csv(tmp_path / "b.csv", *bare(later), "utf-8")))
    assert (result.imported, result.already_imported) == (20, 41)
    assert _tally(db, sid).respondents == 61


def _comparable(t: SurveyTally) -> dict[str, Any]:
    doc = t.as_json()
    doc.pop("survey")
    for g in doc["groups"]:
        g.pop("id")
    for q in doc["questions"]:
        for g in q["by_group"]:
            g.pop("group_id")
    return doc


@pytest.fixture(scope="session")
def soffice() -> str:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        pytest.skip("LibreOffice is not installed")
    return exe


def test_gb18030_csv_xlsx_and_xls_of_the_same_answers_give_identical_tallies(
        db: Database, project: str, tmp_path: Path, soffice: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    people = ex.respondents(80, seed=9)
    headers, rows = ex.wjx_text(people)
    xlsx = ex.write_xlsx(tmp_path / "answers.xlsx", headers, rows)
    csv_gb = ex.write_csv(tmp_path / "answers_gb.csv", headers, rows, "gb18030")
    out = tmp_path / "xls"
    profile = tmp_path_factory.mktemp("lo-profile")
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "xls",
                    "--outdir", str(out), str(xlsx)], check=True, capture_output=True, timeout=180)
    assert read_table(csv_gb).encoding == "gb18030"
    tallies = [_comparable(_tally(db, _new_survey(db, project, f))) for f in (xlsx, csv_gb, out / "answers.xls")]
    assert tallies[0] == tallies[1] == tallies[2]
    assert tallies[0]["overall"]["respondents"] == 80


# -- the done-when: one command on a project made from a score sheet -------------------------

def _seed000_export(path: Path) -> Path:
    """An online export holding seed 000's answers to the overall question: 市政数局 1 (1
    satisfied), 使用单位 69 (62), 办事人 145 (141) — with metadata, a matrix and ┋ choices."""
    headers = [*ex.WJX_META, "1、您的身份：", "2、您对平台运维和运营服务的总体满意度：",
               "3、请评价—系统稳定性", "3、请评价—操作便利性", "4、您认为存在哪些问题？(多选题)"]
    plan = [("市政数局", 1, 1), ("使用单位", 69, 62), ("办事人", 145, 141)]
    rows: list[list[Any]] = []
    n = 0
    for group, total, satisfied in plan:
        for k in range(total):
            n += 1
            label = ["非常满意", "比较满意"][k % 2] if k < satisfied else ["一般", "不太满意", "非常不满意"][k % 3]
            rows.append([n, f"2023/3/{1 + n % 28} 9:00:00", "95秒", "手机提交", "直接访问", "120.0.0.1(广东-东莞)", group,
                         label, "比较满意" if k % 4 else "非常满意", "一般" if k % 5 == 0 else "非常满意",
                         "系统功能不够完善┋操作不够便捷" if k % 7 == 0 else "(空)"])
    return ex.write_xlsx(path, headers, rows)


def test_one_command_gives_a_project_from_a_score_sheet_its_questionnaire_and_tally(
        db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.unit.test_sheet_import import write_seed_sheet

    dd = str(db.data_dir)
    db.close()
    sheet = write_seed_sheet(tmp_path / "指标得分表.xlsx")
    assert main(["--data-dir", dd, "--lang", "zh_CN", "import-sheet", str(sheet), "--json"]) == 0
    pid = json.loads(capsys.readouterr().out)["project_id"]
    export = _seed000_export(tmp_path / "满意度调查_问卷星导出.xlsx")
    assert main(["--data-dir", dd, "--lang", "zh_CN", "survey", "import", pid, str(export),
                 "--group-column", "1、您的身份："]) == 0
    out = capsys.readouterr().out
    assert "您对平台运维和运营服务的总体满意度" in out and "系统稳定性" in out and "提交答卷时间" in out
    assert "1 非常满意* · 2 比较满意* · 3 一般 · 4 不太满意 · 5 非常不满意" in out
    assert main(["--data-dir", dd, "survey", "tally", pid, "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [(g["name"], g["n"], g["satisfied"], fmt_rate(g["rate"])) for g in doc["groups"]] == [
        ("市政数局", 1, 1, "100.00%"), ("使用单位", 69, 62, "89.86%"), ("办事人", 145, 141, "97.24%")]
    assert (doc["overall"]["n"], doc["overall"]["satisfied"], fmt_rate(doc["overall"]["rate"])) == (215, 204, "94.88%")
    # --json prints the inferred questionnaire too; importing the same export again adds nothing
    assert main(["--data-dir", dd, "survey", "import", pid, str(export), "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert (again["imported"], again["already_imported"]) == (0, 215)
    assert main(["--data-dir", dd, "survey", "import", pid, str(export), "--new-survey", "--name", "副本",
                 "--group-column", "您的身份", "--dry-run", "--json"]) == 0
    dry = json.loads(capsys.readouterr().out)
    assert dry["questionnaire"]["group_column"] == "1、您的身份：" and dry["imported"] == 0
    keys = {q["key"]: q["kind"] for q in dry["questionnaire"]["questions"]}
    assert keys == {"q2": "scale5", "q3_1": "scale5", "q3_2": "scale5", "q4": "multi"}
    d2 = open_database(Path(dd))  # the dry run created nothing
    try:
        with d2.read_session() as s:
            assert len(list_surveys(s, pid)) == 1
    finally:
        d2.close()
