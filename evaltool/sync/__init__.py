"""USB sync between laptops: packages, merge, conflicts.

A project's state is a function of the *set* of its field changes (evaltool.changelog).
A package carries the changes a peer may lack; importing it adds the ones we lack and
recomputes every field they touch, keeping conflicts until a person settles them. So
importing twice changes nothing, the order of packages does not matter, and no one's
edit is overwritten silently.

The parts, by job:

- ``package``: the file container (zip and manifest, validated before anything is
  applied) and ``crypto``: its encryption with the team passphrase (AES-256-GCM, scrypt);
- ``exchange``: export and import of packages and whole-project archives (backup, one
  transaction, dry run, Cancel);
- ``merge``: the merge engine (heads, winning values, conflicts kept);
- ``peers``: what each laptop is known to hold, so packages stay small;
- ``signing``: every package signed by its laptop (Ed25519), and ``trust``: the
  project's roster of laptops and the lead's setting requiring encrypted, signed packages;
- ``conflicts``: listing and resolving conflicts;
- ``history``: packages exchanged, and the project's state as plain data;
- ``labels``: names of tables, fields, records and values for people (UI and CLI).

Callers use the names re-exported here (``from evaltool import sync``).
"""
from __future__ import annotations

from evaltool.sync.base import (
    ARCHIVE_SUFFIX,
    CHANGE_KEYS,
    PACKAGE_SUFFIX,
    CancelCheck,
    Progress,
    conflict_key,
    hlc_time,
    referenced_evaluators,
)
from evaltool.sync.conflicts import (
    REPLACES,
    Conflict,
    ConflictOption,
    coerce_value,
    conflict_map,
    list_conflicts,
    parse_conflict_key,
    replace_in_next_edit,
    replaced_options,
    resolve_conflict,
)
from evaltool.sync.crypto import is_encrypted, read_passphrase_file
from evaltool.sync.exchange import ExportResult, ImportSummary, export_archive, export_package, import_package
from evaltool.sync.history import ExchangeInfo, canonical_state, list_exchanges, project_change_ids
from evaltool.sync.labels import display_value, field_label, record_label, table_label
from evaltool.sync.merge import TableCounts
from evaltool.sync.peers import PeerInfo, coverage, find_peer, list_peers
from evaltool.sync.trust import DeviceInfo, SecurityInfo, Verdict

__all__ = [
    "ARCHIVE_SUFFIX",
    "CHANGE_KEYS",
    "PACKAGE_SUFFIX",
    "REPLACES",
    "CancelCheck",
    "Conflict",
    "ConflictOption",
    "DeviceInfo",
    "ExchangeInfo",
    "ExportResult",
    "ImportSummary",
    "PeerInfo",
    "Progress",
    "SecurityInfo",
    "TableCounts",
    "Verdict",
    "canonical_state",
    "coerce_value",
    "conflict_key",
    "conflict_map",
    "coverage",
    "display_value",
    "export_archive",
    "export_package",
    "field_label",
    "find_peer",
    "hlc_time",
    "import_package",
    "is_encrypted",
    "list_conflicts",
    "list_exchanges",
    "list_peers",
    "parse_conflict_key",
    "project_change_ids",
    "read_passphrase_file",
    "record_label",
    "referenced_evaluators",
    "replace_in_next_edit",
    "replaced_options",
    "resolve_conflict",
    "table_label",
]
