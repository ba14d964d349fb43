"""Signatures of sync packages: every package is signed by the laptop that wrote it.

Each laptop has an Ed25519 key pair, made on first use and kept owner-only in its data
folder (``keys/<device id>.pem``, 0600 in a 0700 folder on POSIX) — never in the
database, so it never travels in a package or a backup of the database.

A signed package is the package (a zip, or the encrypted container) followed by a
signature trailer, so it stays one file::

    body                      the package as before (zip or ``EVSYNCE1`` container)
    block                     JSON: alg, device_id, device_name, public_key, body_size,
                              body_sha256, signature (base64)
    footer                    4 bytes: len(block), big-endian; 8 bytes: ``SIG_MAGIC``

The signature covers ``SIG_CONTEXT`` + the block's fields other than ``signature`` in
canonical JSON, which hold the SHA-256 and size of the whole body (the encryption
header included): changing any byte of the file breaks either the hash, the
signature, or the trailer's shape, and the package is refused. A plain signed package
is still a readable zip (zip readers find the central directory near the end).

What a signature proves is *which laptop* wrote the package; whether that laptop is
trusted in a project is ``evaltool.sync.trust``.

Thread rule: pure functions over files; safe on a worker thread.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from evaltool.fsutil import PRIVATE_FILE, atomic_write_bytes, private_dir
from evaltool.i18n import translate
from evaltool.sync.base import CancelCheck, check_cancelled, sync_error
from evaltool.validate.text import clean_text

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

SIG_MAGIC = b"EVSIGN01"
SIG_CONTEXT = b"evaltool-sync-signature-v1\n"
_FOOTER = struct.Struct(">I8s")
MAX_BLOCK = 4096  # bytes of the signature block (a few hundred in practice)
CHUNK = 1024 * 1024
KEY_DIR = "keys"
_DEVICE_RE = re.compile(r"^[0-9A-Za-z-]{1,36}$")  # device ids are UUIDs


@dataclass(frozen=True)
class Signer:
    """What signs this laptop's packages."""

    device_id: str
    device_name: str
    key: Ed25519PrivateKey

    @property
    def public_key(self) -> str:
        return public_key_text(self.key)


@dataclass(frozen=True)
class Signature:
    """The signature trailer of a package, checked (``valid``) against its body."""

    device_id: str
    device_name: str
    public_key: str  # base64 of the 32 raw bytes
    body_size: int
    valid: bool

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


def public_key_text(key: Ed25519PrivateKey) -> str:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return base64.b64encode(key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)).decode("ascii")


def fingerprint(public_key: str) -> str:
    """A key in a form people compare by reading it aloud: 32 hex digits in groups of 4
    (the first 128 bits of the SHA-256 of the raw key)."""
    digest = hashlib.sha256(base64.b64decode(public_key)).hexdigest()[:32].upper()
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4))


def same_fingerprint(a: str, b: str) -> bool:
    """Fingerprints compared as people type them (spaces, dashes and case ignored)."""
    def norm(x: str) -> str:
        return "".join(ch for ch in x.upper() if ch in "0123456789ABCDEF")
    return bool(norm(a)) and norm(a) == norm(b)


# -- this laptop's key --------------------------------------------------------------

def key_path(data_dir: Path, device_id: str) -> Path:
    return Path(data_dir) / KEY_DIR / f"{device_id}.pem"


def device_signer(data_dir: Path, device_id: str, device_name: str) -> Signer:
    """This laptop's signer; the key pair is made on first use (owner-only file).

    Keyed by device id: a copied or restored data folder that takes a new identity
    makes a new key, so two laptops never share one.
    """
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
        load_pem_private_key,
    )

    path = key_path(data_dir, device_id)
    if path.is_file():
        try:
            key = load_pem_private_key(path.read_bytes(), password=None)
        except (OSError, ValueError) as exc:
            raise sync_error(translate("Errors", "This laptop's signing key {path} cannot be read ({error}). "
                             "Restore it from a backup, or remove it to make a new one (the project leads "
                             "must then confirm the new key)."), path=path, error=exc) from exc
        if not isinstance(key, Ed25519PrivateKey):
            raise sync_error(translate("Errors", "This laptop's signing key {path} is not an Ed25519 key."), path=path)
        return Signer(device_id, device_name, key)
    key = Ed25519PrivateKey.generate()
    private_dir(path.parent)
    atomic_write_bytes(path, key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()), mode=PRIVATE_FILE)
    return Signer(device_id, device_name, key)


