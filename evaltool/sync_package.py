"""The sync package container: a zip with a manifest, optionally encrypted.

Layout of the zip (``*.evsync``; a whole-project archive is the same thing with
``kind = "archive"``)::

    manifest.json     format, format_version, kind, project, sender, version vector,
                      entries [{"name", "sha256", "size"}]
    changes.jsonl     one ChangeRecord per line (see evaltool.sync)
    blobs/<sha256>    evidence files the receiver may not have (stored, not deflated)

Encrypted packages start with ``ENC_MAGIC`` and a small header (scrypt salt and
parameters, a nonce prefix and a key check value), then the zip in AES-256-GCM
chunks of ``CHUNK`` bytes (each chunk's nonce carries its counter and a "last"
flag, so a truncated, reordered or spliced file fails authentication). A wrong
passphrase is told apart from a damaged file by the key check value.

Reading validates before anything is applied: damaged/truncated zip, entry names
that are absolute or climb out (zip-slip), too many entries, too many bytes in
total, suspicious compression ratios (package bombs), entries not listed in the
manifest or whose SHA-256 differs, and a format version newer than ours.
Thread rule: pure functions over files; safe on a worker thread.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import re
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from evaltool.errors import Cancelled, SyncError
from evaltool.i18n import translate

FORMAT = "evaltool-sync"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
CHANGES = "changes.jsonl"
BLOB_DIR = "blobs/"
ENC_MAGIC = b"EVSYNCE1"
CHUNK = 1024 * 1024
SCRYPT_LOG2N, SCRYPT_R, SCRYPT_P = 15, 8, 1
_HEADER = struct.Struct(">8s16sBBB7s")  # magic, salt, log2n, r, p, nonce prefix
_CHECK_NONCE = b"\xff" * 12
_SHA_RE = re.compile(r"^[0-9a-f]{64}$")

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


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


def _err(text: str, **kw: Any) -> SyncError:
    """``text`` is already translated (written as translate("Errors", "…") so lupdate finds it)."""
    return SyncError(text.format(**kw))


# -- passphrases and keys --------------------------------------------------------

def read_passphrase_file(path: Path | str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise _err(translate("Errors", "Cannot read the passphrase file {path}: {error}"), path=path, error=exc) from exc
    text = text.rstrip("\r\n")
    if not text.strip():
        raise _err(translate("Errors", "The passphrase file {path} is empty."), path=path)
    return text


def _derive(passphrase: str, salt: bytes, log2n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    if not (10 <= log2n <= 22 and 1 <= r <= 32 and 1 <= p <= 16):
        raise _err(translate("Errors", "The package's encryption header is damaged."))
    return Scrypt(salt=salt, length=32, n=2 ** log2n, r=r, p=p).derive(passphrase.encode("utf-8"))


def is_encrypted(path: Path | str) -> bool:
    with open(path, "rb") as fh:
        return fh.read(len(ENC_MAGIC)) == ENC_MAGIC


def encrypt_file(src: Path, dst: BinaryIO, passphrase: str) -> None:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, prefix = os.urandom(16), os.urandom(7)
    header = _HEADER.pack(ENC_MAGIC, salt, SCRYPT_LOG2N, SCRYPT_R, SCRYPT_P, prefix)
    aes = AESGCM(_derive(passphrase, salt, SCRYPT_LOG2N, SCRYPT_R, SCRYPT_P))
    dst.write(header)
    dst.write(aes.encrypt(_CHECK_NONCE, b"", header))
    size = src.stat().st_size
    with open(src, "rb") as fh:
        counter = 0
        done = 0
        while True:
            chunk = fh.read(CHUNK)
            done += len(chunk)
            last = done >= size
            nonce = prefix + struct.pack(">I", counter) + (b"\x01" if last else b"\x00")
            ct = aes.encrypt(nonce, chunk, header)
            dst.write(struct.pack(">I", len(ct)))
            dst.write(ct)
            counter += 1
            if last:
                break


def decrypt_file(src: Path, dst: BinaryIO, passphrase: str | None) -> None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not passphrase:
        raise _err(translate("Errors", "{path} is encrypted: give the team passphrase (--passphrase-file)."), path=src.name)
    with open(src, "rb") as fh:
        header = fh.read(_HEADER.size)
        check = fh.read(16)
        if len(header) < _HEADER.size or len(check) < 16:
            raise _err(translate("Errors", "{path} is truncated: the encryption header is incomplete."), path=src.name)
        _magic, salt, log2n, r, p, prefix = _HEADER.unpack(header)
        aes = AESGCM(_derive(passphrase, salt, log2n, r, p))
        try:
            aes.decrypt(_CHECK_NONCE, check, header)
        except InvalidTag:
            raise _err(translate("Errors", "Wrong passphrase for {path}: it was encrypted with another team passphrase."), path=src.name) from None
        counter = 0
        while True:
            raw = fh.read(4)
            if len(raw) < 4:
                raise _err(translate("Errors", "{path} is truncated: the encrypted data ends early. Copy the package again."), path=src.name)
            (n,) = struct.unpack(">I", raw)
            if n > CHUNK + 16:
                raise _err(translate("Errors", "{path} is damaged (an encrypted block has an impossible size)."), path=src.name)
            ct = fh.read(n)
            if len(ct) < n:
                raise _err(translate("Errors", "{path} is truncated: the encrypted data ends early. Copy the package again."), path=src.name)
            last = fh.peek(1)[:1] == b""
            nonce = prefix + struct.pack(">I", counter) + (b"\x01" if last else b"\x00")
            try:
                dst.write(aes.decrypt(nonce, ct, header))
            except InvalidTag:
                # a file cut right after a block fails here too: that block is not the last
                raise _err(translate("Errors", "{path} is damaged or truncated (authentication failed at block {n})."),
                           path=src.name, n=counter + 1) from None
            counter += 1
            if last:
                return


# -- writing ---------------------------------------------------------------------

@dataclass
class BlobSource:
    sha256: str
    path: Path


def _fsync(fh: BinaryIO) -> None:
    fh.flush()
    os.fsync(fh.fileno())


def write_package(target: Path, manifest: dict[str, Any], changes: list[dict[str, Any]],
                  blobs: list[BlobSource], passphrase: str | None = None,
                  progress: Progress | None = None, cancelled: CancelCheck | None = None) -> int:
    """Write the package to ``target`` (temp name in the same folder, fsync, rename).

    The clear-text zip of an encrypted package is built in the system temp folder,
    never on the (removable) target. Returns the size in bytes.
    """
    total = len(blobs) + 2
    done = 0
    entries: list[dict[str, Any]] = []
    fd, plain_name = tempfile.mkstemp(prefix="evsync-", suffix=".zip")
    os.close(fd)
    plain = Path(plain_name)
    part = target.with_name(f".{target.name}.part")
    try:
        with zipfile.ZipFile(plain, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6,
                             allowZip64=True) as zf:
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
                if cancelled is not None and cancelled():
                    raise Cancelled(translate("Errors", "Cancelled; no package was written."))
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
                    raise _err(translate("Errors", "The stored evidence file {sha} is damaged (its checksum changed); "
                               "check the evidence store before exporting."), sha=b.sha256[:12])
                entries.append({"name": name, "sha256": b.sha256, "size": size})
                done += 1
                if progress:
                    progress(done, total)
            doc = dict(manifest, format=FORMAT, format_version=FORMAT_VERSION, entries=entries)
            zf.writestr(MANIFEST, json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8"))
        with open(part, "wb") as out:
            if passphrase:
                encrypt_file(plain, out, passphrase)
            else:
                with open(plain, "rb") as src:
                    while True:
                        chunk = src.read(CHUNK)
                        if not chunk:
                            break
                        out.write(chunk)
            _fsync(out)
        os.replace(part, target)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise _err(translate("Errors", "Cannot write the package {path}: {error}"), path=target, error=exc.strerror or exc) from exc
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    finally:
        plain.unlink(missing_ok=True)
    if progress:
        progress(total, total)
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
        raise _err(translate("Errors", "{path}: the entry {name} is larger than allowed or than it declares (package bomb?)."),
                   path=label, name=info.filename)
    return data


@contextmanager
def open_package(path: Path | str, passphrase: str | None = None, limits: Limits = DEFAULT_LIMITS,
                 progress: Progress | None = None, cancelled: CancelCheck | None = None) -> Iterator[OpenedPackage]:
    """Decrypt (if needed) and validate a package; the blobs' hashes are checked too."""
    path = Path(path)
    label = path.name
    if not path.is_file():
        raise _err(translate("Errors", "No package file {path}."), path=path)
    tmp: Path | None = None
    try:
        encrypted = is_encrypted(path)
        zpath = path
        if encrypted:
            fd, name = tempfile.mkstemp(prefix="evsync-", suffix=".zip")
            tmp = Path(name)
            with os.fdopen(fd, "wb") as out:
                decrypt_file(path, out, passphrase)
            zpath = tmp
        try:
            zf = zipfile.ZipFile(zpath)
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise _err(translate("Errors", "{path} is not a complete sync package (damaged or truncated: {error}). "
                       "Copy it again from the sender."), path=label, error=exc) from exc
        with zf:
            pkg = _validate(zf, label, limits, progress, cancelled)
            pkg.path, pkg.encrypted, pkg._zip = path, encrypted, zf
            yield pkg
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)


