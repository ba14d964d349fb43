"""Project page: the project's facts (autosaved as you leave a field) and its result.

The facts are the ones ``evaltool project P --set`` sets (``projects.set_facts``): names
and bodies, the evaluation's type and dates (基准日, report, evaluation start and end),
the project period, the budget totals, and — typed in the CLI's syntax — the grade
bands (优:90,良:80,中:60,差:0), the evaluation's phases (前期准备:2023-05-04..2023-05-12;…)
and the team (张明:lead,李华:member,王芳:expert). Each edit is one undoable step; a value
that cannot be read is refused with a message naming the field, and the field shows
the stored value again.

A fact two laptops changed without seeing each other's change carries a conflict marker
(``ConflictMarker``: both values, who, when); editing it first asks which value the new one
replaces. The page also lists open conflicts and proposals for the lead, and the team with
its roles (a lead changes them; an expert sees the facts read-only)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaltool.changes import Changes
from evaltool.errors import EvaltoolError
from evaltool.i18n import localized
from evaltool.models import Project
from evaltool.projects import parse_facts, project_facts, set_facts, update_project
from evaltool.roles import EDIT, TEAM, load_roster
from evaltool.scoring import fmt_rate, fmt_score, project_summary
from evaltool.ui.operations import push_op, read
from evaltool.ui.pages.base import ProjectPage
from evaltool.ui.widgets.conflict_marker import ConflictGuard, ConflictMarker
from evaltool.ui.widgets.fit import elide_header, scroll_body
from evaltool.ui.widgets.number_edit import NumberSpinBox
from evaltool.ui.widgets.team_panel import ConflictsProposalsBox, change_role, show_sync_conflicts

TEXT_FIELDS = ("name", "budget_unit", "competent_department", "commissioning_body",
               "evaluation_agency", "project_period", "reference_date", "report_date", "evaluation_start",
               "evaluation_end")
DATE_FIELDS = ("reference_date", "report_date", "evaluation_start", "evaluation_end")
# facts typed in the CLI's syntax (set_facts reads them)
TYPED_FACTS = ("grade_bands", "phases", "team")
MONEY_FIELDS = ("budget_approved", "budget_adjusted", "actual_spending")
EVAL_TYPES = ("重点评价", "自评", "部门评价", "事前评估")


class OverviewPage(ProjectPage):
    key = "overview"

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self._loading = False
        self._saving = False
        self.markers: dict[str, ConflictMarker] = {}
        self.guard = ConflictGuard(window, self)
        outer = QHBoxLayout(scroll_body(self))
        left = QVBoxLayout()
        outer.addLayout(left, 3)
        self.facts = QGroupBox()
        form = QFormLayout(self.facts)
        self.labels: dict[str, QLabel] = {}
        self.edits: dict[str, QWidget] = {}
        for f in TEXT_FIELDS:
            e = QLineEdit()
            e.setObjectName(f"field_{f}")
            e.editingFinished.connect(lambda f=f: self._save(f))
            if f in DATE_FIELDS:
                e.setPlaceholderText("YYYY-MM-DD")
            self._row(form, f, e)
        self.eval_type = QComboBox()
        self.eval_type.setEditable(True)
        self.eval_type.addItems(EVAL_TYPES)
        self.eval_type.setObjectName("field_evaluation_type")
        type_edit = self.eval_type.lineEdit()
        assert type_edit is not None  # an editable combo box has one
        type_edit.editingFinished.connect(lambda: self._save("evaluation_type"))
        self.eval_type.activated.connect(lambda _i: self._save("evaluation_type"))
        self._row(form, "evaluation_type", self.eval_type)
        for f in MONEY_FIELDS:
            sp = NumberSpinBox(thousands=True)  # amounts: 1,500 is 1500
            sp.setDecimals(4)
            sp.setRange(0, 1e9)
            sp.setObjectName(f"field_{f}")
            sp.editingFinished.connect(lambda f=f: self._save(f))
            self._row(form, f, sp)
        for f in TYPED_FACTS:
            e = QLineEdit()
            e.setObjectName(f"field_{f}")
            e.editingFinished.connect(lambda f=f: self._save_typed(f))
            self._row(form, f, e)
        left.addWidget(self.facts)
        self.team_box = QGroupBox()
        tl = QVBoxLayout(self.team_box)
        self.team = QLabel()
        self.team.setWordWrap(True)
        tl.addWidget(self.team)
        self.roles_btn = QPushButton()
        self.roles_btn.setObjectName("changeRole")
        self.roles_btn.clicked.connect(self._change_role)
        tl.addWidget(self.roles_btn, 0, Qt.AlignmentFlag.AlignLeft)
        left.addWidget(self.team_box)
        self.pending_box = ConflictsProposalsBox(window)
        left.addWidget(self.pending_box)
        left.addStretch(1)

        right = QVBoxLayout()
        outer.addLayout(right, 2)
        self.result_box = QGroupBox()
        rl = QVBoxLayout(self.result_box)
        self.total = QLabel()
        self.total.setObjectName("totalLabel")
        self.total.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        rl.addWidget(self.total)
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        elide_header(self.table.horizontalHeader())
        self.table.verticalHeader().setVisible(False)
        rl.addWidget(self.table)
        right.addWidget(self.result_box)
        right.addStretch(1)
        self.retranslate()

    def _row(self, form: QFormLayout, field: str, widget: QWidget) -> None:
        lab = QLabel()
        lab.setBuddy(widget)
        self.labels[field] = lab
        self.edits[field] = widget
        marker = ConflictMarker(self.window_)
        marker.open_sync.connect(lambda: show_sync_conflicts(self.window_, marker.conflict.key if marker.conflict else None))
        self.markers[field] = marker
        cell = QHBoxLayout()
        cell.addWidget(widget, 1)
        cell.addWidget(marker)
        form.addRow(lab, cell)

    def title(self) -> str:
        return self.tr("Project")

    def retranslate(self) -> None:
        names = {
            "name": self.tr("Project &name"), "budget_unit": self.tr("Budget unit"),
            "competent_department": self.tr("Competent department"),
            "commissioning_body": self.tr("Commissioning body"),
            "evaluation_agency": self.tr("Evaluation agency"),
            "evaluation_type": self.tr("Evaluation type"),
            "reference_date": self.tr("Reference date"), "report_date": self.tr("Report date"),
            "budget_approved": self.tr("Approved budget"), "budget_adjusted": self.tr("Adjusted budget"),
            "actual_spending": self.tr("Actual spending"), "project_period": self.tr("Project period"),
            "evaluation_start": self.tr("Evaluation from"), "evaluation_end": self.tr("Evaluation until"),
            "grade_bands": self.tr("Grade bands"), "phases": self.tr("Evaluation phases"), "team": self.tr("Team"),
        }
        for f, lab in self.labels.items():
            lab.setText(names[f])
        self.edits["grade_bands"].setPlaceholderText(  # type: ignore[attr-defined]
            self.tr("e.g. Excellent:90, Good:80, Fair:60, Poor:0"))
        self.edits["phases"].setPlaceholderText(  # type: ignore[attr-defined]
            self.tr("e.g. Preparation:2023-05-04..2023-05-12; Fieldwork:2023-05-15..2023-05-26"))
        self.edits["team"].setPlaceholderText(  # type: ignore[attr-defined]
            self.tr("e.g. Zhang Ming:lead, Li Hua:member, Wang Fang:expert"))
        self.edits["project_period"].setPlaceholderText(self.tr("e.g. 2022 or 2019-2021"))  # type: ignore[attr-defined]
        for f in MONEY_FIELDS:
            self.edits[f].setSuffix(" " + self.tr("×10k CNY"))  # type: ignore[attr-defined]  # 万元
        self.facts.setTitle(self.tr("Project facts"))
        self.team_box.setTitle(self.tr("Evaluation team"))
        self.roles_btn.setText(self.tr("Change a role…"))
        self.pending_box.retranslate()
        self.result_box.setTitle(self.tr("Result"))
        self.table.setHorizontalHeaderLabels([self.tr("Level-1 indicator"), self.tr("Weight"),
                                              self.tr("Score"), self.tr("Score rate")])
        self.refresh()

    def refresh(self) -> None:
        if not self.project_id or self.defer_if_hidden():
            return
        pid = self.project_id

        def load(s: Any) -> dict[str, Any]:
            p = s.get(Project, pid)
            if p is None or p.deleted:
                return {}
            data = {f: getattr(p, f) for f in TEXT_FIELDS + MONEY_FIELDS + ("evaluation_type",)}
            facts = project_facts(s, pid)
            data["team"] = [(m["name"], m["role"]) for m in facts["team"]]
            data["typed"] = {f: typed_text(f, facts[f]) for f in TYPED_FACTS}
            data["summary"] = self.window_.cached(("summary", pid), lambda: project_summary(s, pid))
            roster = load_roster(s, pid)
            data["may_edit"] = roster.may(self.window_.db.evaluator_id, EDIT)
            data["is_lead"] = roster.may(self.window_.db.evaluator_id, TEAM)
            return data

        data = read(self.window_, load)
        if not data:
            return
        self._loading = True
        try:
            for f in TEXT_FIELDS:
                w = self.edits[f]
                if not w.hasFocus():
                    w.setText(data[f] or "")  # type: ignore[attr-defined]
            for f in MONEY_FIELDS:
                w = self.edits[f]
                if not w.hasFocus():
                    w.setValue(data[f] or 0.0)  # type: ignore[attr-defined]
            if not self.eval_type.hasFocus():
                self.eval_type.setCurrentText(data["evaluation_type"] or "")
            for f in TYPED_FACTS:
                w = self.edits[f]
                if not w.hasFocus():
                    w.setText(data["typed"][f])  # type: ignore[attr-defined]
            self._typed = dict(data["typed"])
        finally:
            self._loading = False
        self.guard.load(pid)
        for f, marker in self.markers.items():
            marker.set_conflict(pid, self.guard.get(("projects", pid, f)))
        for w in [*self.edits.values(), self.eval_type]:  # an expert sees the facts, a member edits them
            w.setEnabled(bool(data["may_edit"]))
        self.roles_btn.setVisible(bool(data["is_lead"]))
        self.pending_box.refresh(pid)
        roles = {"lead": self.tr("lead"), "member": self.tr("member"), "expert": self.tr("expert"),
                 "imported": self.tr("imported")}
        self.team.setText("\n".join(f"{n} — {roles.get(r, r)}" for n, r in data["team"]) or self.tr("No members yet."))
        sm = data["summary"]
        if sm.scored:
            self.total.setText(self.tr("Total {total} points, grade {grade}").format(
                total=fmt_score(sm.total), grade=localized(sm.grade, sm.grade_en)))
        else:  # a blank project has no grade yet (not 差)
            self.total.setText(self.tr("Not scored yet: no leaf has a score."))
        self.table.setRowCount(len(sm.level1) + 1)
        rows = [(r.name, fmt_score(r.weight), fmt_score(r.score), fmt_rate(r.rate)) for r in sm.level1]
        rows.append((self.tr("Total"), fmt_score(sm.weight), fmt_score(sm.total), fmt_rate(sm.rate)))
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                item = QTableWidgetItem(val)
                if j:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, j, item)

    def _change_role(self) -> None:
        if self.project_id:
            change_role(self.window_, self, self.project_id)

    def _save(self, field: str) -> None:
        if self._loading or self._saving or not self.project_id:
            return
        self._saving = True  # a question box takes the focus: the field's editingFinished comes again
        try:
            self._write(field)
        finally:
            self._saving = False

    def _write(self, field: str) -> None:
        w = self.edits[field] if field != "evaluation_type" else self.eval_type
        if field in MONEY_FIELDS:
            value: Any = w.value()  # type: ignore[attr-defined]
        elif field == "evaluation_type":
            value = self.eval_type.currentText().strip()
        else:
            value = w.text().strip() or (None if field in DATE_FIELDS else "")  # type: ignore[attr-defined]
        pid = self.project_id
        if not pid:
            return
        current = read(self.window_, lambda s: getattr(s.get(Project, pid), field))
        if field in DATE_FIELDS and value:
            try:  # 2023/5/4 and 2023年5月4日 are read as 2023-05-04; anything else is refused
                value = parse_facts({field: value})[0][field]
            except EvaltoolError as exc:
                self.window_.statusBar().showMessage(str(exc), 10000)
                w.setText(current or "")  # type: ignore[attr-defined]
                return
            w.setText(value)  # type: ignore[attr-defined]
        if current == value or (current in (None, "") and value in (None, "")):
            return
        key = ("projects", pid, field)
        go_on, replaces = self.guard.ask(key, "" if value is None else str(value))
        if not go_on:  # cancelled: the field shows the stored value again
            self.refresh()
            return
        push_op(self.window_, self.tr("Edit {field}").format(field=self.labels[field].text().replace("&", "")),
                self.guard.wrap(key, replaces, lambda s: update_project(s, pid, **{field: value})),
                lambda s: update_project(s, pid, **{field: current}))

    def _save_typed(self, field: str) -> None:
        """Grade bands, phases or the team, typed in the CLI's syntax, through ``set_facts``."""
        if self._loading or not self.project_id:
            return
        text = self.edits[field].text().strip()  # type: ignore[attr-defined]
        before = getattr(self, "_typed", {}).get(field, "")
        if text == before:
            return
        pid = self.project_id
        try:  # read it first: a value that cannot be read is refused here, naming the field
            parse_facts({field: text})
        except EvaltoolError as exc:
            self.window_.statusBar().showMessage(str(exc), 10000)
            self.edits[field].setText(before)  # type: ignore[attr-defined]
            return
        push_op(self.window_, self.tr("Edit {field}").format(field=self.labels[field].text().replace("&", "")),
                lambda s: set_facts(s, pid, {field: text}), lambda s: set_facts(s, pid, {field: before}))

    def on_data_changed(self, changes: Changes, initiator: object | None) -> None:
        if (changes.projects or changes.scores or changes.framework or changes.identity or changes.surveys
                or changes.sync or changes.report):
            self.refresh()


def typed_text(field: str, value: Any) -> str:
    """A fact in the syntax ``set_facts`` reads (the field shows what one would type)."""
    if field == "grade_bands":
        return ",".join(f"{b.get('name')}:{b.get('min')}" for b in value or [])
    if field == "phases":
        return "; ".join(f"{ph.get('name')}:{ph.get('start') or ''}..{ph.get('end') or ''}" for ph in value or [])
    if field == "team":
        return ", ".join(f"{m['name']}:{m['role']}" for m in value or [])
    return str(value or "")
