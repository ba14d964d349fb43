"""The Project page edits every fact the CLI sets: dates, period, grade bands, phases, team."""
from __future__ import annotations

from evaltool.projects import project_facts
from tests.ui.conftest import type_text


def _facts(win) -> dict:
    with win.db.read_session() as s:
        return project_facts(s, win.project_id)


def _type(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    type_text(widget, text)
    widget.editingFinished.emit()


def test_typed_facts_are_saved_refused_or_undone(demo_window, qtbot) -> None:
    win = demo_window
    page = win.show_page("overview")
    assert page.edits["grade_bands"].text() == "优:90,良:80,中:60,差:0"
    assert page.edits["phases"].text().startswith("前期准备阶段:2023-05-04..2023-05-19")
    _type(qtbot, page.edits["grade_bands"], "优秀:90,良好:80,合格:60,不合格:0")
    assert [b["name"] for b in _facts(win)["grade_bands"]] == ["优秀", "良好", "合格", "不合格"]
    assert page.total.text().endswith("良好")  # 81.415 is 良好 under the new bands
    win.a_undo.trigger()
    assert [b["name"] for b in _facts(win)["grade_bands"]] == ["优", "良", "中", "差"]
    # a value that cannot be read is refused, naming the field, and nothing changes
    _type(qtbot, page.edits["grade_bands"], "优:90,良:80")
    assert [b["name"] for b in _facts(win)["grade_bands"]] == ["优", "良", "中", "差"]
    assert "0" in win.statusBar().currentMessage()
    assert page.edits["grade_bands"].text() == "优:90,良:80,中:60,差:0"
    _type(qtbot, page.edits["evaluation_end"], "2023年7月31日")
    assert _facts(win)["evaluation_end"] == "2023-07-31"
    _type(qtbot, page.edits["evaluation_end"], "下个月")
    assert _facts(win)["evaluation_end"] == "2023-07-31" and page.edits["evaluation_end"].text() == "2023-07-31"
    _type(qtbot, page.edits["team"], "张明:lead, 赵六:expert")
    assert [(m["name"], m["role"]) for m in _facts(win)["team"]] == [("张明", "lead"), ("赵六", "expert")]
    assert "赵六" in page.team.text()
