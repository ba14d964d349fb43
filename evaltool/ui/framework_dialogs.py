"""Dialogs of the framework area: pick a template, save one, import a score sheet.

Creating a project from a template or a sheet is not undoable (like other imports);
the project can be deleted from the home page (which is undoable). Inserting a
template into an open project is undoable.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaltool import i18n
from evaltool.errors import EvaltoolError
from evaltool.framework import delete_subtree, restore_nodes
from evaltool.projects import find_project
from evaltool.scoresheet import ParsedSheet, SheetChoiceError, import_parsed, parse_sheet
from evaltool.scoring import fmt_score
from evaltool.templates import (
    Template,
    apply_template,
    create_project_from_template,
    list_templates,
    save_template,
    template_from_project,
)
from evaltool.ui.operations import push_op, read, run_op
from evaltool.ui.runner import Job, Task


class TemplateDialog(QDialog):
    """Choose a template; with ``ask_name`` also the new project's name."""

    def __init__(self, parent: QWidget, templates: list[Template], ask_name: bool) -> None:
        super().__init__(parent)
        self.templates = templates
        self.setWindowTitle(self.tr("New project from a template") if ask_name else self.tr("Insert a template"))
        self.resize(760, 460)
        lay = QVBoxLayout(self)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.list = QListWidget()
        self.list.setObjectName("templateList")
        lang = i18n.current_language()
        for t in templates:
            item = QListWidgetItem(t.name(lang) + ("" if t.builtin else "  " + self.tr("(mine)")))
            item.setData(Qt.ItemDataRole.UserRole, t.key)
            self.list.addItem(item)
        split.addWidget(self.list)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        split.addWidget(self.details)
        split.setStretchFactor(1, 1)
        lay.addWidget(split, 1)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("templateProjectName")
        if ask_name:
            form.addRow(self.tr("Project &name:"), self.name)
        lay.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.ask_name = ask_name
        self.list.currentRowChanged.connect(self._show)
        self.list.setCurrentRow(0)

    def template(self) -> Template | None:
        row = self.list.currentRow()
        return self.templates[row] if 0 <= row < len(self.templates) else None

    def _show(self, _row: int) -> None:
        t = self.template()
        if t is None:
            return
        lang = i18n.current_language()
        weights = " / ".join(f"{n} {fmt_score(w)}" for n, w in t.level1_weights())
        neg = self.tr("; {n} negative indicator(s)").format(n=len(t.negative)) if t.negative else ""
        self.details.setText(f"<b>{t.name(lang)}</b><br>{t.description(lang)}<br><br>"
                             + self.tr("Level 1: {weights}; {n} scored indicators{neg}.").format(
                                 weights=weights, n=t.leaves(), neg=neg))

    def _accept(self) -> None:
        if self.ask_name and not self.name.text().strip():
            self.name.setFocus()
            return
        if self.template() is not None:
            self.accept()


def new_from_template(window: Any, parent: QWidget | None = None) -> str | None:
    """The home page's "New from template…": creates the project and opens it."""
    templates = list_templates(window.db.data_dir)
    dlg = TemplateDialog(parent or window, templates, ask_name=True)
    if dlg.exec() != QDialog.DialogCode.Accepted:
        return None
    t, name = dlg.template(), dlg.name.text().strip()
    if t is None:  # accepted only with a template chosen
        return None
    pid = run_op(window, lambda s: create_project_from_template(s, t, name).id)
    if pid:
        window.open_project(pid)
    return pid


def insert_template(window: Any, page: Any) -> None:
    if not window.project_id:
        return
    templates = list_templates(window.db.data_dir)
    dlg = TemplateDialog(page, templates, ask_name=False)
    if dlg.exec() != QDialog.DialogCode.Accepted:
        return
    t, pid = dlg.template(), window.project_id
    if t is None:  # accepted only with a template chosen
        return
    state: dict[str, Any] = {}

    def do(s: Any) -> None:
        if "ids" in state:
            for ids in state["ids"]:
                restore_nodes(s, ids)
        else:
            state["ids"] = [[r] for r in apply_template(s, pid, t)]

    def undo(s: Any) -> None:
        state["ids"] = [delete_subtree(s, ids[0]) for ids in state["ids"]]

    push_op(window, QCoreApplication.translate("FrameworkDialogs", "Insert template “{name}”").format(name=t.name()), do, undo)


