"""A batch of files into the evidence store (``store_files`` → ``EvidenceStore.put_batch``):
each file read once, stored under the SHA-256 of its bytes, fsynced before its rename,
each folder fsynced once; a batch that stops leaves the store as it found it."""
from __future__ import annotations

import builtins
import errno
import hashlib
import os
import stat
from pathlib import Path
from typing import Any

import pytest

from evaltool.errors import Cancelled, EvidenceError
from evaltool.evidence import EvidenceStore, store_files
from evaltool.evidence import store as es
from evaltool.evidence.dates import file_date


def _jpeg_with_date(when: bytes) -> bytes:
    """A minimal JPEG whose EXIF (APP1, big-endian TIFF) holds DateTimeOriginal ``when``."""
    # TIFF header, IFD0 with one entry: ExifIFD pointer (0x8769) → IFD at 26 with
    # DateTimeOriginal (0x9003, ASCII, 20 bytes at offset 44)
    tiff = b"MM\x00\x2a\x00\x00\x00\x08"
    tiff += b"\x00\x01" + b"\x87\x69\x00\x04\x00\x00\x00\x01\x00\x00\x00\x1a" + b"\x00\x00\x00\x00"
    tiff += b"\x00\x01" + b"\x90\x03\x00\x02\x00\x00\x00\x14\x00\x00\x00\x2c" + b"\x00\x00\x00\x00"
    tiff += when + b"\x00"
    app1 = b"Exif\x00\x00" + tiff
    return b"\xff\xd8\xff\xe1" + (len(app1) + 2).to_bytes(2, "big") + app1 + b"\xff\xd9" + b"\x00" * 300_000


@pytest.fixture
def store(tmp_path: Path) -> EvidenceStore:
    return EvidenceStore(tmp_path / "data")


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    src = tmp_path / "src"
    src.mkdir()
    out = []
    for name, data in (("会议纪要.pdf", b"%PDF minutes " * 10), ("扫描件.pdf", os.urandom(3 * es.CHUNK + 77)),
                       ("现场照片.jpg", _jpeg_with_date(b"2023:05:06 10:11:12")), ("副本.pdf", b"%PDF minutes " * 10)):
        p = src / name
        p.write_bytes(data)
        out.append(p)
    return out


def _stored(store: EvidenceStore) -> list[Path]:
    return sorted(p for p in store.root.rglob("*") if p.is_file() and p.parent != store.tmp)


def _temps(store: EvidenceStore) -> list[Path]:
    return list(store.tmp.iterdir()) if store.tmp.is_dir() else []


def test_a_batch_stores_each_file_under_its_checksum_once(store: EvidenceStore, files: list[Path]) -> None:
    out = store_files(store, files)
    shas = [hashlib.sha256(p.read_bytes()).hexdigest() for p in files]
    assert [sf.sha256 for sf in out] == shas
    assert [sf.size for sf in out] == [p.stat().st_size for p in files]
    assert [sf.filename for sf in out] == ["会议纪要.pdf", "扫描件.pdf", "现场照片.jpg", "副本.pdf"]
    assert shas[0] == shas[3]  # the same bytes twice: one stored file
    assert len(_stored(store)) == 3 and _temps(store) == []
    for p, sha in zip(files, shas, strict=True):
        assert store.path(sha).read_bytes() == p.read_bytes()
        assert stat.S_IMODE(store.path(sha).stat().st_mode) & stat.S_IWUSR == 0  # read-only
    # the photo's date comes from the bytes copied, as file_date reads it from the file
    assert (out[2].date, out[2].date_from) == ("2023-05-06", "exif") == file_date(files[2])
    assert (out[0].date, out[0].date_from) == file_date(files[0])


def test_each_source_is_opened_once_for_its_bytes(store: EvidenceStore, files: list[Path],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    real_open = builtins.open

    def counting_open(file: Any, *a: Any, **k: Any) -> Any:
        opened.append(str(file))
        return real_open(file, *a, **k)

    monkeypatch.setattr(builtins, "open", counting_open)
    store_files(store, files)
    # one open for the check of every file before any copy (a byte read), one for the copy
    assert {str(p): opened.count(str(p)) for p in files} == {str(p): 2 for p in files}


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="names an fsynced descriptor through /proc")
def test_every_file_is_fsynced_before_its_rename_and_each_folder_once(store: EvidenceStore, files: list[Path],
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    synced_files: list[str] = []
    synced_folders: list[Path] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        synced_files.append(os.readlink(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    monkeypatch.setattr(es.os, "fsync", fsync)
    monkeypatch.setattr(es, "_fsync_dir", synced_folders.append)
    out = store_files(store, files)
    # three distinct files: three fsyncs, each of the temporary copy (renamed afterwards)
    assert len(synced_files) == 3
    assert all(Path(f).parent == store.tmp and Path(f).name.startswith("put-") for f in synced_files)
    folders = {store.path(sf.sha256).parent for sf in out}
    assert len(synced_folders) == len(set(synced_folders))  # each folder once
    assert folders <= set(synced_folders)
    assert {f.parent for f in folders} | {store.root} <= set(synced_folders)


def test_a_cancelled_batch_takes_back_what_it_had_stored(store: EvidenceStore, files: list[Path]) -> None:
    seen: list[int] = []
    big = files[1].stat().st_size
    with pytest.raises(Cancelled):  # while copying the second file, after the first is stored
        store_files(store, files, progress=lambda d, t: seen.append(d), cancelled=lambda: bool(seen) and seen[-1] > 200
                    and seen[-1] < big)
    assert _stored(store) == [] and _temps(store) == []


def test_a_failed_fsync_names_the_file_and_stores_nothing(store: EvidenceStore, files: list[Path],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    real_fsync = os.fsync
    scan_size = files[1].stat().st_size

    def fsync(fd: int) -> None:  # the disk fails on the scan's copy (known by its size)
        if os.fstat(fd).st_size == scan_size:
            raise OSError(errno.EIO, "Input/output error")
        real_fsync(fd)

    monkeypatch.setattr(es.os, "fsync", fsync)
    with pytest.raises(EvidenceError, match=r"扫描件\.pdf"):
        store_files(store, files)
    assert _stored(store) == [] and _temps(store) == []
