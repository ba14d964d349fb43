"""Unique mnemonics (Alt+letter) in every window and dialog, in both languages (issue 19).

Alt+S must reach one thing: the second of two fields with the same letter — or a field and
a menu of the menu bar — takes the key, and a number typed after it goes somewhere
else. Each check collects the letters of what can be reached at one time: the menu bar's
menus, and every visible label with a buddy, button, group box and tab of the page or
dialog shown (the lead's view, which shows the most).
"""
from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTabBar,
    QTabWidget,
    QWidget,
)

from evaltool.db import Database
from tests.ui.conftest import finish_jobs
from tests.unit import survey_exports as ex

UI = Path(__file__).resolve().parents[2] / "evaltool" / "ui"
LANGS = ("zh_CN", "en")


def _letter(text: str) -> str | None:
    m = re.search(r"&([^&\s])", (text or "").replace("&&", ""))
    return m.group(1).lower() if m else None


def _alt_key(seq: str) -> str:
    """"Alt+N" as the mnemonic text "&N"; other key sequences as nothing."""
    m = re.fullmatch(r"Alt\+([A-Za-z0-9])", seq)
    return f"&{m.group(1)}" if m else ""


def mnemonics(root: QWidget) -> dict[str, list[str]]:
    """{letter: [what uses it]} of everything reachable by Alt+letter in ``root`` now."""
    out: dict[str, list[str]] = {}

    def add(text: str, where: str) -> None:
        k = _letter(text)
        if k:
            out.setdefault(k, []).append(f"{where} “{text}”")

    if isinstance(root, QMainWindow):
        for a in root.menuBar().actions():
            add(a.text(), "menu")
    # Alt+letter shortcuts of the window (the scoring page's Alt+N / Alt+P) take the key too
    for sc in root.findChildren(QShortcut):
        parent = sc.parent()
        if sc.isEnabled() and isinstance(parent, QWidget) and (parent is root or parent.isVisibleTo(root)):
            add(_alt_key(sc.key().toString()), f"shortcut {sc.key().toString()}")
    for act in root.findChildren(QAction):
        owner = act.parent()
        if act.isEnabled() and isinstance(owner, QWidget) and (owner is root or owner.isVisibleTo(root)):
            for seq in act.shortcuts():
                add(_alt_key(seq.toString()), f"action {seq.toString()}")
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root):
            continue
        name = f"{type(w).__name__}({w.objectName()})"
        if (isinstance(w, QLabel) and w.buddy() is not None) or isinstance(w, QAbstractButton):
            add(w.text(), name)
        elif isinstance(w, QGroupBox):
            add(w.title(), name)
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                add(w.tabText(i), f"{name} tab")
    return out


def clashes(root: QWidget) -> dict[str, list[str]]:
    return {k: v for k, v in mnemonics(root).items() if len(v) > 1}


def _check(root: QWidget, where: str, found: list[str]) -> None:
    for k, uses in clashes(root).items():
        found.append(f"{where}: Alt+{k.upper()} → " + " | ".join(uses))


def _tabs_walk(page: QWidget, qtbot: Any, check: Any) -> None:
    """Check the page, then each tab of each tab widget on it."""
    check()
    for tw in page.findChildren(QTabWidget):
        if not tw.isVisibleTo(page):
            continue
        for i in range(tw.count()):
            tw.setCurrentIndex(i)
            qtbot.waitUntil(lambda tw=tw, i=i: tw.currentIndex() == i)
            check()


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_of_the_main_window_has_unique_mnemonics(demo_window, qtbot, lang: str) -> None:
    win = demo_window
    win.set_language(lang)
    found: list[str] = []
    pid = win.project_id
    win.show_home()
    _check(win, f"[{lang}] home", found)
    win.open_project(pid)
    for page in win.pages:
        win.show_page(page.key)
        finish_jobs(qtbot, win)
        _tabs_walk(page, qtbot, lambda page=page: _check(win, f"[{lang}] {page.key}", found))
    assert found == [], "\n".join(found)


