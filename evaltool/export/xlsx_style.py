"""Cell styles and sheet set-up shared by every sheet of the Excel export.

Style assignment in openpyxl hashes style objects on every call, which made a 1,000-leaf
sheet take seconds: ``fmt_cell`` styles the first cell of each combination the normal
way and copies its style array to the others.
"""
from __future__ import annotations

from copy import copy
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import MergedCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.merge import MergedCellRange
from openpyxl.worksheet.worksheet import Worksheet

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
SUB_FILL = PatternFill("solid", fgColor="F2F2F2")
TOTAL_FILL = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="center")
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
BOLD = Font(bold=True)
RATE_FMT = "0.00%"
SCORE_FMT = "General"

INVALID_SHEET_CHARS = set('[]:*?/\\')


def sheet_name(wb: Workbook, wanted: str) -> str:
    name = "".join("_" if ch in INVALID_SHEET_CHARS else ch for ch in wanted)[:31] or "Sheet"
    base, k = name, 2
    while name in wb.sheetnames:
        suffix = f"({k})"
        name = base[: 31 - len(suffix)] + suffix
        k += 1
    return name


def fmt_cell(cell: Any, *, fill: PatternFill | None = None, bold: bool = False, align: Alignment | None = None,
         numfmt: str | None = None) -> None:
    """Border plus the given style, copied from a cached style array.

    Assigning openpyxl style objects hashes them on every assignment, which made a
    1,000-leaf sheet take seconds; the first cell of each combination is styled
    the normal way and the others get a copy of its style array.
    """
    # style arrays index the workbook's own style tables: one cache per workbook
    cache = cell.parent.parent.__dict__.setdefault("_evaltool_style_cache", {})
    key = (id(fill), bold, id(align), numfmt)
    cached = cache.get(key)
    if cached is not None:
        cell._style = copy(cached)
        return
    cell.border = BORDER
    if fill is not None:
        cell.fill = fill
    if bold:
        cell.font = BOLD
    if align is not None:
        cell.alignment = align
    if numfmt is not None:
        cell.number_format = numfmt
    cache[key] = copy(cell._style)


def _text_lines(text: str | None, width: float) -> int:
    """Lines a wrapped cell needs: CJK characters are two columns wide in Excel's units."""
    if not text:
        return 1
    lines = 0
    usable = max(1.0, width - 1.0)
    for part in str(text).split("\n"):
        cols = sum(1.75 if ord(ch) > 0x2E7F else 1.0 for ch in part)
        lines += max(1, -(-int(cols) // int(usable)))
    return lines


def row_height(cells: list[tuple[str | None, float]], line_pt: float = 13.5) -> float:
    """Row height (points) fitting wrapped texts: Excel and LibreOffice keep the
    default height for rows written by openpyxl, which would hide most of the text."""
    lines = max(_text_lines(t, w) for t, w in cells) if cells else 1
    return min(409.0, max(18.0, lines * line_pt + 4))


def merge_fast(ws: Worksheet, ref: str) -> None:
    """``ws.merge_cells`` without its per-edge border formatting (slow: a style
    assignment per edge cell); the covered cells take the top-left cell's style,
    which already has the borders, so the merged block is framed the same."""
    mcr = MergedCellRange(ws, ref)
    ws.merged_cells.add(mcr)
    top = ws.cell(row=mcr.min_row, column=mcr.min_col)
    for row in range(mcr.min_row, mcr.max_row + 1):
        for col in range(mcr.min_col, mcr.max_col + 1):
            if (row, col) == (mcr.min_row, mcr.min_col):
                continue
            mc = MergedCell(ws, row, col)
            mc._style = copy(top._style)
            ws._cells[(row, col)] = mc


def style_row(ws: Worksheet, row: int, ncols: int, *, fill: PatternFill | None = None, bold: bool = False,
               rate_cols: tuple[int, ...] = (), wrap_cols: tuple[int, ...] = (), center: bool = False) -> None:
    """Style a whole row at once (it replaces each cell's style: call it before nothing else)."""
    for c in range(1, ncols + 1):
        align = WRAP_TOP if c in wrap_cols else (CENTER if center else None)
        fmt_cell(ws.cell(row=row, column=c), fill=fill, bold=bold, align=align,
             numfmt=RATE_FMT if c in rate_cols else None)


def print_setup(ws: Worksheet, title_rows: str, landscape: bool = True) -> None:
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = title_rows
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5
    ws.oddFooter.center.text = "&P / &N"
