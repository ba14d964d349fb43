"""Targets page (placeholder until its issue lands)."""
from __future__ import annotations

from evaltool.ui.pages.base import PlaceholderPage


class TargetsPage(PlaceholderPage):
    key = "targets"

    def title(self) -> str:
        return self.tr("Targets")

    def description(self) -> str:
        return self.tr("The performance target table (绩效目标表): target against actual values, met or not, and the comparison with the unit's self-evaluation table.")
