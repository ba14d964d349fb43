"""USB sync: packages between simulated laptops (separate data folders), merge,
conflicts, small packages, evidence, encryption, and every kind of bad package.

Expected figures come from seed 000 (the demo: 37 leaves, total 81.415, grade 良).
"""
from __future__ import annotations

import json
import shutil
import sqlite3
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from evaltool import sync
from evaltool.db import Database, open_database
from evaltool.errors import SyncError
from evaltool.identity import ensure_profile
from evaltool.models import ChangeRecord, EvidenceItem, Indicator, Project, Score
from evaltool.projects import add_member, update_project
from evaltool.scoring import leaf_results, project_summary, score_id, set_score
from evaltool.sync.package import Limits, open_package

PASS = "绩效评价组 2024 team passphrase"


@pytest.fixture(autouse=True)
def _messages_in_english(_language_zh) -> Iterator[None]:
    """The tests match error messages by their English source text."""
    from evaltool.i18n import set_language

    set_language("en")
    yield


# -- simulated laptops ------------------------------------------------------------

@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, empty data folder without a device identity (copied per laptop)."""
    d = tmp_path_factory.mktemp("sync-empty")
    open_database(d).close()
    con = sqlite3.connect(d / "evaltool.sqlite")
    con.execute("DELETE FROM app_settings")
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return d


def new_laptop(template: Path, folder: Path, person: str) -> Database:
    """A laptop of its own: own data folder, own device id, own evaluator profile."""
    shutil.copytree(template, folder, ignore=shutil.ignore_patterns("backups"))
    db = open_database(folder, backup="never")
    db.set_setting("device_name", f"laptop-{person}")
    ensure_profile(db, person, "member")
    return db


@pytest.fixture
def laptops(empty_template: Path, tmp_path: Path) -> Iterator[Callable[[str], Database]]:
    made: list[Database] = []

    def make(person: str) -> Database:
        db = new_laptop(empty_template, tmp_path / f"laptop-{len(made)}", person)
        made.append(db)
        return db

    yield make
    for db in made:
        db.close()


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    d = tmp_path / "usb"
    d.mkdir()
    return d


def state(db: Database, pid: str) -> dict:
    with db.read_session() as s:
        return sync.canonical_state(s, pid)


def n_changes(db: Database) -> int:
    with db.read_session() as s:
        return s.scalar(select(func.count()).select_from(ChangeRecord))


def give(src: Database, dst: Database, pid: str, usb: Path, **kw) -> sync.ImportSummary:
    """src exports (kw: for_device, passphrase; by default only what dst lacks once src
    knows dst, else everything) and dst imports."""
    if "for_device" not in kw:
        with src.read_session() as s:
            if any(p.device_id == dst.device_id for p in sync.list_peers(s, pid)):
                kw["for_device"] = dst.device_id
    res = sync.export_package(src, pid, usb, **kw)
    return sync.import_package(dst, res.path, passphrase=kw.get("passphrase"))


@pytest.fixture(scope="session")
def _pair_template(_demo_template: Path, empty_template: Path, tmp_path_factory: pytest.TempPathFactory):
    """Laptop A (the demo) and laptop B that received the whole project from A, built once."""
    root = tmp_path_factory.mktemp("sync-pair")
    shutil.copytree(_demo_template, root / "a", ignore=shutil.ignore_patterns("backups"))
    a = open_database(root / "a", backup="never")
    a.set_setting("device_name", "laptop-测试评价员")
    b = new_laptop(empty_template, root / "b", "李华B")
    (root / "usb").mkdir()
    with a.read_session() as s:
        pid = s.scalars(select(Project.id)).one()
    give(a, b, pid, root / "usb")
    give(b, a, pid, root / "usb")  # so each knows what the other holds
    for db in (a, b):
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
    return root, pid


@pytest.fixture
def pair(_pair_template, tmp_path: Path):
    """(A, B, project id): two laptops holding the same demo project, in fresh folders."""
    root, pid = _pair_template
    dbs = []
    for name in ("a", "b"):
        shutil.copytree(root / name, tmp_path / name, ignore=shutil.ignore_patterns("backups"))
        dbs.append(open_database(tmp_path / name, backup="never"))
    yield dbs[0], dbs[1], pid
    for db in dbs:
        db.close()


# -- round trips ----------------------------------------------------------------------

def test_full_package_creates_the_project_with_same_ids_and_result(demo_db: Database, demo_project_id: str,
                                                                   laptops, usb: Path) -> None:
    b = laptops("李华B")
    res = sync.export_package(demo_db, demo_project_id, usb)
    assert res.path.suffix == ".evsync" and res.path.parent == usb
    assert res.path.name.startswith("2022年东莞市一体化政务服务平台运维与运营服务项目"[:20])
    summary = sync.import_package(b, res.path)
    assert summary.project_created and summary.changes_new == summary.changes_total > 0
    # 4 level-1 + 13 level-2 + 37 leaves in seed 000
    assert summary.tables["indicators"].new == 54
    assert summary.totals.changed == 0 and summary.totals.conflicting == 0
    with b.read_session() as s:
        sm = project_summary(s, demo_project_id)
        assert sm.total == pytest.approx(81.415) and sm.grade == "良"
    assert state(b, demo_project_id) == state(demo_db, demo_project_id)
    assert Path(summary.backup).is_file()


def test_reimport_changes_nothing(pair, usb: Path) -> None:
    a, b, pid = pair
    with a.session() as s:
        update_project(s, pid, report_date="2023-05-31")
    package = sync.export_package(a, pid, usb).path
    first = sync.import_package(b, package)
    assert first.changes_new == 1 and first.totals.changed == 1
    before, count = state(b, pid), n_changes(b)
    again = sync.import_package(b, package)
    assert again.changes_new == 0
    assert again.totals.new == again.totals.changed == again.totals.conflicting == 0
    # seed 000: 4 + 13 + 37 indicators, 37 leaves × 2 evaluators, 1 + 69 + 145 questionnaires
    assert again.tables["indicators"].unchanged == 54
    assert again.tables["scores"].unchanged == 74
    assert again.tables["responses"].unchanged == 215
    assert state(b, pid) == before and n_changes(b) == count


def test_dry_run_counts_but_changes_nothing(demo_db: Database, demo_project_id: str, laptops, usb: Path) -> None:
    b = laptops("李华B")
    res = sync.export_package(demo_db, demo_project_id, usb)
    before = n_changes(b)
    preview = sync.import_package(b, res.path, dry_run=True)
    assert preview.dry_run and preview.project_created and preview.tables["scores"].new == 74  # 37 leaves × 2
    assert preview.tables["responses"].new == 215 and preview.totals.conflicting == 0
    assert n_changes(b) == before and preview.backup is None
    with b.read_session() as s:
        assert s.get(Project, demo_project_id) is None
    real = sync.import_package(b, res.path)
    assert real.totals.new == preview.totals.new


def test_concurrent_edits_become_a_conflict_with_both_values_then_resolve(pair, usb: Path) -> None:
    a, b, pid = pair
    with a.session() as s:
        update_project(s, pid, budget_unit="东莞市政务服务数据管理局（甲）")
    with b.session() as s:
        update_project(s, pid, budget_unit="东莞市政务服务数据管理局（乙）")
    summary = give(b, a, pid, usb)
    assert summary.tables["projects"].conflicting == 1
    assert summary.totals.changed == 1
    with a.read_session() as s:
        conflicts = sync.list_conflicts(s, pid)
    assert len(conflicts) == 1
    c = conflicts[0]
    assert (c.table, c.field) == ("projects", "budget_unit")
    assert {o.value for o in c.options} == {"东莞市政务服务数据管理局（甲）", "东莞市政务服务数据管理局（乙）"}
    assert {o.evaluator_name for o in c.options} == {"测试评价员", "李华B"}
    assert all(o.at for o in c.options) and sum(o.current for o in c.options) == 1
    # the other laptop sees the same conflict once it has A's change too
    give(a, b, pid, usb)
    assert state(a, pid) == state(b, pid)
    with b.read_session() as s:
        assert [x.key for x in sync.list_conflicts(s, pid)] == [c.key]
    # resolve on A with a merged value; the resolution travels and closes B's conflict
    with a.session() as s:
        sync.resolve_conflict(s, pid, c.key, value="东莞市政务服务数据管理局")
    give(a, b, pid, usb, for_device=b.device_id)
    for db in (a, b):
        with db.read_session() as s:
            assert sync.list_conflicts(s, pid) == []
            assert s.get(Project, pid).budget_unit == "东莞市政务服务数据管理局"
    assert state(a, pid) == state(b, pid)


def test_choosing_the_value_already_shown_still_resolves(pair, usb: Path) -> None:
    a, b, pid = pair
    with a.session() as s:
        update_project(s, pid, evaluation_agency="甲评价机构")
    with b.session() as s:
        update_project(s, pid, evaluation_agency="乙评价机构")
    give(b, a, pid, usb)
    with a.read_session() as s:
        c = sync.list_conflicts(s, pid)[0]
    shown = next(o for o in c.options if o.current)
    with a.session() as s:
        sync.resolve_conflict(s, pid, c.key, choose=shown.change_id[:10])
    with a.read_session() as s:
        assert sync.list_conflicts(s, pid) == []
        assert s.get(Project, pid).evaluation_agency == shown.value


def test_edits_of_different_fields_merge_and_deletions_travel(pair, usb: Path) -> None:
    a, b, pid = pair
    # the framework is the leads' to change: B joins the team, A (the creator) names B a lead too
    with b.session() as s:
        add_member(s, pid, b.evaluator_id)
    give(b, a, pid, usb)
    with a.session() as s:
        add_member(s, pid, b.evaluator_id, "lead")
    give(a, b, pid, usb)
    with a.read_session() as s:
        leaf = s.scalars(select(Indicator).where(Indicator.project_id == pid, Indicator.name == "立项依据充分性")).one()
        target = s.scalars(select(Indicator).where(Indicator.project_id == pid, Indicator.name == "目标合理性")).one()
    with a.session() as s:
        s.get(Indicator, leaf.id).criteria = "甲改的评分标准"
    with b.session() as s:
        s.get(Indicator, leaf.id).evidence_hint = "乙补充的佐证"
        s.get(Indicator, target.id).deleted = True
    give(b, a, pid, usb)
    give(a, b, pid, usb)
    for db in (a, b):
        with db.read_session() as s:
            ind = s.get(Indicator, leaf.id)
            assert (ind.criteria, ind.evidence_hint) == ("甲改的评分标准", "乙补充的佐证")
            assert s.get(Indicator, target.id).deleted is True
            assert sync.list_conflicts(s, pid) == []
    assert state(a, pid) == state(b, pid)


def test_scores_of_different_evaluators_never_conflict(pair, usb: Path) -> None:
    a, b, pid = pair
    with a.read_session() as s:
        leaf = s.scalars(select(Indicator).where(Indicator.project_id == pid, Indicator.name == "立项依据充分性")).one()
    with a.session() as s:
        set_score(s, pid, leaf.id, a.evaluator_id, 1.5, comment="甲：要点④不满足")
    with b.session() as s:
        set_score(s, pid, leaf.id, b.evaluator_id, 2.0, comment="乙：四个要点均满足")
    give(b, a, pid, usb)
    summary = give(a, b, pid, usb)
    assert summary.totals.conflicting == 0
    for db in (a, b):
        with db.read_session() as s:
            scores = leaf_results(s, pid)[leaf.id].evaluator_scores
            assert scores[a.evaluator_id] == 1.5 and scores[b.evaluator_id] == 2.0
            assert sync.list_conflicts(s, pid) == []
            assert s.get(Score, score_id(leaf.id, b.evaluator_id)).comment == "乙：四个要点均满足"
            assert s.get(Score, score_id(leaf.id, a.evaluator_id)).comment == "甲：要点④不满足"


def test_a_package_for_a_peer_carries_only_what_it_lacks(pair, usb: Path) -> None:
    a, b, pid = pair
    with a.session() as s:
        update_project(s, pid, report_date="2023-06-30")
    small = sync.export_package(a, pid, usb, for_device="laptop-李华B")
    # one field changed on A; only the evaluators' own records travel besides it
    with open_package(small.path) as pkg:
        project_changes = [c for c in pkg.changes if c["table_name"] != "evaluators"]
    assert [(c["table_name"], c["field"], c["value"]) for c in project_changes] == [
        ("projects", "report_date", "2023-06-30")]
    summary = sync.import_package(b, small.path)
    assert summary.changes_new == 1 and summary.totals.changed == 1
    full = sync.export_package(a, pid, usb)
    assert full.changes > 4000 > small.changes
    assert state(a, pid) == state(b, pid)


def test_a_peer_package_is_complete_even_after_three_way_exchanges(pair, laptops, usb: Path) -> None:
    a, b, pid = pair
    c = laptops("王芳C")
    give(a, c, pid, usb)
    with c.session() as s:
        update_project(s, pid, competent_department="C改的主管部门")
    give(c, b, pid, usb)        # B learns C's change and what C holds
    give(b, a, pid, usb)        # A learns from B (which includes C's change)
    with a.session() as s:
        update_project(s, pid, commissioning_body="A改的委托方")
    give(c, a, pid, usb)        # A now knows C
    give(a, c, pid, usb, for_device="laptop-王芳C")
    give(a, b, pid, usb, for_device="laptop-李华B")
    assert state(a, pid) == state(b, pid) == state(c, pid)


# -- evidence -------------------------------------------------------------------------

def _add_evidence(db: Database, pid: str, data: bytes, title: str) -> str:
    from evaltool.evidence import EvidenceStore

    sha, size = EvidenceStore(db.data_dir).put_bytes(data)
    with db.session() as s:
        s.add(EvidenceItem(project_id=pid, sha256=sha, size=size, filename=f"{title}.pdf", title=title))
    return sha


def test_a_dry_run_counts_the_evidence_files_it_would_add_and_adds_none(pair, usb: Path) -> None:
    from evaltool.evidence import EvidenceStore

    a, b, pid = pair
    give(b, a, pid, usb)
    shas = [_add_evidence(a, pid, f"现场照片 {i}".encode() * 500, f"照片{i}") for i in range(3)]
    res = sync.export_package(a, pid, usb, for_device=b.device_id)
    dry = sync.import_package(b, res.path, dry_run=True)
    assert (dry.blobs_added, dry.blobs_in_package) == (3, 3)  # "would add 3", not "0 added"
    assert not any(EvidenceStore(b.data_dir).has(sha) for sha in shas)
    assert sync.import_package(b, res.path).blobs_added == 3


def test_evidence_travels_once_deduplicated_and_verified(pair, usb: Path) -> None:
    from evaltool.evidence import EvidenceStore

    a, b, pid = pair
    give(b, a, pid, usb)
    data = "2022年运维合同扫描件".encode() * 2000
    sha = _add_evidence(a, pid, data, "运维合同")
    _add_evidence(a, pid, data, "运维合同（副本）")  # same bytes: one blob
    res = sync.export_package(a, pid, usb, for_device=b.device_id)
    assert res.blobs == 1
    summary = sync.import_package(b, res.path)
    assert summary.blobs_added == 1 and summary.evidence_missing == 0
    assert EvidenceStore(b.data_dir).path(sha).read_bytes() == data
    # B holds it now: the next package to B carries no evidence bytes
    give(b, a, pid, usb)
    with a.session() as s:
        update_project(s, pid, report_date="2023-07-01")
    assert sync.export_package(a, pid, usb, for_device=b.device_id).blobs == 0
    # a whole-project archive carries it
    assert sync.export_archive(a, pid, usb).blobs == 1


def test_a_tampered_evidence_blob_is_refused(pair, usb: Path, tmp_path: Path) -> None:
    a, b, pid = pair
    sha = _add_evidence(a, pid, b"scan of the contract " * 500, "合同")
    res = sync.export_package(a, pid, usb)
    bad = tmp_path / "tampered.evsync"
    _rewrite(res.path, bad, lambda e: e.__setitem__(f"blobs/{sha}", b"forged bytes" * 100))
    before = n_changes(b)
    with pytest.raises(SyncError, match="checksum"):
        sync.import_package(b, bad)
    assert n_changes(b) == before


# -- encryption -----------------------------------------------------------------------

def test_encrypted_round_trip_and_wrong_or_missing_passphrase(demo_db: Database, demo_project_id: str,
                                                              laptops, usb: Path) -> None:
    b = laptops("李华B")
    res = sync.export_package(demo_db, demo_project_id, usb, passphrase=PASS)
    raw = res.path.read_bytes()
    assert res.encrypted and not raw.startswith(b"PK")
    assert "东莞".encode() not in raw and b"changes.jsonl" not in raw
    with pytest.raises(SyncError, match=r"(?i)wrong passphrase"):
        sync.import_package(b, res.path, passphrase="not the team passphrase")
    with pytest.raises(SyncError, match="encrypted"):
        sync.import_package(b, res.path)
    with b.read_session() as s:
        assert s.get(Project, demo_project_id) is None
    summary = sync.import_package(b, res.path, passphrase=PASS)
    assert summary.project_created
    assert state(b, demo_project_id) == state(demo_db, demo_project_id)


def test_truncated_or_altered_encrypted_package_is_refused(demo_db: Database, demo_project_id: str,
                                                           laptops, usb: Path, tmp_path: Path) -> None:
    b = laptops("李华B")
    res = sync.export_package(demo_db, demo_project_id, usb, passphrase=PASS)
    raw = res.path.read_bytes()
    cut = tmp_path / "cut.evsync"
    cut.write_bytes(raw[: len(raw) - 100])
    with pytest.raises(SyncError, match="truncated"):
        sync.import_package(b, cut, passphrase=PASS)
    flipped = bytearray(raw)
    flipped[len(raw) // 2] ^= 0x01
    alt = tmp_path / "alt.evsync"
    alt.write_bytes(bytes(flipped))
    with pytest.raises(SyncError, match="damaged"):
        sync.import_package(b, alt, passphrase=PASS)
    with b.read_session() as s:
        assert s.get(Project, demo_project_id) is None


# -- bad packages ---------------------------------------------------------------------

def _entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def _rewrite(src: Path, dst: Path, edit: Callable[[dict[str, bytes]], None]) -> Path:
    entries = _entries(src)
    edit(entries)
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zf:
        for n, data in entries.items():
            zf.writestr(n, data)
    return dst


def _manifest_edit(fn: Callable[[dict], None]) -> Callable[[dict[str, bytes]], None]:
    def edit(e: dict[str, bytes]) -> None:
        m = json.loads(e["manifest.json"])
        fn(m)
        e["manifest.json"] = json.dumps(m).encode()
    return edit


def _with_entry(name: str, data: bytes) -> Callable[[dict[str, bytes]], None]:
    def edit(e: dict[str, bytes]) -> None:
        e[name] = data
    return edit


@pytest.fixture(scope="session")
def good_package(_pair_template, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A full package of the demo project (read-only for the tests)."""
    root, pid = _pair_template
    folder = tmp_path_factory.mktemp("good-package")
    shutil.copytree(root / "a", folder / "a")
    db = open_database(folder / "a", backup="never")
    try:
        return sync.export_package(db, pid, folder).path
    finally:
        db.close()


