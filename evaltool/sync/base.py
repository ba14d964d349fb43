"""What every part of sync shares: the shape of a change in a package, callbacks of long
work, chunking, the time of a hybrid logical clock, and which evaluators a project
refers to.

Thread rule: pure helpers; the session functions run on the caller's thread.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from evaltool.changelog import hlc_time as hlc_time  # re-exported: the sync modules' time of a clock
from evaltool.errors import Cancelled, SyncError
from evaltool.i18n import translate
from evaltool.models import ChangeRecord, ProjectMember, Score

# ``progress(done, total)``: ``done`` of ``total`` units (total 0: not known yet).
Progress = Callable[[int, int], None]
# ``cancelled()``: True once the user pressed Cancel.
CancelCheck = Callable[[], bool]

PACKAGE_SUFFIX = ".evsync"
ARCHIVE_SUFFIX = ".evarchive"
# Rows (or ids) per database round trip, and between two progress/cancel checks. A chunk
# of the merge takes a few milliseconds, so Cancel is answered well within 200 ms.
CHUNK = 400
# The keys of one change in ``changes.jsonl`` (the columns of ``change_log`` it carries).
CHANGE_KEYS = ("id", "project_id", "device_id", "seq", "hlc", "evaluator_id", "table_name", "row_id",
               "field", "value", "bases")
# Progress of a whole job in per mille, when it is made of stages (see ``stage``).
PER_MILLE = 1000

T = TypeVar("T")


def sync_error(text: str, **kw: Any) -> SyncError:
    """``text`` is already translated (written as translate("Errors", "…") so lupdate finds it)."""
    return SyncError(text.format(**kw))


def check_cancelled(cancelled: CancelCheck | None, message: str | None = None) -> None:
    """Raise ``Cancelled`` (with ``message``, already translated) when the user pressed
    Cancel; the caller rolls everything back."""
    if cancelled is not None and cancelled():
        raise Cancelled(message or translate("Errors", "Cancelled; nothing was changed."))


def stage(progress: Progress | None, start: int, end: int) -> Progress | None:
    """``progress`` for one stage of a job: the stage's ``(done, total)`` is reported as
    per mille of the whole job, between ``start`` and ``end`` (both per mille)."""
    if progress is None:
        return None
    whole = progress

    def report(done: int, total: int) -> None:
        share = min(done / total, 1.0) if total > 0 else 0.0
        whole(start + int((end - start) * share), PER_MILLE)

    return report


def chunks(items: Iterable[T], n: int = CHUNK) -> Iterator[list[T]]:
    buf: list[T] = []
    for x in items:
        buf.append(x)
        if len(buf) >= n:
            yield buf
            buf = []
    if buf:
        yield buf


def conflict_key(table: str, row_id: str, field_: str) -> str:
    """How people and the CLI name one conflicting field: ``table/record/field``."""
    return f"{table}/{row_id}/{field_}"


def referenced_evaluators(session: Session, project_id: str,
                          authors: Iterable[str | None] | None = None) -> set[str]:
    """Evaluators the project refers to (authors of its changes, members, scorers): their
    records travel with every package of the project.

    ``authors``: the authors of the changes a package sends, given by an export instead of
    reading every change of the project (millions in a large one): the authors of changes
    the peer already holds came with the packages that carried those changes."""
    ids: set[str | None] = set(authors) if authors is not None else set(session.scalars(
        select(ChangeRecord.evaluator_id).where(ChangeRecord.project_id == project_id).distinct()))
    ids |= set(session.scalars(select(ProjectMember.evaluator_id).where(ProjectMember.project_id == project_id)))
    ids |= set(session.scalars(select(Score.evaluator_id).where(Score.project_id == project_id).distinct()))
    return {i for i in ids if i is not None}
