"""Content-addressed store of evidence files (佐证材料) under ``<data dir>/evidence``.

A file is kept once, named by the SHA-256 of its bytes: ``evidence/ab/cd/<sha256>``
(two levels of fan-out keep folders small with tens of thousands of files). The
store never moves or alters a source file: it streams it in chunks (constant
memory, files of hundreds of MB are fine), hashing while it copies into a temporary
file inside ``evidence/tmp`` (same disk, so the final step is an atomic
``os.replace``), fsyncs, and renames into place. A file already stored is not
written again (dedupe). Stored files are made read-only.

Failures the user can fix (unreadable or empty file, not enough free space, a path
the system refuses) raise :class:`evaltool.errors.EvidenceError` naming the file;
nothing is left half-stored (the temporary file is removed).

Thread rule: an ``EvidenceStore`` holds no mutable state; ``put_*`` may run on a
worker thread while the UI thread reads other files.
"""
from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import os
import re
import shutil
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from evaltool.errors import Cancelled, EvidenceError
from evaltool.fsutil import TEMP_SUFFIX, atomic_write, fsync_path, private_dir
from evaltool.i18n import translate

CHUNK = 1024 * 1024  # bytes read and hashed per step
STORED_MODE = stat.S_IRUSR  # 0400: read-only, owner-only (POSIX); Windows: read-only
SPACE_MARGIN = 32 * 1024 * 1024  # free space kept beyond the file itself (bytes)
WINDOWS_MAX_PATH = 260
_SHA_RE = re.compile(r"^[0-9a-f]{64}$")
# Characters Windows forbids in file names, and its reserved device names.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


def _long_path(path: Path) -> str:
    """The path as the OS accepts it; on Windows long paths get the ``\\\\?\\`` prefix."""
    s = str(path)
    if os.name == "nt" and len(s) >= WINDOWS_MAX_PATH and not s.startswith("\\\\?\\"):
        s = "\\\\?\\" + str(Path(s).resolve())
    return s


def safe_filename(name: str, fallback: str = "evidence") -> str:
    """A file name every system accepts (for copies handed to other programs or exports).

    Replaces characters Windows forbids with "_", trims trailing dots and spaces,
    avoids reserved device names and keeps the name under 150 characters (keeping
    the extension). Chinese characters are kept.
    """
    name = _FORBIDDEN.sub("_", name or "").strip().rstrip(". ")
    if not name:
        name = fallback
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    if stem.upper() in _RESERVED or name.upper() in _RESERVED:
        stem = "_" + (stem or name)
    ext = ext[:20]
    stem = stem[: 150 - len(ext) - 1] if ext else stem[:150]
    return f"{stem}.{ext}" if ext else stem


def _describe(exc: OSError) -> str:
    if exc.errno == errno.ENAMETOOLONG:
        return translate("Errors", "the path is too long")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return translate("Errors", "permission denied")
    if exc.errno == errno.ENOENT:
        return translate("Errors", "the file does not exist")
    if exc.errno == errno.EISDIR:
        return translate("Errors", "it is a folder, not a file")
    if exc.errno == errno.ENOSPC:
        return translate("Errors", "the disk is full")
    return exc.strerror or str(exc)


