"""The Sync page's Conflicts tab: each field two people changed without seeing each
other's change, with every value kept; settled by keeping one value or writing a merged
one (a quick operation: ``run_op``)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from evaltool import sync
from evaltool.ui.operations import run_op
from evaltool.ui.pages.sync.common import ProjectRef, Say, item, local_time


class SyncConflictsPanel(QWidget):
    """The list of open conflicts (``table``) and, for the selected one, its values
    (``options``), *Keep selected value* and a merged value (``merged``)."""

    def __init__(self, window: Any, project: ProjectRef, say: Say) -> None:
        super().__init__()
        self.window_, self._project, self._say = window, project, say
        self.items: list[sync.Conflict] = []
        lay = QVBoxLayout(self)
        self.note = QLabel()
        self.note.setWordWrap(True)
        lay.addWidget(self.note)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("syncConflicts")
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._on_conflict_selected)
        split.addWidget(self.table)
        detail = QWidget()
        dl = QVBoxLayout(detail)
        self.options_label = QLabel()
        dl.addWidget(self.options_label)
        self.options = QListWidget()
        self.options.setObjectName("syncOptions")
        self.options.setWordWrap(True)
        self.options.itemDoubleClicked.connect(lambda _i: self.keep_selected())
        dl.addWidget(self.options, 1)
        self.keep_btn = QPushButton()
        self.keep_btn.setObjectName("syncKeep")
        self.keep_btn.clicked.connect(self.keep_selected)
        dl.addWidget(self.keep_btn)
        self.merged_label = QLabel()
        dl.addWidget(self.merged_label)
        self.merged = QPlainTextEdit()
        self.merged.setObjectName("syncMerged")
        self.merged.setTabChangesFocus(True)
        self.merged_label.setBuddy(self.merged)
        dl.addWidget(self.merged, 1)
        self.merge_btn = QPushButton()
        self.merge_btn.setObjectName("syncSaveMerged")
        self.merge_btn.clicked.connect(self.save_merged)
        dl.addWidget(self.merge_btn)
        split.addWidget(detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay.addWidget(split, 1)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Record"), self.tr("Field"), self.tr("Values")])
        self.options_label.setText(self.tr("Values kept (who wrote each, and when):"))
        self.keep_btn.setText(self.tr("&Keep selected value"))
        self.merged_label.setText(self.tr("Or write a &merged value:"))
        self.merge_btn.setText(self.tr("Sa&ve merged value"))
        self._set_note()

    def tab_text(self) -> str:
        return self.tr("Conflicts ({n})").format(n=len(self.items)) if self.items else self.tr("Conflicts")

    def _set_note(self) -> None:
        self.note.setText(
            self.tr("Two people changed the same field without seeing each other's change. Both values are "
                    "kept until you choose one or write a merged one; the choice travels to the other laptops.")
            if self.items else self.tr("No open conflicts."))

    def set_conflicts(self, conflicts: list[sync.Conflict]) -> None:
        """Show ``conflicts``, keeping the selected one selected when it is still open."""
        selected = self.selected()
        self.items = conflicts
        self.table.setRowCount(len(conflicts))
        for i, c in enumerate(conflicts):
            self.table.setItem(i, 0, item(sync.table_label(c.table), c.key))
            self.table.setItem(i, 1, item(c.record))
            self.table.setItem(i, 2, item(sync.field_label(c.field), c.field))
            self.table.setItem(i, 3, item(" | ".join(o.display for o in c.options)))
        self._set_note()
        keys = [c.key for c in conflicts]
        if selected is not None and selected.key in keys:
            self.table.selectRow(keys.index(selected.key))
        elif conflicts:
            self.table.selectRow(0)
        else:
            self._on_conflict_selected()

    def select(self, key: str) -> None:
        keys = [c.key for c in self.items]
        if key in keys:
            self.table.selectRow(keys.index(key))

    def selected(self) -> sync.Conflict | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        if not rows or rows[0].row() >= len(self.items):
            return None
        return self.items[rows[0].row()]

    def _on_conflict_selected(self) -> None:
        c = self.selected()
        self.options.clear()
        self.merged.setPlainText("")
        for w in (self.keep_btn, self.merge_btn, self.merged, self.options):
            w.setEnabled(c is not None)
        if c is None:
            return
        for o in c.options:
            who = o.evaluator_name or o.device_id[:8]
            text = self.tr("{value}\n    — {who}, {when}").format(value=o.display, who=who, when=local_time(o.at))
            if o.current:
                text += "  " + self.tr("(shown now)")
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, o.change_id)
            self.options.addItem(entry)
        self.options.setCurrentRow(0)
        current = next((o for o in c.options if o.current), c.options[-1])
        self.merged.setPlainText(current.display if c.text_field else "")

    def keep_selected(self) -> None:
        c = self.selected()
        entry = self.options.currentItem()
        pid = self._project()
        if c is None or entry is None or not pid:
            return
        key, change = c.key, entry.data(Qt.ItemDataRole.UserRole)

        def resolve(s: Any) -> bool:
            sync.resolve_conflict(s, pid, key, choose=change)
            return True

        if run_op(self.window_, resolve, self):
            self._resolved(c)

    def save_merged(self) -> None:
        c = self.selected()
        pid = self._project()
        if c is None or not pid:
            return
        key, value = c.key, self.merged.toPlainText()

        def resolve(s: Any) -> bool:
            sync.resolve_conflict(s, pid, key, value=value)
            return True

        if run_op(self.window_, resolve, self):
            self._resolved(c)

    def _resolved(self, c: sync.Conflict) -> None:
        self._say(self.tr("Conflict resolved: {record} · {field}.").format(record=c.record, field=c.field), False)
