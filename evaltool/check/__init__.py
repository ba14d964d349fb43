"""Every figure agrees: the arithmetic and consistency check of the data and the report text.

Qt-free. The jobs, one module each:

- ``numbers``: figures as written (full-width folding, exact ``Decimal``, half-up rounding,
  万元/元);
- ``expressions``: the expression checker (tokenizer, precedence parser, claims
  "expression = result"); ``evaltool money --check`` uses it;
- ``scan``: sentences, clauses and labelled amounts / counts / rates of prose;
- ``prose``: stated calculations whose inputs are in the same sentence (``FORMS`` lists them);
- ``tables``: score tables, sample tables, 合计 rows;
- ``facts``: the project's data read once as plain data;
- ``narrative``: report text against the data (total, grade, levels, money, surveys, targets);
- ``consistency``: the data against itself (criteria vs weight, finals vs rules, rule inputs
  vs money, sub-projects vs the project, imported subtotals);
- ``engine``: all of it over one project as ``Finding``s; dismissing a finding.
"""
from __future__ import annotations

from evaltool.check.engine import (
    KINDS,
    check_facts,
    check_project,
    check_section,
    dismiss_finding,
    dismissal,
    kind_label,
    open_findings,
    section_title,
    set_dismissal,
)
from evaltool.check.expressions import Claim, ExpressionError, check_expression, evaluate, find_claims
from evaltool.check.facts import ProjectFacts, collect_facts
from evaltool.check.model import Finding, Place, Statement
from evaltool.check.prose import FORMS, prose_statements

__all__ = [
    "FORMS", "KINDS", "Claim", "ExpressionError", "Finding", "Place", "ProjectFacts", "Statement",
    "check_expression", "check_facts", "check_project", "check_section", "collect_facts", "dismiss_finding",
    "dismissal", "evaluate", "find_claims", "kind_label", "open_findings", "prose_statements", "section_title",
    "set_dismissal",
]
