"""The appendices after chapter 三, each starting on a new page with an unnumbered heading.

附件1 points to the Excel score sheet exported alongside; 附件2 analyses every indicator
(per level-1 a sentence, per level-2 a sentence and a table, per leaf its comment ending
with its score: the part that grows with the framework, so it reports progress);
附件3 is the evidence register (佐证材料登记表).
"""
from __future__ import annotations

from evaltool.export.report_text import leaf_paragraphs, score_cells
from evaltool.export.word.document import ReportBuilder
from evaltool.framework import Node


def write_score_sheet_note(b: ReportBuilder) -> None:
    """附件1: the score sheet is the Excel file (named when it was exported together)."""
    d = b.d
    b.page_break()
    b.heading(1, b.t("appendix1"), numbered=False)
    b.para(b.t("appendix1_note").format(name=f"《{d.xlsx_name}》" if d.xlsx_name and b.lang != "en"
                                        else (f" “{d.xlsx_name}”" if d.xlsx_name else "")))


def write_indicator_analysis(b: ReportBuilder) -> None:
    """附件2; progress runs from 0.3 to 0.9 of the Word export over the leaves."""
    d, sm = b.d, b.d.summary
    b.page_break()
    b.heading(1, b.t("appendix2"), numbered=False)
    rows_by_id = {r.id: r for r in sm.level1 + sm.level2 + sm.negative}
    leaves = sm.leaves
    total_leaves = max(1, len(leaves))
    done = 0
    sep = b.t("list_sep")
    for l1 in d.roots:
        r1 = rows_by_id.get(l1.id)
        b.heading(2, l1.name)
        w, s, rate = score_cells(l1.weight, r1.score if r1 else None)
        b.para(b.t("l1_sentence").format(name=l1.name, children=sep.join(c.name for c in l1.children),
                                         k=len(l1.children), weight=w, score=s, rate=rate))
        for l2 in l1.children:
            if l2.is_leaf:  # a two-level branch: the level-2 node is itself scored
                done += 1
                _leaf(b, l2)
                continue
            r2 = rows_by_id.get(l2.id)
            b.heading(3, l2.name)
            w, s, rate = score_cells(l2.weight, r2.score if r2 else None)
            b.para(b.t("l2_sentence").format(name=l2.name, children=sep.join(c.name for c in l2.children),
                                             k=len(l2.children), weight=w, score=s, rate=rate))
            b.caption(b.t("l2_table").format(name=l2.name))
            rows = []
            for leaf in _leaves_under(l2):
                lr = leaves.get(leaf.id)
                rows.append([l2.name, leaf.name, *score_cells(leaf.weight, lr.score if lr else None)])
            rows.append([b.t("total"), "", *score_cells(l2.weight, r2.score if r2 else None)])
            b.table([b.t("l2"), b.t("l3"), b.t("weight"), b.t("score"), b.t("rate")], rows,
                    [3.0, 5.0, 2.2, 2.2, 2.4], merge_cols=(0,), bold_last=True, align_left=(1,), last_row_span=2)
            for leaf in _leaves_under(l2):
                done += 1
                _leaf(b, leaf)
                b.step(0.3 + 0.6 * done / total_leaves)


def write_evidence_register(b: ReportBuilder) -> None:
    """附件3, when the register was collected (an empty register is listed in the omissions)."""
    if b.d.evidence is None:
        return
    b.page_break()
    b.heading(1, b.t("appendix3"), numbered=False)
    rows = [[str(e.no), e.title, e.kind, e.source, e.date, e.page_ref, "、".join(e.indicators)]
            for e in b.d.evidence]
    b.table([b.t("no"), b.t("title"), b.t("kind"), b.t("source"), b.t("date"),
             b.t("page_ref"), b.t("indicators")], rows, [1.2, 5.0, 1.6, 1.6, 2.0, 1.4, 3.2],
            align_left=(1, 6))


def _leaf(b: ReportBuilder, leaf: Node) -> None:
    lr = b.d.summary.leaves.get(leaf.id)
    b.heading(4, leaf.name)
    for text in leaf_paragraphs(lr.comment if lr else "", lr.score if lr else None, b.lang):
        b.para(text)


def _leaves_under(node: Node) -> list[Node]:
    out: list[Node] = []
    for c in node.children:
        out.extend([c] if c.is_leaf else _leaves_under(c))
    return out
