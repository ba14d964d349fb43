"""What the scoring form shows for one leaf: its texts and rule, my score, the others'
scores and the final decision, as plain data (no live ORM rows leave the session).

Read-only. Proposals are worked out again from each evaluator's stored inputs, so a rule
reading a live survey rate shows today's figure, not the one stored with the score.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from evaltool.framework import indicator_path
from evaltool.models import Evaluator, FinalScore, Score
from evaltool.rules import Proposal, describe
from evaltool.scoring.scores import final_id, leaf_proposal, project_leaf


@dataclass
class EvaluatorScore:
    evaluator_id: str
    name: str
    role: str
    value: float | None
    proposed: float | None
    inputs: dict[str, Any] | None
    comment: str
    reason: str


@dataclass
class LeafDetail:
    """Everything the scoring form shows for one leaf (session-free)."""

    id: str
    path: str
    name: str
    weight: float
    is_negative: bool
    cap: float | None
    description: str
    criteria: str
    evidence_hint: str
    rule: dict[str, Any] | None
    rule_text: str
    review_state: str
    mine: EvaluatorScore | None
    others: list[EvaluatorScore]
    final: float | None
    final_method: str
    final_reason: str
    final_comment: str
    proposal: Proposal | None = None


def leaf_detail(session: Session, project_id: str, indicator_id: str, evaluator_id: str | None) -> LeafDetail:
    """The leaf as ``evaluator_id`` sees it (``mine``: their score; ``others``: by name)."""
    ind = project_leaf(session, project_id, indicator_id)
    path = indicator_path(session, ind)  # not the whole framework per click (issue 20)
    evs = {e.id: e for e in session.scalars(select(Evaluator))}
    mine: EvaluatorScore | None = None
    others: list[EvaluatorScore] = []
    for sc in session.scalars(select(Score).where(Score.indicator_id == ind.id, Score.deleted.is_(False))):
        ev = evs.get(sc.evaluator_id)
        proposed = leaf_proposal(session, ind, sc.inputs).score if ind.rule and sc.inputs else sc.proposed
        es = EvaluatorScore(sc.evaluator_id, ev.name if ev else "?", ev.role if ev else "", sc.value,
                            proposed, copy.deepcopy(sc.inputs), sc.comment, sc.reason)
        if sc.evaluator_id == evaluator_id:
            mine = es
        else:
            others.append(es)
    others.sort(key=lambda e: e.name)
    fs = session.get(FinalScore, final_id(ind.id))
    live = fs if fs is not None and not fs.deleted else None
    d = LeafDetail(ind.id, path, ind.name, ind.weight or 0.0, bool(ind.is_negative), ind.cap,
                   ind.description, ind.criteria, ind.evidence_hint, copy.deepcopy(ind.rule),
                   describe(ind.rule, ind.weight or 0.0) if ind.rule else "", ind.review_state or "prepared",
                   mine, others, live.value if live else None, live.method if live else "auto",
                   live.reason if live else "", live.comment if live else "")
    d.proposal = leaf_proposal(session, ind, mine.inputs if mine else None) if ind.rule else None
    return d
