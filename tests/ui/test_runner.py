"""The one runner for long work: progress, Cancel at once, errors back on the UI thread,
one writer at a time (evaltool.ui.runner)."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from evaltool.errors import Cancelled, ValidationError
from evaltool.framework import find_by_path
from evaltool.models import Score
from evaltool.scoring import score_id, set_score
from evaltool.ui.operations import run_op
from tests.ui.conftest import finish_jobs

LEAF = "决策/项目立项/立项依据充分性"


def _leaf_id(win) -> str:
    with win.db.read_session() as s:
        return find_by_path(s, win.project_id, LEAF).id


def test_result_and_changes_come_back_on_the_ui_thread(demo_window, qtbot) -> None:
    win = demo_window
    leaf = _leaf_id(win)
    ui_thread = threading.current_thread()
    seen: dict[str, object] = {}
    emitted: list[object] = []
    win.data_changed.connect(lambda changes, _i: emitted.append(changes))

    def work(job):
        seen["worker"] = threading.current_thread()
        for i in range(5):
            job.progress(i + 1, 5)
        with job.session() as s:
            set_score(s, win.project_id, leaf, win.db.evaluator_id, 1.5, reason="测试")
        return "ok"

    task = win.runner.run("job", work, on_done=lambda r: seen.update(result=r, thread=threading.current_thread()),
                          writes=True)
    finish_jobs(qtbot, win)
    assert task.state == "done" and seen["result"] == "ok"
    assert seen["worker"] is not ui_thread and seen["thread"] is ui_thread
    assert emitted and emitted[-1].scores and not emitted[-1].surveys


def test_cancel_answers_at_once_and_leaves_the_database_unchanged(demo_window, qtbot) -> None:
    win = demo_window
    leaf = _leaf_id(win)
    go = threading.Event()
    cancelled: list[bool] = []

    def work(job):
        with job.session() as s:
            set_score(s, win.project_id, leaf, win.db.evaluator_id, 0.5, reason="不应保存")
            go.wait(10)
            while not job.cancelled():  # the core checks cancelled() between steps
                go.wait(0.01)
            raise Cancelled()

    task = win.runner.run("long job", work, writes=True, minimum_ms=0,
                          on_cancelled=lambda: cancelled.append(True))
    qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.isVisible())
    button = task.dialog.findChild(QPushButton)
    go.set()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    # answered on the UI thread at once: the button is disabled and the label says so
    assert not button.isEnabled() and "long job" in task.dialog.labelText()
    finish_jobs(qtbot, win)
    assert task.state == "cancelled" and cancelled == [True]
    with win.db.read_session() as s:
        sc = s.get(Score, score_id(leaf, win.db.evaluator_id))
        assert sc is None or sc.value != 0.5


def test_a_user_error_is_shown_and_a_bug_is_not_swallowed(demo_window, qtbot, monkeypatch) -> None:
    win = demo_window
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))

    def refuse(_job):
        raise ValidationError("第 3 行：分值不是数字")

    task = win.runner.run("import", refuse)
    finish_jobs(qtbot, win)
    assert task.state == "failed" and shown == ["第 3 行：分值不是数字"]

    def bug(_job):
        raise KeyError("a bug")

    with qtbot.captureExceptions() as exceptions:
        win.runner.run("buggy", bug)
        finish_jobs(qtbot, win)
    assert any(isinstance(e[1], KeyError) for e in exceptions)


def test_one_writer_at_a_time(demo_window, qtbot, monkeypatch) -> None:
    win = demo_window
    leaf = _leaf_id(win)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: told.append(text))
    release = threading.Event()
    first = win.runner.run("合并同步包", lambda job: release.wait(10), writes=True)
    assert first is not None
    assert win.runner.run("second", lambda job: None, writes=True) is None
    assert run_op(win, lambda s: set_score(s, win.project_id, leaf, win.db.evaluator_id, 1.0, reason="x")) is None
    assert len(told) == 2 and all("合并同步包" in t for t in told)
    release.set()
    finish_jobs(qtbot, win)
    assert run_op(win, lambda s: set_score(s, win.project_id, leaf, win.db.evaluator_id, 1.0, reason="x")) is not None


@pytest.mark.parametrize("total", [0, 7])
def test_progress_reaches_the_dialog(demo_window, qtbot, total: int) -> None:
    win = demo_window
    step = threading.Event()

    def work(job):
        job.progress(3 if total else 0, total)
        step.wait(10)

    task = win.runner.run("progress", work, minimum_ms=0)
    if total:
        qtbot.waitUntil(lambda: task.progress_value()[0] > 0)
        assert task.progress_value() == (int(1000 * 3 / 7), 1000)
    else:
        qtbot.waitUntil(lambda: task.progress_value() == (0, 0))  # busy indicator: total unknown
    step.set()
    finish_jobs(qtbot, win)


def test_a_finished_jobs_result_is_let_go(demo_window, qtbot) -> None:
    """A page that runs a job at every change (the report's preview: the whole report's data)
    must not keep every result for the rest of the session: once delivered, the runner holds
    none of them; whoever kept the task still reads its result."""
    import gc
    import weakref

    class Data:
        pass

    win = demo_window
    gone = []
    for _ in range(3):
        task = win.runner.run("Preview", lambda _job: Data(), show_dialog=False)
        assert task is not None
        finish_jobs(qtbot, win)
        gone.append(weakref.ref(task.result))
        del task
    kept = win.runner.run("Kept", lambda _job: Data(), show_dialog=False)
    finish_jobs(qtbot, win)
    gc.collect()
    assert [r() for r in gone] == [None, None, None]
    assert kept is not None and isinstance(kept.result, Data) and kept.state == "done"
