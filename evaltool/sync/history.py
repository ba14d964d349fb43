"""What was exchanged, and the project's state as plain data (to compare two laptops).

All functions take a Session and only read.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from evaltool.changelog import synced_fields
from evaltool.models import SYNCED_MODELS, ChangeRecord, SyncExchange, SyncPeer
from evaltool.sync.base import referenced_evaluators
from evaltool.sync.conflicts import list_conflicts


@dataclass
class ExchangeInfo:
    id: str
    direction: str
    peer_device: str
    peer_name: str
    path: str
    summary: dict[str, Any]
    at: str

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def list_exchanges(session: Session, project_id: str) -> list[ExchangeInfo]:
    """Packages written and read for the project, newest first."""
    names = {p.device_id: p.name for p in session.scalars(select(SyncPeer))}
    q = select(SyncExchange).where(SyncExchange.project_id == project_id).order_by(SyncExchange.at.desc())
    return [ExchangeInfo(e.id, e.direction, e.peer_device, names.get(e.peer_device, ""), e.path,
                         dict(e.summary or {}), e.at) for e in session.scalars(q)]


def canonical_state(session: Session, project_id: str) -> dict[str, Any]:
    """The project's user data as plain JSON (rows of every synced table with their creation
    time, evaluators it refers to, open conflicts): equal on two laptops that hold the same
    changes."""
    out: dict[str, Any] = {}
    evs = referenced_evaluators(session, project_id)
    for table, model in sorted(SYNCED_MODELS.items()):
        cols = synced_fields(model)
        m: Any = model  # every synced model has ``id``; all but evaluators and projects a ``project_id``
        if table == "evaluators":
            q = select(m).where(m.id.in_(sorted(evs)))
        elif table == "projects":
            q = select(m).where(m.id == project_id)
        else:
            q = select(m).where(m.project_id == project_id)
        # with the record's creation time: one notion of it on every laptop
        out[table] = {o.id: {**{c: getattr(o, c) for c in cols}, "created_at": o.created_at} for o in session.scalars(q)}
    out["conflicts"] = sorted((c.key, tuple(sorted(o.change_id for o in c.options)))
                              for c in list_conflicts(session, project_id))
    return json.loads(json.dumps(out, sort_keys=True, default=list))


def project_change_ids(session: Session, project_id: str) -> set[str]:
    """Ids of every change of the project held here."""
    return set(session.scalars(select(ChangeRecord.id).where(ChangeRecord.project_id == project_id)))
