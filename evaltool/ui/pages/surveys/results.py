"""The Results tab of the Surveys page: the group table (n / target / rate / 95% interval /
index / levels), sample warnings, the per-question table, and QtCharts of satisfaction by
group and of the option distribution of a chosen question.

Small surveys are counted at once on the UI thread (a few milliseconds). A survey with
many answers is counted on the window's runner, without a progress dialog: the page stays
usable, says that it is counting, and shows the tally when it arrives; a newer count
(another survey chosen, more answers typed) cancels and replaces an older one.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from evaltool.errors import EvaltoolError
from evaltool.i18n import current_language
from evaltool.scoring import fmt_rate, fmt_score
from evaltool.survey import CHOICE_KINDS, SurveyInfo
from evaltool.tally import SurveyTally, tally_survey
from evaltool.ui.operations import read
from evaltool.ui.pages.surveys.common import ci_text, combo_data, item
from evaltool.ui.runner import Job, Task

if TYPE_CHECKING:
    from evaltool.ui.pages.surveys.page import SurveysPage

# Answers (questionnaires × questions) from which a tally runs on the runner: about
# 50 ms on a laptop (bench/bench_tally.py: 200,000 answers in ~80 ms), so below it the
# page just counts, and above it the count never holds the UI thread past ~100 ms.
TALLY_IN_WORKER_ANSWERS = 50_000
BAR_COLOUR = QColor(46, 117, 182)


def _percent_bars(chart: QChart, series: QAbstractBarSeries, name: str, values: list[float], categories: list[str]) -> None:
    """One set of bars in per cent (0–100, labelled "89.86%") with a category axis: along the
    bottom for columns, along the left for a horizontal series."""
    bars = QBarSet(name)
    bars.append(values)
    bars.setColor(BAR_COLOUR)
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value%")
    chart.addSeries(series)
    horizontal = isinstance(series, QHorizontalBarSeries)
    cats = QBarCategoryAxis()
    cats.append(categories)
    pct = QValueAxis()
    pct.setRange(0, 100)
    pct.setLabelFormat("%d%%")
    chart.addAxis(cats, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(pct, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(cats)
    series.attachAxis(pct)


class ResultsTab(QWidget):
    """Shows the tally of the page's current survey. ``busy_changed(True)`` while a count
    runs on the runner (``tally`` is then the previous survey's or None)."""

    busy_changed = Signal(bool)

    def __init__(self, page: SurveysPage) -> None:
        super().__init__()
        self.page = page
        self.window_ = page.window_
        self.tally: SurveyTally | None = None
        self._task: Task[Any] | None = None
        self._generation = 0  # results of older counts are dropped
        lay = QHBoxLayout(self)
        split = QSplitter(Qt.Orientation.Horizontal)
        lay.addWidget(split)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.counting = QLabel()
        self.counting.setObjectName("surveyCounting")
        self.counting.hide()
        ll.addWidget(self.counting)
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
        self.questions_table.currentCellChanged.connect(self._on_question_row_changed)
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

    def retranslate(self) -> None:
        self.groups_table.setHorizontalHeaderLabels([
            self.tr("Group"), self.tr("Questionnaires"), self.tr("Target"), self.tr("Valid n"),
            self.tr("Satisfied"), self.tr("Rate"), self.tr("95% interval"), self.tr("Levels")])
        self.questions_table.setHorizontalHeaderLabels([
            self.tr("Key"), self.tr("Question"), self.tr("n"), self.tr("Rate"), self.tr("95% interval"),
            self.tr("Index / mean")])

    # -- counting -------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._task is not None

    def show_survey(self, sv: SurveyInfo | None) -> None:
        """Count ``sv`` (at once, or on the runner when it is big) and show its tally."""
        self._generation += 1
        if self._task is not None:
            self._task.cancel()  # superseded: its result would be dropped anyway
            self._set_task(None)
        if sv is None:
            self.show_tally(None)
            return
        if sv.respondents * max(1, len(sv.questions)) < TALLY_IN_WORKER_ANSWERS:
            sid = sv.id
            self.show_tally(read(self.window_, lambda s: tally_survey(s, sid)))
            return
        gen, db, sid = self._generation, self.window_.db, sv.id

        def work(job: Job) -> SurveyTally:
            with db.read_session() as s:
                return tally_survey(s, sid, progress=job.progress, cancelled=job.cancelled)

        self.counting.setStyleSheet("")
        self.counting.setText(self.tr("Counting {n} questionnaires…").format(n=sv.respondents))
        self.counting.show()
        self._set_task(self.window_.runner.run(
            self.tr("Counting the answers of {survey}").format(survey=sv.name), work, parent=self,
            on_done=lambda t: self._arrived(gen, t), on_error=lambda exc: self._failed(gen, exc),
            on_cancelled=lambda: None, show_dialog=False))

    def _set_task(self, task: Task[Any] | None) -> None:
        was = self.busy
        self._task = task
        if self.busy != was:
            self.busy_changed.emit(self.busy)

    def _arrived(self, gen: int, tally: SurveyTally) -> None:
        if gen != self._generation:
            return
        self._set_task(None)
        self.counting.hide()
        self.show_tally(tally)

    def _failed(self, gen: int, exc: EvaltoolError) -> None:
        if gen != self._generation:
            return
        self._set_task(None)
        self.counting.setStyleSheet("color: #b00;")
        self.counting.setText(self.tr("The answers could not be counted: {error}").format(error=exc))

    # -- showing --------------------------------------------------------------------
    def show_tally(self, t: SurveyTally | None) -> None:
        self.tally = t
        lang = current_language()
        if t is None:
            self.overall_label.setText(self.tr("No survey yet: import a file of answers (Import answers…) — the questionnaire is made from it — or create one from a template (New survey)."))
            self.groups_table.setRowCount(0)
            self.questions_table.setRowCount(0)
            self.question_combo.clear()
            self.warnings.setText("")
            self._reset_chart(self.group_chart).setTitle("")
            self._reset_chart(self.option_chart).setTitle("")
            return
        o = t.overall
        text = self.tr("Overall satisfaction {rate} ({sat} of {n} valid answers, pooled), 95% interval {ci}; weighted index {index}")
        self.overall_label.setText(text.format(rate=fmt_rate(o.rate), sat=o.satisfied, n=o.n, ci=ci_text(o.ci),
                                               index=fmt_score(o.index)))
        rows = []
        for g in t.groups:
            levels = "、".join(f"{lv or '—'} {c}" for lv, c in g.levels.items())
            rows.append((g.name, str(g.respondents), "" if g.target_n is None else str(g.target_n), str(g.n),
                         str(g.satisfied), fmt_rate(g.rate), ci_text(g.stats.ci), levels))
        rows.append((self.tr("Overall"), str(t.respondents), "", str(o.n), str(o.satisfied), fmt_rate(o.rate),
                     ci_text(o.ci), ""))
        self.groups_table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                self.groups_table.setItem(r, c, item(v, 0 < c < 7))
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
                vals = (q.key, q.label(lang), str(q.stats.n), fmt_rate(q.stats.rate), ci_text(q.stats.ci), fmt_score(q.stats.index))
            for c, v in enumerate(vals):
                self.questions_table.setItem(r, c, item(v, c >= 2))
        keep = combo_data(self.question_combo)
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

    def _on_question_row_changed(self, row: int, _col: int, _prev_row: int, _prev_col: int) -> None:
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
        if t is None:
            return
        cats, values = [], []
        for g in t.groups:
            if g.n:
                cats.append(g.name)
                values.append(round((g.rate or 0) * 100, 2))
        if t.overall.n:
            cats.append(self.tr("Overall"))
            values.append(round((t.overall.rate or 0) * 100, 2))
        series = QBarSeries()
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsInsideEnd)
        _percent_bars(chart, series, self.tr("Satisfaction rate"), values, cats)

    def _draw_question_chart(self) -> None:
        t = self.tally
        chart = self._reset_chart(self.option_chart)
        chart.setTitle("")
        chart.legend().setVisible(False)
        key = combo_data(self.question_combo)
        q = t.question(key) if t and key else None
        if q is None:
            return
        lang = current_language()
        chart.setTitle(q.label(lang))
        opts = list(reversed(q.options))  # first option on top
        _percent_bars(chart, QHorizontalBarSeries(), self.tr("Share"), [round((o["share"] or 0) * 100, 2) for o in opts],
                      [f"{(o.get('label_en') or o['label']) if lang == 'en' else o['label']} ({o['count']})" for o in opts])
