"""Summary panel of the scoring page: level-1 table, total, grade, project decisions."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaltool.i18n import localized
from evaltool.scoring import Summary, fmt_rate, fmt_score


class SummaryPanel(QWidget):
    """Shows a ``Summary``; ``preview`` marks figures that include a value being typed."""

    consolidation_changed = Signal(str)
    flag_requested = Signal(str)  # "downgrade" | "veto"
    sign_off_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.box = QGroupBox()
        bl = QVBoxLayout(self.box)
        self.total = QLabel()
        self.total.setObjectName("scoringTotal")
        self.total.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.total.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bl.addWidget(self.total)
        self.grade = QLabel()
        self.grade.setObjectName("scoringGrade")
        self.grade.setWordWrap(True)
        bl.addWidget(self.grade)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("level1Table")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        bl.addWidget(self.table)
        self.progress = QLabel()
        self.progress.setWordWrap(True)
        bl.addWidget(self.progress)
        lay.addWidget(self.box)

        self.project_box = QGroupBox()
        form = QFormLayout(self.project_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # the combo goes below its label when narrow
        self.consolidation = QComboBox()
        self.consolidation.setObjectName("consolidationCombo")
        for key in ("mean", "median", "lead"):
            self.consolidation.addItem("", key)
        self.consolidation.activated.connect(lambda i: self.consolidation_changed.emit(self.consolidation.itemData(i)))
        self.consolidation_label = QLabel()
        form.addRow(self.consolidation_label, self.consolidation)
        self.downgrade = QPushButton()
        self.downgrade.clicked.connect(lambda: self.flag_requested.emit("downgrade"))
        self.veto = QPushButton()
        self.veto.clicked.connect(lambda: self.flag_requested.emit("veto"))
        form.addRow(self.downgrade)
        form.addRow(self.veto)
        self.review_state = QLabel()
        self.review_state.setWordWrap(True)
        self.sign_off = QPushButton()
        self.sign_off.clicked.connect(self.sign_off_requested.emit)
        form.addRow(self.review_state)
        form.addRow(self.sign_off)
        lay.addWidget(self.project_box)
        lay.addStretch(1)
        self._summary: Summary | None = None
        self._preview = False
        self._review: Any = None
        self.retranslate()

    def retranslate(self) -> None:
        self.box.setTitle(self.tr("Result"))
        self.project_box.setTitle(self.tr("Project decisions"))
        self.table.setHorizontalHeaderLabels([self.tr("Level 1"), self.tr("Weight"),
                                              self.tr("Score"), self.tr("Score rate")])
        self.consolidation_label.setText(self.tr("Final score from"))
        for i, text in enumerate((self.tr("Mean of the evaluators"), self.tr("Median of the evaluators"),
                                  self.tr("Lead decides each leaf"))):
            self.consolidation.setItemText(i, text)
        if self._summary is not None:
            self.show_summary(self._summary, self._preview)
        self.show_review(self._review)

    def show_summary(self, sm: Summary, preview: bool = False, consolidation: str | None = None) -> None:
        self._summary, self._preview = sm, preview
        mark = " *" if preview else ""
        self.total.setText(self.tr("Total {total} / {weight}{mark}").format(
            total=fmt_score(sm.total), weight=fmt_score(sm.weight), mark=mark))
        grade = self.tr("Grade: {grade}").format(grade=self.grade_text(sm))
        if sm.vetoed:
            grade += " — " + self.tr("veto: {reason}").format(reason=sm.reasons.get("veto", ""))
        elif sm.downgraded:
            grade += " — " + self.tr("lowered from {grade}: {reason}").format(
                grade=sm.grade_before_flags, reason=sm.reasons.get("downgrade", ""))
        if sm.output_grade:
            grade += "\n" + self.tr("Outputs: {grade}").format(grade=localized(sm.output_grade, sm.output_grade_en))
        if preview:
            grade += "\n" + self.tr("* includes the value being typed (not saved yet)")
        self.grade.setText(grade)
        rows = [(r.name, fmt_score(r.weight), fmt_score(r.score), fmt_rate(r.rate)) for r in sm.level1]
        rows += [(r.name, fmt_score(r.weight), fmt_score(r.score), "") for r in sm.negative]
        rows.append((self.tr("Total"), fmt_score(sm.weight), fmt_score(sm.total), fmt_rate(sm.rate)))
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                item = QTableWidgetItem(val)
                if j:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if i == len(rows) - 1:
                    f = item.font()
                    f.setBold(True)
                    item.setFont(f)
                self.table.setItem(i, j, item)
        self.table.setFixedHeight(self.table.horizontalHeader().height() + sum(
            self.table.rowHeight(i) for i in range(len(rows))) + 4)
        leaves = len(sm.leaves)
        self.progress.setText(self.tr("{scored} of {leaves} leaves scored · {flags} flags").format(
            scored=sm.scored, leaves=leaves, flags=len(sm.flags)))
        self.downgrade.setText(self.tr("Cancel the downgrade") if sm.downgraded else self.tr("Downgrade one grade…"))
        self.veto.setText(self.tr("Lift the veto") if sm.vetoed else self.tr("Veto (lowest grade)…"))
        if consolidation is not None:
            idx = self.consolidation.findData(consolidation)
            if idx >= 0:
                self.consolidation.setCurrentIndex(idx)

    def grade_text(self, sm: Summary) -> str:
        """The grade, or "Not scored" while no leaf has a score: a blank project is not 差."""
        if not sm.scored:
            return self.tr("Not scored")
        return localized(sm.grade, sm.grade_en)

    def compact_text(self) -> str:
        """One line with the total and the grade, for the bar shown while this panel is folded."""
        sm = self._summary
        if sm is None:
            return ""
        mark = " *" if self._preview else ""
        return self.tr("Total {total} / {weight}{mark} · {grade} · {scored} of {leaves} leaves scored").format(
            total=fmt_score(sm.total), weight=fmt_score(sm.weight), mark=mark, grade=self.grade_text(sm),
            scored=sm.scored, leaves=len(sm.leaves))

    def show_review(self, review: Any) -> None:
        self._review = review
        if review is None:
            self.review_state.setText("")
            self.sign_off.setText(self.tr("Sign off the project"))
            return
        if review.state == "reviewed":
            text = self.tr("Project signed off; {n} of {m} leaves reviewed.").format(n=review.reviewed_leaves, m=review.leaves)
            if review.modified_since:
                text += " " + self.tr("Modified since the sign-off.")
            self.sign_off.setText(self.tr("Withdraw the sign-off"))
        else:
            text = self.tr("Prepared; {n} of {m} leaves reviewed.").format(n=review.reviewed_leaves, m=review.leaves)
            self.sign_off.setText(self.tr("Sign off the project"))
        self.review_state.setText(text)
