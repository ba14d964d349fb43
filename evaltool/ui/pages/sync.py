"""Sync page: exchange work with other laptops on a USB stick.

Three tabs: *Exchange* (export a package to a removable drive or folder, optionally
only what one laptop lacks and encrypted with the team passphrase; import a package
with a preview of what would change before applying it; whole-project archives),
*Conflicts* (each field two people changed without seeing each other's change,
resolved by keeping one value or writing a merged one) and *History*.

Imports are not undoable: they clear the undo stack (a backup of the database is
taken first by the core). Long work shows a progress dialog with Cancel.
"""
from __future__ import annotations

import os
import string
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStorageInfo, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from evaltool import sync
from evaltool.changes import Changes
from evaltool.errors import Cancelled, EvaltoolError
from evaltool.sync_package import is_encrypted
from evaltool.ui.operations import read, run_op
from evaltool.ui.pages.base import ProjectPage


def removable_targets() -> list[tuple[str, Path]]:
    """Writable removable drives, best guesses first: /media/$USER, /run/media/$USER,
    /Volumes, then mounted volumes Qt reports (Windows drive letters other than the
    system drive), never the root file system."""
    user = os.environ.get("USER") or os.environ.get("USERNAME") or ""
    seen: set[str] = set()
    out: list[tuple[str, Path]] = []

    def add(label: str, path: Path) -> None:
        key = str(path.resolve()) if path.exists() else str(path)
        if key in seen or not path.is_dir() or not os.access(path, os.W_OK):
            return
        seen.add(key)
        out.append((label, path))

    for base in (Path("/media") / user, Path("/run/media") / user, Path("/Volumes")):
        try:
            children = sorted(p for p in base.iterdir() if p.is_dir()) if user or base.name == "Volumes" else []
        except OSError:
            children = []
        for p in children:
            if str(p) == "/Volumes/Macintosh HD":
                continue
            add(p.name, p)
    system_drive = (os.environ.get("SystemDrive") or "C:").upper()
    for vol in QStorageInfo.mountedVolumes():
        if not (vol.isValid() and vol.isReady()) or vol.isReadOnly() or vol.isRoot():
            continue
        root = vol.rootPath()
        is_letter = len(root) >= 2 and root[1] == ":" and root[0].upper() in string.ascii_uppercase
        if is_letter and root[:2].upper() != system_drive:
            add(f"{vol.displayName() or root} ({root[:2]})", Path(root))
        elif root.startswith(("/media/", "/run/media/", "/Volumes/")):
            add(vol.displayName() or Path(root).name, Path(root))
    return out


