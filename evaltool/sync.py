"""USB sync between laptops: export and import of packages, merge, conflicts.

A project's state is a function of the *set* of its field changes (see
evaltool.changelog and evaltool.models.sync). Export writes the changes a peer may
lack into a package (evaltool.sync_package); import adds the changes we lack and
recomputes, for every field they touch:

- heads = the field's changes that no other change lists among its ``bases``;
- the value = the winning head (greatest ``(hlc, device_id, id)``);
- more than one head with different values = a conflict, kept with every value,
  author and time until a person resolves it (``resolve_conflict`` writes a local
  change whose bases are all the heads).

So importing twice changes nothing, the order of packages does not matter, and no
one's edit is overwritten silently. Deletions are the ``deleted`` field (tombstone).

Knowing what a peer has ("small packages"): every package claims, per device, a
range ``(from, to]`` of sequence numbers of which it holds *every* change of the
project, and the sender's coverage ``have`` (its version vector). The receiver
extends its own coverage (``AppSetting sync_have:<project>``) when a range starts
at or below what it already covers, and remembers the sender's coverage in
``SyncPeer.seen[project]``. ``export --for PEER`` then sends only changes above
what the peer is known to cover. Coverage is a lower bound, so nothing is missed;
at worst a change travels twice and is ignored the second time.

Evaluator rows (no project) travel with every package: all changes of the
evaluators the project refers to. Evidence bytes travel as blobs, deduplicated by
SHA-256 and verified on import.

Import is atomic: validated first, a backup of the database is taken, then one
transaction (foreign keys deferred) that is rolled back on any error or dry run.
Thread rule: the functions open their own sessions from ``db``; call them from
one thread at a time (the UI runs them in a worker with a progress dialog).
"""
from __future__ import annotations

import json
import re
import socket
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Float, Integer, String, Text, func, insert, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from evaltool.changelog import parse_hlc, record_fields, synced_fields
from evaltool.changes import Changes, changes_of
from evaltool.db import Database, backup_database
from evaltool.errors import Cancelled, NotFoundError, SyncError, ValidationError
from evaltool.i18n import translate
from evaltool.models import (
    SYNCED_MODELS,
    AppSetting,
    ChangeRecord,
    Evaluator,
    FieldHead,
    Project,
    ProjectMember,
    Score,
    SyncExchange,
    SyncPeer,
    new_id,
    utcnow,
)
from evaltool.projects import find_project
from evaltool.sync_package import BlobSource, open_package, write_package

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

PACKAGE_SUFFIX = ".evsync"
ARCHIVE_SUFFIX = ".evarchive"
_HLC_RE = re.compile(r"^\d{15}\.\d{6}$")
_CHUNK = 400
CHANGE_KEYS = ("id", "project_id", "device_id", "seq", "hlc", "evaluator_id", "table_name", "row_id",
               "field", "value", "bases")


def _err(text_: str, **kw: Any) -> SyncError:
    """``text_`` is already translated (written as translate("Errors", "…") so lupdate finds it)."""
    return SyncError(text_.format(**kw))


def _chunks(items: Iterable[Any], n: int = _CHUNK) -> Iterable[list[Any]]:
    buf: list[Any] = []
    for x in items:
        buf.append(x)
        if len(buf) >= n:
            yield buf
            buf = []
    if buf:
        yield buf


def hlc_time(hlc: str) -> str:
    """The wall-clock part of a hybrid logical clock as an ISO UTC stamp."""
    ms, _ = parse_hlc(hlc)
    return datetime.fromtimestamp(ms / 1000, tz=UTC).isoformat(timespec="milliseconds")


# -- coverage and peers -----------------------------------------------------------

def _have_key(project_id: str) -> str:
    return f"sync_have:{project_id}"


def coverage(session: Session, device_id: str, project_id: str) -> dict[str, int]:
    """{device: n}: we hold every change of the project by that device with seq ≤ n."""
    row = session.get(AppSetting, _have_key(project_id))
    have: dict[str, int] = {k: int(v) for k, v in (json.loads(row.value) if row else {}).items()}
    own = session.scalar(select(func.max(ChangeRecord.seq)).where(ChangeRecord.device_id == device_id))
    if own:
        have[device_id] = max(have.get(device_id, 0), int(own))
    return have


def _save_coverage(session: Session, project_id: str, have: dict[str, int]) -> None:
    row = session.get(AppSetting, _have_key(project_id))
    value = json.dumps(have, sort_keys=True)
    if row is None:
        session.add(AppSetting(key=_have_key(project_id), value=value))
    else:
        row.value = value


