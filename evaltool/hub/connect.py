"""Reaching the team hub: its address, the connection, and errors in plain words.

The hub is a PostgreSQL database (see ``evaltool.hub``). Its address is a PostgreSQL URL
(``postgresql://wang@hub.office:5432/evaltool``), from ``--url``, ``EVALTOOL_HUB_URL`` or the
laptop's saved setting. The password comes from the URL, ``PGPASSWORD`` or the PostgreSQL
password file (``~/.pgpass``; ``%APPDATA%\\postgresql\\pgpass.conf`` on Windows), which libpq
reads itself; evaltool never writes it into its own database (``HubUrl.display`` and
``HubUrl.safe`` leave it out).

Connections are not pooled (``NullPool``): each hub operation connects, works in its own
transactions and disconnects, so a laptop that left the office network holds nothing open.
A dropped connection rolls back the hub's open transaction (PostgreSQL's own guarantee).

Thread rule: a ``Hub`` holds an engine and no session; use it from one thread at a time.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from evaltool.errors import Cancelled, SyncError
from evaltool.i18n import translate

ENV_URL = "EVALTOOL_HUB_URL"
# The laptop's saved hub address (without password) and whether it syncs by itself.
SETTING_URL = "hub_url"
SETTING_AUTO = "hub_auto_sync"
CONNECT_TIMEOUT_S = 10
_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


class HubError(SyncError):
    """The hub cannot be reached, refused something, or is not ready (the user's to fix)."""


@dataclass(frozen=True)
class HubUrl:
    """A parsed hub address. ``url`` may carry a password; ``display`` never does."""

    url: URL

    @property
    def user(self) -> str:
        return self.url.username or os.environ.get("PGUSER") or _login_name()

    @property
    def database(self) -> str:
        return self.url.database or ""

    @property
    def display(self) -> str:
        """``user@host:port/database`` for messages and the screen."""
        host = self.url.host or "localhost"
        port = f":{self.url.port}" if self.url.port else ""
        return f"{self.user}@{host}{port}/{self.database}"

    @property
    def password(self) -> str | None:
        return None if self.url.password is None else str(self.url.password)

    @property
    def safe(self) -> str:
        """The URL without its password (what a laptop may save)."""
        return without_password(self.url).set(drivername="postgresql").render_as_string(hide_password=False)

    def with_password(self, password: str | None) -> HubUrl:
        return HubUrl(self.url.set(password=password)) if password else self


def without_password(url: URL) -> URL:
    # URL.set() ignores None values, so a password is dropped by making the URL anew
    return URL.create(url.drivername, url.username, None, url.host, url.port, url.database, url.query)


def _login_name() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (a service account without a passwd entry)
        return ""


def parse_url(value: str | None) -> HubUrl:
    """A PostgreSQL URL, or ``HubError`` saying what a hub address looks like."""
    raw = (value or "").strip()
    if not raw:
        raise HubError(translate("Errors", "No team hub is configured: give its address with --url or EVALTOOL_HUB_URL, "
                                 "e.g. postgresql://wang@hub.office:5432/evaltool."))
    try:
        url = make_url(raw)
    except ArgumentError as exc:
        raise HubError(translate("Errors", "“{url}” is not a PostgreSQL address; write it like "
                                 "postgresql://wang@hub.office:5432/evaltool.").format(url=_hide(raw))) from exc
    if url.drivername not in _SCHEMES or not url.database:
        raise HubError(translate("Errors", "“{url}” is not a PostgreSQL address with a database; write it like "
                                 "postgresql://wang@hub.office:5432/evaltool.").format(url=_hide(raw)))
    return HubUrl(url.set(drivername="postgresql+psycopg"))


def _hide(raw: str) -> str:
    """``raw`` with any password replaced, for messages."""
    try:
        return make_url(raw).render_as_string(hide_password=True)
    except ArgumentError:
        return raw.split("@")[-1]


def resolve_url(given: str | None, saved: str | None = None) -> HubUrl:
    """The hub address from the command line, else ``EVALTOOL_HUB_URL``, else the saved one."""
    return parse_url(given or os.environ.get(ENV_URL) or saved)


class Hub:
    """An open way to the hub: the engine (no pool) and who we are there."""

    def __init__(self, address: HubUrl) -> None:
        self.address = address
        self.engine: Engine = create_engine(
            address.url, poolclass=NullPool,
            connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "evaltool",
                          # a laptop that vanishes from the network: the server notices within minutes
                          "keepalives": 1, "keepalives_idle": 30, "keepalives_interval": 10, "keepalives_count": 3})

    @property
    def display(self) -> str:
        return self.address.display

    @contextmanager
    def session(self, *, read_only: bool = False) -> Iterator[Session]:
        """One hub transaction: committed at the end, rolled back on any error or Cancel.
        ``read_only``: a consistent snapshot (REPEATABLE READ) that writes nothing."""
        with hub_errors(self):
            s = Session(self.engine, expire_on_commit=False)
            try:
                if read_only:
                    s.connection(execution_options={"isolation_level": "REPEATABLE READ", "postgresql_readonly": True})
                yield s
                if read_only:
                    s.rollback()
                else:
                    s.commit()
            except BaseException:
                s.rollback()
                raise
            finally:
                s.close()

    def close(self) -> None:
        self.engine.dispose()


