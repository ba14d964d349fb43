"""Opening the installation's database: checks, backup, migration, sessions.

One SQLite file per installation (``evaltool.sqlite`` in the data folder), WAL
journal, foreign keys on. ``open_database`` refuses, without touching the file, a
file that is not SQLite, a SQLite file that is not ours, a database written by a
newer evaltool, and a read-only file or folder. Before migrating it copies the file
to ``backups/`` (keeping the last ``KEEP_BACKUPS``).

Thread rule: one ``Database`` per process; sessions are short-lived and used on one
thread each; there is one writer at a time (SQLite's lock, 30 s busy timeout).
"""
from __future__ import annotations

import os
import socket
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import URL, Engine
from sqlalchemy.orm import Session, sessionmaker

from evaltool import changelog  # noqa: F401  (registers the flush hook)
from evaltool.changelog import Actor, Clock
from evaltool.errors import DatabaseError
from evaltool.i18n import translate
from evaltool.models import AppSetting, ChangeRecord, Evaluator
from evaltool.paths import DB_FILENAME, default_data_dir, migrations_dir

KEEP_BACKUPS = 5
SQLITE_MAGIC = b"SQLite format 3\x00"


def alembic_config(connection=None, include_tables=None) -> Config:  # noqa: ANN001
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.attributes["connection"] = connection
    cfg.attributes["include_tables"] = include_tables
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def known_revisions() -> set[str]:
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
    def _on_connect(dbapi_conn, _record):  # noqa: ANN001
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    return engine


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
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            rev = None
            if "alembic_version" in tables:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                rev = row[0] if row else None
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(translate("Errors", "The database file {path} is damaged or unreadable ({error}). Restore a copy from the backups folder beside it; the file was not changed.").format(path=path, error=exc)) from exc
    if tables and "alembic_version" not in tables:
        raise DatabaseError(translate("Errors", "{path} is an SQLite file of another program, not an evaltool database. Choose another data folder with --data-dir; the file was not changed.").format(path=path))
    if rev is not None and rev not in known_revisions():
        raise DatabaseError(translate("Errors", "The database {path} was written by a newer version of evaltool (schema {rev}). Install the newer evaltool to open it; the file was not changed.").format(path=path, rev=rev))
    return rev


def backup_database(path: Path, keep: int = KEEP_BACKUPS) -> Path:
    """Consistent copy (SQLite backup API) to ``backups/``; prunes old copies."""
    folder = path.parent / "backups"
    folder.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{stamp}.sqlite"
    src = sqlite3.connect(_ro_uri(path), uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    copies = sorted(folder.glob(f"{path.stem}-*.sqlite"))
    for old in copies[:-keep] if keep > 0 else []:
        old.unlink(missing_ok=True)
    return target


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
            last = s.scalar(select(ChangeRecord.hlc).order_by(ChangeRecord.hlc.desc()).limit(1))
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


def open_database(data_dir: Path | str | None = None, *, backup: str = "upgrade") -> Database:
    """Open (creating or upgrading as needed) the database in ``data_dir``.

    ``backup``: "always" (the app, at each start), "upgrade" (only before a
    migration; the CLI) or "never".
    """
    data_dir = Path(data_dir) if data_dir else default_data_dir()
    _ensure_folder(data_dir)
    path = data_dir / DB_FILENAME
    rev = None
    if path.exists():
        if not os.access(path, os.R_OK | os.W_OK):
            raise DatabaseError(translate("Errors", "The database file {path} is read-only. Give yourself write permission or copy it to a folder you may write to; the file was not changed.").format(path=path))
        rev = _check_existing_file(path)
        if path.stat().st_size > 0 and (backup == "always" or (backup == "upgrade" and rev != head_revision())):
            backup_database(path)
    engine = _make_engine(path)
    try:
        with engine.begin() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
            if current != head_revision():
                command.upgrade(alembic_config(conn), "head")
    except Exception as exc:
        engine.dispose()
        if isinstance(exc, DatabaseError):
            raise
        raise DatabaseError(translate("Errors", "Cannot open or upgrade the database {path}: {error}").format(path=path, error=exc)) from exc
    return Database(data_dir, engine)


def upgrade_to(path: Path, revision: str) -> None:
    """Migrate a database file to ``revision`` (tests build old databases with it)."""
    engine = _make_engine(path)
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), revision)
    finally:
        engine.dispose()
