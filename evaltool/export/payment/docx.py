"""The payment statement as a Word document (A4 landscape, 黑体 headings, 仿宋 body, the
same tables as the workbook, header rows repeated on each page, signature lines)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from evaltool.export.payment.tables import StatementDoc, Table, lbl
from evaltool.export.word.document import page_footer
from evaltool.export.word.styles import TABLE_STYLE, setup_styles

PAGE_WIDTH_CM = 29.7 - 2 * 1.5


def _cell(cell: Any, text: str, *, bold: bool = False, right: bool = False, fill: str | None = None) -> None:
    p = cell.paragraphs[0]
    p.style = TABLE_STYLE
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(9)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if right else WD_ALIGN_PARAGRAPH.CENTER if bold else WD_ALIGN_PARAGRAPH.LEFT
    if fill:
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        cell._tc.get_or_add_tcPr().append(shd)


def _units(text: str) -> float:
    """Display width of a cell's text (a CJK character is two units)."""
    return sum(2.0 if ord(ch) > 0x2E7F else 1.0 for ch in text or "")


def _repeat_header(row: Any) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    hdr = OxmlElement("w:tblHeader")
    hdr.set(qn("w:val"), "true")
    tr_pr.append(hdr)
    tr_pr.append(OxmlElement("w:cantSplit"))


def _table(doc: Any, t: Table) -> None:
    doc.add_paragraph(t.title, style="Heading 2")
    body = [*t.rows, *([t.total] if t.total else [])]
    tbl = doc.add_table(rows=1 + len(body), cols=len(t.headers))
    tbl.style = doc.styles["Table Grid"]
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    # 9-point text: about 0.16 cm per half-width character (bold a little wider), plus the cell's
    # padding; a header may wrap onto two lines
    widths = [0.16 * max(_units(h) / 2 + 1, *(_units(r[c]) + 1.5 for r in body), 3) + 0.4 for c, h in enumerate(t.headers)]
    scale = PAGE_WIDTH_CM / sum(widths)
    for col, w in zip(tbl.columns, widths, strict=True):
        col.width = Cm(w * scale)
    _repeat_header(tbl.rows[0])
    for c, h in enumerate(t.headers):
        _cell(tbl.rows[0].cells[c], h, bold=True, fill="F2F2F2")
    for r, values in enumerate(body, start=1):
        is_total = t.total is not None and r == len(body)
        cells = tbl.rows[r].cells
        for c, v in enumerate(values):
            _cell(cells[c], v, bold=is_total, right=c in t.numeric)
        tbl.rows[r]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def write_statement_docx(doc_data: StatementDoc, path: Path, lang: str) -> None:
    doc = Document()
    setup_styles(doc, False)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    page_footer(sec)
    title = doc.add_paragraph(doc_data.title, style="Title")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.runs[0].font.size = Pt(20)
    info = doc.add_table(rows=len(doc_data.info), cols=2)
    info.style = doc.styles["Table Grid"]
    info.columns[0].width, info.columns[1].width = Cm(4.5), Cm(PAGE_WIDTH_CM - 4.5)
    for r, (k, v) in enumerate(doc_data.info):
        _cell(info.rows[r].cells[0], k, bold=True, fill="F2F2F2")
        _cell(info.rows[r].cells[1], v)
    unit = doc.add_paragraph(lbl("unit_note", lang))
    unit.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    summary, months, penalties = doc_data.tables
    _table(doc, summary)
    if penalties.rows:
        _table(doc, penalties)
    else:
        doc.add_paragraph(penalties.title, style="Heading 2")
        doc.add_paragraph(lbl("no_penalties", lang))
    _table(doc, months)
    doc.add_paragraph(lbl("notes", lang), style="Heading 2")
    for note in doc_data.notes:
        doc.add_paragraph(note)
    if doc_data.warnings:
        doc.add_paragraph(lbl("warnings", lang), style="Heading 2")
        for w in doc_data.warnings:
            doc.add_paragraph(w)
    sig = doc.add_paragraph("")
    sig.paragraph_format.space_before = Pt(24)
    sig.add_run("　　　　　　　　".join(doc_data.signatures))
    core = doc.core_properties
    core.title = doc_data.title
    core.language = "zh-CN" if lang != "en" else "en-GB"
    doc.save(str(path))
