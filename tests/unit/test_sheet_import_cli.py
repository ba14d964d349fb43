"""``evaltool import-sheet`` and the score commands' ``--value``, run in-process."""
from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from evaltool.cli import main
from evaltool.i18n import set_language

ROWS: list[list[Any]] = [
    ["附件1：某区政务云平台运维项目绩效评价指标得分表"],
    ["一级指标", "二级指标", "三级指标", "分值", "得分"],
    ["决策", "项目立项", "立项依据充分性", 20, "18分"],
    ["决策", "项目立项", "立项程序规范性", 20, "1５"],
    ["产出", "产出数量", "运维完成率", 60, "52,5"],
    ["合计", None, None, 100, 85.5],
    ["评价等级", None, None, None, "良"],
]


def sheet(path: Path, rows: list[list[Any]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "得分表"
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_a_sheet_that_reconciles_imports_with_no_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = sheet(tmp_path / "ok.xlsx", ROWS)
    code, out, _err = run(capsys, "--data-dir", str(tmp_path / "d"), "import-sheet", str(path), "--json", "--strict")
    assert code == 0
    doc = json.loads(out)
    assert doc["indicators"] == 3 and doc["scores"] == 3 and doc["warnings"] == []
    assert doc["name"] == "某区政务云平台运维项目"
    code, out, _err = run(capsys, "--data-dir", str(tmp_path / "d"), "summary", doc["project_id"], "--json")
    assert json.loads(out)["total"] == pytest.approx(85.5) and json.loads(out)["grade"] == "良"


def test_a_stated_total_that_disagrees_is_named_and_strict_exits_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [list(r) for r in ROWS]
    rows[5][4] = 95  # the 合计 row says 95, the rows add to 85.5
    path = sheet(tmp_path / "bad.xlsx", rows)
    data = str(tmp_path / "d")
    code, out, err = run(capsys, "--data-dir", data, "import-sheet", str(path), "--strict")
    assert code == 3
    assert "row 6, column E" in err and "95" in err and "85.5" in err and "nothing was imported" in err
    assert "✗" in out  # stated vs computed, printed side by side
    code, out, _err = run(capsys, "--data-dir", data, "projects", "--json")
    assert json.loads(out) == []  # --strict created nothing
    code, out, err = run(capsys, "--data-dir", data, "import-sheet", str(path), "--json")
    assert code == 0
    warnings = json.loads(out)["warnings"]
    assert {(w["sheet"], w["row"], w["column"], w["kind"]) for w in warnings} >= {("得分表", 6, "E", "score_mismatch")}


def test_dry_run_json_has_the_stated_figures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = sheet(tmp_path / "ok.xlsx", ROWS)
    code, out, _err = run(capsys, "--data-dir", str(tmp_path / "d"), "import-sheet", str(path), "--dry-run", "--json")
    doc = json.loads(out)
    assert code == 0 and doc["reconciles"] is True and doc["created"] is False
    assert [(s["kind"], s["row"], s["score"], s["computed_score"]) for s in doc["stated"] if s["kind"] == "total"] == [
        ("total", 6, 85.5, 85.5)]
    assert next(s for s in doc["stated"] if s["kind"] == "grade")["computed_grade"] == "良"


def test_a_sheet_that_cannot_be_understood_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [["指标名称", "分值", "得分"], ["决策", 40, 30], ["立项", 20, 15], ["目标", 20, 15], ["产出", 60, 50],
            ["质量", 60, 50], ["合计", 100, 80]]
    code, _out, err = run(capsys, "--data-dir", str(tmp_path / "d"), "import-sheet", str(sheet(tmp_path / "f.xlsx", rows)))
    assert code == 1 and "f.xlsx" in err and "Nothing was imported" in err and "Traceback" not in err


@pytest.mark.parametrize(("typed", "stored"), [("1.5", 1.5), ("1.5分", 1.5), ("1，5", 1.5), ("１．５", 1.5),
                                               ("扣0.5分", 1.5), ("满分", 2.0), ("75%", 1.5)])
def test_score_value_is_read_as_typed(typed: str, stored: float, demo_dir: str, capsys: pytest.CaptureFixture[str]) -> None:
    data = demo_dir
    code, out, err = run(capsys, "--data-dir", data, "score", "2022年东莞市一体化政务服务平台运维与运营服务项目",
                         "--indicator", "决策/项目立项/立项依据充分性", "--evaluator", "张三", f"--value={typed}",
                         "--reason", "复核", "--json")
    assert code == 0, err
    assert json.loads(out)["value"] == stored


@pytest.mark.parametrize(("typed", "why"), [("1,500", "thousands separator"), ("两分", "not a number"),
                                            ("2.5", "outside 0…2"), ("-1", "outside 0…2")])
def test_score_value_that_cannot_be_stored_says_why(typed: str, why: str, demo_dir: str,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    data = demo_dir
    for cmd in (["score", "--evaluator", "张三"], ["final"]):
        code, _out, err = run(capsys, "--data-dir", data, cmd[0], "2022年东莞市一体化政务服务平台运维与运营服务项目",
                              "--indicator", "决策/项目立项/立项依据充分性", *cmd[1:], f"--value={typed}", "--reason", "复核")
        assert code == 1 and why in err and "立项依据充分性" in err, err


def test_final_value_with_a_decimal_comma(demo_dir: str, capsys: pytest.CaptureFixture[str]) -> None:
    data = demo_dir
    code, out, err = run(capsys, "--data-dir", data, "final", "2022年东莞市一体化政务服务平台运维与运营服务项目",
                         "--indicator", "决策/项目立项/立项依据充分性", "--value=1，75分", "--reason", "复核", "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["value"] == 1.75 and doc["total"] == pytest.approx(81.415 - 0.25)  # seed 000: 2 → 1.75


@pytest.fixture
def demo_dir(_demo_template: Path, tmp_path: Path) -> str:
    """A data folder holding the seed-000 demo (a copy of the session's template)."""
    d = tmp_path / "demo-data"
    shutil.copytree(_demo_template, d, ignore=shutil.ignore_patterns("backups"))
    return str(d)


@pytest.fixture(autouse=True)
def _reset_language() -> Any:
    yield
    set_language("en")
