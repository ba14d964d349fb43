"""The Sync page, driven as a user would: export to a folder, import with a preview,
resolve conflicts by choosing a value and by writing a merged one."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from evaltool import sync
from evaltool.models import Project
from evaltool.projects import update_project
from tests.ui.conftest import type_text
from tests.unit.test_sync import empty_template, new_laptop  # noqa: F401 (fixture)

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _shot(widget, name: str) -> None:
    if os.environ.get("EVALTOOL_SCREENSHOTS"):
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / name))


@pytest.fixture
def laptop_b(demo_db, demo_project_id, empty_template, tmp_path):  # noqa: F811
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
    summary = page.preview_import(package)
    # preview: counts shown, nothing applied yet
    assert summary is not None and summary.dry_run
    total_row = page.preview.rowCount() - 1
    assert page.preview.item(total_row, 4).text() == "1"  # one record (the project) with conflicts
    assert page.preview.item(total_row, 2).text() == "1"
    assert page.apply_btn.isEnabled()
    with demo_db.read_session() as s:
        assert s.get(Project, pid).budget_unit == "东莞市政务服务数据管理局（甲）"
        assert sync.list_conflicts(s, pid) == []
    _shot(demo_window, "sync-preview.png")

    qtbot.mouseClick(page.apply_btn, Qt.MouseButton.LeftButton)
    assert not page.apply_btn.isEnabled()
    assert page.tabs.currentIndex() == 1  # the conflicts tab opens by itself
    assert page.conflicts.rowCount() == 2
    fields = [page.conflicts.item(r, 2).data(Qt.ItemDataRole.UserRole) for r in range(2)]
    assert sorted(fields) == ["budget_unit", "evaluation_agency"]

    # 1. budget unit: keep the other laptop's value, chosen with the mouse
    page.conflicts.selectRow(fields.index("budget_unit"))
    texts = [page.options.item(i).text() for i in range(page.options.count())]
    assert any("东莞市政数局" in t and "李华" in t for t in texts)
    assert any("东莞市政务服务数据管理局（甲）" in t and "测试评价员" in t for t in texts)
    row = next(i for i, t in enumerate(texts) if "东莞市政数局" in t)
    rect = page.options.visualItemRect(page.options.item(row))
    qtbot.mouseClick(page.options.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.options.currentRow() == row
    _shot(demo_window, "sync-conflicts.png")
    qtbot.mouseClick(page.keep_btn, Qt.MouseButton.LeftButton)
    assert page.conflicts.rowCount() == 1

    # 2. evaluation agency: write a merged value with the keyboard
    page.conflicts.selectRow(0)
    assert page.conflicts.item(0, 2).data(Qt.ItemDataRole.UserRole) == "evaluation_agency"
    assert page.conflicts.item(0, 2).text() in ("Evaluation agency", "评价机构")
    page.merged.setFocus()
    qtbot.keyClick(page.merged, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.merged, Qt.Key.Key_Delete)
    type_text(page.merged, "甲乙联合评价组")
    qtbot.mouseClick(page.merge_btn, Qt.MouseButton.LeftButton)

    assert page.conflicts.rowCount() == 0
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
    folder = tmp_path / "stick"
    folder.mkdir()
    page.set_target(folder)
    page.encrypt.setFocus()
    qtbot.keyClick(page.encrypt, Qt.Key.Key_Space)
    assert page.encrypt.isChecked()
    page.passphrase.setFocus()
    qtbot.keyClicks(page.passphrase, "team-secret-2024")
    qtbot.mouseClick(page.export_btn, Qt.MouseButton.LeftButton)
    files = list(folder.glob("*.evsync"))
    assert len(files) == 1
    assert not files[0].read_bytes().startswith(b"PK")  # encrypted, not a readable zip
    assert files[0].name in page.status.text()
    assert page.history.rowCount() == 1
    _shot(demo_window, "sync-exchange.png")
    # importing it back without the passphrase gives a clear message, nothing applied
    page.passphrase.clear()
    assert page.preview_import(files[0]) is None
    assert "passphrase" in page.status.text() or "口令" in page.status.text()
    QApplication.processEvents()