@dataclass
class PeerInfo:
    device_id: str
    name: str
    seen: dict[str, int]
    updated_at: str

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def list_peers(session: Session, project_id: str | None = None) -> list[PeerInfo]:
    """Laptops we have received packages from, with what we know they hold."""
    out = []
    for p in session.scalars(select(SyncPeer).order_by(SyncPeer.name)):
        seen = dict((p.seen or {}).get(project_id, {})) if project_id else {}
        if project_id and not seen:
            continue
        out.append(PeerInfo(p.device_id, p.name, seen, p.updated_at))
    return out


def find_peer(session: Session, ref: str) -> SyncPeer:
    """A known peer by device id, unique id prefix (≥ 4 characters) or device name."""
    ref = (ref or "").strip()
    peer = session.get(SyncPeer, ref)
    if peer is not None:
        return peer
    peers = list(session.scalars(select(SyncPeer)))
    hits = [p for p in peers if p.name == ref] or (
        [p for p in peers if p.device_id.startswith(ref)] if len(ref) >= 4 else [])
    if len(hits) == 1:
        return hits[0]
    if len(hits) > 1:
        raise NotFoundError(translate("Errors", "Several laptops match “{ref}”; use the device id: {ids}").format(
            ref=ref, ids=", ".join(p.device_id for p in hits)))
    raise NotFoundError(translate("Errors", "No laptop “{ref}” is known yet. Import a package from it first, "
                                  "or export everything (without --for).").format(ref=ref))


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
    #: What writing the package changed here (the exchange history), for views to refresh.
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


def referenced_evaluators(session: Session, project_id: str) -> set[str]:
    ids = set(session.scalars(select(ChangeRecord.evaluator_id).where(
        ChangeRecord.project_id == project_id).distinct()))
    ids |= set(session.scalars(select(ProjectMember.evaluator_id).where(ProjectMember.project_id == project_id)))
    ids |= set(session.scalars(select(Score.evaluator_id).where(Score.project_id == project_id).distinct()))
    ids.discard(None)
    return ids  # type: ignore[return-value]


def _evidence_store(db: Database) -> Any | None:
    try:
        from evaltool.evidence_store import EvidenceStore
    except ImportError:
        return None
    return EvidenceStore(db.data_dir)


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
        raise _err(translate("Errors", "The folder {path} does not exist (is the USB drive plugged in?)."), path=out_dir)
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
        rows = _select_changes(s, ChangeRecord.project_id == pid)
        evs = referenced_evaluators(s, pid)
        ev_rows: list[Any] = []
        for chunk in _chunks(sorted(evs)):
            ev_rows += _select_changes(s, (ChangeRecord.table_name == "evaluators") & ChangeRecord.row_id.in_(chunk))
        me = s.get(Evaluator, db.evaluator_id) if db.evaluator_id else None
        me_name = me.name if me else ""
    selected = [r for r in rows if r.device_id != peer_id and r.seq > seen.get(r.device_id, 0)]
    ranges = {d: [seen.get(d, 0), n] for d, n in have.items() if d != peer_id and n > seen.get(d, 0)}

    def is_sha(r: Any) -> bool:
        return r.table_name == "evidence_items" and r.field == "sha256" and bool(r.value)

    known = {r.value for r in rows if is_sha(r) and (r.device_id == peer_id or r.seq <= seen.get(r.device_id, 0))}
    wanted = sorted({r.value for r in selected if is_sha(r)} - known)
    store = _evidence_store(db)
    blobs = [BlobSource(sha, store.path(sha)) for sha in wanted if store is not None and store.has(sha)]
    changes = [_change_dict(r) for r in selected] + [_change_dict(r) for r in ev_rows]
    created = utcnow()
    manifest = {
        "kind": kind, "project_id": pid, "project_name": pname, "device_id": db.device_id,
        "device_name": db.device_name or socket.gethostname(), "evaluator_id": db.evaluator_id,
        "evaluator_name": me_name, "created": created, "for_device": peer_id, "have": have,
        "ranges": ranges, "change_count": len(changes), "blob_count": len(blobs),
    }
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    device_part = _safe_part(db.device_name or db.device_id[:8], 20)
    suffix = ARCHIVE_SUFFIX if kind == "archive" else PACKAGE_SUFFIX
    target = out_dir / f"{_safe_part(pname)}-{device_part}-{stamp}{suffix}"
    n = 2
    while target.exists():
        target = out_dir / f"{_safe_part(pname)}-{device_part}-{stamp}-{n}{suffix}"
        n += 1
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
class TableCounts:
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    conflicting: int = 0

    def add(self, other: TableCounts) -> None:
        self.new += other.new
        self.changed += other.changed
        self.unchanged += other.unchanged
        self.conflicting += other.conflicting


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
    #: What the merge changed here (nothing for a dry run), for views to refresh.
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


