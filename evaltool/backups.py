"""Backups of the database: never empty or partial, checked, kept by policy.

A backup is a consistent copy made with SQLite's backup API (it includes what is still
in the WAL file) under a short temporary name in the data folder (``.bkXXXXXXXX``, no
longer than the database's own name, so SQLite opens it wherever it opens the
database), checked with ``PRAGMA integrity_check``, fsynced, and only then renamed into
``backups/`` as ``evaltool-YYYYMMDD-HHMMSS-ffffff-<kind>.sqlite``. A process killed at
any moment leaves either no new backup or a whole, checked one; the temporary file it
leaves is removed by the start-up cleanup (``evaltool.cleanup``). So every file in
``backups/`` with our name passed the check when it was made; files of older versions
(written in place, possibly empty) are judged by their header and never counted as
good.

Kinds: ``daily`` (the first start of a day, in the background), ``import`` (before an
import in the app: score sheets, surveys, packages), ``merge`` (before a sync package
or archive is merged, from the command line), ``upgrade`` (before a schema upgrade),
``manual`` (``evaltool backups create``, "Back up now"), ``before-restore`` (the file a
restore replaced), ``older`` (named by an earlier evaltool, kind unknown).

Policy (``plan_prune``), applied after every new backup:

- the newest good backup is never removed, whatever its age or size;
- daily copies: the newest of each day for the last ``DAILY_KEEP_DAYS`` (7) days;
- copies before an import, merge or by hand: all of the last ``EVENT_KEEP_DAYS`` (7) days;
- copies before an upgrade or a restore: all of the last ``RARE_KEEP_DAYS`` (30) days;
- then, while all kept copies together exceed ``MAX_TOTAL_BYTES`` (2 GiB), the oldest
  go (still never the newest good one);
- files with our name that are empty, not SQLite or shorter than their header says
  are removed (they are no backup).

Files in ``backups/`` with other names are the user's and are never touched.

Thread rule: plain functions over files; safe on a worker thread. The caller holds the
data folder's lock (``evaltool.lock``), so no other evaltool prunes meanwhile.
"""
from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

from evaltool.errors import Cancelled, DatabaseError
from evaltool.fsutil import fsync_path, private_dir
from evaltool.i18n import translate

BACKUP_DIR = "backups"
SQLITE_MAGIC = b"SQLite format 3\x00"
TEMP_PREFIX = ".bk"
KINDS = ("daily", "import", "merge", "upgrade", "manual", "before-restore", "older")
DAILY_KEEP_DAYS = 7
EVENT_KEEP_DAYS = 7
RARE_KEEP_DAYS = 30
MAX_TOTAL_BYTES = 2 * 1024 ** 3
SPACE_MARGIN = 16 * 1024 * 1024  # bytes left free on the disk beyond the copy itself
_NAME_RE = re.compile(r"^(?P<stem>.+?)-(?P<stamp>\d{8}-\d{6}-\d{6})(?:-(?P<kind>[a-z]+(?:-[a-z]+)*))?\.sqlite$")

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


def readonly_uri(path: Path) -> str:
    """A read-only SQLite URI for ``path``, percent-encoded so ``#``, ``?``, ``%`` and
    non-ASCII folder names survive; ``file:///C:/…`` and ``file:////server/share/…`` on Windows."""
    posix = Path(path).resolve().as_posix()
    return "file://" + quote(posix if posix.startswith("/") else "/" + posix, safe="/:") + "?mode=ro"


def _error_text(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)


@dataclass(frozen=True)
class BackupInfo:
    """One file in ``backups/``. ``taken`` is local time; ``status`` is "ok" (complete by
    its header; checked when it was made), "empty", "not_sqlite" or "incomplete"."""

    path: Path
    kind: str
    taken: datetime
    size: int
    status: str

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def good(self) -> bool:
        return self.status == "ok"

    def as_json(self) -> dict[str, object]:
        return {"name": self.name, "path": str(self.path), "kind": self.kind,
                "taken": self.taken.isoformat(timespec="seconds"), "size": self.size, "status": self.status}


def kind_label(kind: str) -> str:
    """The kind of a backup in words, in the current language."""
    labels = {
        "daily": translate("Backups", "Daily copy"),
        "import": translate("Backups", "Before an import"),
        "merge": translate("Backups", "Before a merge"),
        "upgrade": translate("Backups", "Before an upgrade"),
        "manual": translate("Backups", "Made by hand"),
        "before-restore": translate("Backups", "Replaced by a restore"),
        "older": translate("Backups", "Older copy"),
    }
    return labels.get(kind, kind)