def save_as_template(window: Any, page: Any) -> None:
    if not window.project_id:
        return
    pid = window.project_id
    current = read(window, lambda s: find_project(s, pid).name)
    title = QCoreApplication.translate("FrameworkDialogs", "Save as template")
    name, ok = QInputDialog.getText(page, title, QCoreApplication.translate("FrameworkDialogs", "Template name (Chinese):"),
                                    text=QCoreApplication.translate("FrameworkDialogs", "{project} framework").format(project=current))
    if not ok or not name.strip():
        return
    name_en, ok = QInputDialog.getText(page, title,
                                       QCoreApplication.translate("FrameworkDialogs", "Template name (English, optional):"))
    if not ok:
        return
    try:
        doc = read(window, lambda s: template_from_project(s, pid, name.strip(), name_en.strip()))
        try:
            t = save_template(window.db.data_dir, doc)
        except EvaltoolError:
            answer = QMessageBox.question(page, title, QCoreApplication.translate(
                "FrameworkDialogs", "A template named “{name}” exists already. Replace it?").format(name=name.strip()))
            if answer != QMessageBox.StandardButton.Yes:
                return
            t = save_template(window.db.data_dir, doc, overwrite=True)
    except EvaltoolError as exc:
        QMessageBox.warning(page, QCoreApplication.translate("FrameworkDialogs", "Cannot save the template"), str(exc))
        return
    window.statusBar().showMessage(QCoreApplication.translate("FrameworkDialogs", "Template saved: {path}").format(path=t.path), 6000)


