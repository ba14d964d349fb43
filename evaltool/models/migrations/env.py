"""Alembic environment, driven from code (evaltool.db); there is no alembic.ini.

``evaltool.db`` passes an open connection inside its transaction (foreign keys off,
explicit ``BEGIN``; see ``evaltool.db._migration_engine``). ``render_as_batch`` makes
autogenerate write SQLite-safe table changes (copy, drop, rename).

After an upgrade that reaches the head, the survey counts' triggers are checked in the
same transaction (``evaltool.models.survey_counts.ensure_survey_counts``): a batch change
of a table drops its triggers with the old copy of the table, and the counts must not
silently stop following the questionnaires.
"""
from __future__ import annotations

from alembic import context

from evaltool.models import Base
from evaltool.models.survey_counts import ensure_survey_counts

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
    if not context.is_offline_mode() and context.get_context().get_current_revision() == context.script.get_current_head():
        ensure_survey_counts(connection)
