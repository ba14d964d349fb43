"""Import of a 绩效目标表 / 自评表: read right, reconciled, or refused with nothing changed."""
from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from evaltool.cli import main
from evaltool.db import Database
from evaltool.errors import ImportFormatError, ValidationError
from evaltool.target_import import import_targets, read_targets
from evaltool.targets import list_targets


def _self_eval_xlsx(path: Path, stated_points: float = 30, stated_score: float = 25) -> None:
    """A 自评表 as units type it: title, a two-row header, merged 一级 / 二级 cells, a 合计 row, a note."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    ws.append(["2022年运维服务项目绩效自评表"])
    ws.append(["绩效指标", None, None, "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
    ws.append(["一级指标", "二级指标", "三级指标"])
    ws.append(["产出指标", "数量指标", "季度报告", "≥1", "1", 10, 10, ""])
    ws.append([None, None, "月度报告（份）", "12份", "4", 10, "5分", "仅完成4份，已督促整改"])
    ws.append([None, "质量指标", "平均故障修复时间", "2h", "≤2h", 10, 10, ""])
    ws.append(["合计", None, None, None, None, stated_points, stated_score])
    ws.append(["注：本表由项目单位填报。"])
    ws.merge_cells("A2:C2")
    ws.merge_cells("A4:A6")
    ws.merge_cells("B4:B5")
    wb.save(path)


def test_a_self_evaluation_table_reads_with_merged_cells_totals_and_notes(tmp_path: Path) -> None:
    _self_eval_xlsx(tmp_path / "自评表.xlsx")
    parsed = read_targets(tmp_path / "自评表.xlsx")
    assert parsed.table_kind == "self_eval" and parsed.header_row == 3
    assert [(r.row, r.level1, r.level2, r.name, r.target_text, r.points, r.self_score) for r in parsed.rows] == [
        (4, "产出指标", "数量指标", "季度报告", "≥1", 10, 10),
        (5, "产出指标", "数量指标", "月度报告（份）", "12份", 10, 5),  # "5分" read as 5
        (6, "产出指标", "质量指标", "平均故障修复时间", "2h", 10, 10)]
    assert parsed.rows[1].reason == "仅完成4份，已督促整改"
    assert parsed.warnings == []  # 10 + 10 + 10 = 30 and 10 + 5 + 10 = 25: the stated total adds up


def test_a_stated_total_that_does_not_add_up_is_named(tmp_path: Path) -> None:
    _self_eval_xlsx(tmp_path / "t.xlsx", stated_score=26)
    parsed = read_targets(tmp_path / "t.xlsx")
    (warning,) = parsed.warnings
    assert "t.xlsx" in warning and "自评表" in warning and "7" in warning and "26" in warning and "25" in warning


def test_a_gb18030_csv_target_table_with_sub_projects(tmp_path: Path, db: Database) -> None:
    path = tmp_path / "目标表.csv"
    rows = [["子项目", "一级指标", "二级指标", "三级指标", "当年度指标值", "实际值"],
            ["运维服务项目", "产出指标", "数量指标", "月度报告", "≥12", "4"],
            ["运维服务项目", "", "质量指标", "平均故障修复时间(MTTR)", "≤2h", "≤2h"],
            ["运营服务项目", "产出指标", "时效指标", "项目交付时间", "2022年12月底", "2022年12月14日"]]
    with open(path, "w", newline="", encoding="gb18030") as fh:
        csv.writer(fh).writerows(rows)
    parsed = read_targets(path)
    assert parsed.table_kind == "declared" and parsed.sub_projects == ["运维服务项目", "运营服务项目"]
    from evaltool.projects import create_project

    with db.session() as s:
        pid = create_project(s, "导入").id
        result = import_targets(s, pid, parsed)
        assert (result.added, result.replaced) == (3, 0)
        got = {r.name: (r.sub_project, r.level1, r.status) for r in list_targets(s, pid)}
    assert got == {"月度报告": ("运维服务项目", "产出指标", "not_met"),
                   "平均故障修复时间(MTTR)": ("运维服务项目", "产出指标", "met"),  # 一级 filled down
                   "项目交付时间": ("运营服务项目", "产出指标", "met")}


def test_refusals_name_the_place_and_change_nothing(tmp_path: Path, db: Database) -> None:
    wb = openpyxl.Workbook()
    wb.active.append(["序号", "名称", "金额"])
    wb.active.append([1, "办公设备", 3])
    wb.save(tmp_path / "no-header.xlsx")
    with pytest.raises(ImportFormatError, match=r"no-header\.xlsx"):
        read_targets(tmp_path / "no-header.xlsx")
    _self_eval_xlsx(tmp_path / "bad.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "bad.xlsx")
    wb.active["F5"] = "十分"
    wb.save(tmp_path / "bad.xlsx")
    with pytest.raises(ImportFormatError) as exc:
        read_targets(tmp_path / "bad.xlsx")
    assert (exc.value.row, exc.value.column) == (5, "F") and "十分" in str(exc.value)
    (tmp_path / "x.xlsx").write_bytes(b"not a workbook")
    with pytest.raises(ImportFormatError):
        read_targets(tmp_path / "x.xlsx")
    # a table that already has rows for that sub-project: refused unless replacing
    from evaltool.projects import create_project

    _self_eval_xlsx(tmp_path / "ok.xlsx")
    parsed = read_targets(tmp_path / "ok.xlsx")
    with db.session() as s:
        pid = create_project(s, "重复").id
        import_targets(s, pid, parsed, sub_project="运维服务项目")
    with db.session() as s, pytest.raises(ValidationError, match="--replace"):
        import_targets(s, pid, parsed, sub_project="运维服务项目")
    with db.read_session() as s:
        assert len(list_targets(s, pid, "self_eval")) == 3
    with db.session() as s:
        assert import_targets(s, pid, parsed, sub_project="运维服务项目", replace=True).replaced == 3
    with db.read_session() as s:
        assert len(list_targets(s, pid, "self_eval")) == 3


def test_cli_import_targets_dry_run_and_strict(tmp_path: Path, db: Database, capsys) -> None:
    from evaltool.projects import create_project

    with db.session() as s:
        create_project(s, "命令行导入")
    data = str(db.data_dir)
    db.close()
    _self_eval_xlsx(tmp_path / "t.xlsx", stated_score=26)
    assert main(["--data-dir", data, "import-targets", "命令行导入", str(tmp_path / "t.xlsx"), "--dry-run"]) == 0
    assert main(["--data-dir", data, "import-targets", "命令行导入", str(tmp_path / "t.xlsx"), "--strict",
                 "--json"]) == 3
    capsys.readouterr()
    assert main(["--data-dir", data, "targets", "命令行导入", "--table", "self_eval", "--json"]) == 0
    import json

    assert json.loads(capsys.readouterr().out)["rows"] == []  # nothing stored by either run
    assert main(["--data-dir", data, "import-targets", "命令行导入", str(tmp_path / "t.xlsx"), "--sub-project",
                 "运维服务项目"]) == 0
    assert main(["--data-dir", data, "import-targets", "命令行导入", str(tmp_path / "nope.xlsx")]) == 1
