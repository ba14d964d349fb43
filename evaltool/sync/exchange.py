"""Export and import of sync packages and whole-project archives.

Export writes the changes a peer may lack into a package (``evaltool.sync.package``):
with ``for_device`` only what that laptop is not known to hold (``evaltool.sync.peers``),
otherwise everything. Evaluator rows (no project) travel with every package: all
changes of the evaluators the project refers to. Evidence bytes travel as blobs,
deduplicated by SHA-256 and verified on import.

Every package is signed by this laptop's key (``evaltool.sync.signing``); a project that
requires it (``evaltool.sync.trust``) is only exported encrypted.

Import is atomic: the package is validated first — its signature, then who signed it
against the project's roster of laptops (``evaltool.sync.trust.judge_package``) — a backup of the database is taken,
then one transaction (foreign keys deferred) merges it (``evaltool.sync.merge``) and is
rolled back on any error, on Cancel, or for a dry run. A cancelled import also removes
the backup it took (the database did not change, so that copy must not push an older
backup out); a failed one keeps it, like every backup (``evaltool.backups.backup_before``).
Evidence files a failed or cancelled import stored, and that nothing refers to, are
removed again; decrypted packages live in the data folder's ``tmp`` (``evaltool.cleanup``).

Device identity: before a package leaves, the highest change number it may carry is
noted outside the database (``evaltool.device.note_sent``); a package names the ids
this installation had before (``replaces``); an import whose sender holds more of our
changes than this file does first gives this laptop a new identity.

Progress of an import is reported in per mille over its stages: reading and checking
the package, merging, storing evidence files.

Thread rule: the functions open their own sessions from ``db``; call them from one
thread at a time (the UI runs them on its runner's worker thread).
"""
from __future__ import annotations

import re
import socket
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from evaltool.backups import backup_before
from evaltool.changelog import log_devices, mark_sent
from evaltool.changes import Changes, changes_of
from evaltool.cleanup import discard_unreferenced, temp_folder
from evaltool.db import Database
from evaltool.device import note_sent, own_max_seq, previous_identities
from evaltool.evidence import EvidenceStore
from evaltool.i18n import translate
from evaltool.models import (
    ChangeRecord,
    Evaluator,
    EvidenceItem,
    FieldHead,
    Proposal,
    SyncExchange,
    SyncPeer,
    new_id,
    utcnow,
)
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
from evaltool.sync.signing import Signer, device_signer
from evaltool.sync.trust import Verdict, judge_package, record_signer, require_signed
from evaltool.validate import CLEANED_KEY, clean_changes

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


