"""The rule editor and the review of the rules read from the criteria (issue 19), used as
an evaluator would: a bracket rule typed into the table with a gap (refused, Save off),
fixed, tried on a measured value, saved as one undo step and undone; a suggestion read
from the criteria; the review list applying the sure rules as one undo step."""
from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from evaltool.criteria.suggest import suggest_all
from evaltool.framework import find_by_path, iter_leaves, load_tree

BY_HAND = "过程/资金管理/资金管理制度完善性"  # weight 2; no rule in the demo, criteria give no points
ELEMENTS = "产出/产出数量/运维服务驻场服务完成率"  # 得分=完成要素数/7×分值, weight 3


def _rule(win, path: str):
    with win.db.read_session() as s:
        leaf_id = find_by_path(s, win.project_id, path).id
        return next(n for n in iter_leaves(load_tree(s, win.project_id)) if n.id == leaf_id).rule


def _leaf_id(win, path: str) -> str:
    with win.db.read_session() as s:
        return find_by_path(s, win.project_id, path).id


def test_a_bracket_rule_typed_checked_tried_saved_and_undone(demo_window, qtbot) -> None:
    from evaltool.ui.rules.dialog import RuleEditorDialog

    win = demo_window
    win.set_language("en")
    before = _rule(win, BY_HAND)
    dlg = RuleEditorDialog(win, win.project_id, _leaf_id(win, BY_HAND), win)
    qtbot.addWidget(dlg)
    dlg.show()
    save = dlg.buttons.button(QDialogButtonBox.StandardButton.Save)
    form = dlg.form
    form.kind.setCurrentIndex(form.kind.findData("brackets"))
    assert form.table is not None and form.table.rowCount() == 0
    # ≤10% → 2 points, >20% → 0: the values between 10% and 20% score nothing
    form.table.add_row({"min": None, "max": 10, "score": 2})
    form.table.add_row({"min": 20, "min_inclusive": False, "max": None, "score": 0})
    assert "✗" in dlg.check.text() and "10%–20%" in dlg.check.text()
    assert not save.isEnabled() and not dlg.try_box.isVisibleTo(dlg)
    # the second band starts where the first ends (>10%): total, Save on
    form.table.item(1, 0).setText("10")
    assert "✗" not in dlg.check.text() and save.isEnabled()
    assert form.rule()["brackets"] == [
        {"min": None, "min_inclusive": True, "max": 10.0, "max_inclusive": True, "score": 2.0},
        {"min": 10.0, "min_inclusive": False, "max": None, "max_inclusive": True, "score": 0.0}]
    # try it: 10.5% gives 0, 10% (the first band's bound, included) the full 2
    value = dlg.try_inputs.fields["value"]
    value.setValue(10.5)
    assert dlg.proposal.text().startswith("Proposes 0")
    value.setValue(10)
    assert dlg.proposal.text().startswith("Proposes 2")
    # Undo edit inside the editor goes back to the gap, and again to the fix is typed
    dlg.undo_edit()
    assert not save.isEnabled()
    form.table.item(1, 0).setText("10")
    assert save.isEnabled()
    steps = win.undo_stack.count()
    dlg.save()
    assert dlg.saved and not dlg.isVisible()
    rule = _rule(win, BY_HAND)
    assert rule["kind"] == "brackets" and [b["score"] for b in rule["brackets"]] == [2.0, 0.0]
    assert win.undo_stack.count() == steps + 1
    win.undo_stack.undo()
    assert _rule(win, BY_HAND) == before


def test_suggest_from_criteria_fills_the_editor(demo_window, qtbot) -> None:
    from evaltool.ui.rules.dialog import RuleEditorDialog

    win = demo_window
    dlg = RuleEditorDialog(win, win.project_id, _leaf_id(win, ELEMENTS), win)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.suggest()
    rule = dlg.current_rule()
    assert rule["kind"] == "completion" and rule["required"] == 7
    assert "得分=完成要素数/7×分值" in dlg.suggestion.text()
    # the evaluator's 5 of the 7 elements (seed 000) → 5/7 × 3 = 2.14
    dlg.try_inputs.fields["done"].setValue(5)
    assert "2.14" in dlg.proposal.text()
    # a leaf with nothing mechanical says why, and leaves the form as it was
    adj = RuleEditorDialog(win, win.project_id, _leaf_id(win, BY_HAND), win)
    qtbot.addWidget(adj)
    adj.suggest()
    assert adj.current_rule() is None and adj.suggestion.isVisibleTo(adj) and adj.suggestion.text()


def test_review_applies_the_sure_rules_as_one_undo_step(demo_window, qtbot) -> None:
    from evaltool.ui.rules.review import SuggestionsDialog

    win = demo_window
    win.set_language("en")
    with win.db.read_session() as s:
        review = suggest_all(s, win.project_id)
    dlg = SuggestionsDialog(win, win.project_id, review, win)
    qtbot.addWidget(dlg)
    dlg.show()
    assert "37 leaves" in dlg.summary.text()
    ticked = dlg.ticked()
    # only rules read with confidence and differing from the current rule start ticked
    assert ticked and all(s.reading.rule is not None and s.reading.confidence >= 0.8 and not s.same_as_current
                          for s in ticked)
    assert any(s.path == ELEMENTS for s in ticked)
    before = {s.path: _rule(win, s.path) for s in ticked}
    steps = win.undo_stack.count()
    dlg.apply()
    assert win.undo_stack.count() == steps + 1 and dlg.applied == len(ticked)
    # the seed's scores are what the rules read propose: none departs
    assert dlg.departing == [] and "depart" not in win.statusBar().currentMessage()
    assert _rule(win, ELEMENTS)["required"] == 7
    win.undo_stack.undo()
    assert {p: _rule(win, p) for p in before} == before
