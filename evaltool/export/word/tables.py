"""The rows of the report's tables written in bulk: one XML string per table, parsed once by lxml.

Why: python-docx's cell API (``add_table``, ``get_or_add_tcPr``, ``add_run``, ``run.text``
character by character, ``cell.merge``) does a child lookup or an xpath per call; with 3,000
leaves the score sheet and the indicator tables hold some 90,000 cells and took three
quarters of the Word export. Built here as text, the same table costs a string join and
one parse.

The XML is what the former cell-by-cell writer produced, element for element
(``tests/unit/test_word_tables.py`` compares the two cell by cell): per row ``w:cantSplit``
(rows never split across pages) and on the header ``w:tblHeader`` (repeated on each page);
per cell its width (``w:tcW``, twips), a ``w:gridSpan`` / ``w:vMerge`` where cells merge, a
shading on the header (F2F2F2) and the bold total row (FFFFFF); per paragraph the table text
style, centred unless its column is left-aligned; per run ``w:b`` on the header and the
total row. A cell merged into the one above keeps a bare ``w:p`` (python-docx moved its
paragraph up and the writer dropped it); a cell swallowed by a horizontal merge hands its
text to the merged cell, as Word's own Merge Cells does (an empty one adds no paragraph:
python-docx's merge kept it, and the 合计 rows were twice as tall). Also: each cell
has one ``w:tcW`` (the column's width, or the spanned columns' sum), where python-docx's
``add_table`` had left the page width split evenly as a first ``w:tcW`` in front of it (two
``w:tcW`` in a cell is not valid WordprocessingML; the table's fixed layout takes its
widths from ``w:tblGrid`` either way).

Text must hold no character XML 1.0 forbids: the export scrubs every text at its boundary
(``export.remove_xml_illegal``); a stray one makes lxml raise, as python-docx did.
Pure functions; safe from any thread.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape, quoteattr

# python-docx's Run.text: a tab becomes w:tab, each \r or \n a w:br, the rest w:t
_SPECIAL = re.compile(r"([\t\r\n])")
CONTINUE = "continue"
RESTART = "restart"


def cell_value(value: Any) -> str:
    """A cell's text as the writer shows it: None is empty, anything else ``str``."""
    return "" if value is None else str(value)


def run_xml(text: str, bold: bool) -> str:
    """One ``w:r`` holding ``text`` exactly as python-docx's ``add_run(text)`` writes it
    (``xml:space="preserve"`` only when the text starts or ends with white space)."""
    parts: list[str] = []
    for part in _SPECIAL.split(text):
        if part == "\t":
            parts.append("<w:tab/>")
        elif part in ("\r", "\n"):
            parts.append("<w:br/>")
        elif part:
            space = ' xml:space="preserve"' if len(part.strip()) < len(part) else ""
            parts.append(f"<w:t{space}>{escape(part)}</w:t>")
    return "<w:r>" + ("<w:rPr><w:b/></w:rPr>" if bold else "") + "".join(parts) + "</w:r>"


def merge_keys(rows: Sequence[Sequence[Any]], merge_cols: Sequence[int]) -> dict[int, list[str]]:
    """Per merged column, one key per body row: neighbouring cells merge when their keys are
    equal and not empty. A column after the first merges only inside the first column's
    blocks (a weight of 30 under 过程 never merges with the 30 under 产出)."""
    keys: dict[int, list[str]] = {}
    for c in merge_cols:
        first = merge_cols[0]
        keys[c] = [(str(r[first]) + "\x1f" if c != first else "") + str(r[c]) if str(r[c]) else "" for r in rows]
    return keys


def vertical_merges(keys: dict[int, list[str]], body_rows: int) -> dict[tuple[int, int], str]:
    """{(table row, column): RESTART | CONTINUE} for the runs of equal, non-empty keys among
    the first ``body_rows`` body rows (table row 1 is the first body row; the header never merges)."""
    marks: dict[tuple[int, int], str] = {}
    for col, texts in keys.items():
        texts = texts[:body_rows]
        start = 0
        for i in range(1, len(texts) + 1):
            if i == len(texts) or texts[i] != texts[start] or not texts[start]:
                if i - start > 1:
                    marks[(start + 1, col)] = RESTART
                    marks.update(((k + 1, col), CONTINUE) for k in range(start + 1, i))
                start = i
    return marks


def rows_xml(headers: Sequence[Any], rows: Sequence[Sequence[Any]], twips: Sequence[int], style_id: str | None,
             merge_cols: Sequence[int] = (), bold_last: bool = False, align_left: Sequence[int] = (),
             span_last: int = 1) -> str:
    """The ``w:tr`` elements of a table (header first) as one string, inside a ``w:tbl``
    wrapper carrying the WordprocessingML namespace (the caller moves the rows out).

    ``twips``: each column's width; ``merge_cols``: columns whose equal neighbouring cells
    merge vertically (the total row excluded when ``bold_last``); ``align_left``: columns
    whose body cells are not centred; ``span_last``: the last row's first cell spans that
    many columns (a 合计 label over the name columns; only on a bold total row).
    """
    ncols = len(headers)
    if span_last > 1 and not (bold_last and rows):
        raise ValueError("span_last needs a bold total row")
    last = len(rows)  # the table's last row index (the header is row 0)
    body_rows = len(rows) - 1 if bold_last else len(rows)
    marks = vertical_merges(merge_keys(rows, merge_cols), body_rows) if merge_cols else {}
    style = f"<w:pStyle w:val={quoteattr(style_id)}/>" if style_id is not None else ""
    out = [f'<w:tbl xmlns:w="{_W_NS}">']
    for r_i in range(last + 1):
        values = headers if r_i == 0 else rows[r_i - 1]
        bold = r_i == 0 or (bold_last and r_i == last)
        shade = (f'<w:shd w:val="clear" w:color="auto" w:fill="{"F2F2F2" if r_i == 0 else "FFFFFF"}"/>'
                 if bold else "")
        out.append("<w:tr><w:trPr><w:cantSplit/>" + ('<w:tblHeader w:val="true"/>' if r_i == 0 else "")
                   + "</w:trPr>")

        def para(c: int, values: Sequence[Any] = values, r_i: int = r_i, bold: bool = bold) -> str:
            jc = '<w:jc w:val="center"/>' if r_i == 0 or c not in align_left else ""
            text = cell_value(values[c]) if c < len(values) else ""
            return f"<w:p><w:pPr>{style}{jc}</w:pPr>{run_xml(text, bold)}</w:p>"

        c_i = 0
        while c_i < ncols:
            span = min(span_last, ncols) if r_i == last and r_i > 0 and c_i == 0 else 1
            mark = marks.get((r_i, c_i))
            width = sum(twips[c_i:c_i + span])
            tc_pr = (f'<w:tcW w:w="{width}" w:type="dxa"/>' + (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "")
                     + ('<w:vMerge w:val="restart"/>' if mark == RESTART else "<w:vMerge/>" if mark == CONTINUE else "")
                     + shade)
            if mark == CONTINUE:
                body = "<w:p/>"
            else:
                # a spanned cell holds the texts of the columns it covers; empty ones add no
                # paragraph (an empty bold line made every 合计 row twice as tall)
                cols = [c for c in range(c_i, c_i + span) if c < len(values) and cell_value(values[c])] or [c_i]
                body = "".join(para(c) for c in cols)
            out.append(f"<w:tc><w:tcPr>{tc_pr}</w:tcPr>{body}</w:tc>")
            c_i += span
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
