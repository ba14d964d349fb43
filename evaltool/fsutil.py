"""Durable file writes: the one ``atomic_write`` every writer uses, and fsync by path.

Thread rule: every function may be called from any thread."""
from __future__ import annotations

import os
import stat
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from evaltool.paths import state_dir


def fsync_path(path: Path, *, folder: bool = False) -> None:
    """fsync a file (or, with ``folder=True``, a directory so a rename in it is durable).

    Best effort: errors are ignored; Windows cannot open directories, so folders are
    skipped there.
    """
    if folder and os.name == "nt":
        return
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


TEMP_SUFFIX = ".part"
# In this computer's state folder: the folders where temporary files were made, one a
# line, so the start-up cleanup (evaltool.cleanup) finds what a killed process left.
TEMP_FOLDERS_FILE = "temp-folders.txt"
_noted: set[tuple[str, str]] = set()
_noted_lock = threading.Lock()


def _note_temp_folder(folder: Path) -> None:
    journal = state_dir() / TEMP_FOLDERS_FILE
    key = (str(journal), os.path.abspath(folder))
    with _noted_lock:
        if key in _noted:
            return
        _noted.add(key)
    try:
        journal.parent.mkdir(parents=True, exist_ok=True)
        with open(journal, "a", encoding="utf-8", errors="surrogateescape") as fh:
            fh.write(key[1] + "\n")
    except OSError:
        pass  # best effort: only the cleanup after a killed process depends on it


# Owner-only modes (POSIX) of what evaltool keeps: the database, backups, evidence, packages.
PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def make_private(path: Path | str, *, folder: bool = False, mode: int | None = None) -> None:
    """Take group's and others' access away from ``path`` on POSIX (the owner's bits stay:
    a read-only file stays read-only), or give it ``mode``.

    Windows: nothing is done; files get the ACLs of the user's profile folder, which
    other users cannot read. Best effort: a file system without POSIX modes (a FAT USB
    drive) or a file owned by someone else keeps its mode. ``folder`` is only a hint for
    readers: files and folders are treated alike.
    """
    if os.name == "nt":
        return
    try:
        current = stat.S_IMODE(os.stat(path).st_mode)
        wanted = mode if mode is not None else current & 0o700
        if wanted != current:
            os.chmod(path, wanted)
    except OSError:
        pass


def private_dir(path: Path | str) -> Path:
    """``path`` as an existing owner-only folder (created 0700, its parents with the
    default mode, if missing)."""
    p = Path(path)
    p.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    make_private(p)  # an existing folder loses group's and others' access; the owner's bits stay
    return p


def temp_path_beside(path: Path, suffix: str = TEMP_SUFFIX) -> Path:
    """A new, empty, owner-only temporary file in ``path``'s folder (same file system, so
    the final rename is atomic), named so start-up cleanup can recognise it; the folder is
    noted for that cleanup."""
    fd, name = tempfile.mkstemp(prefix=f".{path.stem[:40]}-", suffix=path.suffix + suffix, dir=path.parent)
    os.close(fd)
    _note_temp_folder(path.parent)
    return Path(name)


def commit_temp(tmp: Path, path: Path, *, mode: int | None = None) -> None:
    """fsync ``tmp``, give it ``mode`` (when set), rename it over ``path``, fsync the folder."""
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    if mode is not None:
        os.chmod(tmp, mode)
    os.replace(tmp, path)
    fsync_path(path.parent, folder=True)


def atomic_write(path: Path | str, write: Callable[[Path], object], *, mode: int | None = None) -> Path:
    """Write a file so that readers see the old file or the whole new one, never a part.

    ``write(tmp_path)`` fills a temporary file beside ``path``; it is then fsynced and
    renamed over ``path``. On any error (or Cancel) the temporary file is removed and
    ``path`` is untouched. Returns ``path``.
    """
    path = Path(path)
    tmp = temp_path_beside(path)
    try:
        write(tmp)
        commit_temp(tmp, path, mode=mode)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def atomic_write_bytes(path: Path | str, data: bytes, *, mode: int | None = None) -> Path:
    return atomic_write(path, lambda tmp: tmp.write_bytes(data), mode=mode)


def atomic_write_text(path: Path | str, text: str, *, mode: int | None = None) -> Path:
    return atomic_write(path, lambda tmp: tmp.write_text(text, encoding="utf-8"), mode=mode)
