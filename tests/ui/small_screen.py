"""Every page of the demo project on a 1366×768 laptop at 125 %, checked for clipped text.

Run in its own process (the scale factor must be set before the QApplication exists):

    QT_SCALE_FACTOR=1.25 QT_QPA_PLATFORM=offscreen python -m tests.ui.small_screen LANG OUTDIR

At 125 % a 1366×768 screen is 1093×614 logical pixels; the taskbar leaves about 1093×574
and a maximised window's title bar about 30 more, so the window's client area is 1093×544.
Prints one JSON document: the window's minimum size, and per page (and per tab) the
clipped widgets (``tests.ui.layout_check``) and the scoring tree's leaf names that do not
fit their column. Saves a screenshot of each page and tab under OUTDIR.
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("EVALTOOL_NO_PROFILE_PROMPT", "1")

CLIENT = (1093, 544)  # logical pixels: a maximised window on 1366×768 at 125 %


def _tree_names_clipped(tree: object) -> list[str]:
    """Names in column 0 of a QTreeWidget wider than the room their row leaves them."""
    from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItemIterator

    assert isinstance(tree, QTreeWidget)
    out = []
    width = tree.columnWidth(0)
    it = QTreeWidgetItemIterator(tree)
    while it.value() is not None:
        item = it.value()
        depth, parent = 0, item.parent()
        while parent is not None:
            depth, parent = depth + 1, parent.parent()
        fm = tree.fontMetrics() if not item.font(0).bold() else __import__(
            "PySide6.QtGui", fromlist=["QFontMetrics"]).QFontMetrics(item.font(0))
        need = (depth + 1) * tree.indentation() + fm.horizontalAdvance(item.text(0)) + 8
        if need > width:
            out.append(f"{item.text(0)} ({need} > {width})")
        it += 1
    return out


def main(lang: str, outdir: Path) -> dict[str, object]:
    """Look at every page in ``lang``; screenshots go to ``outdir``; the data folder is removed."""
    from evaltool.ui.app import ensure_app

    ensure_app()
    with tempfile.TemporaryDirectory(prefix="evaltool-small-screen-") as tmp:
        os.environ.setdefault("EVALTOOL_STATE_DIR", str(Path(tmp) / "state"))
        data = Path(tmp) / "data"
        data.mkdir()
        return _look_at_every_page(lang, outdir, data)


def _look_at_every_page(lang: str, outdir: Path, data: Path) -> dict[str, object]:
    from PySide6.QtWidgets import QApplication, QTabWidget, QTreeWidget

    from evaltool.db import open_database
    from evaltool.identity import ensure_profile
    from evaltool.ui.app import make_settings, start_window
    from tests.ui.layout_check import clipped_widgets

    db = open_database(data)
    ensure_profile(db, "测试评价员", "lead")
    win = start_window(db, make_settings(data), lang, ask_profile=False)  # opens the demo project
    _add_a_word_document(win, data.parent)
    win.show()
    win.resize(*CLIENT)
    QApplication.processEvents()
    outdir.mkdir(parents=True, exist_ok=True)
    report: dict[str, object] = {
        "scale": win.devicePixelRatioF(), "minimum": list(win.minimumSizeHint().toTuple()),
        "size": list(win.size().toTuple()), "pages": {}, "shots": [],
    }
    pages: dict[str, object] = {}

    def settle() -> None:
        """Until the page's work on the runner has come back (the Report page's preview, the
        Evidence list's first load) and the layouts it changed are done."""
        deadline = time.monotonic() + 60
        while not win.runner.idle and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.01)
        QApplication.processEvents()
        QApplication.processEvents()

    def look(name: str, page: object) -> None:
        settle()
        shot = outdir / f"{lang}-{name.replace('/', '-')}.png"
        win.grab().save(str(shot))
        report["shots"].append(str(shot))  # type: ignore[attr-defined]
        pages[name] = clipped_widgets(page)  # type: ignore[arg-type]

    win.show_home()
    look("home", win.home)
    for page in win.pages:
        win.show_page(page.key)
        settle()
        if page.key == "evidence" and page.all_items:  # a selected item: its preview and form show
            page.select_item(page.all_items[0].id)
            deadline = time.monotonic() + 30
            while page.preview.kind == "loading" and time.monotonic() < deadline:
                QApplication.processEvents()
                time.sleep(0.01)
        tabs = [t for t in page.findChildren(QTabWidget) if t.isVisible()]
        if not tabs:
            look(page.key, page)
        for tw in tabs:
            for i in range(tw.count()):
                tw.setCurrentIndex(i)
                look(f"{page.key}/{i}", page)
            tw.setCurrentIndex(0)
        if page.key == "scoring":
            tree = page.findChild(QTreeWidget, "scoringTree")
            report["scoring_names_clipped"] = _tree_names_clipped(tree)
    report["pages"] = pages
    win.close()
    db.close()
    return report


def _add_a_word_document(win: object, folder: Path) -> None:
    """The evidence page shows a .docx preview with its facts and form, as users see it."""
    from docx import Document

    from evaltool import evidence as ev

    doc = Document()
    doc.add_heading("2022年运维服务验收报告", level=1)
    doc.add_paragraph("运维服务内容已按合同全部完成，验收合格。")
    path = folder / "运维服务验收报告（2022年度，含驻场服务、巡检与故障处理记录）.docx"
    doc.save(str(path))
    with win.db.session() as s:  # type: ignore[attr-defined]
        ev.add_files(s, win.project_id, [path])  # type: ignore[attr-defined]
    win.open_project(win.project_id)  # type: ignore[attr-defined] # the pages read it again


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], Path(sys.argv[2])), ensure_ascii=False))
