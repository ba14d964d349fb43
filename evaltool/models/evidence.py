"""Evidence items (佐证材料) and their links to leaves."""
from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

# The modules of the tables this module's foreign keys name, imported with it: SQLAlchemy
# looks those tables up when it orders a flush (evaltool.models imports models on first use).
import evaltool.models.framework
import evaltool.models.project  # noqa: F401
from evaltool.models.base import Base, Synced, Txt


class EvidenceItem(Synced, Base):
    """A stored file (by SHA-256 in the content store) or a note written in the app."""

    __tablename__ = "evidence_items"
    project_id: Mapped[str] = mapped_column(ForeignKey("projects.id"), index=True)
    sha256: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    size: Mapped[int | None] = mapped_column(Integer, nullable=True)
    filename: Mapped[Txt]
    mime: Mapped[Txt]
    title: Mapped[Txt]
    kind: Mapped[str] = mapped_column(String(20), default="document")  # document|photo|scan|interview|site_check|data
    source: Mapped[str] = mapped_column(String(20), default="unit")  # unit|site|public
    date: Mapped[str | None] = mapped_column(String(10), nullable=True)
    page_ref: Mapped[Txt]
    notes: Mapped[Txt]
    text: Mapped[Txt]  # body of a note written in the app
    added_by: Mapped[str | None] = mapped_column(String(36), nullable=True)


class EvidenceLink(Synced, Base):
    """Item ↔ leaf; optionally to a specific deduction or flag (``target``)."""

    __tablename__ = "evidence_links"
    project_id: Mapped[str] = mapped_column(ForeignKey("projects.id"), index=True)
    evidence_id: Mapped[str] = mapped_column(ForeignKey("evidence_items.id"), index=True)
    indicator_id: Mapped[str] = mapped_column(ForeignKey("indicators.id"), index=True)
    target: Mapped[Txt]
