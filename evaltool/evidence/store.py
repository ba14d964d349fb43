"""Content-addressed store of evidence files (佐证材料) under ``<data dir>/evidence``.

A file is kept once, named by the SHA-256 of its bytes: ``evidence/ab/cd/<sha256>``
(two levels of fan-out keep folders small with tens of thousands of files). The
store never moves or alters a source file: it streams it in chunks (constant
memory, files of hundreds of MB are fine), hashing while it copies into a temporary
file inside ``evidence/tmp`` (same disk, so the final step is an atomic
``os.replace``), fsyncs, and renames into place (then fsyncs the folder). A file
already stored is not written again (dedupe). Stored files are made read-only. A batch
(``put_batch``) overlaps the hash, the copy and the fsyncs on two helper threads of
its own, joined before it returns.

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
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from evaltool.errors import Cancelled, EvidenceError
from evaltool.fsutil import TEMP_SUFFIX, atomic_write, fsync_path, private_dir
from evaltool.i18n import translate

CHUNK = 1024 * 1024  # bytes read and hashed per step
PARALLEL_HASH_MIN = 64 * 1024  # a chunk at least this big is hashed on the batch's helper thread
FSYNC_THREADS = 4  # a batch's threads that fsync copies and rename them into place
MAX_UNSETTLED = 16  # files of a batch copied and waiting for their fsync, at most
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


@dataclass(frozen=True)
class _Copied:
    """A file copied into ``evidence/tmp`` (``tmp``), not yet in place; ``head``: its first
    ``head_bytes`` bytes (for the photo's date, ``evidence.dates``)."""

    tmp: str
    sha256: str
    size: int
    out: BinaryIO  # still open: fsynced (then closed) by ``_settle``
    label: object
    head: bytes = b""


@dataclass(frozen=True)
class BatchFile:
    """A file of ``put_batch`` in place: checksum, size, first bytes, modification time."""

    sha256: str
    size: int
    head: bytes
    mtime: float


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
                 created: list[str] | None = None) -> tuple[str, int]:
        """Store a copy of the file at ``path``; return ``(sha256, size)``.

        ``progress(done_bytes, total_bytes)`` is called after each chunk;
        ``cancelled()`` returning True stops the copy (``Cancelled``, nothing stored).
        Rejects unreadable and 0-byte files and files larger than the free space.
        The bytes are fsynced before the rename; ``sync_dir=False`` leaves the fsync of
        the folder (the rename's durability) to the caller (``sync_folders``). A file
        whose bytes no longer match its name (a crash, a disk error) is detected and
        repaired when the same bytes are added again (the dedupe check re-hashes the
        existing copy). ``created`` receives the checksum when the file was not in the
        store before (see ``discard``). Many files: ``put_batch``.
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
            return self._put(src, size, p, progress, cancelled, sync_dir, created)

    def put_stream(self, fileobj: BinaryIO, progress: Progress | None = None,
                   cancelled: CancelCheck | None = None, size_hint: int | None = None) -> tuple[str, int]:
        """Store the bytes read from ``fileobj`` until EOF; return ``(sha256, size)``."""
        if size_hint:
            self.check_space(size_hint, getattr(fileobj, "name", ""))
        return self._put(fileobj, size_hint or 0, getattr(fileobj, "name", ""), progress, cancelled)

    def put_bytes(self, data: bytes) -> tuple[str, int]:
        return self.put_stream(io.BytesIO(data), size_hint=len(data))

    def _put(self, src: BinaryIO, total: int, label: object, progress: Progress | None,
             cancelled: CancelCheck | None, sync_dir: bool = True,
             created: list[str] | None = None) -> tuple[str, int]:
        copied = self._copy_in(src, total, label, progress, cancelled)
        return self._settle(copied, sync_dir=sync_dir, created=created)

    def _copy_in(self, src: BinaryIO, total: int, label: object, progress: Progress | None,
                 cancelled: CancelCheck | None, hash_pool: Executor | None = None, head_bytes: int = 0) -> _Copied:
        """Copy ``src`` into a new temporary file in ``evidence/tmp``, hashing the very bytes
        written as they pass (one read of the source; the name can only match what was
        stored). With ``hash_pool`` (a batch) each chunk is hashed on its thread while the
        next is written and read: SHA-256 and the copy release the GIL, so they overlap."""
        # Not ``fsutil.atomic_write``: the final name is the checksum, known only once every
        # byte has been read, so the temporary file lives in ``evidence/tmp`` (where
        # ``clean_temp`` finds leftovers) rather than beside a target.
        if not self.tmp.is_dir():
            private_dir(self.root)
            private_dir(self.tmp)
        fd, tmp_name = tempfile.mkstemp(prefix="put-", suffix=TEMP_SUFFIX, dir=self.tmp)
        hasher = hashlib.sha256()
        done = 0
        # two buffers: one being hashed (on the pool) while the next chunk is read into the other
        views = [memoryview(bytearray(CHUNK)), memoryview(bytearray(CHUNK))]
        turn = 0
        hashing: Future[None] | None = None
        head = b""
        readinto = getattr(src, "readinto", None)
        out = os.fdopen(fd, "wb", buffering=0)
        try:
            while True:
                if cancelled is not None and cancelled():
                    raise Cancelled(translate("Errors", "Cancelled; nothing was added."))
                try:
                    if readinto is not None:
                        view = views[turn]
                        n = readinto(view)
                        chunk: bytes | memoryview = view[:n] if n else b""
                    else:
                        chunk = src.read(CHUNK)
                        n = len(chunk)
                except OSError as exc:
                    raise EvidenceError(translate("Errors", "Cannot read {file}: {reason}.").format(
                        file=label, reason=_describe(exc))) from exc
                if not n:
                    break
                if len(head) < head_bytes:
                    head += bytes(chunk[:head_bytes - len(head)])
                if hashing is not None:  # chunks are hashed in order, one at a time
                    hashing.result()
                    hashing = None
                if hash_pool is not None and n >= PARALLEL_HASH_MIN:
                    hashing = hash_pool.submit(hasher.update, chunk)
                else:
                    hasher.update(chunk)
                try:
                    _write_all(out, chunk)
                except OSError as exc:
                    raise EvidenceError(translate("Errors", "Cannot store {file} in {folder}: {reason}. "
                                                  "Nothing was added.").format(
                        file=label, folder=self.root, reason=_describe(exc))) from exc
                turn ^= 1
                done += n
                if progress is not None:
                    progress(done, max(total, done))
            if hashing is not None:
                hashing.result()
                hashing = None
            return _Copied(tmp_name, hasher.hexdigest(), done, out, label, head)
        except BaseException:
            if hashing is not None:
                hashing.result()  # it reads our buffer: let it finish before we go
            with contextlib.suppress(OSError):
                out.close()
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
            raise

    def _settle(self, copied: _Copied, *, sync_dir: bool = True,
                created: list[str] | None = None) -> tuple[str, int]:
        """Make the copied bytes durable (fsync) and rename them to their checksum, or
        drop them when the store holds those bytes intact already; ``(sha256, size)``.
        ``sync_dir=False`` leaves the folder's fsync (the rename's durability) to the caller
        (``sync_folders`` once per folder for a batch)."""
        sha, done, tmp_name = copied.sha256, copied.size, copied.tmp
        try:
            final = self.path(sha)
            existing = self.size(sha)
            if existing == done and self.hash_file(sha) == sha:
                copied.out.close()
                os.unlink(tmp_name)  # already stored, intact: dedupe
                return sha, done
            with copied.out as out:
                try:
                    os.fsync(out.fileno())
                except OSError as exc:
                    raise EvidenceError(translate("Errors", "Cannot store {file} in {folder}: {reason}. "
                                                  "Nothing was added.").format(
                        file=copied.label, folder=self.root, reason=_describe(exc))) from exc
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
            _drop(copied)
            raise

    def put_batch(self, paths: Sequence[Path | str], sizes: Sequence[int], progress: Progress | None = None,
                  cancelled: CancelCheck | None = None, created: list[str] | None = None,
                  stored: Callable[[int, BatchFile], None] | None = None,
                  head_bytes: int = 0) -> list[BatchFile]:
        """Store many files already checked (``check_source``, ``check_space``; ``sizes``
        are theirs); one ``BatchFile`` each, in order, once all are durable.

        As durable as ``put_file`` one by one, without its waits: each file is read once,
        copied and hashed in one pass (the hash on a helper thread), and while the next
        ones are copied, ``FSYNC_THREADS`` threads fsync the copies and rename them into
        place; at the end each folder that received a file is fsynced once. fsyncs issued
        together share the disk's flushes (the journal commits them as a group), which one
        after another cannot. ``progress(done_bytes, total_bytes)`` over the batch;
        ``cancelled()`` stops it (``Cancelled``); ``created`` receives the checksums new to
        the store (the caller takes them back if the batch fails, see ``discard``);
        ``stored(index, file)`` is called (on an fsync thread) as each file is in place;
        ``head_bytes`` of each file's start are kept in its result.
        """
        total = sum(sizes)
        results: list[BatchFile | None] = [None] * len(paths)
        settling: list[Future[None]] = []
        by_sha: dict[str, Future[None]] = {}
        base = 0
        with ThreadPoolExecutor(1, thread_name_prefix="evidence-hash") as hash_pool, \
                ThreadPoolExecutor(FSYNC_THREADS, thread_name_prefix="evidence-fsync") as sync_pool:
            def settle(i: int, copied: _Copied, mtime: float) -> None:
                sha, size = self._settle(copied, sync_dir=False, created=created)
                done = results[i] = BatchFile(sha, size, copied.head, mtime)
                if stored is not None:
                    stored(i, done)

            try:
                for i, (p, size) in enumerate(zip(paths, sizes, strict=True)):
                    def step(done: int, _t: int, base: int = base) -> None:
                        if progress is not None:
                            progress(base + done, max(total, base + done))

                    label = Path(p)
                    try:
                        src = _open_regular(label)
                    except OSError as exc:
                        raise EvidenceError(translate("Errors", "Cannot read {file}: {reason}.").format(
                            file=label, reason=_describe(exc))) from exc
                    with src:
                        mtime = os.fstat(src.fileno()).st_mtime
                        copied = self._copy_in(src, size, label, step, cancelled, hash_pool, head_bytes)
                    earlier = by_sha.get(copied.sha256)
                    if earlier is not None:  # the same bytes twice: the second finds the first in place
                        try:
                            earlier.result()
                        except BaseException:
                            _drop(copied)
                            raise
                    by_sha[copied.sha256] = job = sync_pool.submit(settle, i, copied, mtime)
                    settling.append(job)
                    base += size
                    # a failure on an fsync thread stops the batch; a slow disk holds the
                    # copying back (each copy waiting for its fsync keeps a descriptor open)
                    for f in [f for f in settling if f.done()]:
                        settling.remove(f)
                        f.result()
                    while len(settling) > MAX_UNSETTLED:
                        settling.pop(0).result()
                for f in settling:
                    f.result()
                self.sync_folders([r.sha256 for r in results if r is not None], sync_pool)
            except BaseException:
                for f in settling:  # the files still being settled: wait, so ``created`` is whole
                    with contextlib.suppress(BaseException):
                        f.result()
                raise
        return [r for r in results if r is not None]

    def discard(self, shas: list[str]) -> None:
        """Remove stored files (those a failed or cancelled batch had just added, which
        nothing refers to): the batch then leaves the store as it found it."""
        for sha in shas:
            final = self.path(sha)
            with contextlib.suppress(OSError):
                os.chmod(final, stat.S_IRUSR | stat.S_IWUSR)  # Windows refuses to delete a read-only file
                final.unlink()

    def sync_folders(self, shas: list[str], pool: Executor | None = None) -> None:
        """fsync the folders holding these files, each once (makes their renames
        durable), then the folders above them that may have been created for them;
        on ``pool``'s threads when given (together they share the disk's flushes)."""
        folders = {self.path(sha).parent for sha in shas}
        for level in (folders, {f.parent for f in folders} | ({self.root} if folders else set())):
            if pool is None:
                for folder in sorted(level):
                    _fsync_dir(folder)
            else:
                list(pool.map(_fsync_dir, sorted(level)))

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


def _drop(copied: _Copied) -> None:
    """Close and remove a copy that will not be stored."""
    with contextlib.suppress(OSError):
        copied.out.close()
    with contextlib.suppress(OSError):
        os.unlink(copied.tmp)


def _fsync_dir(folder: Path) -> None:
    """Make the rename durable (POSIX); Windows has no directory fsync."""
    fsync_path(folder, folder=True)
