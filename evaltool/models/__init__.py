"""SQLAlchemy models. Imports nothing else of evaltool's.

Each model module is imported when one of its names is first asked for
(``from evaltool.models import Score`` imports ``evaltool.models.scoring``, and the modules
its foreign keys name): declaring and configuring SQLAlchemy's mappers of all 32 tables is
about as long as importing SQLAlchemy itself, and a command or the window's first page uses
about 20 of them (not the contracts' or the surveys'). ``Base`` and ``SYNCED_MODELS``
import every model module first, so ``Base.metadata`` always holds every table (create_all,
Alembic's comparison, the hub).
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from evaltool.models.base import Synced, natural_id, new_id, utcnow

if TYPE_CHECKING:
    from evaltool.models.base import Base
    from evaltool.models.contract import Contract, ContractFault, ContractInstallment, ContractMonth, ContractScore
    from evaltool.models.evidence import EvidenceItem, EvidenceLink
    from evaltool.models.framework import Indicator
    from evaltool.models.project import (
        DEFAULT_GRADE_BANDS,
        AppSetting,
        Evaluator,
        Project,
        ProjectFlag,
        ProjectMember,
        ReportSection,
    )
    from evaltool.models.proposals import Proposal
    from evaltool.models.report import BudgetLine, ReportProblem
    from evaltool.models.scoring import FinalScore, ReviewNote, Score, Target
    from evaltool.models.survey import RespondentGroup, Response, Survey, SurveyQuestion
    from evaltool.models.sync import ChangeRecord, FieldHead, SyncExchange, SyncPeer

    SYNCED_MODELS: dict[str, type]

#: The model module of each name exported here (``__getattr__`` imports it on first use).
_MODULE_OF = {
    **dict.fromkeys(("Contract", "ContractFault", "ContractInstallment", "ContractMonth", "ContractScore"), "contract"),
    **dict.fromkeys(("EvidenceItem", "EvidenceLink"), "evidence"),
    "Indicator": "framework",
    **dict.fromkeys(("DEFAULT_GRADE_BANDS", "AppSetting", "Evaluator", "Project", "ProjectFlag", "ProjectMember",
                     "ReportSection"), "project"),
    "Proposal": "proposals",
    **dict.fromkeys(("BudgetLine", "ReportProblem"), "report"),
    **dict.fromkeys(("FinalScore", "ReviewNote", "Score", "Target"), "scoring"),
    **dict.fromkeys(("RespondentGroup", "Response", "Survey", "SurveyQuestion"), "survey"),
    **dict.fromkeys(("ChangeRecord", "FieldHead", "SyncExchange", "SyncPeer"), "sync"),
}
#: Every model module, in the order the tables' foreign keys need them.
MODEL_MODULES = ("project", "framework", "scoring", "evidence", "report", "proposals", "survey", "contract", "sync")


def _import_all() -> None:
    for name in MODEL_MODULES:
        importlib.import_module(f"evaltool.models.{name}")


def _synced_models() -> dict[str, type]:
    g = globals()
    return {
        m.__tablename__: m
        for m in (
            g["Evaluator"], g["Project"], g["ProjectMember"], g["ProjectFlag"], g["ReportSection"], g["Indicator"],
            g["Score"], g["FinalScore"], g["ReviewNote"], g["Target"], g["EvidenceItem"], g["EvidenceLink"],
            g["Survey"], g["SurveyQuestion"], g["RespondentGroup"], g["Response"], g["BudgetLine"],
            g["ReportProblem"], g["Proposal"], g["Contract"], g["ContractInstallment"], g["ContractMonth"],
            g["ContractScore"], g["ContractFault"],
        )
    }


def __getattr__(name: str) -> Any:
    """A model (its module imported now), ``Base`` or ``SYNCED_MODELS`` (every module imported)."""
    g = globals()
    if name in ("Base", "SYNCED_MODELS"):
        _import_all()
        for each in _MODULE_OF:
            __getattr__(each)
        from evaltool.models.base import Base

        g["Base"] = Base
        g["SYNCED_MODELS"] = _synced_models()
        return g[name]
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"evaltool.models.{module}"), name)
    g[name] = value
    return value


__all__ = [
    "DEFAULT_GRADE_BANDS",
    "SYNCED_MODELS",
    "AppSetting",
    "Base",
    "BudgetLine",
    "ChangeRecord",
    "Contract",
    "ContractFault",
    "ContractInstallment",
    "ContractMonth",
    "ContractScore",
    "Evaluator",
    "EvidenceItem",
    "EvidenceLink",
    "FieldHead",
    "FinalScore",
    "Indicator",
    "Project",
    "ProjectFlag",
    "ProjectMember",
    "Proposal",
    "ReportProblem",
    "ReportSection",
    "RespondentGroup",
    "Response",
    "ReviewNote",
    "Score",
    "Survey",
    "SurveyQuestion",
    "SyncExchange",
    "SyncPeer",
    "Synced",
    "Target",
    "natural_id",
    "new_id",
    "utcnow",
]
