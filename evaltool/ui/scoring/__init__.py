"""The scoring page's widgets, one module per panel (the page is ``ui/pages/scoring.py``).

- ``form``: ``LeafForm``, the form for one leaf, which stacks the panels below;
- ``criteria``: the leaf's assessment points, criteria and rule;
- ``my_score``: my score — the rule's inputs (``inputs``), its proposal, score, reason, comment;
- ``final``: the evaluators' scores beside the lead's final decision;
- ``review``: prepared / reviewed, review notes, the history dialog;
- ``summary``: the page's summary panel (totals, grade, project decisions);
- ``fields``: helpers the panels share (typed numbers, Ctrl+Z pass-through).
"""