class EvidenceStore:
    """Files by SHA-256 under ``data_dir / "evidence"``."""

    def __init__(self, data_dir: Path | str) -> None:
        self.data_dir = Path(data_dir)
        self.root = self.data_dir / "evidence"
        self.tmp = self.root / "tmp"
        self._root_str = str(self.root)

    # -- lookup ------------------------------------------------------------
    @staticmethod
    def _check_sha(sha256: str) -> str:
        sha = (sha256 or "").lower()
        if not _SHA_RE.match(sha):
            raise EvidenceError(translate("Errors", "“{sha}” is not a SHA-256 checksum.").format(sha=sha256))
        return sha

    def path(self, sha256: str) -> Path:
        """Where the file with this checksum is (or would be) stored."""
        sha = self._check_sha(sha256)
        return self.root / sha[:2] / sha[2:4] / sha

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def size(self, sha256: str) -> int | None:
        sha = self._check_sha(sha256)
        try:  # plain strings: called for every item when a list of thousands opens
            return os.stat(os.path.join(self._root_str, sha[:2], sha[2:4], sha)).st_size
        except OSError:
            return None

    # -- adding ------------------------------------------------------------
    def check_source(self, path: Path | str) -> int:
        """Size in bytes of a file that can be stored, or an ``EvidenceError`` naming it
        (and, for a link or a special file, saying which it is)."""
        p = Path(path)
        try:
            st = os.lstat(_long_path(p))
        except OSError as exc:
            raise EvidenceError(translate("Errors", "Cannot read {file}: {reason}.").format(
                file=p, reason=_describe(exc))) from exc
        if stat.S_ISLNK(st.st_mode):
            try:
                target = os.readlink(_long_path(p))
            except OSError:
                target = "?"
            raise EvidenceError(translate("Errors", "Cannot add {file}: it is a symbolic link (to {target}), not a file. "
                                          "Add the file it points to instead; nothing was added.").format(file=p, target=target))
        if stat.S_ISDIR(st.st_mode):
            raise EvidenceError(translate("Errors", "Cannot add {file}: it is a folder, not a file.").format(file=p))
        if not stat.S_ISREG(st.st_mode):
            raise EvidenceError(translate("Errors", "Cannot add {file}: it is {what}, not a regular file; nothing was added.").format(
                file=p, what=_special_kind(st.st_mode)))
        if st.st_size == 0:
            raise EvidenceError(translate("Errors", "{file} is empty (0 bytes); nothing was added. "
                                          "Check that the file was saved or downloaded completely.").format(file=p))
        try:
            with _open_regular(p) as fh:
                fh.read(1)
        except OSError as exc:
            raise EvidenceError(translate("Errors", "Cannot read {file}: {reason}.").format(
                file=p, reason=_describe(exc))) from exc
        return st.st_size

    def check_space(self, needed: int, label: str | Path = "") -> None:
        """Raise if the store's disk lacks ``needed`` bytes (plus a margin)."""
        private_dir(self.root)
        free = shutil.disk_usage(self.root).free
        if needed + SPACE_MARGIN > free:
            raise EvidenceError(translate("Errors", "Not enough free disk space to store {file}: it needs {need} MB, "
                                          "{free} MB are free in {folder}. Free some space and try again; "
                                          "nothing was added.").format(
                file=label, need=round(needed / 1e6, 1), free=round(free / 1e6, 1), folder=self.root))

    def put_file(self, path: Path | str, progress: Progress | None = None,
                 cancelled: CancelCheck | None = None, *, sync_dir: bool = True,
                 fsync: bool = True, created: list[str] | None = None) -> tuple[str, int]:
        """Store a copy of the file at ``path``; return ``(sha256, size)``.

        ``progress(done_bytes, total_bytes)`` is called after each chunk;
        ``cancelled()`` returning True stops the copy (``Cancelled``, nothing stored).
        Rejects unreadable and 0-byte files and files larger than the free space.
        ``sync_dir=False`` / ``fsync=False`` leave durability to the caller: a batch
        calls ``flush_batch`` once at the end (one system-wide sync instead of one
        per file) before it records the files in the database. A crash before that
        can leave a stored file with wrong bytes under its name, never a database
        row pointing at it; adding the same bytes again detects and repairs it
        (the dedupe check re-hashes the existing copy). ``created`` receives the
        checksum when the file was not in the store before (see ``discard``).
        """
        p = Path(path)
        size = self.check_source(p)
        self.check_space(size, p)
        try:
            src = _open_regular(p)
        except OSError as exc:
            raise EvidenceError(translate("Errors", "Cannot read {file}: {reason}.").format(
                file=p, reason=_describe(exc))) from exc
        with src:
            return self._put(src, size, p, progress, cancelled, sync_dir, fsync, created)

    def put_stream(self, fileobj: BinaryIO, progress: Progress | None = None,
                   cancelled: CancelCheck | None = None, size_hint: int | None = None) -> tuple[str, int]:
        """Store the bytes read from ``fileobj`` until EOF; return ``(sha256, size)``."""
        if size_hint:
            self.check_space(size_hint, getattr(fileobj, "name", ""))
        return self._put(fileobj, size_hint or 0, getattr(fileobj, "name", ""), progress, cancelled)

    def put_bytes(self, data: bytes) -> tuple[str, int]:
        return self.put_stream(io.BytesIO(data), size_hint=len(data))

    def _put(self, src: BinaryIO, total: int, label: object, progress: Progress | None,
             cancelled: CancelCheck | None, sync_dir: bool = True, fsync: bool = True,
             created: list[str] | None = None) -> tuple[str, int]:
        # Not ``fsutil.atomic_write``: the final name is the checksum, known only once every
        # byte has been read, so the temporary file lives in ``evidence/tmp`` (where
        # ``clean_temp`` finds leftovers) rather than beside a target; and a batch defers
        # the fsyncs to one ``flush_batch``. The directory fsync is ``fsutil.fsync_path``.
        private_dir(self.root)
        private_dir(self.tmp)
        fd, tmp_name = tempfile.mkstemp(prefix="put-", suffix=TEMP_SUFFIX, dir=self.tmp)
        hasher = hashlib.sha256()
        done = 0
        buf = bytearray(CHUNK)
        view = memoryview(buf)
        readinto = getattr(src, "readinto", None)
        try:
            with os.fdopen(fd, "wb", buffering=0) as out:
                while True:
                    if cancelled is not None and cancelled():
                        raise Cancelled(translate("Errors", "Cancelled; nothing was added."))
                    try:
                        if readinto is not None:
                            n = readinto(view)
                            chunk = view[:n] if n else b""
                        else:
                            chunk = src.read(CHUNK)
                            n = len(chunk)
                    except OSError as exc:
                        raise EvidenceError(translate("Errors", "Cannot read {file}: {reason}.").format(
                            file=label, reason=_describe(exc))) from exc
                    if not n:
                        break
                    hasher.update(chunk)
                    try:
                        _write_all(out, chunk)
                    except OSError as exc:
                        raise EvidenceError(translate("Errors", "Cannot store {file} in {folder}: {reason}. "
                                                      "Nothing was added.").format(
                            file=label, folder=self.root, reason=_describe(exc))) from exc
                    done += n
                    if progress is not None:
                        progress(done, max(total, done))
                if fsync:
                    os.fsync(out.fileno())
            sha = hasher.hexdigest()
            final = self.path(sha)
            existing = self.size(sha)
            if existing == done and self.hash_file(sha) == sha:
                os.unlink(tmp_name)  # already stored, intact: dedupe
                return sha, done
            private_dir(final.parent.parent)
            private_dir(final.parent)
            if existing is not None:  # a damaged copy: repair it with the good bytes
                os.chmod(final, stat.S_IRUSR | stat.S_IWUSR)
            os.chmod(tmp_name, STORED_MODE)
            os.replace(tmp_name, final)
            if existing is None and created is not None:
                created.append(sha)
            if sync_dir:
                _fsync_dir(final.parent)
            return sha, done
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
            raise

    def discard(self, shas: list[str]) -> None:
        """Remove stored files (those a failed or cancelled batch had just added, which
        nothing refers to): the batch then leaves the store as it found it."""
        for sha in shas:
            final = self.path(sha)
            with contextlib.suppress(OSError):
                os.chmod(final, stat.S_IRUSR | stat.S_IWUSR)  # Windows refuses to delete a read-only file
                final.unlink()

    def sync_folders(self, shas: list[str]) -> None:
        """fsync the folders holding these files (makes their renames durable)."""
        for folder in {self.path(sha).parent for sha in shas}:
            _fsync_dir(folder)

    def flush_batch(self, shas: list[str]) -> None:
        """Make files stored with ``fsync=False, sync_dir=False`` durable.

        POSIX: one ``sync()`` (cheaper than an fsync per file for many files).
        Where there is no ``os.sync`` (Windows) callers must store with ``fsync=True``
        (see ``batch_fsync_per_file``).
        """
        if hasattr(os, "sync"):
            os.sync()

    @staticmethod
    def batch_fsync_per_file() -> bool:
        """True where ``flush_batch`` cannot make a batch durable (no ``os.sync``)."""
        return not hasattr(os, "sync")

    # -- reading and checking ----------------------------------------------
    def open(self, sha256: str) -> BinaryIO:
        return open(self.path(sha256), "rb")

    def hash_file(self, sha256: str, cancelled: CancelCheck | None = None) -> str | None:
        """The SHA-256 of the stored bytes now (None when the file is missing)."""
        h = hashlib.sha256()
        buf = bytearray(CHUNK)
        view = memoryview(buf)
        try:
            with open(self.path(sha256), "rb", buffering=0) as fh:
                while n := fh.readinto(view):
                    if cancelled is not None and cancelled():
                        raise Cancelled(translate("Errors", "Cancelled."))
                    h.update(view[:n])
        except FileNotFoundError:
            return None
        return h.hexdigest()

    def verify(self, sha256: str, expected_size: int | None = None) -> str:
        """``"ok"``, ``"missing"`` or ``"altered"`` (bytes no longer match the name)."""
        actual = self.hash_file(sha256)
        if actual is None:
            return "missing"
        if actual != sha256.lower():
            return "altered"
        if expected_size is not None and self.size(sha256) != expected_size:
            return "altered"
        return "ok"

    def quick_status(self, sha256: str, expected_size: int | None = None) -> str:
        """A cheap status (no re-hash): ``"missing"``, ``"altered"`` if the size differs, else ``"ok"``."""
        size = self.size(sha256)
        if size is None:
            return "missing"
        if expected_size is not None and size != expected_size:
            return "altered"
        return "ok"

    def export_copy(self, sha256: str, folder: Path | str, filename: str, progress: Progress | None = None,
                    cancelled: CancelCheck | None = None) -> Path:
        """Copy a stored file to ``folder`` under a safe version of ``filename``.

        Used to hand a file to the system application (which needs the extension)
        and by exports. The copy is writable by the user; the store's file is untouched.
        Written with ``fsutil.atomic_write`` (a reader never sees half a copy; a
        failure or Cancel leaves no temporary file). ``progress(done_bytes,
        total_bytes)`` per chunk; ``cancelled()`` returning True raises ``Cancelled``.
        """
        src = self.path(sha256)
        if not src.is_file():
            raise EvidenceError(translate("Errors", "The stored file of “{name}” is missing from {folder}.").format(
                name=filename, folder=self.root))
        dest_dir = Path(folder)
        dest_dir.mkdir(parents=True, exist_ok=True)
        dest = dest_dir / safe_filename(filename, sha256[:12])
        total = self.size(sha256) or 0

        def write(tmp: Path) -> None:
            done = 0
            buf = bytearray(CHUNK)
            view = memoryview(buf)
            with open(src, "rb", buffering=0) as fin, open(tmp, "wb") as fout:  # buffered: writes every byte
                while n := fin.readinto(view):
                    if cancelled is not None and cancelled():
                        raise Cancelled(translate("Errors", "Cancelled."))
                    fout.write(view[:n])
                    done += n
                    if progress is not None:
                        progress(done, max(total, done))

        atomic_write(Path(_long_path(dest)), write, mode=stat.S_IRUSR | stat.S_IWUSR)
        return dest

    def clean_temp(self, before: float | None = None) -> list[Path]:
        """Remove leftover temporary files of interrupted copies (``put-*.part``) last
        written before ``before`` (epoch seconds; default: an hour ago); returns them.
        Called at start-up (``evaltool.cleanup``) with the time the app started."""
        if not self.tmp.is_dir():
            return []
        removed = []
        limit = time.time() - 3600.0 if before is None else before
        for f in self.tmp.iterdir():
            if not (f.name.startswith("put-") and f.name.endswith(TEMP_SUFFIX)):
                continue
            try:
                if f.stat().st_mtime < limit:
                    f.unlink()
                    removed.append(f)
            except OSError:  # open in another program (Windows), or gone already: next time
                pass
        return removed


