"""This laptop's evaluator profile (name, role), asked for on first run."""
from __future__ import annotations

import getpass

from evaltool.db import Database
from evaltool.models import Evaluator
from evaltool.projects import create_evaluator, update_evaluator


def ensure_profile(db: Database, name: str | None = None, role: str | None = None) -> Evaluator:
    """The local evaluator, created (from ``name`` or the login name) if missing, updated if given."""
    with db.session() as s:
        ev = s.get(Evaluator, db.evaluator_id) if db.evaluator_id else None
        if ev is None:
            ev = create_evaluator(s, name or _login_name(), role or "lead", device_id=db.device_id)
        else:
            update_evaluator(s, ev.id, name=name, role=role)
        s.expunge(ev)
    if db.evaluator_id != ev.id:
        db.set_current_evaluator(ev.id)
    return ev


def has_profile(db: Database) -> bool:
    return db.current_evaluator() is not None


def _login_name() -> str:
    try:
        return getpass.getuser() or "evaluator"
    except Exception:  # noqa: BLE001 - no login name on some systems
        return "evaluator"