def _unseen(s: Session, pid: str, peer_id: str, seen: dict[str, int]) -> tuple[list[Any], set[str], set[str]]:
    """What a package for ``peer_id`` carries, read in proportion to it (the log may hold
    millions of changes): (the project's changes the peer is not known to hold, the
    evaluators the package names, the evidence files among them the peer holds).

    - changes: per device of the log (``log_devices``), its numbers above what the peer has
      seen, one range of ``ix_change_log_device_seq``;
    - evaluators: the authors of those changes, the members and scorers, and evaluators
      changed in those ranges whom the project refers to (a rename the peer lacks); the
      authors of changes the peer holds came with the packages that carried them;
    - evidence files held: a ``sha256`` change the peer has, of the items now holding the
      files sent or sending them (``ix_change_log_row_field``); a file only a since-changed
      third item held is sent again, which costs bytes, never a file.
    """
    rows: list[Any] = []
    ev_changed: set[str] = set()
    for device in log_devices(s):
        if device == peer_id:
            continue
        for r in _select_changes(s, (ChangeRecord.device_id == device) & (ChangeRecord.seq > seen.get(device, 0))
                                 & ((ChangeRecord.project_id == pid) | (ChangeRecord.table_name == "evaluators"))):
            if r.project_id == pid:
                rows.append(r)
            else:
                ev_changed.add(r.row_id)
    evs = referenced_evaluators(s, pid, {r.evaluator_id for r in rows})
    for ev in sorted(ev_changed - evs):
        if s.execute(select(ChangeRecord.id).where(ChangeRecord.project_id == pid,
                                                   ChangeRecord.evaluator_id == ev).limit(1)).first() is not None:
            evs.add(ev)
    sha_rows = [r for r in rows if r.table_name == "evidence_items" and r.field == "sha256" and r.value]
    shas = {r.value for r in sha_rows}
    held: set[str] = set()
    if shas:
        items = {r.row_id for r in sha_rows}
        for chunk in chunks(sorted(shas)):
            items |= set(s.scalars(select(EvidenceItem.id).where(EvidenceItem.sha256.in_(chunk))))
        for chunk in chunks(sorted(items)):
            for r in s.execute(select(ChangeRecord.device_id, ChangeRecord.seq, ChangeRecord.value).where(
                    ChangeRecord.table_name == "evidence_items", ChangeRecord.row_id.in_(chunk),
                    ChangeRecord.field == "sha256")):
                if r.value in shas and (r.device_id == peer_id or r.seq <= seen.get(r.device_id, 0)):
                    held.add(r.value)
    return rows, evs, held


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
    # One write transaction: no own change read into the package can be coalesced with a
    # later edit after this (``mark_sent``), and no edit slips between the mark and the read.
    with db.session() as s:
        project = find_project(s, project_ref)
        pid, pname = project.id, project.name
        mark_sent(s, db.device_id)
        peer_id: str | None = None
        seen: dict[str, int] = {}
        if for_device:
            peer = find_peer(s, for_device)
            peer_id = peer.device_id
            seen = {k: int(v) for k, v in (peer.seen or {}).get(pid, {}).items()}
        have = coverage(s, db.device_id, pid)
        if peer_id is not None and kind != "archive":
            # only what the peer lacks: work in proportion to the package, not to the log
            rows, evs, known = _unseen(s, pid, peer_id, seen)
        else:
            rows = _select_changes(s, ChangeRecord.project_id == pid)
            evs = referenced_evaluators(s, pid)
            known = None
        ev_rows: list[Any] = []
        for chunk in chunks(sorted(evs)):
            ev_rows += _select_changes(s, (ChangeRecord.table_name == "evaluators") & ChangeRecord.row_id.in_(chunk))
        me = s.get(Evaluator, db.evaluator_id) if db.evaluator_id else None
        me_name = me.name if me else ""
        replaces = previous_identities(s)
        omitted = _history_no_one_needs(s, pid, rows) if kind == "archive" else set()
        if not passphrase and require_signed(s, pid):
            raise sync_error(translate("Errors", "The project “{name}” requires encrypted packages: give the team "
                             "passphrase (--passphrase-file). No package was written."), name=pname)
    check_cancelled(cancelled)
    selected = [r for r in rows if r.device_id != peer_id and r.seq > seen.get(r.device_id, 0)
                and r.id not in omitted]
    ranges = {d: [seen.get(d, 0), n] for d, n in have.items() if d != peer_id and n > seen.get(d, 0)}
    for r in rows:  # a range claims every change in it: it ends before the first left out
        if r.id in omitted and r.device_id in ranges:
            ranges[r.device_id][1] = min(ranges[r.device_id][1], r.seq - 1)
    ranges = {d: lo_hi for d, lo_hi in ranges.items() if lo_hi[1] > lo_hi[0]}

    def is_sha(r: Any) -> bool:
        return r.table_name == "evidence_items" and r.field == "sha256" and bool(r.value)

    if known is None:
        known = {r.value for r in rows if is_sha(r) and (r.device_id == peer_id or r.seq <= seen.get(r.device_id, 0))}
    wanted = sorted({r.value for r in selected if is_sha(r)} - known)
    store = EvidenceStore(db.data_dir)
    blobs = [BlobSource(sha, store.path(sha)) for sha in wanted if store.has(sha)]
    changes = [_change_dict(r) for r in selected] + [_change_dict(r) for r in ev_rows]
    if omitted:
        _bridge_omitted(changes, {r.id: r for r in rows}, omitted)
    manifest = {
        "kind": kind, "project_id": pid, "project_name": pname, "device_id": db.device_id,
        "device_name": db.device_name or socket.gethostname(), "evaluator_id": db.evaluator_id,
        "evaluator_name": me_name, "created": utcnow(), "for_device": peer_id, "have": have,
        "ranges": ranges, "change_count": len(changes), "blob_count": len(blobs), "replaces": replaces,
    }
    device_part = _safe_part(db.device_name or db.device_id[:8], 20)
    target = _target(out_dir, pname, device_part, ARCHIVE_SUFFIX if kind == "archive" else PACKAGE_SUFFIX)
    # Before the package exists: from now on peers may hold our changes up to this number
    # (the mark outside the database that notices a database put back in time).
    note_sent(db.data_dir, db.device_id, have.get(db.device_id, 0))
    size = write_package(target, manifest, changes, blobs, passphrase, progress, cancelled,
                         temp_dir=temp_folder(db.data_dir), signer=signer_of(db))
    result = ExportResult(target, pid, pname, kind, peer_id, len(changes), len(blobs),
                          len(wanted) - len(blobs), size, bool(passphrase))
    with db.session() as s:
        s.add(SyncExchange(id=new_id(), project_id=pid, direction="export", peer_device=peer_id or "",
                           path=str(target), summary={"kind": kind, "changes": len(changes), "blobs": len(blobs),
                                                      "size": size, "encrypted": bool(passphrase)}))
    result.touched = changes_of(s)
    return result


