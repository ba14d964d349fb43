"""The change log every synchronised write leaves behind (see evaltool.changelog).

A project's state is a function of the *set* of its changes: each field of each
record takes the value of the winning "head" change (heads are changes no other
change lists among its ``bases``); more than one head means a conflict that a
person resolves. Because the state depends only on the set, importing the same
changes twice or in another order gives the same state.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from evaltool.models.base import Base, Stamp


class ChangeRecord(Base):
    """One field of one record set to one value by one device at one time."""

    __tablename__ = "change_log"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    project_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    device_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)  # per device, 1, 2, 3 …
    hlc: Mapped[str] = mapped_column(String(40))  # hybrid logical clock, sortable text
    evaluator_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(40))
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
    bases: Mapped[list[Any]] = mapped_column(JSON, default=list)
    __table_args__ = (
        Index("ix_change_log_row_field", "table_name", "row_id", "field"),
        Index("ix_change_log_device_seq", "device_id", "seq", unique=True),
        # the start-up clock read (the latest sane clock) and clock-ordered scans
        Index("ix_change_log_hlc", "hlc"),
    )


class FieldHead(Base):
    """Current head change ids of one field (more than one = conflict)."""

    __tablename__ = "field_heads"
    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(40), primary_key=True)
    project_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    heads: Mapped[list[Any]] = mapped_column(JSON, default=list)
    conflict: Mapped[bool] = mapped_column(default=False, index=True)


class SyncPeer(Base):
    """What we know another device has seen: {device_id: highest contiguous seq}."""

    __tablename__ = "sync_peers"
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    seen: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    updated_at: Mapped[Stamp]


class SyncExchange(Base):
    """History of packages written and read."""

    __tablename__ = "sync_exchanges"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    project_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    direction: Mapped[str] = mapped_column(String(10))  # export|import
    peer_device: Mapped[str] = mapped_column(String(36), default="")
    path: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    at: Mapped[Stamp]
