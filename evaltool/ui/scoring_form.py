"""The form for one leaf: criteria, rule inputs, proposal, my score, others, final, review.

Writes go through ``push_op`` (undoable, one commit each). A field is written when
the user presses Enter or leaves it; a score that departs from the rule's
proposal is not written until a reason is given (the form says so in red and moves
to the reason field). While typing, ``preview`` is emitted so the summary panel can
show the totals with the value being typed.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QDoubleValidator, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaltool.audit import leaf_audit
from evaltool.flags import kind_label
from evaltool.review import add_note, list_notes, resolve_note, restore_review_state, set_review_state
from evaltool.rules import departs, propose
from evaltool.scoring import (
    LeafDetail,
    final_state,
    fmt_score,
    leaf_detail,
    record_score,
    release_final,
    restore_final,
    restore_score,
    score_state,
    set_final,
)
from evaltool.ui.operations import push_op, read, run_op
from evaltool.ui.scoring_inputs import RuleInputsWidget


def parse_value(text: str) -> float | None:
    text = text.strip().replace("，", ".").replace(",", ".")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        return None


class _UndoPassThrough(QObject):
    """Ctrl+Z in a field with nothing of its own to undo reaches the window's undo stack."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ShortcutOverride and (
                event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)):
            local = obj.isUndoAvailable() if event.matches(QKeySequence.StandardKey.Undo) else obj.isRedoAvailable()
            if not local:
                event.ignore()
                return True
        if event.type() == QEvent.Type.FocusOut and isinstance(obj, QPlainTextEdit):
            obj.parent_form._on_comment_left()  # type: ignore[attr-defined]
        return False


class _LazyLanguageChange(QObject):
    """Retranslates the embedded evidence panel when it is shown, not while it is hidden.

    The panel re-reads the database on a language change; hidden (another page
    shown, or the window closing) it need not, and must not touch a database that
    may already be closed.
    """

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self.pending = False
        target.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and not obj.isVisible():
            self.pending = True
            return True
        if event.type() == QEvent.Type.Show and self.pending:
            self.pending = False
            obj.retranslate()  # type: ignore[attr-defined]
        return False


class AuditDialog(QDialog):
    def __init__(self, parent: QWidget, title: str, entries: list[Any]) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        lay = QVBoxLayout(self)
        t = QTableWidget(len(entries), 5)
        t.setObjectName("auditTable")
        t.setHorizontalHeaderLabels([self.tr("When (UTC)"), self.tr("Who"), self.tr("What"),
                                     self.tr("Old value"), self.tr("New value")])
        what = {"score": self.tr("score of {name}"), "final": self.tr("final decision"), "leaf": self.tr("leaf")}
        for i, e in enumerate(entries):
            subject = what.get(e.what, e.what).format(name=e.subject)
            for j, val in enumerate((e.when.replace("T", " ")[:19], e.who, f"{subject}: {e.field}",
                                     _short(e.old), _short(e.new))):
                t.setItem(i, j, QTableWidgetItem(val))
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        lay.addWidget(t)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)
        self.table = t
        self.resize(900, 420)


def _short(v: Any) -> str:
    import json

    if v is None:
        return "—"
    text = v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)
    return text if len(text) <= 80 else text[:77] + "…"


