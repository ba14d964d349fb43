"""A project built only through the command line exports a complete report (issue 18).

The project is not the demo: a score sheet typed by hand with 逆向指标 (negative indicators)
is imported, its facts, money lines, targets (from a CSV 绩效目标表) and a survey are set
through commands, and ``evaltool export --out-dir`` writes the Word report, its PDF
(LibreOffice), the Excel sheet and the PDF summary. Everything is read back as a reader
sees it: the report through its PDF's text, the Excel sheet recalculated by LibreOffice,
the summary PDF's text, and ``evaltool summary --json``.

Figures worked out by hand from the sheet below:
- positive leaves 5 + 4 + 9.5 + 8 + 18 + 20 + 27 = 91.5 of 100; 逆向指标 deducts 1 (自评质量 −1,
  负面舆情 0; cap 20) → total 90.5, rate 90.50 %, grade 优 (≥ 90);
- level-1: 决策 10 / 9 / 90.00 %, 过程 20 / 17.5 / 87.50 %, 产出 40 / 38 / 95.00 %, 效益 30 / 27 /
  90.00 %, 逆向指标 −20 / −1 / no rate;
- money: 平台运维 300 → 285, spent 270.75 (执行率 95.00 %, 调整率 15 / 300 = 5.00 %); 设备更新
  100 → 100, spent 95 (95.00 %, 0.00 %); together 400 → 385, 365.75 (95.00 %; 15 / 400 = 3.75 %);
- targets: 巡检次数 100次 (a minimum) with 96 → 96.00 %, partly met; 故障响应时间 30分钟 (a time
  limit) with 20分钟 → met;
- survey: 办事群众 36 of 40 satisfied (90.00 %), 街道工作人员 8 of 10 (80.00 %), pooled 44 / 50 = 88.00 %.
"""
from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
import uuid
from pathlib import Path

import openpyxl
import pytest

from evaltool.cli import main

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_lo = pytest.mark.skipif(SOFFICE is None or shutil.which("pdftotext") is None,
                              reason="LibreOffice and pdftotext are needed to read the files back")
NAME = "智慧城管运维项目"
FOOTER = re.compile(r"^\s*—\s*\d+\s*—\s*$")  # the page number in the footer, not a placeholder


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _score_sheet(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "评分表"
    ws.append(["2023年某区智慧城管平台运维项目绩效评价指标得分表"])
    ws.append(["一级指标", "二级指标", "三级指标", "分值", "得分", "评价意见"])
    for row in (("决策", "项目立项", "立项依据充分性", 5, 5, "立项依据充分。"),
                ("决策", "项目立项", "绩效目标合理性", 5, 4, "绩效目标未细化到年度，扣1分。"),
                ("过程", "资金管理", "预算执行率", 10, 9.5, "预算执行率95%，扣0.5分。"),
                ("过程", "组织实施", "管理制度健全性", 10, 8, "缺少考核细则，扣2分。"),
                ("产出", "产出数量", "巡检完成率", 20, 18, "计划巡检100次，完成96次。"),
                ("产出", "产出质量", "故障修复及时率", 20, 20, "全部及时修复。"),
                ("效益", "满意度", "服务对象满意度", 30, 27, "满意度88%。"),
                ("逆向指标", "自评工作", "自评质量", -10, -1, "自评报告未附佐证材料，扣1分。"),
                ("逆向指标", "负面事件", "负面舆情", -10, 0, "未发现负面事件。")):
        ws.append(list(row))
    ws.append(["合计", None, None, 100, 90.5])
    wb.save(path)


def _targets_csv(path: Path) -> None:
    rows = [["子项目", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "未完成原因"],
            ["平台运维", "产出指标", "数量指标", "巡检次数", "100次", "96次", "汛期暂停4次巡检"],
            ["平台运维", "产出指标", "时效指标", "故障响应时间", "30分钟", "20分钟", ""],
            ["设备更新", "产出指标", "数量指标", "设备更新数量", "50台", "50台", ""]]
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:
        csv.writer(fh).writerows(rows)


def _answers_csv(path: Path) -> None:
    rows = [["群体", "总体满意度"]]
    rows += [["办事群众", "非常满意" if i < 20 else "比较满意" if i < 36 else "一般"] for i in range(40)]
    rows += [["街道工作人员", "非常满意" if i < 5 else "比较满意" if i < 8 else "不太满意"] for i in range(10)]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)


