"""Framework page: the indicator tree editor with live validation.

Every edit is an undoable operation on the window's ``QUndoStack`` that calls a core
function of ``evaltool.framework`` (and its inverse) through ``push_op``. The tree is
rebuilt from the database after each committed change; selection and expanded
nodes are kept by id.
"""
from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QMimeData, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFocusEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QSplitter,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from evaltool.changes import Changes
from evaltool.framework import (
    Node,
    add_indicator,
    delete_subtree,
    framework_stats,
    indent_indicator,
    load_tree,
    move_down,
    move_indicator,
    move_up,
    node_spec,
    outdent_indicator,
    paste_subtree,
    position_at,
    restore_nodes,
    update_indicator,
    validate_framework,
)
from evaltool.models import Indicator
from evaltool.scoring import fmt_score
from evaltool.ui.framework_model import COL_CHECK, COL_NAME, COL_WEIGHT, FrameworkModel
from evaltool.ui.operations import push_op, read
from evaltool.ui.pages.base import ProjectPage

CLIP_MIME = "application/x-evaltool-framework+json"
CLIP_KIND = "evaltool-framework-subtree"


class _TextEdit(QPlainTextEdit):
    """A multi-line field that reports when the user leaves it (autosave)."""

    editing_finished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self.editing_finished.emit()
        super().focusOutEvent(event)


