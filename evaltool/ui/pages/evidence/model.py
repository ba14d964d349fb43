"""The evidence list: its table model over plain ``EvidenceInfo`` (never ORM objects) and
the table view the page shows it in."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from evaltool import evidence as ev
from evaltool.ui.widgets.fit import elide_header

COLUMNS = ("title", "kind", "source", "date", "indicators", "status")

Index = QModelIndex | QPersistentModelIndex


class EvidenceModel(QAbstractTableModel):
    """Rows of plain ``EvidenceInfo``; sorted in Python, files in trouble shown in red."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ev.EvidenceInfo] = []
        self.headers: list[str] = [""] * len(COLUMNS)
        self.sort_column, self.sort_order = -1, Qt.SortOrder.AscendingOrder

    def set_rows(self, rows: list[ev.EvidenceInfo]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._sort_rows()
        self.endResetModel()

    def _sort_rows(self) -> None:
        # Sorting in Python over plain records: a QSortFilterProxyModel would call
        # data() from C++ for every comparison, seconds for thousands of rows.
        if self.sort_column < 0:
            return
        col = COLUMNS[self.sort_column]
        keys = {
            "title": lambda i: i.title.casefold(), "kind": lambda i: i.kind_label,
            "source": lambda i: i.source_label, "date": lambda i: i.date or "",
            "indicators": lambda i: i.links[0].path if i.links else "\uffff", "status": lambda i: i.status,
        }
        self.rows.sort(key=keys[col], reverse=self.sort_order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        self._sort_rows()
        self.layoutChanged.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name and default
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name and default
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info = self.rows[index.row()]
        col = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(info, col, tooltip=role == Qt.ItemDataRole.ToolTipRole)
        if role == Qt.ItemDataRole.ForegroundRole and info.status in ("missing", "altered"):
            return QBrush(QColor(Qt.GlobalColor.darkRed))
        if role == Qt.ItemDataRole.UserRole:
            return info.id
        return None

    @staticmethod
    def _text(info: ev.EvidenceInfo, col: str, *, tooltip: bool) -> str:
        if col == "title":
            return info.title + (f"\n{info.filename}" if tooltip and info.filename else "")
        if col == "kind":
            return info.kind_label
        if col == "source":
            return info.source_label
        if col == "date":
            return info.date or ""
        if col == "indicators":
            if tooltip:
                return "\n".join(ln.path + (f" ({ln.target})" if ln.target else "") for ln in info.links)
            return "; ".join(dict.fromkeys(ln.path.rsplit("/", 1)[-1] for ln in info.links))
        return ev.status_label(info.status) if info.status else ""


def evidence_table(model: EvidenceModel) -> QTableView:
    """The list's view: whole rows selected (several at once), sorted by a header click,
    newest first until then; the title column takes the spare width."""
    table = QTableView()
    table.setObjectName("evidenceTable")
    table.setModel(model)
    table.setSortingEnabled(True)
    table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # newest first until a header is clicked
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(24)
    hh = table.horizontalHeader()
    hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    hh.setStretchLastSection(False)
    hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    elide_header(hh)
    for col, width in ((1, 72), (2, 96), (3, 82), (4, 120), (5, 64)):  # the title keeps the rest (a laptop: ~130 px)
        table.setColumnWidth(col, width)
    return table
