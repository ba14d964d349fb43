"""Satisfaction surveys (满意度调查): questionnaires, respondent groups, responses.

A survey holds questions (``SurveyQuestion``), respondent groups (``RespondentGroup``:
主管部门 / 使用单位 / 办事人 …, with a target sample size and the administrative
levels it should cover) and responses (one ``Response`` per questionnaire).

Question kinds: ``scale5`` / ``scale4`` / ``scale3`` (satisfaction scales), ``single``,
``multi`` (several codes), ``number`` and ``text``. Options are
``{"code": int, "label", "label_en", "weight": float | None, "satisfied": bool}``
(``"na": True`` marks a "don't know / not applicable" option left out of valid n).
Answers map question key → code (int), list of codes, number or text; a blank answer
is simply absent.

Survey ``settings`` keys: ``main_question`` (the key whose rate is "the" group
satisfaction; default: a question keyed ``overall``, else the last scale question
whose text says 总体/overall, else the first scale question), ``satisfied_codes``
(default satisfied codes for options without a flag), ``units_expected``
({group_id: number of units that should answer}).

Core functions take a session, flush, never commit; they return plain dataclasses.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from evaltool.errors import ImportFormatError, NotFoundError, ValidationError
from evaltool.i18n import translate
from evaltool.models import Project, RespondentGroup, Response, Survey, SurveyQuestion, new_id
from evaltool.paths import resource

KINDS = ("scale5", "scale4", "scale3", "single", "multi", "number", "text")
CHOICE_KINDS = ("scale5", "scale4", "scale3", "single", "multi")
SCALE_KINDS = ("scale5", "scale4", "scale3")

# Default scales: (label, label_en, weight); the first ``top`` options count as satisfied.
SCALES: dict[str, list[tuple[str, str, float]]] = {
    "scale5": [("非常满意", "Very satisfied", 100), ("比较满意", "Fairly satisfied", 80),
               ("一般", "Neutral", 60), ("不太满意", "Not very satisfied", 0),
               ("非常不满意", "Very dissatisfied", 0)],
    "scale4": [("非常满意", "Very satisfied", 100), ("比较满意", "Fairly satisfied", 80),
               ("不太满意", "Not very satisfied", 40), ("非常不满意", "Very dissatisfied", 0)],
    "scale3": [("满意", "Satisfied", 100), ("一般", "Neutral", 60), ("不满意", "Dissatisfied", 0)],
}
SCALE_TOP = {"scale5": 2, "scale4": 2, "scale3": 1}
KEY_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,39}$")


# -- plain records ---------------------------------------------------------------

@dataclass
class QuestionInfo:
    id: str
    key: str
    kind: str
    text: str
    text_en: str
    options: list[dict[str, Any]]
    position: float

    def label(self, lang: str = "zh_CN") -> str:
        return (self.text_en or self.text) if lang == "en" else (self.text or self.text_en)

    def option(self, code: Any) -> dict[str, Any] | None:
        for o in self.options:
            if str(o.get("code")) == str(code):
                return o
        return None

    @property
    def is_choice(self) -> bool:
        return self.kind in CHOICE_KINDS

    @property
    def has_rate(self) -> bool:
        return self.kind != "multi" and any(o.get("satisfied") for o in self.options)


@dataclass
class GroupInfo:
    id: str
    name: str
    target_n: int | None
    levels: list[str]
    position: float
    units_expected: int | None = None
    respondents: int = 0


@dataclass
class SurveyInfo:
    id: str
    project_id: str
    name: str
    name_en: str
    settings: dict[str, Any]
    questions: list[QuestionInfo] = field(default_factory=list)
    groups: list[GroupInfo] = field(default_factory=list)
    respondents: int = 0

    @property
    def main_question(self) -> str | None:
        return main_question_key(self.questions, self.settings)

    def question(self, key: str) -> QuestionInfo | None:
        return next((q for q in self.questions if q.key == key), None)

    def group(self, ref: str) -> GroupInfo | None:
        return next((g for g in self.groups if g.id == ref), None) or next(
            (g for g in self.groups if g.name == ref), None)

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "name_en": self.name_en, "settings": self.settings,
                "main_question": self.main_question, "respondents": self.respondents,
                "questions": [asdict(q) for q in self.questions],
                "groups": [asdict(g) for g in self.groups]}


@dataclass
class ResponseInfo:
    id: str
    group_id: str | None
    respondent_ref: str
    level: str
    unit_name: str
    answers: dict[str, Any]
    created_at: str


# -- helpers ---------------------------------------------------------------------

def norm_text(s: Any) -> str:
    """Text for tolerant matching: NFKC (full-width → half-width), no spaces, casefolded."""
    t = unicodedata.normalize("NFKC", str(s if s is not None else ""))
    return re.sub(r"\s+", "", t).casefold()


def default_options(kind: str) -> list[dict[str, Any]]:
    if kind not in SCALES:
        return []
    top = SCALE_TOP[kind]
    return [{"code": i + 1, "label": lab, "label_en": en, "weight": w, "satisfied": i < top}
            for i, (lab, en, w) in enumerate(SCALES[kind])]


def clean_options(kind: str, options: list[dict[str, Any]] | None,
                  satisfied_codes: list[Any] | None = None) -> list[dict[str, Any]]:
    """Normalised option list; raises ValidationError on duplicate or missing codes."""
    if kind not in CHOICE_KINDS:
        return []
    if not options:
        return default_options(kind)
    out: list[dict[str, Any]] = []
    seen: set[int] = set()
    for i, o in enumerate(options):
        code = o.get("code", i + 1)
        try:
            code = int(code)
        except (TypeError, ValueError) as exc:
            raise ValidationError(translate("Errors", "Option codes must be whole numbers, not “{code}”.").format(code=code)) from exc
        if code in seen:
            raise ValidationError(translate("Errors", "Option code {code} is used twice.").format(code=code))
        seen.add(code)
        label = str(o.get("label", o.get("label_zh", "")) or "").strip()
        if not label:
            raise ValidationError(translate("Errors", "Option {code} needs a label.").format(code=code))
        weight = o.get("weight")
        weight = None if weight in (None, "") else float(weight)
        if "satisfied" in o:
            sat = bool(o["satisfied"])
        elif satisfied_codes is not None:
            sat = code in {int(c) for c in satisfied_codes}
        else:
            sat = kind in SCALE_KINDS and i < SCALE_TOP[kind]
        opt = {"code": code, "label": label, "label_en": str(o.get("label_en", "") or ""),
               "weight": weight, "satisfied": sat}
        if o.get("na"):
            opt["na"] = True
        out.append(opt)
    return out


def main_question_key(questions: list[QuestionInfo], settings: dict[str, Any] | None) -> str | None:
    keys = {q.key for q in questions}
    chosen = (settings or {}).get("main_question")
    if chosen in keys:
        return chosen
    if "overall" in keys:
        return "overall"
    rated = [q for q in questions if q.has_rate]
    overall = [q for q in rated if "总体" in q.text or "overall" in q.text_en.casefold()]
    if overall:
        return overall[-1].key
    return rated[0].key if rated else None


def _q(q: SurveyQuestion) -> QuestionInfo:
    return QuestionInfo(q.id, q.key, q.kind, q.text or "", q.text_en or "", list(q.options or []),
                        q.position or 0.0)


def _live(model: Any) -> Any:
    return model.deleted.is_(False)


# -- surveys ---------------------------------------------------------------------

def list_surveys(session: Session, project_id: str) -> list[SurveyInfo]:
    """The project's live surveys, with questions, groups and respondent counts."""
    rows = list(session.scalars(select(Survey).where(Survey.project_id == project_id, _live(Survey))
                                .order_by(Survey.created_at, Survey.name)))
    return [load_survey(session, s.id) for s in rows]


