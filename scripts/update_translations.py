#!/usr/bin/env python3
"""Refresh the translations: lupdate → fill → lrelease.

    .venv/bin/python scripts/update_translations.py           # update everything
    .venv/bin/python scripts/update_translations.py --check   # only report problems (exit 1)

``translations/evaltool_<lang>.ts`` is the only catalogue people edit (by hand or in Qt
Linguist); everything else is generated here and never edited (see docs/translations.md):

1. ``pyside6-lupdate`` scans ``evaltool/**/*.py`` (``self.tr``, ``QCoreApplication.translate``,
   the core's ``translate("Ctx", …)`` and ``QT_TRANSLATE_NOOP``) into
   ``translations/evaltool_<lang>.ts``; existing translations are kept by context and
   source text, strings no longer in the code are dropped (``-no-obsolete``), no line
   numbers are stored (quiet diffs). Strings passed to one-line ``translate`` helpers
   (``def _t(text): return translate("Rules", text)``) are collected from the code and
   handed to lupdate too.
2. Unfinished messages are filled where that needs no judgement: English from the source
   text itself; in other languages, a string that is new in its context (code moved to
   another class, or the same words used somewhere else) gets the translation its source
   text already had in the catalogue before this run, when there was exactly one — these
   are listed. Anything still unfinished is listed (with lupdate's guess, if it made one:
   Qt Linguist shows it as a suggestion) and the exit status is 1: translate it in the
   ``.ts`` and run the script again.
3. ``pyside6-lrelease`` compiles each ``.ts`` into ``evaltool/locale/evaltool_<lang>.qm``,
   which Qt loads (``evaltool.ui.i18n``) and the Qt-free core reads (``evaltool.i18n`` via
   ``evaltool.qm``). Nothing else is kept in ``evaltool/locale``.

Before changing anything the ``.ts`` files are checked for what a merge of two branches can
leave: conflict markers, or one string translated two ways (lupdate would silently keep the
first). Both stop the script with the strings named; nothing is changed.
"""
from __future__ import annotations

import argparse
import ast
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET  # only our own .ts files, written by lupdate (not user input)
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "translations"
LOCALE_DIR = ROOT / "evaltool" / "locale"
LANGS = ("zh_CN", "en")
HINT = "run `.venv/bin/python scripts/update_translations.py`"
EDIT_HINT = ("translate it in translations/{ts} (by hand, or `.venv/bin/pyside6-linguist "
             "translations/{ts}`), then " + HINT)


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


def _is_translate(func: ast.expr) -> bool:
    """``translate(…)`` of the core, or ``QCoreApplication.translate(…)`` / ``x.translate(…)`` in Qt code."""
    return (isinstance(func, ast.Name) and func.id == "translate") or (
        isinstance(func, ast.Attribute) and func.attr == "translate")


def helper_strings(source: str) -> list[tuple[str, str]]:
    """Strings passed to small helpers such as ``def _t(text): return translate("Rules", text)``.

    lupdate only sees literal ``translate("Ctx", "…")`` calls; a helper hides them. For each
    function whose first parameter goes straight into ``translate("<Ctx>", param, …)``, the
    string literals passed to it in the same module are collected as ``(Ctx, text)``.
    """
    tree = ast.parse(source)
    helpers: dict[str, str] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        param = node.args.args[0].arg
        for sub in ast.walk(node):
            if (isinstance(sub, ast.Return) and isinstance(sub.value, ast.Call) and _is_translate(sub.value.func)
                    and len(sub.value.args) >= 2 and isinstance(sub.value.args[0], ast.Constant)
                    and isinstance(sub.value.args[0].value, str) and isinstance(sub.value.args[1], ast.Name)
                    and sub.value.args[1].id == param):
                helpers[node.name] = sub.value.args[0].value
    found = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in helpers
                and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            found.append((helpers[node.func.id], node.args[0].value))
    return found


def _helper_stub(folder: Path) -> Path:
    """A Python file of literal ``translate("Ctx", "…")`` calls for the helpers' strings, for lupdate."""
    lines = ['"""Generated by scripts/update_translations.py for lupdate; not part of evaltool."""',
             "from evaltool.i18n import translate", ""]
    seen = set()
    for rel in source_files():
        for ctx, text in helper_strings((ROOT / rel).read_text(encoding="utf-8")):
            if (ctx, text) not in seen:
                seen.add((ctx, text))
                lines.append(f"translate({ctx!r}, {text!r})")
    stub = folder / "helper_strings.py"
    stub.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return stub


