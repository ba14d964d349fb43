"""What an import would change (or changed): who sent the package, who signed it (and
whether this project knows that laptop), a sentence, and per kind of record the counts of
new, changed, unchanged and conflicting records."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QHeaderView, QLabel, QTableWidget, QVBoxLayout, QWidget

from evaltool import sync
from evaltool.changelog import CLOCK_TOLERANCE_MS
from evaltool.ui.pages.sync.common import item, local_time
from evaltool.ui.widgets.fit import elide_header


class SyncImportPreview(QWidget):
    """``source`` (sender and file), ``signer`` (who signed it, its key's fingerprint and
    what this project knows of it), ``trust`` (shown for a laptop the project does not
    know: the user confirms the fingerprint, checked with the sender, before Apply),
    ``body`` (the counts in words) and ``table`` (kinds of record with something new,
    changed or conflicting, then the total of every record)."""

    def __init__(self) -> None:
        super().__init__()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.source)
        self.signer = QLabel()
        self.signer.setObjectName("syncSigner")
        self.signer.setWordWrap(True)
        self.signer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.signer)
        self.trust = QCheckBox()
        self.trust.setObjectName("syncTrustSigner")
        self.trust.setVisible(False)
        lay.addWidget(self.trust)
        self.body = QLabel()
        self.body.setWordWrap(True)
        lay.addWidget(self.body)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("syncPreview")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        elide_header(self.table.horizontalHeader())
        lay.addWidget(self.table, 1)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Kind of record"), self.tr("New"), self.tr("Changed"),
                                              self.tr("Unchanged"), self.tr("Conflicting")])
        self.trust.setText(self.tr("I have checked this fingerprint with the sender: trust this laptop"))

    def clear(self, text: str) -> None:
        """Show nothing but ``text``."""
        self.table.setRowCount(0)
        self.source.setText("")
        self.signer.setText("")
        self.trust.setChecked(False)
        self.trust.setVisible(False)
        self.body.setText(text)

    def show_summary(self, summary: sync.ImportSummary) -> None:
        t = summary.totals
        self.source.setText(self.tr("From laptop {sender} ({who}), written {when}:\n{file}").format(
            file=Path(summary.path).name, sender=summary.sender_name or summary.sender_device[:8],
            who=summary.sender_evaluator or "?", when=local_time(summary.created)))
        self._show_signer(summary.signer)
        body = self.tr("{changes} new changes: {new} new records, {changed} changed, {unchanged} unchanged, "
                       "{conflicting} with conflicts.").format(changes=summary.changes_new, new=t.new,
                                                               changed=t.changed, unchanged=t.unchanged,
                                                               conflicting=t.conflicting)
        if summary.blobs_in_package and summary.dry_run:
            body += " " + self.tr("Evidence files: would add {added} of {n} in the package.").format(
                added=summary.blobs_added, n=summary.blobs_in_package)
        elif summary.blobs_in_package:
            body += " " + self.tr("Evidence files: added {added} of {n} in the package.").format(
                added=summary.blobs_added, n=summary.blobs_in_package)
        if summary.project_created:
            body += " " + self.tr("The project “{name}” is new on this laptop.").format(name=summary.project_name)
        if not (t.new or t.changed or t.conflicting or summary.blobs_in_package):
            body = self.tr("Nothing new: this laptop already has everything in the package.")
        if summary.proposals:
            body += " " + self.tr("{n} changes were made by someone whose role does not allow them: they are kept as "
                                  "proposals for the team lead, not applied.").format(n=summary.proposals)
        if summary.future_changes:
            body += " " + self.tr("{n} changes are dated more than {minutes} minutes ahead of this computer's clock "
                                  "(up to {latest}): the sender's clock or this one is wrong. They are imported; this "
                                  "laptop's clock is not moved.").format(
                n=summary.future_changes, minutes=CLOCK_TOLERANCE_MS // 60000,
                latest=local_time(summary.future_latest or ""))
        self.body.setText(body)
        rows = sorted(((k, c) for k, c in summary.tables.items() if c.new or c.changed or c.conflicting),
                      key=lambda kv: sync.table_label(kv[0]))
        self.table.setRowCount(len(rows) + 1)
        for i, (table, c) in enumerate([*rows, ("", t)]):
            self.table.setItem(i, 0, item(sync.table_label(table) if table else self.tr("Total")))
            for j, v in enumerate((c.new, c.changed, c.unchanged, c.conflicting), start=1):
                self.table.setItem(i, j, item(str(v), right=True))

    def _show_signer(self, v: sync.Verdict) -> None:
        """The signer line: plain for a laptop the project trusts, red for an unsigned
        package or one the project does not know (which needs the confirmation)."""
        name = v.device_name or v.device_id[:8]
        if v.status == "unsigned":
            text = self.tr("Not signed: who wrote this package cannot be checked (an older evaltool?).")
        elif v.status == "unknown":
            text = self.tr("Signed by laptop {name}, which this project does NOT know. Key fingerprint:\n{fp}\n"
                           "Ask the sender to read their fingerprint aloud (evaltool sync devices) and compare it "
                           "before you trust it.").format(name=name, fp=v.fingerprint)
        else:
            state = {"own": self.tr("this laptop"), "trusted": self.tr("trusted in this project"),
                     "confirmed": self.tr("confirmed"),
                     "new project": self.tr("the laptop this project comes from")}.get(v.status, v.status)
            text = self.tr("Signed by laptop {name} ({state}), key {fp}.").format(name=name, state=state, fp=v.fingerprint)
        warn = v.status in ("unsigned", "unknown")
        self.signer.setText(text)
        self.signer.setStyleSheet("color: #b00020;" if warn else "")
        self.trust.setChecked(False)
        self.trust.setVisible(v.status == "unknown" and bool(v.fingerprint))

    def needs_confirmation(self, summary: sync.ImportSummary | None) -> bool:
        """Apply waits for the tick: the package is signed by a laptop the project does not know."""
        return summary is not None and summary.signer.status == "unknown" and not self.trust.isChecked()
