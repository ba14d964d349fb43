"""Chinese and English in the window: every page audited in both, switching at run time.

The audit collects the texts the *application* puts on screen — window titles, menu and
action texts, labels, buttons, group-box and tab titles, tooltips, placeholders, spin-box
prefixes/suffixes, combo-box choices, table headers, the sidebar — and leaves out the
contents of item views and editors, which are user data. User data can still appear
inside an app text ("Total 81.415 points", "李四 — lead", the window title with the
project's name), so every string stored in the database (and the data folder, device
name) is cut out of a text before it is judged.

* English: what is left must hold no CJK character (the language menu's own "中文"
  excepted: a language is named in its own language).
* Chinese: what is left must hold no English word, except product names, file kinds,
  units and keys (evaltool, Excel, Word, PDF, CSV, USB, ID, Ctrl, MB, …).
"""
from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QDockWidget,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from evaltool import i18n
from evaltool.db import Database
from evaltool.models import Project
from tests.ui.conftest import type_text

CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]+")
# Words allowed in the Chinese interface: product and format names, units, keys, codes.
ALLOWED_EN = {
    "evaltool", "excel", "word", "pdf", "csv", "usb", "id", "uuid", "json", "sqlite", "xlsx",
    "xls", "docx", "zip", "ctrl", "shift", "alt", "del", "esc", "enter", "tab", "yyyy", "mm",
    "dd", "mb", "kb", "gb", "sha", "qt", "pyside", "libreoffice", "wps", "english", "xlsform",
    "up", "down", "left", "right", "ins", "home", "end", "pgup", "pgdown", "space", "backspace",
    "return", "meta", "utc", "gmt",
    "sla",  # SLA 达标率: the acronym is how Chinese service contracts write it (seed 001)
    "postgresql", "pgpassword",  # the team hub's server, and the variable libpq reads its password from
}
# CJK allowed in the English interface: a language named in itself, Chinese font names.
ALLOWED_CJK = {"中文", "黑体", "仿宋", "宋体", "楷体", "仿宋_GB2312"}
# Chinese quoted inside an English sentence (a heading to type, a sheet's column name).
QUOTED_CJK = re.compile(r"“[^”]*”|「[^」]*」")
WORD = re.compile(r"[A-Za-z]{2,}")


# -- collecting what the app shows ------------------------------------------------
def _plain(text: str) -> str:
    if QtGui.Qt.mightBeRichText(text):
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    return text


def _strip_mnemonic(text: str) -> str:
    return re.sub(r"&(.)", r"\1", text)


def _actions_texts(where: str, actions: list[QAction]) -> Iterator[tuple[str, str]]:
    for a in actions:
        if a.isSeparator():
            continue
        yield f"{where} action", a.text()
        yield f"{where} action tooltip", a.toolTip() if a.toolTip() != _strip_mnemonic(a.text()).replace("…", "").replace("...", "") else ""
        if a.menu() is not None:
            yield from _menu_texts(a.menu())


def _menu_texts(menu: QMenu) -> Iterator[tuple[str, str]]:
    yield "menu", menu.title()
    yield from _actions_texts(f"menu {menu.title()!r}", menu.actions())


