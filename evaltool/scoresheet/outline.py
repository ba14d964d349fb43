"""One outline column: the level of each row comes from its numbering.

Chinese documents number levels 一、 → （一） → 1. → （1） → ①; decimal outlines use
1. → 1.1 → 1.1.1. A sheet may put that numbering in front of the names (一、决策) or in
a 序号 column beside them. Each numbering style seen is given the next level in the
order the styles first appear, so any nesting of these styles is read; a row whose
numbering skips a level is placed under the deepest open row with a warning.

Every row has its own weight and score; a group's score is the subtotal the sheet
states for it (checked by the reconciliation, never taken as a score).
"""
from __future__ import annotations

import re

from evaltool.i18n import translate
from evaltool.scoresheet.layout import Grid, Header, cell_text
from evaltool.scoresheet.model import ParsedNode
from evaltool.scoresheet.reader import SheetReader, name_and_weight
from evaltool.scoresheet.rows import classify_label, split_marked, split_name_cell

_CN = "一二三四五六七八九十百零〇"
_CIRCLED = "\u2460-\u2473\u3251-\u325f\u32b1-\u32bf"
# (style, pattern) tried in order on the first line of a name cell
_STYLES: list[tuple[str, re.Pattern[str]]] = [
    ("cn", re.compile(rf"^[{_CN}]+\s*[、.．]")),
    ("pcn", re.compile(rf"^[（(]\s*[{_CN}]+\s*[）)]")),
    ("dec", re.compile(r"^\d+(?:\s*[.．]\s*\d+)+\s*[.．、]?(?=\D|$)")),
    ("dec", re.compile(r"^\d+\s*[、.．](?!\d)")),
    ("pn", re.compile(r"^[（(]\s*\d+\s*[）)]")),
    ("n)", re.compile(r"^\d+\s*[)）]")),
    ("circ", re.compile(rf"^[{_CIRCLED}]")),
    ("alpha", re.compile(r"^[A-Za-z]\s*[、.．)）]")),
]
# the same styles written alone in a 序号 column (一, （一）, 1, 1.1, (1), ①)
_BARE: list[tuple[str, re.Pattern[str]]] = [
    ("cn", re.compile(rf"^[{_CN}]+\s*[、.．]?$")),
    ("pcn", re.compile(rf"^[（(]\s*[{_CN}]+\s*[）)]$")),
    ("dec", re.compile(r"^\d+(?:\s*[.．]\s*\d+)*\s*[.．、]?$")),
    ("pn", re.compile(r"^[（(]\s*\d+\s*[）)]$")),
    ("circ", re.compile(rf"^[{_CIRCLED}]$")),
]


def numbering(text: str, bare: bool = False) -> tuple[str, str] | None:
    """(style, rest of the text) of a numbered line; decimal styles carry their depth
    (``dec1`` for 1., ``dec2`` for 1.1). None when the line is not numbered."""
    s = text.strip()
    for style, pat in (_BARE if bare else _STYLES):
        m = pat.match(s)
        if m:
            if style == "dec":
                parts = [p for p in re.split(r"[.．、]", re.sub(r"\s", "", m.group(0))) if p]
                style = f"dec{len(parts)}"
            return style, s[m.end():].strip()
    return None


def outline_styles(grid: Grid, header: Header, col: int, bare: bool) -> tuple[set[str], int, int]:
    """Numbering styles in ``col`` below the header, how many rows are numbered, and how many
    hold text (rows worded as totals or notes left out)."""
    styles: set[str] = set()
    numbered = texts = 0
    for r in range(max(header.rows) + 1, len(grid.rows)):
        t = split_name_cell(cell_text(grid.value(r, col)))[0]
        if not t or classify_label(t) is not None:
            continue
        texts += 1
        hit = numbering(t, bare)
        if hit:
            numbered += 1
            styles.add(hit[0])
    return styles, numbered, texts


