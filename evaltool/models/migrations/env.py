"""Alembic environment, driven from code (evaltool.db); there is no alembic.ini."""
from __future__ import annotations

from alembic import context

from evaltool.models import Base

config = context.config
connection = config.attributes.get("connection")
include_tables = config.attributes.get("include_tables")


def _include_object(obj, name, type_, reflected, compare_to):  # noqa: ANN001
    if include_tables is not None and type_ == "table":
        return name in include_tables
    if include_tables is not None and getattr(obj, "table", None) is not None:
        return obj.table.name in include_tables
    return True


if connection is None:
    raise RuntimeError("evaltool migrations run through evaltool.db, which passes a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_object=_include_object,
)
with context.begin_transaction():
    context.run_migrations()
