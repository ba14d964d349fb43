#!/usr/bin/env python3
"""Refresh the translation catalogues: lupdate → fill → lrelease.

    .venv/bin/python scripts/update_translations.py           # update everything
    .venv/bin/python scripts/update_translations.py --check   # only report problems (exit 1)
    .venv/bin/python scripts/update_translations.py --force-dict  # dictionary wins over .ts edits

Steps (see docs/translations.md):

1. ``pyside6-lupdate`` scans ``evaltool/**/*.py`` (``self.tr``, ``QCoreApplication.translate``,
   the core's ``translate("Ctx", …)`` and ``QT_TRANSLATE_NOOP``) into
   ``translations/evaltool_<lang>.ts``; existing translations are kept, strings no longer
   in the code are dropped (``-no-obsolete``), no line numbers are stored (quiet diffs).
2. Unfinished messages are filled: English from the source text itself, other languages
   from ``scripts/<lang>_strings.py`` (Chinese: ``scripts/zh_CN_strings.py``) (context-specific entry first, then by source text).
   Translations already in the ``.ts`` (e.g. edited in Qt Linguist) are kept unless
   ``--force-dict``. Anything still unfinished is listed and the exit status is 1.
3. The ``.ts`` files are copied into ``evaltool/locale/`` (the core reads them there, so
   a wheel or a frozen build has them) and compiled with ``pyside6-lrelease`` into
   ``evaltool/locale/evaltool_<lang>.qm`` (what Qt loads).
"""
from __future__ import annotations

import argparse
import filecmp
import importlib.util
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET  # noqa: S405 - only our own .ts files, written by lupdate
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "translations"
LOCALE_DIR = ROOT / "evaltool" / "locale"
LANGS = ("zh_CN", "en")
HINT = "run `.venv/bin/python scripts/update_translations.py`"


def tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease`` beside this Python, else on PATH."""
    here = Path(sys.executable).parent / name
    if here.exists():
        return str(here)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials into this Python")
    return found


def source_files() -> list[str]:
    files = [p for p in (ROOT / "evaltool").rglob("*.py") if "migrations" not in p.parts]
    return sorted(str(p.relative_to(ROOT)) for p in files)


def ts_path(lang: str) -> Path:
    return TS_DIR / f"evaltool_{lang}.ts"


def run_lupdate(target: Path, lang: str) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as lst:
        lst.write("\n".join(source_files()) + "\n")
    try:
        subprocess.run([tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                        "-source-language", "en", "-target-language", lang,
                        f"@{lst.name}", "-ts", str(target)], cwd=ROOT, check=True)
    finally:
        Path(lst.name).unlink()


def load_dictionary(lang: str) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """``scripts/<lang>_strings.py`` (``STRINGS``, ``BY_CONTEXT``), empty if there is none."""
    path = ROOT / "scripts" / f"{lang}_strings.py"
    if not path.exists():
        return {}, {}
    spec = importlib.util.spec_from_file_location(f"{lang}_strings", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.STRINGS, mod.BY_CONTEXT


def messages(path: Path) -> list[tuple[str, str, ET.Element, ET.Element]]:
    """(context, source, message element, translation element) of a parsed .ts."""
    return list(_iter(ET.parse(path)))  # noqa: S314 - our file


def is_finished(msg: ET.Element, tr: ET.Element) -> bool:
    if tr.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    if msg.get("numerus") == "yes":
        forms = tr.findall("numerusform")
        return bool(forms) and all((f.text or "").strip() for f in forms)
    return bool((tr.text or "").strip())


def _set(msg: ET.Element, tr: ET.Element, text: str, lang: str) -> None:
    tr.attrib.pop("type", None)
    if msg.get("numerus") == "yes":
        for f in list(tr):
            tr.remove(f)
        for _ in range(1 if lang.startswith(("zh", "ja", "ko")) else 2):
            ET.SubElement(tr, "numerusform").text = text
        tr.text = None
    else:
        tr.text = text


def fill(path: Path, lang: str, force_dict: bool = False) -> list[str]:
    """Fill translations in ``path``; returns ``context: source`` of those still missing."""
    strings, by_ctx = load_dictionary(lang) if lang != "en" else ({}, {})
    tree = ET.parse(path)  # noqa: S314 - our file
    missing = []
    for ctx_name, src, msg, tr in _iter(tree):
        if lang == "en":
            want: str | None = src
        else:
            want = by_ctx.get((ctx_name, src), strings.get(src))
        done = is_finished(msg, tr)
        if want is not None and (not done or force_dict or lang == "en"):
            _set(msg, tr, want, lang)
        elif not done:
            missing.append(f"{ctx_name}: {src}")
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def _iter(tree: ET.ElementTree):  # noqa: ANN202
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation", type="unfinished")
            yield name, msg.findtext("source") or "", msg, tr


def keys(path: Path) -> set[tuple[str, str]]:
    return {(c, s) for c, s, _m, _t in messages(path)}


PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}|%\d+|%n")


def placeholder_problems(path: Path) -> list[str]:
    """Translations must keep every ``{name}`` / ``%1`` of the source, no more, no less."""
    out = []
    for ctx, src, msg, tr in messages(path):
        if not is_finished(msg, tr):
            continue  # reported as unfinished instead
        texts = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
        for text in texts:
            if sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(text)):
                out.append(f"{path.name}: {ctx}: placeholders differ: {src!r} → {text!r}")
    return out


def context_problem(src: str, msg: ET.Element) -> str:
    comment = msg.findtext("comment") or ""
    return (f"a string without context: {src!r} {comment!r} — lupdate saw tr(…) outside a Qt class; "
            "in the core call translate(\"Context\", \"text\") by that very name (lupdate does not "
            "follow aliases such as tr = translate), in Qt code use self.tr() or "
            "QCoreApplication.translate(\"Context\", \"text\")")


CLASS_DEF = re.compile(r"^\s*class\s+(\w+)", re.M)
EXPLICIT_CONTEXT = re.compile(r"""\b(?:translate|QT_TRANSLATE_NOOP3?)\(\s*["'](\w+)["']""")


def known_contexts() -> set[str]:
    """Contexts Qt / the core will look up at run time: class names (``self.tr``) and the
    first argument of ``translate(…)`` / ``QT_TRANSLATE_NOOP(…)``."""
    found: set[str] = set()
    for rel in source_files():
        text = (ROOT / rel).read_text(encoding="utf-8")
        found |= set(CLASS_DEF.findall(text)) | set(EXPLICIT_CONTEXT.findall(text))
    return found


def stray_context_problems(path: Path) -> list[str]:
    """``obj.tr("…")`` outside the class: lupdate names the context after the variable
    (``page``) but Qt looks it up under the object's class (``FrameworkPage``), so the
    translation is never found."""
    known = known_contexts()
    stray = sorted({c for c, _s, _m, _t in messages(path) if c and c not in known})
    return [f"strings in context “{c}”, which is no class and no translate() context: lupdate took it "
            f"from a call like {c}.tr(\"…\") outside the class, which Qt looks up under the object's "
            f"class name instead, so it is never translated; write QCoreApplication.translate(\"ClassName\", "
            f"\"…\") there" for c in stray]


def check() -> list[str]:
    """Every problem with the catalogues, as sentences; empty when all is well."""
    problems: list[str] = stray_context_problems(ts_path("en")) if ts_path("en").exists() else []
    for lang in LANGS:
        ts = ts_path(lang)
        if not ts.exists():
            problems.append(f"{ts.relative_to(ROOT)} is missing: {HINT}")
            continue
        for ctx, src, msg, tr in messages(ts):
            if not ctx and lang == "en":
                problems.append(context_problem(src, msg))
            if not is_finished(msg, tr):
                problems.append(f"{ts.name}: unfinished or missing translation of {ctx}: {src!r} "
                                f"(add it to scripts/zh_CN_strings.py, then {HINT})")
            elif lang == "en" and msg.get("numerus") != "yes" and tr.text != src:
                problems.append(f"{ts.name}: English text differs from the source: {ctx}: {src!r}")
        problems += placeholder_problems(ts)
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / ts.name
            shutil.copy(ts, fresh)
            run_lupdate(fresh, lang)
            new, old = keys(fresh), keys(ts)
            for ctx, src in sorted(new - old):
                problems.append(f"{ts.name} is out of date: new string in the code, {ctx}: {src!r}: {HINT}")
            for ctx, src in sorted(old - new):
                problems.append(f"{ts.name} is out of date: string no longer in the code, {ctx}: {src!r}: {HINT}")
        copy = LOCALE_DIR / ts.name
        if not copy.exists() or not filecmp.cmp(ts, copy, shallow=False):
            problems.append(f"evaltool/locale/{ts.name} differs from translations/{ts.name}: {HINT}")
        qm = LOCALE_DIR / f"evaltool_{lang}.qm"
        if not qm.exists():
            problems.append(f"evaltool/locale/{qm.name} is missing: {HINT}")
        else:
            with tempfile.TemporaryDirectory() as tmp:
                fresh_qm = Path(tmp) / qm.name
                subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(fresh_qm)], check=True)
                if fresh_qm.read_bytes() != qm.read_bytes():
                    problems.append(f"evaltool/locale/{qm.name} is not compiled from translations/{ts.name}: {HINT}")
    return problems


def update(force_dict: bool = False) -> int:
    TS_DIR.mkdir(exist_ok=True)
    LOCALE_DIR.mkdir(exist_ok=True)
    missing_all: list[str] = []
    for lang in LANGS:
        ts = ts_path(lang)
        run_lupdate(ts, lang)
        missing = fill(ts, lang, force_dict)
        run_lupdate(ts, lang)  # back to lupdate's own layout, so the next run changes nothing
        shutil.copy(ts, LOCALE_DIR / ts.name)
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm",
                        str(LOCALE_DIR / f"evaltool_{lang}.qm")], check=True)
        total = len(messages(ts))
        print(f"{ts.relative_to(ROOT)}: {total} strings, {len(missing)} untranslated")
        missing_all += [f"  [{lang}] {m}" for m in missing]
    problems = [p for lang in LANGS for p in placeholder_problems(ts_path(lang))]
    problems += sorted({context_problem(s, m) for c, s, m, _t in messages(ts_path("en")) if not c})
    problems += stray_context_problems(ts_path("en"))
    for p in problems:
        print(p)
    if missing_all:
        print("Untranslated (add them to scripts/zh_CN_strings.py and run again):")
        print("\n".join(missing_all))
    return 1 if (missing_all or problems) else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="only report problems; change nothing")
    ap.add_argument("--force-dict", action="store_true",
                    help="overwrite translations in the .ts with scripts/zh_CN_strings.py entries")
    args = ap.parse_args(argv)
    if args.check:
        problems = check()
        print("\n".join(problems) or "translations are complete and up to date")
        return 1 if problems else 0
    return update(args.force_dict)


if __name__ == "__main__":
    sys.exit(main())
