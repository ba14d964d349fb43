"""Every page of the window shows the demo project's data (a blank page fails).

Facts come from seed 000 (resources/demo/seed000.json and domain.md): the project and its
budget unit, total 81.415 and grade 良, the leaf 立项依据充分性, the target 月度报告, the
pooled satisfaction 215 questionnaires / 94.88 %, the conclusion narrative. Text is collected the way a user sees it: labels, buttons, line and text
edits, combo boxes and every cell of every item view on the page.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from evaltool.evidence import add_files
from tests.ui.conftest import finish_jobs

PROJECT = "2022年东莞市一体化政务服务平台运维与运营服务项目"


def _model_texts(model, parent: QModelIndex) -> Iterator[str]:
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    for r in range(model.rowCount(parent)):
        for c in range(columns):
            index = model.index(r, c, parent)
            value = model.data(index, Qt.ItemDataRole.DisplayRole)
            if value is not None:
                yield str(value)
            if c == 0 and model.rowCount(index) > 0:
                yield from _model_texts(model, index)


def shown_text(root: QWidget) -> str:
    """All text a user can read on ``root`` (visible widgets only)."""
    out: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root):
            continue
        if isinstance(w, (QLabel, QAbstractButton, QLineEdit)):
            out.append(w.text())
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            out.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            out += list(_model_texts(w.model(), QModelIndex()))
    return "\n".join(out)


EXPECTED = {
    "overview": [PROJECT, "东莞市政务服务数据管理局", "81.415", "良"],
    "framework": ["决策", "立项依据充分性", "满意度"],
    "scoring": ["立项依据充分性", "81.415"],
    "evidence": ["座谈会记录"],
    "targets": ["月度报告"],
    "surveys": ["215", "94.88%"],
    "contracts": ["运维服务合同", "81.75", "1,497,180.00"],  # the demo's seed-001-like contracts
    "report": ["市财政局委托广州零点有数数据科技有限公司"],  # the conclusion, first in report order
}


@pytest.fixture
def window_with_evidence(demo_window, tmp_path: Path):
    note = tmp_path / "座谈会记录.txt"
    note.write_text("座谈会：跨部门共享不足。", encoding="utf-8")
    with demo_window.db.session() as s:
        add_files(s, demo_window.project_id, [note])
    return demo_window


def test_every_project_page_is_checked(demo_window) -> None:
    # The Sync page has nothing of the demo to show until a package is exchanged; its
    # content after an exchange is checked in tests/ui/test_sync_page.py.
    assert {p.key for p in demo_window.pages} == {*EXPECTED, "sync"}


@pytest.mark.parametrize("key", list(EXPECTED))
def test_each_page_shows_the_demo(window_with_evidence, qtbot, key: str) -> None:
    win = window_with_evidence
    page = win.show_page(key)
    finish_jobs(qtbot, win)
    QApplication.processEvents()  # deliver posted refreshes (no sleep)
    text = shown_text(page)
    wanted = EXPECTED[key]
    missing = [w for w in wanted if w not in text]
    assert not missing, f"the {key} page does not show {missing}"
