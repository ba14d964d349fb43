"""Push and pull: a laptop and the hub exchange the changes each lacks, by the USB rules.

The hub applies **the merge engine of USB sync** (``evaltool.sync.merge``: ``check_changes``
then ``merge_changes``) to the changes a laptop pushes, in one PostgreSQL transaction, and a
laptop applies the same two functions to the changes it pulls, in one SQLite transaction: so
the rules are the same both ways and the same as a USB package's (idempotent, order-free,
conflicts kept, roles enforced), and they follow the engine when it changes. A change is
identified by its id everywhere, so a change that reached a laptop on a USB stick is not
stored twice when it also comes through the hub, and the other way round.

What each side lacks, without listing every change: version vectors, as for USB packages
(``evaltool.sync.peers``). The hub keeps per project ``{device: n}`` (``hub_coverage``: it
holds every change of the project by that device with ``seq`` ≤ n); a push sends the
laptop's changes above it, and raises it to what the laptop covers; a pull sends the hub's
changes above the laptop's coverage, and the laptop raises its own to the hub's. Coverage
is a lower bound: at worst a change travels twice and is ignored the second time.

Transactions: a push first sends the evidence files the hub lacks (each whole or not at all,
see ``evaltool.hub.blobs``), then merges the changes in one hub transaction, holding an
advisory lock on the project (two laptops pushing one project merge one after the other;
different projects in parallel) and, when evaluator records change, one on them. A dropped
connection or a killed process rolls that transaction back: the hub is as it was or holds
the whole push. The laptop writes nothing until the hub has committed. A pull reads one
consistent snapshot of the hub and merges it in one laptop transaction after a backup, like
a USB import; its evidence files follow, each stored whole or not at all.

Thread rule: the functions open their own sessions on the laptop and the hub; call them from
one thread at a time (the UI runs them on its runner's worker thread).
"""
from __future__ import annotations

import json
from contextlib import suppress
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import and_, or_, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from evaltool.backups import backup_before
from evaltool.changelog import Actor, Clock, mark_sent
from evaltool.changes import Changes, changes_of
from evaltool.db import Database
from evaltool.device import note_sent
from evaltool.errors import NotFoundError
from evaltool.evidence import EvidenceStore
from evaltool.hub.blobs import BlobTransfer, download_blobs, upload_blobs
from evaltool.hub.connect import Hub, HubError
from evaltool.hub.portfolio import refresh_summary
from evaltool.hub.schema import EVALUATORS_LOCK, check_schema
from evaltool.hub.tables import hub_coverage, hub_pushes
from evaltool.i18n import translate
from evaltool.models import AppSetting, ChangeRecord, EvidenceItem, Project, natural_id, new_id, utcnow
from evaltool.projects import find_project
from evaltool.sync.base import (
    CHANGE_KEYS,
    PER_MILLE,
    CancelCheck,
    Progress,
    check_cancelled,
    chunks,
    referenced_evaluators,
    stage,
    sync_error,
)
from evaltool.sync.merge import MergeResult, TableCounts, check_changes, merge_changes
from evaltool.sync.peers import coverage, note_package
from evaltool.validate import clean_changes

MEMBER_ROLES = ("lead", "member", "expert")
LAST_SYNC_KEY = "hub_last:{pid}"


@dataclass
class TransferResult:
    """What one push or pull moved. Counts of records are rows, as for a USB import."""

    direction: str  # push|pull
    hub: str
    project_id: str
    project_name: str
    project_created: bool = False  # new on the receiving side
    role: str = ""  # this person's role in the project on the hub
    changes_sent: int = 0
    changes_new: int = 0
    tables: dict[str, TableCounts] = field(default_factory=dict)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    evidence_files: int = 0
    evidence_bytes: int = 0
    evidence_missing: int = 0
    backup: str | None = None
    # (table, record, field) of values cleaned on the way in (``evaltool.validate.clean_changes``)
    text_cleaned: list[tuple[str, str, str]] = field(default_factory=list)
    # What a pull changed on this laptop, for views to refresh.
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


