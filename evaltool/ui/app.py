"""Starting the desktop app."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from evaltool import __version__
from evaltool.db import Database, open_database
from evaltool.errors import DatabaseError, NotFoundError
from evaltool.paths import config_dir, resource

if TYPE_CHECKING:  # imported when a window is made: start-up shows errors before loading the UI
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


def start_window(db: Database, settings: QSettings, lang: str | None = None, ask_profile: bool = True) -> MainWindow:
    """Create the main window for ``db``: language, first-run profile, demo, last project."""
    from evaltool.demo import create_demo_project
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
        with db.session() as s:
            settings.setValue("session/last_project", create_demo_project(s).id)
    last = settings.value("session/last_project")
    win.home.refresh()
    if last:
        try:
            win.open_project(str(last))
        except NotFoundError:  # a deleted last project just shows the home page
            win.show_home()
    return win


def run(args: argparse.Namespace) -> int:
    if getattr(args, "self_test", False):
        from evaltool.selftest import run_self_test

        return run_self_test()
    app = ensure_app()
    data_dir = Path(args.data_dir) if getattr(args, "data_dir", None) else None
    try:
        db = open_database(data_dir, backup="always")
    except DatabaseError as exc:
        QMessageBox.critical(None, "evaltool", str(exc))
        return 1
    settings = make_settings(data_dir)
    win = start_window(db, settings, getattr(args, "lang", None), ask_profile=not os.environ.get("EVALTOOL_NO_PROFILE_PROMPT"))
    win.show()
    rc = app.exec()
    db.close()
    return int(rc)