def _check_manifest(m: dict[str, Any], label: str) -> None:
    for key in ("project_id", "device_id"):
        if not isinstance(m.get(key), str) or not 1 <= len(m[key]) <= 36:
            raise _err(translate("Errors", "{path}: the manifest has no valid {key}."), path=label, key=key)
    for key in ("have", "ranges"):
        if not isinstance(m.get(key, {}), dict):
            raise _err(translate("Errors", "{path}: the manifest has no valid {key}."), path=label, key=key)
    try:
        for v in (m.get("have") or {}).values():
            int(v)
        for v in (m.get("ranges") or {}).values():
            int(v[0]), int(v[1])
    except (TypeError, ValueError, IndexError) as exc:
        raise _err(translate("Errors", "{path}: the manifest's version vector is damaged."), path=label) from exc


def _check_changes(changes: list[dict[str, Any]], pid: str, label: str) -> None:
    fields_of = {t: set(synced_fields(m)) for t, m in SYNCED_MODELS.items()}

    def bad(i: int, why: str) -> SyncError:
        return _err(translate("Errors", "{path}: change {n} cannot be imported ({why}); the package is refused."), path=label,
                    n=i + 1, why=why)

    for i, c in enumerate(changes):
        if set(CHANGE_KEYS) - set(c):
            raise bad(i, "missing " + ", ".join(sorted(set(CHANGE_KEYS) - set(c))))
        for k in ("id", "device_id", "row_id", "table_name", "field"):
            if not isinstance(c[k], str) or not 1 <= len(c[k]) <= 40:
                raise bad(i, k)
        if not isinstance(c["seq"], int) or isinstance(c["seq"], bool) or c["seq"] < 1:
            raise bad(i, "seq")
        if not isinstance(c["hlc"], str) or not _HLC_RE.match(c["hlc"]):
            raise bad(i, "hlc")
        if not isinstance(c["bases"], list) or not all(isinstance(b, str) for b in c["bases"]):
            raise bad(i, "bases")
        if c["evaluator_id"] is not None and not isinstance(c["evaluator_id"], str):
            raise bad(i, "evaluator_id")
        table = c["table_name"]
        if table not in fields_of:
            raise _err(translate("Errors", "{path} holds records of kind “{table}” that this evaltool does not know; "
                       "it was written by a newer evaltool."), path=label, table=table)
        if c["field"] not in fields_of[table]:
            raise _err(translate("Errors", "{path} holds the field “{field}” of {table} that this evaltool does not know; "
                       "it was written by a newer evaltool."), path=label, field=c["field"], table=table)
        if table == "evaluators":
            if c["project_id"] is not None:
                raise bad(i, "evaluator with a project")
        elif c["project_id"] != pid:
            raise _err(translate("Errors", "{path} mixes records of another project ({other}); refused."), path=label,
                       other=c["project_id"])
        if table == "projects" and c["row_id"] != pid:
            raise _err(translate("Errors", "{path} mixes records of another project ({other}); refused."), path=label, other=c["row_id"])
        if c["field"] == "project_id" and c["value"] != pid:
            raise _err(translate("Errors", "{path} moves a record to another project ({other}); refused."), path=label, other=c["value"])


def _value_key(v: Any) -> str:
    return json.dumps(v, sort_keys=True, ensure_ascii=False)


@dataclass
class _Ch:
    id: str
    field: str
    hlc: str
    device_id: str
    evaluator_id: str | None
    value: Any
    bases: list[str]

    @property
    def order(self) -> tuple[str, str, str]:
        return (self.hlc, self.device_id, self.id)


def _heads(changes: list[_Ch]) -> list[_Ch]:
    based = {b for c in changes for b in c.bases}
    return sorted((c for c in changes if c.id not in based), key=lambda c: c.order)


def _fill_missing(obj: Any, pid: str) -> None:
    """Give a record created from an incomplete set of changes a valid value everywhere."""
    for prop in obj.__mapper__.column_attrs:
        col = prop.columns[0]
        if getattr(obj, prop.key) is not None or col.nullable or col.primary_key:
            continue
        if prop.key == "project_id":
            setattr(obj, prop.key, pid)
        elif col.default is not None and col.default.is_scalar:
            setattr(obj, prop.key, col.default.arg)
        elif isinstance(col.type, (String, Text)):
            setattr(obj, prop.key, "")
        elif isinstance(col.type, Boolean):
            setattr(obj, prop.key, False)
        elif isinstance(col.type, (Float, Integer)):
            setattr(obj, prop.key, 0)
        elif col.default is not None and col.default.is_callable:
            try:
                setattr(obj, prop.key, col.default.arg(None))
            except TypeError:
                setattr(obj, prop.key, col.default.arg())


