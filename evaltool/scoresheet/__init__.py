"""Import of existing indicator score sheets (指标得分表) from .xlsx, .xls and .csv.

Reads sheets the way evaluators type them, and either reproduces the sheet's own totals or
says exactly where it does not: the header is found by its labels anywhere (one to three
rows, group labels over them, any of the usual column names); the levels come from a column
per level (merged, filled down, sparse, one row per group, a weight column per level) or
from one outline column's numbering (一、/（一）/1./（1）/①, 1./1.1/1.1.1); numbers are read by
``evaltool.numbers``; rows stating totals, subtotals and grades are known by their wording
and by their figures; everything the sheet states is reconciled with the tree before
anything is created; a sheet whose levels cannot be understood is refused.

The jobs, one module each:

- reading the file safely: ``evaltool.spreadsheet`` (shared with the survey import);
- ``layout``: the header, which column is which field, how a name cell reads;
- ``rows``: rows that are not indicators by their wording, texts marked inside one cell;
- ``reader`` (shared), ``tree`` (a column per level), ``outline`` (levels from numbering):
  the tree, its weights, 逆向指标 and scores;
- ``reconcile``: totals found by their figures, stated vs computed, weights, refusals;
- ``facts``: the project's name, 评价机构, 评价基准日 … from around the table;
- ``parse``: one sheet end to end; ``importer``: the workbook (which sheet) and the project
  (``parse_sheet`` only reads — the UI's preview; ``import_parsed`` / ``import_sheet`` create
  a project in the caller's session, so a failure anywhere leaves nothing behind);
- ``model``: the plain data passed between them.
"""
from __future__ import annotations

from evaltool.scoresheet.importer import (
    LIMITS,
    SheetChoiceError,
    import_parsed,
    import_sheet,
    parse_sheet,
    to_grid,
)
from evaltool.scoresheet.layout import Grid, col_letter, find_header, match_label, split_weight
from evaltool.scoresheet.model import Finding, ImportResult, ParsedNode, ParsedSheet, Stated, iter_parsed
from evaltool.scoresheet.parse import parse_grid

__all__ = [
    "LIMITS", "Finding", "Grid", "ImportResult", "ParsedNode", "ParsedSheet", "SheetChoiceError", "Stated", "col_letter",
    "find_header", "import_parsed", "import_sheet", "iter_parsed", "match_label", "parse_grid", "parse_sheet",
    "split_weight", "to_grid",
]
