"""Answers: one ``Response`` per questionnaire — normalising and checking answers, adding,
editing, tombstoning and restoring questionnaires, respondent ids.

Answers map question key → code (int), sorted list of codes (multiple choice), number or
text; a blank answer is simply absent. ``normalize_answer`` accepts what people type or
survey platforms export (codes, digit text, labels, "A.非常满意", full-width digits,
"137" for codes 1, 3 and 7, a scale point in other words: 很满意 for 非常满意) and is shared
with the file import. Respondent ids
(``respondent_ref``) are unique among a survey's live questionnaires; a blank id is allowed
any number of times. All take a Session, flush, and never commit.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from evaltool.errors import NotFoundError, ValidationError
from evaltool.i18n import translate
from evaltool.models import Response, new_id
from evaltool.records import get_row, set_deleted, update_fields
from evaltool.survey.model import CHOICE_KINDS, GroupInfo, QuestionInfo, ResponseInfo, SurveyInfo, live, load_survey, norm_text
from evaltool.survey.scales import same_meaning, split_other

RESPONSE_FIELDS = ("answers", "group_id", "respondent_ref", "level", "unit_name", "deleted")
MULTI_SPLIT = re.compile(r"[┋|;；,，、/\n]+")


# -- answers ---------------------------------------------------------------------

def parse_code(q: QuestionInfo, raw: Any) -> int:
    """A choice answer (code, digit text or label, tolerant to spaces / full width) → code."""
    if isinstance(raw, bool):
        raise ValueError(raw)
    if isinstance(raw, (int, float)) and float(raw).is_integer():
        code = int(raw)
        if q.option(code) is not None:
            return code
        raise ValueError(raw)
    t = norm_text(raw)
    if not t:
        raise ValueError(raw)
    for o in q.options:
        if t in (str(o["code"]), norm_text(o.get("label")), norm_text(o.get("label_en"))):
            return int(o["code"])
    # "A.非常满意", "1、非常满意", "(2)比较满意": drop a leading code mark
    m = re.match(r"^[(\[]?([0-9a-z]{1,2})[)\].、:：]?(.*)$", t)
    if m and m.group(2):
        rest = m.group(2)
        for o in q.options:
            if rest in (norm_text(o.get("label")), norm_text(o.get("label_en"))):
                return int(o["code"])
    # "其他〖保安〗": a platform's "other" answer with its text (the text is kept by the import)
    base, other = split_other(raw)
    if other is not None:
        return parse_code(q, base)
    # the same point of a scale in other words (很满意 for 非常满意, 不大满意 for 不太满意)
    i = same_meaning(raw, [o.get("label") for o in q.options])
    if i is not None:
        return int(q.options[i]["code"])
    raise ValueError(raw)


def normalize_answer(q: QuestionInfo, raw: Any) -> Any:
    """The stored form of one answer, ``None`` for blank; ValueError if not valid."""
    if raw is None or (isinstance(raw, str) and not raw.strip()) or raw == []:
        return None
    if q.kind == "multi":
        if isinstance(raw, (list, tuple)):
            parts = list(raw)
        elif isinstance(raw, (int, float)):
            parts = [raw]
        else:
            text = unicodedata.normalize("NFKC", str(raw)).strip()
            parts = [p for p in MULTI_SPLIT.split(text) if p.strip()]
            if len(parts) == 1 and re.fullmatch(r"[1-9]{2,}", parts[0]) and all(
                    q.option(int(c)) for c in parts[0]) and q.option(int(parts[0])) is None:
                parts = list(parts[0])  # "137" typed on paper entry = codes 1, 3, 7
        codes = sorted({parse_code(q, p) for p in parts})
        return codes or None
    if q.kind in CHOICE_KINDS:
        return parse_code(q, raw)
    if q.kind == "number":
        if isinstance(raw, bool):
            raise ValueError(raw)
        if isinstance(raw, (int, float)):
            v = float(raw)
        else:
            v = float(unicodedata.normalize("NFKC", str(raw)).strip().replace(",", ""))
        if v != v or v in (float("inf"), float("-inf")):
            raise ValueError(raw)
        return int(v) if v.is_integer() else v
    return str(raw).strip()


def answer_problem(q: QuestionInfo, raw: Any) -> str:
    """Why ``raw`` is not an answer to ``q``, in plain words (with the options to choose from)."""
    if q.kind in CHOICE_KINDS:
        opts = "; ".join(f"{o['code']}={o['label']}" for o in q.options)
        return translate("Survey", "“{value}” is not an option of {key} ({options}).").format(
            value=raw, key=q.key, options=opts)
    if q.kind == "number":
        return translate("Survey", "“{value}” is not a number ({key}).").format(value=raw, key=q.key)
    return translate("Survey", "“{value}” is not valid for {key}.").format(value=raw, key=q.key)


def clean_answers(survey: SurveyInfo, answers: dict[str, Any]) -> dict[str, Any]:
    """Validated answers (blank ones dropped); ValidationError naming the question."""
    out: dict[str, Any] = {}
    for key, raw in (answers or {}).items():
        q = survey.question(key)
        if q is None:
            raise ValidationError(translate("Errors", "The survey has no question “{key}”.").format(key=key))
        try:
            val = normalize_answer(q, raw)
        except (ValueError, TypeError) as exc:
            raise ValidationError(answer_problem(q, raw)) from exc
        if val is not None:
            out[key] = val
    return out


# -- questionnaires --------------------------------------------------------------

def _no_group() -> NotFoundError:
    return NotFoundError(translate("Errors", "No such respondent group."))


def _check_ref_free(session: Session, survey_id: str, ref: str, except_id: str | None = None) -> None:
    if not ref:
        return
    q = select(Response.id).where(Response.survey_id == survey_id, Response.respondent_ref == ref, live(Response))
    if except_id:
        q = q.where(Response.id != except_id)
    if session.scalar(q.limit(1)) is not None:
        raise ValidationError(translate("Errors", "Respondent id “{ref}” is already used in this survey.").format(ref=ref))


def add_response(session: Session, survey_id: str, answers: dict[str, Any], group_id: str | None = None,
                 respondent_ref: str = "", level: str = "", unit_name: str = "",
                 response_id: str | None = None, survey: SurveyInfo | None = None) -> str:
    """Record one questionnaire; returns its id. Answers are validated first."""
    survey = survey or load_survey(session, survey_id)
    if group_id is not None and survey.group(group_id) is None:
        raise _no_group()
    clean = clean_answers(survey, answers)
    ref = (respondent_ref or "").strip()
    _check_ref_free(session, survey_id, ref)
    actor = session.info.get("actor")
    r = Response(id=response_id or new_id(), project_id=survey.project_id, survey_id=survey_id, group_id=group_id,
                 respondent_ref=ref, level=(level or "").strip(), unit_name=(unit_name or "").strip(),
                 answers=clean, entered_by=actor.evaluator_id if actor is not None else None)
    session.add(r)
    session.flush()
    return r.id


def update_response(session: Session, response_id: str, **fields: Any) -> dict[str, Any]:
    """Change answers / group_id / respondent_ref / level / unit_name; returns previous values."""
    r = get_row(session, Response, response_id, live=False, missing=translate("Errors", "No such questionnaire."))
    survey = load_survey(session, r.survey_id)
    values: dict[str, Any] = {}
    for k, v in fields.items():
        if k == "answers":
            v = clean_answers(survey, v)
        elif k == "respondent_ref":
            v = (v or "").strip()
            _check_ref_free(session, r.survey_id, v, r.id)
        elif k in ("level", "unit_name"):
            v = (v or "").strip()
        elif k == "group_id" and v is not None and survey.group(v) is None:
            raise _no_group()
        values[k] = v
    return update_fields(session, r, values, allowed=RESPONSE_FIELDS)


def set_response_deleted(session: Session, response_id: str, deleted: bool = True) -> None:
    """Tombstone (or restore) a questionnaire; a restore is refused when its respondent id
    has been given to another questionnaire meanwhile."""
    r = get_row(session, Response, response_id, live=False, missing=translate("Errors", "No such questionnaire."))
    if not deleted:
        _check_ref_free(session, r.survey_id, r.respondent_ref, r.id)
    set_deleted(session, Response, response_id, deleted)


def list_responses(session: Session, survey_id: str, group_id: str | None = None,
                   limit: int | None = None) -> list[ResponseInfo]:
    """Live questionnaires in entry order (oldest first); ``limit`` keeps the newest."""
    q = select(Response).where(Response.survey_id == survey_id, live(Response))
    if group_id is not None:
        q = q.where(Response.group_id == group_id)
    q = q.order_by(Response.created_at.desc(), Response.respondent_ref.desc())
    if limit:
        q = q.limit(limit)
    rows = [ResponseInfo(r.id, r.group_id, r.respondent_ref or "", r.level or "", r.unit_name or "",
                         dict(r.answers or {}), r.created_at or "") for r in session.scalars(q)]
    rows.reverse()
    return rows


def next_respondent_ref(session: Session, survey_id: str, group: GroupInfo | None) -> str:
    """A free id like ``使用单位-070`` for the next questionnaire of a group."""
    prefix = group.name if group else "R"
    used = set(session.scalars(select(Response.respondent_ref).where(
        Response.survey_id == survey_id, live(Response), Response.respondent_ref.like(f"{prefix}-%"))))
    n = len(used) + 1
    while f"{prefix}-{n:03d}" in used:
        n += 1
    return f"{prefix}-{n:03d}"