def _stamp_from(obj: Any, winners: Iterable[_Ch]) -> None:
    last = max(winners, key=lambda c: c.order, default=None)
    if last is None:
        return
    obj.updated_at = hlc_time(last.hlc)
    obj.updated_by = last.evaluator_id
    obj.updated_device = last.device_id


def import_package(db: Database, path: Path | str, *, passphrase: str | None = None, dry_run: bool = False,
                   expect_project: str | None = None, progress: Progress | None = None,
                   cancelled: CancelCheck | None = None) -> ImportSummary:
    """Merge a package into the database (all or nothing); ``dry_run`` only counts.

    ``expect_project``: refuse a package of another project (the UI passes the open
    project). Without it a package of a project we do not have creates it, with the
    same ids (this is how a whole-project archive is opened).
    """
    path = Path(path)
    with open_package(path, passphrase, progress=progress, cancelled=cancelled) as pkg:
        m = pkg.manifest
        _check_manifest(m, path.name)
        pid = m["project_id"]
        _check_changes(pkg.changes, pid, path.name)
        if expect_project and pid != expect_project:
            raise _err(translate("Errors", "{path} belongs to the project “{name}” ({id}), not to the open project. "
                       "Open it as a project of its own instead (Open archive / evaltool archive open)."),
                       path=path.name, name=m.get("project_name", ""), id=pid)
        store = _evidence_store(db)
        if pkg.blob_names and store is None and not dry_run:
            raise _err(translate("Errors", "{path} carries evidence files but this installation has no evidence store."), path=path.name)
        summary = ImportSummary(str(path), str(m.get("kind", "sync")), pid, str(m.get("project_name", "")),
                                m["device_id"], str(m.get("device_name", "")), str(m.get("evaluator_name", "")),
                                str(m.get("created", "")), dry_run, changes_total=len(pkg.changes),
                                blobs_in_package=len(pkg.blob_names))
        if not dry_run:
            summary.backup = str(backup_database(db.path))
        s = db.new_session()
        s.info["applying_remote"] = True
        try:
            # Python's sqlite3 opens the transaction only at the first write, and SQLite clears
            # defer_foreign_keys at the end of every transaction (each autocommit SELECT too):
            # open it with a no-op write, then defer, so order within a package does not matter.
            s.execute(text("UPDATE app_settings SET key = key WHERE 0"))
            s.execute(text("PRAGMA defer_foreign_keys=ON"))
            _merge(s, db, pkg.changes, m, summary, cancelled)
            if not dry_run and store is not None:
                for sha in pkg.blob_names:
                    if cancelled is not None and cancelled():
                        raise Cancelled(translate("Errors", "Cancelled; nothing was changed."))
                    if not store.has(sha):
                        with pkg.open_blob(sha) as fh:
                            got, _size = store.put_stream(fh)
                        if got != sha:
                            raise _err(translate("Errors", "{path}: the evidence file {sha} changed while it was read; refused."),
                                       path=path.name, sha=sha[:12])
                        summary.blobs_added += 1
            summary.evidence_missing = _missing_evidence(s, pid, store, set(pkg.blob_names))
            if dry_run:
                s.rollback()
            else:
                s.add(SyncExchange(id=new_id(), project_id=pid, direction="import", peer_device=m["device_id"],
                                   path=str(path), summary=_exchange_summary(summary)))
                s.commit()
                summary.touched = changes_of(s)
        except IntegrityError as exc:
            s.rollback()
            raise _err(translate("Errors", "{path} cannot be merged: it refers to records this installation does not have "
                       "(it was made for another laptop). Ask the sender for a full package "
                       "(export without --for). Nothing was changed. ({error})"),
                       path=path.name, error=str(exc.orig) if exc.orig else exc) from exc
        except BaseException:
            s.rollback()
            raise
        finally:
            s.close()
    if not dry_run:
        for c in pkg.changes:
            db.clock.observe(c["hlc"])
    return summary


def _exchange_summary(summary: ImportSummary) -> dict[str, Any]:
    t = summary.totals
    return {"kind": summary.kind, "sender": summary.sender_name, "evaluator": summary.sender_evaluator,
            "changes_new": summary.changes_new, "changes_total": summary.changes_total,
            "new": t.new, "changed": t.changed, "unchanged": t.unchanged, "conflicting": t.conflicting,
            "blobs_added": summary.blobs_added, "project_created": summary.project_created}


