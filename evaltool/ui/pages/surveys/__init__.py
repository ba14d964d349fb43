"""The Surveys page (``page.SurveysPage``), one module per tab: ``results``, ``entry``,
``questionnaire``, and ``importing`` for answer files."""
from __future__ import annotations

from evaltool.ui.pages.surveys.page import SurveysPage

__all__ = ["SurveysPage"]
