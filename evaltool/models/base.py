"""Declarative base and the columns every synchronised record carries.

Every row that travels between laptops has a UUID primary key (text, 36 chars),
created/updated stamps (UTC, ISO text), the evaluator and device that last changed
it, and a ``deleted`` tombstone flag: records are never removed with DELETE, so a
deletion can travel to other laptops like any other change.
"""
from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Annotated, Any, ClassVar

from sqlalchemy import JSON, Boolean, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Namespace for deterministic ids (records with a natural key, e.g. one evaluator's
# score of one leaf, get the same id on every laptop so they can never duplicate).
EVALTOOL_NS = uuid.UUID("8f6b2c1e-4d7a-4e55-9a51-2b7f0c3d9e10")


def new_id() -> str:
    return str(uuid.uuid4())


def natural_id(*parts: str) -> str:
    """A UUID derived from a natural key; identical on every installation."""
    return str(uuid.uuid5(EVALTOOL_NS, "\x1f".join(parts)))


def utcnow() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


UUIDPk = Annotated[str, mapped_column(String(36), primary_key=True, default=new_id)]
UUIDRef = Annotated[str, mapped_column(String(36))]
Stamp = Annotated[str, mapped_column(String(40), default=utcnow)]
Txt = Annotated[str, mapped_column(Text, default="", server_default="")]


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class Synced:
    """Mixin for records that travel between installations (see evaltool.changelog).

    ``__sync_skip__`` names columns that are bookkeeping, not user data; they are
    not recorded as field changes.
    """

    __sync_skip__ = ("created_at", "updated_at", "updated_by", "updated_device")

    id: Mapped[UUIDPk]
    created_at: Mapped[Stamp]
    updated_at: Mapped[Stamp]
    updated_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    updated_device: Mapped[str | None] = mapped_column(String(36), nullable=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