def _history_no_one_needs(s: Session, pid: str, rows: list[Any]) -> set[str]:
    """Changes an archive may leave out: superseded (no field's head), not a record's
    creation (which dates it), not held as a proposal, and held by every laptop this one has
    heard from (so no one's history is lost). The archive still carries every current value
    and open conflict, and the history a known laptop may lack."""
    heads: set[str] = set()
    for ids in s.scalars(select(FieldHead.heads).where(FieldHead.project_id == pid)):
        heads.update(ids or [])
    held = set(s.scalars(select(Proposal.change_id).where(Proposal.project_id == pid)))
    # the laptops this one has exchanged packages of the project with
    peers = [(p.device_id, {k: int(v) for k, v in (p.seen or {}).get(pid, {}).items()})
             for p in s.scalars(select(SyncPeer)) if (p.seen or {}).get(pid)]

    def everyone_has(r: Any) -> bool:
        return all(r.device_id == dev or r.seq <= seen.get(r.device_id, 0) for dev, seen in peers)

    return {r.id for r in rows if r.bases and r.id not in heads and r.id not in held and everyone_has(r)}


def _bridge_omitted(changes: list[dict[str, Any]], every: dict[str, Any], omitted: set[str]) -> None:
    """A change whose base is left out also names the nearest ancestors that are not, so the
    heads on the receiving laptop are the same (a left-out change arriving later is still
    superseded: it stays named first)."""
    for c in changes:
        if not any(b in omitted for b in c["bases"]):
            continue
        extra: list[str] = []
        todo, seen = [b for b in c["bases"] if b in omitted], set(c["bases"])
        while todo:  # a field edited many times: a long chain, walked without recursion
            for b in every[todo.pop()].bases or []:
                if b not in seen:
                    seen.add(b)
                    (todo if b in omitted else extra).append(b)
        c["bases"] = [*c["bases"], *extra]


def signer_of(db: Database) -> Signer:
    """This laptop's signer (its key pair is made on first use)."""
    return device_signer(db.data_dir, db.device_id, db.device_name or socket.gethostname())


