"""Editing a questionnaire: surveys, questions and respondent groups — create, update,
tombstone and restore.

Updates return the previous values of the fields they changed (what undo passes back);
deletion is a tombstone (``deleted``), so a deleted survey keeps its questions and
answers for undo and sync. The common part of every edit is ``evaltool.records``; what is
checked here is what makes a questionnaire valid (keys, kinds, options, names, sample
sizes). All take a Session, flush, and never commit.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from evaltool.errors import ValidationError
from evaltool.i18n import translate
from evaltool.models import Project, RespondentGroup, Survey, SurveyQuestion, new_id
from evaltool.records import get_row, set_deleted, update_fields
from evaltool.survey.model import (
    CHOICE_KINDS,
    KEY_RE,
    KINDS,
    GroupInfo,
    QuestionInfo,
    SurveyInfo,
    clean_options,
    default_options,
    live,
    load_survey,
    question_info,
    survey_row,
)

SURVEY_FIELDS = ("name", "name_en", "settings")
QUESTION_FIELDS = ("text", "text_en", "kind", "options", "position", "group_ids")
GROUP_FIELDS = ("name", "target_n", "levels", "position")  # and units_expected, kept in the survey's settings


def _survey_name_needed() -> str:
    return translate("Errors", "A survey needs a name.")


def _group_name_needed() -> str:
    return translate("Errors", "A respondent group needs a name.")


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValidationError(translate("Errors", "Unknown question kind “{kind}”; use one of {kinds}.").format(
            kind=kind, kinds=", ".join(KINDS)))


# -- surveys ---------------------------------------------------------------------

def create_survey(session: Session, project_id: str, name: str, name_en: str = "",
                  settings: dict[str, Any] | None = None, survey_id: str | None = None) -> SurveyInfo:
    name = (name or "").strip()
    if not name:
        raise ValidationError(_survey_name_needed())
    get_row(session, Project, project_id)
    s = Survey(id=survey_id or new_id(), project_id=project_id, name=name, name_en=name_en or "",
               settings=dict(settings or {}))
    session.add(s)
    session.flush()
    return load_survey(session, s.id)


def update_survey(session: Session, survey_id: str, **fields: Any) -> dict[str, Any]:
    """Set name / name_en / settings; returns the previous values (for undo)."""
    return update_fields(session, survey_row(session, survey_id), fields, allowed=SURVEY_FIELDS,
                         required=("name",), required_message=_survey_name_needed())


def set_survey_deleted(session: Session, survey_id: str, deleted: bool = True) -> None:
    """Tombstone (or restore) a survey; its questions and responses stay for undo and sync."""
    set_deleted(session, Survey, survey_id, deleted)


# -- questions -------------------------------------------------------------------

def add_question(session: Session, survey_id: str, key: str, kind: str, text: str, text_en: str = "",
                 options: list[dict[str, Any]] | None = None, position: float | None = None,
                 question_id: str | None = None, group_ids: list[str] | None = None) -> QuestionInfo:
    """Add a question; ``group_ids`` limits it to those respondent groups (None: every group)."""
    s = survey_row(session, survey_id)
    key = (key or "").strip()
    if not KEY_RE.match(key):
        raise ValidationError(translate("Errors", "A question key is a short name of letters, digits and _ (e.g. q4), not “{key}”.").format(key=key))
    _check_kind(kind)
    if not (text or text_en or "").strip():
        raise ValidationError(translate("Errors", "A question needs a text."))
    existing = session.scalars(select(SurveyQuestion).where(
        SurveyQuestion.survey_id == survey_id, live(SurveyQuestion))).all()
    if any(q.key == key for q in existing):
        raise ValidationError(translate("Errors", "The survey already has a question with key “{key}”.").format(key=key))
    if position is None:
        position = max((q.position or 0.0 for q in existing), default=0.0) + 1.0
    q = SurveyQuestion(id=question_id or new_id(), project_id=s.project_id, survey_id=survey_id, key=key,
                       kind=kind, text=(text or "").strip(), text_en=(text_en or "").strip(),
                       options=clean_options(kind, options, (s.settings or {}).get("satisfied_codes")),
                       position=position, group_ids=_check_groups(session, survey_id, group_ids))
    session.add(q)
    session.flush()
    return question_info(q)


def _check_groups(session: Session, survey_id: str, group_ids: list[str] | None) -> list[str]:
    """The question's groups, each a live group of the survey (ValidationError otherwise)."""
    ids = [str(g) for g in dict.fromkeys(group_ids or [])]
    if ids:
        known = set(session.scalars(select(RespondentGroup.id).where(
            RespondentGroup.survey_id == survey_id, live(RespondentGroup))))
        if any(g not in known for g in ids):
            raise ValidationError(translate("Errors", "No such respondent group."))
    return ids