def _take_merge(out: TransferResult, merged: MergeResult) -> None:
    out.project_created, out.changes_new = merged.project_created, merged.changes_new
    out.tables, out.conflicts = merged.tables, merged.conflicts
    if merged.project_name:
        out.project_name = merged.project_name


def hub_device(hub_id: str, project_id: str) -> str:
    """The device id under which the hub records changes of its own in a project (the merge
    engine may record some, e.g. a proposal for the lead): one per project, so its sequence
    numbers are counted under that project's lock."""
    return natural_id("evaltool-hub", hub_id, project_id)


def _changes(s: Session, where: Any) -> list[dict[str, Any]]:
    cols = [getattr(ChangeRecord, k) for k in CHANGE_KEYS]
    q = select(*cols).where(where).order_by(ChangeRecord.device_id, ChangeRecord.seq)
    return [{k: getattr(r, k) for k in CHANGE_KEYS} for r in s.execute(q)]


def _evaluator_changes(s: Session, pid: str) -> list[dict[str, Any]]:
    """Every change of the evaluator records the project refers to (they travel with it)."""
    out: list[dict[str, Any]] = []
    for chunk in chunks(sorted(referenced_evaluators(s, pid))):
        out += _changes(s, (ChangeRecord.table_name == "evaluators") & ChangeRecord.row_id.in_(chunk))
    return out


def _above(have: dict[str, int]) -> Any:
    """Changes not covered by ``have`` ({device: n}: every change with seq ≤ n is held)."""
    if not have:
        return text("true")
    return or_(ChangeRecord.device_id.not_in(sorted(have)),
               *[and_(ChangeRecord.device_id == d, ChangeRecord.seq > n) for d, n in sorted(have.items())])


def _hub_coverage(s: Session, pid: str) -> dict[str, int]:
    return {r.device_id: int(r.seq) for r in s.execute(
        select(hub_coverage.c.device_id, hub_coverage.c.seq).where(hub_coverage.c.project_id == pid))}


def _access(s: Session, pid: str) -> str:
    return str(s.scalar(text("SELECT evaltool_project_access(:pid)"), {"pid": pid}))


def _not_member(hub: Hub, name: str, access: str) -> HubError:
    if access == "partner":
        return HubError(translate("Errors", "You ({user}) may read “{name}” on the team hub {hub} but are not on its team, "
                                  "so you cannot push to it; its lead adds you (evaltool hub members).").format(
                                      user=hub.address.user, name=name, hub=hub.display))
    return HubError(translate("Errors", "The project “{name}” on the team hub {hub} belongs to another team, and you "
                              "({user}) are not a member; its lead adds you with “evaltool hub members PROJECT --add "
                              "{user} --as member”. Nothing was changed.").format(name=name, hub=hub.display,
                                                                                  user=hub.address.user))


def _save_last(s: Session, pid: str, hub: Hub, direction: str, moved: int) -> None:
    key = LAST_SYNC_KEY.format(pid=pid)
    row = s.get(AppSetting, key)
    last = json.loads(row.value) if row is not None else {}
    last.update({"hub": hub.address.safe, "at": utcnow(), direction: moved, f"{direction}_at": utcnow()})
    if row is None:
        s.add(AppSetting(key=key, value=json.dumps(last)))
    else:
        row.value = json.dumps(last)


def last_sync(db: Database, project_id: str) -> dict[str, Any]:
    """What the last push/pull of the project moved and when ({} before the first)."""
    value = db.get_setting(LAST_SYNC_KEY.format(pid=project_id))
    return dict(json.loads(value)) if value else {}


# -- push -------------------------------------------------------------------------

