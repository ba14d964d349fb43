"""Scores, final decisions, totals and grades — the public face of the scoring area.

Each evaluator's score of a leaf is their own record (``Score``, natural id per
leaf and evaluator). The final score of a leaf is the lead's decision
(``FinalScore`` with method ``set``) or, when none, the consolidation of the
evaluators' scores chosen for the project (mean by default, or median; with
"lead" a leaf stays unscored until the lead decides).

Figures: points as floats rounded to 6 places internally, shown with up to 3
decimals; rates as fractions (0.8142), shown as percentages with 2 decimals.

Split along its jobs; import from here (``from evaltool.scoring import …``):

- ``scores``: recording a score, a final decision, a rule, the project's consolidation
  and downgrade / veto flags, and the states undo puts back;
- ``totals``: each leaf's final score, subtotals, total, grade and basic flags
  (``project_summary``), read-only;
- ``detail``: what the scoring form shows for one leaf (``leaf_detail``).
"""
from __future__ import annotations

from evaltool.formatting import fmt_rate, fmt_score
from evaltool.scoring.detail import EvaluatorScore, LeafDetail, leaf_detail
from evaltool.scoring.scores import (
    final_id,
    final_state,
    leaf_proposal,
    parse_leaf_score,
    project_leaf,
    record_score,
    release_final,
    restore_final,
    restore_score,
    score_id,
    score_state,
    set_consolidation,
    set_final,
    set_project_flag,
    set_rule,
    set_score,
)
from evaltool.scoring.totals import (
    CONSOLIDATIONS,
    OUTPUT_COMPLETION_BANDS,
    OUTPUT_LEVEL_NAMES,
    ROUND,
    FinalRow,
    Flag,
    LeafResult,
    Row,
    ScoreRow,
    Summary,
    basic_flags,
    consolidate,
    final_rows,
    final_scores,
    grade_for,
    leaf_results,
    leaf_scores,
    output_completion_grade,
    project_summary,
    r6,
    rate,
    score_rows,
)

__all__ = [
    "CONSOLIDATIONS", "OUTPUT_COMPLETION_BANDS", "OUTPUT_LEVEL_NAMES", "ROUND", "EvaluatorScore", "FinalRow", "Flag",
    "LeafDetail", "LeafResult", "Row", "ScoreRow", "Summary", "basic_flags", "consolidate", "final_id", "final_rows", "final_scores",
    "final_state", "fmt_rate", "fmt_score", "grade_for", "leaf_detail", "leaf_proposal", "leaf_results",
    "leaf_scores", "output_completion_grade", "parse_leaf_score", "project_leaf", "project_summary", "r6", "rate", "record_score",
    "release_final", "restore_final", "restore_score", "score_id", "score_rows", "score_state", "set_consolidation",
    "set_final", "set_project_flag", "set_rule", "set_score",
]