def export_archive(db: Database, project_ref: str, out_dir: Path | str, *, passphrase: str | None = None,
                   progress: Progress | None = None, cancelled: CancelCheck | None = None) -> ExportResult:
    """The whole project with all its evidence in one file (hand-over, backup): every
    current value and open conflict, with the history known laptops may still lack."""
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
    # Changes from people whose role does not allow them, kept as proposals for the lead
    # (``held``: the first few, as in ``MergeResult``).
    proposals: int = 0
    held: list[dict[str, Any]] = field(default_factory=list)
    # New changes dated more than the clock tolerance ahead of this computer's clock: accepted,
    # but this laptop's clock was not moved; ``future_latest`` is the latest such time (ISO UTC).
    future_changes: int = 0
    future_latest: str | None = None
    # (table, record, field) of values cleaned on the way in: control characters removed,
    # non-finite numbers and JSON of the wrong shape left empty (evaltool.validate)
    text_cleaned: list[tuple[str, str, str]] = field(default_factory=list)
    # who signed the package, and what that means in this project (evaltool.sync.trust)
    signer: Verdict = field(default_factory=lambda: Verdict("unsigned"))
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
        d["signer"] = self.signer.as_json()
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
                   cancelled: CancelCheck | None = None, trust_signer: str | None = None) -> ImportSummary:
    """Merge a package into the database (all or nothing); ``dry_run`` only counts.

    ``expect_project``: refuse a package of another project (the UI passes the open
    project). Without it a package of a project we do not have creates it, with the
    same ids (this is how a whole-project archive is opened). Raises ``Cancelled`` when
    ``cancelled()`` turns true before the merge is committed: nothing is changed then.
    ``trust_signer``: the fingerprint the user checked with the sender; a package signed
    by a laptop the project does not know yet is then imported and its laptop trusted.
    Refused before anything is applied: a signature that does not match, a key that is
    not the one known for its laptop, a revoked laptop, and — when the project requires
    it — an unencrypted, unsigned or unknown-signer package.
    """
    path = Path(path)
    with open_package(path, passphrase, progress=stage(progress, 0, READ_END), cancelled=cancelled,
                      temp_dir=temp_folder(db.data_dir)) as pkg:
        m = pkg.manifest
        check_manifest(m, path.name)
        pid = m["project_id"]
        check_changes(pkg.changes, pid, path.name, cancelled)
        if expect_project and pid != expect_project:
            raise sync_error(translate("Errors", "{path} belongs to the project “{name}” ({id}), not to the open project. "
                             "Open it as a project of its own instead (Open archive / evaltool archive open)."),
                             path=path.name, name=m.get("project_name", ""), id=pid)
        signer = signer_of(db)
        with db.read_session() as s:
            verdict = judge_package(s, pid, pkg.signature, pkg.encrypted, path.name, db.device_id,
                                    signer.public_key, trust_signer, sender_device=m["device_id"],
                                    preview=dry_run)
        summary = ImportSummary(str(path), str(m.get("kind", "sync")), pid, str(m.get("project_name", "")),
                                m["device_id"], str(m.get("device_name", "")), str(m.get("evaluator_name", "")),
                                str(m.get("created", "")), dry_run, changes_total=len(pkg.changes),
                                blobs_in_package=len(pkg.blob_names), signer=verdict)
        summary.text_cleaned = clean_changes(pkg.changes)  # what an older laptop may have stored
        if dry_run:
            _merge_package(db, pkg, summary, progress, cancelled)
        else:
            _check_not_behind(db, m)
            with backup_before(db.path, "merge") as backup:
                summary.backup = str(backup.path)
                try:
                    _merge_package(db, pkg, summary, progress, cancelled)
                except BaseException:
                    discard_unreferenced(db, list(pkg.blob_names))  # what a failed or cancelled merge stored
                    raise
    if not dry_run:
        # past the latest clock of the package; a change from the future does not move it (the
        # clocks are fixed-width text, checked by ``check_changes``: the greatest is the latest)
        limit = db.clock.sane_limit()
        latest = max((c["hlc"] for c in pkg.changes if c["hlc"] <= limit), default=None)
        if latest is not None:
            db.clock.observe(latest)
        # a local write (the merge's session applies others' changes and logs none of its own):
        # the lead's confirmation must reach the roster's change log to travel
        with db.session() as s:
            record_signer(s, pid, summary.signer, db.evaluator_id)
        summary.touched = summary.touched | changes_of(s)
    return summary


def _check_not_behind(db: Database, manifest: dict[str, Any]) -> None:
    """A package whose sender holds more changes of this laptop's identity than this
    file does: the file went back in time (a restored or copied database nobody marked).
    Take a new identity before merging, so nothing numbered here again collides with what
    peers hold; the merge then brings the lost changes back under their old id."""
    sent_by_me = int((manifest.get("have") or {}).get(db.device_id, 0))
    if sent_by_me and manifest.get("device_id") != db.device_id:
        with db.read_session() as s:
            held = own_max_seq(s, db.device_id)
        if sent_by_me > held:
            db.new_identity("behind")


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
                               cancelled, is_future=db.clock.is_future)
        summary.project_created, summary.changes_new = merged.project_created, merged.changes_new
        summary.text_cleaned += [c for c in s.info.get(CLEANED_KEY, []) if c not in summary.text_cleaned]  # the flush gate's
        summary.tables, summary.conflicts = merged.tables, merged.conflicts
        summary.proposals, summary.held = merged.held_count, merged.held
        summary.future_changes, summary.future_latest = merged.future, merged.future_latest
        if merged.project_name is not None:
            summary.project_name = merged.project_name
        note_package(s, db.device_id, m)
        if with_blobs:
            _store_blobs(pkg, store, summary, stage(progress, MERGE_END, PER_MILLE), cancelled)
        elif summary.dry_run:  # a dry run counts the files it would add (never "0 added")
            summary.blobs_added = sum(1 for sha in pkg.blob_names if not store.has(sha))
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
            "blobs_added": summary.blobs_added, "project_created": summary.project_created,
            "proposals": summary.proposals, "future_changes": summary.future_changes,
            "signer": summary.signer.status, "signer_fingerprint": summary.signer.fingerprint}


def _missing_evidence(s: Session, pid: str, store: EvidenceStore, incoming: set[str]) -> int:
    """Evidence files of the project that are neither in this laptop's store nor arriving."""
    shas = set(s.scalars(select(EvidenceItem.sha256).where(
        EvidenceItem.project_id == pid, EvidenceItem.deleted.is_(False), EvidenceItem.sha256.is_not(None))))
    return sum(1 for sha in shas if sha and sha not in incoming and not store.has(sha))
