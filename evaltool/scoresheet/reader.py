"""What both layouts share once the header is known: reading a row's numbers and texts,
placing findings, recording the rows that state totals, and finishing the tree (weights
of groups, 逆向指标, scores in points).

Rows are 0-based here (as the grid), findings and nodes 1-based (as the sheet shows).
"""
from __future__ import annotations

import re

from evaltool.formatting import fmt_score
from evaltool.i18n import translate
from evaltool.numbers import Number, NumberError, parse_number
from evaltool.scoresheet.layout import EPS, LEVEL_FIELDS, TEXT_FIELDS, Grid, Header, cell_text, clean_name, col_letter
from evaltool.scoresheet.model import Finding, ParsedNode, Severity, Stated, StatedKind, iter_parsed
from evaltool.scoresheet.rows import NEGATIVE_GROUP_RE, SECTION_RE, RowKind, grade_word, split_marked, states_grade

_STATED_KIND: dict[RowKind, StatedKind] = {"total": "total", "positive_total": "positive_total",
                                           "negative_total": "negative_total", "subtotal": "subtotal",
                                           "grade": "grade", "note": "total"}  # notes are never recorded
_LEADING_NUMBER_RE = re.compile(r"^\s*([-+]?\d+(?:[.．]\d+)?)\s*分?")


