"""Reading an answer file: one sheet (or a CSV file) as a header row and rows of cells.

Files are read by ``evaltool.spreadsheet`` (the safe reader every import uses: size, zip
bombs, XML declarations, encryption checked before anything is parsed; a sheet larger
than ``LIMITS`` is refused, never cut) and CSV text decoded by ``evaltool.textio``: UTF-8
with or without BOM, UTF-16 with BOM, otherwise GB18030 (a superset of GBK and GB2312,
what Excel on a Chinese Windows writes); anything else is refused. Reading reports
``progress(rows read, rows expected)`` and stops on ``cancelled()`` (``Cancelled``), so the
runner's progress dialog shows a big file being read and its Cancel works.

A workbook's other sheets are looked at for an option legend (a sheet named like 选项说明,
编码, legend, codebook — ``legend.looks_like_legend_sheet``) when answers are exported as
option numbers.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from evaltool.errors import ImportFormatError
from evaltool.i18n import translate
from evaltool.spreadsheet import Limits, open_workbook
from evaltool.survey.importing.legend import Legend, looks_like_legend_sheet, parse_legend

# Answer files: the file, zip and XML limits of every import; 100,000 questionnaires,
# 1,000 columns and 2 million cells at most (a larger sheet is refused, never cut).
LIMITS = Limits(max_rows=100_000, max_cols=1_000, max_cells=2_000_000)
# A legend sheet is small: a few hundred options.
LEGEND_LIMITS = Limits(max_rows=20_000, max_cols=50, max_cells=200_000)

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


@dataclass
class TableData:
    """A sheet or CSV file as rows of cells; ``first_row`` is the spreadsheet row number of
    rows[0]. ``legend``: an option legend found in another sheet of the workbook (or given)."""

    file: str
    sheet: str | None
    headers: list[str]
    rows: list[list[Any]]
    first_row: int
    encoding: str | None = None
    legend: Legend | None = None
    cleaned: int = 0  # cells control characters were removed from (evaltool.spreadsheet)


def cell(v: Any) -> Any:
    """A cell as compared and stored: whole floats as ints, text stripped, dates as text."""
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, str):
        return v.strip()
    if isinstance(v, datetime):
        return v.isoformat(sep=" ")
    if isinstance(v, (date, time)):
        return v.isoformat()
    return v


def blank(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def split_header(rows: list[list[Any]], file: str, sheet: str | None, encoding: str | None) -> TableData:
    """The first non-empty row as headers, the rest as rows (trailing empty rows dropped)."""
    start = next((i for i, r in enumerate(rows) if any(not blank(c) for c in r)), None)
    if start is None:
        raise ImportFormatError(translate("Errors", "The file has no header row and no answers."), file=file, sheet=sheet)
    headers = [str(cell(c)) if not blank(c) else "" for c in rows[start]]
    width = len(headers)
    while width and not headers[width - 1]:
        width -= 1
    headers = headers[:width]
    body = [[cell(c) for c in (r[:width] + [None] * (width - len(r)))] for r in rows[start + 1:]]
    while body and all(blank(c) for c in body[-1]):
        body.pop()  # trailing empty rows of a sheet are not "blank questionnaires"
    return TableData(file, sheet, headers, body, start + 2, encoding)


def read_table(path: str | Path, sheet: str | None = None, *, legend_sheet: str | None = None,
               progress: Progress | None = None, cancelled: IsCancelled | None = None) -> TableData:
    """The named (else the first) sheet of an .xlsx/.xls file, or a CSV file, as headers and rows.

    ``legend_sheet`` names the sheet holding the option legend; without it a sheet whose
    name looks like one is read when there is one. Raises ``ImportFormatError`` (a
    ``SpreadsheetError`` for refused files) naming the file and sheet, ``Cancelled``.
    """
    with open_workbook(path, LIMITS, merged_cells=False) as book:
        data = book.sheet(sheet or None, progress=progress, cancelled=cancelled)
        table = split_header(data.rows, book.file, None if book.kind == "csv" else data.name, book.encoding)
        table.cleaned = len(data.cleaned)
        names = [n for n in book.names if n != data.name]
        if legend_sheet:
            if legend_sheet not in book.names:
                book.sheet(legend_sheet)  # refuses, naming the sheets there are
            names = [legend_sheet]
        else:
            names = [n for n in names if looks_like_legend_sheet(n)]
        for name in names:
            legend = parse_legend(book.sheet(name).rows, f"{book.file} · {name}")
            if legend:
                table.legend = legend
                break
    return table


def read_legend(path: str | Path, sheet: str | None = None) -> Legend:
    """An option legend from a file of its own (its named or first sheet); ImportFormatError
    when none is found there."""
    with open_workbook(path, LEGEND_LIMITS, merged_cells=False) as book:
        data = book.sheet(sheet or None)
        legend = parse_legend(data.rows, book.file if book.kind == "csv" else f"{book.file} · {data.name}")
        file = book.file
    if not legend:
        raise ImportFormatError(translate("Errors", "No option legend found: expected rows of question, option number and label."),
                                file=file, sheet=sheet)
    return legend
