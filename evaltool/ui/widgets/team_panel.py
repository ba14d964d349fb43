"""The Project page's lists of what waits for a person: open conflicts, proposals for the
lead, and the team's roles.

- ``ConflictsProposalsBox``: every open conflict of the project (record · field: the
  values, who, when; double-click or *Resolve…* opens the Sync page's Conflicts tab on it)
  and every open proposal (a change someone made without the right: what it would change,
  who, when, which right was missing) with *Accept* / *Reject* for the lead; others see why
  the buttons are off.
- ``change_role``: the lead puts someone on the team or changes their role.

Thread rule: UI thread; reads through ``read``, writes through ``run_op`` / ``push_op``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from evaltool.models import Evaluator
from evaltool.proposals import ProposalGroup, accept_proposal, list_proposals, reject_proposal
from evaltool.roles import ROLES, TEAM, may, role_text
from evaltool.team import list_team, set_role
from evaltool.ui.operations import read, run_op
from evaltool.ui.widgets.conflict_marker import open_conflicts, option_line

if TYPE_CHECKING:
    from evaltool import sync


def show_sync_conflicts(window: Any, key: str | None = None) -> None:
    """Switch to the Sync page's Conflicts tab (on conflict ``key`` when given)."""
    page = window.show_page("sync")
    page.show_conflicts(key)


class ConflictsProposalsBox(QGroupBox):
    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.project_id: str | None = None
        self.conflicts: list[sync.Conflict] = []
        self.proposals: list[ProposalGroup] = []
        self.is_lead = False
        lay = QVBoxLayout(self)
        self.conflicts_label = QLabel()
        lay.addWidget(self.conflicts_label)
        self.conflict_list = QListWidget()
        self.conflict_list.setObjectName("projectConflicts")
        self.conflict_list.setWordWrap(True)
        self.conflict_list.itemDoubleClicked.connect(lambda _i: self.resolve())
        lay.addWidget(self.conflict_list)
        self.resolve_btn = QPushButton()
        self.resolve_btn.setObjectName("resolveConflict")
        self.resolve_btn.clicked.connect(self.resolve)
        lay.addWidget(self.resolve_btn, 0, Qt.AlignmentFlag.AlignLeft)
        self.proposals_label = QLabel()
        self.proposals_label.setWordWrap(True)
        lay.addWidget(self.proposals_label)
        self.proposal_list = QListWidget()
        self.proposal_list.setObjectName("projectProposals")
        self.proposal_list.setWordWrap(True)
        lay.addWidget(self.proposal_list)
        row = QHBoxLayout()
        self.accept_btn = QPushButton()
        self.accept_btn.setObjectName("acceptProposal")
        self.accept_btn.clicked.connect(lambda: self.decide(True))
        self.reject_btn = QPushButton()
        self.reject_btn.setObjectName("rejectProposal")
        self.reject_btn.clicked.connect(lambda: self.decide(False))
        row.addWidget(self.accept_btn)
        row.addWidget(self.reject_btn)
        row.addStretch(1)
        lay.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Conflicts and proposals"))
        self.resolve_btn.setText(self.tr("Resolve on the Sync page…"))
        self.accept_btn.setText(self.tr("Accept"))
        self.reject_btn.setText(self.tr("Reject…"))
        self._fill()

    def refresh(self, project_id: str | None) -> None:
        self.project_id = project_id
        if not project_id:
            self.conflicts, self.proposals = [], []
        else:
            me = self.window_.db.evaluator_id

            def load(s: Any) -> tuple[list[sync.Conflict], list[ProposalGroup], bool]:
                return open_conflicts(s, project_id), list_proposals(s, project_id, "open"), \
                    may(s, project_id, me, TEAM)

            self.conflicts, self.proposals, self.is_lead = read(self.window_, load)
        self._fill()

    def _fill(self) -> None:
        shown = self.tr("shown")
        self.conflict_list.clear()
        if self.conflicts:
            from evaltool import sync  # (imported already: it found them)
        for c in self.conflicts:
            text = f"{sync.table_label(c.table)} “{c.record}” · {sync.field_label(c.field)}\n" + "\n".join(
                "   " + option_line(o, shown) for o in c.options)
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, c.key)
            self.conflict_list.addItem(entry)
        self.conflicts_label.setText(self.tr("Open conflicts: {n}").format(n=len(self.conflicts)) if self.conflicts
                                     else self.tr("No open conflicts."))
        self.conflict_list.setVisible(bool(self.conflicts))
        self.resolve_btn.setVisible(bool(self.conflicts))
        self.proposal_list.clear()
        for g in self.proposals:
            changes = "; ".join(f"{i.field_label}: {i.current} → {i.display}" for i in g.items)
            text = self.tr("{record} ({kind}) — {author}, {when}: {changes}\n   without the right to {right}").format(
                record=g.record, kind=g.table_label, author=g.author_name, when=g.at[:16].replace("T", " "),
                changes=changes, right=g.right_text)
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, g.id)
            self.proposal_list.addItem(entry)
        if not self.proposals:
            self.proposals_label.setText(self.tr("No proposals waiting for the lead."))
        elif self.is_lead:
            self.proposals_label.setText(self.tr("Changes made by someone without the right, kept for you to decide:"))
        else:
            self.proposals_label.setText(self.tr("Changes made by someone without the right, kept for the team lead "
                                                 "to decide:"))
        for w in (self.proposal_list, self.accept_btn, self.reject_btn):
            w.setVisible(bool(self.proposals))
        self.accept_btn.setEnabled(self.is_lead)
        self.reject_btn.setEnabled(self.is_lead)
        if self.proposals:
            self.proposal_list.setCurrentRow(0)
        if self.conflicts:
            self.conflict_list.setCurrentRow(0)

    def resolve(self) -> None:
        entry = self.conflict_list.currentItem()
        show_sync_conflicts(self.window_, entry.data(Qt.ItemDataRole.UserRole) if entry is not None else None)

    def decide(self, accept: bool) -> None:
        entry = self.proposal_list.currentItem()
        pid, me = self.project_id, self.window_.db.evaluator_id
        if entry is None or not pid:
            return
        ref = entry.data(Qt.ItemDataRole.UserRole)
        note = ""
        if not accept:
            text, ok = QInputDialog.getText(self, self.tr("Reject the proposal"), self.tr("Why (recorded with the decision):"))
            if not ok:
                return
            note = text.strip()
        run_op(self.window_, lambda s: (accept_proposal if accept else reject_proposal)(s, pid, ref, me, note),
               self, parent=self)