class LeafForm(QWidget):
    preview = Signal(object, object)  # score_overrides, final_overrides
    navigate = Signal(int)  # -1 previous leaf, +1 next leaf

    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.project_id: str | None = None
        self.leaf_id: str | None = None
        self.detail: LeafDetail | None = None
        self.flags: list[Any] = []
        self.is_lead = False
        self._dirty: set[str] = set()
        self._final_dirty = False
        self._loading = False
        self._filter = _UndoPassThrough(self)

        lay = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("leafHeading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        lay.addWidget(self.heading)
        self.criteria_box = QGroupBox()
        cl = QVBoxLayout(self.criteria_box)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.criteria = QLabel()
        self.criteria.setWordWrap(True)
        self.criteria.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rule_text = QLabel()
        self.rule_text.setObjectName("ruleText")
        self.rule_text.setWordWrap(True)
        self.rule_text.setStyleSheet("color: #335;")
        for w in (self.description, self.criteria, self.rule_text):
            cl.addWidget(w)
        lay.addWidget(self.criteria_box)

        self.mine_box = QGroupBox()
        ml = QVBoxLayout(self.mine_box)
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
        self.score.setValidator(QDoubleValidator(-1e6, 1e6, 3, self.score))
        self.score.setMaximumWidth(120)
        self.score.textEdited.connect(self._on_score_edited)
        self.score.returnPressed.connect(self.commit_score)
        self.score.editingFinished.connect(self._on_score_left)
        self.score.installEventFilter(self._filter)
        self.weight_label = QLabel()
        self.use_proposal = QPushButton()
        self.use_proposal.setObjectName("useProposal")
        self.use_proposal.clicked.connect(self._take_proposal)
        row.addWidget(self.score)
        row.addWidget(self.weight_label)
        row.addWidget(self.use_proposal)
        row.addStretch(1)
        self.score_label = QLabel()
        self.score_label.setBuddy(self.score)
        form.addRow(self.score_label, row)
        self.reason = QLineEdit()
        self.reason.setObjectName("reasonEdit")
        self.reason.textEdited.connect(lambda _t: self._dirty.add("reason"))
        self.reason.returnPressed.connect(self.commit_score)
        self.reason.editingFinished.connect(self._on_reason_left)
        self.reason.installEventFilter(self._filter)
        self.reason_label = QLabel()
        self.reason_label.setBuddy(self.reason)
        form.addRow(self.reason_label, self.reason)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("commentEdit")
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(90)
        self.comment.parent_form = self  # type: ignore[attr-defined]
        self.comment.textChanged.connect(self._on_comment_changed)
        self.comment.installEventFilter(self._filter)
        self.comment_label = QLabel()
        self.comment_label.setBuddy(self.comment)
        form.addRow(self.comment_label, self.comment)
        ml.addLayout(form)
        self.warning = QLabel()
        self.warning.setObjectName("scoreWarning")
        self.warning.setStyleSheet("color: #b00020;")
        self.warning.setWordWrap(True)
        self.warning.hide()
        ml.addWidget(self.warning)
        lay.addWidget(self.mine_box)

        self.others_box = QGroupBox()
        ol = QVBoxLayout(self.others_box)
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
        self.final.setValidator(QDoubleValidator(-1e6, 1e6, 3, self.final))
        self.final.setMaximumWidth(120)
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
        frow.addWidget(self.final_reason, 1)
        frow.addWidget(self.set_final_btn)
        frow.addWidget(self.follow_btn)
        ol.addLayout(frow)
        self.final_warning = QLabel()
        self.final_warning.setStyleSheet("color: #b00020;")
        self.final_warning.hide()
        ol.addWidget(self.final_warning)
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
        self.evidence_panel: Any = None
        try:
            from evaltool.ui.widgets.leaf_evidence import LeafEvidencePanel

            self.evidence_panel = LeafEvidencePanel(window)
            self._lazy = _LazyLanguageChange(self.evidence_panel)
            el.addWidget(self.evidence_panel)
        except ImportError:  # the evidence area is not installed: say so instead of failing
            self.evidence_missing = QLabel()
            el.addWidget(self.evidence_missing)
        lay.addWidget(self.evidence_box)

        self.review_box = QGroupBox()
        rl = QVBoxLayout(self.review_box)
        rrow = QHBoxLayout()
        self.review_label = QLabel()
        self.review_label.setObjectName("reviewState")
        self.review_btn = QPushButton()
        self.review_btn.setObjectName("reviewButton")
        self.review_btn.clicked.connect(self.toggle_review)
        self.audit_btn = QPushButton()
        self.audit_btn.setObjectName("auditButton")
        self.audit_btn.clicked.connect(self.show_audit)
        rrow.addWidget(self.review_label, 1)
        rrow.addWidget(self.review_btn)
        rrow.addWidget(self.audit_btn)
        rl.addLayout(rrow)
        self.notes = QListWidget()
        self.notes.setObjectName("reviewNotes")
        self.notes.setMaximumHeight(90)
        self.notes.itemChanged.connect(self._on_note_changed)
        rl.addWidget(self.notes)
        nrow = QHBoxLayout()
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.returnPressed.connect(self.add_note)
        self.note_btn = QPushButton()
        self.note_btn.clicked.connect(self.add_note)
        nrow.addWidget(self.note_edit, 1)
        nrow.addWidget(self.note_btn)
        rl.addLayout(nrow)
        lay.addWidget(self.review_box)
        lay.addStretch(1)
        self.retranslate()
        self.setEnabled(False)

    # -- text ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.criteria_box.setTitle(self.tr("Assessment points and criteria"))
        self.mine_box.setTitle(self.tr("My score"))
        self.score_label.setText(self.tr("&Score"))
        self.reason_label.setText(self.tr("&Reason for departing from the rule"))
        self.comment_label.setText(self.tr("&Comment"))
        self.use_proposal.setText(self.tr("Use the proposal"))
        self.others_box.setTitle(self.tr("Evaluators and final decision"))
        self.others.setHorizontalHeaderLabels([self.tr("Evaluator"), self.tr("Score"), self.tr("Rule proposes"),
                                               self.tr("Reason / comment")])
        self.final_label.setText(self.tr("&Final"))
        self.final_reason.setPlaceholderText(self.tr("Reason for the final score (required)"))
        self.set_final_btn.setText(self.tr("Set final"))
        self.follow_btn.setText(self.tr("Follow the consolidation"))
        self.flags_box.setTitle(self.tr("Flags"))
        self.evidence_box.setTitle(self.tr("Evidence"))
        if self.evidence_panel is None:
            self.evidence_missing.setText(self.tr("Evidence linking is not available in this build."))
        self.review_box.setTitle(self.tr("Review"))
        self.audit_btn.setText(self.tr("History…"))
        self.note_edit.setPlaceholderText(self.tr("Review note for this leaf"))
        self.note_btn.setText(self.tr("Add note"))
        if self.detail is not None:
            self._fill(self.detail)

    # -- loading -------------------------------------------------------------------
    def set_leaf(self, project_id: str | None, leaf_id: str | None, flags: list[Any] | None = None) -> None:
        changed = leaf_id != self.leaf_id
        self.project_id, self.leaf_id = project_id, leaf_id
        self.flags = flags or []
        if changed:
            self._dirty.clear()
            self._final_dirty = False
            self.warning.hide()
            self.final_warning.hide()
        if self.evidence_panel is not None:
            self.evidence_panel.set_leaf(project_id, leaf_id)
        self.reload()

    def reload(self) -> None:
        if not self.project_id or not self.leaf_id:
            self.detail = None
            self.setEnabled(False)
            return
        pid, lid, ev = self.project_id, self.leaf_id, self.window_.db.evaluator_id

        def load(s: Any) -> tuple[LeafDetail, list[Any], bool]:
            from evaltool.models import Evaluator, ProjectMember

            d = leaf_detail(s, pid, lid, ev)
            notes = list_notes(s, pid, lid)
            me = s.get(Evaluator, ev) if ev else None
            member = s.query(ProjectMember).filter_by(project_id=pid, evaluator_id=ev, deleted=False).first() if ev else None
            lead = (member.role == "lead") if member is not None else bool(me is not None and me.role == "lead")
            return d, notes, lead

        try:
            d, notes, self.is_lead = read(self.window_, load)
        except Exception:  # noqa: BLE001 - the leaf was deleted meanwhile
            self.detail = None
            self.setEnabled(False)
            return
        self.detail = d
        self._notes = notes
        self.setEnabled(True)
        self._fill(d)

    def _fill(self, d: LeafDetail) -> None:
        self._loading = True
        try:
            neg = self.tr(" (negative indicator, down to {cap})").format(cap=fmt_score(d.cap)) if d.is_negative else ""
            self.heading.setText(f"{d.path.replace('/', ' › ')}  ·  " + self.tr("weight {w}").format(w=fmt_score(d.weight)) + neg)
            self.description.setText(d.description or self.tr("(no assessment points written)"))
            self.criteria.setText(self.tr("Criteria: {text}").format(text=d.criteria) if d.criteria else "")
            self.criteria.setVisible(bool(d.criteria))
            self.rule_text.setText(self.tr("Rule: {text}").format(text=d.rule_text) if d.rule else
                                   self.tr("No structured rule: score by hand."))
            mine = d.mine
            if "inputs" not in self._dirty:
                self.inputs.set_rule(d.rule, d.weight, mine.inputs if mine else None)
            if "value" not in self._dirty:
                self.score.setText(fmt_score(mine.value) if mine else "")
            if "reason" not in self._dirty:
                self.reason.setText(mine.reason if mine else "")
            if "comment" not in self._dirty:
                self.comment.setPlainText(mine.comment if mine else "")
            self.weight_label.setText(self.tr("of {w}").format(w=fmt_score(d.weight)))
            self._show_proposal()
            self._fill_others(d)
            self._fill_flags()
            self._fill_review(d)
        finally:
            self._loading = False

    def _fill_others(self, d: LeafDetail) -> None:
        self.others_box.setVisible(True)
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
        for w in (self.final, self.final_reason, self.set_final_btn, self.follow_btn, self.final_label):
            w.setVisible(self.is_lead)
        self.follow_btn.setEnabled(d.final_method == "set")
        if not self._final_dirty:
            self.final.setText(fmt_score(d.final) if d.final_method == "set" else "")
            self.final_reason.setText(d.final_reason if d.final_method == "set" else "")

    def _fill_flags(self) -> None:
        lines = [f"• {kind_label(f.kind)}: {f.message}" for f in self.flags]
        self.flag_list.setText("\n".join(lines) if lines else self.tr("No flags."))
        self.flag_list.setStyleSheet("color: #8a5300;" if lines else "color: #2e7d32;")

    def _fill_review(self, d: LeafDetail) -> None:
        modified = any(f.kind == "modified_since_review" for f in self.flags)
        if d.review_state == "reviewed":
            self.review_label.setText(self.tr("Reviewed") + (" — " + self.tr("modified since review") if modified else ""))
            self.review_btn.setText(self.tr("Mark reviewed again") if modified else self.tr("Back to prepared"))
        else:
            self.review_label.setText(self.tr("Prepared"))
            self.review_btn.setText(self.tr("Mark reviewed"))
        self.notes.blockSignals(True)
        self.notes.clear()
        for n in getattr(self, "_notes", []):
            item = QListWidgetItem(n.text)
            item.setData(Qt.ItemDataRole.UserRole, n.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if n.resolved else Qt.CheckState.Unchecked)
            item.setToolTip(self.tr("Tick when resolved"))
            self.notes.addItem(item)
        self.notes.setVisible(self.notes.count() > 0)
        self.notes.blockSignals(False)

    # -- proposal and preview ------------------------------------------------------
    def current_proposal(self) -> Any:
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
        from evaltool.i18n import current_language
        from evaltool.survey import list_surveys

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
        typed = parse_value(self.score.text())
        following = typed is None or (old is not None and not departs(typed, old))
        if following and p is not None and p.score is not None:
            self.score.setText(fmt_score(p.score))
            self._dirty.add("value")
        self._show_proposal()
        self._emit_preview()

    _shown_prop: float | None = None

    def _on_inputs_committed(self) -> None:
        if not self._loading and "inputs" in self._dirty:
            self.commit_score()

    def _on_score_edited(self, _text: str) -> None:
        self._dirty.add("value")
        self.warning.hide()
        self._emit_preview()

    def _on_final_edited(self, _text: str) -> None:
        self._final_dirty = True
        self.final_warning.hide()
        self._emit_preview()

    def _emit_preview(self) -> None:
        if self.detail is None:
            return
        ev = self.window_.db.evaluator_id
        scores = {(self.detail.id, ev): parse_value(self.score.text())} if "value" in self._dirty and ev else {}
        finals = {}
        if self._final_dirty and parse_value(self.final.text()) is not None:
            finals[self.detail.id] = parse_value(self.final.text())
        self.preview.emit(scores, finals)

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

    def has_pending(self) -> bool:
        return bool(self._dirty) or self._final_dirty

    def commit_score(self) -> bool:
        """Write my score (and inputs, reason, comment); False if it needs a reason first."""
        d = self.detail
        ev = self.window_.db.evaluator_id
        if d is None or not self._dirty or not ev or not self.project_id:
            return True
        mine = d.mine
        inputs = self.inputs.inputs() if d.rule and "inputs" in self._dirty else None
        if "value" in self._dirty:
            if self.score.text().strip() and parse_value(self.score.text()) is None:
                self._warn(self.tr("The score is not a number."))
                return False
            value = parse_value(self.score.text())
        else:
            value = mine.value if mine else None
        reason = self.reason.text().strip()
        comment = self.comment.toPlainText()
        prop = self.current_proposal()
        proposed = prop.score if prop is not None else None
        hi, lo = (0.0, d.cap if d.cap is not None else d.weight) if d.is_negative else (d.weight, 0.0)
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
        self.warning.hide()
        self._dirty.clear()
        ok = push_op(self.window_, self.tr("Score {leaf}").format(leaf=d.name),
                     lambda s: record_score(s, pid, lid, ev, value, comment=comment, reason=reason, inputs=inputs),
                     lambda s: restore_score(s, before))
        return ok

    def _warn(self, text: str) -> None:
        self.warning.setText(text)
        self.warning.show()

    def commit_final(self) -> bool:
        d = self.detail
        if d is None or not self.project_id:
            return True
        text = self.final.text().strip()
        value = parse_value(text)
        if value is None:
            if text:
                self.final_warning.setText(self.tr("The final score is not a number."))
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
        self._final_dirty = False
        self.final_warning.hide()
        return push_op(self.window_, self.tr("Final score of {leaf}").format(leaf=d.name),
                       lambda s: set_final(s, pid, lid, value, reason=reason, decided_by=me),
                       lambda s: restore_final(s, before))

    def release_final(self) -> None:
        d = self.detail
        if d is None or not self.project_id:
            return
        pid, lid, me = self.project_id, d.id, self.window_.db.evaluator_id
        before = read(self.window_, lambda s: final_state(s, lid))
        self._final_dirty = False
        push_op(self.window_, self.tr("Final of {leaf} follows the consolidation").format(leaf=d.name),
                lambda s: release_final(s, pid, lid, me), lambda s: restore_final(s, before))

    def toggle_review(self) -> None:
        d = self.detail
        if d is None or not self.project_id:
            return
        modified = any(f.kind == "modified_since_review" for f in self.flags)
        state = "reviewed" if d.review_state != "reviewed" or modified else "prepared"
        pid, lid, me = self.project_id, d.id, self.window_.db.evaluator_id
        holder: dict[str, Any] = {}

        def do(s: Any) -> None:
            holder["before"] = set_review_state(s, pid, lid, state, me)

        push_op(self.window_, self.tr("Review {leaf}").format(leaf=d.name), do,
                lambda s: restore_review_state(s, lid, holder["before"]))

    def add_note(self) -> None:
        text = self.note_edit.text().strip()
        if not text or self.detail is None or not self.project_id:
            return
        pid, lid, me = self.project_id, self.detail.id, self.window_.db.evaluator_id
        if run_op(self.window_, lambda s: add_note(s, pid, lid, text, me)) is not None:
            self.note_edit.clear()

    def _on_note_changed(self, item: QListWidgetItem) -> None:
        note_id = item.data(Qt.ItemDataRole.UserRole)
        resolved = item.checkState() == Qt.CheckState.Checked
        run_op(self.window_, lambda s: resolve_note(s, note_id, resolved))

    def show_audit(self) -> None:
        if self.detail is None:
            return
        lid = self.detail.id
        entries = read(self.window_, lambda s: leaf_audit(s, lid))
        dlg = AuditDialog(self, self.tr("History of {leaf}").format(leaf=self.detail.name), entries)
        self._audit_dialog = dlg
        dlg.open()
