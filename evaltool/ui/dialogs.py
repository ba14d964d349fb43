"""Small dialogs of the shell: the evaluator profile."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget


class ProfileDialog(QDialog):
    """Asks who is using this laptop (name, role); shown on first run and from the menu."""

    ROLES = ("lead", "member", "expert")

    def __init__(self, parent: QWidget | None = None, name: str = "", role: str = "member") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Evaluator profile"))
        form = QFormLayout(self)
        self.intro = QLabel(self.tr("Who is scoring on this laptop? Your name is shown beside your scores and changes."))
        self.intro.setWordWrap(True)
        form.addRow(self.intro)
        self.name = QLineEdit(name)
        self.name.setObjectName("profileName")
        form.addRow(self.tr("&Name:"), self.name)
        self.role = QComboBox()
        self.role.setObjectName("profileRole")
        labels = {"lead": self.tr("Team lead"), "member": self.tr("Member"), "expert": self.tr("Expert")}
        for r in self.ROLES:
            self.role.addItem(labels[r], r)
        self.role.setCurrentIndex(max(0, self.ROLES.index(role) if role in self.ROLES else 1))
        form.addRow(self.tr("&Role:"), self.role)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _accept(self) -> None:
        if self.name.text().strip():
            self.accept()
        else:
            self.name.setFocus()

    def values(self) -> tuple[str, str]:
        return self.name.text().strip(), self.role.currentData()
