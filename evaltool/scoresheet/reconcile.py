"""Before anything is created: the sheet's own figures against the tree read from it.

Three steps, run in this order by ``parse_grid``:

1. ``find_unlabelled_totals`` (before the tree is finished): a row that is not worded as
   a total but whose weight and score are the sums of the rows above it is a total
   (of the sheet, or of its group), whatever it is called — when its shape also says so
   (a label across the level columns, fewer levels than the rows it adds, no numbering
   in an outline) or the weights leave no other reading (the rows above add to 100, or
   to the weight its group states). It is taken out of the tree and kept as stated.
2. ``reconcile`` (after): every stated total, subtotal, group score and grade is compared
   with what the tree computes; level-1 weights must add to 100 (逆向指标 apart) — or to
   the total weight the sheet states —, children to their parent's stated weight.
3. ``refuse_if_not_understood``: a tree whose weights add to far more than the sheet
   says (rows counted twice: group rows read as indicators, levels not seen) is refused
   with what was found and what to fix, rather than imported wrong.

Figures agree within 0.0015 (scores are shown with three decimals).
"""
from __future__ import annotations

from evaltool.errors import ImportFormatError
from evaltool.formatting import fmt_score
from evaltool.i18n import translate
from evaltool.models import DEFAULT_GRADE_BANDS
from evaltool.scoresheet.layout import col_letter
from evaltool.scoresheet.model import ParsedNode, Stated, iter_parsed
from evaltool.scoresheet.reader import SheetReader
from evaltool.scoresheet.rows import grade_rank

TOL = 0.0015
FULL = 100.0


