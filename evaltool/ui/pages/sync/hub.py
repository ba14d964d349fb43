"""The Sync page's Team hub tab: the firm's PostgreSQL hub over the office network.

*Connection*: the hub's address (saved on this laptop without any password), the password
for this session only (or PGPASSWORD / the PostgreSQL password file, which libpq reads
itself), *Test connection*. *This project*: when it was last pushed and pulled, *Push*,
*Pull*, *Sync*, whether evidence files come along, and — only if the person ticks it —
an automatic sync every few minutes. Without a hub, or offline, nothing here runs and the
app works exactly as before.

Every talk with the hub runs on the window's runner (a progress dialog with Cancel; a
cancelled or failed push or pull leaves the hub and the laptop as they were). A pull merges
into this laptop: it is a writing job, not undoable (the core takes a backup first).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evaltool import hub
from evaltool.errors import EvaltoolError
from evaltool.ui.pages.sync.common import ProjectRef, Say, local_time
from evaltool.ui.runner import Job, Task

T = TypeVar("T")
AUTO_MINUTES = 10


def configured_address(db: Any) -> str:
    """The hub address this laptop uses ("" when none): saved here, else EVALTOOL_HUB_URL."""
    import os

    return db.get_setting(hub.SETTING_URL) or os.environ.get(hub.ENV_URL, "")


class SyncHubPanel(QWidget):
    """Connection, test, last sync, push/pull/sync; ``pulled(result)`` after a merge here."""

    pulled = Signal(object)

    def __init__(self, window: Any, project: ProjectRef, say: Say) -> None:
        super().__init__()
        self.window_, self._project, self._say = window, project, say
        self.task: Task[Any] | None = None
        self.status: hub.HubStatus | None = None
        self.result_text = ""
        lay = QVBoxLayout(self)
        lay.addWidget(self._build_connection())
        lay.addWidget(self._build_project())
        self.result = QLabel()
        self.result.setObjectName("hubResult")
        self.result.setWordWrap(True)
        lay.addWidget(self.result)
        lay.addStretch(1)
        self.auto_timer = QTimer(self)
        self.auto_timer.setInterval(AUTO_MINUTES * 60_000)
        self.auto_timer.timeout.connect(self._auto_sync)
        self.address.setText(configured_address(window.db))
        self.auto.setChecked(window.db.get_setting(hub.SETTING_AUTO) == "1")
        self.evidence.setChecked(str(window.settings.value("hub/pull_evidence", "true")).lower() != "false")
        self.auto.toggled.connect(self._on_auto_toggled)
        self.evidence.toggled.connect(lambda on: window.settings.setValue("hub/pull_evidence", "true" if on else "false"))
        self._on_auto_toggled(self.auto.isChecked())
        self._update_buttons()

    def _build_connection(self) -> QGroupBox:
        self.conn_box = QGroupBox()
        form = QFormLayout(self.conn_box)
        self.address = QLineEdit()
        self.address.setObjectName("hubAddress")
        self.address.editingFinished.connect(self.save_address)
        self.address_label = QLabel()
        self.address_label.setBuddy(self.address)
        form.addRow(self.address_label, self.address)
        self.password = QLineEdit()
        self.password.setObjectName("hubPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_label = QLabel()
        self.password_label.setBuddy(self.password)
        form.addRow(self.password_label, self.password)
        row = QHBoxLayout()
        self.test_btn = QPushButton()
        self.test_btn.setObjectName("hubTest")
        self.test_btn.clicked.connect(self.test_connection)
        self.forget_btn = QPushButton()
        self.forget_btn.clicked.connect(self.forget)
        row.addWidget(self.test_btn)
        row.addWidget(self.forget_btn)
        row.addStretch(1)
        form.addRow(row)
        self.conn_state = QLabel()
        self.conn_state.setObjectName("hubConnection")
        self.conn_state.setWordWrap(True)
        form.addRow(self.conn_state)
        return self.conn_box

    def _build_project(self) -> QGroupBox:
        self.project_box = QGroupBox()
        pl = QVBoxLayout(self.project_box)
        self.last = QLabel()
        self.last.setObjectName("hubLastSync")
        self.last.setWordWrap(True)
        pl.addWidget(self.last)
        row = QHBoxLayout()
        self.push_btn = QPushButton()
        self.push_btn.setObjectName("hubPush")
        self.push_btn.clicked.connect(self.push)
        self.pull_btn = QPushButton()
        self.pull_btn.setObjectName("hubPull")
        self.pull_btn.clicked.connect(self.pull)
        self.sync_btn = QPushButton()
        self.sync_btn.setObjectName("hubSync")
        self.sync_btn.setDefault(True)
        self.sync_btn.clicked.connect(self.sync_now)
        for b in (self.sync_btn, self.push_btn, self.pull_btn):
            row.addWidget(b)
        row.addStretch(1)
        pl.addLayout(row)
        self.evidence = QCheckBox()
        self.evidence.setObjectName("hubPullEvidence")
        pl.addWidget(self.evidence)
        self.auto = QCheckBox()
        self.auto.setObjectName("hubAuto")
        pl.addWidget(self.auto)
        self.offline_note = QLabel()
        self.offline_note.setWordWrap(True)
        pl.addWidget(self.offline_note)
        return self.project_box

    # -- texts and state ------------------------------------------------------------
    def retranslate(self) -> None:
        self.conn_box.setTitle(self.tr("Team hub (the firm's PostgreSQL server)"))
        self.address_label.setText(self.tr("Hub &address"))
        self.address.setPlaceholderText(self.tr("e.g. postgresql://wang@hub.office:5432/evaltool"))
        self.password_label.setText(self.tr("Pass&word"))
        self.password.setPlaceholderText(self.tr("for this session only; or PGPASSWORD / the PostgreSQL password file"))
        self.test_btn.setText(self.tr("&Test connection"))
        self.forget_btn.setText(self.tr("Forget this hub"))
        self.project_box.setTitle(self.tr("This project on the hub"))
        self.push_btn.setText(self.tr("&Push my changes"))
        self.pull_btn.setText(self.tr("P&ull the team's changes"))
        self.sync_btn.setText(self.tr("S&ync (push, then pull)"))
        self.evidence.setText(self.tr("Download the project's evidence files when pulling"))
        self.auto.setText(self.tr("Sync this project automatically every {n} minutes while the hub can be reached").format(
            n=AUTO_MINUTES))
        self.offline_note.setText(self.tr(
            "Offline, nothing changes: keep working, and push or pull when this laptop is on the office network. "
            "The password is never stored by evaltool."))
        self._show_connection()
        self.refresh()
        self.result.setText(self.result_text)

    def _show_connection(self) -> None:
        if not self.address.text().strip():
            self.conn_state.setText(self.tr("No team hub configured: ask your administrator for its address. "
                                            "USB sync works without one."))
        elif self.status is None:
            self.conn_state.setText(self.tr("Not tested yet in this session."))
        else:
            st = self.status
            self.conn_state.setText(self.tr("Connected as {user} to {hub}: schema {rev}, {n} projects you may read.").format(
                user=st.user, hub=st.hub, rev=st.revision, n=st.projects_visible))

    def refresh(self) -> None:
        pid = self._project()
        last = hub.last_sync(self.window_.db, pid) if pid else {}
        if not last:
            self.last.setText(self.tr("This project has not been synced with the hub from this laptop yet."))
        else:
            parts = []
            if "pushed_at" in last:
                parts.append(self.tr("last pushed {at} ({n} changes new on the hub)").format(
                    at=local_time(last["pushed_at"]), n=last.get("pushed", 0)))
            if "pulled_at" in last:
                parts.append(self.tr("last pulled {at} ({n} changes new here)").format(
                    at=local_time(last["pulled_at"]), n=last.get("pulled", 0)))
            self.last.setText(self.tr("Hub: {parts}.").format(parts="; ".join(parts)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = self.task is None
        has_hub = bool(self.address.text().strip())
        self.test_btn.setEnabled(idle and has_hub)
        self.forget_btn.setEnabled(idle and has_hub)
        for b in (self.push_btn, self.pull_btn, self.sync_btn):
            b.setEnabled(idle and has_hub and bool(self._project()))

    # -- the address (never with a password) -----------------------------------------
    def _parsed(self) -> hub.HubUrl | None:
        """The typed address, or None after saying what is wrong with it."""
        try:
            parsed = hub.parse_url(self.address.text())
        except EvaltoolError as exc:
            self._say(str(exc), True)
            return None
        if parsed.password:  # typed into the address: moved to the field, never saved
            self.password.setText(parsed.password)
            self.address.setText(parsed.safe)
            self._say(self.tr("The password was taken out of the address: evaltool does not store it."), False)
        return parsed.with_password(self.password.text() or None)

    def save_address(self) -> None:
        text = self.address.text().strip()
        if not text:
            return
        parsed = self._parsed()
        if parsed is None:
            return
        if parsed.safe != self.window_.db.get_setting(hub.SETTING_URL):
            self.window_.db.set_setting(hub.SETTING_URL, parsed.safe)
            self.status = None
        self._show_connection()
        self._update_buttons()

    def forget(self) -> None:
        self.window_.db.set_setting(hub.SETTING_URL, "")
        self.address.clear()
        self.password.clear()
        self.status = None
        self.auto.setChecked(False)
        self._show_connection()
        self._update_buttons()

    def _on_auto_toggled(self, on: bool) -> None:
        self.window_.db.set_setting(hub.SETTING_AUTO, "1" if on else "0")
        if on:
            self.auto_timer.start()
        else:
            self.auto_timer.stop()

    # -- long work --------------------------------------------------------------------
    def _start(self, label: str, work: Callable[[Job], T], on_done: Callable[[T], None], *, writes: bool,
               clears_undo: bool = False, quiet: bool = False) -> Task[T] | None:
        def failed(exc: EvaltoolError) -> None:
            self._say(str(exc), True)

        def cancelled() -> None:
            self._say(self.tr("Cancelled: the hub and this laptop are as they were."), False)

        task = self.window_.runner.run(label, work, on_done=on_done, on_error=failed, on_cancelled=cancelled,
                                       writes=writes, clears_undo=clears_undo, parent=self, initiator=self,
                                       show_dialog=not quiet)
        if task is not None:
            self.task = task
            task.finished.connect(self._on_task_finished)
            self._update_buttons()
        return task

    def _on_task_finished(self) -> None:
        self.task = None
        self.refresh()

    def test_connection(self) -> Task[hub.HubStatus] | None:
        self.save_address()
        address = self._parsed()
        if address is None:
            return None

        def work(job: Job) -> hub.HubStatus:
            h = hub.open_hub(address)
            try:
                return hub.hub_status(h)
            finally:
                h.close()

        def done(st: hub.HubStatus) -> None:
            self.status = st
            self._show_connection()
            self._say(self.tr("The team hub answers."), False)

        return self._start(self.tr("Connecting to the team hub…"), work, done, writes=False)

    def _transfer(self, kind: str, quiet: bool = False) -> Task[Any] | None:
        pid = self._project()
        self.save_address()
        address = self._parsed() if pid else None
        if address is None or pid is None:
            return None
        db = self.window_.db
        evidence = "all" if self.evidence.isChecked() else "none"

        def work(job: Job) -> Any:
            h = hub.open_hub(address)
            try:
                if kind == "push":
                    return hub.push_project(db, h, pid, progress=job.progress, cancelled=job.cancelled)
                if kind == "pull":
                    r = hub.pull_project(db, h, pid, evidence=evidence, progress=job.progress, cancelled=job.cancelled)
                    job.add_changes(r.touched)
                    return r
                both = hub.sync_project(db, h, pid, evidence=evidence, progress=job.progress, cancelled=job.cancelled)
                job.add_changes(both.pull.touched)
                return both
            finally:
                h.close()

        labels = {"push": self.tr("Pushing to the team hub…"), "pull": self.tr("Pulling from the team hub…"),
                  "sync": self.tr("Syncing with the team hub…")}
        return self._start(labels[kind], work, self._done, writes=True, clears_undo=kind != "push", quiet=quiet)

    def push(self) -> Task[Any] | None:
        return self._transfer("push")

    def pull(self) -> Task[Any] | None:
        return self._transfer("pull")

    def sync_now(self) -> Task[Any] | None:
        return self._transfer("sync")

    def _auto_sync(self) -> None:
        """The person's own setting: sync quietly when nothing else runs (never asks, never
        blocks; a hub out of reach is only mentioned in the status line)."""
        if self.auto.isChecked() and self.window_.runner.idle and self._project() and self.address.text().strip():
            self._transfer("sync", quiet=True)

    def _done(self, result: Any) -> None:
        results = [result.push, result.pull] if isinstance(result, hub.SyncResult) else [result]
        lines = [self._describe(r) for r in results]
        self.result_text = "\n".join(lines)
        self.result.setText(self.result_text)
        self._say(lines[-1], False)
        for r in results:
            if r.direction == "pull":
                self.pulled.emit(r)

    def _describe(self, r: hub.TransferResult) -> str:
        t = r.totals
        if r.direction == "push":
            text = self.tr("Pushed: {new} of {sent} changes were new on the hub; {files} evidence files sent.").format(
                new=r.changes_new, sent=r.changes_sent, files=r.evidence_files)
        else:
            text = self.tr("Pulled: {new} of {sent} changes were new here ({records} records new, {changed} changed, "
                           "{conflicting} with conflicts); {files} evidence files received.").format(
                new=r.changes_new, sent=r.changes_sent, records=t.new, changed=t.changed, conflicting=t.conflicting,
                files=r.evidence_files)
        if r.evidence_missing:
            text += " " + self.tr("{n} evidence files are not on this laptop yet.").format(n=r.evidence_missing) \
                if r.direction == "pull" else " " + self.tr("{n} evidence files were missing here and not sent.").format(
                    n=r.evidence_missing)
        return text