def push_project(db: Database, hub: Hub, project_ref: str, *, progress: Progress | None = None,
                 cancelled: CancelCheck | None = None) -> TransferResult:
    """Send the project's changes (and evidence files) the hub lacks; see the module docstring."""
    with db.read_session() as s:
        project = find_project(s, project_ref)
        pid, name = project.id, project.name
        have = coverage(s, db.device_id, pid)
        shas = sorted({sha for sha in s.scalars(select(EvidenceItem.sha256).where(
            EvidenceItem.project_id == pid, EvidenceItem.deleted.is_(False))) if sha})
    out = TransferResult("push", hub.display, pid, name)
    with hub.session(read_only=True) as hs:
        check_schema(hs, hub)
        access = _access(hs, pid)
        if access not in (*MEMBER_ROLES, "absent"):
            raise _not_member(hub, name, access)
        read_have = _hub_coverage(hs, pid)
    check_cancelled(cancelled)
    # One write transaction, as a USB export: every own change read here may leave this laptop,
    # so the change capture must stop coalescing into it (``mark_sent``, as ``export_package``).
    with db.session() as s:
        top = mark_sent(s, db.device_id)
        changes = _changes(s, (ChangeRecord.project_id == pid) & _above(read_have)) + _evaluator_changes(s, pid)
    out.changes_sent = len(changes)
    # before anything leaves: a restored copy of this database must not reuse these numbers
    note_sent(db.data_dir, db.device_id, top)
    store = EvidenceStore(db.data_dir)
    blobs = upload_blobs(hub, store, shas, stage(progress, 0, 400 if shas else 0), cancelled)
    out.evidence_files, out.evidence_bytes, out.evidence_missing = blobs.files, blobs.bytes, blobs.missing
    merge_progress = stage(progress, 400 if shas else 0, PER_MILLE)
    with hub.session() as hs:
        hub_id = check_schema(hs, hub)
        _lock(hs, pid, changes)
        out.role = str(hs.scalar(text("SELECT evaltool_claim_project(:pid, :at)"), {"pid": pid, "at": utcnow()}))
        if out.role not in MEMBER_ROLES:
            raise _not_member(hub, name, out.role)
        clock = Clock()
        for c in changes:
            clock.observe(c["hlc"])
        hs.info["applying_remote"] = True
        # changes the merge records itself (the engine's own rules) are the hub's, per project
        hs.info["actor"] = Actor(hub_device(hub_id, pid), db.evaluator_id, clock)
        hs.execute(text("SET CONSTRAINTS ALL DEFERRED"))
        check_changes(changes, pid, hub.display, cancelled)
        merged = merge_changes(hs, changes, pid, merge_progress, cancelled)
        _take_merge(out, merged)
        out.project_created = merged.project_created
        _raise_coverage(hs, pid, read_have, have, hub_device(hub_id, pid))
        hs.execute(hub_pushes.insert().values(
            id=new_id(), project_id=pid, direction="push", role_name=hub.address.user, device_id=db.device_id,
            device_name=db.device_name, evaluator_id=db.evaluator_id, at=utcnow(), changes_sent=len(changes),
            changes_new=merged.changes_new, blobs=blobs.files, blob_bytes=blobs.bytes))
        if merged.changes_new or merged.project_created:
            refresh_summary(hs, pid, hub.address.user)
        check_cancelled(cancelled)  # the last moment Cancel leaves the hub as it was
    with db.session() as s:
        _save_last(s, pid, hub, "pushed", out.changes_new)
    return out


def _lock(hs: Session, pid: str, changes: list[dict[str, Any]]) -> None:
    """The project's lock (pushes of one project merge one after the other), then, if the push
    brings evaluator changes the hub lacks, the evaluators' (records every project shares).
    Always in this order, so two pushes never wait for each other in a circle."""
    hs.execute(text("SELECT pg_advisory_xact_lock(hashtextextended(:pid, 0))"), {"pid": pid})
    ev_ids = [c["id"] for c in changes if c["table_name"] == "evaluators"]
    known: set[str] = set()
    for chunk in chunks(ev_ids):
        known |= set(hs.scalars(select(ChangeRecord.id).where(ChangeRecord.id.in_(chunk))))
    if set(ev_ids) - known:
        hs.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": EVALUATORS_LOCK})