def _refused(db: Database, path: Path, match: str, **kw) -> None:
    before = n_changes(db)
    with pytest.raises(SyncError, match=match):
        sync.import_package(db, path, **kw)
    assert n_changes(db) == before
    with db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(Project)) == 0


def test_truncated_package_is_refused(good_package: Path, laptops, tmp_path: Path) -> None:
    b = laptops("李华B")
    cut = tmp_path / "cut.evsync"
    cut.write_bytes(good_package.read_bytes()[:-2000])
    _refused(b, cut, "damaged or truncated")


def test_corrupted_changes_are_refused(good_package: Path, laptops, tmp_path: Path) -> None:
    b = laptops("李华B")
    raw = bytearray(good_package.read_bytes())
    raw[200] ^= 0xFF  # inside the deflated changes.jsonl
    bad = tmp_path / "flip.evsync"
    bad.write_bytes(bytes(raw))
    _refused(b, bad, "damaged|checksum|cannot be read")


def test_changes_that_do_not_match_the_manifest_hash_are_refused(good_package: Path, laptops, tmp_path: Path) -> None:
    b = laptops("李华B")

    def forge(e: dict[str, bytes]) -> None:
        e["changes.jsonl"] = e["changes.jsonl"].replace("良".encode(), "优".encode())

    bad = _rewrite(good_package, tmp_path / "forged.evsync", forge)
    _refused(b, bad, "checksum")


