"""Review of a leaf: prepared / reviewed, review notes, and the history of its scores.

Marking a leaf reviewed is one undoable step; a note is added (and ticked resolved)
with ``run_op``. A leaf changed after it was reviewed carries the
``modified_since_review`` flag: the button then offers to mark it reviewed again.
The history (``AuditDialog``) lists who changed which score or decision, and when (UTC).
"""
from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaltool.audit import AuditEntry, leaf_audit
from evaltool.review import Note, add_note, resolve_note, restore_review_state, set_review_state
from evaltool.scoring import Flag, LeafDetail
from evaltool.ui.operations import push_op, read, run_op


def _short(v: Any) -> str:
    if v is None:
        return "—"
    text = v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)
    return text if len(text) <= 80 else text[:77] + "…"


class AuditDialog(QDialog):
    """The history of one leaf: every change of its scores, final decision and texts."""

    def __init__(self, parent: QWidget, title: str, entries: list[AuditEntry]) -> None:
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


class ReviewPanel(QGroupBox):
    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.project_id: str | None = None
        self.detail: LeafDetail | None = None
        self.flags: list[Flag] = []
        self._audit_dialog: AuditDialog | None = None
        rl = QVBoxLayout(self)
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

    def retranslate(self) -> None:
        self.setTitle(self.tr("Review"))
        self.audit_btn.setText(self.tr("History…"))
        self.note_edit.setPlaceholderText(self.tr("Review note for this leaf"))
        self.note_btn.setText(self.tr("Add note"))

    def _modified(self) -> bool:
        return any(f.kind == "modified_since_review" for f in self.flags)

    def fill(self, project_id: str, d: LeafDetail, notes: list[Note], flags: list[Flag]) -> None:
        self.project_id, self.detail, self.flags = project_id, d, flags
        modified = self._modified()
        if d.review_state == "reviewed":
            self.review_label.setText(self.tr("Reviewed") + (" — " + self.tr("modified since review") if modified else ""))
            self.review_btn.setText(self.tr("Mark reviewed again") if modified else self.tr("Back to prepared"))
        else:
            self.review_label.setText(self.tr("Prepared"))
            self.review_btn.setText(self.tr("Mark reviewed"))
        self.notes.blockSignals(True)
        self.notes.clear()
        for n in notes:
            item = QListWidgetItem(n.text)
            item.setData(Qt.ItemDataRole.UserRole, n.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if n.resolved else Qt.CheckState.Unchecked)
            item.setToolTip(self.tr("Tick when resolved"))
            self.notes.addItem(item)
        self.notes.setVisible(self.notes.count() > 0)
        self.notes.blockSignals(False)

    def toggle_review(self) -> None:
        d = self.detail
        if d is None or not self.project_id:
            return
        state = "reviewed" if d.review_state != "reviewed" or self._modified() else "prepared"
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
