"""Starting the desktop app."""
from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from evaltool import __version__
from evaltool.errors import DatabaseError, NotFoundError
from evaltool.paths import config_dir, resource

if TYPE_CHECKING:  # imported after the first paint: the database layer is half of the start-up imports
    from evaltool.db import Database
    from evaltool.ui.main_window import MainWindow


def make_settings(data_dir: Path | None = None) -> QSettings:
    """UI settings (geometry, language, recent projects) in an ini file.

    Kept beside the database when a data folder is given (tests, several simulated
    laptops), otherwise in the platformdirs config folder.
    """
    folder = data_dir if data_dir is not None else config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / "evaltool-ui.ini"), QSettings.Format.IniFormat)


def ensure_app() -> QApplication:
    """The application object (made once): name, version, window icon."""
    existing = QApplication.instance()
    app = existing if existing is not None else QApplication(sys.argv[:1])
    if not isinstance(app, QApplication):  # a QCoreApplication made by a caller cannot show windows
        raise RuntimeError("evaltool's windows need a QApplication, not a QCoreApplication")
    app.setApplicationName("evaltool")
    app.setOrganizationName("evaltool")
    app.setApplicationVersion(__version__)
    icon = resource("icons", "evaltool.png")  # title bar and taskbar (resources/icons/)
    if icon.is_file():
        from PySide6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(icon)))
    return app


def start_window(db: Database, settings: QSettings, lang: str | None = None, ask_profile: bool = True,
                 open_last: bool = True) -> MainWindow:
    """Create the main window for ``db``: language, first-run profile, demo, last project
    (``open_last=False``: the caller opens it with ``open_last_project``, e.g. after the
    window's first paint)."""
    from evaltool.projects import list_projects
    from evaltool.ui.i18n import install_language, system_ui_language
    from evaltool.ui.main_window import MainWindow

    install_language(lang or settings.value("ui/language") or system_ui_language())
    win = MainWindow(db, settings)
    if db.current_evaluator() is None and not (ask_profile and win.edit_profile()):
        from evaltool.identity import save_profile
        from evaltool.ui.operations import run_op

        run_op(win, lambda s: save_profile(s, db), win)
    with db.read_session() as s:
        empty = not list_projects(s)
    if empty:
        from evaltool.demo import create_demo_project  # (first start only)

        with db.session() as s:
            settings.setValue("session/last_project", create_demo_project(s).id)
    win.home.refresh()
    if open_last:
        open_last_project(win)
    return win


def open_last_project(win: MainWindow) -> None:
    """Open the project the user had open last (none, or a deleted one: the home page)."""
    last = win.settings.value("session/last_project")
    if last:
        try:
            win.open_project(str(last))
        except NotFoundError:  # a deleted last project just shows the home page
            win.show_home()


def after_first_paint(widget: QWidget, fn: Callable[[], None]) -> None:
    """Call ``fn`` once, on the event loop, after ``widget`` has painted for the first time:
    the window is on screen before the project's pages load."""

    class Once(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
            if event.type() == QEvent.Type.Paint:
                widget.removeEventFilter(self)
                QTimer.singleShot(0, fn)
                self.deleteLater()
            return False

    widget.installEventFilter(Once(widget))


class Start:
    """The app's start in three steps, each after the previous one is on screen:

    1. an empty shell window (Qt only, at the saved geometry) paints;
    2. the database is opened and the main window built (``start_window``), shown in the
       shell's place;
    3. after the main window's first paint, the last project opens (``open_last_project``).

    A database that cannot be opened is reported in a message box and the app exits with 1.
    ``on_window(win)`` (benchmarks, tests) is called when the main window exists.
    """

    def __init__(self, app: QApplication, data_dir: Path | None, lang: str | None, ask_profile: bool,
                 on_window: Callable[[MainWindow], None] | None = None) -> None:
        self.app, self.data_dir, self.lang, self.ask_profile = app, data_dir, lang, ask_profile
        self.on_window = on_window
        self.settings = make_settings(data_dir)
        self.db: Database | None = None
        self.window: MainWindow | None = None
        self.shell = QMainWindow()
        self.shell.setWindowTitle("evaltool")
        geo = self.settings.value("window/geometry")
        if geo is not None:
            self.shell.restoreGeometry(geo)
        else:
            self.shell.resize(1280, 800)
        after_first_paint(self.shell, self.load)

    def show(self) -> None:
        self.shell.show()

    def load(self) -> None:
        from evaltool.db import open_database

        try:
            self.db = open_database(self.data_dir, backup="always")
        except DatabaseError as exc:
            QMessageBox.critical(self.shell, "evaltool", str(exc))
            self.app.exit(1)
            return
        win = start_window(self.db, self.settings, self.lang, ask_profile=self.ask_profile, open_last=False)
        self.window = win
        if self.on_window is not None:
            self.on_window(win)
        after_first_paint(win, lambda: open_last_project(win))
        win.show()
        self.shell.close()

    def close(self) -> None:
        if self.db is not None:
            self.db.close()


def run(args: argparse.Namespace) -> int:
    if getattr(args, "self_test", False):
        from evaltool.selftest import run_self_test

        return run_self_test()
    app = ensure_app()
    data_dir = Path(args.data_dir) if getattr(args, "data_dir", None) else None
    start = Start(app, data_dir, getattr(args, "lang", None), ask_profile=not os.environ.get("EVALTOOL_NO_PROFILE_PROMPT"))
    start.show()
    rc = app.exec()
    start.close()
    return int(rc)
