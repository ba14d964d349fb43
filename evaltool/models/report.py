"""Money lines and report problems: the data behind the funds tables and chapter 三."""
from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

# The modules of the tables this module's foreign keys name, imported with it: SQLAlchemy
# looks those tables up when it orders a flush (evaltool.models imports models on first use).
import evaltool.models.project  # noqa: F401
from evaltool.models.base import Base, Synced, Txt


class BudgetLine(Synced, Base):
    """One budget line of a project in 万元: a sub-project (contract) and a year.

    ``sub_project`` "" is the project as a whole; ``year`` None is "all years". The id is
    ``natural_id("budget_line", project_id, sub_project, str(year))`` so two laptops
    entering the same line edit one record. Amounts are None when not recorded.
    """

    __tablename__ = "budget_lines"
    project_id: Mapped[str] = mapped_column(ForeignKey("projects.id"), index=True)
    sub_project: Mapped[Txt]
    year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    approved: Mapped[float | None] = mapped_column(Float, nullable=True)  # 批复预算
    adjusted: Mapped[float | None] = mapped_column(Float, nullable=True)  # 调整后预算
    received: Mapped[float | None] = mapped_column(Float, nullable=True)  # 到位资金
    actual: Mapped[float | None] = mapped_column(Float, nullable=True)  # 实际支出
    moved_out: Mapped[float | None] = mapped_column(Float, nullable=True)  # 调至其他项目
    recovered: Mapped[float | None] = mapped_column(Float, nullable=True)  # 财政收回
    note: Mapped[Txt]
    position: Mapped[float] = mapped_column(Float, default=0.0)


class ReportProblem(Synced, Base):
    """A problem (问题) of chapter 三 with its cause (原因分析) and its suggestion (建议).

    ``indicator_ids`` are the leaves whose deductions prove it, ``evidence_ids`` the
    evidence items cited; ``level1`` groups problems (the level-1 indicator's name).
    ``origin`` is ``draft`` (drafted from deductions, not yet edited) or ``edited``.
    """

    __tablename__ = "report_problems"
    project_id: Mapped[str] = mapped_column(ForeignKey("projects.id"), index=True)
    level1: Mapped[Txt]
    title: Mapped[Txt]
    text: Mapped[Txt]
    cause: Mapped[Txt]
    suggestion_title: Mapped[Txt]
    suggestion: Mapped[Txt]
    indicator_ids: Mapped[list[Any]] = mapped_column(JSON, default=list)
    evidence_ids: Mapped[list[Any]] = mapped_column(JSON, default=list)
    position: Mapped[float] = mapped_column(Float, default=0.0)
    origin: Mapped[str] = mapped_column(String(10), default="edited")
