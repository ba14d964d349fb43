"""The Surveys page: the survey chooser and its file actions above three tabs.

Tabs (one class each): Results (``results.ResultsTab``: tallies and charts), Entry
(``entry.EntryTab``: fast keyboard entry) and Questionnaire
(``questionnaire.QuestionnaireTab``: groups and questions). Answer files are imported by
``importing.AnswerImport`` on the window's runner. The page holds the project's surveys
(plain ``SurveyInfo`` records) and hands the chosen one to each tab.

File actions: a new survey from a built-in template (quick), from an XLSForm workbook (read
and created on the runner), from an answer file (a survey platform's export: the
questionnaire is inferred and previewed before anything is stored — also what "Import
answers" does while the project has no survey), the questionnaire exported as XLSForm,
the charts saved as PNG (drawn and written on the runner).
"""
from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
)

from evaltool.changes import Changes
from evaltool.errors import EvaltoolError, ExportError
from evaltool.fsutil import atomic_write_bytes
from evaltool.i18n import current_language
from evaltool.survey import (
    CHOICE_KINDS,
    SurveyInfo,
    create_from_template,
    export_xlsform,
    import_xlsform,
    list_surveys,
    list_templates,
)
from evaltool.ui.operations import read, run_op
from evaltool.ui.pages.base import ProjectPage
from evaltool.ui.pages.surveys.common import combo_data
from evaltool.ui.pages.surveys.entry import EntryTab
from evaltool.ui.pages.surveys.importing import AnswerImport
from evaltool.ui.pages.surveys.questionnaire import QuestionnaireTab
from evaltool.ui.pages.surveys.results import ResultsTab
from evaltool.ui.runner import Job, Task
from evaltool.ui.widgets.fit import scroll_body
from evaltool.ui.widgets.folders import existing_folder, open_file_name, save_file_name


