"""Every temporary file we make is removed: by the job itself when it ends, and after a
killed process at the next start (decrypted packages, ``.part`` files in export folders
and the data folder, evidence files a killed batch copied and never recorded), never a
file anything still refers to, never a file of the user's."""
from __future__ import annotations

import json
import time
import zipfile
from pathlib import Path

import pytest

from evaltool import sync
from evaltool.backups import take_backup
from evaltool.cleanup import (
    EVIDENCE_MIN_AGE_S,
    PART_MIN_AGE_S,
    clean_at_start,
    clean_data_folder,
    clean_noted_folders,
    clean_unreferenced_evidence,
    noted_folders,
    temp_folder,
)
from evaltool.db import Database, open_database
from evaltool.errors import Cancelled
from evaltool.evidence import EvidenceStore, add_files, delete_item
from evaltool.restore import restore_backup
from evaltool.sync.exchange import MERGE_END
from tests.unit.killing import Child, files_named, posix_only
from tests.unit.test_sync import (  # noqa: F401 (fixtures; messages in English)
    PASS,
    _messages_in_english,
    _pair_template,
    empty_template,
    laptops,
    pair,
    usb,
)

LATER = EVIDENCE_MIN_AGE_S + PART_MIN_AGE_S + 60  # seconds: what the next start sees as old