def _missing_evidence(s: Session, pid: str, store: Any | None, incoming: set[str]) -> int:
    if store is None:
        return 0
    from evaltool.models import EvidenceItem

    shas = set(s.scalars(select(EvidenceItem.sha256).where(
        EvidenceItem.project_id == pid, EvidenceItem.deleted.is_(False), EvidenceItem.sha256.is_not(None))))
    return sum(1 for sha in shas if sha and sha not in incoming and not store.has(sha))


def _merge(s: Session, db: Database, incoming: list[dict[str, Any]], m: dict[str, Any],
           summary: ImportSummary, cancelled: CancelCheck | None) -> None:
    pid = m["project_id"]
    summary.project_created = s.get(Project, pid) is None
    # 1. the changes we do not have yet
    by_id: dict[str, dict[str, Any]] = {}
    for c in incoming:
        by_id.setdefault(c["id"], c)
    known: set[str] = set()
    for chunk in _chunks(by_id):
        known |= set(s.scalars(select(ChangeRecord.id).where(ChangeRecord.id.in_(chunk))))
    new = [c for cid, c in by_id.items() if cid not in known]
    summary.changes_new = len(new)
    seqs: dict[str, dict[int, str]] = defaultdict(dict)
    for c in new:
        other = seqs[c["device_id"]].setdefault(c["seq"], c["id"])
        if other != c["id"]:
            raise _err(translate("Errors", "The package holds two different changes numbered {seq} by device {dev}; refused."),
                       seq=c["seq"], dev=c["device_id"][:8])
    for dev, by_seq in seqs.items():
        for chunk in _chunks(by_seq):
            clash = s.execute(select(ChangeRecord.seq, ChangeRecord.id).where(
                ChangeRecord.device_id == dev, ChangeRecord.seq.in_(chunk))).first()
            if clash is not None:
                raise _err(translate("Errors", "Device {dev} appears to be two installations (change {seq} differs): a data folder "
                           "was probably copied to another laptop. Give each laptop its own data folder; "
                           "nothing was changed."), dev=dev[:8], seq=clash[0])
    if cancelled is not None and cancelled():
        raise Cancelled(translate("Errors", "Cancelled; nothing was changed."))
    for chunk in _chunks(new, 2000):
        s.execute(insert(ChangeRecord), [{k: c[k] for k in CHANGE_KEYS} for c in chunk])

    # 2. heads and values of every row the package touches
    touched: dict[str, set[str]] = defaultdict(set)
    for c in by_id.values():
        touched[c["table_name"]].add(c["row_id"])
    new_fields: dict[tuple[str, str], set[str]] = defaultdict(set)
    for c in new:
        new_fields[(c["table_name"], c["row_id"])].add(c["field"])
    for table, row_ids in touched.items():
        counts = summary.tables.setdefault(table, TableCounts())
        model = SYNCED_MODELS[table]
        affected = [r for r in row_ids if (table, r) in new_fields]
        counts.unchanged += len(row_ids) - len(affected)
        for chunk in _chunks(sorted(affected)):
            _apply_rows(s, table, model, chunk, new_fields, pid, counts, summary)
        # touched rows without new changes may still carry an open conflict
        for chunk in _chunks(sorted(set(row_ids) - set(affected))):
            n = s.scalar(select(func.count(func.distinct(FieldHead.row_id))).where(
                FieldHead.table_name == table, FieldHead.row_id.in_(chunk), FieldHead.conflict.is_(True)))
            counts.conflicting += int(n or 0)
        if cancelled is not None and cancelled():
            raise Cancelled(translate("Errors", "Cancelled; nothing was changed."))
    s.flush()
    project = s.get(Project, pid)
    if project is not None:
        summary.project_name = project.name

    # 3. what we now know about the sender and about ourselves
    sender = m["device_id"]
    if sender != db.device_id:
        peer = s.get(SyncPeer, sender)
        if peer is None:
            peer = SyncPeer(device_id=sender, seen={})
            s.add(peer)
        seen = dict(peer.seen or {})
        pseen = {k: int(v) for k, v in seen.get(pid, {}).items()}
        for d, n in (m.get("have") or {}).items():
            pseen[d] = max(pseen.get(d, 0), int(n))
        seen[pid] = pseen
        peer.seen = seen
        peer.name = str(m.get("device_name") or peer.name or sender[:8])[:200]
        peer.updated_at = utcnow()
    have = coverage(s, db.device_id, pid)
    for d, (lo, hi) in sorted((m.get("ranges") or {}).items()):
        if have.get(d, 0) >= int(lo):
            have[d] = max(have.get(d, 0), int(hi))
    _save_coverage(s, pid, have)
    s.flush()


