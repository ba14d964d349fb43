"""The rule editor: one leaf's rule, checked as it is typed, tried on inputs, and saved as
one undoable step.

Opened from the Framework page (any leaf) and from the scoring form (the lead). It shows
the leaf's criteria text beside the rule; *Suggest from criteria* reads the text
(``evaltool.criteria``) and fills the editor with the rule, the phrase it matched, its
confidence and notes — the evaluator confirms by saving. The check below the editor says
what must be fixed (points that do not add up to the weight, brackets that overlap or
leave a gap, a negative indicator's deductions) and what deserves a look; *Try it* gives
the proposal and its working for inputs (the evaluator's own, when they scored the leaf);
the last line says which scores of the leaf would depart from the rule as it stands.
Ctrl+Z undoes the last edit inside the editor; once saved, Ctrl+Z in the window undoes
the whole change.
"""
from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from evaltool.criteria import Reading, read_criteria
from evaltool.flags import rule_effect
from evaltool.framework import Node, iter_leaves, load_tree
from evaltool.models import Score
from evaltool.rules import describe, is_bonus_leaf, propose, rule_warnings, score_bounds, validate_rule
from evaltool.scoring import fmt_score, score_id
from evaltool.ui.operations import read
from evaltool.ui.operations.rules import set_leaf_rule
from evaltool.ui.rules.form import RuleForm
from evaltool.ui.scoring.inputs import RuleInputsWidget


