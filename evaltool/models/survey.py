"""Satisfaction surveys: questionnaires, respondent groups, responses."""
from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from evaltool.models.base import Base, Synced, Txt


class Survey(Synced, Base):
    __tablename__ = "surveys"
    project_id: Mapped[str] = mapped_column(ForeignKey("projects.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[Txt]
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class SurveyQuestion(Synced, Base):
    """``kind``: scale5|scale4|scale3|single|multi|number|text.

    ``options``: list of {"code", "label", "label_en", "weight", "satisfied"}.
    ``group_ids``: the respondent groups the question is asked of; empty = every group.
    """

    __tablename__ = "survey_questions"
    project_id: Mapped[str] = mapped_column(ForeignKey("projects.id"), index=True)
    survey_id: Mapped[str] = mapped_column(ForeignKey("surveys.id"), index=True)
    key: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(10), default="scale5")
    text: Mapped[Txt]
    text_en: Mapped[Txt]
    options: Mapped[list[Any]] = mapped_column(JSON, default=list)
    position: Mapped[float] = mapped_column(Float, default=0.0)
    group_ids: Mapped[list[Any]] = mapped_column(JSON, default=list, server_default="[]")


class RespondentGroup(Synced, Base):
    __tablename__ = "respondent_groups"
    project_id: Mapped[str] = mapped_column(ForeignKey("projects.id"), index=True)
    survey_id: Mapped[str | None] = mapped_column(ForeignKey("surveys.id"), nullable=True)
    name: Mapped[str] = mapped_column(String(200))
    target_n: Mapped[int | None] = mapped_column(Integer, nullable=True)
    levels: Mapped[list[Any]] = mapped_column(JSON, default=list)  # expected 市/镇/村 coverage
    position: Mapped[float] = mapped_column(Float, default=0.0)


class Response(Synced, Base):
    """One questionnaire. ``answers`` maps question key → code, list of codes, number or text.

    Imported questionnaires carry ``import_key`` ("id:<platform response id>" or
    "hash:<content hash>#<n>", so a later export of the same survey adds only new
    respondents) and ``meta``: the platform's metadata columns ({header: value}: 提交答卷时间,
    所用时间, 来源, 来自IP …), kept aside, never counted.
    """

    __tablename__ = "responses"
    project_id: Mapped[str] = mapped_column(ForeignKey("projects.id"), index=True)
    survey_id: Mapped[str] = mapped_column(ForeignKey("surveys.id"), index=True)
    group_id: Mapped[str | None] = mapped_column(ForeignKey("respondent_groups.id"), nullable=True)
    respondent_ref: Mapped[Txt]
    level: Mapped[Txt]  # 市 / 镇 / 村
    unit_name: Mapped[Txt]
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    entered_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    import_key: Mapped[str | None] = mapped_column(String(80), nullable=True, index=True)
    meta: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, server_default="{}")
