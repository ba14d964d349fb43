"""Capture of every write to synchronised records as field-level changes.

Each flush turns the new and modified ``Synced`` objects of a session into
``ChangeRecord`` rows (one per field): who (device, evaluator), when (a hybrid
logical clock), what (table, row, field, value) and which earlier changes of that
field it replaces (``bases``). This is what sync packages carry; merging is then a
set union (see evaltool.sync).

A local edit replaces only what its author saw:

- a field with one value (one head): the edit replaces it;
- a field in conflict (several heads with different values): by default the edit
  replaces the heads showing the value the field showed (the conflict stays, with the
  new value in place of the shown one); ``supersede()`` says exactly which heads the
  next edit replaces (the UI asks: "mine", "theirs", "both"), and a resolution
  (``record_fields``, ``evaltool.sync.conflicts``) replaces them all.

So a conflict never disappears at the next keystroke: it is settled only by an explicit
choice or a merged value.

A record new in the session has no heads yet, so its changes need no lookup: they and
their heads are plain rows, inserted with one ``executemany`` per table after the flush's
own statements (``_write_new_log``, same transaction), the same rows the one-by-one path
(``record_new``) writes. A batch of thousands of records thus costs a few statements, not
an ORM object per field.

Consecutive local edits of one field that no other laptop has seen are **coalesced**: when
the edit replaces exactly one change, made on this laptop by the same evaluator less than
``COALESCE_WINDOW_MS`` ago, not a record's creation, and not yet written into any package
(its sequence number is above ``SENT_SEQ_KEY``, which ``mark_sent`` raises before a package
is read), that change takes the new value and time instead of a new one being stored. The
report editor's autosave therefore keeps one copy of a section per working session, not one
per pause. The check and the rewrite are one SQL statement, so an export cannot slip between.
The rewritten change also takes a new sequence number, and a peer holding an earlier version of
it (passed on by a copy of this data folder) takes the later one (``evaltool.sync.merge``).

Time: every record's ``created_at`` is the time of the hybrid logical clock of its first
change and ``updated_at`` that of its latest, on every laptop (the merge derives them the
same way), so a record shows the same dates everywhere. The clock never moves more than
``CLOCK_TOLERANCE_MS`` past this computer's own clock because of a change from elsewhere
(``Clock.observe``): a laptop whose clock says 2099 cannot drag the others there.

Rules enforced here:
- records are never DELETEd (``deleted`` is a tombstone field like any other);
- writes are attributed to the session's ``Actor`` (set by ``Database.session``);
- a write the actor's role in the project does not allow raises ``RoleError`` before
  anything is written (``evaltool.roles``);
- a session flagged ``session.info["applying_remote"]`` records nothing: the sync
  merge writes change records itself.
"""
from __future__ import annotations

import copy
import functools
import json
import os
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import Integer, cast, event, func, inspect, select, update
from sqlalchemy.orm import Mapper, Session

from evaltool import changes as _changes  # noqa: F401  (registers the session listeners that collect Changes)
from evaltool import logrows
from evaltool.models import AppSetting, ChangeRecord, FieldHead, Project, Synced, new_id
from evaltool.roles import Roster, load_roster, required_right

# A change dated more than this ahead of our own clock does not move it (ms).
CLOCK_TOLERANCE_MS = 10 * 60 * 1000
# Edits of one field further apart than this are kept apart even if no one saw them (ms).
COALESCE_WINDOW_MS = 30 * 60 * 1000
# AppSetting: the highest own sequence number that may have left this laptop in a package.
SENT_SEQ_KEY = "sync_sent_seq"
# session.info keys: which heads the next edit of a field replaces; roles not checked
# (only tests simulating an older evaltool that did not check them set it).
SUPERSEDE = "evaltool_supersede"
ROLES_UNCHECKED = "evaltool_roles_unchecked"
_ROSTERS = "evaltool_rosters"
_NEW_LOG = "evaltool_new_log"  # the changes of the flush's new rows, written after its statements
ALL = "all"


