"""Dialogs of the Surveys page: import answers (mapping + preview + problems), edit a question."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaltool.errors import EvaltoolError
from evaltool.survey import CHOICE_KINDS, KINDS, QuestionInfo, SurveyInfo, default_options
from evaltool.survey_import import ImportPlan, TableData, apply_import, plan_import, read_table
from evaltool.ui.operations import read, run_op

PREVIEW_ROWS = 30
BAD_BG = QColor(255, 215, 215)


class ImportAnswersDialog(QDialog):
    """Pick how the file's columns map to questions, see the rows and their problems, import."""

    def __init__(self, window: Any, survey: SurveyInfo, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.window_, self.survey = window, survey
        self.setWindowTitle(self.tr("Import answers — {file}").format(file=Path(path).name))
        self.resize(1100, 720)
        self.table: TableData = read_table(path)
        self.plan: ImportPlan | None = None
        self.imported = 0
        lay = QVBoxLayout(self)
        self.info = QLabel()
        self.info.setWordWrap(True)
        lay.addWidget(self.info)
        top = QHBoxLayout()
        form = QFormLayout()
        self.group_col = QComboBox()
        self.group_col.setObjectName("importGroupColumn")
        self.default_group = QComboBox()
        self.default_group.setObjectName("importDefaultGroup")
        form.addRow(self.tr("Group column"), self.group_col)
        form.addRow(self.tr("Or all rows in group"), self.default_group)
        top.addLayout(form, 1)
        self.mapping = QTableWidget(0, 2)
        self.mapping.setObjectName("importMapping")
        self.mapping.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Question")])
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping.verticalHeader().setVisible(False)
        top.addWidget(self.mapping, 2)
        lay.addLayout(top, 2)
        lay.addWidget(QLabel(self.tr("Preview (rows with problems in red)")))
        self.preview = QTableWidget()
        self.preview.setObjectName("importPreview")
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        lay.addWidget(self.preview, 3)
        lay.addWidget(QLabel(self.tr("Problems")))
        self.problems = QListWidget()
        self.problems.setObjectName("importProblems")
        lay.addWidget(self.problems, 2)
        self.skip = QCheckBox(self.tr("Skip the rows with problems and import the others"))
        self.skip.setObjectName("importSkip")
        lay.addWidget(self.skip)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_btn = QPushButton(self.tr("Import"))
        self.import_btn.setObjectName("importButton")
        self.buttons.addButton(self.import_btn, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._import)
        self.buttons.rejected.connect(self.reject)
        self.skip.toggled.connect(lambda _c: self._update_button())
        lay.addWidget(self.buttons)

        headers = self.table.headers
        self.group_col.addItem(self.tr("(none)"), -1)
        for i, h in enumerate(headers):
            self.group_col.addItem(h, i)
        self.default_group.addItem(self.tr("(from the group column)"), "")
        for g in survey.groups:
            self.default_group.addItem(g.name, g.name)
        self._combos: list[QComboBox] = []
        self.mapping.setRowCount(len(headers))
        for i, h in enumerate(headers):
            self.mapping.setItem(i, 0, QTableWidgetItem(h))
            cb = QComboBox()
            cb.addItem(self.tr("(not imported)"), "")  # never None: see pages/surveys._cur
            for q in survey.questions:
                cb.addItem(f"{q.key} — {q.text}", q.key)
            self.mapping.setCellWidget(i, 1, cb)
            self._combos.append(cb)
        self._replan(initial=True)
        for cb in self._combos:
            cb.currentIndexChanged.connect(lambda _i: self._replan())
        self.group_col.currentIndexChanged.connect(lambda _i: self._replan())
        self.default_group.currentIndexChanged.connect(lambda _i: self._replan())

    def _replan(self, initial: bool = False) -> None:
        mapping = None if initial else {i: cb.currentData() for i, cb in enumerate(self._combos) if cb.currentData()}
        gcol = None if initial or self.group_col.currentData() == -1 else self.group_col.currentData()
        default = None if initial else (self.default_group.currentData() or None)
        try:
            self.plan = read(self.window_, lambda s: plan_import(
                s, self.survey.id, table=self.table, mapping=mapping,
                group_column=(gcol + 1) if gcol is not None else None, default_group=default,
                guess_columns=initial))
        except EvaltoolError as exc:
            self.plan = None
            self.problems.clear()
            self.problems.addItem(str(exc))
            self._update_button()
            return
        if initial:
            for cb in (self.group_col, self.default_group, *self._combos):
                cb.blockSignals(True)
            for i, cb in enumerate(self._combos):
                key = self.plan.mapping.get(i)
                cb.setCurrentIndex(max(0, cb.findData(key)) if key else 0)
            if self.plan.group_column is not None:
                self.group_col.setCurrentIndex(self.group_col.findData(self.plan.group_column))
            for cb in (self.group_col, self.default_group, *self._combos):
                cb.blockSignals(False)
        self._show_plan()

    def _show_plan(self) -> None:
        plan = self.plan
        assert plan is not None
        enc = f" · {plan.table.encoding}" if plan.table.encoding else ""
        self.info.setText(self.tr("{file}{enc}: {rows} questionnaires, {ok} ready, {bad} with problems. New groups: {groups}").format(
            file=plan.table.file, enc=enc, rows=len(plan.rows), ok=len(plan.ok_rows), bad=len(plan.bad_rows),
            groups="、".join(plan.new_groups) or self.tr("none")))
        headers = plan.table.headers
        self.preview.clear()
        self.preview.setColumnCount(len(headers))
        self.preview.setHorizontalHeaderLabels([f"{h}\n→ {plan.mapping.get(i, '')}" for i, h in enumerate(headers)])
        shown = plan.table.rows[:PREVIEW_ROWS]
        self.preview.setRowCount(len(shown))
        bad_rows = {r.row for r in plan.bad_rows}
        for r, cells in enumerate(shown):
            rownum = plan.table.first_row + r
            self.preview.setVerticalHeaderItem(r, QTableWidgetItem(str(rownum)))
            for c, v in enumerate(cells):
                it = QTableWidgetItem("" if v is None else str(v))
                if rownum in bad_rows:
                    it.setBackground(QBrush(BAD_BG))
                self.preview.setItem(r, c, it)
        self.problems.clear()
        for p in plan.all_problems():
            self.problems.addItem(str(p))
        self._update_button()

    def _update_button(self) -> None:
        plan = self.plan
        ok = plan is not None and not any(p.kind == "error" for p in plan.problems) and bool(plan.ok_rows) and (
            not plan.bad_rows or self.skip.isChecked())
        self.import_btn.setEnabled(ok)

    def _import(self) -> None:
        plan = self.plan
        if plan is None:
            return
        skip = self.skip.isChecked()
        result = run_op(self.window_, lambda s: apply_import(s, plan, skip_bad_rows=skip), parent=self)
        if result is None:
            return
        self.imported = result.imported
        # an import is not undoable (like sync merges): the stack would undo across it
        self.window_.undo_stack.clear()
        QMessageBox.information(self, self.tr("Import answers"), self.tr("Imported {n} questionnaires; skipped {skipped}.").format(
            n=result.imported, skipped=result.skipped))
        self.accept()


class QuestionDialog(QDialog):
    """Add or edit a question: key, kind, texts, options (label, English label, weight, satisfied)."""

    def __init__(self, parent: QWidget, question: QuestionInfo | None = None, next_key: str = "q1") -> None:
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

    def values(self) -> dict[str, Any]:
        opts = []
        for r in range(self.options.rowCount()):
            def cell(c: int) -> str:
                it = self.options.item(r, c)
                return it.text().strip() if it is not None else ""
            if not cell(1):
                continue
            weight = cell(3)
            opts.append({"code": cell(0) or r + 1, "label": cell(1), "label_en": cell(2),
                         "weight": float(weight) if weight else None,
                         "satisfied": self.options.item(r, 4).checkState() == Qt.CheckState.Checked})
        return {"key": self.key.text().strip(), "kind": self.kind.currentData(), "text": self.text.text().strip(),
                "text_en": self.text_en.text().strip(), "options": opts}
