"""Satisfaction surveys (满意度调查): questionnaires, respondent groups, responses.

A survey holds questions (``SurveyQuestion``), respondent groups (``RespondentGroup``:
主管部门 / 使用单位 / 办事人 …, with a target sample size and the administrative
levels it should cover) and responses (one ``Response`` per questionnaire).

Question kinds: ``scale5`` / ``scale4`` / ``scale3`` (satisfaction scales), ``single``,
``multi`` (several codes), ``number`` and ``text``. A question may be asked of some
groups only (``group_ids``; paper entry skips it for the others). Options are
``{"code": int, "label", "label_en", "weight": float | None, "satisfied": bool}``
(``"na": True`` marks a "don't know / not applicable" option left out of valid n).
Answers map question key → code (int), list of codes, number or text; a blank answer
is simply absent.

Survey ``settings`` keys: ``main_question`` (the key whose rate is "the" group
satisfaction; default: a question keyed ``overall``, else the last scale question
whose text says 总体/overall, else the first scale question), ``satisfied_codes``
(default satisfied codes for options without a flag), ``units_expected``
({group_id: number of units that should answer}).

The package, by job:

- ``model``: kinds and scales, the plain info records (``SurveyInfo``, ``QuestionInfo``,
  ``GroupInfo``, ``ResponseInfo``), option normalisation, loading surveys;
- ``questions``: surveys, questions and groups — create, update, tombstone, restore;
- ``responses``: answers (normalise, validate) and questionnaires — add, update,
  tombstone, restore, respondent ids;
- ``coverage``: each group's sample against its target and the units that answered;
- ``counts``: answers and questionnaires as counted by the database (kept by triggers in
  every transaction; the questionnaire's JSON stays the synced truth), and each survey's
  data revision;
- ``scales``: answer labels by meaning (which scale, which point, in any wording);
- ``templates``: the built-in questionnaires;
- ``xlsform``: XLSForm import and export.

Answer files are imported by ``evaltool.survey.importing`` (platform exports, with or
without a questionnaire yet); tallies are ``evaltool.tally``.
Import the public names from here (``from evaltool.survey import load_survey``). Core
functions take a session, flush, never commit; they return plain dataclasses.
"""
from __future__ import annotations

from evaltool.survey.counts import RespondentCount, answer_counts, counts_agree, respondent_counts, survey_revision
from evaltool.survey.coverage import GroupCoverage, group_coverage
from evaltool.survey.model import (
    CHOICE_KINDS,
    KEY_RE,
    KINDS,
    SCALE_KINDS,
    SCALE_TOP,
    SCALES,
    GroupInfo,
    QuestionInfo,
    ResponseInfo,
    SurveyInfo,
    clean_options,
    default_options,
    find_survey,
    kind_label,
    list_surveys,
    load_survey,
    main_question_key,
    norm_text,
)
from evaltool.survey.questions import (
    add_group,
    add_question,
    create_survey,
    set_group_deleted,
    set_question_deleted,
    set_survey_deleted,
    update_group,
    update_question,
    update_survey,
)
from evaltool.survey.responses import (
    MULTI_SPLIT,
    add_response,
    answer_problem,
    clean_answers,
    list_responses,
    next_respondent_ref,
    normalize_answer,
    parse_code,
    set_response_deleted,
    update_response,
)
from evaltool.survey.templates import TemplateInfo, create_from_template, list_templates, load_template
from evaltool.survey.xlsform import XLS_EN, XLS_ZH, export_xlsform, import_xlsform

__all__ = [
    "CHOICE_KINDS", "KEY_RE", "KINDS", "MULTI_SPLIT", "SCALES", "SCALE_KINDS", "SCALE_TOP", "XLS_EN", "XLS_ZH",
    "GroupCoverage", "GroupInfo", "QuestionInfo", "RespondentCount", "ResponseInfo", "SurveyInfo", "TemplateInfo",
    "add_group", "add_question", "add_response", "answer_counts", "answer_problem", "clean_answers", "clean_options",
    "counts_agree",
    "create_from_template", "create_survey", "default_options", "export_xlsform", "find_survey",
    "group_coverage", "import_xlsform", "kind_label", "list_responses", "list_surveys", "list_templates", "load_survey", "load_template",
    "main_question_key", "next_respondent_ref", "norm_text", "normalize_answer", "parse_code", "respondent_counts",
    "set_group_deleted", "set_question_deleted", "set_response_deleted", "set_survey_deleted",
    "survey_revision", "update_group", "update_question", "update_response", "update_survey",
]
