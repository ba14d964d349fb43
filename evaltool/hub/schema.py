"""Creating or upgrading the hub's schema (``evaltool hub init URL``), and checking it.

The hub holds the laptops' models, created by **the same Alembic revisions** as a laptop's
SQLite file (``evaltool.models.migrations``: they run on PostgreSQL unchanged), then what
only a hub has (``evaltool.hub.tables``, ``evaltool.hub.security``):

1. ``CREATE EXTENSION pg_trgm`` (trusted: the database's owner may create it);
2. ``alembic upgrade head`` on the hub's connection;
3. the hub's own tables, every foreign key made deferrable (see
   ``security.make_foreign_keys_deferrable``), trigram indexes for the portfolio search;
4. group roles, privileges, functions and row-level security policies;
5. the hub's id and schema version in ``hub_info``; a portfolio summary for every project
   that has none.

All in one transaction under an advisory lock, so two ``hub init`` at once, or one that
fails half-way, leave the hub as it was or fully upgraded. Running it again changes nothing.
Who runs it: the database's owner, with ``CREATEROLE`` (it creates the group roles and lets
leads enrol members); see the README ("Running the team hub").

A laptop works with a hub only when both are at the same Alembic revision and hub schema
version (``check_schema``): the merge writes the laptop's models into the hub's tables.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from alembic import command
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from evaltool.db import alembic_config, head_revision, known_revisions
from evaltool.hub.connect import Hub, HubError, server_info
from evaltool.hub.security import apply_security, make_foreign_keys_deferrable, make_trigram_indexes
from evaltool.hub.tables import HUB_SCHEMA_VERSION, hub_info, hub_metadata
from evaltool.i18n import translate
from evaltool.models import Project, new_id, utcnow

# pg_advisory_xact_lock keys: hub init, and the evaluators' records (shared by all projects).
INIT_LOCK = 7_345_001
EVALUATORS_LOCK = 7_345_002
MIN_SERVER_VERSION = 130000  # trusted extensions (pg_trgm without superuser)


@dataclass
class InitResult:
    hub: str
    hub_id: str
    revision_before: str | None
    revision: str
    schema_version: int
    created: bool
    foreign_keys_altered: int
    summaries_made: int
    projects: int

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def _revision(s: Session) -> str | None:
    exists = s.scalar(text("SELECT to_regclass('public.alembic_version') IS NOT NULL"))
    if not exists:
        return None
    return s.scalar(text("SELECT version_num FROM alembic_version"))


def _info(s: Session, key: str) -> str | None:
    exists = s.scalar(text("SELECT to_regclass('public.hub_info') IS NOT NULL"))
    if not exists:
        return None
    return s.scalar(select(hub_info.c.value).where(hub_info.c.key == key))


def _set_info(s: Session, key: str, value: str) -> None:
    s.execute(text("INSERT INTO hub_info (key, value) VALUES (:k, :v) ON CONFLICT (key) DO UPDATE SET value = :v"),
              {"k": key, "v": value})


def init_hub(hub: Hub) -> InitResult:
    """Create or upgrade the hub schema (idempotent); see the module docstring."""
    from evaltool.hub.portfolio import refresh_missing_summaries

    with hub.session() as s:
        info = server_info(s)
        if info["server_version"] < MIN_SERVER_VERSION:
            raise HubError(translate("Errors", "The team hub needs PostgreSQL 13 or newer; {hub} runs {version}.").format(
                hub=hub.display, version=info["server_version"]))
        if info["encoding"] != "UTF8":
            raise HubError(translate("Errors", "The hub database {db} is encoded {encoding}; the team hub needs UTF8 "
                                     "(createdb -E UTF8 --locale=C.UTF-8 …). Nothing was changed.").format(
                                         db=info["database"], encoding=info["encoding"]))
        s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": INIT_LOCK})
        before = _revision(s)
        if before is not None and before not in known_revisions():
            raise HubError(translate("Errors", "The team hub {hub} was set up by a newer evaltool (schema {rev}); "
                                     "install that version to use it. Nothing was changed.").format(hub=hub.display, rev=before))
        hub_id = _info(s, "hub_id")
        s.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
        conn = s.connection()
        command.upgrade(alembic_config(conn), "head")
        hub_metadata.create_all(conn, checkfirst=True)
        # evidence files are compressed already (PDF, JPEG, Office): don't try again
        s.execute(text("ALTER TABLE hub_blob_chunks ALTER COLUMN data SET STORAGE EXTERNAL"))
        altered = make_foreign_keys_deferrable(s)
        make_trigram_indexes(s)
        apply_security(s, info["database"])
        created = hub_id is None
        if hub_id is None:
            hub_id = new_id()
            _set_info(s, "hub_id", hub_id)
            _set_info(s, "created_at", utcnow())
        _set_info(s, "schema_version", str(HUB_SCHEMA_VERSION))
        made = refresh_missing_summaries(s, info["user"])
        projects = int(s.scalar(select(text("count(*)")).select_from(Project)) or 0)
        return InitResult(hub.display, hub_id, before, head_revision(), HUB_SCHEMA_VERSION, created, altered, made,
                          projects)


@dataclass
class HubStatus:
    """What a laptop learns when it connects (the connection test shows it)."""

    hub: str
    user: str
    hub_id: str
    revision: str
    server_version: int
    projects_visible: int

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def check_schema(s: Session, hub: Hub) -> str:
    """The hub's id, once its schema is the one this evaltool writes; else ``HubError``."""
    rev = _revision(s)
    hub_id = _info(s, "hub_id") if rev is not None else None
    if rev is None or hub_id is None:
        raise HubError(translate("Errors", "{hub} is not a team hub yet: its administrator runs "
                                 "“evaltool hub init URL” once.").format(hub=hub.display))
    head = head_revision()
    if rev != head:
        if rev not in known_revisions():
            raise HubError(translate("Errors", "The team hub {hub} was upgraded by a newer evaltool (schema {rev}); "
                                     "install that version on this laptop to sync with it.").format(hub=hub.display, rev=rev))
        raise HubError(translate("Errors", "The team hub {hub} has an older schema ({rev}) than this evaltool ({head}); "
                                 "its administrator runs “evaltool hub init” with this version.").format(
                                     hub=hub.display, rev=rev, head=head))
    version = _info(s, "schema_version")
    if version != str(HUB_SCHEMA_VERSION):
        raise HubError(translate("Errors", "The team hub {hub} has hub schema {got}, this evaltool needs {want}; "
                                 "its administrator runs “evaltool hub init” with this version.").format(
                                     hub=hub.display, got=version, want=HUB_SCHEMA_VERSION))
    return hub_id


def hub_status(hub: Hub) -> HubStatus:
    """Connect, check the schema and count the projects this person may see."""
    with hub.session(read_only=True) as s:
        info = server_info(s)
        hub_id = check_schema(s, hub)
        n = int(s.scalar(select(text("count(*)")).select_from(Project).where(Project.deleted.is_(False))) or 0)
        return HubStatus(hub.display, info["user"], hub_id, head_revision(), info["server_version"], n)
