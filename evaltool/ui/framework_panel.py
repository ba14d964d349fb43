"""The framework page's panels: the selected indicator's fields, and the list of problems.

``IndicatorPanel``: a field is written only when the user changed it and leaves it (Enter,
Tab, a click elsewhere): the panel emits ``field_edited(field, value)`` and the page runs it as one
undoable step. ``show_node`` fills the fields from the stored node, except a field the
user is typing in, which keeps its text. Weights and caps are points (3 decimals).

The leaf's rule is shown as the sentence it reads (``evaltool.rules.describe``) with
*Edit rule…* and *Suggest from criteria* (``rule_requested(suggest)``: the page opens the
rule editor, ``evaltool.ui.rules.dialog``).

``ProblemsList``: what ``evaltool.framework.validate_framework`` found, one a line.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from evaltool.framework import Node, Problem
from evaltool.rules import describe, rule_warnings, validate_rule
from evaltool.ui.widgets.number_edit import NumberSpinBox


class _TextEdit(QPlainTextEdit):
    """A multi-line field that reports when the user leaves it (autosave)."""

    editing_finished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt name
        self.editing_finished.emit()
        super().focusOutEvent(event)


class IndicatorPanel(QGroupBox):
    """Name, English name, weight, negative indicator and cap, and the three texts."""

    field_edited = Signal(str, object)  # field name, new value
    rule_requested = Signal(bool)  # True: suggest from the criteria first

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._dirty: set[str] = set()  # spin boxes the user changed since they were filled
        form = QFormLayout(self)
        self.f_name = QLineEdit()
        self.f_name.setObjectName("fw_name")
        self.f_name_en = QLineEdit()
        self.f_name_en.setObjectName("fw_name_en")
        self.f_weight = NumberSpinBox()
        self.f_weight.setObjectName("fw_weight")
        self.f_weight.setRange(-1000, 1000)
        self.f_weight.setDecimals(3)
        self.f_negative = QCheckBox()
        self.f_negative.setObjectName("fw_negative")
        self.f_cap = NumberSpinBox()
        self.f_cap.setObjectName("fw_cap")
        self.f_cap.setRange(-1000, 0)
        self.f_cap.setDecimals(3)
        self.f_description = _TextEdit()
        self.f_description.setObjectName("fw_description")
        self.f_criteria = _TextEdit()
        self.f_criteria.setObjectName("fw_criteria")
        self.f_evidence = _TextEdit()
        self.f_evidence.setObjectName("fw_evidence_hint")
        self.texts: dict[str, _TextEdit] = {"description": self.f_description, "criteria": self.f_criteria,
                                            "evidence_hint": self.f_evidence}
        for w in self.texts.values():
            w.setTabChangesFocus(True)
        self.labels: dict[str, QLabel] = {}
        fields: tuple[tuple[str, QWidget], ...] = (
            ("name", self.f_name), ("name_en", self.f_name_en), ("weight", self.f_weight),
            ("is_negative", self.f_negative), ("cap", self.f_cap), ("description", self.f_description),
            ("criteria", self.f_criteria), ("evidence_hint", self.f_evidence))
        for key, field in fields:
            lab = QLabel()
            lab.setBuddy(field)
            self.labels[key] = lab
            form.addRow(lab, field)
        # the leaf's rule: the sentence it reads, and the editor
        self.rule_box = QWidget()
        rl = QFormLayout(self.rule_box)
        rl.setContentsMargins(0, 0, 0, 0)
        self.rule_text = QLabel()
        self.rule_text.setObjectName("fw_rule_text")
        self.rule_text.setWordWrap(True)
        self.rule_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        rl.addRow(self.rule_text)
        buttons = QHBoxLayout()
        self.edit_rule = QPushButton()
        self.edit_rule.setObjectName("fw_edit_rule")
        self.edit_rule.clicked.connect(lambda: self.rule_requested.emit(False))
        self.suggest_rule = QPushButton()
        self.suggest_rule.setObjectName("fw_suggest_rule")
        self.suggest_rule.clicked.connect(lambda: self.rule_requested.emit(True))
        buttons.addWidget(self.edit_rule)
        buttons.addWidget(self.suggest_rule)
        buttons.addStretch(1)
        rl.addRow(buttons)
        self.rule_label = QLabel()
        form.addRow(self.rule_label, self.rule_box)
        self._node: Node | None = None
        # fields save when left, and only when the user changed them (isModified)
        self.f_name.editingFinished.connect(self._on_name_left)
        self.f_name_en.editingFinished.connect(self._on_name_en_left)
        self.f_weight.valueChanged.connect(lambda _v: self._mark_dirty("weight"))
        self.f_cap.valueChanged.connect(lambda _v: self._mark_dirty("cap"))
        self.f_weight.editingFinished.connect(lambda: self._save_spin("weight"))
        self.f_cap.editingFinished.connect(lambda: self._save_spin("cap"))
        self.f_negative.toggled.connect(lambda v: self._save("is_negative", bool(v)))
        for fld, w in self.texts.items():
            w.editing_finished.connect(lambda fld=fld, w=w: self._on_text_left(fld, w))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Selected indicator"))
        names = {"name": self.tr("&Name"), "name_en": self.tr("English name"), "weight": self.tr("&Weight (points)"),
                 "is_negative": self.tr("Negative indicator"), "cap": self.tr("Deduction cap"),
                 "description": self.tr("Description / assessment points"), "criteria": self.tr("Scoring criteria"),
                 "evidence_hint": self.tr("Typical evidence")}
        for k, lab in self.labels.items():
            lab.setText(names[k])
        self.f_negative.setText(self.tr("deductions only, outside the 100 points"))
        self.rule_label.setText(self.tr("Scoring rule"))
        self.edit_rule.setText(self.tr("Edit &rule…"))
        self.edit_rule.setToolTip(self.tr("Kind, points, levels, brackets or caps of this leaf's rule (Ctrl+R)"))
        self.suggest_rule.setText(self.tr("Suggest from criteria"))
        self.suggest_rule.setToolTip(self.tr("Read the rule from the scoring criteria text"))
        self._show_rule(self._node)

    # -- showing -----------------------------------------------------------------------
    def show_node(self, node: Node | None) -> None:
        """Fill the fields from ``node`` (None: empty and disabled) without saving anything."""
        self._loading = True
        try:
            self.setEnabled(node is not None)
            n = node or Node("", None, "", 0.0, 0.0, 0)
            # a field the user is typing in keeps its text; every other shows the stored value
            for le, text in ((self.f_name, n.name), (self.f_name_en, n.name_en)):
                if not (le.hasFocus() and le.isModified()):
                    le.setText(text)
                    le.setModified(False)
            for key, sp, val in (("weight", self.f_weight, n.weight), ("cap", self.f_cap, n.cap or 0.0)):
                if not (sp.hasFocus() and key in self._dirty):
                    sp.setValue(val)
                    self._dirty.discard(key)
            self.f_negative.setChecked(n.is_negative)
            self.f_cap.setEnabled(n.is_negative)
            for w, text in ((self.f_description, n.description), (self.f_criteria, n.criteria),
                            (self.f_evidence, n.evidence_hint)):
                if not (w.hasFocus() and w.document().isModified()):
                    w.setPlainText(text)
                    w.document().setModified(False)
            self._node = node
            self._show_rule(node)
        finally:
            self._loading = False

    def _show_rule(self, node: Node | None) -> None:
        leaf = node is not None and node.is_leaf and bool(node.id)
        self.rule_box.setVisible(leaf)
        self.rule_label.setVisible(leaf)
        if not leaf:
            return
        assert node is not None
        self.suggest_rule.setEnabled(bool(node.criteria.strip()))
        if not node.rule:
            self.rule_text.setText(self.tr("No rule: the leaf is scored by hand."))
            self.rule_text.setStyleSheet("color: #666;")
            return
        problems = validate_rule(node.rule, node.weight, is_negative=node.is_negative, cap=node.cap)
        warnings = rule_warnings(node.rule, node.weight, is_negative=node.is_negative, cap=node.cap)
        text = describe(node.rule, node.weight, is_negative=node.is_negative, cap=node.cap)
        text += "".join(f"\n✗ {p}" for p in problems) + "".join(f"\n⚠ {w}" for w in warnings)
        self.rule_text.setText(text)
        self.rule_text.setStyleSheet("color: #b00020;" if problems else ("color: #8a5300;" if warnings else "color: #335;"))

    # -- saving ------------------------------------------------------------------------
    def _mark_dirty(self, key: str) -> None:
        if not self._loading:
            self._dirty.add(key)

    def _on_name_left(self) -> None:
        if self.f_name.isModified():
            self._save("name", self.f_name.text())

    def _on_name_en_left(self) -> None:
        if self.f_name_en.isModified():
            self._save("name_en", self.f_name_en.text().strip())

    def _on_text_left(self, fld: str, w: _TextEdit) -> None:
        if w.document().isModified():
            self._save(fld, w.toPlainText())

    def _save_spin(self, key: str) -> None:
        if key not in self._dirty:
            return
        self._dirty.discard(key)
        if key == "weight":
            self._save("weight", self.f_weight.value())
        else:
            self._save("cap", self.f_cap.value() if self.f_cap.value() else None)

    def _save(self, fld: str, value: Any) -> None:
        if not self._loading:
            self.field_edited.emit(fld, value)


class ProblemsList(QListWidget):
    """The framework's problems, one a line; choosing one asks the page to select its node.

    ``label`` (shown above the list by the page) says how many there are, or that there
    are none; the list itself is hidden when there are none.
    """

    node_chosen = Signal(str)  # indicator id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsList")
        self.setMaximumHeight(110)
        self.label = QLabel()
        self.label.setObjectName("problemsLabel")
        self.label.setWordWrap(True)
        self.itemActivated.connect(self._on_chosen)
        self.itemClicked.connect(self._on_chosen)

    def show_problems(self, problems: list[Problem]) -> None:
        self.clear()
        for p in problems:
            item = QListWidgetItem(f"{p.path}: {p.message}" if p.path else p.message)
            item.setData(Qt.ItemDataRole.UserRole, p.node_id)
            self.addItem(item)
        if problems:
            self.label.setText(self.tr("⚠ {n} problem(s) — the framework can be used, but fix these before scoring:").format(n=len(problems)))
            self.label.setStyleSheet("color: #b3261e;")
        else:
            self.label.setText(self.tr("✓ No problems: level-1 weights add to 100 and every node's children add to its weight."))
            self.label.setStyleSheet("color: #1b6e20;")
        self.setVisible(bool(problems))

    def _on_chosen(self, item: QListWidgetItem) -> None:
        nid = item.data(Qt.ItemDataRole.UserRole)
        if nid:
            self.node_chosen.emit(nid)