def _apply_rows(s: Session, table: str, model: type, row_ids: list[str],
                new_fields: dict[tuple[str, str], set[str]], pid: str, counts: TableCounts,
                summary: ImportSummary) -> None:
    cols = (ChangeRecord.id, ChangeRecord.row_id, ChangeRecord.field, ChangeRecord.hlc, ChangeRecord.device_id,
            ChangeRecord.evaluator_id, ChangeRecord.value, ChangeRecord.bases)
    per_row: dict[str, dict[str, list[_Ch]]] = defaultdict(lambda: defaultdict(list))
    for r in s.execute(select(*cols).where(ChangeRecord.table_name == table, ChangeRecord.row_id.in_(row_ids))):
        per_row[r.row_id][r.field].append(_Ch(r.id, r.field, r.hlc, r.device_id, r.evaluator_id, r.value,
                                              list(r.bases or [])))
    heads_q = select(FieldHead).where(FieldHead.table_name == table, FieldHead.row_id.in_(row_ids))
    existing_heads = {(h.row_id, h.field): h for h in s.scalars(heads_q)}
    rows = {o.id: o for o in s.scalars(select(model).where(model.id.in_(row_ids)))}  # type: ignore[attr-defined]
    columns = set(synced_fields(model))
    new_heads: list[dict[str, Any]] = []
    for row_id in row_ids:
        fields = per_row[row_id]
        winners: dict[str, _Ch] = {}
        conflict_fields = []
        for f, chs in fields.items():
            heads = _heads(chs)
            if not heads:  # a cycle of bases cannot happen with honest clocks; keep the newest
                heads = [max(chs, key=lambda c: c.order)]
            winners[f] = heads[-1]
            conflict = len({_value_key(h.value) for h in heads}) > 1
            if conflict:
                conflict_fields.append(f)
            if f in new_fields[(table, row_id)]:
                ids = [h.id for h in heads]
                fh = existing_heads.get((row_id, f))
                if fh is None:
                    new_heads.append({"table_name": table, "row_id": row_id, "field": f, "heads": ids,
                                      "project_id": None if table == "evaluators" else pid, "conflict": conflict})
                elif fh.heads != ids or fh.conflict != conflict:
                    fh.heads, fh.conflict = ids, conflict
        obj = rows.get(row_id)
        if obj is None:
            obj = model(id=row_id, **{f: w.value for f, w in winners.items() if f in columns})
            _fill_missing(obj, pid)
            obj.created_at = hlc_time(min(c.hlc for chs in fields.values() for c in chs))
            _stamp_from(obj, winners.values())
            s.add(obj)
            counts.new += 1
        else:
            if table not in ("evaluators", "projects") and obj.project_id != pid:
                raise _err(translate("Errors", "A record in the package ({table} {id}) belongs to another project here; refused."),
                           table=table, id=row_id[:8])
            changed = False
            for f in new_fields[(table, row_id)]:
                if f in columns and getattr(obj, f) != winners[f].value:
                    setattr(obj, f, winners[f].value)
                    changed = True
            if changed:
                _stamp_from(obj, winners.values())
                counts.changed += 1
            else:
                counts.unchanged += 1
        if conflict_fields:
            counts.conflicting += 1
            for f in conflict_fields:
                if len(summary.conflicts) < 500:
                    summary.conflicts.append({"key": conflict_key(table, row_id, f), "table": table,
                                              "row_id": row_id, "field": f})
    if new_heads:
        s.execute(insert(FieldHead), new_heads)


# -- conflicts ----------------------------------------------------------------------

def conflict_key(table: str, row_id: str, field_: str) -> str:
    return f"{table}/{row_id}/{field_}"


def parse_conflict_key(key: str) -> tuple[str, str, str]:
    parts = (key or "").split("/")
    if len(parts) != 3 or parts[0] not in SYNCED_MODELS:
        raise ValidationError(translate("Errors", "“{key}” is not a conflict key (table/record/field); "
                                        "list them with “evaltool sync conflicts”.").format(key=key))
    return parts[0], parts[1], parts[2]


@dataclass
class ConflictOption:
    change_id: str
    value: Any
    display: str
    evaluator_id: str | None
    evaluator_name: str
    device_id: str
    at: str
    current: bool


@dataclass
class Conflict:
    key: str
    table: str
    row_id: str
    field: str
    record: str
    options: list[ConflictOption]
    text_field: bool

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def display_value(v: Any) -> str:
    if v is None:
        return translate("Sync", "(empty)")
    if isinstance(v, bool):
        return translate("Sync", "yes") if v else translate("Sync", "no")
    if isinstance(v, float):
        return f"{v:.6f}".rstrip("0").rstrip(".")
    if isinstance(v, (dict, list)):
        return json.dumps(v, ensure_ascii=False)
    return str(v)


