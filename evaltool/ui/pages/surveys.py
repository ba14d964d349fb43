"""Surveys page (placeholder until its issue lands)."""
from __future__ import annotations

from evaltool.ui.pages.base import PlaceholderPage


class SurveysPage(PlaceholderPage):
    key = "surveys"

    def title(self) -> str:
        return self.tr("Surveys")

    def description(self) -> str:
        return self.tr("Satisfaction questionnaires, fast keyboard entry of paper questionnaires, import of online answers, tallies and charts by respondent group.")
