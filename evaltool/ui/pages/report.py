"""Report & export page: the narrative the team writes, the generated parts beside
it, and the exports (Word, Excel, PDF summary, blank forms, the report as PDF).

Narrative sections are listed in report order (摘要, 项目基本情况, 评价工作开展情况 …,
经验); each autosaves (1.2 s after typing stops, or on leaving the editor) as an
undoable step, and a section not written yet can start from the draft the report would
print (written from the project's data). The problems with their causes and suggestions
are a panel of their own (``report_problems``). The right side is a tab widget: the
preview of the generated parts first (other panels, e.g. a check of the figures, add
tabs). Exports run on the window's runner (``evaltool.ui.runner``) with a progress
dialog whose Cancel stops the export; files appear only when complete. The table of
contents gets its page numbers through LibreOffice when it is installed. The result
(files written, the TOC, what was left out, or the error) is shown in the page, not in
a modal box, so work can go on.
A section two laptops changed without seeing each other's change is marked in the list (⚠)
and above the editor (``ConflictMarker``: both texts, who, when); its first save asks which
text the new one replaces. Experts read the narrative; the lead and members write it.

The preview is collected on the runner (``report_preview``): the page shows its sections
at once, the preview tab says it is preparing and fills in when the job is done.

Size: near the ~600-line guide because the page wires four panels (sections, problems,
the preview and check tabs, the export bar) and their conflict guards; the export bar's
result and file links are the next part to move to a module of their own.
"""
from __future__ import annotations

import html
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from evaltool.changes import Changes
from evaltool.export.drafts import DRAFTED
from evaltool.models import ReportSection
from evaltool.report_sections import REPORT_ORDER, get_sections, set_section
from evaltool.roles import NARRATIVE, may
from evaltool.ui.operations import push_op, read
from evaltool.ui.pages.base import ProjectPage
from evaltool.ui.pages.report_preview import PreviewPanel
from evaltool.ui.pages.report_problems import ProblemsPanel
from evaltool.ui.runner import Job, Task
from evaltool.ui.widgets.check_panel import CheckPanel
from evaltool.ui.widgets.conflict_marker import ConflictGuard, ConflictMarker
from evaltool.ui.widgets.fit import scroll_body
from evaltool.ui.widgets.folders import open_file_name
from evaltool.ui.widgets.team_panel import show_sync_conflicts

AUTOSAVE_MS = 1200
KINDS = ("docx", "xlsx", "pdf", "blank_forms", "report_pdf")
PROBLEMS = "__problems__"  # the list entry of the problems panel (not a narrative section)


