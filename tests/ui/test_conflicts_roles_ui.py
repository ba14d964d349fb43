"""Conflicts where the field is shown, the question an edit of one asks, and roles in the
window — driven as a user would (typing, Enter, the question's buttons, the marker's menu).

The window's laptop (A) created the demo and leads it; laptop B received it.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from evaltool import sync
from evaltool.changelog import ROLES_UNCHECKED
from evaltool.framework import find_by_path
from evaltool.models import FinalScore, Project
from evaltool.projects import add_member, update_project
from evaltool.report_sections import set_section
from evaltool.scoring import final_id, set_final
from evaltool.team import set_role
from tests.ui.conftest import type_text
from tests.unit.test_sync import empty_template, new_laptop  # noqa: F401 (fixture)

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
LEAF = "决策/项目立项/立项依据充分性"  # seed 000: weight 2, final 2 (评价组合议确定)


def _t(text: str) -> str:
    return QCoreApplication.translate("ConflictGuard", text)


@pytest.fixture
def laptop_b(demo_db, demo_project_id, empty_template, tmp_path):
    usb = tmp_path / "usb-setup"
    usb.mkdir()
    b = new_laptop(empty_template, tmp_path / "laptop-b", "李华B")
    sync.import_package(b, sync.export_package(demo_db, demo_project_id, usb).path)
    with b.session() as s:
        add_member(s, demo_project_id, b.evaluator_id)
    sync.import_package(demo_db, sync.export_package(b, demo_project_id, usb).path)
    yield b
    b.close()


def _to_window(win, src, pid: str, tmp_path: Path) -> sync.ImportSummary:
    """Laptop ``src``'s package imported into the window's laptop; the window refreshes."""
    usb = tmp_path / "usb"
    usb.mkdir(exist_ok=True)
    summary = sync.import_package(win.db, sync.export_package(src, pid, usb).path)
    win.data_changed.emit(summary.touched, None)
    return summary


def _answer(button_text: str) -> list[str]:
    """Click the button of the question box that will open next; returns the question's text."""
    seen: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        for b in box.buttons():
            if b.text() == button_text:
                b.click()
                return
        raise AssertionError(f"no button {button_text!r} in {[b.text() for b in box.buttons()]}")

    QTimer.singleShot(0, click)
    return seen


def _open_leaf(win, qtbot, path: str):
    page = win.show_page("scoring")
    with win.db.read_session() as s:
        leaf_id = find_by_path(s, win.project_id, path).id
    page.select_leaf(leaf_id)
    qtbot.waitUntil(lambda: page.form.leaf_id == leaf_id)
    return page, leaf_id