def widget_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of every app-set text under ``root`` (root included)."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        kind = f"{type(w).__name__}({w.objectName() or '-'})"
        if w.isWindow():
            yield f"{kind} window title", w.windowTitle()
        yield f"{kind} tooltip", w.toolTip()
        yield f"{kind} status tip", w.statusTip()
        yield f"{kind} what's this", w.whatsThis()
        if isinstance(w, (QLabel, QAbstractButton)):
            yield f"{kind} text", w.text()
        if isinstance(w, QGroupBox):
            yield f"{kind} title", w.title()
        if isinstance(w, QDockWidget):
            yield f"{kind} title", w.windowTitle()
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                yield f"{kind} tab", w.tabText(i)
                yield f"{kind} tab tooltip", w.tabToolTip(i)
        if isinstance(w, (QLineEdit, QTextEdit, QPlainTextEdit)):
            yield f"{kind} placeholder", w.placeholderText()
        if isinstance(w, QAbstractSpinBox):
            yield f"{kind} special value", w.specialValueText()
            if hasattr(w, "suffix"):
                yield f"{kind} suffix", w.suffix()
                yield f"{kind} prefix", w.prefix()
        if isinstance(w, QComboBox) and not w.isEditable():
            for i in range(w.count()):
                yield f"{kind} choice", w.itemText(i)
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # list models hide columnCount: one column
                columns = 1
            for col in range(columns):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    val = model.headerData(col, Qt.Orientation.Horizontal, role)
                    if isinstance(val, str):
                        yield f"{kind} header", val
        if isinstance(w, QListWidget) and w.objectName() == "sidebar":
            for i in range(w.count()):
                yield f"{kind} item", w.item(i).text()
        if isinstance(w, QMenu):
            yield from _menu_texts(w)
        elif w.actions():
            yield from _actions_texts(kind, w.actions())


def window_texts(win: Any) -> Iterator[tuple[str, str]]:
    yield "window title", win.windowTitle()
    for a in win.menuBar().actions():
        if a.menu() is not None:
            yield from _menu_texts(a.menu())
    yield from widget_texts(win.statusBar())
    yield from widget_texts(win.sidebar)


