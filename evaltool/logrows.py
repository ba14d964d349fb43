"""Rows of the change log and the field heads written in bulk, one ``executemany`` per
table, for the two writers that make many at once: the change capture of a flush's new
records (``changelog``) and the sync merge (``sync.bulk``).

On SQLite with the default JSON serializer the rows go straight to the driver with their
JSON columns already as text (``json_text`` gives exactly the text SQLAlchemy's JSON type
stores); the type machinery around each row of a Core insert would be most of the cost.
On any other database (the hub's PostgreSQL) they go through a Core insert with the
columns' types. Either way the stored rows are those the ORM would write.

The callers decide what the write means for views (``changes.mark_touched``). Thread rule:
the caller's connection and thread.
"""
from __future__ import annotations

import json
import math
from collections.abc import Sequence
from json.encoder import encode_basestring_ascii
from typing import Any

from sqlalchemy import Connection, Table

from evaltool.models import ChangeRecord, FieldHead

CHANGES: Table = ChangeRecord.__table__  # type: ignore[assignment]
HEADS: Table = FieldHead.__table__  # type: ignore[assignment]
#: a change row's columns, in the order of the tuples ``insert_changes`` takes
CHANGE_COLUMNS = ("id", "project_id", "device_id", "seq", "hlc", "evaluator_id", "table_name", "row_id",
                  "field", "value", "bases")
#: a head row's columns, in the order of the tuples ``insert_heads`` takes
HEAD_COLUMNS = ("table_name", "row_id", "field", "project_id", "heads", "conflict")


def json_text(value: Any) -> str:
    """``json.dumps(value)`` (what SQLAlchemy's JSON type stores with the default
    serializer), written directly for the values a change mostly holds."""
    t = type(value)
    if t is str:
        return encode_basestring_ascii(value)
    if value is None:
        return "null"
    if t is float:
        return float.__repr__(value) if math.isfinite(value) else json.dumps(value)
    if t is bool:
        return "true" if value else "false"
    if t is int:
        return int.__repr__(value)
    if t is list:
        if not value:
            return "[]"
        if len(value) == 1 and type(value[0]) is str:  # a field's one head, a change's one base
            return "[" + encode_basestring_ascii(value[0]) + "]"
        for x in value:
            if type(x) is not str:
                return json.dumps(value)
        return "[" + ", ".join(map(encode_basestring_ascii, value)) + "]"
    return json.dumps(value)


def raw_json(conn: Connection) -> bool:
    """Whether the driver may be given JSON as text: SQLite with the default serializer."""
    dialect = conn.dialect
    return dialect.name == "sqlite" and getattr(dialect, "_json_serializer", None) is None \
        and dialect.paramstyle == "qmark"


def insert_sql(table: Table, columns: Sequence[str]) -> str:
    """A plain ``INSERT`` of ``columns`` with qmark parameters (SQLite's driver)."""
    return f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


def insert_changes(conn: Connection, rows: Sequence[tuple[Any, ...]]) -> None:
    """Add change rows: tuples in ``CHANGE_COLUMNS`` order, ``value`` and ``bases`` as
    Python values."""
    if not rows:
        return
    if raw_json(conn):
        conn.exec_driver_sql(insert_sql(CHANGES, CHANGE_COLUMNS),
                             [(*r[:9], json_text(r[9]), json_text(r[10])) for r in rows])
    else:
        conn.execute(CHANGES.insert(), [dict(zip(CHANGE_COLUMNS, r, strict=True)) for r in rows])


def insert_heads(conn: Connection, rows: Sequence[tuple[Any, ...]]) -> None:
    """Add field heads: tuples in ``HEAD_COLUMNS`` order (``heads`` a list of change ids)."""
    if not rows:
        return
    if raw_json(conn):
        conn.exec_driver_sql(insert_sql(HEADS, HEAD_COLUMNS),
                             [(t, r, f, p, json_text(h), 1 if c else 0) for t, r, f, p, h, c in rows])
    else:
        conn.execute(HEADS.insert(), [dict(zip(HEAD_COLUMNS, row, strict=True)) for row in rows])
