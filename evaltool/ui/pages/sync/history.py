"""The Sync page's History tab: packages written and read for the project, newest first."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget

from evaltool import sync
from evaltool.ui.pages.sync.common import item, local_time


class SyncHistoryTable(QTableWidget):
    """Time, direction, laptop, what travelled, file (the full path in the cell's data)."""

    def __init__(self) -> None:
        super().__init__(0, 5)
        self.setObjectName("syncHistory")
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Direction"), self.tr("Laptop"),
                                        self.tr("Records"), self.tr("File")])

    def set_history(self, history: list[sync.ExchangeInfo]) -> None:
        self.setRowCount(len(history))
        for i, e in enumerate(history):
            sm = e.summary
            if e.direction == "import":
                direction = self.tr("received")
                records = self.tr("{new} new, {changed} changed, {conflicting} conflicting").format(
                    new=sm.get("new", 0), changed=sm.get("changed", 0), conflicting=sm.get("conflicting", 0))
            else:
                direction = self.tr("sent")
                records = self.tr("{changes} changes, {blobs} evidence files").format(
                    changes=sm.get("changes", 0), blobs=sm.get("blobs", 0))
            self.setItem(i, 0, item(local_time(e.at)))
            self.setItem(i, 1, item(direction))
            self.setItem(i, 2, item(e.peer_name or (e.peer_device[:8] if e.peer_device else self.tr("everyone"))))
            self.setItem(i, 3, item(records))
            self.setItem(i, 4, item(Path(e.path).name if e.path else "", e.path))
        self.resizeColumnsToContents()
