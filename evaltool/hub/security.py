"""Who sees what on the hub, by PostgreSQL's own means.

- Each person connects as their own database role (created by the administrator with
  ``createuser --pwprompt NAME``). Two group roles carry the privileges:
  ``evaltool_team`` (everyone who works on projects: read and write, no delete) and
  ``evaltool_partner`` (reads every project: the firm's portfolio). The role that ran
  ``hub init`` owns the tables and, like a superuser, is not bound by the policies below
  (the administrator, backups).
- ``hub_members`` says which role works on which project as lead, member or expert.
  Row-level security on every table with a ``project_id`` (and on ``projects`` by its id)
  lets a role read the rows of projects it is a member of (a partner: all), and write
  only those. Evaluator records (the firm's people, no project) are readable by the team.
  Evidence files are readable when an evidence record the role may read names them.
- The policies ask three ``SECURITY DEFINER`` functions which projects the connected
  person (``session_user``) may read, write or lead; they read ``hub_members`` without
  being bound by its own policy (a policy that queried its own table would recurse), run
  with a fixed ``search_path`` and take no arguments, so nobody can ask about others.
- A project's first push makes the pusher its lead (``evaltool_claim_project``: only when the
  hub has no trace of the project); the lead adds and removes members under the
  ``hub_members`` policies, and ``evaltool_enrol`` puts a new member in ``evaltool_team``.

Which *changes* a member may make inside a project (a member's final score, say) is the merge
engine's rule, the same for USB packages and the hub (``evaltool.sync.merge``).

Everything here is idempotent (``CREATE OR REPLACE``, policies dropped and made again), run by
``evaltool.hub.schema.init_hub`` in its transaction.
"""
from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from evaltool.hub.tables import PROJECT_TABLES
from evaltool.models import Base

TEAM = "evaltool_team"
PARTNER = "evaltool_partner"
ROLES = ("lead", "member", "expert")
# Laptop-only tables: the hub never writes them for anyone (its own exchange history and
# peers live in hub_pushes; app_settings is readable because the change capture reads it).
LOCAL_ONLY = ("sync_peers", "sync_exchanges")
# Columns searched by the portfolio (``evaltool.hub.portfolio.search``): trigram indexes make
# a substring search (Chinese included) fast.
TRIGRAM_COLUMNS = (("scores", "comment"), ("final_scores", "comment"), ("report_sections", "text"),
                   ("evidence_items", "title"))

_DEFINER = "LANGUAGE {lang} {volatility} SECURITY DEFINER SET search_path = public, pg_temp"

