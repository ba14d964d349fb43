"""Opening the installation's database: checks, backup, migration, sessions.

One SQLite file per installation (``evaltool.sqlite`` in the data folder), WAL
journal, foreign keys on. ``open_database`` refuses, without touching the file, a
file that is not SQLite, a SQLite file that is not ours, a database written by a
newer evaltool, and a read-only file or folder. Before migrating it copies the file
to ``backups/`` (keeping the last ``KEEP_BACKUPS``); a migration runs in one
transaction, so a failed upgrade leaves the file as it was.

Every failure of opening, backing up or upgrading ends in a ``DatabaseError`` whose
message names the folder (never a raw ``sqlite3`` error): a data folder whose path
is too long for SQLite, a backups folder that cannot be written, a full disk.

Thread rule: one ``Database`` per process; sessions are short-lived and used on one
thread each; there is one writer at a time (SQLite's lock, 30 s busy timeout).
"""
from __future__ import annotations

import contextlib
import os
import re
import socket
import sqlite3
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from sqlalchemy import create_engine, event, func, select
from sqlalchemy.engine import URL, Connection, Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from evaltool import changelog  # noqa: F401  (registers the flush hook)
from evaltool.changelog import Actor, Clock, log_devices
from evaltool.errors import DatabaseError
from evaltool.i18n import translate
from evaltool.models import AppSetting, ChangeRecord, Evaluator
from evaltool.paths import DB_FILENAME, default_data_dir, migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config

KEEP_BACKUPS = 5
SQLITE_MAGIC = b"SQLite format 3\x00"
# SQLite refuses a database whose full path is longer than its VFS allows: 512 bytes on
# Linux and macOS, less the 8 of the "-journal" it appends (504 bytes, ~168 Chinese
# characters); 260 characters on Windows without long paths. Only used to word messages.
SQLITE_PATH_LIMIT_BYTES = 504
WINDOWS_PATH_LIMIT_CHARS = 260 - len("-journal")
# What the database layer can raise for reasons outside our code (the file, the folder,
# the disk, another process): each becomes a DatabaseError naming the folder. (Alembic's
# own CommandError is worded in ``_migrate``, the only place Alembic runs.)
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


def _ro_uri(path: Path) -> str:
    """A read-only SQLite URI for ``path``, percent-encoded so ``#``, ``?``, ``%`` and
    non-ASCII folder names survive; ``file:///C:/…`` and ``file:////server/share/…`` on Windows."""
    posix = Path(path).resolve().as_posix()
    return "file://" + quote(posix if posix.startswith("/") else "/" + posix, safe="/:") + "?mode=ro"


