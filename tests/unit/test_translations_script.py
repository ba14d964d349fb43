"""``scripts/update_translations.py`` on a small tree of its own: the workflow people follow.

The ``.ts`` is the one catalogue people edit; the script re-scans the code, keeps what is
translated, fills what needs no judgement, lists the rest, and generates the ``.qm``.
Branches merged together leave conflicts and moved strings; the script copes with the
ones it can settle and refuses, with nothing changed, the ones a person must.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from evaltool.qm import translation_table
from tests.scripts import load_script

ROOT = Path(__file__).resolve().parents[2]


ut = load_script("update_translations")


def _ts(lang: str, contexts: dict[str, list[tuple[str, str]]]) -> str:
    body = "".join(
        f"<context>\n    <name>{ctx}</name>\n" + "".join(
            f"    <message>\n        <source>{src}</source>\n        <translation>{tr}</translation>\n"
            "    </message>\n" for src, tr in msgs) + "</context>\n"
        for ctx, msgs in contexts.items())
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
            f'<TS version="2.1" language="{lang}" sourcelanguage="en">\n{body}</TS>\n')


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A checkout whose code moved “Open the project” from OldPage to NewPage, uses “Save”
    (translated two ways before) and adds a new sentence."""
    (tmp_path / "evaltool").mkdir()
    (tmp_path / "evaltool" / "page.py").write_text(
        "from evaltool.i18n import translate\n"
        "translate('NewPage', 'Open the project')\n"
        "translate('NewPage', 'Save')\n"
        "translate('NewPage', 'A brand-new sentence.')\n", encoding="utf-8")
    (tmp_path / "translations").mkdir()
    (tmp_path / "translations" / "evaltool_zh_CN.ts").write_text(_ts("zh_CN", {
        "A": [("Save", "保存")], "B": [("Save", "存盘")], "OldPage": [("Open the project", "打开项目")]}),
        encoding="utf-8")
    (tmp_path / "translations" / "evaltool_en.ts").write_text(_ts("en", {}), encoding="utf-8")
    monkeypatch.setattr(ut, "ROOT", tmp_path)
    monkeypatch.setattr(ut, "TS_DIR", tmp_path / "translations")
    monkeypatch.setattr(ut, "LOCALE_DIR", tmp_path / "evaltool" / "locale")
    return tmp_path


def _translate(ts: Path, ctx: str, src: str, text: str) -> None:
    """What a translator does in the .ts (or Qt Linguist): fill a message, mark it finished."""
    doc = ET.parse(ts)
    for c in doc.getroot().iter("context"):
        for m in c.iter("message"):
            if c.findtext("name") == ctx and m.findtext("source") == src:
                tr = m.find("translation")
                assert tr is not None
                tr.text = text
                tr.attrib.pop("type", None)
    doc.write(ts, encoding="utf-8", xml_declaration=True)


def _table(ts: Path) -> dict[tuple[str, str], tuple[str, bool]]:
    return {(c, s): (t.text or "", ut.is_finished(m, t)) for c, s, m, t in ut.messages(ts)}


