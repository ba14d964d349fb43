"""A score sheet's own stated 合计 and group rows are kept with the imported project, so the
consistency check still compares them after the scores are edited (issues 14 and 15).

The sheet (written here): 决策 10 = 项目立项 4 (scored 3) + 资金管理 6 (scored 5), its group row
stating 10 / 8; 产出 90 = 产出数量 90 (scored 80), its group row stating 90 / 80; 合计 100 / 88.
"""
from __future__ import annotations

from pathlib import Path

import openpyxl

from evaltool.check import check_project
from evaltool.db import Database
from evaltool.framework import find_by_path
from evaltool.i18n import set_language
from evaltool.models import Project
from evaltool.scoresheet import import_sheet
from evaltool.scoring import set_final


def _sheet(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["一级指标", "二级指标", "分值", "得分"],
                ["决策", None, 10, 8],
                [None, "项目立项", 4, 3],
                [None, "资金管理", 6, 5],
                ["产出", None, 90, 80],
                [None, "产出数量", 90, 80],
                ["合计", None, 100, 88]):
        ws.append(row)
    wb.save(path)
    return path


def test_stated_figures_are_kept_and_checked_after_an_edit(db: Database, tmp_path: Path) -> None:
    set_language("en")
    with db.session() as s:
        pid = import_sheet(s, _sheet(tmp_path / "评分表.xlsx")).project_id
    with db.read_session() as s:
        stated = s.get(Project, pid).settings["imported_from"]["stated"]
    assert stated["total"] == 88
    by_path = {n["path"]: (n["weight"], n["score"]) for n in stated["nodes"]}
    assert by_path["决策"] == (10, 8) and by_path["产出"] == (90, 80)
    with db.session() as s:
        assert [f for f in check_project(s, pid) if f.kind == "subtotal"] == []  # the sheet agrees with itself
        leaf = find_by_path(s, pid, "决策/项目立项")
        set_final(s, pid, leaf.id, 4, reason="复核后改为满分", decided_by=db.evaluator_id, method="set")
    with db.session() as s:
        found = {(f.expected, f.found) for f in check_project(s, pid) if f.kind == "subtotal"}
    # 决策 now adds to 4 + 5 = 9 against the 8 the sheet states; the total to 89 against 88
    assert ("9", "8") in found and ("89", "88") in found
