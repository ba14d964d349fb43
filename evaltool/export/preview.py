"""The generated parts of the report as simple HTML, for the Report page's preview.

Qt-free: the page shows the returned HTML in a text browser. The sentences and
tables are the same ones the Word report writes (same functions), so what the
team reads beside their narrative is what the client will read.
"""
from __future__ import annotations

from html import escape

from evaltool.export.data import ReportData
from evaltool.export.report_text import L, negative_kind
from evaltool.scoring import fmt_rate, fmt_score


def _table(headers: list[str], rows: list[list[str]], bold_last: bool = False) -> str:
    out = ['<table border="1" cellspacing="0" cellpadding="3" width="100%">']
    out.append("<tr>" + "".join(f'<th bgcolor="#E7ECF5">{escape(h)}</th>' for h in headers) + "</tr>")
    for i, r in enumerate(rows):
        bold = bold_last and i == len(rows) - 1
        cells = "".join(f'<td align="{"left" if j == 0 else "center"}">{"<b>" if bold else ""}{escape(str(c))}'
                        f'{"</b>" if bold else ""}</td>' for j, c in enumerate(r))
        out.append(f"<tr>{cells}</tr>")
    out.append("</table>")
    return "".join(out)


def preview_html(data: ReportData) -> str:
    lang, sm = data.lang, data.summary

    def t(key: str) -> str:
        return L(key, lang)

    grade = (sm.grade_en or sm.grade) if lang == "en" else sm.grade
    parts = [f"<h3>{escape(data.project['name'])}</h3>"]
    parts.append(f"<p>{escape(t('abstract_result').format(total=fmt_score(sm.total), grade=grade))}</p>")
    rows = [[r.name, *data.nodes[r.id].cells()] for r in sm.level1]
    rows += [[r.name, *data.nodes[r.id].cells()] for r in sm.negative]
    rows.append([t("total"), fmt_score(sm.weight), fmt_score(sm.total), fmt_rate(sm.rate)])
    parts.append(_table([t("l1"), t("weight"), t("score"), t("rate")], rows, bold_last=True))
    n3 = len(data.leaves)
    parts.append(f"<h4>{escape(t('conclusion'))}</h4><p>" + escape(t("conclusion_sentence").format(
        n1=len(sm.level1), n2=len(sm.level2), n3=n3, total=fmt_score(sm.total), grade=grade)) + "</p>")
    declared = [x for x in data.targets if x.table_kind == "declared"]
    if declared:
        counts = {s: sum(1 for x in declared if x.status == s) for s in ("met", "partly", "not_met", "unknown")}
        unknown = t("targets_unknown").format(n=counts["unknown"]) if counts["unknown"] else ""
        parts.append(f"<h4>{escape(t('targets'))}</h4><p>" + escape(t("targets_sentence").format(
            n=len(declared), met=counts["met"], partly=counts["partly"], not_met=counts["not_met"],
            unknown=unknown)) + "</p>")
    parts.append(f"<h4>{escape(t('appendix2'))}</h4>")
    for l1 in data.roots:
        parts.append("<p>" + escape(level1_sentence(data, l1.id)) + "</p>")
        for l2 in l1.children:
            if not l2.is_leaf:
                parts.append("<p style='margin-left:12px'>" + escape(level2_sentence(data, l2.id)) + "</p>")
    return "".join(parts)


def level1_sentence(data: ReportData, node_id: str) -> str:
    """The 附件2 sentence of a level-1 indicator (a negative one says what may be and was deducted)."""
    node = next(n for n in data.roots if n.id == node_id)
    ns, sep, lang = data.nodes[node_id], L("list_sep", data.lang), data.lang
    children = sep.join(c.name for c in node.children)
    if ns.negative:
        return L("l1_sentence_negative", lang).format(name=node.name, children=children, k=len(node.children),
                                                      kind=negative_kind(node.name, lang),
                                                      cap=fmt_score(ns.max_deduction), lost=fmt_score(ns.lost))
    w, s, rate = ns.cells()
    return L("l1_sentence", lang).format(name=node.name, children=children, k=len(node.children), weight=w, score=s,
                                         rate=rate)


def level2_sentence(data: ReportData, node_id: str) -> str:
    node = next(c for n in data.roots for c in n.children if c.id == node_id)
    ns, sep, lang = data.nodes[node_id], L("list_sep", data.lang), data.lang
    children = sep.join(c.name for c in node.children)
    if ns.negative:
        return L("l2_sentence_negative", lang).format(name=node.name, children=children, k=len(node.children),
                                                      kind=negative_kind(node.name, lang),
                                                      cap=fmt_score(ns.max_deduction), lost=fmt_score(ns.lost))
    w, s, rate = ns.cells()
    return L("l2_sentence", lang).format(name=node.name, children=children, k=len(node.children), weight=w, score=s,
                                         rate=rate)
