"""Open conflicts: listing them with every value kept, and resolving one.

A conflict is a field whose changes have more than one head with different values
(see ``evaltool.sync.merge``). It stays until a person settles it: ``resolve_conflict``
writes a local change whose bases are all the heads, so the choice supersedes every
value and travels to the other laptops like any edit. An ordinary edit of a conflicted
field keeps the conflict (it replaces the value shown, see ``evaltool.changelog``) unless
the editor says which values the new one replaces (``replace_in_next_edit``: "mine",
"theirs", "all").

All functions take a Session, flush, never commit.
"""
from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import Boolean, Float, Integer, String, Text, select
from sqlalchemy.orm import Session

from evaltool.changelog import ALL, record_fields, supersede, synced_fields, value_key
from evaltool.errors import NotFoundError, ValidationError
from evaltool.i18n import translate
from evaltool.models import SYNCED_MODELS, ChangeRecord, Evaluator, FieldHead
from evaltool.records import get_row, update_fields
from evaltool.sync.base import conflict_key, hlc_time, referenced_evaluators
from evaltool.sync.labels import display_value, record_label


def parse_conflict_key(key: str) -> tuple[str, str, str]:
    """``table/record/field`` → its three parts; ``ValidationError`` for anything else."""
    parts = (key or "").split("/")
    if len(parts) != 3 or parts[0] not in SYNCED_MODELS:
        raise ValidationError(translate("Errors", "“{key}” is not a conflict key (table/record/field); "
                                        "list them with “evaltool sync conflicts”.").format(key=key))
    return parts[0], parts[1], parts[2]


@dataclass
class ConflictOption:
    """One value kept in a conflict: who wrote it, on which laptop, when (ISO UTC)."""

    change_id: str
    value: Any
    display: str
    evaluator_id: str | None
    evaluator_name: str
    device_id: str
    at: str
    # The value the record shows now (the winning head).
    current: bool


@dataclass
class Conflict:
    key: str
    table: str
    row_id: str
    field: str
    record: str
    options: list[ConflictOption]
    # A text column: a merged value may be written by hand.
    text_field: bool

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def _is_text_column(model: type, field_: str) -> bool:
    col = model.__table__.columns.get(field_)  # type: ignore[attr-defined]
    return col is not None and isinstance(col.type, (String, Text))


def _options(session: Session, fh: FieldHead) -> list[ConflictOption]:
    heads = [h for h in (session.get(ChangeRecord, i) for i in fh.heads) if h is not None]
    heads.sort(key=lambda c: (c.hlc, c.device_id, c.id))
    options = []
    for i, h in enumerate(heads):
        ev = session.get(Evaluator, h.evaluator_id) if h.evaluator_id else None
        options.append(ConflictOption(h.id, h.value, display_value(h.value), h.evaluator_id, ev.name if ev else "",
                                      h.device_id, hlc_time(h.hlc), i == len(heads) - 1))
    return options


def list_conflicts(session: Session, project_id: str, rows: Collection[str] | None = None) -> list[Conflict]:
    """Open conflicts of the project (and of the evaluators it refers to); ``rows``: only
    those of these records (a form showing one leaf asks for its own)."""
    if rows is None:
        # Which evaluators the project refers to reads its whole change log: only when some
        # evaluator record is in conflict at all (rarely; 1.3 s a call on a large project).
        any_evaluator = session.scalar(select(FieldHead.row_id).where(
            FieldHead.conflict.is_(True), FieldHead.table_name == "evaluators").limit(1)) is not None
        evs = referenced_evaluators(session, project_id) if any_evaluator else set()
    else:
        evs = set(rows)
    q = select(FieldHead).where(FieldHead.conflict.is_(True), (FieldHead.project_id == project_id) | (
        (FieldHead.table_name == "evaluators") & FieldHead.row_id.in_(sorted(evs))))
    if rows is not None:
        q = q.where(FieldHead.row_id.in_(sorted(rows)))
    out = []
    for fh in session.scalars(q.order_by(FieldHead.table_name, FieldHead.row_id, FieldHead.field)):
        model = SYNCED_MODELS.get(fh.table_name)
        options = _options(session, fh)
        if model is None or len(options) < 2:
            continue
        out.append(Conflict(conflict_key(fh.table_name, fh.row_id, fh.field), fh.table_name, fh.row_id, fh.field,
                            record_label(session, fh.table_name, fh.row_id), options,
                            _is_text_column(model, fh.field)))
    return out


def conflict_map(session: Session, project_id: str,
                 rows: Collection[str] | None = None) -> dict[tuple[str, str, str], Conflict]:
    """Open conflicts of the project (of ``rows`` only, when given) by ``(table, record,
    field)``, for views that mark fields."""
    return {(c.table, c.row_id, c.field): c for c in list_conflicts(session, project_id, rows)}


# Which values of a conflict a new value replaces (the UI's question, the CLI's --replaces).
REPLACES = ("shown", "mine", "theirs", "all")


def replaced_options(conflict: Conflict, replaces: str, evaluator_id: str | None) -> list[str]:
    """Change ids of the values ``replaces`` names: ``shown`` (the value the field shows),
    ``mine`` (written by ``evaluator_id``), ``theirs`` (written by anyone else), ``all``."""
    opts = conflict.options
    if replaces == "all":
        return [o.change_id for o in opts]
    if replaces == "shown":
        shown = next((o for o in opts if o.current), opts[-1])
        return [o.change_id for o in opts if value_key(o.value) == value_key(shown.value)]
    if replaces in ("mine", "theirs"):
        return [o.change_id for o in opts if (o.evaluator_id == evaluator_id) == (replaces == "mine")]
    raise ValidationError(translate("Errors", "“{choice}” is not one of: shown, mine, theirs, all.").format(choice=replaces))


def replace_in_next_edit(session: Session, conflict: Conflict, change_ids: list[str]) -> None:
    """The next edit of the conflicted field in ``session`` replaces exactly the values
    ``change_ids`` (the others stay in conflict with the new value)."""
    supersede(session, conflict.table, conflict.row_id, conflict.field,
              ALL if set(change_ids) >= {o.change_id for o in conflict.options} else change_ids)


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
    not_here = translate("Errors", "The conflict {key} is not in this project.").format(key=key)
    # a conflict on a deleted record is settled like any other: it may be about ``deleted``
    obj: Any = get_row(session, model, row_id, live=False, missing=not_here)
    if (table not in ("evaluators", "projects") and obj.project_id != project_id) or (
            table == "projects" and row_id != project_id):
        raise NotFoundError(not_here)
    if choose is not None:
        hits = [h for h in fh.heads if h.startswith(choose)]
        chosen = session.get(ChangeRecord, hits[0]) if len(hits) == 1 else None
        if chosen is None:
            raise ValidationError(translate("Errors", "“{choice}” is not one of the conflicting values of {key}.").format(
                choice=choose, key=key))
        value = chosen.value
    elif value is _MISSING:
        raise ValidationError(translate("Errors", "Choose one of the values or write a merged one."))
    else:
        value = coerce_value(model, field_, value)
    supersede(session, table, row_id, field_, ALL)
    if update_fields(session, obj, {field_: value}, allowed=synced_fields(model)):
        return
    record_fields(session, obj, [field_])  # the value did not change, so nothing was recorded: record it now
    session.flush()