def _run(data: Path, *args: str) -> None:
    assert main(["--data-dir", str(data), "--lang", "zh_CN", *args]) == 0, args


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The project made through commands only, and its export with --out-dir."""
    root = tmp_path_factory.mktemp("cli-report")
    data = root / "data"
    _score_sheet(root / "评分表.xlsx")
    _targets_csv(root / "绩效目标表.csv")
    _answers_csv(root / "answers.csv")
    _run(data, "whoami", "--name", "张明", "--role", "lead")
    _run(data, "import-sheet", str(root / "评分表.xlsx"), "--name", NAME)
    _run(data, "project", NAME, "--set", "委托方=某区财政局", "--set", "evaluation_agency=某某咨询有限公司",
         "--set", "预算单位=某区城市管理局", "--set", "competent_department=某区城市管理局",
         "--set", "evaluation_type=重点评价", "--set", "reference_date=2023-12-31",
         "--set", "evaluation_start=2024-03-01", "--set", "evaluation_end=2024年4月30日",
         "--set", "project_period=2023年", "--set", "grade_bands=优:90,良:80,中:60,差:0",
         "--set", "team=张明:lead,李华:member,王芳:expert",
         "--set", "phases=前期准备:2024-03-01..2024-03-10;现场评价:2024-03-11..2024-03-29;"
                  "分析评价:2024-04-01..2024-04-15;撰写报告:2024-04-16..2024-04-30")
    _run(data, "money", NAME, "--line", "平台运维", "2023", "批复=300", "调整后=285", "实际=270.75", "到位=285",
         "--line", "设备更新", "2023", "approved=100", "adjusted=100", "actual=95")
    _run(data, "import-targets", NAME, str(root / "绩效目标表.csv"))
    _run(data, "targets", NAME, "--add", "服务对象满意度", "--target", "≥90%", "--actual", "88%", "--level1", "满意度指标",
         "--level2", "服务对象满意度指标", "--sub-project", "平台运维", "--reason", "部分街道对响应速度不满意")
    _run(data, "survey", "create", NAME, "--template", "public", "--name", "满意度调查")
    _run(data, "survey", "import", NAME, str(root / "answers.csv"), "--group-column", "群体", "--map", "总体满意度=q10")
    out = root / "out"
    _run(data, "export", NAME, "--out-dir", str(out))
    return {"root": root, "data": data, "out": out}


def _files(out: Path) -> dict[str, Path]:
    got = {p.name: p for p in out.iterdir()}
    return {"docx": got[f"{NAME}-绩效评价报告.docx"], "report_pdf": got.get(f"{NAME}-绩效评价报告.pdf"),
            "xlsx": got[f"{NAME}-指标得分表.xlsx"], "pdf": got[f"{NAME}-得分汇总.pdf"]}


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module")
def report_text(built: dict) -> str:
    if SOFFICE is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice and pdftotext are needed to read the report back")
    pdf = _files(built["out"])["report_pdf"]
    assert pdf is not None, "with LibreOffice installed, --out-dir also writes the report as PDF"
    return _pdf_text(pdf)


@needs_lo
@pytest.mark.slow
def test_the_report_has_every_section_and_no_placeholder(report_text: str) -> None:
    lines = [ln for ln in report_text.splitlines() if not FOOTER.match(ln)]
    assert not any("—" in ln for ln in lines), [ln for ln in lines if "—" in ln][:5]
    whole = _flat(report_text)
    flat = whole[whole.rindex("....."):]  # the body, after the table of contents' dotted leaders
    # cover and summary from the facts set through the CLI
    assert "委托单位：某区财政局" in whole and "评价机构：某某咨询有限公司" in whole
    assert "受某区财政局委托，某某咨询有限公司对某区城市管理局智慧城管运维项目开展绩效评价" in flat
    for heading in ("摘要", "一、项目基本情况", "（一）项目概况", "资金使用情况", "二、评价工作开展情况", "（一）评价目的",
                    "（二）评价对象和范围", "（三）评价依据", "（四）评价原则", "（五）评价方法", "（六）评价指标体系",
                    "（七）评价过程", "三、绩效评价结果", "（一）评价结论", "（二）主要目标完成情况",
                    "（三）满意度调查情况", "四、经验、问题与建议", "存在的问题", "绩效管理建议",
                    "附件1.绩效评价指标得分表", "附件2.绩效评价指标分析"):
        assert heading in flat, heading
    # the evaluation process with its dates, the team and the survey
    assert "评价工作于2024年3月1日至2024年4月30日开展" in flat
    assert "（1）前期准备（2024年3月1日至2024年3月10日）" in flat
    assert "评价组由张明担任组长，成员包括李华，并邀请王芳作为专家参与评价" in flat
    assert "回收有效问卷50份" in flat
    # the grade bands under the conclusion; the charts per level-1 and level-2
    assert "注：评价等级分为：优（90分（含）以上）、良（80分（含）-90分）、中（60分（含）-80分）、差（60分以下）" in flat
    assert "图3-1一级指标得分率" in flat and "图3-2二级指标得分率" in flat
    # targets per sub-project with completion rates and the reason for each miss
    assert "平台运维共设置3个绩效指标" in flat and "设备更新共设置1个绩效指标" in flat
    assert "巡检次数（指标值100次，实际值96次，完成率96.00%）：汛期暂停4次巡检" in flat
    assert "服务对象满意度（指标值≥90%，实际值88%，完成率97.78%）：部分街道对响应速度不满意" in flat
    # problems drafted from the deductions, each with its cause, and a suggestion per problem
    problems = flat[flat.index("存在的问题"):flat.index("绩效管理建议")]
    suggestions = flat[flat.index("绩效管理建议"):flat.index("附件1.绩效评价指标得分表")]
    n_problems = len(re.findall(r"\d\.[^。]{2,30}方面存在不足", problems))
    assert n_problems >= 5 and problems.count("原因分析：") == n_problems
    assert len(re.findall(r"\d\.进一步加强", suggestions)) == n_problems
    assert "“自评质量”为逆向指标，扣1分" in problems
    # per-indicator analysis sentences
    assert "该指标分值5分，评价得分4分，得分率80.00%。" in flat
    # the table of contents has its page numbers (LibreOffice filled them in)
    assert re.search(r"三、绩效评价结果\.{3,}\s*\d+", report_text)


@needs_lo
@pytest.mark.slow
def test_negative_indicators_agree_in_word_excel_pdf_and_summary(built: dict, report_text: str, capsys) -> None:
    flat = _flat(report_text)
    # Word (its PDF): the level-1 table, the total, the negative sentences
    assert "逆向指标-20-1/" in flat
    assert "合计10090.590.50%" in flat
    assert "逆向指标一级指标为扣分项，下设自评工作、负面事件共2个二级指标，最多扣20分，实际扣1分。" in flat
    assert "该指标为逆向指标（扣分项），最多扣10分，实际扣1分。" in flat
    assert "本项合计扣1分。" in flat
    assert "得分率5.00%" not in flat and "-0.00%" not in flat
    # 附件1: the negative leaves and their total have no rate
    assert "自评质量-10-1/" in flat and "合计-20-1/" in flat and "总分10090.590.50%" in flat

    files = _files(built["out"])
    # the PDF summary
    summary_pdf = _flat(_pdf_text(files["pdf"]))
    assert "逆向指标-20-1/" in summary_pdf and "90.5" in summary_pdf and "90.50%" in summary_pdf

    # Excel, as Excel / LibreOffice computes it: every sheet's totals
    calc = built["root"] / "calc"
    profile = f"file:///tmp/lo-{uuid.uuid4().hex}"
    subprocess.run([SOFFICE, "--headless", "--norestore", f"-env:UserInstallation={profile}", "--convert-to",
                    "xlsx:Calc MS Excel 2007 XML", "--outdir", str(calc), str(files["xlsx"])],
                   check=True, capture_output=True, timeout=240)
    wb = openpyxl.load_workbook(calc / files["xlsx"].name, data_only=True)
    main_ws = wb.worksheets[0]
    last = main_ws.max_row
    assert (main_ws.cell(last, 4).value, main_ws.cell(last, 7).value) == (100, pytest.approx(90.5))
    assert main_ws.cell(last, 8).value == pytest.approx(0.905)
    assert main_ws.cell(last, 9).value == "评价等级：优"
    l1_total, level1 = {}, None
    for r in range(3, last):
        level1 = main_ws.cell(r, 1).value or level1  # merged cells: the name is in the block's first row
        if main_ws.cell(r, 2).value == "合计":
            l1_total[level1] = r
    assert (main_ws.cell(l1_total["过程"], 7).value, main_ws.cell(l1_total["过程"], 8).value) == (
        pytest.approx(17.5), pytest.approx(0.875))
    neg = l1_total["逆向指标"]
    assert (main_ws.cell(neg, 4).value, main_ws.cell(neg, 7).value, main_ws.cell(neg, 8).value) == (-20, -1, "/")
    leaf = next(r for r in range(3, last) if main_ws.cell(r, 3).value == "自评质量")
    assert main_ws.cell(leaf, 8).value == "/"
    summary = wb["项目一级指标得分情况"]
    rows = {r[0]: r[1:] for r in summary.iter_rows(min_row=2, values_only=True) if r[0]}
    assert rows["逆向指标"] == (-20, -1, "/")
    assert rows["合计"][:2] == (100, pytest.approx(90.5)) and rows["合计"][2] == pytest.approx(0.905)
    evaluator = next(ws for ws in wb.worksheets if ws.title.startswith("评价人-"))
    ev_last = evaluator.max_row
    assert evaluator.cell(ev_last, 4).value == 100  # the negative weights are not added to the 100
    assert evaluator.cell(ev_last, 5).value == pytest.approx(90.5)
    assert evaluator.cell(ev_last, 6).value == pytest.approx(0.905)
    funds = wb["资金使用情况"]
    money = {r[0]: r for r in funds.iter_rows(min_row=2, values_only=True) if r[0]}
    assert money["平台运维"][8] == pytest.approx(0.05) and money["平台运维"][9] == pytest.approx(0.95)
    assert money["合计"][8] == pytest.approx(0.0375) and money["合计"][9] == pytest.approx(0.95)

    # evaltool summary
    capsys.readouterr()
    assert main(["--data-dir", str(built["data"]), "summary", NAME, "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["total"] == pytest.approx(90.5) and doc["grade"] == "优"
    assert [(r["name"], r["weight"], r["score"], r["rate"]) for r in doc["negative"]] == [("逆向指标", -20, -1, None)]


def test_cli_facts_money_and_targets_are_what_was_typed(built: dict, capsys) -> None:
    capsys.readouterr()
    assert main(["--data-dir", str(built["data"]), "project", NAME, "--json"]) == 0
    facts = json.loads(capsys.readouterr().out)
    assert facts["commissioning_body"] == "某区财政局" and facts["evaluation_end"] == "2024-04-30"
    assert [b["name"] for b in facts["grade_bands"]] == ["优", "良", "中", "差"]
    assert [(m["name"], m["role"]) for m in facts["team"]] == [("张明", "lead"), ("李华", "member"), ("王芳", "expert")]
    assert main(["--data-dir", str(built["data"]), "money", NAME, "--json"]) == 0
    money = json.loads(capsys.readouterr().out)
    assert money["combined"]["adjustment_rate"] == pytest.approx(15 / 400)
    assert money["combined"]["execution_rate"] == pytest.approx(365.75 / 385)
    assert money["warnings"] == []
    assert main(["--data-dir", str(built["data"]), "targets", NAME, "--json"]) == 0
    rows = {r["name"]: r for r in json.loads(capsys.readouterr().out)["rows"]}
    assert (rows["巡检次数"]["operator"], rows["巡检次数"]["status"]) == (">=", "partly")
    assert rows["巡检次数"]["completion"] == pytest.approx(0.96)
    assert (rows["故障响应时间"]["operator"], rows["故障响应时间"]["status"]) == ("<=", "met")
    assert rows["巡检次数"]["reason"] == "汛期暂停4次巡检" and rows["巡检次数"]["sub_project"] == "平台运维"
