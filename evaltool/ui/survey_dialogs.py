"""Dialogs of the Surveys page: edit a question. (The import dialog is in
``evaltool.ui.pages.surveys.importing``, beside the runner jobs it drives.)"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaltool.survey import CHOICE_KINDS, KINDS, GroupInfo, QuestionInfo, default_options


class QuestionDialog(QDialog):
    """Add or edit a question: key, kind, texts, options (label, English label, weight,
    satisfied) and the respondent groups it is asked of (none ticked: every group)."""

    def __init__(self, parent: QWidget, question: QuestionInfo | None = None, next_key: str = "q1",
                 groups: list[GroupInfo] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Question") if question else self.tr("New question"))
        self.resize(760, 560)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.key = QLineEdit(question.key if question else next_key)
        self.key.setEnabled(question is None)
        self.kind = QComboBox()
        names = {"scale5": self.tr("5-level satisfaction scale"), "scale4": self.tr("4-level satisfaction scale"),
                 "scale3": self.tr("3-level satisfaction scale"), "single": self.tr("single choice"),
                 "multi": self.tr("multiple choice"), "number": self.tr("number"), "text": self.tr("open text")}
        for k in KINDS:
            self.kind.addItem(names[k], k)
        self.kind.setCurrentIndex(self.kind.findData(question.kind if question else "scale5"))
        self.text = QLineEdit(question.text if question else "")
        self.text_en = QLineEdit(question.text_en if question else "")
        form.addRow(self.tr("Key"), self.key)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Question (Chinese)"), self.text)
        form.addRow(self.tr("Question (English)"), self.text_en)
        self.groups = QListWidget()
        self.groups.setObjectName("questionGroups")
        self.groups.setMaximumHeight(90)
        asked = set(question.group_ids) if question else set()
        for g in groups or []:
            it = QListWidgetItem(g.name)
            it.setData(Qt.ItemDataRole.UserRole, g.id)
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Checked if g.id in asked else Qt.CheckState.Unchecked)
            self.groups.addItem(it)
        self.groups.setToolTip(self.tr("Paper entry skips the question for the other groups; none ticked: every group"))
        form.addRow(self.tr("Asked of (none ticked: everyone)"), self.groups)
        lay.addLayout(form)
        self.options = QTableWidget(0, 5)
        self.options.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Label"), self.tr("English label"),
                                                self.tr("Weight"), self.tr("Satisfied")])
        self.options.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.options)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add option"))
        rm = QPushButton(self.tr("Remove option"))
        add.clicked.connect(lambda: self._add_option({"code": self.options.rowCount() + 1, "label": "", "weight": None}))
        rm.clicked.connect(lambda: self.options.removeRow(self.options.currentRow()) if self.options.currentRow() >= 0 else None)
        row.addWidget(add)
        row.addWidget(rm)
        row.addStretch(1)
        lay.addLayout(row)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        bb.accepted.connect(self.accept)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)
        for o in (question.options if question else default_options("scale5")):
            self._add_option(o)
        self.kind.currentIndexChanged.connect(self._kind_changed)

    def _add_option(self, o: dict[str, Any]) -> None:
        r = self.options.rowCount()
        self.options.insertRow(r)
        for c, v in enumerate((o.get("code"), o.get("label"), o.get("label_en", ""), o.get("weight"))):
            self.options.setItem(r, c, QTableWidgetItem("" if v is None else str(v)))
        chk = QTableWidgetItem()
        chk.setFlags(chk.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        chk.setCheckState(Qt.CheckState.Checked if o.get("satisfied") else Qt.CheckState.Unchecked)
        self.options.setItem(r, 4, chk)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        if kind in ("scale5", "scale4", "scale3"):
            self.options.setRowCount(0)
            for o in default_options(kind):
                self._add_option(o)
        self.options.setEnabled(kind in CHOICE_KINDS)

    def _cell(self, row: int, col: int) -> str:
        it = self.options.item(row, col)
        return it.text().strip() if it is not None else ""

    def values(self) -> dict[str, Any]:
        opts = []
        for r in range(self.options.rowCount()):
            code, label, label_en, weight = (self._cell(r, c) for c in range(4))
            if not label:
                continue
            sat = self.options.item(r, 4)
            opts.append({"code": code or r + 1, "label": label, "label_en": label_en,
                         "weight": float(weight) if weight else None,
                         "satisfied": sat is not None and sat.checkState() == Qt.CheckState.Checked})
        group_ids = [str(self.groups.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.groups.count())
                     if self.groups.item(i).checkState() == Qt.CheckState.Checked]
        return {"key": self.key.text().strip(), "kind": self.kind.currentData(), "text": self.text.text().strip(),
                "text_en": self.text_en.text().strip(), "options": opts, "group_ids": group_ids}
