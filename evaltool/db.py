"""Opening the installation's database: lock, checks, backup, migration, identity, sessions.

One SQLite file per installation (``evaltool.sqlite`` in the data folder), WAL
journal, foreign keys on. ``open_database`` refuses, without touching the file, a
file that is not SQLite, a SQLite file that is not ours, a database written by a
newer evaltool, and a read-only file or folder. Before migrating it copies the file
to ``backups/`` (``evaltool.backups``: checked, kept by policy); a migration runs in
one transaction, so a failed upgrade leaves the file as it was.

One writer per data folder: opening to write takes the folder's lock
(``evaltool.lock``) first, so a second app window or a writing command is refused at
once with a message naming the process that holds it. ``access="read"`` opens without
the lock for commands that only read (their connections are ``query_only``); reading
goes on while the app writes. Opening to write also checks the device identity
(``evaltool.device``): a restored backup, a copied folder or a file behind what this
laptop already sent takes a new identity before anything is written.

Every failure of opening, backing up or upgrading ends in a ``DatabaseError`` whose
message names the folder (never a raw ``sqlite3`` error): a data folder whose path
is too long for SQLite, a backups folder that cannot be written, a full disk, a
database another program keeps locked (after the busy timeout).

Thread rule: one ``Database`` per process and folder; sessions are short-lived and used
on one thread each; one writer at a time (the folder lock between processes, the UI
runner inside the app, SQLite's lock with ``busy_timeout`` seconds underneath).
"""
from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Connection, Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from evaltool import (
    changelog,  # noqa: F401  (registers the flush hook)
    validate,  # noqa: F401  (registers the flush gate: no control characters, no NaN stored)
)
from evaltool import device as devices
from evaltool import lock as locks
from evaltool.backups import SQLITE_MAGIC, daily_due, readonly_uri, take_backup
from evaltool.changelog import Actor, Clock, start_clock
from evaltool.errors import DatabaseError
from evaltool.fsutil import make_private
from evaltool.i18n import translate
from evaltool.models import AppSetting, Evaluator
from evaltool.paths import DB_FILENAME, default_data_dir, migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config

# Seconds a connection waits for SQLite's lock held by another connection before the
# operation fails with a message. Between evaltool processes the folder lock decides
# first, so this is only reached against a foreign program (a database browser) or,
# inside the app, while another thread commits.
BUSY_TIMEOUT_S = 30.0
# SQLite refuses a database whose full path is longer than its VFS allows: 512 bytes on
# Linux and macOS, less the 8 of the "-journal" it appends (504 bytes, ~168 Chinese
# characters); 260 characters on Windows without long paths. Only used to word messages.
SQLITE_PATH_LIMIT_BYTES = 504
WINDOWS_PATH_LIMIT_CHARS = 260 - len("-journal")
# What the database layer can raise for reasons outside our code (the file, the folder,
# the disk, another process): each becomes a DatabaseError naming the folder.
_STORAGE_ERRORS = (SQLAlchemyError, sqlite3.Error, OSError)


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.attributes["connection"] = connection
    return cfg


# Alembic is imported only when a database has to be migrated (two thirds of the start-up
# imports of a command otherwise). Which revisions exist is read from the revision files'
# ``revision`` and ``down_revision`` assignments; whenever that reading is not plain (a
# file without them, an expression, not exactly one head and one base), Alembic decides.

_ASSIGNMENT = re.compile(r"^(revision|down_revision|branch_labels|depends_on)\s*(?::[^=]*)?=\s*(.*?)\s*$", re.M)
_LITERAL = re.compile(r"""^(None|'[^'\\]*'|"[^"\\]*")$""")


def _read_revisions() -> dict[str, str | None] | None:
    """{revision: down_revision} of the migrations folder, or None to ask Alembic."""
    graph: dict[str, str | None] = {}
    for path in sorted((migrations_dir() / "versions").glob("*.py")):
        if path.name == "__init__.py":
            continue
        if path.name.startswith(("_", ".")):
            return None
        try:
            source = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None
        values: dict[str, str | None] = {}
        for name, value in _ASSIGNMENT.findall(source):
            if name in values or not _LITERAL.match(value):
                return None
            values[name] = None if value == "None" else value[1:-1]
        rev, down = values.get("revision"), values.get("down_revision", "")
        if not rev or down == "" or rev in graph or values.get("branch_labels") or values.get("depends_on"):
            return None
        graph[rev] = down
    heads = set(graph) - set(graph.values())
    bases = [r for r, d in graph.items() if d is None]
    if len(heads) != 1 or len(bases) != 1 or any(d is not None and d not in graph for d in graph.values()):
        return None
    return graph


