"""Importing a file of answers (.xlsx / .xls / .csv), on the window's runner.

1. ``AnswerImport.start`` reads the file as a reading job (progress from the rows read,
   Cancel stops the reading). For a project with no questionnaire — or when the person
   asked for a new one — it infers the questionnaire (``survey.importing``) and opens the
   preview (``creating.CreateFromAnswersDialog``); otherwise it plans the import into the
   chosen survey and opens ``ImportAnswersDialog``.
2. ``ImportAnswersDialog`` shows how columns map to questions (by meaning), a preview with
   the rows that have problems in red, the problems with their row numbers. A column that
   answers no question waits for the person's choice — a question, "add as a new
   question" or "leave out" — and labels that are no option are listed, with a choice to
   add them as options: nothing is dropped silently. Every change re-plans as a reading
   job (a newer plan replaces an older one).
3. Import applies the plan as a writing job (progress, Cancel: nothing is imported until
   the whole file is), then clears the undo stack — an import is not undoable, like a
   sync merge. Rows of an earlier export already in the survey are left out and counted.
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
from evaltool.survey.importing import (
    Draft,
    ImportPlan,
    ImportResult,
    TableData,
    apply_import,
    infer_questionnaire,
    plan_draft,
    plan_import,
    read_table,
)
from evaltool.ui.pages.surveys.common import combo_data
from evaltool.ui.pages.surveys.creating import CreateFromAnswersDialog
from evaltool.ui.runner import Job, Task

if TYPE_CHECKING:
    from evaltool.ui.pages.surveys.page import SurveysPage

PREVIEW_ROWS = 30
BAD_BG = QColor(255, 215, 215)
# What a planning job hands back: the plan, or the reason there is none (shown in the
# dialog's problem list: a mapping chosen by hand can still fix it).
Planned = tuple[ImportPlan | None, str]
# Choices of a column's combo besides a question key ("key") or one option ("key#code").
UNDECIDED, LEAVE_OUT, NEW_QUESTION, KEPT_ASIDE, ROLE = "?", "-", "+", "meta", "role"


def _plan(db: Any, survey_id: str, table: TableData, **options: Any) -> Planned:
    """Plan in a read session of its own (worker thread); a user error becomes the reason."""
    with db.read_session() as s:
        try:
            return plan_import(s, survey_id, table=table, **options), ""
        except EvaltoolError as exc:
            return None, str(exc)


class AnswerImport(QObject):
    """The page's answer import: the reading job, then the dialog for what was read."""

    def __init__(self, page: SurveysPage) -> None:
        super().__init__(page)
        self.page = page
        self.window_ = page.window_
        self.dialog: ImportAnswersDialog | None = None
        self.create_dialog: CreateFromAnswersDialog | None = None

    def start(self, survey: SurveyInfo | None, path: str) -> Task[Any] | None:
        """Read ``path`` on the runner: into ``survey``, or (None) as a new questionnaire."""
        db, name, pid = self.window_.db, Path(path).name, self.page.project_id

        def work(job: Job) -> tuple[Any, ...]:
            try:
                table = read_table(path, progress=job.progress, cancelled=job.cancelled)
            except OSError as exc:  # unreadable file: say so, naming it (not a bug)
                raise ImportFormatError(str(exc.strerror or exc), file=name) from exc
            job.check()
            job.progress(0, 0)
            if survey is None:
                draft = infer_questionnaire(table)
                job.check()
                return table, draft, plan_draft(draft, progress=job.progress, cancelled=job.cancelled)
            plan, problem = _plan(db, survey.id, table, progress=job.progress, cancelled=job.cancelled)
            job.check()
            return table, plan, problem

        def done(result: tuple[Any, ...]) -> None:
            if survey is None:
                self._open_create(pid, result[1], result[2])
            else:
                self._open(survey, *result)

        return self.window_.runner.run(self.tr("Reading {file}…").format(file=name), work, parent=self.page, on_done=done)

    def _open(self, survey: SurveyInfo, table: TableData, plan: ImportPlan | None, problem: str) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = ImportAnswersDialog(self.window_, survey, table, plan, problem, self.page)
        self.dialog.open()

    def _open_create(self, project_id: str | None, draft: Draft, plan: ImportPlan) -> None:
        if project_id is None:
            return
        if self.create_dialog is not None:
            self.create_dialog.deleteLater()
        self.create_dialog = CreateFromAnswersDialog(self.window_, project_id, draft, plan, self.page)
        self.create_dialog.open()


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
        # roles found by the first plan, kept when the person changes the mapping
        self._meta = list(plan.meta_columns) if plan else []
        self._ref = plan.ref_column if plan else None
        self._level = plan.level_column if plan else None
        self._unit = plan.unit_column if plan else None
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
        self.add_options = QCheckBox(self.tr("Add answers that are no option of their question as new options"))
        self.add_options.setObjectName("importAddOptions")
        lay.addWidget(self.add_options)
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
        self.group_col.addItem(self.tr("(none)"), "-1")
        for i, h in enumerate(headers):
            self.group_col.addItem(h, str(i))
        self.default_group.addItem(self.tr("(from the group column)"), "")
        for g in survey.groups:
            self.default_group.addItem(g.name, g.name)
        self._combos: list[QComboBox] = []
        self.mapping.setRowCount(len(headers))
        for i, h in enumerate(headers):
            self.mapping.setItem(i, 0, QTableWidgetItem(h))
            cb = QComboBox()
            self._fill_combo(cb, i, plan)
            self.mapping.setCellWidget(i, 1, cb)
            self._combos.append(cb)
        if plan is not None and plan.group_column is not None:
            self.group_col.setCurrentIndex(self.group_col.findData(str(plan.group_column)))
        self._show(plan, problem)
        for cb in self._combos:
            cb.currentIndexChanged.connect(lambda _i: self._replan())
        self.group_col.currentIndexChanged.connect(lambda _i: self._replan())
        self.default_group.currentIndexChanged.connect(lambda _i: self._replan())
        self.add_options.toggled.connect(lambda _c: self._replan())

    def _fill_combo(self, cb: QComboBox, col: int, plan: ImportPlan | None) -> None:
        """A column's choices: a question (or one option of a multiple-choice question), or
        what to do with a column that answers none; set to the plan's guess."""
        # data are strings, never None: see pages/surveys/common.combo_data
        roles = {self._ref: self.tr("(respondent id)"), self._level: self.tr("(level)"), self._unit: self.tr("(unit)")}
        if col in roles:
            cb.addItem(roles[col], ROLE)
            cb.setEnabled(False)
            return
        cb.addItem(self.tr("(choose: a question, a new question, or leave out)"), UNDECIDED)
        cb.addItem(self.tr("(leave out)"), LEAVE_OUT)
        cb.addItem(self.tr("(add as a new question)"), NEW_QUESTION)
        cb.addItem(self.tr("(kept aside: platform metadata)"), KEPT_ASIDE)
        for q in self.survey.questions:
            cb.addItem(f"{q.key} — {q.text}", q.key)
            if q.kind == "multi":
                for o in q.options:
                    cb.addItem(f"{q.key} — {q.text} ▸ {o['label']}", f"{q.key}#{o['code']}")
        choice = LEAVE_OUT
        if plan is not None:
            if col in plan.mapping:
                choice = plan.mapping[col]
            elif col in plan.option_columns:
                key, code = plan.option_columns[col]
                choice = f"{key}#{code}"
            elif col in plan.meta_columns:
                choice = KEPT_ASIDE
            elif col in plan.unmapped:
                choice = UNDECIDED
        cb.setCurrentIndex(max(0, cb.findData(choice)))

    # -- planning -------------------------------------------------------------------
    def _choices(self) -> dict[str, Any]:
        mapping: dict[int, str] = {}
        options: dict[int, tuple[str, int]] = {}
        meta, new, leave = [], [], []
        for i, cb in enumerate(self._combos):
            data = combo_data(cb)
            if data in (ROLE, UNDECIDED):
                continue
            if data == LEAVE_OUT:
                leave.append(i)
            elif data == NEW_QUESTION:
                new.append(i)
            elif data == KEPT_ASIDE:
                meta.append(i)
            elif "#" in data:
                key, _s, code = data.partition("#")
                options[i] = (key, int(code))
            else:
                mapping[i] = data
        gcol = int(combo_data(self.group_col) or "-1")

        def one_based(c: int | None) -> int | None:
            return None if c is None else c + 1

        return {"mapping": mapping, "option_columns": options, "meta_columns": meta, "new_columns": new,
                "ignore_columns": leave, "default_group": combo_data(self.default_group) or None,
                "guess_columns": False, "group_column": gcol + 1 if gcol >= 0 else None,
                "ref_column": one_based(self._ref), "level_column": one_based(self._level),
                "unit_column": one_based(self._unit), "add_options": self.add_options.isChecked()}

    def _replan(self) -> Task[Any] | None:
        """Plan again with the mapping as chosen now, on the runner."""
        options = self._choices()
        self._generation += 1
        gen, db, sid, table = self._generation, self.window_.db, self.survey.id, self.table
        if self._task is not None:
            self._task.cancel()
        self.import_btn.setEnabled(False)  # until the plan for this mapping is back

        def work(job: Job) -> Planned:
            job.progress(0, 0)
            planned = _plan(db, sid, table, cancelled=job.cancelled, **options)
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
        text = self.tr("{file}{enc}: {rows} questionnaires, {ok} ready, {bad} with problems, {dup} imported before. New groups: {groups}")
        self.info.setText(text.format(file=plan.table.file, enc=enc, rows=len(plan.rows), ok=len(plan.ok_rows),
                                      bad=len(plan.bad_rows), dup=len(plan.duplicates),
                                      groups="、".join(plan.new_groups) or self.tr("none")))
        headers = plan.table.headers
        self.preview.clear()
        self.preview.setColumnCount(len(headers))
        target = {**plan.mapping, **{c: f"{k}#{code}" for c, (k, code) in plan.option_columns.items()}}
        self.preview.setHorizontalHeaderLabels([f"{h}\n→ {target.get(i, '')}" for i, h in enumerate(headers)])
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
        for key, labels in plan.unknown_labels.items():
            self.problems.addItem(self.tr("{key}: answers that are no option: {labels}").format(
                key=key, labels="、".join(f"{lab} ({n})" for lab, n in labels.items())))
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
        QMessageBox.information(self, self.tr("Import answers"), self.tr(
            "Imported {n} questionnaires; skipped {skipped}; {dup} were imported before.").format(
            n=result.imported, skipped=result.skipped, dup=result.already_imported))
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