class OutlineReader(SheetReader):
    layout = "outline"

    def __init__(self, grid: Grid, header: Header, fname: str, name_col: int, seq_col: int | None) -> None:
        super().__init__(grid, header, fname)
        self.name_col, self.seq_col = name_col, seq_col
        self.levels: dict[str, int] = {}  # numbering style → level, in order of first appearance

    def _level_of(self, style: str) -> int:
        if style not in self.levels:
            self.levels[style] = len(self.levels) + 1
        return self.levels[style]

    def _numbered(self, r: int) -> tuple[tuple[str, str] | None, str]:
        """(style, name) of row ``r``'s numbering (序号 column first), and its name's first line."""
        first_line = split_name_cell(cell_text(self.grid.value(r, self.name_col)))[0]
        seq = cell_text(self.grid.value(r, self.seq_col)) if self.seq_col is not None else ""
        hit = numbering(seq, bare=True) if seq else None
        if hit is None:
            if not first_line:
                # a label written left of the names (合计 in the 序号 column): the row's name
                first_line = next((t for c in range(self.name_col) if (t := cell_text(self.grid.value(r, c)))), "")
                first_line = split_name_cell(first_line)[0]
            return numbering(first_line), first_line
        inner = numbering(first_line)
        return (hit[0], inner[1] if inner else first_line), first_line  # numbered twice: the name without its number

    def build(self) -> None:
        rows = self._indicator_rows()
        numbered = sum(1 for _r, hit, _t in rows if hit is not None)
        unnumbered = len(rows) - numbered
        # unnumbered rows among numbered ones are a level of their own only when there are
        # many (leaves left without numbers); a stray one is not placed by first appearance
        none_is_level = numbered == 0 or (unnumbered >= 2 and unnumbered * 3 >= numbered)
        stack: list[ParsedNode] = []  # the open node at each level
        prev: ParsedNode | None = None
        for r, hit, first_line in rows:
            if hit is None and not first_line:
                if prev is not None and (self.weight_col is None or self.grid.own_value(r, self.weight_col) in (None, "")):
                    self.texts(prev, r, append=True)
                elif self.weight_col is not None and self.grid.own_value(r, self.weight_col) not in (None, ""):
                    self.warn(r, self.weight_col, "no_name", translate(
                        "Import", "a row with a weight but no indicator name was skipped."))
                continue
            stray = hit is None and not none_is_level
            name, w_in_name = name_and_weight(hit[1] if hit else first_line)
            level = 1 if stray else self._level_of(hit[0] if hit else "none")
            if level > len(stack) + 1:
                self.warn(r, self.name_col, "level_skipped", translate(
                    "Import", "the numbering of “{name}” skips a level; it was placed under the row above.").format(name=name))
                level = len(stack) + 1
            del stack[level - 1:]
            node = ParsedNode(name, r + 1, depth=level)
            node.anomalous = stray
            if w_in_name is not None:
                node.weight, node.weight_explicit = w_in_name, True
            (stack[-1].children if stack else self.roots).append(node)
            stack.append(node)
            self.fill(node, r, self.weight_col)
            rest = split_name_cell(cell_text(self.grid.value(r, self.name_col)))[1]
            for fld, text in split_marked(rest, "description").items():
                self._add_text(node, fld, text, append=True)
            prev = node

    def _indicator_rows(self) -> list[tuple[int, tuple[str, str] | None, str]]:
        """Rows that may be indicators, with their numbering; totals, grades and notes are
        recorded or set aside here."""
        out: list[tuple[int, tuple[str, str] | None, str]] = []
        for r in range(self.start, len(self.grid.rows)):
            if not any(v not in (None, "") for v in self.grid.rows[r]):
                continue
            hit, first_line = self._numbered(r)
            first = next((cell_text(v) for v in self.grid.rows[r] if cell_text(v)), "")
            kind = classify_label(hit[1] if hit else first_line) if first_line else classify_label(first)
            if kind == "note":
                self.other_rows.append(r)
                continue
            if kind is not None:
                self.add_stated(kind, r, first_line or first)
                continue
            out.append((r, hit, first_line))
        return out
