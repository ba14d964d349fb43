"""Heads, values and records of the rows a merge touches (the second half of
``evaltool.sync.merge``): for each row, its fields' changes — the history held here before
the merge and the changes arriving — give each field's heads and value, the changes whose
author lacks the right are held as proposals, and the row is created or updated.

Everything is computed in memory from the changes already at hand (the arriving ones are
not read back, except a number SQLite may store differently from Python: ``settle_numbers``)
and written in bulk (``evaltool.sync.bulk``). The rows are those the ORM would have written,
checked by the storage gate (``evaltool.validate.storage.clean_remote_values``).

Thread rule: the caller's session and thread.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Boolean, Float, Integer, String, Text, select
from sqlalchemy.orm import Session

from evaltool.changelog import hlc_time, record_new, synced_fields, value_key
from evaltool.i18n import translate
from evaltool.models import ChangeRecord, FieldHead, Proposal, natural_id
from evaltool.roles import RIGHTS, ROLE_RIGHTS, Roster, required_right
from evaltool.sync import bulk
from evaltool.sync.base import CHUNK, chunks, conflict_key, sync_error
from evaltool.validate import CLEANED_KEY
from evaltool.validate.storage import clean_remote_values

# At most this many conflicts are listed in a summary (all are kept in the database).
MAX_LISTED_CONFLICTS = 500
_ALL_RIGHTS = frozenset(RIGHTS)
# SQLite's INTEGER range: a JSON number outside it is stored as a REAL
_I64_MIN, _I64_MAX = -(2 ** 63), 2 ** 63 - 1


@dataclass(slots=True)
class Ch:
    """One change of one field, as the merge needs it."""

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


_CH_COLS = (ChangeRecord.id, ChangeRecord.table_name, ChangeRecord.row_id, ChangeRecord.field, ChangeRecord.hlc,
            ChangeRecord.device_id, ChangeRecord.evaluator_id, ChangeRecord.value, ChangeRecord.bases)

# (table, row) → field → the field's changes
History = dict[tuple[str, str], dict[str, list[Ch]]]


def read_history(s: Session, rows: dict[str, list[str]]) -> Iterable[tuple[int, History]]:
    """The changes held here of ``rows`` ({table: row ids}), a chunk of rows at a time:
    yields (rows read, their changes) so the caller can report progress and check Cancel."""
    for table, row_ids in sorted(rows.items()):
        for chunk in chunks(row_ids):
            got: History = {}
            for r in s.execute(select(*_CH_COLS).where(ChangeRecord.table_name == table, ChangeRecord.row_id.in_(chunk))):
                got.setdefault((table, r.row_id), {}).setdefault(r.field, []).append(
                    Ch(r.id, r.field, r.hlc, r.device_id, r.evaluator_id, r.value, list(r.bases or [])))
            yield len(chunk), got


def settle_numbers(s: Session, arriving: list[Ch]) -> None:
    """Give the arriving changes' values as the database now holds them (they were just
    inserted), as the rest of the merge reads them for the history held here: SQLite keeps a
    JSON number in a column of numeric affinity, so ``1.0`` comes back as ``1`` and its
    decimal conversion is its own. Other values, and other databases, keep the JSON text."""
    if s.connection().dialect.name != "sqlite":
        return
    odd = {c.id: c for c in arriving if type(c.value) is float or
           (type(c.value) is int and not _I64_MIN <= c.value <= _I64_MAX)}
    for chunk in chunks(list(odd), CHUNK):
        for cid, value in bulk.stored_values(s, chunk).items():
            odd[cid].value = value


def heads_of(changes: list[Ch]) -> list[Ch]:
    """The changes no other change lists among its bases, oldest first."""
    if len(changes) == 1:
        return changes if not changes[0].bases or changes[0].id not in changes[0].bases else []
    based = {b for c in changes for b in c.bases}
    return sorted((c for c in changes if c.id not in based), key=lambda c: c.order)


def default_value(model: type, field_: str, pid: str) -> Any:
    """The value of a field no (applied) change has set: the column's default, else empty."""
    col = model.__table__.columns[field_]  # type: ignore[attr-defined]
    if field_ == "project_id":
        return pid
    if col.default is not None and col.default.is_scalar:
        return col.default.arg
    if col.default is not None and col.default.is_callable:
        # SQLAlchemy wraps a column's callable default to take the execution context
        return col.default.arg(None)
    if col.nullable:
        return None
    if isinstance(col.type, (String, Text)):
        return ""
    if isinstance(col.type, Boolean):
        return False
    if isinstance(col.type, (Float, Integer)):
        return 0
    return None


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
    # Changes this merge kept as proposals for the lead: ``{"change_id", "table", "row_id",
    # "field", "author_id", "right"}`` (at most MAX_LISTED_CONFLICTS listed; ``held_count`` all).
    held: list[dict[str, Any]] = field(default_factory=list)
    held_count: int = 0
    # New changes dated beyond the clock tolerance (the sender's clock is ahead), and the latest.
    future: int = 0
    future_latest: str | None = None


