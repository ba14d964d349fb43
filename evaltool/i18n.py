"""Language of strings the core produces for people (errors, rule texts, headings).

Source strings are English. ``translate(context, text)`` returns the text in the
current language, read from the same compiled catalogue the UI loads, so one file
holds every translation and ``pyside6-lupdate`` finds core strings too (it recognises
``translate("Ctx", "…")`` and ``QT_TRANSLATE_NOOP("Ctx", "…")``). No Qt is needed here.

Where the catalogue is read from: ``evaltool/locale/evaltool_<lang>.qm``, inside the
package (a checkout, a wheel) or under ``sys._MEIPASS/evaltool/locale`` (a PyInstaller
build); :mod:`evaltool.qm` reads it without Qt. The ``.qm`` is generated from
``translations/evaltool_<lang>.ts`` (the only file people edit) by
``scripts/update_translations.py``; a test fails when it is stale.

Thread rule: ``set_language`` is called from the UI thread (or the CLI at start);
``translate`` only reads and may be called from any thread.
"""
from __future__ import annotations

import datetime as _dt
import locale
import os
import sys
from functools import lru_cache
from pathlib import Path

from evaltool.qm import QmCatalogue

LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"
#: How each language names itself (the language menu shows these, never translated).
LANGUAGE_NAMES = {"zh_CN": "中文", "en": "English"}
_current = DEFAULT_LANGUAGE


def normalize_language(lang: str | None) -> str:
    """``zh``, ``zh-Hans-CN``, ``Chinese (Simplified)_China`` → ``zh_CN``; ``en_GB`` → ``en``;
    anything else (or nothing) → Chinese, the default."""
    if not lang:
        return DEFAULT_LANGUAGE
    low = lang.replace("-", "_").strip().lower()
    if low.startswith(("zh", "chinese")):
        return "zh_CN"
    if low.startswith(("en", "english")):
        return "en"
    return DEFAULT_LANGUAGE


def system_language() -> str:
    """The system's language if we have it, else Chinese.

    POSIX: ``LANGUAGE`` (a colon list, first entry we know wins), ``LC_ALL``,
    ``LC_MESSAGES``, ``LANG``; elsewhere (Windows, macOS app bundles, where these are
    unset) the C library locale. The UI prefers ``QLocale.system()`` (see
    ``evaltool.ui.i18n.system_ui_language``) which also sees Windows' UI language.
    """
    prefs = os.environ.get("LANGUAGE", "")
    for part in prefs.split(":"):
        if part and part.split("_")[0].lower() in ("zh", "en"):
            return normalize_language(part)
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        val = os.environ.get(var)
        if val and val not in ("C", "POSIX", "C.UTF-8", "C.utf8"):
            return normalize_language(val)
    try:
        loc = locale.getlocale()[0]
    except ValueError:
        loc = None
    return normalize_language(loc)


def set_language(lang: str) -> None:
    global _current  # noqa: PLW0603 - the one process-wide language, set from the UI thread or the CLI
    _current = normalize_language(lang)


def current_language() -> str:
    return _current


def catalogue_dirs() -> list[Path]:
    """Folders searched for ``evaltool_<lang>.qm``, first hit wins: the package's
    ``locale/`` (a checkout, a wheel), then a PyInstaller bundle's copy. The UI's
    ``QTranslator`` searches the same folders (``evaltool.ui.i18n.qm_dirs``)."""
    from evaltool.paths import package_dir

    dirs = [package_dir() / "locale"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        dirs.append(Path(frozen) / "evaltool" / "locale")
    return dirs


def catalogue_path(lang: str) -> Path | None:
    """The compiled catalogue of ``lang`` that ``translate`` reads, None when none is installed."""
    for folder in catalogue_dirs():
        path = folder / f"evaltool_{normalize_language(lang)}.qm"
        if path.exists():
            return path
    return None


@lru_cache(maxsize=4)
def _catalogue(lang: str) -> QmCatalogue | dict[tuple[str, str], str]:
    """``(context, source) → text`` for ``lang``; empty when no catalogue is installed
    (English then shows). A damaged catalogue raises ``evaltool.qm.QmError`` (its
    structure when it is opened, a message when it is looked up: ``QmCatalogue``)."""
    path = catalogue_path(lang)
    return QmCatalogue(path) if path is not None else {}


def translate(context: str, text: str, lang: str | None = None) -> str:
    """``text`` (English source) in ``lang`` or the current language.

    Unknown strings come back unchanged (English), never raise.
    """
    return _catalogue(normalize_language(lang or _current)).get((context, text), text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate's name
    """Marks a string for lupdate without translating it now (translate it when shown)."""
    return text


def localized(zh: str | None, en: str | None, lang: str | None = None) -> str:
    """Pick the Chinese or English form of a bilingual value (built-in templates, grade
    bands with ``name`` / ``name_en``); falls back to the other form when one is empty.
    User data without an English form stays as the user wrote it."""
    lang = normalize_language(lang or _current)
    first, second = (en, zh) if lang == "en" else (zh, en)
    return first or second or ""


def format_date(value: _dt.date | str | None, lang: str | None = None) -> str:
    """A date for people: ``2023年3月31日`` in Chinese, ``31 Mar 2023`` in English.

    Accepts a date, a datetime or an ISO string (``2023-03-31``, ``2023-03-31T10:00``);
    text that is not an ISO date is returned as it is (user data).
    """
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            day = _dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
    else:
        day = value
    lang = normalize_language(lang or _current)
    if lang == "en":
        return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    return f"{day.year}年{day.month}月{day.day}日"


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_number(value: float | None, decimals: int = 2) -> str:
    """Thousands separators, as both languages write them in reports: ``1,234.57``.

    Chinese and English use the same digits and separators in finance reports; a future
    language that differs (e.g. 1.234,57) takes a ``lang`` argument here.
    """
    if value is None:
        return ""
    return f"{value:,.{decimals}f}"