class ReportPage(ProjectPage):
    key = "report"
    export_done = Signal(object)  # ExportReport, or None when it failed / was cancelled

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self._loading = False
        self._dirty: set[str] = set()
        self._task: Task[Any] | None = None
        self.guard = ConflictGuard(window, self)
        self._section_rows: dict[str, str] = {}  # section key → its record's id

        outer = QVBoxLayout(scroll_body(self))
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        outer.addWidget(self.heading)

        # export bar
        self.export_box = QGroupBox()
        ebl = QVBoxLayout(self.export_box)
        row1 = QHBoxLayout()
        self.lang_label = QLabel()
        self.lang_combo = QComboBox()
        self.lang_combo.setObjectName("reportLanguage")
        self.lang_combo.addItem("中文", "zh_CN")
        self.lang_combo.addItem("English", "en")
        self.lang_combo.currentIndexChanged.connect(self._report_language_changed)
        self.template_label = QLabel()
        self.template_edit = QLineEdit()
        self.template_edit.setObjectName("reportTemplate")
        self.template_browse = QPushButton()
        self.template_browse.clicked.connect(self._choose_template)
        row1.addWidget(self.lang_label)
        row1.addWidget(self.lang_combo)
        row1.addSpacing(16)
        row1.addWidget(self.template_label)
        row1.addWidget(self.template_edit, 1)
        row1.addWidget(self.template_browse)
        ebl.addLayout(row1)
        from evaltool.export.libreoffice import find_soffice  # no Qt, no heavy import

        self._soffice = find_soffice()
        self.toc_check = QCheckBox()
        self.toc_check.setObjectName("tocPageNumbers")
        self.toc_check.setChecked(self._soffice is not None)
        self.toc_check.setEnabled(self._soffice is not None)
        ebl.addWidget(self.toc_check)
        row2 = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for kind in (*KINDS, "all"):
            b = QPushButton()
            b.setObjectName(f"export_{kind}")
            b.clicked.connect(lambda _c=False, kind=kind: self.export_clicked(kind))
            self.buttons[kind] = b
            row2.addWidget(b)
        self.buttons["report_pdf"].setEnabled(self._soffice is not None)
        row2.addStretch(1)
        ebl.addLayout(row2)
        result_row = QHBoxLayout()
        self.result = QLabel()
        self.result.setObjectName("exportResult")
        self.result.setWordWrap(True)
        # the written files are links: a click opens the file in Word / Excel / the PDF reader
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.result.setOpenExternalLinks(True)
        result_row.addWidget(self.result, 1)
        self.open_folder_btn = QPushButton()
        self.open_folder_btn.setObjectName("openExportFolder")
        self.open_folder_btn.clicked.connect(self.open_export_folder)
        self.open_folder_btn.hide()
        result_row.addWidget(self.open_folder_btn, 0, Qt.AlignmentFlag.AlignTop)
        ebl.addLayout(result_row)
        self._last_report: Any = None  # the last export, shown again in a new language
        outer.addWidget(self.export_box)

        # narrative | preview
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.sections_label = QLabel()
        self.section_marker = ConflictMarker(window)
        self.section_marker.setObjectName("sectionConflict")
        self.section_marker.open_sync.connect(lambda: show_sync_conflicts(
            self.window_, self.section_marker.conflict.key if self.section_marker.conflict else None))
        head = QHBoxLayout()
        head.addWidget(self.sections_label, 1)
        head.addWidget(self.section_marker)
        ll.addLayout(head)
        inner = QHBoxLayout()
        self.section_list = QListWidget()
        self.section_list.setObjectName("sectionList")
        self.section_list.setMaximumWidth(190)
        self.section_list.setMinimumWidth(150)
        self.editors: dict[str, QPlainTextEdit] = {}
        self.keys: list[str] = [*REPORT_ORDER, PROBLEMS]
        self.stack = QStackedWidget()
        for k in REPORT_ORDER:
            ed = QPlainTextEdit()
            ed.setObjectName(f"section_{k}")
            ed.textChanged.connect(lambda k=k: self._on_text_changed(k))
            ed.installEventFilter(self)
            self.editors[k] = ed
            self.stack.addWidget(ed)
            self.section_list.addItem(QListWidgetItem())
        self.problems = ProblemsPanel(window, lambda: self.lang_combo.currentData() or "zh_CN")
        self.problems.setObjectName("problemsPanel")
        self.stack.addWidget(self.problems)  # (it scrolls inside: its form is taller than a laptop's page)
        self.section_list.addItem(QListWidgetItem())
        self.section_list.currentRowChanged.connect(self._on_section_row)
        inner.addWidget(self.section_list)
        inner.addWidget(self.stack, 1)
        ll.addLayout(inner, 1)
        hint_row = QHBoxLayout()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("sectionHint")
        hint_row.addWidget(self.hint, 1)
        self.draft_btn = QPushButton()
        self.draft_btn.setObjectName("insertDraft")
        self.draft_btn.clicked.connect(self.insert_draft)
        hint_row.addWidget(self.draft_btn)
        ll.addLayout(hint_row)
        split.addWidget(left)
        # the right side is a tab widget so other panels (a check of the figures …) can join
        self.side_tabs = QTabWidget()
        self.side_tabs.setObjectName("reportSideTabs")
        # the generated parts, collected on the runner (the page shows at once)
        self.preview_panel = PreviewPanel(window, lambda: self.lang_combo.currentData() or "zh_CN")
        self.preview_panel.setObjectName("reportPreviewPanel")
        self.preview, self.omissions = self.preview_panel.browser, self.preview_panel.omissions
        # figures that do not agree, re-checked as the sections are typed (evaltool.check)
        self.check_panel = CheckPanel(window, self.section_texts)
        self.check_panel.setObjectName("checkPanel")
        self.check_panel.section_requested.connect(self.show_section_range)
        self.check_panel.problem_requested.connect(self.show_problem)
        self.check_panel.findings_changed.connect(lambda _n: self._name_check_tab())
        self.side_tabs.addTab(self.preview_panel, "")
        self.side_tabs.addTab(self.check_panel, "")
        split.addWidget(self.side_tabs)
        split.setSizes([620, 520])
        split.setChildrenCollapsible(False)
        outer.addWidget(split, 1)

        self._timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)
        self.section_list.setCurrentRow(0)
        self.retranslate()

    # -- texts ----------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Report & export")

    def section_title(self, key: str) -> str:
        return {
            "conclusion": self.tr("Summary and conclusion"),
            "background": self.tr("Project background"),
            "implementation": self.tr("Implementation and funds"),
            "achievements": self.tr("Achievements and experience"),
            "problems": self.tr("Problems found"),
            "suggestions": self.tr("Suggestions"),
            "purpose": self.tr("Purpose of the evaluation"),
            "scope": self.tr("Object and scope"),
            "basis": self.tr("Basis of the evaluation"),
            "principles": self.tr("Principles"),
            "methods": self.tr("Methods"),
            "framework_design": self.tr("Indicator framework and how it was built"),
            "process": self.tr("Evaluation process"),
            PROBLEMS: self.tr("Problems, causes and suggestions"),
        }[key]

    def section_hint(self, key: str) -> str:
        work = self.tr("Chapter 2, how the evaluation was carried out. Empty: the report prints the draft made from the project's "
                       "data (facts, money, framework, team, dates, evidence, surveys); “Start from the draft” "
                       "puts it here to edit.")
        return {
            "purpose": work, "scope": work, "basis": work, "principles": work, "methods": work,
            "framework_design": work + " " + self.tr("The table of weights is added after it."),
            "process": work + " " + self.tr("The phases and their dates are project facts (Project page)."),
            PROBLEMS: self.tr("Chapter 4: each problem with the deductions that found it, its cause and the "
                              "suggestion answering it (numbered alike). They replace the “Problems found” and "
                              "“Suggestions” sections when there are any."),
            "conclusion": self.tr("Becomes the report's summary (“摘要”). Leave it empty to have it generated from the "
                                  "scores and the headings of the sections below. A pasted table captioned "
                                  "“附表 …一级指标…” is replaced by the live level-1 table."),
            "background": self.tr("Chapter “一、(一)”: project description. Lines such as “1.项目背景” or “（二）…” become headings, renumbered to fit."),
            "implementation": self.tr("Implementation, performance targets set, use of funds. The funds table is added from the project's budget figures."),
            "achievements": self.tr("Chapter 4: achievements and experience. The summary lists the titles of the "
                                    "“1.…” headings. Empty: drafted from the best-scoring indicators."),
            "problems": self.tr("Chapter 4: problems, used when no structured problem is recorded (see "
                                "“Problems, causes and suggestions”)."),
            "suggestions": self.tr("Chapter 4: suggestions, used when no structured problem is recorded."),
        }[key]

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.open_folder_btn.setText(self.tr("Open folder"))
        if getattr(self, "_last_report", None) is not None:
            self._show_report(self._last_report)  # "Written:" follows a language switch
        self.export_box.setTitle(self.tr("Export"))
        self.lang_label.setText(self.tr("Report language:"))
        self.template_label.setText(self.tr("Word template:"))
        self.template_edit.setPlaceholderText(self.tr("none — built-in styles (黑体 headings, 仿宋 body)"))
        self.template_browse.setText(self.tr("Choose…"))
        labels = {"docx": self.tr("Word report…"), "xlsx": self.tr("Excel score sheet…"),
                  "pdf": self.tr("PDF summary…"), "blank_forms": self.tr("Blank scoring forms…"),
                  "report_pdf": self.tr("Report as PDF…"), "all": self.tr("All to a folder…")}
        for k, b in self.buttons.items():
            b.setText(labels[k])
        if self._soffice is None:
            self.buttons["report_pdf"].setToolTip(self.tr("Needs LibreOffice, which is not installed."))
        self.toc_check.setText(self.tr("Page numbers in the table of contents (LibreOffice)") if self._soffice
                               else self.tr("Page numbers in the table of contents: Word asks to update them when the "
                                            "report is opened (LibreOffice is not installed)"))
        self.sections_label.setText(self.tr("Narrative sections (saved as you type)"))
        for i, k in enumerate(self.keys):
            self.section_list.item(i).setText(self._list_text(k))
            if k in self.editors:
                self.editors[k].setPlaceholderText(self.tr("Write the “{section}” section here.").format(
                    section=self.section_title(k)))
        self.draft_btn.setText(self.tr("Start from the draft"))
        self.draft_btn.setToolTip(self.tr("Put the text the report would print for this section (made from the "
                                          "project's data) into the editor, to edit it"))
        self.side_tabs.setTabText(0, self.tr("Preview"))
        self._name_check_tab()
        self.preview_panel.retranslate()
        self.problems.retranslate()
        self._on_section_row(self.section_list.currentRow())

    # -- project / data --------------------------------------------------------
    def _name_check_tab(self) -> None:
        """"Check (3)": the open findings show on the tab even while the preview is in front."""
        n = len(self.check_panel.open_findings())
        self.side_tabs.setTabText(1, self.tr("Check ({n})").format(n=n) if n else self.tr("Check"))

    def set_project(self, project_id: str | None) -> None:
        self.flush()
        self.result.clear()
        self._last_report = None
        self.open_folder_btn.hide()
        self.problems.set_project(project_id)
        self.preview_panel.set_project(project_id)
        super().set_project(project_id)
        self.check_panel.set_project(project_id)

    def refresh(self) -> None:
        if not self.project_id:
            return
        pid = self.project_id
        me = self.window_.db.evaluator_id

        def load(s: Any) -> tuple[dict[str, str], dict[str, str], bool]:
            rows = s.scalars(select(ReportSection).where(ReportSection.project_id == pid,
                                                         ReportSection.deleted.is_(False)))
            ids = {r.key: r.id for r in sorted(rows, key=lambda r: (r.updated_at or "", r.id))}
            return get_sections(s, pid), ids, may(s, pid, me, NARRATIVE)

        texts, self._section_rows, writable = read(self.window_, load)
        self.guard.load(pid)
        for ed in self.editors.values():
            ed.setReadOnly(not writable)
        for i, k in enumerate(self.keys):
            self.section_list.item(i).setText(self._list_text(k))
        self._show_marker()
        self._loading = True
        try:
            for k, ed in self.editors.items():
                if k in self._dirty:
                    continue  # the user's unsaved typing wins over what is stored
                if ed.toPlainText() != texts.get(k, ""):
                    ed.setPlainText(texts.get(k, ""))
        finally:
            self._loading = False
        self.preview_panel.data_changed()

    def on_data_changed(self, changes: Changes, initiator: object | None) -> None:
        self.problems.on_data_changed(changes)
        if changes.report or changes.projects or changes.sync:
            self.refresh()
        elif changes.scores or changes.framework or changes.targets or changes.surveys or changes.evidence:
            self.preview_panel.data_changed()

    def _report_language_changed(self, _index: int) -> None:
        self.preview_panel.data_changed()

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)  # (the preview tab collects itself when shown and out of date)
        self.check_panel.refresh_if_stale()  # its count shows on its tab behind the preview

    # -- autosave ---------------------------------------------------------------
    def _on_section_row(self, row: int) -> None:
        if row < 0:
            return
        self.flush()
        self.stack.setCurrentIndex(row)
        key = self.keys[row]
        self.hint.setText(self.section_hint(key))
        self.draft_btn.setVisible(key in DRAFTED)
        self._show_marker()

    def _conflict_key(self, key: str) -> tuple[str, str, str] | None:
        row = self._section_rows.get(key)
        return ("report_sections", row, "text") if row else None

    def _list_text(self, key: str) -> str:
        ck = self._conflict_key(key)
        return ("⚠ " if ck and self.guard.get(ck) else "") + self.section_title(key)

    def _show_marker(self) -> None:
        row = self.section_list.currentRow()
        ck = self._conflict_key(self.keys[row]) if 0 <= row < len(self.keys) else None
        self.section_marker.set_conflict(self.project_id, self.guard.get(ck) if ck else None)

    def current_key(self) -> str:
        return self.keys[max(self.section_list.currentRow(), 0)]

    def insert_draft(self) -> Task[Any] | None:
        """Put the report's draft of the current section into its editor (saved like typing).
        The draft reads the whole project (the report's data): on the runner, with a progress
        dialog if it takes a while; the editor gets it when it comes."""
        key = self.current_key()
        if key not in self.editors or not self.project_id:
            return None
        pid, lang, db = self.project_id, self.lang_combo.currentData() or "zh_CN", self.window_.db
        summary, roots = self.window_.peek_cached(("summary", pid)), self.window_.peek_cached(("tree", pid))

        def work(job: Job) -> str:
            from evaltool.export.data import collect
            from evaltool.export.drafts import draft_section

            with db.read_session() as s:
                data = collect(s, pid, lang, with_charts=False, summary=summary, roots=roots, cancelled=job.cancelled)
            return draft_section(data, key)

        def done(text: str) -> None:
            if pid != self.project_id:
                return
            ed = self.editors[key]
            if not text:
                self.hint.setText(self.tr("Nothing to draft from yet: record the project's facts first."))
                return
            if ed.toPlainText().strip() and QMessageBox.question(
                    self, self.tr("Start from the draft"),
                    self.tr("Replace the text of “{section}” with the draft? (Ctrl+Z brings it back.)").format(
                        section=self.section_title(key))) != QMessageBox.StandardButton.Yes:
                return
            ed.setPlainText(text)  # autosaved like typing, one undo step
            self.flush()

        return self.window_.runner.run(self.tr("Drafting “{section}”…").format(section=self.section_title(key)),
                                       work, on_done=done, parent=self)

    def _on_text_changed(self, key: str) -> None:
        if self._loading or not self.project_id:
            return
        self._dirty.add(key)
        self._timer.start()
        self.check_panel.texts_changed()

    def section_texts(self) -> dict[str, str]:
        """What the editors hold now (typed text included), for the Check panel."""
        return {k: ed.toPlainText() for k, ed in self.editors.items()}

    def show_problem(self, problem_id: str, field: str, start: int, end: int) -> None:
        """Show one of the report's problems with the figure in its ``field`` selected."""
        self.section_list.setCurrentRow(self.keys.index(PROBLEMS))
        self.problems.select(problem_id, field, start, end)

    def show_section_range(self, key: str, start: int, end: int) -> None:
        """Show section ``key`` with the characters start…end selected (a finding's figure)."""
        self.section_list.setCurrentRow(self.keys.index(key))
        ed = self.editors[key]
        cursor = ed.textCursor()
        n = len(ed.toPlainText())
        cursor.setPosition(max(0, min(start, n)))
        cursor.setPosition(max(0, min(end, n)), QTextCursor.MoveMode.KeepAnchor)
        ed.setTextCursor(cursor)
        ed.centerCursor()
        QTimer.singleShot(0, ed.centerCursor)  # again once the shown section is laid out
        ed.setFocus()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusOut and obj in self.editors.values():
            self.flush()
        return super().eventFilter(obj, event)

    def flush(self) -> None:
        """Save every section typed into since the last save (one undo step each)."""
        self._timer.stop()
        if not self.project_id or not self._dirty:
            self._dirty.clear()
            return
        pid = self.project_id
        dirty, self._dirty = sorted(self._dirty), set()
        stored = read(self.window_, lambda s: get_sections(s, pid))
        for key in dirty:
            new = self.editors[key].toPlainText()
            old = stored.get(key, "")
            if new == old:
                continue
            ck = self._conflict_key(key)
            do: Callable[[Any], Any] = partial(set_section, project_id=pid, key=key, text=new)
            if ck is not None:
                go_on, replaces = self.guard.ask(ck, new.strip().splitlines()[0] if new.strip() else "")
                if not go_on:  # cancelled: the stored text shows again
                    self._loading = True
                    self.editors[key].setPlainText(old)
                    self._loading = False
                    continue
                do = self.guard.wrap(ck, replaces, do)
            push_op(self.window_, self.tr("Edit report section “{section}”").format(section=self.section_title(key)),
                    do, partial(set_section, project_id=pid, key=key, text=old))

    # -- export ---------------------------------------------------------------------
    def _choose_template(self) -> None:
        path = open_file_name(self, self.window_, "template", self.tr("Word template"), self.tr("Word documents (*.docx)"))
        if path:
            self.template_edit.setText(path)

    def _default_name(self, kind: str) -> str:
        from evaltool.cli.export import _safe
        from evaltool.models import Project

        pid = self.project_id
        name = read(self.window_, lambda s: s.get(Project, pid).name)

        stem = _safe(name)
        return {"docx": f"{stem}-绩效评价报告.docx", "xlsx": f"{stem}-指标得分表.xlsx",
                "pdf": f"{stem}-得分汇总.pdf", "blank_forms": f"{stem}-空白评分表.pdf",
                "report_pdf": f"{stem}-绩效评价报告.pdf"}[kind]

    def ask_paths(self, kind: str) -> dict[str, str] | None:
        """Ask where to write (a file, or a folder for all four); None when the user cancels."""
        last = str(self.window_.settings.value("report/last_folder", str(Path.home())))
        if kind == "all":
            folder = QFileDialog.getExistingDirectory(self, self.tr("Export all to folder"), last)
            if not folder:
                return None
            self.window_.settings.setValue("report/last_folder", folder)
            kinds = [k for k in KINDS if k != "report_pdf" or self._soffice is not None]
            return {k: str(Path(folder) / self._default_name(k)) for k in kinds}
        filters = {"docx": self.tr("Word documents (*.docx)"), "xlsx": self.tr("Excel workbooks (*.xlsx)"),
                   "pdf": self.tr("PDF files (*.pdf)"), "blank_forms": self.tr("PDF files (*.pdf)"),
                   "report_pdf": self.tr("PDF files (*.pdf)")}
        path, _f = QFileDialog.getSaveFileName(self, self.buttons[kind].text().rstrip("…"),
                                               str(Path(last) / self._default_name(kind)), filters[kind])
        if not path:
            return None
        self.window_.settings.setValue("report/last_folder", str(Path(path).parent))
        return {kind: path}

    def export_clicked(self, kind: str) -> None:
        paths = self.ask_paths(kind)
        if paths:
            self.start_export(paths)

    def start_export(self, paths: dict[str, str]) -> Task[Any] | None:
        """Export on the window's runner (progress, Cancel); the result shows in the page."""
        if not self.project_id or self._task is not None:
            return None
        self.flush()
        self.problems.flush()
        db, pid = self.window_.db, self.project_id
        lang, template = self.lang_combo.currentData(), self.template_edit.text().strip() or None
        toc = "auto" if self.toc_check.isChecked() else "word"

        def work(job: Job) -> Any:
            # Imported on first export: python-docx, openpyxl and reportlab cost start-up time.
            from evaltool.export import export_project

            return export_project(db, pid, lang=lang, template=template, progress=job.progress,
                                  cancelled=job.cancelled, toc=toc, **paths)

        for b in self.buttons.values():
            b.setEnabled(False)
        self.result.setText(self.tr("Exporting…"))
        self._task = self.window_.runner.run(
            self.tr("Exporting…"), work, on_done=self._on_finished, parent=self,
            on_error=lambda exc: self._on_failed(str(exc), False),
            on_cancelled=lambda: self._on_failed(self.tr("Export cancelled; no file was written."), True))
        if self._task is None:
            self._end()
        return self._task

    def cancel_export(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _end(self) -> None:
        self._task = None
        for k, b in self.buttons.items():
            b.setEnabled(k != "report_pdf" or self._soffice is not None)

    def _on_finished(self, report: Any) -> None:
        self._end()
        self._last_report = report
        self._show_report(report)
        self.export_done.emit(report)

    def _show_report(self, report: Any) -> None:
        """The files written (links that open them), notes and omissions, in the current language."""
        def link(p: Any) -> str:
            url = QUrl.fromLocalFile(str(p)).toString()
            return f'&nbsp;&nbsp;<a href="{html.escape(url, quote=True)}">{html.escape(str(p))}</a>'

        lines = [html.escape(self.tr("Written:"))] + [link(p) for p in report.written]
        lines += [f"&nbsp;&nbsp;{html.escape(str(n))}" for n in report.notes]
        if report.omissions:
            lines.append(html.escape(self.tr("Left out or to check:")))
            lines += [f"&nbsp;&nbsp;• {html.escape(str(m))}" for m in report.omissions]
        self.result.setStyleSheet("")
        self.result.setText("<br>".join(lines))
        self.open_folder_btn.setVisible(bool(report.written))

    def export_folder(self) -> Path | None:
        """The folder of the last export's first file (None before any export)."""
        written = list(self._last_report.written) if self._last_report is not None else []
        return Path(written[0]).parent if written else None

    def open_export_folder(self) -> None:
        folder = self.export_folder()
        if folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _on_failed(self, message: str, cancelled: bool) -> None:
        self._end()
        self._last_report = None
        self.open_folder_btn.hide()
        self.result.setStyleSheet("" if cancelled else "color: #b00020;")
        text = message if cancelled else self.tr("Export failed: {error}").format(error=message)
        self.result.setText(html.escape(text).replace("\n", "<br>"))
        self.export_done.emit(None)
