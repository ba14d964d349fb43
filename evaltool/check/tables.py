"""Tables pasted into text: score tables, sample tables and any table with a 合计 row.

A table is a run of lines whose last cells are numbers (cells split by spaces or
tabs; "/" and "—" are empty cells). Names come first ("决策 10 7.25 72.50%",
"项目立项 立项依据充分性 2 2 100.00%"); rows wrapped over several lines, as text copied
from a PDF is, still count when their numbers are on one line. A header line names
the columns:

- a score table (权重/分值, 得分, 得分率): each row's rate must be its score ÷ its
  weight; a 合计/小计 row must hold the sums of the rows above it and their rate;
- a sample table (样本量, 满意度/满意率): a 合计/总体 row's sample is the sum;
- any other table: a 合计/总计/小计 row must hold the sums of its number columns
  (percentage columns are shares, rounded each, and are not added).

``parse_tables`` gives the rows (``narrative`` compares score and sample rows with the
project's data); ``table_statements`` the arithmetic. Qt-free, pure.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, localcontext

from evaltool.check.model import Span, Statement
from evaltool.check.numbers import NUMBER, context, decimals_of, fold, plain, round_half_up, show, to_decimal

_CELL_RE = re.compile(r"\S+")
_NUM_CELL_RE = re.compile(rf"^[-+]?{NUMBER}%?$")
_EMPTY_CELLS = ("/", "—", "-", "--", "——", "／")
TOTAL_NAMES = ("合计", "总计", "小计", "总分", "总体", "全部", "总计得分")
SCORE_COLUMNS = {"weight": ("权重", "分值", "指标分值", "标准分"), "score": ("得分", "评价得分", "实际得分"),
                 "rate": ("得分率",)}
SAMPLE_COLUMNS = {"n": ("样本量", "样本数", "有效样本", "问卷数", "有效问卷"), "rate": ("满意度", "满意率")}
MAX_NAME = 40  # longer text before the numbers is prose, not a table row
FRAGMENT = 14  # a short line without numbers inside a table is a wrapped name


@dataclass(frozen=True)
class Cell:
    value: Decimal
    decimals: int
    percent: bool
    span: Span
    raw: str


@dataclass
class Row:
    names: list[str]
    cells: list[Cell | None]
    span: Span  # the line
    table: int  # rows of one table share the number
    columns: list[str] = field(default_factory=list)  # column of each cell (score/sample tables)
    kind: str = ""  # score | sample | plain

    @property
    def is_total(self) -> bool:
        return bool(self.names) and self.names[0] in TOTAL_NAMES

    def get(self, column: str) -> Cell | None:
        for c, name in zip(self.cells, self.columns, strict=False):
            if name == column:
                return c
        return None


def _cells(line: str, offset: int) -> tuple[list[str], list[Cell | None]] | None:
    parts = [(m.group(), m.start() + offset) for m in _CELL_RE.finditer(line)]
    nums: list[Cell | None] = []
    i = len(parts)
    while i > 0:
        raw, pos = parts[i - 1]
        if raw in _EMPTY_CELLS:
            nums.insert(0, None)
        elif _NUM_CELL_RE.match(raw):
            pct = raw.endswith("%")
            digits = raw.rstrip("%")
            try:
                value = to_decimal(digits)
            except ValueError:
                break
            nums.insert(0, Cell(value, decimals_of(digits), pct, (pos, pos + len(raw)), raw))
        else:
            break
        i -= 1
    names = [p for p, _ in parts[:i]]
    if not any(c is not None for c in nums) or len("".join(names)) > MAX_NAME or re.search(r"[。，；;]", "".join(names)):
        return None
    return names, nums


def _header(line: str) -> tuple[str, list[str]] | None:
    cells = line.split()
    if not cells or any(_NUM_CELL_RE.match(c) for c in cells):
        return None
    for kind, spec in (("score", SCORE_COLUMNS), ("sample", SAMPLE_COLUMNS)):
        cols = []
        for c in cells:
            col = next((k for k, names in spec.items() if c in names), None)
            if col is not None:
                cols.append(col)
        if kind == "score" and {"weight", "score", "rate"} <= set(cols):
            return kind, cols
        if kind == "sample" and {"n", "rate"} <= set(cols):
            return kind, cols
    return None


def parse_tables(text: str) -> list[Row]:
    """Every table row of ``text`` (see the module docstring)."""
    f = fold(text)
    rows: list[Row] = []
    table = 0
    kind, columns = "", list[str]()  # of the current table
    width = -1
    pos = 0
    for line in f.split("\n"):
        start, pos = pos, pos + len(line) + 1
        stripped = line.strip()
        if not stripped:
            continue
        head = _header(stripped)
        if head is not None:
            table += 1
            kind, columns = head
            width = -1
            continue
        got = _cells(line, start)
        if got is None:
            if len(stripped) > FRAGMENT or re.search(r"[。；;]", stripped):
                kind, columns, width = "", [], -1
                table += 1
            continue
        names, cells = got
        if kind:
            if len(cells) < len(columns):
                continue
            cells = cells[-len(columns):]
            row = Row(names, list(cells), (start, start + len(line)), table, list(columns), kind)
        else:
            if len(cells) != width:
                table += 1
                width = len(cells)
            row = Row(names, list(cells), (start, start + len(line)), table, [], "plain")
        rows.append(row)
        if row.is_total:  # a table ends at its total row
            table += 1
            kind, columns, width = "", [], -1
    return rows


def _sum(cells: list[Cell | None]) -> Decimal | None:
    vals = [c.value for c in cells if c is not None]
    return sum(vals, Decimal(0)) if vals else None


def _total_statement(total: Cell, parts: list[Cell | None], line: Span) -> Statement | None:
    value = _sum(parts)
    if value is None or len([p for p in parts if p is not None]) < 2:
        return None
    return Statement("arithmetic", total.span, line, total.raw, show(value, total.decimals),
                     round_half_up(value, total.decimals) == total.value,
                     " + ".join(plain(p.value) for p in parts if p is not None),
                     tuple(p.span for p in parts if p is not None))


def _rate_statement(rate: Cell, score: Cell, weight: Cell, line: Span, score_value: Decimal | None = None,
                    weight_value: Decimal | None = None) -> Statement | None:
    s = score.value if score_value is None else score_value
    w = weight.value if weight_value is None else weight_value
    if w == 0 or not rate.percent:
        return None
    with localcontext(context()):
        value = s / w * 100
    return Statement("arithmetic", rate.span, line, rate.raw, show(value, rate.decimals) + "%",
                     round_half_up(value, rate.decimals) == rate.value, f"{plain(s)} ÷ {plain(w)}",
                     (score.span, weight.span))


def table_statements(text: str, rows: list[Row] | None = None) -> list[Statement]:
    """Rates and totals of every table of ``text``, right or wrong."""
    rows = parse_tables(text) if rows is None else rows
    out: list[Statement] = []
    by_table: dict[int, list[Row]] = {}
    for r in rows:
        by_table.setdefault(r.table, []).append(r)
    for trows in by_table.values():
        body: list[Row] = []
        for r in trows:
            if r.kind == "score":
                w, s, rate = r.get("weight"), r.get("score"), r.get("rate")
                if r.is_total and len(body) >= 2:
                    for col, cell in (("weight", w), ("score", s)):
                        if cell is not None:
                            st = _total_statement(cell, [b.get(col) for b in body], r.span)
                            if st is not None:
                                out.append(st)
                if w is not None and s is not None and rate is not None:
                    st = _rate_statement(rate, s, w, r.span)
                    if st is not None:
                        out.append(st)
            elif r.is_total and len(body) >= 2:
                for i, cell in enumerate(r.cells):
                    if cell is None or cell.percent or (r.kind == "sample" and r.columns[i] != "n"):
                        continue
                    parts = [b.cells[i] if i < len(b.cells) else None for b in body]
                    if any(p is not None and p.percent for p in parts):
                        continue
                    st = _total_statement(cell, parts, r.span)
                    if st is not None:
                        out.append(st)
            if r.is_total:
                body = []
            else:
                body.append(r)
    return out
