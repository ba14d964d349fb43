"""The content-addressed evidence store: what a user relies on when adding files."""
from __future__ import annotations

import errno
import hashlib
import os
import tracemalloc
from pathlib import Path

import pytest

from evaltool.errors import Cancelled, EvidenceError
from evaltool.evidence import store as es
from evaltool.evidence.store import EvidenceStore, safe_filename


def _stored_files(store: EvidenceStore) -> list[Path]:
    if not store.root.exists():
        return []
    return [p for p in store.root.rglob("*") if p.is_file() and store.tmp not in p.parents]


def _temp_files(store: EvidenceStore) -> list[Path]:
    return list(store.tmp.iterdir()) if store.tmp.exists() else []


@pytest.fixture(autouse=True)
def _messages_in_english(_language_zh: None) -> None:
    """These tests read the English wording of error messages (translations exist now)."""
    from evaltool.i18n import set_language

    set_language("en")


@pytest.fixture
def store(tmp_path: Path) -> EvidenceStore:
    return EvidenceStore(tmp_path / "data")


def test_put_file_names_the_copy_by_sha256_and_leaves_the_source_alone(store: EvidenceStore, tmp_path: Path) -> None:
    src = tmp_path / "合同.pdf"
    data = b"%PDF-1.4\n" + os.urandom(3 * es.CHUNK + 17)
    src.write_bytes(data)
    before = os.stat(src)
    sha, size = store.put_file(src)
    assert sha == hashlib.sha256(data).hexdigest()
    assert size == len(data)
    assert store.path(sha) == tmp_path / "data" / "evidence" / sha[:2] / sha[2:4] / sha
    assert store.path(sha).read_bytes() == data
    assert store.has(sha)
    # source untouched (bytes and modification time)
    assert src.read_bytes() == data and os.stat(src).st_mtime_ns == before.st_mtime_ns
    # the stored copy is read-only
    assert not os.stat(store.path(sha)).st_mode & 0o222
    assert _temp_files(store) == []


def test_same_bytes_are_stored_once(store: EvidenceStore, tmp_path: Path) -> None:
    a, b = tmp_path / "a.jpg", tmp_path / "照片 副本.jpg"
    a.write_bytes(b"photo bytes" * 1000)
    b.write_bytes(b"photo bytes" * 1000)
    assert store.put_file(a) == store.put_file(b)
    assert store.put_bytes(b"photo bytes" * 1000)[0] == store.put_file(a)[0]
    assert len(_stored_files(store)) == 1


def test_put_stream_and_put_bytes(store: EvidenceStore) -> None:
    import io

    sha, n = store.put_stream(io.BytesIO(b"abc" * 100_000))
    assert (sha, n) == (hashlib.sha256(b"abc" * 100_000).hexdigest(), 300_000)
    assert store.put_bytes(b"xyz") == (hashlib.sha256(b"xyz").hexdigest(), 3)
    with store.open(sha) as fh:
        assert fh.read() == b"abc" * 100_000


def test_large_file_is_streamed_in_constant_memory(store: EvidenceStore, tmp_path: Path) -> None:
    big = tmp_path / "scan.tif"
    with open(big, "wb") as fh:  # 96 MB, sparse: fast to create
        fh.truncate(96 * 1024 * 1024)
    calls: list[tuple[int, int]] = []
    tracemalloc.start()
    try:
        sha, size = store.put_file(big, progress=lambda d, t: calls.append((d, t)))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert size == 96 * 1024 * 1024
    assert peak < 8 * 1024 * 1024
    assert calls[-1] == (size, size) and len(calls) >= 90  # progress per chunk
    assert store.verify(sha) == "ok"


def test_empty_file_is_refused_with_its_name(store: EvidenceStore, tmp_path: Path) -> None:
    empty = tmp_path / "签到表.pdf"
    empty.write_bytes(b"")
    with pytest.raises(EvidenceError, match=r"签到表\.pdf") as exc:
        store.put_file(empty)
    assert "0 bytes" in str(exc.value)
    assert _stored_files(store) == [] and _temp_files(store) == []


def test_missing_file_and_folder_are_refused(store: EvidenceStore, tmp_path: Path) -> None:
    with pytest.raises(EvidenceError, match=r"nope\.pdf"):
        store.put_file(tmp_path / "nope.pdf")
    with pytest.raises(EvidenceError, match="folder"):
        store.put_file(tmp_path)


