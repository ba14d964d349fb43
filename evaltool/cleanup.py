"""Removing the temporary files evaltool makes, after the job and after a killed process.

Every writer cleans up its own temporary files when it ends, whether it succeeded,
failed or was cancelled (``fsutil.atomic_write``, the exports, the package reader and
writer, ``backups.take_backup``). A process that is killed cannot, so the app cleans at
start-up (``clean_at_start``, on its runner) and ``evaltool cleanup`` does on demand.
What is removed, and only that:

- in the data folder: temporary backups (``.bkXXXXXXXX``) and restores (``.rsXXXXXXXX``)
  with their SQLite journals; clear-text packages being written or read
  (``tmp/evsync-*.zip``: decrypted packages never outlive the import that needed them);
  the evidence store's interrupted copies (``evidence/tmp``);
- ``.part`` files of ``fsutil.temp_path_beside`` (exports, documents, packages on a USB
  stick) in every folder this computer noted when it made one (``state_dir()/
  temp-folders.txt``), once they are ``PART_MIN_AGE_S`` old (a younger one may belong to
  an export running in another evaltool);
- in the system temp folder: clear-text packages of older versions, the self-test's
  folders, and copies handed to other programs (``evaltool-open``), after a day;
- evidence files nothing refers to (a batch or a merge killed after copying its files
  and before recording them): only a file that no evidence record, no recorded change
  and no kept backup names (a restore must find every file its records name), and only
  once it is ``EVIDENCE_MIN_AGE_S`` old. When a backup cannot be read, no evidence file
  is removed.

Files are recognised by the names we give them; nothing else is ever touched. The
caller holds the data folder's lock (``evaltool.lock``): no other evaltool writes there.
Thread rule: plain functions; run them on a worker (the evidence store may be large).
"""
from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import sqlite3
import stat
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from evaltool.backups import TEMP_PREFIX as BACKUP_PREFIX
from evaltool.backups import list_backups, readonly_uri
from evaltool.db import Database
from evaltool.evidence.store import EvidenceStore
from evaltool.fsutil import TEMP_FOLDERS_FILE
from evaltool.models import ChangeRecord, EvidenceItem
from evaltool.paths import state_dir

TEMP_DIR = "tmp"
RESTORE_PREFIX = ".rs"
PACKAGE_PREFIX = "evsync-"  # clear-text zips of evaltool.sync.package
PART_MIN_AGE_S = 10 * 60
EVIDENCE_MIN_AGE_S = 10 * 60
SYSTEM_TEMP_MIN_AGE_S = 24 * 3600
MAX_NOTED_FOLDERS = 500
# mkstemp's random part: 8 characters of [a-z0-9_]
_SQLITE_TEMP_RE = re.compile(rf"^(?:{re.escape(BACKUP_PREFIX)}|{re.escape(RESTORE_PREFIX)})[a-z0-9_]{{8}}(?:-journal|-wal|-shm)?$")
_PART_RE = re.compile(r"^\..*-[a-z0-9_]{8}(?:\.[^.]+)?\.part$")
_PACKAGE_RE = re.compile(rf"^{re.escape(PACKAGE_PREFIX)}[a-z0-9_]{{8}}\.zip$")
_SHA_RE = re.compile(r"^[0-9a-f]{64}$")


def temp_folder(data_dir: Path) -> Path:
    """The data folder's own temporary folder (clear-text packages)."""
    return Path(data_dir) / TEMP_DIR


@dataclass
class CleanupReport:
    """What was removed: temporary files, unreferenced evidence files, bytes freed."""

    temp_files: list[str] = field(default_factory=list)
    evidence_files: list[str] = field(default_factory=list)
    bytes_freed: int = 0
    evidence_checked: bool = True  # False: a backup could not be read, no evidence file was touched

    def as_json(self) -> dict[str, object]:
        return {"temp_files": self.temp_files, "evidence_files": self.evidence_files,
                "bytes_freed": self.bytes_freed, "evidence_checked": self.evidence_checked}

    def _remove(self, path: Path, *, evidence: bool = False) -> None:
        try:
            size = path.stat().st_size if path.is_file() else _tree_size(path)
            if path.is_dir():
                shutil.rmtree(path)
            else:
                if evidence:  # stored files are read-only (Windows refuses to delete those)
                    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
                path.unlink()
        except OSError:  # open in another program, or gone already: next time
            return
        (self.evidence_files if evidence else self.temp_files).append(str(path))
        self.bytes_freed += size


