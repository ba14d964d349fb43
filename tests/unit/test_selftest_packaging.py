"""The packaging recipe without building: what build.spec keeps and drops, the Windows
version resource, the icon. (The build itself: tests/release/test_frozen_build.py.)"""
from __future__ import annotations

import ast
import runpy
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build.spec"


@pytest.fixture(scope="module")
def bundle_filter() -> dict:
    return runpy.run_path(str(ROOT / "scripts" / "bundle_filter.py"))


# Destination paths as PyInstaller lays them out from the PySide6 wheels.
KEEP = [
    # Windows wheel layout
    "PySide6/Qt6Core.dll", "PySide6/Qt6Gui.dll", "PySide6/Qt6Widgets.dll", "PySide6/Qt6Charts.dll",
    "PySide6/Qt6Pdf.dll", "PySide6/Qt6PdfWidgets.dll", "PySide6/Qt6Svg.dll",
    "PySide6/plugins/platforms/qwindows.dll", "PySide6/plugins/platforms/qoffscreen.dll",
    "PySide6/plugins/styles/qmodernwindowsstyle.dll", "PySide6/plugins/imageformats/qjpeg.dll",
    "PySide6/plugins/imageformats/qico.dll", "PySide6/plugins/imageformats/qtiff.dll",
    "PySide6/plugins/iconengines/qsvgicon.dll",
    "PySide6/translations/qtbase_zh_CN.qm", "PySide6/translations/qt_zh_CN.qm",
    # Linux wheel layout
    "PySide6/Qt/lib/libQt6Core.so.6", "PySide6/Qt/lib/libQt6Pdf.so.6", "PySide6/Qt/lib/libQt6XcbQpa.so.6",
    "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/imageformats/libqjpeg.so", "PySide6/Qt/translations/qtbase_en.qm",
    # ours
    "resources/demo/seed000.json", "translations/evaltool_zh_CN.qm", "evaltool/locale/evaltool_zh_CN.qm",
    "evaltool/models/migrations/versions/0001_core_tables.py", "docx/templates/default.docx",
]
DROP = [
    "PySide6/Qt6Qml.dll", "PySide6/Qt6Quick.dll", "PySide6/Qt6WebEngineCore.dll", "PySide6/Qt63DCore.dll",
    "PySide6/Qt6Multimedia.dll", "PySide6/opengl32sw.dll", "PySide6/plugins/platforms/qdirect2d.dll",
    "PySide6/plugins/qmltooling/qmldbg_debugger.dll", "PySide6/plugins/tls/qschannelbackend.dll",
    "PySide6/plugins/networkinformation/qnetworklistmanager.dll", "PySide6/translations/qtbase_de.qm",
    "PySide6/translations/qtmultimedia_zh_CN.qm", "PySide6/translations/qtwebengine_zh_CN.qm",
    "PySide6/Qt/lib/libQt6Quick.so.6", "libQt6Qml.so.6", "PySide6/Qt/lib/libQt6WaylandClient.so.6",
    "PySide6/Qt/plugins/platforms/libqwayland-generic.so", "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "PySide6/Qt/translations/qtbase_fr.qm", "PySide6/Qt/qml/QtQuick/Controls/libqtquickcontrols2plugin.so",
]


@pytest.mark.parametrize("dest", KEEP)
def test_bundle_keeps_what_the_app_uses(bundle_filter: dict, dest: str) -> None:
    assert bundle_filter["wanted"](dest)
    assert bundle_filter["wanted"](dest.replace("/", "\\"))  # Windows separators


@pytest.mark.parametrize("dest", DROP)
def test_bundle_drops_what_the_app_does_not_use(bundle_filter: dict, dest: str) -> None:
    assert not bundle_filter["wanted"](dest)
    assert not bundle_filter["wanted"](dest.replace("/", "\\"))


