"""Hostile and careless input in the window (issue 17): an invisible control character
pasted into a text is refused with a message and nothing is stored; rule inputs that
propose nothing leave the evaluator's score as it was and the form says why."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from evaltool.framework import find_by_path
from evaltool.report_sections import get_sections
from evaltool.scoring import project_summary

LEAF = "产出/产出数量/运维服务驻场服务完成率"  # weight 3, a completion rule (seed 000)


def test_a_pasted_control_character_is_refused_with_a_message(demo_window, qtbot, monkeypatch) -> None:
    win = demo_window
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: said.append(text))
    page = win.show_page("report")
    page.section_list.setCurrentRow(list(page.editors).index("suggestions"))
    ed = page.editors["suggestions"]
    with win.db.read_session() as s:
        before = get_sections(s, win.project_id)["suggestions"]
    ed.setFocus()
    ed.moveCursor(ed.textCursor().MoveOperation.End)
    ed.insertPlainText("补充\x01建议")  # what a paste from a damaged document brings
    page.section_list.setFocus()  # leaving the editor saves at once
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    assert "U+0001" in said[0]  # the message names the character (in the user's language)
    with win.db.read_session() as s:
        assert get_sections(s, win.project_id)["suggestions"] == before


def test_inputs_that_propose_nothing_keep_the_score_and_say_why(demo_window, qtbot) -> None:
    win = demo_window
    page = win.show_page("scoring")
    with win.db.read_session() as s:
        leaf_id = find_by_path(s, win.project_id, LEAF).id
    page.select_leaf(leaf_id)
    qtbot.waitUntil(lambda: page.form.leaf_id == leaf_id)
    form = page.form
    form.inputs.fields["required"].setValue(7)
    form.inputs.fields["done"].setValue(5)
    assert form.score.text() == "2.14"
    form.commit_score()

    def mine() -> float | None:
        with win.db.read_session() as s:
            return project_summary(s, win.project_id).leaves[leaf_id].evaluator_scores.get(win.db.evaluator_id)

    assert mine() == 2.14
    # the evaluator clears "required": the rule can propose nothing now
    form.inputs.fields["required"].setValue(0)
    form.commit_score()
    assert mine() == 2.14  # never replaced with nothing
    assert form.score.text() == "2.14"
    assert form.proposal.isVisible() and form.proposal.text() != ""
    assert "2.14" not in form.proposal.text()  # it says why there is no proposal, not a number