def wall_ms() -> int:
    """This computer's clock, in ms since the epoch."""
    return int(time.time() * 1000)


@dataclass
class Clock:
    """Hybrid logical clock: never goes backwards, moves past any clock it has seen —
    unless that clock is more than ``CLOCK_TOLERANCE_MS`` ahead of ``wall()``."""

    last_ms: int = 0
    counter: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    wall: Callable[[], int] = field(default=wall_ms, repr=False)

    def tick(self) -> str:
        with self.lock:
            now = self.wall()
            if now > self.last_ms:
                self.last_ms, self.counter = now, 0
            else:
                self.counter += 1
            return format_hlc(self.last_ms, self.counter)

    def is_future(self, hlc: str, tolerance_ms: int = CLOCK_TOLERANCE_MS) -> bool:
        return parse_hlc(hlc)[0] > self.wall() + tolerance_ms

    def observe(self, hlc: str, tolerance_ms: int = CLOCK_TOLERANCE_MS) -> bool:
        """Move past ``hlc``; False (and the clock stays) when it is from the future."""
        if self.is_future(hlc, tolerance_ms):
            return False
        ms, counter = parse_hlc(hlc)
        with self.lock:
            if (ms, counter) > (self.last_ms, self.counter):
                self.last_ms, self.counter = ms, counter
        return True

    def sane_limit(self, tolerance_ms: int = CLOCK_TOLERANCE_MS) -> str:
        """The greatest clock value ``observe`` accepts now."""
        return format_hlc(self.wall() + tolerance_ms, 999_999)


def format_hlc(ms: int, counter: int) -> str:
    return f"{ms:015d}.{counter:06d}"


def parse_hlc(hlc: str) -> tuple[int, int]:
    ms, _, counter = hlc.partition(".")
    return int(ms), int(counter or 0)


def hlc_time(hlc: str) -> str:
    """The wall-clock part of a hybrid logical clock as an ISO UTC stamp (ms)."""
    ms, _ = parse_hlc(hlc)
    return datetime.fromtimestamp(ms / 1000, tz=UTC).isoformat(timespec="milliseconds")


def start_clock(session: Session, clock: Clock) -> None:
    """At start-up: move the clock past the latest change held here that is not from the
    future (``ix_change_log_hlc`` answers it with one index seek)."""
    last = session.scalar(select(ChangeRecord.hlc).where(ChangeRecord.hlc <= clock.sane_limit())
                          .order_by(ChangeRecord.hlc.desc()).limit(1))
    if last:
        clock.observe(last)


@dataclass
class Actor:
    device_id: str
    evaluator_id: str | None
    clock: Clock


def synced_fields(obj_or_cls: Any) -> list[str]:
    """Column attribute names of a synced model that carry user data."""
    return list(_fields_of(obj_or_cls if isinstance(obj_or_cls, type) else type(obj_or_cls)))


@functools.cache
def _fields_of(cls: type) -> tuple[str, ...]:
    # the mapping of a class never changes: asked once per class, not once per row flushed
    mapper: Mapper[Any] = inspect(cls)
    skip = set(getattr(mapper.class_, "__sync_skip__", ()))
    return tuple(c.key for c in mapper.column_attrs if c.key not in skip and c.key != "id")


def project_of(obj: Any) -> str | None:
    if obj.__tablename__ == "projects":
        return obj.id
    return getattr(obj, "project_id", None)


def value_key(v: Any) -> str:
    """Two values are the same value when their keys are equal (JSON, keys sorted)."""
    return json.dumps(v, sort_keys=True, ensure_ascii=False, default=str)


def supersede(session: Session, table: str, row_id: str, field_: str,
              which: Iterable[str] | Literal["all"]) -> None:
    """The next local edit of ``table/row_id/field_`` in this session replaces exactly the
    heads ``which`` (change ids) of the field, or every head (``"all"``), instead of the
    heads showing the value the field showed."""
    choice: frozenset[str] | str = ALL if which == ALL else frozenset(which)
    session.info.setdefault(SUPERSEDE, {})[(table, row_id, field_)] = choice


