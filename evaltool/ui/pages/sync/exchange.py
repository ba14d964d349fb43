"""The Sync page's Exchange tab: send my work, receive work.

*Send*: a package to a removable drive or a folder, optionally only what one laptop
lacks, optionally encrypted with the team passphrase; or a whole-project archive.
*Receive*: a package is checked first (a dry run: what it would change is shown,
nothing is applied) and merged on *Apply*; an archive of any project is opened at once.

Every export, check and merge runs on the window's runner (``evaltool.ui.runner``): on
a worker thread with a progress dialog whose Cancel stops it, leaving nothing changed.
All of them write or lock the database (a check is a merge rolled back), so they run as
writing jobs, one at a time; a merge is not undoable and clears the undo stack (the core
takes a backup first). The window refreshes from what the job changed.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evaltool import sync
from evaltool.errors import EvaltoolError
from evaltool.ui.pages.sync.common import ProjectRef, Say, removable_targets
from evaltool.ui.pages.sync.preview import SyncImportPreview
from evaltool.ui.runner import Job, Task
from evaltool.ui.widgets.fit import elide_combo

T = TypeVar("T")


class SyncExchangePanel(QWidget):
    """Export and import of packages; ``imported(summary)`` after a merge was applied."""

    imported = Signal(object)

    def __init__(self, window: Any, project: ProjectRef, say: Say) -> None:
        super().__init__()
        self.window_, self._project, self._say = window, project, say
        self._pending: Path | None = None  # package checked, waiting for Apply
        self._pending_passphrase: str | None = None
        # The job running for this panel (None when idle).
        self.task: Task[Any] | None = None
        # The last summary shown (a check or an applied merge).
        self.summary: sync.ImportSummary | None = None
        lay = QHBoxLayout(self)
        lay.addWidget(self._build_export(), 1)
        lay.addWidget(self._build_import(), 1)
        self._update_buttons()

    def _build_export(self) -> QGroupBox:
        self.export_box = QGroupBox()
        ef = QFormLayout(self.export_box)
        self.target = QComboBox()
        self.target.setObjectName("syncTarget")
        elide_combo(self.target, 24)
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
        self.export_btn.clicked.connect(lambda: self.export_package("sync"))
        self.archive_btn = QPushButton()
        self.archive_btn.clicked.connect(lambda: self.export_package("archive"))
        brow.addWidget(self.export_btn)
        brow.addWidget(self.archive_btn)
        brow.addStretch(1)
        ef.addRow(brow)
        self.export_note = QLabel()
        self.export_note.setWordWrap(True)
        ef.addRow(self.export_note)
        return self.export_box

    def _build_import(self) -> QGroupBox:
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
        self.preview = SyncImportPreview()
        self.preview.trust.toggled.connect(lambda _on: self._update_buttons())
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
        return self.import_box

    # -- texts and data -----------------------------------------------------------
    def retranslate(self) -> None:
        self.export_box.setTitle(self.tr("Send my work"))
        self.target_label.setText(self.tr("Write to"))
        self.browse_btn.setText(self.tr("Choose folder…"))
        self.peer_label.setText(self.tr("For"))
        self.encrypt.setText(self.tr("Encrypt with the team passphrase"))
        self.passphrase_label.setText(self.tr("Team &passphrase"))
        self.passphrase.setPlaceholderText(self.tr("needed to encrypt, and to read encrypted packages"))
        self.export_btn.setText(self.tr("E&xport package"))
        self.archive_btn.setText(self.tr("Export whole-project a&rchive"))
        self.export_note.setText(self.tr(
            "A package holds this project's changes and the evidence files the other laptop may lack. "
            "Never copy the database file itself between laptops."))
        self.import_box.setTitle(self.tr("Receive work"))
        self.import_btn.setText(self.tr("&Import package…"))
        self.open_archive_btn.setText(self.tr("Open project archive…"))
        self.cancel_btn.setText(self.tr("Cancel"))
        self.apply_btn.setText(self.tr("&Apply import"))
        self.preview.retranslate()
        if self.summary is not None:
            self.preview.show_summary(self.summary)
        else:
            self.preview.clear(self.tr("Choose a package: you will see what it changes before anything is applied."))

    def fill_targets(self) -> None:
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
        self.target.setCurrentIndex(max(self.target.findData(current), 0))
        self.target.blockSignals(False)

    def set_peers(self, peers: list[sync.PeerInfo]) -> None:
        current = self.peer.currentData()
        self.peer.clear()
        self.peer.addItem(self.tr("everyone (everything)"), None)
        for p in peers:
            self.peer.addItem(self.tr("{name} — only what it has not seen").format(name=p.name or p.device_id[:8]),
                              p.device_id)
        self.peer.setCurrentIndex(max(self.peer.findData(current), 0))

    # -- long work -------------------------------------------------------------------
    def _start(self, label: str, work: Callable[[Job], T], on_done: Callable[[T], None], *, cancelled_text: str,
               on_failed: Callable[[], None] | None = None, clears_undo: bool = False) -> Task[T] | None:
        """Run ``work`` on the window's runner as a writing job; errors and Cancel are told
        in the status line (then ``on_failed`` runs). None when another job is writing."""

        def failed(exc: EvaltoolError) -> None:
            if on_failed is not None:
                on_failed()
            self._say(str(exc), True)

        def cancelled() -> None:
            if on_failed is not None:
                on_failed()
            self._say(cancelled_text, False)

        task = self.window_.runner.run(label, work, on_done=on_done, on_error=failed, on_cancelled=cancelled,
                                       writes=True, clears_undo=clears_undo, parent=self, initiator=self)
        if task is not None:
            self.task = task
            task.finished.connect(self._on_task_finished)
            self._update_buttons()
        return task

    def _on_task_finished(self) -> None:
        self.task = None
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = self.task is None
        for b in (self.export_btn, self.archive_btn, self.import_btn, self.open_archive_btn):
            b.setEnabled(idle)
        self.apply_btn.setEnabled(idle and self._pending is not None and not self.preview.needs_confirmation(self.summary))
        self.cancel_btn.setEnabled(idle and self._pending is not None)

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

    def export_package(self, kind: str = "sync") -> Task[sync.ExportResult] | None:
        """Write a package (``kind="archive"``: the whole project) to the chosen folder."""
        pid = self._project()
        if not pid:
            return None
        folder = self.target.currentData()
        if not folder:
            self._choose_folder()
            folder = self.target.currentData()
            if not folder:
                return None
        passphrase = self._passphrase_text() if self.encrypt.isChecked() else None
        if self.encrypt.isChecked() and not passphrase:
            self._say(self.tr("Type the team passphrase to encrypt the package."), True)
            self.passphrase.setFocus()
            return None
        for_device = self.peer.currentData() if kind == "sync" else None
        db = self.window_.db

        def work(job: Job) -> sync.ExportResult:
            result = sync.export_package(db, pid, folder, for_device=for_device, passphrase=passphrase, kind=kind,
                                         progress=job.progress, cancelled=job.cancelled)
            job.add_changes(result.touched)
            return result

        return self._start(self.tr("Writing the package…"), work, self._exported,
                           cancelled_text=self.tr("Export cancelled; no package was written."))

    def _exported(self, result: sync.ExportResult) -> None:
        note = self.tr("Wrote {file} to {folder}: {changes} changes, {blobs} evidence files{enc}.").format(
            file=result.path.name, folder=result.path.parent, changes=result.changes, blobs=result.blobs,
            enc=self.tr(", encrypted") if result.encrypted else "")
        if result.blobs_missing:
            note += " " + self.tr("{n} evidence files are missing on this laptop and were not included.").format(
                n=result.blobs_missing)
        self._say(note, False)

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
            encrypted = sync.is_encrypted(path)
        except OSError:
            return False  # unreadable: the import says why
        if encrypted and not self._passphrase_text():
            self._say(self.tr("{file} is encrypted: type the team passphrase, then choose it again.").format(
                file=path.name), True)
            self.passphrase.setFocus()
            return True
        return False

    def _import_work(self, path: Path, passphrase: str | None, *, dry_run: bool = False,
                     expect_project: str | None = None,
                     trust_signer: str | None = None) -> Callable[[Job], sync.ImportSummary]:
        db = self.window_.db

        def work(job: Job) -> sync.ImportSummary:
            summary = sync.import_package(db, path, passphrase=passphrase, dry_run=dry_run,
                                          expect_project=expect_project, progress=job.progress,
                                          cancelled=job.cancelled, trust_signer=trust_signer)
            job.add_changes(summary.touched)
            return summary

        return work

    def preview_import(self, path: Path) -> Task[sync.ImportSummary] | None:
        """Check a package (dry run): show what it would change; *Apply* merges it."""
        pid = self._project()
        if not pid or self._needs_passphrase(path):
            return None
        passphrase = self._passphrase_text()

        def done(summary: sync.ImportSummary) -> None:
            self._show_summary(summary)
            self._set_pending(path, passphrase)
            self._say(self.tr("Preview only: nothing has been changed yet. Press Apply import to merge it."), False)

        return self._start(self.tr("Checking the package…"), self._import_work(path, passphrase, dry_run=True,
                                                                               expect_project=pid),
                           done, cancelled_text=self.tr("Check cancelled; nothing was changed."),
                           on_failed=lambda: self._set_pending(None))

    def apply_import(self) -> Task[sync.ImportSummary] | None:
        """Merge the checked package (not undoable; the core backs the database up first)."""
        pid = self._project()
        if self._pending is None or not pid or self.preview.needs_confirmation(self.summary):
            return None
        # the fingerprint the user confirmed: the import refuses a package signed otherwise
        trust = self.summary.signer.fingerprint if self.summary is not None and self.preview.trust.isChecked() else None

        def done(summary: sync.ImportSummary) -> None:
            self._set_pending(None)
            self._after_import(summary)

        return self._start(self.tr("Merging the package…"),
                           self._import_work(self._pending, self._pending_passphrase, expect_project=pid,
                                             trust_signer=trust), done,
                           cancelled_text=self.tr("Import cancelled; nothing was changed."), clears_undo=True)

    def open_archive(self, path: Path) -> Task[sync.ImportSummary] | None:
        """Import a package or archive of any project (created if new here) and open it."""
        if self._needs_passphrase(path):
            return None

        def done(summary: sync.ImportSummary) -> None:
            self._after_import(summary)
            if summary.project_id != self._project():
                self.window_.open_project(summary.project_id)

        return self._start(self.tr("Opening the archive…"), self._import_work(path, self._passphrase_text()), done,
                           cancelled_text=self.tr("Opening cancelled; nothing was changed."), clears_undo=True)

    def _show_summary(self, summary: sync.ImportSummary) -> None:
        self.summary = summary
        self.preview.show_summary(summary)

    def _set_pending(self, path: Path | None, passphrase: str | None = None) -> None:
        self._pending, self._pending_passphrase = path, passphrase
        self._update_buttons()

    def cancel_import(self) -> None:
        """Forget the checked package (nothing was applied)."""
        self._set_pending(None)
        self.summary = None
        self.preview.clear(self.tr("Import cancelled; nothing was changed."))
        self._say("", False)

    def _after_import(self, summary: sync.ImportSummary) -> None:
        self._show_summary(summary)
        t = summary.totals
        msg = self.tr("Imported: {new} new, {changed} changed, {conflicting} with conflicts.").format(
            new=t.new, changed=t.changed, conflicting=t.conflicting)
        if summary.evidence_missing:
            msg += " " + self.tr("{n} evidence files are not on this laptop yet.").format(n=summary.evidence_missing)
        if summary.proposals:
            msg += " " + self.tr("{n} changes by someone without the right were kept as proposals for the team lead "
                                 "(see the Project page).").format(n=summary.proposals)
        if summary.future_changes:
            msg += " " + self.tr("{n} changes are dated ahead of this computer's clock: they were imported, but this "
                                 "laptop's clock was not moved.").format(n=summary.future_changes)
        self._say(msg, False)
        self.imported.emit(summary)