def status_label(status: str) -> str:
    labels = {
        "ok": translate("Backups", "complete"),
        "empty": translate("Backups", "empty (not a backup)"),
        "not_sqlite": translate("Backups", "not a database (not a backup)"),
        "incomplete": translate("Backups", "incomplete (not a backup)"),
    }
    return labels.get(status, status)


def backup_folder(db_path: Path) -> Path:
    return Path(db_path).parent / BACKUP_DIR


def file_status(path: Path) -> str:
    """Cheap check of a copy from its header: empty, not SQLite, or shorter than the
    page count the header records (a copy cut off while it was written)."""
    try:
        size = path.stat().st_size
        if size == 0:
            return "empty"
        with open(path, "rb") as fh:
            header = fh.read(100)
    except OSError:
        return "incomplete"
    if len(header) < 100 or header[:16] != SQLITE_MAGIC:
        return "not_sqlite"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # the in-header page count is valid only when the change counter matches (SQLite ≥ 3.7)
    if header[92:96] == header[24:28] and pages and size < page_size * pages:
        return "incomplete"
    return "ok"


def integrity_problem(con: sqlite3.Connection) -> str | None:
    """None when ``PRAGMA integrity_check`` finds the database sound, else its first lines."""
    rows = [str(r[0]) for r in con.execute("PRAGMA integrity_check").fetchmany(5)]
    return None if rows == ["ok"] else "; ".join(rows)


def _parse(path: Path, stem: str) -> BackupInfo | None:
    m = _NAME_RE.match(path.name)
    if m is None or m["stem"] != stem:
        return None
    try:
        taken = datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S-%f")
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(path, m["kind"] or "older", taken, size, file_status(path))


def list_backups(db_path: Path) -> list[BackupInfo]:
    """Every file in ``backups/`` named as our copies are (good or not), newest first."""
    folder = backup_folder(db_path)
    if not folder.is_dir():
        return []
    out = [info for p in folder.iterdir() if p.is_file() and (info := _parse(p, Path(db_path).stem)) is not None]
    return sorted(out, key=lambda i: (i.taken, i.name), reverse=True)


def daily_due(db_path: Path, now: datetime | None = None) -> bool:
    """True when no good backup was taken today (local date): the daily copy is due."""
    today = (now or datetime.now()).date()
    return not any(i.good and i.taken.date() == today for i in list_backups(db_path))


def _cannot(folder: Path, error: str) -> DatabaseError:
    return DatabaseError(translate("Errors", "Cannot make a backup copy of the database in the folder {folder}: {error}. The database was not changed. Check that the folder can be written and the disk has space, or choose another data folder with --data-dir.").format(folder=folder, error=error))


def _target(folder: Path, stem: str, kind: str, now: datetime) -> Path:
    while True:
        target = folder / f"{stem}-{now.strftime('%Y%m%d-%H%M%S-%f')}-{kind}.sqlite"
        if not target.exists():
            return target
        now += timedelta(microseconds=1)


def _check_space(db_path: Path, folder: Path) -> None:
    needed = sum(p.stat().st_size for p in (db_path, Path(f"{db_path}-wal")) if p.exists())
    free = shutil.disk_usage(folder).free
    if needed + SPACE_MARGIN > free:
        raise _cannot(folder, translate("Errors", "the disk is full ({free} MB free, the copy needs {need} MB)").format(
            free=round(free / 1e6, 1), need=round((needed + SPACE_MARGIN) / 1e6, 1)))


