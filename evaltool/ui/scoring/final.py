"""The evaluators' scores of a leaf beside the final decision.

The lead sees every evaluator's score, what the rule proposes for each, and sets the
final score with a written reason, or hands the leaf back to the project's consolidation
(mean / median of the evaluators). Other evaluators see only how the final is reached.
A final decision in conflict (two leads decided on two laptops) shows a conflict marker,
and writing it first asks which value the new one replaces.
Each decision is one undoable step (``push_op``); ``edited`` is emitted while a final
score is typed, so the form can preview the totals with it.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaltool.scoring import LeafDetail, final_id, final_state, fmt_score, release_final, restore_final, set_final
from evaltool.ui.operations import push_op, read
from evaltool.ui.scoring.fields import ScoreHint, UndoPassThrough, read_score
from evaltool.ui.widgets.conflict_marker import ConflictGuard, ConflictMarker
from evaltool.ui.widgets.team_panel import show_sync_conflicts


class FinalPanel(QGroupBox):
    edited = Signal()  # a final score is being typed: the form previews the totals

    def __init__(self, window: Any, guard: ConflictGuard | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.guard = guard
        self.markers: dict[str, ConflictMarker] = {}
        for f in ("value", "reason"):
            marker = self.markers[f] = ConflictMarker(window)
            marker.setObjectName(f"conflict_final_{f}")
            marker.open_sync.connect(lambda m=marker: show_sync_conflicts(self.window_, m.conflict.key if m.conflict else None))
        self.project_id: str | None = None
        self.detail: LeafDetail | None = None
        self.is_lead = False
        self._final_dirty = False
        self._committing = False
        self._filter = UndoPassThrough(self)

        ol = QVBoxLayout(self)
        self.others = QTableWidget(0, 4)
        self.others.setObjectName("othersTable")
        self.others.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.others.verticalHeader().setVisible(False)
        self.others.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.others.horizontalHeader().setStretchLastSection(True)
        self.others.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        ol.addWidget(self.others)
        self.final_state = QLabel()
        self.final_state.setWordWrap(True)
        ol.addWidget(self.final_state)
        frow = QHBoxLayout()
        self.final = QLineEdit()
        self.final.setObjectName("finalEdit")
        self.final.setMaximumWidth(120)
        self.final.setMaxLength(40)
        self.final_hint = ScoreHint()
        self.final_hint.setObjectName("finalHint")
        self.final.textEdited.connect(self._on_final_edited)
        self.final.returnPressed.connect(self.commit_final)
        self.final.installEventFilter(self._filter)
        self.final_reason = QLineEdit()
        self.final_reason.setObjectName("finalReasonEdit")
        self.final_reason.returnPressed.connect(self.commit_final)
        self.final_reason.installEventFilter(self._filter)
        self.set_final_btn = QPushButton()
        self.set_final_btn.setObjectName("setFinal")
        self.set_final_btn.clicked.connect(self.commit_final)
        self.follow_btn = QPushButton()
        self.follow_btn.setObjectName("followConsolidation")
        self.follow_btn.clicked.connect(self.release_final)
        self.final_label = QLabel()
        self.final_label.setBuddy(self.final)
        frow.addWidget(self.final_label)
        frow.addWidget(self.final)
        frow.addWidget(self.final_hint)
        frow.addWidget(self.final_reason, 1)
        frow.addWidget(self.set_final_btn)
        frow.addWidget(self.follow_btn)
        ol.addLayout(frow)
        # the final's conflicts on a line of their own (shown to everyone: a conflict is no secret)
        crow = QHBoxLayout()
        self.conflict_label = QLabel()
        self.conflict_label.setStyleSheet("color: #b00020;")
        crow.addWidget(self.conflict_label)
        crow.addWidget(self.markers["value"])
        crow.addWidget(self.markers["reason"])
        crow.addStretch(1)
        ol.addLayout(crow)
        self.final_warning = QLabel()
        self.final_warning.setStyleSheet("color: #b00020;")
        self.final_warning.setWordWrap(True)
        self.final_warning.hide()
        ol.addWidget(self.final_warning)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Evaluators and final decision"))
        self.others.setHorizontalHeaderLabels([self.tr("Evaluator"), self.tr("Score"), self.tr("Rule proposes"),
                                               self.tr("Reason / comment")])
        self.final_label.setText(self.tr("Fin&al"))
        self.final_reason.setPlaceholderText(self.tr("Reason for the final score (required)"))
        self.set_final_btn.setText(self.tr("Set final"))
        self.follow_btn.setText(self.tr("Follow the consolidation"))
        self.conflict_label.setText(self.tr("Values kept from two laptops:"))
        self.markers["value"].label = self.tr("final score")
        self.markers["reason"].label = self.tr("reason")
        for m in self.markers.values():
            m.retranslate()

    # -- showing ---------------------------------------------------------------------
    def forget_typing(self) -> None:
        """Another leaf is shown: a final score typed for the previous one is dropped."""
        self._final_dirty = False
        self.final_warning.hide()

    def fill(self, project_id: str, d: LeafDetail, is_lead: bool) -> None:
        """Show ``d`` (the decision fields only to the lead); typing not yet written stays."""
        self.project_id, self.detail, self.is_lead = project_id, d, is_lead
        self.setVisible(True)
        rows = ([d.mine] if d.mine else []) + d.others
        self.others.setRowCount(len(rows))
        for i, e in enumerate(rows):
            name = e.name + (" " + self.tr("(me)") if d.mine is e else "")
            note = "；".join(x for x in (e.reason, e.comment) if x)
            for j, val in enumerate((name, fmt_score(e.value), fmt_score(e.proposed), note[:80])):
                item = QTableWidgetItem(val)
                item.setToolTip(note)
                self.others.setItem(i, j, item)
        self.others.setFixedHeight(self.others.horizontalHeader().height() + 4 + sum(
            self.others.rowHeight(i) for i in range(len(rows))))
        self.others.setVisible(self.is_lead or not rows)
        if d.final_method == "set" and d.final is not None:
            text = self.tr("Final {value}, set by the lead: {reason}").format(value=fmt_score(d.final), reason=d.final_reason)
        else:
            text = self.tr("Final follows the project's consolidation of the evaluators' scores.")
        self.final_state.setText(text)
        for w in (self.final, self.final_hint, self.final_reason, self.set_final_btn, self.follow_btn, self.final_label):
            w.setVisible(self.is_lead)
        self.follow_btn.setEnabled(d.final_method == "set")
        if not self._final_dirty:
            self.final.setText(fmt_score(d.final) if d.final_method == "set" else "")
            self.final_reason.setText(d.final_reason if d.final_method == "set" else "")
        self.final_hint.show_for(self.final.text(), d)
        for f, marker in self.markers.items():
            marker.set_conflict(project_id, self.guard.get(("final_scores", final_id(d.id), f))
                                if self.guard is not None else None)
        self.conflict_label.setVisible(any(m.conflict is not None for m in self.markers.values()))

    def has_pending(self) -> bool:
        return self._final_dirty

    def preview_finals(self) -> dict[str, float | None]:
        """{leaf: the final score being typed}, or {} when none is typed or what is typed
        cannot be stored (not a number, out of range): the totals never show it."""
        value, _error = read_score(self.final.text(), self.detail)
        if self.detail is None or not self._final_dirty or value is None:
            return {}
        return {self.detail.id: value}

    def _on_final_edited(self, text: str) -> None:
        self._final_dirty = True
        error = self.final_hint.show_for(text, self.detail)
        self.final_warning.setText(error)
        self.final_warning.setVisible(bool(error))  # said while typing; the totals keep the stored final
        self.edited.emit()

    # -- writing -------------------------------------------------------------------
    def commit_final(self) -> bool:
        """Write the lead's final score; False (with a message) if it is not a number or has no reason."""
        if self._committing:  # a question box took the focus: the field it left commits again
            return True
        self._committing = True
        try:
            return self._commit_final()
        finally:
            self._committing = False

    def _commit_final(self) -> bool:
        d = self.detail
        if d is None or not self.project_id:
            return True
        text = self.final.text().strip()
        value, error = read_score(text, d)
        if value is None:
            if error:
                self.final_warning.setText(error)
                self.final_warning.show()
                return False
            self._final_dirty = False
            return True
        reason = self.final_reason.text().strip()
        if not reason:
            self.final_warning.setText(self.tr("The lead's final score needs a reason."))
            self.final_warning.show()
            self.final_reason.setFocus()
            return False
        if d.final_method == "set" and d.final == value and d.final_reason == reason:
            self._final_dirty = False
            return True
        pid, lid, me = self.project_id, d.id, self.window_.db.evaluator_id
        before = read(self.window_, lambda s: final_state(s, lid))

        def write(s: Any) -> Any:
            return set_final(s, pid, lid, value, reason=reason, decided_by=me)

        do: Callable[[Any], Any]
        if self.guard is not None:
            fid = final_id(lid)
            edits = [(("final_scores", fid, f), text) for f, text, old in (
                ("value", fmt_score(value), fmt_score(d.final)), ("reason", reason, d.final_reason)) if text != old]
            guarded = self.guard.guard_edit(edits, write)
            if guarded is None:  # cancelled: the stored decision shows again
                self._final_dirty = False
                self.fill(pid, d, self.is_lead)
                return True
            do = guarded
        else:
            do = write
        self._final_dirty = False
        self.final_warning.hide()
        return push_op(self.window_, self.tr("Final score of {leaf}").format(leaf=d.name), do,
                       lambda s: restore_final(s, before))

    def release_final(self) -> None:
        """Hand the leaf back to the project's consolidation of the evaluators' scores."""
        d = self.detail
        if d is None or not self.project_id:
            return
        pid, lid, me = self.project_id, d.id, self.window_.db.evaluator_id
        before = read(self.window_, lambda s: final_state(s, lid))
        self._final_dirty = False
        push_op(self.window_, self.tr("Final of {leaf} follows the consolidation").format(leaf=d.name),
                lambda s: release_final(s, pid, lid, me), lambda s: restore_final(s, before))
