"""Developer tool: (re)generate the newest migration from the models.

    python scripts/make_migration.py            # regenerate 0002 (schema still unreleased)

Builds a scratch database at the previous revision and lets Alembic compare it
with the models. Review the generated file before committing.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from evaltool.db import _make_engine, alembic_config
from evaltool.paths import migrations_dir

CORE_TABLES = {"app_settings", "evaluators", "projects", "project_members", "project_flags",
               "report_sections", "change_log", "field_heads"}


def generate(rev_id: str, message: str, base: str | None, include=None) -> None:
    versions = migrations_dir() / "versions"
    for old in versions.glob(f"{rev_id}_*.py"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        engine = _make_engine(Path(tmp) / "scratch.sqlite")
        with engine.begin() as conn:
            if base:
                command.upgrade(alembic_config(conn), base)
            cfg = alembic_config(conn, include_tables=include)
            command.revision(cfg, message=message, autogenerate=True, rev_id=rev_id)
        engine.dispose()


if __name__ == "__main__":
    if "--initial" in sys.argv:
        generate("0001", "core tables", None, CORE_TABLES)
    from evaltool.models import Base
    generate("0002", "frameworks scoring evidence surveys sync", "0001", set(Base.metadata.tables))
