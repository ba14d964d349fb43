"""What a leaf is scored on: its assessment points, criteria text and structured rule."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from evaltool.scoring import LeafDetail


class CriteriaPanel(QGroupBox):
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

    def retranslate(self) -> None:
        self.setTitle(self.tr("Assessment points and criteria"))

    def fill(self, d: LeafDetail) -> None:
        self.description.setText(d.description or self.tr("(no assessment points written)"))
        self.criteria.setText(self.tr("Criteria: {text}").format(text=d.criteria) if d.criteria else "")
        self.criteria.setVisible(bool(d.criteria))
        self.rule_text.setText(self.tr("Rule: {text}").format(text=d.rule_text) if d.rule else
                               self.tr("No structured rule: score by hand."))