@pytest.mark.parametrize("name", ["../../evil.txt", "/etc/passwd", "blobs/../../x", "C:/Windows/x"])
def test_zip_slip_entries_are_refused(good_package: Path, laptops, tmp_path: Path, name: str) -> None:
    b = laptops("李华B")
    bad = _rewrite(good_package, tmp_path / "slip.evsync", _with_entry(name, b"x"))
    _refused(b, bad, "unsafe entry name")
    assert not (tmp_path / "evil.txt").exists()


def test_an_entry_not_in_the_manifest_is_refused(good_package: Path, laptops, tmp_path: Path) -> None:
    b = laptops("李华B")
    bad = _rewrite(good_package, tmp_path / "extra.evsync", _with_entry("blobs/" + "0" * 64, b"x"))
    _refused(b, bad, "do not match the manifest")


def test_a_newer_format_version_is_refused(good_package: Path, laptops, tmp_path: Path) -> None:
    b = laptops("李华B")
    bad = _rewrite(good_package, tmp_path / "newer.evsync",
                   _manifest_edit(lambda m: m.__setitem__("format_version", 99)))
    _refused(b, bad, "newer evaltool")


def test_a_package_of_another_project_is_refused_when_a_project_is_expected(
        good_package: Path, laptops, usb: Path) -> None:
    b = laptops("李华B")
    from evaltool.projects import create_project

    with b.session() as s:
        mine = create_project(s, "另一个项目").id
    before = n_changes(b)
    with pytest.raises(SyncError, match="not to the open project"):
        sync.import_package(b, good_package, expect_project=mine)
    assert n_changes(b) == before