FUNCTIONS = [
    # which projects the connected person may read: their own, every one for a partner
    f"""CREATE OR REPLACE FUNCTION evaltool_readable_projects() RETURNS SETOF varchar
    {_DEFINER.format(lang="sql", volatility="STABLE")} AS $$
      SELECT project_id FROM hub_members WHERE role_name = session_user
      UNION
      SELECT id FROM projects WHERE pg_has_role(session_user, '{PARTNER}', 'MEMBER')
      UNION
      SELECT project_id FROM hub_members WHERE pg_has_role(session_user, '{PARTNER}', 'MEMBER')
    $$""",
    f"""CREATE OR REPLACE FUNCTION evaltool_writable_projects() RETURNS SETOF varchar
    {_DEFINER.format(lang="sql", volatility="STABLE")} AS $$
      SELECT project_id FROM hub_members WHERE role_name = session_user
    $$""",
    f"""CREATE OR REPLACE FUNCTION evaltool_led_projects() RETURNS SETOF varchar
    {_DEFINER.format(lang="sql", volatility="STABLE")} AS $$
      SELECT project_id FROM hub_members WHERE role_name = session_user AND project_role = 'lead'
    $$""",
    # what the connected person is to a project: lead|member|expert, partner (reads only),
    # absent (the hub has no trace of it) or forbidden (someone else's)
    f"""CREATE OR REPLACE FUNCTION evaltool_project_access(pid varchar) RETURNS text
    {_DEFINER.format(lang="plpgsql", volatility="STABLE")} AS $$
    DECLARE r text;
    BEGIN
      SELECT project_role INTO r FROM hub_members WHERE project_id = pid AND role_name = session_user;
      IF r IS NOT NULL THEN RETURN r; END IF;
      IF NOT EXISTS (SELECT 1 FROM hub_members WHERE project_id = pid)
         AND NOT EXISTS (SELECT 1 FROM projects WHERE id = pid)
         AND NOT EXISTS (SELECT 1 FROM change_log WHERE project_id = pid) THEN
        RETURN 'absent';
      END IF;
      IF pg_has_role(session_user, '{PARTNER}', 'MEMBER') THEN RETURN 'partner'; END IF;
      RETURN 'forbidden';
    END $$""",
    # a project new to the hub: its first pusher becomes its lead
    f"""CREATE OR REPLACE FUNCTION evaltool_claim_project(pid varchar, at varchar) RETURNS text
    {_DEFINER.format(lang="plpgsql", volatility="VOLATILE")} AS $$
    DECLARE access text := evaltool_project_access(pid);
    BEGIN
      IF access = 'absent' THEN
        INSERT INTO hub_members (project_id, role_name, project_role, added_by, added_at)
        VALUES (pid, session_user, 'lead', session_user, at);
        RETURN 'lead';
      END IF;
      RETURN access;
    END $$""",
    # which of these evidence files the hub holds whole (a file's hash says nothing new to
    # whoever has its bytes, so anyone may ask; the bytes stay behind the policies)
    f"""CREATE OR REPLACE FUNCTION evaltool_blobs_present(shas varchar[]) RETURNS SETOF varchar
    {_DEFINER.format(lang="sql", volatility="STABLE")} AS $$
      SELECT sha256 FROM hub_blobs WHERE sha256 = ANY(shas)
    $$""",
    # a lead (or the hub's owner) lets a person connect to the hub's tables
    f"""CREATE OR REPLACE FUNCTION evaltool_enrol(member name) RETURNS void
    {_DEFINER.format(lang="plpgsql", volatility="VOLATILE")} AS $$
    DECLARE owner name := (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = 'hub_members'::regclass);
    BEGIN
      IF NOT EXISTS (SELECT 1 FROM hub_members WHERE role_name = session_user AND project_role = 'lead')
         AND NOT pg_has_role(session_user, owner, 'MEMBER') THEN
        RAISE EXCEPTION 'only a project lead may add people to the hub' USING ERRCODE = '42501';
      END IF;
      IF NOT pg_has_role(member, '{TEAM}', 'MEMBER') THEN
        EXECUTE format('GRANT {TEAM} TO %I', member);
      END IF;
    END $$""",
]


def _exec(s: Session, sql: str) -> None:
    s.execute(text(sql))


def ensure_roles(s: Session) -> None:
    for role in (TEAM, PARTNER):
        _exec(s, f"""DO $$ BEGIN
          IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN CREATE ROLE {role} NOLOGIN; END IF;
        END $$""")


def _policy(s: Session, table: str, name: str, command: str, using: str | None, check: str | None) -> None:
    _exec(s, f"DROP POLICY IF EXISTS {name} ON {table}")
    sql = f"CREATE POLICY {name} ON {table} FOR {command}"
    if using is not None:
        sql += f" USING ({using})"
    if check is not None:
        sql += f" WITH CHECK ({check})"
    _exec(s, sql)


