"""The appendices after the chapters, each starting on a new page with an unnumbered heading.

附件1 is the full score sheet as a table (every leaf with its weight, score and rate, a 合计
row per level-1 and the 总分), and names the Excel file exported alongside; 附件2 analyses
every indicator (per level-1 a sentence, per level-2 a sentence and a table, per leaf
"该指标分值X分，评价得分Y分，得分率Z%", the criteria applied, the rule applied with the
measured value and any departure from it (issue 19), the comment with its tables,
the evidence linked, and "本项合计得 X 分": the part that grows with the framework, so it
reports progress); 附件3 is the evidence register (佐证材料登记表).

Negative indicators (逆向指标) are deductions: their sentences say how much may be and
was deducted, their rate cells show "/" (``export.figures``).
"""
from __future__ import annotations

from evaltool.export.report_text import leaf_paragraphs, negative_kind
from evaltool.export.word.document import ReportBuilder
from evaltool.flags import RuleLine
from evaltool.formatting import fmt_rate, fmt_score
from evaltool.framework import Node


def write_score_sheet_note(b: ReportBuilder) -> None:
    """附件1: the score sheet as a table, and the Excel file when exported together."""
    d = b.d
    b.page_break()
    b.heading(1, b.t("appendix1"), numbered=False)
    if d.xlsx_name:
        b.para(b.t("appendix1_note").format(name=f"《{d.xlsx_name}》" if b.lang != "en" else f" “{d.xlsx_name}”"))
    rows: list[list[str]] = []
    for root in d.roots:
        for anc, leaf in _leaf_rows(root):
            if anc:
                l2, l3 = anc[0].name, "/".join([a.name for a in anc[1:]] + [leaf.name])
            else:  # a two-level branch (the level-2 node is scored) or a scored level-1 node
                l2, l3 = (leaf.name if leaf is not root else ""), ""
            rows.append([root.name, l2, l3, *b.node(leaf.id).cells()])
        if not root.is_leaf:
            rows.append([root.name, b.t("total"), "", *b.node(root.id).cells()])
    sm = d.summary
    rows.append([b.t("grand_total"), "", "", fmt_score(sm.weight), fmt_score(sm.total), fmt_rate(sm.rate)])
    b.caption(b.t("appendix1_table"))
    b.table([b.t("l1"), b.t("l2"), b.t("l3"), b.t("points"), b.t("score"), b.t("rate")], rows,
            [1.8, 2.6, 4.6, 1.5, 1.8, 2.3], merge_cols=(0, 1), bold_last=True, align_left=(2,))
    b.para(b.t("grade_line").format(grade=b.grade()))