def _local_time(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except (TypeError, ValueError):
        return iso or ""


def _item(text: str, data: Any = None, right: bool = False) -> QTableWidgetItem:
    it = QTableWidgetItem(text)
    it.setFlags(it.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if data is not None:
        it.setData(Qt.ItemDataRole.UserRole, data)
    if right:
        it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return it


class SyncPage(ProjectPage):
    key = "sync"

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self._pending: Path | None = None  # package previewed, waiting for Apply
        self._pending_passphrase: str | None = None
        self._conflicts: list[sync.Conflict] = []
        outer = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        outer.addWidget(self.heading)
        self.tabs = QTabWidget()
        outer.addWidget(self.tabs, 1)
        self.status = QLabel()
        self.status.setObjectName("syncStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.status)

        # -- exchange tab ---------------------------------------------------------
        ex = QWidget()
        ex_lay = QHBoxLayout(ex)
        self.export_box = QGroupBox()
        ef = QFormLayout(self.export_box)
        self.target = QComboBox()
        self.target.setObjectName("syncTarget")
        self.target.setMinimumWidth(260)
        self.browse_btn = QPushButton()
        self.browse_btn.clicked.connect(self._choose_folder)
        trow = QHBoxLayout()
        trow.addWidget(self.target, 1)
        trow.addWidget(self.browse_btn)
        self.target_label = QLabel()
        ef.addRow(self.target_label, trow)
        self.peer = QComboBox()
        self.peer.setObjectName("syncPeer")
        self.peer_label = QLabel()
        ef.addRow(self.peer_label, self.peer)
        self.encrypt = QCheckBox()
        self.encrypt.setObjectName("syncEncrypt")
        ef.addRow("", self.encrypt)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("syncPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_label = QLabel()
        self.passphrase_label.setBuddy(self.passphrase)
        ef.addRow(self.passphrase_label, self.passphrase)
        brow = QHBoxLayout()
        self.export_btn = QPushButton()
        self.export_btn.setObjectName("syncExport")
        self.export_btn.setDefault(True)
        self.export_btn.clicked.connect(lambda: self.export_package())
        self.archive_btn = QPushButton()
        self.archive_btn.clicked.connect(lambda: self.export_package(kind="archive"))
        brow.addWidget(self.export_btn)
        brow.addWidget(self.archive_btn)
        brow.addStretch(1)
        ef.addRow(brow)
        self.export_note = QLabel()
        self.export_note.setWordWrap(True)
        ef.addRow(self.export_note)
        ex_lay.addWidget(self.export_box, 1)

        self.import_box = QGroupBox()
        il = QVBoxLayout(self.import_box)
        irow = QHBoxLayout()
        self.import_btn = QPushButton()
        self.import_btn.setObjectName("syncImport")
        self.import_btn.clicked.connect(self._choose_package)
        self.open_archive_btn = QPushButton()
        self.open_archive_btn.clicked.connect(self._choose_archive)
        irow.addWidget(self.import_btn)
        irow.addWidget(self.open_archive_btn)
        irow.addStretch(1)
        il.addLayout(irow)
        self.preview_from = QLabel()
        self.preview_from.setWordWrap(True)
        self.preview_from.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        il.addWidget(self.preview_from)
        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)
        il.addWidget(self.preview_label)
        self.preview = QTableWidget(0, 5)
        self.preview.setObjectName("syncPreview")
        self.preview.verticalHeader().setVisible(False)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        il.addWidget(self.preview, 1)
        arow = QHBoxLayout()
        arow.addStretch(1)
        self.cancel_btn = QPushButton()
        self.cancel_btn.clicked.connect(self.cancel_import)
        self.apply_btn = QPushButton()
        self.apply_btn.setObjectName("syncApply")
        self.apply_btn.clicked.connect(self.apply_import)
        arow.addWidget(self.cancel_btn)
        arow.addWidget(self.apply_btn)
        il.addLayout(arow)
        ex_lay.addWidget(self.import_box, 1)
        self.tabs.addTab(ex, "")

        # -- conflicts tab ----------------------------------------------------------
        cw = QWidget()
        cl = QVBoxLayout(cw)
        self.conflicts_note = QLabel()
        self.conflicts_note.setWordWrap(True)
        cl.addWidget(self.conflicts_note)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.conflicts = QTableWidget(0, 4)
        self.conflicts.setObjectName("syncConflicts")
        self.conflicts.verticalHeader().setVisible(False)
        self.conflicts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflicts.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflicts.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.conflicts.itemSelectionChanged.connect(self._on_conflict_selected)
        split.addWidget(self.conflicts)
        detail = QWidget()
        dl = QVBoxLayout(detail)
        self.options_label = QLabel()
        dl.addWidget(self.options_label)
        self.options = QListWidget()
        self.options.setObjectName("syncOptions")
        self.options.setWordWrap(True)
        self.options.itemDoubleClicked.connect(lambda _i: self.keep_selected())
        dl.addWidget(self.options, 1)
        self.keep_btn = QPushButton()
        self.keep_btn.setObjectName("syncKeep")
        self.keep_btn.clicked.connect(self.keep_selected)
        dl.addWidget(self.keep_btn)
        self.merged_label = QLabel()
        dl.addWidget(self.merged_label)
        self.merged = QPlainTextEdit()
        self.merged.setObjectName("syncMerged")
        self.merged.setTabChangesFocus(True)
        self.merged_label.setBuddy(self.merged)
        dl.addWidget(self.merged, 1)
        self.merge_btn = QPushButton()
        self.merge_btn.setObjectName("syncSaveMerged")
        self.merge_btn.clicked.connect(self.save_merged)
        dl.addWidget(self.merge_btn)
        split.addWidget(detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        cl.addWidget(split, 1)
        self.tabs.addTab(cw, "")

        # -- history tab --------------------------------------------------------------
        self.history = QTableWidget(0, 5)
        self.history.setObjectName("syncHistory")
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.tabs.addTab(self.history, "")

        self._set_pending(None)
        self.retranslate()

    # -- texts -----------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Sync")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Sync with other laptops"))
        self.tabs.setTabText(0, self.tr("Exchange"))
        self.tabs.setTabText(2, self.tr("History"))
        self.export_box.setTitle(self.tr("Send my work"))
        self.target_label.setText(self.tr("Write to"))
        self.browse_btn.setText(self.tr("Choose folder…"))
        self.peer_label.setText(self.tr("For"))
        self.encrypt.setText(self.tr("Encrypt with the team passphrase"))
        self.passphrase_label.setText(self.tr("Team &passphrase"))
        self.passphrase.setPlaceholderText(self.tr("needed to encrypt, and to read encrypted packages"))
        self.export_btn.setText(self.tr("&Export package"))
        self.archive_btn.setText(self.tr("Export whole-project &archive"))
        self.export_note.setText(self.tr(
            "A package holds this project's changes and the evidence files the other laptop may lack. "
            "Never copy the database file itself between laptops."))
        self.import_box.setTitle(self.tr("Receive work"))
        self.import_btn.setText(self.tr("&Import package…"))
        self.open_archive_btn.setText(self.tr("Open project archive…"))
        self.cancel_btn.setText(self.tr("Cancel"))
        self.apply_btn.setText(self.tr("&Apply import"))
        self.preview.setHorizontalHeaderLabels([self.tr("Kind of record"), self.tr("New"), self.tr("Changed"),
                                                self.tr("Unchanged"), self.tr("Conflicting")])
        self.conflicts.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Record"), self.tr("Field"),
                                                  self.tr("Values")])
        self.options_label.setText(self.tr("Values kept (who wrote each, and when):"))
        self.keep_btn.setText(self.tr("&Keep selected value"))
        self.merged_label.setText(self.tr("Or write a &merged value:"))
        self.merge_btn.setText(self.tr("Save &merged value"))
        self.history.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Direction"), self.tr("Laptop"),
                                                self.tr("Records"), self.tr("File")])
        if self._pending is None:
            self.preview_label.setText(self.tr("Choose a package: you will see what it changes before anything "
                                               "is applied."))
        self.refresh()

    # -- refresh ---------------------------------------------------------------------
    def refresh(self) -> None:
        self._fill_targets()
        if not self.project_id:
            return
        pid = self.project_id

        def load(s: Any) -> tuple[list[sync.PeerInfo], list[sync.Conflict], list[sync.ExchangeInfo]]:
            return sync.list_peers(s), sync.list_conflicts(s, pid), sync.list_exchanges(s, pid)

        peers, conflicts, history = read(self.window_, load)
        current = self.peer.currentData()
        self.peer.clear()
        self.peer.addItem(self.tr("everyone (everything)"), None)
        for p in peers:
            self.peer.addItem(self.tr("{name} — only what it has not seen").format(name=p.name or p.device_id[:8]),
                              p.device_id)
        idx = self.peer.findData(current)
        self.peer.setCurrentIndex(max(idx, 0))
        self._fill_conflicts(conflicts)
        self._fill_history(history)

    def _fill_targets(self) -> None:
        current = self.target.currentData()
        self.target.blockSignals(True)
        self.target.clear()
        for label, path in removable_targets():
            self.target.addItem(self.tr("USB drive: {label}").format(label=label), str(path))
        last = self.window_.settings.value("sync/last_folder")
        if last and Path(str(last)).is_dir() and self.target.findData(str(last)) < 0:
            self.target.addItem(str(last), str(last))
        if self.target.count() == 0:
            self.target.addItem(self.tr("(no USB drive found — choose a folder)"), None)
        idx = self.target.findData(current)
        self.target.setCurrentIndex(max(idx, 0))
        self.target.blockSignals(False)

    def _fill_conflicts(self, conflicts: list[sync.Conflict]) -> None:
        selected = self._selected_conflict()
        self._conflicts = conflicts
        self.conflicts.setRowCount(len(conflicts))
        for i, c in enumerate(conflicts):
            self.conflicts.setItem(i, 0, _item(sync.table_label(c.table), c.key))
            self.conflicts.setItem(i, 1, _item(c.record))
            self.conflicts.setItem(i, 2, _item(sync.field_label(c.field), c.field))
            self.conflicts.setItem(i, 3, _item(" | ".join(o.display for o in c.options)))
        self.tabs.setTabText(1, self.tr("Conflicts ({n})").format(n=len(conflicts)) if conflicts
                             else self.tr("Conflicts"))
        self.conflicts_note.setText(
            self.tr("Two people changed the same field without seeing each other's change. Both values are "
                    "kept until you choose one or write a merged one; the choice travels to the other laptops.")
            if conflicts else self.tr("No open conflicts."))
        keys = [c.key for c in conflicts]
        if selected is not None and selected.key in keys:
            self.conflicts.selectRow(keys.index(selected.key))
        elif conflicts:
            self.conflicts.selectRow(0)
        else:
            self._on_conflict_selected()

    def _fill_history(self, history: list[sync.ExchangeInfo]) -> None:
        self.history.setRowCount(len(history))
        for i, e in enumerate(history):
            sm = e.summary
            if e.direction == "import":
                direction = self.tr("received")
                records = self.tr("{new} new, {changed} changed, {conflicting} conflicting").format(
                    new=sm.get("new", 0), changed=sm.get("changed", 0), conflicting=sm.get("conflicting", 0))
            else:
                direction = self.tr("sent")
                records = self.tr("{changes} changes, {blobs} evidence files").format(
                    changes=sm.get("changes", 0), blobs=sm.get("blobs", 0))
            self.history.setItem(i, 0, _item(_local_time(e.at)))
            self.history.setItem(i, 1, _item(direction))
            self.history.setItem(i, 2, _item(e.peer_name or (e.peer_device[:8] if e.peer_device else
                                                              self.tr("everyone"))))
            self.history.setItem(i, 3, _item(records))
            self.history.setItem(i, 4, _item(Path(e.path).name if e.path else "", e.path))
        self.history.resizeColumnsToContents()

    def on_data_changed(self, changes: Changes, initiator: object | None) -> None:
        if changes.any():
            self.refresh()

    # -- long work ---------------------------------------------------------------------
    def _run_long(self, label: str, fn: Any) -> Any:
        """Run ``fn(progress, cancelled)`` with a progress dialog; errors go to the status line."""
        dlg = QProgressDialog(label, self.tr("Cancel"), 0, 0, self)
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setMinimumDuration(400)

        def progress(done: int, total: int) -> None:
            dlg.setMaximum(max(total, 1))
            dlg.setValue(min(done, max(total, 1)))
            QApplication.processEvents()

        try:
            return fn(progress, dlg.wasCanceled)
        except Cancelled as exc:
            self._say(str(exc), error=True)
        except EvaltoolError as exc:
            self._say(str(exc), error=True)
        finally:
            dlg.reset()
            dlg.deleteLater()
        return None

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setProperty("error", error)
        self.status.setStyleSheet("color: #b00020;" if error else "")
        self.status.setText(text)

    def _passphrase_text(self) -> str | None:
        return self.passphrase.text() or None

    # -- export ------------------------------------------------------------------------
    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Write sync packages to"),
                                                  str(self.target.currentData() or Path.home()))
        if folder:
            self.set_target(Path(folder))

    def set_target(self, folder: Path) -> None:
        self.window_.settings.setValue("sync/last_folder", str(folder))
        if self.target.findData(str(folder)) < 0:
            self.target.addItem(str(folder), str(folder))
        none_idx = self.target.findData(None)
        if none_idx >= 0:
            self.target.removeItem(none_idx)
        self.target.setCurrentIndex(self.target.findData(str(folder)))

    def export_package(self, kind: str = "sync") -> sync.ExportResult | None:
        if not self.project_id:
            return None
        folder = self.target.currentData()
        if not folder:
            self._choose_folder()
            folder = self.target.currentData()
            if not folder:
                return None
        passphrase = self._passphrase_text() if self.encrypt.isChecked() else None
        if self.encrypt.isChecked() and not passphrase:
            self._say(self.tr("Type the team passphrase to encrypt the package."), error=True)
            self.passphrase.setFocus()
            return None
        for_device = self.peer.currentData() if kind == "sync" else None
        pid = self.project_id
        result = self._run_long(self.tr("Writing the package…"), lambda progress, cancelled: sync.export_package(
            self.window_.db, pid, folder, for_device=for_device, passphrase=passphrase, kind=kind,
            progress=progress, cancelled=cancelled))
        if result is not None:
            note = self.tr("Wrote {file} to {folder}: {changes} changes, {blobs} evidence files{enc}.").format(
                file=result.path.name, folder=result.path.parent, changes=result.changes, blobs=result.blobs,
                enc=self.tr(", encrypted") if result.encrypted else "")
            if result.blobs_missing:
                note += " " + self.tr("{n} evidence files are missing on this laptop and were not included.").format(
                    n=result.blobs_missing)
            self._say(note)
            self.window_.data_changed.emit(result.touched, self)
        return result

    # -- import ------------------------------------------------------------------------
    def _ask_file(self, title: str) -> Path | None:
        start = str(self.target.currentData() or Path.home())
        name, _ = QFileDialog.getOpenFileName(self, title, start,
                                              self.tr("evaltool packages (*.evsync *.evarchive);;All files (*)"))
        return Path(name) if name else None

    def _choose_package(self) -> None:
        path = self._ask_file(self.tr("Import a sync package"))
        if path is not None:
            self.preview_import(path)

    def _choose_archive(self) -> None:
        path = self._ask_file(self.tr("Open a project archive"))
        if path is not None:
            self.open_archive(path)

    def _needs_passphrase(self, path: Path) -> bool:
        try:
            encrypted = is_encrypted(path)
        except OSError:
            return False
        if encrypted and not self._passphrase_text():
            self._say(self.tr("{file} is encrypted: type the team passphrase, then choose it again.").format(
                file=path.name), error=True)
            self.passphrase.setFocus()
            return True
        return False

    def preview_import(self, path: Path) -> sync.ImportSummary | None:
        """Dry run: show what the package would change; Apply does it."""
        if not self.project_id or self._needs_passphrase(path):
            return None
        pid, passphrase = self.project_id, self._passphrase_text()
        summary = self._run_long(self.tr("Checking the package…"), lambda progress, cancelled: sync.import_package(
            self.window_.db, path, passphrase=passphrase, dry_run=True, expect_project=pid,
            progress=progress, cancelled=cancelled))
        if summary is None:
            self._set_pending(None)
            return None
        self._show_summary(summary)
        self._set_pending(path, passphrase)
        self._say(self.tr("Preview only: nothing has been changed yet. Press Apply import to merge it."))
        return summary

    def _show_summary(self, summary: sync.ImportSummary) -> None:
        t = summary.totals
        self.preview_from.setText(self.tr("From laptop {sender} ({who}), written {when}:\n{file}").format(
            file=Path(summary.path).name, sender=summary.sender_name or summary.sender_device[:8],
            who=summary.sender_evaluator or "?", when=_local_time(summary.created)))
        body = self.tr("{changes} new changes: {new} new records, {changed} changed, {unchanged} unchanged, "
                       "{conflicting} with conflicts.").format(changes=summary.changes_new, new=t.new,
                                                               changed=t.changed, unchanged=t.unchanged,
                                                               conflicting=t.conflicting)
        if summary.blobs_in_package:
            body += " " + self.tr("{n} evidence files.").format(n=summary.blobs_in_package)
        if summary.project_created:
            body += " " + self.tr("The project “{name}” is new on this laptop.").format(name=summary.project_name)
        if not (t.new or t.changed or t.conflicting or summary.blobs_in_package):
            body = self.tr("Nothing new: this laptop already has everything in the package.")
        self.preview_label.setText(body)
        # kinds with something new, changed or conflicting; the total counts every record
        rows = sorted(((k, c) for k, c in summary.tables.items() if c.new or c.changed or c.conflicting),
                      key=lambda kv: sync.table_label(kv[0]))
        self.preview.setRowCount(len(rows) + 1)
        for i, (table, c) in enumerate(rows + [("", t)]):
            label = sync.table_label(table) if table else self.tr("Total")
            self.preview.setItem(i, 0, _item(label))
            for j, v in enumerate((c.new, c.changed, c.unchanged, c.conflicting), start=1):
                self.preview.setItem(i, j, _item(str(v), right=True))

    def _set_pending(self, path: Path | None, passphrase: str | None = None) -> None:
        self._pending, self._pending_passphrase = path, passphrase
        self.apply_btn.setEnabled(path is not None)
        self.cancel_btn.setEnabled(path is not None)

    def cancel_import(self) -> None:
        self._set_pending(None)
        self.preview.setRowCount(0)
        self.preview_from.setText("")
        self.preview_label.setText(self.tr("Import cancelled; nothing was changed."))
        self._say("")

    def apply_import(self) -> sync.ImportSummary | None:
        if self._pending is None or not self.project_id:
            return None
        path, passphrase, pid = self._pending, self._pending_passphrase, self.project_id
        summary = self._run_long(self.tr("Merging the package…"), lambda progress, cancelled: sync.import_package(
            self.window_.db, path, passphrase=passphrase, expect_project=pid, progress=progress,
            cancelled=cancelled))
        if summary is None:
            return None
        self._set_pending(None)
        self._after_import(summary)
        return summary

    def open_archive(self, path: Path) -> sync.ImportSummary | None:
        """Import a package or archive of any project (created if new here) and open it."""
        if self._needs_passphrase(path):
            return None
        passphrase = self._passphrase_text()
        summary = self._run_long(self.tr("Opening the archive…"), lambda progress, cancelled: sync.import_package(
            self.window_.db, path, passphrase=passphrase, progress=progress, cancelled=cancelled))
        if summary is None:
            return None
        self._after_import(summary)
        if summary.project_id != self.project_id:
            self.window_.open_project(summary.project_id)
        return summary

    def _after_import(self, summary: sync.ImportSummary) -> None:
        self.window_.undo_stack.clear()  # a merge is not undoable; a backup was taken
        self._show_summary(summary)
        t = summary.totals
        msg = self.tr("Imported: {new} new, {changed} changed, {conflicting} with conflicts.").format(
            new=t.new, changed=t.changed, conflicting=t.conflicting)
        if summary.evidence_missing:
            msg += " " + self.tr("{n} evidence files are not on this laptop yet.").format(n=summary.evidence_missing)
        self._say(msg)
        self.window_.data_changed.emit(summary.touched, self)
        if t.conflicting:
            self.tabs.setCurrentIndex(1)

    # -- conflicts -------------------------------------------------------------------------
    def _selected_conflict(self) -> sync.Conflict | None:
        rows = self.conflicts.selectionModel().selectedRows() if self.conflicts.selectionModel() else []
        if not rows or rows[0].row() >= len(self._conflicts):
            return None
        return self._conflicts[rows[0].row()]

    def _on_conflict_selected(self) -> None:
        c = self._selected_conflict()
        self.options.clear()
        self.merged.setPlainText("")
        enabled = c is not None
        for w in (self.keep_btn, self.merge_btn, self.merged, self.options):
            w.setEnabled(enabled)
        if c is None:
            return
        for o in c.options:
            who = o.evaluator_name or o.device_id[:8]
            text = self.tr("{value}\n    — {who}, {when}").format(value=o.display, who=who, when=_local_time(o.at))
            if o.current:
                text += "  " + self.tr("(shown now)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, o.change_id)
            self.options.addItem(item)
        self.options.setCurrentRow(0)
        current = next((o for o in c.options if o.current), c.options[-1])
        self.merged.setPlainText(current.display if c.text_field else "")

    def keep_selected(self) -> None:
        c = self._selected_conflict()
        item = self.options.currentItem()
        if c is None or item is None or not self.project_id:
            return
        pid, key, change = self.project_id, c.key, item.data(Qt.ItemDataRole.UserRole)

        def resolve(s: Any) -> bool:
            sync.resolve_conflict(s, pid, key, choose=change)
            return True

        if run_op(self.window_, resolve, self):
            self._say(self.tr("Conflict resolved: {record} · {field}.").format(record=c.record, field=c.field))

    def save_merged(self) -> None:
        c = self._selected_conflict()
        if c is None or not self.project_id:
            return
        pid, key, value = self.project_id, c.key, self.merged.toPlainText()

        def resolve(s: Any) -> bool:
            sync.resolve_conflict(s, pid, key, value=value)
            return True

        if run_op(self.window_, resolve, self):
            self._say(self.tr("Conflict resolved: {record} · {field}.").format(record=c.record, field=c.field))
