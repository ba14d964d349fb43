"""Translation catalogues: complete, up to date with the code, found wherever we run.

``translations/evaltool_<lang>.ts`` is the one catalogue people edit; the ``.qm`` that Qt
and the core read are generated from it by ``scripts/update_translations.py`` and committed,
and these tests fail when they are stale. No Qt here: the ``.ts`` are read as XML and
pyside6-lupdate / lrelease are run as programs (they are not Python imports).
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from evaltool import i18n
from tests.scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
HINT = "run `.venv/bin/python scripts/update_translations.py`"


ut = load_script("update_translations")


@pytest.fixture(scope="module")
def catalogue_problems() -> list[str]:
    """Everything ``update_translations.py --check`` finds (lupdate into a temp copy)."""
    return ut.check()


def test_every_ts_file_is_complete() -> None:
    for lang in ("zh_CN", "en"):
        path = ROOT / "translations" / f"evaltool_{lang}.ts"
        assert path.exists(), f"{path} is missing: {HINT}"
        unfinished = [f"{c}: {s!r}" for c, s, m, t in ut.messages(path) if not ut.is_finished(m, t)]
        assert not unfinished, (f"{path.name} has {len(unfinished)} unfinished or missing translations "
                                f"(translate them in translations/{path.name}, then {HINT}):\n"
                                + "\n".join(unfinished))


def test_english_catalogue_repeats_the_sources() -> None:
    msgs = ut.messages(ROOT / "translations" / "evaltool_en.ts")
    assert len(msgs) > 100
    wrong = [s for c, s, m, t in msgs if m.get("numerus") != "yes" and t.text != s]
    assert not wrong, f"English translations differ from their source: {wrong[:10]} ({HINT})"


def test_catalogues_are_up_to_date_with_the_code(catalogue_problems: list[str]) -> None:
    """A new self.tr()/translate() in the code without a translation fails here, and so does
    a generated .qm that is not what lrelease makes of today's .ts."""
    stale = [p for p in catalogue_problems if "out of date" in p or "differs" in p or "not compiled" in p
             or "is missing" in p or "not generated" in p or "merge" in p or "two ways" in p]
    assert not stale, f"Translations are out of date with the sources — {HINT}:\n" + "\n".join(stale)


def test_no_string_is_marked_without_a_context(catalogue_problems: list[str]) -> None:
    """``tr = translate; tr("Ctx", "text")`` looks to lupdate like a Qt tr() outside a class."""
    bad = [p for p in catalogue_problems if "without context" in p or "no class and no translate() context" in p]
    assert not bad, "\n".join(bad)


def test_translations_keep_placeholders(catalogue_problems: list[str]) -> None:
    bad = [p for p in catalogue_problems if "placeholders differ" in p]
    assert not bad, "A translation lost or added a {placeholder}:\n" + "\n".join(bad)


