"""Encryption of sync packages with the team passphrase.

An encrypted package starts with ``ENC_MAGIC`` and a small header (scrypt salt and
parameters, a nonce prefix and a key check value), then the zip in AES-256-GCM chunks
of ``CHUNK`` bytes (each chunk's nonce carries its counter and a "last" flag, so a
truncated, reordered or spliced file fails authentication). A wrong passphrase is told
apart from a damaged file by the key check value.

The scrypt parameters come from the header, i.e. from whoever wrote the file: they are
checked against fixed limits (``KDF_LIMITS``) *before* any derivation, so a forged
header cannot make an import allocate gigabytes or run for minutes without the
passphrase (issue 17). Ours (2^15, 8, 1: 32 MiB) sit well inside them.

Thread rule: pure functions over files; safe on a worker thread.
"""
from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from evaltool.i18n import translate
from evaltool.sync.base import CancelCheck, check_cancelled, sync_error

ENC_MAGIC = b"EVSYNCE1"
CHUNK = 1024 * 1024  # clear-text bytes per encrypted block
SCRYPT_LOG2N, SCRYPT_R, SCRYPT_P = 15, 8, 1
_HEADER = struct.Struct(">8s16sBBB7s")  # magic, salt, log2n, r, p, nonce prefix
_CHECK_NONCE = b"\xff" * 12


@dataclass(frozen=True)
class KdfLimits:
    """What a package header may ask of scrypt. Memory is 128·r·2^log2n bytes; time grows
    with n·r·p. A header outside these is refused before the KDF runs."""

    min_log2n: int = 14
    max_log2n: int = 17
    max_r: int = 8
    max_p: int = 2
    max_memory: int = 128 * 1024 ** 2  # bytes


KDF_LIMITS = KdfLimits()


def kdf_problem(log2n: int, r: int, p: int, limits: KdfLimits = KDF_LIMITS) -> str | None:
    """Why these scrypt parameters are refused (None: within the limits)."""
    if not limits.min_log2n <= log2n <= limits.max_log2n:
        return f"n = 2^{log2n}, allowed 2^{limits.min_log2n}…2^{limits.max_log2n}"
    if not 1 <= r <= limits.max_r:
        return f"r = {r}, allowed 1…{limits.max_r}"
    if not 1 <= p <= limits.max_p:
        return f"p = {p}, allowed 1…{limits.max_p}"
    if 128 * r * 2 ** log2n > limits.max_memory:
        return f"{128 * r * 2 ** log2n // 1024 ** 2} MiB of memory, allowed {limits.max_memory // 1024 ** 2} MiB"
    return None


# -- passphrases and keys --------------------------------------------------------

def read_passphrase_file(path: Path | str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise sync_error(translate("Errors", "Cannot read the passphrase file {path}: {error}"), path=path, error=exc) from exc
    text = text.rstrip("\r\n")
    if not text.strip():
        raise sync_error(translate("Errors", "The passphrase file {path} is empty."), path=path)
    return text


def _derive(passphrase: str, salt: bytes, log2n: int, r: int, p: int) -> bytes:
    # cryptography is imported on first use: the app and CLI start without it
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    if kdf_problem(log2n, r, p) is not None:  # callers check first and name the file; this is the backstop
        raise sync_error(translate("Errors", "The package's encryption header is damaged."))
    return Scrypt(salt=salt, length=32, n=2 ** log2n, r=r, p=p).derive(passphrase.encode("utf-8"))


def is_encrypted(path: Path | str) -> bool:
    with open(path, "rb") as fh:
        return fh.read(len(ENC_MAGIC)) == ENC_MAGIC


def encrypt_file(src: Path, dst: BinaryIO, passphrase: str, cancelled: CancelCheck | None = None) -> None:
    """Write ``src`` encrypted to ``dst``; ``cancelled`` is checked before every block."""
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
            check_cancelled(cancelled, translate("Errors", "Cancelled; no package was written."))
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


def decrypt_file(src: Path, dst: BinaryIO, passphrase: str | None, cancelled: CancelCheck | None = None,
                 size: int | None = None) -> None:
    """Write ``src`` decrypted to ``dst``; refuses a wrong passphrase, scrypt parameters
    outside ``KDF_LIMITS`` (before deriving anything) and any truncated, reordered or
    altered block. ``size``: bytes of ``src`` that are the encrypted container (a
    signature may follow them); ``cancelled`` is checked before every block."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not passphrase:
        raise sync_error(translate("Errors", "{path} is encrypted: give the team passphrase (--passphrase-file)."), path=src.name)
    with open(src, "rb") as fh:
        header = fh.read(_HEADER.size)
        check = fh.read(16)
        if len(header) < _HEADER.size or len(check) < 16:
            raise sync_error(translate("Errors", "{path} is truncated: the encryption header is incomplete."), path=src.name)
        _magic, salt, log2n, r, p, prefix = _HEADER.unpack(header)
        why = kdf_problem(log2n, r, p)
        if why is not None:
            raise sync_error(translate("Errors", "{path}: the encryption header asks for key-derivation parameters outside "
                             "the allowed limits ({why}); the package is damaged or forged and is refused. "
                             "Nothing was changed."), path=src.name, why=why)
        end = size if size is not None else src.stat().st_size
        aes = AESGCM(_derive(passphrase, salt, log2n, r, p))
        try:
            aes.decrypt(_CHECK_NONCE, check, header)
        except InvalidTag:
            raise sync_error(translate("Errors", "Wrong passphrase for {path}: it was encrypted with another team passphrase."), path=src.name) from None
        counter = 0
        while True:
            check_cancelled(cancelled)
            raw = fh.read(4) if fh.tell() + 4 <= end else b""
            if len(raw) < 4:
                raise sync_error(translate("Errors", "{path} is truncated: the encrypted data ends early. Copy the package again."), path=src.name)
            (n,) = struct.unpack(">I", raw)
            if n > CHUNK + 16:
                raise sync_error(translate("Errors", "{path} is damaged (an encrypted block has an impossible size)."), path=src.name)
            ct = fh.read(n) if fh.tell() + n <= end else b""
            if len(ct) < n:
                raise sync_error(translate("Errors", "{path} is truncated: the encrypted data ends early. Copy the package again."), path=src.name)
            last = fh.tell() >= end
            nonce = prefix + struct.pack(">I", counter) + (b"\x01" if last else b"\x00")
            try:
                dst.write(aes.decrypt(nonce, ct, header))
            except InvalidTag:
                # a file cut right after a block fails here too: that block is not the last
                raise sync_error(translate("Errors", "{path} is damaged or truncated (authentication failed at block {n})."),
                           path=src.name, n=counter + 1) from None
            counter += 1
            if last:
                return
