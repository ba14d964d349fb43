"""Building the indicator tree from a sheet's rows once its header is known.

The hierarchy comes from merged cells, values filled down, or one row per node; weights
may be written inside names or in their own column(s), one per level. Subtotal and total
rows are recognised and not taken as indicators; negative weights make 逆向指标. Every
doubt becomes a warning naming sheet, row and column.
"""
from __future__ import annotations

from evaltool.i18n import translate
from evaltool.scoresheet.layout import (
    EPS,
    LEVEL_FIELDS,
    NEGATIVE_GROUP_RE,
    NOTE_RE,
    TEXT_FIELDS,
    TOTAL_RE,
    Grid,
    Header,
    NotNumberError,
    cell_text,
    clean_name,
    col_letter,
    find_header,
    norm_label,
    sheet_title,
    split_weight,
    to_number,
)
from evaltool.scoresheet.model import ParsedNode, ParsedSheet, iter_parsed
from evaltool.scoring import fmt_score


class _Builder:
    def __init__(self, grid: Grid, header: Header, fname: str) -> None:
        self.grid, self.h, self.fname = grid, header, fname
        self.roots: list[ParsedNode] = []
        self.warnings: list[str] = []
        self.level_cols = [c for f in LEVEL_FIELDS for c in header.cols(f)]
        wcols = header.cols("weight")
        # with one weight column per level, each belongs to the level column on its left
        self.weight_by_level: dict[int, int] = {}
        if len(wcols) > 1:
            for wc in wcols:
                left = [i for i, lc in enumerate(self.level_cols) if lc < wc]
                if left:
                    self.weight_by_level[left[-1]] = wc
        self.weight_col = wcols[-1] if wcols else None
        self.total_score: float | None = None

    def warn(self, r: int, c: int | None, message: str) -> None:
        self.warnings.append(translate("Import", "Sheet “{sheet}”, row {row}{column}: {message}").format(
            sheet=self.grid.name, row=r + 1,
            column=translate("Import", ", column {column}").format(column=col_letter(c)) if c is not None else "",
            message=message))

    def num(self, r: int, c: int | None, what: str) -> float | None:
        if c is None:
            return None
        try:
            return to_number(self.grid.value(r, c), (r, c) in self.grid.percent and what == "weight")
        except NotNumberError as exc:
            if what == "weight":
                msg = translate("Import", "the weight “{value}” is not a number; left empty.")
            else:
                msg = translate("Import", "the score “{value}” is not a number; left empty.")
            self.warn(r, c, msg.format(value=exc.args[0]))
            return None

    def col(self, fld: str) -> int | None:
        cols = self.h.cols(fld)
        return cols[0] if cols else None

    def child(self, parent: ParsedNode | None, name: str, r: int) -> ParsedNode:
        siblings = parent.children if parent is not None else self.roots
        for n in reversed(siblings):
            if n.name == name:
                return n
        n = ParsedNode(name, r + 1)
        siblings.append(n)
        return n

    def build(self) -> None:
        start = max(self.h.rows) + 1
        prev_raw: list[str] = []
        prev_leaf: ParsedNode | None = None
        prev_leaf_row = -2
        for r in range(start, len(self.grid.rows)):
            raw = [cell_text(self.grid.value(r, c)) for c in self.level_cols]
            row_vals = [v for v in self.grid.rows[r] if v not in (None, "")]
            if not row_vals:
                continue
            first = next((cell_text(v) for v in self.grid.rows[r] if cell_text(v)), "")
            labels = [norm_label(x) for x in raw if x] + [norm_label(first)]
            if any(TOTAL_RE.search(x) for x in labels if x):
                self._subtotal(r, raw)
                continue
            if NOTE_RE.match(first) and not any(raw[1:]):
                continue
            if not any(raw):
                # text continuing the leaf above (a criteria line on its own row)
                if prev_leaf is not None and self.num(r, self.weight_col, "weight") is None:
                    self._texts(prev_leaf, r, append=True)
                else:
                    self.warn(r, self.weight_col, translate("Import", "a row with a weight but no indicator name was skipped."))
                continue
            deepest = max(i for i, x in enumerate(raw) if x)
            names: list[str] = []
            for k in range(deepest + 1):
                v = raw[k] or (prev_raw[k] if k < len(prev_raw) else "")
                if not v:
                    self.warn(r, self.level_cols[k], translate("Import", "no name at this level; the row was placed one level up."))
                    continue
                names.append(v)
            prev_raw = [raw[k] or (prev_raw[k] if k < len(prev_raw) else "") for k in range(deepest + 1)]
            # walk/create the path
            parent: ParsedNode | None = None
            node: ParsedNode | None = None
            same_leaf = False
            for k, full in enumerate(names):
                name, w_in_name = split_weight(clean_name(full))
                is_last = k == len(names) - 1
                if is_last and prev_leaf is not None and prev_leaf_row == r - 1 and prev_leaf.name == name and (
                        prev_leaf in (parent.children if parent is not None else self.roots)):
                    node, same_leaf = prev_leaf, True
                else:
                    node = self.child(parent, name, r)
                    if is_last and node.has_row:
                        # the same name again at the same place: a duplicate, kept apart
                        self.warn(r, self.level_cols[min(k, len(self.level_cols) - 1)], translate(
                            "Import", "“{name}” appears twice under the same parent.").format(name=name))
                        node = ParsedNode(name, r + 1)
                        (parent.children if parent is not None else self.roots).append(node)
                lvl_w = self.num(r, self.weight_by_level.get(k), "weight") if self.weight_by_level else None
                for w in (w_in_name, lvl_w):
                    if w is None:
                        continue
                    if node.weight_explicit and abs((node.weight or 0) - w) > EPS:
                        self.warn(r, self.level_cols[min(k, len(self.level_cols) - 1)], translate(
                            "Import", "“{name}” has the weight {a} here but {b} above; {b} was kept.").format(
                                name=name, a=fmt_score(w), b=fmt_score(node.weight)))
                    elif not node.weight_explicit:
                        node.weight, node.weight_explicit = w, True
                parent = node
            assert node is not None
            if same_leaf:
                w_cont = self.grid.is_continuation(r, self.weight_col) if self.weight_col is not None else True
                if self.weight_col is None or w_cont or self.grid.value(r, self.weight_col) in (None, ""):
                    self._texts(node, r, append=True)
                    prev_leaf_row = r
                    continue
                self.warn(r, self.level_cols[-1], translate("Import", "“{name}” appears twice under the same parent.").format(name=node.name))
                dup = ParsedNode(node.name, r + 1)
                container = self._container(node)
                container.append(dup)
                node = dup
            self._fill(node, r)
            prev_leaf, prev_leaf_row = node, r

    def _container(self, node: ParsedNode) -> list[ParsedNode]:
        for _l, _p, n in iter_parsed(self.roots):
            if node in n.children:
                return n.children
        return self.roots

    def _texts(self, node: ParsedNode, r: int, append: bool) -> None:
        for fld in TEXT_FIELDS:
            c = self.col(fld)
            if c is None or (append and self.grid.is_continuation(r, c)):
                continue
            t = cell_text(self.grid.value(r, c))
            if not t:
                continue
            attr = "evidence_hint" if fld == "evidence" else fld
            old = getattr(node, attr)
            setattr(node, attr, f"{old}\n{t}" if append and old else t)

    def _fill(self, node: ParsedNode, r: int) -> None:
        node.has_row = True
        node.row = r + 1
        if not self.weight_by_level or len(self.level_cols) - 1 not in self.weight_by_level:
            w = self.num(r, self.weight_col, "weight")
            if w is not None:
                if node.weight_explicit and abs((node.weight or 0) - w) > EPS:
                    self.warn(r, self.weight_col, translate(
                        "Import", "“{name}” has the weight {a} in its name but {b} in the weight column; {b} was kept.").format(
                            name=node.name, a=fmt_score(node.weight), b=fmt_score(w)))
                node.weight, node.weight_explicit = w, True
        sc = self.col("score")
        node.score = self.num(r, sc, "score")
        node.score_col = sc
        self._texts(node, r, append=False)

    def _subtotal(self, r: int, raw: list[str]) -> None:
        """A 小计/合计 row: gives the weight of the group named before the label, if any."""
        prefix: list[str] = []
        for x in raw:
            if not x or TOTAL_RE.search(norm_label(x)):
                break
            prefix.append(x)
        w = self.num(r, self.weight_col, "weight")
        s = self.num(r, self.col("score"), "score")
        if not prefix:
            label = next((norm_label(x) for x in raw if x), "")
            if label in ("合计", "总计", "总分", "得分合计", "合计得分", "总得分", "总合计") or not label:
                self.total_score = s if s is not None else self.total_score
            return
        node: ParsedNode | None = None
        siblings = self.roots
        for full in prefix:
            name, _w = split_weight(clean_name(full))
            node = next((n for n in reversed(siblings) if n.name == name), None)
            if node is None:
                return
            siblings = node.children
        if node is not None and w is not None and not node.weight_explicit:
            node.weight, node.weight_explicit = w, True

    def finish(self) -> None:
        def total(n: ParsedNode) -> float:
            if n.children:
                s = sum(total(c) for c in n.children)
                if not n.weight_explicit:
                    n.weight = round(s, 6)
                return n.weight or 0.0
            if n.weight is None:
                self.warn(n.row - 1, self.weight_col, translate("Import", "“{name}” has no weight; 0 was used.").format(name=n.name))
                n.weight = 0.0
            return n.weight

        for n in self.roots:
            total(n)

        def mark(n: ParsedNode, in_neg_group: bool) -> bool:
            group = in_neg_group or bool(NEGATIVE_GROUP_RE.search(n.name))
            if n.children:
                kids = [mark(c, group) for c in n.children]
                n.is_negative = all(kids) and (n.weight or 0) <= EPS
            else:
                n.is_negative = (n.weight or 0) < -EPS or (group and (n.weight or 0) <= EPS and in_neg_group)
            if n.is_negative:
                n.cap = n.weight
            return n.is_negative

        for n in self.roots:
            mark(n, False)
        for n in [x for _l, _p, x in iter_parsed(self.roots) if x.is_leaf]:
            self._check_score(n)
        # a group row's own score/comment are subtotals, not data
        for _l, _p, n in iter_parsed(self.roots):
            if n.children:
                n.score, n.comment = None, ""

    def _check_score(self, n: ParsedNode) -> None:
        if n.score is None:
            return
        col = n.score_col
        w = n.weight or 0.0
        if n.is_negative:
            if n.score > EPS:
                self.warn(n.row - 1, col, translate("Import", "the deduction {score} of “{name}” was taken as −{score}.").format(
                    score=fmt_score(n.score), name=n.name))
                n.score = -n.score
            if n.score < w - EPS:
                self.warn(n.row - 1, col, translate("Import", "the deduction {score} of “{name}” is beyond its cap {cap}; the score was left empty.").format(
                    score=fmt_score(n.score), name=n.name, cap=fmt_score(w)))
                n.score = None
        elif n.score > w + EPS or n.score < -EPS:
            self.warn(n.row - 1, col, translate("Import", "the score {score} of “{name}” is outside 0…{weight}; the score was left empty.").format(
                score=fmt_score(n.score), name=n.name, weight=fmt_score(w)))
            n.score = None


def parse_grid(grid: Grid, fname: str, sheets: list[str]) -> ParsedSheet | None:
    header = find_header(grid)
    if header is None:
        return None
    b = _Builder(grid, header, fname)
    b.build()
    b.finish()
    cols: dict[str, str] = {}
    for c, f in sorted(header.fields.items()):
        cols[f] = f"{cols[f]},{col_letter(c)}" if f in cols else col_letter(c)
    parsed = ParsedSheet(file=fname, sheet=grid.name, sheets=sheets, header_rows=[r + 1 for r in header.rows],
                         columns=cols, title=sheet_title(grid, min(header.rows)), roots=b.roots,
                         warnings=b.warnings, total_score=b.total_score)
    leaves = parsed.leaves()
    if parsed.total_score is not None and leaves and all(n.score is not None for n in leaves if not n.is_negative):
        s = round(sum(n.score or 0.0 for n in leaves), 6)
        if abs(s - parsed.total_score) > 0.0015:
            parsed.warnings.append(translate("Import", "Sheet “{sheet}”: the total row says {total} but the indicators add to {sum}.").format(
                sheet=grid.name, total=fmt_score(parsed.total_score), sum=fmt_score(s)))
    return parsed