def test_check_reports_a_new_untranslated_string(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The up-to-date check really sees new strings: add one to a copy of the tree."""
    fake = tmp_path / "evaltool"
    fake.mkdir()
    (fake / "new_page.py").write_text(
        "from evaltool.i18n import translate\nX = translate('Probe', 'A brand-new sentence.')\n", encoding="utf-8")
    (tmp_path / "translations").mkdir()
    for lang in ("zh_CN", "en"):
        (tmp_path / "translations" / f"evaltool_{lang}.ts").write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
            f'<TS version="2.1" language="{lang}" sourcelanguage="en"></TS>\n', encoding="utf-8")
    monkeypatch.setattr(ut, "ROOT", tmp_path)
    monkeypatch.setattr(ut, "TS_DIR", tmp_path / "translations")
    monkeypatch.setattr(ut, "LOCALE_DIR", tmp_path / "evaltool" / "locale")
    found = ut.check()
    assert any("new string in the code, Probe: 'A brand-new sentence.'" in p and "update_translations.py" in p
               for p in found), found


def test_strings_behind_translate_helpers_are_collected() -> None:
    """``def _t(text): return translate("Rules", text)`` hides strings from lupdate; the
    update script collects the literals passed to such helpers."""
    src = (
        "from evaltool.i18n import translate\n"
        "def _t(text):\n    return translate('Rules', text)\n"
        "def describe(lang=None):\n"
        "    def t(text: str) -> str:\n        return translate('Rules', text, lang)\n"
        "    return t('Pick the level that fits: {items}.') + _t('Graded levels')\n"
        "def other(x):\n    return x.upper()\n"
        "other('not a message')\n"
    )
    assert sorted(ut.helper_strings(src)) == [("Rules", "Graded levels"), ("Rules", "Pick the level that fits: {items}.")]
    # …and the real ones reach the catalogue: a rule description reads in Chinese
    assert i18n.translate("Rules", "Graded levels", "zh_CN") == "分档计分"
    assert i18n.translate("Flags", "Evaluators disagree", "zh_CN") == "评分分歧"


# Glossary of ../shared/docs/domain.md: an English term in a source → this Chinese term.
GLOSSARY = {
    r"\bscore rates?\b": "得分率",
    r"\bevidence\b": "佐证",
    r"\bindicator framework\b": "指标体系",
    r"\bnegative indicators?\b": "逆向指标",
    r"\bveto\b": "一票否决",
    r"\bteam lead\b": "组长",
    r"\bbudget unit\b": "预算单位",
    r"\breference date\b": "基准日",
    r"\bevaluator's comments?\b": "评价意见",
    r"\bperformance target table\b": "绩效目标表",
    r"\bsatisfaction\b": "满意",
    r"\bscoring criteria\b": "评分标准",
}


def test_chinese_follows_the_glossary() -> None:
    bad = []
    for ctx, src, msg, tr in ut.messages(ROOT / "translations" / "evaltool_zh_CN.ts"):
        text = tr.text or "".join(f.text or "" for f in tr.findall("numerusform"))
        if not ut.is_finished(msg, tr):
            continue
        for pattern, zh in GLOSSARY.items():
            if re.search(pattern, src, re.IGNORECASE) and zh not in text:
                bad.append(f"{ctx}: {src!r} → {text!r} should use “{zh}”")
    assert not bad, "\n".join(bad)


def test_chinese_mnemonics_follow_the_qt_convention() -> None:
    """"&File" → "文件(&F)": the same key, in brackets after the Chinese word."""
    bad = []
    for ctx, src, _m, tr in ut.messages(ROOT / "translations" / "evaltool_zh_CN.ts"):
        key = re.search(r"&([A-Za-z0-9])", src)
        if key and tr.text and f"(&{key.group(1).upper()})" not in tr.text.upper():
            bad.append(f"{ctx}: {src!r} → {tr.text!r}")
    assert not bad, "\n".join(bad)


def test_core_strings_follow_the_language() -> None:
    i18n.set_language("zh_CN")
    assert i18n.translate("Errors", "A project needs a name.") == "项目必须有名称。"
    assert i18n.translate("Errors", "A project needs a name.", "en") == "A project needs a name."
    i18n.set_language("en")
    assert i18n.current_language() == "en"
    assert i18n.translate("Projects", "{name} (copy)").format(name="甲") == "甲 (copy)"
    i18n.set_language("zh_CN")
    assert i18n.translate("Projects", "{name} (copy)").format(name="甲") == "甲（副本）"
    # an unknown string comes back as it is, never an error
    assert i18n.translate("Nowhere", "Not in any catalogue") == "Not in any catalogue"


def _chinese_source(src: str) -> bool:
    """A source string written in Chinese: CJK in it and no English word of 3+ letters."""
    bare = re.sub(r"\{[^{}]*\}|%\d", "", src)
    return bool(re.search(r"[\u4e00-\u9fff]", bare)) and not re.search(r"[A-Za-z]{3,}", bare)


def test_source_strings_are_english() -> None:
    """Sources are English; Chinese comes from the zh_CN catalogue (Chinese terms quoted
    inside an English sentence, e.g. a sheet's header names, are fine)."""
    bad = [f"{c}: {s!r}" for c, s, _m, _t in ut.messages(ROOT / "translations" / "evaltool_en.ts")
           if _chinese_source(s)]
    assert not bad, "Source strings written in Chinese (write them in English):\n" + "\n".join(bad)


def test_every_core_message_has_chinese() -> None:
    """Core strings (errors, flags, CLI), read by the core itself from the generated .qm."""
    core_contexts = set()
    for path in (ROOT / "evaltool").rglob("*.py"):
        if "ui" in path.relative_to(ROOT / "evaltool").parts:
            continue
        core_contexts |= set(re.findall(r"""\btranslate\(\s*["']([A-Za-z]+)["']""", path.read_text(encoding="utf-8")))
    assert {"Errors", "Cli"} <= core_contexts
    untranslated = [(c, s) for c, s, m, t in ut.messages(ROOT / "translations" / "evaltool_zh_CN.ts")
                    if c in core_contexts and i18n.translate(c, s, "zh_CN") == s and not _chinese_source(s)]
    assert not untranslated, untranslated


@pytest.mark.parametrize(("given", "expected"), [
    ("zh_CN.UTF-8", "zh_CN"), ("zh-Hans-CN", "zh_CN"), ("zh_TW", "zh_CN"), ("Chinese (Simplified)_China", "zh_CN"),
    ("en_US.UTF-8", "en"), ("en-GB", "en"), ("English_United States", "en"),
    ("fr_FR", "zh_CN"), ("", "zh_CN"), (None, "zh_CN"),
])
def test_normalize_language(given: str | None, expected: str) -> None:
    assert i18n.normalize_language(given) == expected


def test_system_language_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert i18n.system_language() == "en"
    monkeypatch.setenv("LANGUAGE", "zh_CN:en")
    assert i18n.system_language() == "zh_CN"
    monkeypatch.setenv("LANGUAGE", "de:en")
    assert i18n.system_language() == "en"
    monkeypatch.delenv("LANGUAGE")
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert i18n.system_language() == "zh_CN"  # a language we do not have: Chinese


def test_catalogue_is_found_in_an_installed_package(tmp_path: Path) -> None:
    """A wheel holds the package's .py files and its package-data, no translations/ folder:
    lay out just that and translate from it, in a fresh Python."""
    conf = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    site = tmp_path / "site-packages"
    src = ROOT / "evaltool"
    for pattern in ["**/*.py", *conf["tool"]["setuptools"]["package-data"]["evaltool"]]:
        for f in src.glob(pattern):
            (site / "evaltool" / f.relative_to(src)).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(f, site / "evaltool" / f.relative_to(src))
    code = ("import evaltool, evaltool.i18n as i\n"
            "print(evaltool.__file__)\n"
            "print(i.translate('Errors', 'A project needs a name.', 'zh_CN'))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True, cwd=tmp_path,
                         env={**os.environ, "PYTHONPATH": str(site), "PYTHONIOENCODING": "utf-8"})
    where, text = out.stdout.decode("utf-8").splitlines()
    assert Path(where).is_relative_to(site)
    assert text == "项目必须有名称。"


def test_catalogue_is_found_in_a_frozen_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """PyInstaller: the package's data sits under sys._MEIPASS/evaltool/locale."""
    bundle = tmp_path / "bundle"
    (bundle / "evaltool" / "locale").mkdir(parents=True)
    shutil.copy(ROOT / "evaltool" / "locale" / "evaltool_zh_CN.qm", bundle / "evaltool" / "locale")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    monkeypatch.setattr("evaltool.paths.package_dir", lambda: tmp_path / "elsewhere")
    i18n._catalogue.cache_clear()
    try:
        assert i18n.translate("Errors", "A project needs a name.", "zh_CN") == "项目必须有名称。"
    finally:
        i18n._catalogue.cache_clear()


def test_package_data_ships_the_compiled_catalogues() -> None:
    """A wheel and the frozen app carry the generated .qm (what Qt and the core read)."""
    conf = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = conf["tool"]["setuptools"]["package-data"]["evaltool"]
    assert "locale/*.qm" in patterns
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert 'tree(ROOT / "evaltool" / "locale", "evaltool/locale", patterns=("*.qm",))' in spec
    for lang in ("zh_CN", "en"):
        assert (ROOT / "evaltool" / "locale" / f"evaltool_{lang}.qm").stat().st_size > 1000
    assert sorted(p.name for p in (ROOT / "evaltool" / "locale").iterdir()) == [
        "evaltool_en.qm", "evaltool_zh_CN.qm"]  # nothing hand-kept beside them


def test_bilingual_values_and_dates() -> None:
    assert i18n.localized("良", "Good", "zh_CN") == "良"
    assert i18n.localized("良", "Good", "en") == "Good"
    assert i18n.localized("自定义等级", "", "en") == "自定义等级"  # user data without English stays
    assert i18n.format_date("2023-03-31", "zh_CN") == "2023年3月31日"
    assert i18n.format_date("2023-03-31T10:20:00", "en") == "31 Mar 2023"
    assert i18n.format_date("2022年度", "en") == "2022年度"  # not a date: user text as written
    assert i18n.format_number(658.4) == "658.40"
    assert i18n.format_number(1234567.891, 3) == "1,234,567.891"