def run_lupdate(target: Path, lang: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        stub = _helper_stub(Path(tmp))
        lst = Path(tmp) / "files.lst"
        lst.write_text("\n".join([*source_files(), str(stub)]) + "\n", encoding="utf-8")
        subprocess.run([tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                        "-source-language", "en", "-target-language", lang,
                        f"@{lst}", "-ts", str(target)], cwd=ROOT, check=True)


def messages(path: Path) -> list[tuple[str, str, ET.Element, ET.Element]]:
    """(context, source, message element, translation element) of a parsed .ts."""
    return list(_iter(ET.parse(path)))


def is_finished(msg: ET.Element, tr: ET.Element) -> bool:
    if tr.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    if msg.get("numerus") == "yes":
        forms = tr.findall("numerusform")
        return bool(forms) and all((f.text or "").strip() for f in forms)
    return bool((tr.text or "").strip())


def _texts(msg: ET.Element, tr: ET.Element) -> tuple[str, ...]:
    """The translation's text, or its plural forms."""
    if msg.get("numerus") == "yes":
        return tuple(f.text or "" for f in tr.findall("numerusform"))
    return (tr.text or "",)


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


def _iter(tree: ET.ElementTree[ET.Element]) -> Iterator[tuple[str, str, ET.Element, ET.Element]]:
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation", type="unfinished")
            yield name, msg.findtext("source") or "", msg, tr


def keys(path: Path) -> set[tuple[str, str]]:
    return {(c, s) for c, s, _m, _t in messages(path)}


# -- what a merge can leave ---------------------------------------------------------
CONFLICT_MARKER = re.compile(r"^(<{7}|={7}|>{7})(\s|$)", re.MULTILINE)


def merge_problems(path: Path) -> list[str]:
    """Conflict markers, broken XML, or one (context, source) translated two ways.

    lupdate merges a string that appears twice but silently keeps the first translation,
    so two branches that translated the same new string differently must be settled by a
    person. The same string twice with the same translation is fine (lupdate merges it).
    """
    text = path.read_text(encoding="utf-8")
    if CONFLICT_MARKER.search(text):
        return [f"{path.name} has merge conflict markers: keep the lines of both sides (each side "
                "adds or changes whole <message> blocks), delete the markers, then " + HINT]
    try:
        found = messages(path)
    except ET.ParseError as exc:
        return [f"{path.name} is not valid XML ({exc}); repair it (git diff shows what changed), then " + HINT]
    seen: dict[tuple[str, str], tuple[str, ...]] = {}
    out = []
    for ctx, src, msg, tr in found:
        if len(msg.findall("translation")) > 1 or len(msg.findall("source")) > 1:
            out.append(f"{path.name}: {ctx}: {src!r} has two translations in one <message> (both sides "
                       "of a conflicting line kept?): keep one, then " + HINT)
            continue
        if not is_finished(msg, tr):
            continue
        texts = _texts(msg, tr)
        before = seen.setdefault((ctx, src), texts)
        if before != texts:
            out.append(f"{path.name}: {ctx}: {src!r} is translated two ways, {before!r} and {texts!r} "
                       "(two branches merged?): keep one of the two <message> blocks, then " + HINT)
    return out


# -- fill -------------------------------------------------------------------------
class Before:
    """What a catalogue held before lupdate ran: its messages, and source text → the
    finished (non-plural) translations it had in any context (lupdate drops the strings
    whose code moved, so they are read first)."""

    def __init__(self, path: Path) -> None:
        self.keys: set[tuple[str, str]] = set()
        self.known: dict[str, set[str]] = {}
        if not path.exists():
            return
        for ctx, src, msg, tr in messages(path):
            self.keys.add((ctx, src))
            if msg.get("numerus") != "yes" and is_finished(msg, tr):
                self.known.setdefault(src, set()).add(tr.text or "")


def other_side(ref: str, lang: str) -> dict[tuple[str, str], str]:
    """Finished (non-plural) translations of ``ref``'s catalogue (a git branch or commit):
    after a merge that kept one side's .ts, the other side's new translations come from here."""
    proc = subprocess.run(["git", "show", f"{ref}:translations/{ts_path(lang).name}"], cwd=ROOT,
                          capture_output=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"cannot read translations/{ts_path(lang).name} of {ref}: {proc.stderr.decode(errors='replace')}")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / ts_path(lang).name
        path.write_bytes(proc.stdout)
        return {(ctx, src): tr.text or "" for ctx, src, msg, tr in messages(path)
                if msg.get("numerus") != "yes" and is_finished(msg, tr)}


def fill(path: Path, lang: str, before: Before, other: dict[tuple[str, str], str] | None = None) -> tuple[list[str], list[str]]:
    """Fill what needs no judgement (see the module docstring).

    lupdate itself puts a guess into a new message (the translation of the same or a
    similar source elsewhere) but leaves it unfinished; when the same source had exactly
    one translation, it is taken here as finished. A draft in a message that was already
    in the catalogue is a translator's and stays as it is.
    Returns (``context: source`` still unfinished, ``context: source → text`` reused).
    """
    tree = ET.parse(path)
    missing, reused = [], []
    for ctx_name, src, msg, tr in _iter(tree):
        if lang == "en":
            _set(msg, tr, src, lang)  # English repeats the source, always
            continue
        if is_finished(msg, tr):
            continue
        if other and (ctx_name, src) in other:  # the other side of a merge translated it
            _set(msg, tr, other[(ctx_name, src)], lang)
            continue
        candidates = before.known.get(src, set())
        new = (ctx_name, src) not in before.keys
        if new and len(candidates) == 1 and msg.get("numerus") != "yes":
            text = next(iter(candidates))
            _set(msg, tr, text, lang)
            reused.append(f"{ctx_name}: {src!r} → {text!r}")
            continue
        hint = f"used elsewhere as: {' / '.join(sorted(candidates))}" if candidates else ""
        draft = " / ".join(t for t in _texts(msg, tr) if t.strip())
        hint = "; ".join(h for h in (hint, f"draft: {draft!r}" if draft else "") if h)
        missing.append(f"{ctx_name}: {src!r}" + (f" ({hint})" if hint else ""))
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing, reused


# -- checks -----------------------------------------------------------------------
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}|%\d+|%n")


