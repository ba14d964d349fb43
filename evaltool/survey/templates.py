"""Built-in questionnaires (``resources/questionnaires/<key>.json``): the usual surveys of a
performance evaluation — the competent department, the user units, the public.

A template holds ``name_zh`` / ``name_en``, the respondent group it is meant for
(``group_zh`` / ``group_en``) and its questions (``key``, ``kind``, ``text_zh``,
``text_en``, ``options`` with ``code``, ``label_zh``, ``label_en``, ``weight``).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from evaltool.errors import NotFoundError
from evaltool.i18n import translate
from evaltool.paths import resource
from evaltool.survey.model import SurveyInfo, load_survey, main_question_key
from evaltool.survey.questions import add_group, add_question, create_survey, update_survey


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
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


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
