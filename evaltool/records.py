"""Edits of synced rows shared by every area: fetch, update fields, tombstone, restore.

Each area used to carry its own copy of these (``update_target``, ``set_group_deleted``,
``restore_item`` …) under three naming schemes. They keep their names and their own
validation, and do the common part here, so every edit behaves the same way:

- ``live_row`` fetches a row and raises ``NotFoundError`` (in the user's language) when it
  does not exist or is tombstoned;
- ``update_fields`` sets only the allowed fields, refuses unknown ones and blank required
  text, copies JSON values (so the change log sees a new value), and returns the previous
  values of the fields it changed — exactly what undo needs to pass back;
- ``set_deleted`` tombstones or restores (records are never DELETEd: the deletion must
  travel to other laptops like any other change).

All take a Session, flush, and never commit.
"""
from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from evaltool.errors import NotFoundError, ValidationError
from evaltool.i18n import translate

R = TypeVar("R")


def get_row(session: Session, model: type[R], row_id: str, *, live: bool = True,
            missing: str | None = None) -> R:
    """The row ``row_id`` of ``model``; ``NotFoundError(missing or row_id)`` when absent
    (or tombstoned, with ``live``)."""
    row = session.get(model, row_id)
    if row is None or (live and getattr(row, "deleted", False)):
        raise NotFoundError(missing or row_id)
    return row


def update_fields(session: Session, row: Any, fields: Mapping[str, Any], *, allowed: Iterable[str],
                  required: Iterable[str] = (), required_message: str | None = None,
                  convert: Mapping[str, Callable[[Any], Any]] | None = None) -> dict[str, Any]:
    """Set ``fields`` on ``row``; returns ``{field: previous value}`` for those that changed.

    ``allowed``: the editable fields (others raise ``ValidationError``). ``required``: text
    fields that may not be blank (``required_message`` is the error). ``convert``: per-field
    normalisation applied before comparing (e.g. ``"" → None`` for dates).
    """
    allowed = set(allowed)
    unknown = sorted(set(fields) - allowed)
    if unknown:
        raise ValidationError(translate("Errors", "Unknown field(s): {names}.").format(names=", ".join(unknown)))
    for key in required:
        if key in fields and not str(fields[key] or "").strip():
            raise ValidationError(required_message or translate("Errors", "“{field}” may not be empty.").format(field=key))
    before: dict[str, Any] = {}
    for key, value in fields.items():
        if convert and key in convert:
            value = convert[key](value)
        if isinstance(value, (dict, list)):
            value = copy.deepcopy(value)  # a new object: in-place JSON edits are not recorded
        old = getattr(row, key)
        if old != value:
            before[key] = copy.deepcopy(old) if isinstance(old, (dict, list)) else old
            setattr(row, key, value)
    session.flush()
    return before


def restore_fields(session: Session, row: Any, values: Mapping[str, Any]) -> None:
    """Put back values returned by ``update_fields`` (undo); no validation: they were stored."""
    for key, value in values.items():
        setattr(row, key, copy.deepcopy(value) if isinstance(value, (dict, list)) else value)
    session.flush()


def set_deleted(session: Session, model: type[Any], row_id: str, deleted: bool = True) -> Any:
    """Tombstone (or restore) one row; returns it."""
    row = get_row(session, model, row_id, live=False)
    if row.deleted != deleted:
        row.deleted = deleted
        session.flush()
    return row
