"""The hub's own tables, beside the laptops' models (which the Alembic revisions create).

They live in a ``MetaData`` of their own, not in ``evaltool.models``: a laptop's SQLite file
never has them, and Alembic's autogenerate never sees them. ``evaltool.hub.schema`` creates
them (``HUB_SCHEMA_VERSION`` says which shape a hub has).

- ``hub_info``: the hub's id (its changes' device ids are derived from it) and schema version.
- ``hub_members``: which database role (a person) may work on which project, as lead, member
  or expert: what row-level security reads (``evaltool.hub.security``).
- ``hub_coverage``: per project and device, the hub holds every change of the project by that
  device with ``seq`` ≤ n (the hub's version vector; see ``evaltool.sync.peers``).
- ``hub_pushes``: every push and pull, who and what (the hub's history and a laptop's
  "last sync" as the hub saw it).
- ``hub_blobs`` / ``hub_blob_chunks``: evidence files by SHA-256, in chunks of ``CHUNK_BYTES``
  (bytea rows, so row-level security applies, which PostgreSQL's large objects do not have).
- ``hub_project_summaries`` / ``hub_leaf_results``: the portfolio, computed by the core's
  scoring when a push changes a project (``evaltool.hub.portfolio``).
"""
from __future__ import annotations

from sqlalchemy import JSON, BigInteger, Boolean, Column, Float, Integer, LargeBinary, MetaData, String, Table, Text

HUB_SCHEMA_VERSION = 1
# Bytes per row of an evidence file on the hub (one round trip each while streaming).
CHUNK_BYTES = 1024 * 1024

hub_metadata = MetaData()

hub_info = Table(
    "hub_info", hub_metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

hub_members = Table(
    "hub_members", hub_metadata,
    Column("project_id", String(36), primary_key=True),
    Column("role_name", String(63), primary_key=True),  # a PostgreSQL role (63 bytes at most)
    Column("project_role", String(10), nullable=False),  # lead|member|expert
    Column("added_by", String(63), nullable=False, server_default=""),
    Column("added_at", String(40), nullable=False),
)

hub_coverage = Table(
    "hub_coverage", hub_metadata,
    Column("project_id", String(36), primary_key=True),
    Column("device_id", String(36), primary_key=True),
    Column("seq", Integer, nullable=False),
)

hub_pushes = Table(
    "hub_pushes", hub_metadata,
    Column("id", String(36), primary_key=True),
    Column("project_id", String(36), nullable=False, index=True),
    Column("direction", String(10), nullable=False),  # push|pull
    Column("role_name", String(63), nullable=False),
    Column("device_id", String(36), nullable=False),
    Column("device_name", String(200), nullable=False, server_default=""),
    Column("evaluator_id", String(36), nullable=True),
    Column("at", String(40), nullable=False),
    Column("changes_sent", Integer, nullable=False, server_default="0"),
    Column("changes_new", Integer, nullable=False, server_default="0"),
    Column("blobs", Integer, nullable=False, server_default="0"),
    Column("blob_bytes", BigInteger, nullable=False, server_default="0"),
)

hub_blobs = Table(
    "hub_blobs", hub_metadata,
    Column("sha256", String(64), primary_key=True),
    Column("size", BigInteger, nullable=False),
    Column("chunks", Integer, nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("created_by", String(63), nullable=False, server_default=""),
)

hub_blob_chunks = Table(
    "hub_blob_chunks", hub_metadata,
    Column("sha256", String(64), primary_key=True),
    Column("n", Integer, primary_key=True),
    Column("data", LargeBinary, nullable=False),
)

hub_project_summaries = Table(
    "hub_project_summaries", hub_metadata,
    Column("project_id", String(36), primary_key=True),
    Column("name", String(300), nullable=False),
    Column("status", String(20), nullable=False),  # setup|scoring|scored|signed_off|deleted
    Column("total", Float, nullable=True),
    Column("weight", Float, nullable=True),
    Column("grade", String(40), nullable=False, server_default=""),
    Column("grade_en", String(40), nullable=False, server_default=""),
    Column("leaves", Integer, nullable=False, server_default="0"),
    Column("scored", Integer, nullable=False, server_default="0"),
    Column("evaluators", JSON, nullable=False),
    Column("budget_unit", Text, nullable=False, server_default=""),
    Column("evaluation_type", Text, nullable=False, server_default=""),
    Column("reference_date", String(10), nullable=True),
    Column("report_date", String(10), nullable=True),
    Column("created_at", String(40), nullable=False),
    Column("last_change_at", String(40), nullable=False),
    Column("pushed_at", String(40), nullable=False),
    Column("pushed_by", String(63), nullable=False, server_default=""),
    Column("deleted", Boolean, nullable=False, server_default="false"),
)

hub_leaf_results = Table(
    "hub_leaf_results", hub_metadata,
    Column("project_id", String(36), primary_key=True),
    Column("indicator_id", String(36), primary_key=True),
    Column("name", String(300), nullable=False),
    Column("name_key", String(300), nullable=False, index=True),  # the name compared across projects
    Column("path", Text, nullable=False),
    Column("weight", Float, nullable=False),
    Column("score", Float, nullable=True),
    Column("rate", Float, nullable=True),
    Column("comment", Text, nullable=False, server_default=""),
    Column("is_negative", Boolean, nullable=False, server_default="false"),
)

# Tables whose rows belong to one project (row-level security by ``project_id``).
PROJECT_TABLES = ("hub_members", "hub_coverage", "hub_pushes", "hub_project_summaries", "hub_leaf_results")
