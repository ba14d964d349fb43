"""Evidence files on the hub: content-addressed (SHA-256), in chunks, streamed both ways.

Upload: the hub is asked which files it holds already (``evaltool_blobs_present``: anyone
may ask about a hash, the bytes stay behind row-level security), and only the others are
sent, each in one transaction of ``CHUNK_BYTES`` rows followed by its ``hub_blobs`` row. A
file is therefore on the hub whole or not at all: an upload cut off is sent again next time,
and a file already there is never sent twice (two laptops sending the same file at once:
``ON CONFLICT DO NOTHING``, the second adds nothing).

Download: the chunks are read in order with a server-side cursor and streamed into the
laptop's evidence store (``EvidenceStore.put_stream``: temporary file, hashed while written,
renamed into place), whose hash must be the one asked for, else nothing is kept.

Progress is in bytes of all files of the batch; Cancel is checked between chunks.
"""
from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from sqlalchemy import bindparam, insert, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import Session

from evaltool.evidence import EvidenceStore
from evaltool.hub.connect import Hub, HubError
from evaltool.hub.tables import CHUNK_BYTES, hub_blob_chunks, hub_blobs
from evaltool.i18n import translate
from evaltool.models import utcnow
from evaltool.sync.base import CancelCheck, Progress, check_cancelled, chunks


@dataclass
class BlobTransfer:
    files: int = 0
    bytes: int = 0
    # files the sending side does not hold (not in the laptop's store / not on the hub)
    missing: int = 0


def blobs_present(s: Session, shas: list[str]) -> set[str]:
    out: set[str] = set()
    for chunk in chunks(sorted(set(shas))):
        stmt = text("SELECT evaltool_blobs_present(:shas)").bindparams(bindparam("shas", value=chunk))
        out |= set(s.scalars(stmt))
    return out


def upload_blobs(hub: Hub, store: EvidenceStore, shas: list[str], progress: Progress | None = None,
                 cancelled: CancelCheck | None = None) -> BlobTransfer:
    """Send the files of ``shas`` the hub lacks (those the store lacks are counted missing)."""
    out = BlobTransfer()
    with hub.session(read_only=True) as s:
        present = blobs_present(s, shas)
    todo = []
    for sha in sorted(set(shas) - present):
        if store.has(sha):
            todo.append(sha)
        else:
            out.missing += 1
    total = sum(store.size(sha) or 0 for sha in todo)
    done = 0
    for sha in todo:
        check_cancelled(cancelled)
        with hub.session() as s, store.open(sha) as fh:
            size, n = _send(s, sha, fh, cancelled, _offset(progress, done, total))
            stmt = pg_insert(hub_blobs).values(sha256=sha, size=size, chunks=n, created_at=utcnow(),
                                               created_by=hub.address.user).on_conflict_do_nothing()
            s.execute(stmt)
        done += size
        out.files += 1
        out.bytes += size
        if progress is not None:
            progress(done, total)
    return out


def _offset(progress: Progress | None, start: int, total: int) -> Callable[[int], None]:
    """``progress`` of a batch, for the bytes of one file that starts at ``start``."""
    def report(k: int) -> None:
        if progress is not None:
            progress(start + k, total)
    return report


def _send(s: Session, sha: str, fh: BinaryIO, cancelled: CancelCheck | None,
          progress: Callable[[int], None]) -> tuple[int, int]:
    """The file's chunks (in the caller's transaction); returns (bytes, chunks)."""
    size = n = 0
    while True:
        data = fh.read(CHUNK_BYTES)
        if not data:
            break
        s.execute(pg_insert(hub_blob_chunks).values(sha256=sha, n=n, data=data).on_conflict_do_nothing())
        n += 1
        size += len(data)
        check_cancelled(cancelled)
        progress(size)
    if n == 0:  # an empty file still has one (empty) chunk, so "chunks" is never 0
        s.execute(insert(hub_blob_chunks).values(sha256=sha, n=0, data=b""))
        n = 1
    return size, n


class _ChunkReader(io.RawIOBase):
    """The chunks of one file as a readable stream (one chunk in memory at a time)."""

    def __init__(self, parts: Iterator[bytes], on_bytes: Callable[[int], None], cancelled: CancelCheck | None) -> None:
        super().__init__()
        self._parts, self._buf, self._on_bytes, self._cancelled = parts, b"", on_bytes, cancelled

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]  # RawIOBase's buffer type
        while not self._buf:
            check_cancelled(self._cancelled)
            nxt = next(self._parts, None)
            if nxt is None:
                return 0
            self._buf = bytes(nxt)
            self._on_bytes(len(self._buf))
        k = min(len(b), len(self._buf))
        b[:k] = self._buf[:k]
        self._buf = self._buf[k:]
        return k


def download_blobs(hub: Hub, store: EvidenceStore, shas: list[str], progress: Progress | None = None,
                   cancelled: CancelCheck | None = None) -> BlobTransfer:
    """Fetch the files of ``shas`` the store lacks (those the hub lacks are counted missing)."""
    out = BlobTransfer()
    want = sorted(sha for sha in set(shas) if not store.has(sha))
    if not want:
        return out
    with hub.session(read_only=True) as s:
        sizes: dict[str, int] = {}
        for chunk in chunks(want):
            sizes.update({r.sha256: int(r.size) for r in s.execute(
                select(hub_blobs.c.sha256, hub_blobs.c.size).where(hub_blobs.c.sha256.in_(chunk)))})
        out.missing = len(want) - len(sizes)
        total = sum(sizes.values())
        done = 0
        for sha in want:
            if sha not in sizes:
                continue
            check_cancelled(cancelled)
            start = done

            def moved(k: int, start: int = start) -> None:
                nonlocal done
                done += k
                if progress is not None:
                    progress(done, total)

            q = (select(hub_blob_chunks.c.data).where(hub_blob_chunks.c.sha256 == sha)
                 .order_by(hub_blob_chunks.c.n).execution_options(stream_results=True, yield_per=1))
            parts = (row[0] for row in s.execute(q))
            got, size = store.put_stream(io.BufferedReader(_ChunkReader(parts, moved, cancelled), CHUNK_BYTES),
                                         cancelled=cancelled, size_hint=sizes[sha])
            if got != sha:
                raise HubError(translate("Errors", "The evidence file {sha} on the team hub {hub} is damaged (its bytes "
                                         "hash to {got}); it was not kept. Ask whoever added it to push it again.").format(
                                             sha=sha[:12], hub=hub.display, got=got[:12]))
            done = start + size
            out.files += 1
            out.bytes += size
    return out
