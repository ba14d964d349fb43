"""Alembic environment, driven from code (evaltool.db); there is no alembic.ini.

``evaltool.db`` passes an open connection inside its transaction (foreign keys off,
explicit ``BEGIN``; see ``evaltool.db._migration_engine``). ``render_as_batch`` makes
autogenerate write SQLite-safe table changes (copy, drop, rename).
"""
from __future__ import annotations

from alembic import context

from evaltool.models import Base

config = context.config
connection = config.attributes.get("connection")

if connection is None:
    raise RuntimeError("evaltool migrations run through evaltool.db, which passes a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
