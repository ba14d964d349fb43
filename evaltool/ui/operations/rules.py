"""Rule operations: a leaf's rule set or cleared, or the rules read from the criteria
applied to many leaves — each one undoable step on the window's undo stack."""
from __future__ import annotations

from typing import Any

from evaltool.criteria.suggest import apply_suggestions
from evaltool.scoring import set_rule
from evaltool.ui.operations import push_op


def set_leaf_rule(window: Any, project_id: str, indicator_id: str, rule: dict[str, Any] | None,
                  before: dict[str, Any] | None, text: str) -> bool:
    """Give one leaf ``rule`` (None: scored by hand); undo puts ``before`` back."""
    return push_op(window, text, lambda s: set_rule(s, project_id, indicator_id, rule),
                   lambda s: set_rule(s, project_id, indicator_id, before))


def apply_rules(window: Any, project_id: str, rules: list[tuple[str, dict[str, Any] | None]], text: str) -> bool:
    """Give several leaves their rules at once (the review of the rules read from the
    criteria); one undo step puts every previous rule back."""
    previous: list[tuple[str, dict[str, Any] | None]] = []

    def do(s: Any) -> None:
        previous[:] = apply_suggestions(s, project_id, rules)

    def undo(s: Any) -> None:
        for ind_id, rule in previous:
            set_rule(s, project_id, ind_id, rule)

    return push_op(window, text, do, undo)
