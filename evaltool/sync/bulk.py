"""The sync merge's writes in bulk: change rows, field heads and records, one statement per
batch on the session's connection (no ORM unit of work, no per-row objects).

The rows are exactly those the ORM would write (``tests/unit/test_sync_bulk.py``):

- ``change_log`` and ``field_heads`` through ``evaltool.logrows`` (on SQLite the driver's
  ``executemany`` with the JSON columns already as text; elsewhere, e.g. the hub's
  PostgreSQL, SQLAlchemy Core with the columns' types), as the change capture writes a
  flush's new records;
- records (scores, indicators, …) go through Core with the columns' types; a new record
  has the keys the ORM would have put in its INSERT (``record_row``), so the same column
  defaults apply.

Every writer notes the tables it wrote (``evaltool.changes.mark_touched``), as the ORM's
flush would have. Thread rule: the caller's session and thread.
"""
from __future__ import annotations

import operator
from collections import defaultdict
from typing import Any

from sqlalchemy import JSON, Table, and_, bindparam, select, update
from sqlalchemy.orm import Session

from evaltool import logrows
from evaltool.changes import mark_touched
from evaltool.logrows import raw_json
from evaltool.models import ChangeRecord

_CHANGES = logrows.CHANGES
_HEADS = logrows.HEADS
_change_row = operator.itemgetter(*logrows.CHANGE_COLUMNS)


#: what ``known_changes`` gives of a change held here: its clock, then what says which
#: change it is (a revision must be of the same device's same field)
KnownChange = tuple[str, str, str, str, str]
_KNOWN_COLUMNS = (ChangeRecord.id, ChangeRecord.hlc, ChangeRecord.device_id, ChangeRecord.table_name,
                  ChangeRecord.row_id, ChangeRecord.field)


def known_changes(s: Session, ids: list[str]) -> dict[str, KnownChange]:
    """Which of ``ids`` (at most ``base.CHUNK``) the change log holds: ``{id: (hlc,
    device_id, table_name, row_id, field)}`` (a later clock arriving is its author's
    revision, see ``revise_changes``). One look-up of its primary key each (on SQLite a
    plain statement: SQLAlchemy's expanding ``IN`` costs more than the look-ups)."""
    conn = s.connection()
    if raw_json(conn):
        sql = (f"SELECT id, hlc, device_id, table_name, row_id, field FROM change_log "
               f"WHERE id IN ({', '.join('?' * len(ids))})")
        return {r[0]: tuple(r[1:]) for r in conn.exec_driver_sql(sql, tuple(ids))}
    return {r[0]: tuple(r[1:]) for r in s.execute(select(*_KNOWN_COLUMNS).where(ChangeRecord.id.in_(ids)))}  # type: ignore[misc]


def revise_changes(s: Session, rows: list[dict[str, Any]]) -> None:
    """Give changes held here their author's later version (``changelog`` coalescing: an
    edit its laptop had not sent is revised in place, with a later clock and a new number;
    a copy of that laptop's folder may already have passed the earlier version on)."""
    table = _CHANGES
    s.execute(update(table).where(table.c.id == bindparam("b_id")).values(
        value=bindparam("b_value"), hlc=bindparam("b_hlc"), seq=bindparam("b_seq"),
        evaluator_id=bindparam("b_evaluator")),
        [{"b_id": c["id"], "b_value": c["value"], "b_hlc": c["hlc"], "b_seq": c["seq"],
          "b_evaluator": c["evaluator_id"]} for c in rows])
    mark_touched(s, table.name)


def stored_values(s: Session, ids: list[str]) -> dict[str, Any]:
    """The ``value`` of changes ``ids`` (at most ``base.CHUNK``) as the log returns it: SQLite
    only (a plain statement, the column's own result processor)."""
    conn = s.connection()
    dialect = conn.dialect
    process = _CHANGES.c.value.type.dialect_impl(dialect).result_processor(dialect, None)
    sql = f"SELECT id, value FROM change_log WHERE id IN ({', '.join('?' * len(ids))})"
    rows = conn.exec_driver_sql(sql, tuple(ids))
    return {cid: value if process is None else process(value) for cid, value in rows}


