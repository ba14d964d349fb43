"""Qt item model (and its tree view) over the plain ``Node`` tree of a project's framework.

The model holds session-free ``Node`` records (evaltool.framework.load_tree) and is
rebuilt from the database after every committed change. Edits made in the view
(rename, weight, drag and drop) are not applied here: they are handed to the page
through callbacks, which run them as undoable operations; the refresh that follows
shows the result.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView

from evaltool.framework import Node, Problem, walk
from evaltool.scoring import fmt_score
from evaltool.ui.widgets.number_edit import read_number

MIME_ID = "application/x-evaltool-indicator-id"
COL_NAME, COL_WEIGHT, COL_CHECK = 0, 1, 2

Index = QModelIndex | QPersistentModelIndex


class FrameworkModel(QAbstractItemModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.roots: list[Node] = []
        self.by_id: dict[str, Node] = {}
        self.parent_of: dict[str, Node | None] = {}
        self.problems: dict[str, list[Problem]] = {}
        self.headers = ["", "", ""]
        # set by the page: (node_id, field, value) and (node_id, new_parent_id, row)
        self.on_edit: Callable[[str, str, Any], None] | None = None
        self.on_move: Callable[[str, str | None, int], None] | None = None
        self.resetting = False
        # indexes carry an integer key, never a Python object (PySide does not keep a
        # reference to internal pointers, so a stale index could point at a freed string)
        self._key_of: dict[str, int] = {}
        self._id_of: list[str] = []

    # -- data --------------------------------------------------------------------
    def set_tree(self, roots: list[Node], problems: list[Problem]) -> None:
        self.resetting = True  # an open editor closed by the reset must not commit again
        self.beginResetModel()
        self.roots = roots
        self.by_id = {n.id: n for n in walk(roots)}
        self.parent_of = {}
        for n in walk(roots):
            for c in n.children:
                self.parent_of[c.id] = n
            self.parent_of.setdefault(n.id, None)
        self.problems = {}
        for p in problems:
            if p.node_id:
                self.problems.setdefault(p.node_id, []).append(p)
        self.endResetModel()
        self.resetting = False

    def _key(self, node_id: str) -> int:
        k = self._key_of.get(node_id)
        if k is None:
            k = self._key_of[node_id] = len(self._id_of)
            self._id_of.append(node_id)
        return k

    def node(self, index: Index) -> Node | None:
        if not index.isValid() or index.model() is not self:
            return None
        k = index.internalId()
        return self.by_id.get(self._id_of[k]) if 0 <= k < len(self._id_of) else None

    def _siblings(self, parent: Node | None) -> list[Node]:
        return parent.children if parent is not None else self.roots

    def index_of(self, node_id: str, column: int = 0) -> QModelIndex:
        n = self.by_id.get(node_id)
        if n is None:
            return QModelIndex()
        parent = self.parent_of.get(node_id)
        row = next(i for i, s in enumerate(self._siblings(parent)) if s.id == node_id)
        return self.createIndex(row, column, self._key(n.id))

    # -- QAbstractItemModel --------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        sibs = self._siblings(self.node(parent)) if parent.isValid() else self.roots
        if 0 <= row < len(sibs) and 0 <= column < 3:
            return self.createIndex(row, column, self._key(sibs[row].id))
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        n = self.node(index)
        if n is None:
            return QModelIndex()
        p = self.parent_of.get(n.id)
        return self.index_of(p.id) if p is not None else QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid():
            if parent.column() != 0:
                return 0
            n = self.node(parent)
            return len(n.children) if n else 0
        return len(self.roots)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def check_text(self, n: Node) -> str:
        probs = self.problems.get(n.id, [])
        deltas = [p.delta for p in probs if p.delta is not None]
        if deltas:
            return f"⚠ {deltas[0]:+g}"
        if probs:
            return "⚠"
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        n = self.node(index)
        if n is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == COL_NAME:
                return n.name
            if col == COL_WEIGHT:
                return fmt_score(n.weight) if role == Qt.ItemDataRole.DisplayRole else n.weight
            return self.check_text(n) if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.ToolTipRole:
            msgs = [p.message for p in self.problems.get(n.id, [])]
            return "\n".join(msgs) if msgs else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if n.id in self.problems:
                return QBrush(QColor("#b3261e"))
            if n.is_negative:
                return QBrush(QColor("#8a4b00"))
        if role == Qt.ItemDataRole.FontRole and col == COL_NAME and n.level == 1:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_WEIGHT, COL_CHECK):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        f = base | Qt.ItemFlag.ItemIsDragEnabled
        if index.column() in (COL_NAME, COL_WEIGHT):
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        n = self.node(index)
        if n is None or role != Qt.ItemDataRole.EditRole or self.on_edit is None or self.resetting:
            return False
        if index.column() == COL_NAME:
            text = str(value).strip()
            if text and text != n.name:
                self.on_edit(n.id, "name", text)
            return True
        if index.column() == COL_WEIGHT:
            w, error = read_number(str(value))  # the product's one number reader: 1，5 is 1.5
            if w is None or error:
                return False
            if w != n.weight:
                self.on_edit(n.id, "weight", w)
            return True
        return False

    # -- drag and drop -------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_ID]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        ids = []
        for i in indexes:
            n = self.node(i)
            if n is not None and n.id not in ids:
                ids.append(n.id)
        mime = QMimeData()
        mime.setData(MIME_ID, json.dumps(ids).encode("utf-8"))
        return mime

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:  # noqa: N802
        if not data.hasFormat(MIME_ID):
            return False
        target = self.node(parent)
        for nid in json.loads(bytes(data.data(MIME_ID).data()).decode("utf-8")):
            moving = self.by_id.get(nid)
            if moving is None:
                return False
            t = target
            while t is not None:  # never into its own subtree
                if t.id == nid:
                    return False
                t = self.parent_of.get(t.id)
        return True

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:  # noqa: N802
        if not self.canDropMimeData(data, action, row, column, parent) or self.on_move is None:
            return False
        target = self.node(parent)
        ids = json.loads(bytes(data.data(MIME_ID).data()).decode("utf-8"))
        if row < 0:  # dropped onto a node: becomes its last child
            row = len(target.children) if target is not None else len(self.roots)
        if ids:
            self.on_move(ids[0], target.id if target is not None else None, row)
        return False  # the page moves it in the database; the refresh shows it


class FrameworkView(QTreeView):
    """The framework page's tree: one selection, rename / weight in place (F2, double
    click), drag and drop to move, a context menu the page fills."""

    def __init__(self, model: FrameworkModel) -> None:
        super().__init__()
        self.setObjectName("frameworkTree")
        self.setModel(model)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        hdr = self.header()
        hdr.setStretchLastSection(False)
        hdr.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        hdr.setSectionResizeMode(COL_WEIGHT, QHeaderView.ResizeMode.ResizeToContents)
        hdr.setSectionResizeMode(COL_CHECK, QHeaderView.ResizeMode.ResizeToContents)
        # Measure the rows on screen, not all of them at every show and change (a 1,000-leaf
        # framework: ~1 s a visit); the widest weights and checks are the top levels' anyway.
        hdr.setResizeContentsPrecision(0)
