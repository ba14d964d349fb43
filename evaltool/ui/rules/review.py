"""The review list: the rules read from the criteria of every leaf, for the evaluator to
confirm and apply.

One row per leaf: the rule read (or why not), its confidence, what it proposes from the
inputs behind the final score beside the final score itself, and the notes. Rules read
with a confidence of 80 % or more that differ from the leaf's current rule start ticked;
*Apply ticked* gives all the ticked leaves their rules as one undoable step and says how
many scores now depart from them (the flags list them); *Open in the
editor* opens the rule editor for the current row with its suggestion filled in. The
reading itself (``evaltool.criteria.suggest_all``) ran on the window's runner before the
list opened.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaltool.criteria.suggest import Review, Suggestion
from evaltool.flags import Departure, departures
from evaltool.rules import describe, kind_label
from evaltool.scoring import fmt_score
from evaltool.ui.operations import read
from evaltool.ui.operations.rules import apply_rules

C_APPLY, C_LEAF, C_RULE, C_CONF, C_CHECK, C_NOTES = range(6)
TICK_AT = 0.8  # rules read at least this sure start ticked


class SuggestionsDialog(QDialog):
    def __init__(self, window: Any, project_id: str, review: Review, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.window_, self.project_id, self.review = window, project_id, review
        self.applied = 0
        self.departing: list[Departure] = []  # scores departing from the rules just applied
        self.resize(1200, 640)
        lay = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("suggestSummary")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.only_changes = QCheckBox()
        self.only_changes.setObjectName("suggestOnlyChanges")
        self.only_changes.toggled.connect(lambda _on: self._filter())
        lay.addWidget(self.only_changes)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("suggestTable")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setSectionResizeMode(C_RULE, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(C_NOTES, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(C_APPLY, 36)
        self.table.setColumnWidth(C_LEAF, 230)
        self.table.setColumnWidth(C_CONF, 70)
        self.table.setColumnWidth(C_CHECK, 150)
        self.table.itemChanged.connect(lambda _i: self._count_ticked())
        # rows as tall as their wrapped text at the columns' real widths (known once shown)
        hh.sectionResized.connect(lambda *_a: self.table.resizeRowsToContents())
        self.table.cellDoubleClicked.connect(lambda _r, _c: self.open_editor())
        lay.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.tick_sure = QPushButton()
        self.tick_sure.clicked.connect(self.tick_confident)
        self.tick_none = QPushButton()
        self.tick_none.clicked.connect(lambda: self._tick_all(False))
        self.open_btn = QPushButton()
        self.open_btn.setObjectName("suggestOpenEditor")
        self.open_btn.clicked.connect(self.open_editor)
        self.apply_btn = QPushButton()
        self.apply_btn.setObjectName("suggestApply")
        self.apply_btn.clicked.connect(self.apply)
        self.close_btn = QPushButton()
        self.close_btn.clicked.connect(self.accept)
        for b in (self.tick_sure, self.tick_none, self.open_btn):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.apply_btn)
        row.addWidget(self.close_btn)
        lay.addLayout(row)
        self.retranslate()
        self._fill()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Rules read from the criteria"))
        self.only_changes.setText(self.tr("Only leaves whose rule would &change"))
        self.table.setHorizontalHeaderLabels([self.tr("Use"), self.tr("Indicator"), self.tr("Rule read"),
                                              self.tr("Confidence"), self.tr("Proposes / final"),
                                              self.tr("Read from / notes")])
        self.tick_sure.setText(self.tr("&Tick the sure ones"))
        self.tick_none.setText(self.tr("Untick &all"))
        self.open_btn.setText(self.tr("&Open in the editor…"))
        self.apply_btn.setText(self.tr("A&pply ticked"))
        self.close_btn.setText(self.tr("Close"))
        c = self.review.counts()
        self.summary.setText(self.tr(
            "{leaves} leaves: {read} rules read, {expert} expert judgement, {not_read} not read. "
            "Of the {tried} read rules with measured values, {agree} propose the score given and {differ} do not. "
            "Tick the rules to use, then apply them (one undo step).").format(**c))

    # -- the list ------------------------------------------------------------------------
    def _fill(self) -> None:
        self.table.blockSignals(True)
        sugs = self.review.suggestions
        self.table.setRowCount(len(sugs))
        for i, s in enumerate(sugs):
            self._fill_row(i, s)
        self.table.resizeRowsToContents()
        self.table.blockSignals(False)
        self._filter()
        self._count_ticked()

    def _fill_row(self, i: int, s: Suggestion) -> None:
        r = s.reading
        use = QTableWidgetItem()
        usable = r.rule is not None and not s.same_as_current
        if usable:
            use.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            use.setCheckState(Qt.CheckState.Checked if r.confidence >= TICK_AT else Qt.CheckState.Unchecked)
        else:
            use.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        use.setData(Qt.ItemDataRole.UserRole, i)
        self.table.setItem(i, C_APPLY, use)
        leaf = QTableWidgetItem(s.path.replace("/", " › "))
        leaf.setToolTip(s.criteria)
        self.table.setItem(i, C_LEAF, leaf)
        if r.rule is None:
            text = self.tr("Not read")
            color = "#808080"
        else:
            text = f"{kind_label(r.rule['kind'])}: {describe(r.rule, s.weight)}"
            if s.same_as_current:
                text = self.tr("(same as the current rule) ") + text
            color = "#1f4e9a" if r.confidence >= TICK_AT else "#8a5300"
        item = QTableWidgetItem(text)
        item.setForeground(QBrush(QColor(color)))
        self.table.setItem(i, C_RULE, item)
        self.table.setItem(i, C_CONF, QTableWidgetItem(f"{r.confidence:.0%}" if r.rule is not None else ""))
        check = ""
        if s.final_proposed is not None:
            mark = "✓" if s.agrees else "✗"
            check = f"{mark} {fmt_score(s.final_proposed)} / {fmt_score(s.final)}"
        ci = QTableWidgetItem(check)
        if s.agrees is False:
            ci.setForeground(QBrush(QColor("#b00020")))
        self.table.setItem(i, C_CHECK, ci)
        notes = r.reason if r.rule is None else "；".join([r.matched, *r.notes])
        self.table.setItem(i, C_NOTES, QTableWidgetItem(notes))

    def _filter(self) -> None:
        only = self.only_changes.isChecked()
        for i, s in enumerate(self.review.suggestions):
            hide = only and (s.reading.rule is None or s.same_as_current)
            self.table.setRowHidden(i, hide)

    def _tick_all(self, on: bool) -> None:
        self.table.blockSignals(True)
        for i in range(self.table.rowCount()):
            item = self.table.item(i, C_APPLY)
            if item is not None and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.table.blockSignals(False)
        self._count_ticked()

    def tick_confident(self) -> None:
        self.table.blockSignals(True)
        for i, s in enumerate(self.review.suggestions):
            item = self.table.item(i, C_APPLY)
            if item is not None and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(Qt.CheckState.Checked if s.reading.confidence >= TICK_AT else Qt.CheckState.Unchecked)
        self.table.blockSignals(False)
        self._count_ticked()

    def ticked(self) -> list[Suggestion]:
        out = []
        for i, s in enumerate(self.review.suggestions):
            item = self.table.item(i, C_APPLY)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                out.append(s)
        return out

    def _count_ticked(self) -> None:
        n = len(self.ticked())
        self.apply_btn.setEnabled(n > 0)
        self.apply_btn.setToolTip(self.tr("{n} leaves ticked").format(n=n))

    # -- actions --------------------------------------------------------------------------
    def open_editor(self) -> None:
        from evaltool.ui.rules.dialog import RuleEditorDialog

        row = self.table.currentRow()
        if row < 0:
            return
        s = self.review.suggestions[row]
        dlg = RuleEditorDialog(self.window_, self.project_id, s.indicator_id, self, suggestion=s.reading)
        if dlg.exec() and dlg.saved:
            s.current = dlg.current_rule()
            self.table.blockSignals(True)
            self._fill_row(row, s)
            self.table.blockSignals(False)

    def apply(self) -> None:
        todo = self.ticked()
        if not todo:
            return
        rules = [(s.indicator_id, s.reading.rule) for s in todo]
        text = self.tr("Rules read from the criteria ({n} leaves)").format(n=len(rules))
        if apply_rules(self.window_, self.project_id, rules, text):
            self.applied = len(rules)
            pid, ids = self.project_id, {i for i, _r in rules}
            # the scores these rules now disagree with (the flags keep them, with their reasons)
            self.departing = read(self.window_, lambda s: [d for d in departures(s, pid) if d.indicator_id in ids])
            msg = self.tr("{n} rules applied; Ctrl+Z undoes them.").format(n=len(rules))
            if self.departing:
                msg += " " + self.tr("{k} score(s) now depart from their rule: see the flags.").format(
                    k=len(self.departing))
            self.window_.statusBar().showMessage(msg, 10000)
            self.accept()
