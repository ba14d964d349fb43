"""The generated parts of the report as simple HTML, for the Report page's preview.

Qt-free: the page shows the returned HTML in a text browser. The sentences and
tables are the same ones the Word report writes (same functions), so what the
team reads beside their narrative is what the client will read.
"""
from __future__ import annotations

from html import escape

from evaltool.export.data import ReportData
from evaltool.export.report_text import L, score_cells
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
    rows = [[r.name, fmt_score(r.weight), fmt_score(r.score), fmt_rate(r.rate)] for r in sm.level1]
    rows += [[r.name, fmt_score(r.weight), fmt_score(r.score), ""] for r in sm.negative]
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
    rows_by_id = {r.id: r for r in sm.level1 + sm.level2 + sm.negative}
    sep = t("list_sep")
    for l1 in data.roots:
        r1 = rows_by_id.get(l1.id)
        w, s, rate = score_cells(l1.weight, r1.score if r1 else None)
        parts.append("<p>" + escape(t("l1_sentence").format(
            name=l1.name, children=sep.join(c.name for c in l1.children), k=len(l1.children), weight=w,
            score=s, rate=rate)) + "</p>")
    return "".join(parts)