def _apply_python_defaults(obj: Any) -> None:
    for key, default in _python_defaults(obj.__class__):
        if getattr(obj, key) is None:
            if default.is_scalar:
                setattr(obj, key, default.arg)
            else:
                try:
                    setattr(obj, key, default.arg(None))
                except TypeError:
                    setattr(obj, key, default.arg())


@functools.cache
def _python_defaults(cls: type) -> tuple[tuple[str, Any], ...]:
    """(attribute, column default) of the columns of ``cls`` with a Python-side default
    (once per class: called for every new row of a flush)."""
    mapper: Mapper[Any] = inspect(cls)
    out = []
    for prop in mapper.column_attrs:
        default = prop.columns[0].default
        if default is not None and (default.is_scalar or default.is_callable):
            out.append((prop.key, default))
    return tuple(out)


def _next_seq(session: Session, device_id: str) -> int:
    counters = session.info.setdefault("_seq", {})
    if device_id not in counters:
        with session.no_autoflush:
            counters[device_id] = session.scalar(
                select(func.coalesce(func.max(ChangeRecord.seq), 0)).where(ChangeRecord.device_id == device_id)
            ) or 0
    counters[device_id] += 1
    return counters[device_id]


@dataclass
class _Head:
    id: str
    hlc: str
    device_id: str
    value: Any

    @property
    def order(self) -> tuple[str, str, str]:
        return (self.hlc, self.device_id, self.id)


def _load_heads(session: Session, ids: list[str]) -> list[_Head]:
    rows = session.execute(select(ChangeRecord.id, ChangeRecord.hlc, ChangeRecord.device_id, ChangeRecord.value)
                           .where(ChangeRecord.id.in_(ids)))
    return [_Head(r.id, r.hlc, r.device_id, r.value) for r in rows]


def _split_heads(session: Session, heads: list[str], choice: frozenset[str] | str | None,
                 shown: Any) -> tuple[list[str], list[_Head]]:
    """(the heads the edit replaces, the heads it keeps) — see the module's docstring."""
    if isinstance(choice, frozenset) and not choice & set(heads):
        choice = None  # none of the named values is current any more (a redo after an undo): as shown
    if choice == ALL or (choice is None and len(heads) <= 1):
        return list(heads), []
    loaded = _load_heads(session, heads)
    if choice is None:
        shown_key = value_key(shown)
        replaced = [h for h in loaded if value_key(h.value) == shown_key]
        if not replaced and loaded:  # the row does not show any head (cannot normally happen)
            replaced = [max(loaded, key=lambda h: h.order)]
        ids = {h.id for h in replaced}
    else:
        ids = set(choice) & set(heads)
    return [h for h in heads if h in ids], [h for h in loaded if h.id not in ids]


def _coalesce(session: Session, actor: Actor, base: str, value: Any, hlc: str) -> bool:
    """Give the unsent change ``base`` the new value and time instead of storing a new
    change (see the module's docstring); False when it does not qualify."""
    with session.no_autoflush:
        row = session.execute(select(ChangeRecord.device_id, ChangeRecord.evaluator_id, ChangeRecord.hlc,
                                     ChangeRecord.bases).where(ChangeRecord.id == base)).first()
    if (row is None or row.device_id != actor.device_id or row.evaluator_id != actor.evaluator_id
            or not row.bases or parse_hlc(row.hlc)[0] < actor.clock.wall() - COALESCE_WINDOW_MS):
        return False
    sent = (select(cast(AppSetting.value, Integer)).where(AppSetting.key == SENT_SEQ_KEY)
            .scalar_subquery())
    # A new number as well: the revision is then sent to peers whose numbers say they have
    # the earlier version (a copy of this folder may have passed that one on without this
    # laptop knowing); the merge there keeps the later clock of a change it holds.
    seq = _next_seq(session, actor.device_id)
    result = session.connection().execute(
        update(ChangeRecord).where(ChangeRecord.id == base, ChangeRecord.seq > func.coalesce(sent, 0))
        .values(value=value, hlc=hlc, seq=seq, evaluator_id=actor.evaluator_id))
    if result.rowcount != 1:
        session.info["_seq"][actor.device_id] -= 1  # number not used: no gap
        return False
    return True


