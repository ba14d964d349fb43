"""The main window: home page, project pages with a sidebar, menus, status bar."""
from __future__ import annotations

import contextlib
import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from evaltool import __version__, i18n
from evaltool.changes import Changes
from evaltool.db import Database
from evaltool.errors import NotFoundError
from evaltool.identity import save_profile
from evaltool.models import Project
from evaltool.ui.dialogs import ProfileDialog
from evaltool.ui.home import HomeView
from evaltool.ui.i18n import install_language
from evaltool.ui.operations import read, run_op
from evaltool.ui.pages import LATE_IMPORTS, PAGES, page_class
from evaltool.ui.pages.base import ProjectPage
from evaltool.ui.portfolio import install_portfolio
from evaltool.ui.runner import Runner

MAX_RECENT = 8
#: Milliseconds after a project opens before the other pages' modules are imported (the
#: open page paints first and answers; a user does not click on within this time).
WARM_UP_AFTER_MS = 300


class MainWindow(QMainWindow):
    """``data_changed(changes, initiator)`` is emitted after every committed operation."""

    data_changed = Signal(object, object)
    project_opened = Signal(str)

    def __init__(self, db: Database, settings: QSettings | None = None) -> None:
        super().__init__()
        self.db = db
        self.settings = settings or QSettings()
        self.project_id: str | None = None
        # Opens a new window over another Database in this one's place (after a restore);
        # set by evaltool.ui.app.start_window.
        self.restart_window: Callable[[MainWindow, Database], MainWindow] | None = None
        self.undo_stack = QUndoStack(self)
        self.runner = Runner(self)  # the one runner for long work (evaltool.ui.runner)
        self.undo_stack.cleanChanged.connect(lambda _c: self._update_status())

        central = QWidget()
        lay = QHBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(190)
        self.sidebar.currentRowChanged.connect(self._on_sidebar_row)
        lay.addWidget(self.sidebar)
        self.stack = QStackedWidget()
        lay.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.home = HomeView(self)
        self.home.open_requested.connect(self.open_project)
        self.stack.addWidget(self.home)
        # The window reacts first (e.g. closes a deleted project) before pages refresh.
        self.data_changed.connect(self._on_data_changed)
        # Pages are built on their first visit (``page_at``): an empty stand-in holds each
        # one's place in the stack until then, so the window opens without building 9 pages.
        self._built: list[ProjectPage | None] = [None] * len(PAGES)
        self._stand_ins: list[QWidget] = []
        self._warmed = False  # page modules imported in idle turns after the first open
        self._cache: dict[Any, Any] = {}  # see cached(): emptied at every data change
        for _spec in PAGES:
            stand_in = QWidget()
            self._stand_ins.append(stand_in)
            self.stack.addWidget(stand_in)

        self.status_user = QLabel()
        self.status_save = QLabel()
        self.status_save.setObjectName("saveState")
        self.statusBar().addPermanentWidget(self.status_user)
        self.statusBar().addPermanentWidget(self.status_save)
        self._saved_flash = QTimer(self, singleShot=True, interval=1500)
        self._build_menus()
        self.portfolio = install_portfolio(self)  # the firm's projects on the team hub
        self._rebuild_sidebar()
        self.retranslate()
        self.home.refresh()
        geo = self.settings.value("window/geometry")
        if geo is not None:
            self.restoreGeometry(geo)
        else:
            self.resize(1280, 800)

    # -- menus ---------------------------------------------------------------
    def _build_menus(self) -> None:
        mb = self.menuBar()
        self.m_file = mb.addMenu("")
        self.a_home = self._action(self.show_home, QKeySequence("Ctrl+H"))
        self.a_new = self._action(self.home.new_project, QKeySequence(QKeySequence.StandardKey.New))
        self.m_recent = self.m_file.addMenu("")
        self.a_quit = self._action(self.close, QKeySequence(QKeySequence.StandardKey.Quit))
        self.a_backups = self._action(self.show_backups, QKeySequence("Ctrl+Shift+B"))
        self.m_file.insertAction(self.m_recent.menuAction(), self.a_home)
        self.m_file.insertAction(self.m_recent.menuAction(), self.a_new)
        self.m_file.addSeparator()
        self.m_file.addAction(self.a_backups)
        self.m_file.addSeparator()
        self.m_file.addAction(self.a_quit)

        self.m_edit = mb.addMenu("")
        self.a_undo = self.undo_stack.createUndoAction(self)
        self.a_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.a_redo = self.undo_stack.createRedoAction(self)
        self.a_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.m_edit.addAction(self.a_undo)
        self.m_edit.addAction(self.a_redo)
        # QUndoStack's actions keep the "Undo %1" prefix of the language they were made in;
        # set the texts ourselves (after Qt's own slot) so they follow a language switch.
        self.undo_stack.undoTextChanged.connect(self._on_undo_text_changed)
        self.undo_stack.redoTextChanged.connect(self._on_undo_text_changed)

        self.m_settings = mb.addMenu("")
        self.m_lang = self.m_settings.addMenu("")
        self.lang_group = QActionGroup(self)
        self.lang_actions: dict[str, QAction] = {}
        for code, label in (("zh_CN", "中文"), ("en", "English")):
            a = QAction(label, self, checkable=True)
            a.setData(code)
            a.triggered.connect(lambda _c=False, code=code: self.set_language(code))
            self.lang_group.addAction(a)
            self.m_lang.addAction(a)
            self.lang_actions[code] = a
        self.lang_actions[i18n.current_language()].setChecked(True)
        self.a_profile = self._action(self.edit_profile)
        self.m_settings.addAction(self.a_profile)

        self.m_help = mb.addMenu("")
        self.a_about = self._action(self.about)
        self.m_help.addAction(self.a_about)

    def _action(self, slot: Callable[[], object], shortcut: QKeySequence | None = None) -> QAction:
        """A menu action (its text is set by ``retranslate``)."""
        a = QAction(self)
        if shortcut is not None:
            a.setShortcut(shortcut)
        a.triggered.connect(slot)
        return a

    def retranslate(self) -> None:
        self.setWindowTitle(self._title())
        self.m_file.setTitle(self.tr("&File"))
        self.a_home.setText(self.tr("&Projects"))
        self.a_new.setText(self.tr("&New project…"))
        self.m_recent.setTitle(self.tr("&Recent projects"))
        self.a_backups.setText(self.tr("&Backups…"))
        self.a_quit.setText(self.tr("&Quit"))
        self.m_edit.setTitle(self.tr("&Edit"))
        self._undo_texts()
        self.m_settings.setTitle(self.tr("&Settings"))
        self.m_lang.setTitle(self.tr("&Language"))
        self.a_profile.setText(self.tr("Evaluator &profile…"))
        self.m_help.setTitle(self.tr("&Help"))
        self.a_about.setText(self.tr("&About evaltool"))
        self._rebuild_sidebar()
        self._rebuild_recent()
        self._update_status()

    def _on_undo_text_changed(self, _text: str) -> None:
        with contextlib.suppress(RuntimeError):  # the stack is being destroyed with the window
            self._undo_texts()

    def _undo_texts(self) -> None:
        what_undo, what_redo = self.undo_stack.undoText(), self.undo_stack.redoText()
        self.a_undo.setText(self.tr("&Undo {what}").format(what=what_undo).strip() if what_undo
                            else self.tr("&Undo"))
        self.a_redo.setText(self.tr("&Redo {what}").format(what=what_redo).strip() if what_redo
                            else self.tr("&Redo"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _title(self) -> str:
        name = ""
        if self.project_id:
            name = read(self, lambda s: (s.get(Project, self.project_id).name if s.get(Project, self.project_id) else ""))
        base = self.tr("evaltool — performance evaluation")
        return f"{name} — {base}" if name else base

    # -- pages ---------------------------------------------------------------
    def page_at(self, i: int) -> ProjectPage:
        """The ``i``-th project page (sidebar order), built on first use in its stand-in's
        place; it gets the open project (and refreshes when it is shown)."""
        page = self._built[i]
        if page is None:
            page = page_class(PAGES[i])(self)  # (its module is imported now)
            stand_in = self._stand_ins[i]
            current = self.stack.currentWidget() is stand_in
            self.stack.insertWidget(self.stack.indexOf(stand_in), page)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self._built[i] = page
            self.data_changed.connect(page.on_data_changed)
            if current:
                self.stack.setCurrentWidget(page)
            if self.project_id:
                page.set_project(self.project_id)
        return page

    def _warm_up(self, i: int = 0) -> None:
        """Import the next page module not imported yet, one per turn of the event loop once
        a project is open: first visits then only load their data (imports are not built
        pages: nothing is shown, refreshed or kept per project)."""
        if i < len(PAGES):
            page_class(PAGES[i])
        elif i < len(PAGES) + len(LATE_IMPORTS):
            importlib.import_module(LATE_IMPORTS[i - len(PAGES)])
        else:
            return
        QTimer.singleShot(0, lambda: self._warm_up(i + 1))

    @property
    def pages(self) -> list[ProjectPage]:
        """Every project page, in sidebar order (builds those not built yet)."""
        return [self.page_at(i) for i in range(len(PAGES))]

    def built_pages(self) -> list[ProjectPage]:
        """The pages built so far (visited, or asked for by ``pages``/``show_page``)."""
        return [p for p in self._built if p is not None]

    def _page_title(self, i: int) -> str:
        page = self._built[i]
        if page is not None:
            return page.title()
        # a page not built yet: its title in its class's translation context, as its tr() does
        return QCoreApplication.translate(PAGES[i].class_name, PAGES[i].title)

    # -- navigation ----------------------------------------------------------
    def _rebuild_sidebar(self) -> None:
        row = self.sidebar.currentRow()
        self.sidebar.blockSignals(True)
        self.sidebar.clear()
        home = QListWidgetItem(self.tr("◂ All projects"))
        self.sidebar.addItem(home)
        for i in range(len(PAGES)):
            item = QListWidgetItem(self._page_title(i))
            if not self.project_id:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.sidebar.addItem(item)
        self.sidebar.setCurrentRow(max(row, 0))
        self.sidebar.blockSignals(False)
        # As wide as its longest title in this language (not a fixed 190 px): on a
        # 1366×768 laptop every pixel goes to the page.
        self.sidebar.setFixedWidth(self.sidebar.sizeHintForColumn(0) + 2 * self.sidebar.frameWidth() + 16)

    def _on_sidebar_row(self, row: int) -> None:
        if row <= 0:
            self.stack.setCurrentWidget(self.home)
            self.home.refresh()
        elif self.project_id:
            self.stack.setCurrentWidget(self.page_at(row - 1))

    def show_home(self) -> None:
        self.sidebar.setCurrentRow(0)

    def show_page(self, key: str) -> ProjectPage:
        for i, spec in enumerate(PAGES):
            if spec.key == key:
                page = self.page_at(i)
                self.sidebar.setCurrentRow(i + 1)
                return page
        raise KeyError(key)

    def current_page(self) -> QWidget:
        page = self.stack.currentWidget()
        assert page is not None  # the stack always holds the home page and the project pages
        return page

    def open_project(self, project_id: str) -> None:
        exists = read(self, lambda s: s.get(Project, project_id) is not None and not s.get(Project, project_id).deleted)
        if not exists:
            raise NotFoundError(project_id)
        self.project_id = project_id
        self.undo_stack.clear()
        self._rebuild_sidebar()
        for page in self.built_pages():  # the others get it when they are built
            page.set_project(project_id)
        self._remember_recent(project_id)
        self.settings.setValue("session/last_project", project_id)
        self.setWindowTitle(self._title())
        self.sidebar.setCurrentRow(1)
        self.project_opened.emit(project_id)
        if not self._warmed:
            self._warmed = True
            QTimer.singleShot(WARM_UP_AFTER_MS, self._warm_up)

    # -- recent projects -----------------------------------------------------
    def _recent(self) -> list[str]:
        val = self.settings.value("session/recent", [])
        if isinstance(val, str):  # QSettings' ini format reads a one-item list back as its item
            val = [val]
        return [str(v) for v in val if v] if isinstance(val, (list, tuple)) else []

    def _remember_recent(self, pid: str) -> None:
        recent = [pid] + [r for r in self._recent() if r != pid]
        self.settings.setValue("session/recent", recent[:MAX_RECENT])
        self._rebuild_recent()

    def _rebuild_recent(self) -> None:
        self.m_recent.clear()
        recent = self._recent()

        def names(s: Any) -> list[tuple[str, str]]:
            out = []
            for pid in recent:
                p = s.get(Project, pid)
                if p is not None and not p.deleted:
                    out.append((pid, p.name))
            return out

        items = read(self, names)
        for pid, name in items:
            def open_recent(_checked: bool = False, pid: str = pid) -> None:
                self.open_project(pid)

            self.m_recent.addAction(name, open_recent)
        self.m_recent.setEnabled(bool(items))

    # -- language, profile, about --------------------------------------------
    def set_language(self, lang: str) -> None:
        lang = install_language(lang)
        self.settings.setValue("ui/language", lang)
        self.lang_actions[lang].setChecked(True)

    def edit_profile(self) -> bool:
        ev = self.db.current_evaluator()
        dlg = ProfileDialog(self, ev.name if ev else "", ev.role if ev else "lead")
        if dlg.exec() != ProfileDialog.DialogCode.Accepted:
            return False
        name, role = dlg.values()
        return run_op(self, lambda s: save_profile(s, self.db, name, role), self) is not None

    def show_backups(self) -> QWidget:
        from evaltool.ui.backups_dialog import show_backups

        return show_backups(self)

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About evaltool"), self.tr(
            "evaltool {version}\n\nA workbench for third-party performance evaluations of public "
            "projects: indicator frameworks, scoring by several evaluators, evidence, surveys, "
            "reports, and USB sync between laptops.\n\nData folder: {folder}").format(
                version=__version__, folder=self.db.data_dir))

    # -- status --------------------------------------------------------------
    def mark_saved(self) -> None:
        self._saved_flash.start()
        self._update_status()

    def _update_status(self) -> None:
        ev = self.db.current_evaluator()
        who = ev.name if ev else self.tr("no evaluator profile")
        self.status_user.setText(self.tr("Evaluator: {name} · Device: {device}").format(
            name=who, device=self.db.device_name or self.db.device_id[:8]))
        self.status_save.setText(self.tr("All changes saved"))

    def cached(self, key: Any, compute: Callable[[], Any]) -> Any:
        """``compute()``'s result, kept until the data next changes (every committed write
        emits ``data_changed``, which empties the cache before any page refreshes). For what
        several pages read and none modifies: the project summary, the framework tree. Kept
        per language too (flag messages are worded when computed)."""
        key = (key, i18n.current_language())
        if key not in self._cache:
            self._cache[key] = compute()
        return self._cache[key]

    def peek_cached(self, key: Any) -> Any | None:
        """What ``cached(key, …)`` holds for the current data and language, or None. Never
        computes: for a page that hands the computing to the runner instead."""
        return self._cache.get((key, i18n.current_language()))

    def _on_data_changed(self, changes: Changes, initiator: object | None) -> None:
        self._cache.clear()  # a new data revision
        if changes.projects:
            self.home.refresh()
            self._rebuild_recent()
            self.setWindowTitle(self._title())
            if self.project_id and not read(self, lambda s: not s.get(Project, self.project_id).deleted):
                self.project_id = None
                for page in self.built_pages():
                    page.project_id = None
                self._rebuild_sidebar()
                self.show_home()
        if changes.identity:
            self._update_status()

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        focus = self.focusWidget()
        if focus is not None:
            focus.clearFocus()  # commits a field being edited (autosave on leaving it)
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.runner.shutdown()  # a running job is cancelled: it leaves nothing half-done
        super().closeEvent(event)

