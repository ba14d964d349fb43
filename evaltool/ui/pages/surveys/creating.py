"""The preview of a questionnaire inferred from an answer file, before anything is stored.

``CreateFromAnswersDialog`` shows the ``Draft`` made on the runner
(``survey.importing.infer_questionnaire``): one row per question with the file's
column(s), the text (editable), the kind (a choice), the options with the ones counting
as satisfied marked ✓, a button reversing a scale's order, the groups a question is
asked of, and what to check. Above: the questionnaire's name and the group column (a
change infers the questionnaire again, keeping the person's corrections of questions
that are still there); below: the rows that have problems once checked against the
draft. "Create and import" stores the questionnaire and imports every row in one
writing job (progress, Cancel: nothing is stored until the whole file is), then clears
the undo stack like every import.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from evaltool.errors import EvaltoolError
from evaltool.survey import KINDS, SCALE_KINDS, SurveyInfo, kind_label
from evaltool.survey.importing import (
    Draft,
    DraftQuestion,
    ImportPlan,
    ImportResult,
    import_new_survey,
    infer_questionnaire,
    plan_draft,
    reverse_scale,
    set_kind,
)
from evaltool.ui.pages.surveys.common import combo_data
from evaltool.ui.runner import Job, Task

if TYPE_CHECKING:
    from evaltool.ui.pages.surveys.page import SurveysPage

# question table columns
C_INCLUDE, C_KEY, C_COLUMNS, C_TEXT, C_KIND, C_OPTIONS, C_ORDER, C_ASKED, C_NOTE = range(9)


def options_text(q: DraftQuestion) -> str:
    """"1 非常满意 ✓ · 2 比较满意 ✓ · 3 一般 …" (✓: counts as satisfied)."""
    parts = []
    for o in q.options:
        mark = " ✓" if o.get("satisfied") else ""
        na = " (—)" if o.get("na") else ""
        parts.append(f"{o['code']} {o['label']}{mark}{na}")
    return " · ".join(parts)


class CreateFromAnswersDialog(QDialog):
    """Look at (and correct) the questionnaire an answer file implies, then create it and
    import the file. ``created`` is the new survey once imported (None until then)."""

    def __init__(self, window: Any, project_id: str, draft: Draft, plan: ImportPlan | None,
                 page: SurveysPage | None = None) -> None:
        super().__init__(page or window)
        self.window_, self.project_id, self.page = window, project_id, page
        self.draft = draft.copy()
        self.plan = plan
        self.created: SurveyInfo | None = None
        self.import_result: ImportResult | None = None
        self._task: Task[Any] | None = None
        self._generation = 0
        self._edits: dict[str, dict[str, Any]] = {}  # the person's corrections, by question key
        self._loading = False
        self.setWindowTitle(self.tr("New questionnaire from {file}").format(file=draft.table.file))
        self.resize(1240, 700)
        lay = QVBoxLayout(self)
        self.info = QLabel()
        self.info.setObjectName("createInfo")
        self.info.setWordWrap(True)
        lay.addWidget(self.info)
        form = QFormLayout()
        self.name = QLineEdit(draft.name)
        self.name.setObjectName("createName")
        self.group_col = QComboBox()
        self.group_col.setObjectName("createGroupColumn")
        self.group_col.addItem(self.tr("(none)"), "-1")
        for i, h in enumerate(draft.table.headers):
            self.group_col.addItem(h, str(i))
        self.group_col.setCurrentIndex(max(0, self.group_col.findData(str(draft.group_column)))
                                       if draft.group_column is not None else 0)
        name_label = QLabel(self.tr("&Name"))
        name_label.setBuddy(self.name)
        group_label = QLabel(self.tr("&Group column"))
        group_label.setBuddy(self.group_col)
        form.addRow(name_label, self.name)
        form.addRow(group_label, self.group_col)
        lay.addLayout(form)
        self.hint = QLabel(self.tr("Check each question's kind and, for scales, that the best answer comes first "
                                   "(✓ counts as satisfied). Untick a question to leave it out."))
        self.hint.setWordWrap(True)
        lay.addWidget(self.hint)
        self.table = QTableWidget(0, 9)
        self.table.setObjectName("createQuestions")
        self.table.setHorizontalHeaderLabels([
            "", self.tr("Key"), self.tr("Column in the file"), self.tr("Question"), self.tr("Kind"), self.tr("Options"),
            self.tr("Order"), self.tr("Asked of"), self.tr("To check")])
        self.table.verticalHeader().setVisible(False)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        head.setSectionResizeMode(C_OPTIONS, QHeaderView.ResizeMode.Stretch)
        for col, width in ((C_INCLUDE, 28), (C_KEY, 64), (C_COLUMNS, 150), (C_TEXT, 190), (C_KIND, 190), (C_ORDER, 76),
                           (C_ASKED, 130), (C_NOTE, 130)):
            self.table.setColumnWidth(col, width)
        self.table.setWordWrap(True)  # options and notes in full, on two lines if need be
        self.table.verticalHeader().setDefaultSectionSize(46)
        self.table.itemChanged.connect(self._item_changed)
        lay.addWidget(self.table, 4)
        self.problems_label = QLabel(self.tr("Rows with problems"))
        lay.addWidget(self.problems_label)
        self.problems = QListWidget()
        self.problems.setObjectName("createProblems")
        self.problems.setMaximumHeight(96)
        lay.addWidget(self.problems, 1)
        self.skip = QCheckBox(self.tr("Skip the rows with problems and import the others"))
        self.skip.setObjectName("createSkip")
        self.skip.toggled.connect(lambda _c: self._update_button())
        lay.addWidget(self.skip)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_btn = QPushButton(self.tr("Create and import"))
        self.create_btn.setObjectName("createButton")
        self.create_btn.setDefault(True)
        self.buttons.addButton(self.create_btn, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self._show_draft()
        self._show_plan(plan)
        self.group_col.currentIndexChanged.connect(lambda _i: self._reinfer())

    # -- showing ----------------------------------------------------------------------
    def _show_draft(self) -> None:
        d = self.draft
        h = d.table.headers
        enc = f" · {d.table.encoding}" if d.table.encoding else ""
        parts = [self.tr("{file}{enc}: {rows} questionnaires, {n} questions").format(
            file=d.table.file, enc=enc, rows=len(d.table.rows), n=len(d.included))]
        if d.groups:
            parts.append(self.tr("groups: {groups}").format(groups="、".join(f"{g} {n}" for g, n in d.groups)))
        if d.id_column is not None:
            parts.append(self.tr("respondent id: {column}").format(column=h[d.id_column]))
        if d.meta_columns:
            parts.append(self.tr("kept aside (not questions): {columns}").format(columns="、".join(h[c] for c in d.meta_columns)))
        self.info.setText("; ".join(parts))
        self._loading = True
        try:
            self.table.setRowCount(len(d.questions))
            for r, q in enumerate(d.questions):
                self._show_row(r, q)
        finally:
            self._loading = False

    def _show_row(self, r: int, q: DraftQuestion) -> None:
        h = self.draft.table.headers
        inc = QTableWidgetItem()
        inc.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        inc.setCheckState(Qt.CheckState.Checked if q.include else Qt.CheckState.Unchecked)
        inc.setData(Qt.ItemDataRole.UserRole, q.key)
        self.table.setItem(r, C_INCLUDE, inc)
        for col, text, editable in ((C_KEY, q.key, False),
                                    (C_COLUMNS, " | ".join(h[c] for c in q.columns) or self.tr("(in the answers of {key})").format(key=q.other_of), False),
                                    (C_TEXT, q.text, True), (C_OPTIONS, options_text(q), False),
                                    (C_ASKED, "、".join(q.group_names) or self.tr("everyone"), False), (C_NOTE, q.note, False)):
            it = QTableWidgetItem(text)
            it.setToolTip(text)
            if not editable:
                it.setFlags(it.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(r, col, it)
        kind = QComboBox()
        kind.setObjectName(f"kind_{q.key}")
        for k in KINDS:
            kind.addItem(kind_label(k), k)
        kind.setCurrentIndex(kind.findData(q.kind))
        kind.currentIndexChanged.connect(lambda _i, key=q.key, cb=kind: self._kind_changed(key, combo_data(cb)))
        self.table.setCellWidget(r, C_KIND, kind)
        rev = QPushButton(self.tr("Reverse"))
        rev.setObjectName(f"reverse_{q.key}")
        rev.setToolTip(self.tr("The scale's order is upside down: make the last option the best"))
        rev.setEnabled(q.kind in SCALE_KINDS)
        rev.clicked.connect(lambda _c=False, key=q.key: self._reverse(key))
        self.table.setCellWidget(r, C_ORDER, rev)

    def _row_of(self, key: str) -> int:
        return next(i for i, q in enumerate(self.draft.questions) if q.key == key)

    def _show_plan(self, plan: ImportPlan | None, problem: str = "") -> None:
        self.plan = plan
        self.problems.clear()
        if plan is None:
            if problem:
                self.problems.addItem(problem)
        else:
            for p in plan.all_problems():
                if p.kind != "blank":
                    self.problems.addItem(str(p))
            self.problems_label.setText(self.tr("{ok} questionnaires ready, {bad} with problems").format(
                ok=len(plan.ok_rows), bad=len(plan.bad_rows)))
        self._update_button()

    def _update_button(self) -> None:
        plan = self.plan
        ok = (self._task is None and plan is not None and bool(plan.ok_rows) and bool(self.draft.included)
              and not any(p.kind == "error" for p in plan.problems) and (not plan.bad_rows or self.skip.isChecked()))
        self.create_btn.setEnabled(ok)

    # -- corrections --------------------------------------------------------------------
    def _item_changed(self, it: QTableWidgetItem) -> None:
        if self._loading:
            return
        q = self.draft.questions[it.row()]
        if it.column() == C_INCLUDE:
            q.include = it.checkState() == Qt.CheckState.Checked
            self._edits.setdefault(q.key, {})["include"] = q.include
            self._replan()
        elif it.column() == C_TEXT:
            text = it.text().strip()
            if text:
                q.text = text
                self._edits.setdefault(q.key, {})["text"] = text
            else:  # a question needs a text: put it back
                self._loading = True
                it.setText(q.text)
                self._loading = False

    def _kind_changed(self, key: str, kind: str) -> None:
        q = self.draft.question(key)
        if q is None or not kind or kind == q.kind:
            return
        set_kind(q, kind)
        self._edits.setdefault(key, {}).update(kind=kind, reversed=False)
        self._refresh_row(key)
        self._replan()

    def _reverse(self, key: str) -> None:
        q = self.draft.question(key)
        if q is None or q.kind not in SCALE_KINDS:
            return
        reverse_scale(q)
        edit = self._edits.setdefault(key, {})
        edit["reversed"] = not edit.get("reversed", False)
        self._refresh_row(key)

    def _refresh_row(self, key: str) -> None:
        q = self.draft.question(key)
        if q is None:
            return
        self._loading = True
        try:
            self._show_row(self._row_of(key), q)
        finally:
            self._loading = False

    def _apply_edits(self, draft: Draft) -> None:
        for key, edit in self._edits.items():
            q = draft.question(key)
            if q is None:
                continue
            if "kind" in edit:
                set_kind(q, edit["kind"])
            if edit.get("reversed") and q.kind in SCALE_KINDS:
                reverse_scale(q)
            if "include" in edit:
                q.include = edit["include"]
            if "text" in edit:
                q.text = edit["text"]

    # -- runner jobs --------------------------------------------------------------------
    def _reinfer(self) -> Task[Any] | None:
        """Infer the questionnaire again for the chosen group column (a job), keeping the
        corrections made to questions that are still there."""
        col = int(combo_data(self.group_col) or "-1")
        table = self.draft.table
        self._generation += 1
        gen = self._generation
        if self._task is not None:
            self._task.cancel()
        self.create_btn.setEnabled(False)

        def work(job: Job) -> tuple[Draft, ImportPlan]:
            job.progress(0, 0)
            draft = infer_questionnaire(table, group_column=col + 1 if col >= 0 else None, no_group=col < 0)
            job.check()
            return draft, plan_draft(draft, cancelled=job.cancelled)

        def done(result: tuple[Draft, ImportPlan]) -> None:
            if gen != self._generation:
                return
            self._task = None
            draft, _plan = result
            draft.name = self.draft.name
            self._apply_edits(draft)
            self.draft = draft
            self._show_draft()
            self._replan()

        self._task = self.window_.runner.run(self.tr("Checking the answers…"), work, parent=self, on_done=done,
                                             on_error=self._failed, on_cancelled=lambda: self._stopped(gen))
        return self._task

    def _replan(self) -> Task[Any] | None:
        """Check the rows against the draft as corrected now (a job; a newer check replaces it)."""
        self._generation += 1
        gen = self._generation
        if self._task is not None:
            self._task.cancel()
        self.create_btn.setEnabled(False)
        draft = self.draft.copy()

        def work(job: Job) -> ImportPlan:
            job.progress(0, 0)
            return plan_draft(draft, cancelled=job.cancelled)

        def done(plan: ImportPlan) -> None:
            if gen == self._generation:
                self._task = None
                self._show_plan(plan)

        self._task = self.window_.runner.run(self.tr("Checking the answers…"), work, parent=self, on_done=done,
                                             on_error=self._failed, on_cancelled=lambda: self._stopped(gen))
        return self._task

    def _stopped(self, gen: int) -> None:
        if gen == self._generation:
            self._task = None
            self._show_plan(None, self.tr("Checking was cancelled: change something to check again."))

    def _failed(self, exc: EvaltoolError) -> None:
        self._task = None
        self._show_plan(None, str(exc))

    def _create(self) -> Task[Any] | None:
        if self._task is not None or self.plan is None:
            return None
        draft = self.draft.copy()
        draft.name = self.name.text().strip() or draft.name
        pid, skip = self.project_id, self.skip.isChecked()

        def work(job: Job) -> tuple[SurveyInfo, ImportResult]:
            with job.session() as s:
                survey, _plan, result = import_new_survey(s, pid, draft, skip_bad_rows=skip, progress=job.progress,
                                                          cancelled=job.cancelled)
            return survey, result

        self._task = self.window_.runner.run(
            self.tr("Creating the questionnaire and importing {n} questionnaires…").format(n=len(self.plan.ok_rows)),
            work, writes=True, clears_undo=True, parent=self, on_done=self._created, on_error=self._create_failed,
            on_cancelled=self._create_cancelled)
        self._update_button()
        return self._task

    def _created(self, result: tuple[SurveyInfo, ImportResult]) -> None:
        self._task = None
        self.created, self.import_result = result
        if self.page is not None:
            self.page.select_survey(self.created.id)
        QMessageBox.information(self, self.tr("New questionnaire"), self.tr(
            "Questionnaire “{name}” created with {q} questions; {n} questionnaires imported, {skipped} skipped.").format(
            name=self.created.name, q=len(self.created.questions), n=self.import_result.imported, skipped=self.import_result.skipped))
        self.accept()

    def _create_failed(self, exc: EvaltoolError) -> None:
        self._task = None
        self._update_button()
        QMessageBox.warning(self, self.tr("Cannot do that"), str(exc))

    def _create_cancelled(self) -> None:
        self._task = None
        self._update_button()
        self.info.setText(self.tr("The import was cancelled; nothing was created."))

    def reject(self) -> None:
        if self._task is not None and self._task.writes:
            return  # the import is running: its own progress dialog has the Cancel
        if self._task is not None:
            self._task.cancel()
            self._task = None
        super().reject()


def question_row_widgets(dialog: CreateFromAnswersDialog, key: str) -> tuple[QComboBox, QPushButton]:
    """The kind combo and the reverse button of a question's row (for tests and scripts)."""
    r = dialog._row_of(key)
    kind = dialog.table.cellWidget(r, C_KIND)
    rev = dialog.table.cellWidget(r, C_ORDER)
    assert isinstance(kind, QComboBox) and isinstance(rev, QPushButton)
    return kind, rev