def test_records_moved_into_another_project_are_refused(good_package: Path, laptops, tmp_path: Path) -> None:
    b = laptops("李华B")

    def move(e: dict[str, bytes]) -> None:
        lines = e["changes.jsonl"].decode().splitlines()
        c = json.loads(lines[0])
        assert c["table_name"] != "evaluators"
        c["project_id"] = "00000000-0000-0000-0000-000000000000"
        lines[0] = json.dumps(c)
        e["changes.jsonl"] = "\n".join(lines).encode()

    def fix_hash(e: dict[str, bytes]) -> None:
        import hashlib

        move(e)
        m = json.loads(e["manifest.json"])
        for entry in m["entries"]:
            if entry["name"] == "changes.jsonl":
                entry["sha256"] = hashlib.sha256(e["changes.jsonl"]).hexdigest()
        e["manifest.json"] = json.dumps(m).encode()

    bad = _rewrite(good_package, tmp_path / "moved.evsync", fix_hash)
    _refused(b, bad, "another project")


def test_a_package_bomb_is_refused(good_package: Path, laptops, tmp_path: Path) -> None:
    b = laptops("李华B")
    bomb = _rewrite(good_package, tmp_path / "bomb.evsync", _with_entry("blobs/" + "a" * 64, b"\0" * (64 * 1024 ** 2)))
    assert bomb.stat().st_size < 2 * 1024 ** 2
    _refused(b, bomb, "package bomb")
    with pytest.raises(SyncError, match="package bomb"), open_package(good_package, limits=Limits(max_entries=1)):
        pass
    with pytest.raises(SyncError, match="package bomb"), open_package(good_package, limits=Limits(max_total=1000)):
        pass


