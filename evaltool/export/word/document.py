"""The Word document being built: paragraphs, numbered headings, captions, tables, fields.

``ReportBuilder`` is what every chapter module writes through (``evaltool.export.word``
lists the chapters in order). Word details that matter to the people who open it:
numbering 一、（一）1.（1） is written into the heading text (how government documents
are typed; survives any template); table header rows repeat on each page
(``w:tblHeader``) and rows do not split; page numbers in the footer (PAGE field); Word
refreshes fields (TOC page numbers) on opening (``w:updateFields``). Widths are in cm.

Not thread-safe: one builder per document, used by one thread.
"""
from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.oxml.table import CT_Tbl
from docx.shared import Cm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

from evaltool.export.data import ReportData
from evaltool.export.figures import NodeScore
from evaltool.export.report_text import Block, L, heading_marker, parse_narrative
from evaltool.export.word.styles import CAPTION_STYLE, REQUIRED_STYLES, TABLE_STYLE
from evaltool.export.word.tables import rows_xml
from evaltool.scoring import fmt_rate, fmt_score

Step = Callable[[float], None]  # fraction of the Word export done, 0.0–1.0


# -- fields ---------------------------------------------------------------------

def field_runs(paragraph: Any, instr: str, cached: str = "") -> None:
    """Append a complex field (``instr``, e.g. "PAGE") showing ``cached`` until Word updates it."""
    def run_with(child: Any) -> None:
        r = OxmlElement("w:r")
        r.append(child)
        paragraph._p.append(r)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    run_with(it)
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run_with(sep)
    if cached:
        paragraph.add_run(cached)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def page_footer(section: Any) -> None:
    """Centred page number (— 1 —) in the footer of ``section``, unless it already has one."""
    footer = section.footer
    footer.is_linked_to_previous = False
    xml = footer._element.xml
    if "PAGE" in xml:
        return
    p = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.first_line_indent = Cm(0)
    p.add_run("— ")
    field_runs(p, "PAGE", "1")
    p.add_run(" —")


def update_fields_on_open(doc: Any) -> None:
    """Ask Word to refresh every field (the TOC's page numbers) when the file is opened."""
    settings = doc.settings.element
    if settings.find(qn("w:updateFields")) is None:
        uf = OxmlElement("w:updateFields")
        uf.set(qn("w:val"), "true")
        settings.append(uf)


# -- the builder ------------------------------------------------------------------

