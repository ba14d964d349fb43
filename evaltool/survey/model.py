"""What a survey is, as plain data: question kinds and scales, the info records the rest
of the program passes around (``SurveyInfo``, ``QuestionInfo``, ``GroupInfo``,
``ResponseInfo``), option normalisation, and loading a survey from the database.

Options are ``{"code": int, "label", "label_en", "weight": float | None, "satisfied":
bool}`` (``"na": True`` marks a "don't know / not applicable" option left out of valid n).
Weights are on a 0–100 scale. Info records are detached copies: safe to keep across
commits and to hand to another thread.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from evaltool.errors import NotFoundError, ValidationError
from evaltool.i18n import translate
from evaltool.models import RespondentGroup, Survey, SurveyQuestion
from evaltool.records import get_row
from evaltool.survey.counts import respondent_counts

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


def kind_label(kind: str) -> str:
    """A question kind in plain words, in the user's language."""
    names = {"scale5": translate("Survey", "5-level satisfaction scale"),
             "scale4": translate("Survey", "4-level satisfaction scale"),
             "scale3": translate("Survey", "3-level satisfaction scale"),
             "single": translate("Survey", "single choice"), "multi": translate("Survey", "multiple choice"),
             "number": translate("Survey", "number"), "text": translate("Survey", "open text")}
    return names.get(kind, kind)


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
    group_ids: list[str] = field(default_factory=list)  # asked of these groups only; empty = every group

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

    def asked_of(self, group_id: str | None) -> bool:
        """Whether the question is asked of the group (every question is, when it names none)."""
        return not self.group_ids or group_id is None or group_id in self.group_ids


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


# -- options ---------------------------------------------------------------------

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
    """The key whose rate is "the" satisfaction: ``settings["main_question"]``, else a
    question keyed ``overall``, else the last rated question saying 总体/overall, else the
    first rated question; None when no question has a rate."""
    keys = {q.key for q in questions}
    chosen = (settings or {}).get("main_question")
    if chosen in keys:
        return str(chosen)
    if "overall" in keys:
        return "overall"
    rated = [q for q in questions if q.has_rate]
    overall = [q for q in rated if "总体" in q.text or "overall" in q.text_en.casefold()]
    if overall:
        return overall[-1].key
    return rated[0].key if rated else None


# -- loading ---------------------------------------------------------------------

def question_info(q: SurveyQuestion) -> QuestionInfo:
    return QuestionInfo(q.id, q.key, q.kind, q.text or "", q.text_en or "", list(q.options or []),
                        q.position or 0.0, [str(g) for g in (q.group_ids or [])])


def live(model: Any) -> ColumnElement[bool]:
    """The filter keeping a synced model's rows that are not tombstoned."""
    return model.deleted.is_(False)


def survey_row(session: Session, survey_id: str) -> Survey:
    """The live survey row; ``NotFoundError`` when it does not exist or was deleted."""
    return get_row(session, Survey, survey_id, missing=translate("Errors", "No such survey."))


def list_surveys(session: Session, project_id: str) -> list[SurveyInfo]:
    """The project's live surveys, with questions, groups and respondent counts."""
    rows = list(session.scalars(select(Survey).where(Survey.project_id == project_id, live(Survey))
                                .order_by(Survey.created_at, Survey.name)))
    return [load_survey(session, s.id) for s in rows]


def load_survey(session: Session, survey_id: str) -> SurveyInfo:
    s = survey_row(session, survey_id)
    qs = [question_info(q) for q in session.scalars(select(SurveyQuestion).where(
        SurveyQuestion.survey_id == survey_id, live(SurveyQuestion)).order_by(SurveyQuestion.position, SurveyQuestion.key))]
    counts: dict[str, int] = {}
    for rc in respondent_counts(session, survey_id):
        counts[rc.group_id] = counts.get(rc.group_id, 0) + rc.n
    units = (s.settings or {}).get("units_expected", {}) or {}
    gs = [GroupInfo(g.id, g.name, g.target_n, list(g.levels or []), g.position or 0.0,
                    units.get(g.id), counts.get(g.id, 0))
          for g in session.scalars(select(RespondentGroup).where(
              RespondentGroup.survey_id == survey_id, live(RespondentGroup))
              .order_by(RespondentGroup.position, RespondentGroup.name))]
    return SurveyInfo(s.id, s.project_id, s.name, s.name_en or "", dict(s.settings or {}), qs, gs,
                      sum(counts.values()))


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
        raise NotFoundError(translate("Errors", "This project has no survey yet. “evaltool survey import PROJECT FILE” makes one from a file of answers; “evaltool survey create” makes one from a template."))
    if len(surveys) > 1:
        raise NotFoundError(translate("Errors", "This project has several surveys; name one with --survey: {names}").format(
            names=", ".join(s.name for s in surveys)))
    return surveys[0]