def test_not_a_package_at_all(laptops, tmp_path: Path) -> None:
    b = laptops("李华B")
    junk = tmp_path / "photo.evsync"
    junk.write_bytes(b"\xff\xd8\xff\xe0 not a zip")
    _refused(b, junk, "not a complete sync package")


def test_a_failed_merge_leaves_everything_as_it_was(pair, usb: Path, tmp_path: Path) -> None:
    """A record that belongs to another project here fails midway: all rolled back."""
    a, b, pid = pair
    with a.session() as s:
        update_project(s, pid, report_date="2023-08-01")
    res = sync.export_package(a, pid, usb)
    # make the Project row on B look like it belonged elsewhere for one of the records
    with b.session() as s:
        ind = s.scalars(select(Indicator).where(Indicator.project_id == pid)).first()
        ind_id = ind.id
    from evaltool.projects import create_project

    with b.session() as s:
        other = create_project(s, "别的项目").id
    con = sqlite3.connect(Path(b.data_dir) / "evaltool.sqlite")
    con.execute("UPDATE indicators SET project_id=? WHERE id=?", (other, ind_id))
    con.execute("DELETE FROM change_log WHERE row_id=? AND field='name'", (ind_id,))
    con.commit()
    con.close()
    before, count = state(b, pid), n_changes(b)
    backups = set((Path(b.data_dir) / "backups").glob("*.sqlite"))
    with pytest.raises(SyncError, match="another project"):
        sync.import_package(b, res.path)
    assert state(b, pid) == before and n_changes(b) == count
    with b.read_session() as s:
        assert s.get(Project, pid).report_date != "2023-08-01"
    assert set((Path(b.data_dir) / "backups").glob("*.sqlite")) - backups  # a backup was taken first