def _special_kind(mode: int) -> str:
    """What a file that is neither regular nor a folder is, in words."""
    if stat.S_ISFIFO(mode):
        return translate("Errors", "a pipe (FIFO)")
    if stat.S_ISSOCK(mode):
        return translate("Errors", "a socket")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return translate("Errors", "a device")
    return translate("Errors", "a special file")


def _open_regular(p: Path) -> BinaryIO:
    """Open a file for reading without following a symbolic link (POSIX ``O_NOFOLLOW``)
    and without blocking on a pipe, then check that what was opened is a regular file:
    the path may have been swapped for a link or a pipe since it was checked."""
    extra = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)

    def opener(name: str, flags: int) -> int:
        return os.open(name, flags | extra)

    try:
        fh = open(_long_path(p), "rb", opener=opener)  # noqa: SIM115 - returned to the caller
    except OSError as exc:
        if exc.errno == errno.ELOOP:  # O_NOFOLLOW met a link
            raise EvidenceError(translate("Errors", "Cannot add {file}: it is a symbolic link, not a file. "
                                          "Add the file it points to instead; nothing was added.").format(file=p)) from exc
        raise
    try:
        st = os.fstat(fh.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise EvidenceError(translate("Errors", "Cannot add {file}: it is {what}, not a regular file; nothing was added.").format(
                file=p, what=_special_kind(st.st_mode)))
        if getattr(os, "O_NONBLOCK", 0):
            os.set_blocking(fh.fileno(), True)
        return fh
    except BaseException:
        fh.close()
        raise


def _write_all(out: BinaryIO, data: bytes | memoryview) -> None:
    """Write every byte: an unbuffered write may write fewer than asked (e.g. as the disk
    fills up), which would leave a stored file shorter than the bytes it is named after."""
    view = memoryview(data)
    while view:
        view = view[out.write(view):]


def _fsync_dir(folder: Path) -> None:
    """Make the rename durable (POSIX); Windows has no directory fsync."""
    fsync_path(folder, folder=True)
