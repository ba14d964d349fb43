"""The laptops' Alembic revisions on PostgreSQL (the hub runs the same ones), and ``hub init``."""
from __future__ import annotations

import secrets

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text

from evaltool import hub
from evaltool.db import alembic_config, head_revision
from evaltool.hub.security import synced_tables
from evaltool.hub.tables import hub_metadata
from evaltool.models import Base
from tests.hub.conftest import PREFIX, admin_sql, url_for


@pytest.fixture
def empty_db(pg_admin: str):
    name = f"{PREFIX}_m{secrets.token_hex(3)}"
    admin_sql(pg_admin, f"CREATE DATABASE {name}")
    engine = create_engine(url_for(pg_admin, name).replace("postgresql://", "postgresql+psycopg://", 1))
    yield name, engine
    engine.dispose()
    admin_sql(pg_admin, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def test_every_revision_runs_on_postgresql_and_keeps_the_data(empty_db) -> None:
    _name, engine = empty_db
    revisions = [s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()][::-1]
    assert revisions[0] == "0001" and revisions[-1] == head_revision()
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), revisions[0])
        conn.execute(text("INSERT INTO projects (id, name, budget_unit, competent_department, commissioning_body, "
                          "evaluation_agency, evaluation_type, grade_bands, consolidation, spread_threshold, settings, "
                          "created_at, updated_at, deleted) VALUES ('p1', '东莞市政务服务平台', '政数局', '', '', '', '重点评价', "
                          "'[]', 'mean', 0.2, '{}', 't0', 't0', false)"))
    for rev in revisions[1:]:  # one transaction per revision, as a laptop upgrading release by release
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), rev)
    with engine.connect() as conn:
        row = conn.execute(text("SELECT name, budget_unit, evaluation_type, spread_threshold FROM projects")).one()
        assert tuple(row) == ("东莞市政务服务平台", "政数局", "重点评价", 0.2)
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
        # the models and what the revisions made agree on PostgreSQL too
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
        assert diff == []


def test_hub_init_makes_a_hub_and_running_it_again_changes_nothing(empty_db, pg_admin: str) -> None:
    name, engine = empty_db
    h = hub.open_hub(url_for(pg_admin, name))
    first = hub.init_hub(h)
    assert first.created and first.revision_before is None and first.revision == head_revision()
    assert first.foreign_keys_altered > 0
    again = hub.init_hub(h)
    assert not again.created and again.hub_id == first.hub_id and again.revision_before == head_revision()
    assert again.foreign_keys_altered == 0 and again.summaries_made == 0
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND NOT condeferrable")).scalar() == 0
        secured = {r[0] for r in conn.execute(text("SELECT relname FROM pg_class WHERE relrowsecurity"))}
        tables = {t for t, _col, _shared in synced_tables()} | set(hub_metadata.tables) - {"hub_info"}
        assert tables <= secured
        assert conn.execute(text("SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'")).scalar() == 1
    h.close()


def test_hub_init_refuses_a_database_not_in_utf8(pg_admin: str) -> None:
    name = f"{PREFIX}_latin"
    admin_sql(pg_admin, f"CREATE DATABASE {name} ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0")
    try:
        h = hub.open_hub(url_for(pg_admin, name))
        with pytest.raises(hub.HubError, match="UTF8"):
            hub.init_hub(h)
        h.close()
        assert admin_sql(pg_admin, "SELECT to_regclass('public.alembic_version') IS NULL", dbname=name) == [(True,)]
    finally:
        admin_sql(pg_admin, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def test_the_database_owner_with_createrole_sets_up_a_hub_the_team_can_use(pg_admin: str, demo_db,
                                                                           demo_project_id: str) -> None:
    """The README's set-up: no superuser involved after the database is created."""
    owner, name = f"{PREFIX}_owner", f"{PREFIX}_owned"
    admin_sql(pg_admin, f"DROP DATABASE IF EXISTS {name}", f'DROP ROLE IF EXISTS "{owner}"',
              f"CREATE ROLE \"{owner}\" LOGIN CREATEROLE PASSWORD 'owner-pw'",
              f'CREATE DATABASE {name} OWNER "{owner}" ENCODING \'UTF8\' TEMPLATE template0')
    member = f"{PREFIX}_member"
    admin_sql(pg_admin, f'DROP ROLE IF EXISTS "{member}"', f"CREATE ROLE \"{member}\" LOGIN PASSWORD 'member-pw'")
    try:
        as_owner = hub.open_hub(url_for(pg_admin, name, owner, "owner-pw"))
        assert hub.init_hub(as_owner).created
        assert hub.init_hub(as_owner).created is False
        pushed = hub.push_project(demo_db, as_owner, demo_project_id)
        assert pushed.project_created
        hub.add_member(as_owner, demo_project_id, member, "lead")  # the owner hands the project to its lead
        as_member = hub.open_hub(url_for(pg_admin, name, member, "member-pw"))
        assert [p.id for p in hub.list_portfolio(as_member)] == [demo_project_id]
        as_owner.close()
        as_member.close()
    finally:
        admin_sql(pg_admin, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
