"""Exports of the demo project, read back as a user would see them.

One export of the demo (all four files) and one LibreOffice run per module: the
.docx is converted to PDF and its text read; the .xlsx is recalculated by
LibreOffice (after a score was changed in the file) and its cached values read.
Expected figures come from seed 000 (domain.md): total 81.415, grade 良, level-1
决策 10 / 7.25 / 72.50%, 过程 30 / 23.925 / 79.75%, 产出 30 / 24.84 / 82.80%,
效益 30 / 25.4 / 84.67%; 立项依据充分性 is worth 2 and scored 2.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from docx import Document
from docx.oxml.ns import qn

from evaltool.db import open_database
from evaltool.i18n import set_language, translate

LEVEL1 = [("决策", "10", "7.25", "72.50%"), ("过程", "30", "23.925", "79.75%"),
          ("产出", "30", "24.84", "82.80%"), ("效益", "30", "25.4", "84.67%")]
# seed 000's satisfaction survey (domain.md §7): group, valid n, rate; satisfied 1, 62, 141 → 204
SATISFACTION = [("市政数局", "1", "100.00%"), ("使用单位", "69", "89.86%"), ("办事人", "145", "97.24%"),
                ("总体", "215", "94.88%")]
SATISFIED = {"市政数局": 1, "使用单位": 62, "办事人": 141}
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_lo = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def exported(_demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    from evaltool.demo import find_demo_projects
    from evaltool.export import export_project

    set_language("zh_CN")  # the export summary is in the UI language; the suite's default, whatever ran before
    root = tmp_path_factory.mktemp("export")
    data = root / "data"
    shutil.copytree(_demo_template, data, ignore=shutil.ignore_patterns("backups"))
    db = open_database(data)
    with db.read_session() as s:
        pid = find_demo_projects(s)[0].id
    out = root / "out"
    out.mkdir()
    steps: list[tuple[int, int]] = []
    report = export_project(db, pid, docx=out / "报告.docx", xlsx=out / "得分表.xlsx", pdf=out / "summary.pdf",
                            blank_forms=out / "forms.pdf", progress=lambda d, t: steps.append((d, t)))
    yield {"db": db, "pid": pid, "out": out, "report": report, "steps": steps, "root": root}
    db.close()


@pytest.fixture(scope="module")
def libreoffice(exported: dict) -> dict:
    """docx → PDF and xlsx (original + one edited score) recalculated, in two parallel LO runs."""
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    out: Path = exported["out"]
    lo = exported["root"] / "lo"
    lo.mkdir()
    edited = lo / "edited.xlsx"
    wb = openpyxl.load_workbook(out / "得分表.xlsx")
    ws = wb.worksheets[0]
    row = next(r for r in range(3, ws.max_row + 1) if ws.cell(r, 3).value == "立项依据充分性")
    assert ws.cell(row, 7).value == 2
    ws.cell(row, 7).value = 0  # the user lowers 立项依据充分性 from 2 to 0 in Excel
    wb.save(edited)
    shutil.copy(out / "得分表.xlsx", lo / "original.xlsx")

    def run(args: list[str]) -> subprocess.Popen:
        profile = f"file:///tmp/lo-{uuid.uuid4().hex}"
        return subprocess.Popen([SOFFICE, "--headless", "--norestore", f"-env:UserInstallation={profile}", *args],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    p1 = run(["--convert-to", "pdf", "--outdir", str(lo / "pdf"), str(out / "报告.docx")])
    p2 = run(["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(lo / "calc"),
              str(lo / "original.xlsx"), str(edited)])
    for p in (p1, p2):
        _o, err = p.communicate(timeout=240)
        assert p.returncode == 0, err
    pdf = lo / "pdf" / "报告.pdf"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return {"pdf_text": text, "original": lo / "calc" / "original.xlsx", "edited": lo / "calc" / "edited.xlsx"}


# -- the export report ------------------------------------------------------------

def test_writes_every_file_and_reports_progress(exported: dict) -> None:
    out, report = exported["out"], exported["report"]
    assert [p.name for p in report.written] == ["报告.docx", "得分表.xlsx", "summary.pdf", "forms.pdf"]
    for p in report.written:
        assert p.stat().st_size > 5000
    # no temporary file is left beside the exports
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in report.written)
    steps = exported["steps"]
    assert steps[-1][0] == steps[-1][1]
    assert [d for d, _t in steps] == sorted(d for d, _t in steps)
    # the demo is fully scored and written: nothing to report as left out
    assert not any("not scored" in m for m in report.omissions)


# -- Word -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def docx_doc(exported: dict):
    return Document(str(exported["out"] / "报告.docx"))


def _headings(doc) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in doc.paragraphs if p.style.name.startswith("Heading")]


def test_word_headings_use_builtin_styles_and_government_numbering(docx_doc) -> None:
    heads = _headings(docx_doc)
    assert ("Heading 1", "一、项目基本情况") in heads
    assert ("Heading 1", "二、绩效评价结果") in heads
    assert ("Heading 1", "三、经验、问题与建议") in heads
    assert ("Heading 2", "（一）评价结论") in heads
    # appendix 2: level-1 （一）, level-2 1., leaf （1）
    i = heads.index(("Heading 1", "附件2. 绩效评价指标分析"))
    assert heads[i + 1] == ("Heading 2", "（一）决策")
    assert heads[i + 2] == ("Heading 3", "1.项目立项")
    assert heads[i + 3] == ("Heading 4", "（1）立项依据充分性")
    assert heads[i + 4] == ("Heading 4", "（2）立项程序规范性")
    assert heads[i + 5] == ("Heading 3", "2.绩效目标")
    assert ("Heading 2", "（四）效益") in heads[i:]
    leaf_heads = [h for s, h in heads[i:] if s == "Heading 4"]
    assert len(leaf_heads) == 37


def test_word_fonts_toc_page_numbers_and_repeated_headers(docx_doc) -> None:
    for name, east in (("Heading 1", "黑体"), ("Heading 3", "黑体"), ("Normal", "仿宋")):
        rfonts = docx_doc.styles[name].element.rPr.find(qn("w:rFonts"))
        assert rfonts.get(qn("w:eastAsia")) == east
        assert rfonts.get(qn("w:eastAsiaTheme")) is None
    body = docx_doc.element.body.xml
    assert 'TOC \\o "1-2"' in body
    footer = docx_doc.sections[0].footer._element.xml
    assert "PAGE" in footer
    assert docx_doc.settings.element.find(qn("w:updateFields")) is not None
    assert len(docx_doc.tables) > 15
    for tbl in docx_doc.tables:
        assert tbl.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None


def test_word_summary_table_and_analysis_sentences(docx_doc) -> None:
    l1 = next(t for t in docx_doc.tables if t.rows[0].cells[0].text == "一级指标")
    rows = [tuple(c.text for c in r.cells) for r in l1.rows[1:]]
    assert rows == [*LEVEL1, ("合计", "100", "81.415", "81.42%")]
    texts = [p.text for p in docx_doc.paragraphs]
    assert "决策一级指标下设项目立项、绩效目标、资金投入共 3 个二级指标。决策一级指标权重10分，得分7.25分，得分率72.50%。" in texts
    assert any(t.startswith("项目立项二级指标下设立项依据充分性、立项程序规范性共 2 个三级指标") and "85.71%" in t
               for t in texts)
    assert texts.count("本项合计得 2 分。") >= 1
    assert sum(1 for t in texts if t.startswith("本项合计得")) == 37
    # the level-2 table of 项目立项 (seed 000 p.17): leaves and the 合计 row
    tbl = next(t for t in docx_doc.tables if t.rows[0].cells[0].text == "二级指标" and t.rows[1].cells[0].text == "项目立项")
    assert [c.text for c in tbl.rows[1].cells[1:]] == ["立项依据充分性", "2", "2", "100.00%"]
    assert [c.text for c in tbl.rows[2].cells[1:]] == ["立项程序规范性", "1.5", "1", "66.67%"]
    assert [c.text for c in tbl.rows[3].cells[2:]] == ["3.5", "3", "85.71%"]
    # performance targets: 28 declared, 15 met, 13 not met (seed 000: 7 + 8 met, 4 + 9 not)
    assert any("共设置 28 个绩效指标" in t and "已完成 15 个" in t and "未完成 13 个" in t for t in texts)
    # money (domain.md §8): adjustment 69.32 %, operations-service execution 99.14 %
    cells = {c.text for t in docx_doc.tables for r in t.rows for c in r.cells}
    assert {"69.32%", "66.69%", "70.08%", "99.14%"} <= cells


def test_word_satisfaction_table_carries_the_seed_figures(docx_doc) -> None:
    # seed 000 (domain.md §7): 市政数局 n=1 100%; 使用单位 n=69 89.86%; 办事人 n=145 97.24%;
    # pooled overall n=215 94.88% (204 / 215, not the mean of the group rates)
    heads = [h for _s, h in _headings(docx_doc)]
    assert "（三）满意度调查情况" in heads
    sat = next(t for t in docx_doc.tables if t.rows[0].cells[0].text == "评价主体")
    rows = [tuple(c.text for c in r.cells) for r in sat.rows]
    assert rows == [("评价主体", "样本量", "满意度"), *SATISFACTION]
    texts = [p.text for p in docx_doc.paragraphs]
    assert any("215" in t and "94.88%" in t for t in texts)  # the sentence above the table
    assert len(docx_doc.inline_shapes) == 1  # the bar chart of the one survey


def test_word_evidence_register_is_appendix_3(docx_doc, exported: dict) -> None:
    heads = [h for _s, h in _headings(docx_doc)]
    assert heads[-1] == "附件3. 佐证材料登记表"
    # the demo registers no evidence: the export says so instead of passing over it
    assert translate("Export", "No evidence registered in this project; the evidence register is empty.",
                     "zh_CN") in exported["report"].omissions


# -- Excel --------------------------------------------------------------------------

def test_excel_has_formulas_print_setup_and_sheets(exported: dict) -> None:
    wb = openpyxl.load_workbook(exported["out"] / "得分表.xlsx")
    ws = wb.worksheets[0]
    assert ws.title == "绩效评价指标得分表"
    assert [c.value for c in ws[2]] == ["一级指标", "二级指标", "三级指标", "分值", "指标说明", "评分标准", "得分",
                                        "得分率", "评价意见"]
    assert ws.freeze_panes == "D3"
    assert ws.page_setup.orientation == "landscape"
    assert ws.print_title_rows == "$2:$2"
    leaves = [r for r in range(3, ws.max_row + 1) if ws.cell(r, 3).value not in (None, "小计")
              and ws.cell(r, 2).value != "合计"]
    assert len(leaves) == 37
    subtotal = next(r for r in range(3, ws.max_row + 1) if ws.cell(r, 3).value == "小计")
    assert str(ws.cell(subtotal, 7).value).startswith("=SUM(")
    total = ws.max_row
    assert ws.cell(total, 1).value == "总分"
    assert str(ws.cell(total, 7).value).startswith("=")
    assert "IF(" in ws.cell(total, 9).value and '"良"' in ws.cell(total, 9).value
    names = wb.sheetnames
    assert "项目一级指标得分情况" in names
    assert "评价人-张明" in names and "评价人-李华" in names
    assert "绩效目标完成情况" in names
    assert any(ws.merged_cells.ranges)  # hierarchy as merged cells


def test_excel_satisfaction_sheet_carries_the_seed_counts_and_pooled_formulas(exported: dict) -> None:
    ws = openpyxl.load_workbook(exported["out"] / "得分表.xlsx")["满意度调查情况"]
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    assert rows[1] == ["评价主体", "样本量", "满意人数", "满意度"]
    groups = rows[2:5]
    assert [(g[0], g[1], g[2]) for g in groups] == [(name, int(n), SATISFIED[name]) for name, n, _r in SATISFACTION[:3]]
    for i, g in enumerate(groups, start=3):
        assert g[3] == f'=IF(B{i}=0,"",C{i}/B{i})'  # the rate follows the counts when edited
    # the overall row pools the counts (204 / 215), it does not average the rates
    assert rows[5] == ["总体", "=SUM(B3:B5)", "=SUM(C3:C5)", '=IF(B6=0,"",C6/B6)']


def test_excel_reimports_to_the_same_framework_and_scores(exported: dict, db) -> None:
    from evaltool import scoresheet as sheet_import
    from evaltool.framework import iter_leaves, load_tree, walk
    from evaltool.scoring import project_summary

    src_db = exported["db"]
    with src_db.read_session() as s:
        src_roots = load_tree(s, exported["pid"])
        src_sum = project_summary(s, exported["pid"])
    with db.session() as s:
        res = sheet_import.import_sheet(s, exported["out"] / "得分表.xlsx")
        pid = res.project_id
    assert res.warnings == []
    with db.read_session() as s:
        roots = load_tree(s, pid)
        sm = project_summary(s, pid)
    assert [(n.path, n.weight) for n in walk(roots)] == [(n.path, n.weight) for n in walk(src_roots)]
    assert [(n.description, n.criteria) for n in iter_leaves(roots)] == \
        [(n.description, n.criteria) for n in iter_leaves(src_roots)]
    got = {lr.path: (lr.score, lr.comment) for lr in sm.leaves.values()}
    want = {lr.path: (lr.score, lr.comment) for lr in src_sum.leaves.values()}
    assert got == want
    assert sm.total == pytest.approx(81.415) and sm.grade == "良"


# -- PDF -------------------------------------------------------------------------------

def test_pdfs_embed_the_cjk_font_and_show_the_result(exported: dict) -> None:
    if shutil.which("pdffonts") is None or shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils not installed")
    out = exported["out"]
    for name in ("summary.pdf", "forms.pdf"):
        fonts = subprocess.run(["pdffonts", str(out / name)], capture_output=True, text=True, check=True).stdout
        cjk = [ln for ln in fonts.splitlines() if "WenQuanYi" in ln or "CJK" in ln or "Sim" in ln]
        assert cjk and all(" yes yes " in ln for ln in cjk), fonts
    text = _flat(subprocess.run(["pdftotext", str(out / "summary.pdf"), "-"], capture_output=True, text=True,
                                check=True).stdout)
    assert "81.415" in text and "良" in text
    for row in LEVEL1:
        assert "".join(row) in text
    pages = subprocess.run(["pdfinfo", str(out / "summary.pdf")], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Pages:\s+1\b", pages)
    forms = subprocess.run(["pdftotext", str(out / "forms.pdf"), "-"], capture_output=True, text=True,
                           check=True).stdout
    # one form per evaluator of the demo team, every leaf on each
    for who in ("张明", "李华", "王芳（专家）"):
        assert f"评价人：{who}" in forms
    assert forms.count("立项依据充分性") == 3


# -- LibreOffice round trips ---------------------------------------------------------------

@needs_lo
@pytest.mark.slow
def test_word_report_renders_total_grade_and_level1_rows(libreoffice: dict) -> None:
    text = libreoffice["pdf_text"]
    flat = _flat(text)
    assert "81.415" in flat and "良" in flat
    for row in LEVEL1:
        assert "".join(row) in flat, row
    assert "合计10081.41581.42%" in flat
    assert "本项合计得2分" in flat


@needs_lo
@pytest.mark.slow
def test_excel_formulas_recompute_after_a_score_is_changed(libreoffice: dict) -> None:
    def read(path: Path) -> dict:
        wb = openpyxl.load_workbook(path, data_only=True)
        ws = wb.worksheets[0]
        out = {}
        level1 = None
        for r in range(3, ws.max_row + 1):
            a, b = ws.cell(r, 1).value, ws.cell(r, 2).value
            level1 = a or level1  # merged cells: the name is in the block's first row
            if b == "合计":
                out[level1] = (ws.cell(r, 4).value, ws.cell(r, 7).value, ws.cell(r, 8).value)
        last = ws.max_row
        out["total"] = (ws.cell(last, 4).value, ws.cell(last, 7).value, ws.cell(last, 8).value, ws.cell(last, 9).value)
        summ = wb["项目一级指标得分情况"]
        out["summary_grade"] = list(summ.iter_rows(values_only=True))[-1][2]
        return out

    before = read(libreoffice["original"])
    assert before["决策"] == pytest.approx((10, 7.25, 0.725))
    assert before["过程"] == pytest.approx((30, 23.925, 0.7975))
    assert before["total"][:3] == pytest.approx((100, 81.415, 0.81415))
    assert before["total"][3] == "评价等级：良"
    assert before["summary_grade"] == "良"
    # the satisfaction sheet as Excel / LibreOffice computes it: seed 000's rates
    sat = openpyxl.load_workbook(libreoffice["original"], data_only=True)["满意度调查情况"]
    computed = {r[0]: (r[1], r[2], r[3]) for r in sat.iter_rows(min_row=3, max_row=6, values_only=True)}
    assert computed["市政数局"] == (1, 1, pytest.approx(1.0))
    assert computed["使用单位"] == (69, 62, pytest.approx(0.8986, abs=5e-5))
    assert computed["办事人"] == (145, 141, pytest.approx(0.9724, abs=5e-5))
    assert computed["总体"] == (215, 204, pytest.approx(0.9488, abs=5e-5))
    after = read(libreoffice["edited"])  # 立项依据充分性 2 → 0
    assert after["决策"] == pytest.approx((10, 5.25, 0.525))
    assert after["过程"] == before["过程"]
    assert after["total"][:3] == pytest.approx((100, 79.415, 0.79415))
    assert after["total"][3] == "评价等级：中"
    assert after["summary_grade"] == "中"


def test_word_level2_table_merges_like_word_does(docx_doc) -> None:
    """The level-2 table of 项目立项: its name merged down the leaf rows (vMerge), the 合计
    row's label across two columns (gridSpan), one width per cell."""
    tbl = next(t for t in docx_doc.tables if t.rows[0].cells[0].text == "二级指标" and t.rows[1].cells[0].text == "项目立项")
    trs = tbl._tbl.tr_lst

    def first_tc(r: int) -> Any:
        return trs[r].tc_lst[0]

    assert first_tc(1).tcPr.find(qn("w:vMerge")).get(qn("w:val")) == "restart"
    assert first_tc(2).tcPr.find(qn("w:vMerge")).get(qn("w:val")) is None  # continues the cell above
    assert first_tc(3).tcPr.find(qn("w:gridSpan")).get(qn("w:val")) == "2" and len(trs[3].tc_lst) == 4
    assert all(len(tc.tcPr.findall(qn("w:tcW"))) == 1 for tr in trs for tc in tr.tc_lst)


def test_word_cells_keep_tabs_breaks_and_markup_characters() -> None:
    from evaltool.export.word.document import ReportBuilder

    b = ReportBuilder.__new__(ReportBuilder)  # only the table writer, on a blank document
    b.doc, b.sid, b._sect, b._table_grid = Document(), {"Evaltool Table Text": None}, None, None
    text = "A&B <合计>\t第二列\n第二行\x01"
    tbl = b.table(["甲", "乙"], [[text, "1"]], [3.0, 3.0])
    assert tbl.rows[1].cells[0].text == "A&B <合计>\t第二列\n第二行"  # the control character dropped
    p = b.para("5 < 6 & 7")
    assert p.text == "5 < 6 & 7" and b.doc.paragraphs[-1].text == "5 < 6 & 7"