def test_unreadable_file_is_refused_and_nothing_is_stored(store: EvidenceStore, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked.docx"
    locked.write_bytes(b"secret")
    real_open = open

    def deny(path, *a, **k):
        if str(path).endswith("locked.docx"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, *a, **k)

    monkeypatch.setattr("builtins.open", deny)
    with pytest.raises(EvidenceError, match=r"locked\.docx") as exc:
        store.put_file(locked)
    assert "permission denied" in str(exc.value)
    assert _stored_files(store) == []


def test_read_error_midway_leaves_nothing_half_stored(store: EvidenceStore, tmp_path: Path) -> None:
    class Failing:
        name = "usb-stick/照片.jpg"

        def __init__(self) -> None:
            self.n = 0

        def read(self, _size: int) -> bytes:
            self.n += 1
            if self.n > 2:
                raise OSError(errno.EIO, "Input/output error")
            return b"x" * 1000

    with pytest.raises(EvidenceError, match=r"照片\.jpg"):
        store.put_stream(Failing())  # type: ignore[arg-type]
    assert _stored_files(store) == [] and _temp_files(store) == []


def test_not_enough_disk_space_is_refused_before_copying(store: EvidenceStore, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "视频.mp4"
    src.write_bytes(b"v" * 10_000)
    from collections import namedtuple

    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(es.shutil, "disk_usage", lambda _p: usage(10**9, 10**9 - 1000, 1000))
    with pytest.raises(EvidenceError, match=r"视频\.mp4") as exc:
        store.put_file(src)
    assert "disk space" in str(exc.value)
    assert _stored_files(store) == [] and _temp_files(store) == []


def test_cancel_stops_the_copy_and_stores_nothing(store: EvidenceStore, tmp_path: Path) -> None:
    src = tmp_path / "big.zip"
    src.write_bytes(os.urandom(4 * es.CHUNK))
    seen: list[int] = []
    with pytest.raises(Cancelled):
        store.put_file(src, progress=lambda d, t: seen.append(d), cancelled=lambda: len(seen) >= 2)
    assert _stored_files(store) == [] and _temp_files(store) == []
    assert not store.has(hashlib.sha256(src.read_bytes()).hexdigest())


def test_chinese_and_windows_forbidden_names_are_stored(store: EvidenceStore, tmp_path: Path) -> None:
    src = tmp_path / '会议纪要:第1次?<草稿>|"终稿".txt'
    src.write_text("党组会议", encoding="utf-8")
    sha, _n = store.put_file(src)
    assert store.has(sha)
    assert safe_filename('会议纪要:第1次?<草稿>|"终稿".txt') == "会议纪要_第1次__草稿___终稿_.txt"
    assert safe_filename("CON.txt") == "_CON.txt"
    assert safe_filename("报告. ") == "报告"
    assert safe_filename("") == "evidence"
    copy = store.export_copy(sha, tmp_path / "out", src.name)
    assert copy.name == "会议纪要_第1次__草稿___终稿_.txt"
    assert copy.read_text(encoding="utf-8") == "党组会议"


def test_too_long_names_and_paths(store: EvidenceStore, tmp_path: Path) -> None:
    # A folder path longer than Windows' 260 characters works here.
    deep = tmp_path
    for i in range(8):
        deep = deep / (f"第{i}层资料文件夹" + "x" * 30)
    deep.mkdir(parents=True)
    src = deep / "立项文件.pdf"
    src.write_bytes(b"%PDF")
    assert len(str(src)) > 260
    sha, _n = store.put_file(src)
    assert store.has(sha)
    # A name longer than the file system allows: a clear message naming it.
    with pytest.raises(EvidenceError, match="too long"):
        store.put_file(tmp_path / ("长" * 200 + ".pdf"))
    assert len(safe_filename("长" * 300 + ".pdf")) <= 150


def test_verify_reports_ok_altered_missing(store: EvidenceStore) -> None:
    sha, _ = store.put_bytes(b"original contract")
    assert store.verify(sha) == "ok"
    p = store.path(sha)
    os.chmod(p, 0o644)
    p.write_bytes(b"original contracT")  # same size, different bytes
    assert store.quick_status(sha, 17) == "ok"  # the cheap check cannot see it …
    assert store.verify(sha) == "altered"  # … the re-hash does
    # adding the good bytes again repairs the damaged copy
    store.put_bytes(b"original contract")
    assert store.verify(sha) == "ok"
    os.chmod(p, 0o644)
    p.unlink()
    assert store.verify(sha) == "missing" and not store.has(sha)
    assert store.quick_status(sha) == "missing"


def test_bad_checksum_is_refused(store: EvidenceStore) -> None:
    with pytest.raises(EvidenceError):
        store.path("../../etc/passwd")


def test_export_copy_reports_progress_and_a_cancel_leaves_nothing(store: EvidenceStore, tmp_path: Path) -> None:
    data = os.urandom(3 * es.CHUNK + 5)
    sha, _n = store.put_bytes(data)
    out = tmp_path / "打开"
    seen: list[tuple[int, int]] = []
    copy = store.export_copy(sha, out, "现场视频.mp4", progress=lambda d, t: seen.append((d, t)))
    assert copy == out / "现场视频.mp4" and copy.read_bytes() == data
    assert seen[-1] == (len(data), len(data)) and len(seen) == 4
    assert os.stat(copy).st_mode & 0o200  # the user's copy is writable
    copy.unlink()
    with pytest.raises(Cancelled):
        store.export_copy(sha, out, "现场视频.mp4", progress=lambda d, t: seen.append((d, t)),
                          cancelled=lambda: len(seen) > 5)
    assert list(out.iterdir()) == []  # neither the copy nor a temporary file


def test_short_writes_still_store_every_byte(store: EvidenceStore, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The system may write fewer bytes than asked (a disk filling up, a network drive):
    the stored copy must still hold every byte, or it would not match its name."""
    real_fdopen = os.fdopen

    class Short:
        def __init__(self, raw) -> None:
            self.raw = raw

        def write(self, b) -> int:
            return self.raw.write(memoryview(b)[:1000])

        def __getattr__(self, name):
            return getattr(self.raw, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc) -> None:
            self.raw.close()

    monkeypatch.setattr(es.os, "fdopen", lambda *a, **k: Short(real_fdopen(*a, **k)))
    src = tmp_path / "扫描件.pdf"
    src.write_bytes(os.urandom(es.CHUNK + 12_345))
    sha, size = store.put_file(src)
    assert size == src.stat().st_size
    assert store.path(sha).read_bytes() == src.read_bytes()
    assert store.verify(sha, size) == "ok"
