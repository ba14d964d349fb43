"""The Surveys page driven from the keyboard: seed-000 tally, fast paper entry, undo, import."""
from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import finish_jobs, type_text


def _group_row(page, name: str) -> list[str]:
    t = page.results.groups_table
    for r in range(t.rowCount()):
        if t.item(r, 0).text() == name:
            return [t.item(r, c).text() for c in range(t.columnCount())]
    raise AssertionError(name)


def test_results_show_the_seed_000_rates(demo_window, qtbot) -> None:
    page = demo_window.show_page("surveys")
    assert _group_row(page, "市政数局")[3:6] == ["1", "1", "100.00%"]
    assert _group_row(page, "使用单位")[3:6] == ["69", "62", "89.86%"]
    assert _group_row(page, "办事人")[3:6] == ["145", "141", "97.24%"]
    assert "94.88%" in page.results.overall_label.text()
    chart = page.results.group_chart.chart()
    values = [chart.series()[0].barSets()[0].at(i) for i in range(4)]
    assert values == [100.0, 89.86, 97.24, 94.88]
    page.results.question_combo.setCurrentIndex(page.results.question_combo.findData("stability"))
    assert page.results.option_chart.chart().title() == "系统稳定性"


def test_keying_in_questionnaires_updates_the_tally(demo_window, qtbot) -> None:
    win = demo_window
    page = win.show_page("surveys")
    page.entry.group_combo.setCurrentIndex(page.entry.group_combo.findText("使用单位"))
    page.start_entry()
    grid = page.entry.grid
    assert grid.currentRow() == 69  # below the 69 questionnaires already there
    qtbot.keyClick(grid, Qt.Key.Key_4)  # overall: 不太满意
    assert grid.currentColumn() == 1  # a digit moves to the next question
    qtbot.keyClick(grid, Qt.Key.Key_7)  # not an option of a 5-level scale
    assert grid.currentColumn() == 1 and "7" in page.entry.message.text()
    for key in (Qt.Key.Key_Delete, Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_2, Qt.Key.Key_1):  # stability 2, ease 1
        qtbot.keyClick(grid, key)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert _group_row(page, "使用单位")[3:6] == ["70", "62", "88.57%"]  # 62 / 70
    assert grid.currentRow() == 70 and grid.currentColumn() == 0  # the next row is ready
    qtbot.keyClick(grid, Qt.Key.Key_1)
    # multiple choice (last question column): several digits, then Enter
    grid.setCurrentCell(70, len(grid.questions) - 1)
    qtbot.keyClick(grid, Qt.Key.Key_1)
    qtbot.keyClick(grid, Qt.Key.Key_3)
    grid.setCurrentCell(70, grid.unit_col)
    qtbot.keyClick(grid, Qt.Key.Key_A)  # typing opens the cell editor
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(editor, "虎门镇")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Enter in the editor saves the row too
    qtbot.waitUntil(lambda: _group_row(page, "使用单位")[3] == "71")
    assert _group_row(page, "使用单位")[3:6] == ["71", "63", "88.73%"]
    assert page.results.tally.question("reasons").options[2]["count"] == 8  # 7 in the demo + this one
    overall = page.results.overall_label.text()  # pooled: 204 + 1 satisfied of 215 + 2 = 94.47%
    assert "94.47%" in overall and "205" in overall and "217" in overall
    win.a_undo.trigger()
    assert _group_row(page, "使用单位")[3:6] == ["70", "62", "88.57%"]
    win.a_redo.trigger()
    assert _group_row(page, "使用单位")[3] == "71"


def test_import_dialog_previews_problems_and_imports(demo_window, qtbot, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    page = demo_window.show_page("surveys")
    path = tmp_path / "online.csv"
    with open(path, "w", encoding="gbk", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["答卷编号", "调查对象", "总体满意度", "系统稳定性"])
        w.writerow(["W1", "办事人", "非常满意", ""])
        w.writerow(["W2", "办事人", "很满意啊", ""])
        w.writerow(["W3", "使用单位", "一般", "比较满意"])
    page.import_answers(str(path))  # read and checked on the runner; the dialog opens with the plan
    finish_jobs(qtbot, demo_window)
    dlg = page.answer_import.dialog
    assert dlg.isVisible()
    assert dlg.plan.group_column == 1 and dlg.plan.mapping == {2: "overall", 3: "stability"}
    assert dlg.preview.rowCount() == 3
    problems = [dlg.problems.item(i).text() for i in range(dlg.problems.count())]
    # the unknown label, counted by question, then the row it is on (spreadsheet row 3)
    assert len(problems) == 2 and problems[0].startswith("overall") and "很满意啊 (1)" in problems[0]
    assert "很满意啊" in problems[1] and "3" in problems[1]
    assert not dlg.import_btn.isEnabled()  # a row has a problem: decide first
    dlg.skip.setChecked(True)
    assert dlg.import_btn.isEnabled()
    dlg.import_btn.click()
    finish_jobs(qtbot, demo_window)
    assert dlg.imported == 2 and not dlg.isVisible()
    assert _group_row(page, "办事人")[3:6] == ["146", "142", "97.26%"]
    assert _group_row(page, "使用单位")[3:6] == ["70", "62", "88.57%"]


def _write_answers(path: Path) -> None:
    with open(path, "w", encoding="gbk", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["答卷编号", "调查对象", "总体满意度"])
        w.writerow(["W1", "办事人", "非常满意"])
        w.writerow(["W2", "使用单位", "一般"])


def _cancel_when_shown(qtbot, task) -> None:
    from PySide6.QtWidgets import QPushButton

    qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.isVisible())
    qtbot.mouseClick(task.dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)


