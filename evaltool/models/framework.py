"""The indicator tree (指标体系)."""
from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

# The modules of the tables this module's foreign keys name, imported with it: SQLAlchemy
# looks those tables up when it orders a flush (evaltool.models imports models on first use).
import evaltool.models.project  # noqa: F401
from evaltool.models.base import Base, Synced, Txt


class Indicator(Synced, Base):
    """A node of a project's indicator tree; leaves are the scored 三级指标.

    ``weight`` is in points (分值); negative indicators (逆向指标) have
    ``is_negative`` set, a weight ≤ 0 and a ``cap`` (most negative total).
    ``position`` orders siblings (floats, so inserts need no renumbering).
    ``rule`` is the structured scoring rule as data (see evaltool.rules).
    """

    __tablename__ = "indicators"
    project_id: Mapped[str] = mapped_column(ForeignKey("projects.id"), index=True)
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("indicators.id"), nullable=True, index=True)
    name: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[Txt]
    weight: Mapped[float] = mapped_column(Float, default=0.0)
    position: Mapped[float] = mapped_column(Float, default=0.0)
    is_negative: Mapped[bool] = mapped_column(default=False)
    cap: Mapped[float | None] = mapped_column(Float, nullable=True)
    description: Mapped[Txt]  # 指标说明 / 评价要点
    criteria: Mapped[Txt]  # 评分标准
    evidence_hint: Mapped[Txt]  # typical 佐证材料
    rule: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    review_state: Mapped[str] = mapped_column(String(20), default="prepared")  # prepared|reviewed
    reviewed_at: Mapped[str | None] = mapped_column(String(40), nullable=True)
    reviewed_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