def head_revision() -> str:
    graph = _read_revisions()
    if graph is not None:
        return next(iter(set(graph) - set(graph.values())))
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def known_revisions() -> set[str]:
    graph = _read_revisions()
    if graph is not None:
        return set(graph)
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def _make_engine(path: Path, *, read_only: bool = False, busy_timeout: float = BUSY_TIMEOUT_S) -> Engine:
    # URL.create: the path is not parsed, so "#" or "%" in a folder name stay literal.
    engine = create_engine(URL.create("sqlite", database=str(path)),
                           connect_args={"timeout": busy_timeout, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        if read_only:  # a reader beside the app: any write fails at once ("attempt to write a readonly database")
            cur.execute("PRAGMA query_only=ON")
        else:
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    return engine


def _migration_engine(path: Path) -> Engine:
    """An engine for schema changes only, following SQLite's procedure for altering tables
    (https://sqlite.org/lang_altertable.html#otheralter):

    - foreign keys off: a batch migration copies a table, drops the original and renames
      the copy; with foreign keys on, dropping a table other rows refer to fails on every
      real database (a fresh, empty one would pass). ``_migrate`` runs
      ``PRAGMA foreign_key_check`` before committing instead.
    - one explicit transaction: Python's sqlite3 commits before each DDL statement on its
      own, which would leave a failed upgrade half-done; SQLite's DDL is transactional
      when we issue ``BEGIN`` ourselves.
    """
    engine = create_engine(URL.create("sqlite", database=str(path)), connect_args={"timeout": 30})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # no implicit transactions: BEGIN comes from _on_begin
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=OFF")  # only outside a transaction does this take effect
        cur.execute("PRAGMA journal_mode=WAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")  # the write lock now, not halfway through

    return engine


def _error_text(exc: BaseException) -> str:
    """The underlying error in plain words (SQLAlchemy wraps the driver's and adds a link)."""
    orig = getattr(exc, "orig", None)
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(orig if orig is not None else exc)


def _is_cantopen(exc: BaseException) -> bool:
    orig = getattr(exc, "orig", None) or exc
    code = getattr(orig, "sqlite_errorcode", None)
    return code is not None and code & 0xFF == sqlite3.SQLITE_CANTOPEN


def _too_long_for_sqlite(path: Path) -> bool:
    full = os.path.abspath(path)
    if os.name == "nt":
        return len(full) > WINDOWS_PATH_LIMIT_CHARS
    return len(os.fsencode(full)) > SQLITE_PATH_LIMIT_BYTES


def _too_long(path: Path) -> DatabaseError:
    return DatabaseError(translate("Errors", "The path of the data folder {folder} is too long for the database ({length} characters). Move the data to a folder with a shorter path, or choose one with --data-dir or EVALTOOL_DATA_DIR; the file was not changed.").format(folder=path.parent, length=len(str(path))))


def _cannot_open(path: Path, exc: BaseException) -> DatabaseError:
    if _is_cantopen(exc) and _too_long_for_sqlite(path):
        return _too_long(path)
    return DatabaseError(translate("Errors", "Cannot open the database in the folder {folder}: {error}. Check that you may create and change files in that folder, or choose another one with --data-dir; the file was not changed.").format(folder=path.parent, error=_error_text(exc)))


def locked_error(folder: Path, seconds: float) -> DatabaseError:
    return DatabaseError(translate("Errors", "The database in {folder} is locked by another program (waited {seconds:.0f} s). Close programs that have it open (a database viewer, another evaltool) and try again; nothing was changed.").format(
        folder=folder, seconds=seconds))


def _is_locked(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", None) or exc).lower()
    return "locked" in text or "busy" in text


def _check_existing_file(path: Path, busy_timeout: float = BUSY_TIMEOUT_S) -> str | None:
    """Return the file's Alembic revision (None if it has no tables yet) or raise."""
    try:
        with open(path, "rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise DatabaseError(translate("Errors", "Cannot read the database file {path}: {error}. Check that it exists and that you may read it.").format(path=path, error=exc.strerror or exc)) from exc
    if header and header != SQLITE_MAGIC:
        raise DatabaseError(translate("Errors", "{path} is not an evaltool database (not an SQLite file). Move it away or choose another data folder with --data-dir; the file was not changed.").format(path=path))
    if not header:
        return None
    try:
        con = sqlite3.connect(readonly_uri(path), uri=True, timeout=busy_timeout)
    except sqlite3.Error as exc:  # the path itself (too long, no access), not the contents
        raise _cannot_open(path, exc) from exc
    try:
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            rev = None
            if "alembic_version" in tables:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                rev = row[0] if row else None
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        if _is_cantopen(exc):
            raise _cannot_open(path, exc) from exc
        if isinstance(exc, sqlite3.OperationalError) and _is_locked(exc):
            raise locked_error(path.parent, busy_timeout) from exc
        raise DatabaseError(translate("Errors", "The database file {path} is damaged or unreadable ({error}). Restore a backup (File ▸ Backups…, or evaltool backups restore latest); the file was not changed.").format(path=path, error=exc)) from exc
    if tables and "alembic_version" not in tables:
        raise DatabaseError(translate("Errors", "{path} is an SQLite file of another program, not an evaltool database. Choose another data folder with --data-dir; the file was not changed.").format(path=path))
    if rev is not None and rev not in known_revisions():
        raise DatabaseError(translate("Errors", "The database {path} was written by a newer version of evaltool (schema {rev}). Install the newer evaltool to open it; the file was not changed.").format(path=path, rev=rev))
    return rev


def _upgrade_failed(path: Path, error: str) -> DatabaseError:
    return DatabaseError(translate("Errors", "Cannot upgrade the database in the folder {folder} to this version of evaltool: {error}. The database was left as it was. Please report this problem; meanwhile keep using the earlier version.").format(folder=path.parent, error=error))


def _migrate(path: Path, revision: str = "head") -> None:
    """Upgrade the file to ``revision`` in one transaction, or leave it as it was.

    Raises the storage error as it came (callers word it) or ``DatabaseError`` when the
    upgraded data would break a foreign key (a revision's bug; nothing is committed).
    """
    from alembic import command
    from alembic.util import CommandError

    engine = _migration_engine(path)
    try:
        with engine.begin() as conn:
            try:
                command.upgrade(alembic_config(conn), revision)
            except CommandError as exc:  # Alembic's refusal (a revision it cannot find or run)
                raise _upgrade_failed(path, _error_text(exc)) from exc
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                tables = sorted({str(r[0]) for r in broken})
                raise _upgrade_failed(path, f"{len(broken)} rows of {', '.join(tables)} refer to missing records")
    finally:
        engine.dispose()


class Database:
    """An open installation database plus this laptop's identity.

    ``read_only``: opened without the folder lock for a command that only reads; its
    connections refuse every write, and nothing of the identity is checked or written.
    ``identity_change``: the new identity taken when this file was opened, if one was.
    """

    def __init__(self, data_dir: Path, engine: Engine, *, lock: locks.DataLock | None = None,
                 read_only: bool = False, busy_timeout: float = BUSY_TIMEOUT_S) -> None:
        self.data_dir = data_dir
        self.busy_timeout = busy_timeout
        self.path = data_dir / DB_FILENAME
        self.engine = engine
        self.lock = lock
        self.read_only = read_only
        self.identity_change: devices.IdentityChange | None = None
        self._sessionmaker = sessionmaker(engine, expire_on_commit=False)
        self.clock = Clock()
        with self._sessionmaker() as s:
            self.device_id = self._setting(s, "device_id") or ("" if read_only else self._init_device(s))
            self.evaluator_id: str | None = self._setting(s, "evaluator_id")
            start_clock(s, self.clock)  # the latest change that is not from the future
        if not read_only:
            self._check_identity()

    # -- identity -------------------------------------------------------
    def _check_identity(self) -> None:
        """A new identity when this file needs one (``evaltool.device``), before any write."""
        with self._sessionmaker() as s:
            reason = devices.identity_problem(s, self.data_dir, self.device_id)
            if reason is not None:
                self.identity_change = devices.reset_identity(s, self.data_dir, reason)
                self.device_id = self.identity_change.new_device
            else:
                devices.remember(s, self.data_dir, self.device_id)
            s.commit()

    def new_identity(self, reason: str = "manual") -> devices.IdentityChange:
        """Give this installation a new device id now (``evaltool reset-device``); its
        history is kept. Sessions opened afterwards write with the new id."""
        with self._sessionmaker() as s:
            change = devices.reset_identity(s, self.data_dir, reason)
            s.commit()
        self.device_id = change.new_device
        self.identity_change = change
        return change

    # -- settings -------------------------------------------------------
    @staticmethod
    def _setting(s: Session, key: str) -> str | None:
        row = s.get(AppSetting, key)
        return row.value if row else None

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        with self._sessionmaker() as s:
            val = self._setting(s, key)
        return default if val is None else val

    def set_setting(self, key: str, value: str) -> None:
        with self._sessionmaker() as s:
            row = s.get(AppSetting, key)
            if row is None:
                s.add(AppSetting(key=key, value=value))
            else:
                row.value = value
            try:
                s.commit()
            except OperationalError as exc:
                raise self._storage_error(exc) from exc

    def _init_device(self, s: Session) -> str:
        device = devices.new_identity(s, self.data_dir)
        s.commit()
        return device

    @property
    def device_name(self) -> str:
        return self.get_setting("device_name", "") or ""

    # -- sessions -------------------------------------------------------
    def actor(self) -> Actor:
        return Actor(self.device_id, self.evaluator_id, self.clock)

    def new_session(self) -> Session:
        s = self._sessionmaker()
        s.info["actor"] = self.actor()
        s.info["db"] = self
        return s

    def _storage_error(self, exc: OperationalError) -> DatabaseError | OperationalError:
        """SQLite's "locked"/"read-only" in words naming the folder; anything else as it came."""
        text = str(getattr(exc, "orig", None) or exc).lower()
        if "readonly" in text or "read-only" in text:
            if not self.read_only:
                return DatabaseError(translate("Errors", "The database in {folder} cannot be written (a read-only file or disk). Copy the data folder to a place you may write to; nothing was changed.").format(folder=self.data_dir))
            holder = locks.holder(self.data_dir)
            if holder is not None:
                return locks.busy_error(self.data_dir, holder)
            return DatabaseError(translate("Errors", "This command may only read the database in {folder}; nothing was changed.").format(folder=self.data_dir))
        if _is_locked(exc):
            return locked_error(self.data_dir, self.busy_timeout)
        return exc

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commits once at the end, rolls back on any error."""
        s = self.new_session()
        try:
            yield s
            s.commit()
        except OperationalError as exc:
            s.rollback()
            err = self._storage_error(exc)
            if err is exc:
                raise
            raise err from exc
        except BaseException:
            s.rollback()
            raise
        finally:
            s.close()

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        s = self.new_session()
        try:
            yield s
        except OperationalError as exc:
            err = self._storage_error(exc)
            if err is exc:
                raise
            raise err from exc
        finally:
            s.close()  # ends the read transaction; loaded objects stay readable (detached)

    def current_evaluator(self) -> Evaluator | None:
        if not self.evaluator_id:
            return None
        with self.read_session() as s:
            ev = s.get(Evaluator, self.evaluator_id)
            if ev is not None:
                s.expunge(ev)
            return ev

    def set_current_evaluator(self, evaluator_id: str) -> None:
        self.set_setting("evaluator_id", evaluator_id)
        self.evaluator_id = evaluator_id

    def close(self) -> None:
        """Close the connections and let go of the folder lock (a second call does nothing)."""
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()


def _ensure_folder(data_dir: Path) -> None:
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(translate("Errors", "Cannot create the data folder {path}: {error}. Choose another folder with --data-dir.").format(path=data_dir, error=exc.strerror or exc)) from exc
    if not os.access(data_dir, os.W_OK | os.X_OK):
        raise DatabaseError(translate("Errors", "The data folder {path} is read-only. Choose a folder you may write to with --data-dir or EVALTOOL_DATA_DIR.").format(path=data_dir))


def _make_owner_only(data_dir: Path, path: Path, *, ours: bool) -> None:
    """Owner-only modes on POSIX: the database (created empty with 0600, so SQLite gives
    its -wal and -shm files the same mode) and its journal files; the data folder too when
    it is evaltool's own (a folder the user chose keeps its mode: only what we put in it
    is made private). Windows: the user profile's ACLs apply (``fsutil.make_private``)."""
    if ours:
        make_private(data_dir, folder=True)
    if os.name == "nt":
        return
    if not path.exists() and not _too_long_for_sqlite(path):  # (SQLite could not open it: create nothing)
        with contextlib.suppress(OSError):  # reported by the checks that follow, with the folder named
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        return
    for part in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if part.exists():
            make_private(part)


def _cannot_upgrade(path: Path, exc: BaseException) -> DatabaseError:
    if _is_cantopen(exc):  # a new database whose path SQLite cannot open
        return _cannot_open(path, exc)
    return _upgrade_failed(path, _error_text(exc))


def _file_revision(path: Path, busy_timeout: float) -> tuple[bool, str | None]:
    """(has data, Alembic revision) of the database file, or raise ``DatabaseError``."""
    try:
        exists = path.exists()
        if exists and not os.access(path, os.R_OK | os.W_OK):
            raise DatabaseError(translate("Errors", "The database file {path} is read-only. Give yourself write permission or copy it to a folder you may write to; the file was not changed.").format(path=path))
        rev = _check_existing_file(path, busy_timeout) if exists else None
        return exists and path.stat().st_size > 0, rev
    except OSError as exc:
        raise _cannot_open(path, exc) from exc


def open_database(data_dir: Path | str | None = None, *, backup: str = "upgrade", access: str = "write",
                  program: str = "evaltool", busy_timeout: float = BUSY_TIMEOUT_S,
                  now: datetime | None = None) -> Database:
    """Open (creating or upgrading as needed) the database in ``data_dir``.

    ``access``: "write" takes the data folder's lock for ``program`` (``DataFolderBusyError``
    naming the holder when another process has it); "read" opens without it, read-only,
    for a command that only reads, and takes the lock only if the file must first be
    created or upgraded. ``backup``: "upgrade" (only before a migration), "daily" (also
    the first open of a day; the command line) or "never". ``busy_timeout``: seconds to
    wait for SQLite's lock before failing with a message. Raises ``DatabaseError``
    (naming the folder) for every reason the database cannot be opened, backed up or
    upgraded.
    """
    if backup not in ("upgrade", "daily", "never") or access not in ("write", "read"):
        raise ValueError(f"backup={backup!r}, access={access!r}")
    data_dir = Path(data_dir) if data_dir else default_data_dir()
    path = data_dir / DB_FILENAME
    if _too_long_for_sqlite(path):  # refused before anything (the lock file too) is made there
        raise _too_long(path)
    head = head_revision()
    if access == "read" and path.is_file():
        has_data, rev = _file_revision(path, busy_timeout)
        if has_data and rev == head:
            engine = _make_engine(path, read_only=True, busy_timeout=busy_timeout)
            try:
                return Database(data_dir, engine, read_only=True, busy_timeout=busy_timeout)
            except _STORAGE_ERRORS as exc:
                engine.dispose()
                raise _cannot_open(path, exc) from exc
    ours = not data_dir.exists() or data_dir == default_data_dir()
    _ensure_folder(data_dir)
    lock = locks.acquire(data_dir, program)
    try:
        _make_owner_only(data_dir, path, ours=ours)
        has_data, rev = _file_revision(path, busy_timeout)
        if has_data and rev != head and backup != "never":
            take_backup(path, "upgrade", now=now)
        if rev != head:
            try:
                _migrate(path)
            except _STORAGE_ERRORS as exc:
                raise _cannot_upgrade(path, exc) from exc
        if has_data and backup == "daily" and daily_due(path, now):
            take_backup(path, "daily", now=now)
        engine = _make_engine(path, busy_timeout=busy_timeout)
        try:
            return Database(data_dir, engine, lock=lock, busy_timeout=busy_timeout)
        except _STORAGE_ERRORS as exc:
            engine.dispose()
            raise _cannot_open(path, exc) from exc
    except BaseException:
        lock.release()
        raise


def upgrade_to(path: Path, revision: str) -> None:
    """Migrate a database file to ``revision`` (tests build old databases with it and walk
    released databases through each revision). Raises ``DatabaseError`` like ``open_database``."""
    try:
        _migrate(path, revision)
    except _STORAGE_ERRORS as exc:
        raise _cannot_upgrade(path, exc) from exc