def _make_engine(path: Path) -> Engine:
    # URL.create: the path is not parsed, so "#" or "%" in a folder name stay literal.
    engine = create_engine(URL.create("sqlite", database=str(path)), connect_args={"timeout": 30, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
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


def _cannot_open(path: Path, exc: BaseException) -> DatabaseError:
    if _is_cantopen(exc) and _too_long_for_sqlite(path):
        return DatabaseError(translate("Errors", "The path of the data folder {folder} is too long for the database ({length} characters). Move the data to a folder with a shorter path, or choose one with --data-dir or EVALTOOL_DATA_DIR; the file was not changed.").format(folder=path.parent, length=len(str(path))))
    return DatabaseError(translate("Errors", "Cannot open the database in the folder {folder}: {error}. Check that you may create and change files in that folder, or choose another one with --data-dir; the file was not changed.").format(folder=path.parent, error=_error_text(exc)))


def _check_existing_file(path: Path) -> str | None:
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
        con = sqlite3.connect(_ro_uri(path), uri=True)
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
        raise DatabaseError(translate("Errors", "The database file {path} is damaged or unreadable ({error}). Restore a copy from the backups folder beside it; the file was not changed.").format(path=path, error=exc)) from exc
    if tables and "alembic_version" not in tables:
        raise DatabaseError(translate("Errors", "{path} is an SQLite file of another program, not an evaltool database. Choose another data folder with --data-dir; the file was not changed.").format(path=path))
    if rev is not None and rev not in known_revisions():
        raise DatabaseError(translate("Errors", "The database {path} was written by a newer version of evaltool (schema {rev}). Install the newer evaltool to open it; the file was not changed.").format(path=path, rev=rev))
    return rev


def backup_database(path: Path, keep: int = KEEP_BACKUPS) -> Path:
    """A consistent copy (SQLite's backup API) in ``backups/`` beside the database, named
    ``<stem>-<date>-<time>.sqlite``; prunes all but the last ``keep``. Returns the copy.

    The copy is written under a short temporary name in the data folder (no longer than
    the database's own, so SQLite can open it wherever it can open the database) and then
    renamed into ``backups/``, whose longer names SQLite might refuse. Raises
    ``DatabaseError`` naming the backups folder when the copy cannot be made; the database
    itself is only read.
    """
    folder = path.parent / "backups"
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{stamp}.sqlite"
    tmp: Path | None = None
    try:
        folder.mkdir(exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".bk", dir=path.parent)  # ".bkXXXXXXXX"
        os.close(fd)
        tmp = Path(name)
        src = sqlite3.connect(_ro_uri(path), uri=True)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        os.replace(tmp, target)
        tmp = None
    except (OSError, sqlite3.Error) as exc:
        raise DatabaseError(translate("Errors", "Cannot make a backup copy of the database in the folder {folder}: {error}. The database was not changed. Check that the folder can be written and the disk has space, or choose another data folder with --data-dir.").format(folder=folder, error=_error_text(exc))) from exc
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
    copies = sorted(folder.glob(f"{path.stem}-*.sqlite"))
    for old in copies[:-keep] if keep > 0 else []:
        with contextlib.suppress(OSError):  # an old copy held open (antivirus, a viewer): pruned next time
            old.unlink(missing_ok=True)
    return target


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


#: How many of a device's newest changes (by seq) are searched for its newest HLC.
HLC_WINDOW = 1000


def _latest_hlc(s: Session) -> str | None:
    """The newest HLC in the change log, read through ``ix_change_log_device_seq`` instead
    of sorting the whole log (1.3 M rows in a large project: 0.9 s at every start).

    A device's clock never goes back and its writes are serialised by SQLite, so its newest
    HLC is among its last changes by ``seq``; the window is generous for a clock observed
    mid-session.
    """
    newest: str | None = None
    for device in log_devices(s):
        recent = (select(ChangeRecord.hlc).where(ChangeRecord.device_id == device)
                  .order_by(ChangeRecord.seq.desc()).limit(HLC_WINDOW).subquery())
        hlc = s.scalar(select(func.max(recent.c.hlc)))
        if hlc is not None and (newest is None or hlc > newest):
            newest = hlc
    return newest


class Database:
    """An open installation database plus this laptop's identity."""

    def __init__(self, data_dir: Path, engine: Engine) -> None:
        self.data_dir = data_dir
        self.path = data_dir / DB_FILENAME
        self.engine = engine
        self._sessionmaker = sessionmaker(engine, expire_on_commit=False)
        self.clock = Clock()
        with self._sessionmaker() as s:
            self.device_id = self._setting(s, "device_id") or self._init_device(s)
            self.evaluator_id: str | None = self._setting(s, "evaluator_id")
            last = _latest_hlc(s)
            if last:
                self.clock.observe(last)

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
            s.commit()

    def _init_device(self, s: Session) -> str:
        device = str(uuid.uuid4())
        s.add(AppSetting(key="device_id", value=device))
        s.add(AppSetting(key="device_name", value=socket.gethostname() or "laptop"))
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

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commits once at the end, rolls back on any error."""
        s = self.new_session()
        try:
            yield s
            s.commit()
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
        self.engine.dispose()


def _ensure_folder(data_dir: Path) -> None:
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(translate("Errors", "Cannot create the data folder {path}: {error}. Choose another folder with --data-dir.").format(path=data_dir, error=exc.strerror or exc)) from exc
    if not os.access(data_dir, os.W_OK | os.X_OK):
        raise DatabaseError(translate("Errors", "The data folder {path} is read-only. Choose a folder you may write to with --data-dir or EVALTOOL_DATA_DIR.").format(path=data_dir))


def _cannot_upgrade(path: Path, exc: BaseException) -> DatabaseError:
    if _is_cantopen(exc):  # a new database whose path SQLite cannot open
        return _cannot_open(path, exc)
    return _upgrade_failed(path, _error_text(exc))


def open_database(data_dir: Path | str | None = None, *, backup: str = "upgrade") -> Database:
    """Open (creating or upgrading as needed) the database in ``data_dir``.

    ``backup``: "always" (the app, at each start), "upgrade" (only before a
    migration; the CLI) or "never". Raises ``DatabaseError`` (naming the folder) for
    every reason the database cannot be opened, backed up or upgraded.
    """
    data_dir = Path(data_dir) if data_dir else default_data_dir()
    _ensure_folder(data_dir)
    path = data_dir / DB_FILENAME
    head = head_revision()
    rev = None
    try:
        exists = path.exists()
        if exists and not os.access(path, os.R_OK | os.W_OK):
            raise DatabaseError(translate("Errors", "The database file {path} is read-only. Give yourself write permission or copy it to a folder you may write to; the file was not changed.").format(path=path))
        if exists:
            rev = _check_existing_file(path)
        has_data = exists and path.stat().st_size > 0
    except OSError as exc:
        raise _cannot_open(path, exc) from exc
    if has_data and (backup == "always" or (backup == "upgrade" and rev != head)):
        backup_database(path)
    if rev != head:
        try:
            _migrate(path)
        except _STORAGE_ERRORS as exc:
            raise _cannot_upgrade(path, exc) from exc
    engine = _make_engine(path)
    try:
        return Database(data_dir, engine)
    except _STORAGE_ERRORS as exc:
        engine.dispose()
        raise _cannot_open(path, exc) from exc


def upgrade_to(path: Path, revision: str) -> None:
    """Migrate a database file to ``revision`` (tests build old databases with it and walk
    released databases through each revision). Raises ``DatabaseError`` like ``open_database``."""
    try:
        _migrate(path, revision)
    except _STORAGE_ERRORS as exc:
        raise _cannot_upgrade(path, exc) from exc
