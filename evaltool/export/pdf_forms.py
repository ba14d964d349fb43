"""PDFs (reportlab, CJK font embedded): a one-page score summary and blank forms.

Blank scoring forms are the paper fallback on site: one form per evaluator, each
leaf with its weight, description and criteria, and empty boxes for the score and
the comment; the header row repeats on every page and the form ends with a
signature line. The font is a TrueType CJK font embedded as a subset
(``fonts.cjk_font``), so the PDF prints the same on any machine.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from evaltool.export.data import EvaluatorSheet, ReportData
from evaltool.export.fonts import cjk_font
from evaltool.export.report_text import L
from evaltool.scoring import fmt_rate, fmt_score


def _styles() -> dict[str, ParagraphStyle]:
    font = cjk_font()
    base = ParagraphStyle("base", fontName=font, fontSize=9.5, leading=13, wordWrap="CJK")
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
        "title": ParagraphStyle("title", parent=base, fontSize=16, leading=22, alignment=TA_CENTER, spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=base, fontSize=12, leading=16, spaceBefore=6, spaceAfter=4),
        "big": ParagraphStyle("big", parent=base, fontSize=14, leading=20, alignment=TA_CENTER, spaceAfter=6),
    }


def _p(text: Any, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(str(text or "")).replace("\n", "<br/>"), style)


def _grid(header_rows: int = 1, bold_last: bool = False) -> TableStyle:
    cmds: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#E7ECF5")),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if bold_last:
        cmds.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#FFF2CC")))
    return TableStyle(cmds)


def _footer(label: str) -> Callable[[Any, Any], None]:
    def draw(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(cjk_font(), 8)
        canvas.drawCentredString(A4[0] / 2, 1.0 * cm, f"{label}  —  {doc.page}")
        canvas.restoreState()

    return draw


def _canvas(*args: Any, **kwargs: Any) -> Any:
    """A canvas whose initial font is the embedded CJK font (not an unembedded Helvetica)."""
    from reportlab.pdfgen.canvas import Canvas

    kwargs.setdefault("initialFontName", cjk_font())
    return Canvas(*args, **kwargs)


def write_summary_pdf(data: ReportData, path: Path, *, step: Callable[[float], None] = lambda f: None) -> None:
    """One A4 page: project facts, total and grade, level-1 and level-2 tables."""
    st = _styles()
    lang, sm, p = data.lang, data.summary, data.project

    def t(key: str) -> str:
        return L(key, lang)

    grade = (sm.grade_en or sm.grade) if lang == "en" else sm.grade
    story: list[Any] = [_p(p["name"], st["title"]), _p(t("summary_title"), st["big"])]
    facts = [(t("budget_unit"), p.get("budget_unit")), (t("commissioned_by"), p.get("commissioning_body")),
             (t("agency"), p.get("evaluation_agency")), (t("reference_date"), p.get("reference_date"))]
    facts_rows = [[_p(k, st["base"]), _p(v, st["base"])] for k, v in facts if v]
    if facts_rows:
        tbl = Table(facts_rows, colWidths=[3.2 * cm, 13.3 * cm])
        tbl.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        story.append(tbl)
    story.append(Spacer(1, 0.3 * cm))
    story.append(_p(f"{t('grand_total')}：{fmt_score(sm.total)}　　{t('rate')}：{fmt_rate(sm.rate)}　　{t('grade')}：{grade}"
                    if lang != "en" else f"{t('grand_total')}: {fmt_score(sm.total)}    {t('rate')}: {fmt_rate(sm.rate)}    {t('grade')}: {grade}",
                    st["big"]))
    step(0.3)
    rows = [[_p(x, st["center"]) for x in (t("l1"), t("weight"), t("score"), t("rate"))]]
    for r in sm.level1:
        rows.append([_p(r.name, st["base"]), fmt_score(r.weight), fmt_score(r.score), fmt_rate(r.rate)])
    for r in sm.negative:  # deductions: no rate (export.figures)
        rows.append([_p(r.name, st["base"]), *data.nodes[r.id].cells()])
    rows.append([_p(t("total"), st["base"]), fmt_score(sm.weight), fmt_score(sm.total), fmt_rate(sm.rate)])
    tbl = Table(rows, colWidths=[7 * cm, 3 * cm, 3 * cm, 3 * cm], repeatRows=1)
    style = _grid(bold_last=True)
    style.add("FONTNAME", (0, 0), (-1, -1), cjk_font())
    style.add("ALIGN", (1, 1), (-1, -1), "CENTER")
    tbl.setStyle(style)
    story += [_p(t("l1_table"), st["h2"]), tbl]
    level2 = [data.nodes[c.id] for n in data.roots for c in n.children if c.id in data.nodes]
    if level2 and len(level2) <= 30:
        parent = {c.id: n.name for n in data.roots for c in n.children}
        rows2 = [[_p(x, st["center"]) for x in (t("l1"), t("l2"), t("weight"), t("score"), t("rate"))]]
        for ns in level2:
            rows2.append([_p(parent.get(ns.id, ""), st["cell"]), _p(ns.name, st["cell"]), *ns.cells()])
        tbl2 = Table(rows2, colWidths=[3 * cm, 5.5 * cm, 2.5 * cm, 2.5 * cm, 2.5 * cm], repeatRows=1)
        s2 = _grid()
        s2.add("FONTNAME", (0, 0), (-1, -1), cjk_font())
        s2.add("FONTSIZE", (0, 0), (-1, -1), 8.5)
        s2.add("ALIGN", (2, 1), (-1, -1), "CENTER")
        s2.add("TOPPADDING", (0, 0), (-1, -1), 1)
        s2.add("BOTTOMPADDING", (0, 0), (-1, -1), 1)
        # merge the level-1 column over its level-2 rows
        start = 1
        for i in range(2, len(rows2) + 1):
            if i == len(rows2) or parent.get(level2[i - 1].id) != parent.get(level2[start - 1].id):
                if i - 1 > start:
                    s2.add("SPAN", (0, start), (0, i - 1))
                start = i
        tbl2.setStyle(s2)
        story += [_p(L("l2", lang), st["h2"]), tbl2]
    unscored = sum(1 for lr in sm.leaves.values() if lr.score is None)
    if unscored:
        story.append(Spacer(1, 0.2 * cm))
        story.append(_p(f"{t('not_scored')}: {unscored}", st["small"]))
    step(0.7)
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=1.8 * cm,
                            bottomMargin=1.8 * cm, title=f"{p['name']} {t('summary_title')}",
                            author=p.get("evaluation_agency") or "evaltool")
    doc.build(story, onFirstPage=_footer(t("summary_title")), onLaterPages=_footer(t("summary_title")),
              canvasmaker=_canvas)
    step(1.0)


def write_blank_forms(data: ReportData, path: Path, *, step: Callable[[float], None] = lambda f: None) -> None:
    """Blank scoring forms, one per evaluator of the project (or one unnamed form)."""
    st = _styles()
    lang, p = data.lang, data.project

    def t(key: str) -> str:
        return L(key, lang)

    people: list[EvaluatorSheet | None] = [e for e in data.evaluators if e.role != "imported"] or [None]
    leaves = data.leaves
    story: list[Any] = []
    for k, ev in enumerate(people):
        if k:
            story.append(PageBreak())
        story.append(_p(f"{p['name']}", st["title"]))
        who = ev.name if ev is not None else "________________"
        story.append(_p(f"{t('blank_form')}　　{t('evaluator')}：{who}" if lang != "en"
                        else f"{t('blank_form')}    {t('evaluator')}: {who}", st["big"]))
        header = [_p(x, st["center"]) for x in (t("l3"), t("points"), f"{t('description')} / {t('criteria')}",
                                                 t("your_score"), t("your_comment"))]
        rows = [header]
        for leaf in leaves:
            path_parts = leaf.path.split("/")
            where = " / ".join(path_parts[:-1])
            name = f"<font size=7>{escape(where)}</font><br/>{escape(leaf.name)}" if where else escape(leaf.name)
            text = ""
            if leaf.description:
                text += escape(leaf.description).replace("\n", "<br/>")
            if leaf.criteria:
                text += ("<br/>" if text else "") + f"<b>{escape(t('criteria'))}：</b>" + escape(leaf.criteria).replace("\n", "<br/>")
            rows.append([Paragraph(name, st["cell"]), fmt_score(leaf.weight), Paragraph(text, st["small"]), "", ""])
        tbl = Table(rows, colWidths=[3.0 * cm, 1.2 * cm, 7.6 * cm, 1.5 * cm, 4.2 * cm], repeatRows=1)
        style = _grid()
        style.add("FONTNAME", (0, 0), (-1, -1), cjk_font())
        style.add("ALIGN", (1, 1), (1, -1), "CENTER")
        style.add("VALIGN", (0, 1), (-1, -1), "TOP")
        tbl.setStyle(style)
        story.append(tbl)
        story.append(Spacer(1, 0.6 * cm))
        sign = f"{t('signature')}：____________________　　{t('sign_date')}：____________" if lang != "en" \
            else f"{t('signature')}: ____________________    {t('sign_date')}: ____________"
        story.append(KeepTogether([_p(sign, st["base"])]))
        step((k + 1) / len(people) * 0.8)
    label = f"{p['name']} — {t('blank_form')}"
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=1.5 * cm, rightMargin=1.5 * cm, topMargin=1.5 * cm,
                            bottomMargin=1.7 * cm, title=label, author=p.get("evaluation_agency") or "evaltool",
                            subject=date.today().isoformat())
    doc.build(story, onFirstPage=_footer(label), onLaterPages=_footer(label), canvasmaker=_canvas)
    step(1.0)
