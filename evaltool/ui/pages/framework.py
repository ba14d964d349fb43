"""Framework page: the indicator tree editor with live validation.

The page wires the tree view and its model (``framework_model``), the side panel that
edits the selected indicator (``framework_panel``), the list of problems, and the
toolbar, keys and context menu. Every edit is an undoable operation on the window's
``QUndoStack`` (``ui/operations/framework.py``) that calls a core function of
``evaltool.framework`` and its inverse. The tree is rebuilt from the database after
each committed change; selection and expanded nodes are kept by id. Templates and
score-sheet import are dialogs (``framework_dialogs``).
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from evaltool.changes import Changes
from evaltool.framework import (
    Node,
    Problem,
    framework_stats,
    indent_indicator,
    load_tree,
    move_down,
    move_up,
    outdent_indicator,
    validate_framework,
)
from evaltool.scoring import fmt_score
from evaltool.ui.framework_model import FrameworkModel, FrameworkView
from evaltool.ui.framework_panel import IndicatorPanel, ProblemsList
from evaltool.ui.operations import framework as ops
from evaltool.ui.operations import read
from evaltool.ui.pages.base import ProjectPage
from evaltool.ui.widgets.fit import scroll_body

Shortcut = QKeySequence | QKeySequence.StandardKey | Qt.Key | str


class FrameworkPage(ProjectPage):
    key = "framework"

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.roots: list[Node] = []
        self._expanded: set[str] | None = None
        self._select_after: str | None = None
        self._loading = False
        self._current: Node | None = None

        outer = QVBoxLayout(scroll_body(self))
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
        self.tree = FrameworkView(self.model)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.selectionModel().currentChanged.connect(lambda _c, _p: self._show_current())
        self.tree.expanded.connect(lambda i: self._track(i, True))
        self.tree.collapsed.connect(lambda i: self._track(i, False))
        ll.addWidget(self.tree, 1)
        self.problems = ProblemsList()
        self.problems.node_chosen.connect(self._goto_problem)
        self.problems_label = self.problems.label
        ll.addWidget(self.problems_label)
        ll.addWidget(self.problems)
        split.addWidget(left)

        self.panel = IndicatorPanel()
        self.panel.field_edited.connect(self._save_field)
        self.panel.rule_requested.connect(self.edit_rule)
        # the panel's fields, by the names the page always gave them
        p = self.panel
        self.f_name, self.f_name_en, self.f_weight, self.f_negative = p.f_name, p.f_name_en, p.f_weight, p.f_negative
        self.f_cap, self.f_description, self.f_criteria, self.f_evidence = (
            p.f_cap, p.f_description, p.f_criteria, p.f_evidence)
        split.addWidget(self.panel)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        self._build_actions()
        self.retranslate()
        self._show_current()

    # -- actions -------------------------------------------------------------------------
    def _action(self, name: str, slot: Any, shortcut: Shortcut | None = None, tree_only: bool = True) -> QAction:
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
        self.a_rule = self._action("fw_edit_rule", lambda: self.edit_rule(False), "Ctrl+R", tree_only=False)
        self.a_rules = self._action("fw_rules_from_criteria", self.review_rules)
        for a in (self.a_add, self.a_add_child, self.a_delete, None, self.a_up, self.a_down, self.a_outdent,
                  self.a_indent, None, self.a_copy, self.a_paste, None, self.a_rule, self.a_rules, None,
                  self.a_template, self.a_save_template, self.a_import):
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
            self.a_rule: (self.tr("Edit rule…"), self.tr("Edit the scoring rule of the selected leaf (Ctrl+R)")),
            self.a_rules: (self.tr("Rules from criteria…"),
                           self.tr("Read the rule of every leaf from its scoring criteria, review and apply")),
        }
        for a, (text, tip) in texts.items():
            a.setText(text)
            a.setToolTip(tip)
            a.setStatusTip(tip)
        self.panel.retranslate()
        self.refresh()

    # -- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.project_id:
            self.model.set_tree([], [])
            return
        if self.defer_if_hidden():
            return
        pid = self.project_id
        current = self._select_after or (self._current.id if self._current else None)
        self._select_after = None
        # the tree the other pages read too (Scoring, Evidence, the report's preview) until the data changes
        self.roots = read(self.window_, lambda s: self.window_.cached(("tree", pid), lambda: load_tree(s, pid)))
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

    def _show_problems(self, problems: list[Problem]) -> None:
        st = framework_stats(self.roots)
        self.stats.setText(self.tr("{l1} level-1 · {leaves} leaves · level-1 weights {w}").format(
            l1=st["level1"], leaves=st["leaves"], w=fmt_score(st["weight"])))
        self.problems.show_problems(problems)

    def _goto_problem(self, node_id: str) -> None:
        idx = self.model.index_of(node_id)
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
            for a in (self.a_delete, self.a_up, self.a_down, self.a_indent, self.a_outdent, self.a_copy,
                      self.a_cut, self.a_add_child):
                a.setEnabled(n is not None)
            self.a_rule.setEnabled(n is not None and n.is_leaf)
            self.panel.show_node(n)
        finally:
            self._loading = False

    # -- edits (each one undoable step: ui/operations/framework.py) -----------------------------
    def _select_later(self, node_id: str | None) -> None:
        """Called inside an edit's do/undo: the node to select when the tree is rebuilt."""
        self._select_after = node_id

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
        labels = {"name": self.tr("Rename indicator"), "weight": self.tr("Change weight"),
                  "is_negative": self.tr("Change negative indicator"), "cap": self.tr("Change deduction cap")}
        ops.edit_field(self.window_, n, fld, value, labels.get(fld, self.tr("Edit indicator text")), self._select_later)

    def _insert(self, parent_id: str | None, row: int, spec: dict[str, Any] | None, text: str,
                edit: bool = False) -> None:
        if not self.project_id:
            return
        new_id = ops.insert(self.window_, self.project_id, parent_id, row, spec, text, self.tr("New indicator"),
                            self._select_later)
        if new_id is not None and edit:
            idx = self.model.index_of(new_id)
            if idx.isValid():
                self.tree.setCurrentIndex(idx)
                self.tree.edit(idx)

    def _siblings(self, n: Node) -> list[Node]:
        parent = self.model.parent_of.get(n.id)
        return parent.children if parent is not None else self.roots

    def _row_of(self, n: Node) -> int:
        return next(i for i, s in enumerate(self._siblings(n)) if s.id == n.id)

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
        sibs, i = self._siblings(n), self._row_of(n)
        neighbour = sibs[i + 1] if i + 1 < len(sibs) else (sibs[i - 1] if i > 0 else self.model.parent_of.get(n.id))
        ops.delete(self.window_, n.id, neighbour.id if neighbour is not None else None,
                   self.tr("Delete “{name}”").format(name=n.name), self._select_later)

    def _move(self, text: str, fn: ops.Move) -> None:
        n = self.current_node()
        if n is not None:
            ops.move(self.window_, n.id, fn, text, self._select_later)

    def move_current_up(self) -> None:
        n = self.current_node()
        if n is not None and self._row_of(n) > 0:
            self._move(self.tr("Move up"), move_up)

    def move_current_down(self) -> None:
        n = self.current_node()
        if n is not None and self._row_of(n) + 1 < len(self._siblings(n)):
            self._move(self.tr("Move down"), move_down)

    def indent_current(self) -> None:
        n = self.current_node()
        if n is not None and self._row_of(n) > 0:
            self._expanded = (self._expanded or set()) | {self._siblings(n)[self._row_of(n) - 1].id}
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
        if parent_id:
            self._expanded = (self._expanded or set()) | {parent_id}
        text = self.tr("Move indicator")
        QTimer.singleShot(0, lambda: ops.move_to(self.window_, pid, node_id, parent_id, row, text, self._select_later))

    # -- clipboard -------------------------------------------------------------------------------
    def copy_current(self) -> None:
        n = self.current_node()
        if n is not None:
            ops.copy_to_clipboard(n)

    def cut_current(self) -> None:
        self.copy_current()
        self.delete_current()

    def paste(self) -> None:
        specs = ops.clipboard_specs()
        if not specs:
            self.window_.statusBar().showMessage(self.tr("The clipboard holds no indicators to paste."), 4000)
            return
        n = self.current_node()
        parent_id = n.parent_id if n is not None else None
        row = self._row_of(n) + 1 if n is not None else len(self.roots)
        self._insert(parent_id, row, specs[0], self.tr("Paste “{name}”").format(name=specs[0].get("name", "")))

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for a in (self.a_add, self.a_add_child, self.a_delete, None, self.a_up, self.a_down, self.a_outdent,
                  self.a_indent, None, self.a_cut, self.a_copy, self.a_paste):
            if a is None:
                menu.addSeparator()
            else:
                menu.addAction(a)
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    # -- rules ------------------------------------------------------------------------------------------
    def edit_rule(self, suggest: bool = False) -> None:
        """The rule editor for the selected leaf (``suggest``: read the criteria first)."""
        from evaltool.ui.rules.dialog import RuleEditorDialog

        n = self.current_node()
        if n is None or not n.is_leaf or not self.project_id:
            return
        dlg = RuleEditorDialog(self.window_, self.project_id, n.id, self)
        if suggest:
            dlg.suggest()
        dlg.exec()

    def review_rules(self) -> None:
        """Read every leaf's rule from its criteria on the runner, then the review list."""
        from evaltool.criteria.suggest import suggest_all

        pid, db = self.project_id, self.window_.db
        if not pid:
            return

        def work(job: Any) -> Any:
            with db.read_session() as s:
                return suggest_all(s, pid, progress=job.progress, cancelled=job.cancelled)

        self.window_.runner.run(self.tr("Reading the criteria"), work, on_done=self._show_review, writes=False)

    def _show_review(self, review: Any) -> None:
        from evaltool.ui.rules.review import SuggestionsDialog

        if not self.project_id:
            return
        self.review_dialog = SuggestionsDialog(self.window_, self.project_id, review, self)
        self.review_dialog.open()

    # -- templates and import -----------------------------------------------------------------------
    # Imported when used: the dialogs (and the score-sheet reader) are not needed at start-up.
    def insert_template(self) -> None:
        from evaltool.ui.framework_dialogs import insert_template

        insert_template(self.window_, self)

    def save_as_template(self) -> None:
        from evaltool.ui.framework_dialogs import save_as_template

        save_as_template(self.window_, self)

    def import_sheet(self) -> None:
        from evaltool.ui.framework_dialogs import import_sheet

        import_sheet(self.window_, self)