def _survey_row(session: Session, survey_id: str) -> Survey:
    s = session.get(Survey, survey_id)
    if s is None or s.deleted:
        raise NotFoundError(translate("Errors", "No such survey."))
    return s


def load_survey(session: Session, survey_id: str) -> SurveyInfo:
    s = _survey_row(session, survey_id)
    qs = [_q(q) for q in session.scalars(select(SurveyQuestion).where(
        SurveyQuestion.survey_id == survey_id, _live(SurveyQuestion)).order_by(SurveyQuestion.position, SurveyQuestion.key))]
    counts = dict(session.execute(select(Response.group_id, func.count()).where(
        Response.survey_id == survey_id, _live(Response)).group_by(Response.group_id)).all())
    units = (s.settings or {}).get("units_expected", {}) or {}
    gs = [GroupInfo(g.id, g.name, g.target_n, list(g.levels or []), g.position or 0.0,
                    units.get(g.id), int(counts.get(g.id, 0)))
          for g in session.scalars(select(RespondentGroup).where(
              RespondentGroup.survey_id == survey_id, _live(RespondentGroup))
              .order_by(RespondentGroup.position, RespondentGroup.name))]
    return SurveyInfo(s.id, s.project_id, s.name, s.name_en or "", dict(s.settings or {}), qs, gs,
                      int(sum(counts.values())))