def _project_policies(s: Session, table: str, column: str, *, null_is_shared: bool, delete: bool = False,
                      write_rule: str = "evaltool_writable_projects") -> None:
    shared = f" OR {column} IS NULL" if null_is_shared else ""
    read = f"{column} IN (SELECT evaltool_readable_projects()){shared}"
    write = f"{column} IN (SELECT {write_rule}()){shared}"
    _exec(s, f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    _policy(s, table, "evaltool_read", "SELECT", read, None)
    _policy(s, table, "evaltool_insert", "INSERT", None, write)
    _policy(s, table, "evaltool_update", "UPDATE", write, write)
    if delete:
        _policy(s, table, "evaltool_delete", "DELETE", write, None)


def _shared_policies(s: Session, table: str, read: str, write: str) -> None:
    _exec(s, f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    _policy(s, table, "evaltool_read", "SELECT", read, None)
    _policy(s, table, "evaltool_insert", "INSERT", None, write)
    _policy(s, table, "evaltool_update", "UPDATE", write, write)


def synced_tables() -> list[tuple[str, str | None, bool]]:
    """(table, project column or None, NULL project = shared) of the models the hub shares."""
    out: list[tuple[str, str | None, bool]] = []
    for table in Base.metadata.sorted_tables:
        if table.name in LOCAL_ONLY or table.name == "app_settings":
            continue
        if table.name == "projects":
            out.append((table.name, "id", False))
        elif "project_id" in table.c:
            out.append((table.name, "project_id", bool(table.c["project_id"].nullable)))
        else:
            out.append((table.name, None, False))  # evaluators: the firm's people
    return out


def apply_security(s: Session, database: str) -> None:
    """Roles, privileges, functions and row-level security policies (idempotent)."""
    ensure_roles(s)
    for sql in FUNCTIONS:
        _exec(s, sql)
    both = f"{TEAM}, {PARTNER}"
    _exec(s, f'GRANT CONNECT ON DATABASE "{database}" TO {both}')
    _exec(s, f"GRANT USAGE ON SCHEMA public TO {both}")
    for fn in ("evaltool_readable_projects()", "evaltool_writable_projects()", "evaltool_led_projects()",
               "evaltool_project_access(varchar)", "evaltool_blobs_present(varchar[])"):
        _exec(s, f"REVOKE ALL ON FUNCTION {fn} FROM PUBLIC")
        _exec(s, f"GRANT EXECUTE ON FUNCTION {fn} TO {both}")
    for fn in ("evaltool_claim_project(varchar, varchar)", "evaltool_enrol(name)"):
        _exec(s, f"REVOKE ALL ON FUNCTION {fn} FROM PUBLIC")
        _exec(s, f"GRANT EXECUTE ON FUNCTION {fn} TO {TEAM}")
    _exec(s, f"GRANT SELECT ON alembic_version, hub_info, app_settings TO {both}")
    for table in LOCAL_ONLY:
        _exec(s, f"REVOKE ALL ON {table} FROM {both}")
    for table, column, shared in synced_tables():
        _exec(s, f"GRANT SELECT ON {table} TO {both}")
        _exec(s, f"GRANT INSERT, UPDATE ON {table} TO {TEAM}")
        if column is None:
            _shared_policies(s, table, read="true", write=f"pg_has_role(session_user, '{TEAM}', 'MEMBER')")
        else:
            _project_policies(s, table, column, null_is_shared=shared)
    for table in PROJECT_TABLES:
        _exec(s, f"GRANT SELECT ON {table} TO {both}")
        _exec(s, f"GRANT INSERT, UPDATE, DELETE ON {table} TO {TEAM}")
        if table == "hub_members":
            _project_policies(s, table, "project_id", null_is_shared=False, delete=True,
                              write_rule="evaltool_led_projects")
        else:
            _project_policies(s, table, "project_id", null_is_shared=False, delete=True)
    for table in ("hub_blobs", "hub_blob_chunks"):
        _exec(s, f"GRANT SELECT ON {table} TO {both}")
        _exec(s, f"GRANT INSERT ON {table} TO {TEAM}")
        _shared_policies(s, table, read="sha256 IN (SELECT sha256 FROM evidence_items WHERE sha256 IS NOT NULL)",
                         write="true")


def make_foreign_keys_deferrable(s: Session) -> int:
    """Every foreign key DEFERRABLE (still checked at once unless a transaction defers it).

    A merge writes records in the order their changes arrive (a score may come before its
    leaf); on SQLite the import defers foreign keys with ``PRAGMA defer_foreign_keys``, and a
    hub transaction does the same with ``SET CONSTRAINTS ALL DEFERRED``, which PostgreSQL
    allows only for deferrable constraints. The released revisions create them not
    deferrable (SQLite has no such notion), so ``hub init`` alters them after upgrading —
    also those a later revision adds. Returns how many were altered.
    """
    rows = s.execute(text(
        "SELECT conrelid::regclass::text, conname FROM pg_constraint "
        "WHERE contype = 'f' AND NOT condeferrable AND connamespace = 'public'::regnamespace")).all()
    for table, name in rows:
        _exec(s, f'ALTER TABLE {table} ALTER CONSTRAINT "{name}" DEFERRABLE INITIALLY IMMEDIATE')
    return len(rows)


def make_trigram_indexes(s: Session) -> None:
    for table, column in TRIGRAM_COLUMNS:
        _exec(s, f"CREATE INDEX IF NOT EXISTS hub_trgm_{table}_{column} ON {table} USING gin ({column} gin_trgm_ops)")
