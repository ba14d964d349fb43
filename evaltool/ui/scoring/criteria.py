"""What a leaf is scored on: its assessment points, criteria text and structured rule.

The lead also gets *Edit rule…* here (``rule_requested``): the rule editor of the leaf."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from evaltool.scoring import LeafDetail


class CriteriaPanel(QGroupBox):
    rule_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        cl = QVBoxLayout(self)
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
        row = QHBoxLayout()
        self.edit_rule = QPushButton()
        self.edit_rule.setObjectName("editRule")
        self.edit_rule.setAutoDefault(False)
        self.edit_rule.clicked.connect(self.rule_requested.emit)
        self.edit_rule.hide()
        row.addWidget(self.edit_rule)
        row.addStretch(1)
        cl.addLayout(row)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Assessment points and criteria"))
        self.edit_rule.setText(self.tr("Edit rule…"))

    def fill(self, d: LeafDetail, is_lead: bool = False) -> None:
        self.edit_rule.setVisible(is_lead)
        self.description.setText(d.description or self.tr("(no assessment points written)"))
        self.criteria.setText(self.tr("Criteria: {text}").format(text=d.criteria) if d.criteria else "")
        self.criteria.setVisible(bool(d.criteria))
        self.rule_text.setText(self.tr("Rule: {text}").format(text=d.rule_text) if d.rule else
                               self.tr("No structured rule: score by hand."))
