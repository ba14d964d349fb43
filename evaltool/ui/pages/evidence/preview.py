"""The Evidence page's preview: a stored file shown as a picture, PDF pages (QtPdf) or
text, or its facts and a button to open it with the system application. A note shows
its text, editable.

Thread rules: reading and decoding a file runs on the window's runner (without a
progress dialog): a phone photo takes 0.2–0.4 s to decode, a scan more. Meanwhile the
pane says it is loading; a result that arrives after another item was chosen is
dropped, and choosing another item cancels a load that has not started. Pictures are
decoded and shrunk to ``IMAGE_MAX_SIDE`` on the worker (``QImage`` is safe there; the
``QPixmap`` is made on the UI thread). A text preview reads at most
``TEXT_PREVIEW_BYTES``. PDFs are opened by ``QPdfDocument``, which lives on the UI
thread and only reads the document's structure when it loads; ``QPdfView`` renders the
pages as they are scrolled to. "Open with system application" copies the file out of
the store on the runner (progress and Cancel for big files).

Showing the same file again (the list refreshes after every change) keeps what is
shown instead of reading it again.
"""
from __future__ import annotations

import html
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from evaltool import evidence as ev
from evaltool.errors import EvaltoolError, EvidenceError
from evaltool.evidence.office import OFFICE_EXT, OfficePreview, office_preview
from evaltool.ui.runner import Job, Task
from evaltool.ui.widgets.fit import ElidedLabel

TEXT_EXT = {".txt", ".csv", ".md", ".json", ".xml", ".log", ".ini", ".yaml", ".yml", ".html", ".htm"}
IMAGE_EXT = {".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".tif", ".tiff"}
TEXT_PREVIEW_BYTES = 256 * 1024
IMAGE_MAX_SIDE = 2560  # pixels kept of a picture for the preview (fits any screen's pane)


def human_size(n: int | None) -> str:
    if n is None:
        return ""
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return str(n)


def _decode(data: bytes) -> str:
    # Left as it is: one shared decoder (evaltool/textio.py) is being written on another branch.
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


@dataclass
class Loaded:
    """What a worker read for the preview: a picture (shrunk) or the start of a text."""

    kind: str  # "image" | "text" | "office" | "none" (nothing Qt or we can read)
    image: QImage | None = None
    width: int = 0  # the picture's own size, before shrinking (pixels)
    height: int = 0
    text: str = ""
    office: OfficePreview | None = None  # a Word / Excel file's text and tables


def office_html(preview: OfficePreview) -> str:
    """HTML for a QTextBrowser: headings, paragraphs and tables of a .docx/.xlsx (escaped)."""
    out = []
    for b in preview.blocks:
        if b.kind == "heading":
            out.append(f"<h3>{html.escape(b.text)}</h3>")
        elif b.kind == "para":
            out.append(f"<p>{html.escape(b.text)}</p>")
        else:
            if b.text:
                out.append(f"<h4>{html.escape(b.text)}</h4>")
            rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in b.rows)
            out.append(f'<table border="1" cellspacing="0" cellpadding="3">{rows}</table>')
    return "".join(out)


def load_preview(path: str, kind: str, filename: str = "") -> Loaded:
    """Read a stored file for the preview (worker thread; touches no widget)."""
    if kind == "office":
        try:
            return Loaded("office", office=office_preview(path, filename))
        except EvidenceError:  # damaged, protected, too large: the file's facts are shown
            return Loaded("none")
    if kind == "text":
        try:
            with open(path, "rb") as fh:
                data = fh.read(TEXT_PREVIEW_BYTES)
        except OSError:
            data = b""
        return Loaded("text", text=_decode(data))
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    img = reader.read()
    if img.isNull():
        return Loaded("none")
    w, h = img.width(), img.height()
    if max(w, h) > IMAGE_MAX_SIDE:
        img = img.scaled(IMAGE_MAX_SIDE, IMAGE_MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)
    return Loaded("image", image=img, width=w, height=h)


class FocusOutEdit(QPlainTextEdit):
    """A plain-text field that says when the user leaves it (notes are saved then)."""

    editing_finished = Signal()

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self.editing_finished.emit()