def record_label(s: Session, table: str, row_id: str) -> str:
    """A short human name of a record for the conflicts list."""
    from evaltool.models import Indicator

    model = SYNCED_MODELS[table]
    obj = s.get(model, row_id)
    if obj is None:
        return row_id[:8]
    if table in ("scores", "final_scores", "evidence_links"):
        ind = s.get(Indicator, obj.indicator_id)
        name = ind.name if ind else obj.indicator_id[:8]
        if table == "scores":
            ev = s.get(Evaluator, obj.evaluator_id)
            return f"{name} · {ev.name if ev else obj.evaluator_id[:8]}"
        return name
    for attr in ("name", "title", "filename", "respondent_ref", "key", "text"):
        val = getattr(obj, attr, None)
        if val:
            return str(val)[:60]
    return row_id[:8]


def table_label(table: str) -> str:
    labels = {
        "projects": translate("Sync", "Project"), "evaluators": translate("Sync", "Evaluator"),
        "project_members": translate("Sync", "Team member"), "project_flags": translate("Sync", "Result flag"),
        "report_sections": translate("Sync", "Report text"), "indicators": translate("Sync", "Indicator"),
        "scores": translate("Sync", "Score"), "final_scores": translate("Sync", "Final score"),
        "review_notes": translate("Sync", "Review note"), "targets": translate("Sync", "Performance target"),
        "evidence_items": translate("Sync", "Evidence"), "evidence_links": translate("Sync", "Evidence link"),
        "surveys": translate("Sync", "Survey"), "survey_questions": translate("Sync", "Survey question"),
        "respondent_groups": translate("Sync", "Respondent group"), "responses": translate("Sync", "Questionnaire"),
    }
    return labels.get(table, table)


def field_label(field_: str) -> str:
    """A field's name for people (the common ones translated, others made readable)."""
    labels = {
        "name": translate("Sync", "Name"), "budget_unit": translate("Sync", "Budget unit"),
        "competent_department": translate("Sync", "Competent department"),
        "commissioning_body": translate("Sync", "Commissioning body"),
        "evaluation_agency": translate("Sync", "Evaluation agency"),
        "evaluation_type": translate("Sync", "Evaluation type"),
        "reference_date": translate("Sync", "Reference date"), "report_date": translate("Sync", "Report date"),
        "budget_approved": translate("Sync", "Approved budget"), "budget_adjusted": translate("Sync", "Adjusted budget"),
        "actual_spending": translate("Sync", "Actual spending"), "weight": translate("Sync", "Weight"),
        "description": translate("Sync", "Assessment points"), "criteria": translate("Sync", "Scoring criteria"),
        "value": translate("Sync", "Score"), "comment": translate("Sync", "Evaluator's comment"),
        "reason": translate("Sync", "Reason"), "text": translate("Sync", "Text"), "title": translate("Sync", "Title"),
        "deleted": translate("Sync", "Deleted"), "actual_text": translate("Sync", "Actual value"),
        "target_text": translate("Sync", "Target value"), "status": translate("Sync", "Status"),
        "note": translate("Sync", "Note"), "notes": translate("Sync", "Notes"), "answers": translate("Sync", "Answers"),
    }
    return labels.get(field_, field_.replace("_", " "))


def _is_text_column(model: type, field_: str) -> bool:
    col = model.__table__.columns.get(field_)  # type: ignore[attr-defined]
    return col is not None and isinstance(col.type, (String, Text))


def list_conflicts(session: Session, project_id: str) -> list[Conflict]:
    """Open conflicts of the project (and of the evaluators it refers to)."""
    evs = referenced_evaluators(session, project_id)
    q = select(FieldHead).where(FieldHead.conflict.is_(True), (FieldHead.project_id == project_id) | (
        (FieldHead.table_name == "evaluators") & FieldHead.row_id.in_(sorted(evs))))
    out = []
    for fh in session.scalars(q.order_by(FieldHead.table_name, FieldHead.row_id, FieldHead.field)):
        heads = [session.get(ChangeRecord, h) for h in fh.heads]
        heads = sorted((h for h in heads if h is not None), key=lambda c: (c.hlc, c.device_id, c.id))
        if len(heads) < 2:
            continue
        options = []
        for i, h in enumerate(heads):
            ev = session.get(Evaluator, h.evaluator_id) if h.evaluator_id else None
            options.append(ConflictOption(h.id, h.value, display_value(h.value), h.evaluator_id,
                                          ev.name if ev else "", h.device_id, hlc_time(h.hlc), i == len(heads) - 1))
        model = SYNCED_MODELS.get(fh.table_name)
        if model is None:
            continue
        out.append(Conflict(conflict_key(fh.table_name, fh.row_id, fh.field), fh.table_name, fh.row_id, fh.field,
                            record_label(session, fh.table_name, fh.row_id), options,
                            _is_text_column(model, fh.field)))
    return out


