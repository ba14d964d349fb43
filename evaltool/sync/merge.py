"""The merge engine: adds the changes we lack and recomputes every field they touch.

A project's state is a function of the *set* of its field changes (see
evaltool.changelog and evaltool.models.sync). For every field a package touches:

- heads = the field's changes that no other change lists among its ``bases``;
- the value = the winning head (greatest ``(hlc, device_id, id)``);
- more than one head with different values = a conflict, kept with every value,
  author and time until a person resolves it (``evaltool.sync.conflicts``).

So merging twice changes nothing, the order of packages does not matter, and no one's
edit is overwritten silently. Deletions are the ``deleted`` field (tombstone).

Roles: a new change whose author's role in the project does not give the right it needs
(``evaltool.roles``: a member's final score, say) is not applied: the merge records a
``Proposal`` for the lead as a change of this laptop, and leaves every change named by a
proposal (made here or arriving from another laptop) out of its field's heads, so all
laptops agree once the proposals have travelled. Tables are merged proposals first, then
the team's roster (checked against the roster before the package), then the rest (checked
against the roster with the package's changes to it). A field set only by held changes
keeps their value, and a record whose ``deleted`` is set only by held changes (one the
author had no right to create) is a tombstone, so it is never shown as live.

Record time: a record's ``created_at`` is the clock time of the change that created it
(the earliest of them when two laptops created a record with a natural id) and
``updated_at`` that of its latest winning change, as locally (``evaltool.changelog``).

Work in proportion to the package (issue 20): the history held here of the rows it touches
is read once, before its new changes join the log; those are at hand and are not read back
(``evaltool.sync.apply``); changes, heads and records are written in bulk, one statement
per batch, the rows the ORM would have written (``evaltool.sync.bulk``). All of it goes
through the caller's session, which the caller opened with ``applying_remote`` (nothing
is recorded as a local change) and rolls back on any error, on Cancel or for a dry run.
It reports ``progress(done, total)`` and checks ``cancelled()`` after every chunk of ids,
changes or rows (``CHUNK``), so Cancel is answered within a few milliseconds of work.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from evaltool.changelog import hlc_time, synced_fields
from evaltool.errors import SyncError
from evaltool.i18n import translate
from evaltool.models import SYNCED_MODELS, ChangeRecord, FieldHead, Project
from evaltool.roles import load_roster
from evaltool.sync import bulk
from evaltool.sync.apply import (
    MAX_LISTED_CONFLICTS,
    Apply,
    Ch,
    MergeResult,
    TableCounts,
    read_history,
    settle_numbers,
)
from evaltool.sync.apply import apply_rows as _apply_rows
from evaltool.sync.base import (
    CHANGE_KEYS,
    CHUNK,
    CancelCheck,
    Progress,
    check_cancelled,
    chunks,
    sync_error,
)

__all__ = ["MAX_LISTED_CONFLICTS", "MergeResult", "TableCounts", "check_changes", "merge_changes"]

_HLC_RE = re.compile(r"^\d{15}\.\d{6}$")
# Changes whose rows are set between two checks for Cancel (~10 µs each: ~20 ms a batch).
CHANGES_PER_BATCH = 2000


def check_changes(changes: list[dict[str, Any]], pid: str, label: str, cancelled: CancelCheck | None = None) -> None:
    """Refuse a package whose changes this evaltool cannot merge (before anything is written)."""
    fields_of = {t: set(synced_fields(m)) for t, m in SYNCED_MODELS.items()}

    def bad(i: int, why: str) -> SyncError:
        return sync_error(translate("Errors", "{path}: change {n} cannot be imported ({why}); the package is refused."),
                          path=label, n=i + 1, why=why)

    keys = frozenset(CHANGE_KEYS)
    hlc_ok = _HLC_RE.match
    for i, c in enumerate(changes):
        if i % (10 * CHUNK) == 0:
            check_cancelled(cancelled)
        if not keys.issubset(c):
            raise bad(i, "missing " + ", ".join(sorted(keys - set(c))))
        for k in ("id", "device_id", "row_id", "table_name", "field"):
            v = c[k]
            if not isinstance(v, str) or not 1 <= len(v) <= 40:
                raise bad(i, k)
        seq = c["seq"]
        if not isinstance(seq, int) or isinstance(seq, bool) or seq < 1:
            raise bad(i, "seq")
        if not isinstance(c["hlc"], str) or not hlc_ok(c["hlc"]):
            raise bad(i, "hlc")
        bases = c["bases"]
        if not isinstance(bases, list) or (bases and not all(isinstance(b, str) for b in bases)):
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


# Tables merged first: proposals say which changes are held, then the roster (checked
# against the roster before the package), then the rest (checked against the new roster).
_PHASES = {"proposals": 0, "evaluators": 1, "project_members": 2, "projects": 3}



def merge_changes(s: Session, incoming: list[dict[str, Any]], pid: str, progress: Progress | None = None,
                  cancelled: CancelCheck | None = None,
                  is_future: Callable[[str], bool] | None = None) -> MergeResult:
    """Add the ``incoming`` changes (checked by ``check_changes``) we lack and set every row
    they touch from its fields' heads, holding changes their authors had no right to make
    as proposals. ``is_future(hlc)`` says whether a clock is beyond the tolerance (counted).
    Flushes; the caller commits or rolls back.

    Raises ``Cancelled`` (after at most one chunk of work once Cancel was pressed) and
    ``SyncError``; either way the caller rolls the session back, so nothing is changed.
    """
    s.flush()  # the look-ups below read the log through the connection
    out = MergeResult(project_created=s.execute(select(Project.id).where(Project.id == pid)).first() is None)
    by_id: dict[str, dict[str, Any]] = {}
    weight: dict[tuple[str, str], int] = defaultdict(int)  # (table, row) → its changes in the package
    for c in incoming:
        if c["id"] not in by_id:
            by_id[c["id"]] = c
            weight[(c["table_name"], c["row_id"])] += 1
    touched: dict[str, set[str]] = defaultdict(set)
    for table, row_id in weight:
        touched[table].add(row_id)
    # work: look up every id, check every new change, read the history of every row touched,
    # insert every new change (counted as all ids), set every row
    meter = _Meter(3 * len(by_id) + 2 * len(weight), progress, cancelled)

    # 1. the changes we do not have yet
    known: dict[str, bulk.KnownChange] = {}
    for chunk in chunks(by_id):
        known.update(bulk.known_changes(s, chunk))
        meter.step(len(chunk))
    new = [c for cid, c in by_id.items() if cid not in known] if known else list(by_id.values())
    # a change held here whose author revised it since (a later clock: coalescing, see
    # ``changelog``) takes the later version, whichever way either version travelled; only
    # the same device's change of the same field can be revised (anything else under a
    # known id is ignored, as a change held already always was)
    revised = [c for cid, c in by_id.items() if cid in known and c["hlc"] > known[cid][0]
               and (c["device_id"], c["table_name"], c["row_id"], c["field"]) == known[cid][1:]]
    out.changes_new = len(new)
    written = new + revised
    if is_future is not None and written and is_future(max(c["hlc"] for c in written)):
        # (clocks are fixed-width text, checked: the latest is the greatest; most packages
        # have none from the future, so one look at the latest settles it)
        ahead = [c["hlc"] for c in written if is_future(c["hlc"])]
        out.future = len(ahead)
        out.future_latest = hlc_time(max(ahead)) if ahead else None
    _check_sequence_numbers(s, written, meter)
    meter.step(len(by_id) - len(new))

    # 2. which rows' heads and values are recomputed: every row the package touches with a
    # new change, and rows whose changes a proposal in the package holds; their history
    # held here is read before the new changes join it (those are at hand already)
    ctx = Apply(s, pid, out, {c["id"] for c in new})
    for batch in chunks(revised):  # before the history is read: it then holds the revision
        bulk.revise_changes(s, batch)
    for c in revised:
        ctx.recompute[(c["table_name"], c["row_id"])].add(c["field"])
        touched[c["table_name"]].add(c["row_id"])
    arriving: list[Ch] = []
    for c in new:
        ch = Ch(c["id"], c["field"], c["hlc"], c["device_id"], c["evaluator_id"], c["value"], c["bases"])
        arriving.append(ch)
        key = (c["table_name"], c["row_id"])
        ctx.recompute[key].add(ch.field)
        ctx.changes.setdefault(key, {}).setdefault(ch.field, []).append(ch)
    _held_by_arriving_proposals(s, new, ctx, touched)
    affected: dict[str, list[str]] = defaultdict(list)
    for table, row_id in ctx.recompute:
        affected[table].append(row_id)
    for n, history in read_history(s, affected):
        for key, held_here in history.items():  # the history first, as the log holds them
            fields = ctx.changes.setdefault(key, {})
            for f, chs in held_here.items():
                fields[f] = chs + fields.get(f, [])
        meter.step(n)
    meter.step(max(0, len(weight) - len(ctx.recompute)))

    # 3. the new changes join the log
    for batch in chunks(new):
        bulk.insert_changes(s, batch)
        meter.step(len(batch))
    meter.step(len(by_id) - len(new))
    settle_numbers(s, arriving)

    # 4. heads and values of every row the package touches, table by table in _PHASES order
    for table in sorted(touched, key=lambda t: (_PHASES.get(t, len(_PHASES)), t)):
        row_ids = touched[table]
        counts = out.tables.setdefault(table, TableCounts())
        ctx.start_table(table, None if table in ("evaluators", "proposals") else load_roster(s, pid))
        recomputed = sorted(r for r in row_ids if (table, r) in ctx.recompute)
        counts.unchanged += len(row_ids) - len(recomputed)
        for some in _row_batches(recomputed, [weight[(table, r)] for r in recomputed]):
            _apply_rows(ctx, table, SYNCED_MODELS[table], some, counts)
            meter.step(len(some))
        # touched rows without new changes may still carry an open conflict
        for chunk in chunks(sorted(set(row_ids) - set(recomputed))):
            conflicting = s.scalar(select(func.count(func.distinct(FieldHead.row_id))).where(
                FieldHead.table_name == table, FieldHead.row_id.in_(chunk), FieldHead.conflict.is_(True)))
            counts.conflicting += int(conflicting or 0)
            meter.step(len(chunk))
    s.flush()
    # records were written without the ORM: what the session holds is read again when used
    s.expire_all()
    name = s.execute(select(Project.name).where(Project.id == pid)).first()
    out.project_name = name[0] if name is not None else None
    return out


def _held_by_arriving_proposals(s: Session, new: list[dict[str, Any]], ctx: Apply,
                                touched: dict[str, set[str]]) -> None:
    """A proposal arriving for a change this laptop holds (and may have applied): that
    change's field is recomputed without it."""
    ids = [c["value"] for c in new if c["table_name"] == "proposals" and c["field"] == "change_id"
           and isinstance(c["value"], str)]
    for chunk in chunks(ids):
        for r in s.execute(select(ChangeRecord.table_name, ChangeRecord.row_id, ChangeRecord.field)
                           .where(ChangeRecord.id.in_(chunk))):
            if r.table_name in SYNCED_MODELS:
                ctx.recompute[(r.table_name, r.row_id)].add(r.field)
                touched[r.table_name].add(r.row_id)


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
        # one range of the device's numbers at a time (``ix_change_log_device_seq``): what the
        # log holds in it must not be one of the new numbers
        for chunk in chunks(sorted(by_seq)):
            clash = next((r for r in s.execute(select(ChangeRecord.seq, ChangeRecord.id).where(
                ChangeRecord.device_id == dev, ChangeRecord.seq.between(chunk[0], chunk[-1])))
                if r.seq in by_seq), None)
            if clash is not None:
                raise sync_error(translate("Errors", "Device {dev} appears to be two installations (change {seq} differs): a data folder "
                                 "was probably copied to another laptop. Give each laptop its own data folder; "
                                 "nothing was changed."), dev=dev[:8], seq=clash[0])
            meter.step(len(chunk))

