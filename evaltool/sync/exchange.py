"""Export and import of sync packages and whole-project archives.

Export writes the changes a peer may lack into a package (``evaltool.sync.package``):
with ``for_device`` only what that laptop is not known to hold (``evaltool.sync.peers``),
otherwise everything. Evaluator rows (no project) travel with every package: all
changes of the evaluators the project refers to. Evidence bytes travel as blobs,
deduplicated by SHA-256 and verified on import.

Import is atomic: the package is validated first, a backup of the database is taken,
then one transaction (foreign keys deferred) merges it (``evaltool.sync.merge``) and is
rolled back on any error, on Cancel, or for a dry run. A cancelled import also removes
the backup it took (the database did not change, so that copy must not push an older
backup out); a failed one keeps it, like every backup.

Progress of an import is reported in per mille over its stages: reading and checking
the package, merging, storing evidence files.

Thread rule: the functions open their own sessions from ``db``; call them from one
thread at a time (the UI runs them on its runner's worker thread).
"""
from __future__ import annotations

import re
import socket
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from evaltool.changelog import log_devices
from evaltool.changes import Changes, changes_of
from evaltool.db import KEEP_BACKUPS, Database, backup_database
from evaltool.errors import Cancelled
from evaltool.evidence import EvidenceStore
from evaltool.i18n import translate
from evaltool.models import ChangeRecord, Evaluator, EvidenceItem, SyncExchange, new_id, utcnow
from evaltool.projects import find_project
from evaltool.sync.base import (
    ARCHIVE_SUFFIX,
    CHANGE_KEYS,
    PACKAGE_SUFFIX,
    PER_MILLE,
    CancelCheck,
    Progress,
    check_cancelled,
    chunks,
    referenced_evaluators,
    stage,
    sync_error,
)
from evaltool.sync.merge import TableCounts, check_changes, merge_changes
from evaltool.sync.package import BlobSource, OpenedPackage, open_package, write_package
from evaltool.sync.peers import coverage, find_peer, note_package

# Import stages in per mille: reading and checking the package ends here, …
READ_END = 200
# … merging ends here when evidence files follow (else at PER_MILLE).
MERGE_END = 900


# -- export -----------------------------------------------------------------------

