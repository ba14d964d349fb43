"""SQLAlchemy models. Imports nothing else of evaltool's."""
from evaltool.models.base import Base, Synced, natural_id, new_id, utcnow
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

SYNCED_MODELS: dict[str, type] = {
    m.__tablename__: m
    for m in (
        Evaluator, Project, ProjectMember, ProjectFlag, ReportSection, Indicator, Score,
        FinalScore, ReviewNote, Target, EvidenceItem, EvidenceLink, Survey, SurveyQuestion,
        RespondentGroup, Response, BudgetLine, ReportProblem, Proposal,
        Contract, ContractInstallment, ContractMonth, ContractScore, ContractFault,
    )
}

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
