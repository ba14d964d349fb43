"""Scoring page: indicator tree with each leaf's state, the leaf form, the live summary.

Keyboard: Tab goes from the tree to the leaf's rule inputs in order, then 得分, 理由,
评价意见; Space ticks a point and digits fill a field without the focus moving; Enter
writes the score and opens the next leaf at its first field (Ctrl+Enter from the
comment); Ctrl+Down / Alt+N next leaf, Ctrl+Up / Alt+P previous leaf (pending edits are
written first); Ctrl+Z undoes.

A leaf with a conflicting value (its indicator, a score or its final decision) is marked
"⚠ Conflict" in the tree, the fields in the form carry the markers. The project decisions
(consolidation, downgrade / veto, sign-off) are the lead's: others see them disabled.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QScrollArea,
    QSplitter,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from evaltool import sync
from evaltool.changes import Changes
from evaltool.flags import flags_by_leaf
from evaltool.framework import Node, iter_leaves, load_tree, walk
from evaltool.models import SYNCED_MODELS, Project
from evaltool.review import project_review, restore_sign_off, sign_off
from evaltool.roles import DECIDE, SIGN_OFF, load_roster
from evaltool.scoring import (
    Summary,
    fmt_score,
    project_summary,
    set_consolidation,
    set_project_flag,
)
from evaltool.ui.operations import push_op, read
from evaltool.ui.pages.base import ProjectPage
from evaltool.ui.scoring.form import LeafForm
from evaltool.ui.scoring.summary import SummaryPanel
from evaltool.ui.widgets.fit import ElidedLabel, size_columns_once
from evaltool.ui.widgets.sizing import suspended_resize

LEAF_ROLE = Qt.ItemDataRole.UserRole
STATE_COLORS = {"unscored": "#808080", "scored": "#1f4e9a", "flagged": "#b26a00", "reviewed": "#2e7d32"}
STATE_MARKS = {"unscored": "○", "scored": "●", "flagged": "⚑", "reviewed": "✔"}


def leaf_state(score: float | None, review_state: str, flags: list[Any]) -> str:
    kinds = {f.kind for f in flags}
    if score is None:
        return "unscored"
    if "modified_since_review" in kinds:
        return "flagged"
    if review_state == "reviewed":
        return "reviewed"
    if kinds - {"unscored"}:
        return "flagged"
    return "scored"


class ScoringPage(ProjectPage):
    key = "scoring"

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self._structure: tuple[str, ...] = ()
        self._items: dict[str, QTreeWidgetItem] = {}
        self._roots: list[Node] = []
        self._summary: Summary | None = None
        self._consolidation = "mean"
        self._conflicted: dict[str, list[str]] = {}  # leaf → "record · field" of its open conflicts
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 2, 4, 4)
        lay.setSpacing(2)
        # A thin bar: the total stays in sight when the result panel is folded away (on a
        # 1366×768 laptop the three columns do not fit side by side).
        bar = QHBoxLayout()
        self.compact_total = ElidedLabel()
        self.compact_total.setObjectName("compactTotal")
        bar.addWidget(self.compact_total, 1)
        self.result_toggle = QToolButton()
        self.result_toggle.setObjectName("resultToggle")
        self.result_toggle.setCheckable(True)
        self.result_toggle.toggled.connect(self._show_result_panel)
        bar.addWidget(self.result_toggle)
        lay.addLayout(bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("scoringSplitter")
        self.splitter.splitterMoved.connect(self._on_splitter_moved)
        lay.addWidget(self.splitter, 1)

        self.tree = QTreeWidget()
        self.tree.setObjectName("scoringTree")
        self.tree.setColumnCount(4)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Figures and states are sized to their contents once (size_columns_once), not on
        # every change: the name column keeps the rest, and nothing jumps while typing.
        self.tree.header().setMinimumSectionSize(24)
        self.tree.header().setResizeContentsPrecision(0)  # sized from the rows on screen, not all 2,000
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.splitter.addWidget(self.tree)

        self.form = LeafForm(window)
        self.form.preview.connect(self._on_preview)
        self.form.navigate.connect(self.advance)
        self.form.tab_before = self.tree
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setWidget(self.form)
        self.splitter.addWidget(self.form_scroll)

        self.summary = SummaryPanel()
        self.summary.consolidation_changed.connect(self._on_consolidation)
        self.summary.flag_requested.connect(self._on_project_flag)
        self.summary.sign_off_requested.connect(self._on_sign_off)
        self.splitter.addWidget(self.summary)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setCollapsible(0, False)
        self.splitter.setCollapsible(1, False)
        self._splitter_placed = False

        self.shortcuts = []
        for seq, step in (("Ctrl+Down", 1), ("Alt+N", 1), ("Ctrl+Up", -1), ("Alt+P", -1)):
            sc = QShortcut(QKeySequence(seq), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda step=step: self.go(step))
            self.shortcuts.append(sc)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Scoring")

    # -- layout: the result panel folds away on a small screen; sizes are remembered --------
    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt name
        if not self._splitter_placed:
            self._place_splitter()
        super().showEvent(event)

    def _place_splitter(self) -> None:
        self._splitter_placed = True
        saved = self.window_.settings.value("scoring/splitter")
        if saved is not None and self.splitter.restoreState(saved):
            self._sync_result_toggle()
            return
        width = max(self.width(), 600)
        if width >= 1150:  # room for all three columns
            self.splitter.setSizes([width * 30 // 100, width * 48 // 100, width * 22 // 100])
        else:  # a laptop: tree and form share the width, the total shows in the bar
            self.splitter.setSizes([width * 48 // 100, width * 52 // 100, 0])
        self._sync_result_toggle()

    def _show_result_panel(self, show: bool) -> None:
        sizes = self.splitter.sizes()
        if show == (sizes[2] > 0):
            return
        width = sum(sizes)
        if show:
            side = max(self.summary.minimumSizeHint().width(), width * 22 // 100)
            rest = max(width - side, 0)
            self.splitter.setSizes([rest * 42 // 100, rest - rest * 42 // 100, side])
        else:
            self.splitter.setSizes([sizes[0], sizes[1] + sizes[2], 0])
        self._on_splitter_moved()

    def _on_splitter_moved(self, *_args: object) -> None:
        self.window_.settings.setValue("scoring/splitter", self.splitter.saveState())
        self._sync_result_toggle()

    def _sync_result_toggle(self) -> None:
        shown = self.splitter.sizes()[2] > 0
        self.result_toggle.blockSignals(True)
        self.result_toggle.setChecked(shown)
        self.result_toggle.blockSignals(False)
        self.result_toggle.setText(self.tr("Hide result ▸") if shown else self.tr("◂ Show result"))
        self.compact_total.setVisible(not shown)

    def _sync_compact_total(self) -> None:
        self.compact_total.setText(self.summary.compact_text())

    def retranslate(self) -> None:
        self._sync_result_toggle()
        self.tree.setHeaderLabels([self.tr("Indicator"), self.tr("Weight"), self.tr("Score"), self.tr("State")])
        self.form.retranslate()
        self.summary.retranslate()
        self.refresh()

    def state_text(self, state: str) -> str:
        return {"unscored": self.tr("Unscored"), "scored": self.tr("Scored"), "flagged": self.tr("Flagged"),
                "reviewed": self.tr("Reviewed")}[state]

    # -- data ------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.project_id:
            return
        if self.defer_if_hidden():
            return
        pid = self.project_id

        me = self.window_.db.evaluator_id

        def load(s: Any) -> tuple[list[Node], Summary, Any, str, dict[str, list[str]], tuple[bool, bool]] | None:
            p = s.get(Project, pid)
            if p is None or p.deleted:
                return None
            roster = load_roster(s, pid)
            cached = self.window_.cached  # shared with the other pages until the data changes
            return (cached(("tree", pid), lambda: load_tree(s, pid)), cached(("summary", pid), lambda: project_summary(s, pid)),
                    project_review(s, pid), p.consolidation or "mean",
                    _conflicted_leaves(s, pid), (roster.may(me, DECIDE), roster.may(me, SIGN_OFF)))

        data = read(self.window_, load)
        if data is None:
            return
        self._roots, self._summary, review, self._consolidation, self._conflicted, rights = data
        self._fill_tree()
        self.summary.show_summary(self._summary, consolidation=self._consolidation)
        self._sync_compact_total()
        self.summary.show_review(review)
        self.summary.consolidation.setEnabled(rights[0])
        for b in (self.summary.downgrade, self.summary.veto):
            b.setEnabled(rights[0])
        self.summary.sign_off.setEnabled(rights[1])
        if not rights[0]:
            self.summary.project_box.setToolTip(self.tr("The project decisions are the team lead's."))
        current = self.current_leaf_id()
        by_leaf = flags_by_leaf(self._summary.flags)
        if current is None:
            first = next(iter_leaves(self._roots), None)
            if first is not None:
                self.select_leaf(first.id)
                return
        self.form.set_leaf(pid, current, by_leaf.get(current or "", []))

    def _fill_tree(self) -> None:
        # Columns 1–3 resize to their contents: measured once after the fill, not per setText.
        with suspended_resize(self.tree.header()):
            self._fill_tree_items()

    def _fill_tree_items(self) -> None:
        sm = self._summary
        assert sm is not None
        structure = tuple(f"{n.id}:{n.name}:{n.weight}" for n in walk(self._roots))
        if structure != self._structure:
            current = self.current_leaf_id()
            self.tree.blockSignals(True)
            self.tree.clear()
            self._items = {}

            right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            bold = QFont()  # what an item's font(0) is until set: the application's font
            bold.setBold(True)

            def make(node: Node) -> QTreeWidgetItem:
                # Built apart from the tree, children added in one call: an item added to a
                # tree item by item tells the view about every row (a third of the fill).
                item = QTreeWidgetItem([node.name, fmt_score(node.weight), "", ""])
                item.setData(0, LEAF_ROLE, node.id if node.is_leaf else None)
                item.setToolTip(0, node.path)
                item.setTextAlignment(1, right)
                item.setTextAlignment(2, right)
                if not node.is_leaf:
                    if node.level == 1:
                        item.setFont(0, bold)
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                self._items[node.id] = item
                if node.children:
                    item.addChildren([make(c) for c in node.children])
                return item

            tops = [make(r) for r in self._roots]
            self._update_items(sm)  # filled before the tree shows them: no change signals per cell
            self.tree.addTopLevelItems(tops)
            self.tree.expandAll()
            self.tree.setProperty("columnsSized", False)  # a new structure: sized again, once
            self._structure = structure
            if current in self._items:
                self.tree.setCurrentItem(self._items[current])
            self.tree.blockSignals(False)
        else:
            self._update_items(sm)
        size_columns_once(self.tree, stretch=0, cap=140)

    def _update_items(self, sm: Summary) -> None:
        """Scores and states of every row (from the summary), into the items."""
        by_leaf = flags_by_leaf(sm.flags)
        rows = {r.id: r for r in sm.level1 + sm.level2 + sm.negative}

        def update(node: Node) -> tuple[int, int]:
            item = self._items.get(node.id)
            if node.is_leaf:
                lr = sm.leaves.get(node.id)
                score = lr.score if lr else None
                state = leaf_state(score, node.review_state, by_leaf.get(node.id, []))
                if item is not None:
                    item.setText(2, fmt_score(score))
                    item.setText(3, f"{STATE_MARKS[state]} {self.state_text(state)}")
                    item.setForeground(3, QBrush(QColor(STATE_COLORS[state])))
                    tips = [f.message for f in by_leaf.get(node.id, [])]
                    if node.id in self._conflicted:  # a conflict outranks every other state
                        item.setText(3, "⚠ " + self.tr("Conflict"))
                        item.setForeground(3, QBrush(QColor("#b00020")))
                        fields = ", ".join(self._conflicted[node.id])
                        tips = [self.tr("Conflicting values: {fields}").format(fields=fields), *tips]
                    item.setToolTip(3, "\n".join(tips))
                    item.setData(3, Qt.ItemDataRole.UserRole, state)
                return (0 if score is None else 1), 1
            done = total = 0
            for c in node.children:
                d, t = update(c)
                done, total = done + d, total + t
            if item is not None:
                row = rows.get(node.id)
                score = row.score if row is not None else None
                item.setText(2, fmt_score(score))
                item.setText(3, self.tr("{done}/{total} scored").format(done=done, total=total))
                item.setForeground(3, QBrush(QColor(STATE_COLORS["scored" if done == total else "unscored"])))
            return done, total

        for r in self._roots:
            update(r)

    # -- navigation --------------------------------------------------------------------
    def current_leaf_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, LEAF_ROLE) if item is not None else None

    def leaf_ids(self) -> list[str]:
        return [n.id for n in iter_leaves(self._roots)]

    def select_leaf(self, leaf_id: str) -> None:
        item = self._items.get(leaf_id)
        if item is not None:
            self.tree.setCurrentItem(item)
            self.tree.scrollToItem(item)

    def go(self, step: int) -> None:
        ids = self.leaf_ids()
        if not ids:
            return
        current = self.current_leaf_id()
        i = ids.index(current) if current in ids else -1
        j = min(max(i + step, 0), len(ids) - 1) if i >= 0 else 0
        if j != i:
            focus_score = self.form.score.hasFocus()
            self.select_leaf(ids[j])
            if focus_score or self.form.isAncestorOf(self.focusWidget() or self):
                self.form.score.setFocus()
                self.form.score.selectAll()

    def advance(self, step: int = 1) -> None:
        """After Enter wrote a score: the next leaf, typing starts at its first field."""
        before = self.current_leaf_id()
        self.go(step)
        if self.current_leaf_id() != before:
            self.form.first_field().setFocus(Qt.FocusReason.TabFocusReason)

    def _on_current_changed(self, cur: QTreeWidgetItem | None, prev: QTreeWidgetItem | None) -> None:
        leaf = cur.data(0, LEAF_ROLE) if cur is not None else None
        if leaf is None:
            return
        if self.form.leaf_id and leaf != self.form.leaf_id and self.form.has_pending():
            ok = self.form.commit_score() and self.form.commit_final()
            if not ok:  # a reason is missing: stay on the leaf so nothing typed is lost
                back = self._items.get(self.form.leaf_id)
                if back is not None:
                    self.tree.blockSignals(True)
                    self.tree.setCurrentItem(back)
                    self.tree.blockSignals(False)
                return
        by_leaf = flags_by_leaf(self._summary.flags) if self._summary else {}
        self.form.set_leaf(self.project_id, leaf, by_leaf.get(leaf, []))
        self.form_scroll.verticalScrollBar().setValue(0)

    # -- preview and project decisions -------------------------------------------------
    def _on_preview(self, score_overrides: dict, final_overrides: dict) -> None:
        if not self.project_id:
            return
        pid = self.project_id
        sm = read(self.window_, lambda s: project_summary(s, pid, score_overrides=score_overrides,
                                                          final_overrides=final_overrides, with_flags=False))
        if self._summary is not None:
            sm.flags = self._summary.flags
        self.summary.show_summary(sm, preview=bool(score_overrides or final_overrides))
        self._sync_compact_total()

    def _on_consolidation(self, method: str) -> None:
        if not self.project_id or method == self._consolidation:
            return
        pid, before = self.project_id, self._consolidation
        push_op(self.window_, self.tr("Consolidation: {method}").format(method=method),
                lambda s: set_consolidation(s, pid, method), lambda s: set_consolidation(s, pid, before))

    def _on_project_flag(self, kind: str) -> None:
        if not self.project_id or self._summary is None:
            return
        pid = self.project_id
        active = self._summary.vetoed if kind == "veto" else self._summary.downgraded
        old_reason = self._summary.reasons.get(kind, "")
        if active:
            push_op(self.window_, self.tr("Lift {kind}").format(kind=kind),
                    lambda s: set_project_flag(s, pid, kind, False),
                    lambda s: set_project_flag(s, pid, kind, True, old_reason))
            return
        prompt = (self.tr("Why is the grade lowered one step (falsified or withheld materials)?") if kind == "downgrade"
                  else self.tr("Which veto event (一票否决) forces the lowest grade?"))
        reason, ok = QInputDialog.getText(self, self.tr("Reason"), prompt)
        if ok and reason.strip():
            push_op(self.window_, self.tr("Set {kind}").format(kind=kind),
                    lambda s: set_project_flag(s, pid, kind, True, reason.strip()),
                    lambda s: set_project_flag(s, pid, kind, False))

    def _on_sign_off(self) -> None:
        if not self.project_id:
            return
        pid, me = self.project_id, self.window_.db.evaluator_id
        state = read(self.window_, lambda s: project_review(s, pid))
        target = "prepared" if state.state == "reviewed" and not state.modified_since else "reviewed"
        holder: dict[str, Any] = {}

        def do(s: Any) -> None:
            holder["before"] = sign_off(s, pid, me, target)

        push_op(self.window_, self.tr("Sign off the project"), do,
                lambda s: restore_sign_off(s, pid, holder["before"]))

    def on_data_changed(self, changes: Changes, initiator: object | None) -> None:
        # Satisfaction rules read live survey rates, so survey answers move proposals too.
        if (changes.scores or changes.framework or changes.evidence or changes.projects or changes.identity
                or changes.surveys or changes.sync):
            self.refresh()

    def set_project(self, project_id: str | None) -> None:
        self._structure = ()
        self.form.leaf_id = None
        self.tree.clear()
        self._items = {}
        super().set_project(project_id)


def _conflicted_leaves(s: Any, project_id: str) -> dict[str, list[str]]:
    """{leaf id: fields of its open conflicts} — of the leaf itself, its scores, its final."""
    out: dict[str, list[str]] = {}
    for c in sync.list_conflicts(s, project_id):
        if c.table == "indicators":
            leaf: str | None = c.row_id
        elif c.table in ("scores", "final_scores"):
            row = s.get(SYNCED_MODELS[c.table], c.row_id)
            leaf = row.indicator_id if row is not None else None
        else:
            continue
        if leaf is not None:
            out.setdefault(leaf, []).append(f"{sync.table_label(c.table)} · {sync.field_label(c.field)}")
    return out
