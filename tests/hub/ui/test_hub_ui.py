"""The Sync page's Team hub tab and the Portfolio view, driven as a person would, against a
real PostgreSQL hub."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from evaltool import hub
from evaltool.db import Database
from evaltool.projects import update_project
from tests.hub.conftest import state, url_for
from tests.ui.conftest import finish_jobs

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _hub_tab(window):
    page = window.show_page("sync")
    page.tabs.setCurrentWidget(page.hub)
    return page, page.hub


def test_a_laptop_without_a_hub_shows_how_to_get_one_and_runs_nothing(demo_window) -> None:
    _page, panel = _hub_tab(demo_window)
    assert panel.address.text() == ""
    assert "No team hub configured" in panel.conn_state.text() or "未配置" in panel.conn_state.text()
    assert not panel.push_btn.isEnabled() and not panel.pull_btn.isEnabled() and not panel.sync_btn.isEnabled()
    assert not panel.auto.isChecked()  # never automatic unless the person says so


def test_push_and_pull_from_the_team_hub_tab(qtbot, demo_window, demo_db: Database, demo_project_id: str,
                                             admin_hub: hub.Hub, pg_admin: str, hub_db: str, laptops) -> None:
    page, panel = _hub_tab(demo_window)
    with_password = url_for(pg_admin, hub_db)
    panel.address.setText(with_password)
    panel.address.editingFinished.emit()
    saved = demo_db.get_setting(hub.SETTING_URL)
    assert saved and hub.parse_url(with_password).password not in saved  # never stored
    assert panel.password.text() == hub.parse_url(with_password).password
    panel.test_btn.click()
    finish_jobs(qtbot, demo_window)
    assert panel.status is not None and panel.status.projects_visible == 0
    qtbot.mouseClick(panel.push_btn, Qt.MouseButton.LeftButton)
    finish_jobs(qtbot, demo_window)
    assert state(admin_hub, demo_project_id) == state(demo_db, demo_project_id)
    assert "Pushed" in panel.result.text() or "推送" in panel.result.text()
    # a teammate's change arrives through the hub; Pull merges it and the pages refresh
    b = laptops("李华")
    hub.pull_project(b, admin_hub, demo_project_id)
    with b.session() as s:
        update_project(s, demo_project_id, report_date="2023-05-31")
    hub.push_project(b, admin_hub, demo_project_id)
    qtbot.mouseClick(panel.pull_btn, Qt.MouseButton.LeftButton)
    finish_jobs(qtbot, demo_window)
    assert state(demo_db, demo_project_id) == state(b, demo_project_id)
    assert panel.last.text() and panel.task is None
    assert page.status.property("error") is False


def test_the_portfolio_view_lists_searches_and_gets_a_project(qtbot, make_window, demo_db: Database,
                                                              demo_project_id: str, admin_hub: hub.Hub, laptops) -> None:
    hub.push_project(demo_db, admin_hub, demo_project_id)
    b = laptops("李华")
    b.set_setting(hub.SETTING_URL, admin_hub.address.safe)
    window = make_window(b)
    view = window.portfolio
    assert view.action.isVisible() is False or b.get_setting(hub.SETTING_URL)  # shown only with a hub
    view.update_availability()
    assert view.action.isVisible()
    sync_page = window.show_page("sync")
    sync_page.hub.password.setText(admin_hub.address.password or "")  # typed for this session
    view.action.trigger()
    finish_jobs(qtbot, window)
    assert window.stack.currentWidget() is view
    assert [p.id for p in view.projects] == [demo_project_id]
    assert view.table.item(0, 2).text() == "81.415" and view.table.item(0, 3).text() == "良"  # seed 000
    view.search.setText("驻场")
    view.run_search()
    finish_jobs(qtbot, window)
    assert view.hits and all("驻场" in h.text for h in view.hits)
    view.table.selectRow(0)
    view.get_btn.click()
    finish_jobs(qtbot, window)
    assert window.project_id == demo_project_id
    assert state(b, demo_project_id) == state(demo_db, demo_project_id)