def take_backup(db_path: Path, kind: str, *, progress: Progress | None = None, cancelled: CancelCheck | None = None,
                now: datetime | None = None, prune: bool = True, verify: bool = True) -> BackupInfo:
    """Copy the database into ``backups/`` (see the module docstring); returns the copy.

    ``progress(done, 3)`` after each stage (copied, checked, renamed); ``cancelled()``
    is asked between stages (``Cancelled``: no copy is left). ``verify=False`` keeps a
    copy even when the check fails (only for the file a restore replaces, kept as it
    was). Raises ``DatabaseError`` naming the backups folder when no good copy could be
    made; the database itself is only read.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    db_path = Path(db_path)
    folder = backup_folder(db_path)
    tmp: Path | None = None
    try:
        private_dir(folder)  # owner-only on POSIX, like the database (issue 17)
        _check_space(db_path, folder)
        fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=db_path.parent)  # ".bkXXXXXXXX", 0600, kept by the rename
        os.close(fd)
        tmp = Path(name)
        if progress is not None:
            progress(0, 3)
        src = sqlite3.connect(readonly_uri(db_path), uri=True)
        try:
            dst = sqlite3.connect(tmp)
            try:
                # No journal and no syncs while the copy is made: an interrupted copy is
                # never renamed into place, and the whole file is fsynced once below.
                dst.execute("PRAGMA journal_mode=OFF")
                dst.execute("PRAGMA synchronous=OFF")
                src.backup(dst)  # one step: a consistent snapshot, never restarted by a write
                if cancelled is not None and cancelled():
                    raise Cancelled(translate("Errors", "Cancelled; no backup was made."))
                if progress is not None:
                    progress(1, 3)
                problem = integrity_problem(dst)
                if problem is not None and verify:
                    raise _cannot(folder, translate("Errors", "the copy failed its integrity check ({problem})").format(problem=problem))
                dst.execute("PRAGMA journal_mode=DELETE")  # a closed copy is one file, no -wal beside it
            finally:
                dst.close()
        finally:
            src.close()
        if cancelled is not None and cancelled():
            raise Cancelled(translate("Errors", "Cancelled; no backup was made."))
        if progress is not None:
            progress(2, 3)
        fsync_path(tmp)
        target = _target(folder, db_path.stem, kind, now or datetime.now())
        os.replace(tmp, target)
        tmp = None
        fsync_path(folder, folder=True)
    except (OSError, sqlite3.Error) as exc:
        raise _cannot(folder, _error_text(exc)) from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
    if progress is not None:
        progress(3, 3)
    info = _parse(target, db_path.stem)
    assert info is not None  # named by _target
    if prune:
        prune_backups(db_path, now=now)
    return info


def plan_prune(backups: list[BackupInfo], now: datetime, max_total: int = MAX_TOTAL_BYTES) -> list[BackupInfo]:
    """The backups the policy removes (see the module docstring), oldest first."""
    good = sorted((b for b in backups if b.good), key=lambda b: (b.taken, b.name), reverse=True)
    newest = good[0] if good else None
    today = now.date()
    keep: list[BackupInfo] = []
    days: set[date] = set()
    for b in good:
        age = (today - b.taken.date()).days
        if b is newest:
            keep.append(b)
        elif b.kind in ("daily", "older"):
            if age < DAILY_KEEP_DAYS and b.taken.date() not in days:
                keep.append(b)
        elif b.kind in ("import", "merge", "manual"):
            if age < EVENT_KEEP_DAYS:
                keep.append(b)
        elif age < RARE_KEEP_DAYS:  # upgrade, before-restore
            keep.append(b)
        if b.kind in ("daily", "older") and b in keep:
            days.add(b.taken.date())
    total = sum(b.size for b in keep)
    for b in sorted(keep, key=lambda b: (b.taken, b.name)):  # oldest first
        if total <= max_total:
            break
        if b is not newest:
            keep.remove(b)
            total -= b.size
    kept = {b.path for b in keep}
    return sorted((b for b in backups if b.path not in kept), key=lambda b: (b.taken, b.name))


def prune_backups(db_path: Path, now: datetime | None = None, max_total: int = MAX_TOTAL_BYTES) -> list[Path]:
    """Apply the policy; returns the files removed. A file held open elsewhere (an
    antivirus, a viewer) stays and goes next time."""
    removed = []
    for b in plan_prune(list_backups(db_path), now or datetime.now(), max_total):
        try:
            b.path.unlink()
        except OSError:
            continue
        removed.append(b.path)
    return removed


# The backup_before block running in this thread (or task): (database, its copy).
_active: ContextVar[tuple[str, BackupInfo] | None] = ContextVar("evaltool_backup_before", default=None)


@contextmanager
def backup_before(db_path: Path, kind: str) -> Iterator[BackupInfo]:
    """A backup taken before a job that changes much (an import, a merge), kept only if
    the job may have changed something.

    Cancelled (``Cancelled`` raised inside): the database did not change, so the copy is
    removed again and nothing is pruned for it. Otherwise (done or failed) the policy is
    applied. Nested uses (the app backs up before every import; the sync import then asks
    again) take one copy: the inner one yields the outer one's.
    """
    key = str(Path(db_path).resolve())
    outer = _active.get()
    if outer is not None and outer[0] == key:
        yield outer[1]
        return
    info = take_backup(db_path, kind, prune=False)
    token = _active.set((key, info))
    try:
        yield info
    except Cancelled:
        info.path.unlink(missing_ok=True)
        raise
    except BaseException:
        prune_backups(db_path)
        raise
    finally:
        _active.reset(token)
    prune_backups(db_path)