def _tree_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _older_than(path: Path, seconds: float, now: float) -> bool:
    try:
        return path.stat().st_mtime < now - seconds
    except OSError:
        return False


def _entries(folder: Path) -> list[Path]:
    try:
        return list(folder.iterdir())
    except OSError:
        return []


# -- temporary files ----------------------------------------------------------------

def clean_data_folder(data_dir: Path, report: CleanupReport | None = None, before: float | None = None) -> CleanupReport:
    """Temporary files of killed backups, restores, packages and evidence copies, last
    written before ``before`` (epoch seconds; default now): the app passes the time it
    started, so the files of a job it has started since are left alone."""
    report = report or CleanupReport()
    before = time.time() if before is None else before
    data_dir = Path(data_dir)
    for p in _entries(data_dir):
        if (_SQLITE_TEMP_RE.match(p.name) and _older_than(p, 0, before)) or \
                (_PART_RE.match(p.name) and _older_than(p, PART_MIN_AGE_S, before)):
            report._remove(p)
    for p in _entries(temp_folder(data_dir)):
        if _PACKAGE_RE.match(p.name) and _older_than(p, 0, before):
            report._remove(p)
    store = EvidenceStore(data_dir)
    sizes = {p: _size(p) for p in _entries(store.tmp)}
    for p in store.clean_temp(before=before):
        report.temp_files.append(str(p))
        report.bytes_freed += sizes.get(p, 0)
    return report


def noted_folders() -> list[Path]:
    """Folders where this computer made ``.part`` files (``fsutil.temp_path_beside``)."""
    try:
        lines = (state_dir() / TEMP_FOLDERS_FILE).read_text(encoding="utf-8", errors="surrogateescape").splitlines()
    except OSError:
        return []
    return [Path(x) for x in dict.fromkeys(line.strip() for line in lines) if x]


def clean_noted_folders(report: CleanupReport | None = None, before: float | None = None) -> CleanupReport:
    """``.part`` files in the folders noted, ``PART_MIN_AGE_S`` older than ``before``;
    folders that cannot be reached now (a USB stick not plugged in) stay noted for next
    time, up to ``MAX_NOTED_FOLDERS``."""
    report = report or CleanupReport()
    now = time.time() if before is None else before
    keep: list[str] = []
    for folder in noted_folders():
        if not folder.is_dir():
            keep.append(str(folder))
            continue
        young = False
        for p in _entries(folder):
            if _PART_RE.match(p.name) and p.is_file():
                if _older_than(p, PART_MIN_AGE_S, now):
                    report._remove(p)
                else:
                    young = True
        if young:
            keep.append(str(folder))
    journal = state_dir() / TEMP_FOLDERS_FILE
    with contextlib.suppress(OSError):  # best effort: the next start tries again
        if keep:
            journal.write_text("\n".join(keep[-MAX_NOTED_FOLDERS:]) + "\n", encoding="utf-8", errors="surrogateescape")
        else:
            journal.unlink(missing_ok=True)
    return report


def clean_system_temp(report: CleanupReport | None = None, before: float | None = None,
                      folder: Path | None = None) -> CleanupReport:
    """Leftovers of ours in the system temp folder, a day older than ``before``."""
    report = report or CleanupReport()
    now = time.time() if before is None else before
    folder = folder or Path(tempfile.gettempdir())
    for p in _entries(folder):
        if (_PACKAGE_RE.match(p.name) or p.name.startswith("evaltool-selftest-")) and \
                _older_than(p, SYSTEM_TEMP_MIN_AGE_S, now):
            report._remove(p)
    for p in _entries(folder / "evaltool-open"):
        if _older_than(p, SYSTEM_TEMP_MIN_AGE_S, now):
            report._remove(p)
    return report


