"""The last gate before the database: every value a session writes to a synced record.

A ``before_flush`` listener looks at the text, JSON and float columns that a flush writes
(new rows: every such column; changed rows: the changed columns only, so a record stored
by an older evaltool can still be edited elsewhere):

- **Local writes** (the UI, the CLI, imports): text with control characters or lone
  surrogates (``evaltool.validate.text``), in a column or inside a JSON value, a float
  that is not finite, and a JSON value of the wrong shape (a list where the model holds an
  object, or the reverse; a rule whose kind is not a name) are refused with
  ``ValidationError`` naming the record, the field and the character; the caller's unit
  of work is rolled back, nothing changes.
  Importers clean what a file brings before it gets here (and say so); this gate is what
  makes "nothing invisible is ever stored" true for every path, including the ones
  nobody thought of.
- **Changes from another laptop** (``session.info["applying_remote"]``, the sync merge):
  refusing would strand the laptop, so the value is cleaned instead (characters removed,
  a non-finite float becomes empty, a JSON value of the wrong shape becomes empty) and
  counted in ``session.info["cleaned_values"]``
  (``[(table, row id, field), …]``), which the import summary reports.

Thread rule: runs inside ``Session.flush`` on the session's thread.
"""
from __future__ import annotations

import math
from typing import Any

from sqlalchemy import JSON, Float, String, Text, event, inspect
from sqlalchemy.orm import Session

from evaltool.errors import ValidationError
from evaltool.i18n import translate
from evaltool.models import Synced
from evaltool.validate.text import check_text, clean_text, has_control_chars

CLEANED_KEY = "cleaned_values"


def _t(text: str) -> str:
    return translate("Validate", text)


def table_label(table: str) -> str:
    """A record kind in words (for messages)."""
    labels = {
        "projects": _t("the project"), "indicators": _t("an indicator"), "scores": _t("a score"),
        "final_scores": _t("a final score"), "evidence_items": _t("an evidence item"),
        "evidence_links": _t("an evidence link"), "report_sections": _t("a report section"),
        "review_notes": _t("a review note"), "targets": _t("a performance target"),
        "surveys": _t("a survey"), "survey_questions": _t("a survey question"),
        "respondent_groups": _t("a respondent group"), "responses": _t("a questionnaire"),
        "evaluators": _t("an evaluator"), "project_flags": _t("a grade flag"),
        "contracts": _t("a contract"), "contract_faults": _t("a fault"), "contract_months": _t("a contract month"),
        "contract_scores": _t("a contract score"), "contract_installments": _t("a payment installment"),
    }
    return labels.get(table, table)


_COLUMNS: dict[type, tuple[tuple[str, str], ...]] = {}


def _annotation(cls: type, key: str) -> str:
    for klass in cls.__mro__:
        ann = getattr(klass, "__annotations__", {}).get(key)
        if ann is not None:
            return str(ann)
    return ""


def _columns(cls: type) -> tuple[tuple[str, str], ...]:
    """(attribute, "text" | "json" | "json:dict" | "json:list" | "float") of a mapped
    class's checked columns (cached); a JSON column's container comes from its model's
    annotation (``Mapped[dict[str, Any]]``)."""
    known = _COLUMNS.get(cls)
    if known is not None:
        return known
    out: list[tuple[str, str]] = []
    prop: Any
    for prop in inspect(cls).column_attrs:
        col_type = prop.columns[0].type
        if isinstance(col_type, (String, Text)):
            out.append((prop.key, "text"))
        elif isinstance(col_type, JSON):
            ann = _annotation(cls, prop.key)
            out.append((prop.key, "json:dict" if "dict[" in ann else "json:list" if "list[" in ann else "json"))
        elif isinstance(col_type, Float):
            out.append((prop.key, "float"))
    _COLUMNS[cls] = tuple(out)
    return _COLUMNS[cls]


def _json_bad(v: Any) -> bool:
    """True when a JSON value holds bad text (keys too) or a non-finite number."""
    if isinstance(v, str):
        return has_control_chars(v)
    if isinstance(v, float):
        return not math.isfinite(v)
    if isinstance(v, dict):
        return any(_json_bad(k) or _json_bad(x) for k, x in v.items())
    if isinstance(v, (list, tuple)):
        return any(_json_bad(x) for x in v)
    return False


