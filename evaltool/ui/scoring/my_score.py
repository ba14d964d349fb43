"""My score of a leaf: the rule's inputs and its proposal, the score, the reason for
departing from the proposal, and a comment.

A field is written (one undoable step, ``push_op``) when the user leaves it; Enter in a
rule input, the score or the reason (Ctrl+Enter anywhere, the comment too) writes it and
asks for the next leaf (``advance``). A score that departs from the rule's proposal is not
written until a reason is given (the panel says so in red and moves to the reason field).
``edited`` is emitted while typing, so the form can preview the totals with the value
being typed. Scores are points within the leaf's range (``evaltool.rules.score_bounds``):
0…weight, cap…0 for a negative indicator, 0…its own cap for a bonus outside the 100.
A field in conflict (the same evaluator scored on two laptops) shows a conflict marker,
and writing it first asks which value the new one replaces (``ConflictGuard``).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evaltool.i18n import current_language
from evaltool.rules import Proposal, departs, is_bonus_leaf, propose, score_bounds
from evaltool.scoring import LeafDetail, fmt_score, record_score, restore_score, score_id, score_state
from evaltool.survey import list_surveys
from evaltool.ui.operations import push_op, read
from evaltool.ui.scoring.fields import ScoreHint, UndoPassThrough, read_score
from evaltool.ui.scoring.final_source import final_source_text
from evaltool.ui.scoring.inputs import RuleInputsWidget
from evaltool.ui.widgets.conflict_marker import ConflictGuard, ConflictMarker
from evaltool.ui.widgets.team_panel import show_sync_conflicts

MARKED = ("value", "reason", "comment")  # fields of my score that show a conflict marker


class EnterAdvances(QObject):
    """Enter in a rule input, the score or the reason — and Ctrl+Enter in any field of the
    panel — writes the score and moves on to the next leaf (``MyScorePanel.save_and_advance``)."""

    def __init__(self, panel: MyScorePanel) -> None:
        super().__init__(panel)
        self.panel = panel

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if isinstance(obj, QPlainTextEdit) and not ctrl:
            return False  # a new line in the comment
        if obj in (self.panel.score, self.panel.reason) and not ctrl:
            return False  # their returnPressed does it (after the field's own Enter handling)
        self.panel.save_and_advance()
        return True


class MyScorePanel(QGroupBox):
    edited = Signal()  # a value is being typed: the form previews the totals
    advance = Signal()  # written on Enter: show the next leaf

    def __init__(self, window: Any, guard: ConflictGuard | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.guard = guard
        self.markers: dict[str, ConflictMarker] = {}
        for f in MARKED:
            marker = self.markers[f] = ConflictMarker(window)
            marker.setObjectName(f"conflict_{f}")
            marker.open_sync.connect(lambda m=marker: show_sync_conflicts(self.window_, m.conflict.key if m.conflict else None))
        self.project_id: str | None = None
        self.detail: LeafDetail | None = None
        self._dirty: set[str] = set()  # "inputs", "value", "reason", "comment": typed, not yet written
        self._loading = False
        self._committing = False
        self._shown_prop: float | None = None
        self._filter = UndoPassThrough(self)
        self._filter.left.connect(lambda _field: self._on_comment_left())
        self._enter = EnterAdvances(self)

        ml = QVBoxLayout(self)
        self.inputs = RuleInputsWidget()
        self.inputs.link_choices = self._survey_link_choices
        self.inputs.edited.connect(self._on_inputs_edited)
        self.inputs.committed.connect(self._on_inputs_committed)
        ml.addWidget(self.inputs)
        self.proposal = QLabel()
        self.proposal.setObjectName("proposalLabel")
        self.proposal.setWordWrap(True)
        ml.addWidget(self.proposal)
        form = QFormLayout()
        row = QHBoxLayout()
        self.score = QLineEdit()
        self.score.setObjectName("scoreEdit")
        self.score.setMaximumWidth(120)
        self.score.setMaxLength(40)
        self.score.textEdited.connect(self._on_score_edited)
        self.score.returnPressed.connect(self.save_and_advance)
        self.score.editingFinished.connect(self._on_score_left)
        self.score.installEventFilter(self._filter)
        self.score.installEventFilter(self._enter)
        self.weight_label = QLabel()
        self.use_proposal = QPushButton()
        self.use_proposal.setObjectName("useProposal")
        self.use_proposal.setAutoDefault(False)
        self.use_proposal.clicked.connect(self._take_proposal)
        self.score_hint = ScoreHint()
        self.score_hint.setObjectName("scoreHint")
        row.addWidget(self.score)
        row.addWidget(self.weight_label)
        row.addWidget(self.score_hint)
        row.addWidget(self.use_proposal)
        row.addWidget(self.markers["value"])
        row.addStretch(1)
        self.score_label = QLabel()
        self.score_label.setBuddy(self.score)
        form.addRow(self.score_label, row)
        self.reason = QLineEdit()
        self.reason.setObjectName("reasonEdit")
        self.reason.textEdited.connect(lambda _t: self._dirty.add("reason"))
        self.reason.returnPressed.connect(self.save_and_advance)
        self.reason.editingFinished.connect(self._on_reason_left)
        self.reason.installEventFilter(self._filter)
        self.reason.installEventFilter(self._enter)
        self.reason_label = QLabel()
        self.reason_label.setBuddy(self.reason)
        form.addRow(self.reason_label, _with_marker(self.reason, self.markers["reason"]))
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("commentEdit")
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(90)
        self.comment.textChanged.connect(self._on_comment_changed)
        self.comment.installEventFilter(self._filter)
        self.comment.installEventFilter(self._enter)
        self.comment_label = QLabel()
        self.comment_label.setBuddy(self.comment)
        form.addRow(self.comment_label, _with_marker(self.comment, self.markers["comment"]))
        ml.addLayout(form)
        self.final_source = QLabel()  # where the leaf's final comes from: does my score count?
        self.final_source.setObjectName("finalSource")
        self.final_source.setWordWrap(True)
        self.final_source.setStyleSheet("color: #555;")
        ml.addWidget(self.final_source)
        self.warning = QLabel()
        self.warning.setObjectName("scoreWarning")
        self.warning.setStyleSheet("color: #b00020;")
        self.warning.setWordWrap(True)
        self.warning.hide()
        ml.addWidget(self.warning)

    def retranslate(self) -> None:
        self.setTitle(self.tr("My score"))
        self.score_label.setText(self.tr("Sc&ore"))
        self.reason_label.setText(self.tr("&Reason for departing from the rule"))
        self.comment_label.setText(self.tr("Co&mment"))
        self.use_proposal.setText(self.tr("Use the proposal"))

    # -- showing ---------------------------------------------------------------------
    def forget_typing(self) -> None:
        """Another leaf is shown: what was typed for the previous one is dropped."""
        self._dirty.clear()
        self.warning.hide()

    def fill(self, project_id: str, d: LeafDetail) -> None:
        """Show ``d``; fields with typing not yet written keep it."""
        self.project_id, self.detail = project_id, d
        self._loading = True
        try:
            mine = d.mine
            if "inputs" not in self._dirty:
                self.inputs.set_rule(d.rule, d.weight, mine.inputs if mine else None)
                for w in self.inputs.focus_chain():
                    w.removeEventFilter(self._enter)
                    w.installEventFilter(self._enter)
            if "value" not in self._dirty:
                self.score.setText(fmt_score(mine.value) if mine else "")
            self.score_hint.show_for(self.score.text(), d)
            if "reason" not in self._dirty:
                self.reason.setText(mine.reason if mine else "")
            if "comment" not in self._dirty:
                self.comment.setPlainText(mine.comment if mine else "")
            if is_bonus_leaf(d.rule, d.weight, d.is_negative):
                hi = score_bounds(d.rule, d.weight, d.is_negative, d.cap)[1]
                self.weight_label.setText(self.tr("bonus outside the 100, up to {cap}").format(cap=fmt_score(hi))
                                          if hi != float("inf") else self.tr("bonus outside the 100, no cap"))
            else:
                self.weight_label.setText(self.tr("of {w}").format(w=fmt_score(d.weight)))
            self._show_proposal()
            self.final_source.setText(final_source_text(self.window_, project_id, d))
        finally:
            self._loading = False
        me = self.window_.db.evaluator_id
        for f, marker in self.markers.items():
            key = ("scores", score_id(d.id, me), f) if me else None
            marker.set_conflict(project_id, self.guard.get(key) if self.guard is not None and key else None)

    def has_pending(self) -> bool:
        return bool(self._dirty)

    def preview_scores(self, evaluator_id: str | None) -> dict[tuple[str, str], float | None]:
        """{(leaf, me): the score being typed}, or {} when nothing is typed — or when what is
        typed cannot be stored (not a number, out of range): the totals never show it."""
        if self.detail is None or "value" not in self._dirty or not evaluator_id:
            return {}
        value, error = read_score(self.score.text(), self.detail)
        return {} if error else {(self.detail.id, evaluator_id): value}

    # -- proposal ----------------------------------------------------------------------
    def current_proposal(self) -> Proposal | None:
        d = self.detail
        if d is None or not d.rule:
            return None
        inputs = self.inputs.inputs()
        if "inputs" not in self._dirty and d.proposal is not None:
            return d.proposal
        return propose(d.rule, inputs, d.weight, is_negative=d.is_negative, cap=d.cap)

    def _show_proposal(self) -> None:
        p = self.current_proposal()
        self._shown_prop = p.score if p is not None else None
        self.use_proposal.setVisible(p is not None and p.score is not None)
        if p is None:
            self.proposal.setText("")
            self.proposal.hide()
            return
        self.proposal.show()
        if p.score is None:
            self.proposal.setText(self.tr("No proposal yet: {why}").format(why=p.missing))
        else:
            self.proposal.setText(self.tr("Rule proposes {score}  ({working})").format(
                score=fmt_score(p.score), working=p.working))

    def _survey_link_choices(self) -> list[tuple[str, dict[str, Any]]]:
        """Survey questions with a satisfaction rate, for each group and for all groups."""
        if not self.project_id:
            return []
        pid, lang = self.project_id, current_language()
        out: list[tuple[str, dict[str, Any]]] = []
        for sv in read(self.window_, lambda s: list_surveys(s, pid)):
            for q in sv.questions:
                if not q.has_rate:
                    continue
                for g in [None, *sv.groups]:
                    group = g.name if g else self.tr("all groups")
                    out.append((f"{sv.name} · {group} · {q.label(lang)}",
                                {"survey_id": sv.id, "group_id": g.id if g else None, "question_key": q.key}))
        return out

    def _on_inputs_edited(self) -> None:
        if self._loading or self.detail is None:
            return
        old = self._shown_prop
        self._dirty.add("inputs")
        p = self.current_proposal()
        typed, _error = read_score(self.score.text(), self.detail)
        following = typed is None or (old is not None and not departs(typed, old))
        if following and p is not None and p.score is not None:
            self.score.setText(fmt_score(p.score))
            self._dirty.add("value")
            self.score_hint.show_for(self.score.text(), self.detail)
        self._show_proposal()
        self.edited.emit()

    def _on_inputs_committed(self) -> None:
        if not self._loading and "inputs" in self._dirty:
            self.commit_score()

    def _on_score_edited(self, text: str) -> None:
        self._dirty.add("value")
        error = self.score_hint.show_for(text, self.detail)
        if error:
            self._warn(error)  # said while typing; the totals keep the stored score
        else:
            self.warning.hide()
        self.edited.emit()

    def _take_proposal(self) -> None:
        p = self.current_proposal()
        if p is not None and p.score is not None:
            self.score.setText(fmt_score(p.score))
            self._dirty.add("value")
            self.commit_score()

    # -- writing -------------------------------------------------------------------
    def _on_score_left(self) -> None:
        if not self._loading and "value" in self._dirty and not self.score.hasFocus():
            self.commit_score()

    def _on_reason_left(self) -> None:
        if not self._loading and "reason" in self._dirty and not self.reason.hasFocus():
            self.commit_score()

    def _on_comment_changed(self) -> None:
        if not self._loading:
            self._dirty.add("comment")

    def _on_comment_left(self) -> None:
        if "comment" in self._dirty:
            self.commit_score()

    def commit_score(self) -> bool:
        """Write my score (and inputs, reason, comment); False if it needs a reason first."""
        if self._committing:  # a question box took the focus: the field it left commits again
            return True
        self._committing = True
        try:
            return self._commit_score()
        finally:
            self._committing = False

    def _commit_score(self) -> bool:
        d = self.detail
        ev = self.window_.db.evaluator_id
        if d is None or not self._dirty or not ev or not self.project_id:
            return True
        mine = d.mine
        inputs = self.inputs.inputs() if d.rule and "inputs" in self._dirty else None
        if "value" in self._dirty:
            value, error = read_score(self.score.text(), d)
            if error:
                self._warn(error)
                return False
        else:
            value = mine.value if mine else None
        reason = self.reason.text().strip()
        comment = self.comment.toPlainText()
        prop = self.current_proposal()
        proposed = prop.score if prop is not None else None
        lo, hi = score_bounds(d.rule, d.weight, d.is_negative, d.cap)
        if value is not None and not (lo - 1e-9 <= value <= hi + 1e-9):
            self._warn(self.tr("The score must lie between {lo} and {hi}.").format(lo=fmt_score(lo), hi=fmt_score(hi)))
            return False
        if departs(value, proposed) and not reason:
            self._warn(self.tr("{value} differs from the rule's proposal {proposed}: give a reason, then press Enter.").format(
                value=fmt_score(value), proposed=fmt_score(proposed)))
            self.reason.setFocus()
            return False
        if mine is None and value is None and not comment.strip() and inputs is None:
            self._dirty.clear()
            return True
        pid, lid = self.project_id, d.id
        before = read(self.window_, lambda s: score_state(s, lid, ev))

        def write(s: Any) -> Any:
            return record_score(s, pid, lid, ev, value, comment=comment, reason=reason, inputs=inputs)

        do: Callable[[Any], Any]
        if self.guard is not None and mine is not None:
            sid = score_id(lid, ev)
            edits = [(("scores", sid, f), text) for f, text, old in (
                ("value", fmt_score(value), fmt_score(mine.value)), ("reason", reason, mine.reason),
                ("comment", comment, mine.comment)) if text != old]
            guarded = self.guard.guard_edit(edits, write)
            if guarded is None:  # cancelled: what is stored shows again
                self._dirty.clear()
                self.fill(pid, d)
                return True
            do = guarded
        else:
            do = write
        self.warning.hide()
        self._dirty.clear()
        return push_op(self.window_, self.tr("Score {leaf}").format(leaf=d.name), do,
                       lambda s: restore_score(s, before))

    def save_and_advance(self) -> None:
        """Enter: write what was typed; when it could be written, ask for the next leaf."""
        if self.commit_score():
            self.advance.emit()

    def focus_chain(self) -> list[QWidget]:
        """Rule inputs in order, then score, reason, comment (the Tab order of the panel)."""
        return [*self.inputs.focus_chain(), self.score, self.reason, self.comment, self.use_proposal]

    def _warn(self, text: str) -> None:
        self.warning.setText(text)
        self.warning.show()


def _with_marker(field: QWidget, marker: ConflictMarker) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(field, 1)
    row.addWidget(marker, 0, Qt.AlignmentFlag.AlignTop)
    return row
