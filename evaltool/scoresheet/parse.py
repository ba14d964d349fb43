"""One sheet → ``ParsedSheet``: find the header, choose the layout, build the tree, find
totals by their figures, finish, reconcile, refuse what cannot be understood, and read
the project's facts. Reads only; never touches the database."""
from __future__ import annotations

from evaltool.i18n import translate
from evaltool.scoresheet.facts import sheet_facts
from evaltool.scoresheet.layout import LEVEL_FIELDS, Grid, Header, col_letter, find_header, norm_label
from evaltool.scoresheet.model import ParsedSheet
from evaltool.scoresheet.outline import OutlineReader, outline_styles
from evaltool.scoresheet.reader import SheetReader
from evaltool.scoresheet.reconcile import find_unlabelled_totals, reconcile, refuse_if_not_understood
from evaltool.scoresheet.tree import ColumnsReader


def choose_reader(grid: Grid, header: Header, fname: str) -> SheetReader:
    """A column per level, or one outline column whose numbering gives the levels (in the
    names themselves, or in a 序号 column beside them)."""
    level_cols = [c for f in LEVEL_FIELDS for c in header.cols(f)]
    if len(level_cols) == 1:
        col = level_cols[0]
        styles, numbered, texts = outline_styles(grid, header, col, bare=False)
        if len(styles) >= 2 and numbered * 2 >= texts:
            return OutlineReader(grid, header, fname, col, None)
        for seq in header.cols("seq"):
            styles, numbered, texts = outline_styles(grid, header, seq, bare=True)
            if len(styles) >= 2:
                return OutlineReader(grid, header, fname, col, seq)
    return ColumnsReader(grid, header, fname)


# A 绩效目标表 / 自评表 names indicators too (一级/二级/三级指标, 分值) but states a target and an
# actual value per row instead of a score: it is not a score sheet, whatever else it holds.
TARGET_VALUE_LABELS = frozenset({"指标值", "年度指标值", "目标值", "预期目标值", "计划值", "年度目标值"})
ACTUAL_VALUE_LABELS = frozenset({"实际值", "实际完成值", "完成值", "全年实际值", "实际完成情况"})


def is_target_table(grid: Grid, header: Header) -> bool:
    """A header with a target-value and an actual-value column and no score column."""
    if "score" in header.fields.values():
        return False
    labels = {norm_label(v) for r in header.rows for v in (grid.rows[r] if r < len(grid.rows) else [])}
    return bool(labels & TARGET_VALUE_LABELS) and bool(labels & ACTUAL_VALUE_LABELS)


def parse_grid(grid: Grid, fname: str, sheets: list[str]) -> ParsedSheet | None:
    """The sheet's framework, or None when it has no score-sheet header.

    Raises ``ImportFormatError`` when the header is there but the levels cannot be
    understood (see ``reconcile.refuse_if_not_understood``)."""
    header = find_header(grid)
    if header is None or is_target_table(grid, header):
        return None
    rd = choose_reader(grid, header, fname)
    rd.build()
    rd.sections()
    rd.negative_caps()
    find_unlabelled_totals(rd)
    rd.drop_provisional()
    rd.finish()
    reconcile(rd)
    if rd.roots:
        refuse_if_not_understood(rd)
    cols: dict[str, str] = {}
    for c, f in sorted(header.fields.items()):
        cols[f] = f"{cols[f]},{col_letter(c)}" if f in cols else col_letter(c)
    title, facts = sheet_facts(grid, min(header.rows), rd.other_rows)
    for c, keep, label in header.dropped:
        rd.warn(min(header.rows), c, "column_ignored", translate(
            "Import", "the column “{label}” was not read: column {kept} holds the same field.").format(
                label=label, kept=col_letter(keep)), "note")
    return ParsedSheet(file=fname, sheet=grid.name, sheets=sheets, header_rows=[r + 1 for r in header.rows],
                       columns=cols, title=title, roots=rd.roots, findings=rd.findings,
                       stated=sorted(rd.stated, key=lambda s: s.row), facts=facts, layout=rd.layout)
