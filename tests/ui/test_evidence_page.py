"""The Evidence page and a leaf's evidence panel, driven as a user would."""
from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from evaltool import evidence as ev
from evaltool.evidence import EvidenceStore
from evaltool.framework import find_by_path
from tests.ui.conftest import finish_jobs, type_text

BASIS = "决策/项目立项/立项依据充分性"


@pytest.fixture
def files(tmp_path: Path) -> Path:
    d = tmp_path / "现场材料"
    d.mkdir()
    img = QImage(320, 200, QImage.Format.Format_RGB32)
    img.fill(Qt.GlobalColor.darkCyan)
    img.save(str(d / "机房照片.png"))
    (d / "座谈会记录.txt").write_text("使用单位反映跨部门共享不足。", encoding="utf-8")
    (d / "预算调剂批复.docx").write_bytes(b"PK\x03\x04 docx bytes" * 50)
    return d


def _pdf(path: Path) -> Path:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    for i in range(2):
        c.drawString(72, 720, f"page {i + 1}")
        c.showPage()
    c.save()
    return path


def _leaf(win, path: str) -> str:
    with win.db.read_session() as s:
        return find_by_path(s, win.project_id, path).id


def test_add_file_on_the_page_link_it_and_see_it_in_the_leaf_form(demo_window, files: Path, qtbot,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from evaltool.ui.pages.evidence import LeafPickerDialog
    from evaltool.ui.widgets.leaf_evidence import LeafEvidencePanel

    win = demo_window
    page = win.show_page("evidence")
    assert page.visible_titles() == []
    # the scoring form's panel for 立项依据充分性, empty at first
    panel = LeafEvidencePanel(win)
    qtbot.addWidget(panel)
    leaf = _leaf(win, BASIS)
    panel.set_leaf(win.project_id, leaf)
    assert panel.item_titles() == [] and "0" in panel.heading.text()

    page.add_paths([str(files / "座谈会记录.txt")])

    finish_jobs(qtbot, win)
    assert page.visible_titles() == ["座谈会记录"]
    assert page.selected_ids() and page.preview.kind == "text"
    assert "跨部门共享不足" in page.preview.text.toPlainText()

    # Link to indicator… : pick the leaf by typing part of its name, mark the deduction
    def pick() -> None:
        dlg = QApplication.activeModalWidget()
        assert isinstance(dlg, LeafPickerDialog)
        type_text(dlg.search, "立项依据")
        assert dlg.list.count() == 1
        type_text(dlg.target, "要点②")
        dlg.accept()

    QTimer.singleShot(0, pick)
    qtbot.mouseClick(page.details.link_btn, Qt.MouseButton.LeftButton)
    links = page.details.links
    assert [links.item(i).text() for i in range(links.count())] == [f"{BASIS}  — 要点②"]
    # the leaf's panel shows it at once (data_changed), with the deduction it supports
    assert panel.item_titles() == ["座谈会记录"]
    assert "要点②" in panel.list.item(0).text()

    # undo / redo the link
    win.undo_stack.undo()
    assert panel.item_titles() == []
    win.undo_stack.redo()
    assert panel.item_titles() == ["座谈会记录"]

    # Add file… in the panel: goes to the store and is linked to the leaf
    monkeypatch.setattr("evaltool.ui.widgets.folders.QFileDialog.getOpenFileNames",
                        lambda *a, **k: ([str(files / "机房照片.png")], ""))
    qtbot.mouseClick(panel.add_btn, Qt.MouseButton.LeftButton)
    finish_jobs(qtbot, win)
    assert sorted(panel.item_titles()) == ["座谈会记录", "机房照片"]
    assert "机房照片" in page.visible_titles()


def test_drop_a_folder_adds_every_file_and_previews_them(demo_window, files: Path, qtbot) -> None:
    win = demo_window
    page = win.show_page("evidence")
    _pdf(files / "东府办〔2022〕29号.pdf")
    md = QMimeData()
    md.setUrls([QUrl.fromLocalFile(str(files))])
    drop = QDropEvent(QPoint(20, 20), Qt.DropAction.CopyAction, md, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    page.dropEvent(drop)
    qtbot.waitUntil(lambda: len(page.visible_titles()) == 4, timeout=10_000)
    finish_jobs(qtbot, win)
    assert sorted(page.visible_titles()) == sorted(["机房照片", "座谈会记录", "预算调剂批复", "东府办〔2022〕29号"])
    kinds = {}
    for title in page.visible_titles():
        iid = next(i.id for i in page.all_items if i.title == title)
        page.select_item(iid)
        finish_jobs(qtbot, win)  # pictures and texts are read on the runner
        kinds[title] = page.preview.kind
    assert kinds == {"机房照片": "image", "座谈会记录": "text", "预算调剂批复": "meta", "东府办〔2022〕29号": "pdf"}
    page.select_item(next(i.id for i in page.all_items if i.title == "东府办〔2022〕29号"))
    assert page.preview.pdf_doc.pageCount() == 2
    # a file without a preview can be handed to the system application (a named copy)
    page.select_item(next(i.id for i in page.all_items if i.title == "预算调剂批复"))
    task = page.preview.open_externally()
    finish_jobs(qtbot, win)
    copy = task.result if task else None
    assert copy is not None and copy.name == "预算调剂批复.docx"
    assert copy.read_bytes() == (files / "预算调剂批复.docx").read_bytes()


def test_filters_search_and_metadata_edit(demo_window, files: Path, qtbot) -> None:
    win = demo_window
    page = win.show_page("evidence")
    page.add_paths([str(files)])
    finish_jobs(qtbot, win)
    assert len(page.visible_titles()) == 3
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("photo"))
    assert page.visible_titles() == ["机房照片"]
    page.kind_filter.setCurrentIndex(0)
    page.unlinked.setChecked(True)
    assert len(page.visible_titles()) == 3
    page.unlinked.setChecked(False)
    page.search.setFocus()
    type_text(page.search, "座谈")
    qtbot.waitUntil(lambda: page.visible_titles() == ["座谈会记录"], timeout=3000)
    page.select_item(next(i.id for i in page.all_items if i.title == "座谈会记录"))

    # edit the title and the date in the form; Enter (or leaving the field) saves (undoable)
    form = page.details
    form.f_title.selectAll()
    type_text(form.f_title, "使用单位座谈会记录")
    qtbot.keyClick(form.f_title, Qt.Key.Key_Return)
    form.f_date.selectAll()  # prefilled with the file's date when it was added
    type_text(form.f_date, "2022-11-02")
    qtbot.keyClick(form.f_date, Qt.Key.Key_Return)
    with win.db.read_session() as s:
        info = next(i for i in ev.list_items(s, win.project_id) if i.filename == "座谈会记录.txt")
    assert (info.title, info.date) == ("使用单位座谈会记录", "2022-11-02")
    win.undo_stack.undo()
    # back to the date prefilled when it was added: the file's own date (a text file has no EXIF)
    file_day = datetime.fromtimestamp((files / "座谈会记录.txt").stat().st_mtime).date().isoformat()
    with win.db.read_session() as s:
        assert ev.get_item(s, info.id).date == file_day

    # a bad date is refused with a message and nothing is saved
    seen: list[str] = []
    QTimer.singleShot(0, lambda: (seen.append(QApplication.activeModalWidget().text()),  # type: ignore[union-attr]
                                  QApplication.activeModalWidget().accept()))  # type: ignore[union-attr]
    form.f_date.setText("2022-13-45")
    qtbot.keyClick(form.f_date, Qt.Key.Key_Return)
    assert seen and "2022-13-45" in seen[0]
    with win.db.read_session() as s:
        assert ev.get_item(s, info.id).date == file_day


def test_missing_and_altered_files_are_shown_not_failing(demo_window, files: Path, qtbot,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    win = demo_window
    page = win.show_page("evidence")
    page.add_paths([str(files)])
    finish_jobs(qtbot, win)
    store = EvidenceStore(win.db.data_dir)
    by_title = {i.title: i for i in page.all_items}
    gone = store.path(by_title["预算调剂批复"].sha256 or "")
    os.chmod(gone, 0o644)
    gone.unlink()
    altered = store.path(by_title["座谈会记录"].sha256 or "")
    os.chmod(altered, 0o644)
    altered.write_bytes("使用单位反映跨部门共享充分。".encode())  # same size, other words
    page.refresh()
    status = {i.title: i.status for i in page.all_items}
    assert status["预算调剂批复"] == "missing" and status["座谈会记录"] == "ok"  # size unchanged: cheap check passes

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    task = page.verify_files()
    finish_jobs(qtbot, win)
    items = task.result if task else None
    assert {i.title: i.status for i in items or []} == {
        "预算调剂批复": "missing", "座谈会记录": "altered", "机房照片": "ok"}
    assert shown and "预算调剂批复" in shown[0] and "座谈会记录" in shown[0]
    status = {i.title: i.status for i in page.all_items}
    assert status == {"预算调剂批复": "missing", "座谈会记录": "altered", "机房照片": "ok"}
    page.select_item(by_title["预算调剂批复"].id)
    assert page.preview.kind == "missing" and page.preview.banner.isVisibleTo(page)
    page.select_item(by_title["座谈会记录"].id)
    assert page.preview.banner.isVisibleTo(page)  # altered: warned, still previewed
    row = next(r for r in range(page.model.rowCount()) if page.model.index(r, 0).data() == "预算调剂批复")
    assert page.model.index(row, 5).data(Qt.ItemDataRole.ForegroundRole).color() == QColor(Qt.GlobalColor.darkRed)


def test_bad_files_are_refused_with_their_name(demo_window, tmp_path: Path, qtbot,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    win = demo_window
    page = win.show_page("evidence")
    empty = tmp_path / "签到表.pdf"
    empty.write_bytes(b"")
    good = tmp_path / "合同.pdf"
    good.write_bytes(b"%PDF")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    page.add_paths([str(good), str(empty)])
    finish_jobs(qtbot, win)
    assert shown and "签到表.pdf" in shown[0]
    assert page.visible_titles() == []  # nothing half-added


def test_notes_and_delete_with_undo(demo_window, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    win = demo_window
    page = win.show_page("evidence")
    finish_jobs(qtbot, win)  # the first visit reads the list on the runner
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("办事人访谈记录", True))
    iid = page.new_note()
    assert iid and page.visible_titles() == ["办事人访谈记录"] and page.preview.kind == "note"
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=3000)
    page.preview.note.setFocus()
    qtbot.waitUntil(page.preview.note.hasFocus, timeout=3000)
    type_text(page.preview.note, "网上办理便利")
    page.search.setFocus()  # leaving the note saves it
    qtbot.waitUntil(lambda: not page.preview.note.hasFocus(), timeout=3000)
    with win.db.read_session() as s:
        assert ev.get_item(s, iid).text == "网上办理便利"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.select_item(iid)
    qtbot.mouseClick(page.delete_btn, Qt.MouseButton.LeftButton)
    assert page.visible_titles() == []
    win.undo_stack.undo()
    assert page.visible_titles() == ["办事人访谈记录"]


def test_picker_dialog_links_existing_items_from_the_panel(demo_window, files: Path, qtbot) -> None:
    from evaltool.ui.widgets.leaf_evidence import EvidencePickerDialog, LeafEvidencePanel

    win = demo_window
    win.show_page("evidence").add_paths([str(files)])
    finish_jobs(qtbot, win)
    panel = LeafEvidencePanel(win)
    qtbot.addWidget(panel)
    panel.set_leaf(win.project_id, _leaf(win, BASIS))

    def pick() -> None:
        dlg = QApplication.activeModalWidget()
        assert isinstance(dlg, EvidencePickerDialog)
        type_text(dlg.search, "照片")
        assert dlg.list.count() == 1
        dlg.list.item(0).setSelected(True)
        dlg.done(QDialog.DialogCode.Accepted)

    QTimer.singleShot(0, pick)
    qtbot.mouseClick(panel.link_btn, Qt.MouseButton.LeftButton)
    assert panel.item_titles() == ["机房照片"]
    panel.list.setCurrentRow(0)
    qtbot.mouseClick(panel.unlink_btn, Qt.MouseButton.LeftButton)
    assert panel.item_titles() == []


def test_preview_reads_files_on_the_runner_and_shows_the_latest_choice(demo_window, files: Path, qtbot) -> None:
    win = demo_window
    page = win.show_page("evidence")
    big = QImage(3000, 2000, QImage.Format.Format_RGB32)
    big.fill(Qt.GlobalColor.darkGreen)
    big.save(str(files / "全景照片.png"))
    page.add_paths([str(files)])
    finish_jobs(qtbot, win)
    ids = {i.title: i.id for i in page.all_items}
    # choose the picture, then the text before the picture was read: the text is what shows
    page.select_item(ids["全景照片"])
    assert page.preview.kind == "loading"
    page.select_item(ids["座谈会记录"])
    finish_jobs(qtbot, win)
    assert page.preview.kind == "text" and "跨部门共享不足" in page.preview.text.toPlainText()
    # a big picture is shown with its own size in the facts line
    page.select_item(ids["全景照片"])
    finish_jobs(qtbot, win)
    assert page.preview.kind == "image" and "3000×2000" in page.preview.facts.text()
    assert not page.preview.image.pixmap().isNull()
    # the list refreshes after every change: the picture stays, it is not read again
    page.refresh()
    assert page.preview.kind == "image" and win.runner.idle
    # a missing file, then a file without a preview: each says what it is
    store = EvidenceStore(win.db.data_dir)
    gone = store.path(next(i.sha256 for i in page.all_items if i.title == "机房照片") or "")
    os.chmod(gone, 0o644)
    gone.unlink()
    page.refresh()
    page.select_item(ids["机房照片"])
    assert page.preview.kind == "missing"
    page.select_item(ids["预算调剂批复"])
    finish_jobs(qtbot, win)  # a .docx is read on the runner for its text; this one is not a real one
    assert page.preview.kind == "meta" and page.preview.open_btn.isVisibleTo(page)


def test_an_empty_folder_adds_nothing(demo_window, tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    win = demo_window
    page = win.show_page("evidence")
    (tmp_path / "空文件夹" / ".thumbnails").mkdir(parents=True)
    (tmp_path / "空文件夹" / ".DS_Store").write_bytes(b"x")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    task = page.add_paths([str(tmp_path / "空文件夹")])
    finish_jobs(qtbot, win)
    assert task is not None and task.state == "done" and task.result == []
    assert page.visible_titles() == [] and shown == [] and win.undo_stack.count() == 0


def test_a_hidden_page_shows_the_changes_when_opened(demo_window, qtbot) -> None:
    from evaltool.ui.operations import evidence as ops

    win = demo_window
    page = win.show_page("evidence")
    finish_jobs(qtbot, win)  # the first visit reads the list on the runner
    win.show_page("overview")
    ops.add_note(win, win.project_id, "办事人访谈记录", "网上办理便利")
    assert win.show_page("evidence") is page
    assert page.visible_titles() == ["办事人访谈记录"]


def test_a_word_document_is_previewed_and_the_addition_summarised(demo_window, tmp_path: Path, qtbot,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from docx import Document
    from PySide6.QtWidgets import QFileDialog

    doc = Document()
    doc.add_heading("运维服务验收报告", level=1)
    doc.add_paragraph("2022年运维服务已全部完成，验收合格。")
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "服务内容", "完成情况"
    table.cell(1, 0).text, table.cell(1, 1).text = "驻场服务", "已完成"
    folder = tmp_path / "验收材料"
    folder.mkdir()
    path = folder / "验收报告.docx"
    doc.save(str(path))
    win = demo_window
    page = win.show_page("evidence")
    # the file dialog starts in the user's folder, then where the last files came from
    starts: list[str] = []

    def pick(_parent, _title, start, _filters=""):
        starts.append(start)
        return [str(path)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(pick))
    page.add_files_dialog()
    finish_jobs(qtbot, win)
    assert starts[0] != os.getcwd() or starts[0] == str(Path.home())
    message = win.statusBar().currentMessage()
    assert "1" in message and "新增 1" in message  # how many were added, and that it was new
    qtbot.waitUntil(lambda: page.preview.kind == "office", timeout=10_000)
    shown = page.preview.office.toPlainText()
    assert "运维服务验收报告" in shown and "驻场服务" in shown and "已完成" in shown
    assert "application/" not in page.preview.facts.text()  # no raw MIME type instead of a preview
    shots = os.environ.get("EVALTOOL_SCREENSHOTS")
    if shots:
        win.grab().save(str(Path(shots) / "evidence-docx-preview.png"))
    page.add_files_dialog()
    finish_jobs(qtbot, win)
    assert starts[1] == str(folder)  # remembered


# -- the first visit and big lists (issue 20) ---------------------------------------------------

def test_the_first_visit_shows_the_page_and_the_list_comes_from_the_runner(demo_window, qtbot) -> None:
    win = demo_window
    with win.db.session() as s:
        for title in ("座谈会记录", "现场核查记录", "办事人访谈记录"):
            ev.add_note(s, win.project_id, title, "")
    page = win.show_page("evidence")
    # the page is there at once; the list (a query and a file check per item) is read on the runner
    assert page.loading and page.model.rowCount() == 0 and page.count.text() == "正在加载…"
    assert page.add_btn.isEnabled() and page.search.isEnabled()
    finish_jobs(qtbot, win)
    assert not page.loading
    assert sorted(page.visible_titles()) == ["办事人访谈记录", "座谈会记录", "现场核查记录"]
    assert page.count.text() == "3 / 3"


def test_a_change_during_the_first_load_is_listed_and_selected(demo_window, qtbot) -> None:
    from evaltool.ui.operations import evidence as ops

    win = demo_window
    page = win.show_page("evidence")
    assert page.loading
    iid = ops.add_note(win, win.project_id, "办事人访谈记录", "网上办理便利")  # before the list came
    assert iid
    page.select_item(iid)
    finish_jobs(qtbot, win)
    assert page.visible_titles() == ["办事人访谈记录"] and page.selected_ids() == [iid]


def test_a_list_of_thousands_of_items_is_shown_without_reading_every_row(qtbot) -> None:
    """Only the rows on screen are asked for: no column sizes itself to its contents (that
    reads every row of the column at every fill). 5,000 items, a window of 1366×768: a few
    dozen rows are visible, so far fewer data() calls than rows."""
    from evaltool.evidence.info import EvidenceInfo
    from evaltool.ui.pages.evidence.model import EvidenceModel, evidence_table

    calls = [0]

    class Counting(EvidenceModel):
        """Counts data() calls: what the view asks to paint a cell or to measure a row."""

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[override]
            calls[0] += 1
            return super().data(index, role)

    n = 5000
    rows = [EvidenceInfo(id=f"id{i}", project_id="p", title=f"材料{i:04d}", kind="document", source="unit",
                         date="2022-10-31", page_ref="", notes="", filename=f"材料{i:04d}.pdf", size=100, mime="",
                         sha256=None, text="", added_by=None, added_by_name="", created_at=f"2022-10-31T{i:05d}",
                         status="note") for i in range(n)]
    model = Counting()
    table = evidence_table(model)
    qtbot.addWidget(table)
    table.resize(1366, 768)
    table.show()
    qtbot.waitExposed(table)
    calls[0] = 0
    model.set_rows(rows)
    qtbot.waitUntil(lambda: calls[0] > 0)  # laid out and painted (the view lays out in its next turn)
    table.repaint()
    assert model.rowCount() == n
    assert calls[0] < n  # not one per row (per-row measuring: ≥ 5,000 for one column)
    calls[0] = 0
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # sorted in Python over the records
    qtbot.waitUntil(lambda: calls[0] > 0)
    table.repaint()
    assert calls[0] < n
    assert model.index(0, 0).data() == "材料4999"
