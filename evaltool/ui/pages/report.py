"""Report & export page (placeholder until its issue lands)."""
from __future__ import annotations

from evaltool.ui.pages.base import PlaceholderPage


class ReportPage(PlaceholderPage):
    key = "report"

    def title(self) -> str:
        return self.tr("Report & export")

    def description(self) -> str:
        return self.tr("Narrative sections of the report and exports to Word, Excel and PDF.")
