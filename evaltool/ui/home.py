"""Home page: the list of projects with create, open, duplicate, delete, search."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaltool.projects import create_project, delete_project, duplicate_project, list_projects, restore_project
from evaltool.ui.operations import push_op, read, run_op


class HomeView(QWidget):
    open_requested = Signal(str)

    def __init__(self, window: Any) -> None:
        super().__init__()
        self.window_ = window
        self._rows: list[Any] = []
        lay = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        lay.addWidget(self.heading)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("projectSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        bar.addWidget(self.search, 1)
        self.btn_new = QPushButton()
        self.btn_template = QPushButton()  # framework area: new project from a template
        self.btn_import = QPushButton()  # framework area: new project from a score sheet
        self.btn_open = QPushButton()
        self.btn_dup = QPushButton()
        self.btn_del = QPushButton()
        self.btn_demo = QPushButton()
        for b, slot in ((self.btn_new, self.new_project), (self.btn_template, self.new_from_template),
                        (self.btn_import, self.import_sheet), (self.btn_open, self.open_selected),
                        (self.btn_dup, self.duplicate_selected), (self.btn_del, self.delete_selected),
                        (self.btn_demo, self.create_demo)):
            b.clicked.connect(slot)
            bar.addWidget(b)
        lay.addLayout(bar)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("projectTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        # a handful of projects: the other columns follow their contents (titles included)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        lay.addWidget(self.table, 1)
        for key, on, slot in ((QKeySequence(Qt.Key.Key_Return), self.table, self.open_selected),
                              (QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.delete_selected),
                              (QKeySequence(QKeySequence.StandardKey.Find), self, self.search.setFocus)):
            QShortcut(key, on).activated.connect(slot)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Projects"))
        self.search.setPlaceholderText(self.tr("Search projects (Ctrl+F)"))
        self.btn_new.setText(self.tr("&New project…"))
        self.btn_template.setText(self.tr("New from &template…"))
        self.btn_import.setText(self.tr("&Import score sheet…"))
        self.btn_open.setText(self.tr("&Open"))
        self.btn_dup.setText(self.tr("D&uplicate"))
        self.btn_del.setText(self.tr("&Delete…"))
        self.btn_demo.setText(self.tr("Create demo project"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Budget unit"),
                                              self.tr("Evaluation type"), self.tr("Last change")])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        selected = self.selected_id()
        self._rows = read(self.window_, lambda s: list_projects(s, self.search.text()))
        self.table.setRowCount(len(self._rows))
        for i, r in enumerate(self._rows):
            for j, val in enumerate((r.name, r.budget_unit, r.evaluation_type, (r.updated_at or "")[:16].replace("T", " "))):
                self.table.setItem(i, j, QTableWidgetItem(val))
            if r.id == selected:
                self.table.selectRow(i)
        if self._rows and self.selected_id() is None:
            self.table.selectRow(0)
        self._update_buttons()

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self._rows):
            return None
        return self._rows[rows[0].row()].id

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        for b in (self.btn_open, self.btn_dup, self.btn_del):
            b.setEnabled(has)

    def new_project(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New project"), self.tr("Project name:"))
        if not ok or not name.strip():
            return
        p = run_op(self.window_, lambda s: create_project(s, name.strip()).id)
        if p:
            self.open_requested.emit(p)

    def new_from_template(self) -> None:
        from evaltool.ui.framework_dialogs import new_from_template

        new_from_template(self.window_, self)

    def import_sheet(self) -> None:
        from evaltool.ui.framework_dialogs import import_sheet

        import_sheet(self.window_, self)

    def open_selected(self) -> None:
        pid = self.selected_id()
        if pid:
            self.open_requested.emit(pid)

    def duplicate_selected(self) -> None:
        pid = self.selected_id()
        if pid:
            run_op(self.window_, lambda s: duplicate_project(s, pid).id)

    def delete_selected(self) -> None:
        pid = self.selected_id()
        if not pid:
            return
        name = next(r.name for r in self._rows if r.id == pid)
        answer = QMessageBox.question(
            self, self.tr("Delete project"),
            self.tr("Delete “{name}”? You can undo this with Ctrl+Z.").format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        push_op(self.window_, self.tr("Delete project"), lambda s: delete_project(s, pid),
                lambda s: restore_project(s, pid))

    def create_demo(self) -> None:
        from evaltool.demo import create_demo_project  # (its contracts part is slow to import)

        pid = run_op(self.window_, lambda s: create_demo_project(s).id)
        if pid:
            self.open_requested.emit(pid)
