"""Scoring from the keyboard alone (issue 19): Tab from the tree reaches the rule's inputs
in order, Space ticks a point without the focus moving, Enter writes the score and opens
the next leaf at its first point — three checklist leaves of seed 000 in a row."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox

from evaltool.framework import find_by_path
from evaltool.scoring import project_summary

FIRST = "决策/项目立项/立项依据充分性"  # 4 points × 0.5 (seed 000: 每满足一个要点得0.5分，满分2分)
SECOND = "决策/项目立项/立项程序规范性"  # 3 points × 0.5
THIRD = "决策/绩效目标/目标合理性"  # 4 points × 0.5


def _focus() -> object:
    return QApplication.focusWidget()


def _tick_points(qtbot, page, ticks: list[bool]) -> None:
    """Space on the points to tick, Tab Tab to the next point (each has its award field)."""
    for i, on in enumerate(ticks):
        box = page.form.inputs.checks[i]
        qtbot.waitUntil(lambda box=box: _focus() is box)
        if on:
            qtbot.keyClick(box, Qt.Key.Key_Space)
            assert box.isChecked() and _focus() is page.form.inputs.checks[i]  # ticked, focus kept
        if i + 1 < len(ticks):
            qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
            qtbot.keyClick(_focus(), Qt.Key.Key_Tab)


def test_three_checklist_leaves_scored_from_the_keyboard(demo_window, qtbot) -> None:
    win = demo_window
    page = win.show_page("scoring")
    with win.db.read_session() as s:
        ids = [find_by_path(s, win.project_id, p).id for p in (FIRST, SECOND, THIRD)]
    page.select_leaf(ids[0])
    qtbot.waitUntil(lambda: page.form.leaf_id == ids[0])
    page.tree.setFocus()
    qtbot.waitUntil(page.tree.hasFocus)
    # Tab from the tree: the first point of the checklist, not the right-hand panel
    qtbot.keyClick(page.tree, Qt.Key.Key_Tab)
    assert isinstance(_focus(), QCheckBox) and _focus() is page.form.inputs.checks[0]

    plan = [(ids[0], [True, True, True, False], 1.5), (ids[1], [True, False, True], 1.0),
            (ids[2], [True, True, True, True], 2.0)]
    for k, (leaf, ticks, expected) in enumerate(plan):
        assert page.form.leaf_id == leaf
        _tick_points(qtbot, page, ticks)
        assert page.form.score.text() == f"{expected:g}"  # the score follows the rule's proposal
        qtbot.keyClick(_focus(), Qt.Key.Key_Return)  # write it and open the next leaf
        if k + 1 < len(plan):
            qtbot.waitUntil(lambda k=k: page.form.leaf_id == plan[k + 1][0])
            assert _focus() is page.form.inputs.checks[0]
    with win.db.read_session() as s:
        leaves = project_summary(s, win.project_id).leaves
    me = win.db.evaluator_id
    assert [leaves[leaf].evaluator_scores[me] for leaf, _t, _e in plan] == [1.5, 1.0, 2.0]
    # the Tab order after the inputs: 得分, then 理由, then 评价意见
    page.select_leaf(ids[0])
    qtbot.waitUntil(lambda: page.form.leaf_id == ids[0])
    chain = page.form.tab_chain()
    n = len(page.form.inputs.focus_chain())
    assert chain[n:n + 3] == [page.form.score, page.form.reason, page.form.comment]


def test_digits_fill_the_measured_values_and_enter_writes(demo_window, qtbot) -> None:
    """A count ratio (得分=完成要素数/7×分值, weight 3): Tab in, type 6, Tab, type 7, Enter —
    6/7 × 3 = 2.57 is written and the next leaf opens; the focus never left the fields typed in."""
    win = demo_window
    page = win.show_page("scoring")
    with win.db.read_session() as s:
        leaf = find_by_path(s, win.project_id, "产出/产出数量/运维服务驻场服务完成率").id
        after = find_by_path(s, win.project_id, "产出/产出数量/运营服务驻场服务完成率").id
    page.select_leaf(leaf)
    qtbot.waitUntil(lambda: page.form.leaf_id == leaf)
    page.tree.setFocus()
    qtbot.waitUntil(page.tree.hasFocus)
    qtbot.keyClick(page.tree, Qt.Key.Key_Tab)
    done, required = page.form.inputs.fields["done"], page.form.inputs.fields["required"]
    assert _focus() is done
    for field, digits in ((done, "6"), (required, "7")):
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(field, digits)
        assert _focus() is field
        if field is done:
            qtbot.keyClick(field, Qt.Key.Key_Tab)
            assert _focus() is required
    assert page.form.score.text() == "2.57"
    qtbot.keyClick(required, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.form.leaf_id == after)
    with win.db.read_session() as s:
        assert project_summary(s, win.project_id).leaves[leaf].evaluator_scores[win.db.evaluator_id] == 2.57
