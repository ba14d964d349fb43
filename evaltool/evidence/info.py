"""What an evidence item is: its kinds and sources (with their labels), the plain records
that views, the CLI and exports read, and the lookups the other evidence modules share.

Nothing here writes. ``EvidenceInfo`` and ``LinkInfo`` are session-free copies (never ORM
rows), safe to hand to another thread or keep across commits.
"""
from __future__ import annotations

import mimetypes
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date as _date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from evaltool.errors import EvidenceError, NotFoundError, ValidationError
from evaltool.evidence.store import EvidenceStore
from evaltool.framework import load_tree, walk
from evaltool.i18n import QT_TRANSLATE_NOOP, translate
from evaltool.models import Evaluator, EvidenceItem, Indicator, Project
from evaltool.records import get_row

KINDS = ("document", "photo", "scan", "interview", "site_check", "data")
SOURCES = ("unit", "site", "public")
KIND_LABELS = {
    "document": QT_TRANSLATE_NOOP("Evidence", "Document"),
    "photo": QT_TRANSLATE_NOOP("Evidence", "Photo"),
    "scan": QT_TRANSLATE_NOOP("Evidence", "Scan"),
    "interview": QT_TRANSLATE_NOOP("Evidence", "Interview note"),
    "site_check": QT_TRANSLATE_NOOP("Evidence", "On-site check record"),
    "data": QT_TRANSLATE_NOOP("Evidence", "Data extract"),
}
SOURCE_LABELS = {
    "unit": QT_TRANSLATE_NOOP("Evidence", "Provided by the unit"),
    "site": QT_TRANSLATE_NOOP("Evidence", "Collected on site"),
    "public": QT_TRANSLATE_NOOP("Evidence", "Public"),
}
STATUS_LABELS = {
    "ok": QT_TRANSLATE_NOOP("Evidence", "OK"),
    "missing": QT_TRANSLATE_NOOP("Evidence", "File missing"),
    "altered": QT_TRANSLATE_NOOP("Evidence", "File altered"),
    "note": QT_TRANSLATE_NOOP("Evidence", "Note"),
}
EDITABLE = ("title", "kind", "source", "date", "page_ref", "notes", "text", "filename")
_PHOTO_EXT = {".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".heic", ".tif", ".tiff"}
_DATA_EXT = {".xls", ".xlsx", ".xlsm", ".csv", ".ods", ".json", ".xml", ".sql", ".db"}

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


def kind_label(kind: str) -> str:
    return translate("Evidence", KIND_LABELS.get(kind, kind))


def source_label(source: str) -> str:
    return translate("Evidence", SOURCE_LABELS.get(source, source))


def status_label(status: str) -> str:
    return translate("Evidence", STATUS_LABELS.get(status, status))


def guess_kind(filename: str) -> str:
    ext = os.path.splitext(filename)[1].lower()
    if ext in _PHOTO_EXT:
        return "photo"
    if ext in _DATA_EXT:
        return "data"
    return "document"


def guess_mime(filename: str) -> str:
    return mimetypes.guess_type(filename)[0] or ""


def store_for(session: Session) -> EvidenceStore:
    """The store of the database this session belongs to (``<data dir>/evidence``)."""
    db = session.info.get("db")
    if db is None:
        raise EvidenceError("this session is not bound to an evaltool database")
    return EvidenceStore(db.data_dir)


# -- plain data ------------------------------------------------------------------

@dataclass
class LinkInfo:
    id: str
    evidence_id: str
    indicator_id: str
    path: str
    target: str = ""


@dataclass
class EvidenceInfo:
    """A session-free view of an item for lists, previews and exports."""

    id: str
    project_id: str
    title: str
    kind: str
    source: str
    date: str | None
    page_ref: str
    notes: str
    filename: str
    size: int | None
    mime: str
    sha256: str | None
    text: str
    added_by: str | None
    added_by_name: str
    created_at: str
    links: list[LinkInfo] = field(default_factory=list)
    status: str = ""  # ok|missing|altered|note, "" when not checked

    @property
    def is_note(self) -> bool:
        return not self.sha256

    @property
    def kind_label(self) -> str:
        return kind_label(self.kind)

    @property
    def source_label(self) -> str:
        return source_label(self.source)

    def as_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["kind_label"] = self.kind_label
        d["source_label"] = self.source_label
        return d


@dataclass
class StoredFile:
    """A file copied into the store, waiting for its database row."""

    path: str
    filename: str
    sha256: str
    size: int
    mime: str
    date: str | None = None  # prefilled: when a photo was taken (EXIF), else the file's date
    date_from: str = ""  # "exif" | "file" | "" (evaltool.evidence.dates)


@dataclass
class AddResult:
    item_id: str
    filename: str
    created: bool  # False when the same file was already an item of the project


# -- lookups shared by items, links and the register -------------------------------

def project_row(session: Session, project_id: str) -> Project:
    """The live project, or ``NotFoundError``."""
    return get_row(session, Project, project_id, missing=translate("Errors", "No such project."))


def leaf_row(session: Session, project_id: str, indicator_id: str) -> Indicator:
    """A live indicator of this project, or ``NotFoundError``."""
    ind = session.get(Indicator, indicator_id)
    if ind is None or ind.deleted or ind.project_id != project_id:
        raise NotFoundError(translate("Errors", "No such indicator in this project."))
    return ind


def item_row(session: Session, item_id: str) -> EvidenceItem:
    """The item, tombstoned or not (undo restores tombstoned ones), or ``NotFoundError``."""
    return get_row(session, EvidenceItem, item_id, live=False,
                   missing=translate("Errors", "No evidence item {id}.").format(id=item_id))


def check_fields(fields: dict[str, Any]) -> None:
    """Refuse unknown fields, kinds and sources, and dates that are not ``YYYY-MM-DD``."""
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise ValidationError(f"unknown evidence fields: {', '.join(sorted(unknown))}")
    if "kind" in fields and fields["kind"] not in KINDS:
        raise ValidationError(translate("Errors", "Unknown evidence kind “{kind}”; use one of: {kinds}.").format(
            kind=fields["kind"], kinds=", ".join(KINDS)))
    if "source" in fields and fields["source"] not in SOURCES:
        raise ValidationError(translate("Errors", "Unknown evidence source “{source}”; use one of: {sources}.").format(
            source=fields["source"], sources=", ".join(SOURCES)))
    d = fields.get("date")
    if d:
        try:
            _date.fromisoformat(str(d))
        except ValueError as exc:
            raise ValidationError(translate("Errors", "The date “{date}” is not a date like 2022-10-31.").format(
                date=d)) from exc


def leaf_paths(session: Session, project_id: str) -> tuple[dict[str, str], dict[str, int]]:
    """{indicator id: path} and {indicator id: tree order} of the live tree."""
    paths: dict[str, str] = {}
    order: dict[str, int] = {}
    for i, n in enumerate(walk(load_tree(session, project_id))):
        paths[n.id] = n.path
        order[n.id] = i
    return paths, order


def evaluator_names(session: Session) -> dict[str, str]:
    return {e.id: e.name for e in session.scalars(select(Evaluator))}


def to_info(item: Any, names: dict[str, str]) -> EvidenceInfo:
    """From an ORM item or a column row of ``evidence_items``."""
    return EvidenceInfo(
        id=item.id, project_id=item.project_id, title=item.title or "", kind=item.kind or "document",
        source=item.source or "unit", date=item.date, page_ref=item.page_ref or "", notes=item.notes or "",
        filename=item.filename or "", size=item.size, mime=item.mime or "", sha256=item.sha256,
        text=item.text or "", added_by=item.added_by, added_by_name=names.get(item.added_by or "", ""),
        created_at=item.created_at or "")
