"""The scoring tree of a big framework is filled without re-measuring every row per change.

Columns 1–3 of the tree size to their contents; measured after every ``setText`` they made
the fill quadratic (issue 20: 23–56 s at 1,000 leaves). The delegate counts how many cells
Qt measures: one pass over the rows per fill is a few calls per row, the quadratic fill
makes hundreds per row already at 120 leaves.
"""
from __future__ import annotations

from PySide6.QtWidgets import QStyledItemDelegate

from evaltool.db import Database
from evaltool.framework import add_subtree, iter_leaves, load_tree
from evaltool.projects import add_member, create_evaluator, create_project
from evaltool.scoring import set_score

LEAVES = 120  # 4 level-1 × 3 level-2 × 10 leaves, 0.5 points each (60 in all)
PER_ROW = 30  # cells measured per tree row, at most (one pass of 4 columns, and a margin)


class CountingDelegate(QStyledItemDelegate):
    calls = 0

    def sizeHint(self, option, index):
        CountingDelegate.calls += 1
        return super().sizeHint(option, index)


def _big_project(db: Database) -> str:
    """Every leaf scored 0.5, 0.4 and 0: mean 0.3, median 0.4."""
    with db.session() as s:
        pid = create_project(s, "大项目").id
        add_member(s, pid, db.evaluator_id, "lead")
        for i in range(4):
            add_subtree(s, pid, None, {"name": f"一级{i + 1}", "weight": 15.0, "children": [
                {"name": f"二级{i + 1}-{j + 1}", "weight": 5.0, "children": [
                    {"name": f"三级{i + 1}-{j + 1}-{k + 1}", "weight": 0.5} for k in range(10)]}
                for j in range(3)]}, float(i + 1))
        members = [create_evaluator(s, f"组员{k}", "member") for k in (1, 2)]
        for m in members:
            add_member(s, pid, m.id, "member")
        leaves = [n.id for n in iter_leaves(load_tree(s, pid))]
        for leaf in leaves:
            for who, value in ((db.evaluator_id, 0.5), (members[0].id, 0.4), (members[1].id, 0.0)):
                set_score(s, pid, leaf, who, value)
    assert len(leaves) == LEAVES
    return pid


def test_fill_consolidation_switch_and_undo_measure_each_row_a_few_times(make_window, db, qtbot) -> None:
    pid = _big_project(db)
    win = make_window(db)
    win.open_project(pid)
    page = win.show_page("scoring")
    page.tree.setItemDelegate(CountingDelegate(page.tree))
    rows = LEAVES + 12 + 4

    # first fill of the tree (the structure is new)
    CountingDelegate.calls = 0
    page._structure = ()
    page.refresh()
    assert len(page._items) == rows
    leaf = next(iter(page.leaf_ids()))
    assert page._items[leaf].text(2) == "0.3"  # the mean of 0.5, 0.4 and 0
    assert CountingDelegate.calls <= PER_ROW * rows, CountingDelegate.calls

    # switching the consolidation rewrites the score of every row
    CountingDelegate.calls = 0
    page._on_consolidation("median")
    assert page._items[leaf].text(2) == "0.4"
    assert page._items[page.leaf_ids()[-1]].text(2) == "0.4"
    assert CountingDelegate.calls <= PER_ROW * rows, CountingDelegate.calls

    # undoing the big change refreshes every row again
    CountingDelegate.calls = 0
    win.undo_stack.undo()
    assert page._items[leaf].text(2) == "0.3"
    assert CountingDelegate.calls <= PER_ROW * rows, CountingDelegate.calls
    # the score column still fits its widest text after the fill
    assert page.tree.header().sectionSize(2) >= page.tree.sizeHintForColumn(2)