@dataclass
class Apply:
    """What one merge's row updates share."""

    s: Session
    pid: str
    out: MergeResult
    new_ids: set[str]
    # (table, row) → fields whose heads and value are recomputed
    recompute: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    # (table, row) → field → its changes: the history held here before the merge, then the
    # arriving ones (a row's entry is taken when the row is set)
    changes: History = field(default_factory=dict)
    # the roster changes of the current table are checked against (None: not checked)
    roster: Roster | None = None
    # row → the changes of it that proposals hold, in the current table
    held: dict[str, set[str]] = field(default_factory=dict)
    # (evaluator, device) → the rights the roster gives them
    _rights: dict[tuple[str | None, str], frozenset[str]] = field(default_factory=dict)

    def start_table(self, table: str, roster: Roster | None) -> None:
        """Before the rows of ``table``: the roster its changes are checked against, and
        the changes proposals hold (the proposals phase came first; the ones this merge
        makes are for the row being set, and join its set then)."""
        self.roster = roster
        self._rights.clear()
        self.held = {}
        for row_id, change_id in self.s.execute(select(Proposal.row_id, Proposal.change_id).where(
                Proposal.table_name == table)):
            self.held.setdefault(row_id, set()).add(change_id)

    def rights(self, evaluator_id: str | None, device_id: str) -> frozenset[str]:
        key = (evaluator_id, device_id)
        got = self._rights.get(key)
        if got is None:
            assert self.roster is not None
            got = self._rights[key] = ROLE_RIGHTS[self.roster.role_of(evaluator_id, device_id)]
        return got


def _hold_unauthorized(ctx: Apply, table: str, row_id: str, fields: dict[str, list[Ch]], current: Any,
                       held: set[str]) -> None:
    """Hold (and propose to the lead) every new change of the row whose author lacks the right."""
    owner: str | None = None
    if table == "scores":
        owner = current["evaluator_id"] if current is not None else next(
            (c.value for c in fields.get("evaluator_id", []) if c.id not in held), None)
    everything: dict[str, Ch] | None = None
    for f in sorted(fields):  # as the log's index lists them (table, row, field)
        chs = fields[f]
        fresh = [c for c in chs if c.id in ctx.new_ids and c.id not in held]
        if not fresh:
            continue
        shown: list[Any] = []  # what the field shows before the merge, once needed
        for c in sorted(fresh, key=lambda c: c.order) if len(fresh) > 1 else fresh:
            rights = ctx.rights(c.evaluator_id, c.device_id)
            if rights == _ALL_RIGHTS:
                continue  # a lead: every change is theirs to make
            base: Ch | None = None
            if c.bases:
                if everything is None:
                    everything = {x.id: x for xs in fields.values() for x in xs}
                base = everything.get(c.bases[0])
            if base is not None and base.id not in held:
                base_value = base.value
            else:  # against what the field holds when the change's own base is held itself
                if not shown:
                    applied = heads_of([x for x in chs if x.id not in held and x.id not in ctx.new_ids])
                    shown.append(applied[-1].value if applied else None)
                base_value = shown[0]
            right = required_right(table, f, c.value, creation=not c.bases, base_value=base_value,
                                   row_evaluator=owner, author=c.evaluator_id)
            if right is None or right in rights:
                continue
            held.add(c.id)
            ctx.out.held_count += 1
            if len(ctx.out.held) < MAX_LISTED_CONFLICTS:
                ctx.out.held.append({"change_id": c.id, "table": table, "row_id": row_id, "field": f,
                                     "author_id": c.evaluator_id, "right": right})
            pid = natural_id("proposal", c.id)
            if ctx.s.get(Proposal, pid) is None:
                record_new(ctx.s, Proposal(id=pid, project_id=ctx.pid, change_id=c.id, table_name=table,
                                           row_id=row_id, field=f, value=c.value, author_id=c.evaluator_id,
                                           device_id=c.device_id, hlc=c.hlc, right=right or "", status="open"))


