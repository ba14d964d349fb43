"""Projects, people and installation settings."""
from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from evaltool.models.base import Base, Synced, Txt

DEFAULT_GRADE_BANDS: list[dict[str, Any]] = [
    {"name": "优", "name_en": "Excellent", "min": 90},
    {"name": "良", "name_en": "Good", "min": 80},
    {"name": "中", "name_en": "Fair", "min": 60},
    {"name": "差", "name_en": "Poor", "min": 0},
]


class AppSetting(Base):
    """Per-installation key/value settings (device id, clock, local evaluator).

    Never synchronised: each laptop has its own.
    """

    __tablename__ = "app_settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Evaluator(Synced, Base):
    """A person who scores: lead (组长), member (成员) or expert (专家)."""

    __tablename__ = "evaluators"
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20), default="member")  # lead|member|expert|imported
    device_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    note: Mapped[Txt]


class Project(Synced, Base):
    """One evaluation of one budget project. Money in 万元."""

    __tablename__ = "projects"
    name: Mapped[str] = mapped_column(String(300))
    budget_unit: Mapped[Txt]  # 预算单位
    competent_department: Mapped[Txt]  # 主管部门
    commissioning_body: Mapped[Txt]  # 委托方
    evaluation_agency: Mapped[Txt]  # 评价机构
    evaluation_type: Mapped[Txt]  # 重点评价 / 自评 …
    reference_date: Mapped[str | None] = mapped_column(String(10), nullable=True)  # 评价基准日 YYYY-MM-DD
    report_date: Mapped[str | None] = mapped_column(String(10), nullable=True)
    budget_approved: Mapped[float | None] = mapped_column(Float, nullable=True)  # 批复预算
    budget_adjusted: Mapped[float | None] = mapped_column(Float, nullable=True)  # 调整后预算
    actual_spending: Mapped[float | None] = mapped_column(Float, nullable=True)  # 实际支出
    grade_bands: Mapped[list[Any]] = mapped_column(JSON, default=lambda: [dict(b) for b in DEFAULT_GRADE_BANDS])
    consolidation: Mapped[str] = mapped_column(String(20), default="mean")  # mean|median|lead
    spread_threshold: Mapped[float] = mapped_column(Float, default=0.2)  # share of a leaf's weight
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # report language, template…
    # the evaluation's own calendar and scope (评价工作开展情况); dates YYYY-MM-DD
    evaluation_start: Mapped[str | None] = mapped_column(String(10), nullable=True)  # 评价工作开始
    evaluation_end: Mapped[str | None] = mapped_column(String(10), nullable=True)  # 评价工作结束
    project_period: Mapped[Txt]  # 项目实施期, e.g. "2019-2021年"
    # [{"name": "前期准备", "start": "2023-05-04", "end": "2023-05-12", "text": "…"}] in order
    phases: Mapped[list[Any]] = mapped_column(JSON, default=list, server_default="[]")
    # how 预算调整率 is defined for this evaluation (evaltool.money.ADJUSTMENT_DEFINITIONS)
    adjustment_definition: Mapped[str] = mapped_column(String(20), default="change", server_default="change")


class ProjectMember(Synced, Base):
    __tablename__ = "project_members"
    project_id: Mapped[str] = mapped_column(ForeignKey("projects.id"), index=True)
    evaluator_id: Mapped[str] = mapped_column(ForeignKey("evaluators.id"))
    role: Mapped[str] = mapped_column(String(20), default="member")


class ProjectFlag(Synced, Base):
    """Project-level result flags: downgrade (降级) or veto (一票否决), with reason."""

    __tablename__ = "project_flags"
    project_id: Mapped[str] = mapped_column(ForeignKey("projects.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # downgrade|veto
    reason: Mapped[Txt]
    active: Mapped[bool] = mapped_column(default=True)


class ReportSection(Synced, Base):
    """Narrative text the team writes (background, problems, suggestions…)."""

    __tablename__ = "report_sections"
    project_id: Mapped[str] = mapped_column(ForeignKey("projects.id"), index=True)
    key: Mapped[str] = mapped_column(String(40))
    text: Mapped[Txt]