def _screenshot(win, qtbot, page, marker, name: str) -> None:
    """The window at 1366×768 with the marker's menu open (drawn in: offscreen, a menu is a
    window of its own)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter

    win.resize(1366, 768)
    qtbot.waitUntil(lambda: win.width() == 1366)
    page.form_scroll.ensureWidgetVisible(page.form.others_box)
    menu = marker.menu()
    menu.popup(marker.mapToGlobal(QPoint(0, marker.height())))
    qtbot.waitUntil(menu.isVisible)
    shot = win.grab()
    painter = QPainter(shot)
    painter.drawPixmap(win.mapFromGlobal(menu.pos()), menu.grab())
    painter.end()
    menu.hide()
    SHOTS.mkdir(parents=True, exist_ok=True)
    shot.save(str(SHOTS / name))


def test_a_conflicted_final_score_on_the_scoring_page(demo_window, qtbot, laptop_b, tmp_path) -> None:
    win, b, pid = demo_window, laptop_b, demo_window.project_id
    with win.db.session() as s:  # the lead names B a second lead; both decide the same leaf apart
        set_role(s, pid, b.evaluator_id, "lead")
        leaf = find_by_path(s, pid, LEAF).id
    sync.import_package(b, sync.export_package(win.db, pid, tmp_path, for_device=b.device_id).path)
    with win.db.session() as s:
        set_final(s, pid, leaf, 1.5, reason="甲组长：要点④无佐证", decided_by=win.db.evaluator_id)
    with b.session() as s:
        set_final(s, pid, leaf, 1.8, reason="乙组长：要点④部分满足", decided_by=b.evaluator_id)
    assert _to_window(win, b, pid, tmp_path).totals.conflicting == 1
    page, _ = _open_leaf(win, qtbot, LEAF)
    marker = page.form.others_box.markers["value"]
    assert marker.isVisible() and "2" in marker.text()
    assert "1.5" in marker.toolTip() and "1.8" in marker.toolTip() and "李华B" in marker.toolTip()
    assert page.form.others_box.markers["reason"].isVisible()
    assert "⚠" in page._items[leaf].text(3)  # the tree lists the leaf as in conflict
    if os.environ.get("EVALTOOL_SCREENSHOTS"):
        _screenshot(win, qtbot, page, marker, "scoring-conflict.png")
    # an ordinary edit asks which value it replaces: "my value" keeps B's in the conflict
    form = page.form
    form.final.setFocus()
    form.final.selectAll()
    qtbot.keyClicks(form.final, "1.6")
    question = _answer(_t("My value"))
    qtbot.keyClick(form.final, Qt.Key.Key_Return)
    assert question and "1.8" in question[0] and "李华B" in question[0]
    with win.db.read_session() as s:
        assert s.get(FinalScore, final_id(leaf)).value == 1.6
        (c,) = [c for c in sync.list_conflicts(s, pid) if c.field == "value"]
        assert sorted(o.value for o in c.options) == [1.6, 1.8]
    # keeping B's value from the marker's menu settles it
    qtbot.waitUntil(lambda: form.others_box.markers["value"].conflict is not None
                    and len(form.others_box.markers["value"].conflict.options) == 2)
    keep_b = next(o.change_id for o in form.others_box.markers["value"].conflict.options if o.value == 1.8)
    assert form.others_box.markers["value"].keep(keep_b)
    with win.db.read_session() as s:
        assert s.get(FinalScore, final_id(leaf)).value == 1.8
        assert not [c for c in sync.list_conflicts(s, pid) if c.field == "value"]
    qtbot.waitUntil(lambda: not form.others_box.markers["value"].isVisible())


def test_a_conflicted_fact_on_the_project_page_asks_then_both_settles_it(demo_window, qtbot, laptop_b,
                                                                          tmp_path) -> None:
    win, b, pid = demo_window, laptop_b, demo_window.project_id
    with win.db.session() as s:
        update_project(s, pid, budget_unit="东莞市政务服务数据管理局（甲核）")
    with b.session() as s:
        update_project(s, pid, budget_unit="东莞市政数局")
    _to_window(win, b, pid, tmp_path)
    page = win.show_page("overview")
    marker = page.markers["budget_unit"]
    assert marker.isVisible() and "东莞市政数局" in marker.toolTip()
    assert page.pending_box.conflict_list.count() == 1
    edit = page.edits["budget_unit"]
    edit.setFocus()
    edit.selectAll()
    type_text(edit, "东莞市政务服务和数据管理局")
    _answer(_t("Both (settles the conflict)"))
    edit.editingFinished.emit()
    with win.db.read_session() as s:
        assert s.get(Project, pid).budget_unit == "东莞市政务服务和数据管理局"
        assert sync.list_conflicts(s, pid) == []
    assert not marker.isVisible() and page.pending_box.conflict_list.count() == 0


def test_a_conflicted_report_section_is_marked(demo_window, qtbot, laptop_b, tmp_path) -> None:
    win, b, pid = demo_window, laptop_b, demo_window.project_id
    with win.db.session() as s:
        set_section(s, pid, "problems", "1.绩效目标不够细化。")
    sync.import_package(b, sync.export_package(win.db, pid, tmp_path, for_device=b.device_id).path)
    with win.db.session() as s:
        set_section(s, pid, "problems", "1.绩效目标不够细化、量化。")
    with b.session() as s:
        set_section(s, pid, "problems", "1.绩效目标不够细化。\n2.资金支付滞后。")
    _to_window(win, b, pid, tmp_path)
    page = win.show_page("report")
    row = list(page.editors).index("problems")
    assert page.section_list.item(row).text().startswith("⚠")
    page.section_list.setCurrentRow(row)
    assert page.section_marker.isVisible() and "资金支付滞后" in page.section_marker.toolTip()


def test_the_lead_accepts_a_members_proposal_on_the_project_page(demo_window, qtbot, laptop_b, tmp_path) -> None:
    win, b, pid = demo_window, laptop_b, demo_window.project_id
    with b.read_session() as s:
        leaf = find_by_path(s, pid, LEAF).id
    s = b.new_session()
    s.info[ROLES_UNCHECKED] = True  # an older evaltool that did not check roles
    set_final(s, pid, leaf, 1.0, reason="成员改的终评", decided_by=b.evaluator_id)
    s.commit()
    s.close()
    assert _to_window(win, b, pid, tmp_path).proposals == 3
    with win.db.read_session() as s:
        assert s.get(FinalScore, final_id(leaf)).value == 2.0  # not applied
    page = win.show_page("overview")
    box = page.pending_box
    assert box.proposal_list.count() == 1 and "李华B" in box.proposal_list.item(0).text()
    assert box.accept_btn.isEnabled()
    qtbot.mouseClick(box.accept_btn, Qt.MouseButton.LeftButton)
    with win.db.read_session() as s:
        assert s.get(FinalScore, final_id(leaf)).value == 1.0
    qtbot.waitUntil(lambda: box.proposal_list.count() == 0)


def test_a_members_window_shows_the_decisions_as_the_leads(make_window, qtbot, laptop_b) -> None:
    win = make_window(laptop_b)
    with laptop_b.read_session() as s:
        pid = s.query(Project.id).one()[0]
    win.open_project(pid)
    page, _ = _open_leaf(win, qtbot, LEAF)
    assert not page.form.final.isVisible()  # the final decision is the lead's
    assert not page.summary.consolidation.isEnabled() and not page.summary.sign_off.isEnabled()
    assert not page.form.review_btn.isEnabled()
    overview = win.show_page("overview")
    assert overview.edits["budget_unit"].isEnabled()  # a member edits the facts
    assert not overview.roles_btn.isVisible()
