"""This laptop's evaluator profile (name, role), asked for on first run."""
from __future__ import annotations

import getpass

from sqlalchemy.orm import Session

from evaltool.db import Database
from evaltool.models import AppSetting, Evaluator
from evaltool.projects import create_evaluator, update_evaluator


def save_profile(session: Session, db: Database, name: str | None = None, role: str | None = None) -> str:
    """Create (from ``name`` or the login name) or update this laptop's evaluator and make
    it the current one; returns its id. ``db.evaluator_id`` follows at once (the caller
    commits; a failed commit leaves the previous profile in the file and is reported)."""
    ev = session.get(Evaluator, db.evaluator_id) if db.evaluator_id else None
    if ev is None:
        ev = create_evaluator(session, name or _login_name(), role or "lead", device_id=db.device_id)
    else:
        update_evaluator(session, ev.id, name=name, role=role)
    setting = session.get(AppSetting, "evaluator_id")
    if setting is None:
        session.add(AppSetting(key="evaluator_id", value=ev.id))
    elif setting.value != ev.id:
        setting.value = ev.id
    session.flush()
    db.evaluator_id = ev.id
    return ev.id


def ensure_profile(db: Database, name: str | None = None, role: str | None = None) -> Evaluator:
    """The local evaluator, created (from ``name`` or the login name) if missing, updated if given."""
    with db.session() as s:
        save_profile(s, db, name, role)
    ev = db.current_evaluator()
    assert ev is not None  # just committed
    return ev


def has_profile(db: Database) -> bool:
    return db.current_evaluator() is not None


def _login_name() -> str:
    try:
        return getpass.getuser() or "evaluator"
    except Exception:  # noqa: BLE001 - no login name on some systems
        return "evaluator"
