"""Project page: the project's facts (autosaved as you leave a field) and its result."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaltool.changes import Changes
from evaltool.i18n import localized
from evaltool.models import Project
from evaltool.projects import project_evaluators, update_project
from evaltool.scoring import fmt_rate, fmt_score, project_summary
from evaltool.ui.operations import push_op, read
from evaltool.ui.pages.base import ProjectPage

TEXT_FIELDS = ("name", "budget_unit", "competent_department", "commissioning_body",
               "evaluation_agency", "reference_date", "report_date")
MONEY_FIELDS = ("budget_approved", "budget_adjusted", "actual_spending")
EVAL_TYPES = ("重点评价", "自评", "部门评价", "事前评估")


class OverviewPage(ProjectPage):
    key = "overview"

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self._loading = False
        outer = QHBoxLayout(self)
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
            if f in ("reference_date", "report_date"):
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
            sp = QDoubleSpinBox()
            sp.setDecimals(4)
            sp.setRange(0, 1e9)
            sp.setObjectName(f"field_{f}")
            sp.editingFinished.connect(lambda f=f: self._save(f))
            self._row(form, f, sp)
        left.addWidget(self.facts)
        self.team_box = QGroupBox()
        tl = QVBoxLayout(self.team_box)
        self.team = QLabel()
        self.team.setWordWrap(True)
        tl.addWidget(self.team)
        left.addWidget(self.team_box)
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
        form.addRow(lab, widget)

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
            "actual_spending": self.tr("Actual spending"),
        }
        for f, lab in self.labels.items():
            lab.setText(names[f])
        for f in MONEY_FIELDS:
            self.edits[f].setSuffix(" " + self.tr("×10k CNY"))  # type: ignore[attr-defined]  # 万元
        self.facts.setTitle(self.tr("Project facts"))
        self.team_box.setTitle(self.tr("Evaluation team"))
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
            data["team"] = [(e.name, e.role) for e in project_evaluators(s, pid)]
            data["summary"] = self.window_.cached(("summary", pid), lambda: project_summary(s, pid))
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
        finally:
            self._loading = False
        roles = {"lead": self.tr("lead"), "member": self.tr("member"), "expert": self.tr("expert"),
                 "imported": self.tr("imported")}
        self.team.setText("\n".join(f"{n} — {roles.get(r, r)}" for n, r in data["team"]) or self.tr("No members yet."))
        sm = data["summary"]
        self.total.setText(self.tr("Total {total} points, grade {grade}").format(
            total=fmt_score(sm.total), grade=localized(sm.grade, sm.grade_en)))
        self.table.setRowCount(len(sm.level1) + 1)
        rows = [(r.name, fmt_score(r.weight), fmt_score(r.score), fmt_rate(r.rate)) for r in sm.level1]
        rows.append((self.tr("Total"), fmt_score(sm.weight), fmt_score(sm.total), fmt_rate(sm.rate)))
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                item = QTableWidgetItem(val)
                if j:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, j, item)

    def _save(self, field: str) -> None:
        if self._loading or not self.project_id:
            return
        w = self.edits[field] if field != "evaluation_type" else self.eval_type
        if field in MONEY_FIELDS:
            value: Any = w.value()  # type: ignore[attr-defined]
        elif field == "evaluation_type":
            value = self.eval_type.currentText().strip()
        else:
            value = w.text().strip() or (None if field.endswith("_date") else "")  # type: ignore[attr-defined]
        pid = self.project_id
        current = read(self.window_, lambda s: getattr(s.get(Project, pid), field))
        if current == value or (current in (None, "") and value in (None, "")):
            return
        push_op(self.window_, self.tr("Edit {field}").format(field=self.labels[field].text().replace("&", "")),
                lambda s: update_project(s, pid, **{field: value}),
                lambda s: update_project(s, pid, **{field: current}))

    def on_data_changed(self, changes: Changes, initiator: object | None) -> None:
        if changes.projects or changes.scores or changes.framework or changes.identity or changes.surveys:
            self.refresh()