class PreviewPane(QWidget):
    """Shows a stored file: image, PDF pages (QtPdf), text, or its facts and a button
    to open it with the system application. Notes show their editable text.

    ``kind`` says what is shown: empty, note, loading, image, pdf, text, office (the text and
    tables of a .docx / .xlsx), meta, missing.
    """

    note_text_edited = Signal(str, str)  # item id, text

    def __init__(self, window: Any) -> None:
        super().__init__()
        self.window_ = window
        self.info: ev.EvidenceInfo | None = None
        self.kind = "empty"
        self._key: tuple[Any, ...] | None = None  # the file shown or loading
        self._facts = ""  # the file's facts line, without what loading adds
        self._extra = ""  # what loading adds to it (picture size, pages)
        self._task: Task[Loaded] | None = None
        self._pixmap: QPixmap | None = None
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
        self.empty = self._centred_label()
        self.loading = self._centred_label()
        self.image_area = QScrollArea()
        self.image_area.setWidgetResizable(True)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_area.setWidget(self.image)
        self.stack.addWidget(self.image_area)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.stack.addWidget(self.text)
        self.office = QTextBrowser()  # a Word / Excel file's text and tables
        self.office.setObjectName("officePreview")
        self.stack.addWidget(self.office)
        self.note = FocusOutEdit()
        self.note.setObjectName("noteText")
        self.note.editing_finished.connect(self._note_done)
        self.stack.addWidget(self.note)
        self.meta = self._centred_label()
        self.meta.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
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
        self.facts = ElidedLabel()  # name · size · type: elided with the whole line as tooltip
        self.facts.setObjectName("evidenceFacts")
        row.addWidget(self.facts, 1)
        self.open_btn = QPushButton()
        self.open_btn.setObjectName("openExternally")
        self.open_btn.clicked.connect(self.open_externally)
        row.addWidget(self.open_btn)
        lay.addLayout(row)
        self.retranslate()

    def _centred_label(self) -> QLabel:
        label = QLabel()
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        self.stack.addWidget(label)
        return label

    def retranslate(self) -> None:
        self.empty.setText(self.tr("Select an item to preview it.\n\nDrop files anywhere on this page to add them."))
        self.loading.setText(self.tr("Loading preview…"))
        self.open_btn.setText(self.tr("Open with system application"))
        self.note.setPlaceholderText(self.tr("Write the note here; it is saved when you leave the field."))
        self._forget()  # the facts and the meta text are in the old language: show again
        self.show_item(self.info)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def store(self) -> ev.EvidenceStore:
        return ev.EvidenceStore(self.window_.db.data_dir)

    # -- showing -------------------------------------------------------------
    def _forget(self) -> None:
        """Drop what is shown or loading (cancel a pending load, close a PDF)."""
        if self._task is not None and self._task.running:
            self._task.cancel()
        self._task = None
        if self.kind == "pdf" and self.pdf_doc is not None:
            self.pdf_doc.close()
        self._key = None
        self._pixmap = None

    def show_item(self, info: ev.EvidenceInfo | None) -> None:
        self.info = info
        self.banner.hide()
        self.open_btn.setVisible(bool(info and not info.is_note))
        if info is None or info.is_note:
            self._forget()
            if info is None:
                self.kind = "empty"
                self.facts.setText("")
                self.stack.setCurrentWidget(self.empty)
                return
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
        self.facts.setToolTip(info.mime)
        status = info.status or store.quick_status(info.sha256 or "", info.size)
        if status == "missing":
            self._forget()
            self.kind = "missing"
            self.facts.setText(f"{info.filename} · {human_size(info.size)} · {ext_label}")
            self.banner.setText(self.tr("The stored file of this item is missing on this laptop. "
                                        "Add the original file again, or bring it with a sync package."))
            self.banner.setToolTip(str(path))
            self.banner.show()
            self.open_btn.setVisible(False)
            self._show_meta(info, missing=True)
            return
        if status == "altered":
            self.banner.setText(self.tr("The stored file no longer matches its checksum: it was altered or damaged "
                                        "after it was added. Add the original file again to repair it."))
            self.banner.show()
        key = (info.id, info.sha256, info.filename, info.mime, info.size, status)
        self._facts = f"{info.filename} · {human_size(info.size)} · {ext_label}"
        if key == self._key:  # the same file, shown or loading: keep it
            self.facts.setText(self._facts + self._extra)
            return
        self._forget()
        self._key, self._extra = key, ""
        self.facts.setText(self._facts)
        ext = os.path.splitext(info.filename)[1].lower()
        mime = info.mime or ""
        if mime.startswith("image/") or ext in IMAGE_EXT:
            self._load(key, str(path), "image")
            return
        if (mime == "application/pdf" or ext == ".pdf") and self.pdf_doc is not None:
            err = self.pdf_doc.load(str(path))
            if err == type(err).None_ and self.pdf_doc.pageCount() > 0:
                self.kind = "pdf"
                self._set_extra(" · " + self.tr("{n} page(s)").format(n=self.pdf_doc.pageCount()))
                self.stack.setCurrentWidget(self.pdf_view)
                return
        if ext in OFFICE_EXT:
            self._load(key, str(path), "office", info.filename)
            return
        if mime.startswith("text/") or ext in TEXT_EXT:
            self._load(key, str(path), "text")
            return
        self._show_meta(info)

    def _set_extra(self, extra: str) -> None:
        self._extra = extra
        self.facts.setText(self._facts + extra)

    def _load(self, key: tuple[Any, ...], path: str, kind: str, filename: str = "") -> None:
        """Read the file on the runner; show it if it is still the one wanted."""
        self.kind = "loading"
        self.stack.setCurrentWidget(self.loading)

        def work(job: Job) -> Loaded:
            job.check()  # another item was chosen before this load started
            return load_preview(path, kind, filename)

        def done(loaded: Loaded) -> None:
            if key != self._key or self.info is None:
                return  # another item was chosen meanwhile
            self._task = None
            if loaded.kind == "image" and loaded.image is not None:
                self.kind = "image"
                self._pixmap = QPixmap.fromImage(loaded.image)
                self._set_extra(f" · {loaded.width}×{loaded.height}")
                self.stack.setCurrentWidget(self.image_area)
                self._fit_image()
            elif loaded.kind == "office" and loaded.office is not None:
                self.kind = "office"
                self.office.setHtml(office_html(loaded.office))
                extra = f" · {loaded.office.pages}" if loaded.office.pages else ""
                if loaded.office.truncated:
                    extra += " · " + self.tr("the start is shown")
                self._set_extra(extra)
                self.stack.setCurrentWidget(self.office)
            elif loaded.kind == "text":
                self.kind = "text"
                self.text.setPlainText(loaded.text)
                self.stack.setCurrentWidget(self.text)
            else:
                self._show_meta(self.info)

        self._task = self.window_.runner.run(self.tr("Loading preview…"), work, on_done=done, parent=self,
                                             show_dialog=False)

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

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.kind == "image":
            self._fit_image()

    def _show_meta(self, info: ev.EvidenceInfo, *, missing: bool = False) -> None:
        self.kind = "missing" if missing else "meta"
        lines = [f"<b>{info.filename}</b>", human_size(info.size), info.mime or self.tr("unknown type"),
                 self.tr("SHA-256: {sha}").format(sha=(info.sha256 or "")[:16] + "…"),
                 self.tr("Added by {name} on {date}").format(name=info.added_by_name or "?",
                                                           date=(info.created_at or "")[:10])]
        if not missing:
            lines.append(self.tr("No preview for this type: open it with the system application."))
        self.meta.setText("<br>".join(lines))
        self.stack.setCurrentWidget(self.meta)

    # -- actions ---------------------------------------------------------------
    def open_externally(self) -> Task[Path] | None:
        """Hand a copy (named like the original) to the system application.

        The copy is made on the runner (a video of hundreds of MB takes seconds);
        ``task.result`` is the copy's path.
        """
        info = self.info
        if info is None or info.is_note:
            return None
        store, sha, filename = self.store(), info.sha256 or "", info.filename
        folder = Path(tempfile.gettempdir()) / "evaltool-open" / sha[:16]

        def work(job: Job) -> Path:
            try:
                return store.export_copy(sha, folder, filename, job.progress, job.cancelled)
            except OSError as exc:  # a full or locked temporary folder: say so, it is no bug
                raise EvidenceError(str(exc)) from exc

        def done(copy: Path) -> None:
            if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))

        def failed(exc: EvaltoolError) -> None:
            QMessageBox.warning(self, self.tr("Cannot open"), str(exc))

        return self.window_.runner.run(self.tr("Opening {name}…").format(name=filename), work, on_done=done,
                                       on_error=failed, parent=self)

    def _note_done(self) -> None:
        iid = self.note.property("item")
        if self.info is not None and self.info.is_note and iid == self.info.id and self.note.toPlainText() != self.info.text:
            self.note_text_edited.emit(iid, self.note.toPlainText())