def test_a_big_tally_is_counted_on_the_runner_while_the_page_stays_usable(demo_window, qtbot, monkeypatch) -> None:
    import threading

    from evaltool.ui.pages.surveys import results

    monkeypatch.setattr(results, "TALLY_IN_WORKER_ANSWERS", 0)  # the demo counts as a big survey
    gate = threading.Event()
    real = results.tally_survey

    def slow_tally(*args, **kwargs):
        gate.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(results, "tally_survey", slow_tally)
    win = demo_window
    page = win.show_page("surveys")
    assert page.results.busy and page.results.counting.isVisible()
    assert "215" in page.results.counting.text()  # seed 000: 1 + 69 + 145 questionnaires
    assert not page.charts_btn.isEnabled()  # nothing to save until the tally is there
    # the rest of the page works meanwhile: the questionnaire tab lists the three groups
    page.tabs.setCurrentWidget(page.questionnaire)
    assert page.questionnaire.groups.rowCount() == 3
    # choosing again (a newer count) replaces the running one
    page.results.show_survey(page.current_survey())
    gate.set()
    finish_jobs(qtbot, win)
    assert not page.results.busy and not page.results.counting.isVisible()
    assert _group_row(page, "使用单位")[3:6] == ["69", "62", "89.86%"]
    assert "94.88%" in page.results.overall_label.text()
    assert page.charts_btn.isEnabled()


def test_reading_an_answer_file_can_be_cancelled(demo_window, qtbot, tmp_path: Path, monkeypatch) -> None:
    import threading

    from evaltool.ui.pages.surveys import importing

    gate = threading.Event()
    real = importing.read_table

    def slow_read(path, **kwargs):
        gate.wait(10)
        return real(path, **kwargs)

    monkeypatch.setattr(importing, "read_table", slow_read)
    page = demo_window.show_page("surveys")
    path = tmp_path / "answers.csv"
    _write_answers(path)
    task = page.import_answers(str(path))
    _cancel_when_shown(qtbot, task)
    gate.set()
    finish_jobs(qtbot, demo_window)
    assert task.state == "cancelled" and page.answer_import.dialog is None  # no dialog opens


def test_a_cancelled_import_changes_nothing_and_a_finished_one_clears_undo(demo_window, qtbot, tmp_path: Path,
                                                                          monkeypatch) -> None:
    import threading

    from PySide6.QtWidgets import QMessageBox

    from evaltool.ui.pages.surveys import importing

    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    win = demo_window
    page = win.show_page("surveys")
    page.tabs.setCurrentWidget(page.questionnaire)
    page.questionnaire.add_group_btn.click()  # an undoable step before the import
    assert win.undo_stack.count() == 1
    path = tmp_path / "answers.csv"
    _write_answers(path)
    page.import_answers(str(path))
    finish_jobs(qtbot, win)
    dlg = page.answer_import.dialog
    assert dlg.import_btn.isEnabled()
    gate = threading.Event()
    real = importing.apply_import

    def slow_apply(*args, **kwargs):
        gate.wait(10)
        return real(*args, **kwargs)  # checks cancelled() before writing its first row

    monkeypatch.setattr(importing, "apply_import", slow_apply)
    dlg.import_btn.click()
    task = dlg._task
    _cancel_when_shown(qtbot, task)
    gate.set()
    finish_jobs(qtbot, win)
    assert task.state == "cancelled" and dlg.isVisible() and dlg.imported == 0
    assert _group_row(page, "办事人")[3] == "145" and _group_row(page, "使用单位")[3] == "69"
    assert win.undo_stack.count() == 1  # nothing was imported: the undo history stays
    monkeypatch.setattr(importing, "apply_import", real)
    dlg.import_btn.click()
    finish_jobs(qtbot, win)
    assert dlg.imported == 2 and not dlg.isVisible()
    assert _group_row(page, "办事人")[3] == "146" and _group_row(page, "使用单位")[3] == "70"
    assert win.undo_stack.count() == 0  # an import is not undoable: the history before it is gone


def test_xlsform_and_charts_go_through_the_runner(demo_window, qtbot, tmp_path: Path, monkeypatch) -> None:
    import io

    from PIL import Image
    from PySide6.QtWidgets import QMessageBox

    from evaltool.survey import export_xlsform

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    win = demo_window
    page = win.show_page("surveys")
    old = page.current_survey()
    form = export_xlsform(old, tmp_path / "form.xlsx")
    page.import_form(str(form))
    finish_jobs(qtbot, win)
    new = page.current_survey()
    assert len(page.surveys) == 2 and new.id != old.id  # the new survey is the one shown
    assert [q.key for q in new.questions] == [q.key for q in old.questions]
    page.survey_combo.setCurrentIndex(page.survey_combo.findData(old.id))
    out = tmp_path / "charts"
    out.mkdir()
    page.save_charts(str(out))
    finish_jobs(qtbot, win)
    names = sorted(p.name for p in out.iterdir())
    assert "satisfaction_by_group.png" in names and "question_stability.png" in names
    assert not [n for n in names if not n.endswith(".png")]  # no temporary file left behind
    assert told and str(len(names)) in told[-1]
    assert Image.open(io.BytesIO((out / "question_stability.png").read_bytes())).size == (1600, 900)