@dataclass
class ExportResult:
    path: Path
    project_id: str
    project_name: str
    kind: str
    for_device: str | None
    changes: int
    blobs: int
    blobs_missing: int
    size: int
    encrypted: bool
    # What writing the package changed here (the exchange history), for views to refresh.
    touched: Changes = field(default_factory=Changes)

    def as_json(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("touched")
        d["path"] = str(self.path)
        return d


def _safe_part(name: str, limit: int = 40) -> str:
    name = re.sub(r'[<>:"/\\|?*\x00-\x1f\s]+', "_", name or "").strip("._ ")
    return name[:limit] or "project"


def _change_dict(row: Any) -> dict[str, Any]:
    return {k: getattr(row, k) for k in CHANGE_KEYS}


def _select_changes(session: Session, where: Any) -> list[Any]:
    cols = [getattr(ChangeRecord, k) for k in CHANGE_KEYS]
    return list(session.execute(select(*cols).where(where).order_by(ChangeRecord.device_id, ChangeRecord.seq)))


def _unseen_changes(session: Session, project_id: str, peer_id: str | None, seen: dict[str, int]) -> list[Any]:
    """The project's changes a peer is not known to hold (all of them for no peer), by device
    and seq: per device a range of ``ix_change_log_device_seq`` from what the peer has seen,
    so the work is proportional to what is sent, not to the whole log."""
    rows: list[Any] = []
    for device in log_devices(session):
        if device == peer_id:
            continue
        rows += _select_changes(session, (ChangeRecord.device_id == device) & (ChangeRecord.seq > seen.get(device, 0))
                                & (ChangeRecord.project_id == project_id))
    return rows


def _blobs_held(session: Session, peer_id: str | None, seen: dict[str, int], shas: set[str],
                sha_rows: list[Any]) -> set[str]:
    """Of ``shas``, the evidence files the peer holds: a ``sha256`` change of an item with that
    file that the peer has. Looked up for the items now holding those files and the items of
    ``sha_rows`` (what is sent), through ``ix_change_log_row_field``; a file that only a
    since-changed third item held is sent again, which costs bytes, never a file."""
    if peer_id is None or not shas:
        return set()
    items = {r.row_id for r in sha_rows}
    for chunk in chunks(sorted(shas)):
        items |= set(session.scalars(select(EvidenceItem.id).where(EvidenceItem.sha256.in_(chunk))))
    held: set[str] = set()
    for chunk in chunks(sorted(items)):
        for r in session.execute(select(ChangeRecord.device_id, ChangeRecord.seq, ChangeRecord.value).where(
                ChangeRecord.table_name == "evidence_items", ChangeRecord.row_id.in_(chunk),
                ChangeRecord.field == "sha256")):
            if r.value in shas and (r.device_id == peer_id or r.seq <= seen.get(r.device_id, 0)):
                held.add(r.value)
    return held


def _target(out_dir: Path, project_name: str, device_part: str, suffix: str) -> Path:
    """A new file name in ``out_dir``: project, laptop, time (never an existing file)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = out_dir / f"{_safe_part(project_name)}-{device_part}-{stamp}{suffix}"
    n = 2
    while target.exists():
        target = out_dir / f"{_safe_part(project_name)}-{device_part}-{stamp}-{n}{suffix}"
        n += 1
    return target


def export_package(db: Database, project_ref: str, out_dir: Path | str, *, for_device: str | None = None,
                   passphrase: str | None = None, kind: str = "sync", progress: Progress | None = None,
                   cancelled: CancelCheck | None = None) -> ExportResult:
    """Write a package of the project to ``out_dir``; returns where and what it holds.

    ``for_device``: a known peer (id, prefix or name): only what it may lack, and no
    evidence it already holds. Without it: everything (also what ``kind="archive"``
    writes: the whole project with all evidence, to open on another installation).
    """
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise sync_error(translate("Errors", "The folder {path} does not exist (is the USB drive plugged in?)."), path=out_dir)
    with db.read_session() as s:
        project = find_project(s, project_ref)
        pid, pname = project.id, project.name
        peer_id: str | None = None
        seen: dict[str, int] = {}
        if for_device:
            peer = find_peer(s, for_device)
            peer_id = peer.device_id
            seen = {k: int(v) for k, v in (peer.seen or {}).get(pid, {}).items()}
        have = coverage(s, db.device_id, pid)
        selected = _unseen_changes(s, pid, peer_id, seen)
        sha_rows = [r for r in selected if r.table_name == "evidence_items" and r.field == "sha256" and r.value]
        sent_shas = {r.value for r in sha_rows}
        known = _blobs_held(s, peer_id, seen, sent_shas, sha_rows)
        evs = referenced_evaluators(s, pid, {r.evaluator_id for r in selected})
        ev_rows: list[Any] = []
        for chunk in chunks(sorted(evs)):
            ev_rows += _select_changes(s, (ChangeRecord.table_name == "evaluators") & ChangeRecord.row_id.in_(chunk))
        me = s.get(Evaluator, db.evaluator_id) if db.evaluator_id else None
        me_name = me.name if me else ""
    check_cancelled(cancelled)
    ranges = {d: [seen.get(d, 0), n] for d, n in have.items() if d != peer_id and n > seen.get(d, 0)}
    wanted = sorted(sent_shas - known)
    store = EvidenceStore(db.data_dir)
    blobs = [BlobSource(sha, store.path(sha)) for sha in wanted if store.has(sha)]
    changes = [_change_dict(r) for r in selected] + [_change_dict(r) for r in ev_rows]
    manifest = {
        "kind": kind, "project_id": pid, "project_name": pname, "device_id": db.device_id,
        "device_name": db.device_name or socket.gethostname(), "evaluator_id": db.evaluator_id,
        "evaluator_name": me_name, "created": utcnow(), "for_device": peer_id, "have": have,
        "ranges": ranges, "change_count": len(changes), "blob_count": len(blobs),
    }
    device_part = _safe_part(db.device_name or db.device_id[:8], 20)
    target = _target(out_dir, pname, device_part, ARCHIVE_SUFFIX if kind == "archive" else PACKAGE_SUFFIX)
    size = write_package(target, manifest, changes, blobs, passphrase, progress, cancelled)
    result = ExportResult(target, pid, pname, kind, peer_id, len(changes), len(blobs),
                          len(wanted) - len(blobs), size, bool(passphrase))
    with db.session() as s:
        s.add(SyncExchange(id=new_id(), project_id=pid, direction="export", peer_device=peer_id or "",
                           path=str(target), summary={"kind": kind, "changes": len(changes), "blobs": len(blobs),
                                                      "size": size, "encrypted": bool(passphrase)}))
    result.touched = changes_of(s)
    return result


def export_archive(db: Database, project_ref: str, out_dir: Path | str, *, passphrase: str | None = None,
                   progress: Progress | None = None, cancelled: CancelCheck | None = None) -> ExportResult:
    """The whole project with all its evidence in one file (hand-over, backup)."""
    return export_package(db, project_ref, out_dir, passphrase=passphrase, kind="archive",
                          progress=progress, cancelled=cancelled)


# -- import -----------------------------------------------------------------------

@dataclass
class ImportSummary:
    """What an import did (or, with ``dry_run``, would do). Counts are records (rows)."""

    path: str
    kind: str
    project_id: str
    project_name: str
    sender_device: str
    sender_name: str
    sender_evaluator: str
    created: str
    dry_run: bool
    project_created: bool = False
    changes_total: int = 0
    changes_new: int = 0
    tables: dict[str, TableCounts] = field(default_factory=dict)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    blobs_in_package: int = 0
    blobs_added: int = 0
    evidence_missing: int = 0
    backup: str | None = None
    # What the merge changed here (nothing for a dry run), for views to refresh.
    touched: Changes = field(default_factory=Changes)

    @property
    def totals(self) -> TableCounts:
        t = TableCounts()
        for c in self.tables.values():
            t.add(c)
        return t

    def as_json(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("touched")
        d["totals"] = asdict(self.totals)
        return d


def check_manifest(m: dict[str, Any], label: str) -> None:
    """Refuse a manifest without the ids and version vectors a merge relies on."""
    for key in ("project_id", "device_id"):
        if not isinstance(m.get(key), str) or not 1 <= len(m[key]) <= 36:
            raise sync_error(translate("Errors", "{path}: the manifest has no valid {key}."), path=label, key=key)
    for key in ("have", "ranges"):
        if not isinstance(m.get(key, {}), dict):
            raise sync_error(translate("Errors", "{path}: the manifest has no valid {key}."), path=label, key=key)
    try:
        for v in (m.get("have") or {}).values():
            int(v)
        for v in (m.get("ranges") or {}).values():
            int(v[0]), int(v[1])
    except (TypeError, ValueError, IndexError) as exc:
        raise sync_error(translate("Errors", "{path}: the manifest's version vector is damaged."), path=label) from exc


def import_package(db: Database, path: Path | str, *, passphrase: str | None = None, dry_run: bool = False,
                   expect_project: str | None = None, progress: Progress | None = None,
                   cancelled: CancelCheck | None = None) -> ImportSummary:
    """Merge a package into the database (all or nothing); ``dry_run`` only counts.

    ``expect_project``: refuse a package of another project (the UI passes the open
    project). Without it a package of a project we do not have creates it, with the
    same ids (this is how a whole-project archive is opened). Raises ``Cancelled`` when
    ``cancelled()`` turns true before the merge is committed: nothing is changed then.
    """
    path = Path(path)
    with open_package(path, passphrase, progress=stage(progress, 0, READ_END), cancelled=cancelled) as pkg:
        m = pkg.manifest
        check_manifest(m, path.name)
        pid = m["project_id"]
        check_changes(pkg.changes, pid, path.name, cancelled)
        if expect_project and pid != expect_project:
            raise sync_error(translate("Errors", "{path} belongs to the project “{name}” ({id}), not to the open project. "
                             "Open it as a project of its own instead (Open archive / evaltool archive open)."),
                             path=path.name, name=m.get("project_name", ""), id=pid)
        summary = ImportSummary(str(path), str(m.get("kind", "sync")), pid, str(m.get("project_name", "")),
                                m["device_id"], str(m.get("device_name", "")), str(m.get("evaluator_name", "")),
                                str(m.get("created", "")), dry_run, changes_total=len(pkg.changes),
                                blobs_in_package=len(pkg.blob_names))
        with _backup_before_merge(db, dry_run) as backup:
            summary.backup = str(backup) if backup is not None else None
            _merge_package(db, pkg, summary, progress, cancelled)
    if not dry_run:
        for c in pkg.changes:
            db.clock.observe(c["hlc"])
    return summary


@contextmanager
def _backup_before_merge(db: Database, dry_run: bool) -> Iterator[Path | None]:
    """A copy of the database taken before a merge (none for a dry run).

    Pruning waits for the merge's outcome: a cancelled merge changed nothing, so its copy
    is removed again and no older backup is pushed out for it; after a merge that was
    applied or failed, the oldest copies beyond ``KEEP_BACKUPS`` go, as for every backup.
    """
    if dry_run:
        yield None
        return
    backup = backup_database(db.path, keep=0)
    try:
        yield backup
    except Cancelled:
        backup.unlink(missing_ok=True)
        raise
    except BaseException:
        _prune_backups(db.path)
        raise
    _prune_backups(db.path)


def _prune_backups(db_path: Path) -> None:
    copies = sorted((db_path.parent / "backups").glob(f"{db_path.stem}-*.sqlite"))
    for old in copies[:-KEEP_BACKUPS]:
        with suppress(OSError):  # an old copy held open (antivirus, a viewer): pruned next time
            old.unlink(missing_ok=True)


def _merge_package(db: Database, pkg: OpenedPackage, summary: ImportSummary, progress: Progress | None,
                   cancelled: CancelCheck | None) -> None:
    """One transaction: merge the changes, store the evidence files, note the exchange;
    committed unless ``summary.dry_run`` (rolled back on any error or Cancel)."""
    m, label, pid = pkg.manifest, pkg.path.name, summary.project_id
    store = EvidenceStore(db.data_dir)
    with_blobs = bool(pkg.blob_names) and not summary.dry_run
    s = db.new_session()
    s.info["applying_remote"] = True
    try:
        # Python's sqlite3 opens the transaction only at the first write, and SQLite clears
        # defer_foreign_keys at the end of every transaction (each autocommit SELECT too):
        # open it with a no-op write, then defer, so order within a package does not matter.
        s.execute(text("UPDATE app_settings SET key = key WHERE 0"))
        s.execute(text("PRAGMA defer_foreign_keys=ON"))
        merged = merge_changes(s, pkg.changes, pid, stage(progress, READ_END, MERGE_END if with_blobs else PER_MILLE),
                               cancelled)
        summary.project_created, summary.changes_new = merged.project_created, merged.changes_new
        summary.tables, summary.conflicts = merged.tables, merged.conflicts
        if merged.project_name is not None:
            summary.project_name = merged.project_name
        note_package(s, db.device_id, m)
        if with_blobs:
            _store_blobs(pkg, store, summary, stage(progress, MERGE_END, PER_MILLE), cancelled)
        summary.evidence_missing = _missing_evidence(s, pid, store, set(pkg.blob_names))
        check_cancelled(cancelled)
        if summary.dry_run:
            s.rollback()
        else:
            s.add(SyncExchange(id=new_id(), project_id=pid, direction="import", peer_device=m["device_id"],
                               path=str(summary.path), summary=_exchange_summary(summary)))
            s.commit()
            summary.touched = changes_of(s)
    except IntegrityError as exc:
        s.rollback()
        raise sync_error(translate("Errors", "{path} cannot be merged: it refers to records this installation does not have "
                         "(it was made for another laptop). Ask the sender for a full package "
                         "(export without --for). Nothing was changed. ({error})"),
                         path=label, error=str(exc.orig) if exc.orig else exc) from exc
    except BaseException:
        s.rollback()
        raise
    finally:
        s.close()


def _store_blobs(pkg: OpenedPackage, store: EvidenceStore, summary: ImportSummary, progress: Progress | None,
                 cancelled: CancelCheck | None) -> None:
    """Evidence files we lack go into the store (content-addressed: a file left there by a
    merge that is then cancelled is harmless and reused next time)."""
    for i, sha in enumerate(pkg.blob_names, start=1):
        check_cancelled(cancelled)
        if not store.has(sha):
            with pkg.open_blob(sha) as fh:
                got, _size = store.put_stream(fh)
            if got != sha:
                raise sync_error(translate("Errors", "{path}: the evidence file {sha} changed while it was read; refused."),
                                 path=pkg.path.name, sha=sha[:12])
            summary.blobs_added += 1
        if progress is not None:
            progress(i, len(pkg.blob_names))


def _exchange_summary(summary: ImportSummary) -> dict[str, Any]:
    t = summary.totals
    return {"kind": summary.kind, "sender": summary.sender_name, "evaluator": summary.sender_evaluator,
            "changes_new": summary.changes_new, "changes_total": summary.changes_total,
            "new": t.new, "changed": t.changed, "unchanged": t.unchanged, "conflicting": t.conflicting,
            "blobs_added": summary.blobs_added, "project_created": summary.project_created}


def _missing_evidence(s: Session, pid: str, store: EvidenceStore, incoming: set[str]) -> int:
    """Evidence files of the project that are neither in this laptop's store nor arriving."""
    shas = set(s.scalars(select(EvidenceItem.sha256).where(
        EvidenceItem.project_id == pid, EvidenceItem.deleted.is_(False), EvidenceItem.sha256.is_not(None))))
    return sum(1 for sha in shas if sha and sha not in incoming and not store.has(sha))
