"""Answers as they arrive, driven through the Surveys page: a platform export into a project
with no questionnaire (preview, corrections, create and import), columns nobody decided on
in an existing questionnaire, and paper entry that skips questions not asked of a group
and shows the sample against its target and the units that answered."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from evaltool.db import Database
from evaltool.projects import create_project
from evaltool.survey import add_group, add_question, create_survey, update_group
from tests.ui.conftest import finish_jobs
from tests.unit import survey_exports as ex


def _project(db: Database, name: str = "平台运维绩效评价") -> str:
    with db.session() as s:
        return create_project(s, name).id


def test_an_export_becomes_a_questionnaire_after_the_preview(make_window, db: Database, qtbot, tmp_path: Path,
                                                            monkeypatch) -> None:
    from evaltool.ui.pages.surveys.creating import C_OPTIONS, question_row_widgets

    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    pid = _project(db)
    people = ex.respondents(50, seed=21)
    path = ex.write_xlsx(tmp_path / "问卷星导出.xlsx", *ex.wjx_text(people))
    win = make_window(db)
    win.open_project(pid)
    page = win.show_page("surveys")
    assert page.surveys == [] and page.import_btn.isEnabled()  # no survey yet: the file makes one
    page.import_answers(str(path))
    finish_jobs(qtbot, win)
    dlg = page.answer_import.create_dialog
    assert dlg is not None and dlg.isVisible()
    assert dlg.group_col.currentText() == "1、您的身份："
    assert "提交答卷时间" in dlg.info.text() and "序号" in dlg.info.text()
    keys = [q.key for q in dlg.draft.questions]
    assert keys[:4] == ["q2", "q3_1", "q3_2", "q3_3"] and "q1" not in keys  # the identity column is the group
    assert dlg.create_btn.isEnabled() and dlg.problems_label.text().startswith("50")
    # correct the draft: the frequency question becomes open text; a scale is reversed and back
    kind, _rev = question_row_widgets(dlg, "q6")
    kind.setCurrentIndex(kind.findData("text"))
    finish_jobs(qtbot, win)
    assert dlg.draft.question("q6").kind == "text"
    _kind, rev = question_row_widgets(dlg, "q2")
    rev.click()
    row = dlg._row_of("q2")
    assert dlg.table.item(row, C_OPTIONS).text().startswith("5 非常不满意 ✓")  # the worst would count as satisfied
    rev.click()
    assert dlg.table.item(row, C_OPTIONS).text().startswith("1 非常满意 ✓ · 2 比较满意 ✓ · 3 一般")
    # another group column infers the questionnaire again, keeping the corrections made
    dlg.group_col.setCurrentIndex(dlg.group_col.findData("-1"))
    finish_jobs(qtbot, win)
    assert dlg.draft.group_column is None and dlg.draft.question("q1") is not None
    dlg.group_col.setCurrentIndex(dlg.group_col.findText("1、您的身份："))
    finish_jobs(qtbot, win)
    assert dlg.draft.group_column == 6 and dlg.draft.question("q1") is None
    assert dlg.draft.question("q6").kind == "text"
    dlg.name.setText("用户满意度调查")
    dlg.create_btn.click()
    finish_jobs(qtbot, win)
    assert not dlg.isVisible() and dlg.created is not None and dlg.import_result.imported == 50
    assert page.current_survey().name == "用户满意度调查" and page.current_survey().respondents == 50
    want = ex.expected_counts(people)
    rows = {page.results.groups_table.item(r, 0).text(): page.results.groups_table.item(r, 1).text()
            for r in range(page.results.groups_table.rowCount())}
    assert {g: int(rows[g]) for g in ex.GROUPS} == want["respondents"]
    t = page.results.tally
    assert t.overall.satisfied == sum(want["overall_satisfied"].values())
    assert t.question("q6").kind == "text"
    assert win.undo_stack.count() == 0  # an import is not undoable


def test_columns_no_question_takes_wait_for_a_decision(demo_window, qtbot, tmp_path: Path, monkeypatch) -> None:
    import csv

    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    page = demo_window.show_page("surveys")
    path = tmp_path / "online.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["序号", "提交答卷时间", "调查对象", "您的总体满意度", "您的年龄段"])
        w.writerow(["1", "2024/5/1 10:00", "办事人", "很满意", "30-39岁"])
        w.writerow(["2", "2024/5/1 11:00", "办事人", "一般", "40-49岁"])
    page.import_answers(str(path))
    finish_jobs(qtbot, demo_window)
    dlg = page.answer_import.dialog
    assert dlg.plan.mapping == {3: "overall"} and dlg.plan.meta_columns == [1]  # 很满意 read as 非常满意
    assert dlg.plan.unmapped == [4] and not dlg.import_btn.isEnabled()
    assert any("您的年龄段" in dlg.problems.item(i).text() for i in range(dlg.problems.count()))
    age = dlg._combos[4]
    age.setCurrentIndex(age.findData("+"))  # add it as a new question
    finish_jobs(qtbot, demo_window)
    assert dlg.import_btn.isEnabled() and [q.key for q in dlg.plan.new_questions] == ["col5"]
    dlg.import_btn.click()
    finish_jobs(qtbot, demo_window)
    assert dlg.imported == 2
    sv = page.current_survey()
    assert sv.question("col5") is not None and sv.question("col5").kind == "single"


def test_paper_entry_skips_questions_not_asked_and_flags_the_sample(make_window, db: Database, qtbot) -> None:
    pid = _project(db)
    with db.session() as s:
        sv = create_survey(s, pid, "纸质问卷")
        users = add_group(s, sv.id, "使用单位", target_n=2)
        public = add_group(s, sv.id, "办事人", target_n=10)
        update_group(s, users.id, units_expected=4)
        add_question(s, sv.id, "overall", "scale5", "总体满意度")
        add_question(s, sv.id, "stability", "scale5", "系统稳定性", group_ids=[users.id])
    win = make_window(db)
    win.open_project(pid)
    page = win.show_page("surveys")
    page.tabs.setCurrentWidget(page.entry)
    entry = page.entry
    entry.group_combo.setCurrentIndex(entry.group_combo.findData(public.id))
    assert [q.key for q in entry.grid.questions] == ["overall"]  # stability is not asked of the public
    assert "stability" in entry.skipped.text()
    assert "10" in entry.count.text() and "0" in entry.count.text()
    entry.group_combo.setCurrentIndex(entry.group_combo.findData(users.id))
    assert [q.key for q in entry.grid.questions] == ["overall", "stability"] and entry.skipped.text() == ""
    grid = entry.grid
    for unit in ("市公安局", "虎门镇", "南城街道"):
        page.start_entry()
        row = grid.rowCount() - 1
        grid.item(row, grid.unit_col).setText(unit)
        grid.setCurrentCell(row, 0)
        from PySide6.QtCore import Qt

        qtbot.keyClick(grid, Qt.Key.Key_1)
        qtbot.keyClick(grid, Qt.Key.Key_Return)
    # 3 questionnaires against a target of 2: flagged; 3 of the 4 units expected answered
    assert "3" in entry.count.text() and "2" in entry.count.text() and "#b00" in entry.count.styleSheet()
    assert "3" in entry.coverage.text() and "4" in entry.coverage.text() and "75.00%" in entry.coverage.text()
    warnings = page.results.tally.warnings
    assert any("使用单位" in w and "2" in w and "3" in w for w in warnings)


def test_a_new_questionnaire_from_a_file_while_the_project_has_one(demo_window, qtbot, tmp_path: Path) -> None:
    page = demo_window.show_page("surveys")
    path = ex.write_csv(tmp_path / "腾讯问卷.csv", *ex.tencent(ex.respondents(12, seed=4)), "gb18030")
    page.new_from_answers(str(path))
    finish_jobs(qtbot, demo_window)
    dlg = page.answer_import.create_dialog
    assert dlg is not None and dlg.isVisible() and page.answer_import.dialog is None
    assert dlg.draft.question("q2").options[0]["label"] == "很满意"
    dlg.reject()
    assert len(page.surveys) == 1  # nothing stored until "Create and import"
