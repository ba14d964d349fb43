"""The pages of an open project, in sidebar order."""
from __future__ import annotations

from evaltool.ui.pages.contracts import ContractsPage
from evaltool.ui.pages.evidence import EvidencePage
from evaltool.ui.pages.framework import FrameworkPage
from evaltool.ui.pages.overview import OverviewPage
from evaltool.ui.pages.report import ReportPage
from evaltool.ui.pages.scoring import ScoringPage
from evaltool.ui.pages.surveys import SurveysPage
from evaltool.ui.pages.sync import SyncPage
from evaltool.ui.pages.targets import TargetsPage

PAGE_CLASSES = (OverviewPage, FrameworkPage, ScoringPage, EvidencePage, TargetsPage, SurveysPage,
                ContractsPage, ReportPage, SyncPage)
