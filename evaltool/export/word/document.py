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
import re
from collections.abc import Callable, Sequence
from typing import Any
from xml.sax.saxutils import escape

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.table import CT_Tbl
from docx.shared import Cm
from docx.table import Table
from docx.text.paragraph import Paragraph

from evaltool.export.data import ReportData
from evaltool.export.report_text import Block, L, heading_marker, parse_narrative
from evaltool.export.word.styles import CAPTION_STYLE, REQUIRED_STYLES, TABLE_STYLE
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
        self._sect: Any = None
        self._table_grid: str | bool | None = None  # the "Table Grid" style id, False when the template has none

    def _body_end(self) -> Any:
        """The body's sectPr, before which every block goes (found once: python-docx's
        add_paragraph / add_table search the body's children for it on every call, which is
        quadratic in long reports); None when the body has none."""
        if self._sect is None:
            self._sect = self.doc.element.body.find(qn("w:sectPr"))
        return self._sect

    def add_p(self, text: str = "", style: str = "Normal", *, bold: bool = False, run: bool = False) -> Any:
        """A paragraph at the end of the body with ``text`` in one run (``run``: a run even
        when empty), parsed from one XML string: python-docx's ``run.text`` adds the text
        character by character (a third of a long report's time)."""
        sid = self.sid.get(style)
        el = parse_xml(f"<w:p {_W}>" + (f'<w:pPr><w:pStyle w:val="{escape(sid, _QUOTE)}"/></w:pPr>' if sid else "")
                       + (_run_xml(text, bold) if text or run else "") + "</w:p>")
        sect = self._body_end()
        if sect is not None:
            sect.addprevious(el)
        else:
            self.doc.element.body.append(el)
        return Paragraph(el, self.doc._body)

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
        self.add_p(text, f"Heading {level}")
        if level <= 2:
            self.toc.append((level, text))

    def para(self, text: str, bold: bool = False, align: Any = None) -> Any:
        p = self.add_p(text, bold=bold, run=True)
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
              last_row_span: int = 1) -> Any:
        """A table with a repeated header row, at the end of the body; returns the python-docx
        ``Table``. ``merge_cols``: columns whose equal neighbouring cells merge vertically;
        ``last_row_span``: the last row's first cell spans that many columns (a total row).

        The rows are written as one XML string and parsed once (lxml), not cell by cell through
        python-docx, whose per-cell child lookups grow with the report (n^1.5 at 3,000 leaves).
        """
        ncols = len(headers)
        tbl = CT_Tbl.new_tbl(0, ncols, Cm(sum(widths)))
        table = Table(tbl, self.doc._body)
        if self._table_grid is None:  # looked up once: python-docx scans every style on each lookup
            try:
                self._table_grid = self.doc.styles["Table Grid"].style_id
            except KeyError:
                self._table_grid = False
        if isinstance(self._table_grid, str):
            tbl.tblPr.style = self._table_grid
        else:
            _borders(table)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        twips = [str(int(Cm(w).twips)) for w in widths]
        for gc, w in zip(tbl.tblGrid.findall(qn("w:gridCol")), twips, strict=False):
            gc.set(qn("w:w"), w)
        grid: list[list[str]] = [[_cell_text(v) for v in [*values, *[""] * (ncols - len(values))][:ncols]]
                                 for values in [headers, *rows]]
        spans = _vertical_merges(grid, merge_cols, skip_last=bold_last)
        style = self.sid[TABLE_STYLE]
        last = len(grid) - 1
        out: list[str] = [f"<w:tbl {nsdecls('w')}>"]
        for r_i, values in enumerate(grid):
            bold = r_i == 0 or (bold_last and r_i == last)
            span = last_row_span if r_i == last and last > 0 else 1
            out.append("<w:tr><w:trPr><w:cantSplit/>" + ('<w:tblHeader w:val="true"/>' if r_i == 0 else "")
                       + "</w:trPr>")
            c_i = 0
            while c_i < ncols:
                n = max(1, min(span if c_i == 0 else 1, ncols))
                width = sum(int(t) for t in twips[c_i:c_i + n]) if twips else 0
                merge = spans.get((r_i, c_i))
                text = "" if merge == "continue" else values[c_i]
                out.append(
                    f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>'
                    + (f'<w:gridSpan w:val="{n}"/>' if n > 1 else "")
                    + ('<w:vMerge w:val="restart"/>' if merge == "restart" else "<w:vMerge/>" if merge else "")
                    + (f'<w:shd w:val="clear" w:color="auto" w:fill="{"F2F2F2" if r_i == 0 else "FFFFFF"}"/>'
                       if bold else "")
                    + "</w:tcPr><w:p><w:pPr>"
                    + (f'<w:pStyle w:val="{escape(style, _QUOTE)}"/>' if style else "")
                    + ('<w:jc w:val="center"/>' if r_i == 0 or c_i not in align_left else "")
                    + "</w:pPr>" + (_run_xml(text, bold) if text or merge != "continue" else "") + "</w:p></w:tc>")
                c_i += n
            out.append("</w:tr>")
        out.append("</w:tbl>")
        tbl.extend(list(parse_xml("".join(out))))
        sect = self._body_end()
        if sect is not None:
            sect.addprevious(tbl)
        else:
            self.doc.element.body.append(tbl)
        return table

    def picture(self, png: bytes, width_cm: float = 15.0) -> None:
        self.doc.add_picture(io.BytesIO(png), width=Cm(width_cm))
        self.doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
        self.doc.paragraphs[-1].paragraph_format.first_line_indent = Cm(0)

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
                    self.caption(b.text)
                    n = len(b.rows[0])
                    self.table(b.rows[0], b.rows[1:], [15.0 / n] * n)
            else:
                self.para(b.text)
        return titles

    # generated parts -------------------------------------------------------------
    def level1_table(self, caption: str | None = None) -> None:
        sm = self.d.summary
        self.caption(caption or self.t("l1_table"))
        rows = [[r.name, fmt_score(r.weight), fmt_score(r.score), fmt_rate(r.rate)] for r in sm.level1]
        for r in sm.negative:
            rows.append([r.name, fmt_score(r.weight), fmt_score(r.score), ""])
        rows.append([self.t("total"), fmt_score(sm.weight), fmt_score(sm.total), fmt_rate(sm.rate)])
        self.table([self.t("l1"), self.t("weight"), self.t("score"), self.t("rate")], rows, [5.0, 3.0, 3.0, 3.0],
                   bold_last=True)

    def grade(self) -> str:
        sm = self.d.summary
        return sm.grade_en or sm.grade if self.lang == "en" else sm.grade


