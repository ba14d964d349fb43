"""Capture of every write to synchronised records as field-level changes.

Each flush turns the new and modified ``Synced`` objects of a session into
``ChangeRecord`` rows (one per field): who (device, evaluator), when (a hybrid
logical clock), what (table, row, field, value) and which earlier changes of that
field it replaces (``bases`` = the field's heads when the edit was made). This is
what sync packages carry; merging is then a set union (see evaltool.sync).

Rules enforced here:
- records are never DELETEd (``deleted`` is a tombstone field like any other);
- writes are attributed to the session's ``Actor`` (set by ``Database.session``);
- a session flagged ``session.info["applying_remote"]`` records nothing: the sync
  merge writes change records itself.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, func, insert, inspect, select
from sqlalchemy.orm import Mapper, Session

from evaltool import changes as _changes  # noqa: F401  (registers the session listeners that collect Changes)
from evaltool.models import ChangeRecord, FieldHead, Synced, new_id, utcnow


@dataclass
class Clock:
    """Hybrid logical clock: never goes backwards, moves past any clock it has seen."""

    last_ms: int = 0
    counter: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def tick(self) -> str:
        with self.lock:
            now = int(time.time() * 1000)
            if now > self.last_ms:
                self.last_ms, self.counter = now, 0
            else:
                self.counter += 1
            return format_hlc(self.last_ms, self.counter)

    def observe(self, hlc: str) -> None:
        ms, counter = parse_hlc(hlc)
        with self.lock:
            if (ms, counter) > (self.last_ms, self.counter):
                self.last_ms, self.counter = ms, counter


def format_hlc(ms: int, counter: int) -> str:
    return f"{ms:015d}.{counter:06d}"


def parse_hlc(hlc: str) -> tuple[int, int]:
    ms, _, counter = hlc.partition(".")
    return int(ms), int(counter or 0)


@dataclass
class Actor:
    device_id: str
    evaluator_id: str | None
    clock: Clock


def synced_fields(obj_or_cls: Any) -> list[str]:
    """Column attribute names of a synced model that carry user data."""
    mapper: Mapper[Any] = inspect(obj_or_cls if isinstance(obj_or_cls, type) else type(obj_or_cls))
    skip = set(getattr(mapper.class_, "__sync_skip__", ()))
    return [c.key for c in mapper.column_attrs if c.key not in skip and c.key != "id"]


def project_of(obj: Any) -> str | None:
    if obj.__tablename__ == "projects":
        return obj.id
    return getattr(obj, "project_id", None)


def log_devices(session: Session) -> list[str]:
    """The devices in the change log, in order, each found with one seek of
    ``ix_change_log_device_seq`` (devices are few; the log may hold millions of changes)."""
    out: list[str] = []
    device = session.scalar(select(func.min(ChangeRecord.device_id)))
    while device is not None:
        out.append(device)
        device = session.scalar(select(func.min(ChangeRecord.device_id)).where(ChangeRecord.device_id > device))
    return out


def _apply_python_defaults(obj: Any) -> None:
    mapper = inspect(type(obj))
    for prop in mapper.column_attrs:
        col = prop.columns[0]
        if getattr(obj, prop.key) is None and col.default is not None:
            default = col.default
            if default.is_scalar:
                setattr(obj, prop.key, default.arg)
            elif default.is_callable:
                try:
                    setattr(obj, prop.key, default.arg(None))
                except TypeError:
                    setattr(obj, prop.key, default.arg())


def _next_seq(session: Session, device_id: str) -> int:
    counters = session.info.setdefault("_seq", {})
    if device_id not in counters:
        with session.no_autoflush:
            counters[device_id] = session.scalar(
                select(func.coalesce(func.max(ChangeRecord.seq), 0)).where(ChangeRecord.device_id == device_id)
            ) or 0
    counters[device_id] += 1
    return counters[device_id]


def _record_new(session: Session, actor: Actor, obj: Any, changes: list[dict[str, Any]],
                heads: list[dict[str, Any]]) -> None:
    """The changes and heads of a row new in this session, as plain rows for one Core insert
    (``_capture_changes``): a row new here has no heads yet to look up, and 100,000 ORM
    objects for the log of a big batch cost twenty times the rows' own insert."""
    hlc = actor.clock.tick()
    table, row_id, project = obj.__tablename__, obj.id, project_of(obj)
    for key in synced_fields(obj):
        change_id = new_id()
        changes.append({"id": change_id, "project_id": project, "device_id": actor.device_id,
                        "seq": _next_seq(session, actor.device_id), "hlc": hlc, "evaluator_id": actor.evaluator_id,
                        "table_name": table, "row_id": row_id, "field": key, "value": getattr(obj, key), "bases": []})
        heads.append({"table_name": table, "row_id": row_id, "field": key, "project_id": project,
                      "heads": [change_id], "conflict": False})


