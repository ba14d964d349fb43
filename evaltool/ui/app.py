"""Starting the desktop app."""
from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from evaltool import __version__
from evaltool.errors import DatabaseError, NotFoundError
from evaltool.paths import config_dir, resource


def _quick_pyside_feature_check() -> None:
    """PySide6 (6.4+) asks of every module imported after it whether it uses PySide6 (for its
    ``__feature__`` switches), with ``inspect.getsource``: the lookup of the module behind the
    source walks every loaded module, so the 300 modules the database layer and the first page
    import cost a tenth of the start. The same question answered from the module's file (its
    bytes hold "PySide6" exactly when its source does); anything else (no .py file, a PySide6
    without this hook) is left to PySide6's own check."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "evaltool_quick", False):
        return

    def uses_pyside(module: object) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as fh:
                    return b"PySide6" in fh.read()
            except OSError:
                pass
        return bool(original(module))

    uses_pyside.evaltool_quick = True  # type: ignore[attr-defined]  # (marks the hook as installed)
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]  # (module found above)


_quick_pyside_feature_check()

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
    win.restart_window = replace_window
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

    Python's cyclic garbage collector waits meanwhile: the start builds objects that live as
    long as the app (modules, SQLAlchemy's mappers, widgets), and walking them again and again
    would take a fifth of the start. When the start is over (``started_up``), what it built is
    moved out of the collector's way (``gc.freeze``: collections then walk only what came later)
    and collecting resumes.

    A database that cannot be opened is reported in a message box and the app exits with 1.
    ``on_window(win)`` (benchmarks, tests) is called when the main window exists.
    """

    def __init__(self, app: QApplication, data_dir: Path | None, lang: str | None, ask_profile: bool,
                 on_window: Callable[[MainWindow], None] | None = None, started: float | None = None) -> None:
        self.app, self.data_dir, self.lang, self.ask_profile = app, data_dir, lang, ask_profile
        self.on_window = on_window
        self.started = time.time() if started is None else started
        self.settings = make_settings(data_dir)
        self.db: Database | None = None
        self.opened: list[Database] = []  # every database a window had (a restore reopens it)
        self.window: MainWindow | None = None
        self._collecting = gc.isenabled()  # (put back by started_up)
        gc.disable()
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
            self.db = open_database(self.data_dir, backup="upgrade", program="evaltool (app)")
        except DatabaseError as exc:  # DataFolderBusyError: another window or command has the folder
            self.started_up()
            QMessageBox.critical(self.shell, "evaltool", str(exc))
            self.app.exit(1)
            return
        self.opened.append(self.db)
        win = start_window(self.db, self.settings, self.lang, ask_profile=self.ask_profile, open_last=False)
        self.window = win

        def restart(old: MainWindow, new_db: Database) -> MainWindow:
            self.opened.append(new_db)
            return replace_window(old, new_db)

        win.restart_window = restart
        if self.on_window is not None:
            self.on_window(win)

        def open_last() -> None:
            try:
                open_last_project(win)
            finally:
                self.started_up()
            start_maintenance(win, self.started)  # the daily backup and cleanup, in the background

        after_first_paint(win, open_last)
        win.show()
        self.shell.close()

    def started_up(self) -> None:
        """The start is over (the last project open, or the database refused): the garbage
        collector resumes, leaving what the start built alone (see the class docstring)."""
        if self._collecting and not gc.isenabled():
            gc.freeze()
            gc.enable()

    def close(self) -> None:
        self.started_up()  # (a start that never got so far)
        for each in self.opened:
            each.close()


def start_maintenance(win: MainWindow, started: float) -> None:
    """After the window shows (``Start``: once the last project is open), on its runner (the
    window answers meanwhile): remove what a killed evaltool left (``evaltool.cleanup``; only
    files older than ``started``, the app's start) and make the day's backup when none was
    made today (``evaltool.backups``). Nothing is copied at every start: the daily copy is
    made once a day."""
    from evaltool.backups import daily_due, take_backup
    from evaltool.ui.runner import Job

    db = win.db

    def work(job: Job) -> bool:
        from evaltool.cleanup import clean_at_start  # (the evidence store: imported off the window's thread)

        clean_at_start(db, before=started)
        job.check()
        if daily_due(db.path):
            take_backup(db.path, "daily", cancelled=job.cancelled)
            return True
        return False

    def done(backed_up: bool) -> None:
        if backed_up:
            win.statusBar().showMessage(QCoreApplication.translate("App", "Today's backup was made."), 5000)

    win.runner.run(QCoreApplication.translate("App", "Making today's backup…"), work, on_done=done,
                   on_cancelled=lambda: None, show_dialog=False)


def replace_window(old: MainWindow, db: Database) -> MainWindow:
    """A new main window over ``db`` (after a restore replaced the database under the old
    one), in the old one's place; the old one is closed."""
    win = start_window(db, old.settings, ask_profile=False)
    win.setGeometry(old.geometry())
    win.restart_window = old.restart_window
    win.show()
    old.close()  # (not deleted here: whoever holds it, the app or a test, lets it go)
    return win


def has_display(env: dict[str, str] | None = None, platform: str | None = None) -> bool:
    """Whether a window can be shown: always on Windows and macOS; on Linux when X11 or
    Wayland is there, or the user chose a Qt platform (offscreen, vnc, …) themselves.
    Without this check Qt aborts with a message about the "xcb" plugin that says nothing
    useful to an evaluator."""
    env = dict(os.environ) if env is None else env
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return True
    return any(env.get(k) for k in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"))


def run(args: argparse.Namespace) -> int:
    if getattr(args, "self_test", False):
        from evaltool.selftest import run_self_test

        return run_self_test()
    if not has_display():
        sys.stderr.write(QCoreApplication.translate(
            "App", "No display: evaltool's window needs a screen (DISPLAY or WAYLAND_DISPLAY is not set).\n"
            "  Check the app without one: evaltool --self-test\n"
            "  Or with a virtual screen: xvfb-run -a evaltool\n"
            "  The commands work without a screen: evaltool --help\n"))
        return 1
    started = time.time()
    app = ensure_app()
    data_dir = Path(args.data_dir) if getattr(args, "data_dir", None) else None
    start = Start(app, data_dir, getattr(args, "lang", None), ask_profile=not os.environ.get("EVALTOOL_NO_PROFILE_PROMPT"),
                  started=started)
    start.show()
    rc = app.exec()
    start.close()
    return int(rc)
