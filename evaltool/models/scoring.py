"""Scores per evaluator, final decisions, review notes, performance targets."""
from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

# The modules of the tables this module's foreign keys name, imported with it: SQLAlchemy
# looks those tables up when it orders a flush (evaltool.models imports models on first use).
import evaltool.models.framework
import evaltool.models.project  # noqa: F401
from evaltool.models.base import Base, Synced, Txt


class Score(Synced, Base):
    """One evaluator's score of one leaf. Owned by that evaluator alone.

    The id is ``natural_id("score", indicator_id, evaluator_id)`` so the same
    evaluator's score is one record on every laptop.
    """

    __tablename__ = "scores"
    project_id: Mapped[str] = mapped_column(ForeignKey("projects.id"), index=True)
    indicator_id: Mapped[str] = mapped_column(ForeignKey("indicators.id"), index=True)
    evaluator_id: Mapped[str] = mapped_column(ForeignKey("evaluators.id"), index=True)
    value: Mapped[float | None] = mapped_column(Float, nullable=True)
    proposed: Mapped[float | None] = mapped_column(Float, nullable=True)
    inputs: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    comment: Mapped[Txt]  # 评价意见
    reason: Mapped[Txt]  # why the score departs from the rule's proposal


class FinalScore(Synced, Base):
    """The lead's decision for a leaf; id ``natural_id("final", indicator_id)``.

    ``method`` is ``auto`` (follows the project's consolidation) or ``set``
    (the lead set ``value`` with ``reason``).
    """

    __tablename__ = "final_scores"
    project_id: Mapped[str] = mapped_column(ForeignKey("projects.id"), index=True)
    indicator_id: Mapped[str] = mapped_column(ForeignKey("indicators.id"), index=True)
    value: Mapped[float | None] = mapped_column(Float, nullable=True)
    method: Mapped[str] = mapped_column(String(10), default="set")
    reason: Mapped[Txt]
    comment: Mapped[Txt]
    decided_by: Mapped[str | None] = mapped_column(String(36), nullable=True)


class ReviewNote(Synced, Base):
    __tablename__ = "review_notes"
    project_id: Mapped[str] = mapped_column(ForeignKey("projects.id"), index=True)
    indicator_id: Mapped[str | None] = mapped_column(ForeignKey("indicators.id"), nullable=True)
    author_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    text: Mapped[Txt]
    resolved: Mapped[bool] = mapped_column(default=False)


class Target(Synced, Base):
    """A row of the performance target table (绩效目标表) or the unit's 自评表."""

    __tablename__ = "targets"
    project_id: Mapped[str] = mapped_column(ForeignKey("projects.id"), index=True)
    table_kind: Mapped[str] = mapped_column(String(20), default="declared")  # declared|self_eval
    level1: Mapped[Txt]
    level2: Mapped[Txt]
    name: Mapped[Txt]
    target_text: Mapped[Txt]
    operator: Mapped[str] = mapped_column(String(8), default="text")  # >= <= = > < text
    target_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    unit: Mapped[Txt]
    actual_text: Mapped[Txt]
    actual_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    status: Mapped[str] = mapped_column(String(12), default="unknown")  # met|partly|not_met|unknown
    status_manual: Mapped[bool] = mapped_column(default=False)
    note: Mapped[Txt]
    position: Mapped[float] = mapped_column(Float, default=0.0)
    sub_project: Mapped[Txt]  # the contract / sub-project the row belongs to ("" = the whole project)
    reason: Mapped[Txt]  # 未完成原因 / 偏差原因 (why a target was missed)
    points: Mapped[float | None] = mapped_column(Float, nullable=True)  # 分值 (self-evaluation table)
    self_score: Mapped[float | None] = mapped_column(Float, nullable=True)  # 自评分
