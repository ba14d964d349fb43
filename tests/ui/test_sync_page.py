"""The Sync page, driven as a user would: export to a folder, import with a preview,
resolve conflicts by choosing a value and by writing a merged one."""
from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from evaltool import sync
from evaltool.changelog import mark_sent
from evaltool.models import Indicator, Project, Response
from evaltool.projects import add_member, update_project
from evaltool.scoring import leaf_results, set_score
from evaltool.sync import merge
from evaltool.team import set_role
from tests.ui.conftest import finish_jobs, type_text
from tests.unit.test_sync import empty_template, new_laptop  # noqa: F401 (fixture)

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _shot(widget, name: str) -> None:
    if os.environ.get("EVALTOOL_SCREENSHOTS"):
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / name))


@pytest.fixture
def laptop_b(demo_db, demo_project_id, empty_template, tmp_path):
    """Laptop B: its own data folder, with the demo project received from the window's laptop."""
    usb = tmp_path / "usb-setup"
    usb.mkdir()
    b = new_laptop(empty_template, tmp_path / "laptop-b", "李华")
    sync.import_package(b, sync.export_package(demo_db, demo_project_id, usb).path)
    yield b
    b.close()


def test_import_with_preview_then_resolve_conflicts_on_the_page(qtbot, demo_window, demo_db, demo_project_id,
                                                                laptop_b, tmp_path) -> None:
    pid = demo_project_id
    # both laptops change the same two fields without seeing each other's change
    with demo_db.session() as s:
        update_project(s, pid, budget_unit="东莞市政务服务数据管理局（甲）", evaluation_agency="甲评价公司")
    with laptop_b.session() as s:
        update_project(s, pid, budget_unit="东莞市政数局", evaluation_agency="乙评价公司")
    usb = tmp_path / "usb"
    usb.mkdir()
    package = sync.export_package(laptop_b, pid, usb).path

    page = demo_window.show_page("sync")
    assert demo_window.current_page() is page
    ex = page.exchange
    assert ex.preview_import(package) is not None
    finish_jobs(qtbot, demo_window)
    # preview: counts shown, nothing applied yet
    summary = ex.summary
    assert summary is not None and summary.dry_run
    total_row = ex.preview.table.rowCount() - 1
    assert ex.preview.table.item(total_row, 4).text() == "1"  # one record (the project) with conflicts
    assert ex.preview.table.item(total_row, 2).text() == "1"
    # laptop B is not known in this project yet: its signer is shown, and Apply waits for the tick
    assert summary.signer.status == "unknown" and summary.signer.fingerprint in ex.preview.signer.text()
    assert "#b00020" in ex.preview.signer.styleSheet()  # shown as a warning
    assert not ex.preview.trust.isHidden() and not ex.apply_btn.isEnabled()
    ex.preview.trust.setChecked(True)
    assert ex.apply_btn.isEnabled()
    with demo_db.read_session() as s:
        assert s.get(Project, pid).budget_unit == "东莞市政务服务数据管理局（甲）"
        assert sync.list_conflicts(s, pid) == []
    _shot(demo_window, "sync-preview.png")

    qtbot.mouseClick(ex.apply_btn, Qt.MouseButton.LeftButton)
    finish_jobs(qtbot, demo_window)
    assert not ex.apply_btn.isEnabled()
    assert ex.summary is not None and ex.summary.signer.status == "confirmed"  # laptop B trusted from now on
    assert page.tabs.currentIndex() == 1  # the conflicts tab opens by itself
    cp = page.conflicts
    assert cp.table.rowCount() == 2
    fields = [cp.table.item(r, 2).data(Qt.ItemDataRole.UserRole) for r in range(2)]
    assert sorted(fields) == ["budget_unit", "evaluation_agency"]

    # 1. budget unit: keep the other laptop's value, chosen with the mouse
    cp.table.selectRow(fields.index("budget_unit"))
    texts = [cp.options.item(i).text() for i in range(cp.options.count())]
    assert any("东莞市政数局" in t and "李华" in t for t in texts)
    assert any("东莞市政务服务数据管理局（甲）" in t and "测试评价员" in t for t in texts)
    row = next(i for i, t in enumerate(texts) if "东莞市政数局" in t)
    rect = cp.options.visualItemRect(cp.options.item(row))
    qtbot.mouseClick(cp.options.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert cp.options.currentRow() == row
    _shot(demo_window, "sync-conflicts.png")
    qtbot.mouseClick(cp.keep_btn, Qt.MouseButton.LeftButton)
    assert cp.table.rowCount() == 1

    # 2. evaluation agency: write a merged value with the keyboard
    cp.table.selectRow(0)
    assert cp.table.item(0, 2).data(Qt.ItemDataRole.UserRole) == "evaluation_agency"
    assert cp.table.item(0, 2).text() in ("Evaluation agency", "评价机构")
    cp.merged.setFocus()
    qtbot.keyClick(cp.merged, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(cp.merged, Qt.Key.Key_Delete)
    type_text(cp.merged, "甲乙联合评价组")
    qtbot.mouseClick(cp.merge_btn, Qt.MouseButton.LeftButton)

    assert cp.table.rowCount() == 0
    with demo_db.read_session() as s:
        p = s.get(Project, pid)
        assert (p.budget_unit, p.evaluation_agency) == ("东莞市政数局", "甲乙联合评价组")
        assert sync.list_conflicts(s, pid) == []
    # the resolution travels back: B ends with the same values and no conflicts
    back = sync.export_package(demo_db, pid, usb, for_device=laptop_b.device_id)
    sync.import_package(laptop_b, back.path)
    with laptop_b.read_session() as s:
        p = s.get(Project, pid)
        assert (p.budget_unit, p.evaluation_agency) == ("东莞市政数局", "甲乙联合评价组")
        assert sync.list_conflicts(s, pid) == []
    # history shows the import
    page.tabs.setCurrentIndex(2)
    assert page.history.rowCount() >= 1
    assert any(package.name == page.history.item(r, 4).text() for r in range(page.history.rowCount()))


def test_export_encrypted_package_to_a_folder_from_the_page(qtbot, demo_window, demo_project_id,
                                                            tmp_path) -> None:
    page = demo_window.show_page("sync")
    ex = page.exchange
    folder = tmp_path / "stick"
    folder.mkdir()
    ex.set_target(folder)
    ex.encrypt.setFocus()
    qtbot.keyClick(ex.encrypt, Qt.Key.Key_Space)
    assert ex.encrypt.isChecked()
    ex.passphrase.setFocus()
    qtbot.keyClicks(ex.passphrase, "team-secret-2024")
    qtbot.mouseClick(ex.export_btn, Qt.MouseButton.LeftButton)
    finish_jobs(qtbot, demo_window)
    files = list(folder.glob("*.evsync"))
    assert len(files) == 1
    assert not files[0].read_bytes().startswith(b"PK")  # encrypted, not a readable zip
    assert files[0].name in page.status.text()
    assert page.history.rowCount() == 1
    _shot(demo_window, "sync-exchange.png")
    # importing it back without the passphrase gives a clear message, nothing applied
    ex.passphrase.clear()
    assert ex.preview_import(files[0]) is None
    assert demo_window.runner.idle
    assert "passphrase" in page.status.text() or "口令" in page.status.text()


def _database_digest(db) -> str:
    """SHA-256 of every table's rows (schema and data) of the database file."""
    con = sqlite3.connect(f"file:{db.path}?mode=ro", uri=True)
    try:
        return hashlib.sha256("\n".join(con.iterdump()).encode("utf-8")).hexdigest()
    finally:
        con.close()


@pytest.fixture
def big_package(laptop_b, demo_db, demo_project_id, tmp_path) -> Path:
    """A package from laptop B with about 3,000 changes the window's laptop lacks: B scores
    all 37 leaves of seed 000 and edits the 54 indicators and 215 questionnaires ten times."""
    pid = demo_project_id
    # the indicators are the leads' to edit: B joins the team and the lead names B a lead
    setup = tmp_path / "usb-roles"
    setup.mkdir()
    with laptop_b.session() as s:
        add_member(s, pid, laptop_b.evaluator_id)
    sync.import_package(demo_db, sync.export_package(laptop_b, pid, setup).path)
    with demo_db.session() as s:
        set_role(s, pid, laptop_b.evaluator_id, "lead")
    sync.import_package(laptop_b, sync.export_package(demo_db, pid, setup, for_device=laptop_b.device_id).path)
    with laptop_b.session() as s:
        for leaf_id in leaf_results(s, pid):
            set_score(s, pid, leaf_id, laptop_b.evaluator_id, 0.0, comment="乙复核：待补充佐证")
        indicators = list(s.scalars(select(Indicator).where(Indicator.project_id == pid)))
        responses = list(s.scalars(select(Response).where(Response.project_id == pid)))
        assert (len(indicators), len(responses)) == (54, 215)
        for r in range(1, 11):
            for ind in indicators:
                ind.evidence_hint = f"第{r}轮补充佐证"
            for resp in responses:
                resp.unit_name = f"受访单位（第{r}轮核对）"
            s.flush()
            mark_sent(s, laptop_b.device_id)  # a package went out after each round: no edit is coalesced
    usb = tmp_path / "usb-big"
    usb.mkdir()
    res = sync.export_package(laptop_b, pid, usb, for_device=demo_db.device_id)
    assert res.changes > 10 * (54 + 215)
    return res.path


def test_cancel_a_large_merge_from_the_page(qtbot, monkeypatch, demo_window, demo_db, demo_project_id, laptop_b,
                                            big_package) -> None:
    """Cancel in the progress dialog while the merge runs: the window answers during the
    merge, the merge stops at its next chunk, and the database is exactly as before."""
    # the lead trusted laptop B earlier, and B has the roster (so both end with the same state)
    from evaltool.sync.exchange import signer_of
    from evaltool.sync.trust import trust_device

    with demo_db.session() as s:
        assert trust_device(s, demo_project_id, laptop_b.device_id, "laptop-B", signer_of(laptop_b).public_key,
                            demo_db.evaluator_id) == "roster"
    sync.import_package(laptop_b, sync.export_package(demo_db, demo_project_id, big_package.parent).path)
    page = demo_window.show_page("sync")
    ex = page.exchange
    ex.preview_import(big_package)
    finish_jobs(qtbot, demo_window)
    assert ex.summary is not None and ex.summary.changes_new > 10 * (54 + 215)
    before = _database_digest(demo_db)
    with demo_db.read_session() as s:
        state_before = sync.canonical_state(s, demo_project_id)
    backups = set((Path(demo_db.data_dir) / "backups").glob("*"))

    # Hold the merge inside its first chunk of rows until Cancel has been pressed, so the
    # test does not depend on how fast this machine merges.
    inside, go_on = threading.Event(), threading.Event()
    chunks_applied: list[str] = []
    apply_rows = merge._apply_rows

    def held(s, table, *args, **kw):
        chunks_applied.append(table)
        if len(chunks_applied) == 1:
            inside.set()
            go_on.wait(60)
        return apply_rows(s, table, *args, **kw)

    monkeypatch.setattr(merge, "_apply_rows", held)
    try:
        qtbot.mouseClick(ex.apply_btn, Qt.MouseButton.LeftButton)
        task = ex.task
        assert task is not None and task.running
        qtbot.waitUntil(inside.is_set, timeout=30_000)
        # the event loop runs while the merge is under way: a timer fires …
        fired: list[bool] = []
        QTimer.singleShot(0, lambda: fired.append(True))
        qtbot.waitUntil(lambda: bool(fired), timeout=5_000)
        # … the progress dialog shows, and a click on its Cancel button is handled
        qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.isVisible(), timeout=10_000)
        assert task.running
        cancel = task.dialog.findChild(QPushButton)
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        assert task.worker.job.cancelled() and task.running
    finally:
        go_on.set()
    finish_jobs(qtbot, demo_window)

    assert task.state == "cancelled"
    assert chunks_applied == chunks_applied[:1]  # stopped at the next check, after one chunk of rows
    assert page.status.text() == QCoreApplication.translate("SyncExchangePanel", "Import cancelled; nothing was changed.")
    assert _database_digest(demo_db) == before
    with demo_db.read_session() as s:
        assert sync.canonical_state(s, demo_project_id) == state_before
    assert set((Path(demo_db.data_dir) / "backups").glob("*")) == backups
    # the package is still waiting: applied now, it merges whole
    monkeypatch.setattr(merge, "_apply_rows", apply_rows)
    assert ex.apply_btn.isEnabled()
    qtbot.mouseClick(ex.apply_btn, Qt.MouseButton.LeftButton)
    finish_jobs(qtbot, demo_window)
    with demo_db.read_session() as s, laptop_b.read_session() as s_b:
        assert sync.canonical_state(s, demo_project_id) == sync.canonical_state(s_b, demo_project_id)


def test_unknown_signer_is_shown_and_confirmed_where_the_project_requires_signatures(
        qtbot, demo_window, demo_db, demo_project_id, laptop_b, tmp_path) -> None:
    """The lead requires encrypted, signed packages: a package from laptop B, which the
    project does not know, is previewed with B's fingerprint in red; Apply waits for the
    tick; applied, B is on the project's roster."""
    from evaltool.sync import trust
    from evaltool.sync.exchange import signer_of
    from evaltool.sync.signing import fingerprint

    pid = demo_project_id
    lead_key = signer_of(demo_db).public_key
    with demo_db.session() as s:
        trust.set_require_signed(s, pid, True, demo_db.evaluator_id, demo_db.device_id, "laptop-A", lead_key)
    with laptop_b.session() as s:
        update_project(s, pid, evaluation_agency="乙评价公司")
    usb = tmp_path / "usb"
    usb.mkdir()
    package = sync.export_package(laptop_b, pid, usb, passphrase="团队口令").path
    b_fingerprint = fingerprint(signer_of(laptop_b).public_key)

    page = demo_window.show_page("sync")
    ex = page.exchange
    ex.passphrase.setText("团队口令")
    assert ex.preview_import(package) is not None
    finish_jobs(qtbot, demo_window)
    assert ex.summary is not None and ex.summary.signer.status == "unknown"
    assert b_fingerprint in ex.preview.signer.text() and "#b00020" in ex.preview.signer.styleSheet()
    assert not ex.preview.trust.isHidden() and not ex.apply_btn.isEnabled()
    with demo_db.read_session() as s:
        assert s.get(Project, pid).evaluation_agency != "乙评价公司"
    _shot(demo_window, "sync-unknown-signer.png")
    ex.preview.trust.click()  # (a click in its middle may miss the shorter Chinese label)
    assert ex.apply_btn.isEnabled()
    qtbot.mouseClick(ex.apply_btn, Qt.MouseButton.LeftButton)
    finish_jobs(qtbot, demo_window)
    with demo_db.read_session() as s:
        assert s.get(Project, pid).evaluation_agency == "乙评价公司"
        info = trust.project_security(s, pid, demo_db.device_id, lead_key)
    assert {d.device_id: d.state for d in info.devices}[laptop_b.device_id] == "trusted"
