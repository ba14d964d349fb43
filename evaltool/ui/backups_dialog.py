"""The Backups dialog (File ▸ Backups…): the copies kept, back up now, restore one, new identity.

Restoring runs in two steps (``evaltool.restore``): the chosen copy is checked and
copied beside the database on the window's runner (progress, Cancel), then, on the UI
thread, the window's database is closed, the current file is kept aside as a backup,
the copy takes its place, and a new main window opens over it. The restored file takes
a new device identity when it is opened (its change numbers restart below numbers
peers already hold). The folder stays locked by this process throughout.

Keyboard: the list takes the focus (arrow keys choose a copy); every button has an
access key; Escape closes.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
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

from evaltool import lock as locks
from evaltool.backups import (
    DAILY_KEEP_DAYS,
    EVENT_KEEP_DAYS,
    MAX_TOTAL_BYTES,
    RARE_KEEP_DAYS,
    BackupInfo,
    backup_folder,
    kind_label,
    status_label,
    take_backup,
)
from evaltool.db import Database, open_database
from evaltool.errors import EvaltoolError
from evaltool.restore import PreparedRestore, backups_of, finish_restore, prepare_restore
from evaltool.ui.runner import Job, Task

APP_PROGRAM = "evaltool (app)"


class BackupsDialog(QDialog):
    """Lists the backups of ``window.db``; ``restored`` is the new window after a restore."""

    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.window_ = window
        self.backups: list[BackupInfo] = []
        self.restored: Any = None
        self.setObjectName("backupsDialog")
        self.resize(820, 480)
        lay = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        lay.addWidget(self.intro)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("backupsTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        lay.addWidget(self.table, 1)
        self.status = QLabel()
        self.status.setObjectName("backupsStatus")
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        row = QHBoxLayout()
        self.backup_btn = QPushButton()
        self.backup_btn.clicked.connect(self.back_up_now)
        self.restore_btn = QPushButton()
        self.restore_btn.clicked.connect(self.restore_selected)
        self.identity_btn = QPushButton()
        self.identity_btn.clicked.connect(self.new_identity)
        self.folder_btn = QPushButton()
        self.folder_btn.clicked.connect(self.open_folder)
        self.close_btn = QPushButton()
        self.close_btn.clicked.connect(self.reject)
        for b in (self.backup_btn, self.restore_btn, self.identity_btn, self.folder_btn):
            b.setAutoDefault(False)
            row.addWidget(b)
        row.addStretch(1)
        self.close_btn.setAutoDefault(False)
        row.addWidget(self.close_btn)
        lay.addLayout(row)
        self.retranslate()
        self.refresh()
        self.table.setFocus()

    # -- texts ---------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Backups"))
        self.intro.setText(self.tr(
            "A checked copy of the database is made on the first start of each day and before every import, "
            "merge and upgrade. Kept: the daily copies of the last {daily} days, the copies before imports and "
            "merges of the last {events} days, those before upgrades and restores for {rare} days, at most "
            "{gb:.0f} GB in all, and always the newest complete one. Restoring a copy keeps the current database "
            "as a backup and gives this laptop a new device identity, so the other laptops accept its packages.").format(
                daily=DAILY_KEEP_DAYS, events=EVENT_KEEP_DAYS, rare=RARE_KEEP_DAYS, gb=MAX_TOTAL_BYTES / 1024 ** 3))
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Kind"), self.tr("Size"), self.tr("State")])
        self.backup_btn.setText(self.tr("&Back up now"))
        self.restore_btn.setText(self.tr("&Restore…"))
        self.identity_btn.setText(self.tr("New device &identity…"))
        self.folder_btn.setText(self.tr("Open &folder"))
        self.close_btn.setText(self.tr("Close"))
        self.refresh()
        layout = self.layout()
        if layout is not None:
            layout.activate()  # the new texts' sizes now, not at the next event

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the list ------------------------------------------------------------
    def refresh(self) -> None:
        self.backups = backups_of(self.window_.db.data_dir)
        self.table.setRowCount(len(self.backups))
        for r, b in enumerate(self.backups):
            cells = (b.taken.strftime("%Y-%m-%d %H:%M:%S"), kind_label(b.kind), f"{b.size / 1e6:.1f} MB", status_label(b.status))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(b.name)
                if c == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnToContents(0)
        if self.backups and not self.table.selectedItems():
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.backups[min(rows)] if rows else None

    def _update_buttons(self) -> None:
        b = self.selected()
        self.restore_btn.setEnabled(b is not None and b.good)

    def confirm(self, title: str, text: str) -> bool:
        """Ask before anything irreversible (tests replace this)."""
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def _tell(self, parent: QWidget, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("backupsMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- actions -------------------------------------------------------------
    def back_up_now(self) -> Task[Any] | None:
        db: Database = self.window_.db

        def work(job: Job) -> BackupInfo:
            return take_backup(db.path, "manual", progress=job.progress, cancelled=job.cancelled)

        def done(info: BackupInfo) -> None:
            self.status.setText(self.tr("Backup made: {name}").format(name=info.name))
            self.refresh()

        return self.window_.runner.run(self.tr("Making a backup…"), work, on_done=done, parent=self,
                                       on_error=lambda exc: self.status.setText(str(exc)))

    def restore_selected(self) -> Task[Any] | None:
        chosen = self.selected()
        if chosen is None or not chosen.good:
            return None
        if not self.window_.runner.idle:  # a job still reads or writes the database being replaced
            self.status.setText(self.tr("Wait until the work under way has finished, then restore; nothing was changed."))
            return None
        if not self.confirm(self.tr("Restore a backup"), self.tr(
                "Replace the database by the copy made {when} ({kind})?\n\nThe current database is kept as a backup "
                "(nothing is lost), every window of it is reopened, and this laptop takes a new device identity. "
                "Changes made since that copy and not yet sent to other laptops are no longer in the database.").format(
                    when=chosen.taken.strftime("%Y-%m-%d %H:%M"), kind=kind_label(chosen.kind))):
            return None
        data_dir = self.window_.db.data_dir

        def work(job: Job) -> PreparedRestore:
            return prepare_restore(data_dir, chosen.name, job.progress, job.cancelled)

        return self.window_.runner.run(self.tr("Checking the backup…"), work, on_done=self._finish_restore,
                                       writes=True, parent=self, on_cancelled=lambda: self.status.setText(
                                           self.tr("Restore cancelled; nothing was changed.")),
                                       on_error=lambda exc: self.status.setText(str(exc)))

    def _finish_restore(self, prepared: PreparedRestore) -> None:
        """On the UI thread, the runner idle: swap the file and reopen the window over it."""
        window = self.window_
        data_dir = window.db.data_dir
        # One more hold on the folder's lock (shared within this process), so it stays ours
        # while the window's database is closed.
        hold = locks.acquire(data_dir, APP_PROGRAM)
        error: EvaltoolError | None = None
        try:
            window.db.close()
            try:
                result = finish_restore(prepared, hold)
            except EvaltoolError as exc:
                error, result = exc, None
            try:
                new_db = open_database(data_dir, backup="upgrade", program=APP_PROGRAM)
            except EvaltoolError as exc:  # the folder cannot be opened again: say so, then close
                QMessageBox.critical(window, self.tr("Restore a backup"), str(exc))
                window.close()
                return
        finally:
            hold.release()
        new_window = window.restart_window(window, new_db)
        self.restored = new_window
        if result is None:
            assert error is not None
            self._tell(new_window, self.tr("Restore a backup"), str(error))
            return
        change = new_db.identity_change
        text = self.tr("The database was restored from {name}.").format(name=result.restored_from.name)
        if result.kept_aside is not None:
            text += "\n" + self.tr("The database it replaced is kept as the backup {aside}.").format(aside=result.kept_aside.name)
        if change is not None:
            text += "\n" + self.tr("This laptop's new device identity is {new} (before: {old}).").format(
                new=change.new_device[:8], old=change.old_device[:8])
        self._tell(new_window, self.tr("Restore a backup"), text)

    def new_identity(self) -> bool:
        window = self.window_
        if window.runner.refuse_if_writing(self):
            return False
        if not self.confirm(self.tr("New device identity"), self.tr(
                "Give this laptop a new device identity?\n\nDo this when this data folder was copied from another "
                "laptop, or another laptop refuses its packages as “two installations”. Its changes so far keep "
                "their identity; new ones are numbered under the new one.")):
            return False
        try:
            change = window.db.new_identity("manual")
        except EvaltoolError as exc:
            self.status.setText(str(exc))
            return False
        self.status.setText(self.tr("This laptop's new device identity is {new} (before: {old}).").format(
            new=change.new_device[:8], old=change.old_device[:8]))
        return True

    def open_folder(self) -> None:
        folder = backup_folder(self.window_.db.path)
        folder.mkdir(exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def show_backups(window: Any) -> BackupsDialog:
    """Open the dialog (non-blocking) from the main window's menu."""
    dlg = BackupsDialog(window)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.open()
    return dlg