# -- user data -------------------------------------------------------------------
def _leaves(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
        if value[:1] in "[{":
            with contextlib.suppress(ValueError):  # text that only looks like JSON
                yield from _leaves(json.loads(value))
    elif isinstance(value, dict):
        for k, v in value.items():
            yield str(k)
            yield from _leaves(v)
    elif isinstance(value, list):
        for v in value:
            yield from _leaves(v)


def user_data(db: Database) -> list[str]:
    """Every string stored in the database (and names of the installation), longest first."""
    found: set[str] = {str(db.data_dir), db.device_name or "", db.device_id}
    with db.engine.connect() as conn:
        tables = [r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")]
        for t in tables:
            for row in conn.exec_driver_sql(f'SELECT * FROM "{t}"'):
                for val in row:
                    for s in _leaves(val):
                        found.add(s)
                        found.update(line for line in s.splitlines())
    return sorted((s for s in found if s.strip()), key=len, reverse=True)


def _without_data(text: str, data: list[str]) -> str:
    """``text`` with every stored value cut out (ASCII values only as whole words, so the
    unit "h" does not eat the h of "Right")."""
    for d in data:
        if d in text:
            if re.match(r"[A-Za-z]", d[0]) or re.match(r"[A-Za-z]", d[-1]):
                text = re.sub(rf"(?<![A-Za-z]){re.escape(d)}(?![A-Za-z])", " ", text)
            else:
                text = text.replace(d, " ")
    return text


def problems(texts: list[tuple[str, str]], lang: str, data: list[str]) -> list[str]:
    out = []
    cjk_data = [d for d in data if CJK.search(d)]
    for where, raw in texts:
        if not raw:
            continue
        text = _strip_mnemonic(_plain(raw))
        if lang == "en":
            if not CJK.search(text) or text in i18n.LANGUAGE_NAMES.values():
                continue
            rest = QUOTED_CJK.sub(" ", _without_data(text, cjk_data))
            left = [c for c in CJK.findall(rest) if c not in ALLOWED_CJK]
            if left:
                out.append(f"{where}: {raw!r} has Chinese UI text {left}")
        else:
            if not WORD.search(text) or text in i18n.LANGUAGE_NAMES.values():
                continue
            rest = _without_data(text, data)
            words = [w for w in WORD.findall(rest) if w.lower() not in ALLOWED_EN]
            if words:
                out.append(f"{where}: {raw!r} has untranslated English {words}")
    return sorted(set(out))


def select_deepest_rows(page: QWidget) -> None:
    """Make each item view on the page select its first deepest row (a leaf of a tree, the
    first row of a table), so the detail panels that follow a selection fill in too."""
    for view in page.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or not view.isVisibleTo(page) or isinstance(view, QComboBox):
            continue
        index = model.index(0, 0)
        while index.isValid() and model.rowCount(index) > 0:
            index = model.index(0, 0, index)
        if index.isValid():
            view.setCurrentIndex(index)


def audit_window(win: Any, qtbot: Any, lang: str) -> list[str]:
    """Visit the home page and every project page; collect the texts shown on each."""
    texts: list[tuple[str, str]] = []
    win.show_home()
    QApplication.processEvents()  # deliver posted layout/refresh events (no sleep)
    texts += list(window_texts(win)) + list(widget_texts(win.home))
    for page in win.pages:
        win.show_page(page.key)
        QApplication.processEvents()
        assert win.current_page() is page
        texts += [(f"[{page.key}] {w}", t) for w, t in widget_texts(page)]
        select_deepest_rows(page)
        QApplication.processEvents()
        texts += [(f"[{page.key}, a row selected] {w}", t) for w, t in widget_texts(page)]
        texts += list(window_texts(win))
    for dlg in open_dialogs(win, qtbot):
        texts += [(f"[{type(dlg).__name__}] {w}", t) for w, t in widget_texts(dlg)]
        dlg.close()
    return problems(texts, lang, user_data(win.db))


def open_dialogs(win: Any, qtbot: Any) -> list[Any]:
    """The dialogs that can be opened without a file: built, not executed."""
    from evaltool.ui.dialogs import ProfileDialog

    made: list[Any] = [ProfileDialog(win, "", "lead")]
    makers = [
        ("evaltool.ui.framework_dialogs", "ImportSheetDialog", lambda cls: cls(win)),
        ("evaltool.ui.framework_dialogs", "TemplateDialog",
         lambda cls: cls(win, __import__("evaltool.templates", fromlist=["x"]).list_templates(win.db.data_dir), True)),
        ("evaltool.ui.survey_dialogs", "QuestionDialog", lambda cls: cls(win)),
        ("evaltool.ui.scoring.review", "AuditDialog", lambda cls: cls(win, "-", [])),
        ("evaltool.ui.pages.evidence", "LeafPickerDialog", lambda cls: cls(win, [])),
        ("evaltool.ui.widgets.leaf_evidence", "EvidencePickerDialog", lambda cls: cls(win, [])),
    ]
    import importlib

    for module, name, make in makers:
        try:
            cls = getattr(importlib.import_module(module), name)
        except (ImportError, AttributeError):
            continue  # that area is not in this build
        made.append(make(cls))
    for dlg in made:
        qtbot.addWidget(dlg)
    return made


# -- tests -----------------------------------------------------------------------
def test_every_page_in_english_has_no_chinese_ui_text(demo_window, qtbot) -> None:
    win = demo_window
    win.set_language("en")
    assert win.m_file.title() == "&File"
    found = audit_window(win, qtbot, "en")
    assert not found, "Chinese text in the English interface (wrap it in self.tr() with an English " \
        "source, or run scripts/update_translations.py):\n" + "\n".join(found)


def test_every_page_in_chinese_has_no_english_ui_text(demo_window, qtbot) -> None:
    win = demo_window
    # Switch away and back, so the test also proves every page re-translates to Chinese.
    win.set_language("en")
    win.set_language("zh_CN")
    assert win.m_file.title() == "文件(&F)"
    found = audit_window(win, qtbot, "zh_CN")
    assert not found, "Untranslated English in the Chinese interface (add the translation to " \
        "translations/evaltool_zh_CN.ts and run scripts/update_translations.py):\n" + "\n".join(found)


def test_the_audit_catches_untranslated_text(demo_window, qtbot) -> None:
    """The audit itself: app texts are judged, user data is not."""
    win = demo_window
    data = user_data(win.db)
    name = win.windowTitle().split(" — ")[0]
    assert "东莞" in name
    assert problems([("label", f"{name} — evaltool")], "en", data) == []
    assert problems([("label", "得分率")], "en", data) != []
    assert problems([("label", "Total 81.415 points, grade Good")], "en", data) == []
    assert problems([("label", "Score rate")], "zh_CN", data) != []
    assert problems([("label", "导出为 Excel、Word 和 PDF（Ctrl+E）")], "zh_CN", data) == []
    assert problems([("label", "评价人员：测试评价员 · 设备：" + win.db.device_name)], "zh_CN", data) == []


def test_switching_language_keeps_typing_selection_project_and_page(demo_window, qtbot) -> None:
    win = demo_window
    page = win.show_page("overview")
    with win.db.read_session() as s:
        saved_unit = s.get(Project, win.project_id).budget_unit
    edit = win.findChild(QLineEdit, "field_budget_unit")
    win.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    edit.selectAll()
    type_text(edit, "东莞市政数局 draft")
    edit.setSelection(3, 4)  # the user selected "政数局 " and is about to type over it
    budget = win.findChild(QDoubleSpinBox, "field_budget_approved")
    label = page.labels["budget_unit"]
    assert label.text() == "预算单位"

    win.lang_actions["en"].trigger()

    assert label.text() == "Budget unit"
    assert win.m_file.title() == "&File"
    assert edit.text() == "东莞市政数局 draft"
    assert edit.selectedText() == "政数局 "
    assert edit.hasFocus()
    assert win.current_page() is page and win.project_id is not None
    assert "东莞" in win.windowTitle() and "performance evaluation" in win.windowTitle()
    assert budget.value() == pytest.approx(658.4)  # seed 000: 批复预算 149 + 509.4 万元
    assert win.settings.value("ui/language") == "en"
    assert i18n.current_language() == "en"
    # the typing was not saved by the switch: it is saved when the user leaves the field
    with win.db.read_session() as s:
        assert s.get(Project, win.project_id).budget_unit == saved_unit

    win.lang_actions["zh_CN"].trigger()
    assert label.text() == "预算单位"
    assert edit.text() == "东莞市政数局 draft" and edit.selectedText() == "政数局 "
    assert win.lang_actions["zh_CN"].isChecked() and not win.lang_actions["en"].isChecked()


def test_switching_keeps_home_search_and_selected_row(make_window, demo_db, demo_project_id, qtbot) -> None:
    from evaltool.projects import create_project

    with demo_db.session() as s:
        create_project(s, "另一个项目 other")
    win = make_window(demo_db)
    win.show_home()
    home = win.home
    home.search.setFocus()
    type_text(home.search, "东莞")
    home.search.setSelection(0, 1)
    assert home.table.rowCount() == 1
    home.table.selectRow(0)
    win.set_language("en")
    assert home.search.text() == "东莞" and home.search.selectedText() == "东"
    assert home.table.rowCount() == 1 and home.selected_id() == demo_project_id
    assert home.btn_demo.text() == "Create demo project"
    assert [home.table.horizontalHeaderItem(i).text() for i in range(2)] == ["Name", "Budget unit"]
    assert win.current_page() is home


def _system_says(monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", lang)


def test_language_is_remembered_and_first_start_follows_the_system(make_window, demo_db, monkeypatch) -> None:
    _system_says(monkeypatch, "en_US.UTF-8")
    win = make_window(demo_db, lang=None)  # first start: nothing stored, the system says English
    assert win.settings.value("ui/language") is None
    assert win.m_file.title() == "&File"
    assert win.lang_actions["en"].isChecked()
    win.set_language("zh_CN")
    win.close()
    win2 = make_window(demo_db, lang=None)  # the stored choice wins over the system
    assert win2.m_file.title() == "文件(&F)"
    assert win2.lang_actions["zh_CN"].isChecked()


def test_system_language_other_than_chinese_or_english_falls_back_to_chinese(make_window, demo_db, monkeypatch) -> None:
    _system_says(monkeypatch, "fr_FR.UTF-8")
    win = make_window(demo_db, lang=None)
    assert win.m_file.title() == "文件(&F)"
    assert win.lang_actions["zh_CN"].isChecked()


def test_qt_standard_buttons_and_core_messages_follow_the_language(demo_window, qtbot) -> None:
    from evaltool.errors import ValidationError
    from evaltool.projects import create_project
    from evaltool.ui import i18n as ui_i18n

    win = demo_window
    assert ui_i18n.loaded["qtbase"].endswith("qtbase_zh_CN.qm"), "Qt's own Chinese catalogue was not found"
    assert ui_i18n.loaded["evaltool"].endswith("evaltool_zh_CN.qm")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "确定"
    with win.db.session() as s, pytest.raises(ValidationError) as exc:
        create_project(s, "  ")
    assert str(exc.value) == "项目必须有名称。"
    win.set_language("en")
    assert _strip_mnemonic(ok.text()) == "OK"
    with win.db.session() as s, pytest.raises(ValidationError) as exc:
        create_project(s, "  ")
    assert str(exc.value) == "A project needs a name."
    assert ui_i18n.loaded["qtbase"] == ""


def test_numbers_keep_their_figures_in_both_languages(demo_window) -> None:
    """Seed 000: total 81.415, grade 良 / Good; level-1 rates as percentages with 2 decimals."""
    win = demo_window
    page = win.show_page("overview")
    assert "81.415" in page.total.text() and "良" in page.total.text()
    win.set_language("en")
    assert "81.415" in page.total.text()
    assert "Good" in page.total.text() and "良" not in page.total.text()
    rates = [page.table.item(r, 3).text() for r in range(page.table.rowCount())]
    assert all(re.fullmatch(r"\d+\.\d{2}%", r) for r in rates if r)
    assert QApplication.instance() is not None


def test_first_start_without_posix_variables_asks_qt(monkeypatch) -> None:
    """Windows and macOS set no LANG: the display language comes from QLocale.system()."""
    from PySide6.QtCore import QLocale

    from evaltool.ui import i18n as ui_i18n

    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)

    class FakeLocale:
        def __init__(self, langs: list[str]) -> None:
            self.langs = langs

        def uiLanguages(self) -> list[str]:
            return self.langs

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: FakeLocale(["en-GB", "zh-Hans-CN"])))
    assert ui_i18n.system_ui_language() == "en"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: FakeLocale(["zh-Hans-CN", "en-US"])))
    assert ui_i18n.system_ui_language() == "zh_CN"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: FakeLocale(["de-DE", "fr-FR"])))
    monkeypatch.setattr("evaltool.i18n.locale.getlocale", lambda *a: (None, None))
    assert ui_i18n.system_ui_language() == "zh_CN"
    monkeypatch.setenv("LANG", "en_US.UTF-8")  # a POSIX variable, when set, wins
    assert ui_i18n.system_ui_language() == "en"


def test_undo_and_redo_entries_follow_the_language(demo_window, qtbot) -> None:
    win = demo_window
    win.show_page("overview")
    edit = win.findChild(QLineEdit, "field_budget_unit")
    edit.setFocus()
    edit.selectAll()
    type_text(edit, "东莞市政数局")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)  # leaving the field saves it: one undoable step
    assert win.a_undo.text().startswith("撤销(&U)") and win.a_undo.isEnabled()
    win.set_language("en")
    assert win.a_undo.text().startswith("&Undo")
    win.a_undo.trigger()
    assert win.a_undo.text() == "&Undo" and win.a_redo.text().startswith("&Redo ")
    win.set_language("zh_CN")
    assert win.a_redo.text().startswith("重做(&R)")