# -- evidence files nothing refers to ----------------------------------------------------

def _shas_in(values: Iterable[object]) -> set[str]:
    out = set()
    for v in values:
        if isinstance(v, str) and v.startswith('"'):  # a JSON string read raw from SQLite
            with contextlib.suppress(ValueError):
                v = json.loads(v)
        if isinstance(v, str) and _SHA_RE.match(v):
            out.add(v)
    return out


_BACKUP_QUERIES = ("SELECT sha256 FROM evidence_items",
                   "SELECT value FROM change_log WHERE table_name = 'evidence_items' AND field = 'sha256'")


def referenced_evidence(db: Database) -> set[str] | None:
    """Every evidence checksum a record, a recorded change (old values, conflicts) or a
    kept backup names; None when a backup could not be read (then nothing is safe to remove)."""
    with db.read_session() as s:
        refs = _shas_in(s.scalars(select(EvidenceItem.sha256)))
        refs |= _shas_in(s.scalars(select(ChangeRecord.value).where(
            ChangeRecord.table_name == "evidence_items", ChangeRecord.field == "sha256")))
    for b in list_backups(db.path):
        if not b.good:
            continue
        try:
            con = sqlite3.connect(readonly_uri(b.path), uri=True)
            try:
                for q in _BACKUP_QUERIES:
                    refs |= _shas_in(r[0] for r in con.execute(q))
            finally:
                con.close()
        except sqlite3.Error:
            return None
    return refs


def stored_evidence(store: EvidenceStore) -> list[Path]:
    """Every file of the store named by a checksum (``evidence/ab/cd/<sha256>``)."""
    out = []
    for a in _entries(store.root):
        if len(a.name) != 2 or not a.is_dir():
            continue
        for b in _entries(a):
            if len(b.name) != 2 or not b.is_dir():
                continue
            out += [f for f in _entries(b) if _SHA_RE.match(f.name) and f.name.startswith(a.name + b.name)]
    return out


def clean_unreferenced_evidence(db: Database, report: CleanupReport | None = None, before: float | None = None) -> CleanupReport:
    """Evidence files no record, change or kept backup names, ``EVIDENCE_MIN_AGE_S`` older
    than ``before`` (see the module docstring)."""
    report = report or CleanupReport()
    now = time.time() if before is None else before
    store = EvidenceStore(db.data_dir)
    files = stored_evidence(store)
    if not files:
        return report
    refs = referenced_evidence(db)
    if refs is None:
        report.evidence_checked = False
        return report
    for f in files:
        if f.name not in refs and _older_than(f, EVIDENCE_MIN_AGE_S, now):
            report._remove(f, evidence=True)
    return report


def discard_unreferenced(db: Database, shas: Iterable[str]) -> list[str]:
    """After a failed or cancelled job that stored these files: remove those nothing
    refers to (returns their checksums). Any doubt keeps them."""
    shas = [s for s in dict.fromkeys(shas) if _SHA_RE.match(s or "")]
    store = EvidenceStore(db.data_dir)
    present = [s for s in shas if store.has(s)]
    if not present:
        return []
    refs = referenced_evidence(db)
    if refs is None:
        return []
    report = CleanupReport()
    for sha in present:
        if sha not in refs:
            report._remove(store.path(sha), evidence=True)
    return [Path(p).name for p in report.evidence_files]


def clean_at_start(db: Database, *, before: float | None = None, evidence: bool = True) -> CleanupReport:
    """Everything above, for the data folder of ``db`` (opened to write, so its lock is
    held), for files last written before ``before`` (the app's start; default now)."""
    if db.read_only:
        raise RuntimeError("clean_at_start needs the data folder opened to write (its lock)")
    report = clean_data_folder(db.data_dir, before=before)
    clean_noted_folders(report, before=before)
    clean_system_temp(report, before=before)
    if evidence:
        clean_unreferenced_evidence(db, report, before=before)
    return report
