"""Evidence page (placeholder until its issue lands)."""
from __future__ import annotations

from evaltool.ui.pages.base import PlaceholderPage


class EvidencePage(PlaceholderPage):
    key = "evidence"

    def title(self) -> str:
        return self.tr("Evidence")

    def description(self) -> str:
        return self.tr("Evidence files and notes (佐证材料) stored safely, linked to indicators, previewed and listed in the evidence register.")