class ImportSheetDialog(QDialog):
    """Choose a file (and sheet), see what will be created, then import.

    The file is read on the window's runner (``parse_sheet`` reads only; a large
    workbook takes seconds): the dialog stays responsive, a progress dialog with Cancel
    appears when it takes long, and the preview fills in when the reading is done. A
    newer choice of file or sheet supersedes a reading still under way.

    The preview shows the tree, what the sheet states (totals, subtotals, grade) beside
    what the imported rows add to, and the warnings and notes with their rows. A sheet
    that does not reconcile is imported only after the user says so; when several
    sheets hold different frameworks, the user picks one.
    """

    def __init__(self, parent: QWidget, path: str = "", *, window: Any = None) -> None:
        super().__init__(parent)
        self.window_: Any = window if window is not None else parent.window()  # the main window (its runner)
        self.parsed: ParsedSheet | None = None
        self._task: Task[ParsedSheet] | None = None
        self._reading = 0  # which call of load() the preview is for; older results are dropped
        self.setWindowTitle(self.tr("Import a score sheet"))
        self.resize(1000, 680)
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit(path)
        self.path.setObjectName("importPath")
        self.path.setPlaceholderText(self.tr(".xlsx, .xls or .csv score sheet (“指标得分表”)"))
        self.path.editingFinished.connect(self.load)
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.clicked.connect(self._browse)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path)
        row.addWidget(file_label, 0)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        lay.addLayout(row)
        form = QFormLayout()
        self.sheet = QComboBox()
        self.sheet.setObjectName("importSheet")
        self.sheet.activated.connect(lambda _i: self.load(self.sheet.currentText()))
        form.addRow(self.tr("&Sheet:"), self.sheet)
        self.name = QLineEdit()
        self.name.setObjectName("importProjectName")
        form.addRow(self.tr("Project &name:"), self.name)
        lay.addLayout(form)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        split = QSplitter(Qt.Orientation.Vertical)
        self.preview = QTreeWidget()
        self.preview.setObjectName("importPreview")
        self.preview.setHeaderLabels([self.tr("Indicator"), self.tr("Weight"), self.tr("Score"), self.tr("Evaluator's comment")])
        self.preview.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        split.addWidget(self.preview)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        self.stated = QTableWidget(0, 6)
        self.stated.setObjectName("importStated")
        self.stated.setHorizontalHeaderLabels([self.tr("Row"), self.tr("The sheet states"), self.tr("Weight stated"),
                                               self.tr("Weight computed"), self.tr("Score stated"), self.tr("Score computed")])
        self.stated.verticalHeader().setVisible(False)
        self.stated.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.stated.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.stated.horizontalHeader().setStretchLastSection(True)
        bottom.addWidget(self.stated)
        self.warnings = QListWidget()
        self.warnings.setObjectName("importWarnings")
        self.warnings.setWordWrap(True)
        bottom.addWidget(self.warnings)
        bottom.setStretchFactor(0, 2)
        bottom.setStretchFactor(1, 3)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay.addWidget(split, 1)
        self.bottom = bottom
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_btn = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_btn.setObjectName("importButton")
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.import_btn.setEnabled(False)
        self.bottom.setVisible(False)
        self.finished.connect(lambda _r: self._stop_reading())
        if path:
            self.load()

    def _browse(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Choose a score sheet"), str(Path.home()),
                                               self.tr("Score sheets (*.xlsx *.xls *.csv);;All files (*)"))
        if path:
            self.path.setText(path)
            self.load()

    def _stop_reading(self) -> None:
        """Drop a reading under way (its result, if it still comes, is not shown)."""
        self._reading += 1
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def load(self, sheet: str | None = None) -> None:
        """Read the file (``sheet``, or the one holding a framework) on the runner."""
        self._stop_reading()
        path = self.path.text().strip()
        self.parsed = None
        self.preview.clear()
        self.warnings.clear()
        self.stated.setRowCount(0)
        self.bottom.setVisible(False)
        self.import_btn.setEnabled(False)
        if not path:
            return
        reading = self._reading
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Reading {file}…").format(file=Path(path).name))

        def work(job: Job) -> ParsedSheet:
            parsed = parse_sheet(path, sheet or None)
            job.check()  # Cancel pressed while reading: show nothing
            return parsed

        def current() -> bool:
            return reading == self._reading

        def done(parsed: ParsedSheet) -> None:
            if current():
                self._task = None
                self._show(path, parsed)

        def failed(exc: EvaltoolError) -> None:
            if not current():
                return
            self._task = None
            if isinstance(exc, SheetChoiceError):
                self._fill_sheets(exc.candidates, None)
                self.summary.setText(self.tr("{error} Choose it in the Sheet list above.").format(error=exc.message))
                self.summary.setStyleSheet("color: #8a5300;")
                return
            self.summary.setText(self.tr("Cannot import this file: {error}").format(error=exc))
            self.summary.setStyleSheet("color: #b3261e;")

        def cancelled() -> None:
            if current():
                self._task = None
                self.summary.setText(self.tr("Reading cancelled: choose the file again to see what it holds."))

        self._task = self.window_.runner.run(self.tr("Reading {file}…").format(file=Path(path).name), work,
                                             on_done=done, on_error=failed, on_cancelled=cancelled, parent=self)

    def _fill_sheets(self, names: list[str], current: str | None) -> None:
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(names)
        if current is not None:
            self.sheet.setCurrentText(current)
        else:
            self.sheet.setCurrentIndex(-1)
        self.sheet.blockSignals(False)

    def _show(self, path: str, parsed: ParsedSheet) -> None:
        self.parsed = parsed
        self._fill_sheets(parsed.sheets, parsed.sheet)
        if not self.name.text().strip() or self.name.property("auto"):
            self.name.setText(parsed.facts.get("name") or parsed.title or Path(path).stem)
            self.name.setProperty("auto", True)
        text = self.tr("Sheet “{sheet}”, header in row(s) {rows}: {n} indicators, {s} with scores.").format(
            sheet=parsed.sheet, rows=", ".join(map(str, parsed.header_rows)), n=len(parsed.leaves()), s=parsed.scored)
        facts = [label.format(value=parsed.facts[key]) for key, label in (
            ("evaluation_agency", self.tr("evaluation agency: {value}")), ("reference_date", self.tr("reference date: {value}")),
            ("budget_unit", self.tr("budget unit: {value}"))) if parsed.facts.get(key)]
        if facts:
            text += " " + self.tr("From the sheet: {facts}.").format(facts=self.tr("; ").join(facts))
        if parsed.also_in:
            text += " " + self.tr("Sheets {sheets} hold the same framework.").format(sheets=", ".join(parsed.also_in))
        if parsed.reconciles:
            text += " " + self.tr("Everything the sheet states agrees with its rows. Nothing is created until you press Import.")
            self.summary.setStyleSheet("")
        else:
            text += " " + self.tr("The sheet does not reconcile: {n} warning(s) below. Check them before importing.").format(
                n=len(parsed.warnings))
            self.summary.setStyleSheet("color: #8a5300;")
        self.summary.setText(text)

        def add(parent: QTreeWidget | QTreeWidgetItem, nodes: list[Any]) -> None:
            for n in nodes:
                item = QTreeWidgetItem([n.name, fmt_score(n.weight), fmt_score(n.score),
                                        (n.comment or "").replace("\n", " ")[:120]])
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if n.is_negative:
                    item.setForeground(0, Qt.GlobalColor.darkYellow)
                if isinstance(parent, QTreeWidgetItem):
                    parent.addChild(item)
                else:
                    parent.addTopLevelItem(item)
                add(item, n.children)

        add(self.preview, parsed.roots)
        self.preview.expandAll()
        self._show_stated(parsed)
        for f in parsed.findings:
            item = QListWidgetItem(("⚠ " if f.severity == "warning" else "ℹ ") + f.text)
            if f.severity == "warning":
                item.setForeground(Qt.GlobalColor.darkRed)
            self.warnings.addItem(item)
        self.bottom.setVisible(bool(parsed.stated or parsed.findings))
        self.import_btn.setEnabled(True)

    def _show_stated(self, parsed: ParsedSheet) -> None:
        """Each figure the sheet states beside what its rows add to; a difference in red."""
        self.stated.setRowCount(len(parsed.stated))
        for i, st in enumerate(parsed.stated):
            if st.kind == "grade":
                cells = [str(st.row), st.label, "", "", st.grade or "", st.computed_grade or "—"]
            else:
                cells = [str(st.row), st.label, fmt_score(st.weight), fmt_score(st.computed_weight) if st.weight is not None else "",
                         fmt_score(st.score), fmt_score(st.computed_score) if st.score is not None else ""]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(("✓ " if st.agrees else "✗ ") + text if j == 1 else text)
                if j in (0, 2, 3, 4, 5):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if (j == 1 and not st.agrees) or (j in (2, 3) and not st.weight_agrees) or (j in (4, 5) and not st.score_agrees):
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.stated.setItem(i, j, item)

    def _accept(self) -> None:
        """Import; a sheet that does not reconcile only after the user agrees."""
        if self.parsed is None:
            return
        if not self.parsed.reconciles and not self._confirm_unreconciled(self.parsed):
            return
        self.accept()

    def _confirm_unreconciled(self, parsed: ParsedSheet) -> bool:
        """Ask whether to import a sheet that does not reconcile (No is the default)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The sheet does not reconcile"), self.tr(
            "What the sheet states does not agree with its rows ({n} warning(s)), e.g.:\n\n{first}\n\n"
            "Import it anyway? The warnings stay listed in this preview; fix the project after importing.").format(
                n=len(parsed.warnings), first=parsed.warnings[0]), parent=self)
        go = box.addButton(self.tr("Import anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is go


def import_sheet(window: Any, parent: QWidget | None = None, path: str = "") -> Task[str] | None:
    """Preview, then create a project from a score sheet on the window's runner (progress,
    Cancel: nothing is created) and open it. Not undoable (the undo stack is cleared): the
    project can be deleted from the home page. Returns the running task (its result is
    the new project's id), or None when the dialog was cancelled or a writer is busy."""
    parent = parent or window
    dlg = ImportSheetDialog(parent, path, window=window)
    if dlg.exec() != QDialog.DialogCode.Accepted or dlg.parsed is None:
        return None
    parsed, name = dlg.parsed, dlg.name.text().strip()

    def work(job: Job) -> str:
        with job.session() as s:
            return import_parsed(s, parsed, name, progress=job.progress, cancelled=job.cancelled).project_id

    def cancelled() -> None:
        window.statusBar().showMessage(
            QCoreApplication.translate("FrameworkDialogs", "Import cancelled; nothing was created."), 6000)

    label = QCoreApplication.translate("FrameworkDialogs", "Importing {file}…").format(file=parsed.file)
    return window.runner.run(label, work, on_done=window.open_project, on_cancelled=cancelled, writes=True,
                             clears_undo=True, parent=parent)
