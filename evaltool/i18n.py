"""Language of strings the core produces for people (errors, rule texts, headings).

Source strings are English. ``translate(context, text)`` returns the text in the
current language, read from the same Qt Linguist catalogue the UI uses
(``translations/evaltool_<lang>.ts``), so one file holds every translation and
``pyside6-lupdate`` finds core strings too (it recognises ``translate("Ctx", "…")``
and ``QT_TRANSLATE_NOOP("Ctx", "…")``). No Qt is needed here.
"""
from __future__ import annotations

import locale
import os
from functools import lru_cache
from pathlib import Path

from defusedxml import ElementTree

LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"
_current = DEFAULT_LANGUAGE


def normalize_language(lang: str | None) -> str:
    if not lang:
        return DEFAULT_LANGUAGE
    low = lang.replace("-", "_").lower()
    if low.startswith("zh"):
        return "zh_CN"
    if low.startswith("en"):
        return "en"
    return DEFAULT_LANGUAGE


def system_language() -> str:
    """The system locale's language if we have it, else Chinese."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        val = os.environ.get(var)
        if val and val not in ("C", "POSIX", "C.UTF-8"):
            return normalize_language(val)
    try:
        loc = locale.getlocale()[0]
    except ValueError:
        loc = None
    return normalize_language(loc)


def set_language(lang: str) -> None:
    global _current
    _current = normalize_language(lang)


def current_language() -> str:
    return _current


def _catalogue_path(lang: str) -> Path:
    from evaltool.paths import bundle_root

    return bundle_root() / "translations" / f"evaltool_{lang}.ts"


@lru_cache(maxsize=4)
def _catalogue(lang: str) -> dict[tuple[str, str], str]:
    path = _catalogue_path(lang)
    table: dict[tuple[str, str], str] = {}
    if not path.exists():
        return table
    root = ElementTree.parse(str(path)).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            src = msg.findtext("source") or ""
            tr_el = msg.find("translation")
            if tr_el is None or tr_el.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if tr_el.text:
                table[(name, src)] = tr_el.text
    return table


def translate(context: str, text: str, lang: str | None = None) -> str:
    """``text`` (English source) in ``lang`` or the current language."""
    return _catalogue(normalize_language(lang or _current)).get((context, text), text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate's name
    """Marks a string for lupdate without translating it now."""
    return text