def _stamp(state: dict[str, Any], winners: Iterable[Ch]) -> None:
    """``updated_*`` of a record from its latest winning change (as ``changelog`` stamps a local write)."""
    last = max(winners, key=lambda c: c.order, default=None)
    if last is not None:
        state["updated_at"] = hlc_time(last.hlc)
        state["updated_by"] = last.evaluator_id
        state["updated_device"] = last.device_id


_REQUIRED: dict[type, tuple[str, ...]] = {}


def _required(model: type) -> tuple[str, ...]:
    """Columns a record cannot leave empty (its times are always set from its changes)."""
    known = _REQUIRED.get(model)
    if known is None:
        mapper: Any = model.__mapper__  # type: ignore[attr-defined]
        known = _REQUIRED[model] = tuple(
            p.key for p in mapper.column_attrs if not p.columns[0].nullable and not p.columns[0].primary_key
            and p.key not in ("created_at", "updated_at"))
    return known


def _new_record(model: type, row_id: str, values: dict[str, Any], columns: set[str], pid: str,
                first: str | None, winners: Iterable[Ch]) -> dict[str, Any]:
    """The attributes of a record created from ``values`` (a valid value everywhere)."""
    state: dict[str, Any] = {"id": row_id, **{f: v for f, v in values.items() if f in columns}}
    for key in _required(model):
        if state.get(key) is None:
            state[key] = default_value(model, key, pid)
    state["created_at"] = first
    state["updated_at"] = first
    _stamp(state, winners)
    return state


def _first_time(fields: dict[str, list[Ch]]) -> str | None:
    """When a record was created: when its first field was created (a change that replaces
    nothing), not the earliest clock of all, which a laptop whose clock is behind could
    undercut with an edit (the earliest clock of all when no creation is known)."""
    made: str | None = None
    edited: str | None = None
    for chs in fields.values():
        for c in chs:
            if not c.bases:
                if made is None or c.hlc < made:
                    made = c.hlc
            elif edited is None or c.hlc < edited:
                edited = c.hlc
    if made is None and edited is None:
        return None
    return hlc_time(made if made is not None else edited)  # type: ignore[arg-type]


