"""Writing a planned import, all or nothing: ``apply_import`` writes a plan's questionnaires
(and the questions, options and groups the person chose to add) in the caller's session;
``import_new_survey`` creates the questionnaire of a ``Draft`` and imports its file in
one go. Both flush and never commit: the edge commits once, so a failure or Cancel leaves
the database as it was.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from evaltool.errors import Cancelled, ImportFormatError
from evaltool.i18n import translate
from evaltool.models import Response, new_id
from evaltool.survey import CHOICE_KINDS, SurveyInfo, add_group, add_question, load_survey, update_question
from evaltool.survey.importing.draft import Draft, create_survey_from_draft
from evaltool.survey.importing.plan import ImportPlan, plan_blocked, plan_import, plan_rows

FLUSH_EVERY = 2000


@dataclass
class ImportResult:
    imported: int
    skipped: int
    groups_created: list[str]
    response_ids: list[str]
    already_imported: int = 0  # rows of an earlier export, left out
    questions_created: list[str] = field(default_factory=list)
    options_added: dict[str, list[str]] = field(default_factory=dict)
    survey_id: str = ""

    def as_json(self) -> dict[str, Any]:
        return {"imported": self.imported, "skipped": self.skipped, "already_imported": self.already_imported,
                "groups_created": self.groups_created, "questions_created": self.questions_created,
                "options_added": self.options_added, "survey_id": self.survey_id}


def apply_import(session: Session, plan: ImportPlan, *, skip_bad_rows: bool = False,
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """Write the plan's questionnaires (all or nothing: the edge commits once).

    Refused (``ImportFormatError``) while a file-level problem stands (columns nobody
    decided on, no group column …) or rows have problems and ``skip_bad_rows`` is false.
    """
    blocked = plan_blocked(plan)
    if blocked:
        raise ImportFormatError(str(blocked[0]), file=plan.table.file)
    bad = plan.bad_rows
    if bad and not skip_bad_rows:
        first = [str(p) for r in bad[:5] for p in r.problems if p.kind == "error"][:5]
        raise ImportFormatError(translate("Errors", "{count} rows have problems; fix them or choose to skip them. {first}").format(
            count=len(bad), first="; ".join(first)), file=plan.table.file)
    survey = load_survey(session, plan.survey_id)
    rows = plan.ok_rows
    questions_created: list[str] = []
    for i, q in enumerate(plan.new_questions):
        add_question(session, survey.id, q.key, q.kind, q.text, "", q.options if q.kind in CHOICE_KINDS else None,
                     max((x.position for x in survey.questions), default=0.0) + i + 1)
        questions_created.append(q.key)
    options_added: dict[str, list[str]] = {}
    for key, extra in plan.new_options.items():
        stored = survey.question(key)
        if stored is not None and any(key in r.answers for r in rows):
            update_question(session, stored.id, options=[*stored.options, *extra])
            options_added[key] = [o["label"] for o in extra]
    by_name = {g.name: g.id for g in survey.groups}
    created: list[str] = []
    for name in plan.new_groups:
        if name not in by_name and any(r.group == name for r in rows):
            by_name[name] = add_group(session, plan.survey_id, name).id
            created.append(name)
    actor = session.info.get("actor")
    evaluator = actor.evaluator_id if actor is not None else None
    total = len(rows)
    ids: list[str] = []
    for i, r in enumerate(rows):
        if i % 500 == 0:
            if cancelled is not None and cancelled():
                raise Cancelled(translate("Errors", "The import was cancelled; nothing was imported."))
            if progress is not None:
                progress(i, total)
        rid = new_id()
        session.add(Response(id=rid, project_id=survey.project_id, survey_id=plan.survey_id,
                             group_id=by_name.get(r.group) if r.group else None, respondent_ref=r.ref,
                             level=r.level, unit_name=r.unit, answers=dict(r.answers), entered_by=evaluator,
                             import_key=r.key or None, meta=dict(r.meta)))
        ids.append(rid)
        if i % FLUSH_EVERY == FLUSH_EVERY - 1:
            session.flush()
    session.flush()
    if progress is not None:
        progress(total, total)
    return ImportResult(total, len(plan.bad_rows), created, ids, len(plan.duplicates), questions_created,
                        options_added, plan.survey_id)


def plan_draft(draft: Draft, *, progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> ImportPlan:
    """The draft's file checked against the draft's questionnaire (nothing stored): what the
    preview shows, row problems and all."""
    return plan_rows(draft.survey_info(), draft.table, mapping=draft.mapping(), option_columns=draft.option_map(),
                     group_column=_one_based(draft.group_column), ref_column=_one_based(draft.id_column),
                     level_column=_one_based(draft.level_column), unit_column=_one_based(draft.unit_column),
                     meta_columns=draft.meta_columns, guess_columns=False, unmapped="ignore",
                     ignore_columns=draft.left_out() + draft.empty_columns, group_legend=draft.group_legend,
                     skip_codes=draft.skip_codes, default_group=draft.default_group, progress=progress,
                     cancelled=cancelled)


def _one_based(col: int | None) -> int | None:
    return None if col is None else col + 1


def import_new_survey(session: Session, project_id: str, draft: Draft, *, name: str | None = None,
                      skip_bad_rows: bool = False, progress: Callable[[int, int], None] | None = None,
                      cancelled: Callable[[], bool] | None = None) -> tuple[SurveyInfo, ImportPlan, ImportResult]:
    """Create the draft's questionnaire in the project and import the draft's file into it.

    All or nothing (the edge commits once); returns the new survey (with its counts),
    the plan and the result.
    """
    survey = create_survey_from_draft(session, project_id, draft, name)
    plan = plan_import(session, survey.id, table=draft.table, mapping=draft.mapping(), option_columns=draft.option_map(),
                       group_column=_one_based(draft.group_column), ref_column=_one_based(draft.id_column),
                       level_column=_one_based(draft.level_column), unit_column=_one_based(draft.unit_column),
                       meta_columns=draft.meta_columns, guess_columns=False, unmapped="ignore",
                       ignore_columns=draft.left_out() + draft.empty_columns, group_legend=draft.group_legend,
                       skip_codes=draft.skip_codes, default_group=draft.default_group, cancelled=cancelled)
    result = apply_import(session, plan, skip_bad_rows=skip_bad_rows, progress=progress, cancelled=cancelled)
    return load_survey(session, survey.id), plan, result
