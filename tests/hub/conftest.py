"""A real PostgreSQL server for the hub tests.

``EVALTOOL_TEST_PG_URL`` names a superuser of a throwaway cluster (``bash scripts/pg-test.sh
start`` prints one; ``.ci/run`` starts it and exports it). Under CI (``CI`` set) a missing or
unreachable server fails the hub tests; on a developer's machine without PostgreSQL they are
skipped, saying why (the rest of the suite does not need it).

Each test gets a fresh hub database cloned from one initialised template (``hub init`` runs
once per session; a clone is a file copy), dropped afterwards. Person roles made by a test
are cluster-wide, named with a per-session prefix, and dropped at the end.
"""
from __future__ import annotations

import os
import secrets
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from evaltool.db import Database, open_database
from evaltool.hub import Hub, init_hub, open_hub
from evaltool.identity import ensure_profile
from evaltool.sync import canonical_state

ENV = "EVALTOOL_TEST_PG_URL"
PREFIX = f"t{secrets.token_hex(3)}"


@pytest.fixture(autouse=True)
def _messages_in_english(_language_zh) -> Iterator[None]:
    """The tests match messages by their English source text."""
    from evaltool.i18n import set_language

    set_language("en")
    yield


def _admin_url() -> str:
    url = os.environ.get(ENV, "")
    reason = None
    if not url:
        reason = f"{ENV} is not set (start a throwaway server: export {ENV}=$(bash scripts/pg-test.sh start))"
    else:
        try:
            psycopg.connect(url, connect_timeout=5).close()
        except psycopg.Error as exc:
            reason = f"the PostgreSQL server of {ENV} cannot be reached: {exc}"
    if reason is not None:
        if os.environ.get("CI"):
            pytest.fail(f"hub tests need PostgreSQL in CI: {reason}")
        pytest.skip(reason)
    return url


def admin_sql(url: str, *statements: str, dbname: str | None = None) -> list:
    """Run statements as the cluster's superuser (autocommit); the last one's rows."""
    target = make_url(url).set(database=dbname) if dbname else make_url(url)
    rows: list = []
    with psycopg.connect(target.render_as_string(hide_password=False), autocommit=True) as con:
        for sql in statements:
            cur = con.execute(sql)
            rows = cur.fetchall() if cur.description else []
    return rows


def url_for(admin: str, dbname: str, user: str | None = None, password: str | None = None) -> str:
    from sqlalchemy.engine import URL

    u = make_url(admin).set(database=dbname)
    if user is not None:  # URL.set() ignores None: a URL without password is made anew
        u = URL.create(u.drivername, user, password, u.host, u.port, dbname, u.query)
    return u.render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def pg_admin() -> str:
    return _admin_url()


@pytest.fixture(scope="session")
def hub_template(pg_admin: str) -> Iterator[str]:
    """A database initialised by ``hub init`` once, cloned by every test."""
    name = f"{PREFIX}_template"
    admin_sql(pg_admin, f"DROP DATABASE IF EXISTS {name}", f"CREATE DATABASE {name}")
    h = open_hub(url_for(pg_admin, name))
    init_hub(h)
    h.close()
    yield name
    admin_sql(pg_admin, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    for (role,) in admin_sql(pg_admin, f"SELECT rolname FROM pg_roles WHERE rolname LIKE '{PREFIX}%'"):
        admin_sql(pg_admin, f'REVOKE evaltool_team, evaltool_partner FROM "{role}"')
    for (role,) in admin_sql(pg_admin, f"SELECT rolname FROM pg_roles WHERE rolname LIKE '{PREFIX}%'"):
        admin_sql(pg_admin, f'DROP ROLE IF EXISTS "{role}"')


@pytest.fixture
def hub_db(pg_admin: str, hub_template: str) -> Iterator[str]:
    """The name of a fresh, initialised hub database."""
    name = f"{PREFIX}_{secrets.token_hex(4)}"
    admin_sql(pg_admin, f"CREATE DATABASE {name} TEMPLATE {hub_template}")
    yield name
    admin_sql(pg_admin, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def admin_hub(pg_admin: str, hub_db: str) -> Iterator[Hub]:
    """The hub as its owner sees it (not bound by row-level security)."""
    h = open_hub(url_for(pg_admin, hub_db))
    yield h
    h.close()


@pytest.fixture
def person(pg_admin: str, hub_db: str) -> Iterator[Callable[..., Hub]]:
    """person("wang", partner=False) -> the hub as that person's own login role sees it."""
    made: list[Hub] = []

    def make(name: str, *, partner: bool = False, team: bool = True) -> Hub:
        role = f"{PREFIX}_{name}"
        password = secrets.token_hex(8)
        admin_sql(pg_admin, f"""DO $$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN CREATE ROLE "{role}" LOGIN; END IF;
          END $$""", f"ALTER ROLE \"{role}\" PASSWORD '{password}'")
        if team:
            admin_sql(pg_admin, f'GRANT evaltool_team TO "{role}"')
        if partner:
            admin_sql(pg_admin, f'GRANT evaltool_partner TO "{role}"')
        h = open_hub(url_for(pg_admin, hub_db, role, password))
        made.append(h)
        return h

    yield make
    for h in made:
        h.close()


# -- laptops ---------------------------------------------------------------------

@pytest.fixture(scope="session")
def empty_laptop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, empty data folder without a device identity (copied per laptop)."""
    d = tmp_path_factory.mktemp("hub-empty")
    open_database(d).close()
    con = sqlite3.connect(d / "evaltool.sqlite")
    con.execute("DELETE FROM app_settings")
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return d


@pytest.fixture
def laptops(empty_laptop: Path, tmp_path: Path) -> Iterator[Callable[[str], Database]]:
    """laptops("李华") -> a laptop of its own: data folder, device id, evaluator profile."""
    made: list[Database] = []

    def make(person: str, role: str = "member") -> Database:
        folder = tmp_path / f"laptop-{len(made)}"
        shutil.copytree(empty_laptop, folder)
        db = open_database(folder, backup="never")
        db.set_setting("device_name", f"laptop-{person}")
        ensure_profile(db, person, role)
        made.append(db)
        return db

    yield make
    for db in made:
        db.close()


def state(db_or_hub: Database | Hub, pid: str) -> dict:
    """The project's user data as plain JSON (equal wherever the same changes are held)."""
    if isinstance(db_or_hub, Hub):
        with db_or_hub.session(read_only=True) as s:
            return canonical_state(s, pid)
    with db_or_hub.read_session() as s:
        return canonical_state(s, pid)
