"""The form for one leaf: criteria, my score, the others' scores and the final decision,
flags, evidence, review — one panel each (this package), stacked.

The form loads the leaf once (``leaf_detail``, notes, whether I am the lead) and hands
each panel its part. Writes are made by the panels, each an undoable step through
``push_op``. While a score or a final is typed, ``preview(score_overrides,
final_overrides)`` is emitted so the summary panel can show the totals with the value
being typed; nothing is written until Enter or leaving the field.
"""
from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from evaltool.errors import NotFoundError
from evaltool.flags import kind_label
from evaltool.review import Note, list_notes
from evaltool.roles import FINAL, SIGN_OFF, load_roster
from evaltool.rules import Proposal
from evaltool.scoring import Flag, LeafDetail, final_id, fmt_score, leaf_detail, score_id
from evaltool.ui.operations import read
from evaltool.ui.scoring.criteria import CriteriaPanel
from evaltool.ui.scoring.fields import LazyLanguageChange
from evaltool.ui.scoring.final import FinalPanel
from evaltool.ui.scoring.my_score import MyScorePanel
from evaltool.ui.scoring.review import ReviewPanel
from evaltool.ui.widgets.conflict_marker import ConflictGuard
from evaltool.ui.widgets.leaf_evidence import LeafEvidencePanel


