"""Framework page (placeholder until its issue lands)."""
from __future__ import annotations

from evaltool.ui.pages.base import PlaceholderPage


class FrameworkPage(PlaceholderPage):
    key = "framework"

    def title(self) -> str:
        return self.tr("Framework")

    def description(self) -> str:
        return self.tr("The indicator framework editor: a tree of level-1, level-2 and level-3 indicators with weights, descriptions and scoring criteria, validation shown live, templates and import of existing score sheets.")
