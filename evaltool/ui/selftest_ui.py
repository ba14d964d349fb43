"""The window part of ``evaltool --self-test`` (see evaltool/selftest.py).

Opens the real main window as a first start does — which creates the demo project in
the empty database and opens it — shows every project page once, and grabs the
window, so a missing Qt plugin, image format or translation shows up here and not on
an evaluator's laptop.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo
from PySide6.QtGui import QGuiApplication, QImageReader

from evaltool.ui.app import ensure_app, make_settings, start_window


def _qt_modules() -> list[str]:
    """The optional Qt modules the app ships for charts and PDF preview."""
    loaded = []
    for mod in ("QtCharts", "QtPdf", "QtPdfWidgets", "QtSvg"):
        try:
            __import__(f"PySide6.{mod}")
            loaded.append(mod)
        except ImportError as exc:
            raise AssertionError(f"PySide6.{mod} cannot be loaded: {exc}") from exc
    return loaded


def check_window(t: Any) -> str:
    """Open the window over ``t.state['db']``; record the demo's id in ``t.state``."""
    ensure_app()
    db = t.state["db"]
    settings = make_settings(t.work / "settings")
    win = start_window(db, settings, "zh_CN", ask_profile=False)
    try:
        win.resize(1280, 800)
        win.show()
        QCoreApplication.processEvents()
        assert not win.windowIcon().isNull(), "the app icon (resources/icons/evaltool.png) did not load"
        assert win.project_id, "the window did not open the demo project on first start"
        t.state["project_id"] = win.project_id
        shown = 0
        for page in win.pages:
            win.show_page(page.key)
            QCoreApplication.processEvents()
            assert win.current_page() is page, f"page {page.key} could not be shown"
            shown += 1
        win.show_page(win.pages[0].key)
        QCoreApplication.processEvents()
        shot = win.grab()
        assert not shot.isNull() and shot.width() > 0, "the window could not be drawn"
        path = t.work / "window.png"
        assert shot.save(str(path)), f"could not save a PNG ({path}): image format plugins missing?"
        formats = {bytes(f).decode() for f in QImageReader.supportedImageFormats()}
        lacking = {"png", "jpg", "ico"} - formats
        assert not lacking, f"Qt cannot read {', '.join(sorted(lacking))} images (imageformats plugins)"
        modules = _qt_modules()
        title = win.windowTitle()
    finally:
        win.close()
        win.deleteLater()
        QCoreApplication.processEvents()
    qt_tr = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return (f"platform {QGuiApplication.platformName()}, Qt {QLibraryInfo.version().toString()}, "
            f"{shown} pages, {', '.join(modules)}; title “{title}”; Qt translations in {qt_tr}")