class SurveysPage(ProjectPage):
    key = "surveys"

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.surveys: list[SurveyInfo] = []
        self._loading = False
        outer = QVBoxLayout(scroll_body(self))
        bar = QHBoxLayout()
        self.survey_label = QLabel()
        self.survey_combo = QComboBox()
        self.survey_combo.setObjectName("surveyCombo")
        self.survey_combo.setMinimumWidth(280)
        self.survey_label.setBuddy(self.survey_combo)
        self.survey_combo.currentIndexChanged.connect(lambda _i: self._on_survey_changed())
        self.new_btn = QToolButton()
        self.new_btn.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.new_menu = QMenu(self)
        self.new_btn.setMenu(self.new_menu)
        self.import_btn = QPushButton()
        self.import_btn.setObjectName("importAnswers")
        self.import_btn.clicked.connect(self.import_answers)
        self.form_btn = QPushButton()
        self.form_btn.clicked.connect(self.export_form)
        self.charts_btn = QPushButton()
        self.charts_btn.clicked.connect(self.save_charts)
        for w in (self.survey_label, self.survey_combo, self.new_btn, self.import_btn, self.form_btn, self.charts_btn):
            bar.addWidget(w)
        bar.addStretch(1)
        outer.addLayout(bar)
        self.tabs = QTabWidget()
        outer.addWidget(self.tabs, 1)
        self._stale = True
        self.results = ResultsTab(self)
        self.entry = EntryTab(self)
        self.questionnaire = QuestionnaireTab(self)
        self.answer_import = AnswerImport(self)
        for tab in (self.results, self.entry, self.questionnaire):
            self.tabs.addTab(tab, "")
        self.tabs.currentChanged.connect(lambda _i: self.entry.load_if_stale())
        self.results.busy_changed.connect(lambda _busy: self._enable_buttons())
        QShortcut(QKeySequence("Ctrl+Shift+E"), self, self.start_entry)
        self.retranslate()

    # -- texts ----------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Surveys")

    def retranslate(self) -> None:
        self.survey_label.setText(self.tr("Surve&y"))
        self.new_btn.setText(self.tr("New survey"))
        self.new_menu.clear()
        lang = current_language()
        for t in list_templates():
            self.new_menu.addAction(self.tr("From template: {name}").format(name=t.name(lang)),
                                    partial(self.new_from_template, t.key))
        self.new_menu.addSeparator()
        self.new_menu.addAction(self.tr("From an answer file (survey platform export)…"), self.new_from_answers)
        self.new_menu.addAction(self.tr("From an XLSForm workbook…"), self.import_form)
        self.import_btn.setText(self.tr("Import answers…"))
        self.form_btn.setText(self.tr("Export questionnaire (XLSForm)…"))
        self.charts_btn.setText(self.tr("Save charts…"))
        self.tabs.setTabText(self.tabs.indexOf(self.results), self.tr("Results"))
        self.tabs.setTabText(self.tabs.indexOf(self.entry), self.tr("Entry"))
        self.tabs.setTabText(self.tabs.indexOf(self.questionnaire), self.tr("Questionnaire"))
        for tab in (self.results, self.entry, self.questionnaire):
            tab.retranslate()
        self.refresh()

    # -- data -----------------------------------------------------------------------
    def current_survey(self) -> SurveyInfo | None:
        sid = combo_data(self.survey_combo)
        return next((s for s in self.surveys if s.id == sid), None)

    def refresh(self) -> None:
        if not self.project_id or self.defer_if_hidden():
            return
        pid = self.project_id
        keep = combo_data(self.survey_combo)
        self.surveys = read(self.window_, lambda s: list_surveys(s, pid))
        self._loading = True
        try:
            self.survey_combo.clear()
            for sv in self.surveys:
                self.survey_combo.addItem(f"{sv.name} ({sv.respondents})", sv.id)
            idx = self.survey_combo.findData(keep) if keep else -1
            self.survey_combo.setCurrentIndex(idx if idx >= 0 else (0 if self.surveys else -1))
        finally:
            self._loading = False
        self._enable_buttons()
        self._on_survey_changed()

    def _enable_buttons(self) -> None:
        self.import_btn.setEnabled(bool(self.project_id))  # no survey yet: the file makes one
        self.form_btn.setEnabled(bool(self.surveys))
        self.charts_btn.setEnabled(bool(self.surveys) and not self.results.busy)

    def _on_survey_changed(self) -> None:
        if self._loading:
            return
        sv = self.current_survey()
        self.results.show_survey(sv)
        self.entry.set_survey(sv)
        self.questionnaire.set_survey(sv)

    def on_data_changed(self, changes: Changes, initiator: object | None) -> None:
        if not (changes.surveys or changes.projects):
            return
        if initiator is self.entry.grid and self.isVisible():
            # the grid already shows what was typed; refresh the numbers only
            pid = self.project_id
            self.surveys = read(self.window_, lambda s: list_surveys(s, pid)) if pid else []
            sv = self.current_survey()
            for info in self.surveys:  # the selector's counts follow the answers typed (215 → 216)
                i = self.survey_combo.findData(info.id)
                if i >= 0:
                    self.survey_combo.setItemText(i, f"{info.name} ({info.respondents})")
            self.results.show_survey(sv)
            self.entry.update_count(sv)
            return
        self.refresh()

    def start_entry(self) -> None:
        """Go to the entry tab with the cursor in the new row."""
        self.tabs.setCurrentWidget(self.entry)
        self.entry.start()

    # -- files ----------------------------------------------------------------------
    def _select(self, sv: SurveyInfo | None) -> None:
        if sv is not None:
            self.survey_combo.setCurrentIndex(self.survey_combo.findData(sv.id))

    def select_survey(self, survey_id: str) -> None:
        """Show the survey (made by a job that just finished: the list is read again)."""
        self.refresh()
        i = self.survey_combo.findData(survey_id)
        if i >= 0:
            self.survey_combo.setCurrentIndex(i)

    def new_from_template(self, key: str) -> None:
        pid = self.project_id
        if pid:
            self._select(run_op(self.window_, lambda s: create_from_template(s, pid, key)))

    def import_form(self, path: str | None = None) -> Task[Any] | None:
        """A new survey from an XLSForm workbook, read and created on the runner."""
        pid = self.project_id
        if not path:
            path = open_file_name(self, self.window_, "surveys", self.tr("Questionnaire (XLSForm)"),
                                  self.tr("Excel workbooks (*.xlsx)"))
        if not path or not pid:
            return None
        source = path

        def work(job: Job) -> SurveyInfo:
            job.progress(0, 0)
            with job.session() as s:
                return import_xlsform(s, pid, source)

        return self.window_.runner.run(self.tr("Reading {file}…").format(file=Path(path).name), work, writes=True,
                                       parent=self, on_done=self._select)

    def export_form(self) -> None:
        sv = self.current_survey()
        if sv is None:
            return
        path = save_file_name(self, self.window_, "surveys", self.tr("Export questionnaire (XLSForm)"), f"{sv.name}.xlsx",
                              self.tr("Excel workbooks (*.xlsx)"))
        if path:
            try:
                export_xlsform(sv, path)
            except (OSError, EvaltoolError) as exc:
                QMessageBox.warning(self, self.tr("Cannot do that"), str(exc))

    def _answer_file(self, path: str | None) -> str | None:
        if not path:
            path = open_file_name(self, self.window_, "surveys", self.tr("Import answers"),
                                  self.tr("Answers (*.xlsx *.xls *.csv *.txt)"))
        return path or None

    def import_answers(self, path: str | None = None) -> Task[Any] | None:
        """Import a file of answers into the current survey — or, while the project has no
        survey, make the questionnaire from the file: the file is read and checked on the
        runner, then ``answer_import.dialog`` (or ``create_dialog``) shows the plan."""
        if not self.project_id:
            return None
        path = self._answer_file(path)
        if not path:
            return None
        return self.answer_import.start(self.current_survey(), path)

    def new_from_answers(self, path: str | None = None) -> Task[Any] | None:
        """A new questionnaire inferred from an answer file (previewed before it is stored)."""
        if not self.project_id:
            return None
        path = self._answer_file(path)
        if not path:
            return None
        return self.answer_import.start(None, path)

    def save_charts(self, folder: str | None = None) -> Task[Any] | None:
        """Draw the charts of the shown tally as PNG files into a folder, on the runner.

        Every chart is drawn before the first file is written, so Cancel leaves the folder
        as it was; each file is written whole or not at all."""
        t = self.results.tally
        if t is None:
            return None
        if not folder:
            folder = existing_folder(self, self.window_, "export", self.tr("Save charts to folder"))
        if not folder:
            return None
        out, lang = Path(folder), current_language()
        cannot_write = self.tr("Cannot write {file}: {error}")

        def work(job: Job) -> int:
            from evaltool.charts import option_distribution_png, satisfaction_by_group_png

            questions = [q for q in t.questions if q.kind in CHOICE_KINDS and (q.stats.n or q.answered)]
            total = len(questions) + 2  # the group chart, the questions, writing
            files = [("satisfaction_by_group.png", satisfaction_by_group_png(t, lang))]
            for i, q in enumerate(questions):
                job.progress(i + 1, total)
                job.check()
                files.append((f"question_{q.key}.png", option_distribution_png(q, lang)))
            job.check()
            job.progress(total - 1, total)
            for name, data in files:
                try:
                    atomic_write_bytes(out / name, data)
                except OSError as exc:
                    raise ExportError(cannot_write.format(file=out / name, error=exc.strerror or exc)) from exc
            return len(files)

        def done(n: int) -> None:
            QMessageBox.information(self, self.tr("Save charts…").rstrip("…"), self.tr("{n} charts saved in {folder}.").format(
                n=n, folder=folder))

        return self.window_.runner.run(self.tr("Drawing the charts…"), work, parent=self, on_done=done)