def find_survey(session: Session, project_id: str, ref: str | None = None) -> SurveyInfo:
    """A survey by id or exact name; with no ref, the project's only survey."""
    surveys = list_surveys(session, project_id)
    if ref:
        hits = [s for s in surveys if s.id == ref] or [s for s in surveys if s.name == ref or s.name_en == ref]
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            raise NotFoundError(translate("Errors", "Several surveys are named “{name}”; use the id.").format(name=ref))
        raise NotFoundError(translate("Errors", "No survey “{name}” in this project. Surveys: {names}").format(
            name=ref, names=", ".join(s.name for s in surveys) or "—"))
    if not surveys:
        raise NotFoundError(translate("Errors", "This project has no survey yet. Create one from a template with “evaltool survey create”."))
    if len(surveys) > 1:
        raise NotFoundError(translate("Errors", "This project has several surveys; name one with --survey: {names}").format(
            names=", ".join(s.name for s in surveys)))
    return surveys[0]


def create_survey(session: Session, project_id: str, name: str, name_en: str = "",
                  settings: dict[str, Any] | None = None, survey_id: str | None = None) -> SurveyInfo:
    name = (name or "").strip()
    if not name:
        raise ValidationError(translate("Errors", "A survey needs a name."))
    p = session.get(Project, project_id)
    if p is None or p.deleted:
        raise NotFoundError(project_id)
    s = Survey(id=survey_id or new_id(), project_id=project_id, name=name, name_en=name_en or "",
               settings=dict(settings or {}))
    session.add(s)
    session.flush()
    return load_survey(session, s.id)


def update_survey(session: Session, survey_id: str, **fields: Any) -> dict[str, Any]:
    """Set name / name_en / settings; returns the previous values (for undo)."""
    s = _survey_row(session, survey_id)
    before: dict[str, Any] = {}
    for k, v in fields.items():
        if k not in ("name", "name_en", "settings"):
            raise ValidationError(f"unknown survey field: {k}")
        if k == "name" and not (v or "").strip():
            raise ValidationError(translate("Errors", "A survey needs a name."))
        before[k] = getattr(s, k)
        setattr(s, k, dict(v) if isinstance(v, dict) else v)
    session.flush()
    return before


def set_survey_deleted(session: Session, survey_id: str, deleted: bool = True) -> None:
    """Tombstone (or restore) a survey; its questions and responses stay for undo and sync."""
    s = session.get(Survey, survey_id)
    if s is None:
        raise NotFoundError(survey_id)
    s.deleted = deleted
    session.flush()


# -- questions -------------------------------------------------------------------

def add_question(session: Session, survey_id: str, key: str, kind: str, text: str, text_en: str = "",
                 options: list[dict[str, Any]] | None = None, position: float | None = None,
                 question_id: str | None = None) -> QuestionInfo:
    s = _survey_row(session, survey_id)
    key = (key or "").strip()
    if not KEY_RE.match(key):
        raise ValidationError(translate("Errors", "A question key is a short name of letters, digits and _ (e.g. q4), not “{key}”.").format(key=key))
    if kind not in KINDS:
        raise ValidationError(translate("Errors", "Unknown question kind “{kind}”; use one of {kinds}.").format(kind=kind, kinds=", ".join(KINDS)))
    if not (text or text_en or "").strip():
        raise ValidationError(translate("Errors", "A question needs a text."))
    existing = session.scalars(select(SurveyQuestion).where(
        SurveyQuestion.survey_id == survey_id, _live(SurveyQuestion))).all()
    if any(q.key == key for q in existing):
        raise ValidationError(translate("Errors", "The survey already has a question with key “{key}”.").format(key=key))
    if position is None:
        position = max((q.position or 0.0 for q in existing), default=0.0) + 1.0
    q = SurveyQuestion(id=question_id or new_id(), project_id=s.project_id, survey_id=survey_id, key=key,
                       kind=kind, text=(text or "").strip(), text_en=(text_en or "").strip(),
                       options=clean_options(kind, options, (s.settings or {}).get("satisfied_codes")),
                       position=position)
    session.add(q)
    session.flush()
    return _q(q)


