"""Review and sign-off: prepared → reviewed per leaf and for the project; review notes.

A leaf marked reviewed shows "modified since review" as soon as a score, rule
input, comment or final decision of it changes later. The moment of review is the
hybrid-clock stamp of the change that set ``review_state`` (so it compares with
every later change, on this laptop or synced from another). The project's
sign-off lives in ``Project.settings["review"]`` = {"state", "by", "hlc"}.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from evaltool.changelog import format_hlc
from evaltool.errors import NotFoundError, ValidationError
from evaltool.i18n import translate
from evaltool.models import ChangeRecord, FinalScore, Indicator, Project, ReviewNote, Score, utcnow
from evaltool.records import get_row, set_deleted

STATES = ("prepared", "reviewed")
WATCHED_FIELDS = ("value", "inputs", "comment", "reason", "method", "deleted", "rule")


def _now_hlc(session: Session) -> str:
    actor = session.info.get("actor")
    if actor is not None:
        return actor.clock.tick()
    return format_hlc(int(time.time() * 1000), 0)


def set_review_state(session: Session, project_id: str, indicator_id: str, state: str,
                     reviewer_id: str | None = None) -> dict[str, Any]:
    """Mark a leaf prepared or reviewed; returns the previous state (for undo)."""
    if state not in STATES:
        raise ValidationError(f"unknown review state: {state}")
    ind = session.get(Indicator, indicator_id)
    if ind is None or ind.deleted or ind.project_id != project_id:
        raise NotFoundError(translate("Errors", "No such indicator in this project."))
    before = {"state": ind.review_state, "at": ind.reviewed_at, "by": ind.reviewed_by}
    ind.review_state = state
    ind.reviewed_at = utcnow() if state == "reviewed" else None
    ind.reviewed_by = reviewer_id if state == "reviewed" else None
    session.flush()
    return before


def restore_review_state(session: Session, indicator_id: str, before: dict[str, Any]) -> None:
    ind = session.get(Indicator, indicator_id)
    if ind is None:
        return
    ind.review_state, ind.reviewed_at, ind.reviewed_by = before["state"], before["at"], before["by"]
    session.flush()


def _leaf_rows(session: Session, project_id: str) -> dict[str, str]:
    """{row_id: indicator_id} of the score and final rows of every leaf."""
    rows: dict[str, str] = {}
    for rid, ind in session.execute(select(Score.id, Score.indicator_id).where(Score.project_id == project_id)):
        rows[rid] = ind
    for rid, ind in session.execute(select(FinalScore.id, FinalScore.indicator_id).where(FinalScore.project_id == project_id)):
        rows[rid] = ind
    return rows


def _last_change(session: Session, project_id: str) -> dict[str, str]:
    """{indicator_id: hlc of the latest change to its scores, final decision or rule}."""
    rows = _leaf_rows(session, project_id)
    out: dict[str, str] = {}
    q = (select(ChangeRecord.table_name, ChangeRecord.row_id, func.max(ChangeRecord.hlc))
         .where(ChangeRecord.project_id == project_id,
                ChangeRecord.table_name.in_(("scores", "final_scores", "indicators")),
                ChangeRecord.field.in_(WATCHED_FIELDS))
         .group_by(ChangeRecord.table_name, ChangeRecord.row_id))
    for table, row_id, hlc in session.execute(q):
        ind = row_id if table == "indicators" else rows.get(row_id)
        if ind is not None and hlc > out.get(ind, ""):
            out[ind] = hlc
    return out


def _review_moments(session: Session, project_id: str) -> dict[str, str]:
    reviewed = set(session.scalars(select(Indicator.id).where(
        Indicator.project_id == project_id, Indicator.deleted.is_(False), Indicator.review_state == "reviewed")))
    out: dict[str, str] = {}
    if not reviewed:
        return out
    q = (select(ChangeRecord.row_id, func.max(ChangeRecord.hlc))
         .where(ChangeRecord.project_id == project_id, ChangeRecord.table_name == "indicators",
                ChangeRecord.field.in_(("review_state", "reviewed_at")))
         .group_by(ChangeRecord.row_id))
    for row_id, hlc in session.execute(q):
        if row_id in reviewed:
            out[row_id] = hlc
    return out


def modified_leaves(session: Session, project_id: str) -> set[str]:
    """Leaves marked reviewed whose scores, inputs, comments or final decision changed since."""
    moments = _review_moments(session, project_id)
    if not moments:
        return set()
    last = _last_change(session, project_id)
    return {i for i, at in moments.items() if last.get(i, "") > at}


def sign_off(session: Session, project_id: str, reviewer_id: str | None, state: str = "reviewed") -> dict[str, Any]:
    """Mark the whole project reviewed (or back to prepared); returns the previous record."""
    if state not in STATES:
        raise ValidationError(f"unknown review state: {state}")
    p = session.get(Project, project_id)
    if p is None or p.deleted:
        raise NotFoundError(project_id)
    settings = dict(p.settings or {})
    before = dict(settings.get("review") or {"state": "prepared"})
    settings["review"] = {"state": state, "by": reviewer_id, "at": utcnow(), "hlc": _now_hlc(session)}
    p.settings = settings
    session.flush()
    return before


def restore_sign_off(session: Session, project_id: str, before: dict[str, Any]) -> None:
    p = session.get(Project, project_id)
    if p is None:
        return
    p.settings = {**(p.settings or {}), "review": dict(before)}
    session.flush()


@dataclass
class ProjectReview:
    state: str
    by: str | None
    at: str | None
    modified_since: bool
    reviewed_leaves: int
    leaves: int


def project_review(session: Session, project_id: str) -> ProjectReview:
    p = session.get(Project, project_id)
    if p is None or p.deleted:
        raise NotFoundError(project_id)
    rec = (p.settings or {}).get("review") or {}
    state = rec.get("state", "prepared")
    modified = False
    if state == "reviewed" and rec.get("hlc"):
        last = _last_change(session, project_id)
        modified = any(h > rec["hlc"] for h in last.values())
    states = list(session.scalars(select(Indicator.review_state).where(
        Indicator.project_id == project_id, Indicator.deleted.is_(False),
        ~Indicator.id.in_(select(Indicator.parent_id).where(Indicator.parent_id.is_not(None), Indicator.deleted.is_(False))))))
    return ProjectReview(state, rec.get("by"), rec.get("at"), modified,
                         sum(1 for s in states if s == "reviewed"), len(states))


# -- review notes -------------------------------------------------------------------

@dataclass
class Note:
    id: str
    indicator_id: str | None
    author_id: str | None
    text: str
    resolved: bool
    created_at: str


def add_note(session: Session, project_id: str, indicator_id: str | None, text: str,
             author_id: str | None = None) -> ReviewNote:
    if not (text or "").strip():
        raise ValidationError(translate("Errors", "A review note needs some text."))
    n = ReviewNote(project_id=project_id, indicator_id=indicator_id, author_id=author_id, text=text.strip())
    session.add(n)
    session.flush()
    return n


def resolve_note(session: Session, note_id: str, resolved: bool = True) -> None:
    n = get_row(session, ReviewNote, note_id, missing=translate("Errors", "No such review note."))
    n.resolved = resolved
    session.flush()


def delete_note(session: Session, note_id: str, deleted: bool = True) -> None:
    set_deleted(session, ReviewNote, note_id, deleted)


def list_notes(session: Session, project_id: str, indicator_id: str | None = None,
               include_resolved: bool = True) -> list[Note]:
    q = select(ReviewNote).where(ReviewNote.project_id == project_id, ReviewNote.deleted.is_(False))
    if indicator_id is not None:
        q = q.where(ReviewNote.indicator_id == indicator_id)
    if not include_resolved:
        q = q.where(ReviewNote.resolved.is_(False))
    return [Note(n.id, n.indicator_id, n.author_id, n.text, bool(n.resolved), n.created_at)
            for n in sorted(session.scalars(q), key=lambda n: n.created_at)]