class RuleEditorDialog(QDialog):
    """Edit the rule of leaf ``indicator_id``; ``saved`` is True once a change was saved."""

    def __init__(self, window: Any, project_id: str, indicator_id: str, parent: QWidget | None = None,
                 suggestion: Reading | None = None) -> None:
        super().__init__(parent or window)
        self.window_, self.project_id, self.indicator_id = window, project_id, indicator_id
        self.saved = False
        self.node: Node = read(window, lambda s: next(n for n in iter_leaves(load_tree(s, project_id))
                                                      if n.id == indicator_id))
        me = window.db.evaluator_id

        def mine(s: Any) -> dict[str, Any] | None:
            sc = s.get(Score, score_id(indicator_id, me)) if me else None
            return copy.deepcopy(sc.inputs) if sc is not None and not sc.deleted and sc.inputs else None

        self._my_inputs = read(window, mine)
        self._history: list[dict[str, Any] | None] = []
        self._last: dict[str, Any] | None = copy.deepcopy(self.node.rule)
        self.resize(820, 700)

        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        lay = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")
        lay.addWidget(self.heading)
        self.criteria_box = QGroupBox()
        cl = QVBoxLayout(self.criteria_box)
        self.criteria = QLabel()
        self.criteria.setObjectName("ruleCriteria")
        self.criteria.setWordWrap(True)
        self.criteria.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        cl.addWidget(self.criteria)
        srow = QHBoxLayout()
        self.suggest_btn = QPushButton()
        self.suggest_btn.setObjectName("suggestRule")
        self.suggest_btn.clicked.connect(self.suggest)
        srow.addWidget(self.suggest_btn)
        srow.addStretch(1)
        cl.addLayout(srow)
        self.suggestion = QLabel()
        self.suggestion.setObjectName("ruleSuggestion")
        self.suggestion.setWordWrap(True)
        self.suggestion.hide()
        cl.addWidget(self.suggestion)
        lay.addWidget(self.criteria_box)

        self.form_box = QGroupBox()
        fl = QVBoxLayout(self.form_box)
        self.form = RuleForm()
        self.form.changed.connect(self._on_changed)
        self.form.committed.connect(self._on_committed)
        fl.addWidget(self.form)
        lay.addWidget(self.form_box)

        self.check = QLabel()
        self.check.setObjectName("ruleCheck")
        self.check.setWordWrap(True)
        lay.addWidget(self.check)
        self.reads = QLabel()
        self.reads.setObjectName("ruleReads")
        self.reads.setWordWrap(True)
        self.reads.setStyleSheet("color: #335;")
        lay.addWidget(self.reads)

        self.try_box = QGroupBox()
        tl = QVBoxLayout(self.try_box)
        self.try_inputs = RuleInputsWidget()
        self.try_inputs.edited.connect(self._show_proposal)
        tl.addWidget(self.try_inputs)
        self.proposal = QLabel()
        self.proposal.setObjectName("ruleTryProposal")
        self.proposal.setWordWrap(True)
        tl.addWidget(self.proposal)
        lay.addWidget(self.try_box)
        self.effects = QLabel()
        self.effects.setObjectName("ruleEffects")
        self.effects.setWordWrap(True)
        lay.addWidget(self.effects)
        lay.addStretch(1)

        brow = QHBoxLayout()
        self.undo_btn = QPushButton()
        self.undo_btn.setObjectName("ruleUndoEdit")
        self.undo_btn.clicked.connect(self.undo_edit)
        brow.addWidget(self.undo_btn)
        brow.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        brow.addWidget(self.buttons)
        outer.addLayout(brow)
        self._undo_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        self._undo_key.activated.connect(self.undo_edit)

        self._effect_timer = QTimer(self, singleShot=True, interval=250)
        self._effect_timer.timeout.connect(self._show_effects)
        self.retranslate()
        self.form.set_rule(self.node.rule)
        if suggestion is not None:
            self._take(suggestion)
        self._refresh()

    # -- texts -------------------------------------------------------------------------
    def retranslate(self) -> None:
        n = self.node
        self.setWindowTitle(self.tr("Rule of “{leaf}”").format(leaf=n.name))
        extra = ""
        if n.is_negative:
            extra = " · " + self.tr("negative indicator, down to {cap}").format(cap=fmt_score(n.cap))
        self.heading.setText(f"{n.path.replace('/', ' › ')}  ·  " + self.tr("weight {w}").format(w=fmt_score(n.weight)) + extra)
        self.criteria_box.setTitle(self.tr("Scoring criteria (评分标准)"))
        self.criteria.setText(n.criteria or self.tr("(no criteria written for this leaf)"))
        self.suggest_btn.setText(self.tr("Suggest from &criteria"))
        self.suggest_btn.setEnabled(bool(n.criteria.strip()))
        self.form_box.setTitle(self.tr("Rule"))
        self.try_box.setTitle(self.tr("Try it"))
        self.undo_btn.setText(self.tr("&Undo edit"))

    # -- suggestions ---------------------------------------------------------------------
    def suggest(self) -> None:
        n = self.node
        self._take(read_criteria(n.criteria, description=n.description, weight=n.weight, is_negative=n.is_negative,
                                 cap=n.cap))

    def _take(self, reading: Reading) -> None:
        self.suggestion.show()
        if reading.rule is None:
            self.suggestion.setStyleSheet("color: #8a5300;")
            self.suggestion.setText(self.tr("Not read: {reason}").format(reason=reading.reason))
            return
        self._remember()
        self.form.set_rule(reading.rule)
        text = self.tr("Read from “{matched}” — confidence {c:.0%}. Check it, then save.").format(
            matched=reading.matched, c=reading.confidence)
        if reading.notes:
            text += "\n" + "\n".join(f"• {x}" for x in reading.notes)
        self.suggestion.setStyleSheet("color: #1f4e9a;" if reading.confidence >= 0.8 else "color: #8a5300;")
        self.suggestion.setText(text)
        self._last = copy.deepcopy(self.form.rule())
        self._refresh()

    # -- checking and trying ---------------------------------------------------------------
    def current_rule(self) -> dict[str, Any] | None:
        return self.form.rule()

    def problems(self) -> list[str]:
        rule = self.form.rule()
        n = self.node
        return list(self.form.problems) + validate_rule(rule, n.weight, is_negative=n.is_negative, cap=n.cap)

    def _on_changed(self) -> None:
        self._refresh(effects=False)

    def _on_committed(self) -> None:
        self._remember()
        self._refresh()

    def _remember(self) -> None:
        now = self.form.rule()
        if now != self._last:
            self._history.append(copy.deepcopy(self._last))
            self._last = copy.deepcopy(now)
        self.undo_btn.setEnabled(bool(self._history))

    def undo_edit(self) -> None:
        if not self._history:
            return
        prev = self._history.pop()
        self.form.set_rule(prev)
        self._last = copy.deepcopy(prev)
        self.undo_btn.setEnabled(bool(self._history))
        self._refresh()

    def _refresh(self, effects: bool = True) -> None:
        n = self.node
        rule = self.form.rule()
        problems = list(self.form.problems) + validate_rule(rule, n.weight, is_negative=n.is_negative, cap=n.cap)
        warnings = rule_warnings(rule, n.weight, is_negative=n.is_negative, cap=n.cap)
        lines = [f"✗ {p}" for p in problems] + [f"⚠ {w}" for w in warnings]
        total = self._total_line(rule)
        if total:
            lines.insert(0, total)
        if not problems and rule is not None:
            lines.append("✓ " + self.tr("The rule can be used."))
        self.check.setText("\n".join(lines))
        self.check.setStyleSheet("color: #b00020;" if problems else ("color: #8a5300;" if warnings else "color: #2e7d32;"))
        self.reads.setText(self.tr("Reads: {text}").format(
            text=describe(rule, n.weight, is_negative=n.is_negative, cap=n.cap)))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not problems)
        self.try_box.setVisible(rule is not None and not problems)
        if rule is not None and not problems:
            self.try_inputs.set_rule(rule, n.weight, self._my_inputs)
            self._show_proposal()
        if effects:
            self._effect_timer.start()

    def _total_line(self, rule: dict[str, Any] | None) -> str:
        n = self.node
        if not rule:
            return ""
        if rule.get("kind") == "checklist":
            total = sum(float(p.get("score") or 0) for p in rule.get("points") or [] if isinstance(p.get("score"), (int, float)))
            return self.tr("The points add up to {total} of the weight {weight}.").format(
                total=fmt_score(total), weight=fmt_score(n.weight))
        if is_bonus_leaf(rule, n.weight, n.is_negative):
            hi = score_bounds(rule, n.weight, n.is_negative, n.cap)[1]
            return self.tr("A bonus outside the 100 points: 0 up to {cap}.").format(
                cap=fmt_score(hi) if hi != float("inf") else self.tr("no cap"))
        return ""

    def _show_proposal(self) -> None:
        rule = self.form.rule()
        n = self.node
        p = propose(rule, self.try_inputs.inputs(), n.weight, is_negative=n.is_negative, cap=n.cap)
        if p.score is None:
            self.proposal.setText(self.tr("No proposal yet: {why}").format(why=p.missing))
        else:
            self.proposal.setText(self.tr("Proposes {score}  ({working})").format(score=fmt_score(p.score), working=p.working))

    def _show_effects(self) -> None:
        rule = self.form.rule()
        if self.form.problems or (rule is not None and validate_rule(rule, self.node.weight, is_negative=self.node.is_negative,
                                                                      cap=self.node.cap)):
            self.effects.setText("")
            return
        pid, lid = self.project_id, self.indicator_id
        effect = read(self.window_, lambda s: rule_effect(s, pid, lid, rule))
        if not effect.after:
            self.effects.setStyleSheet("color: #2e7d32;")
            self.effects.setText(self.tr("No score of this leaf departs from this rule.") if rule else "")
            return
        self.effects.setStyleSheet("color: #8a5300;")
        head = self.tr("{n} score(s) of this leaf depart from this rule:").format(n=len(effect.after))
        self.effects.setText(head + "\n" + "\n".join(f"• {d.message()}" for d in effect.after[:6]))

    # -- saving --------------------------------------------------------------------------------
    def save(self) -> None:
        rule = self.form.rule()
        if self.problems():
            return
        if rule == self.node.rule:
            self.accept()
            return
        text = self.tr("Rule of {leaf}").format(leaf=self.node.name)
        if set_leaf_rule(self.window_, self.project_id, self.indicator_id, rule, copy.deepcopy(self.node.rule), text):
            self.saved = True
            self.accept()