def _record(session: Session, actor: Actor, obj: Any, keys: list[str], is_new: bool,
            old: dict[str, Any], hlc: str) -> None:
    table = obj.__tablename__
    choices: dict[tuple[str, str, str], Any] = session.info.get(SUPERSEDE, {})
    for key in keys:
        value = getattr(obj, key)
        choice = choices.pop((table, obj.id, key), None)
        head = None
        if not is_new:
            with session.no_autoflush:
                head = session.get(FieldHead, (table, obj.id, key))
        with session.no_autoflush:
            bases, kept = _split_heads(session, list(head.heads) if head is not None else [], choice,
                                       old.get(key, value))
        if len(bases) == 1 and _coalesce(session, actor, bases[0], value, hlc):
            change_id = bases[0]
            if head is not None and not kept and head.heads == [change_id]:
                continue  # the one head took the new value: nothing else moves
        else:
            change_id = new_id()
            session.add(ChangeRecord(
                id=change_id, project_id=project_of(obj), device_id=actor.device_id,
                seq=_next_seq(session, actor.device_id), hlc=hlc, evaluator_id=actor.evaluator_id,
                table_name=table, row_id=obj.id, field=key, value=value, bases=bases,
            ))
        heads = sorted([*kept, _Head(change_id, hlc, actor.device_id, value)], key=lambda h: h.order)
        ids = [h.id for h in heads]
        conflict = len({value_key(h.value) for h in heads}) > 1
        # A row new in this session has no heads yet (a remote copy would have made
        # it not new), so no lookup is needed for it.
        if head is None:
            session.add(FieldHead(table_name=table, row_id=obj.id, field=key,
                                  project_id=project_of(obj), heads=ids, conflict=conflict))
        else:
            head.heads, head.conflict = ids, conflict
        if heads[-1].id != change_id:
            # a kept head is later (a clock ahead of ours): every laptop shows it, so do we;
            # the new value stays in the conflict
            setattr(obj, key, copy.deepcopy(heads[-1].value))


def _record_new(session: Session, actor: Actor, table: str, row_id: str, project_id: str | None,
                values: Iterable[tuple[str, Any]], hlc: str, log: _NewLog) -> None:
    """The changes and heads of a row new in this session, as plain rows for ``log``.

    The same rows ``_record`` writes for a new row, field by field: a row new here has no
    heads yet (a remote copy would have made it not new), so every field gets one change
    with no bases and a head of its own, and nothing needs looking up. Plain rows and one
    ``executemany`` per table, because the ORM objects of a big batch's log (14 per
    evidence item) cost many times the rows' own insert.
    """
    choices: dict[tuple[str, str, str], Any] | None = session.info.get(SUPERSEDE)
    device, evaluator = actor.device_id, actor.evaluator_id
    for key, value in values:
        if choices:
            choices.pop((table, row_id, key), None)  # nothing to choose among: a new field has no heads
        log.changes.append((project_id, device, _next_seq(session, device), hlc, evaluator, table, row_id, key, value))


def _random_ids(n: int) -> list[str]:
    """``n`` random (version 4) UUIDs in ``new_id``'s form, in ascending order.

    Made together: ``uuid.uuid4`` one by one costs as much as the rest of a change row.
    Ascending, so that the change log's id index takes them in one sweep instead of a
    random page each (a third of the insert of a big batch on a big log); the ids stay
    random and unique, only their order follows the sequence numbers'.
    """
    raw = bytearray(os.urandom(16 * n))
    for k in range(0, len(raw), 16):
        raw[k + 6] = (raw[k + 6] & 0x0F) | 0x40  # version 4
        raw[k + 8] = (raw[k + 8] & 0x3F) | 0x80  # RFC 4122 variant
    h = raw.hex()
    return sorted(f"{h[k:k + 8]}-{h[k + 8:k + 12]}-{h[k + 12:k + 16]}-{h[k + 16:k + 20]}-{h[k + 20:k + 32]}"
                  for k in range(0, len(h), 32))


