"""The scoring page driven as a user would: keyboard, typing, Enter, undo."""
from __future__ import annotations

from PySide6.QtCore import Qt

from evaltool.framework import find_by_path
from evaltool.scoring import fmt_score, project_summary
from tests.ui.conftest import type_text

LEAF = "产出/产出数量/运维服务驻场服务完成率"  # weight 3, seed 000: 5 of 7 elements → 2.14


def _total(win) -> str:
    with win.db.read_session() as s:
        return fmt_score(project_summary(s, win.project_id).total)


def _open_leaf(win, qtbot, path: str):
    page = win.show_page("scoring")
    with win.db.read_session() as s:
        leaf_id = find_by_path(s, win.project_id, path).id
    page.select_leaf(leaf_id)
    qtbot.waitUntil(lambda: page.form.leaf_id == leaf_id)
    return page


def test_lead_sets_final_total_changes_and_undo(demo_window, qtbot) -> None:
    win = demo_window
    page = _open_leaf(win, qtbot, LEAF)
    form = page.form
    assert "81.415" in page.summary.total.text() and "良" in page.summary.grade.text()
    # the lead clears the old reason and types a final score: the summary previews it
    # before anything is written
    form.final_reason.setFocus()
    form.final_reason.selectAll()
    qtbot.keyClick(form.final_reason, Qt.Key.Key_Delete)
    form.final.setFocus()
    form.final.selectAll()
    qtbot.keyClicks(form.final, "3")
    assert "82.275" in page.summary.total.text()
    assert _total(win) == "81.415"
    # Enter without a reason is refused, with a message on the form
    qtbot.keyClick(form.final, Qt.Key.Key_Return)
    assert form.final_warning.isVisible()
    assert _total(win) == "81.415"
    type_text(form.final_reason, "补充驻场考勤后要素全部满足")
    qtbot.keyClick(form.final_reason, Qt.Key.Key_Return)
    assert _total(win) == "82.275"
    assert "82.275" in page.summary.total.text() and "*" not in page.summary.total.text()
    assert page._items[form.leaf_id].text(2) == "3"
    # Ctrl+Z (focus in the tree) undoes it
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _total(win) == "81.415"
    assert "81.415" in page.summary.total.text()
    assert form.final.text() == "2.14"


def test_my_score_from_rule_inputs_and_reason_rule(demo_window, qtbot) -> None:
    win = demo_window
    page = _open_leaf(win, qtbot, LEAF)
    form = page.form
    # 5 of 7 elements: the rule proposes 2.14 and the score follows it
    done, required = form.inputs.fields["done"], form.inputs.fields["required"]
    required.setValue(7)
    done.setValue(5)
    assert form.score.text() == "2.14"
    assert "2.14" in form.proposal.text()
    leaf = form.leaf_id
    form.score.setFocus()
    qtbot.keyClick(form.score, Qt.Key.Key_Return)  # written, and the next leaf opens (issue 19)
    with win.db.read_session() as s:
        mine = project_summary(s, win.project_id).leaves[leaf].evaluator_scores
    assert mine[win.db.evaluator_id] == 2.14
    assert form.leaf_id != leaf and form.detail.name == "运营服务驻场服务完成率"
    page = _open_leaf(win, qtbot, LEAF)
    # typing another score is held back until a reason is given: the leaf stays open
    form.score.setFocus()
    form.score.selectAll()
    qtbot.keyClicks(form.score, "2.5")
    qtbot.keyClick(form.score, Qt.Key.Key_Return)
    assert form.warning.isVisible() and "2.14" in form.warning.text()
    assert form.leaf_id == leaf and form.reason.hasFocus()
    with win.db.read_session() as s:
        assert project_summary(s, win.project_id).leaves[leaf].evaluator_scores[win.db.evaluator_id] == 2.14
    type_text(form.reason, "第6项要素部分满足")
    qtbot.keyClick(form.reason, Qt.Key.Key_Return)
    with win.db.read_session() as s:
        assert project_summary(s, win.project_id).leaves[leaf].evaluator_scores[win.db.evaluator_id] == 2.5
    page = _open_leaf(win, qtbot, LEAF)
    # the departure stays flagged on the page, with the reason
    assert any(f.kind == "departs_from_rule" and "第6项要素部分满足" in f.message for f in form.flags)
    assert "第6项要素部分满足" in form.flag_list.text()
    # the lead sees every evaluator's score beside the final
    names = {form.others.item(i, 0).text() for i in range(form.others.rowCount())}
    assert {"张明", "李华"} <= {n.split(" ")[0] for n in names}