# -- signing and reading --------------------------------------------------------------

def _signed_message(fields: dict[str, Any]) -> bytes:
    return SIG_CONTEXT + json.dumps(fields, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _hash_body(fh: BinaryIO, size: int, cancelled: CancelCheck | None) -> str:
    h = hashlib.sha256()
    left = size
    while left > 0:
        check_cancelled(cancelled)
        chunk = fh.read(min(CHUNK, left))
        if not chunk:
            break
        h.update(chunk)
        left -= len(chunk)
    return h.hexdigest()


def append_signature(path: Path, signer: Signer, cancelled: CancelCheck | None = None) -> None:
    """Sign the file ``path`` (the whole package so far) and append the trailer."""
    size = path.stat().st_size
    with open(path, "rb+") as fh:
        fields = {"alg": "ed25519", "device_id": signer.device_id, "device_name": signer.device_name,
                  "public_key": signer.public_key, "body_size": size,
                  "body_sha256": _hash_body(fh, size, cancelled)}
        signature = signer.key.sign(_signed_message(fields))
        block = json.dumps(dict(fields, signature=base64.b64encode(signature).decode("ascii")),
                           ensure_ascii=False, sort_keys=True).encode("utf-8")
        fh.seek(size)
        fh.write(block)
        fh.write(_FOOTER.pack(len(block), SIG_MAGIC))


def _damaged(label: str) -> Exception:
    return sync_error(translate("Errors", "{path}: the package's signature is damaged; refused. Nothing was changed."),
                      path=label)


def read_signature(path: Path, cancelled: CancelCheck | None = None) -> Signature | None:
    """The package's signature, checked against its body (None: an unsigned package).

    Raises when a trailer is there but damaged; ``valid`` is False when the body or the
    signed fields changed after signing (the caller refuses it, naming the file).
    """
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    label = path.name
    total = path.stat().st_size
    if total < _FOOTER.size:
        return None
    with open(path, "rb") as fh:
        fh.seek(total - _FOOTER.size)
        n, magic = _FOOTER.unpack(fh.read(_FOOTER.size))
        if magic != SIG_MAGIC:
            return None
        if not 0 < n <= MAX_BLOCK or n > total - _FOOTER.size:
            raise _damaged(label)
        body_size = total - _FOOTER.size - n
        fh.seek(body_size)
        try:
            block = json.loads(fh.read(n).decode("utf-8"))
        except (ValueError, UnicodeDecodeError, RecursionError) as exc:
            raise _damaged(label) from exc
        keys = ("alg", "device_id", "device_name", "public_key", "body_size", "body_sha256", "signature")
        if not isinstance(block, dict) or set(block) != set(keys) or block["alg"] != "ed25519" \
                or not all(isinstance(block[k], str) for k in keys if k != "body_size") \
                or not isinstance(block["body_size"], int) or not _DEVICE_RE.fullmatch(block["device_id"]):
            raise _damaged(label)
        try:
            raw_key = base64.b64decode(block["public_key"], validate=True)
            signature = base64.b64decode(block["signature"], validate=True)
            public = Ed25519PublicKey.from_public_bytes(raw_key)
        except ValueError as exc:
            raise _damaged(label) from exc
        fields = {k: block[k] for k in keys if k != "signature"}
        valid = block["body_size"] == body_size
        if valid:
            fh.seek(0)
            valid = _hash_body(fh, body_size, cancelled) == block["body_sha256"]
        if valid:
            try:
                public.verify(signature, _signed_message(fields))
            except InvalidSignature:
                valid = False
    # the name is shown to people: no control characters from a forged trailer
    return Signature(block["device_id"], clean_text(block["device_name"])[0][:200], block["public_key"], body_size, valid)


def body_size(path: Path) -> int:
    """Bytes of ``path`` that are the package body (the whole file when unsigned)."""
    total = os.path.getsize(path)
    if total < _FOOTER.size:
        return total
    with open(path, "rb") as fh:
        fh.seek(total - _FOOTER.size)
        n, magic = _FOOTER.unpack(fh.read(_FOOTER.size))
    return total - _FOOTER.size - n if magic == SIG_MAGIC and 0 < n <= total - _FOOTER.size else total
