"""Sync page (placeholder until its issue lands)."""
from __future__ import annotations

from evaltool.ui.pages.base import PlaceholderPage


class SyncPage(PlaceholderPage):
    key = "sync"

    def title(self) -> str:
        return self.tr("Sync")

    def description(self) -> str:
        return self.tr("Exchange of work with other laptops on a USB stick: export and import of sync packages, conflicts and history.")
