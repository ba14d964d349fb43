"""Surveys page: tallies and charts, fast keyboard entry, questionnaire and groups.

Tabs: Results (group table with n / target / rate / 95% interval / index / levels, sample
warnings, per-question table, QtCharts of satisfaction by group and the option
distribution of a chosen question), Entry (the keyboard grid of evaltool.ui.survey_entry)
and Questionnaire (groups with target sample and expected levels; questions).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from evaltool.changes import Changes
from evaltool.errors import EvaltoolError
from evaltool.i18n import current_language
from evaltool.models import Response
from evaltool.scoring import fmt_rate, fmt_score
from evaltool.survey import (
    CHOICE_KINDS,
    SurveyInfo,
    add_group,
    add_question,
    add_response,
    create_from_template,
    export_xlsform,
    import_xlsform,
    list_responses,
    list_surveys,
    list_templates,
    next_respondent_ref,
    set_group_deleted,
    set_question_deleted,
    set_response_deleted,
    update_group,
    update_question,
    update_response,
)
from evaltool.tally import SurveyTally, tally_survey
from evaltool.ui.operations import push_op, read, run_op
from evaltool.ui.pages.base import ProjectPage
from evaltool.ui.survey_dialogs import ImportAnswersDialog, QuestionDialog
from evaltool.ui.survey_entry import EntryGrid

ENTRY_ROWS = 300  # the grid shows a group's newest questionnaires (big imports stay fast)


def _item(text: str, right: bool = False) -> QTableWidgetItem:
    it = QTableWidgetItem(text)
    it.setFlags(it.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if right:
        it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return it


def _cur(combo: QComboBox) -> str:
    """The current item's data ("" when none). Never lets Qt hand back a None:
    PySide6 6.12 drops a reference to None each time a QVariant converts to or from
    None, and enough of those crash the interpreter (none_dealloc)."""
    i = combo.currentIndex()
    return combo.itemData(i) if i >= 0 else ""


def _ci(ci: tuple[float, float] | None) -> str:
    return f"{fmt_rate(ci[0])} – {fmt_rate(ci[1])}" if ci else ""


class SurveysPage(ProjectPage):
    key = "surveys"

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.surveys: list[SurveyInfo] = []
        self.tally: SurveyTally | None = None
        self._loading = False
        outer = QVBoxLayout(self)
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
        self._entry_stale = True
        self._build_results()
        self._build_entry()
        self._build_questionnaire()
        self.tabs.currentChanged.connect(lambda _i: self._load_entry() if self._entry_stale else None)
        self.retranslate()

    # -- building -------------------------------------------------------------------
    def _build_results(self) -> None:
        w = QWidget()
        lay = QHBoxLayout(w)
        split = QSplitter(Qt.Orientation.Horizontal)
        lay.addWidget(split)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.overall_label = QLabel()
        self.overall_label.setObjectName("surveyOverall")
        self.overall_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        ll.addWidget(self.overall_label)
        self.groups_table = QTableWidget(0, 8)
        self.groups_table.setObjectName("surveyGroupsTable")
        self.groups_table.verticalHeader().setVisible(False)
        self.groups_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.groups_table.horizontalHeader().setStretchLastSection(True)
        ll.addWidget(self.groups_table, 2)
        self.warnings = QLabel()
        self.warnings.setObjectName("surveyWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #a33;")
        ll.addWidget(self.warnings)
        self.questions_table = QTableWidget(0, 6)
        self.questions_table.setObjectName("surveyQuestionsTable")
        self.questions_table.verticalHeader().setVisible(False)
        self.questions_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.questions_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.questions_table.currentCellChanged.connect(lambda r, _c, _pr, _pc: self._pick_question_row(r))
        ll.addWidget(self.questions_table, 3)
        split.addWidget(left)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.group_chart = QChartView()
        self.group_chart.setObjectName("groupChart")
        self.group_chart.setRenderHint(QPainter.RenderHint.Antialiasing)
        rl.addWidget(self.group_chart, 1)
        self.question_combo = QComboBox()
        self.question_combo.setObjectName("chartQuestion")
        self.question_combo.currentIndexChanged.connect(lambda _i: self._draw_question_chart())
        rl.addWidget(self.question_combo)
        self.option_chart = QChartView()
        self.option_chart.setObjectName("optionChart")
        self.option_chart.setRenderHint(QPainter.RenderHint.Antialiasing)
        rl.addWidget(self.option_chart, 1)
        split.addWidget(right)
        split.setSizes([620, 520])
        self.results_tab = w
        self.tabs.addTab(w, "")

    def _build_entry(self) -> None:
        w = QWidget()
        lay = QVBoxLayout(w)
        top = QHBoxLayout()
        self.entry_group_label = QLabel()
        self.entry_group = QComboBox()
        self.entry_group.setObjectName("entryGroup")
        self.entry_group_label.setBuddy(self.entry_group)
        self.entry_group.currentIndexChanged.connect(lambda _i: self._load_entry())
        top.addWidget(self.entry_group_label)
        top.addWidget(self.entry_group)
        self.entry_count = QLabel()
        top.addWidget(self.entry_count)
        top.addStretch(1)
        lay.addLayout(top)
        self.entry_help = QLabel()
        self.entry_help.setWordWrap(True)
        lay.addWidget(self.entry_help)
        self.grid = EntryGrid()
        self.grid.setObjectName("entryGrid")
        self.grid.row_saved.connect(self._save_row)
        self.grid.status.connect(self._entry_status)
        self.grid.column_entered.connect(self._show_column_hint)
        lay.addWidget(self.grid, 1)
        self.entry_hint = QLabel()
        self.entry_hint.setObjectName("entryHint")
        self.entry_hint.setWordWrap(True)
        lay.addWidget(self.entry_hint)
        self.entry_msg = QLabel()
        self.entry_msg.setObjectName("entryMessage")
        self.entry_msg.setWordWrap(True)
        lay.addWidget(self.entry_msg)
        self.delete_row_btn = QPushButton()
        self.delete_row_btn.clicked.connect(self._delete_entry_row)
        lay.addWidget(self.delete_row_btn, 0, Qt.AlignmentFlag.AlignLeft)
        self.entry_tab = w
        self.tabs.addTab(w, "")
        QShortcut(QKeySequence("Ctrl+Shift+E"), self, activated=self.start_entry)

    def _build_questionnaire(self) -> None:
        w = QWidget()
        lay = QVBoxLayout(w)
        self.qgroups_label = QLabel()
        lay.addWidget(self.qgroups_label)
        self.qgroups = QTableWidget(0, 5)
        self.qgroups.setObjectName("questionnaireGroups")
        self.qgroups.verticalHeader().setVisible(False)
        self.qgroups.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.qgroups.itemChanged.connect(self._group_edited)
        lay.addWidget(self.qgroups, 1)
        gb = QHBoxLayout()
        self.add_group_btn = QPushButton()
        self.add_group_btn.clicked.connect(self._add_group)
        self.del_group_btn = QPushButton()
        self.del_group_btn.clicked.connect(self._delete_group)
        gb.addWidget(self.add_group_btn)
        gb.addWidget(self.del_group_btn)
        gb.addStretch(1)
        lay.addLayout(gb)
        self.qquestions_label = QLabel()
        lay.addWidget(self.qquestions_label)
        self.qquestions = QTableWidget(0, 4)
        self.qquestions.setObjectName("questionnaireQuestions")
        self.qquestions.verticalHeader().setVisible(False)
        self.qquestions.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.qquestions.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.qquestions.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.qquestions.doubleClicked.connect(lambda _i: self._edit_question())
        lay.addWidget(self.qquestions, 2)
        qb = QHBoxLayout()
        self.add_q_btn = QPushButton()
        self.add_q_btn.clicked.connect(self._add_question)
        self.edit_q_btn = QPushButton()
        self.edit_q_btn.clicked.connect(self._edit_question)
        self.del_q_btn = QPushButton()
        self.del_q_btn.clicked.connect(self._delete_question)
        for b in (self.add_q_btn, self.edit_q_btn, self.del_q_btn):
            qb.addWidget(b)
        qb.addStretch(1)
        lay.addLayout(qb)
        self.questionnaire_tab = w
        self.tabs.addTab(w, "")

    # -- texts ----------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Surveys")

    def retranslate(self) -> None:
        self.survey_label.setText(self.tr("&Survey"))
        self.new_btn.setText(self.tr("New survey"))
        self.new_menu.clear()
        lang = current_language()
        for t in list_templates():
            self.new_menu.addAction(self.tr("From template: {name}").format(name=t.name(lang)),
                                    lambda key=t.key: self.new_from_template(key))
        self.new_menu.addSeparator()
        self.new_menu.addAction(self.tr("From an XLSForm workbook…"), self.import_form)
        self.import_btn.setText(self.tr("Import answers…"))
        self.form_btn.setText(self.tr("Export questionnaire (XLSForm)…"))
        self.charts_btn.setText(self.tr("Save charts…"))
        self.tabs.setTabText(0, self.tr("Results"))
        self.tabs.setTabText(1, self.tr("Entry"))
        self.tabs.setTabText(2, self.tr("Questionnaire"))
        self.groups_table.setHorizontalHeaderLabels([
            self.tr("Group"), self.tr("Questionnaires"), self.tr("Target"), self.tr("Valid n"),
            self.tr("Satisfied"), self.tr("Rate"), self.tr("95% interval"), self.tr("Levels")])
        self.questions_table.setHorizontalHeaderLabels([
            self.tr("Key"), self.tr("Question"), self.tr("n"), self.tr("Rate"), self.tr("95% interval"),
            self.tr("Index / mean")])
        self.entry_group_label.setText(self.tr("&Group"))
        self.entry_help.setText(self.tr(
            "One row per questionnaire. Type the option's digit (it moves to the next question); for "
            "multiple choice type several digits, then Tab. Enter saves the row and opens the next one. "
            "Delete clears a cell. Ctrl+Shift+E starts entry."))
        self.delete_row_btn.setText(self.tr("Delete the selected questionnaire"))
        self.grid.set_headers(self.tr("Level"), self.tr("Unit"), self.tr("Respondent id"))
        self.qgroups_label.setText(self.tr("Respondent groups (edit in place: name, target sample, expected administrative levels (city, town, village…), units expected)"))
        self.qgroups.setHorizontalHeaderLabels([self.tr("Group"), self.tr("Target sample"), self.tr("Expected levels"),
                                                self.tr("Units expected"), self.tr("Questionnaires")])
        self.add_group_btn.setText(self.tr("Add group"))
        self.del_group_btn.setText(self.tr("Delete group"))
        self.qquestions_label.setText(self.tr("Questions"))
        self.qquestions.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Kind"), self.tr("Question"), self.tr("Options")])
        self.add_q_btn.setText(self.tr("Add question…"))
        self.edit_q_btn.setText(self.tr("Edit question…"))
        self.del_q_btn.setText(self.tr("Delete question"))
        self.refresh()

    # -- data -----------------------------------------------------------------------
    def current_survey(self) -> SurveyInfo | None:
        sid = _cur(self.survey_combo)
        return next((s for s in self.surveys if s.id == sid), None)

    def refresh(self) -> None:
        if not self.project_id or self.defer_if_hidden():
            return
        pid = self.project_id
        keep = _cur(self.survey_combo)
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
        for b in (self.import_btn, self.form_btn, self.charts_btn):
            b.setEnabled(bool(self.surveys))
        self._on_survey_changed()

    def _on_survey_changed(self) -> None:
        if self._loading:
            return
        self._refresh_results()
        self._refresh_entry_groups()
        self._refresh_questionnaire()

    def _refresh_results(self) -> None:
        sv = self.current_survey()
        self.tally = read(self.window_, lambda s: tally_survey(s, sv.id)) if sv else None
        t = self.tally
        lang = current_language()
        if t is None:
            self.overall_label.setText(self.tr("No survey yet: create one from a template (New survey)."))
            self.groups_table.setRowCount(0)
            self.questions_table.setRowCount(0)
            self.warnings.setText("")
            self._reset_chart(self.group_chart).setTitle("")
            self._reset_chart(self.option_chart).setTitle("")
            return
        o = t.overall
        self.overall_label.setText(self.tr("Overall satisfaction {rate} ({sat} of {n} valid answers, pooled), 95% interval {ci}; weighted index {index}").format(
            rate=fmt_rate(o.rate), sat=o.satisfied, n=o.n, ci=_ci(o.ci), index=fmt_score(o.index)))
        rows = []
        for g in t.groups:
            levels = "、".join(f"{lv or '—'} {c}" for lv, c in g.levels.items())
            rows.append((g.name, str(g.respondents), "" if g.target_n is None else str(g.target_n), str(g.n),
                         str(g.satisfied), fmt_rate(g.rate), _ci(g.stats.ci), levels))
        rows.append((self.tr("Overall"), str(t.respondents), "", str(o.n), str(o.satisfied), fmt_rate(o.rate), _ci(o.ci), ""))
        self.groups_table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                self.groups_table.setItem(r, c, _item(v, 0 < c < 7))
        self.warnings.setText("\n".join(f"⚠ {w}" for w in t.warnings))
        self.questions_table.setRowCount(len(t.questions))
        for r, q in enumerate(t.questions):
            if q.kind == "multi":
                top = max(q.options, key=lambda o: o["count"], default=None)
                extra = f"{top['label']} {fmt_rate(top['share'])}" if top and top["count"] else ""
                vals = (q.key, q.label(lang), str(q.respondents), "", "", extra)
            elif q.kind == "number":
                vals = (q.key, q.label(lang), str(q.stats.n), "", "", self.tr("mean {mean}").format(mean=fmt_score(q.stats.mean)))
            elif q.kind == "text":
                vals = (q.key, q.label(lang), str(q.stats.n), "", "", "")
            else:
                vals = (q.key, q.label(lang), str(q.stats.n), fmt_rate(q.stats.rate), _ci(q.stats.ci), fmt_score(q.stats.index))
            for c, v in enumerate(vals):
                self.questions_table.setItem(r, c, _item(v, c >= 2))
        keep = _cur(self.question_combo)
        self.question_combo.blockSignals(True)
        self.question_combo.clear()
        for q in t.questions:
            if q.kind in CHOICE_KINDS:
                self.question_combo.addItem(f"{q.key} — {q.label(lang)}", q.key)
        i = self.question_combo.findData(keep) if keep else -1
        self.question_combo.setCurrentIndex(i if i >= 0 else 0)
        self.question_combo.blockSignals(False)
        self._draw_group_chart()
        self._draw_question_chart()

    def _pick_question_row(self, row: int) -> None:
        if self.tally and 0 <= row < len(self.tally.questions):
            i = self.question_combo.findData(self.tally.questions[row].key)
            if i >= 0:
                self.question_combo.setCurrentIndex(i)

    @staticmethod
    def _reset_chart(view: QChartView) -> QChart:
        """The view's one chart, emptied (charts are reused, never swapped: a chart
        released by QChartView.setChart has no owner left on either side)."""
        chart = view.chart()
        chart.removeAllSeries()
        for ax in chart.axes():
            chart.removeAxis(ax)
            ax.deleteLater()
        return chart

    def _draw_group_chart(self) -> None:
        t = self.tally
        chart = self._reset_chart(self.group_chart)
        chart.setTitle(self.tr("Satisfaction rate by group (%)"))
        chart.legend().setVisible(False)
        if t is not None:
            cats, values = [], []
            for g in t.groups:
                if g.n:
                    cats.append(g.name)
                    values.append(round((g.rate or 0) * 100, 2))
            if t.overall.n:
                cats.append(self.tr("Overall"))
                values.append(round((t.overall.rate or 0) * 100, 2))
            bars = QBarSet(self.tr("Satisfaction rate"))
            bars.append(values)
            bars.setColor(QColor(46, 117, 182))
            series = QBarSeries()
            series.append(bars)
            series.setLabelsVisible(True)
            series.setLabelsFormat("@value%")
            series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsInsideEnd)
            chart.addSeries(series)
            ax = QBarCategoryAxis()
            ax.append(cats)
            ay = QValueAxis()
            ay.setRange(0, 100)
            ay.setLabelFormat("%d%%")
            chart.addAxis(ax, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(ay, Qt.AlignmentFlag.AlignLeft)
            series.attachAxis(ax)
            series.attachAxis(ay)

    def _draw_question_chart(self) -> None:
        t = self.tally
        chart = self._reset_chart(self.option_chart)
        chart.setTitle("")
        chart.legend().setVisible(False)
        key = _cur(self.question_combo)
        q = t.question(key) if t and key else None
        if q is not None:
            lang = current_language()
            chart.setTitle(q.label(lang))
            opts = list(reversed(q.options))  # first option on top
            bars = QBarSet(self.tr("Share"))
            bars.append([round((o["share"] or 0) * 100, 2) for o in opts])
            bars.setColor(QColor(46, 117, 182))
            series = QHorizontalBarSeries()
            series.append(bars)
            series.setLabelsVisible(True)
            series.setLabelsFormat("@value%")
            chart.addSeries(series)
            ay = QBarCategoryAxis()
            ay.append([f"{(o.get('label_en') or o['label']) if lang == 'en' else o['label']} ({o['count']})" for o in opts])
            ax = QValueAxis()
            ax.setRange(0, 100)
            ax.setLabelFormat("%d%%")
            chart.addAxis(ay, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(ax, Qt.AlignmentFlag.AlignBottom)
            series.attachAxis(ay)
            series.attachAxis(ax)

    # -- entry ----------------------------------------------------------------------
    def _refresh_entry_groups(self) -> None:
        sv = self.current_survey()
        keep = _cur(self.entry_group)
        self.entry_group.blockSignals(True)
        self.entry_group.clear()
        if sv:
            for g in sv.groups:
                self.entry_group.addItem(g.name, g.id)
        i = self.entry_group.findData(keep) if keep else -1
        self.entry_group.setCurrentIndex(i if i >= 0 else (0 if self.entry_group.count() else -1))
        self.entry_group.blockSignals(False)
        self._load_entry()

    def _load_entry(self) -> None:
        if self.tabs.currentWidget() is not self.entry_tab:
            self._entry_stale = True
            return
        self._entry_stale = False
        sv = self.current_survey()
        if sv is None:
            self.grid.setRowCount(0)
            return
        gid = _cur(self.entry_group)
        group = sv.group(gid) if gid else None
        rows, ref = read(self.window_, lambda s: (list_responses(s, sv.id, gid, ENTRY_ROWS),
                                                  next_respondent_ref(s, sv.id, group)))
        self.grid.load(sv, group, rows, ref)
        self.entry_count.setText(self.tr("{n} questionnaires in this group").format(n=group.respondents if group else 0))
        self.entry_msg.setText("")

    def start_entry(self) -> None:
        """Go to the entry tab with the cursor in the new row."""
        self.tabs.setCurrentWidget(self.entry_tab)
        self.grid.setFocus()
        self.grid.setCurrentCell(self.grid.rowCount() - 1, 0)

    def _show_column_hint(self, col: int) -> None:
        q = self.grid.question_at(col)
        if q is None:
            if col == self.grid.level_col and self.grid.group and self.grid.group.levels:
                self.entry_hint.setText("  ".join(f"{i + 1} {lv}" for i, lv in enumerate(self.grid.group.levels)))
            else:
                self.entry_hint.setText("")
            return
        opts = "   ".join(f"{o['code']} {o['label']}" for o in q.options)
        self.entry_hint.setText(f"{q.key} · {q.label(current_language())}    {opts}")

    def _entry_status(self, message: str, error: bool) -> None:
        self.entry_msg.setStyleSheet("color: #b00;" if error else "color: #060;")
        self.entry_msg.setText(message)

    def _save_row(self, row: int, response_id: str | None, values: dict[str, Any]) -> None:
        sv = self.current_survey()
        if sv is None:
            return
        gid = _cur(self.entry_group)
        from evaltool.models import new_id

        if response_id is None:
            rid = new_id()

            def do(s: Any) -> None:
                existing = s.get(Response, rid)
                if existing is not None:
                    set_response_deleted(s, rid, False)
                else:
                    add_response(s, sv.id, values["answers"], gid, values["respondent_ref"], values["level"],
                                 values["unit_name"], response_id=rid)

            ok = self._push(self.tr("Enter questionnaire {ref}").format(ref=values["respondent_ref"]), do,
                            lambda s: set_response_deleted(s, rid, True))
        else:
            rid = response_id
            before = read(self.window_, lambda s: {k: getattr(s.get(Response, rid), k) for k in
                                                   ("answers", "respondent_ref", "level", "unit_name")})
            ok = self._push(self.tr("Edit questionnaire {ref}").format(ref=values["respondent_ref"]),
                            lambda s: update_response(s, rid, **values), lambda s: update_response(s, rid, **before))
        if ok:
            group = sv.group(gid) if gid else None
            ref = read(self.window_, lambda s: next_respondent_ref(s, sv.id, group))
            self.grid.mark_saved(row, rid, ref)
            self._entry_status(self.tr("Saved {ref}.").format(ref=values["respondent_ref"]), False)

    def _push(self, text: str, do: Any, undo: Any) -> bool:
        """An undoable entry step; errors go to the status line, not a dialog (keeps typing flowing)."""
        from evaltool.ui.operations import OpCommand

        class Quiet(OpCommand):
            def redo(inner) -> None:  # noqa: N805
                try:
                    run_op(inner.window_, inner._do, self.grid, show_errors=False)
                except EvaltoolError as exc:
                    inner.failed = True
                    inner.setObsolete(True)
                    self._entry_status(str(exc), True)

        cmd = Quiet(self.window_, text, do, undo)
        self.window_.undo_stack.push(cmd)
        return not cmd.failed

    def _delete_entry_row(self) -> None:
        row = self.grid.currentRow()
        if row < 0 or row >= len(self.grid.row_ids) or self.grid.row_ids[row] is None:
            return
        rid = self.grid.row_ids[row]
        push_op(self.window_, self.tr("Delete questionnaire"), lambda s: set_response_deleted(s, rid, True),
                lambda s: set_response_deleted(s, rid, False))

    # -- questionnaire ----------------------------------------------------------------
    def _refresh_questionnaire(self) -> None:
        sv = self.current_survey()
        self._loading = True
        try:
            self.qgroups.setRowCount(len(sv.groups) if sv else 0)
            for r, g in enumerate(sv.groups if sv else []):
                vals = (g.name, "" if g.target_n is None else str(g.target_n), "、".join(g.levels),
                        "" if g.units_expected is None else str(g.units_expected))
                for c, v in enumerate(vals):
                    it = QTableWidgetItem(v)
                    it.setData(Qt.ItemDataRole.UserRole, g.id)
                    self.qgroups.setItem(r, c, it)
                self.qgroups.setItem(r, 4, _item(str(g.respondents), True))
            kinds = {"scale5": self.tr("5-level scale"), "scale4": self.tr("4-level scale"), "scale3": self.tr("3-level scale"),
                     "single": self.tr("single choice"), "multi": self.tr("multiple choice"), "number": self.tr("number"),
                     "text": self.tr("open text")}
            self.qquestions.setRowCount(len(sv.questions) if sv else 0)
            for r, q in enumerate(sv.questions if sv else []):
                opts = " / ".join(f"{o['code']} {o['label']}" for o in q.options)
                for c, v in enumerate((q.key, kinds.get(q.kind, q.kind), q.label(current_language()), opts)):
                    it = _item(v)
                    it.setData(Qt.ItemDataRole.UserRole, q.id)
                    self.qquestions.setItem(r, c, it)
        finally:
            self._loading = False

    def _group_edited(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() > 3:
            return
        gid = item.data(Qt.ItemDataRole.UserRole)
        text = item.text().strip()
        field = ("name", "target_n", "levels", "units_expected")[item.column()]
        try:
            value: Any = text
            if field in ("target_n", "units_expected"):
                value = int(text) if text else None
            elif field == "levels":
                value = [p.strip() for p in text.replace("，", "、").replace(",", "、").split("、") if p.strip()]
        except ValueError:
            QMessageBox.warning(self, self.tr("Cannot do that"), self.tr("Type a whole number."))
            self.refresh()
            return
        sv = self.current_survey()
        g = sv.group(gid) if sv else None
        if g is None:
            return
        old = {"name": g.name, "target_n": g.target_n, "levels": g.levels, "units_expected": g.units_expected}[field]
        if old == value:
            return
        if not push_op(self.window_, self.tr("Edit group {name}").format(name=g.name),
                       lambda s: update_group(s, gid, **{field: value}),
                       lambda s: update_group(s, gid, **{field: old})):
            self.refresh()

    def _add_group(self) -> None:
        sv = self.current_survey()
        if sv is None:
            return
        from evaltool.models import new_id

        gid = new_id()
        name = self.tr("New group {n}").format(n=len(sv.groups) + 1)

        def do(s: Any) -> None:
            from evaltool.models import RespondentGroup

            if s.get(RespondentGroup, gid) is not None:
                set_group_deleted(s, gid, False)
            else:
                add_group(s, sv.id, name, group_id=gid)

        push_op(self.window_, self.tr("Add group"), do, lambda s: set_group_deleted(s, gid, True))

    def _delete_group(self) -> None:
        row = self.qgroups.currentRow()
        it = self.qgroups.item(row, 0) if row >= 0 else None
        if it is None:
            return
        gid = it.data(Qt.ItemDataRole.UserRole)
        push_op(self.window_, self.tr("Delete group"), lambda s: set_group_deleted(s, gid, True),
                lambda s: set_group_deleted(s, gid, False))

    def _selected_question_id(self) -> str | None:
        row = self.qquestions.currentRow()
        it = self.qquestions.item(row, 0) if row >= 0 else None
        return it.data(Qt.ItemDataRole.UserRole) if it is not None else None

    def _add_question(self) -> None:
        sv = self.current_survey()
        if sv is None:
            return
        keys = {q.key for q in sv.questions}
        n = len(keys) + 1
        while f"q{n}" in keys:
            n += 1
        dlg = QuestionDialog(self, None, f"q{n}")
        if dlg.exec() != QuestionDialog.DialogCode.Accepted:
            return
        v = dlg.values()
        from evaltool.models import SurveyQuestion, new_id

        qid = new_id()

        def do(s: Any) -> None:
            if s.get(SurveyQuestion, qid) is not None:
                set_question_deleted(s, qid, False)
            else:
                add_question(s, sv.id, v["key"], v["kind"], v["text"], v["text_en"], v["options"], question_id=qid)

        push_op(self.window_, self.tr("Add question {key}").format(key=v["key"]), do,
                lambda s: set_question_deleted(s, qid, True))

    def _edit_question(self) -> None:
        sv = self.current_survey()
        qid = self._selected_question_id()
        q = next((x for x in sv.questions if x.id == qid), None) if sv and qid else None
        if q is None:
            return
        dlg = QuestionDialog(self, q)
        if dlg.exec() != QuestionDialog.DialogCode.Accepted:
            return
        v = dlg.values()
        new = {"kind": v["kind"], "text": v["text"], "text_en": v["text_en"], "options": v["options"]}
        old = {"kind": q.kind, "text": q.text, "text_en": q.text_en, "options": q.options}
        push_op(self.window_, self.tr("Edit question {key}").format(key=q.key),
                lambda s: update_question(s, qid, **new), lambda s: update_question(s, qid, **old))

    def _delete_question(self) -> None:
        qid = self._selected_question_id()
        if not qid:
            return
        push_op(self.window_, self.tr("Delete question"), lambda s: set_question_deleted(s, qid, True),
                lambda s: set_question_deleted(s, qid, False))

    # -- files ----------------------------------------------------------------------
    def new_from_template(self, key: str) -> None:
        pid = self.project_id
        if not pid:
            return
        sv = run_op(self.window_, lambda s: create_from_template(s, pid, key))
        if sv is not None:
            self.survey_combo.setCurrentIndex(self.survey_combo.findData(sv.id))

    def import_form(self) -> None:
        pid = self.project_id
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Questionnaire (XLSForm)"), "", self.tr("Excel workbooks (*.xlsx)"))
        if path and pid:
            sv = run_op(self.window_, lambda s: import_xlsform(s, pid, path))
            if sv is not None:
                self.survey_combo.setCurrentIndex(self.survey_combo.findData(sv.id))

    def export_form(self) -> None:
        sv = self.current_survey()
        if sv is None:
            return
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Export questionnaire (XLSForm)"), f"{sv.name}.xlsx",
                                               self.tr("Excel workbooks (*.xlsx)"))
        if path:
            try:
                export_xlsform(sv, path)
            except (OSError, EvaltoolError) as exc:
                QMessageBox.warning(self, self.tr("Cannot do that"), str(exc))

    def import_answers(self, path: str | None = None) -> ImportAnswersDialog | None:
        sv = self.current_survey()
        if sv is None:
            return None
        if not path:
            path, _f = QFileDialog.getOpenFileName(self, self.tr("Import answers"), "",
                                                   self.tr("Answers (*.xlsx *.xls *.csv)"))
        if not path:
            return None
        try:
            dlg = ImportAnswersDialog(self.window_, sv, path, self)
        except EvaltoolError as exc:
            QMessageBox.warning(self, self.tr("Cannot do that"), str(exc))
            return None
        dlg.open()
        return dlg

    def save_charts(self) -> None:
        t = self.tally
        if t is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save charts to folder"))
        if not folder:
            return
        from evaltool.charts import option_distribution_png, satisfaction_by_group_png
        from evaltool.survey import write_atomic

        lang = current_language()
        files = [("satisfaction_by_group.png", satisfaction_by_group_png(t, lang))]
        files += [(f"question_{q.key}.png", option_distribution_png(q, lang)) for q in t.questions
                  if q.kind in CHOICE_KINDS and (q.stats.n or q.answered)]
        for name, data in files:
            write_atomic(Path(folder) / name, lambda tmp, data=data: Path(tmp).write_bytes(data))
        QMessageBox.information(self, self.tr("Save charts…").rstrip("…"), self.tr("{n} charts saved in {folder}.").format(
            n=len(files), folder=folder))

    # -- refresh on changes ---------------------------------------------------------
    def on_data_changed(self, changes: Changes, initiator: object | None) -> None:
        if not (changes.surveys or changes.projects):
            return
        if initiator is self.grid and self.isVisible():
            # the grid already shows what was typed; refresh the numbers only
            self.surveys = read(self.window_, lambda s: list_surveys(s, self.project_id)) if self.project_id else []
            self._refresh_results()
            sv = self.current_survey()
            g = sv.group(_cur(self.entry_group)) if sv and _cur(self.entry_group) else None
            self.entry_count.setText(self.tr("{n} questionnaires in this group").format(n=g.respondents if g else 0))
            return
        self.refresh()