def _close(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and abs(a - b) <= TOL


def _raw_score(n: ParsedNode) -> float | None:
    num = n.score_number
    if num is None:
        return None
    return num.points(n.weight or 0.0, negative=(n.weight or 0.0) < 0)


def _leaves(roots: list[ParsedNode]) -> list[ParsedNode]:
    return sorted((n for _l, _p, n in iter_parsed(roots) if n.is_leaf and n.has_row), key=lambda n: n.row)


def _parent(roots: list[ParsedNode], node: ParsedNode) -> tuple[ParsedNode | None, list[ParsedNode]]:
    if node in roots:
        return None, roots
    for _l, _p, n in iter_parsed(roots):
        if node in n.children:
            return n, n.children
    return None, roots


def _sums(nodes: list[ParsedNode]) -> tuple[float | None, float | None]:
    """(weight, score) of leaves; None when any of them lacks the figure."""
    ws = [n.weight for n in nodes]
    ss = [_raw_score(n) for n in nodes]
    w = round(sum(x for x in ws if x is not None), 6) if all(x is not None for x in ws) else None
    s = round(sum(x for x in ss if x is not None), 6) if all(x is not None for x in ss) else None
    return w, s


def _subtree_leaves(n: ParsedNode) -> list[ParsedNode]:
    return [x for _l, _p, x in iter_parsed([n]) if x.is_leaf and x.has_row]


def find_unlabelled_totals(rd: SheetReader) -> None:
    """Step 1: leaves that are really totals or subtotals, recognised by their figures."""
    boundaries = sorted(st.row for st in rd.stated if st.kind in ("total", "positive_total", "negative_total"))
    changed = True
    while changed:
        changed = False
        leaves = _leaves(rd.roots)
        for x in leaves:
            if x.weight is None and x.score_number is None:
                continue
            if _is_total(rd, x, leaves, boundaries) or _is_subtotal(rd, x):
                changed = True
                break


def _is_total(rd: SheetReader, x: ParsedNode, leaves: list[ParsedNode], boundaries: list[int]) -> bool:
    """``x`` adds up the rows above it (since the previous total, or all of them) and is
    shaped like a total: an odd row (a label across the level columns, no numbering in an
    outline), or a level-1 row shallower than the rows it adds (or a one-level sheet)
    whose weight is 100 or whose weight and score both match, with no indicator after it."""
    xs = _raw_score(x)
    if x.weight is None and xs is None:
        return False
    after = max((b for b in boundaries if b < x.row), default=0)
    last = not any(n.row > x.row and (n.weight or 0) >= 0 for n in leaves)
    everything = sum(n.weight or 0.0 for n in leaves if (n.weight or 0) >= 0)
    if not x.anomalous and x.weight is not None and _close(everything, FULL) and not _close(everything - x.weight, FULL):
        return False  # as an indicator it makes the level-1 weights add to 100: it is one
    for above in ([n for n in leaves if after < n.row < x.row], [n for n in leaves if n.row < x.row]):
        pos = [n for n in above if (n.weight or 0) >= 0]
        if len(pos) < 2:
            continue
        w, _s = _sums(pos)
        _w, s = _sums(above)
        w_ok = _close(x.weight, w) if x.weight is not None else _close(xs, s)
        if not w_ok:
            continue
        both = x.weight is not None and xs is not None and _close(xs, s)
        depth = max(n.depth for n in pos)
        level_row = (x.depth == 1 and x.depth < depth) or depth == 1
        if x.anomalous or (level_row and ((_close(w, FULL) and last) or (both and last))):
            _take_out(rd, x, "total")
            return True
    return False


def _is_subtotal(rd: SheetReader, x: ParsedNode) -> bool:
    """``x`` adds up the siblings above it: its group states that weight (so ``x`` cannot be
    one more indicator), or ``x`` is odd (a label across the level columns, placed up) and
    both its figures match."""
    parent, siblings = _parent(rd.roots, x)
    before = [n for n in siblings if n is not x and n.row < x.row]
    if parent is None or len(before) < 2 or x.weight is None:
        return False
    under = [leaf for n in before for leaf in _subtree_leaves(n)]
    w, s = _sums(under)
    xs = _raw_score(x)
    if not _close(x.weight, w) or not (xs is None or _close(xs, s)):
        return False
    told = parent.weight_explicit and _close(parent.weight, w)
    if not (told or (x.anomalous and xs is not None)):
        return False
    _take_out(rd, x, "subtotal", group=parent)
    return True


def _take_out(rd: SheetReader, x: ParsedNode, kind: str, *, group: ParsedNode | None = None) -> None:
    """Remove ``x`` (and groups that held only it) from the tree; keep it as stated."""
    node: ParsedNode | None = x
    while node is not None:
        parent, siblings = _parent(rd.roots, node)
        siblings.remove(node)
        node = parent if parent is not None and not parent.children and not parent.has_row else None
    st = Stated("total" if kind == "total" else "subtotal", x.row, x.name, weight=x.weight, score=_raw_score(x),
                node=group, by_numbers=True,
                weight_col=col_letter(rd.weight_col) if rd.weight_col is not None else None,
                score_col=col_letter(x.score_col) if x.score_col is not None else None)
    rd.stated.append(st)
    rd.stated.sort(key=lambda s: s.row)
    message = translate("Import", "“{label}” was read as a total, not an indicator: its figures are the sums of the rows above it.") \
        if kind == "total" else translate(
            "Import", "“{label}” was read as the subtotal of “{group}”, not an indicator: its figures are the sums of the rows above it.")
    rd.warn(x.row - 1, None, "total_by_figures", message.format(label=x.name, group=group.name if group else ""), "note")


# -- step 2 ------------------------------------------------------------------------------

def _grade(total: float) -> str:
    bands = sorted(DEFAULT_GRADE_BANDS, key=lambda b: -float(b["min"]))
    return next((str(b["name"]) for b in bands if total >= float(b["min"]) - 1e-9), str(bands[-1]["name"]))


def reconcile(rd: SheetReader) -> None:
    """Step 2: compare what the sheet states with the finished tree; warn where they differ."""
    leaves = _leaves(rd.roots)
    scored = [n for n in leaves if n.score is not None]
    for st in rd.stated:
        if st.kind == "grade":
            continue
        covered = _covered(rd, st, leaves)
        pos = [n for n in covered if not n.is_negative]
        if st.kind not in ("group", "negative_total"):
            st.computed_weight = round(sum(n.weight or 0.0 for n in pos), 6)
        elif st.kind == "negative_total":
            st.computed_weight = round(sum(n.weight or 0.0 for n in covered if n.is_negative), 6)
        st.computed_score = round(sum(n.score or 0.0 for n in covered), 6)
        missing = sum(1 for n in covered if n.score is None)
        _compare(rd, st, missing)
    total = round(sum(n.score or 0.0 for n in leaves), 6)
    for st in rd.stated:
        if st.kind != "grade":
            continue
        st.computed_grade = _grade(total) if scored else None
        want, got = grade_rank(st.grade), grade_rank(st.computed_grade)
        if want is not None and got is not None and want != got:
            st.agrees = st.score_agrees = False
            rd.warn(st.row - 1, _col(st.score_col), "grade_mismatch", translate(
                "Import", "the sheet states the grade {stated}, but the imported scores add to {total}, which is {computed} "
                "(优 ≥90, 良 80–<90, 中 60–<80, 差 <60).").format(stated=st.grade, total=fmt_score(total),
                                                             computed=st.computed_grade))
    _check_weights(rd)


def _col(letter: str | None) -> int | None:
    if not letter:
        return None
    n = 0
    for ch in letter:
        n = n * 26 + ord(ch) - 64
    return n - 1


def _covered(rd: SheetReader, st: Stated, leaves: list[ParsedNode]) -> list[ParsedNode]:
    """The leaves a stated figure adds up."""
    if st.node is not None:
        return _subtree_leaves(st.node)
    if st.kind == "subtotal":
        return [n for n in leaves if st.first_row <= n.row < st.row]
    above = [n for n in leaves if n.row < st.row] or leaves
    if st.kind == "positive_total":
        return [n for n in above if not n.is_negative]
    if st.kind == "negative_total":
        return [n for n in leaves if n.is_negative]
    return above


def _compare(rd: SheetReader, st: Stated, missing: int) -> None:
    what = {"total": translate("Import", "total"), "positive_total": translate("Import", "total of the positive indicators"),
            "negative_total": translate("Import", "total of the negative indicators"),
            "subtotal": translate("Import", "subtotal"), "group": translate("Import", "subtotal")}[st.kind]
    if st.weight is not None and st.computed_weight is not None and not _close(abs(st.weight), abs(st.computed_weight)):
        st.agrees = st.weight_agrees = False
        rd.warn(st.row - 1, _col(st.weight_col), "weight_mismatch", translate(
            "Import", "“{label}” states the {what} weight {stated}, but the indicators it covers add to {computed}.").format(
                label=st.label, what=what, stated=fmt_score(st.weight), computed=fmt_score(st.computed_weight)))
    if st.score is not None and not _close(st.score, st.computed_score):
        st.agrees = st.score_agrees = False
        extra = translate("Import", " ({n} of them have no score)").format(n=missing) if missing else ""
        rd.warn(st.row - 1, _col(st.score_col), "score_mismatch", translate(
            "Import", "“{label}” states the {what} score {stated}, but the imported scores add to {computed}{extra}.").format(
                label=st.label, what=what, stated=fmt_score(st.score), computed=fmt_score(st.computed_score), extra=extra))


def expected_total(rd: SheetReader) -> tuple[float, Stated | None]:
    """What the level-1 weights should add to: the weight the sheet's total row states, else 100."""
    totals = [st for st in rd.stated if st.kind in ("total", "positive_total") and st.weight is not None and st.node is None]
    if totals:
        return abs(totals[-1].weight or 0.0), totals[-1]
    return FULL, None


def _check_weights(rd: SheetReader) -> None:
    positive = [n for n in rd.roots if not n.is_negative]
    s = round(sum(n.weight or 0.0 for n in positive), 6)
    want, total_row = expected_total(rd)
    if positive and not _close(s, FULL) and not (total_row is not None and not total_row.agrees and _close(want, FULL)):
        rows = ", ".join(str(n.row) for n in positive[:12]) + ("…" if len(positive) > 12 else "")
        rd.warn(positive[0].row - 1, positive[0].weight_col if positive[0].weight_col is not None else rd.weight_col,
                "level1_sum", translate(
                    "Import", "the level-1 weights add to {sum}, not 100 (逆向指标 apart); level-1 rows: {rows}.").format(
                        sum=fmt_score(s), rows=rows))
    for _l, _p, n in iter_parsed(rd.roots):
        if n.children and n.weight_explicit:
            cs = round(sum(c.weight or 0.0 for c in n.children), 6)
            if not _close(cs, n.weight):
                rd.warn(n.row - 1, n.weight_col if n.weight_col is not None else rd.weight_col, "children_sum", translate(
                    "Import", "the indicators under “{name}” add to {sum}, not its weight {weight}.").format(
                        name=n.name, sum=fmt_score(cs), weight=fmt_score(n.weight)))
    for x in _leaves(rd.roots) if rd.layout == "outline" else []:
        if x.anomalous:
            rd.warn(x.row - 1, None, "odd_row", translate(
                "Import", "“{name}” has no numbering while the rows around it have; it was imported as a level-1 "
                "indicator: check it.").format(name=x.name))


# -- step 3 ------------------------------------------------------------------------------

def refuse_if_not_understood(rd: SheetReader) -> None:
    """Step 3: refuse a tree whose weights cannot be explained."""
    positive = [n for n in rd.roots if not n.is_negative]
    s = round(sum(n.weight or 0.0 for n in positive), 6)
    want, total_row = expected_total(rd)
    if want <= 0 or s < 1.5 * want - TOL:
        return
    flat = all(n.is_leaf for n in positive)
    groups = _rows_adding_up(positive) if flat else []
    if total_row is None and not groups:
        return  # no figure says what the weights should add to: warned, not refused
    found = translate("Import", "{n} indicators at level 1 whose weights add to {sum}").format(n=len(positive), sum=fmt_score(s)) \
        if flat else translate("Import", "level-1 weights adding to {sum}").format(sum=fmt_score(s))
    where = translate("Import", "the total row {row} states {want}").format(row=total_row.row, want=fmt_score(want)) \
        if total_row is not None else translate("Import", "rows {rows} carry the sums of the rows below them").format(
            rows=", ".join(str(r) for r in groups[:8]))
    fix = translate("Import", "Number the rows by level (一、 / （一） / 1. or 1. / 1.1 / 1.1.1) in the indicator column, "
                              "or put each level in its own column (一级指标 / 二级指标 / 三级指标).") if flat else translate(
        "Import", "Check that group rows have their level's columns filled and that no indicator is listed twice.")
    raise ImportFormatError(translate("Import", "The levels of this sheet could not be understood: found {found}, but {where}, "
                                                "so rows are counted twice. {fix} Nothing was imported.").format(
        found=found, where=where, fix=fix), file=rd.fname, sheet=rd.grid.name)


def _rows_adding_up(nodes: list[ParsedNode]) -> list[int]:
    """Rows whose weight is the sum of the two or more rows right below them (hidden groups)."""
    out: list[int] = []
    ws = [n.weight or 0.0 for n in nodes]
    for i, w in enumerate(ws):
        acc = 0.0
        for j in range(i + 1, len(ws)):
            acc += ws[j]
            if j >= i + 2 and _close(acc, w) and w > 0:
                out.append(nodes[i].row)
                break
            if acc > w + TOL:
                break
    return out
