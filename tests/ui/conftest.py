"""Qt fixtures: the real main window, offscreen, over a temporary data folder."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from evaltool.db import Database


@pytest.fixture
def make_window(qtbot):
    """make_window(db, lang="zh_CN") -> MainWindow, shown, with settings beside the db."""
    from evaltool.ui.app import make_settings, start_window

    made = []

    def make(db: Database, lang: str = "zh_CN", resize: bool = True):
        win = start_window(db, make_settings(Path(db.data_dir)), lang, ask_profile=False)
        qtbot.addWidget(win)
        if resize:
            win.resize(1280, 800)
        win.show()
        qtbot.waitExposed(win)
        made.append(win)
        return win

    yield make
    import gc

    from evaltool.ui.i18n import install_language

    install_language("zh_CN")
    # Collect the test's unreachable Qt wrappers now, on the UI thread: left to Python's
    # cyclic GC they may be collected later on a runner worker thread, and a QWidget
    # destroyed off the UI thread crashes the process (seen in the mnemonics walk).
    gc.collect()


@pytest.fixture
def demo_window(make_window, demo_db: Database, demo_project_id: str) -> Iterator:
    win = make_window(demo_db)
    win.open_project(demo_project_id)
    yield win


def type_text(widget, text: str) -> None:
    """Type any text (Chinese too) into a widget as key events.

    ``qtbot.keyClicks`` aborts on non-ASCII characters (QTest's ASCII key table);
    this sends one KeyPress/KeyRelease with the character as its text instead.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def finish_jobs(qtbot, window, timeout: int = 30_000) -> None:
    """Wait until the window's runner has delivered every job's result on the UI thread."""
    qtbot.waitUntil(lambda: window.runner.idle, timeout=timeout)
