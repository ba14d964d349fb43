"""Evidence page (佐证材料): list with search and filters, add (file dialog or drag and
drop, many files with progress), preview, metadata, links to leaves, integrity check.

The list sits over plain ``EvidenceInfo`` records loaded once per refresh; typing in
the search box filters those in memory (``evidence.filter_items``), so thousands of
items filter without a database query. Files that are missing from the store or no
longer match their checksum are marked in red, never an error.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from evaltool import evidence as ev
from evaltool.changes import Changes
from evaltool.errors import EvaltoolError
from evaltool.evidence_store import EvidenceStore
from evaltool.framework import iter_leaves, load_tree
from evaltool.ui.operations import evidence as ops
from evaltool.ui.operations import read
from evaltool.ui.pages.base import ProjectPage
from evaltool.ui.runner import Job, Task

TEXT_EXT = {".txt", ".csv", ".md", ".json", ".xml", ".log", ".ini", ".yaml", ".yml", ".html", ".htm"}
TEXT_PREVIEW_BYTES = 256 * 1024
COLUMNS = ("title", "kind", "source", "date", "indicators", "status")


def _human_size(n: int | None) -> str:
    if n is None:
        return ""
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return str(n)


def _decode(data: bytes) -> str:
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


class EvidenceModel(QAbstractTableModel):
    """Rows of plain ``EvidenceInfo`` (never ORM objects)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ev.EvidenceInfo] = []
        self.headers: list[str] = [""] * len(COLUMNS)
        self.sort_column, self.sort_order = -1, Qt.SortOrder.AscendingOrder

    def set_rows(self, rows: list[ev.EvidenceInfo]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._sort_rows()
        self.endResetModel()

    def _sort_rows(self) -> None:
        # Sorting in Python over plain records: a QSortFilterProxyModel would call
        # data() from C++ for every comparison, seconds for thousands of rows.
        if self.sort_column < 0:
            return
        col = COLUMNS[self.sort_column]
        keys = {
            "title": lambda i: i.title.casefold(), "kind": lambda i: i.kind_label,
            "source": lambda i: i.source_label, "date": lambda i: i.date or "",
            "indicators": lambda i: i.links[0].path if i.links else "\uffff", "status": lambda i: i.status,
        }
        self.rows.sort(key=keys[col], reverse=self.sort_order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        self._sort_rows()
        self.layoutChanged.emit()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info = self.rows[index.row()]
        col = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == "title":
                if role == Qt.ItemDataRole.ToolTipRole:
                    return info.title + (f"\n{info.filename}" if info.filename else "")
                return info.title
            if col == "kind":
                return info.kind_label
            if col == "source":
                return info.source_label
            if col == "date":
                return info.date or ""
            if col == "indicators":
                if role == Qt.ItemDataRole.ToolTipRole:
                    return "\n".join(ln.path + (f" ({ln.target})" if ln.target else "") for ln in info.links)
                return "; ".join(dict.fromkeys(ln.path.rsplit("/", 1)[-1] for ln in info.links))
            if col == "status":
                return ev.status_label(info.status) if info.status else ""
        if role == Qt.ItemDataRole.ForegroundRole and info.status in ("missing", "altered"):
            return QBrush(QColor(Qt.GlobalColor.darkRed))
        if role == Qt.ItemDataRole.UserRole:
            return info.id
        return None


class LeafPickerDialog(QDialog):
    """Choose a leaf (search as you type) and optionally the deduction/flag supported."""

    def __init__(self, parent: QWidget, leaves: list[tuple[str, str]]) -> None:
        super().__init__(parent)
        self.setObjectName("leafPicker")
        self._leaves = leaves
        lay = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._fill)
        lay.addWidget(self.search)
        self.list = QListWidget()
        self.list.setObjectName("leafPickerList")
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        lay.addWidget(self.list, 1)
        form = QFormLayout()
        self.target = QLineEdit()
        self.target.setObjectName("leafPickerTarget")
        self.target_label = QLabel()
        form.addRow(self.target_label, self.target)
        lay.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.setWindowTitle(self.tr("Link to indicator"))
        self.search.setPlaceholderText(self.tr("Search indicators…"))
        self.target_label.setText(self.tr("Deduction or flag (optional)"))
        self.target.setPlaceholderText(self.tr("e.g. point ② not met"))
        self.resize(560, 480)
        self._fill()

    def _fill(self) -> None:
        needle = self.search.text().strip().casefold()
        self.list.clear()
        for lid, path in self._leaves:
            if needle and needle not in path.casefold():
                continue
            it = QListWidgetItem(path)
            it.setData(Qt.ItemDataRole.UserRole, lid)
            self.list.addItem(it)
        if self.list.count():
            self.list.setCurrentRow(0)

    def choice(self) -> tuple[str, str] | None:
        it = self.list.currentItem()
        if it is None:
            return None
        return it.data(Qt.ItemDataRole.UserRole), self.target.text().strip()


class _FocusOutEdit(QPlainTextEdit):
    editing_finished = Signal()

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.editing_finished.emit()


class PreviewPane(QWidget):
    """Shows a stored file: image, PDF pages (QtPdf), text, or its facts and a button
    to open it with the system application. Notes show their editable text."""

    note_text_edited = Signal(str, str)  # item id, text

    def __init__(self, window: Any) -> None:
        super().__init__()
        self.window_ = window
        self.info: ev.EvidenceInfo | None = None
        self.kind = "empty"
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.banner = QLabel()
        self.banner.setObjectName("evidenceBanner")
        self.banner.setWordWrap(True)
        self.banner.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.banner.setStyleSheet("background:#fdecea;color:#8a1c1c;padding:6px;border-radius:3px;")
        self.banner.hide()
        lay.addWidget(self.banner)
        self.stack = QStackedWidget()
        lay.addWidget(self.stack, 1)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack.addWidget(self.empty)
        self.image_area = QScrollArea()
        self.image_area.setWidgetResizable(True)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_area.setWidget(self.image)
        self.stack.addWidget(self.image_area)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.stack.addWidget(self.text)
        self.note = _FocusOutEdit()
        self.note.setObjectName("noteText")
        self.note.editing_finished.connect(self._note_done)
        self.stack.addWidget(self.note)
        self.meta = QLabel()
        self.meta.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.meta.setWordWrap(True)
        self.meta.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stack.addWidget(self.meta)
        self._pixmap: QPixmap | None = None
        self.pdf_doc: Any = None
        self.pdf_view: Any = None
        try:  # QtPdf comes from the PySide6-Addons/-Pdf wheel; without it PDFs show their facts
            from PySide6.QtPdf import QPdfDocument
            from PySide6.QtPdfWidgets import QPdfView

            self.pdf_doc = QPdfDocument(self)
            self.pdf_view = QPdfView()
            self.pdf_view.setDocument(self.pdf_doc)
            self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.stack.addWidget(self.pdf_view)
        except ImportError:  # pragma: no cover - the wheel is a dependency
            pass
        row = QHBoxLayout()
        self.facts = QLabel()
        self.facts.setObjectName("evidenceFacts")
        self.facts.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.facts, 1)
        self.open_btn = QPushButton()
        self.open_btn.setObjectName("openExternally")
        self.open_btn.clicked.connect(self.open_externally)
        row.addWidget(self.open_btn)
        lay.addLayout(row)
        self.retranslate()
        self.show_item(None)

    def retranslate(self) -> None:
        self.empty.setText(self.tr("Select an item to preview it.\n\nDrop files anywhere on this page to add them."))
        self.open_btn.setText(self.tr("Open with system application"))
        self.note.setPlaceholderText(self.tr("Write the note here; it is saved when you leave the field."))
        self.show_item(self.info)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def store(self) -> EvidenceStore:
        return EvidenceStore(self.window_.db.data_dir)

    def show_item(self, info: ev.EvidenceInfo | None) -> None:
        self.info = info
        self.banner.hide()
        self.open_btn.setVisible(bool(info and not info.is_note))
        if self.pdf_doc is not None and self.kind == "pdf":
            self.pdf_doc.close()
        if info is None:
            self.kind = "empty"
            self.facts.setText("")
            self.stack.setCurrentWidget(self.empty)
            return
        if info.is_note:
            self.kind = "note"
            if not self.note.hasFocus() or self.note.property("item") != info.id:
                self.note.setProperty("item", info.id)
                self.note.setPlainText(info.text)
            self.facts.setText(self.tr("Note written in the app · {n} characters").format(n=len(info.text)))
            self.stack.setCurrentWidget(self.note)
            return
        store = self.store()
        path = store.path(info.sha256 or "")
        ext_label = (os.path.splitext(info.filename)[1].lstrip(".").upper() or "?")
        self.facts.setText(f"{info.filename} · {_human_size(info.size)} · {ext_label}")
        self.facts.setToolTip(info.mime)
        status = info.status or store.quick_status(info.sha256 or "", info.size)
        if status == "missing":
            self.kind = "missing"
            self.banner.setText(self.tr("The stored file of this item is missing on this laptop. "
                                        "Add the original file again, or bring it with a sync package."))
            self.banner.setToolTip(str(path))
            self.banner.show()
            self.open_btn.setVisible(False)
            self._show_meta(info)
            return
        if status == "altered":
            self.banner.setText(self.tr("The stored file no longer matches its checksum: it was altered or damaged "
                                        "after it was added. Add the original file again to repair it."))
            self.banner.show()
        ext = os.path.splitext(info.filename)[1].lower()
        mime = info.mime or ""
        if mime.startswith("image/") or ext in (".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".tif", ".tiff"):
            reader = QImageReader(str(path))
            reader.setAutoTransform(True)
            img = reader.read()
            if not img.isNull():
                self.kind = "image"
                self._pixmap = QPixmap.fromImage(img)
                self.facts.setText(self.facts.text() + f" · {img.width()}×{img.height()}")
                self.stack.setCurrentWidget(self.image_area)
                self._fit_image()
                return
        if (mime == "application/pdf" or ext == ".pdf") and self.pdf_doc is not None:
            err = self.pdf_doc.load(str(path))
            if err == type(err).None_ and self.pdf_doc.pageCount() > 0:
                self.kind = "pdf"
                self.facts.setText(self.facts.text() + " · " + self.tr("{n} page(s)").format(n=self.pdf_doc.pageCount()))
                self.stack.setCurrentWidget(self.pdf_view)
                return
        if mime.startswith("text/") or ext in TEXT_EXT:
            try:
                with open(path, "rb") as fh:
                    data = fh.read(TEXT_PREVIEW_BYTES)
            except OSError:
                data = b""
            self.kind = "text"
            self.text.setPlainText(_decode(data))
            self.stack.setCurrentWidget(self.text)
            return
        self._show_meta(info)

    def _fit_image(self) -> None:
        """Scale the picture down to the visible area (never up)."""
        if self._pixmap is None:
            return
        vp = self.image_area.viewport().size()
        w, h = max(120, vp.width() - 4), max(120, vp.height() - 4)
        pix = self._pixmap
        if pix.width() > w or pix.height() > h:
            pix = pix.scaled(w, h, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        self.image.setPixmap(pix)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.kind == "image":
            self._fit_image()

    def _show_meta(self, info: ev.EvidenceInfo) -> None:
        self.kind = self.kind if self.kind == "missing" else "meta"
        lines = [f"<b>{info.filename}</b>", _human_size(info.size), info.mime or self.tr("unknown type"),
                 self.tr("SHA-256: {sha}").format(sha=(info.sha256 or "")[:16] + "…"),
                 self.tr("Added by {name} on {date}").format(name=info.added_by_name or "?",
                                                           date=(info.created_at or "")[:10])]
        if self.kind != "missing":
            lines.append(self.tr("No preview for this type: open it with the system application."))
        self.meta.setText("<br>".join(lines))
        self.stack.setCurrentWidget(self.meta)

    def open_externally(self) -> Path | None:
        """Hand a copy (named like the original) to the system application."""
        info = self.info
        if info is None or info.is_note:
            return None
        folder = Path(tempfile.gettempdir()) / "evaltool-open" / (info.sha256 or "")[:16]
        try:
            copy = self.store().export_copy(info.sha256 or "", folder, info.filename)
        except (EvaltoolError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Cannot open"), str(exc))
            return None
        if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))
        return copy

    def _note_done(self) -> None:
        iid = self.note.property("item")
        if self.info is not None and self.info.is_note and iid == self.info.id and self.note.toPlainText() != self.info.text:
            self.note_text_edited.emit(iid, self.note.toPlainText())


class EvidencePage(ProjectPage):
    key = "evidence"

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.setAcceptDrops(True)
        self.all_items: list[ev.EvidenceInfo] = []
        self.verified: dict[str, str] = {}  # item id → status from the last full check
        self.leaves: list[tuple[str, str]] = []
        self._loading = False
        outer = QVBoxLayout(self)

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
        outer.addLayout(top)

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
        self.unlinked = QCheckBox()
        self.unlinked.setObjectName("unlinkedOnly")
        for w in (self.kind_filter, self.source_filter, self.leaf_filter):
            w.currentIndexChanged.connect(lambda _i: self.apply_filter())
            filters.addWidget(w, 1)
        self.unlinked.toggled.connect(lambda _c: self.apply_filter())
        filters.addWidget(self.unlinked)
        self.count = QLabel()
        filters.addWidget(self.count)
        outer.addLayout(filters)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.model = EvidenceModel(self)
        self.table = QTableView()
        self.table.setObjectName("evidenceTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # newest first until a header is clicked
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(False)
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 84), (2, 110), (3, 82), (4, 150), (5, 90)):
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._on_selection())
        self.table.doubleClicked.connect(lambda _i: self.preview.open_externally())
        split.addWidget(self.table)

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

        self.details = QGroupBox()
        dl = QVBoxLayout(self.details)
        form = QFormLayout()
        self.f_title = QLineEdit()
        self.f_title.setObjectName("fieldTitle")
        self.f_title.editingFinished.connect(lambda: self._save_field("title", self.f_title.text().strip()))
        self.f_kind = QComboBox()
        self.f_kind.setObjectName("fieldKind")
        self.f_kind.activated.connect(lambda _i: self._save_field("kind", self.f_kind.currentData()))
        self.f_source = QComboBox()
        self.f_source.setObjectName("fieldSource")
        self.f_source.activated.connect(lambda _i: self._save_field("source", self.f_source.currentData()))
        self.f_date = QLineEdit()
        self.f_date.setObjectName("fieldDate")
        self.f_date.setPlaceholderText("YYYY-MM-DD")
        self.f_date.editingFinished.connect(lambda: self._save_field("date", self.f_date.text().strip() or None))
        self.f_page = QLineEdit()
        self.f_page.setObjectName("fieldPageRef")
        self.f_page.editingFinished.connect(lambda: self._save_field("page_ref", self.f_page.text().strip()))
        self.f_notes = _FocusOutEdit()
        self.f_notes.setObjectName("fieldNotes")
        self.f_notes.setMaximumHeight(60)
        self.f_notes.editing_finished.connect(lambda: self._save_field("notes", self.f_notes.toPlainText()))
        self.form_labels: dict[str, QLabel] = {}
        for key, w in (("title", self.f_title), ("kind", self.f_kind), ("source", self.f_source),
                       ("date", self.f_date), ("page_ref", self.f_page), ("notes", self.f_notes)):
            lab = QLabel()
            lab.setBuddy(w)
            self.form_labels[key] = lab
            form.addRow(lab, w)
        dl.addLayout(form)
        self.links_label = QLabel()
        dl.addWidget(self.links_label)
        self.links = QListWidget()
        self.links.setObjectName("itemLinks")
        self.links.setMaximumHeight(90)
        dl.addWidget(self.links)
        lrow = QHBoxLayout()
        self.link_btn = QPushButton()
        self.link_btn.setObjectName("linkToLeaf")
        self.link_btn.clicked.connect(self.link_selected)
        self.unlink_btn = QPushButton()
        self.unlink_btn.setObjectName("unlinkFromLeaf")
        self.unlink_btn.clicked.connect(self.unlink_current)
        lrow.addWidget(self.link_btn)
        lrow.addWidget(self.unlink_btn)
        lrow.addStretch(1)
        dl.addLayout(lrow)
        rsplit.addWidget(self.details)
        rsplit.setStretchFactor(0, 3)
        rsplit.setStretchFactor(1, 1)
        rsplit.setSizes([600, 300])
        dl.addStretch(1)
        rl.addWidget(rsplit)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([720, 480])
        outer.addWidget(split, 1)
        self.retranslate()

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
        self.details.setTitle(self.tr("Description"))
        for key, text in (("title", self.tr("&Title")), ("kind", self.tr("&Kind")), ("source", self.tr("&Source")),
                          ("date", self.tr("&Date")), ("page_ref", self.tr("&Page/section")),
                          ("notes", self.tr("&Notes"))):
            self.form_labels[key].setText(text)
        self.links_label.setText(self.tr("Linked indicators"))
        self.link_btn.setText(self.tr("Link to indicator…"))
        self.unlink_btn.setText(self.tr("Unlink"))
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
            for combo, codes, label in ((self.f_kind, ev.KINDS, ev.kind_label),
                                        (self.f_source, ev.SOURCES, ev.source_label)):
                cur = combo.currentData()
                combo.clear()
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
    def refresh(self) -> None:
        if not self.project_id:
            return
        pid = self.project_id

        def load(s: Any) -> tuple[list[ev.EvidenceInfo], list[tuple[str, str]]]:
            items = ev.list_items(s, pid)
            leaves = [(n.id, n.path) for n in iter_leaves(load_tree(s, pid))]
            return items, leaves

        items, leaves = read(self.window_, load)
        store = EvidenceStore(self.window_.db.data_dir)
        for i in items:
            if i.is_note:
                i.status = "note"
            else:
                quick = store.quick_status(i.sha256 or "", i.size)
                i.status = quick if quick != "ok" else self.verified.get(i.id, "ok")
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
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

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
        """Show one item (clears filters that hide it)."""
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
        self.link_btn.setEnabled(n > 0)
        self.details.setEnabled(n == 1)
        self.preview.show_item(info)
        self._loading = True
        try:
            for w, val in ((self.f_title, info.title if info else ""), (self.f_date, (info.date or "") if info else ""),
                           (self.f_page, info.page_ref if info else "")):
                if not w.hasFocus():
                    w.setText(val)
            if not self.f_notes.hasFocus():
                self.f_notes.setPlainText(info.notes if info else "")
            if info:
                self.f_kind.setCurrentIndex(max(0, self.f_kind.findData(info.kind)))
                self.f_source.setCurrentIndex(max(0, self.f_source.findData(info.source)))
            self.links.clear()
            for ln in (info.links if info else []):
                it = QListWidgetItem(ln.path + (f"  — {ln.target}" if ln.target else ""))
                it.setData(Qt.ItemDataRole.UserRole, (ln.indicator_id, ln.target))
                self.links.addItem(it)
            self.unlink_btn.setEnabled(bool(info and info.links))
        finally:
            self._loading = False

    # -- actions -----------------------------------------------------------
    def add_files_dialog(self) -> None:
        paths, _f = QFileDialog.getOpenFileNames(self, self.tr("Add evidence files"))
        if paths:
            self.add_paths(paths)

    def add_paths(self, paths: list[str]) -> Task[Any] | None:
        """Add files (folders are walked) on the runner; selects what was added when done."""
        if not self.project_id:
            return None
        files: list[str] = []
        for p in paths:
            if os.path.isdir(p):
                for root, dirs, names in os.walk(p):
                    dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                    files += [os.path.join(root, n) for n in sorted(names) if not n.startswith(".")]
            else:
                files.append(p)
        if not files:
            return None
        def added(results: list[ev.AddResult]) -> None:
            if results:
                self.select_item(results[0].item_id)
                if len(results) > 1:
                    self._select_ids([r.item_id for r in results])
                self._on_selection()

        return ops.add_files(self.window_, self.project_id, files, parent=self, on_done=added)

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

    def unlink_current(self) -> None:
        info = self.current_info()
        it = self.links.currentItem() or (self.links.item(0) if self.links.count() == 1 else None)
        if info is None or it is None:
            return
        indicator_id, target = it.data(Qt.ItemDataRole.UserRole)
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
                self.f_title.setText(info.title)
            return
        labels = {"title": self.tr("title"), "kind": self.tr("kind"), "source": self.tr("source"),
                  "date": self.tr("date"), "page_ref": self.tr("page/section"), "notes": self.tr("notes")}
        if not ops.update_item(self.window_, info.id, labels[field], **{field: value}):
            self._on_selection()  # put back the stored value after a refused edit

    def _save_note_text(self, item_id: str, text: str) -> None:
        ops.update_item(self.window_, item_id, self.tr("note text"), text=text)

    # -- drag and drop -----------------------------------------------------
    def dragEnterEvent(self, event: Any) -> None:  # noqa: N802
        md = event.mimeData()
        if self.project_id and md.hasUrls() and any(u.isLocalFile() for u in md.urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802
        self.dragEnterEvent(event)

    def dropEvent(self, event: Any) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            # Let the drag finish before a progress dialog opens.
            QTimer.singleShot(0, lambda: self.add_paths(paths))

    # -- updates -----------------------------------------------------------
    def on_data_changed(self, changes: Changes, initiator: object | None) -> None:
        if changes.evidence or changes.framework or changes.projects or changes.sync or changes.identity:
            self.refresh()
