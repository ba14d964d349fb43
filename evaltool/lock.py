"""One writer per data folder: the lock file ``evaltool.lock`` the app and the CLI share.

Whoever changes a data folder (the app, a command that writes, a restore) first takes
an exclusive lock on ``<data folder>/evaltool.lock`` and writes into it who it is
(program, process id, computer, since when). A second app window or a writing command
started meanwhile is refused at once with a ``DataFolderBusyError`` naming that process;
commands that only read go on without the lock (SQLite's WAL lets them read what was
last committed while the app writes; see ``evaltool.cli``).

Why an operating-system lock and not Qt's ``QLockFile``: the command line is Qt-free
(nothing outside ``evaltool/ui`` imports PySide6) and must honour the very same lock,
and an OS lock is released by the kernel the moment its process ends, also when it is
killed or the laptop loses power. So there is no stale lock to judge (QLockFile guesses
from a process id and a host name, and a reused process id can fool it): a lock left
behind by a dead process is simply free, and the next one takes it over and overwrites
the stale note. POSIX uses ``flock`` (per open file, so closing some other handle to the
file does not drop it, as ``fcntl`` locks would); Windows uses ``msvcrt.locking`` on one
byte far beyond the note, so others can still read the note (Windows byte-range locks
are mandatory). The lock file itself is never deleted: deleting it would let two
processes lock two different files of the same name.

Within one process the lock is shared (a count): tests and the restore step open the
same folder more than once, and SQLite's own locking orders their writes.

On a file system without locks (some network shares) the folder is used unlocked, as
before this module existed; ``DataLock.enforced`` says so.

Thread rule: ``acquire`` and ``DataLock.release`` may be called from any thread.
"""
from __future__ import annotations

import contextlib
import errno
import getpass
import json
import os
import socket
import sys
import threading
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from evaltool.errors import DatabaseError, DataFolderBusyError
from evaltool.i18n import translate

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl

LOCK_NAME = "evaltool.lock"
# Windows: the byte locked, far beyond the note, so the note stays readable by others.
_WIN_LOCK_OFFSET = 1 << 30
_NOTE_MAX = 4096  # bytes of the note read back


@dataclass(frozen=True)
class LockInfo:
    """Who holds a data folder: ``since`` is local time, ISO 8601 to the second."""

    program: str
    pid: int
    host: str
    user: str
    since: str

    def as_json(self) -> dict[str, object]:
        return asdict(self)

    @property
    def since_text(self) -> str:
        try:
            return datetime.fromisoformat(self.since).strftime("%Y-%m-%d %H:%M")
        except ValueError:
            return self.since


@dataclass
class _Held:
    fd: int
    info: LockInfo
    count: int
    enforced: bool


_held: dict[str, _Held] = {}
_guard = threading.Lock()


def _key(path: Path) -> str:
    return os.path.normcase(os.path.realpath(path))


def _user() -> str:
    try:
        return getpass.getuser() or ""
    except (OSError, KeyError, ImportError):  # no login name (a service, a container)
        return ""


def _try_lock(fd: int) -> bool | None:
    """True: locked; False: another process holds it; None: this file system has no locks."""
    try:
        if sys.platform == "win32":
            os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK, errno.EDEADLK):
            return False
        if exc.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL):
            return None
        raise
    return True


def _unlock(fd: int) -> None:
    with contextlib.suppress(OSError):
        if sys.platform == "win32":
            os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            fcntl.flock(fd, fcntl.LOCK_UN)


def _read_note(path: Path) -> LockInfo | None:
    try:
        with open(path, "rb") as fh:
            data = fh.read(_NOTE_MAX)
        doc = json.loads(data.decode("utf-8"))
        return LockInfo(str(doc["program"]), int(doc["pid"]), str(doc["host"]), str(doc.get("user", "")),
                        str(doc["since"]))
    except (OSError, ValueError, KeyError, TypeError):  # being written, or an older/foreign note
        return None


def _write_note(fd: int, info: LockInfo) -> None:
    data = json.dumps(info.as_json(), ensure_ascii=False).encode("utf-8")
    os.lseek(fd, 0, os.SEEK_SET)
    os.ftruncate(fd, 0)
    os.write(fd, data)