class SheetReader:
    """State shared while a sheet is turned into a tree: ``roots``, ``stated``, ``findings``."""

    layout = ""

    def __init__(self, grid: Grid, header: Header, fname: str) -> None:
        self.grid, self.h, self.fname = grid, header, fname
        self.roots: list[ParsedNode] = []
        self.findings: list[Finding] = []
        self.stated: list[Stated] = []
        self.other_rows: list[int] = []  # 0-based rows that are notes (facts are looked for there)
        self.level_cols = [c for f in LEVEL_FIELDS for c in header.cols(f)]
        wcols = header.cols("weight")
        self.weight_col = wcols[-1] if wcols else None
        self.score_col = self.col("score")
        # with one weight column per level, each belongs to the level column on its left
        self.weight_by_level: dict[int, int] = {}
        if len(wcols) > 1:
            for wc in wcols:
                left = [i for i, lc in enumerate(self.level_cols) if lc < wc]
                if left:
                    self.weight_by_level[left[-1]] = wc
        self.start = max(header.rows) + 1

    def build(self) -> None:
        """Read the rows below the header into ``roots`` / ``stated`` (each layout's job)."""
        raise NotImplementedError

    # -- findings -------------------------------------------------------------------
    def warn(self, r: int | None, c: int | None, kind: str, message: str, severity: Severity = "warning") -> None:
        """A finding at 0-based row ``r`` and column ``c`` (either may be None)."""
        self.findings.append(Finding(kind, message, self.grid.name, None if r is None else r + 1,
                                     None if c is None else col_letter(c), severity))

    def col(self, fld: str) -> int | None:
        cols = self.h.cols(fld)
        return cols[0] if cols else None

    # -- cells ----------------------------------------------------------------------
    def weight_at(self, r: int, c: int | None) -> float | None:
        """A weight cell in points (a percentage cell: 30% → 30); warned and None if unreadable."""
        if c is None:
            return None
        v = self.grid.own_value(r, c)
        try:
            n = parse_number(v, percent_cell=(r, c) in self.grid.percent)
        except NumberError as exc:
            self.warn(r, c, "weight_not_number", translate("Import", "the weight “{value}” is not a number ({why}); left empty.").format(
                value=cell_text(v), why=exc.message()))
            return None
        if n.full:
            self.warn(r, c, "weight_not_number", translate("Import", "the weight “{value}” is not a number; left empty.").format(
                value=cell_text(v)))
            return None
        return n.value

    def score_at(self, r: int, c: int | None) -> Number | None:
        """A score cell as written (points are worked out once the weight is known)."""
        if c is None:
            return None
        v = self.grid.own_value(r, c)
        try:
            n = parse_number(v)
        except NumberError as exc:
            self.warn(r, c, "score_not_number", translate("Import", "the score “{value}” is not a number ({why}); left empty.").format(
                value=cell_text(v), why=exc.message()))
            return None
        return None if n.empty else n

    def stated_number(self, r: int, c: int | None) -> float | None:
        """A figure in a total row: lenient (``81.5分（良）`` → 81.5), never warned."""
        if c is None:
            return None
        v = self.grid.own_value(r, c)
        try:
            n = parse_number(v)
            return n.value if not n.percent else None
        except NumberError:
            m = _LEADING_NUMBER_RE.match(cell_text(v))
            return float(m.group(1).replace("．", ".")) if m else None

    def row_grade(self, r: int) -> tuple[str | None, int | None]:
        """The grade word a row states (score column first, then any cell), and its column."""
        cols = ([self.score_col] if self.score_col is not None else []) + list(range(len(self.grid.rows[r])))
        for c in cols:
            v = self.grid.value(r, c)
            if isinstance(v, str):
                g = grade_word(v) or _grade_after_colon(v)
                if g:
                    return g, c
        return None, None

    def texts(self, node: ParsedNode, r: int, append: bool) -> None:
        """The text columns of row ``r`` into ``node``; a cell holding several fields'
        texts under markers (【评价意见】, 评价意见：) is split among them."""
        own_cols = {fld: self.col(fld) for fld in TEXT_FIELDS}
        for fld in TEXT_FIELDS:
            c = own_cols[fld]
            if c is None or (append and self.grid.is_continuation(r, c)):
                continue
            for part_fld, text in split_marked(cell_text(self.grid.own_value(r, c)), fld).items():
                other = own_cols.get(part_fld) if part_fld != fld else None
                if other is not None and cell_text(self.grid.own_value(r, other)):
                    part_fld = fld  # that field has its own cell on this row: keep the text where it was
                self._add_text(node, part_fld, text, append)

    @staticmethod
    def _add_text(node: ParsedNode, fld: str, text: str, append: bool) -> None:
        attr = "evidence_hint" if fld == "evidence" else fld
        old = getattr(node, attr)
        setattr(node, attr, f"{old}\n{text}" if (append or old) and old else text)

    # -- rows that state figures -------------------------------------------------------
    def add_stated(self, kind: RowKind, r: int, label: str, node: ParsedNode | None = None) -> None:
        """Record a total / subtotal / grade row (0-based ``r``)."""
        skind: StatedKind = _STATED_KIND[kind]
        grade, gcol = self.row_grade(r) if kind == "grade" or states_grade(label) or kind in ("total", "positive_total") else (None, None)
        if kind == "grade":
            if grade is None:
                self.warn(r, None, "grade_unread", translate("Import", "“{label}” names a grade but no grade (优/良/中/差…) was found on the row.").format(
                    label=label), "note")
                return
            self.stated.append(Stated("grade", r + 1, label, grade=grade, score_col=col_letter(gcol) if gcol is not None else None))
            return
        wcols = sorted(set(self.weight_by_level.values()) | ({self.weight_col} if self.weight_col is not None else set()),
                       reverse=True)
        w = next((x for c in wcols if (x := self.stated_number(r, c)) is not None), None)
        s = self.stated_number(r, self.score_col)
        prev = [st.row for st in self.stated if st.kind in ("subtotal", "total", "positive_total", "negative_total")]
        st = Stated(skind, r + 1, label, weight=w, score=s, node=node,
                    weight_col=col_letter(self.weight_col) if self.weight_col is not None else None,
                    score_col=col_letter(self.score_col) if self.score_col is not None else None,
                    first_row=(max(prev) + 1) if prev else self.start + 1)
        if w is not None or s is not None:
            self.stated.append(st)
        if grade is not None:
            self.stated.append(Stated("grade", r + 1, label, grade=grade, score_col=col_letter(gcol) if gcol is not None else None))

    # -- finishing ------------------------------------------------------------------------
    def finish(self) -> None:
        """Group weights from their children, 逆向指标, scores in points (range-checked).
        ``negative_caps`` has run before (the totals found by their figures need it)."""

        def total(n: ParsedNode) -> float:
            if n.children:
                s = sum(total(c) for c in n.children)
                if not n.weight_explicit:
                    n.weight = round(s, 6)
                return n.weight or 0.0
            if n.weight is None:
                self.warn(n.row - 1, n.weight_col if n.weight_col is not None else self.weight_col, "no_weight", translate(
                    "Import", "“{name}” has no weight; 0 was used.").format(name=n.name))
                n.weight = 0.0
            return n.weight

        for n in self.roots:
            total(n)
        self._mark_negative()
        for _l, _p, n in iter_parsed(self.roots):
            if n.children:
                self._group_score(n)
            else:
                self._leaf_score(n)

    def sections(self) -> None:
        """Section rows over the groups (正向指标 / 逆向指标, no score, no rows of their own
        under them) are not indicators; the groups after a 逆向指标 section are negative."""
        kept: list[ParsedNode] = []
        negative = False
        for n in self.roots:
            if not n.children and n.score_number is None and SECTION_RE.match(n.name):
                negative = bool(NEGATIVE_GROUP_RE.search(n.name))
                continue
            n.negative_section = negative
            kept.append(n)
        self.roots = kept

    def drop_provisional(self) -> None:
        """Rows with figures but no name that were not totals: skipped, with a warning."""
        for n in [n for n in self.roots if n.provisional]:
            self.roots.remove(n)
            self.warn(n.row - 1, self.weight_col, "no_name", translate(
                "Import", "a row with a weight but no indicator name was skipped."))

    def negative_caps(self) -> None:
        """Under a 逆向指标 / 扣分项 group, a positive weight is the deduction's cap: −cap."""
        def visit(n: ParsedNode) -> None:
            if n.weight is not None and n.weight > EPS:
                n.weight = -n.weight
            for c in n.children:
                visit(c)

        # only a level-1 group: 负面舆情 under 社会效益 is an ordinary indicator
        for n in self.roots:
            if NEGATIVE_GROUP_RE.search(n.name) or n.negative_section:
                visit(n)

    def _mark_negative(self) -> None:
        def mark(n: ParsedNode, in_neg_group: bool) -> bool:
            group = in_neg_group or n.negative_section or bool(NEGATIVE_GROUP_RE.search(n.name))
            if n.children:
                kids = [mark(c, group) for c in n.children]
                n.is_negative = all(kids) and (n.weight or 0) <= EPS
            else:
                n.is_negative = (n.weight or 0) < -EPS or (group and (n.weight or 0) <= EPS and (in_neg_group or n.negative_section))
            if n.is_negative:
                n.cap = n.weight
            return n.is_negative

        for n in self.roots:
            mark(n, False)

    def _group_score(self, n: ParsedNode) -> None:
        """A group's own row states its subtotal: kept for the reconciliation, never a score."""
        num = n.score_number
        if num is not None and n.has_row:
            x = num.points(n.weight or 0.0, negative=n.is_negative)
            if x is not None:
                n.stated_score = x
                self.stated.append(Stated("group", n.row, n.name, weight=n.weight if n.weight_explicit else None, score=x, node=n,
                                          score_col=col_letter(n.score_col) if n.score_col is not None else None))
        n.score, n.comment = None, ""

    def _leaf_score(self, n: ParsedNode) -> None:
        num = n.score_number
        n.score = None
        if num is None:
            return
        w = n.weight or 0.0
        col = n.score_col
        x = num.points(w, negative=n.is_negative)
        if x is None:
            return
        x = round(x, 9) + 0.0
        written = num.text.strip()
        if n.is_negative and num.value is not None and num.value > EPS and not num.percent:
            self.warn(n.row - 1, col, "deduction_sign", translate(
                "Import", "the deduction {score} of the negative indicator “{name}” was taken as −{score}.").format(
                    score=fmt_score(num.value), name=n.name), "note")
        elif num.deduction and not n.is_negative:
            self.warn(n.row - 1, col, "deduction_of_weight", translate(
                "Import", "“{text}” was read as the weight {weight} less the deduction: {score}.").format(
                    text=written, weight=fmt_score(w), score=fmt_score(x)), "note")
        elif num.percent:
            self.warn(n.row - 1, col, "percent_score", translate(
                "Import", "the score “{text}” was read as that share of the weight {weight}: {score}.").format(
                    text=written, weight=fmt_score(w), score=fmt_score(x)), "note")
        if n.is_negative:
            if x < w - EPS:
                self.warn(n.row - 1, col, "score_range", translate(
                    "Import", "the deduction {score} of “{name}” is beyond its cap {cap}; the score was left empty.").format(
                        score=fmt_score(x), name=n.name, cap=fmt_score(w)))
                return
        elif x > w + EPS or x < -EPS:
            self.warn(n.row - 1, col, "score_range", translate(
                "Import", "the score {score} of “{name}” is outside 0…{weight}; the score was left empty.").format(
                    score=fmt_score(x), name=n.name, weight=fmt_score(w)))
            return
        n.score = x

    # -- helpers for the layouts -------------------------------------------------------------
    def fill(self, node: ParsedNode, r: int, weight_col: int | None) -> None:
        """Row ``r`` is ``node``'s own row: its weight (from ``weight_col``), score and texts."""
        node.has_row = True
        node.row = r + 1
        if weight_col is not None:
            w = self.weight_at(r, weight_col)
            if w is not None:
                if node.weight_explicit and abs((node.weight or 0) - w) > EPS:
                    self.warn(r, weight_col, "weight_conflict", translate(
                        "Import", "“{name}” has the weight {a} in its name but {b} in the weight column; {b} was kept.").format(
                            name=node.name, a=fmt_score(node.weight), b=fmt_score(w)))
                node.weight, node.weight_explicit = w, True
                node.weight_col = weight_col
        node.score_number = self.score_at(r, self.score_col)
        node.score_col = self.score_col
        self.texts(node, r, append=False)


def _grade_after_colon(text: str) -> str | None:
    """``等级：良``, ``评价结果：良好`` inside a longer cell."""
    m = re.search(r"(?:等级|等次|评级|评价结果)\s*[：:为]\s*(\S{1,4})", text)
    return grade_word(m.group(1)) if m else None


def name_and_weight(full: str) -> tuple[str, float | None]:
    """A level cell's name without numbering, and a weight written inside it (``决策（16）``)."""
    from evaltool.scoresheet.layout import split_weight

    return split_weight(clean_name(full))