class LeafForm(QWidget):
    preview = Signal(object, object)  # score_overrides, final_overrides
    navigate = Signal(int)  # -1 previous leaf, +1 next leaf

    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.project_id: str | None = None
        self.leaf_id: str | None = None
        self.detail: LeafDetail | None = None
        self.flags: list[Flag] = []
        self.is_lead = False
        self.may_review = False
        self._notes: list[Note] = []
        # open conflicts of the fields shown (markers; an edit asks which value it replaces)
        self.guard = ConflictGuard(window, self)
        self.tab_before: QWidget | None = None  # the widget Tab comes from (the page's tree)

        lay = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("leafHeading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        lay.addWidget(self.heading)
        self.criteria_box = CriteriaPanel()
        self.criteria_box.rule_requested.connect(self.edit_rule)
        lay.addWidget(self.criteria_box)
        self.mine_box = MyScorePanel(window, self.guard)
        self.mine_box.edited.connect(self._emit_preview)
        self.mine_box.advance.connect(lambda: self.navigate.emit(1))
        lay.addWidget(self.mine_box)
        self.others_box = FinalPanel(window, self.guard)
        self.others_box.edited.connect(self._emit_preview)
        lay.addWidget(self.others_box)

        self.flags_box = QGroupBox()
        fl = QVBoxLayout(self.flags_box)
        self.flag_list = QLabel()
        self.flag_list.setObjectName("leafFlags")
        self.flag_list.setWordWrap(True)
        self.flag_list.setStyleSheet("color: #8a5300;")
        fl.addWidget(self.flag_list)
        lay.addWidget(self.flags_box)

        self.evidence_box = QGroupBox()
        el = QVBoxLayout(self.evidence_box)
        self.evidence_panel = LeafEvidencePanel(window)
        self._lazy = LazyLanguageChange(self.evidence_panel, self.evidence_panel.retranslate)
        el.addWidget(self.evidence_panel)
        lay.addWidget(self.evidence_box)

        self.review_box = ReviewPanel(window)
        lay.addWidget(self.review_box)
        lay.addStretch(1)

        # The fields people type in, under the names the page and the tests use.
        m, o, r = self.mine_box, self.others_box, self.review_box
        self.inputs, self.proposal, self.score, self.reason, self.comment, self.warning = (
            m.inputs, m.proposal, m.score, m.reason, m.comment, m.warning)
        self.others, self.final, self.final_reason, self.final_warning = o.others, o.final, o.final_reason, o.final_warning
        self.review_label, self.review_btn = r.review_label, r.review_btn
        self.retranslate()
        self.setEnabled(False)

    # -- text ----------------------------------------------------------------------
    def retranslate(self) -> None:
        for panel in (self.criteria_box, self.mine_box, self.others_box, self.review_box):
            panel.retranslate()
        self.flags_box.setTitle(self.tr("Flags"))
        self.evidence_box.setTitle(self.tr("Evidence"))
        if self.detail is not None:
            self._fill(self.detail)

    # -- loading -------------------------------------------------------------------
    def set_leaf(self, project_id: str | None, leaf_id: str | None, flags: list[Flag] | None = None) -> None:
        changed = leaf_id != self.leaf_id
        self.project_id, self.leaf_id = project_id, leaf_id
        self.flags = flags or []
        if changed:
            self.mine_box.forget_typing()
            self.others_box.forget_typing()
        self.evidence_panel.set_leaf(project_id, leaf_id)
        self.reload()

    def reload(self) -> None:
        if not self.project_id or not self.leaf_id:
            self.detail = None
            self.setEnabled(False)
            return
        pid, lid, ev = self.project_id, self.leaf_id, self.window_.db.evaluator_id

        def load(s: Any) -> tuple[LeafDetail, list[Note], bool, bool]:
            d = leaf_detail(s, pid, lid, ev)
            notes = list_notes(s, pid, lid)
            roster = load_roster(s, pid)
            return d, notes, roster.may(ev, FINAL), roster.may(ev, SIGN_OFF)

        try:
            d, notes, self.is_lead, self.may_review = read(self.window_, load)
        except NotFoundError:  # the leaf was deleted meanwhile (here or by a sync)
            self.detail = None
            self.setEnabled(False)
            return
        self.guard.load(pid, [lid, final_id(lid)] + ([score_id(lid, ev)] if ev else []))  # this leaf's records
        self.detail = d
        self._notes = notes
        self.setEnabled(True)
        self._fill(d)

    def _fill(self, d: LeafDetail) -> None:
        pid = self.project_id or ""
        neg = self.tr(" (negative indicator, down to {cap})").format(cap=fmt_score(d.cap)) if d.is_negative else ""
        self.heading.setText(f"{d.path.replace('/', ' › ')}  ·  " + self.tr("weight {w}").format(w=fmt_score(d.weight)) + neg)
        self.criteria_box.fill(d, self.is_lead)
        self.mine_box.fill(pid, d)
        self.others_box.fill(pid, d, self.is_lead)
        lines = [f"• {kind_label(f.kind)}: {f.message}" for f in self.flags]
        self.flag_list.setText("\n".join(lines) if lines else self.tr("No flags."))
        self.flag_list.setStyleSheet("color: #8a5300;" if lines else "color: #2e7d32;")
        self.review_box.fill(pid, d, self._notes, self.flags)
        self.review_box.review_btn.setEnabled(self.may_review)  # reviewing a leaf is the lead's
        self.apply_tab_order()

    # -- keyboard ------------------------------------------------------------------------
    def tab_chain(self) -> list[QWidget]:
        """The Tab order after the criteria: rule inputs in order, score, reason, comment,
        then (for the lead) the final decision and the rule editor's button."""
        chain: list[QWidget] = list(self.mine_box.focus_chain())
        if self.is_lead:
            o = self.others_box
            chain += [o.final, o.final_reason, o.set_final_btn, o.follow_btn, self.criteria_box.edit_rule]
        # widgets just built are shown a moment later: only those hidden on purpose stay out
        return [w for w in chain
                if not (w.isHidden() and w.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide))]

    def apply_tab_order(self) -> None:
        chain = self.tab_chain()
        if self.tab_before is not None and chain:
            chain = [self.tab_before, *chain]
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)

    def first_field(self) -> QWidget:
        """Where typing starts on a leaf: its first rule input, else the score."""
        inputs = self.mine_box.inputs.focus_chain()
        return inputs[0] if inputs else self.score

    def edit_rule(self) -> None:
        """The lead edits the leaf's rule (the rule editor; saving is one undo step)."""
        from evaltool.ui.rules.dialog import RuleEditorDialog

        if self.detail is None or not self.project_id:
            return
        RuleEditorDialog(self.window_, self.project_id, self.detail.id, self).exec()

    # -- typing and writing ----------------------------------------------------------
    def current_proposal(self) -> Proposal | None:
        return self.mine_box.current_proposal()

    def _emit_preview(self) -> None:
        if self.detail is None:
            return
        self.preview.emit(self.mine_box.preview_scores(self.window_.db.evaluator_id), self.others_box.preview_finals())

    def has_pending(self) -> bool:
        return self.mine_box.has_pending() or self.others_box.has_pending()

    def commit_score(self) -> bool:
        """Write my score (and inputs, reason, comment); False if it needs a reason first."""
        return self.mine_box.commit_score()

    def commit_final(self) -> bool:
        """Write the lead's final score; False if it is not a number or has no reason."""
        return self.others_box.commit_final()

    def release_final(self) -> None:
        self.others_box.release_final()
