"""Names of synced tables, fields, records and values for people (the Sync page and the
CLI show them); the merge engine never uses them.

Each table names its records by fields listed in ``RECORD_NAME_FIELDS`` (the first one
that is not empty); a table without an entry is named by its short id, and a new synced
table must be added there (a test checks every synced table is listed).
"""
from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from evaltool.i18n import translate
from evaltool.models import SYNCED_MODELS, Evaluator, Indicator

# Which fields name a record of each synced table, in order of preference. Scores,
# final scores and evidence links are named by their indicator (and evaluator) instead.
RECORD_NAME_FIELDS: dict[str, tuple[str, ...]] = {
    "evaluators": ("name",),
    "projects": ("name",),
    "project_members": (),
    "project_flags": (),
    "report_sections": ("key", "text"),
    "indicators": ("name",),
    "scores": (),
    "final_scores": (),
    "review_notes": ("text",),
    "targets": ("name",),
    "evidence_items": ("title", "filename", "text"),
    "evidence_links": (),
    "surveys": ("name",),
    "survey_questions": ("key", "text"),
    "respondent_groups": ("name",),
    "responses": ("respondent_ref",),
    "contracts": ("name",),
    "contract_installments": ("label", "first_month"),
    "contract_months": ("month",),
    "contract_scores": ("leaf",),
    "contract_faults": ("reported_at",),
    "budget_lines": ("sub_project", "year"),
    "report_problems": ("title", "text"),
    "proposals": ("field",),
}
_BY_INDICATOR = ("scores", "final_scores", "evidence_links")
_NAME_LIMIT = 60


def display_value(v: Any) -> str:
    """A field's value as text (numbers without trailing zeros, JSON as written)."""
    if v is None:
        return translate("Sync", "(empty)")
    if isinstance(v, bool):
        return translate("Sync", "yes") if v else translate("Sync", "no")
    if isinstance(v, float):
        return f"{v:.6f}".rstrip("0").rstrip(".")
    if isinstance(v, (dict, list)):
        return json.dumps(v, ensure_ascii=False)
    return str(v)


def record_label(s: Session, table: str, row_id: str) -> str:
    """A short human name of a record for the conflicts list."""
    obj = s.get(SYNCED_MODELS[table], row_id)
    if obj is None:
        return row_id[:8]
    if table in _BY_INDICATOR:
        ind = s.get(Indicator, obj.indicator_id)
        name = ind.name if ind else obj.indicator_id[:8]
        if table == "scores":
            ev = s.get(Evaluator, obj.evaluator_id)
            return f"{name} · {ev.name if ev else obj.evaluator_id[:8]}"
        return name
    for attr in RECORD_NAME_FIELDS[table]:
        val = getattr(obj, attr)
        if val:
            return str(val)[:_NAME_LIMIT]
    return row_id[:8]


def table_label(table: str) -> str:
    """What a kind of record is called (unknown tables by their name)."""
    labels = {
        "projects": translate("Sync", "Project"), "evaluators": translate("Sync", "Evaluator"),
        "project_members": translate("Sync", "Team member"), "project_flags": translate("Sync", "Result flag"),
        "report_sections": translate("Sync", "Report text"), "indicators": translate("Sync", "Indicator"),
        "scores": translate("Sync", "Score"), "final_scores": translate("Sync", "Final score"),
        "review_notes": translate("Sync", "Review note"), "targets": translate("Sync", "Performance target"),
        "evidence_items": translate("Sync", "Evidence"), "evidence_links": translate("Sync", "Evidence link"),
        "surveys": translate("Sync", "Survey"), "survey_questions": translate("Sync", "Survey question"),
        "respondent_groups": translate("Sync", "Respondent group"), "responses": translate("Sync", "Questionnaire"),
        "contracts": translate("Sync", "Contract"), "contract_installments": translate("Sync", "Payment installment"),
        "contract_months": translate("Sync", "Monthly assessment"), "contract_scores": translate("Sync", "Monthly leaf score"),
        "contract_faults": translate("Sync", "Fault"),
        "budget_lines": translate("Sync", "Budget line"), "report_problems": translate("Sync", "Report problem"),
        "proposals": translate("Sync", "Proposal"),
    }
    return labels.get(table, table)


def field_label(field_: str) -> str:
    """A field's name for people (the common ones translated, others made readable)."""
    labels = {
        "name": translate("Sync", "Name"), "budget_unit": translate("Sync", "Budget unit"),
        "competent_department": translate("Sync", "Competent department"),
        "commissioning_body": translate("Sync", "Commissioning body"),
        "evaluation_agency": translate("Sync", "Evaluation agency"),
        "evaluation_type": translate("Sync", "Evaluation type"),
        "reference_date": translate("Sync", "Reference date"), "report_date": translate("Sync", "Report date"),
        "budget_approved": translate("Sync", "Approved budget"), "budget_adjusted": translate("Sync", "Adjusted budget"),
        "actual_spending": translate("Sync", "Actual spending"), "weight": translate("Sync", "Weight"),
        "description": translate("Sync", "Assessment points"), "criteria": translate("Sync", "Scoring criteria"),
        "value": translate("Sync", "Score"), "comment": translate("Sync", "Evaluator's comment"),
        "reason": translate("Sync", "Reason"), "text": translate("Sync", "Text"), "title": translate("Sync", "Title"),
        "deleted": translate("Sync", "Deleted"), "actual_text": translate("Sync", "Actual value"),
        "target_text": translate("Sync", "Target value"), "status": translate("Sync", "Status"),
        "note": translate("Sync", "Note"), "notes": translate("Sync", "Notes"), "answers": translate("Sync", "Answers"),
    }
    return labels.get(field_, field_.replace("_", " "))