def open_hub(address: HubUrl | str) -> Hub:
    return Hub(address if isinstance(address, HubUrl) else parse_url(address))


def _sqlstate(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    return str(getattr(orig, "sqlstate", "") or "")


def _libpq_text(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    text_ = str(orig if orig is not None else exc).strip()
    return text_.splitlines()[0] if text_ else type(exc).__name__


@contextmanager
def hub_errors(hub: Hub) -> Iterator[None]:
    """Database failures while talking to the hub, as ``HubError`` in plain words."""
    try:
        yield
    except (HubError, Cancelled):
        raise
    except DBAPIError as exc:
        raise describe_error(hub, exc) from exc
    except SQLAlchemyError as exc:
        raise HubError(translate("Errors", "The team hub ({hub}) could not do that: {error}").format(
            hub=hub.display, error=_libpq_text(exc))) from exc


def describe_error(hub: Hub, exc: DBAPIError) -> HubError:
    state = _sqlstate(exc)
    detail = _libpq_text(exc)
    if state in ("28P01", "28000") or "password authentication failed" in detail or "no password supplied" in detail:
        return HubError(translate("Errors", "The team hub {hub} refused the login: {error}. Check the user name and "
                                  "password (PGPASSWORD or the PostgreSQL password file).").format(hub=hub.display, error=detail))
    if exc.connection_invalidated or state.startswith("08") or (state == "" and "connection" in detail.lower()):
        return HubError(translate("Errors", "Cannot reach the team hub {hub}: {error}. Check the address, your password "
                                  "(PGPASSWORD or the PostgreSQL password file) and that this computer is on the "
                                  "office network. Nothing was changed on the hub.").format(hub=hub.display, error=detail))
    if state == "42501":
        return HubError(translate("Errors", "The team hub {hub} does not allow this for {user}: {error}. A project's lead "
                                  "adds members (evaltool hub members PROJECT --add ROLE).").format(
                                      hub=hub.display, user=hub.address.user, error=detail))
    if state == "3D000":
        return HubError(translate("Errors", "The database of the team hub {hub} does not exist: {error}. Ask the "
                                  "administrator to create it (createdb -E UTF8) and run evaltool hub init.").format(
                                      hub=hub.display, error=detail))
    if state in ("42P01", "42703", "42883"):
        return HubError(translate("Errors", "The team hub {hub} is not set up for this evaltool ({error}). Run evaltool "
                                  "hub init with it.").format(hub=hub.display, error=detail))
    if state == "22021" or state == "22P05":
        return HubError(translate("Errors", "The team hub {hub} cannot store a text of this project (it holds a character "
                                  "PostgreSQL refuses, e.g. NUL): {error}. Nothing was changed on the hub.").format(
                                      hub=hub.display, error=detail))
    if isinstance(exc, IntegrityError):
        return HubError(translate("Errors", "The team hub {hub} refused the changes: {error}. Nothing was changed on the "
                                  "hub.").format(hub=hub.display, error=detail))
    return HubError(translate("Errors", "The team hub {hub} could not do that: {error}. Nothing was changed on the "
                              "hub.").format(hub=hub.display, error=detail))


def server_info(s: Session) -> dict[str, Any]:
    """Who we are on the server and what it is (for ``hub init`` and the connection test)."""
    row = s.execute(text("SELECT current_user, current_database(), current_setting('server_version_num')::int, "
                         "pg_encoding_to_char(encoding) FROM pg_database WHERE datname = current_database()")).one()
    return {"user": row[0], "database": row[1], "server_version": int(row[2]), "encoding": row[3]}
