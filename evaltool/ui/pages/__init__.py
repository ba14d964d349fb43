"""The pages of an open project, in sidebar order.

A page's module is imported when the page is first built (``page_class``), not when the
window starts: importing all of them is about as long as starting Qt itself. ``PAGES``
names each page's key, class, module and sidebar title (the English source of its
``title()``, translated in the class's context); ``PAGE_CLASSES`` imports them all.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from evaltool.ui.pages.base import ProjectPage


class PageSpec(NamedTuple):
    key: str
    class_name: str
    module: str
    title: str  # English; equals what the class's title() returns untranslated (a test checks)


PAGES: tuple[PageSpec, ...] = (
    PageSpec("overview", "OverviewPage", "evaltool.ui.pages.overview", "Project"),
    PageSpec("framework", "FrameworkPage", "evaltool.ui.pages.framework", "Framework"),
    PageSpec("scoring", "ScoringPage", "evaltool.ui.pages.scoring", "Scoring"),
    PageSpec("evidence", "EvidencePage", "evaltool.ui.pages.evidence", "Evidence"),
    PageSpec("targets", "TargetsPage", "evaltool.ui.pages.targets", "Targets"),
    PageSpec("surveys", "SurveysPage", "evaltool.ui.pages.surveys", "Surveys"),
    PageSpec("contracts", "ContractsPage", "evaltool.ui.pages.contracts", "Contracts"),
    PageSpec("report", "ReportPage", "evaltool.ui.pages.report", "Report & export"),
    PageSpec("sync", "SyncPage", "evaltool.ui.pages.sync", "Sync"),
)


#: Modules the pages import on first use (not at their own import), imported with them in
#: the idle turns after a project opens (``MainWindow._warm_up``).
LATE_IMPORTS: tuple[str, ...] = ("evaltool.export.data", "evaltool.export.preview")


def page_class(spec: PageSpec) -> type[ProjectPage]:
    """The page's class (its module imported on first use)."""
    cls: type[ProjectPage] = getattr(importlib.import_module(spec.module), spec.class_name)
    return cls


def __getattr__(name: str) -> Any:
    if name == "PAGE_CLASSES":  # every page class, imported now
        return tuple(page_class(p) for p in PAGES)
    raise AttributeError(name)
