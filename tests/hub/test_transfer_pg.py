"""Push and pull against a real PostgreSQL hub: convergence, idempotence, conflicts kept,
hub and USB mixed without duplicates, evidence files once, a dropped connection.

Expected figures come from seed 000 (the demo: 54 indicators of which 37 leaves, 74 scores,
total 81.415, grade 良).
"""
from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from evaltool import hub, sync
from evaltool.db import Database
from evaltool.evidence import EvidenceStore, add_files
from evaltool.hub.connect import HubError
from evaltool.hub.tables import hub_blob_chunks, hub_blobs, hub_coverage
from evaltool.models import ChangeRecord, FieldHead, Project
from evaltool.projects import update_project
from evaltool.scoring import project_summary
from tests.hub.conftest import admin_sql, state


def change_ids(db_or_hub, pid: str) -> list[str]:
    if isinstance(db_or_hub, hub.Hub):
        with db_or_hub.session(read_only=True) as s:
            return list(s.scalars(select(ChangeRecord.id).where(ChangeRecord.project_id == pid)))
    with db_or_hub.read_session() as s:
        return list(s.scalars(select(ChangeRecord.id).where(ChangeRecord.project_id == pid)))


def test_a_project_goes_through_the_hub_to_another_laptop_whole(demo_db: Database, demo_project_id: str,
                                                                admin_hub: hub.Hub, laptops) -> None:
    pid = demo_project_id
    pushed = hub.push_project(demo_db, admin_hub, pid)
    assert pushed.project_created and pushed.role == "lead"
    assert pushed.tables["indicators"].new == 54 and pushed.tables["scores"].new == 74
    assert pushed.changes_new == pushed.changes_sent > len(change_ids(demo_db, pid))  # and the evaluators'
    b = laptops("李华")
    pulled = hub.pull_project(b, admin_hub, "2022年东莞市一体化政务服务平台运维与运营服务项目")  # by name, new here
    assert pulled.project_created and pulled.project_id == pid
    assert pulled.tables["indicators"].new == 54 and pulled.totals.conflicting == 0
    with b.read_session() as s:
        summary = project_summary(s, pid)
    assert summary.total == pytest.approx(81.415) and summary.grade == "良"
    assert state(b, pid) == state(demo_db, pid) == state(admin_hub, pid)
    assert sorted(change_ids(b, pid)) == sorted(change_ids(demo_db, pid)) == sorted(change_ids(admin_hub, pid))
    assert Path(pulled.backup).is_file()  # a merge that brought something is backed up first, like a USB import


def test_pushing_and_pulling_again_moves_nothing(demo_db: Database, demo_project_id: str, admin_hub: hub.Hub,
                                                laptops) -> None:
    pid = demo_project_id
    hub.push_project(demo_db, admin_hub, pid)
    b = laptops("李华")
    hub.pull_project(b, admin_hub, pid)
    before = change_ids(admin_hub, pid)
    again = hub.push_project(demo_db, admin_hub, pid)
    # coverage: only the evaluators' records travel again (4 people in seed 000), nothing is new
    assert again.changes_new == 0 and not again.project_created
    assert again.totals.new == again.totals.changed == 0
    assert sorted(change_ids(admin_hub, pid)) == sorted(before)
    pulled = hub.pull_project(b, admin_hub, pid)
    assert pulled.changes_new == 0 and pulled.backup is None
    with b.read_session() as s:
        n = s.scalar(select(func.count()).select_from(ChangeRecord).where(ChangeRecord.project_id == pid))
    assert n == len(before)


def test_edits_of_the_same_field_on_two_laptops_stay_a_conflict_everywhere(demo_db: Database, demo_project_id: str,
                                                                          admin_hub: hub.Hub, laptops) -> None:
    pid = demo_project_id
    hub.push_project(demo_db, admin_hub, pid)
    b = laptops("李华")
    hub.pull_project(b, admin_hub, pid)
    with demo_db.session() as s:
        update_project(s, pid, budget_unit="东莞市政务服务数据管理局（甲）")
    with b.session() as s:
        update_project(s, pid, budget_unit="东莞市政务服务数据管理局（乙）")
    first = hub.sync_project(demo_db, admin_hub, pid)
    assert first.push.changes_new == 1 and first.push.totals.conflicting == 0
    second = hub.sync_project(b, admin_hub, pid)
    assert second.push.tables["projects"].conflicting == 1  # the hub keeps both values
    hub.pull_project(demo_db, admin_hub, pid)
    for where in (demo_db, b):
        with where.read_session() as s:
            conflicts = sync.list_conflicts(s, pid)
        assert [c.key for c in conflicts] == [f"projects/{pid}/budget_unit"]
        assert sorted(o.value for o in conflicts[0].options) == ["东莞市政务服务数据管理局（乙）", "东莞市政务服务数据管理局（甲）"]
    with admin_hub.session(read_only=True) as s:
        assert s.scalar(select(func.count()).select_from(FieldHead).where(FieldHead.conflict.is_(True))) == 1
    assert state(b, pid) == state(demo_db, pid) == state(admin_hub, pid)