def insert_changes(s: Session, rows: list[dict[str, Any]]) -> None:
    """Add change rows (dicts with ``CHANGE_KEYS``, checked by ``merge.check_changes``)."""
    if rows:
        logrows.insert_changes(s.connection(), [_change_row(c) for c in rows])
        mark_touched(s, _CHANGES.name)


def insert_heads(s: Session, rows: list[tuple[str, str, str, str | None, list[str], bool]]) -> None:
    """Add field heads: ``(table_name, row_id, field, project_id, heads, conflict)`` each."""
    if rows:
        logrows.insert_heads(s.connection(), rows)
        mark_touched(s, _HEADS.name)


def update_heads(s: Session, rows: list[tuple[str, str, str, list[str], bool]], conflict_moved: bool) -> None:
    """Set the heads of existing fields: ``(table_name, row_id, field, heads, conflict)`` each;
    ``conflict_moved``: a field's conflict appeared or was settled (what a view shows)."""
    if not rows:
        return
    stmt = update(_HEADS).where(and_(_HEADS.c.table_name == bindparam("k_table"), _HEADS.c.row_id == bindparam("k_row"),
                                     _HEADS.c.field == bindparam("k_field"))).values(
        heads=bindparam("v_heads", type_=_HEADS.c.heads.type), conflict=bindparam("v_conflict", type_=_HEADS.c.conflict.type))
    s.connection().execute(stmt, [{"k_table": t, "k_row": r, "k_field": f, "v_heads": h, "v_conflict": c}
                                  for t, r, f, h, c in rows])
    if conflict_moved:
        mark_touched(s, _HEADS.name)


def record_row(model: type, state: dict[str, Any]) -> dict[str, Any]:
    """The values of a new record's INSERT as the ORM writes them from its attributes
    ``state``: ``None`` left out (the column's default, else NULL applies), except in JSON
    columns, where it is the JSON ``null`` the ORM stores for an attribute set to None."""
    json_cols = _json_columns(model)
    return {k: v for k, v in state.items() if v is not None or k in json_cols}


_JSON_COLUMNS: dict[type, frozenset[str]] = {}


def _json_columns(model: type) -> frozenset[str]:
    known = _JSON_COLUMNS.get(model)
    if known is None:
        table: Table = model.__table__  # type: ignore[attr-defined]
        known = _JSON_COLUMNS[model] = frozenset(c.key for c in table.columns if isinstance(c.type, JSON))
    return known


def insert_records(s: Session, model: type, rows: list[dict[str, Any]]) -> None:
    """Add new records (from ``record_row``), one statement per set of keys. On SQLite the
    values go to the driver through the columns' own bind processors (what Core applies),
    unless a column left out has a default computed in Python (then through Core)."""
    if not rows:
        return
    table: Table = model.__table__  # type: ignore[attr-defined]
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        groups[tuple(r)].append(r)
    conn = s.connection()
    raw = raw_json(conn)
    for keys, batch in groups.items():
        if raw and not any(c.default is not None for c in table.columns if c.key not in keys):
            procs = [table.c[k].type.dialect_impl(conn.dialect).bind_processor(conn.dialect) for k in keys]
            conn.exec_driver_sql(logrows.insert_sql(table, keys), [
                tuple(v if p is None else p(v) for p, v in zip(procs, r.values(), strict=True)) for r in batch])
        else:
            conn.execute(table.insert(), batch)
    mark_touched(s, table.name)


def update_records(s: Session, model: type, rows: list[tuple[str, dict[str, Any]]]) -> None:
    """Set columns of existing records: ``(id, {column: value})`` each, one statement per set
    of columns."""
    if not rows:
        return
    table: Table = model.__table__  # type: ignore[attr-defined]
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for row_id, values in rows:
        groups[tuple(sorted(values))].append({"k_id": row_id, **{f"v_{k}": v for k, v in values.items()}})
    conn = s.connection()
    for keys, params in groups.items():
        stmt = update(table).where(table.c.id == bindparam("k_id")).values(
            {k: bindparam(f"v_{k}", type_=table.c[k].type) for k in keys})
        conn.execute(stmt, params)
    mark_touched(s, table.name)
