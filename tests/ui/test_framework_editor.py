"""The framework editor driven through its widgets: keys, toolbar, side panel, undo."""
from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from evaltool.framework import find_by_path, load_tree, validate_framework
from evaltool.models import Project
from tests.ui.conftest import finish_jobs, type_text


def open_editor(win, qtbot):
    page = win.show_page("framework")
    qtbot.waitUntil(page.isVisible)
    return page


def child_names(page, path: str | None = None) -> list[str]:
    roots = page.roots
    if path is None:
        return [n.name for n in roots]
    nodes = roots
    for part in path.split("/"):
        node = next(n for n in nodes if n.name == part)
        nodes = node.children
    return [n.name for n in nodes]


def select(page, win, path: str) -> None:
    with win.db.read_session() as s:
        nid = find_by_path(s, win.project_id, path).id
    page.tree.setFocus()
    page.select(nid)


def test_demo_tree_shows_37_leaves_and_no_problems(demo_window, qtbot) -> None:
    page = open_editor(demo_window, qtbot)
    model = page.model
    assert model.rowCount() == 4
    top = [model.data(model.index(i, 0)) for i in range(4)]
    assert top == ["决策", "过程", "产出", "效益"]
    assert [model.data(model.index(i, 1)) for i in range(4)] == ["10", "30", "30", "30"]
    assert "37" in page.stats.text()
    assert not page.problems.isVisible() and page.problems.count() == 0


def test_add_with_insert_key_type_name_then_undo_redo(demo_window, qtbot) -> None:
    win = demo_window
    page = open_editor(win, qtbot)
    select(page, win, "决策/项目立项/立项依据充分性")
    qtbot.keyClick(page.tree, Qt.Key.Key_Insert)  # add after the selected leaf, editor opens on the name
    qtbot.waitUntil(lambda: page.tree.findChild(QLineEdit) is not None and page.tree.findChild(QLineEdit).isVisible())
    editor = page.tree.findChild(QLineEdit)
    editor.selectAll()
    type_text(editor, "立项资料完整性")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits in a queued call
    qtbot.waitUntil(lambda: child_names(page, "决策/项目立项") == ["立项依据充分性", "立项资料完整性", "立项程序规范性"])
    assert page.current_node().name == "立项资料完整性"
    # weight through the side panel (autosaved on leaving the field)
    page.f_weight.setFocus()
    page.f_weight.selectAll()
    qtbot.keyClicks(page.f_weight, "1")
    qtbot.keyClick(page.f_weight, Qt.Key.Key_Tab)
    assert page.current_node().weight == 1
    assert [p.path for p in page.model.problems.values() for p in p] == ["决策/项目立项"]  # 4.5 ≠ 3.5
    assert page.problems.isVisible() and "4.5" in page.problems.item(0).text()
    texts = [win.undo_stack.text(i) for i in range(win.undo_stack.count())]
    assert len(texts) == 3  # add, rename, weight: one step each
    win.a_undo.trigger()  # weight
    win.a_undo.trigger()  # rename
    win.a_undo.trigger()  # add
    assert child_names(page, "决策/项目立项") == ["立项依据充分性", "立项程序规范性"]
    win.a_redo.trigger()
    win.a_redo.trigger()
    assert child_names(page, "决策/项目立项") == ["立项依据充分性", "立项资料完整性", "立项程序规范性"]
    with win.db.read_session() as s:
        assert len(load_tree(s, win.project_id)[0].children[0].children) == 3


