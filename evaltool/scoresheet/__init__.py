"""Import of existing indicator score sheets (指标得分表) from .xlsx, .xls and .csv.

Reads sheets the way people make them: the header is found by its labels wherever
it is (title rows above are skipped), may span two or three rows (a merged group
header such as 评价指标 over 一级/二级/三级指标), and uses any of the usual column
names (分值 / 权重 / 指标分值, 得分 / 评价得分, 评价意见 / 扣分原因, …). The hierarchy
comes from merged cells, values filled down, or one row per node; weights may be
written inside names (``决策（16）``) or in their own column(s). Subtotal and total
rows (合计, 小计, 总计, 得分合计) are recognised and not taken as indicators;
negative weights make 逆向指标. Multi-line cell text is kept as written.

The jobs, one module each:

- reading the file safely: ``evaltool.spreadsheet`` (shared with the survey import);
- ``layout``: the header, which column is which field, how a cell reads;
- ``tree``: the indicator hierarchy, weights, subtotals and warnings;
- ``importer``: ``parse_sheet`` only reads (the UI's preview); ``import_parsed`` /
  ``import_sheet`` create a project in the caller's session, so a failure anywhere
  leaves nothing behind (the edge rolls back);
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
