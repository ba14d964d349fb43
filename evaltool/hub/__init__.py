"""The firm's team hub on PostgreSQL: laptops sync over the office network, and the firm
sees all its evaluations.

Laptops stay offline-first on SQLite; the hub is a PostgreSQL database where they meet. It
holds the same models, created by the same Alembic revisions, plus the change log; a laptop
pushes the changes the hub lacks and pulls the changes it lacks, and both sides apply them
with the merge engine of USB sync, so USB packages and the hub mix freely.

The parts, by job:

- ``connect``: the hub's address (a PostgreSQL URL; the password never stored), the
  connection, errors in plain words;
- ``schema``: ``hub init`` (Alembic revisions, the hub's tables, security) and the check a
  laptop makes before it syncs; ``tables``: the hub's own tables;
- ``security``: database roles, row-level security by project membership;
- ``transfer``: push, pull and sync of a project's changes; ``blobs``: its evidence files;
- ``members``: a project's team on the hub (the lead adds and removes people);
- ``portfolio``: projects with status, totals and grades, statistics across projects, search.

Callers use the names re-exported here (``from evaltool import hub``).
"""
from __future__ import annotations

from evaltool.hub.blobs import BlobTransfer
from evaltool.hub.connect import ENV_URL, SETTING_AUTO, SETTING_URL, Hub, HubError, HubUrl, open_hub, parse_url, resolve_url
from evaltool.hub.members import Member, add_member, list_members, remove_member
from evaltool.hub.portfolio import (
    IndicatorStats,
    PortfolioProject,
    PortfolioReport,
    SearchHit,
    list_portfolio,
    name_key,
    portfolio_report,
    search,
)
from evaltool.hub.schema import HubStatus, InitResult, hub_status, init_hub
from evaltool.hub.transfer import (
    SyncResult,
    TransferResult,
    last_sync,
    pull_project,
    push_project,
    shared_projects,
    sync_project,
)

__all__ = [
    "ENV_URL",
    "SETTING_AUTO",
    "SETTING_URL",
    "BlobTransfer",
    "Hub",
    "HubError",
    "HubStatus",
    "HubUrl",
    "IndicatorStats",
    "InitResult",
    "Member",
    "PortfolioProject",
    "PortfolioReport",
    "SearchHit",
    "SyncResult",
    "TransferResult",
    "add_member",
    "hub_status",
    "init_hub",
    "last_sync",
    "list_members",
    "list_portfolio",
    "name_key",
    "open_hub",
    "parse_url",
    "portfolio_report",
    "pull_project",
    "push_project",
    "remove_member",
    "resolve_url",
    "search",
    "shared_projects",
    "sync_project",
]