def _json_clean(v: Any) -> Any:
    if isinstance(v, str):
        return clean_text(v)[0]
    if isinstance(v, float):
        return v if math.isfinite(v) else None
    if isinstance(v, dict):
        return {_json_clean(k): _json_clean(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_json_clean(x) for x in v]
    return v


def field_label(field: str) -> str:
    """A field in words (for messages); its column name when it has none."""
    labels = {
        "name": _t("name"), "title": _t("title"), "text": _t("text"), "comment": _t("comment"),
        "reason": _t("reason"), "notes": _t("notes"), "note": _t("note"), "description": _t("description"),
        "criteria": _t("scoring criteria"), "evidence_hint": _t("evidence hint"), "filename": _t("file name"),
        "page_ref": _t("page reference"), "target": _t("target"), "target_text": _t("target value"),
        "actual_text": _t("actual value"), "respondent_ref": _t("respondent"), "unit_name": _t("unit"),
        "answers": _t("answers"), "inputs": _t("rule inputs"), "rule": _t("rule"), "vendor": _t("vendor"),
    }
    return labels.get(field, field)


def _what(obj: Any, key: str) -> str:
    return _t("The {field} of {record}").format(field=field_label(key), record=table_label(obj.__tablename__))


def _wrong_shape(kind: str, key: str, value: Any) -> bool:
    """A JSON value that is not the container its column holds (``rule``: a kind by name)."""
    if value is None or not kind.startswith("json:"):
        return False
    if not isinstance(value, dict if kind == "json:dict" else list):
        return True
    return key == "rule" and isinstance(value, dict) and not isinstance(value.get("kind"), str)


def _refuse(obj: Any, key: str, kind: str, value: Any) -> None:
    if kind == "text":
        check_text(value, _what(obj, key))
    if _wrong_shape(kind, key, value):
        raise ValidationError(_t("{what} has the wrong shape ({value}); nothing was changed.").format(
            what=_what(obj, key), value=str(value)[:40]))
    if kind.startswith("json"):
        first = _first_bad(value)
        if isinstance(first, str):
            check_text(first, _what(obj, key))
    raise ValidationError(_t("{what} holds a number that is not finite; nothing was changed.").format(
        what=_what(obj, key)))


def _first_bad(v: Any) -> Any:
    if isinstance(v, (str, float)):
        return v if _json_bad(v) else None
    items = list(v.items()) if isinstance(v, dict) else [(None, x) for x in v] if isinstance(v, (list, tuple)) else []
    for k, x in items:
        for y in (k, x):
            found = _first_bad(y) if y is not None else None
            if found is not None:
                return found
    return None


def _bad(kind: str, key: str, value: Any) -> bool:
    if value is None:
        return False
    if kind == "text":
        return isinstance(value, str) and has_control_chars(value)
    if kind == "float":
        return isinstance(value, float) and not math.isfinite(value)
    return _wrong_shape(kind, key, value) or _json_bad(value)


def _clean(kind: str, key: str, value: Any, nullable: bool) -> Any:
    if kind == "text":
        return clean_text(value)[0]
    if kind == "float":
        return None
    if _wrong_shape(kind, key, value):
        return None if nullable else ({} if kind == "json:dict" else [])
    return _json_clean(value)


@event.listens_for(Session, "before_flush")
def _check_written_values(session: Session, _flush_context: Any, _instances: Any) -> None:
    remote = bool(session.info.get("applying_remote"))
    obj: Any
    for obj in list(session.new) + list(session.dirty):
        if not isinstance(obj, Synced):
            continue
        state = inspect(obj)
        new = state.key is None  # pending: every column is written
        for key, kind in _columns(type(obj)):
            if not new and not state.attrs[key].history.has_changes():
                continue
            value = getattr(obj, key)
            if not _bad(kind, key, value):
                continue
            if not remote:
                _refuse(obj, key, kind, value)
            nullable = bool(state.mapper.columns[key].nullable)
            setattr(obj, key, _clean(kind, key, value, nullable))
            session.info.setdefault(CLEANED_KEY, []).append((state.mapper.persist_selectable.name, obj.id, key))


def clean_remote_values(cls: type, row_id: str, values: dict[str, Any], cleaned: list[tuple[str, str, str]]) -> None:
    """The gate above for a record the sync merge writes without the ORM: clean, in place,
    the checked columns among ``values`` (attribute → value about to be written: every
    column of a new record, the changed ones of an existing record), noting each as
    ``(table, row id, field)`` in ``cleaned`` (``session.info[CLEANED_KEY]``)."""
    mapper: Any = inspect(cls)
    for key, kind in _columns(cls):
        if key not in values:
            continue
        value = values[key]
        if not _bad(kind, key, value):
            continue
        values[key] = _clean(kind, key, value, bool(mapper.columns[key].nullable))
        cleaned.append((mapper.persist_selectable.name, values.get("id", row_id), key))