def apply_rows(ctx: Apply, table: str, model: type, row_ids: list[str], counts: TableCounts) -> None:
    """Recompute heads and values of one chunk of rows of ``table`` and write them."""
    s, pid, out = ctx.s, ctx.pid, ctx.out
    tbl: Any = model.__table__  # type: ignore[attr-defined]
    existing_heads = {(r.row_id, r.field): (r.heads, r.conflict) for r in s.execute(
        select(FieldHead.row_id, FieldHead.field, FieldHead.heads, FieldHead.conflict).where(
            FieldHead.table_name == table, FieldHead.row_id.in_(row_ids)))}
    rows: dict[str, Any] = {r.id: r._mapping for r in s.execute(select(tbl).where(tbl.c.id.in_(row_ids)))}
    columns = set(synced_fields(model))
    cleaned: list[tuple[str, str, str]] = s.info.setdefault(CLEANED_KEY, [])
    new_heads: list[tuple[str, str, str, str | None, list[str], bool]] = []
    head_updates: list[tuple[str, str, str, list[str], bool]] = []
    conflict_moved = False
    inserts: list[dict[str, Any]] = []
    updates: list[tuple[str, dict[str, Any]]] = []
    head_pid = None if table == "evaluators" else pid
    no_held: frozenset[str] = frozenset()
    for row_id in row_ids:
        fields = ctx.changes.pop((table, row_id), {})
        current = rows.get(row_id)
        held: set[str] | frozenset[str] = ctx.held.get(row_id) or no_held
        if ctx.roster is not None:
            held = set(held)
            _hold_unauthorized(ctx, table, row_id, fields, current, held)
        dirty = ctx.recompute[(table, row_id)]
        winners: dict[str, Ch] = {}
        values: dict[str, Any] = {}
        conflict_fields = []
        for f in sorted(fields):  # as the log's index lists them (table, row, field)
            chs = fields[f]
            live = [c for c in chs if c.id not in held] if held else chs
            heads = heads_of(live)
            if live and not heads:  # a cycle of bases cannot happen with honest clocks; keep the newest
                heads = [max(live, key=lambda c: c.order)]
            if heads:
                winners[f] = heads[-1]
                values[f] = heads[-1].value
            elif f == "deleted":
                values[f] = True  # the record exists only through held changes: a tombstone
            else:  # only held changes set it: keep their value, so the tombstone's references hold
                values[f] = max(chs, key=lambda c: c.order).value
            conflict = len(heads) > 1 and len({value_key(h.value) for h in heads}) > 1
            if conflict:
                conflict_fields.append(f)
            if f in dirty:
                ids = [h.id for h in heads]
                known = existing_heads.get((row_id, f))
                if known is None:
                    new_heads.append((table, row_id, f, head_pid, ids, conflict))
                elif known[0] != ids or known[1] != conflict:
                    head_updates.append((table, row_id, f, ids, conflict))
                    conflict_moved = conflict_moved or known[1] != conflict
        first = _first_time(fields)
        if current is None:
            state = _new_record(model, row_id, values, columns, pid, first, winners.values())
            clean_remote_values(model, row_id, state, cleaned)
            inserts.append(bulk.record_row(model, state))
            counts.new += 1
        else:
            if table not in ("evaluators", "projects") and current["project_id"] != pid:
                raise sync_error(translate("Errors", "A record in the package ({table} {id}) belongs to another project here; refused."),
                                 table=table, id=row_id[:8])
            set_: dict[str, Any] = {f: values[f] for f in dirty
                                    if f in columns and f in values and current[f] != values[f]}
            if set_:
                stamp: dict[str, Any] = {}
                _stamp(stamp, winners.values())
                set_.update({k: v for k, v in stamp.items() if current[k] != v})
                counts.changed += 1
            else:
                counts.unchanged += 1
            if first is not None and current["created_at"] != first:
                set_["created_at"] = first  # the record's first change may have arrived only now
            if set_:
                clean_remote_values(model, row_id, set_, cleaned)
                updates.append((row_id, set_))
        if conflict_fields:
            counts.conflicting += 1
            for f in conflict_fields:
                if len(out.conflicts) < MAX_LISTED_CONFLICTS:
                    out.conflicts.append({"key": conflict_key(table, row_id, f), "table": table,
                                          "row_id": row_id, "field": f})
    bulk.insert_records(s, model, inserts)
    bulk.update_records(s, model, updates)
    bulk.insert_heads(s, new_heads)
    bulk.update_heads(s, head_updates, conflict_moved)
