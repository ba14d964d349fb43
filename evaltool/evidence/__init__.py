"""Evidence (佐证材料): files kept in a content store, or notes written in the app, linked to
the leaves (and to a deduction or flag of a leaf) they support.

An item is either a file kept in the content store (``EvidenceStore``, by SHA-256) or a
note (``text``). Items link to one or many leaves (``EvidenceLink``), optionally to a
specific deduction or flag of the leaf (``target``, free text such as "要点②" or a flag
key). Link ids are natural ids (item, leaf, target) so two laptops linking the same pair
make one record.

The package, split along its jobs:

- ``store``: the content-addressed file store (streaming SHA-256, atomic renames, long
  paths); no database.
- ``info``: kinds, sources, labels and the plain records (``EvidenceInfo``, ``LinkInfo``,
  ``StoredFile``, ``AddResult``) everything else exchanges.
- ``items``: add files and notes, edit, tombstone and restore items.
- ``links``: link items to leaves and deductions (one pair, or many at once); counts per leaf.
- ``register``: list, filter, verify the stored files, the register rows of the report.

Core rules: functions take a ``Session``, flush, never commit, and return plain data
(``EvidenceInfo`` / dicts) for views and exports. Import from ``evaltool.evidence``: the
names below are the public API (the CLI, the UI, export and the tests use them).
"""
from __future__ import annotations

from evaltool.evidence.info import (
    EDITABLE,
    KIND_LABELS,
    KINDS,
    SOURCE_LABELS,
    SOURCES,
    STATUS_LABELS,
    AddResult,
    CancelCheck,
    EvidenceInfo,
    LinkInfo,
    Progress,
    StoredFile,
    guess_kind,
    guess_mime,
    kind_label,
    source_label,
    status_label,
    store_for,
)
from evaltool.evidence.items import (
    add_files,
    add_note,
    collect_files,
    create_items,
    delete_item,
    find_item,
    restore_item,
    store_files,
    update_item,
)
from evaltool.evidence.links import (
    evidence_counts,
    link_evidence,
    link_id,
    link_many,
    links_for_leaf,
    resolve_indicator,
    unlink_evidence,
)
from evaltool.evidence.register import filter_items, get_item, list_items, register_rows, verify_items
from evaltool.evidence.store import EvidenceStore, safe_filename

__all__ = [
    "EDITABLE", "KINDS", "KIND_LABELS", "SOURCES", "SOURCE_LABELS", "STATUS_LABELS",
    "AddResult", "CancelCheck", "EvidenceInfo", "EvidenceStore", "LinkInfo", "Progress", "StoredFile",
    "add_files", "add_note", "collect_files", "create_items", "delete_item", "evidence_counts", "filter_items",
    "find_item", "get_item", "guess_kind", "guess_mime", "kind_label", "link_evidence", "link_id", "link_many",
    "links_for_leaf", "list_items", "register_rows", "resolve_indicator", "restore_item", "safe_filename",
    "source_label", "status_label", "store_files", "store_for", "unlink_evidence", "update_item", "verify_items",
]