def write_indicator_analysis(b: ReportBuilder) -> None:
    """附件2; progress runs from 0.3 to 0.9 of the Word export over the leaves."""
    d = b.d
    b.page_break()
    b.heading(1, b.t("appendix2"), numbered=False)
    total_leaves = max(1, len(d.summary.leaves))
    done = 0
    sep = b.t("list_sep")
    for l1 in d.roots:
        n1 = b.node(l1.id)
        b.heading(2, l1.name)
        w, s, rate = n1.cells()
        if n1.negative:
            b.para(b.t("l1_sentence_negative").format(name=l1.name, children=sep.join(c.name for c in l1.children),
                                                      kind=negative_kind(l1.name, b.lang),
                                                      k=len(l1.children), cap=fmt_score(n1.max_deduction),
                                                      lost=fmt_score(n1.lost)))
        else:
            b.para(b.t("l1_sentence").format(name=l1.name, children=sep.join(c.name for c in l1.children),
                                             k=len(l1.children), weight=w, score=s, rate=rate))
        for l2 in l1.children:
            if l2.is_leaf:  # a two-level branch: the level-2 node is itself scored
                done += 1
                _leaf(b, l2)
                continue
            n2 = b.node(l2.id)
            b.heading(3, l2.name)
            w, s, rate = n2.cells()
            leaves = _leaves_under(l2)
            names = sep.join(c.name for c in l2.children)
            if n2.negative:
                b.para(b.t("l2_sentence_negative").format(name=l2.name, children=names, k=len(l2.children),
                                                          kind=negative_kind(l2.name, b.lang),
                                                          cap=fmt_score(n2.max_deduction), lost=fmt_score(n2.lost)))
            else:
                b.para(b.t("l2_sentence").format(name=l2.name, children=names, k=len(l2.children), weight=w,
                                                 score=s, rate=rate))
            b.caption(b.t("l2_table").format(name=l2.name))
            rows = [[l2.name, leaf.name, *b.node(leaf.id).cells()] for leaf in leaves]
            rows.append([b.t("total"), "", *n2.cells()])
            b.table([b.t("l2"), b.t("l3"), b.t("weight"), b.t("score"), b.t("rate")], rows,
                    [3.0, 5.0, 2.2, 2.2, 2.4], merge_cols=(0,), bold_last=True, align_left=(1,), span_last=2)
            for leaf in leaves:
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
    """One leaf: its figures, the criteria applied, the comment (tables too), evidence, its total."""
    d = b.d
    lr = d.summary.leaves.get(leaf.id)
    ns = b.node(leaf.id)
    b.heading(4, leaf.name)
    if ns.scored:
        if ns.negative:
            b.para(b.t("leaf_sentence_negative").format(cap=fmt_score(ns.max_deduction), lost=fmt_score(ns.lost)))
        else:
            w, s, rate = ns.cells()
            b.para(b.t("leaf_sentence").format(weight=w, score=s, rate=rate))
    if leaf.criteria.strip():
        b.para(b.t("leaf_criteria").format(text=" ".join(leaf.criteria.split())))
    rule = b.d.rules.get(leaf.id)
    if rule is not None:
        b.para(rule_sentence(rule, b.lang))
    paragraphs = leaf_paragraphs(lr.comment if lr else "", lr.score if lr else None, b.lang)
    body, closing = paragraphs[:-1], paragraphs[-1]
    if body:
        b.blocks("\n".join(body))
    evidence = d.leaf_evidence.get(leaf.id, [])
    if evidence:
        sep = b.t("list_sep")
        b.para(b.t("leaf_evidence").format(items=sep.join(f"《{t}》" if b.lang != "en" else t for t in evidence)))
    if ns.negative and ns.scored:
        b.para(b.t("leaf_total_negative").format(lost=fmt_score(ns.lost)))
    else:
        b.para(closing)


def rule_sentence(rule: RuleLine, lang: str) -> str:
    """The rule applied, the measured value and the rule's proposal — and, when the final
    score departs from it, the reason (偏离理由), as the leaf analysis states them."""
    en = lang == "en"
    text = (f"Rule applied: {rule.rule_text}" if en else f"评分规则：{rule.rule_text.rstrip('。.')}。")
    if rule.measured:
        text += f" Measured value: {rule.measured}." if en else f"实测值为{rule.measured}，"
    if rule.proposed is not None:
        p = fmt_score(rule.proposed)
        text += f" The rule gives {p} points." if en else f"按规则应得{p}分。"
    elif not en and text.endswith("，"):
        text = text[:-1] + "。"
    if rule.departs and rule.final is not None:
        f = fmt_score(rule.final)
        reason = rule.reason or ("no reason recorded" if en else "未记录理由")
        text += (f" The final score of {f} departs from it; reason: {reason}." if en
                 else f"最终得分{f}分，偏离规则建议，偏离理由：{reason.rstrip('。')}。")
    return text


def _leaves_under(node: Node) -> list[Node]:
    out: list[Node] = []
    for c in node.children:
        out.extend([c] if c.is_leaf else _leaves_under(c))
    return out


def _leaf_rows(node: Node) -> list[tuple[list[Node], Node]]:
    """(ancestors below level 1, leaf) in order; a leaf root is its own row."""
    if node.is_leaf:
        return [([], node)]
    out: list[tuple[list[Node], Node]] = []
    for c in node.children:
        if c.is_leaf:
            out.append(([], c))
        else:
            for anc, leaf in _leaf_rows(c):
                out.append(([c, *anc], leaf))
    return out