def _clone(db: Database, folder: Path) -> Database:
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copytree(db.data_dir, folder)
    return open_database(folder, backup="never")


def test_a_copied_data_folder_takes_a_new_identity_and_both_edits_meet(
        demo_db: Database, demo_project_id: str, tmp_path: Path, usb: Path) -> None:
    """A data folder copied beside the one in use (or to another computer, see
    test_device.py) is noticed when the copy is opened: it takes its own identity, so
    its packages are accepted and the two edits of one field become a conflict."""
    clone = _clone(demo_db, tmp_path / "clone")
    try:
        assert clone.identity_change is not None and clone.identity_change.reason == "copied"
        assert clone.device_id != demo_db.device_id
        with clone.session() as s:
            update_project(s, demo_project_id, budget_unit="克隆机改的")
        with demo_db.session() as s:
            update_project(s, demo_project_id, budget_unit="原机改的")
        summary = give(clone, demo_db, demo_project_id, usb)
        assert summary.changes_new == 1
        with demo_db.read_session() as s:
            conflicts = sync.list_conflicts(s, demo_project_id)
        assert [sorted(o.value for o in c.options) for c in conflicts] == [["克隆机改的", "原机改的"]]
    finally:
        clone.close()


def test_two_installations_sharing_an_identity_are_still_refused(
        demo_db: Database, demo_project_id: str, tmp_path: Path, usb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Should a copy escape every check (no note of the folder on this computer, the
    same machine), the merge still refuses numbers that name two different changes."""
    from evaltool import device

    monkeypatch.setattr(device, "identity_problem", lambda *_a: None)
    clone = _clone(demo_db, tmp_path / "clone")
    try:
        assert clone.device_id == demo_db.device_id
        with clone.session() as s:
            update_project(s, demo_project_id, budget_unit="克隆机改的")
        with demo_db.session() as s:
            update_project(s, demo_project_id, budget_unit="原机改的")
        res = sync.export_package(clone, demo_project_id, usb)
        with pytest.raises(SyncError, match="copied"):
            sync.import_package(demo_db, res.path)
    finally:
        clone.close()


# -- archive and CLI ----------------------------------------------------------------------

def test_archive_opens_on_another_installation(demo_db: Database, demo_project_id: str, laptops, usb: Path) -> None:
    res = sync.export_archive(demo_db, demo_project_id, usb, passphrase=PASS)
    assert res.path.suffix == ".evarchive" and res.kind == "archive"
    other = laptops("新团队")
    summary = sync.import_package(other, res.path, passphrase=PASS)
    assert summary.kind == "archive" and summary.project_created
    with other.read_session() as s:
        assert project_summary(s, demo_project_id).total == pytest.approx(81.415)


def test_cli_export_import_conflicts_resolve(pair, usb: Path, tmp_path: Path, capsys) -> None:
    from evaltool.cli import main

    a, b, pid = pair
    with a.session() as s:
        update_project(s, pid, budget_unit="甲")
    with b.session() as s:
        update_project(s, pid, budget_unit="乙")
    pw = tmp_path / "pass.txt"
    pw.write_text(PASS + "\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["--data-dir", str(b.data_dir), "sync", "export", pid, "--out", str(usb),
                 "--passphrase-file", str(pw)]) == 0
    path = capsys.readouterr().out.strip()
    assert Path(path).is_file()
    assert main(["--data-dir", str(a.data_dir), "sync", "import", path, "--passphrase-file", str(pw),
                 "--dry-run", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["dry_run"] and doc["totals"]["conflicting"] == 1 and doc["totals"]["changed"] == 1
    assert main(["--data-dir", str(a.data_dir), "sync", "import", path, "--passphrase-file", str(pw), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["totals"]["changed"] == 1 and doc["totals"]["conflicting"] == 1
    assert doc["totals"]["new"] == doc["tables"]["evaluators"]["new"] == 1  # B's evaluator profile arrives
    assert main(["--data-dir", str(a.data_dir), "sync", "conflicts", pid, "--json"]) == 0
    conflicts = json.loads(capsys.readouterr().out)
    assert [c["field"] for c in conflicts] == ["budget_unit"]
    assert main(["--data-dir", str(a.data_dir), "sync", "resolve", pid, conflicts[0]["key"], "--value", "甲乙合并"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(a.data_dir), "sync", "conflicts", pid]) == 0
    assert conflicts[0]["key"] not in capsys.readouterr().out
    with a.read_session() as s:
        assert s.get(Project, pid).budget_unit == "甲乙合并"
    # no passphrase for an encrypted package: exit 1 with a message
    assert main(["--data-dir", str(a.data_dir), "sync", "import", path]) == 1
    assert "passphrase" in capsys.readouterr().err
    assert main(["--data-dir", str(a.data_dir), "sync", "history", pid, "--json"]) == 0
    hist = json.loads(capsys.readouterr().out)
    assert [h["direction"] for h in hist][:1] == ["import"]


def test_a_new_item_with_a_file_the_peer_holds_sends_no_bytes(pair, usb: Path) -> None:
    """A second item made of a file B already received travels as records only; a file B
    has never had travels with its item."""
    a, b, pid = pair
    data = "验收报告扫描件".encode() * 3000
    _add_evidence(a, pid, data, "验收报告")
    give(a, b, pid, usb)
    give(b, a, pid, usb)  # A learns what B holds
    _add_evidence(a, pid, data, "验收报告（归档副本）")
    res = sync.export_package(a, pid, usb, for_device=b.device_id)
    with open_package(res.path) as pkg:
        titles = [c["value"] for c in pkg.changes if c["table_name"] == "evidence_items" and c["field"] == "title"]
    assert titles == ["验收报告（归档副本）"] and res.blobs == 0
    _add_evidence(a, pid, "新增的会议纪要".encode() * 3000, "会议纪要")
    assert sync.export_package(a, pid, usb, for_device=b.device_id).blobs == 1
