"""Pages are built on their first visit and hidden pages refresh only when shown; the app
shows its window before it opens the database and the last project."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from evaltool.scoring import set_score
from evaltool.ui.pages import PAGES, page_class


def test_opening_a_project_builds_only_the_page_shown(demo_window) -> None:
    win = demo_window
    assert [p.key for p in win.built_pages()] == ["overview"]
    # the sidebar names every page all the same, in the user's language (zh_CN here)
    assert [win.sidebar.item(i + 1).text() for i in range(len(PAGES))][:3] == ["项目概况", "指标体系", "评分"]
    page = win.show_page("scoring")
    assert [p.key for p in win.built_pages()] == ["overview", "scoring"]
    assert win.stack.currentWidget() is page and page.project_id == win.project_id
    assert page.leaf_ids()  # filled on its first show


def test_a_hidden_page_refreshes_when_shown_not_on_each_change(demo_window, qtbot) -> None:
    win = demo_window
    scoring = win.show_page("scoring")
    leaf = scoring.leaf_ids()[0]
    win.show_page("overview")
    qtbot.waitUntil(lambda: not scoring.isVisible())
    fills = []
    real = scoring._fill_tree
    scoring._fill_tree = lambda: (fills.append(1), real())[1]

    def change(value: float) -> None:
        from evaltool.ui.operations import run_op

        run_op(win, lambda s: set_score(s, win.project_id, leaf, win.db.evaluator_id, value))

    change(0.5)
    change(0.25)
    assert fills == []  # hidden: nothing rebuilt
    win.show_page("scoring")
    qtbot.waitUntil(lambda: len(fills) == 1)
    assert scoring.form.leaf_id is not None


def test_page_titles_match_the_pages_own(demo_window) -> None:
    for spec in PAGES:
        cls = page_class(spec)
        assert cls.key == spec.key
        assert QCoreApplication.translate(spec.class_name, spec.title) == demo_window.show_page(spec.key).title()


def test_start_shows_a_shell_then_the_window_then_the_last_project(demo_db, demo_project_id, qtbot) -> None:
    from pathlib import Path

    from evaltool.ui.app import Start, ensure_app, make_settings

    make_settings(Path(demo_db.data_dir)).setValue("session/last_project", demo_project_id)
    demo_db.close()  # Start opens the data folder itself
    made = []
    start = Start(ensure_app(), Path(demo_db.data_dir), "zh_CN", ask_profile=False, on_window=made.append)
    qtbot.addWidget(start.shell)
    start.show()
    assert start.window is None  # nothing loaded before the shell's first paint
    qtbot.waitUntil(lambda: start.window is not None)
    win = made[0]
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.project_id == demo_project_id)
    assert not start.shell.isVisible() and win.isVisible()
    assert win.current_page().key == "overview"
    win.runner.shutdown()
    start.close()