def test_keyboard_moves_between_leaves_and_states_show(demo_window, qtbot) -> None:
    win = demo_window
    page = _open_leaf(win, qtbot, "决策/项目立项/立项依据充分性")
    first = page.form.leaf_id
    page.form.score.setFocus()
    qtbot.keyClick(page.form.score, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert page.form.detail.name == "立项程序规范性"
    qtbot.keyClick(page.form.score, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert page.form.detail.name == "目标合理性"
    qtbot.keyClick(page.form.score, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.form.score, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert page.form.leaf_id == first
    # full marks and nothing flagged → scored; 1 of 1.5 with no evidence linked → flagged
    states = {page._items[i].text(0): page._items[i].data(3, Qt.ItemDataRole.UserRole)
              for i in page.leaf_ids()}
    assert states["立项依据充分性"] == "scored" and states["立项程序规范性"] == "flagged"
    assert "6/6" in page._items[page._roots[0].id].text(3)  # every leaf of 决策 scored


def test_review_marks_leaf_and_later_edit_flags_it(demo_window, qtbot) -> None:
    win = demo_window
    page = _open_leaf(win, qtbot, "决策/项目立项/立项依据充分性")
    leaf = page.form.leaf_id
    qtbot.mouseClick(page.form.review_btn, Qt.MouseButton.LeftButton)
    assert page._items[leaf].data(3, Qt.ItemDataRole.UserRole) == "reviewed"
    page.form.score.setFocus()
    page.form.score.selectAll()
    qtbot.keyClicks(page.form.score, "2")
    type_text(page.form.comment, "复核无误")
    qtbot.keyClick(page.form.score, Qt.Key.Key_Return)  # written; the next leaf opens
    assert page._items[leaf].data(3, Qt.ItemDataRole.UserRole) == "flagged"
    page.select_leaf(leaf)
    qtbot.waitUntil(lambda: page.form.leaf_id == leaf)
    assert any(f.kind == "modified_since_review" for f in page.form.flags)
    assert page.form.review_label.text() != page.form.tr("Reviewed")  # says it was modified since


def test_satisfaction_rule_takes_its_rate_from_a_chosen_survey_group(demo_window, qtbot) -> None:
    from evaltool.models import Score
    from evaltool.scoring import score_id

    win = demo_window
    page = _open_leaf(win, qtbot, "效益/满意度/政务服务对象满意度")  # weight 2; full at ≥90%, 0 at ≤60%
    form = page.form
    source = form.inputs.fields["link"]
    labels = [source.itemText(i) for i in range(source.count())]
    wanted = next(i for i, t in enumerate(labels) if "使用单位" in t and "总体满意度" in t)
    source.setCurrentIndex(wanted)
    # seed 000: 使用单位 62 of 69 satisfied = 89.86% → (0.8986 − 0.6) / 0.3 × 2 = 1.99
    assert form.score.text() == "1.99"
    assert not form.inputs.fields["rate"].isEnabled()
    form.score.setFocus()
    qtbot.keyClick(form.score, Qt.Key.Key_Return)
    with win.db.read_session() as s:
        sc = s.get(Score, score_id(form.leaf_id, win.db.evaluator_id))
        assert sc.value == 1.99
        assert sc.inputs["link"]["question_key"] == "overall"
    # back to typing the rate by hand
    source.setCurrentIndex(0)
    assert form.inputs.fields["rate"].isEnabled()
    assert "link" not in (form.inputs.inputs() or {})


def test_new_survey_answers_move_a_linked_proposal_on_the_scoring_page(demo_window, qtbot) -> None:
    """The page refreshes from the Changes the core's session reports (surveys), not from
    flags a page wrote by hand."""
    from evaltool.survey import add_response, list_surveys
    from evaltool.ui.operations import run_op

    win = demo_window
    page = _open_leaf(win, qtbot, "效益/满意度/政务服务对象满意度")
    form = page.form
    source = form.inputs.fields["link"]
    labels = [source.itemText(i) for i in range(source.count())]
    source.setCurrentIndex(next(i for i, t in enumerate(labels) if "使用单位" in t and "总体满意度" in t))
    form.score.setFocus()
    qtbot.keyClick(form.score, Qt.Key.Key_Return)  # saved with the link: 62/69 = 89.86% → 1.99
    assert form.score.text() == "1.99"

    with win.db.read_session() as s:
        survey = list_surveys(s, win.project_id)[0]
    group = next(g for g in survey.groups if g.name == "使用单位")
    # Three more user units answer 非常满意 (code 1) on another page: 65 of 72 = 90.28% ≥ 90% → full marks 2.
    for _ in range(3):
        run_op(win, lambda s: add_response(s, survey.id, {survey.main_question: 1}, group_id=group.id))
    qtbot.waitUntil(lambda: form.current_proposal() is not None and form.current_proposal().score == 2.0)
    assert "2" in form.proposal.text()


def test_ctrl_z_in_the_comment_undoes_its_typing_then_the_last_step(demo_window, qtbot) -> None:
    """Ctrl+Z in a field undoes what was typed there; with nothing left to undo in the
    field it reaches the window's undo stack (the multi-line comment as the one-line fields)."""
    win = demo_window
    page = _open_leaf(win, qtbot, "决策/项目立项/立项依据充分性")
    form = page.form
    leaf = form.leaf_id
    qtbot.mouseClick(form.review_btn, Qt.MouseButton.LeftButton)
    assert page._items[leaf].data(3, Qt.ItemDataRole.UserRole) == "reviewed"
    form.comment.setFocus()
    form.comment.moveCursor(form.comment.textCursor().MoveOperation.End)
    before = form.comment.toPlainText()
    type_text(form.comment, "待核")
    assert form.comment.toPlainText() == before + "待核"
    qtbot.keyClick(form.comment, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert form.comment.toPlainText() == before  # the field's own typing first
    assert page._items[leaf].data(3, Qt.ItemDataRole.UserRole) == "reviewed"
    qtbot.keyClick(form.comment, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page._items[leaf].data(3, Qt.ItemDataRole.UserRole) != "reviewed"  # then the review step