class FrameworkPage(ProjectPage):
    key = "framework"

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.roots: list[Node] = []
        self._expanded: set[str] | None = None
        self._select_after: str | None = None
        self._loading = False
        self._current: Node | None = None

        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        top.addWidget(self.heading)
        top.addStretch(1)
        self.stats = QLabel()
        self.stats.setObjectName("frameworkStats")
        top.addWidget(self.stats)
        outer.addLayout(top)

        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        outer.addWidget(self.toolbar)

        split = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(split, 1)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.model = FrameworkModel(self)
        self.model.on_edit = self.edit_field
        self.model.on_move = self.move_to
        self.tree = QTreeView()
        self.tree.setObjectName("frameworkTree")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        hdr = self.tree.header()
        hdr.setStretchLastSection(False)
        hdr.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        hdr.setSectionResizeMode(COL_WEIGHT, QHeaderView.ResizeMode.ResizeToContents)
        hdr.setSectionResizeMode(COL_CHECK, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.selectionModel().currentChanged.connect(lambda _c, _p: self._show_current())
        self.tree.expanded.connect(lambda i: self._track(i, True))
        self.tree.collapsed.connect(lambda i: self._track(i, False))
        ll.addWidget(self.tree, 1)
        self.problems_label = QLabel()
        self.problems_label.setObjectName("problemsLabel")
        self.problems_label.setWordWrap(True)
        ll.addWidget(self.problems_label)
        self.problems = QListWidget()
        self.problems.setObjectName("problemsList")
        self.problems.setMaximumHeight(110)
        self.problems.itemActivated.connect(self._goto_problem)
        self.problems.itemClicked.connect(self._goto_problem)
        ll.addWidget(self.problems)
        split.addWidget(left)

        self.panel = QGroupBox()
        form = QFormLayout(self.panel)
        self.f_name = QLineEdit()
        self.f_name.setObjectName("fw_name")
        self.f_name_en = QLineEdit()
        self.f_name_en.setObjectName("fw_name_en")
        self.f_weight = QDoubleSpinBox()
        self.f_weight.setObjectName("fw_weight")
        self.f_weight.setRange(-1000, 1000)
        self.f_weight.setDecimals(3)
        self.f_negative = QCheckBox()
        self.f_negative.setObjectName("fw_negative")
        self.f_cap = QDoubleSpinBox()
        self.f_cap.setObjectName("fw_cap")
        self.f_cap.setRange(-1000, 0)
        self.f_cap.setDecimals(3)
        self.f_description = _TextEdit()
        self.f_description.setObjectName("fw_description")
        self.f_criteria = _TextEdit()
        self.f_criteria.setObjectName("fw_criteria")
        self.f_evidence = _TextEdit()
        self.f_evidence.setObjectName("fw_evidence_hint")
        for w in (self.f_description, self.f_criteria, self.f_evidence):
            w.setTabChangesFocus(True)
        self.labels: dict[str, QLabel] = {}
        for key, w in (("name", self.f_name), ("name_en", self.f_name_en), ("weight", self.f_weight),
                       ("is_negative", self.f_negative), ("cap", self.f_cap), ("description", self.f_description),
                       ("criteria", self.f_criteria), ("evidence_hint", self.f_evidence)):
            lab = QLabel()
            lab.setBuddy(w)
            self.labels[key] = lab
            form.addRow(lab, w)
        # fields save when left, and only when the user changed them (isModified)
        self.f_name.editingFinished.connect(
            lambda: self.f_name.isModified() and self._save_field("name", self.f_name.text()))
        self.f_name_en.editingFinished.connect(
            lambda: self.f_name_en.isModified() and self._save_field("name_en", self.f_name_en.text().strip()))
        self._dirty: set[str] = set()  # spin boxes the user changed since they were filled
        self.f_weight.valueChanged.connect(lambda _v: self._loading or self._dirty.add("weight"))
        self.f_cap.valueChanged.connect(lambda _v: self._loading or self._dirty.add("cap"))
        self.f_weight.editingFinished.connect(lambda: self._save_spin("weight"))
        self.f_cap.editingFinished.connect(lambda: self._save_spin("cap"))
        self.f_negative.toggled.connect(lambda v: self._save_field("is_negative", bool(v)))
        for w, fld in ((self.f_description, "description"), (self.f_criteria, "criteria"),
                       (self.f_evidence, "evidence_hint")):
            w.editing_finished.connect(
                lambda w=w, fld=fld: w.document().isModified() and self._save_field(fld, w.toPlainText()))
        split.addWidget(self.panel)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        self._build_actions()
        self.retranslate()
        self._show_current()

    # -- actions -------------------------------------------------------------------------
    def _action(self, name: str, slot: Any, shortcut: QKeySequence | str | None = None,
                tree_only: bool = True) -> QAction:
        a = QAction(self)
        a.setObjectName(name)
        a.triggered.connect(slot)
        if shortcut is not None:
            a.setShortcut(QKeySequence(shortcut))
            # editing shortcuts act on the tree only, so Ctrl+C in a text field still copies text
            a.setShortcutContext(Qt.ShortcutContext.WidgetShortcut if tree_only
                                 else Qt.ShortcutContext.WidgetWithChildrenShortcut)
        (self.tree if tree_only else self).addAction(a)
        return a

    def _build_actions(self) -> None:
        self.a_add = self._action("fw_add", self.add_sibling, Qt.Key.Key_Insert)
        self.a_add_child = self._action("fw_add_child", self.add_child, "Alt+Insert")
        self.a_delete = self._action("fw_delete", self.delete_current, QKeySequence.StandardKey.Delete)
        self.a_up = self._action("fw_up", self.move_current_up, "Ctrl+Up")
        self.a_down = self._action("fw_down", self.move_current_down, "Ctrl+Down")
        self.a_indent = self._action("fw_indent", self.indent_current, "Ctrl+Right")
        self.a_outdent = self._action("fw_outdent", self.outdent_current, "Ctrl+Left")
        self.a_copy = self._action("fw_copy", self.copy_current, QKeySequence.StandardKey.Copy)
        self.a_cut = self._action("fw_cut", self.cut_current, QKeySequence.StandardKey.Cut)
        self.a_paste = self._action("fw_paste", self.paste, QKeySequence.StandardKey.Paste)
        self.a_template = self._action("fw_insert_template", self.insert_template)
        self.a_save_template = self._action("fw_save_template", self.save_as_template)
        self.a_import = self._action("fw_import_sheet", self.import_sheet)
        for a in (self.a_add, self.a_add_child, self.a_delete, None, self.a_up, self.a_down, self.a_outdent,
                  self.a_indent, None, self.a_copy, self.a_paste, None, self.a_template, self.a_save_template,
                  self.a_import):
            if a is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(a)

    def title(self) -> str:
        return self.tr("Framework")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Indicator framework"))
        self.model.headers = [self.tr("Indicator"), self.tr("Weight"), self.tr("Check")]
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        texts = {
            self.a_add: (self.tr("&Add"), self.tr("Add an indicator after the selected one (Ins)")),
            self.a_add_child: (self.tr("Add &child"), self.tr("Add an indicator under the selected one (Alt+Ins)")),
            self.a_delete: (self.tr("&Delete"), self.tr("Delete the selected indicator and everything under it (Del)")),
            self.a_up: (self.tr("Move up"), self.tr("Move up among its siblings (Ctrl+Up)")),
            self.a_down: (self.tr("Move down"), self.tr("Move down among its siblings (Ctrl+Down)")),
            self.a_indent: (self.tr("Indent"), self.tr("Put it under the indicator above (Ctrl+Right)")),
            self.a_outdent: (self.tr("Outdent"), self.tr("Move it one level up (Ctrl+Left)")),
            self.a_copy: (self.tr("Copy"), self.tr("Copy the selected indicator with everything under it (Ctrl+C)")),
            self.a_cut: (self.tr("Cut"), self.tr("Cut the selected indicator (Ctrl+X)")),
            self.a_paste: (self.tr("Paste"), self.tr("Paste after the selected indicator (Ctrl+V)")),
            self.a_template: (self.tr("Insert template…"), self.tr("Add the indicators of a template")),
            self.a_save_template: (self.tr("Save as template…"), self.tr("Save this framework as a template for later projects")),
            self.a_import: (self.tr("Import score sheet…"), self.tr("Create a new project from an Excel or CSV score sheet")),
        }
        for a, (text, tip) in texts.items():
            a.setText(text)
            a.setToolTip(tip)
            a.setStatusTip(tip)
        self.panel.setTitle(self.tr("Selected indicator"))
        names = {"name": self.tr("&Name"), "name_en": self.tr("English name"), "weight": self.tr("&Weight (points)"),
                 "is_negative": self.tr("Negative indicator"), "cap": self.tr("Deduction cap"),
                 "description": self.tr("Description / assessment points"), "criteria": self.tr("Scoring criteria"),
                 "evidence_hint": self.tr("Typical evidence")}
        for k, lab in self.labels.items():
            lab.setText(names[k])
        self.f_negative.setText(self.tr("deductions only, outside the 100 points"))
        self.refresh()

    # -- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.project_id:
            self.model.set_tree([], [])
            return
        pid = self.project_id
        current = self._select_after or (self._current.id if self._current else None)
        self._select_after = None
        self.roots = read(self.window_, lambda s: load_tree(s, pid))
        problems = validate_framework(self.roots)
        focus = QApplication.focusWidget()
        tree_focus = focus is not None and (focus is self.tree or self.tree.isAncestorOf(focus))
        self._loading = True
        try:
            self.model.set_tree(self.roots, problems)
            if self._expanded is None:
                self.tree.expandAll()
                self._expanded = {n.id for n in self.model.by_id.values() if n.children}
            else:
                for nid in self._expanded:
                    idx = self.model.index_of(nid)
                    if idx.isValid():
                        self.tree.setExpanded(idx, True)
            idx = self.model.index_of(current) if current else QModelIndex()
            if not idx.isValid() and self.roots:
                idx = self.model.index_of(self.roots[0].id)
            if idx.isValid():
                p = idx.parent()
                while p.isValid():
                    self.tree.setExpanded(p, True)
                    p = p.parent()
                self.tree.setCurrentIndex(idx)
                self.tree.scrollTo(idx)
        finally:
            self._loading = False
        if tree_focus:
            self.tree.setFocus()  # e.g. after renaming in place, keep typing in the tree
        self._show_current()
        self._show_problems(problems)

    def set_project(self, project_id: str | None) -> None:
        self._expanded = None
        self._current = None
        super().set_project(project_id)

    def on_data_changed(self, changes: Changes, initiator: object | None) -> None:
        if changes.framework or changes.projects:
            self.refresh()

    def _track(self, index: QModelIndex, expanded: bool) -> None:
        if self._loading or self._expanded is None:
            return
        n = self.model.node(index)
        if n is not None:
            (self._expanded.add if expanded else self._expanded.discard)(n.id)

    def _show_problems(self, problems: list[Any]) -> None:
        st = framework_stats(self.roots)
        self.stats.setText(self.tr("{l1} level-1 · {leaves} leaves · level-1 weights {w}").format(
            l1=st["level1"], leaves=st["leaves"], w=fmt_score(st["weight"])))
        self.problems.clear()
        for p in problems:
            item = QListWidgetItem(f"{p.path}: {p.message}" if p.path else p.message)
            item.setData(Qt.ItemDataRole.UserRole, p.node_id)
            self.problems.addItem(item)
        if problems:
            self.problems_label.setText(self.tr("⚠ {n} problem(s) — the framework can be used, but fix these before scoring:").format(n=len(problems)))
            self.problems_label.setStyleSheet("color: #b3261e;")
        else:
            self.problems_label.setText(self.tr("✓ No problems: level-1 weights add to 100 and every node's children add to its weight."))
            self.problems_label.setStyleSheet("color: #1b6e20;")
        self.problems.setVisible(bool(problems))

    def _goto_problem(self, item: QListWidgetItem) -> None:
        nid = item.data(Qt.ItemDataRole.UserRole)
        if nid:
            idx = self.model.index_of(nid)
            if idx.isValid():
                self.tree.setCurrentIndex(idx)
                self.tree.setFocus()

    def current_node(self) -> Node | None:
        return self.model.node(self.tree.currentIndex())

    def select(self, node_id: str) -> None:
        idx = self.model.index_of(node_id)
        if idx.isValid():
            self.tree.setCurrentIndex(idx)

    def _show_current(self) -> None:
        n = self.current_node()
        self._current = n
        self._loading = True
        try:
            self.panel.setEnabled(n is not None)
            for a in (self.a_delete, self.a_up, self.a_down, self.a_indent, self.a_outdent, self.a_copy,
                      self.a_cut, self.a_add_child):
                a.setEnabled(n is not None)
            n = n or Node("", None, "", 0.0, 0.0, 0)
            # a field the user is typing in keeps its text; every other shows the stored value
            for le, text in ((self.f_name, n.name), (self.f_name_en, n.name_en)):
                if not (le.hasFocus() and le.isModified()):
                    le.setText(text)
                    le.setModified(False)
            for key, sp, val in (("weight", self.f_weight, n.weight), ("cap", self.f_cap, n.cap or 0.0)):
                if not (sp.hasFocus() and key in self._dirty):
                    sp.setValue(val)
                    self._dirty.discard(key)
            self.f_negative.setChecked(n.is_negative)
            self.f_cap.setEnabled(n.is_negative)
            for w, text in ((self.f_description, n.description), (self.f_criteria, n.criteria),
                            (self.f_evidence, n.evidence_hint)):
                if not (w.hasFocus() and w.document().isModified()):
                    w.setPlainText(text)
                    w.document().setModified(False)
        finally:
            self._loading = False

    # -- edits --------------------------------------------------------------------------------
    def _save_spin(self, key: str) -> None:
        if key not in self._dirty:
            return
        self._dirty.discard(key)
        if key == "weight":
            self._save_field("weight", self.f_weight.value())
        else:
            self._save_field("cap", self.f_cap.value() if self.f_cap.value() else None)

    def _save_field(self, fld: str, value: Any) -> None:
        if self._loading or self._current is None:
            return
        n = self._current
        if fld == "name" and not str(value).strip():
            self.f_name.setText(n.name)
            return
        self.edit_field(n.id, fld, value)

    def edit_field(self, node_id: str, fld: str, value: Any) -> None:
        n = self.model.by_id.get(node_id)
        if n is None:
            return

        def current(s: Any) -> Any:
            ind = s.get(Indicator, node_id)
            return getattr(ind, fld) if ind is not None else None

        old = read(self.window_, current)  # the stored value, not a possibly stale copy
        if old == value or (fld in ("description", "criteria", "evidence_hint", "name_en") and (old or "") == (value or "")):
            return
        labels = {"name": self.tr("Rename indicator"), "weight": self.tr("Change weight"),
                  "is_negative": self.tr("Change negative indicator"), "cap": self.tr("Change deduction cap")}
        text = labels.get(fld, self.tr("Edit indicator text"))
        fields = {fld: value}
        old_fields = {fld: old}
        if fld == "is_negative" and value and n.cap is None:
            fields["cap"] = n.weight if n.weight < 0 else None
            old_fields["cap"] = None
        self._select_after = node_id
        push_op(self.window_, text, lambda s: update_indicator(s, node_id, **fields),
                lambda s: update_indicator(s, node_id, **old_fields))

    def _insert(self, parent_id: str | None, row: int, spec: dict[str, Any] | None, text: str,
                edit: bool = False) -> None:
        pid = self.project_id
        if not pid:
            return
        state: dict[str, Any] = {}

        def do(s: Any) -> None:
            if "ids" in state:
                restore_nodes(s, state["ids"])
                return
            pos = position_at(s, pid, parent_id, row)
            if spec is None:
                ind = add_indicator(s, pid, parent_id, self.tr("New indicator"), 0.0, pos)
                state["ids"] = [ind.id]
            else:
                state["ids"] = paste_subtree(s, pid, parent_id, spec, pos)
            self._select_after = state["ids"][0]

        def undo(s: Any) -> None:
            delete_subtree(s, state["ids"][0])

        if push_op(self.window_, text, do, undo) and edit:
            idx = self.model.index_of(state["ids"][0])
            if idx.isValid():
                self.tree.setCurrentIndex(idx)
                self.tree.edit(idx)

    def _row_of(self, n: Node) -> int:
        parent = self.model.parent_of.get(n.id)
        sibs = parent.children if parent is not None else self.roots
        return next(i for i, s in enumerate(sibs) if s.id == n.id)

    def add_sibling(self) -> None:
        n = self.current_node()
        if n is None:
            self._insert(None, len(self.roots), None, self.tr("Add indicator"), edit=True)
        else:
            self._insert(n.parent_id, self._row_of(n) + 1, None, self.tr("Add indicator"), edit=True)

    def add_child(self) -> None:
        n = self.current_node()
        if n is not None:
            self._expanded = (self._expanded or set()) | {n.id}
            self._insert(n.id, len(n.children), None, self.tr("Add indicator"), edit=True)

    def delete_current(self) -> None:
        n = self.current_node()
        if n is None:
            return
        parent = self.model.parent_of.get(n.id)
        sibs = parent.children if parent is not None else self.roots
        i = self._row_of(n)
        neighbour = sibs[i + 1] if i + 1 < len(sibs) else (sibs[i - 1] if i > 0 else parent)
        state: dict[str, Any] = {}
        nid = n.id

        def do(s: Any) -> None:
            state["ids"] = delete_subtree(s, nid)
            self._select_after = neighbour.id if neighbour is not None else None

        def undo(s: Any) -> None:
            restore_nodes(s, state["ids"])
            self._select_after = nid

        push_op(self.window_, self.tr("Delete “{name}”").format(name=n.name), do, undo)

    def _move(self, text: str, fn: Any) -> None:
        n = self.current_node()
        if n is None:
            return
        nid = n.id
        state: dict[str, Any] = {}

        def do(s: Any) -> None:
            state["old"] = fn(s, nid)
            self._select_after = nid

        def undo(s: Any) -> None:
            if state.get("old") is not None:
                move_indicator(s, nid, *state["old"])
            self._select_after = nid

        push_op(self.window_, text, do, undo)

    def move_current_up(self) -> None:
        n = self.current_node()
        if n is not None and self._row_of(n) > 0:
            self._move(self.tr("Move up"), move_up)

    def move_current_down(self) -> None:
        n = self.current_node()
        if n is None:
            return
        parent = self.model.parent_of.get(n.id)
        if self._row_of(n) + 1 < len(parent.children if parent is not None else self.roots):
            self._move(self.tr("Move down"), move_down)

    def indent_current(self) -> None:
        n = self.current_node()
        if n is not None and self._row_of(n) > 0:
            parent = self.model.parent_of.get(n.id)
            sibs = parent.children if parent is not None else self.roots
            self._expanded = (self._expanded or set()) | {sibs[self._row_of(n) - 1].id}
            self._move(self.tr("Indent"), indent_indicator)

    def outdent_current(self) -> None:
        n = self.current_node()
        if n is not None and n.parent_id is not None:
            self._move(self.tr("Outdent"), outdent_indicator)

    def move_to(self, node_id: str, parent_id: str | None, row: int) -> None:
        """Drag and drop: put ``node_id`` at ``row`` among ``parent_id``'s children (deferred
        until the drop has finished, since the refresh rebuilds the model)."""
        pid = self.project_id
        if not pid:
            return
        state: dict[str, Any] = {}

        def do(s: Any) -> None:
            pos = position_at(s, pid, parent_id, row, exclude=node_id)
            state["old"] = move_indicator(s, node_id, parent_id, pos)
            self._select_after = node_id

        def undo(s: Any) -> None:
            move_indicator(s, node_id, *state["old"])
            self._select_after = node_id

        if parent_id:
            self._expanded = (self._expanded or set()) | {parent_id}
        QTimer.singleShot(0, lambda: push_op(self.window_, self.tr("Move indicator"), do, undo))

    # -- clipboard -------------------------------------------------------------------------------
    def copy_current(self) -> None:
        n = self.current_node()
        if n is None:
            return
        doc = json.dumps({"kind": CLIP_KIND, "nodes": [node_spec(n)]}, ensure_ascii=False, indent=1)
        mime = QMimeData()
        mime.setData(CLIP_MIME, doc.encode("utf-8"))
        mime.setText(doc)
        QApplication.clipboard().setMimeData(mime)

    def cut_current(self) -> None:
        self.copy_current()
        self.delete_current()

    def clipboard_specs(self) -> list[dict[str, Any]]:
        mime = QApplication.clipboard().mimeData()
        if mime is None:
            return []
        raw = bytes(mime.data(CLIP_MIME)).decode("utf-8") if mime.hasFormat(CLIP_MIME) else mime.text()
        try:
            doc = json.loads(raw)
        except (ValueError, TypeError):
            return []
        if isinstance(doc, dict) and doc.get("kind") == CLIP_KIND:
            return [n for n in doc.get("nodes", []) if isinstance(n, dict)]
        return []

    def paste(self) -> None:
        specs = self.clipboard_specs()
        if not specs:
            self.window_.statusBar().showMessage(self.tr("The clipboard holds no indicators to paste."), 4000)
            return
        n = self.current_node()
        parent_id = n.parent_id if n is not None else None
        row = self._row_of(n) + 1 if n is not None else len(self.roots)
        self._insert(parent_id, row, specs[0], self.tr("Paste “{name}”").format(name=specs[0].get("name", "")))

    def _context_menu(self, pos: Any) -> None:
        menu = QMenu(self)
        for a in (self.a_add, self.a_add_child, self.a_delete, None, self.a_up, self.a_down, self.a_outdent,
                  self.a_indent, None, self.a_cut, self.a_copy, self.a_paste):
            if a is None:
                menu.addSeparator()
            else:
                menu.addAction(a)
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    # -- templates and import -----------------------------------------------------------------------
    def insert_template(self) -> None:
        from evaltool.ui.framework_dialogs import insert_template

        insert_template(self.window_, self)

    def save_as_template(self) -> None:
        from evaltool.ui.framework_dialogs import save_as_template

        save_as_template(self.window_, self)

    def import_sheet(self) -> None:
        from evaltool.ui.framework_dialogs import import_sheet

        import_sheet(self.window_, self)
