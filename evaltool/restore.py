"""Restoring a backup safely: the chosen copy checked, the current file kept aside, a new identity.

Two steps, so the app can do the slow one while its database is still open:

1. ``prepare_restore`` (a worker may run it while the database is in use): the chosen
   backup is copied to a temporary file in the data folder (``.rsXXXXXXXX``); the copy
   must be complete, pass ``PRAGMA integrity_check``, be an evaltool database and not come
   from a newer evaltool; it is then marked to take a new device identity when next
   opened (``evaltool.device``: its change numbers restart below numbers peers already
   hold, which they would refuse).
2. ``finish_restore`` (the database closed, the folder's lock held): the current file is
   kept aside as a backup of kind ``before-restore`` (never overwritten: a new name; a
   damaged file is copied byte for byte, its WAL too), its WAL folded in, and the
   prepared copy renamed over it in one step. At every moment ``evaltool.sqlite`` is
   either the old file or the restored one, never missing or half-written; a process
   killed half-way leaves a ``.rs`` file the start-up cleanup removes.

Evidence files are not part of the database and stay as they are (the cleanup never
removes a file a kept backup names, so restoring any of them finds its files).

Thread rule: plain functions over files; the caller holds the data folder's lock.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import stat
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from evaltool.backups import (
    BackupInfo,
    backup_folder,
    file_status,
    integrity_problem,
    list_backups,
    prune_backups,
    readonly_uri,
    status_label,
    take_backup,
)
from evaltool.cleanup import RESTORE_PREFIX
from evaltool.db import known_revisions
from evaltool.device import mark_pending
from evaltool.errors import Cancelled, DatabaseError, NotFoundError
from evaltool.fsutil import fsync_path
from evaltool.i18n import translate
from evaltool.lock import DataLock, acquire
from evaltool.paths import DB_FILENAME

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


@dataclass(frozen=True)
class PreparedRestore:
    """A checked copy of a backup waiting beside the database (``temp``)."""

    data_dir: Path
    source: Path
    temp: Path

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self.temp.unlink(missing_ok=True)


@dataclass(frozen=True)
class RestoreResult:
    data_dir: Path
    restored_from: Path
    kept_aside: Path | None

    def as_json(self) -> dict[str, object]:
        return {"data_dir": str(self.data_dir), "restored_from": str(self.restored_from),
                "kept_aside": str(self.kept_aside) if self.kept_aside else None}


def find_backup(data_dir: Path, ref: str) -> Path:
    """A backup by name (or a unique part of it) in ``backups/``, "latest" (the newest
    good one), or the path of a database file elsewhere (e.g. copied from a USB stick)."""
    data_dir = Path(data_dir)
    backups = list_backups(data_dir / DB_FILENAME)
    ref = (ref or "").strip()
    if ref == "latest":
        good = [b for b in backups if b.good]
        if not good:
            raise NotFoundError(translate("Errors", "There is no complete backup in {folder}.").format(folder=backup_folder(data_dir / DB_FILENAME)))
        return good[0].path
    exact = [b for b in backups if b.name == ref]
    hits = exact or [b for b in backups if ref and ref in b.name]
    if len(hits) == 1:
        return hits[0].path
    if len(hits) > 1:
        raise NotFoundError(translate("Errors", "Several backups match “{ref}”: {names}. Give the whole name.").format(
            ref=ref, names=", ".join(b.name for b in hits[:5])))
    path = Path(ref).expanduser()
    if path.is_file():
        return path
    raise NotFoundError(translate("Errors", "No backup “{ref}” in {folder} (see “evaltool backups list”).").format(
        ref=ref, folder=backup_folder(data_dir / DB_FILENAME)))


def _refuse(source: Path, con: sqlite3.Connection) -> None:
    """Refuse, naming ``source``, a copy (open as ``con``) that is damaged, not ours or
    newer than us."""
    try:
        problem = integrity_problem(con)
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        row = con.execute("SELECT version_num FROM alembic_version").fetchone() if "alembic_version" in tables else None
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(translate("Errors", "{path} cannot be restored: it cannot be read ({error}). Choose another backup; nothing was changed.").format(
            path=source, error=exc)) from exc
    if problem is not None:
        raise DatabaseError(translate("Errors", "{path} cannot be restored: it failed its integrity check ({problem}). Choose another backup; nothing was changed.").format(
            path=source, problem=problem))
    if row is None or "app_settings" not in tables:
        raise DatabaseError(translate("Errors", "{path} cannot be restored: it is not an evaltool database. Choose another backup; nothing was changed.").format(path=source))
    if row[0] not in known_revisions():
        raise DatabaseError(translate("Errors", "{path} cannot be restored: it was written by a newer version of evaltool (schema {rev}). Install the newer evaltool first; nothing was changed.").format(
            path=source, rev=row[0]))


def _step(progress: Progress | None, cancelled: CancelCheck | None, done: int) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled(translate("Errors", "Cancelled; nothing was restored."))
    if progress is not None:
        progress(done, 3)


def _copy(source: Path, tmp: Path, ours: bool) -> None:
    """Our backups are closed single files: copied byte for byte (SQLite never opens their
    longer names, which may pass its path limit in a deep data folder). A database file
    from elsewhere may have a WAL beside it: copied with SQLite's backup API."""
    if ours:
        shutil.copyfile(source, tmp)
        return
    src = sqlite3.connect(readonly_uri(source), uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            dst.execute("PRAGMA synchronous=OFF")  # fsynced whole later; never used if interrupted
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def prepare_restore(data_dir: Path | str, ref: str, progress: Progress | None = None,
                    cancelled: CancelCheck | None = None) -> PreparedRestore:
    """Step 1 (see the module docstring): the copy is made under a short name in the data
    folder and checked there. Raises ``DatabaseError``/``NotFoundError`` naming the backup,
    ``Cancelled``; leaves nothing behind then."""
    data_dir = Path(data_dir)
    source = find_backup(data_dir, ref)
    status = file_status(source)
    if status != "ok":
        raise DatabaseError(translate("Errors", "{path} cannot be restored: it is {status}. Choose another backup; nothing was changed.").format(
            path=source, status=status_label(status)))
    _step(progress, cancelled, 0)
    tmp: Path | None = None
    try:
        fd, name = tempfile.mkstemp(prefix=RESTORE_PREFIX, dir=data_dir)
        os.close(fd)
        tmp = Path(name)
        _copy(source, tmp, source.parent == backup_folder(data_dir / DB_FILENAME))
        _step(progress, cancelled, 1)
        con = sqlite3.connect(tmp)
        try:
            _refuse(source, con)
            _step(progress, cancelled, 2)
            mark_pending(con, "restore")
            con.commit()
            con.execute("PRAGMA journal_mode=DELETE")  # one file until the app opens it
        finally:
            con.close()
        fsync_path(tmp)
        _step(progress, cancelled, 3)
    except (OSError, sqlite3.Error) as exc:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        raise DatabaseError(translate("Errors", "Cannot prepare the restore of {path} in {folder}: {error}. Nothing was changed.").format(
            path=source, folder=data_dir, error=getattr(exc, "strerror", None) or exc)) from exc
    except BaseException:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        raise
    return PreparedRestore(data_dir, source, tmp)


def _keep_aside(db_path: Path) -> Path | None:
    """The current file as a ``before-restore`` backup: a consistent copy, or, when SQLite
    cannot read it (damaged), its bytes and its WAL's as they are."""
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return None
    try:
        return take_backup(db_path, "before-restore", prune=False, verify=False).path
    except DatabaseError:
        pass
    folder = backup_folder(db_path)
    folder.mkdir(exist_ok=True)
    target = folder / f"{db_path.stem}-{datetime.now().strftime('%Y%m%d-%H%M%S-%f')}-before-restore.sqlite"
    for src, dst in ((Path(f"{db_path}-wal"), Path(f"{target}-wal")), (db_path, target)):
        if src.is_file():
            fd, name = tempfile.mkstemp(prefix=RESTORE_PREFIX, dir=db_path.parent)
            os.close(fd)
            try:
                shutil.copyfile(src, name)
                fsync_path(Path(name))
                os.replace(name, dst)
            finally:
                Path(name).unlink(missing_ok=True)
    fsync_path(folder, folder=True)
    return target


def _fold_wal(db_path: Path) -> None:
    """Bring what the WAL holds into the file and end WAL mode, so the file can be
    replaced without a WAL of the old file being applied to the new one."""
    if not db_path.is_file():
        return
    try:
        con = sqlite3.connect(db_path, timeout=2)
        try:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            mode = con.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        finally:
            con.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            mode = "wal"
        else:
            mode = "damaged"
    except sqlite3.DatabaseError:
        mode = "damaged"  # kept aside byte for byte; its WAL cannot be read anyway
    if mode == "wal":
        raise DatabaseError(translate("Errors", "Another program still has the database in {folder} open. Close every other evaltool window and command, then restore again; nothing was changed.").format(folder=db_path.parent))
    for extra in (Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
        extra.unlink(missing_ok=True)


def finish_restore(prepared: PreparedRestore, lock: DataLock) -> RestoreResult:
    """Step 2 (see the module docstring): no ``Database`` of this folder may be open."""
    if not lock.covers(prepared.data_dir):
        raise RuntimeError("finish_restore needs the data folder's lock")
    db_path = prepared.data_dir / DB_FILENAME
    try:
        aside = _keep_aside(db_path)
        _fold_wal(db_path)
        with contextlib.suppress(OSError):  # the restored file keeps the permissions the database had
            os.chmod(prepared.temp, stat.S_IMODE(db_path.stat().st_mode))
        os.replace(prepared.temp, db_path)
        fsync_path(prepared.data_dir, folder=True)
    except OSError as exc:
        prepared.discard()
        raise DatabaseError(translate("Errors", "Cannot restore into {folder}: {error}. The database was left as it was.").format(
            folder=prepared.data_dir, error=exc.strerror or exc)) from exc
    except BaseException:
        prepared.discard()
        raise
    prune_backups(db_path)
    return RestoreResult(prepared.data_dir, prepared.source, aside)


def restore_backup(data_dir: Path | str, ref: str, *, program: str = "evaltool restore",
                   progress: Progress | None = None, cancelled: CancelCheck | None = None) -> RestoreResult:
    """Both steps with the folder's lock (the command line; nothing may have the folder open)."""
    data_dir = Path(data_dir)
    with acquire(data_dir, program) as lock:
        prepared = prepare_restore(data_dir, ref, progress, cancelled)
        return finish_restore(prepared, lock)


def backups_of(data_dir: Path | str) -> list[BackupInfo]:
    return list_backups(Path(data_dir) / DB_FILENAME)