def update_question(session: Session, question_id: str, **fields: Any) -> dict[str, Any]:
    """Change text / text_en / kind / options / position / group_ids; returns previous values.

    Options are checked against the (new) kind. Changing the kind alone re-cleans the
    options for it (a scale gets its default options when it had none); the previous
    options are then among the returned values.
    """
    q = get_row(session, SurveyQuestion, question_id, missing=translate("Errors", "No such question."))
    kind = fields.get("kind", q.kind)
    _check_kind(kind)
    values = dict(fields)
    if "group_ids" in values:
        values["group_ids"] = _check_groups(session, q.survey_id, values["group_ids"])
    if "options" in values:
        values["options"] = clean_options(kind, values["options"])
    elif "kind" in values:
        values["options"] = clean_options(kind, q.options if kind in CHOICE_KINDS else None) if q.options \
            else default_options(kind)
    return update_fields(session, q, values, allowed=QUESTION_FIELDS)


def set_question_deleted(session: Session, question_id: str, deleted: bool = True) -> None:
    set_deleted(session, SurveyQuestion, question_id, deleted)


# -- groups ----------------------------------------------------------------------

def _check_target(target_n: Any) -> None:
    if target_n is not None and int(target_n) < 0:
        raise ValidationError(translate("Errors", "A target sample size cannot be negative."))


def add_group(session: Session, survey_id: str, name: str, target_n: int | None = None,
              levels: list[str] | None = None, position: float | None = None,
              group_id: str | None = None) -> GroupInfo:
    s = survey_row(session, survey_id)
    name = (name or "").strip()
    if not name:
        raise ValidationError(_group_name_needed())
    existing = session.scalars(select(RespondentGroup).where(
        RespondentGroup.survey_id == survey_id, live(RespondentGroup))).all()
    if any(g.name == name for g in existing):
        raise ValidationError(translate("Errors", "The survey already has a group “{name}”.").format(name=name))
    _check_target(target_n)
    if position is None:
        position = max((g.position or 0.0 for g in existing), default=0.0) + 1.0
    g = RespondentGroup(id=group_id or new_id(), project_id=s.project_id, survey_id=survey_id, name=name,
                        target_n=target_n, levels=[lv.strip() for lv in (levels or []) if lv.strip()],
                        position=position)
    session.add(g)
    session.flush()
    return GroupInfo(g.id, g.name, g.target_n, list(g.levels), g.position)


def update_group(session: Session, group_id: str, **fields: Any) -> dict[str, Any]:
    """Change name / target_n / levels / position / units_expected; returns previous values.

    ``units_expected`` (how many units should answer) is kept in the survey's settings
    (``{"units_expected": {group id: n}}``); ``None`` removes it.
    """
    g = get_row(session, RespondentGroup, group_id, missing=translate("Errors", "No such respondent group."))
    s: Survey | None = survey_row(session, g.survey_id) if g.survey_id else None
    values = dict(fields)
    units_given = "units_expected" in values
    units_value = values.pop("units_expected", None)
    _check_target(values.get("target_n"))
    before = update_fields(session, g, values, allowed=GROUP_FIELDS, required=("name",),
                           required_message=_group_name_needed())
    if units_given and s is not None:
        units = dict((s.settings or {}).get("units_expected", {}) or {})
        before["units_expected"] = units.get(g.id)
        if units_value is None:
            units.pop(g.id, None)
        else:
            units[g.id] = int(units_value)
        update_fields(session, s, {"settings": {**(s.settings or {}), "units_expected": units}}, allowed=("settings",))
    return before


def set_group_deleted(session: Session, group_id: str, deleted: bool = True) -> None:
    set_deleted(session, RespondentGroup, group_id, deleted)