def _raise_coverage(hs: Session, pid: str, read_have: dict[str, int], laptop_have: dict[str, int], own: str) -> None:
    """The hub now holds every change the laptop covers: its changes above ``read_have``
    arrived, and the hub held everything up to ``read_have`` (coverage only grows)."""
    cur = _hub_coverage(hs, pid)
    new: dict[str, int] = {}
    for d, n in laptop_have.items():
        if cur.get(d, 0) >= read_have.get(d, 0) and n > cur.get(d, 0):
            new[d] = n
    top = hs.scalar(select(ChangeRecord.seq).where(ChangeRecord.device_id == own).order_by(ChangeRecord.seq.desc()).limit(1))
    if top and int(top) > cur.get(own, 0):
        new[own] = int(top)
    for d, n in new.items():
        stmt = pg_insert(hub_coverage).values(project_id=pid, device_id=d, seq=n)
        hs.execute(stmt.on_conflict_do_update(index_elements=["project_id", "device_id"], set_={"seq": n}))


# -- pull -------------------------------------------------------------------------

def _resolve_for_pull(db: Database, hub: Hub, ref: str) -> tuple[str, str]:
    """The project's id and name: this laptop's project, else one on the hub (by id or name)."""
    with db.read_session() as s, suppress(NotFoundError):
        p = find_project(s, ref)
        return p.id, p.name
    with hub.session(read_only=True) as hs:
        check_schema(hs, hub)
        try:
            p = find_project(hs, ref)
        except NotFoundError as exc:
            raise NotFoundError(translate("Errors", "No project “{ref}” on this laptop, nor one you may read on the team hub "
                                          "{hub} (evaltool hub projects lists them).").format(ref=ref, hub=hub.display)) from exc
        return p.id, p.name


def pull_project(db: Database, hub: Hub, project_ref: str, *, evidence: str = "all", items: list[str] | None = None,
                 progress: Progress | None = None, cancelled: CancelCheck | None = None) -> TransferResult:
    """Merge the hub's changes of the project this laptop lacks, then fetch its evidence files
    (``evidence``: ``all`` the project's files missing here, ``none``; ``items``: only the files
    of these evidence records, on demand)."""
    pid, name = _resolve_for_pull(db, hub, project_ref)
    with db.read_session() as s:
        have = coverage(s, db.device_id, pid)
    out = TransferResult("pull", hub.display, pid, name)
    with hub.session(read_only=True) as hs:
        check_schema(hs, hub)
        out.role = _access(hs, pid)
        if out.role in ("absent", "forbidden"):
            raise NotFoundError(translate("Errors", "The team hub {hub} has no project “{name}” you may read.").format(
                hub=hub.display, name=name))
        hub_have = _hub_coverage(hs, pid)
        changes = _changes(hs, (ChangeRecord.project_id == pid) & _above(have)) + _evaluator_changes(hs, pid)
        q = select(EvidenceItem.id, EvidenceItem.sha256).where(
            EvidenceItem.project_id == pid, EvidenceItem.deleted.is_(False), EvidenceItem.sha256.is_not(None))
        files = {r.id: r.sha256 for r in hs.execute(q)}
    out.changes_sent = len(changes)
    check_cancelled(cancelled)
    with_files = evidence == "all" or bool(items)
    ranges = {d: [have.get(d, 0), n] for d, n in hub_have.items() if n > have.get(d, 0)}
    _merge_on_laptop(db, hub, pid, changes, ranges, out, stage(progress, 0, 700 if with_files else PER_MILLE), cancelled)
    store = EvidenceStore(db.data_dir)
    if with_files:
        wanted = [files[i] for i in items or [] if i in files] if items else list(files.values())
        if items and len(wanted) < len(items):
            unknown = [i for i in items if i not in files]
            raise NotFoundError(translate("Errors", "The project “{name}” on the team hub has no evidence record {ids} "
                                          "with a file.").format(name=out.project_name, ids=", ".join(unknown)))
        got: BlobTransfer = download_blobs(hub, store, wanted, stage(progress, 700, PER_MILLE), cancelled)
        out.evidence_files, out.evidence_bytes = got.files, got.bytes
    out.evidence_missing = sum(1 for sha in set(files.values()) if not store.has(sha))
    return out


