"""Audit trail of a leaf, derived from the change log (evaltool.changelog).

Every change of an evaluator's score, comment, reason or rule inputs, of the
lead's final decision, of the leaf's rule and of its review state is a
``ChangeRecord``; its old value is the value of the change it replaced (its first
base). Nothing is stored twice, and the trail includes changes synced from other
laptops, attributed to whoever made them.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from evaltool.changelog import parse_hlc
from evaltool.i18n import translate
from evaltool.models import ChangeRecord, Evaluator, FinalScore, Score

SCORE_FIELDS: tuple[str, ...] = ("value", "comment", "reason", "inputs", "deleted")
FINAL_FIELDS: tuple[str, ...] = ("value", "method", "reason", "comment", "deleted")
LEAF_FIELDS: tuple[str, ...] = ("rule", "review_state", "weight")


@dataclass
class AuditEntry:
    hlc: str
    when: str  # ISO time, UTC
    who: str  # evaluator who made the change
    what: str  # "score" | "final" | "leaf"
    subject: str  # whose score (for "score"), else ""
    field: str
    old: Any
    new: Any

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def hlc_time(hlc: str) -> str:
    ms, _ = parse_hlc(hlc)
    return datetime.fromtimestamp(ms / 1000, tz=UTC).isoformat(timespec="seconds")


def leaf_audit(session: Session, indicator_id: str) -> list[AuditEntry]:
    """Changes of one leaf's scores, final decision, rule and review state, oldest first."""
    score_rows: dict[str, str] = {row.id: row.evaluator_id for row in session.execute(
        select(Score.id, Score.evaluator_id).where(Score.indicator_id == indicator_id))}
    final_rows = set(session.scalars(select(FinalScore.id).where(FinalScore.indicator_id == indicator_id)))
    names = {e.id: e.name for e in session.scalars(select(Evaluator))}
    conds = [ChangeRecord.row_id == indicator_id]
    if score_rows:
        conds.append(ChangeRecord.row_id.in_(list(score_rows)))
    if final_rows:
        conds.append(ChangeRecord.row_id.in_(list(final_rows)))
    recs = list(session.scalars(select(ChangeRecord).where(or_(*conds)).order_by(ChangeRecord.hlc, ChangeRecord.seq)))
    by_id = {r.id: r for r in recs}
    missing = {b for r in recs for b in (r.bases or []) if b not in by_id}
    if missing:
        for r in session.scalars(select(ChangeRecord).where(ChangeRecord.id.in_(list(missing)))):
            by_id[r.id] = r
    out: list[AuditEntry] = []
    for r in recs:
        if r.table_name == "scores":
            what, fields, subject = "score", SCORE_FIELDS, names.get(score_rows.get(r.row_id, ""), "?")
        elif r.table_name == "final_scores":
            what, fields, subject = "final", FINAL_FIELDS, ""
        elif r.table_name == "indicators":
            what, fields, subject = "leaf", LEAF_FIELDS, ""
        else:
            continue
        if r.field not in fields:
            continue
        base = by_id.get((r.bases or [None])[0]) if r.bases else None
        old = base.value if base is not None else None
        if base is None and (what == "leaf" or r.value in (None, "", False, {}, [])):
            continue  # a record's creation with an empty field (or the leaf's set-up) says nothing
        if old == r.value:
            continue
        out.append(AuditEntry(r.hlc, hlc_time(r.hlc), names.get(r.evaluator_id or "", translate("Audit", "unknown")),
                              what, subject, r.field, old, r.value))
    return out
