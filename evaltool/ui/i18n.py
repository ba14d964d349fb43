"""Run-time language switching for the Qt interface.

Loads ``evaltool/locale/evaltool_<lang>.qm`` and Qt's own ``qtbase_<lang>.qm``;
installing new translators makes Qt send ``LanguageChange`` to every widget,
whose ``changeEvent`` re-translates it. The core's strings follow through
``evaltool.i18n.set_language``.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from evaltool import i18n
from evaltool.paths import bundle_root, package_dir

_installed: list[QTranslator] = []


def qm_dirs() -> list[str]:
    return [str(package_dir() / "locale"), str(bundle_root() / "translations")]


def install_language(lang: str) -> str:
    app = QCoreApplication.instance()
    lang = i18n.normalize_language(lang)
    i18n.set_language(lang)
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    ours = QTranslator(app)
    for folder in qm_dirs():
        if ours.load(f"evaltool_{lang}", folder):
            app.installTranslator(ours)
            _installed.append(ours)
            break
    qt = QTranslator(app)
    if lang != "en" and qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China) if lang == "zh_CN"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    if not _installed:
        # No catalogue for this language: still tell every widget to re-read its texts.
        from PySide6.QtCore import QEvent

        for w in app.allWidgets() if hasattr(app, "allWidgets") else []:
            QCoreApplication.sendEvent(w, QEvent(QEvent.Type.LanguageChange))
    return lang
