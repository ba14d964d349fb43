"""Evidence page (佐证材料): list with search and filters, add (file dialog or drag and
drop, many files with progress), preview, metadata, links to leaves, integrity check.

The list sits over plain ``EvidenceInfo`` records loaded once per refresh; typing in
the search box filters those in memory (``evidence.filter_items``), so thousands of
items filter without a database query. Files that are missing from the store or no
longer match their checksum are marked in red, never an error.

Thread rules: adding files (folders are walked on the worker too), verifying, loading a
preview and copying a file out to open it run on ``window.runner``. The list's first
load for a project (a query and a ``stat`` per item: 5,000 items take ~0.3 s, see
``bench/bench_evidence.py``) runs there too, so the page shows at once ("Loading…") and
the list fills in; a change made meanwhile makes it load again. Later refreshes (after
an edit, an addition, an undo) read on the UI thread, so what was just done is listed
and selected at once; they happen only while the page is shown.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from evaltool import evidence as ev
from evaltool.changes import Changes
from evaltool.framework import iter_leaves, load_tree
from evaltool.ui.operations import evidence as ops
from evaltool.ui.operations import read
from evaltool.ui.pages.base import ProjectPage
from evaltool.ui.pages.evidence.details import EvidenceDetails
from evaltool.ui.pages.evidence.dialogs import LeafPickerDialog
from evaltool.ui.pages.evidence.model import COLUMNS, EvidenceModel, evidence_table
from evaltool.ui.pages.evidence.preview import PreviewPane
from evaltool.ui.runner import Job, Task
from evaltool.ui.widgets.fit import elide_combo, scroll_body
from evaltool.ui.widgets.folders import open_file_names


class EvidencePage(ProjectPage):
    key = "evidence"

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.setAcceptDrops(True)
        self.all_items: list[ev.EvidenceInfo] = []
        self.verified: dict[str, str] = {}  # item id → status from the last full check
        self.leaves: list[tuple[str, str]] = []
        self._loading = False
        self._loaded = False  # the list of the current project has been read once (then refreshed in place)
        self._load_task: Task[Any] | None = None  # the first load, on the runner
        self._generation = 0  # bumped at every refresh asked for: a load started before is outdated
        self._pending: list[str] = []  # ids to select once the first load has come
        outer = QVBoxLayout(scroll_body(self))
        outer.addLayout(self._build_top())
        outer.addLayout(self._build_filters())

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self._build_table())
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rsplit = QSplitter(Qt.Orientation.Vertical)
        self.preview_box = QGroupBox()
        pl = QVBoxLayout(self.preview_box)
        self.preview = PreviewPane(window)
        self.preview.note_text_edited.connect(self._save_note_text)
        pl.addWidget(self.preview)
        rsplit.addWidget(self.preview_box)
        self.details = EvidenceDetails()
        self.details.field_edited.connect(self._save_field)
        self.details.link_requested.connect(self.link_selected)
        self.details.unlink_requested.connect(self._unlink)
        details_scroll = QScrollArea()  # the description form is taller than a laptop's page
        details_scroll.setWidgetResizable(True)
        details_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        details_scroll.setWidget(self.details)
        rsplit.addWidget(details_scroll)
        rsplit.setStretchFactor(0, 3)
        rsplit.setStretchFactor(1, 1)
        rsplit.setSizes([600, 300])
        rl.addWidget(rsplit)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([720, 480])
        outer.addWidget(split, 1)
        self.retranslate()

    def _build_top(self) -> QHBoxLayout:
        top = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        top.addWidget(self.heading)
        top.addStretch(1)
        self.add_btn = QPushButton()
        self.add_btn.setObjectName("addFiles")
        self.add_btn.clicked.connect(self.add_files_dialog)
        self.note_btn = QPushButton()
        self.note_btn.setObjectName("newNote")
        self.note_btn.clicked.connect(self.new_note)
        self.delete_btn = QPushButton()
        self.delete_btn.setObjectName("deleteEvidence")
        self.delete_btn.clicked.connect(self.delete_selected)
        self.verify_btn = QPushButton()
        self.verify_btn.setObjectName("verifyFiles")
        self.verify_btn.clicked.connect(self.verify_files)
        for b in (self.add_btn, self.note_btn, self.delete_btn, self.verify_btn):
            top.addWidget(b)
        return top

    def _build_filters(self) -> QHBoxLayout:
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("evidenceSearch")
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=120)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        filters.addWidget(self.search, 2)
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("kindFilter")
        self.source_filter = QComboBox()
        self.source_filter.setObjectName("sourceFilter")
        self.leaf_filter = QComboBox()
        self.leaf_filter.setObjectName("leafFilter")
        self.leaf_filter.setMaximumWidth(320)
        elide_combo(self.leaf_filter)  # indicator names are long: the tooltip shows the choice whole
        self.unlinked = QCheckBox()
        self.unlinked.setObjectName("unlinkedOnly")
        for w in (self.kind_filter, self.source_filter, self.leaf_filter):
            w.currentIndexChanged.connect(lambda _i: self.apply_filter())
            filters.addWidget(w, 1)
        self.unlinked.toggled.connect(lambda _c: self.apply_filter())
        filters.addWidget(self.unlinked)
        self.count = QLabel()
        filters.addWidget(self.count)
        return filters

    def _build_table(self) -> QTableView:
        self.model = EvidenceModel(self)
        self.table = evidence_table(self.model)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._on_selection())
        self.table.doubleClicked.connect(lambda _i: self.preview.open_externally())
        return self.table

    # -- texts -------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Evidence")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Evidence"))
        self.add_btn.setText(self.tr("Add files…"))
        self.add_btn.setToolTip(self.tr("Copy files into the evidence store (you can also drop files on this page)"))
        self.note_btn.setText(self.tr("New note…"))
        self.note_btn.setToolTip(self.tr("Write an interview note or on-site check record as evidence"))
        self.delete_btn.setText(self.tr("Delete"))
        self.verify_btn.setText(self.tr("Verify files"))
        self.verify_btn.setToolTip(self.tr("Re-read every stored file and check its SHA-256 checksum"))
        self.search.setPlaceholderText(self.tr("Search title, file name, notes, indicator…"))
        self.unlinked.setText(self.tr("Unlinked only"))
        self.model.headers = [self.tr("Title"), self.tr("Kind"), self.tr("Source"), self.tr("Date"),
                              self.tr("Indicators"), self.tr("Status")]
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self.preview_box.setTitle(self.tr("Preview"))
        self._fill_combos()
        self.refresh()

    def _fill_combos(self) -> None:
        self._loading = True
        try:
            for combo, codes, label, all_text in (
                    (self.kind_filter, ev.KINDS, ev.kind_label, self.tr("All kinds")),
                    (self.source_filter, ev.SOURCES, ev.source_label, self.tr("All sources"))):
                cur = combo.currentData()
                combo.clear()
                combo.addItem(all_text, None)
                for c in codes:
                    combo.addItem(label(c), c)
                combo.setCurrentIndex(max(0, combo.findData(cur)))
            cur = self.leaf_filter.currentData()
            self.leaf_filter.clear()
            self.leaf_filter.addItem(self.tr("All indicators"), None)
            for lid, path in self.leaves:
                self.leaf_filter.addItem(path, lid)
            self.leaf_filter.setCurrentIndex(max(0, self.leaf_filter.findData(cur)))
        finally:
            self._loading = False

    # -- data --------------------------------------------------------------
    def set_project(self, project_id: str | None) -> None:
        if project_id != self.project_id:
            self._loaded = False
            self.all_items, self._pending = [], []
            self.model.set_rows([])
        super().set_project(project_id)

    @property
    def loading(self) -> bool:
        """The first load of the list is running on the runner."""
        return self._load_task is not None

    def refresh(self) -> None:
        if not self.project_id:
            return
        self._generation += 1
        if self.defer_if_hidden():
            return
        if not self._loaded:
            self._load_in_background()
            return
        pid, data_dir = self.project_id, self.window_.db.data_dir
        # the tree is shared with the other pages until the data changes
        items, leaves = read(self.window_, lambda s: _read_list(s, pid, data_dir, self.window_.cached(
            ("tree", pid), lambda: load_tree(s, pid))))
        self._show_list(items, leaves)

    def _load_in_background(self) -> None:
        """The first load, on the runner; when a change came meanwhile it loads again."""
        if self._load_task is not None:
            return  # outdated by the bumped generation: it loads again when it is done
        assert self.project_id is not None
        pid, gen, data_dir = self.project_id, self._generation, self.window_.db.data_dir
        roots, db = self.window_.peek_cached(("tree", pid)), self.window_.db

        def work(_job: Job) -> tuple[list[ev.EvidenceInfo], list[tuple[str, str]]]:
            with db.read_session() as s:
                return _read_list(s, pid, data_dir, roots)

        def done(result: tuple[list[ev.EvidenceInfo], list[tuple[str, str]]]) -> None:
            self._load_task = None
            if gen != self._generation or pid != self.project_id:
                self.refresh()  # (hidden: when shown)
                return
            self._loaded = True
            self._show_list(*result)
            pending, self._pending = self._pending, []
            if pending:
                self._select_ids(pending)
                self._on_selection()

        def failed(exc: Exception) -> None:
            self._load_task = None
            self.count.setText(str(exc))

        def cancelled() -> None:
            self._load_task = None

        self._load_task = self.window_.runner.run(self.tr("Loading the evidence list…"), work, on_done=done,
                                                  on_error=failed, on_cancelled=cancelled, parent=self,
                                                  show_dialog=False)
        if self._load_task is not None:
            self.count.setText(self.tr("Loading…"))

    def _show_list(self, items: list[ev.EvidenceInfo], leaves: list[tuple[str, str]]) -> None:
        for i in items:
            if i.status == "ok":  # the quick check passed: a full check's finding stays until the next
                i.status = self.verified.get(i.id, "ok")
        self.all_items = items
        if leaves != self.leaves:
            self.leaves = leaves
            self._fill_combos()
        self.apply_filter()

    def apply_filter(self) -> None:
        if self._loading:
            return
        selected = self.selected_ids()
        rows = ev.filter_items(self.all_items, search=self.search.text(), kind=self.kind_filter.currentData(),
                               source=self.source_filter.currentData(), indicator_id=self.leaf_filter.currentData(),
                               unlinked=self.unlinked.isChecked())
        self.model.set_rows(rows)
        self.count.setText(self.tr("{shown} of {total}").format(shown=len(rows), total=len(self.all_items)))
        if selected:
            self._select_ids(selected)
        self._on_selection()

    def visible_titles(self) -> list[str]:
        return [i.title for i in self.model.rows]

    def selected_ids(self) -> list[str]:
        sel = self.table.selectionModel()
        if sel is None:
            return []
        return [self.model.rows[ix.row()].id for ix in sel.selectedRows() if ix.row() < len(self.model.rows)]

    def current_info(self) -> ev.EvidenceInfo | None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return None
        return next((i for i in self.model.rows if i.id == ids[0]), None)

    def _select_ids(self, ids: list[str]) -> None:
        wanted = set(ids)
        sel = QItemSelection()
        first = None
        for r, info in enumerate(self.model.rows):
            if info.id in wanted:
                ix = self.model.index(r, 0)
                sel.select(ix, self.model.index(r, len(COLUMNS) - 1))
                first = first or ix
        self.table.selectionModel().select(sel, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if first is not None:
            self.table.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(first)

    def select_item(self, item_id: str) -> None:
        """Show one item (clears filters that hide it); selected when the list has come
        if it is still loading."""
        if not self._loaded:
            self._pending = [item_id]
            return
        if not any(i.id == item_id for i in self.model.rows):
            self._loading = True
            self.search.clear()
            for combo in (self.kind_filter, self.source_filter, self.leaf_filter):
                combo.setCurrentIndex(0)
            self.unlinked.setChecked(False)
            self._loading = False
            self.apply_filter()
        self._select_ids([item_id])
        self._on_selection()

    def _on_selection(self) -> None:
        info = self.current_info()
        n = len(self.selected_ids())
        self.delete_btn.setEnabled(n > 0)
        self.preview.show_item(info)
        self.details.show_info(info, n)

    # -- actions -----------------------------------------------------------
    def add_files_dialog(self) -> None:
        paths = open_file_names(self, self.window_, "evidence", self.tr("Add evidence files"))
        if paths:
            self.add_paths(paths)

    def add_paths(self, paths: list[str]) -> Task[Any] | None:
        """Add files (folders are walked, on the runner too); selects what was added when done."""
        if not self.project_id or not paths:
            return None

        def added(results: list[ev.AddResult]) -> None:
            if results and not self._loaded:  # the first load is still running: selected when it comes
                self._pending = [r.item_id for r in results]
            elif results:
                self.select_item(results[0].item_id)
                if len(results) > 1:
                    self._select_ids([r.item_id for r in results])
                self._on_selection()

        return ops.add_files(self.window_, self.project_id, paths, parent=self, on_done=added)

    def new_note(self) -> str | None:
        if not self.project_id:
            return None
        title, ok = QInputDialog.getText(self, self.tr("New note"), self.tr("Title of the note:"))
        if not ok or not title.strip():
            return None
        iid = ops.add_note(self.window_, self.project_id, title.strip(), "")
        if iid:
            self.select_item(iid)
            self.preview.note.setFocus()
        return iid

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if QMessageBox.question(self, self.tr("Delete evidence"), self.tr(
                "Delete {n} item(s) and their links? The stored files are kept; Undo (Ctrl+Z) brings them back.").format(
                    n=len(ids))) != QMessageBox.StandardButton.Yes:
            return
        ops.delete_items(self.window_, ids)

    def link_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        dlg = LeafPickerDialog(self, self.leaves)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        choice = dlg.choice()
        if choice:
            ops.link(self.window_, ids, choice[0], choice[1])

    def _unlink(self, indicator_id: str, target: str) -> None:
        info = self.current_info()
        if info is not None:
            ops.unlink(self.window_, info.id, indicator_id, target)

    def verify_files(self) -> Task[Any] | None:
        """Re-hash every stored file on the runner; the result is shown when done."""
        if not self.project_id:
            return None
        pid = self.project_id

        def work(job: Job) -> list[ev.EvidenceInfo]:
            with self.window_.db.read_session() as s:
                return ev.verify_items(s, pid, progress=job.progress, cancelled=job.cancelled)

        return self.window_.runner.run(self.tr("Checking stored files…"), work, on_done=self._show_verified,
                                       parent=self)

    def _show_verified(self, items: list[ev.EvidenceInfo]) -> None:
        self.verified = {i.id: i.status for i in items if not i.is_note}
        bad = [i for i in items if i.status in ("missing", "altered")]
        self.refresh()
        files = len(self.verified)
        if bad:
            QMessageBox.warning(self, self.tr("Verify files"), self.tr(
                "{n} file(s) checked; {bad} missing or altered:\n{list}").format(
                    n=files, bad=len(bad), list="\n".join(f"• {i.title} — {ev.status_label(i.status)}" for i in bad[:20])))
        else:
            QMessageBox.information(self, self.tr("Verify files"),
                                    self.tr("{n} file(s) checked; all are intact.").format(n=files))

    def _save_field(self, field: str, value: Any) -> None:
        if self._loading:
            return
        info = self.current_info()
        if info is None or getattr(info, field) == value or (field == "title" and not value):
            if info is not None and field == "title" and not value:
                self.details.f_title.setText(info.title)
            return
        if not ops.update_item(self.window_, info.id, self.details.field_label(field), **{field: value}):
            self._on_selection()  # put back the stored value after a refused edit

    def _save_note_text(self, item_id: str, text: str) -> None:
        ops.update_item(self.window_, item_id, self.tr("note text"), text=text)

    # -- drag and drop -----------------------------------------------------
    def dragEnterEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        md = event.mimeData()
        if self.project_id and md.hasUrls() and any(u.isLocalFile() for u in md.urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        self.dragEnterEvent(event)

    def dropEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            # Let the drag finish before a progress dialog opens.
            QTimer.singleShot(0, lambda: self.add_paths(paths))

    # -- updates -----------------------------------------------------------
    def on_data_changed(self, changes: Changes, initiator: object | None) -> None:
        if changes.evidence or changes.framework or changes.projects or changes.sync or changes.identity:
            self.refresh()


def _read_list(s: Any, project_id: str, data_dir: Any,
               roots: list[Any] | None) -> tuple[list[ev.EvidenceInfo], list[tuple[str, str]]]:
    """The project's items with their quick file status ("note", "ok", "missing",
    "altered": a ``stat`` each, no re-hash) and its leaves (id, path) for the filter.
    ``roots``: the tree when the caller has it (read otherwise). Qt-free: runs on the
    runner for the first load."""
    items = ev.list_items(s, project_id)
    roots = roots if roots is not None else load_tree(s, project_id)
    store = ev.EvidenceStore(data_dir)
    for i in items:
        i.status = "note" if i.is_note else store.quick_status(i.sha256 or "", i.size)
    return items, [(n.id, n.path) for n in iter_leaves(roots)]
