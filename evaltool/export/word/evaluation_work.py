"""Chapter 二、评价工作开展情况: purpose, object and scope, basis, principles, methods, the
indicator framework (with its weights as a table) and the evaluation process with dates.

Each part is the team's section when written, else a draft from the data
(``export.drafts``): the chapter is never missing, and never shows a placeholder.
"""
from __future__ import annotations

from collections.abc import Iterator

from evaltool.export.drafts import section_text
from evaltool.export.word.document import ReportBuilder
from evaltool.formatting import fmt_score
from evaltool.framework import Node

PARTS = ("purpose", "scope", "basis", "principles", "methods", "framework_design", "process")


def write_evaluation_work(b: ReportBuilder) -> None:
    b.heading(1, b.t("evaluation_work"))
    for key in PARTS:
        text = section_text(b.d, key)
        if not text.strip() and key != "framework_design":
            continue
        b.narrative(text, base=1, generated=[(2, b.t(key))])
        if key == "framework_design":
            framework_table(b)


def framework_table(b: ReportBuilder) -> None:
    """一级指标 / 权重 / 二级指标 / 权重 / 三级指标数, negative indicators with their deduction cap."""
    rows: list[list[str]] = []
    for root in b.d.roots:
        ns = b.node(root.id)
        children = root.children or [root]
        for child in children:
            leaves = sum(1 for _ in _leaves(child))
            weight = fmt_score(child.weight) if child is not root else ""
            rows.append([root.name, fmt_score(root.weight) if not root.is_negative else
                         f"{b.t('cap')} {fmt_score(ns.max_deduction)}", child.name if child is not root else "",
                         weight, str(leaves)])
    sm = b.d.summary
    rows.append([b.t("total"), fmt_score(sm.weight), "", "", str(sum(1 for leaf in b.d.leaves if not leaf.is_negative))])
    b.caption(b.t("framework_table"))
    b.table([b.t("l1"), b.t("weight"), b.t("l2"), b.t("weight"), b.t("l3")], rows, [3.0, 2.6, 5.0, 2.2, 2.2],
            merge_cols=(0, 1), bold_last=True, align_left=(2,))


def _leaves(node: Node) -> Iterator[Node]:
    if node.is_leaf:
        yield node
        return
    for c in node.children:
        yield from _leaves(c)
