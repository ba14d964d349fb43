"""The Questionnaire tab of the Surveys page: respondent groups (edited in place: name,
target sample, expected administrative levels, units expected) and the questions (added,
edited and deleted through ``QuestionDialog``). Every change is one undoable step."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaltool.i18n import current_language
from evaltool.models import RespondentGroup, SurveyQuestion, new_id
from evaltool.survey import (
    SurveyInfo,
    add_group,
    add_question,
    set_group_deleted,
    set_question_deleted,
    update_group,
    update_question,
)
from evaltool.ui.operations import push_op
from evaltool.ui.pages.surveys.common import item
from evaltool.ui.survey_dialogs import QuestionDialog

if TYPE_CHECKING:
    from evaltool.ui.pages.surveys.page import SurveysPage

GROUP_COLUMNS = ("name", "target_n", "levels", "units_expected")  # editable columns, in order


class QuestionnaireTab(QWidget):
    def __init__(self, page: SurveysPage) -> None:
        super().__init__()
        self.page = page
        self.window_ = page.window_
        self.survey: SurveyInfo | None = None
        self._loading = False
        lay = QVBoxLayout(self)
        self.groups_label = QLabel()
        lay.addWidget(self.groups_label)
        self.groups = QTableWidget(0, 5)
        self.groups.setObjectName("questionnaireGroups")
        self.groups.verticalHeader().setVisible(False)
        self.groups.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.groups.itemChanged.connect(self._group_edited)
        lay.addWidget(self.groups, 1)
        gb = QHBoxLayout()
        self.add_group_btn = QPushButton()
        self.add_group_btn.clicked.connect(self._add_group)
        self.del_group_btn = QPushButton()
        self.del_group_btn.clicked.connect(self._delete_group)
        gb.addWidget(self.add_group_btn)
        gb.addWidget(self.del_group_btn)
        gb.addStretch(1)
        lay.addLayout(gb)
        self.questions_label = QLabel()
        lay.addWidget(self.questions_label)
        self.questions = QTableWidget(0, 5)
        self.questions.setObjectName("questionnaireQuestions")
        self.questions.verticalHeader().setVisible(False)
        self.questions.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.questions.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.questions.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.questions.doubleClicked.connect(lambda _i: self._edit_question())
        lay.addWidget(self.questions, 2)
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

    def retranslate(self) -> None:
        text = self.tr("Respondent groups (edit in place: name, target sample, expected administrative levels (city, town, village…), units expected)")
        self.groups_label.setText(text)
        self.groups.setHorizontalHeaderLabels([self.tr("Group"), self.tr("Target sample"), self.tr("Expected levels"),
                                               self.tr("Units expected"), self.tr("Questionnaires")])
        self.add_group_btn.setText(self.tr("Add group"))
        self.del_group_btn.setText(self.tr("Delete group"))
        self.questions_label.setText(self.tr("Questions"))
        self.questions.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Kind"), self.tr("Question"), self.tr("Options"),
                                                  self.tr("Asked of")])
        self.add_q_btn.setText(self.tr("Add question…"))
        self.edit_q_btn.setText(self.tr("Edit question…"))
        self.del_q_btn.setText(self.tr("Delete question"))

    def set_survey(self, sv: SurveyInfo | None) -> None:
        self.survey = sv
        self._loading = True
        try:
            self.groups.setRowCount(len(sv.groups) if sv else 0)
            for r, g in enumerate(sv.groups if sv else []):
                vals = (g.name, "" if g.target_n is None else str(g.target_n), "、".join(g.levels),
                        "" if g.units_expected is None else str(g.units_expected))
                for c, v in enumerate(vals):
                    it = QTableWidgetItem(v)
                    it.setData(Qt.ItemDataRole.UserRole, g.id)
                    self.groups.setItem(r, c, it)
                self.groups.setItem(r, 4, item(str(g.respondents), True))
            kinds = {"scale5": self.tr("5-level scale"), "scale4": self.tr("4-level scale"), "scale3": self.tr("3-level scale"),
                     "single": self.tr("single choice"), "multi": self.tr("multiple choice"), "number": self.tr("number"),
                     "text": self.tr("open text")}
            self.questions.setRowCount(len(sv.questions) if sv else 0)
            for r, q in enumerate(sv.questions if sv else []):
                opts = " / ".join(f"{o['code']} {o['label']}" for o in q.options)
                asked = "、".join(g.name for g in sv.groups if g.id in q.group_ids) if sv and q.group_ids else self.tr("everyone")
                for c, v in enumerate((q.key, kinds.get(q.kind, q.kind), q.label(current_language()), opts, asked)):
                    it = item(v)
                    it.setData(Qt.ItemDataRole.UserRole, q.id)
                    self.questions.setItem(r, c, it)
        finally:
            self._loading = False

    # -- groups ---------------------------------------------------------------------
    def _group_edited(self, it: QTableWidgetItem) -> None:
        if self._loading or it.column() >= len(GROUP_COLUMNS):
            return
        gid = it.data(Qt.ItemDataRole.UserRole)
        text = it.text().strip()
        field = GROUP_COLUMNS[it.column()]
        try:
            value: Any = text
            if field in ("target_n", "units_expected"):
                value = int(text) if text else None
            elif field == "levels":
                value = [p.strip() for p in text.replace("，", "、").replace(",", "、").split("、") if p.strip()]
        except ValueError:
            QMessageBox.warning(self, self.tr("Cannot do that"), self.tr("Type a whole number."))
            self.page.refresh()
            return
        sv = self.survey
        g = sv.group(gid) if sv else None
        if g is None:
            return
        old = {"name": g.name, "target_n": g.target_n, "levels": g.levels, "units_expected": g.units_expected}[field]
        if old == value:
            return
        if not push_op(self.window_, self.tr("Edit group {name}").format(name=g.name),
                       lambda s: update_group(s, gid, **{field: value}),
                       lambda s: update_group(s, gid, **{field: old})):
            self.page.refresh()

    def _add_group(self) -> None:
        sv = self.survey
        if sv is None:
            return
        gid = new_id()
        name = self.tr("New group {n}").format(n=len(sv.groups) + 1)

        def do(s: Any) -> None:
            if s.get(RespondentGroup, gid) is not None:  # redo after undo: restore the same group
                set_group_deleted(s, gid, False)
            else:
                add_group(s, sv.id, name, group_id=gid)

        push_op(self.window_, self.tr("Add group"), do, lambda s: set_group_deleted(s, gid, True))

    def _delete_group(self) -> None:
        row = self.groups.currentRow()
        it = self.groups.item(row, 0) if row >= 0 else None
        if it is None:
            return
        gid = it.data(Qt.ItemDataRole.UserRole)
        push_op(self.window_, self.tr("Delete group"), lambda s: set_group_deleted(s, gid, True),
                lambda s: set_group_deleted(s, gid, False))

    # -- questions ------------------------------------------------------------------
    def _selected_question_id(self) -> str | None:
        row = self.questions.currentRow()
        it = self.questions.item(row, 0) if row >= 0 else None
        return str(it.data(Qt.ItemDataRole.UserRole)) if it is not None else None

    def _add_question(self) -> None:
        sv = self.survey
        if sv is None:
            return
        keys = {q.key for q in sv.questions}
        n = len(keys) + 1
        while f"q{n}" in keys:
            n += 1
        dlg = QuestionDialog(self, None, f"q{n}", sv.groups)
        if dlg.exec() != QuestionDialog.DialogCode.Accepted:
            return
        v = dlg.values()
        qid = new_id()

        def do(s: Any) -> None:
            if s.get(SurveyQuestion, qid) is not None:  # redo after undo: restore the same question
                set_question_deleted(s, qid, False)
            else:
                add_question(s, sv.id, v["key"], v["kind"], v["text"], v["text_en"], v["options"], question_id=qid,
                             group_ids=v["group_ids"])

        push_op(self.window_, self.tr("Add question {key}").format(key=v["key"]), do,
                lambda s: set_question_deleted(s, qid, True))

    def _edit_question(self) -> None:
        sv = self.survey
        qid = self._selected_question_id()
        q = next((x for x in sv.questions if x.id == qid), None) if sv and qid else None
        if q is None:
            return
        dlg = QuestionDialog(self, q, groups=sv.groups if sv else [])
        if dlg.exec() != QuestionDialog.DialogCode.Accepted:
            return
        v = dlg.values()
        new = {"kind": v["kind"], "text": v["text"], "text_en": v["text_en"], "options": v["options"],
               "group_ids": v["group_ids"]}
        old = {"kind": q.kind, "text": q.text, "text_en": q.text_en, "options": q.options, "group_ids": q.group_ids}
        push_op(self.window_, self.tr("Edit question {key}").format(key=q.key),
                lambda s: update_question(s, q.id, **new), lambda s: update_question(s, q.id, **old))

    def _delete_question(self) -> None:
        qid = self._selected_question_id()
        if not qid:
            return
        push_op(self.window_, self.tr("Delete question"), lambda s: set_question_deleted(s, qid, True),
                lambda s: set_question_deleted(s, qid, False))
