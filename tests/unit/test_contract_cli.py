"""``evaltool contract add|installment|month|fault|payment`` as a user types them (seed 001).

Figures by hand: a contract of 1,200,000 元 in three installments of 400,000; the first
period (2023-01..04) scores 92, 88 + 10 (one adopted suggestion) = 98, 95 and 90 → average
375 / 4 = 93.75 → 优秀, pool paid 100 % = 80,000; catalogue completion 98.5 % in February costs
1.5 × 2,000 = 3,000.00 → payable 320,000 + 80,000 − 3,000 = 397,000.00.
"""
from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from docx import Document

from evaltool.cli import main

PROJECT = "月度考核项目"


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    data = str(tmp_path / "data")

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--data-dir", data, "--lang", "zh_CN", *args])
        out = capsys.readouterr()
        return code, out.out, out.err

    assert run("whoami", "--name", "测试", "--role", "lead")[0] == 0
    from evaltool.db import open_database
    from evaltool.projects import create_project

    db = open_database(Path(data))
    with db.session() as s:
        create_project(s, PROJECT)
    db.close()
    return run


def test_a_contract_from_the_command_line(cli) -> None:
    code, out, _ = cli("contract", "add", PROJECT, "--name", "子项目1", "--amount", "1200000", "--json")
    assert code == 0
    doc = json.loads(out)
    assert (doc["amount"], doc["base_share"], doc["catalog_penalty"], doc["sla_penalty"]) == (1200000.0, 0.8, 2000.0, 1000.0)
    assert [(b["name"], b["min"], b["pay"]) for b in doc["bands"]] == [
        ("优秀", 90, 100), ("良好", 80, 80), ("合格", 60, 60), ("不合格", 0, 0)]
    code, out, err = cli("contract", "installment", PROJECT, "--contract", "子项目1", "--months", "2023-01..2023-04",
                         "--amount", "400000", "--json")
    assert code == 0 and json.loads(out)["months"] == ["2023-01", "2023-04"]
    assert "400,000.00" in err and "1,200,000.00" in err  # not adding up yet: a warning, not a refusal
    for months in ("2023-05..2023-08", "2023-09..2023-12"):
        _, _, err = cli("contract", "installment", PROJECT, "--contract", "子项目1", "--months", months, "--amount", "400000")
    assert err == ""  # now they add up
    for month, score in (("2023-01", "92"), ("2023-02", "88"), ("2023-03", "95"), ("2023-04", "90")):
        assert cli("contract", "month", PROJECT, "--contract", "子项目1", "--month", month, "--score", score,
                   "--catalog-rate", "100", "--sla-rate", "100")[0] == 0
    code, out, _ = cli("contract", "month", PROJECT, "--contract", "子项目1", "--month", "2023-02",
                       "--catalog-rate", "98.5", "--adopted-suggestions", "1", "--json")
    month = json.loads(out)
    assert (month["score"], month["timeliness"], month["bonus"]) == (98, 30, 10)
    assert month["penalties"][0]["amount"] == 3000.0
    # a fault answered in 22.5 minutes: 50 % over the 15-minute limit → 18 points
    code, out, _ = cli("contract", "fault", PROJECT, "--contract", "子项目1", "--impact", "business", "--level", "1",
                       "--reported", "2023-03-06T09:00", "--responded", "2023-03-06T09:22:30",
                       "--recovered", "2023-03-06T10:30", "--note", "门户网站中断", "--json")
    assert code == 0
    fault = json.loads(out)
    assert (fault["points"], fault["overrun_percent"], fault["month_timeliness"]) == (18, 50.0, 18)
    code, out, _ = cli("contract", "month", PROJECT, "--contract", "子项目1", "--month", "2023-03", "--json")
    assert json.loads(out)["timeliness"] == 18 and json.loads(out)["score"] == 95  # the typed total stands
    code, out, err = cli("contract", "payment", PROJECT, "--contract", "子项目1", "--json")
    assert code == 0
    pay = json.loads(out)
    first = pay["installments"][0]
    assert first["months"] == ["2023-01", "2023-02", "2023-03", "2023-04"]
    assert (first["amount"], first["average_score"], first["grade"], first["share"]) == (400000, 93.75, "优秀", 1.0)
    assert (first["base"], first["pool"], first["penalties"], first["payable"]) == (320000, 80000, 3000, 397000)
    assert pay["installments"][1]["payable"] is None  # nothing assessed in May–August yet
    assert pay["total_payable"] == 397000.0
    assert "2023-05" in err  # the months not assessed are named


