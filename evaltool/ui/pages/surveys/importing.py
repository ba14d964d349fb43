"""Importing a file of answers (.xlsx / .xls / .csv) into a survey, on the window's runner.

Three steps, none of them on the UI thread:

1. ``AnswerImport.start`` reads the file and plans the import (``survey_import.read_table``
   and ``plan_import``) as a reading job, with a progress dialog and Cancel;
2. ``ImportAnswersDialog`` shows the plan: how columns map to questions, a preview with
   the rows that have problems in red, the problems with their row numbers. Every change
   of the mapping re-plans as a reading job (a newer plan replaces an older one);
3. Import applies the plan as a writing job (progress, Cancel: nothing is imported until
   the whole file is), then clears the undo stack — an import is not undoable, like a
   sync merge.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
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
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaltool.errors import EvaltoolError, ImportFormatError
from evaltool.survey import SurveyInfo
from evaltool.survey.importing import ImportPlan, ImportResult, TableData, apply_import, plan_import, read_table
from evaltool.ui.runner import Job, Task

if TYPE_CHECKING:
    from evaltool.ui.pages.surveys.page import SurveysPage

PREVIEW_ROWS = 30
BAD_BG = QColor(255, 215, 215)
# What a planning job hands back: the plan, or the reason there is none (shown in the
# dialog's problem list: a mapping chosen by hand can still fix it).
Planned = tuple[ImportPlan | None, str]


def _plan(db: Any, survey_id: str, table: TableData, **options: Any) -> Planned:
    """Plan in a read session of its own (worker thread); a user error becomes the reason."""
    with db.read_session() as s:
        try:
            return plan_import(s, survey_id, table=table, **options), ""
        except EvaltoolError as exc:
            return None, str(exc)


class AnswerImport(QObject):
    """The page's answer import: starts the reading job and opens the dialog with its plan."""

    def __init__(self, page: SurveysPage) -> None:
        super().__init__(page)
        self.page = page
        self.window_ = page.window_
        self.dialog: ImportAnswersDialog | None = None

    def start(self, survey: SurveyInfo, path: str) -> Task[Any] | None:
        """Read and plan ``path`` on the runner; the dialog opens when the plan is ready."""
        db, name = self.window_.db, Path(path).name

        def work(job: Job) -> tuple[TableData, ImportPlan | None, str]:
            job.progress(0, 2)
            try:
                table = read_table(path)
            except OSError as exc:  # unreadable file: say so, naming it (not a bug)
                raise ImportFormatError(str(exc.strerror or exc), file=name) from exc
            job.check()
            job.progress(1, 2)
            plan, problem = _plan(db, survey.id, table)
            job.check()
            job.progress(2, 2)
            return table, plan, problem

        return self.window_.runner.run(self.tr("Reading {file}…").format(file=name), work, parent=self.page,
                                       on_done=lambda result: self._open(survey, *result))

    def _open(self, survey: SurveyInfo, table: TableData, plan: ImportPlan | None, problem: str) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = ImportAnswersDialog(self.window_, survey, table, plan, problem, self.page)
        self.dialog.open()