def update_question(session: Session, question_id: str, **fields: Any) -> dict[str, Any]:
    """Change text / text_en / kind / options / position; returns previous values."""
    q = session.get(SurveyQuestion, question_id)
    if q is None or q.deleted:
        raise NotFoundError(translate("Errors", "No such question."))
    before = {k: getattr(q, k) for k in fields}
    kind = fields.get("kind", q.kind)
    if kind not in KINDS:
        raise ValidationError(translate("Errors", "Unknown question kind “{kind}”; use one of {kinds}.").format(kind=kind, kinds=", ".join(KINDS)))
    for k, v in fields.items():
        if k not in ("text", "text_en", "kind", "options", "position"):
            raise ValidationError(f"unknown question field: {k}")
        if k == "options":
            v = clean_options(kind, v)
        setattr(q, k, v)
    if "kind" in fields and "options" not in fields:
        q.options = clean_options(kind, q.options if kind in CHOICE_KINDS else None) if q.options else default_options(kind)
    session.flush()
    return before


def set_question_deleted(session: Session, question_id: str, deleted: bool = True) -> None:
    q = session.get(SurveyQuestion, question_id)
    if q is None:
        raise NotFoundError(question_id)
    q.deleted = deleted
    session.flush()


# -- groups ----------------------------------------------------------------------

def add_group(session: Session, survey_id: str, name: str, target_n: int | None = None,
              levels: list[str] | None = None, position: float | None = None,
              group_id: str | None = None) -> GroupInfo:
    s = _survey_row(session, survey_id)
    name = (name or "").strip()
    if not name:
        raise ValidationError(translate("Errors", "A respondent group needs a name."))
    existing = session.scalars(select(RespondentGroup).where(
        RespondentGroup.survey_id == survey_id, _live(RespondentGroup))).all()
    if any(g.name == name for g in existing):
        raise ValidationError(translate("Errors", "The survey already has a group “{name}”.").format(name=name))
    if target_n is not None and target_n < 0:
        raise ValidationError(translate("Errors", "A target sample size cannot be negative."))
    if position is None:
        position = max((g.position or 0.0 for g in existing), default=0.0) + 1.0
    g = RespondentGroup(id=group_id or new_id(), project_id=s.project_id, survey_id=survey_id, name=name,
                        target_n=target_n, levels=[lv.strip() for lv in (levels or []) if lv.strip()],
                        position=position)
    session.add(g)
    session.flush()
    return GroupInfo(g.id, g.name, g.target_n, list(g.levels), g.position)


def update_group(session: Session, group_id: str, **fields: Any) -> dict[str, Any]:
    """Change name / target_n / levels / units_expected; returns previous values."""
    g = session.get(RespondentGroup, group_id)
    if g is None or g.deleted:
        raise NotFoundError(translate("Errors", "No such respondent group."))
    s = _survey_row(session, g.survey_id) if g.survey_id else None
    before: dict[str, Any] = {}
    for k, v in fields.items():
        if k == "units_expected":
            if s is None:
                continue
            units = dict((s.settings or {}).get("units_expected", {}) or {})
            before[k] = units.get(g.id)
            if v is None:
                units.pop(g.id, None)
            else:
                units[g.id] = int(v)
            s.settings = {**(s.settings or {}), "units_expected": units}
            continue
        if k not in ("name", "target_n", "levels", "position"):
            raise ValidationError(f"unknown group field: {k}")
        if k == "name" and not (v or "").strip():
            raise ValidationError(translate("Errors", "A respondent group needs a name."))
        if k == "target_n" and v is not None and int(v) < 0:
            raise ValidationError(translate("Errors", "A target sample size cannot be negative."))
        before[k] = getattr(g, k)
        setattr(g, k, list(v) if isinstance(v, list) else v)
    session.flush()
    return before


def set_group_deleted(session: Session, group_id: str, deleted: bool = True) -> None:
    g = session.get(RespondentGroup, group_id)
    if g is None:
        raise NotFoundError(group_id)
    g.deleted = deleted
    session.flush()


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
    raise ValueError(raw)


