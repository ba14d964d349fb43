"""States that explain themselves: a blank project is "not scored" (not 差), the line under
"My score" says where the final comes from, and counts follow what was typed."""
from __future__ import annotations

from evaltool.framework import find_by_path
from evaltool.projects import create_project
from evaltool.scoring import set_consolidation, set_final
from tests.ui.conftest import finish_jobs

LEAF = "产出/产出数量/运维服务驻场服务完成率"  # seed 000 demo: the lead settled its final (2.14)


def test_a_blank_project_is_not_scored_rather_than_graded_poor(make_window, db, qtbot) -> None:
    with db.session() as s:
        pid = create_project(s, "空白项目").id
    win = make_window(db)
    win.open_project(pid)
    overview = win.show_page("overview")
    assert "未评分" in overview.total.text() and "差" not in overview.total.text()
    scoring = win.show_page("scoring")
    assert "未评分" in scoring.summary.grade.text() and "差" not in scoring.summary.grade.text()
    assert "未评分" in scoring.summary.compact_text()
    win.set_language("en")
    assert "Not scored" in scoring.summary.grade.text()


def test_the_line_under_my_score_says_where_the_final_comes_from(demo_window, qtbot) -> None:
    win = demo_window
    page = win.show_page("scoring")
    with win.db.read_session() as s:
        leaf_id = find_by_path(s, win.project_id, LEAF).id
    page.select_leaf(leaf_id)
    qtbot.waitUntil(lambda: page.form.leaf_id == leaf_id)
    line = page.form.mine_box.final_source
    assert line.isVisible()
    assert "组长" in line.text() and "不影响总分" in line.text()  # the lead set it: my score does not count
    # the lead hands the leaf back to consolidation and picks the median
    with win.db.session() as s:
        set_final(s, win.project_id, leaf_id, None, method="auto")
        set_consolidation(s, win.project_id, "median")
    page.refresh()
    finish_jobs(qtbot, win)
    assert "中位数" in line.text() and "计入" in line.text()
    with win.db.session() as s:
        set_consolidation(s, win.project_id, "lead")
    page.refresh()
    assert "组长" in line.text() and "参考" in line.text()
    win.set_language("en")
    qtbot.waitUntil(lambda: "lead decides" in line.text())
