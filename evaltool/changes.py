"""What an operation changed, so each view refreshes only what it shows.

The session collects it: every flush (and every bulk statement run through the
session) records the tables it wrote in ``session.info``; ``changes_of(session)``
turns them into ``Changes`` flags. So no caller writes the flags by hand, and a
core function that starts touching another table (a score update that also moves a
survey link, say) is reported correctly without anyone remembering to say so.

Table → flag mapping is ``TABLE_FLAGS``; a new table must be added there (a test
checks that every model's table is mapped).
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import ORMExecuteState, Session

#: Which view-level flag a write to each table raises. ``None``: bookkeeping that no
#: view shows by itself (the change log is written by every edit).
TABLE_FLAGS: dict[str, str | None] = {
    "projects": "projects",
    "project_members": "projects",
    "proposals": "projects",
    "project_flags": "scores",
    "report_sections": "report",
    "report_problems": "report",
    "budget_lines": "projects",
    "indicators": "framework",
    "scores": "scores",
    "final_scores": "scores",
    "review_notes": "scores",
    "targets": "targets",
    "evidence_items": "evidence",
    "evidence_links": "evidence",
    "surveys": "surveys",
    "survey_questions": "surveys",
    "respondent_groups": "surveys",
    "responses": "surveys",
    # derived counts, written by the database's triggers (never by a flush): listed for completeness
    "survey_answer_counts": "surveys",
    "survey_respondent_counts": "surveys",
    "survey_revisions": "surveys",
    "contracts": "contracts",
    "contract_installments": "contracts",
    "contract_months": "contracts",
    "contract_scores": "contracts",
    "contract_faults": "contracts",
    "evaluators": "identity",
    "app_settings": "identity",
    "sync_peers": "sync",
    "sync_exchanges": "sync",
    "field_heads": "sync",
    "change_log": None,
    "alembic_version": None,
}

_TOUCHED = "evaltool_touched_tables"


@dataclass
class Changes:
    projects: bool = False
    framework: bool = False
    scores: bool = False
    evidence: bool = False
    targets: bool = False
    surveys: bool = False
    report: bool = False
    sync: bool = False
    identity: bool = False
    contracts: bool = False

    @classmethod
    def all(cls) -> Changes:
        return cls(**{f.name: True for f in fields(cls)})

    @classmethod
    def from_tables(cls, tables: set[str] | frozenset[str]) -> Changes:
        """Flags for writes to ``tables`` (unknown tables raise: map them in TABLE_FLAGS)."""
        out = cls()
        for name in tables:
            if name not in TABLE_FLAGS:
                raise KeyError(f"table {name!r} has no entry in evaltool.changes.TABLE_FLAGS")
            flag = TABLE_FLAGS[name]
            if flag is not None:
                setattr(out, flag, True)
        return out

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})

    def any(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def __bool__(self) -> bool:
        return self.any()


def touched_tables(session: Session) -> set[str]:
    """The tables written through ``session`` so far (kept after commit and close)."""
    return session.info.setdefault(_TOUCHED, set())


def mark_touched(session: Session, *tables: str) -> None:
    """Record writes that bypass the ORM (raw connection statements, e.g. the sync merge)."""
    touched_tables(session).update(tables)


def changes_of(session: Session) -> Changes:
    """What the session's writes changed, as view flags."""
    return Changes.from_tables(touched_tables(session))


def _table_of(obj: Any) -> str:
    return str(inspect(obj).mapper.persist_selectable.name)


@event.listens_for(Session, "before_flush")
def _collect_flushed(session: Session, _flush_context: Any, _instances: Any) -> None:
    touched = touched_tables(session)
    for obj in session.new:
        touched.add(_table_of(obj))
    for obj in session.deleted:
        touched.add(_table_of(obj))
    for obj in session.dirty:
        if not session.is_modified(obj, include_collections=False):
            continue
        table = _table_of(obj)
        if table == "field_heads":
            # Every local edit moves a field's head; only a conflict appearing or being
            # settled is something a view shows.
            hist = inspect(obj).attrs["conflict"].history
            if not hist.has_changes() or (hist.deleted and hist.deleted[0] == obj.conflict):
                continue
        touched.add(table)


@event.listens_for(Session, "do_orm_execute")
def _collect_bulk(state: ORMExecuteState) -> None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    table = getattr(state.statement, "table", None)
    name = getattr(table, "name", None)
    if name:
        touched_tables(state.session).add(str(name))