class ReportBuilder:
    """Writes the report's blocks at the end of the document body, in reading order.

    ``d`` is the collected data, ``lang`` the report language; ``toc`` collects the
    level-1/2 headings for the table of contents; ``step`` reports progress.
    """

    def __init__(self, data: ReportData, doc: Any, step: Step) -> None:
        self.d = data
        self.doc = doc
        self.lang = data.lang
        self.step = step
        self.counters = [0] * 6
        self.toc: list[tuple[int, str]] = []
        # style ids, set straight into w:pStyle: python-docx's lookup by style object scans
        # every style of the document on each call (most of the export time otherwise)
        self.sid = {n: doc.styles[n].style_id for n in (*REQUIRED_STYLES, TABLE_STYLE, CAPTION_STYLE)}
        self.sid["Normal"] = None
        self._sect: Any = None  # the body's sectPr, before which every block goes
        self._width: Any = None  # the text width (EMU), see _block_width
        self._grid: tuple[bool, str | None] | None = None  # see _table_grid
        self.figures = 0  # figures numbered per level-1 chapter (图3-1, 图3-2 …)
        self.chapter = 0  # the number of the current level-1 chapter (for figure numbers)

    def add_p(self, text: str = "", style: str = "Normal") -> Any:
        # Inserted right before the body's sectPr: python-docx's add_paragraph searches the
        # body's children for it on every call, which is quadratic in long reports.
        el = OxmlElement("w:p")
        self._append(el)
        p = Paragraph(el, self.doc._body)
        sid = self.sid.get(style)
        if sid:
            el.style = sid
        if text:
            p.add_run(text)
        return p

    def t(self, key: str) -> str:
        return L(key, self.lang)

    # paragraphs --------------------------------------------------------------
    def heading(self, level: int, text: str, numbered: bool = True) -> None:
        """A Heading 1–4 paragraph; ``numbered`` prefixes the next 一、/（一）/1./（1） of its level."""
        level = max(1, min(level, 4))
        if numbered:
            self.counters[level] += 1
            for deeper in range(level + 1, len(self.counters)):
                self.counters[deeper] = 0
            text = heading_marker(level, self.counters[level], self.lang) + text
        else:
            for deeper in range(level + 1, len(self.counters)):
                self.counters[deeper] = 0
            if level == 1:
                self.counters[1] = 0
        if level == 1:
            self.figures = 0
            self.chapter = self.counters[1] if numbered else 0
        self.add_p(text, f"Heading {level}")
        if level <= 2:
            self.toc.append((level, text))

    def para(self, text: str, bold: bool = False, align: Any = None) -> Any:
        p = self.add_p()
        run = p.add_run(text)
        if bold:
            run.bold = True
        if align is not None:
            p.alignment = align
            p.paragraph_format.first_line_indent = Cm(0)
        return p

    def caption(self, text: str) -> None:
        self.add_p(f"{self.t('table')} {text}" if self.lang != "en" else f"{self.t('table')}: {text}", CAPTION_STYLE)

    def page_break(self) -> None:
        self.add_p().add_run().add_break(WD_BREAK.PAGE)

    # tables ----------------------------------------------------------------------
    def table(self, headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float],
              merge_cols: Sequence[int] = (), bold_last: bool = False, align_left: Sequence[int] = (),
              span_last: int = 1) -> Any:
        """A centred table of fixed column ``widths`` (cm) at the end of the body; returns the
        python-docx ``Table``. ``merge_cols``: columns whose equal neighbouring cells merge
        vertically; ``bold_last``: the last row is a bold total row; ``align_left``: columns
        not centred; ``span_last``: the total row's first cell spans that many columns.

        The rows are one XML string parsed once (``word.tables``): python-docx's per-cell
        child lookups made a 3,000-leaf report's tables grow as n^1.5.
        """
        ncols = len(headers)
        tbl = CT_Tbl.new_tbl(0, ncols, self._block_width())
        table = Table(tbl, self.doc._body)
        has_grid, grid_id = self._table_grid()
        if has_grid:
            tbl.tblStyle_val = grid_id
        else:
            _borders(table)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        twips = [int(Cm(w).twips) for w in widths]
        for gc, w in zip(tbl.tblGrid.findall(qn("w:gridCol")), twips, strict=False):
            gc.set(qn("w:w"), str(w))
        xml = rows_xml(headers, rows, twips, self.sid[TABLE_STYLE], merge_cols=merge_cols, bold_last=bold_last,
                       align_left=align_left, span_last=span_last)
        tbl.extend(list(parse_xml(xml)))
        self._append(tbl)
        return table

    def _append(self, el: Any) -> None:
        """Put ``el`` at the end of the body, before its sectPr (found once: python-docx
        searches the body's children for it on every insertion, quadratic in long reports)."""
        if self._sect is None:
            self._sect = self.doc.element.body.find(qn("w:sectPr"))
        if self._sect is not None:
            self._sect.addprevious(el)
        else:
            self.doc.element.body.append(el)

    def _block_width(self) -> Any:
        """The text width of the last section (what ``add_table`` spreads over the columns), read once."""
        if self._width is None:
            self._width = self.doc._block_width
        return self._width

    def _table_grid(self) -> tuple[bool, str | None]:
        """(the document has a "Table Grid" style, its id as ``Table.style`` sets it: None when
        it is the default table style). Without one, borders are drawn instead. Looked up
        once: python-docx scans every style of the document on each lookup."""
        if self._grid is None:
            try:
                style = self.doc.styles["Table Grid"]
            except KeyError:
                self._grid = (False, None)
            else:
                self._grid = (True, self.doc.part.get_style_id(style, WD_STYLE_TYPE.TABLE))
        return self._grid

    def picture(self, png: bytes, width_cm: float = 15.0) -> None:
        p = self.add_p()
        p.add_run().add_picture(io.BytesIO(png), width=Cm(width_cm))
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.first_line_indent = Cm(0)

    def figure(self, png: bytes, title: str, width_cm: float = 15.0) -> None:
        """A centred picture and its caption below, numbered 图{chapter}-{n} (Figure 3-1)."""
        self.picture(png, width_cm)
        self.figures += 1
        number = f"{self.chapter}-{self.figures}" if self.chapter else str(self.figures)
        self.add_p(f"{self.t('figure')}{number} {title}" if self.lang != "en" else
                   f"{self.t('figure')} {number}: {title}", CAPTION_STYLE)

    def note(self, text: str) -> Any:
        """A small unindented note (the grade bands under the conclusion, table notes)."""
        p = self.add_p()
        run = p.add_run(text)
        run.font.size = Pt(10.5)
        p.paragraph_format.first_line_indent = Cm(0)
        return p

    def text_table(self, rows: Sequence[Sequence[str]], caption: str = "") -> Any:
        """A table the team typed or pasted (first row the header), widths from its content."""
        if caption:
            self.caption(caption)
        n = max(len(r) for r in rows)
        body = [list(r) + [""] * (n - len(r)) for r in rows]
        return self.table(body[0], body[1:], auto_widths(body), align_left=tuple(
            c for c in range(n) if max(len(r[c]) for r in body) > 12))

    def blocks(self, text: str) -> None:
        """Paragraphs and tables of a free text (a leaf's comment): no headings made."""
        for b in parse_narrative(text):
            if b.kind == "table" and b.rows:
                self.text_table(b.rows, b.text)
            else:
                self.para(b.text)

    # narrative -------------------------------------------------------------------
    def narrative(self, text: str, base: int, generated: Sequence[tuple[int, str]] = ()) -> list[str]:
        """Write a narrative section under heading level ``base``.

        Its own numbered headings are renumbered to fit (the deepest marker kind
        the text uses at its top becomes ``base + 1``). ``generated`` headings are
        written first unless the text starts with a heading of that level.
        Returns the titles of the narrative's headings.
        """
        blocks = parse_narrative(text)
        levels = [b.level for b in blocks if b.kind == "heading"]
        top = min(levels) if levels else 0

        def mapped(level: int) -> int:
            return base + 1 + (level - top)

        first = blocks[0] if blocks else None
        for level, title in generated:
            if first is not None and first.kind == "heading" and mapped(first.level) <= level:
                break
            self.heading(level, title)
        titles = []
        for b in blocks:
            if b.kind == "heading":
                lvl = mapped(b.level)
                titles.append(b.text)
                if lvl <= 4:
                    self.heading(lvl, b.text)
                else:
                    self.para(b.text, bold=True)
            elif b.kind == "table" and b.rows:
                if _is_level1_table(b):
                    self.level1_table(caption=b.text)
                else:
                    self.text_table(b.rows, b.text)
            else:
                self.para(b.text)
        return titles

    # generated parts -------------------------------------------------------------
    def level1_table(self, caption: str | None = None) -> None:
        """一级指标 / 权重 / 得分 / 得分率, negative indicators after the others (no rate), then 合计."""
        sm = self.d.summary
        self.caption(caption or self.t("l1_table"))
        rows = [[r.name, *self.node(r.id).cells()] for r in sm.level1]
        for r in sm.negative:
            rows.append([r.name, *self.node(r.id).cells()])
        rows.append([self.t("total"), fmt_score(sm.weight), fmt_score(sm.total), fmt_rate(sm.rate)])
        self.table([self.t("l1"), self.t("weight"), self.t("score"), self.t("rate")], rows, [5.0, 3.0, 3.0, 3.0],
                   bold_last=True)
        if sm.negative:
            self.note(self.t("negative_note"))

    def node(self, node_id: str) -> NodeScore:
        return self.d.nodes[node_id]

    def grade(self) -> str:
        sm = self.d.summary
        return sm.grade_en or sm.grade if self.lang == "en" else sm.grade