class RoleDialog(QDialog):
    """Who gets which role (the evaluators this laptop knows)."""

    def __init__(self, parent: QWidget, people: list[tuple[str, str, str]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Team roles"))
        form = QFormLayout(self)
        self.person = QComboBox()
        self.person.setObjectName("rolePerson")
        for ev_id, name, role in people:
            self.person.addItem(f"{name} ({role_text(role)})" if role else name, ev_id)
        self.role = QComboBox()
        self.role.setObjectName("roleChoice")
        for r in ROLES:
            self.role.addItem(role_text(r), r)
        form.addRow(self.tr("Person"), self.person)
        form.addRow(self.tr("Role"), self.role)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


def change_role(window: Any, parent: QWidget, project_id: str) -> None:
    """Ask whom to give which role, and set it (the lead's; refused with a message otherwise)."""
    def load(s: Any) -> list[tuple[str, str, str]]:
        roles = {m.evaluator_id: m.role for m in list_team(s, project_id)}
        evs = s.scalars(select(Evaluator).where(Evaluator.deleted.is_(False), Evaluator.role != "imported")
                        .order_by(Evaluator.name))
        return [(e.id, e.name, roles.get(e.id, "")) for e in evs]

    dialog = RoleDialog(parent, read(window, load))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    who, role = dialog.person.currentData(), dialog.role.currentData()
    run_op(window, lambda s: set_role(s, project_id, who, role), parent, parent=parent)
