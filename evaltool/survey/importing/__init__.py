"""Importing answers into a survey, from the files people have: survey platforms' exports
(问卷星, 腾讯问卷 and the like) and spreadsheets of keyed-in paper questionnaires.

Layouts read (each built in ``tests/unit/test_survey_platforms.py``):

- .xlsx, .xls, and CSV in UTF-8, UTF-8 with BOM, GB18030/GBK or UTF-16 (with BOM);
- metadata columns first (序号, 提交答卷时间, 所用时间, 来源, 来源详情, 来自IP; 腾讯问卷's 编号,
  开始答题时间, 答题时长, IP …): kept aside with each questionnaire, never counted; the
  response id (答卷编号 / 序号 / 编号) identifies it across exports;
- one column per question headed by its number and text (``2、您对…的总体满意度：``,
  ``Q3.``, ``第3题``, with ``(单选题)`` / ``【矩阵】`` / ``[多选题]`` tags);
- answers as option text, or as option numbers with a legend (a legend sheet, a legend
  file, or ``1=非常满意 2=…`` in the header);
- multiple choice joined with ┋ (or , ; |), or one column per option holding 0/1 or the
  option's text;
- matrix questions as one column per row (``3、请评价—系统稳定性``, ``第3题(系统稳定性)``,
  ``3(系统稳定性)``, ``3.1 系统稳定性``);
- "其他（请注明）" texts inline (``其他〖保安〗``) or in their own column;
- ``(跳过)`` / ``(空)`` (and -3 / -2 in option-number exports) for unanswered.

The steps, by module:

- ``table``: reading a file (``read_table``, with progress and Cancel) and its legend;
- ``headers``: what a header says (number, text, tags, metadata, matrix/option blocks);
- ``legend``: what option numbers mean;
- ``infer`` / ``kinds`` / ``draft``: the questionnaire a file implies (``infer_questionnaire`` →
  ``Draft``), corrected by a person (``set_kind``, ``reverse_scale``), then stored
  (``create_survey_from_draft``);
- ``mapping``: which column answers which question of an existing questionnaire, by meaning;
- ``plan``: every row checked, nothing written (``plan_import``, ``plan_rows``); re-imports
  add only new respondents;
- ``apply``: writing it, all or nothing (``apply_import``, ``import_new_survey``).
"""
from __future__ import annotations

from evaltool.survey.importing.apply import ImportResult, apply_import, import_new_survey, plan_draft
from evaltool.survey.importing.draft import Draft, DraftQuestion, create_survey_from_draft
from evaltool.survey.importing.headers import Header, parse_header
from evaltool.survey.importing.infer import column_of, infer_questionnaire
from evaltool.survey.importing.kinds import infer_kind, reverse_scale, set_kind
from evaltool.survey.importing.legend import Legend, parse_legend
from evaltool.survey.importing.mapping import guess_mapping, similarity
from evaltool.survey.importing.plan import (
    UNMAPPED_CHOICES,
    ImportPlan,
    PlannedRow,
    Problem,
    column_index,
    plan_blocked,
    plan_import,
    plan_rows,
)
from evaltool.survey.importing.table import LIMITS, TableData, read_legend, read_table

__all__ = [
    "LIMITS", "UNMAPPED_CHOICES", "Draft", "DraftQuestion", "Header", "ImportPlan", "ImportResult", "Legend",
    "PlannedRow", "Problem", "TableData", "apply_import", "column_index", "column_of", "create_survey_from_draft",
    "guess_mapping", "import_new_survey", "infer_kind", "infer_questionnaire", "parse_header", "parse_legend",
    "plan_blocked", "plan_draft", "plan_import", "plan_rows", "read_legend", "read_table", "reverse_scale",
    "set_kind", "similarity",
]