_MISSING = object()


def coerce_value(model: type, field_: str, raw: Any) -> Any:
    """A value typed by a person (text) in the column's type."""
    col = model.__table__.columns[field_]  # type: ignore[attr-defined]
    if not isinstance(raw, str):
        return raw
    s = raw.strip()
    try:
        if isinstance(col.type, Boolean):
            return s.lower() in ("1", "true", "yes", "y", "是", "t")
        if isinstance(col.type, Integer):
            return None if not s and col.nullable else int(s)
        if isinstance(col.type, Float):
            return None if not s and col.nullable else float(s)
        if isinstance(col.type, (String, Text)):
            return raw if raw or not col.nullable else None
        return json.loads(s) if s else None
    except ValueError as exc:
        raise ValidationError(translate("Errors", "“{value}” is not a valid value for {field}.").format(
            value=raw, field=field_)) from exc


def resolve_conflict(session: Session, project_id: str, key: str, *, choose: str | None = None,
                     value: Any = _MISSING) -> None:
    """Settle a conflict with one of its values (``choose`` = a head's change id or a
    unique prefix) or a merged ``value``; the new local change supersedes every head."""
    table, row_id, field_ = parse_conflict_key(key)
    fh = session.get(FieldHead, (table, row_id, field_))
    if fh is None or not fh.conflict or len(fh.heads) < 2:
        raise ValidationError(translate("Errors", "There is no open conflict {key} (already resolved?).").format(key=key))
    model = SYNCED_MODELS[table]
    obj = session.get(model, row_id)
    if obj is None or (table not in ("evaluators", "projects") and obj.project_id != project_id) or (
            table == "projects" and row_id != project_id):
        raise NotFoundError(translate("Errors", "The conflict {key} is not in this project.").format(key=key))
    if choose is not None:
        hits = [h for h in fh.heads if h.startswith(choose)]
        if len(hits) != 1:
            raise ValidationError(translate("Errors", "“{choice}” is not one of the conflicting values of {key}.").format(
                choice=choose, key=key))
        value = session.get(ChangeRecord, hits[0]).value
    elif value is _MISSING:
        raise ValidationError(translate("Errors", "Choose one of the values or write a merged one."))
    else:
        value = coerce_value(model, field_, value)
    setattr(obj, field_, value)
    session.flush()
    if len(fh.heads) > 1:  # the value did not change, so nothing was recorded: record it now
        record_fields(session, obj, [field_])
        session.flush()


# -- history and state ----------------------------------------------------------------

@dataclass
class ExchangeInfo:
    id: str
    direction: str
    peer_device: str
    peer_name: str
    path: str
    summary: dict[str, Any]
    at: str

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def list_exchanges(session: Session, project_id: str) -> list[ExchangeInfo]:
    names = {p.device_id: p.name for p in session.scalars(select(SyncPeer))}
    q = select(SyncExchange).where(SyncExchange.project_id == project_id).order_by(SyncExchange.at.desc())
    return [ExchangeInfo(e.id, e.direction, e.peer_device, names.get(e.peer_device, ""), e.path,
                         dict(e.summary or {}), e.at) for e in session.scalars(q)]


def canonical_state(session: Session, project_id: str) -> dict[str, Any]:
    """The project's user data as plain JSON (rows of every synced table, evaluators it
    refers to, open conflicts): equal on two laptops that hold the same changes."""
    out: dict[str, Any] = {}
    evs = referenced_evaluators(session, project_id)
    for table, model in sorted(SYNCED_MODELS.items()):
        cols = synced_fields(model)
        if table == "evaluators":
            q = select(model).where(model.id.in_(sorted(evs)))  # type: ignore[attr-defined]
        elif table == "projects":
            q = select(model).where(model.id == project_id)  # type: ignore[attr-defined]
        else:
            q = select(model).where(model.project_id == project_id)  # type: ignore[attr-defined]
        out[table] = {o.id: {c: getattr(o, c) for c in cols} for o in session.scalars(q)}
    out["conflicts"] = sorted((c.key, tuple(sorted(o.change_id for o in c.options)))
                              for c in list_conflicts(session, project_id))
    return json.loads(json.dumps(out, sort_keys=True, default=list))


def project_change_ids(session: Session, project_id: str) -> set[str]:
    return set(session.scalars(select(ChangeRecord.id).where(ChangeRecord.project_id == project_id)))