def _merge_on_laptop(db: Database, hub: Hub, pid: str, changes: list[dict[str, Any]], ranges: dict[str, list[int]],
                     out: TransferResult, progress: Progress | None, cancelled: CancelCheck | None) -> None:
    """One laptop transaction, as a USB import (``evaltool.sync.exchange``): backup first when
    anything is new, foreign keys deferred, the engine's check and merge, coverage raised."""
    check_changes(changes, pid, hub.display, cancelled)
    out.text_cleaned = clean_changes(changes)  # what an older laptop may have stored
    with db.read_session() as s:
        known: set[str] = set()
        for chunk in chunks([c["id"] for c in changes]):
            known |= set(s.scalars(select(ChangeRecord.id).where(ChangeRecord.id.in_(chunk))))
    if len(known) < len(changes):
        with backup_before(db.path, "merge") as backup:  # removed again on Cancel
            out.backup = str(backup.path)
            _merge_transaction(db, hub, pid, changes, ranges, out, progress, cancelled)
    else:
        _merge_transaction(db, hub, pid, changes, ranges, out, progress, cancelled)
    for c in changes:
        db.clock.observe(c["hlc"])


def _merge_transaction(db: Database, hub: Hub, pid: str, changes: list[dict[str, Any]], ranges: dict[str, list[int]],
                       out: TransferResult, progress: Progress | None, cancelled: CancelCheck | None) -> None:
    """The merge in one laptop transaction, rolled back on any error or Cancel."""
    s = db.new_session()
    s.info["applying_remote"] = True
    try:
        # see exchange._merge_package: open the transaction with a no-op write, then defer
        s.execute(text("UPDATE app_settings SET key = key WHERE 0"))
        s.execute(text("PRAGMA defer_foreign_keys=ON"))
        merged = merge_changes(s, changes, pid, progress, cancelled, is_future=db.clock.is_future)
        _take_merge(out, merged)
        # only our own coverage grows (the hub is no laptop to send USB packages to)
        note_package(s, db.device_id, {"project_id": pid, "device_id": db.device_id, "have": {}, "ranges": ranges})
        _save_last(s, pid, hub, "pulled", merged.changes_new)
        check_cancelled(cancelled)
        s.commit()
        out.touched = changes_of(s)
    except IntegrityError as exc:
        s.rollback()
        raise sync_error(translate("Errors", "The changes from the team hub {hub} refer to records this laptop does not "
                                   "have; nothing was changed. ({error})"), hub=hub.display,
                         error=str(exc.orig) if exc.orig else exc) from exc
    except BaseException:
        s.rollback()
        raise
    finally:
        s.close()


# -- both, and several -------------------------------------------------------------

@dataclass
class SyncResult:
    push: TransferResult
    pull: TransferResult

    def as_json(self) -> dict[str, Any]:
        return {"push": self.push.as_json(), "pull": self.pull.as_json()}


def sync_project(db: Database, hub: Hub, project_ref: str, *, evidence: str = "all", progress: Progress | None = None,
                 cancelled: CancelCheck | None = None) -> SyncResult:
    """Push, then pull (so what the hub added while merging comes back at once)."""
    pushed = push_project(db, hub, project_ref, progress=stage(progress, 0, 500), cancelled=cancelled)
    pulled = pull_project(db, hub, pushed.project_id, evidence=evidence, progress=stage(progress, 500, PER_MILLE),
                          cancelled=cancelled)
    return SyncResult(pushed, pulled)


def shared_projects(db: Database, hub: Hub) -> list[str]:
    """Ids of this laptop's projects that the hub holds and this person may read."""
    with db.read_session() as s:
        local = list(s.scalars(select(Project.id).where(Project.deleted.is_(False))))
    with hub.session(read_only=True) as hs:
        check_schema(hs, hub)
        out = []
        for chunk in chunks(local):
            out += list(hs.scalars(select(Project.id).where(Project.id.in_(chunk))))
    return sorted(out)