# -- helpers ------------------------------------------------------------------------

def _is_level1_table(block: Block) -> bool:
    """A text table the team typed that is the level-1 summary: the generated one replaces it."""
    if not block.rows:
        return False
    return block.rows[0][0] in ("一级指标", "Level-1 indicator") or "一级指标" in block.text


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


_QUOTE = {'"': "&quot;"}
_W = nsdecls("w")
# Characters XML 1.0 cannot hold (python-docx refuses them too); a report never needs them.
_NOT_XML = dict.fromkeys([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF])


def _cell_text(value: Any) -> str:
    return "" if value is None else str(value)


def _run_xml(text: str, bold: bool) -> str:
    """A ``w:r`` with ``text`` as python-docx's ``run.text`` writes it: tabs as ``w:tab``,
    line breaks as ``w:br``, spaces kept."""
    parts = re.split(r"(\t|\r\n|\n|\r)", text.translate(_NOT_XML))
    body = "".join("<w:tab/>" if part == "\t" else "<w:br/>" if part in ("\n", "\r", "\r\n")
                   else f'<w:t xml:space="preserve">{escape(part)}</w:t>' if part else "" for part in parts)
    return "<w:r>" + ("<w:rPr><w:b/></w:rPr>" if bold else "") + body + "</w:r>"


def _vertical_merges(grid: list[list[str]], cols: Sequence[int], skip_last: bool) -> dict[tuple[int, int], str]:
    """{(row, col): "restart" | "continue"} for runs of equal, non-empty neighbouring cells of
    ``cols`` below the header (and above the total row when ``skip_last``)."""
    out: dict[tuple[int, int], str] = {}
    first, end = 1, len(grid) - (1 if skip_last else 0)
    for col in cols:
        start = first
        for i in range(first + 1, end + 1):
            if i == end or grid[i][col] != grid[start][col] or not grid[start][col]:
                if i - start > 1:
                    out[(start, col)] = "restart"
                    out.update(((k, col), "continue") for k in range(start + 1, i))
                start = i
    return out