def _dialogs(win: Any, qtbot: Any, db: Database, tmp_path: Path) -> Iterator[tuple[str, QDialog]]:
    """One of every dialog of the app, built as the app builds it — one at a time: the test
    checks and closes each before the next is made."""
    from evaltool.contracts import list_contracts
    from evaltool.criteria.suggest import suggest_all
    from evaltool.framework import find_by_path
    from evaltool.projects import create_project
    from evaltool.templates import list_templates
    from evaltool.ui.backups_dialog import BackupsDialog
    from evaltool.ui.dialogs import ProfileDialog
    from evaltool.ui.framework_dialogs import ImportSheetDialog, TemplateDialog
    from evaltool.ui.pages.contracts.dialogs import ContractDialog, InstallmentsDialog
    from evaltool.ui.pages.contracts.faults import FaultDialog
    from evaltool.ui.pages.evidence.dialogs import LeafPickerDialog
    from evaltool.ui.pages.targets_import import ImportTargetsDialog
    from evaltool.ui.rules.dialog import RuleEditorDialog
    from evaltool.ui.rules.review import SuggestionsDialog
    from evaltool.ui.scoring.review import AuditDialog
    from evaltool.ui.survey_dialogs import QuestionDialog
    from evaltool.ui.widgets.leaf_evidence import EvidencePickerDialog
    from evaltool.ui.widgets.team_panel import RoleDialog

    pid = win.project_id
    # the two answer-import dialogs, opened the way the Surveys page opens them: into the
    # demo's questionnaire, and into a project with none (the file makes one)
    people = ex.respondents(12, seed=5)
    path = ex.write_xlsx(tmp_path / "问卷星导出.xlsx", *ex.wjx_text(people))
    with db.session() as s:
        empty = create_project(s, "无问卷的项目").id
    for project, attr in ((pid, "dialog"), (empty, "create_dialog")):
        win.open_project(project)
        page = win.show_page("surveys")
        page.import_answers(str(path))
        finish_jobs(qtbot, win)
        dlg = getattr(page.answer_import, attr, None)
        assert dlg is not None, attr
        yield type(dlg).__name__, dlg
    win.open_project(pid)
    with db.read_session() as s:
        leaf = find_by_path(s, pid, "过程/资金管理/预算调整率").id
        contract = list_contracts(s, pid)[0].id
        review = suggest_all(s, pid)
    makers: list[tuple[str, Any]] = [
        ("ProfileDialog", lambda: ProfileDialog(win, "测试评价员", "lead")),
        ("BackupsDialog", lambda: BackupsDialog(win)),
        ("ImportTargetsDialog", lambda: ImportTargetsDialog(SimpleNamespace(
            file="绩效目标表.xlsx", sheet="Sheet1", rows=[], header_row=1, table_kind="declared", warnings=[]), win)),
        ("RoleDialog", lambda: RoleDialog(win, [("e1", "张三", "member"), ("e2", "李四", "")])),
        ("TemplateDialog(new)", lambda: TemplateDialog(win, list_templates(db.data_dir), True)),
        ("TemplateDialog(insert)", lambda: TemplateDialog(win, list_templates(db.data_dir), False)),
        ("ImportSheetDialog", lambda: ImportSheetDialog(win, window=win)),
        ("QuestionDialog", lambda: QuestionDialog(win)),
        ("AuditDialog", lambda: AuditDialog(win, "history", [])),
        ("ContractDialog", lambda: ContractDialog(win, lambda _v: True)),
        ("InstallmentsDialog", lambda: InstallmentsDialog(win.show_page("contracts"), contract)),
        ("FaultDialog", lambda: FaultDialog(win, lambda _v: True, "2023-01")),
        ("LeafPickerDialog", lambda: LeafPickerDialog(win, [(leaf, "过程/资金管理/预算调整率")])),
        ("EvidencePickerDialog", lambda: EvidencePickerDialog(win, [])),
        ("RuleEditorDialog", lambda: RuleEditorDialog(win, pid, leaf, win)),
        ("SuggestionsDialog", lambda: SuggestionsDialog(win, pid, review, win)),
    ]
    for name, make in makers:
        yield name, make()


@pytest.mark.parametrize("lang", LANGS)
def test_every_dialog_has_unique_mnemonics(demo_window, demo_db: Database, qtbot, tmp_path: Path, lang: str,
                                           monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    win = demo_window
    win.set_language(lang)
    found: list[str] = []
    seen: set[str] = set()
    for name, dlg in _dialogs(win, qtbot, demo_db, tmp_path):
        dlg.show()
        qtbot.waitExposed(dlg)
        _tabs_walk(dlg, qtbot, lambda dlg=dlg, name=name: _check(dlg, f"[{lang}] {name}", found))
        seen.add(name.split("(")[0])
        dlg.reject()
        dlg.deleteLater()
        qtbot.waitUntil(lambda dlg=dlg: not dlg.isVisible())
    assert found == [], "\n".join(found)
    # every dialog class of the app is in the walk
    declared = set()
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                    (isinstance(b, ast.Name) and b.id == "QDialog") for b in node.bases):
                declared.add(node.name)
    assert declared - seen == set(), f"dialogs not walked: {sorted(declared - seen)}"


def test_the_check_finds_a_clash() -> None:
    """The helper itself: two buttons with Alt+S in one window are reported."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    w = QWidget()
    lay = QVBoxLayout(w)
    for text in ("&Save", "&Send", "&Open"):
        lay.addWidget(QPushButton(text))
    w.show()
    assert set(clashes(w)) == {"s"}
    w.close()