def test_the_order_of_pushes_does_not_matter(demo_db: Database, demo_project_id: str, pg_admin: str, hub_db: str,
                                             hub_template: str, laptops) -> None:
    from tests.hub.conftest import url_for

    pid = demo_project_id
    other = f"{hub_db}_b"
    admin_sql(pg_admin, f"CREATE DATABASE {other} TEMPLATE {hub_template}")
    try:
        one, two = hub.open_hub(url_for(pg_admin, hub_db)), hub.open_hub(url_for(pg_admin, other))
        hub.push_project(demo_db, one, pid)
        b = laptops("李华")
        hub.pull_project(b, one, pid)
        with demo_db.session() as s:
            update_project(s, pid, report_date="2023-05-31", budget_unit="甲")
        with b.session() as s:
            update_project(s, pid, report_date="2023-06-30", evaluation_type="乙")
        hub.push_project(b, two, pid)  # B's history first on the second hub
        hub.push_project(demo_db, two, pid)
        hub.push_project(demo_db, one, pid)
        hub.push_project(b, one, pid)
        assert state(one, pid) == state(two, pid)
        with two.session(read_only=True) as s:
            p = s.get(Project, pid)
            assert (p.budget_unit, p.evaluation_type) == ("甲", "乙")
        one.close()
        two.close()
    finally:
        admin_sql(pg_admin, f"DROP DATABASE IF EXISTS {other} WITH (FORCE)")


def test_three_laptops_mixing_hub_and_usb_converge_without_duplicates(demo_db: Database, demo_project_id: str,
                                                                      admin_hub: hub.Hub, laptops, tmp_path: Path) -> None:
    pid = demo_project_id
    usb = tmp_path / "usb"
    usb.mkdir()
    a, b, c = demo_db, laptops("李华"), laptops("王芳")
    hub.push_project(a, admin_hub, pid)
    hub.pull_project(b, admin_hub, pid)
    # C is on site without network: B hands the project over on a USB stick
    sync.import_package(c, sync.export_package(b, pid, usb).path)
    with a.session() as s:
        update_project(s, pid, report_date="2023-05-31")
    with b.session() as s:
        update_project(s, pid, commissioning_body="东莞市财政局（委托方）")
    with c.session() as s:
        update_project(s, pid, evaluation_agency="第三方评价机构")
    # C's edit reaches A by USB, then both A and C push: the same change arrives twice
    sync.import_package(a, sync.export_package(c, pid, usb).path)
    hub.push_project(a, admin_hub, pid)
    from_c = hub.push_project(c, admin_hub, pid)
    assert from_c.changes_new == 0  # C's change came through A already
    hub.sync_project(b, admin_hub, pid)
    # A's report date reaches C by USB from B, and the hub again
    sync.import_package(c, sync.export_package(b, pid, usb).path)
    again = hub.pull_project(c, admin_hub, pid)
    assert again.changes_new == 0
    hub.pull_project(a, admin_hub, pid)
    states = [state(x, pid) for x in (a, b, c, admin_hub)]
    assert all(st == states[0] for st in states)
    with a.read_session() as s:
        p = s.get(Project, pid)
        assert (p.report_date, p.commissioning_body, p.evaluation_agency) == ("2023-05-31", "东莞市财政局（委托方）", "第三方评价机构")
    ids = [change_ids(x, pid) for x in (a, b, c, admin_hub)]
    assert all(len(i) == len(set(i)) for i in ids)  # no change stored twice anywhere
    assert all(sorted(i) == sorted(ids[0]) for i in ids)