def test_moved_and_new_strings(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    zh, en = tree / "translations" / "evaltool_zh_CN.ts", tree / "translations" / "evaltool_en.ts"
    assert ut.update() == 1  # two strings are left for a person
    out = capsys.readouterr().out
    assert _table(zh) == {
        ("NewPage", "Open the project"): ("打开项目", True),  # moved: its one translation follows it
        ("NewPage", "Save"): ("", False),  # two translations before: a person chooses
        ("NewPage", "A brand-new sentence."): ("", False),
    }  # the old contexts are gone with the code
    assert "NewPage: 'Open the project' → '打开项目'" in out
    assert "[zh_CN] NewPage: 'Save' (used elsewhere as: 保存 / 存盘)" in out
    assert "[zh_CN] NewPage: 'A brand-new sentence.'" in out
    assert all(done and text == src for (_c, src), (text, done) in _table(en).items())  # English = source
    qm = tree / "evaltool" / "locale" / "evaltool_zh_CN.qm"
    assert translation_table(qm) == {("NewPage", "Open the project"): "打开项目"}
    problems = ut.check()
    assert sorted(p.split(" (")[0] for p in problems) == [
        "evaltool_zh_CN.ts: unfinished or missing translation of NewPage: 'A brand-new sentence.'",
        "evaltool_zh_CN.ts: unfinished or missing translation of NewPage: 'Save'"]
    assert all("translations/evaltool_zh_CN.ts" in p for p in problems)  # says where to translate

    _translate(zh, "NewPage", "Save", "保存")
    _translate(zh, "NewPage", "A brand-new sentence.", "一个全新的句子。")
    assert ut.check()  # edited .ts, old .qm: stale
    assert any("evaltool_zh_CN.qm is not compiled from translations/evaltool_zh_CN.ts" in p for p in ut.check())
    assert ut.update() == 0
    assert ut.check() == []
    assert translation_table(qm)[("NewPage", "A brand-new sentence.")] == "一个全新的句子。"


def test_a_translators_unfinished_draft_is_not_overwritten(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    zh = tree / "translations" / "evaltool_zh_CN.ts"
    zh.write_text(zh.read_text(encoding="utf-8").replace(
        "</TS>", "<context>\n    <name>NewPage</name>\n    <message>\n        <source>Open the project</source>\n"
        '        <translation type="unfinished">打开这个项目</translation>\n    </message>\n</context>\n</TS>'),
        encoding="utf-8")
    assert ut.update() == 1
    assert _table(zh)[("NewPage", "Open the project")] == ("打开这个项目", False)
    assert "NewPage: 'Open the project' (used elsewhere as: 打开项目; draft: '打开这个项目')" in capsys.readouterr().out


def test_merge_conflict_markers_stop_the_script(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    zh = tree / "translations" / "evaltool_zh_CN.ts"
    text = zh.read_text(encoding="utf-8").replace(
        "<translation>保存</translation>",
        "<<<<<<< HEAD\n<translation>保存</translation>\n=======\n<translation>存储</translation>\n>>>>>>> other\n")
    zh.write_text(text, encoding="utf-8")
    assert ut.update() == 1
    assert "evaltool_zh_CN.ts has merge conflict markers" in capsys.readouterr().out
    assert zh.read_text(encoding="utf-8") == text  # nothing changed
    assert not (tree / "evaltool" / "locale").exists()
    assert any("merge conflict markers" in p for p in ut.check())
    # both sides of the conflicting line kept: one message, two translations
    zh.write_text(text.replace("<<<<<<< HEAD\n", "").replace("=======\n", "").replace(">>>>>>> other\n", ""),
                  encoding="utf-8")
    assert ut.update() == 1
    assert "A: 'Save' has two translations in one <message>" in capsys.readouterr().out


def test_one_string_translated_two_ways_stops_the_script(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two branches translated the same new string: lupdate would keep the first in silence."""
    zh = tree / "translations" / "evaltool_zh_CN.ts"
    # what "keep both sides" of a conflict in the .ts leaves
    text = _ts("zh_CN", {"NewPage": [("Save", "保存"), ("Open the project", "打开项目"), ("Save", "存储")]})
    zh.write_text(text, encoding="utf-8")
    assert ut.update() == 1
    assert "NewPage: 'Save' is translated two ways, ('保存',) and ('存储',)" in capsys.readouterr().out
    assert zh.read_text(encoding="utf-8") == text
    # the same translation twice (both branches agreed) is merged into one message
    zh.write_text(text.replace("存储", "保存"), encoding="utf-8")
    ut.update()
    assert [(c, s) for c, s, _m, _t in ut.messages(zh)].count(("NewPage", "Save")) == 1
    assert _table(zh)[("NewPage", "Save")] == ("保存", True)


def test_generated_files_are_checked_and_rebuilt(tree: Path) -> None:
    zh = tree / "translations" / "evaltool_zh_CN.ts"
    ut.update()
    _translate(zh, "NewPage", "Save", "保存")
    _translate(zh, "NewPage", "A brand-new sentence.", "一个全新的句子。")
    assert ut.update() == 0 and ut.check() == []
    locale = tree / "evaltool" / "locale"
    (locale / "evaltool_zh_CN.ts").write_text(zh.read_text(encoding="utf-8"), encoding="utf-8")  # the old copy
    qm = locale / "evaltool_zh_CN.qm"
    good = qm.read_bytes()
    qm.write_bytes(good.replace("一个全新的句子。".encode("utf-16-be"), "一个崭新的句子。".encode("utf-16-be")))
    problems = ut.check()
    assert any("evaltool/locale/evaltool_zh_CN.ts is not generated from translations/" in p for p in problems)
    assert any("evaltool_zh_CN.qm is not compiled from translations/evaltool_zh_CN.ts" in p for p in problems)
    assert ut.update() == 0
    assert sorted(p.name for p in locale.iterdir()) == ["evaltool_en.qm", "evaltool_zh_CN.qm"]
    assert qm.read_bytes() == good
    assert ut.check() == []
