"""A column per level (一级指标 / 二级指标 / 三级指标): the tree from a sheet's rows.

The hierarchy comes from merged cells, values filled down, names written only on a
group's first row (sparse), or one row per node (a group row with its own weight);
weights may be written inside names or in their own column(s), one per level. Rows
that state totals, subtotals and grades (``rows.classify_label``) are recorded, not
taken as indicators; notes are skipped. Every doubt becomes a finding naming sheet,
row and column.
"""
from __future__ import annotations

from evaltool.formatting import fmt_score
from evaltool.i18n import translate
from evaltool.scoresheet.layout import EPS, cell_text, norm_label
from evaltool.scoresheet.model import ParsedNode, iter_parsed
from evaltool.scoresheet.reader import SheetReader, name_and_weight
from evaltool.scoresheet.rows import RowKind, classify_label, grade_word, split_marked, split_name_cell


class ColumnsReader(SheetReader):
    layout = "columns"
    _name_rest = ""  # text written under the row's deepest name (立项依据充分性\n评分标准：…)

    def child(self, parent: ParsedNode | None, name: str, r: int, depth: int) -> ParsedNode:
        siblings = parent.children if parent is not None else self.roots
        for n in reversed(siblings):
            if n.name == name:
                return n
        n = ParsedNode(name, r + 1, depth=depth)
        siblings.append(n)
        return n

    def _level_cells(self, r: int) -> tuple[list[str], bool]:
        """The level columns' texts. A name merged across level columns (a level-2 leaf over
        二级 and 三级) is read once, in its first; one label across all of them (以上合计
        over A:C) is marked as not an indicator's shape."""
        cells = [split_name_cell(cell_text(self.grid.value(r, c))) for c in self.level_cols]
        raw = [name for name, _rest in cells]
        self._name_rest = next((rest for _name, rest in reversed(cells) if _name), "")
        origins = [self.grid.origin.get((r, c), (r, c)) for c in self.level_cols]
        spans = len(raw) > 1 and bool(raw[0]) and len(set(origins)) == 1
        for i in range(len(raw) - 1, 0, -1):
            if origins[i] == origins[i - 1] and raw[i] == raw[i - 1]:
                raw[i] = ""
        return raw, spans

    def _kind(self, raw: list[str], first: str) -> tuple[RowKind | None, int]:
        """The row's kind by wording, and the index of the level cell that says it (−1: first cell)."""
        for i, x in enumerate(raw):
            if x:
                k = classify_label(x)
                if k is not None:
                    return k, i
        k = classify_label(first)
        return k, -1

    def build(self) -> None:
        prev_raw: list[str] = []
        prev_leaf: ParsedNode | None = None
        prev_leaf_row = -2
        for r in range(self.start, len(self.grid.rows)):
            if not any(v not in (None, "") for v in self.grid.rows[r]):
                continue
            raw, spans = self._level_cells(r)
            first = next((cell_text(v) for v in self.grid.rows[r] if cell_text(v)), "")
            kind, at = self._kind(raw, first)
            if kind == "note":
                self.other_rows.append(r)
                continue
            if kind is not None:
                self._stated_row(kind, r, raw, at, first)
                continue
            if not any(raw):
                # a grade stated on its own (评价等级 in a merged cell, 良 in the score column)
                if self.weight_col is not None and self.grid.own_value(r, self.weight_col) in (None, "") and \
                        self.score_col is not None and grade_word(cell_text(self.grid.own_value(r, self.score_col)) or ""):
                    self.add_stated("grade", r, first)
                    continue
                # text continuing the leaf above (a criteria line on its own row)
                if prev_leaf is not None and (self.weight_col is None or self.grid.own_value(r, self.weight_col) in (None, "")):
                    self.texts(prev_leaf, r, append=True)
                elif self.weight_col is not None and self.grid.own_value(r, self.weight_col) not in (None, ""):
                    # figures under a label outside the level columns (以上各项之和 in the 序号 column):
                    # kept only if its figures make it a total (reconcile.find_unlabelled_totals)
                    node = ParsedNode(first or "?", r + 1, depth=1, anomalous=True, provisional=True)
                    self.roots.append(node)
                    self.fill(node, r, self.weight_col)
                else:
                    self.other_rows.append(r)
                continue
            deepest = max(i for i, x in enumerate(raw) if x)
            names: list[str] = []
            placed_up = False
            for k in range(deepest + 1):
                v = raw[k] or (prev_raw[k] if k < len(prev_raw) else "")
                if not v:
                    self.warn(r, self.level_cols[k], "level_missing", translate(
                        "Import", "no name at this level; the row was placed one level up."))
                    placed_up = True
                    continue
                names.append(v)
            prev_raw = [raw[k] or (prev_raw[k] if k < len(prev_raw) else "") for k in range(deepest + 1)]
            node, same_leaf = self._walk(names, r, prev_leaf, prev_leaf_row)
            node.anomalous = node.anomalous or spans or placed_up
            if same_leaf:
                w_cont = self.grid.is_continuation(r, self.weight_col) if self.weight_col is not None else True
                if self.weight_col is None or w_cont or self.grid.own_value(r, self.weight_col) in (None, ""):
                    self.texts(node, r, append=True)
                    prev_leaf_row = r
                    continue
                self.warn(r, self.level_cols[-1], "duplicate", translate(
                    "Import", "“{name}” appears twice under the same parent.").format(name=node.name))
                dup = ParsedNode(node.name, r + 1, depth=node.depth)
                self._container(node).append(dup)
                node = dup
            # with a weight column per level, the path above has read every weight already
            self.fill(node, r, None if self.weight_by_level else self.weight_col)
            for fld, text in split_marked(self._name_rest, "description").items():
                self._add_text(node, fld, text, append=True)
            if self.weight_by_level and node.weight is None and len(names) < len(self.level_cols):
                # a short row (以上合计 in the first column) with its only weight in another level's column
                w = next((x for c in sorted(self.weight_by_level.values(), reverse=True)
                          if (x := self.stated_number(r, c)) is not None), None)
                if w is not None:
                    node.weight, node.weight_explicit = w, True
            prev_leaf, prev_leaf_row = node, r

    def _walk(self, names: list[str], r: int, prev_leaf: ParsedNode | None,
              prev_leaf_row: int) -> tuple[ParsedNode, bool]:
        """Find or create the path ``names``; True when it is the leaf of the row above
        (a leaf spread over several rows)."""
        parent: ParsedNode | None = None
        node: ParsedNode | None = None
        same_leaf = False
        for k, full in enumerate(names):
            name, w_in_name = name_and_weight(full)
            is_last = k == len(names) - 1
            siblings = parent.children if parent is not None else self.roots
            if is_last and prev_leaf is not None and prev_leaf_row == r - 1 and prev_leaf.name == name and prev_leaf in siblings:
                node, same_leaf = prev_leaf, True
            else:
                node = self.child(parent, name, r, k + 1)
                if is_last and node.has_row:
                    # the same name again at the same place: a duplicate, kept apart
                    self.warn(r, self.level_cols[min(k, len(self.level_cols) - 1)], "duplicate", translate(
                        "Import", "“{name}” appears twice under the same parent.").format(name=name))
                    node = ParsedNode(name, r + 1, depth=k + 1)
                    siblings.append(node)
            lvl_wc = self.weight_by_level.get(k) if self.weight_by_level else None
            lvl_w = self.weight_at(r, lvl_wc) if lvl_wc is not None else None
            for w in (w_in_name, lvl_w):
                if w is None:
                    continue
                if node.weight_explicit and abs((node.weight or 0) - w) > EPS:
                    self.warn(r, lvl_wc if w is lvl_w else self.level_cols[min(k, len(self.level_cols) - 1)], "weight_conflict", translate(
                        "Import", "“{name}” has the weight {a} here but {b} above; {b} was kept.").format(
                            name=name, a=fmt_score(w), b=fmt_score(node.weight)))
                elif not node.weight_explicit:
                    node.weight, node.weight_explicit = w, True
                    node.weight_col = lvl_wc if w is lvl_w else None
            parent = node
        assert node is not None  # names is never empty: the row has a name at its deepest level
        return node, same_leaf

    def _container(self, node: ParsedNode) -> list[ParsedNode]:
        for _l, _p, n in iter_parsed(self.roots):
            if node in n.children:
                return n.children
        return self.roots

    def _stated_row(self, kind: RowKind, r: int, raw: list[str], at: int, first: str) -> None:
        """A total / subtotal / grade row; a subtotal names its group by the level cells
        before its label (决策 | 小计) or inside it (决策小计)."""
        label = raw[at] if at >= 0 else first
        if kind != "subtotal":
            self.add_stated(kind, r, label)
            return
        prefix = [x for x in raw[:max(at, 0)] if x]
        group = self._group_of(prefix) if prefix else None
        if group is None:
            inner = norm_label(label)
            for word in ("小计", "分项合计", "分类合计", "合计"):
                if inner.endswith(word) and len(inner) > len(word):
                    group = self._find_named(inner[: -len(word)])
                    break
        if group is not None and not group.weight_explicit:
            w = self.stated_number(r, self.weight_col)
            if w is not None and not group.children:
                group.weight, group.weight_explicit = w, True
        self.add_stated(kind, r, label, node=group)

    def _group_of(self, prefix: list[str]) -> ParsedNode | None:
        node: ParsedNode | None = None
        siblings = self.roots
        for full in prefix:
            name, _w = name_and_weight(full)
            node = next((n for n in reversed(siblings) if n.name == name), None)
            if node is None:
                return None
            siblings = node.children
        return node

    def _find_named(self, name: str) -> ParsedNode | None:
        found = [n for _l, _p, n in iter_parsed(self.roots) if norm_label(n.name) == name and n.children]
        return found[-1] if found else None
