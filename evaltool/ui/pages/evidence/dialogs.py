"""Dialogs of the Evidence page."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)


class LeafPickerDialog(QDialog):
    """Choose a leaf (search as you type) and optionally the deduction/flag supported."""

    def __init__(self, parent: QWidget, leaves: list[tuple[str, str]]) -> None:
        super().__init__(parent)
        self.setObjectName("leafPicker")
        self._leaves = leaves
        lay = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._fill)
        lay.addWidget(self.search)
        self.list = QListWidget()
        self.list.setObjectName("leafPickerList")
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        lay.addWidget(self.list, 1)
        form = QFormLayout()
        self.target = QLineEdit()
        self.target.setObjectName("leafPickerTarget")
        self.target_label = QLabel()
        form.addRow(self.target_label, self.target)
        lay.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.setWindowTitle(self.tr("Link to indicator"))
        self.search.setPlaceholderText(self.tr("Search indicators…"))
        self.target_label.setText(self.tr("Deduction or flag (optional)"))
        self.target.setPlaceholderText(self.tr("e.g. point ② not met"))
        self.resize(560, 480)
        self._fill()

    def _fill(self) -> None:
        needle = self.search.text().strip().casefold()
        self.list.clear()
        for lid, path in self._leaves:
            if needle and needle not in path.casefold():
                continue
            it = QListWidgetItem(path)
            it.setData(Qt.ItemDataRole.UserRole, lid)
            self.list.addItem(it)
        if self.list.count():
            self.list.setCurrentRow(0)

    def choice(self) -> tuple[str, str] | None:
        it = self.list.currentItem()
        if it is None:
            return None
        return it.data(Qt.ItemDataRole.UserRole), self.target.text().strip()
