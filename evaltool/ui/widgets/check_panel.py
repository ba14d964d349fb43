"""The Check panel: every figure that does not agree, where it is, and a way there.

It lists the findings of ``evaltool.check`` for the open project (kind, where, the
figure in its sentence, expected, found; the full message as tooltip). Enter or a
double click jumps to the place: a report section (the figure is selected in its
editor, through ``section_requested``), a leaf (Scoring page), an indicator
(Framework page), a target or the budget lines (Targets page). A finding the team has
looked at is dismissed with a reason (an undoable step; it stays listed, greyed, when
"Show dismissed" is on).

Thread rules: every check runs as a job on the window's runner, never on the UI thread
(no dialog: it is background work). The project's facts (scores, money, surveys — a
survey tally can take a while) are read and everything is checked when the project
opens, when data changes and when the panel is shown after a change. While a section
is typed, the sections as the editors hold them are re-checked against those facts
400 ms after typing stops (``texts_changed``). One check runs at a time; a request made
meanwhile runs when it ends (the latest texts win).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaltool.changes import Changes
from evaltool.check import Finding, Place, ProjectFacts, check_facts, check_section, collect_facts, kind_label
from evaltool.check.engine import dismiss_finding, set_dismissal
from evaltool.report_sections import SECTION_KEYS
from evaltool.ui.operations import push_op
from evaltool.ui.runner import Job, Task

RECHECK_MS = 400
FINDING_ROLE = Qt.ItemDataRole.UserRole
DIMMED = QColor("#808080")


class CheckPanel(QWidget):
    """Findings of the open project; see the module docstring."""

    section_requested = Signal(str, int, int)  # section key, start, end of the figure
    problem_requested = Signal(str, str, int, int)  # problem id, field, start, end of the figure
    findings_changed = Signal(int)  # open findings

    def __init__(self, window: Any, texts: Callable[[], dict[str, str]]) -> None:
        super().__init__()
        self.window_ = window
        self._texts = texts
        self.project_id: str | None = None
        self.facts: ProjectFacts | None = None
        self._other: list[Finding] = []  # findings outside the narrative sections (from the last full run)
        self.findings: list[Finding] = []
        self._task: Task[Any] | None = None
        self._again = ""  # "full" / "texts": asked for while a check was running
        self._stale = True

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("checkHeading")
        self.status = QLabel()
        self.status.setObjectName("checkStatus")
        self.show_dismissed = QCheckBox()
        self.show_dismissed.setObjectName("checkShowDismissed")
        self.show_dismissed.toggled.connect(lambda _on: self._fill())
        self.recheck = QPushButton()
        self.recheck.setObjectName("checkRun")
        self.recheck.clicked.connect(self.refresh)
        # the heading on a line of its own: the panel fits beside the narrative on a laptop
        head = QHBoxLayout()
        head.addWidget(self.heading)
        head.addWidget(self.status, 1)
        lay.addLayout(head)
        top.addWidget(self.show_dismissed)
        top.addStretch(1)
        top.addWidget(self.recheck)
        lay.addLayout(top)

        self.list = QTreeWidget()
        self.list.setObjectName("checkFindings")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setColumnCount(5)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # paths keep their leaf name
        hh = self.list.header()
        hh.setStretchLastSection(False)
        for c, mode in enumerate((QHeaderView.ResizeMode.Interactive, QHeaderView.ResizeMode.Interactive,
                                  QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.ResizeToContents,
                                  QHeaderView.ResizeMode.ResizeToContents)):
            hh.setSectionResizeMode(c, mode)
        hh.resizeSection(0, 96)
        hh.resizeSection(1, 150)
        self.list.itemActivated.connect(lambda item, _c: self.jump(item.data(0, FINDING_ROLE)))
        self.list.currentItemChanged.connect(lambda _a, _b: self._update_buttons())
        self.list.installEventFilter(self)
        lay.addWidget(self.list, 1)

        bottom = QHBoxLayout()
        self.go_button = QPushButton()
        self.go_button.setObjectName("checkGo")
        self.go_button.clicked.connect(lambda: self.jump(self.current()))
        self.dismiss_button = QPushButton()
        self.dismiss_button.setObjectName("checkDismiss")
        self.dismiss_button.clicked.connect(self._dismiss_clicked)
        self.message = QLabel()
        self.message.setObjectName("checkMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.go_button)
        bottom.addWidget(self.dismiss_button)
        lay.addLayout(bottom)

        self._timer = QTimer(self, singleShot=True, interval=RECHECK_MS)
        self._timer.timeout.connect(self.recheck_texts)
        window.data_changed.connect(self._on_data_changed)
        self.retranslate()

    # -- texts ---------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Check: every figure agrees"))
        self.show_dismissed.setText(self.tr("Show dismissed"))
        self.recheck.setText(self.tr("Check again"))
        self.recheck.setToolTip(self.tr("Recompute every stated figure against the data (report text, comments, "
                                        "criteria, targets, money lines)"))
        self.go_button.setText(self.tr("Go to"))
        self.list.setHeaderLabels([self.tr("Kind"), self.tr("Where"), self.tr("Text"), self.tr("Expected"),
                                   self.tr("Found")])
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.facts is not None:  # the findings' words come from the core, in the language of their check
                self._stale = True
                if self.is_active():
                    self.refresh()
        super().changeEvent(event)

    # -- running --------------------------------------------------------------------
    def set_project(self, project_id: str | None) -> None:
        self.project_id = project_id
        self.facts, self._other, self.findings = None, [], []
        self._fill()
        self._stale = True
        if project_id and self.is_active():
            self.refresh()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        self.refresh_if_stale()

    def is_active(self) -> bool:
        """Visible, or behind another tab of a shown page (the open count is on its tab)."""
        if self.isVisible():
            return True
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QTabWidget):
            parent = parent.parentWidget()
        return parent is not None and parent.isVisible()

    def refresh_if_stale(self) -> None:
        if self._stale and self.project_id:
            self.refresh()

    def _on_data_changed(self, changes: Changes, _initiator: object | None) -> None:
        if not self.project_id or not changes.any():
            return
        self._stale = True
        if self.is_active():
            self.refresh()

    @property
    def running(self) -> bool:
        return self._task is not None

    def refresh(self) -> None:
        """Read the facts and check everything, on the runner (a newer request waits for the running one)."""
        if not self.project_id:
            return
        if self._task is not None:
            self._again = "full"
            return
        self._stale = False
        pid, db, texts = self.project_id, self.window_.db, self._texts()

        def work(job: Job) -> tuple[ProjectFacts, list[Finding]]:
            with db.read_session() as s:
                facts = collect_facts(s, pid, job.cancelled)
            return facts, check_facts(facts, texts, job.cancelled)

        self.status.setText(self.tr("Checking…"))
        self._start(work, self._on_checked)

    def texts_changed(self) -> None:
        """A section is being typed: re-check the sections once typing pauses."""
        self._timer.start()

    def recheck_texts(self) -> None:
        """Re-check the narrative sections as the editors hold them (on the runner)."""
        self._timer.stop()
        if self.facts is None:
            return
        if self._task is not None:
            self._again = self._again or "texts"
            return
        facts, texts = self.facts, self._texts()

        def work(_job: Job) -> list[Finding]:
            out: list[Finding] = []
            for key in SECTION_KEYS:
                if texts.get(key, "").strip():
                    out += check_section(facts, key, texts[key])
            return out

        self._start(work, self._on_sections)

    def _start(self, work: Callable[[Job], Any], done: Callable[[Any], None]) -> None:
        pid = self.project_id

        def on_done(result: Any) -> None:
            if pid == self.project_id:  # not a project closed since
                done(result)
            self._end()

        self._task = self.window_.runner.run(self.tr("Checking figures…"), work, on_done=on_done,
                                             on_error=self._on_error, on_cancelled=self._end, parent=self,
                                             show_dialog=False)
        if self._task is None:
            self.status.setText("")

    def _end(self) -> None:
        self._task = None
        again, self._again = self._again, ""
        if again == "full":
            self.refresh()
        elif again == "texts":
            self.recheck_texts()

    def _on_error(self, exc: Exception) -> None:
        self.status.setText(str(exc))
        self._end()

    def _on_checked(self, result: tuple[ProjectFacts, list[Finding]]) -> None:
        self.facts, every = result
        self._other = [f for f in every if f.place.kind != "section"]
        self._set([f for f in every if f.place.kind == "section"] + self._other)

    def _on_sections(self, sections: list[Finding]) -> None:
        self._set(sections + self._other)

    # -- the list -------------------------------------------------------------------
    def _set(self, findings: list[Finding]) -> None:
        self.findings = findings
        self._fill()
        self.findings_changed.emit(len(self.open_findings()))

    def open_findings(self) -> list[Finding]:
        return [f for f in self.findings if not f.dismissed]

    def shown(self) -> list[Finding]:
        return self.findings if self.show_dismissed.isChecked() else self.open_findings()

    def _fill(self) -> None:
        keep = self.current()
        self.list.clear()
        for f in self.shown():
            item = QTreeWidgetItem([kind_label(f.kind), f.where, f.text, f.expected, f.found])
            item.setData(0, FINDING_ROLE, f)
            tip = f.message + (("\n" + self.tr("Dismissed: {reason}").format(reason=f.reason)) if f.dismissed else "")
            for c in range(5):
                item.setToolTip(c, tip)
                if f.dismissed:
                    item.setForeground(c, QBrush(DIMMED))
            self.list.addTopLevelItem(item)
            if keep is not None and keep.id == f.id:
                self.list.setCurrentItem(item)
        n_open = len(self.open_findings())
        n_dismissed = len(self.findings) - n_open
        if self.project_id is None or (self.facts is None and not self.findings):
            self.status.setText("")
        elif n_open:
            self.status.setText(self.tr("{n} figure(s) do not agree; {d} dismissed.").format(n=n_open, d=n_dismissed))
        else:
            self.status.setText(self.tr("Every figure checked agrees ({d} dismissed).").format(d=n_dismissed))
        self.status.setStyleSheet("color: #b00020;" if n_open else "color: #2e7d32;")
        self._update_buttons()

    def current(self) -> Finding | None:
        item = self.list.currentItem()
        data = item.data(0, FINDING_ROLE) if item is not None else None
        return data if isinstance(data, Finding) else None

    def _update_buttons(self) -> None:
        f = self.current()
        self.go_button.setEnabled(f is not None)
        self.dismiss_button.setEnabled(f is not None)
        self.dismiss_button.setText(self.tr("Reopen") if f is not None and f.dismissed else self.tr("Dismiss…"))
        self.message.setText(f.message if f is not None else "")

    def eventFilter(self, obj: Any, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if (obj is self.list and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current() is not None):
            self.jump(self.current())
            return True
        return super().eventFilter(obj, event)

    # -- going there ------------------------------------------------------------------
    def jump(self, finding: Finding | None) -> None:
        if finding is None:
            return
        place: Place = finding.place
        if place.kind == "section":
            self.section_requested.emit(place.key, place.start, place.end)
        elif place.kind == "indicator":
            leaf = self.facts.leaf(place.key) if self.facts is not None else None
            if leaf is not None and place.field != "imported":
                self.window_.show_page("scoring").select_leaf(place.key)
            else:
                self.window_.show_page("framework").select(place.key)
        elif place.kind == "problem":
            self.problem_requested.emit(place.key, place.field, place.start, place.end)
        elif place.kind == "target":
            self._select_target(place.key)
        elif place.kind == "project":
            self.window_.show_page("framework" if place.field == "imported" else "targets")

    def _select_target(self, target_id: str) -> None:
        from evaltool.ui.pages.targets import ID_ROLE

        page = self.window_.show_page("targets")
        kind = next((t.table_kind for t in (self.facts.targets if self.facts else []) if t.id == target_id), None)
        if kind is not None:
            idx = page.table_kind.findData(kind)
            if idx >= 0 and idx != page.table_kind.currentIndex():
                page.table_kind.setCurrentIndex(idx)
        for row in range(page.table.rowCount()):
            for col in range(page.table.columnCount()):
                item = page.table.item(row, col)
                if item is not None and item.data(ID_ROLE) == target_id:
                    page.table.setCurrentCell(row, col)
                    page.table.scrollToItem(item)
                    return

    # -- dismissing -------------------------------------------------------------------
    def _dismiss_clicked(self) -> None:
        f = self.current()
        if f is None or not self.project_id:
            return
        pid = self.project_id
        if f.dismissed:
            before: dict[str, Any] = {}

            def reopen(s: Any) -> None:
                before["entry"] = set_dismissal(s, pid, f.id, None)

            push_op(self.window_, self.tr("Reopen finding"), reopen,
                    lambda s: set_dismissal(s, pid, f.id, before.get("entry")))
            return
        reason, ok = QInputDialog.getText(self, self.tr("Dismiss finding"),
                                          self.tr("Why can this figure stay as it is?\n{message}").format(
                                              message=f.message))
        if ok and reason.strip():
            self.dismiss(f, reason)

    def dismiss(self, finding: Finding, reason: str) -> bool:
        """Dismiss ``finding`` with ``reason`` as one undoable step."""
        if not self.project_id:
            return False
        pid = self.project_id
        by = self.window_.db.evaluator_id or ""
        return push_op(self.window_, self.tr("Dismiss finding"),
                       lambda s: dismiss_finding(s, pid, finding, reason, by=by),
                       lambda s: set_dismissal(s, pid, finding.id, None))