def test_libraries_only_dropped_plugins_need_are_pruned(bundle_filter: dict) -> None:
    """cairo came in only for the GTK theme: pruned; freetype is also needed by Qt Gui: kept."""
    deps = {
        "gtk3.so": {"libcairo.so.2", "libfreetype.so.6"},
        "libcairo.so.2": {"libpixman.so"},
        "gui.so": {"libfreetype.so.6"},
    }

    def closure(sources) -> set[str]:
        out, stack = set(), list(sources)
        while stack:
            for d in deps.get(Path(stack.pop()).name, ()):
                if d not in out:
                    out.add(d)
                    stack.append(d)
        return out

    toc = [("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "gtk3.so", "BINARY"),
           ("PySide6/Qt/lib/libQt6Gui.so.6", "gui.so", "BINARY"),
           ("libcairo.so.2", "libcairo.so.2", "BINARY"),
           ("libpixman.so", "libpixman.so", "BINARY"),
           ("libfreetype.so.6", "libfreetype.so.6", "BINARY")]
    kept, pruned = bundle_filter["trim_binaries"](toc, closure=closure)
    assert pruned == ["libcairo.so.2", "libpixman.so"]
    assert [k[0] for k in kept] == ["PySide6/Qt/lib/libQt6Gui.so.6", "libfreetype.so.6"]


def test_spec_collects_migrations_resources_translations_and_excludes_heavy_qt() -> None:
    text = SPEC.read_text(encoding="utf-8")
    ast.parse(text)  # valid Python
    for needle in ('"evaltool" / "models" / "migrations"', 'ROOT / "resources"', '"evaltool" / "locale"',
                   'collect_data_files("docx")', 'collect_data_files("reportlab")',
                   '"PySide6.QtCharts"', '"PySide6.QtPdf"', "console=False", "console=True",
                   "evaltool.ico", "version="):
        assert needle in text, needle
    for mod in ("QtWebEngineCore", "QtQml", "QtQuick", "Qt3DCore", "QtMultimedia", "tkinter"):
        assert f'"{mod}"' in text or f'"PySide6.{mod}"' in text, mod


def test_windows_version_resource_comes_from_the_package_version() -> None:
    import evaltool

    wv = runpy.run_path(str(ROOT / "scripts" / "win_version.py"))
    assert wv["read_version"](ROOT) == evaltool.__version__
    assert wv["version_tuple"]("1.2.3") == (1, 2, 3, 0)
    assert wv["version_tuple"]("2.0rc1") == (2, 0, 1, 0)
    assert wv["version_tuple"]("0.1.0+local.7") == (0, 1, 0, 0)

    # Evaluate the text the way PyInstaller does, with recording stand-ins for its classes.
    made: dict[str, list] = {}

    def rec(name: str):
        def ctor(*args, **kwargs):
            made.setdefault(name, []).append((args, kwargs))
            return (name, args, kwargs)
        return ctor

    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
             "VarFileInfo", "VarStruct")
    eval(wv["version_info_text"]("0.1.0"), {n: rec(n) for n in names})
    strings = dict(a for a, _ in made["StringStruct"])
    assert strings["ProductVersion"] == "0.1.0" and strings["FileVersion"] == "0.1.0"
    assert strings["OriginalFilename"] == "evaltool.exe"
    assert made["FixedFileInfo"][0][1]["filevers"] == (0, 1, 0, 0)
    assert made["StringTable"][0][0][0] == "080404b0"  # Chinese (PRC), Unicode


def test_icon_files_hold_the_sizes_windows_shows() -> None:
    ico = (ROOT / "resources" / "icons" / "evaltool.ico").read_bytes()
    png = (ROOT / "resources" / "icons" / "evaltool.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert ico[:4] == b"\x00\x00\x01\x00"  # ICONDIR, type 1 = icon
    count = int.from_bytes(ico[4:6], "little")
    sizes = {(ico[6 + 16 * i] or 256) for i in range(count)}  # width byte 0 means 256
    assert {16, 32, 48, 256} <= sizes
