"""Run-time language switching for the Qt interface.

``install_language(lang)`` loads ``evaltool_<lang>.qm`` (generated into ``evaltool/locale``)
and Qt's own ``qtbase_<lang>.qm`` (standard buttons and dialogs: 确定 / 取消), sets the
default ``QLocale`` (number and date formatting in widgets) and the core's language
(``evaltool.i18n.set_language``, for error messages and other core strings).

Installing or removing a translator makes Qt send ``QEvent.LanguageChange`` to every
widget; each window, page and dialog re-sets its texts in ``changeEvent`` →
``retranslate()``. Widgets keep their state (typed text, selection, current page):
only labels change. Call from the UI thread.
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from evaltool import i18n

_installed: list[QTranslator] = []
#: What the last ``install_language`` loaded: {"evaltool": path or "", "qtbase": path or ""}.
loaded: dict[str, str] = {"evaltool": "", "qtbase": ""}


def qm_dirs() -> list[str]:
    """Folders searched for ``evaltool_<lang>.qm``: the package's ``locale/`` (a checkout,
    a wheel), then a PyInstaller bundle's copy — the same files the Qt-free core reads
    (``evaltool.i18n.catalogue_dirs``), so the interface and the core never disagree."""
    return [str(d) for d in i18n.catalogue_dirs()]


def qt_translation_dirs() -> list[str]:
    """Where Qt's own ``qtbase_<lang>.qm`` live: Qt's TranslationsPath (the PySide6 wheel
    ships them in ``PySide6/Qt/translations``), and a PyInstaller bundle's copy."""
    dirs = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        dirs += [str(Path(frozen) / "PySide6" / "Qt" / "translations"),
                 str(Path(frozen) / "PySide6" / "translations")]
    return dirs


def locale_for(lang: str) -> QLocale:
    if i18n.normalize_language(lang) == "zh_CN":
        return QLocale(QLocale.Language.Chinese, QLocale.Script.SimplifiedChineseScript,
                       QLocale.Country.China)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def system_ui_language() -> str:
    """The system's language for a first start, Chinese when it is neither Chinese nor English.

    The POSIX variables (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``) win when set,
    as on Linux; otherwise (Windows, macOS) Qt's ``QLocale.system().uiLanguages()`` — the
    display language the user chose, which may differ from the regional format that
    Python's ``locale`` reports.
    """
    import os

    if any(os.environ.get(v) not in (None, "", "C", "POSIX", "C.UTF-8", "C.utf8")
           for v in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")):
        return i18n.system_language()
    for name in QLocale.system().uiLanguages():
        low = name.lower()
        if low.startswith(("zh", "en")):
            return i18n.normalize_language(low)
    return i18n.system_language()


def _load(translator: QTranslator, name: str, dirs: list[str]) -> str:
    for folder in dirs:
        if translator.load(name, folder):
            return str(Path(folder) / f"{name}.qm")
    return ""


def install_language(lang: str | None) -> str:
    """Switch the whole application to ``lang`` (``zh_CN`` / ``en``); returns the code used."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QApplication: create it first")
    lang = i18n.normalize_language(lang)
    i18n.set_language(lang)
    QLocale.setDefault(locale_for(lang))
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    ours = QTranslator(app)
    loaded["evaltool"] = _load(ours, f"evaltool_{lang}", qm_dirs())
    if loaded["evaltool"]:
        app.installTranslator(ours)
        _installed.append(ours)
    loaded["qtbase"] = ""
    if lang != "en":
        qt = QTranslator(app)
        loaded["qtbase"] = _load(qt, f"qtbase_{lang}", qt_translation_dirs())
        if loaded["qtbase"]:
            app.installTranslator(qt)
            _installed.append(qt)
    if not _installed:
        # Nothing was installed or removed, so Qt announced nothing: announce it ourselves
        # (QApplication forwards it to every top-level window, which passes it down).
        QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
    # Qt posts LanguageChange to the windows; deliver it now, so that when this returns
    # every open window, page and dialog already shows the new language.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return lang
