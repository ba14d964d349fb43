"""Departures from a rule in the exports (issue 19): the Excel sheet 评分规则与偏离 lists each
evaluator's rule inputs, the rule's proposal, the score and the 偏离理由; the Word leaf
analysis states the rule applied, the measured value and the departure with its reason.

Seed 000: 运维服务驻场服务完成率 (weight 3) is scored 5 of its 7 elements → 5/7 × 3 = 2.14
from 张明's inputs, and the lead's final is 2.14. Here 张明 gives 2.5 instead, with a
reason, and the lead (张明) sets the final to 2.5 with the same reason.
"""
from __future__ import annotations

import openpyxl
import pytest
from docx import Document
from sqlalchemy import select

from evaltool.db import Database
from evaltool.demo import find_demo_projects
from evaltool.export import export_project
from evaltool.framework import find_by_path
from evaltool.i18n import set_language
from evaltool.models import Evaluator
from evaltool.scoring import record_score, set_final

LEAF = "产出/产出数量/运维服务驻场服务完成率"
REASON = "第6项要素部分满足"


@pytest.fixture
def departed(demo_db: Database, tmp_path):
    set_language("zh_CN")
    with demo_db.session() as s:
        pid = find_demo_projects(s)[0].id
        leaf = find_by_path(s, pid, LEAF).id
        zhang = s.scalars(select(Evaluator).where(Evaluator.name == "张明")).one().id
        record_score(s, pid, leaf, zhang, 2.5, reason=REASON, inputs={"done": 5, "required": 7})
        set_final(s, pid, leaf, 2.5, reason=REASON, decided_by=zhang)
    export_project(demo_db, pid, docx=tmp_path / "报告.docx", xlsx=tmp_path / "得分表.xlsx")
    return tmp_path


def test_excel_lists_rule_inputs_proposals_and_the_reason(departed) -> None:
    ws = openpyxl.load_workbook(departed / "得分表.xlsx")["评分规则与偏离"]
    assert [c.value for c in ws[1]] == ["指标", "评分规则", "评价人", "规则输入（实测值）", "规则建议分", "得分", "偏离",
                                        "偏离理由"]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2) if r[0].value == LEAF]
    by_who = {r[2]: r for r in rows}
    zhang = by_who["张明"]
    assert "5/7" in zhang[3]  # the measured value: 5 of 7
    assert (zhang[4], zhang[5], zhang[6], zhang[7]) == (2.14, 2.5, "是", REASON)
    assert by_who["最终得分"][4:] == [2.14, 2.5, "是", REASON]
    # a leaf scored as its rule proposes is not marked
    kept = [r for r in ws.iter_rows(min_row=2, values_only=True) if r[0] == "决策/项目立项/立项依据充分性"]
    assert kept and all(r[6] is None and r[7] is None for r in kept)


def test_word_leaf_analysis_states_rule_measured_value_and_departure(departed) -> None:
    texts = [p.text for p in Document(str(departed / "报告.docx")).paragraphs]
    line = next(t for t in texts if t.startswith("评分规则：") and "按规则应得2.14分" in t)
    assert "实测值为5/7" in line and f"最终得分2.5分，偏离规则建议，偏离理由：{REASON}。" in line
