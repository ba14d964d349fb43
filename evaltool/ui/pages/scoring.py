"""Scoring page (placeholder until its issue lands)."""
from __future__ import annotations

from evaltool.ui.pages.base import PlaceholderPage


class ScoringPage(PlaceholderPage):
    key = "scoring"

    def title(self) -> str:
        return self.tr("Scoring")

    def description(self) -> str:
        return self.tr("Scoring of each leaf by each evaluator, with rules, proposed scores, comments, flags and the lead's final decisions; totals and grade update as you type.")