def test_evidence_files_travel_once_and_are_fetched_in_full_or_on_demand(demo_db: Database, demo_project_id: str,
                                                                        admin_hub: hub.Hub, laptops, tmp_path: Path) -> None:
    pid = demo_project_id
    big, small = tmp_path / "合同扫描件.pdf", tmp_path / "现场照片.jpg"
    big.write_bytes(bytes(range(256)) * 10_000)  # 2.56 MB: three chunks of 1 MiB
    small.write_bytes(b"\xff\xd8 photo " * 1000)
    with demo_db.session() as s:
        items = add_files(s, pid, [big, small])
        big_id, small_id = items[0].item_id, items[1].item_id
    store_a = EvidenceStore(demo_db.data_dir)
    with demo_db.read_session() as s:
        from evaltool.models import EvidenceItem

        big_sha, small_sha = s.get(EvidenceItem, big_id).sha256, s.get(EvidenceItem, small_id).sha256
    seen = []
    first = hub.push_project(demo_db, admin_hub, pid, progress=lambda d, t: seen.append((d, t)))
    assert first.evidence_files == 2 and first.evidence_bytes == big.stat().st_size + small.stat().st_size
    assert seen and seen[-1][0] == seen[-1][1]  # progress reached the end
    with admin_hub.session(read_only=True) as s:
        assert s.scalar(select(hub_blobs.c.chunks).where(hub_blobs.c.sha256 == big_sha)) == 3
        assert s.scalar(select(func.count()).select_from(hub_blob_chunks)) == 4
    assert hub.push_project(demo_db, admin_hub, pid).evidence_files == 0  # never twice
    b = laptops("李华")
    records_only = hub.pull_project(b, admin_hub, pid, evidence="none")
    assert records_only.evidence_files == 0 and records_only.evidence_missing == 2
    on_demand = hub.pull_project(b, admin_hub, pid, items=[small_id])
    store_b = EvidenceStore(b.data_dir)
    assert on_demand.evidence_files == 1 and store_b.has(small_sha) and not store_b.has(big_sha)
    full = hub.pull_project(b, admin_hub, pid)
    assert full.evidence_files == 1 and full.evidence_missing == 0
    assert store_b.path(big_sha).read_bytes() == store_a.path(big_sha).read_bytes() == big.read_bytes()
    assert hub.pull_project(b, admin_hub, pid).evidence_files == 0
    # a laptop that got the file by USB does not send it again either
    c = laptops("王芳")
    usb = tmp_path / "usb"
    usb.mkdir()
    sync.import_package(c, sync.export_package(demo_db, pid, usb).path)
    assert hub.push_project(c, admin_hub, pid).evidence_files == 0


def test_a_dropped_connection_mid_merge_leaves_the_hub_as_it_was(demo_db: Database, demo_project_id: str,
                                                                admin_hub: hub.Hub, pg_admin: str, hub_db: str) -> None:
    pid = demo_project_id
    dropped = threading.Event()

    def progress(done: int, total: int) -> None:
        # halfway through the merge, the server ends the laptop's connection (a network cut)
        if total and done > total // 2 and not dropped.is_set():
            dropped.set()
            admin_sql(pg_admin, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                      f"WHERE datname = '{hub_db}' AND application_name = 'evaltool' AND pid <> pg_backend_pid()")

    with pytest.raises(HubError, match="Nothing was changed on the hub"):
        hub.push_project(demo_db, admin_hub, pid, progress=progress)
    assert dropped.is_set()
    with admin_hub.session(read_only=True) as s:
        assert s.scalar(select(func.count()).select_from(ChangeRecord)) == 0
        assert s.scalar(select(func.count()).select_from(hub_coverage)) == 0
        assert s.scalar(text("SELECT count(*) FROM hub_members")) == 0
    result = hub.push_project(demo_db, admin_hub, pid)  # the next push is whole
    assert result.project_created and result.tables["indicators"].new == 54
    assert state(admin_hub, pid) == state(demo_db, pid)


def test_cancel_leaves_the_hub_as_it_was(demo_db: Database, demo_project_id: str, admin_hub: hub.Hub) -> None:
    from evaltool.errors import Cancelled

    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 5

    with pytest.raises(Cancelled):
        hub.push_project(demo_db, admin_hub, demo_project_id, cancelled=cancelled)
    with admin_hub.session(read_only=True) as s:
        assert s.scalar(select(func.count()).select_from(ChangeRecord)) == 0


def test_two_laptops_pushing_one_project_at_once_both_land(demo_db: Database, demo_project_id: str,
                                                           admin_hub: hub.Hub, laptops) -> None:
    pid = demo_project_id
    hub.push_project(demo_db, admin_hub, pid)
    b = laptops("李华")
    hub.pull_project(b, admin_hub, pid)
    with demo_db.session() as s:
        update_project(s, pid, report_date="2023-05-31")
    with b.session() as s:
        update_project(s, pid, commissioning_body="东莞市财政局（委托方）")
    errors: list[BaseException] = []

    def push(db: Database) -> None:
        h = hub.open_hub(admin_hub.address)
        try:
            hub.push_project(db, h, pid)
        except BaseException as exc:  # noqa: BLE001 - handed to the test thread
            errors.append(exc)
        finally:
            h.close()

    threads = [threading.Thread(target=push, args=(db,)) for db in (demo_db, b)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    with admin_hub.session(read_only=True) as s:
        p = s.get(Project, pid)
        assert (p.report_date, p.commissioning_body) == ("2023-05-31", "东莞市财政局（委托方）")


def test_a_laptop_refuses_a_hub_with_another_schema(demo_db: Database, demo_project_id: str, admin_hub: hub.Hub,
                                                    pg_admin: str, hub_db: str) -> None:
    admin_sql(pg_admin, "UPDATE alembic_version SET version_num = '0002'", dbname=hub_db)
    with pytest.raises(HubError, match="older schema"):
        hub.push_project(demo_db, admin_hub, demo_project_id)
    admin_sql(pg_admin, "UPDATE alembic_version SET version_num = '9999'", dbname=hub_db)
    with pytest.raises(HubError, match="newer evaltool"):
        hub.push_project(demo_db, admin_hub, demo_project_id)