def _validate(zf: zipfile.ZipFile, label: str, limits: Limits, progress: Progress | None,
              cancelled: CancelCheck | None) -> OpenedPackage:
    infos = zf.infolist()
    if len(infos) > limits.max_entries:
        raise _err(translate("Errors", "{path} has {n} entries, more than a package may hold ({max}); refused as a package bomb."),
                   path=label, n=len(infos), max=limits.max_entries)
    total = 0
    names: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        if not _safe_name(info.filename):
            raise _err(translate("Errors", "{path} contains an unsafe entry name “{name}” (absolute path or “..”); refused."),
                       path=label, name=info.filename)
        if info.filename in names:
            raise _err(translate("Errors", "{path} contains the entry {name} twice; refused."), path=label, name=info.filename)
        names[info.filename] = info
        total += info.file_size
        if info.file_size > limits.ratio_floor and info.compress_size > 0 and \
                info.file_size / info.compress_size > limits.max_ratio:
            raise _err(translate("Errors", "{path}: the entry {name} expands {ratio:.0f} times; refused as a package bomb."),
                       path=label, name=info.filename, ratio=info.file_size / info.compress_size)
    if total > limits.max_total:
        raise _err(translate("Errors", "{path} would expand to {size} bytes, more than allowed ({max}); refused as a package bomb."),
                   path=label, size=total, max=limits.max_total)
    if MANIFEST not in names:
        raise _err(translate("Errors", "{path} is not a sync package (no manifest.json)."), path=label)
    try:
        manifest = json.loads(_read_entry(zf, names[MANIFEST], limits.max_manifest, label).decode("utf-8"))
    except (zipfile.BadZipFile, zlib.error, ValueError, UnicodeDecodeError, EOFError) as exc:
        raise _err(translate("Errors", "{path}: the manifest is damaged ({error})."), path=label, error=exc) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _err(translate("Errors", "{path} is not an evaltool sync package."), path=label)
    version = manifest.get("format_version")
    if not isinstance(version, int) or version < 1:
        raise _err(translate("Errors", "{path}: the manifest has no valid format version."), path=label)
    if version > FORMAT_VERSION:
        raise _err(translate("Errors", "{path} was written by a newer evaltool (package format {v}, this one reads up to {mine}). "
                   "Install the newer evaltool to import it."), path=label, v=version, mine=FORMAT_VERSION)
    entries = manifest.get("entries")
    if not isinstance(entries, list):
        raise _err(translate("Errors", "{path}: the manifest lists no entries."), path=label)
    listed: dict[str, dict[str, Any]] = {}
    for e in entries:
        if not isinstance(e, dict) or not isinstance(e.get("name"), str) or not isinstance(e.get("sha256"), str):
            raise _err(translate("Errors", "{path}: the manifest's list of entries is damaged."), path=label)
        listed[e["name"]] = e
    extra = set(names) - set(listed) - {MANIFEST}
    missing = set(listed) - set(names)
    if extra or missing:
        raise _err(translate("Errors", "{path}: the files inside do not match the manifest (extra: {extra}; missing: {missing})."),
                   path=label, extra=", ".join(sorted(extra)) or "-", missing=", ".join(sorted(missing)) or "-")
    if CHANGES not in listed:
        raise _err(translate("Errors", "{path} has no changes.jsonl."), path=label)
    blob_names: dict[str, str] = {}
    work = len(listed)
    done = 0
    for name, e in listed.items():
        if cancelled is not None and cancelled():
            raise Cancelled(translate("Errors", "Cancelled; nothing was changed."))
        if name != CHANGES:
            sha = name[len(BLOB_DIR):] if name.startswith(BLOB_DIR) else ""
            if not _SHA_RE.match(sha):
                raise _err(translate("Errors", "{path}: unexpected entry {name}."), path=label, name=name)
            if e["sha256"] != sha:
                raise _err(translate("Errors", "{path}: the evidence file {name} is listed with another checksum."), path=label, name=name)
            got = _hash_entry(zf, names[name], label)
            if got != sha:
                raise _err(translate("Errors", "{path}: the evidence file {sha} does not match its checksum (damaged); refused."),
                           path=label, sha=sha[:12])
            blob_names[sha] = name
        done += 1
        if progress:
            progress(done, work)
    try:
        data = _read_entry(zf, names[CHANGES], limits.max_changes, label)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
        raise _err(translate("Errors", "{path} is damaged ({error})."), path=label, error=exc) from exc
    if hashlib.sha256(data).hexdigest() != listed[CHANGES]["sha256"]:
        raise _err(translate("Errors", "{path}: the changes do not match the manifest's checksum (damaged or altered); refused."),
                   path=label)
    changes: list[dict[str, Any]] = []
    try:
        for line in data.decode("utf-8").splitlines():
            if line.strip():
                obj = json.loads(line)
                if not isinstance(obj, dict):
                    raise ValueError("a line is not an object")
                changes.append(obj)
    except (ValueError, UnicodeDecodeError) as exc:
        raise _err(translate("Errors", "{path}: the changes cannot be read ({error})."), path=label, error=exc) from exc
    return OpenedPackage(Path(label), manifest, changes, blob_names)


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
                    raise _err(translate("Errors", "{path}: the entry {name} is larger than it declares (package bomb?)."),
                               path=label, name=info.filename)
                h.update(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
        raise _err(translate("Errors", "{path} is damaged ({error})."), path=label, error=exc) from exc
    return h.hexdigest()