MULTI_SPLIT = re.compile(r"[┋|;；,，、/\n]+")


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


def answer_problem(q: QuestionInfo, raw: Any, lang: str | None = None) -> str:
    if q.kind in CHOICE_KINDS:
        opts = "; ".join(f"{o['code']}={o['label']}" for o in q.options)
        return translate("Survey", "“{value}” is not an option of {key} ({options}).", lang).format(
            value=raw, key=q.key, options=opts)
    if q.kind == "number":
        return translate("Survey", "“{value}” is not a number ({key}).", lang).format(value=raw, key=q.key)
    return translate("Survey", "“{value}” is not valid for {key}.", lang).format(value=raw, key=q.key)


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


# -- responses -------------------------------------------------------------------

def _response_row(session: Session, response_id: str) -> Response:
    r = session.get(Response, response_id)
    if r is None:
        raise NotFoundError(translate("Errors", "No such questionnaire."))
    return r


def _check_ref_free(session: Session, survey_id: str, ref: str, except_id: str | None = None) -> None:
    if not ref:
        return
    q = select(Response.id).where(Response.survey_id == survey_id, Response.respondent_ref == ref, _live(Response))
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
        raise NotFoundError(translate("Errors", "No such respondent group."))
    clean = clean_answers(survey, answers)
    ref = (respondent_ref or "").strip()
    _check_ref_free(session, survey_id, ref)
    r = Response(id=response_id or new_id(), project_id=survey.project_id, survey_id=survey_id, group_id=group_id,
                 respondent_ref=ref, level=(level or "").strip(), unit_name=(unit_name or "").strip(),
                 answers=clean, entered_by=(session.info.get("actor").evaluator_id if session.info.get("actor") else None))
    session.add(r)
    session.flush()
    return r.id


def update_response(session: Session, response_id: str, **fields: Any) -> dict[str, Any]:
    """Change answers / group_id / respondent_ref / level / unit_name; returns previous values."""
    r = _response_row(session, response_id)
    survey = load_survey(session, r.survey_id)
    before: dict[str, Any] = {}
    for k, v in fields.items():
        if k not in ("answers", "group_id", "respondent_ref", "level", "unit_name", "deleted"):
            raise ValidationError(f"unknown response field: {k}")
        before[k] = getattr(r, k)
        if k == "answers":
            v = clean_answers(survey, v)
        elif k == "respondent_ref":
            v = (v or "").strip()
            _check_ref_free(session, r.survey_id, v, r.id)
        elif k in ("level", "unit_name"):
            v = (v or "").strip()
        elif k == "group_id" and v is not None and survey.group(v) is None:
            raise NotFoundError(translate("Errors", "No such respondent group."))
        setattr(r, k, v)
    session.flush()
    return before


def set_response_deleted(session: Session, response_id: str, deleted: bool = True) -> None:
    r = _response_row(session, response_id)
    if not deleted:
        _check_ref_free(session, r.survey_id, r.respondent_ref, r.id)
    r.deleted = deleted
    session.flush()


def list_responses(session: Session, survey_id: str, group_id: str | None = None,
                   limit: int | None = None) -> list[ResponseInfo]:
    """Live questionnaires in entry order (oldest first); ``limit`` keeps the newest."""
    q = select(Response).where(Response.survey_id == survey_id, _live(Response))
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
        Response.survey_id == survey_id, _live(Response), Response.respondent_ref.like(f"{prefix}-%"))))
    n = len(used) + 1
    while f"{prefix}-{n:03d}" in used:
        n += 1
    return f"{prefix}-{n:03d}"


# -- templates -------------------------------------------------------------------

@dataclass
class TemplateInfo:
    key: str
    name_zh: str
    name_en: str
    group_zh: str
    group_en: str
    questions: int

    def name(self, lang: str = "zh_CN") -> str:
        return self.name_en if lang == "en" else self.name_zh


def _template_dir() -> Path:
    return Path(resource("questionnaires"))


