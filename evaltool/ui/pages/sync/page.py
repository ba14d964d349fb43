"""Sync page: exchange work with other laptops on a USB stick.

Four tabs, one class each: *Exchange* (``SyncExchangePanel``: export and import of
packages and archives, on the window's runner), *Conflicts* (``SyncConflictsPanel``),
*History* (``SyncHistoryTable``) and *Team hub* (``SyncHubPanel``: push and pull over the
office network). The page holds them, the status line they write
to, and loads what they show in one read.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout

from evaltool import sync
from evaltool.changes import Changes
from evaltool.ui.operations import read
from evaltool.ui.pages.base import ProjectPage
from evaltool.ui.pages.sync.conflicts import SyncConflictsPanel
from evaltool.ui.pages.sync.exchange import SyncExchangePanel
from evaltool.ui.pages.sync.history import SyncHistoryTable
from evaltool.ui.pages.sync.hub import SyncHubPanel
from evaltool.ui.widgets.fit import scroll_body

EXCHANGE_TAB, CONFLICTS_TAB, HISTORY_TAB, HUB_TAB = range(4)


class SyncPage(ProjectPage):
    key = "sync"

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        outer = QVBoxLayout(scroll_body(self))
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

        self.exchange = SyncExchangePanel(window, self._current_project, self.say)
        self.exchange.imported.connect(self._on_imported)
        self.conflicts = SyncConflictsPanel(window, self._current_project, self.say)
        self.history = SyncHistoryTable()
        self.hub = SyncHubPanel(window, self._current_project, self.say)
        self.hub.pulled.connect(self._on_imported)
        self.tabs.addTab(self.exchange, "")
        self.tabs.addTab(self.conflicts, "")
        self.tabs.addTab(self.history, "")
        self.tabs.addTab(self.hub, "")
        self.retranslate()

    def _current_project(self) -> str | None:
        return self.project_id

    # -- texts -----------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Sync")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Sync with other laptops"))
        self.tabs.setTabText(EXCHANGE_TAB, self.tr("Exchange"))
        self.tabs.setTabText(HISTORY_TAB, self.tr("History"))
        self.tabs.setTabText(HUB_TAB, self.tr("Team hub"))
        self.hub.retranslate()
        self.exchange.retranslate()
        self.conflicts.retranslate()
        self.history.retranslate()
        self.refresh()

    def say(self, text: str, error: bool = False) -> None:
        """Show ``text`` in the status line (red when it is an error)."""
        self.status.setProperty("error", error)
        self.status.setStyleSheet("color: #b00020;" if error else "")
        self.status.setText(text)

    # -- refresh ---------------------------------------------------------------------
    def refresh(self) -> None:
        self.exchange.fill_targets()
        self.hub.refresh()
        self.tabs.setTabText(CONFLICTS_TAB, self.conflicts.tab_text())
        if not self.project_id:
            return
        pid = self.project_id

        def load(s: Any) -> tuple[list[sync.PeerInfo], list[sync.Conflict], list[sync.ExchangeInfo]]:
            return sync.list_peers(s), sync.list_conflicts(s, pid), sync.list_exchanges(s, pid)

        peers, conflicts, history = read(self.window_, load)
        self.exchange.set_peers(peers)
        self.conflicts.set_conflicts(conflicts)
        self.tabs.setTabText(CONFLICTS_TAB, self.conflicts.tab_text())
        self.history.set_history(history)

    def on_data_changed(self, changes: Changes, initiator: object | None) -> None:
        if changes.any():
            self.refresh()

    def show_conflicts(self, key: str | None = None) -> None:
        """The Conflicts tab, on conflict ``key`` when it is open."""
        self.tabs.setCurrentIndex(CONFLICTS_TAB)
        if key is not None:
            self.conflicts.select(key)

    def _on_imported(self, summary: sync.ImportSummary | Any) -> None:
        """After a merge (a package, or a pull from the hub): open conflicts are shown."""
        if summary.totals.conflicting:
            self.tabs.setCurrentIndex(CONFLICTS_TAB)
