"""The merge engine: adds the changes we lack and recomputes every field they touch.

A project's state is a function of the *set* of its field changes (see
evaltool.changelog and evaltool.models.sync). For every field a package touches:

- heads = the field's changes that no other change lists among its ``bases``;
- the value = the winning head (greatest ``(hlc, device_id, id)``);
- more than one head with different values = a conflict, kept with every value,
  author and time until a person resolves it (``evaltool.sync.conflicts``).

So merging twice changes nothing, the order of packages does not matter, and no one's
edit is overwritten silently. Deletions are the ``deleted`` field (tombstone).

The engine writes through its own statements (bulk inserts of changes and heads, rows set
from the winning values) in the caller's session, which the caller opened with
``applying_remote`` (nothing is recorded as a local change) and rolls back on any error,
on Cancel or for a dry run. It reports ``progress(done, total)`` and checks
``cancelled()`` after every chunk of ids, changes or rows (``CHUNK``), so Cancel is
answered within a few milliseconds of work.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Boolean, Float, Integer, String, Text, func, select
from sqlalchemy.orm import Session

from evaltool.changelog import synced_fields
from evaltool.changes import mark_touched
from evaltool.errors import SyncError
from evaltool.i18n import translate
from evaltool.models import SYNCED_MODELS, ChangeRecord, FieldHead, Project
from evaltool.sync.base import (
    CHANGE_KEYS,
    CHUNK,
    CancelCheck,
    Progress,
    check_cancelled,
    chunks,
    conflict_key,
    hlc_time,
    sync_error,
)

_HLC_RE = re.compile(r"^\d{15}\.\d{6}$")
# At most this many conflicts are listed in a summary (all are kept in the database).
MAX_LISTED_CONFLICTS = 500
# Changes whose rows are set between two checks for Cancel (~50 µs each: ~25 ms a batch).
CHANGES_PER_BATCH = 500


@dataclass
class TableCounts:
    """Records (rows) of one kind a merge added, changed, left alone, found in conflict."""

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
class MergeResult:
    project_created: bool = False
    # The project's name after the merge (None when it has no project row).
    project_name: str | None = None
    changes_new: int = 0
    tables: dict[str, TableCounts] = field(default_factory=dict)
    # ``{"key", "table", "row_id", "field"}`` of conflicting fields (at most MAX_LISTED_CONFLICTS).
    conflicts: list[dict[str, Any]] = field(default_factory=list)


def check_changes(changes: list[dict[str, Any]], pid: str, label: str, cancelled: CancelCheck | None = None) -> None:
    """Refuse a package whose changes this evaltool cannot merge (before anything is written)."""
    fields_of = {t: set(synced_fields(m)) for t, m in SYNCED_MODELS.items()}

    def bad(i: int, why: str) -> SyncError:
        return sync_error(translate("Errors", "{path}: change {n} cannot be imported ({why}); the package is refused."),
                          path=label, n=i + 1, why=why)

    for i, c in enumerate(changes):
        if i % (10 * CHUNK) == 0:
            check_cancelled(cancelled)
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
            raise sync_error(translate("Errors", "{path} holds records of kind “{table}” that this evaltool does not know; "
                             "it was written by a newer evaltool."), path=label, table=table)
        if c["field"] not in fields_of[table]:
            raise sync_error(translate("Errors", "{path} holds the field “{field}” of {table} that this evaltool does not know; "
                             "it was written by a newer evaltool."), path=label, field=c["field"], table=table)
        if table == "evaluators":
            if c["project_id"] is not None:
                raise bad(i, "evaluator with a project")
        elif c["project_id"] != pid:
            raise sync_error(translate("Errors", "{path} mixes records of another project ({other}); refused."), path=label,
                             other=c["project_id"])
        if table == "projects" and c["row_id"] != pid:
            raise sync_error(translate("Errors", "{path} mixes records of another project ({other}); refused."), path=label,
                             other=c["row_id"])
        if c["field"] == "project_id" and c["value"] != pid:
            raise sync_error(translate("Errors", "{path} moves a record to another project ({other}); refused."), path=label,
                             other=c["value"])


class _Meter:
    """Counts work done, reports it and checks for Cancel after every step."""

    def __init__(self, total: int, progress: Progress | None, cancelled: CancelCheck | None) -> None:
        self.total, self.done = max(total, 1), 0
        self._progress, self._cancelled = progress, cancelled

    def step(self, n: int) -> None:
        self.done += n
        check_cancelled(self._cancelled)
        if self._progress is not None:
            self._progress(min(self.done, self.total), self.total)


def merge_changes(s: Session, incoming: list[dict[str, Any]], pid: str, progress: Progress | None = None,
                  cancelled: CancelCheck | None = None) -> MergeResult:
    """Add the ``incoming`` changes (checked by ``check_changes``) we lack and set every row
    they touch from its fields' heads. Flushes; the caller commits or rolls back.

    Raises ``Cancelled`` (after at most one chunk of work once Cancel was pressed) and
    ``SyncError``; either way the caller rolls the session back, so nothing is changed.
    """
    out = MergeResult(project_created=s.get(Project, pid) is None)
    by_id: dict[str, dict[str, Any]] = {}
    for c in incoming:
        by_id.setdefault(c["id"], c)
    touched: dict[str, set[str]] = defaultdict(set)
    for c in by_id.values():
        touched[c["table_name"]].add(c["row_id"])
    # work: look up every id, check and insert every new change (counted as all ids), every row
    meter = _Meter(3 * len(by_id) + sum(len(r) for r in touched.values()), progress, cancelled)

    # 1. the changes we do not have yet
    known: set[str] = set()
    for chunk in chunks(by_id):
        known |= set(s.scalars(select(ChangeRecord.id).where(ChangeRecord.id.in_(chunk))))
        meter.step(len(chunk))
    new = [c for cid, c in by_id.items() if cid not in known]
    out.changes_new = len(new)
    _check_sequence_numbers(s, new, meter)
    meter.step(len(by_id) - len(new))
    for batch in chunks(new):
        _insert(s, ChangeRecord, [{k: c[k] for k in CHANGE_KEYS} for c in batch])
        meter.step(len(batch))
    meter.step(len(by_id) - len(new))

    # 2. heads and values of every row the package touches
    new_fields: dict[tuple[str, str], set[str]] = defaultdict(set)
    weight: dict[tuple[str, str], int] = defaultdict(int)
    for c in new:
        new_fields[(c["table_name"], c["row_id"])].add(c["field"])
    for c in by_id.values():
        weight[(c["table_name"], c["row_id"])] += 1
    for table, row_ids in touched.items():
        counts = out.tables.setdefault(table, TableCounts())
        model = SYNCED_MODELS[table]
        affected = [r for r in row_ids if (table, r) in new_fields]
        counts.unchanged += len(row_ids) - len(affected)
        affected.sort()
        for rows in _row_batches(affected, [weight[(table, r)] for r in affected]):
            _apply_rows(s, table, model, rows, new_fields, pid, counts, out)
            meter.step(len(rows))
        # touched rows without new changes may still carry an open conflict
        for chunk in chunks(sorted(set(row_ids) - set(affected))):
            n = s.scalar(select(func.count(func.distinct(FieldHead.row_id))).where(
                FieldHead.table_name == table, FieldHead.row_id.in_(chunk), FieldHead.conflict.is_(True)))
            counts.conflicting += int(n or 0)
            meter.step(len(chunk))
    s.flush()
    project = s.get(Project, pid)
    out.project_name = project.name if project is not None else None
    return out


def _row_batches(row_ids: list[str], weights: list[int]) -> Iterator[list[str]]:
    """Rows in batches of at most CHUNK rows and about CHANGES_PER_BATCH of their changes
    (counted in the package; a row's history here is of the same order): a record edited
    a hundred times costs as much to set as a hundred records edited once."""
    batch: list[str] = []
    load = 0
    for row_id, w in zip(row_ids, weights, strict=True):
        if batch and (len(batch) >= CHUNK or load + w > CHANGES_PER_BATCH):
            yield batch
            batch, load = [], 0
        batch.append(row_id)
        load += w
    if batch:
        yield batch


def _check_sequence_numbers(s: Session, new: list[dict[str, Any]], meter: _Meter) -> None:
    """Each device numbers its changes 1, 2, 3 …: a number used twice means two
    installations share one identity (a copied data folder)."""
    seqs: dict[str, dict[int, str]] = defaultdict(dict)
    for c in new:
        other = seqs[c["device_id"]].setdefault(c["seq"], c["id"])
        if other != c["id"]:
            raise sync_error(translate("Errors", "The package holds two different changes numbered {seq} by device {dev}; refused."),
                             seq=c["seq"], dev=c["device_id"][:8])
    for dev, by_seq in seqs.items():
        for chunk in chunks(by_seq):
            clash = s.execute(select(ChangeRecord.seq, ChangeRecord.id).where(
                ChangeRecord.device_id == dev, ChangeRecord.seq.in_(chunk))).first()
            if clash is not None:
                raise sync_error(translate("Errors", "Device {dev} appears to be two installations (change {seq} differs): a data folder "
                                 "was probably copied to another laptop. Give each laptop its own data folder; "
                                 "nothing was changed."), dev=dev[:8], seq=clash[0])
            meter.step(len(chunk))


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
            # SQLAlchemy wraps a column's callable default to take the execution context
            setattr(obj, prop.key, col.default.arg(None))


def _stamp_from(obj: Any, winners: Iterable[_Ch]) -> None:
    last = max(winners, key=lambda c: c.order, default=None)
    if last is None:
        return
    obj.updated_at = hlc_time(last.hlc)
    obj.updated_by = last.evaluator_id
    obj.updated_device = last.device_id


def _apply_rows(s: Session, table: str, model: type, row_ids: list[str],
                new_fields: dict[tuple[str, str], set[str]], pid: str, counts: TableCounts,
                out: MergeResult) -> None:
    """Recompute heads and values of one chunk of rows of ``table`` that got new changes."""
    cols = (ChangeRecord.id, ChangeRecord.row_id, ChangeRecord.field, ChangeRecord.hlc, ChangeRecord.device_id,
            ChangeRecord.evaluator_id, ChangeRecord.value, ChangeRecord.bases)
    per_row: dict[str, dict[str, list[_Ch]]] = defaultdict(lambda: defaultdict(list))
    for r in s.execute(select(*cols).where(ChangeRecord.table_name == table, ChangeRecord.row_id.in_(row_ids))):
        per_row[r.row_id][r.field].append(_Ch(r.id, r.field, r.hlc, r.device_id, r.evaluator_id, r.value,
                                              list(r.bases or [])))
    heads_q = select(FieldHead).where(FieldHead.table_name == table, FieldHead.row_id.in_(row_ids))
    existing_heads = {(h.row_id, h.field): h for h in s.scalars(heads_q)}
    m: Any = model  # every synced model has an ``id`` column
    rows: dict[str, Any] = {o.id: o for o in s.scalars(select(m).where(m.id.in_(row_ids)))}
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
                raise sync_error(translate("Errors", "A record in the package ({table} {id}) belongs to another project here; refused."),
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
                if len(out.conflicts) < MAX_LISTED_CONFLICTS:
                    out.conflicts.append({"key": conflict_key(table, row_id, f), "table": table,
                                          "row_id": row_id, "field": f})
    if new_heads:
        _insert(s, FieldHead, new_heads)


def _insert(s: Session, model: Any, rows: list[dict[str, Any]]) -> None:
    """A Core ``executemany`` on the session's connection: the ORM's bulk insert spends four
    times SQLite's own work on its machinery (rows of plain columns, no ORM events needed)."""
    s.connection().execute(model.__table__.insert(), rows)
    mark_touched(s, model.__tablename__)
