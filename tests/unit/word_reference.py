"""The Word report's former table writer, cell by cell through python-docx (main at 08e6d21),
kept as the reference the bulk writer (``evaltool.export.word.tables``) is compared with.

``reference_table`` has ``ReportBuilder.table``'s signature; a test puts it in place of
the bulk one (monkeypatch) and writes the same report again. ``span_last`` is done as the
former 附件2 did it: ``tbl.rows[-1].cells`` merged after the table was written, without
the empty paragraph that merge carried over.
Slow (quadratic in a table's size): for small projects only.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from evaltool.export.word.document import _borders
from evaltool.export.word.styles import TABLE_STYLE


def reference_table(self: Any, headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float],
                    merge_cols: Sequence[int] = (), bold_last: bool = False, align_left: Sequence[int] = (),
                    span_last: int = 1) -> Any:
    ncols = len(headers)
    tbl = self.doc.add_table(rows=1 + len(rows), cols=ncols)
    try:
        tbl.style = self.doc.styles["Table Grid"]
    except KeyError:
        _borders(tbl)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl.autofit = False
    for gc, w in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=False):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    tstyle = self.sid[TABLE_STYLE]
    trs = list(tbl._tbl.tr_lst)
    grid = [[_Cell(tc, tbl) for tc in tr.tc_lst] for tr in trs]
    twips = [str(int(Cm(w).twips)) for w in widths]
    for r_i, tr in enumerate(trs):
        values = headers if r_i == 0 else rows[r_i - 1]
        tr_pr = tr.get_or_add_trPr()
        tr_pr.append(OxmlElement("w:cantSplit"))
        if r_i == 0:
            hdr = OxmlElement("w:tblHeader")
            hdr.set(qn("w:val"), "true")
            tr_pr.append(hdr)
        bold = r_i == 0 or (bold_last and r_i == len(trs) - 1)
        for c_i, cell in enumerate(grid[r_i]):
            tc_pr = cell._tc.get_or_add_tcPr()
            tcw = OxmlElement("w:tcW")
            tcw.set(qn("w:w"), twips[c_i])
            tcw.set(qn("w:type"), "dxa")
            tc_pr.append(tcw)
            p_el = cell._tc.p_lst[0]
            p_el.style = tstyle
            text = values[c_i] if c_i < len(values) else ""
            p = Paragraph(p_el, cell)
            run = p.add_run(str(text) if text is not None else "")
            if bold:
                run.bold = True
                _shade(cell, "F2F2F2" if r_i == 0 else "FFFFFF")
            if r_i == 0 or c_i not in align_left:
                p_el.get_or_add_pPr().jc_val = WD_ALIGN_PARAGRAPH.CENTER
    keys = {}
    for c in merge_cols:
        first = merge_cols[0]
        keys[c] = [(str(r[first]) + "\x1f" if c != first else "") + str(r[c]) if str(r[c]) else ""
                   for r in rows]
    for c in merge_cols:
        _merge_runs(grid, c, skip_last=bold_last, keys=keys[c])
    if span_last > 1:
        last = tbl.rows[-1].cells
        merged = last[0].merge(last[span_last - 1])
        # the one change from main's writer besides widths: the empty paragraph the merge
        # carried over from the spanned cell is dropped (it made each 合计 row twice as tall)
        for extra in merged.paragraphs[1:]:
            if not extra.text:
                extra._p.getparent().remove(extra._p)
    return tbl


def _merge_runs(grid: list[list[Any]], col: int, skip_last: bool, keys: list[str]) -> None:
    body = grid[1:-1] if skip_last else grid[1:]
    start = 0
    texts = keys[: len(body)]
    for i in range(1, len(body) + 1):
        if i == len(body) or texts[i] != texts[start] or not texts[start]:
            if i - start > 1:
                top = body[start][col]
                for k in range(start + 1, i):
                    body[k][col].paragraphs[0].text = ""
                merged = top.merge(body[i - 1][col])
                for extra in merged.paragraphs[1:]:
                    extra._p.getparent().remove(extra._p)
            start = i


def _shade(cell: Any, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)