def _record(session: Session, actor: Actor, obj: Any, keys: list[str], is_new: bool) -> None:
    hlc = actor.clock.tick()
    for key in keys:
        value = getattr(obj, key)
        bases: list[str] = []
        head = None
        if not is_new:
            with session.no_autoflush:
                head = session.get(FieldHead, (obj.__tablename__, obj.id, key))
            if head is not None:
                bases = list(head.heads)
        change_id = new_id()
        session.add(ChangeRecord(
            id=change_id, project_id=project_of(obj), device_id=actor.device_id,
            seq=_next_seq(session, actor.device_id), hlc=hlc, evaluator_id=actor.evaluator_id,
            table_name=obj.__tablename__, row_id=obj.id, field=key, value=value, bases=bases,
        ))
        # A row new in this session has no heads yet (a remote copy would have made
        # it not new), so no lookup is needed for it.
        if head is None:
            session.add(FieldHead(table_name=obj.__tablename__, row_id=obj.id, field=key,
                                  project_id=project_of(obj), heads=[change_id], conflict=False))
        else:
            head.heads = [change_id]
            head.conflict = False


def _stamp(obj: Any, actor: Actor, is_new: bool) -> None:
    now = utcnow()
    if is_new and not obj.created_at:
        obj.created_at = now
    obj.updated_at = now
    obj.updated_by = actor.evaluator_id
    obj.updated_device = actor.device_id


@event.listens_for(Session, "before_flush")
def _capture_changes(session: Session, flush_context: Any, instances: Any) -> None:
    for obj in session.deleted:
        if isinstance(obj, Synced):
            raise RuntimeError(f"{type(obj).__name__} rows are never deleted; set deleted=True (tombstone)")
    actor: Actor | None = session.info.get("actor")
    if actor is None or session.info.get("applying_remote"):
        return
    changes: list[dict[str, Any]] = []
    heads: list[dict[str, Any]] = []
    for obj in list(session.new):
        if isinstance(obj, Synced):
            if obj.id is None:
                obj.id = new_id()
            _apply_python_defaults(obj)
            _stamp(obj, actor, True)
            _record_new(session, actor, obj, changes, heads)
    if changes:
        # Same transaction as the flush that follows; change_log and field_heads have no
        # foreign keys, so they may precede the rows they describe.
        conn = session.connection()
        conn.execute(insert(ChangeRecord), changes)
        conn.execute(insert(FieldHead), heads)
    for obj in list(session.dirty):
        if isinstance(obj, Synced) and session.is_modified(obj, include_collections=False):
            state = inspect(obj)
            keys = [k for k in synced_fields(obj) if state.attrs[k].history.has_changes()]
            changed = []
            for k in keys:
                hist = state.attrs[k].history
                old = hist.deleted[0] if hist.deleted else None
                new = getattr(obj, k)
                if old != new:
                    changed.append(k)
            if changed:
                _stamp(obj, actor, False)
                _record(session, actor, obj, changed, False)


def record_fields(session: Session, obj: Any, keys: list[str]) -> None:
    """Record ``keys`` of ``obj`` as local changes now, even if their values did not change.

    Used to resolve a conflict in favour of the value the row already shows: the new
    change's bases are all of the field's heads, so it supersedes every one of them.
    """
    actor: Actor | None = session.info.get("actor")
    if actor is None:
        raise RuntimeError("record_fields needs a session opened by Database.session()")
    _stamp(obj, actor, False)
    _record(session, actor, obj, list(keys), False)
