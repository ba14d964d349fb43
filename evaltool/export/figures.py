"""Weight, score and rate of every node of the tree, negative indicators included.

Every output (Word sentences and tables, Excel, PDF, the page's preview) reads a node's
figures from here, so they agree with each other and with ``scoring.project_summary``
(the same exact sums of the leaves' final scores, rounded once at the end).

Negative indicators (逆向指标) are deductions: their weight is ≤ 0, their score is ≤ 0
and has no rate — a "score rate" of a deduction means nothing, so every output shows
``NO_RATE`` ("/") where an ordinary node shows its rate. ``max_deduction`` is how much
the node may take off (its cap, or its weight), ``lost`` how much it took.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from evaltool.formatting import fmt_rate, fmt_score
from evaltool.framework import Node
from evaltool.scoring import LeafResult, r6

NO_RATE = "/"  # the rate cell of a negative indicator (not applicable)


@dataclass(frozen=True)
class NodeScore:
    id: str
    name: str
    path: str
    level: int
    weight: float
    score: float  # the sum of the scored leaves (0 when none is scored), clamped at the cap for a negative root
    unscored: int  # leaves under the node without a final score
    leaves: int
    negative: bool
    max_deduction: float = 0.0  # negative nodes: the most they may take off (positive number)

    @property
    def rate(self) -> float | None:
        """score / weight for an ordinary node; None for a negative one (and a weight of 0)."""
        if self.negative or not self.weight:
            return None
        return round(self.score / self.weight, 6)

    @property
    def lost(self) -> float:
        """Points lost: weight − score, or the deduction of a negative node (≥ 0)."""
        return r6(-self.score) if self.negative else r6(self.weight - self.score)

    @property
    def scored(self) -> bool:
        return self.unscored < self.leaves

    def cells(self) -> tuple[str, str, str]:
        """(weight, score, rate) as the tables print them; "" score while nothing is scored."""
        score = fmt_score(self.score) if self.scored else ""
        rate = NO_RATE if self.negative else (fmt_rate(self.rate) if self.scored else "")
        return fmt_score(self.weight), score, rate


def _max_deduction(node: Node) -> float:
    cap = node.cap if node.cap is not None else node.weight
    return r6(-min(cap, node.weight, 0.0))


def node_scores(roots: list[Node], leaves: dict[str, LeafResult]) -> dict[str, NodeScore]:
    """{node id: NodeScore} for every node of the tree."""
    out: dict[str, NodeScore] = {}

    def visit(node: Node, negative: bool) -> tuple[list[float], int, int]:
        neg = negative or node.is_negative
        if node.is_leaf:
            lr = leaves.get(node.id)
            own = [lr.score] if lr is not None and lr.score is not None else []
            out[node.id] = NodeScore(node.id, node.name, node.path, node.level, node.weight,
                                     r6(math.fsum(own)), 0 if own else 1, 1, neg,
                                     _max_deduction(node) if neg else 0.0)
            return own, 0 if own else 1, 1
        vals: list[float] = []
        missing = count = 0
        for c in node.children:
            v, m, k = visit(c, neg)
            vals += v
            missing += m
            count += k
        score = math.fsum(vals)
        if neg and node.level == 1:  # a negative root takes off at most its cap (scoring.project_summary)
            cap = node.cap if node.cap is not None else node.weight
            score = min(max(score, min(cap, 0.0)), 0.0)
        out[node.id] = NodeScore(node.id, node.name, node.path, node.level, node.weight, r6(score), missing, count,
                                 neg, _max_deduction(node) if neg else 0.0)
        return vals, missing, count

    for root in roots:
        visit(root, False)
    return out