@dataclass
class _NewLog:
    """The changes of new records (``_record_new``), without their ids yet; ``write``
    inserts them and their heads (one each) in two statements."""

    changes: list[tuple[Any, ...]] = field(default_factory=list)

    def write(self, session: Session) -> None:
        # Through the connection, not session.execute: like the ORM objects they replace,
        # they mark no table touched (the log is bookkeeping; a new row's heads are no
        # conflict a view shows).
        if not self.changes:
            return
        ids = _random_ids(len(self.changes))
        conn = session.connection()
        logrows.insert_changes(conn, [(cid, *c, []) for cid, c in zip(ids, self.changes, strict=True)])
        # heads in key order: the table's primary key index takes them in one sweep
        logrows.insert_heads(conn, sorted((c[5], c[6], c[7], c[0], [cid], False)
                                          for cid, c in zip(ids, self.changes, strict=True)))
        self.changes = []


def _stamp(obj: Any, actor: Actor, is_new: bool, hlc: str) -> None:
    at = hlc_time(hlc)
    if is_new:
        obj.created_at = at
    obj.updated_at = at
    obj.updated_by = actor.evaluator_id
    obj.updated_device = actor.device_id


def _roster(session: Session, project_id: str, creator: tuple[str | None, str] | None) -> Roster:
    cache: dict[str, Roster] = session.info.setdefault(_ROSTERS, {})
    if project_id not in cache:
        with session.no_autoflush:
            cache[project_id] = load_roster(session, project_id, creator=creator)
    return cache[project_id]


def _check_roles(session: Session, actor: Actor, writes: list[tuple[Any, list[str], bool, dict[str, Any]]]) -> None:
    """Raise ``RoleError`` for the first write the actor's role does not allow."""
    # roles may change with this flush: read them before it (now) and again after it
    stale = bool({o.__tablename__ for o, *_ in writes} & {"project_members", "evaluators", "projects"})
    if stale:
        session.info.pop(_ROSTERS, None)
    try:
        _check_writes(session, actor, writes)
    finally:
        if stale:
            session.info.pop(_ROSTERS, None)


def _check_writes(session: Session, actor: Actor, writes: list[tuple[Any, list[str], bool, dict[str, Any]]]) -> None:
    created = {o.id: (actor.evaluator_id, actor.device_id) for o, _k, new, _o in writes
               if new and isinstance(o, Project)}
    for obj, keys, is_new, old in writes:
        table, pid = obj.__tablename__, project_of(obj)
        if pid is None or table == "evaluators" or (table == "projects" and is_new):
            continue
        roster: Roster | None = None
        for key in keys:
            right = required_right(table, key, getattr(obj, key), creation=is_new, base_value=old.get(key),
                                   row_evaluator=getattr(obj, "evaluator_id", None) if table == "scores" else None,
                                   author=actor.evaluator_id)
            if right is None:
                continue
            roster = roster or _roster(session, pid, created.get(pid))
            if not roster.may(actor.evaluator_id, right, actor.device_id):
                with session.no_autoflush:
                    p = session.get(Project, pid)
                raise roster.refusal(actor.evaluator_id, right, p.name if p is not None else "")


