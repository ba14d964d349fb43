"""The Report page's problems panel: each problem (问题) with its cause and its suggestion.

A list of the problems on the left; the selected one's title, text, cause (原因分析),
suggestion title and suggestion (建议) beside it, saved as you leave a field (undoable),
with the leaves whose deductions found it and the points lost. "Draft from the
deductions" stores one problem per level-2 indicator that lost points (those already
covered are skipped), for the team to edit; problems can be added, deleted and moved.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evaltool.changes import Changes
from evaltool.formatting import fmt_score
from evaltool.problems import (
    Problem,
    add_problem,
    delete_problem,
    list_problems,
    restore_problem,
    store_drafts,
    update_problem,
)
from evaltool.ui.operations import push_op, read
from evaltool.ui.widgets.fit import scroll_body

ID_ROLE = Qt.ItemDataRole.UserRole
FIELDS = ("title", "text", "cause", "suggestion_title", "suggestion")


class ProblemsPanel(QWidget):
    """Edits the project's problems; ``window_`` is the main window (db, undo stack)."""

    def __init__(self, window: Any, report_lang: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self._report_lang = report_lang  # drafts are written in the report's language
        self.project_id: str | None = None
        self._rows: list[Problem] = []
        self._loading = False
        self._stale = True  # the rows are not read yet (or outdated) and read when the panel shows
        # stacked: the list of problems (short), its buttons, then the selected problem's fields
        lay = QVBoxLayout(scroll_body(self))  # scrolls on a small screen instead of widening the page
        lay.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.setObjectName("problemList")
        self.list.setMaximumHeight(130)
        self.list.currentRowChanged.connect(self._show)
        left.addWidget(self.list)
        buttons = QHBoxLayout()
        self.draft_btn = QPushButton()
        self.draft_btn.setObjectName("draftProblems")
        self.draft_btn.clicked.connect(self.draft)
        self.add_btn = QPushButton()
        self.add_btn.setObjectName("addProblem")
        self.add_btn.clicked.connect(self.add)
        self.del_btn = QPushButton()
        self.del_btn.setObjectName("deleteProblem")
        self.del_btn.clicked.connect(self.delete)
        self.up_btn = QPushButton("↑")
        self.up_btn.setObjectName("problemUp")
        self.up_btn.clicked.connect(lambda: self.move_problem(-1))
        self.down_btn = QPushButton("↓")
        self.down_btn.setObjectName("problemDown")
        self.down_btn.clicked.connect(lambda: self.move_problem(1))
        for b in (self.draft_btn, self.add_btn, self.del_btn, self.up_btn, self.down_btn):
            buttons.addWidget(b)
        buttons.addStretch(1)
        left.addLayout(buttons)
        lay.addLayout(left)

        right = QWidget()
        form = QFormLayout(right)
        self.labels: dict[str, QLabel] = {}
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        for key in FIELDS:
            w: QLineEdit | QPlainTextEdit
            if key in ("title", "suggestion_title"):
                w = QLineEdit()
                w.editingFinished.connect(partial(self._save, key))
            else:
                w = QPlainTextEdit()
                w.installEventFilter(self)
                w.setTabChangesFocus(True)
            w.setObjectName(f"problem_{key}")
            lab = QLabel()
            lab.setBuddy(w)
            self.labels[key] = lab
            self.edits[key] = w
            form.addRow(lab, w)
        self.basis = QLabel()
        self.basis.setObjectName("problemBasis")
        self.basis.setWordWrap(True)
        form.addRow(self.basis)
        lay.addWidget(right, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.draft_btn.setText(self.tr("Draft from the deductions"))
        self.draft_btn.setToolTip(self.tr("One problem per level-2 indicator that lost points, with the leaves' "
                                          "comments, a cause and a suggestion to edit. Problems already covering "
                                          "those leaves are kept."))
        self.add_btn.setText(self.tr("Add"))
        self.del_btn.setText(self.tr("Delete"))
        names = {"title": self.tr("Problem"), "text": self.tr("What was found"), "cause": self.tr("Cause"),
                 "suggestion_title": self.tr("Suggestion"), "suggestion": self.tr("What to do")}
        for key, lab in self.labels.items():
            lab.setText(names[key])
        self._show(self.list.currentRow())

    # -- data ---------------------------------------------------------------------------
    def set_project(self, project_id: str | None) -> None:
        self.project_id = project_id
        self._stale = True
        self.refresh()

    def refresh(self) -> None:
        """Read the problems now if the panel is shown; else when it is (or one is selected).
        Reading them reads every leaf's result (the points lost): a page that does not show
        the panel does not pay for it."""
        if not self.project_id:
            return
        if not self.isVisible():
            self._stale = True
            return
        self._load()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        if self._stale:
            self._load()

    def _load(self) -> None:
        if not self.project_id:
            return
        self._stale = False
        pid = self.project_id
        current = self._current_id()
        summary = self.window_.peek_cached(("summary", pid))  # its leaves, when another page read them
        leaves = summary.leaves if summary is not None else None
        self._rows = read(self.window_, lambda s: list_problems(s, pid, leaves=leaves))
        self._loading = True
        try:
            self.list.clear()
            for i, pr in enumerate(self._rows, start=1):
                item = QListWidgetItem(f"{i}. {pr.title}")
                item.setData(ID_ROLE, pr.id)
                if pr.origin == "draft":
                    item.setToolTip(self.tr("Drafted from the deductions, not edited yet"))
                self.list.addItem(item)
        finally:
            self._loading = False
        ids = [p.id for p in self._rows]
        self.list.setCurrentRow(ids.index(current) if current in ids else (0 if ids else -1))
        self._show(self.list.currentRow())

    def on_data_changed(self, changes: Changes) -> None:
        if changes.report or changes.scores or changes.framework or changes.evidence:
            self.refresh()

    def select(self, problem_id: str, field: str = "", start: int = -1, end: int = -1) -> None:
        """Select a problem and, when given, the characters start…end of one of its fields."""
        if self._stale:
            self._load()
        ids = [p.id for p in self._rows]
        if problem_id not in ids:
            return
        self.list.setCurrentRow(ids.index(problem_id))
        w = self.edits.get(field)
        if w is None:
            return
        w.setFocus()
        if isinstance(w, QPlainTextEdit) and start >= 0:
            cursor = w.textCursor()
            n = len(w.toPlainText())
            cursor.setPosition(max(0, min(start, n)))
            cursor.setPosition(max(0, min(end, n)), QTextCursor.MoveMode.KeepAnchor)
            w.setTextCursor(cursor)
        elif isinstance(w, QLineEdit) and start >= 0:
            w.setSelection(start, max(0, end - start))

    def _current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def _show(self, row: int) -> None:
        pr = self._rows[row] if 0 <= row < len(self._rows) else None
        self._loading = True
        try:
            for key, w in self.edits.items():
                w.setEnabled(pr is not None)
                text = getattr(pr, key) if pr is not None else ""
                if isinstance(w, QLineEdit):
                    if w.text() != text:
                        w.setText(text)
                elif isinstance(w, QPlainTextEdit) and w.toPlainText() != text:
                    w.setPlainText(text)
        finally:
            self._loading = False
        if pr is None:
            self.basis.setText(self.tr("No problems yet. “Draft from the deductions” proposes them from the scores."))
        elif pr.indicators:
            sep = self.tr(", ")  # 、 in Chinese
            self.basis.setText(self.tr("Found in: {leaves} — {lost} points lost. Evidence: {evidence}").format(
                leaves=sep.join(pr.indicators), lost=fmt_score(pr.lost),
                evidence=sep.join(pr.evidence) or self.tr("none linked")))
        else:
            self.basis.setText(self.tr("Not tied to a deduction."))

    # -- edits ----------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.FocusOut:
            for key, w in self.edits.items():
                if w is obj:
                    self._save(key)
        return super().eventFilter(obj, event)

    def _text(self, key: str) -> str:
        w = self.edits[key]
        return w.text().strip() if isinstance(w, QLineEdit) else w.toPlainText().strip()

    def _save(self, key: str) -> None:
        if self._loading:
            return
        pid = self._current_id()
        pr = next((p for p in self._rows if p.id == pid), None)
        if pr is None:
            return
        value = self._text(key)
        if value == getattr(pr, key) or (key == "title" and not value):
            return
        holder: dict[str, Any] = {}

        def do(s: Any) -> None:
            holder["before"] = update_problem(s, pr.id, **{key: value})

        push_op(self.window_, self.tr("Edit problem “{title}”").format(title=pr.title), do,
                lambda s: restore_problem(s, pr.id, holder["before"]))

    def flush(self) -> None:
        """Save the field being typed in (the page calls this before an export)."""
        for key in FIELDS:
            if self.edits[key].hasFocus():
                self._save(key)

    def draft(self) -> None:
        if not self.project_id:
            return
        pid = self.project_id
        holder: dict[str, list[str]] = {}
        lang = self._report_lang()

        def do(s: Any) -> None:
            if "ids" in holder:
                for i in holder["ids"]:
                    delete_problem(s, i, False)
                return
            holder["ids"] = store_drafts(s, pid, lang)

        def undo(s: Any) -> None:
            for i in holder["ids"]:
                delete_problem(s, i)

        push_op(self.window_, self.tr("Draft problems from the deductions"), do, undo)

    def add(self) -> None:
        if not self.project_id:
            return
        pid = self.project_id
        holder: dict[str, str] = {}

        def do(s: Any) -> None:
            if "id" in holder:
                delete_problem(s, holder["id"], False)
                return
            holder["id"] = add_problem(s, pid, title=self.tr("New problem")).id

        if push_op(self.window_, self.tr("Add problem"), do, lambda s: delete_problem(s, holder["id"])):
            self.list.setCurrentRow(self.list.count() - 1)
            self.edits["title"].setFocus()
            self.edits["title"].selectAll()

    def delete(self) -> None:
        pid = self._current_id()
        pr = next((p for p in self._rows if p.id == pid), None)
        if pr is None:
            return
        push_op(self.window_, self.tr("Delete problem “{title}”").format(title=pr.title),
                lambda s: delete_problem(s, pr.id), lambda s: delete_problem(s, pr.id, False))

    def move_problem(self, step: int) -> None:
        row = self.list.currentRow()
        other = row + step
        if not (0 <= row < len(self._rows) and 0 <= other < len(self._rows)):
            return
        a, b = self._rows[row], self._rows[other]
        pa, pb = a.position, b.position
        if pa == pb:
            pa, pb = float(row + 1), float(other + 1)

        def swap(s: Any, first: float, second: float) -> None:
            update_problem(s, a.id, position=second)
            update_problem(s, b.id, position=first)

        if push_op(self.window_, self.tr("Move problem"), lambda s: swap(s, pa, pb), lambda s: swap(s, pb, pa)):
            self.list.setCurrentRow(other)
