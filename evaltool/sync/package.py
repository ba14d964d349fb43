"""The sync package container: a zip with a manifest, optionally encrypted.

Layout of the zip (``*.evsync``; a whole-project archive is the same thing with
``kind = "archive"``)::

    manifest.json     format, format_version, kind, project, sender, version vector,
                      entries [{"name", "sha256", "size"}]
    changes.jsonl     one ChangeRecord per line (keys: evaltool.sync.base.CHANGE_KEYS)
    blobs/<sha256>    evidence files the receiver may not have (stored, not deflated)

An encrypted package is the zip encrypted as a whole (``evaltool.sync.crypto``). Either
is followed by the sending laptop's signature over every byte before it
(``evaltool.sync.signing``); a package whose signature does not match is refused before
anything else is read (packages of older laptops have none: ``OpenedPackage.signature``
is None, and ``evaltool.sync.trust`` decides).

Reading validates before anything is applied: damaged/truncated zip, entry names
that are absolute or climb out (zip-slip), too many entries, too many bytes in
total, suspicious compression ratios (package bombs), entries not listed in the
manifest or whose SHA-256 differs, a format version newer than ours, JSON nested too
deep to parse, and clock values no laptop can have (``evaltool.validate.clock_problem``).
Thread rule: pure functions over files; safe on a worker thread.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import re
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from evaltool.cleanup import PACKAGE_PREFIX
from evaltool.fsutil import atomic_write
from evaltool.i18n import translate
from evaltool.sync.base import CancelCheck, Progress, check_cancelled, sync_error
from evaltool.sync.crypto import decrypt_file, encrypt_file, is_encrypted
from evaltool.sync.signing import Signature, Signer, append_signature, read_signature
from evaltool.validate import clock_problem

FORMAT = "evaltool-sync"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
CHANGES = "changes.jsonl"
BLOB_DIR = "blobs/"
CHUNK = 1024 * 1024  # bytes copied at a time
_SHA_RE = re.compile(r"^[0-9a-f]{64}$")
_LINES_PER_CHECK = 4000  # changes parsed between two checks for Cancel (a few ms)
# What reading a damaged entry raises: a bad header or deflate stream, a truncated entry,
# a compression method or zip version we lack, an entry flagged as zip-encrypted.
_ENTRY_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError)


@dataclass(frozen=True)
class Limits:
    """What a package may hold before it is refused as a bomb (bytes are uncompressed)."""

    max_entries: int = 200_000
    max_total: int = 32 * 1024 ** 3
    max_manifest: int = 16 * 1024 ** 2
    max_changes: int = 2 * 1024 ** 3
    max_ratio: float = 200.0  # uncompressed / compressed, for entries above ratio_floor
    ratio_floor: int = 1024 * 1024


DEFAULT_LIMITS = Limits()


# -- writing ---------------------------------------------------------------------

@dataclass
class BlobSource:
    sha256: str
    path: Path


def _copy(src: Path, dst: BinaryIO, cancelled: CancelCheck | None) -> None:
    with open(src, "rb") as fh:
        while True:
            check_cancelled(cancelled, translate("Errors", "Cancelled; no package was written."))
            chunk = fh.read(CHUNK)
            if not chunk:
                return
            dst.write(chunk)


def _write_zip(plain: Path, manifest: dict[str, Any], changes: list[dict[str, Any]], blobs: list[BlobSource],
               progress: Progress | None, cancelled: CancelCheck | None) -> None:
    """The clear-text zip: changes, then each blob (checked against its name), then the manifest."""
    total = len(blobs) + 2
    done = 0
    entries: list[dict[str, Any]] = []
    with zipfile.ZipFile(plain, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6, allowZip64=True) as zf:
        body = io.BytesIO()
        for c in changes:
            body.write(json.dumps(c, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8"))
            body.write(b"\n")
        data = body.getvalue()
        zf.writestr(CHANGES, data)
        entries.append({"name": CHANGES, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)})
        done += 1
        if progress:
            progress(done, total)
        for b in blobs:
            check_cancelled(cancelled, translate("Errors", "Cancelled; no package was written."))
            name = BLOB_DIR + b.sha256
            h = hashlib.sha256()
            size = 0
            with open(b.path, "rb") as src, zf.open(zipfile.ZipInfo(name), "w", force_zip64=True) as dst:
                while True:
                    chunk = src.read(CHUNK)
                    if not chunk:
                        break
                    h.update(chunk)
                    size += len(chunk)
                    dst.write(chunk)
            if h.hexdigest() != b.sha256:
                raise sync_error(translate("Errors", "The stored evidence file {sha} is damaged (its checksum changed); "
                                 "check the evidence store before exporting."), sha=b.sha256[:12])
            entries.append({"name": name, "sha256": b.sha256, "size": size})
            done += 1
            if progress:
                progress(done, total)
        doc = dict(manifest, format=FORMAT, format_version=FORMAT_VERSION, entries=entries)
        zf.writestr(MANIFEST, json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8"))


def _temp_zip(temp_dir: Path | None) -> tuple[int, str]:
    if temp_dir is not None:
        temp_dir.mkdir(parents=True, exist_ok=True)
    return tempfile.mkstemp(prefix=PACKAGE_PREFIX, suffix=".zip", dir=temp_dir)


def write_package(target: Path, manifest: dict[str, Any], changes: list[dict[str, Any]],
                  blobs: list[BlobSource], passphrase: str | None = None,
                  progress: Progress | None = None, cancelled: CancelCheck | None = None,
                  temp_dir: Path | None = None, signer: Signer | None = None) -> int:
    """Write the package to ``target`` (``fsutil.atomic_write``: a temporary name beside
    it, fsync, rename; on any error or Cancel no file is left). Returns the size in bytes.

    The clear-text zip is built in ``temp_dir`` (the data folder's ``tmp``, which the
    start-up cleanup empties after a killed process; the system temp folder when None),
    so an encrypted package never has its contents in clear on the (removable) target.
    ``signer``: this laptop's key, whose signature over the finished file is appended
    (the package stays one file).
    """
    fd, plain_name = _temp_zip(temp_dir)
    os.close(fd)
    plain = Path(plain_name)

    def write(tmp: Path) -> None:
        with open(tmp, "wb") as out:
            if passphrase:
                encrypt_file(plain, out, passphrase, cancelled)
            else:
                _copy(plain, out, cancelled)
        if signer is not None:
            append_signature(tmp, signer, cancelled)

    try:
        _write_zip(plain, manifest, changes, blobs, progress, cancelled)
        atomic_write(target, write)
    except OSError as exc:
        raise sync_error(translate("Errors", "Cannot write the package {path}: {error}"), path=target,
                         error=exc.strerror or exc) from exc
    finally:
        plain.unlink(missing_ok=True)
    if progress:
        progress(len(blobs) + 2, len(blobs) + 2)
    return target.stat().st_size


# -- reading ---------------------------------------------------------------------

@dataclass
class OpenedPackage:
    """A validated package: manifest, change dicts, and a way to read each blob."""

    path: Path
    manifest: dict[str, Any]
    changes: list[dict[str, Any]]
    blob_names: dict[str, str] = field(default_factory=dict)  # sha -> entry name
    encrypted: bool = False
    signature: Signature | None = None  # checked: a package whose signature does not match is refused
    _zip: zipfile.ZipFile | None = None

    def open_blob(self, sha: str) -> BinaryIO:
        assert self._zip is not None
        return self._zip.open(self.blob_names[sha])  # type: ignore[return-value]


def _safe_name(name: str) -> bool:
    if not name or name.startswith(("/", "\\")) or "\\" in name or "\x00" in name:
        return False
    if re.match(r"^[A-Za-z]:", name):
        return False
    parts = name.split("/")
    return all(p not in ("..", ".", "") for p in parts)


def _read_entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int, label: str) -> bytes:
    """Read an entry, refusing more bytes than it declares or than ``cap``."""
    limit = min(info.file_size, cap)
    with zf.open(info) as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise sync_error(translate("Errors", "{path}: the entry {name} is larger than allowed or than it declares (package bomb?)."),
                   path=label, name=info.filename)
    return data


@contextmanager
def open_package(path: Path | str, passphrase: str | None = None, limits: Limits = DEFAULT_LIMITS,
                 progress: Progress | None = None, cancelled: CancelCheck | None = None,
                 temp_dir: Path | None = None) -> Iterator[OpenedPackage]:
    """Check the signature (when there is one), decrypt (if needed) and validate a
    package; the blobs' hashes are checked too. An encrypted package is decrypted into
    ``temp_dir`` (see ``write_package``) and the clear copy removed when the block ends."""
    path = Path(path)
    label = path.name
    if not path.is_file():
        raise sync_error(translate("Errors", "No package file {path}."), path=path)
    tmp: Path | None = None
    try:
        signature = read_signature(path, cancelled)
        if signature is not None and not signature.valid:
            raise sync_error(translate("Errors", "{path}: the signature does not match the package's content: it was "
                             "altered after it was signed (forged or damaged); refused. Nothing was changed."), path=label)
        encrypted = is_encrypted(path)
        zpath = path
        if encrypted:
            fd, name = _temp_zip(temp_dir)
            tmp = Path(name)
            with os.fdopen(fd, "wb") as out:
                decrypt_file(path, out, passphrase, cancelled,
                             size=signature.body_size if signature is not None else None)
            zpath = tmp
        try:
            zf = zipfile.ZipFile(zpath)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:  # (a zip version we lack)
            raise sync_error(translate("Errors", "{path} is not a complete sync package (damaged or truncated: {error}). "
                       "Copy it again from the sender."), path=label, error=exc) from exc
        with zf:
            if signature is None and not encrypted and not _zip_ends_the_file(path):
                raise sync_error(translate("Errors", "{path} is damaged: there are bytes after the end of the package "
                                 "(a signature cut short?). Copy it again from the sender; nothing was changed."),
                                 path=label)
            pkg = _validate(zf, label, limits, progress, cancelled)
            pkg.path, pkg.encrypted, pkg.signature, pkg._zip = path, encrypted, signature, zf
            yield pkg
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)


def _zip_ends_the_file(path: Path) -> bool:
    """Whether the file ends with a zip's end-of-central-directory record (and its
    comment): an unsigned plain package does; one with a signature cut short does not
    (zip readers would still open it and take it for an older, unsigned package)."""
    size = path.stat().st_size
    with open(path, "rb") as fh:
        fh.seek(max(0, size - 22 - 0xFFFF))
        tail = fh.read()
    i = tail.rfind(b"PK\x05\x06")
    while i >= 0:
        if i + 22 <= len(tail) and int.from_bytes(tail[i + 20:i + 22], "little") == len(tail) - i - 22:
            return True
        i = tail.rfind(b"PK\x05\x06", 0, i)
    return False


def _validate(zf: zipfile.ZipFile, label: str, limits: Limits, progress: Progress | None,
              cancelled: CancelCheck | None) -> OpenedPackage:
    infos = zf.infolist()
    if len(infos) > limits.max_entries:
        raise sync_error(translate("Errors", "{path} has {n} entries, more than a package may hold ({max}); refused as a package bomb."),
                   path=label, n=len(infos), max=limits.max_entries)
    total = 0
    names: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        if not _safe_name(info.filename):
            raise sync_error(translate("Errors", "{path} contains an unsafe entry name “{name}” (absolute path or “..”); refused."),
                       path=label, name=info.filename)
        if info.filename in names:
            raise sync_error(translate("Errors", "{path} contains the entry {name} twice; refused."), path=label, name=info.filename)
        names[info.filename] = info
        total += info.file_size
        if info.file_size > limits.ratio_floor and info.compress_size > 0 and \
                info.file_size / info.compress_size > limits.max_ratio:
            raise sync_error(translate("Errors", "{path}: the entry {name} expands {ratio:.0f} times; refused as a package bomb."),
                       path=label, name=info.filename, ratio=info.file_size / info.compress_size)
    if total > limits.max_total:
        raise sync_error(translate("Errors", "{path} would expand to {size} bytes, more than allowed ({max}); refused as a package bomb."),
                   path=label, size=total, max=limits.max_total)
    if MANIFEST not in names:
        raise sync_error(translate("Errors", "{path} is not a sync package (no manifest.json)."), path=label)
    try:
        manifest = json.loads(_read_entry(zf, names[MANIFEST], limits.max_manifest, label).decode("utf-8"))
    except (*_ENTRY_ERRORS, ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise sync_error(translate("Errors", "{path}: the manifest is damaged ({error})."), path=label, error=exc) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise sync_error(translate("Errors", "{path} is not an evaltool sync package."), path=label)
    version = manifest.get("format_version")
    if not isinstance(version, int) or version < 1:
        raise sync_error(translate("Errors", "{path}: the manifest has no valid format version."), path=label)
    if version > FORMAT_VERSION:
        raise sync_error(translate("Errors", "{path} was written by a newer evaltool (package format {v}, this one reads up to {mine}). "
                   "Install the newer evaltool to import it."), path=label, v=version, mine=FORMAT_VERSION)
    entries = manifest.get("entries")
    if not isinstance(entries, list):
        raise sync_error(translate("Errors", "{path}: the manifest lists no entries."), path=label)
    listed: dict[str, dict[str, Any]] = {}
    for e in entries:
        if not isinstance(e, dict) or not isinstance(e.get("name"), str) or not isinstance(e.get("sha256"), str):
            raise sync_error(translate("Errors", "{path}: the manifest's list of entries is damaged."), path=label)
        listed[e["name"]] = e
    extra = set(names) - set(listed) - {MANIFEST}
    missing = set(listed) - set(names)
    if extra or missing:
        raise sync_error(translate("Errors", "{path}: the files inside do not match the manifest (extra: {extra}; missing: {missing})."),
                   path=label, extra=", ".join(sorted(extra)) or "-", missing=", ".join(sorted(missing)) or "-")
    if CHANGES not in listed:
        raise sync_error(translate("Errors", "{path} has no changes.jsonl."), path=label)
    blob_names: dict[str, str] = {}
    work = len(listed)
    for done, (name, e) in enumerate(listed.items(), start=1):
        check_cancelled(cancelled)
        if name != CHANGES:
            sha = name[len(BLOB_DIR):] if name.startswith(BLOB_DIR) else ""
            if not _SHA_RE.match(sha):
                raise sync_error(translate("Errors", "{path}: unexpected entry {name}."), path=label, name=name)
            if e["sha256"] != sha:
                raise sync_error(translate("Errors", "{path}: the evidence file {name} is listed with another checksum."), path=label, name=name)
            got = _hash_entry(zf, names[name], label)
            if got != sha:
                raise sync_error(translate("Errors", "{path}: the evidence file {sha} does not match its checksum (damaged); refused."),
                           path=label, sha=sha[:12])
            blob_names[sha] = name
        if progress:
            progress(done, work)
    try:
        data = _read_entry(zf, names[CHANGES], limits.max_changes, label)
    except _ENTRY_ERRORS as exc:
        raise sync_error(translate("Errors", "{path} is damaged ({error})."), path=label, error=exc) from exc
    if hashlib.sha256(data).hexdigest() != listed[CHANGES]["sha256"]:
        raise sync_error(translate("Errors", "{path}: the changes do not match the manifest's checksum (damaged or altered); refused."),
                   path=label)
    changes: list[dict[str, Any]] = []
    try:
        for i, line in enumerate(data.decode("utf-8").splitlines()):
            if i % _LINES_PER_CHECK == 0:
                check_cancelled(cancelled)
            if line and not line.isspace():  # (``strip`` would copy every line)
                obj = json.loads(line)
                if not isinstance(obj, dict):
                    raise ValueError("a line is not an object")
                changes.append(obj)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise sync_error(translate("Errors", "{path}: the changes cannot be read ({error})."), path=label, error=exc) from exc
    _check_clocks(changes, label)
    return OpenedPackage(Path(label), manifest, changes, blob_names)


def _check_clocks(changes: list[dict[str, Any]], label: str) -> None:
    """Refuse a change stamped by a clock no laptop can have (no number, a date past 9999).
    A clock that is merely wrong is taken (counted, never moving ours: ``merge``)."""
    for i, c in enumerate(changes):
        hlc = c.get("hlc")
        why = clock_problem(hlc) if isinstance(hlc, str) else None
        if why:
            raise sync_error(translate("Errors", "{path}: change {n} cannot be imported: {why}. The package is refused; nothing was changed."),
                             path=label, n=i + 1, why=why)


def _hash_entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo, label: str) -> str:
    h = hashlib.sha256()
    read = 0
    try:
        with zf.open(info) as fh:
            while True:
                chunk = fh.read(CHUNK)
                if not chunk:
                    break
                read += len(chunk)
                if read > info.file_size:
                    raise sync_error(translate("Errors", "{path}: the entry {name} is larger than it declares (package bomb?)."),
                               path=label, name=info.filename)
                h.update(chunk)
    except _ENTRY_ERRORS as exc:
        raise sync_error(translate("Errors", "{path} is damaged ({error})."), path=label, error=exc) from exc
    return h.hexdigest()
