"""Changes kept as proposals for the team lead (see evaltool.roles and evaltool.proposals).

A change that arrives from someone whose role in the project does not allow it (a
member's final score, say) is never applied: the laptop that finds it records a
``Proposal`` naming the change, and every laptop that holds such a record leaves the
change out of the field's value. The lead accepts (the value is written again as the
lead's own edit) or rejects it; both are recorded with who and when.

One record per held change, with the deterministic id ``natural_id("proposal",
change_id)``: two laptops that hold the same change write the same record with the same
values, so proposals never conflict. The changes of one action (one record, one author,
one moment) are shown together.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

# The modules of the tables this module's foreign keys name, imported with it: SQLAlchemy
# looks those tables up when it orders a flush (evaltool.models imports models on first use).
import evaltool.models.project  # noqa: F401
from evaltool.models.base import Base, Synced, Txt


class Proposal(Synced, Base):
    __tablename__ = "proposals"
    project_id: Mapped[str] = mapped_column(ForeignKey("projects.id"), index=True)
    change_id: Mapped[str] = mapped_column(String(36), index=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(40))
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
    author_id: Mapped[str | None] = mapped_column(String(36), nullable=True)  # who made the change
    device_id: Mapped[str] = mapped_column(String(36), default="")
    hlc: Mapped[str] = mapped_column(String(40), default="")  # when the change was made
    right: Mapped[str] = mapped_column(String(20), default="")  # the right the author lacked
    status: Mapped[str] = mapped_column(String(10), default="open")  # open|accepted|rejected
    decided_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    decided_at: Mapped[str | None] = mapped_column(String(40), nullable=True)
    note: Mapped[Txt]