def busy_error(data_dir: Path, info: LockInfo | None) -> DataFolderBusyError:
    """The message for a data folder another process holds (naming it when its note is readable)."""
    if info is None:
        text = translate("Errors", "The data folder {folder} is in use by another evaltool program. Close it, or wait until it has finished, and try again; nothing was changed.").format(folder=data_dir)
    elif info.host and info.host != socket.gethostname():
        text = translate("Errors", "The data folder {folder} is in use by {program} on the computer {host} (process {pid}, since {since}). Close it there, or wait until it has finished, and try again; nothing was changed.").format(
            folder=data_dir, program=info.program, host=info.host, pid=info.pid, since=info.since_text)
    else:
        text = translate("Errors", "The data folder {folder} is in use by {program} (process {pid} on {host}, since {since}). Close it, or wait until it has finished, and try again; nothing was changed.").format(
            folder=data_dir, program=info.program, host=info.host, pid=info.pid, since=info.since_text)
    return DataFolderBusyError(text, info=info)


class DataLock:
    """A held lock on one data folder; ``release`` once (later calls do nothing)."""

    def __init__(self, data_dir: Path, key: str, info: LockInfo, enforced: bool) -> None:
        self.data_dir = data_dir
        self.info = info
        self.enforced = enforced
        self._key = key
        self._released = False

    @property
    def held(self) -> bool:
        return not self._released

    def covers(self, data_dir: Path) -> bool:
        return self.held and self._key == _key(Path(data_dir) / LOCK_NAME)

    def release(self) -> None:
        with _guard:
            if self._released:
                return
            self._released = True
            held = _held.get(self._key)
            if held is None:
                return
            held.count -= 1
            if held.count > 0:
                return
            del _held[self._key]
            with contextlib.suppress(OSError):
                os.ftruncate(held.fd, 0)  # no stale note for the next holder to misread
            if held.enforced:
                _unlock(held.fd)
            os.close(held.fd)

    def __enter__(self) -> DataLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def acquire(data_dir: Path | str, program: str) -> DataLock:
    """Take the data folder's lock for ``program`` (e.g. "evaltool (app)"), or raise
    ``DataFolderBusyError`` naming the process that holds it. Never waits. Raises
    ``DatabaseError`` when the lock file cannot be created (a read-only folder)."""
    data_dir = Path(data_dir)
    path = data_dir / LOCK_NAME
    key = _key(path)
    with _guard:
        held = _held.get(key)
        if held is not None:
            held.count += 1
            return DataLock(data_dir, key, held.info, held.enforced)
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise DatabaseError(translate("Errors", "Cannot create the lock file {path}: {error}. Check that you may create and change files in that folder, or choose another one with --data-dir.").format(
                path=path, error=exc.strerror or exc)) from exc
        try:
            locked = _try_lock(fd)
        except OSError as exc:
            os.close(fd)
            raise DatabaseError(translate("Errors", "Cannot lock the data folder {folder}: {error}.").format(
                folder=data_dir, error=exc.strerror or exc)) from exc
        if locked is False:
            os.close(fd)
            raise busy_error(data_dir, _read_note(path))
        info = LockInfo(program, os.getpid(), socket.gethostname(), _user(), datetime.now().isoformat(timespec="seconds"))
        with contextlib.suppress(OSError):  # the note only words messages; the lock is what counts
            _write_note(fd, info)
        _held[key] = _Held(fd, info, 1, locked is True)
        return DataLock(data_dir, key, info, locked is True)


def holder(data_dir: Path | str) -> LockInfo | None:
    """Who holds the data folder now (None when nobody does). Takes nothing."""
    data_dir = Path(data_dir)
    path = data_dir / LOCK_NAME
    with _guard:
        held = _held.get(_key(path))
        if held is not None:
            return held.info
    if not path.exists():
        return None
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return _read_note(path)
    try:
        locked = _try_lock(fd)
        if locked:
            _unlock(fd)
            return None
        return _read_note(path) if locked is False else None
    finally:
        os.close(fd)