def test_a_leaf_score_by_an_evaluator_with_the_rule(cli) -> None:
    cli("contract", "add", PROJECT, "--name", "子项目2", "--amount", "1000")
    cli("contract", "installment", PROJECT, "--contract", "子项目2", "--months", "2023-01", "--amount", "1000")
    code, out, _ = cli("contract", "month", PROJECT, "--contract", "子项目2", "--month", "2023-01", "--evaluator", "监理 王工",
                       "--indicator", "报告提交与工作汇报", "--inputs", '{"ticked": [true, true, true, false]}', "--json")
    assert code == 0
    doc = json.loads(out)
    leaf = next(x for x in doc["leaves"] if x["path"].endswith("报告提交与工作汇报"))
    assert leaf["evaluators"] == {"监理 王工": 15} and doc["score"] is None and len(doc["missing"]) == 5


@pytest.mark.parametrize(("args", "named"), [
    (("month", "--month", "2024-01", "--score", "90"), "月份"),
    (("month", "--month", "2023-01", "--sla-rate", "100.5"), "SLA"),
    (("installment", "--months", "2023-01..2023-02", "--amount", "10"), "分期月份"),
    (("fault", "--impact", "other", "--level", "2", "--reported", "2023-01-05T10:00", "--responded",
      "2023-01-05T10:10", "--recovered", "2023-01-05T09:00"), "恢复时间"),
])
def test_refusals_exit_1_naming_the_field(cli, args: tuple[str, ...], named: str) -> None:
    cli("contract", "add", PROJECT, "--name", "子项目3", "--amount", "1000")
    cli("contract", "installment", PROJECT, "--contract", "子项目3", "--months", "2023-01", "--amount", "1000")
    code, out, err = cli("contract", args[0], PROJECT, "--contract", "子项目3", *args[1:])
    assert code == 1 and named in err and "Traceback" not in err
    _, out, _ = cli("contract", "payment", PROJECT, "--contract", "子项目3", "--json")
    assert json.loads(out)["installments"][0]["scores"] == [None]  # nothing changed


def test_usage_errors_exit_2(cli) -> None:
    assert cli("contract", "fault", PROJECT, "--contract", "x", "--impact", "severe")[0] == 2
    assert cli("contract", "add", PROJECT, "--name", "x")[0] == 2  # --amount is required


def test_payment_statement_files(cli, tmp_path: Path) -> None:
    cli("contract", "add", PROJECT, "--name", "子项目4", "--amount", "1000", "--vendor", "某科技公司")
    cli("contract", "installment", PROJECT, "--contract", "子项目4", "--months", "2023-01", "--amount", "1000")
    cli("contract", "month", PROJECT, "--contract", "子项目4", "--month", "2023-01", "--score", "85", "--catalog-rate",
        "99.5", "--sla-rate", "100")
    xlsx, docx = tmp_path / "结算单.xlsx", tmp_path / "结算单.docx"
    code, out, _ = cli("contract", "payment", PROJECT, "--contract", "子项目4", "--xlsx", str(xlsx), "--docx", str(docx),
                       "--json")
    assert code == 0 and sorted(json.loads(out)["written"]) == sorted([str(xlsx), str(docx)])
    # 85 → 良好 80 %: base 800.00, pool 200.00 × 80 % = 160.00, penalty 0.5 × 2,000 = 1,000.00 → −40.00
    ws = openpyxl.load_workbook(xlsx).worksheets[0]
    cells = [c for row in ws.iter_rows(values_only=True) for c in row if c is not None]
    assert "合同价款支付结算单（子项目4）" in cells and "某科技公司" in cells
    assert 800.0 in cells and 160.0 in cells and 1000.0 in cells and -40.0 in cells
    text = "\n".join(p.text for p in Document(str(docx)).paragraphs)
    tables = "\n".join(c.text for t in Document(str(docx)).tables for r in t.rows for c in r.cells)
    assert "合同价款支付结算单（子项目4）" in text and "-40.00" in tables and "1,000.00" in tables
    assert not list(tmp_path.glob(".*.part"))  # no temporary file left
