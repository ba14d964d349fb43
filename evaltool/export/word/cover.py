"""Front matter of the Word report: the cover page and the table of contents (目录).

The TOC is a Word field pre-filled with the level-1/2 headings the chapters wrote, so it
reads right before Word refreshes it (page numbers) on opening. ``toc_placeholder`` marks
where it goes; ``fill_toc`` writes it once every chapter is written.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from evaltool.export.word.document import ReportBuilder


def write_cover(b: ReportBuilder) -> None:
    """Project name, 绩效评价报告, commissioning body / agency / unit / reference date, month."""
    p = b.d.project
    for _ in range(5):
        b.para("")
    title = b.doc.add_paragraph(p["name"], style=b.doc.styles["Title"])
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.first_line_indent = Cm(0)
    sub = b.doc.add_paragraph(b.t("report_title"), style=b.doc.styles["Title"])
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    sub.paragraph_format.first_line_indent = Cm(0)
    for _ in range(8):
        b.para("")
    for key, value in (("commissioned_by", p.get("commissioning_body")), ("agency", p.get("evaluation_agency")),
                       ("budget_unit", p.get("budget_unit")), ("reference_date", p.get("reference_date"))):
        if value:
            b.para(f"{b.t(key)}：{value}" if b.lang != "en" else f"{b.t(key)}: {value}",
                   align=WD_ALIGN_PARAGRAPH.CENTER)
    # the report's own date; before one is set, the end of the evaluation work (the report
    # closes it), and only then today: a report re-exported next year keeps its date
    when = p.get("report_date") or p.get("evaluation_end") or date.today().isoformat()
    try:
        y, m = int(when[:4]), int(when[5:7])
        b.para(b.t("cover_date").format(y=y, m=m), align=WD_ALIGN_PARAGRAPH.CENTER)
    except ValueError:
        b.para(when, align=WD_ALIGN_PARAGRAPH.CENTER)


def toc_placeholder(b: ReportBuilder) -> Any:
    """The 目录 title and an empty paragraph the TOC is later written before (returned)."""
    p = b.add_p(b.t("toc"))
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.first_line_indent = Cm(0)
    p.runs[0].bold = True
    p.runs[0].font.size = Pt(16)
    anchor = b.add_p()
    return anchor


def fill_toc(b: ReportBuilder, anchor: Any) -> None:
    """A TOC field pre-filled with the headings (Word refreshes it, with page numbers)."""
    entries = b.toc or [(1, "")]
    first = OxmlElement("w:p")
    anchor._p.addprevious(first)
    paras = []
    for level, text in entries:
        p = OxmlElement("w:p")
        ppr = OxmlElement("w:pPr")
        ps = OxmlElement("w:pStyle")
        ps.set(qn("w:val"), b.doc.styles[f"toc {level}"].style_id)
        ppr.append(ps)
        p.append(ppr)
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = text
        t.set(qn("xml:space"), "preserve")
        r.append(t)
        p.append(r)
        paras.append(p)
    # field begin + instruction in the first entry, end after the last
    head = paras[0]

    def fld(kind: str) -> Any:
        r = OxmlElement("w:r")
        fc = OxmlElement("w:fldChar")
        fc.set(qn("w:fldCharType"), kind)
        r.append(fc)
        return r

    instr_r = OxmlElement("w:r")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = ' TOC \\o "1-2" \\h \\z \\u '
    instr_r.append(it)
    ppr = head.find(qn("w:pPr"))
    ppr.addnext(fld("begin"))
    head[1].addnext(instr_r)
    instr_r.addnext(fld("separate"))
    paras[-1].append(fld("end"))
    first.getparent().remove(first)
    for p in paras:
        anchor._p.addprevious(p)
    hint = anchor
    hint.add_run(b.t("toc_hint")).italic = True
    hint.alignment = WD_ALIGN_PARAGRAPH.CENTER
    hint.paragraph_format.first_line_indent = Cm(0)