def placeholder_problems(path: Path) -> list[str]:
    """Translations must keep every ``{name}`` / ``%1`` of the source, no more, no less."""
    out = []
    for ctx, src, msg, tr in messages(path):
        if not is_finished(msg, tr):
            continue  # reported as unfinished instead
        for text in _texts(msg, tr):
            if sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(text)):
                out.append(f"{path.name}: {ctx}: placeholders differ: {src!r} → {text!r}")
    return out


def context_problem(src: str, msg: ET.Element) -> str:
    comment = msg.findtext("comment") or ""
    return (f"a string without context: {src!r} {comment!r} — lupdate saw tr(…) outside a Qt class; "
            "in the core call translate(\"Context\", \"text\") by that very name (lupdate does not "
            "follow aliases such as tr = translate), in Qt code use self.tr() or "
            "QCoreApplication.translate(\"Context\", \"text\")")


CLASS_DEF = re.compile(r"^\s*class\s+(\w+)", re.MULTILINE)
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


# -- generated files --------------------------------------------------------------
def qm_path(lang: str) -> Path:
    return LOCALE_DIR / f"evaltool_{lang}.qm"


def compile_qm(ts: Path, target: Path) -> None:
    """``pyside6-lrelease`` ``ts`` into ``target``, replaced whole (a failed run leaves the old file).

    The .qm keeps context and source text of every message, which the Qt-free reader
    (``evaltool.qm``) needs; ``tests/unit/test_translations_qm.py`` checks lrelease still does.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".qm", dir=target.parent)
    os.close(fd)
    try:
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", tmp], check=True)
        os.replace(tmp, target)
    finally:
        Path(tmp).unlink(missing_ok=True)


def stray_generated_files() -> list[Path]:
    """Files in ``evaltool/locale`` this script does not generate (e.g. the ``.ts`` copies the
    core read before it read the ``.qm``, brought back by a merge)."""
    wanted = {qm_path(lang).name for lang in LANGS}
    if not LOCALE_DIR.is_dir():
        return []
    return sorted(p for p in LOCALE_DIR.iterdir() if p.is_file() and p.name not in wanted)


def check() -> list[str]:
    """Every problem with the catalogues, as sentences; empty when all is well. Changes nothing."""
    problems: list[str] = []
    for lang in LANGS:
        ts = ts_path(lang)
        if not ts.exists():
            problems.append(f"translations/{ts.name} is missing: {HINT}")
            continue
        merge = merge_problems(ts)
        if merge:
            problems += merge
            continue
        if lang == "en":
            problems += stray_context_problems(ts)
        for ctx, src, msg, tr in messages(ts):
            if not ctx and lang == "en":
                problems.append(context_problem(src, msg))
            if not is_finished(msg, tr):
                problems.append(f"{ts.name}: unfinished or missing translation of {ctx}: {src!r} "
                                f"({EDIT_HINT.format(ts=ts.name)})")
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
        qm = qm_path(lang)
        if not qm.exists():
            problems.append(f"evaltool/locale/{qm.name} is missing: {HINT}")
        else:
            with tempfile.TemporaryDirectory() as tmp:
                fresh_qm = Path(tmp) / qm.name
                compile_qm(ts, fresh_qm)
                if fresh_qm.read_bytes() != qm.read_bytes():
                    problems.append(f"evaltool/locale/{qm.name} is not compiled from translations/{ts.name} "
                                    f"(stale, or edited by hand): {HINT}")
    for path in stray_generated_files():
        problems.append(f"evaltool/locale/{path.name} is not generated from translations/ (only the .qm "
                        f"are; nothing reads it): {HINT}, which deletes it")
    return problems


def update(merge_refs: tuple[str, ...] = ()) -> int:
    """lupdate → fill → lrelease for every language; 1 while anything is left to do by hand."""
    blocked = [p for lang in LANGS if ts_path(lang).exists() for p in merge_problems(ts_path(lang))]
    if blocked:
        print("\n".join(blocked) + "\nNothing was changed.")
        return 1
    TS_DIR.mkdir(exist_ok=True)
    missing_all: list[str] = []
    for lang in LANGS:
        ts = ts_path(lang)
        before = Before(ts)  # read before lupdate drops the strings whose code moved
        run_lupdate(ts, lang)
        other: dict[tuple[str, str], str] = {}
        for ref in merge_refs:
            other.update(other_side(ref, lang))
        missing, reused = fill(ts, lang, before, other)
        run_lupdate(ts, lang)  # back to lupdate's own layout, so the next run changes nothing
        compile_qm(ts, qm_path(lang))
        print(f"translations/{ts.name}: {len(messages(ts))} strings, {len(missing)} untranslated"
              + (f", {len(reused)} filled from the same source text elsewhere (check them):" if reused else ""))
        for r in reused:
            print(f"  {r}")
        missing_all += [f"  [{lang}] {m}" for m in missing]
    for path in stray_generated_files():
        path.unlink()
        print(f"deleted evaltool/locale/{path.name} (not generated from translations/, nothing reads it)")
    problems = [p for lang in LANGS for p in placeholder_problems(ts_path(lang))]
    problems += sorted({context_problem(s, m) for c, s, m, _t in messages(ts_path("en")) if not c})
    problems += stray_context_problems(ts_path("en"))
    for p in problems:
        print(p)
    if missing_all:
        print("Untranslated: translate these in translations/evaltool_<lang>.ts (by hand, or "
              "`.venv/bin/pyside6-linguist translations/evaltool_zh_CN.ts`) and run this script again:")
        print("\n".join(missing_all))
    return 1 if (missing_all or problems) else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="only report problems; change nothing")
    ap.add_argument("--merge-from", action="append", default=[], metavar="REF",
                    help="after a merge that kept this side's .ts: also take the translations of git REF "
                         "(the branch merged in) for strings still unfinished here")
    args = ap.parse_args(argv)
    if args.check:
        problems = check()
        print("\n".join(problems) or "translations are complete and up to date")
        return 1 if problems else 0
    return update(tuple(args.merge_from))


if __name__ == "__main__":
    sys.exit(main())