def test_move_indent_outdent_by_keyboard_and_undo(demo_window, qtbot) -> None:
    win = demo_window
    page = open_editor(win, qtbot)
    select(page, win, "决策/绩效目标")
    qtbot.keyClick(page.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert child_names(page, "决策") == ["绩效目标", "项目立项", "资金投入"]
    qtbot.keyClick(page.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert child_names(page, "决策") == ["项目立项", "资金投入", "绩效目标"]
    qtbot.keyClick(page.tree, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)  # under 资金投入
    assert child_names(page, "决策/资金投入") == ["预算科学性", "分配合理性", "绩效目标"]
    assert page.current_node().name == "绩效目标"
    assert {p.kind for p in validate_framework(page.roots)} == {"children_sum"}
    qtbot.keyClick(page.tree, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)  # back out
    assert child_names(page, "决策") == ["项目立项", "资金投入", "绩效目标"]
    for _ in range(5):  # up, down, down, indent, outdent
        win.a_undo.trigger()
    assert child_names(page, "决策") == ["项目立项", "绩效目标", "资金投入"]
    assert validate_framework(page.roots) == []


def test_delete_and_undo_restore_the_subtree(demo_window, qtbot) -> None:
    win = demo_window
    page = open_editor(win, qtbot)
    select(page, win, "效益/满意度")
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert child_names(page, "效益") == ["社会效益", "可持续性影响"]
    assert any(p.kind == "total" for p in validate_framework(page.roots)) is False  # 效益 still says 30
    assert "决策" in child_names(page) and page.problems.isVisible()
    win.a_undo.trigger()
    assert child_names(page, "效益/满意度") == ["政数局对供应商项目实施的满意度", "使用部门满意度", "政务服务对象满意度"]
    overview = win.show_page("overview")
    assert "81.415" in overview.total.text()


def test_copy_paste_subtree_through_the_clipboard(demo_window, qtbot) -> None:
    win = demo_window
    page = open_editor(win, qtbot)
    select(page, win, "产出/产出时效")
    qtbot.keyClick(page.tree, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert "成果提交及时率" in QApplication.clipboard().text()
    select(page, win, "效益/满意度")
    qtbot.keyClick(page.tree, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert child_names(page, "效益") == ["社会效益", "可持续性影响", "满意度", "产出时效"]
    assert child_names(page, "效益/产出时效") == ["成果提交及时率", "故障处置和需求响应及时性"]
    win.a_undo.trigger()
    assert child_names(page, "效益") == ["社会效益", "可持续性影响", "满意度"]
    QApplication.clipboard().clear()  # offscreen Qt crashes at exit when it still owns clipboard data


def test_drag_and_drop_moves_a_node(demo_window, qtbot) -> None:
    win = demo_window
    page = open_editor(win, qtbot)
    model = page.model
    with win.db.read_session() as s:
        leaf = find_by_path(s, win.project_id, "决策/资金投入/分配合理性").id
        target = find_by_path(s, win.project_id, "决策/项目立项").id
    mime = model.mimeData([model.index_of(leaf)])
    assert not model.canDropMimeData(model.mimeData([model.index_of(target)]), Qt.DropAction.MoveAction,
                                     -1, 0, model.index_of(target))  # not into itself
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, model.index_of(target))
    qtbot.waitUntil(lambda: child_names(page, "决策/项目立项")[0] == "分配合理性", timeout=2000)
    win.a_undo.trigger()
    assert child_names(page, "决策/资金投入") == ["预算科学性", "分配合理性"]
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex()) is False
    qtbot.waitUntil(lambda: child_names(page)[-1] == "分配合理性", timeout=2000)  # dropped on empty space: top level


def test_new_project_from_template_via_home(make_window, demo_db, qtbot, monkeypatch) -> None:
    from evaltool.ui import framework_dialogs

    win = make_window(demo_db)
    win.show_home()

    def fake_exec(self) -> int:
        keys = [t.key for t in self.templates]
        self.list.setCurrentRow(keys.index("monthly_assessment"))
        self.name.setText("2023年运维月度考核")
        self._accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(framework_dialogs.TemplateDialog, "exec", fake_exec)
    win.home.btn_template.click()
    assert win.project_id is not None
    page = win.show_page("framework")
    assert child_names(page) == ["时效性", "服务质量", "管理成效"]
    with win.db.read_session() as s:
        assert s.get(Project, win.project_id).name == "2023年运维月度考核"


def test_import_dialog_previews_then_creates(make_window, demo_db, qtbot, tmp_path: Path, monkeypatch) -> None:
    from evaltool.ui import framework_dialogs

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["某项目评分表"])
    ws.append(["一级指标", "二级指标", "三级指标", "分值", "得分", "评价意见"])
    ws.append(["决策（40）", "项目立项", "立项依据充分性", 40, 35, "依据不足\n扣5分"])
    ws.append(["产出（60）", "产出数量", "完成率", 60, 60, ""])
    path = tmp_path / "评分表.xlsx"
    wb.save(path)
    win = make_window(demo_db)
    seen = {}

    def fake_exec(self) -> int:
        qtbot.waitUntil(lambda: self.parsed is not None)  # the file is read on the runner
        seen["summary"] = self.summary.text()
        seen["top"] = self.preview.topLevelItemCount()
        seen["name"] = self.name.text()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(framework_dialogs.ImportSheetDialog, "exec", fake_exec)
    with win.db.read_session() as s:
        before = s.query(Project).count()
    task = framework_dialogs.import_sheet(win, win, str(path))
    finish_jobs(qtbot, win)  # the project is created on the runner, then opened
    assert seen["top"] == 2 and seen["name"] == "某项目" and "2" in seen["summary"]  # the title without 评分表
    assert task is not None and task.state == "done"
    pid = task.result
    assert pid == win.project_id
    with win.db.read_session() as s:
        assert s.query(Project).count() == before + 1
    overview = win.show_page("overview")
    assert "95" in overview.total.text()


def _score_sheet(path: Path, title: str) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([title])
    ws.append(["一级指标", "二级指标", "三级指标", "分值", "得分", "评价意见"])
    ws.append(["决策（40）", "项目立项", "立项依据充分性", 40, 35, "依据不足"])
    ws.append(["产出（60）", "产出数量", "完成率", 60, 60, ""])
    wb.save(path)
    return path


def test_import_preview_reads_on_the_runner_and_keeps_the_latest_choice(make_window, demo_db, qtbot,
                                                                       tmp_path: Path) -> None:
    from evaltool.ui.framework_dialogs import ImportSheetDialog

    win = make_window(demo_db)
    first = _score_sheet(tmp_path / "甲.xlsx", "甲项目评分表")
    second = _score_sheet(tmp_path / "乙.xlsx", "乙项目评分表")
    dlg = ImportSheetDialog(win, str(first))
    qtbot.addWidget(dlg)
    dlg.path.setText(str(second))  # chosen again before the first reading came back
    dlg.load()
    finish_jobs(qtbot, win)
    assert dlg.parsed is not None and dlg.name.text() == "乙项目"
    assert dlg.preview.topLevelItemCount() == 2 and dlg.import_btn.isEnabled()

    broken = tmp_path / "坏.xlsx"
    broken.write_bytes(b"not a workbook")
    dlg.path.setText(str(broken))
    dlg.load()
    finish_jobs(qtbot, win)
    assert dlg.parsed is None and not dlg.import_btn.isEnabled()
    assert "坏.xlsx" in dlg.summary.text()  # the error names the file
    assert dlg.preview.topLevelItemCount() == 0


def test_cancelling_the_import_creates_nothing(make_window, demo_db, qtbot, tmp_path: Path, monkeypatch) -> None:
    import threading

    from PySide6.QtWidgets import QPushButton

    from evaltool.ui import framework_dialogs

    path = _score_sheet(tmp_path / "评分表.xlsx", "某项目评分表")
    win = make_window(demo_db)
    go = threading.Event()
    real = framework_dialogs.import_parsed

    def slow_import(session, parsed, name=None, progress=None, cancelled=None):
        go.wait(10)  # held until the test has pressed Cancel
        return real(session, parsed, name, progress=progress, cancelled=cancelled)

    def fake_exec(self) -> int:
        qtbot.waitUntil(lambda: self.parsed is not None)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(framework_dialogs, "import_parsed", slow_import)
    monkeypatch.setattr(framework_dialogs.ImportSheetDialog, "exec", fake_exec)
    with win.db.read_session() as s:
        before = s.query(Project).count()
    task = framework_dialogs.import_sheet(win, win, str(path))
    assert task is not None
    qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.isVisible())
    button = task.dialog.findChild(QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not button.isEnabled()  # answered at once, while the import still waits
    go.set()
    finish_jobs(qtbot, win)
    assert task.state == "cancelled"
    assert win.project_id is None
    with win.db.read_session() as s:
        assert s.query(Project).count() == before