# -- helpers ------------------------------------------------------------------------

def _is_level1_table(block: Block) -> bool:
    """A text table the team typed that is the level-1 summary: the generated one replaces it."""
    if not block.rows:
        return False
    return block.rows[0][0] in ("一级指标", "Level-1 indicator") or "一级指标" in block.text


def auto_widths(rows: Sequence[Sequence[str]], total: float = 15.0, least: float = 1.6) -> list[float]:
    """Column widths (cm) in proportion to each column's longest text (CJK counted double)."""
    n = max(len(r) for r in rows)

    def width(text: str) -> float:
        return sum(2.0 if ord(ch) > 0x2E7F else 1.0 for ch in str(text))

    longest = [max((width(r[c]) if c < len(r) else 0.0) for r in rows) for c in range(n)]
    capped = [min(max(w, 4.0), 40.0) for w in longest]
    share = sum(capped) or 1.0
    widths = [max(least, total * w / share) for w in capped]
    scale = total / sum(widths)
    return [w * scale for w in widths]


def cell_text(tbl: Any, r: int, c: int) -> str:
    """Text of cell (r, c) of a python-docx table, "" when the table is smaller."""
    try:
        return tbl.rows[r].cells[c].text
    except IndexError:
        return ""


def _borders(tbl: Any) -> None:
    tbl_pr = tbl._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tbl_pr.append(borders)
