"""The line under "My score" that says where the leaf's final score comes from.

In a project where the lead decided every final, an evaluator's own score never moves the
total, and nothing said so. This line does: the lead set it (yours does not count), the
lead decides this project's finals (yours is advice), or the mean / median of the
evaluators' scores (yours counts, with how many). UI thread only.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from evaltool.formatting import fmt_score
from evaltool.models import Project
from evaltool.scoring import LeafDetail
from evaltool.ui.operations import read


def final_source_text(window: Any, project_id: str | None, d: LeafDetail | None) -> str:
    """One sentence, in the current language, for leaf ``d`` of ``project_id``."""
    if d is None or not project_id:
        return ""
    if d.final_method == "set" and d.final is not None:
        return QCoreApplication.translate("FinalSource", "The final score ({value}) was set by the lead: your score does not change the total.").format(
            value=fmt_score(d.final))
    method = read(window, lambda s: (s.get(Project, project_id).consolidation if s.get(Project, project_id) else None))
    scored = sum(1 for e in [d.mine, *d.others] if e is not None and e.value is not None)
    if method == "lead":
        return QCoreApplication.translate(
            "FinalSource", "The lead decides the final scores of this project: your score is advice and "
            "changes the total only if the lead takes it.")
    if method == "median":
        return QCoreApplication.translate("FinalSource", "The final score is the median of the evaluators' scores ({n} so far): yours counts.").format(n=scored)
    return QCoreApplication.translate("FinalSource", "The final score is the mean of the evaluators' scores ({n} so far): yours counts.").format(n=scored)
