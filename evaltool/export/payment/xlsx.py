"""The payment statement as an Excel workbook the finance office can file.

One sheet: title, the contract's terms, the payment per installment with a total row, the
monthly assessments, the penalties itemised, the rounding rules, points to check, and
signature lines. Money cells are numbers (元, format ``#,##0.00``) so they can be summed
and checked; averages keep 3 decimals. A4 landscape, fitted to the page width.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from evaltool.export.payment.tables import StatementDoc, Table, lbl

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD = PatternFill("solid", fgColor="D9E1F2")
TOTAL = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
RIGHT = Alignment(horizontal="right", vertical="center")
MONEY = "#,##0.00"


def _number(text: str) -> Any:
    """A money or score text as a number for Excel ("1,234.50" → 1234.5); other text as is."""
    raw = text.replace(",", "")
    for suffix in ("（暂估）", " (provisional)"):
        if raw.endswith(suffix):
            return text
    try:
        return float(raw)
    except ValueError:
        return text


def _table(ws: Any, row: int, t: Table, formats: dict[int, str]) -> int:
    ws.cell(row=row, column=1, value=t.title).font = Font(bold=True, size=12)
    row += 1
    for c, h in enumerate(t.headers, start=1):
        cell = ws.cell(row=row, column=c, value=h)
        cell.font, cell.fill, cell.border, cell.alignment = Font(bold=True), HEAD, BORDER, CENTER
    ws.row_dimensions[row].height = 32
    body = [*t.rows, *([t.total] if t.total else [])]
    for k, values in enumerate(body):
        row += 1
        is_total = t.total is not None and k == len(body) - 1
        for c, v in enumerate(values, start=1):
            numeric = (c - 1) in t.numeric and v != ""
            value = _number(v) if numeric else v
            cell = ws.cell(row=row, column=c, value=value)
            cell.border = BORDER
            cell.alignment = RIGHT if numeric else WRAP
            if numeric and isinstance(value, float):
                cell.number_format = formats.get(c - 1, "General")
            if is_total:
                cell.font, cell.fill = Font(bold=True), TOTAL
    return row + 2


def _units(text: Any) -> float:
    return sum(2.0 if ord(ch) > 0x2E7F else 1.0 for ch in str(text or ""))


def _height(text: str, width: float) -> float:
    """Points of row height for ``text`` wrapped in ``width`` character units (15 pt a line)."""
    lines = max(1, -(-int(_units(text) * 1.1) // max(int(width), 1)))
    return 15.0 * lines + 3


def _widths(ws: Any, tables: list[Table], minimum: int = 6) -> None:
    """Column widths fitting the tables' cells (a header may wrap onto two lines)."""
    n = max(len(t.headers) for t in tables)
    for c in range(n):
        need = [_units(t.headers[c]) / 2 + 2 for t in tables if c < len(t.headers)]
        need += [_units(r[c]) + 2 for t in tables for r in [*t.rows, *([t.total] if t.total else [])] if c < len(r)]
        ws.column_dimensions[get_column_letter(c + 1)].width = min(max(minimum, *need), 40)


def _page(ws: Any) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.oddFooter.center.text = "&P / &N"


def write_statement_xlsx(doc: StatementDoc, path: Path, lang: str) -> None:
    """Sheet 1: the statement (terms, installments, penalties, notes, signatures);
    sheet 2: the monthly assessments behind it."""
    summary, months, penalties = doc.tables
    wb = Workbook()
    ws = wb.active
    ws.title = lbl("sheet_statement", lang)[:31]
    ncols = len(summary.headers)
    last = get_column_letter(ncols)
    ws.cell(row=1, column=1, value=doc.title).font = Font(bold=True, size=15)
    ws.merge_cells(f"A1:{last}1")
    ws["A1"].alignment = CENTER
    ws.row_dimensions[1].height = 30
    ws.cell(row=2, column=ncols, value=lbl("unit_note", lang)).alignment = RIGHT
    _widths(ws, [summary, penalties] if penalties.rows else [summary], 5)
    # merged text cells: as many lines as the text needs at the width of the columns it spans
    text_width = sum(ws.column_dimensions[get_column_letter(c)].width for c in range(4, ncols + 1))
    full_width = text_width + sum(ws.column_dimensions[get_column_letter(c)].width for c in range(1, 4))
    row = 3
    for key, value in doc.info:
        label = ws.cell(row=row, column=1, value=key)
        label.font, label.alignment = Font(bold=True), WRAP
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)
        ws.cell(row=row, column=4, value=value).alignment = WRAP
        ws.merge_cells(start_row=row, start_column=4, end_row=row, end_column=ncols)
        ws.row_dimensions[row].height = _height(value, text_width)
        row += 1
    row += 1
    row = _table(ws, row, summary, {2: MONEY, 4: "0.000", 7: MONEY, 8: MONEY, 9: MONEY, 10: MONEY, 11: MONEY})
    if penalties.rows:
        row = _table(ws, row, penalties, {5: MONEY, 6: MONEY})
    else:
        ws.cell(row=row, column=1, value=penalties.title).font = Font(bold=True, size=12)
        ws.cell(row=row + 1, column=1, value=lbl("no_penalties", lang))
        row += 3
    ws.cell(row=row, column=1, value=lbl("notes", lang)).font = Font(bold=True)
    for note in [*doc.notes, *doc.warnings]:
        row += 1
        ws.cell(row=row, column=1, value=note).alignment = WRAP
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
        ws.row_dimensions[row].height = _height(note, full_width)
    row += 2
    for k, sig in enumerate(doc.signatures):
        ws.cell(row=row, column=1 + k * 3, value=sig).font = Font(bold=True)
    _page(ws)

    ws2 = wb.create_sheet(lbl("sheet_months", lang)[:31])
    ws2.cell(row=1, column=1, value=doc.title).font = Font(bold=True, size=13)
    _table(ws2, 3, months, {10: MONEY})
    _widths(ws2, [months])
    ws2.freeze_panes = "C5"
    ws2.print_title_rows = "4:4"
    _page(ws2)
    wb.save(str(path))
