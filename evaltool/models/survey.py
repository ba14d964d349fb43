"""Satisfaction surveys: questionnaires, respondent groups, responses; the counts derived from them."""
from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

# The modules of the tables this module's foreign keys name, imported with it: SQLAlchemy
# looks those tables up when it orders a flush (evaltool.models imports models on first use).
import evaltool.models.project  # noqa: F401
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


# -- derived, not synced: counts kept by the database itself ------------------------
#
# The questionnaire's ``answers`` JSON stays the synced truth (one field of one record,
# merged and put in conflict as a whole, as before). These tables are an index of it,
# maintained inside every writing transaction by SQLite triggers (see
# evaltool.models.survey_counts), so no writer — the ORM, the sync merge, a migration, a
# script — can leave them behind. They are never synced, exported or edited by code.


class SurveyAnswerCount(Base):
    """How many live questionnaires of one group of a survey gave one answer to one question.

    ``group_id`` is "" for questionnaires without a group. ``value`` is the answer as JSON
    text ('1', '[1,3]', '"文字"', '2.5', 'true'), so every kind of answer keeps its type.
    Rows whose count falls to 0 are removed. What a ``GROUP BY`` over one row per answer
    would compute, kept up to date instead of recomputed (bench/run_all.py compares both).
    """

    __tablename__ = "survey_answer_counts"
    __table_args__ = ({"sqlite_with_rowid": False},)  # the key is the only index: rows stored in key order
    survey_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    group_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    qkey: Mapped[str] = mapped_column(Text, primary_key=True)
    value: Mapped[str] = mapped_column(Text, primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class SurveyRespondentCount(Base):
    """How many live questionnaires a survey has per group, level (市/镇/村) and unit name
    ("" when not given); rows whose count falls to 0 are removed."""

    __tablename__ = "survey_respondent_counts"
    __table_args__ = ({"sqlite_with_rowid": False},)
    survey_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    group_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    level: Mapped[str] = mapped_column(Text, primary_key=True)
    unit_name: Mapped[str] = mapped_column(Text, primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class SurveyRevision(Base):
    """A survey's data revision: a random token replaced by every write to the survey, its
    questions, its groups or its questionnaires (committed or not, so a rolled-back
    transaction can never bring back a token a cached tally was computed under)."""

    __tablename__ = "survey_revisions"
    survey_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    token: Mapped[str] = mapped_column(String(32))
