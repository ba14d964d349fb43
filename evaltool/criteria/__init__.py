"""Rules read from the criteria text (评分标准): a deterministic, Qt-free reader.

- ``reader``: ``read_criteria(criteria, description=…, weight=…)`` → ``Reading`` (the rule,
  the phrase it matched, a confidence, notes — or the reason it could not be read);
- ``text``, ``clauses``, ``bands``, ``recognize``: the reader's parts (characters and
  clauses; what each clause is; bands of a measured value; the recognisers);
- ``suggest``: the reader over a project's leaves (``suggest_leaf``, ``suggest_all``) and
  applying what the evaluator confirmed (``apply_suggestions``).
"""
from __future__ import annotations

from evaltool.criteria.reader import Reading, read_criteria

__all__ = ["Reading", "read_criteria"]