@event.listens_for(Session, "before_flush")
def _capture_changes(session: Session, flush_context: Any, instances: Any) -> None:
    for obj in session.deleted:
        if isinstance(obj, Synced):
            raise RuntimeError(f"{type(obj).__name__} rows are never deleted; set deleted=True (tombstone)")
    actor: Actor | None = session.info.get("actor")
    if actor is None or session.info.get("applying_remote"):
        return
    writes: list[tuple[Any, list[str], bool, dict[str, Any]]] = []
    for obj in list(session.new):
        if isinstance(obj, Synced):
            if obj.id is None:
                obj.id = new_id()
            _apply_python_defaults(obj)
            writes.append((obj, synced_fields(obj), True, {}))
    for obj in list(session.dirty):
        if isinstance(obj, Synced) and session.is_modified(obj, include_collections=False):
            state = inspect(obj)
            changed, old = [], {}
            for k in synced_fields(obj):
                hist = state.attrs[k].history
                if not hist.has_changes():
                    continue
                before = hist.deleted[0] if hist.deleted else None
                if before != getattr(obj, k):
                    changed.append(k)
                    old[k] = before
            if changed:
                writes.append((obj, changed, False, old))
    if not writes:
        return
    if not session.info.get(ROLES_UNCHECKED):
        _check_roles(session, actor, writes)
    log = session.info[_NEW_LOG] = _NewLog()  # a failed flush's log is dropped: its rows come again
    for obj, keys, is_new, old in writes:
        hlc = actor.clock.tick()
        _stamp(obj, actor, is_new, hlc)
        if is_new:
            _record_new(session, actor, obj.__tablename__, obj.id, project_of(obj),
                        [(k, getattr(obj, k)) for k in keys], hlc, log)
        else:
            _record(session, actor, obj, keys, is_new, old, hlc)


@event.listens_for(Session, "after_flush")
def _write_new_log(session: Session, flush_context: Any) -> None:
    # After the flush's own statements, in its transaction: every check made before the
    # flush (roles here, the values' in evaltool.validate) has passed by now, so nothing
    # of a refused write reaches the log.
    log: _NewLog | None = session.info.pop(_NEW_LOG, None)
    if log is not None:
        log.write(session)


def record_fields(session: Session, obj: Any, keys: list[str]) -> None:
    """Record ``keys`` of ``obj`` as local changes now that replace every head of each
    field, even if their values did not change (and check the actor's role).

    Used to settle a conflict in favour of the value the row already shows, and to accept
    a proposal whose value the row already has.
    """
    actor: Actor | None = session.info.get("actor")
    if actor is None:
        raise RuntimeError("record_fields needs a session opened by Database.session()")
    if not session.info.get(ROLES_UNCHECKED):
        _check_roles(session, actor, [(obj, list(keys), False, {k: getattr(obj, k) for k in keys})])
    for key in keys:
        supersede(session, obj.__tablename__, obj.id, key, ALL)
    hlc = actor.clock.tick()
    _stamp(obj, actor, False, hlc)
    _record(session, actor, obj, list(keys), False, {k: getattr(obj, k) for k in keys}, hlc)


def record_new(session: Session, obj: Any) -> None:
    """Add a new synced record as local changes of this laptop even in a session that
    applies remote changes (the merge records the proposals it makes this way)."""
    actor: Actor | None = session.info.get("actor")
    if actor is None:
        raise RuntimeError("record_new needs a session opened by Database.session()")
    if obj.id is None:
        obj.id = new_id()
    _apply_python_defaults(obj)
    hlc = actor.clock.tick()
    _stamp(obj, actor, True, hlc)
    session.add(obj)
    _record(session, actor, obj, synced_fields(obj), True, {}, hlc)


def mark_sent(session: Session, device_id: str) -> int:
    """Before a package is read: every own change so far may leave this laptop, so none of
    them is coalesced any more. Returns the watermark (an own sequence number)."""
    top = int(session.scalar(select(func.coalesce(func.max(ChangeRecord.seq), 0))
                             .where(ChangeRecord.device_id == device_id)) or 0)
    row = session.get(AppSetting, SENT_SEQ_KEY)
    if row is None:
        session.add(AppSetting(key=SENT_SEQ_KEY, value=str(top)))
    elif int(row.value or 0) < top:
        row.value = str(top)
    session.flush()
    return top


def log_devices(session: Session) -> list[str]:
    """The devices in the change log, in order, each found with one seek of
    ``ix_change_log_device_seq`` (devices are few; the log may hold millions of changes)."""
    out: list[str] = []
    device = session.scalar(select(func.min(ChangeRecord.device_id)))
    while device is not None:
        out.append(device)
        device = session.scalar(select(func.min(ChangeRecord.device_id)).where(ChangeRecord.device_id > device))
    return out