def _evidence_file(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(exist_ok=True)
    p = folder / name
    p.write_bytes(data)
    return p


@posix_only
def test_a_killed_import_leaves_no_clear_text_package_after_the_next_start(pair, usb: Path, tmp_path: Path) -> None:
    a, b, pid = pair
    package = sync.export_package(a, pid, usb, passphrase=PASS).path
    folder = b.data_dir
    b.close()
    child = Child("""
from evaltool import sync
from evaltool.db import open_database
db = open_database(Path(sys.argv[1]), backup="never")
sync.import_package(db, sys.argv[2], passphrase=sys.argv[3], progress=lambda done, total: reached("reading"))
""", str(folder), str(package), PASS)
    child.wait_for("reading")  # the package is decrypted and being checked
    child.kill()
    clear = files_named(temp_folder(folder), "evsync-")
    # the clear text, left by the kill in the data folder (not the system's temp folder,
    # which nothing of this data folder would ever clean)
    assert len(clear) == 1 and zipfile.is_zipfile(clear[0])
    again = open_database(folder, backup="never")
    try:
        report = clean_at_start(again)
        assert str(clear[0]) in report.temp_files
        assert files_named(temp_folder(folder), "evsync-") == []
        assert sync.import_package(again, package, passphrase=PASS).changes_total > 0  # and it imports fine
    finally:
        again.close()


@posix_only
def test_a_killed_export_leaves_part_files_only_until_the_next_start(demo_db: Database, demo_project_id: str,
                                                                     tmp_path: Path) -> None:
    out = tmp_path / "导出 报告"
    out.mkdir()
    (out / "2022年报告.xlsx").write_bytes(b"an earlier report of the user's")
    (out / ".notes.part").write_bytes(b"a user's file, not named as ours")
    folder = demo_db.data_dir
    demo_db.close()
    child = Child("""
from evaltool.db import open_database
from evaltool.export import export_project
db = open_database(Path(sys.argv[1]), backup="never")
out = Path(sys.argv[3])
def progress(done, total):
    if any(p.name.endswith(".xlsx.part") for p in out.iterdir()):
        reached("writing")
export_project(db, sys.argv[2], xlsx=out / "报告.xlsx", progress=progress)
""", str(folder), demo_project_id, str(out))
    child.wait_for("writing")
    child.kill()
    parts = [p for p in out.iterdir() if p.name.endswith(".xlsx.part")]
    assert len(parts) == 1
    assert out in noted_folders()  # the folder was noted when the file was made
    clean_noted_folders(before=time.time())  # too young: perhaps another evaltool's export
    assert parts[0].exists() and out in noted_folders()
    report = clean_noted_folders(before=time.time() + LATER)
    assert report.temp_files == [str(parts[0])]
    assert sorted(p.name for p in out.iterdir()) == [".notes.part", "2022年报告.xlsx"]
    assert noted_folders() == []


def test_leftovers_in_the_data_folder_go_and_the_users_files_stay(data_dir: Path) -> None:
    db = open_database(data_dir)
    db.close()
    store = EvidenceStore(data_dir)
    store.tmp.mkdir(parents=True)
    ours = [data_dir / ".bkab12cd_9", data_dir / ".bkab12cd_9-journal", data_dir / ".rs0a1b2c3d",
            temp_folder(data_dir) / "evsync-k2j4h5g6.zip", store.tmp / "put-x8y7z6w5.part"]
    temp_folder(data_dir).mkdir()
    for p in ours:
        p.write_bytes(b"left by a killed evaltool")
    users = [data_dir / ".bkup-notes.txt", data_dir / "说明.txt", temp_folder(data_dir) / "mine.zip"]
    for p in users:
        p.write_bytes(b"the user's")
    report = clean_data_folder(data_dir, before=time.time() + 1)
    assert sorted(report.temp_files) == sorted(str(p) for p in ours)
    assert all(p.exists() for p in users) and not any(p.exists() for p in ours)


def test_files_written_after_the_app_started_are_left_to_their_job(data_dir: Path) -> None:
    """The app cleans on its runner while the user may already run an import: only what
    is older than the app's start goes."""
    open_database(data_dir).close()
    started = time.time()
    time.sleep(0.01)  # (file times must differ from the start time; no timing is measured)
    running = data_dir / ".bkzzzzzzzz"
    running.write_bytes(b"an import's backup being made")
    clean_data_folder(data_dir, before=started)
    assert running.exists()


def test_evidence_files_nothing_refers_to_go_and_every_other_stays(demo_db: Database, demo_project_id: str,
                                                                   tmp_path: Path) -> None:
    """A killed batch copied two files and recorded neither. Kept: a file of a deleted
    item (it can be restored), one only a kept backup names (restoring it must find its
    files), one of another project."""
    files = tmp_path / "材料"
    with demo_db.session() as s:
        deleted = add_files(s, demo_project_id, [_evidence_file(files, "已删除.pdf", b"%PDF deleted item")])[0]
        delete_item(s, deleted.item_id)
    before_restore = take_backup(demo_db.path, "manual")
    with demo_db.session() as s:
        add_files(s, demo_project_id, [_evidence_file(files, "恢复前.pdf", b"%PDF only in the replaced database")])
        from evaltool.projects import create_project

        other = create_project(s, "另一个项目").id
        add_files(s, other, [_evidence_file(files, "别的项目.pdf", b"%PDF another project")])
    store = EvidenceStore(demo_db.data_dir)
    batch = store.put_bytes(b"%PDF killed batch 1")[0], store.put_bytes(b"%PDF killed batch 2")[0]
    folder = demo_db.data_dir
    demo_db.close()
    restore_backup(folder, before_restore.name)  # the current database goes aside, as a backup
    db = open_database(folder, backup="never")
    try:
        kept = {p.name for p in store.root.rglob("*") if p.is_file()}
        report = clean_unreferenced_evidence(db, before=time.time() + LATER)
        assert sorted(Path(p).name for p in report.evidence_files) == sorted(batch)
        assert report.evidence_checked
        assert {p.name for p in store.root.rglob("*") if p.is_file()} == kept - set(batch)
        assert clean_unreferenced_evidence(db, before=time.time()).evidence_files == []  # young files wait
    finally:
        db.close()


@posix_only
def test_a_batch_killed_between_copying_and_recording_is_cleaned_at_the_next_start(
        demo_db: Database, demo_project_id: str, tmp_path: Path) -> None:
    files = [_evidence_file(tmp_path / "材料", f"照片{i}.jpg", f"photo {i}".encode()) for i in range(3)]
    folder = demo_db.data_dir
    demo_db.close()
    child = Child("""
from evaltool.evidence import EvidenceStore, store_files
stored = store_files(EvidenceStore(Path(sys.argv[1])), sys.argv[2:])
reached("stored")
""", str(folder), *map(str, files))
    child.wait_for("stored")
    child.kill()
    store = EvidenceStore(folder)
    shas = [p.name for p in store.root.rglob("*") if p.is_file() and len(p.name) == 64]
    assert len(shas) == 3
    db = open_database(folder, backup="never")
    try:
        report = clean_at_start(db, before=time.time() + LATER)
        assert sorted(Path(p).name for p in report.evidence_files) == sorted(shas)
        assert not any(store.has(s) for s in shas)
    finally:
        db.close()


def test_a_cancelled_merge_takes_back_the_evidence_files_it_stored(pair, usb: Path, tmp_path: Path) -> None:
    a, b, pid = pair
    with a.session() as s:
        sha = add_files(s, pid, [_evidence_file(tmp_path / "材料", "合同.pdf", b"%PDF the contract")])[0]
    with a.read_session() as s:
        from evaltool.models import EvidenceItem

        digest = s.get(EvidenceItem, sha.item_id).sha256
    package = sync.export_package(a, pid, usb, for_device=b.device_id).path
    seen: list[int] = []
    with pytest.raises(Cancelled):
        sync.import_package(b, package, progress=lambda done, _t: seen.append(done),
                            cancelled=lambda: any(d > MERGE_END for d in seen))
    assert not EvidenceStore(b.data_dir).has(digest)
    assert sync.import_package(b, package).blobs_added == 1  # the merge then stores it for good
    assert EvidenceStore(b.data_dir).has(digest)


def test_the_cleanup_command_reports_what_it_removed(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import os

    from evaltool.cli import main

    open_database(data_dir).close()
    sha, _size = EvidenceStore(data_dir).put_bytes(b"%PDF copied by a batch that was killed")
    hour_ago = time.time() - 3600
    os.utime(EvidenceStore(data_dir).path(sha), (hour_ago, hour_ago))
    assert main(["--data-dir", str(data_dir), "cleanup", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [Path(p).name for p in doc["evidence_files"]] == [sha] and doc["evidence_checked"] is True
    assert doc["bytes_freed"] == len(b"%PDF copied by a batch that was killed")
    assert not EvidenceStore(data_dir).has(sha)


def test_a_refused_evidence_batch_leaves_no_copy_behind(demo_db: Database, demo_project_id: str, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """The files are copied first and recorded after; when recording is refused (here a
    date that does not exist), the copies nothing refers to are taken back at once."""
    import hashlib

    from evaltool.cli import main

    data = b"%PDF a report dated on a day that does not exist"
    path = _evidence_file(tmp_path / "材料", "报告.pdf", data)
    folder = demo_db.data_dir
    demo_db.close()
    code = main(["--lang", "en", "--data-dir", str(folder), "evidence", "add", demo_project_id, str(path),
                 "--date", "2022-13-45"])
    assert code == 1 and "2022-13-45" in capsys.readouterr().err
    assert not EvidenceStore(folder).has(hashlib.sha256(data).hexdigest())