def list_templates() -> list[TemplateInfo]:
    out = []
    for path in sorted(_template_dir().glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        out.append(TemplateInfo(path.stem, d.get("name_zh", path.stem), d.get("name_en", ""),
                                d.get("group_zh", ""), d.get("group_en", ""), len(d.get("questions", []))))
    return out


def load_template(key: str) -> dict[str, Any]:
    path = _template_dir() / f"{key}.json"
    if not re.fullmatch(r"[A-Za-z0-9_]+", key or "") or not path.exists():
        raise NotFoundError(translate("Errors", "No questionnaire template “{key}”. Templates: {keys}").format(
            key=key, keys=", ".join(t.key for t in list_templates())))
    return json.loads(path.read_text(encoding="utf-8"))


def create_from_template(session: Session, project_id: str, key: str, name: str | None = None,
                         target_n: int | None = None) -> SurveyInfo:
    """A survey with the template's questions and its respondent group."""
    t = load_template(key)
    survey = create_survey(session, project_id, name or t["name_zh"], t.get("name_en", ""),
                           {"template": key})
    for i, q in enumerate(t["questions"]):
        opts = [{"code": o["code"], "label": o["label_zh"], "label_en": o.get("label_en", ""),
                 "weight": o.get("weight")} for o in q.get("options", [])]
        if q["kind"] == "single" and opts and all(o["weight"] is not None for o in opts):
            for j, o in enumerate(opts):  # graded single choice: top two are the favourable answers
                o["satisfied"] = j < 2
        add_question(session, survey.id, q["key"], q["kind"], q["text_zh"], q.get("text_en", ""),
                     opts or None, float(i + 1))
    if t.get("group_zh"):
        add_group(session, survey.id, t["group_zh"], target_n)
    survey = load_survey(session, survey.id)
    main = main_question_key(survey.questions, {})
    update_survey(session, survey.id, settings={**survey.settings, "main_question": main})
    return load_survey(session, survey.id)


# -- XLSForm ---------------------------------------------------------------------
# The field's common questionnaire exchange: a "survey" sheet (type, name, label::中文,
# label::English) and a "choices" sheet (list_name, name, label::…). Our extras ride in
# extra columns other tools ignore: evaltool_kind on questions, weight/satisfied on choices.

XLS_ZH, XLS_EN = "label::中文", "label::English"


def export_xlsform(survey: SurveyInfo, path: str | Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "survey"
    ws.append(["type", "name", XLS_ZH, XLS_EN, "evaltool_kind"])
    ch = wb.create_sheet("choices")
    ch.append(["list_name", "name", XLS_ZH, XLS_EN, "weight", "satisfied"])
    for q in survey.questions:
        if q.kind in CHOICE_KINDS:
            lst = f"{q.key}_opts"
            typ = f"{'select_multiple' if q.kind == 'multi' else 'select_one'} {lst}"
            for o in q.options:
                ch.append([lst, o["code"], o["label"], o.get("label_en", ""), o.get("weight"),
                           "yes" if o.get("satisfied") else ""])
        else:
            typ = "integer" if q.kind == "number" else "text"
            typ = "decimal" if q.kind == "number" else typ
        ws.append([typ, q.key, q.text, q.text_en, q.kind])
    st = wb.create_sheet("settings")
    st.append(["form_title", "form_id", "main_question"])
    st.append([survey.name, survey.name_en or survey.id, survey.main_question or ""])
    path = Path(path)
    write_atomic(path, wb.save)
    return path


def write_atomic(path: Path, write: Any) -> None:
    """``write(tmp_path)`` into a temporary name beside ``path``, fsync, then rename."""
    import os
    import tempfile

    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        write(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _sheet_rows(ws: Any) -> tuple[list[str], list[tuple[int, dict[str, Any]]]]:
    rows = list(ws.iter_rows(values_only=True))
    if not rows:
        return [], []
    head = [str(h).strip() if h is not None else "" for h in rows[0]]
    out = []
    for i, r in enumerate(rows[1:], start=2):
        d = {head[j]: r[j] for j in range(min(len(head), len(r))) if head[j]}
        if any(v not in (None, "") for v in d.values()):
            out.append((i, d))
    return head, out


def _label_cols(head: list[str]) -> tuple[str | None, str | None]:
    zh = en = None
    for h in head:
        low = h.casefold().replace(" ", "")
        if not low.startswith("label"):
            continue
        lang = low.partition("::")[2]
        if any(x in lang for x in ("中文", "chinese", "zh")):
            zh = zh or h
        elif any(x in lang for x in ("english", "en")):
            en = en or h
        elif not lang:
            zh = zh or h
    return zh, en


def import_xlsform(session: Session, project_id: str, path: str | Path, name: str | None = None) -> SurveyInfo:
    """Create a survey from an XLSForm workbook. Unknown question types are refused."""
    from openpyxl import load_workbook

    path = Path(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise ImportFormatError(translate("Errors", "Cannot read the workbook: {error}").format(error=exc), file=path.name) from exc
    if "survey" not in wb.sheetnames:
        raise ImportFormatError(translate("Errors", "An XLSForm needs a sheet named “survey”."), file=path.name)
    head, rows = _sheet_rows(wb["survey"])
    zh, en = _label_cols(head)
    if "type" not in head or "name" not in head or not (zh or en):
        raise ImportFormatError(translate("Errors", "The survey sheet needs the columns type, name and label (label::中文 / label::English)."),
                                file=path.name, sheet="survey", row=1)
    choices: dict[str, list[dict[str, Any]]] = {}
    if "choices" in wb.sheetnames:
        chead, crows = _sheet_rows(wb["choices"])
        czh, cen = _label_cols(chead)
        for rownum, d in crows:
            lst = str(d.get("list_name") or d.get("list name") or "").strip()
            code = d.get("name")
            try:
                code = int(float(code))
            except (TypeError, ValueError):
                code = len(choices.get(lst, [])) + 1  # text choice names: number them in order
            sat = str(d.get("satisfied") or "").strip().casefold() in ("yes", "true", "1", "是", "y")
            choices.setdefault(lst, []).append({
                "code": code, "label": str(d.get(czh) or d.get(cen) or "").strip(),
                "label_en": str(d.get(cen) or "").strip() if cen else "", "weight": d.get("weight"),
                "satisfied": sat, "_row": rownum})
    settings_title = None
    main = None
    if "settings" in wb.sheetnames:
        shead, srows = _sheet_rows(wb["settings"])
        if srows:
            settings_title = srows[0][1].get("form_title")
            main = srows[0][1].get("main_question")
    survey = create_survey(session, project_id, name or str(settings_title or path.stem), "", {"source": path.name})
    pos = 0.0
    for rownum, d in rows:
        typ = str(d.get("type") or "").strip()
        base, _, lst = typ.partition(" ")
        if base in ("begin_group", "end_group", "begin group", "end group", "note", "calculate", "start", "end",
                    "today", "deviceid", "begin_repeat", "end_repeat"):
            continue
        key = str(d.get("name") or "").strip()
        text, text_en = str(d.get(zh) or "").strip() if zh else "", str(d.get(en) or "").strip() if en else ""
        kind_hint = str(d.get("evaltool_kind") or "").strip()
        if base in ("select_one", "select_multiple"):
            opts = choices.get(lst.strip())
            if not opts:
                raise ImportFormatError(translate("Errors", "No choices listed for “{list}”.").format(list=lst.strip()),
                                        file=path.name, sheet="survey", row=rownum, column="type")
            if base == "select_multiple":
                kind = "multi"
            elif kind_hint in SCALE_KINDS + ("single",):
                kind = kind_hint
            else:
                labels = [norm_text(o["label"]) for o in opts]
                kind = next((k for k, sc in SCALES.items() if labels == [norm_text(s[0]) for s in sc]), "single")
            if not any(o["satisfied"] for o in opts) and kind in SCALE_KINDS:
                for j, o in enumerate(opts):
                    o["satisfied"] = j < SCALE_TOP[kind]
            opts = [{k: v for k, v in o.items() if k != "_row"} for o in opts]
        elif base in ("integer", "decimal", "range"):
            kind, opts = "number", None
        elif base in ("text", "string"):
            kind, opts = "text", None
        else:
            raise ImportFormatError(translate("Errors", "Question type “{type}” is not supported (use select_one, select_multiple, integer, decimal or text).").format(type=typ),
                                    file=path.name, sheet="survey", row=rownum, column="type")
        pos += 1.0
        try:
            add_question(session, survey.id, key, kind, text or text_en, text_en, opts, pos)
        except ValidationError as exc:
            raise ImportFormatError(str(exc), file=path.name, sheet="survey", row=rownum) from exc
    survey = load_survey(session, survey.id)
    update_survey(session, survey.id, settings={**survey.settings,
                                                "main_question": main or main_question_key(survey.questions, {})})
    return load_survey(session, survey.id)