class ImportAnswersDialog(QDialog):
    """Pick how the file's columns map to questions, see the rows and their problems, import.

    Built from a plan made on the runner; re-plans and the import itself run there too.
    ``imported`` is the number of questionnaires imported (0 until then).
    """

    def __init__(self, window: Any, survey: SurveyInfo, table: TableData, plan: ImportPlan | None,
                 problem: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.window_, self.survey, self.table = window, survey, table
        self.setWindowTitle(self.tr("Import answers — {file}").format(file=table.file))
        self.resize(1100, 720)
        self.plan: ImportPlan | None = None
        self.imported = 0
        self._task: Task[Any] | None = None  # the running re-plan or import
        self._generation = 0  # plans of older mappings are dropped
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

        headers = table.headers
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
            cb.addItem(self.tr("(not imported)"), "")  # never None: see pages/surveys/common.combo_data
            for q in survey.questions:
                cb.addItem(f"{q.key} — {q.text}", q.key)
            self.mapping.setCellWidget(i, 1, cb)
            self._combos.append(cb)
        if plan is not None:  # the guessed mapping, shown in the combos
            for i, cb in enumerate(self._combos):
                key = plan.mapping.get(i)
                cb.setCurrentIndex(max(0, cb.findData(key)) if key else 0)
            if plan.group_column is not None:
                self.group_col.setCurrentIndex(self.group_col.findData(plan.group_column))
        self._show(plan, problem)
        for cb in self._combos:
            cb.currentIndexChanged.connect(lambda _i: self._replan())
        self.group_col.currentIndexChanged.connect(lambda _i: self._replan())
        self.default_group.currentIndexChanged.connect(lambda _i: self._replan())

    # -- planning -------------------------------------------------------------------
    def _replan(self) -> Task[Any] | None:
        """Plan again with the mapping as chosen now, on the runner."""
        mapping = {i: cb.currentData() for i, cb in enumerate(self._combos) if cb.currentData()}
        gcol = None if self.group_col.currentData() == -1 else self.group_col.currentData()
        default = self.default_group.currentData() or None
        self._generation += 1
        gen, db, sid, table = self._generation, self.window_.db, self.survey.id, self.table
        if self._task is not None:
            self._task.cancel()
        self.import_btn.setEnabled(False)  # until the plan for this mapping is back

        def work(job: Job) -> Planned:
            job.progress(0, 0)
            planned = _plan(db, sid, table, mapping=mapping, default_group=default, guess_columns=False,
                            group_column=(gcol + 1) if gcol is not None else None)
            job.check()
            return planned

        stopped = self.tr("Checking was cancelled: change the mapping to check again.")
        self._task = self.window_.runner.run(self.tr("Checking the answers…"), work, parent=self,
                                             on_done=lambda planned: self._planned(gen, *planned),
                                             on_cancelled=lambda: self._planned(gen, None, stopped))
        return self._task

    def _planned(self, gen: int, plan: ImportPlan | None, problem: str) -> None:
        if gen != self._generation:
            return  # an older mapping's plan: a newer one is on its way
        self._task = None
        self._show(plan, problem)

    def _show(self, plan: ImportPlan | None, problem: str = "") -> None:
        self.plan = plan
        if plan is None:
            self.problems.clear()
            self.problems.addItem(problem)
            self._update_button()
            return
        enc = f" · {plan.table.encoding}" if plan.table.encoding else ""
        text = self.tr("{file}{enc}: {rows} questionnaires, {ok} ready, {bad} with problems. New groups: {groups}")
        self.info.setText(text.format(file=plan.table.file, enc=enc, rows=len(plan.rows), ok=len(plan.ok_rows),
                                      bad=len(plan.bad_rows), groups="、".join(plan.new_groups) or self.tr("none")))
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
        ok = self._task is None and plan is not None and not any(p.kind == "error" for p in plan.problems) \
            and bool(plan.ok_rows) and (not plan.bad_rows or self.skip.isChecked())
        self.import_btn.setEnabled(ok)

    # -- importing ------------------------------------------------------------------
    def _import(self) -> Task[Any] | None:
        plan = self.plan
        if plan is None or self._task is not None:
            return None
        skip = self.skip.isChecked()

        def work(job: Job) -> ImportResult:
            with job.session() as s:
                return apply_import(s, plan, skip_bad_rows=skip, progress=job.progress, cancelled=job.cancelled)

        self._task = self.window_.runner.run(
            self.tr("Importing {n} questionnaires…").format(n=len(plan.ok_rows)), work, writes=True, clears_undo=True,
            parent=self, on_done=self._imported, on_error=self._import_failed, on_cancelled=self._import_cancelled)
        self._update_button()
        return self._task

    def _imported(self, result: ImportResult) -> None:
        self._task = None
        self.imported = result.imported
        QMessageBox.information(self, self.tr("Import answers"), self.tr("Imported {n} questionnaires; skipped {skipped}.").format(
            n=result.imported, skipped=result.skipped))
        self.accept()

    def _import_failed(self, exc: EvaltoolError) -> None:
        self._task = None
        self._update_button()
        QMessageBox.warning(self, self.tr("Cannot do that"), str(exc))

    def _import_cancelled(self) -> None:
        self._task = None
        self._update_button()
        self.info.setText(self.tr("The import was cancelled; nothing was imported."))

    def reject(self) -> None:
        if self._task is not None and self._task.writes:
            return  # the import is running: its own progress dialog has the Cancel
        if self._task is not None:
            self._task.cancel()
            self._task = None
        super().reject()
