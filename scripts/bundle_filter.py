"""Which collected files the stand-alone app leaves out (used by build.spec).

PyInstaller's Qt hooks collect, for each Qt module we import, its plugins and
translations, and binary analysis then follows every plugin's libraries. Many of
them the app never uses (QML, WebEngine, Wayland, GTK theme, network plugins…).
``wanted(dest)`` decides per destination path; ``trim_binaries`` also drops the
libraries that only dropped parts needed. Paths are matched with "/" separators so
one list serves both wheel layouts: Linux ``PySide6/Qt/{lib,plugins,translations}/``
and Windows ``PySide6/{*.dll,plugins,translations}/`` (and PyInstaller's top-level
symlinks). Plain Python: tests/unit/test_selftest_packaging.py checks it.
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterable

KEEP_QT_LANGS = ("zh_CN", "en")
QT_LIB_DROP = (
    "WebEngine|Qml|Quick|3D|Multimedia|Designer|Location|Positioning|Sensors|Bluetooth|Nfc"
    "|VirtualKeyboard|Wayland|WlShell|EglFS|EglFs|Lottie|Labs|ShaderTools|Sql|Test|SpatialAudio"
    "|TextToSpeech|Graphs|DataVisualization|RemoteObjects|Scxml|StateMachine|HttpServer"
    "|NetworkAuth|SerialPort|SerialBus|CanvasPainter|FFmpeg"
)
PLUGIN_DIR_DROP = (
    "qmltooling|multimedia|position|geoservices|sensors|sqldrivers|texttospeech|webview|canbus"
    "|designer|renderers|renderplugins|sceneparsers|geometryloaders|assetimporters"
    "|scxmldatamodel|wayland-[^/]*|egldeviceintegrations|vectorimageformats|platforminputcontexts"
    "|networkinformation|tls|generic"  # no network use (sync is by USB stick); no evdev input
)
DROP_PATTERNS = [
    rf"(^|/)(lib)?Qt6({QT_LIB_DROP})[^/]*\.(so[.0-9]*|dll)$",
    rf"(^|/)plugins/({PLUGIN_DIR_DROP})/",
    # platforms: keep windows, xcb (Linux desktops), offscreen (self-test), minimal
    r"(^|/)plugins/platforms/(lib)?q(wayland|eglfs|linuxfb|vnc|vkkhrdisplay|minimalegl|direct2d)",
    # GTK theme: links GTK 3, which we do not ship, and would drag in cairo/pango
    r"(^|/)plugins/platformthemes/(lib)?qgtk3",
    r"(^|/)plugins/imageformats/(lib)?q(icns|tga|wbmp)",
    r"(^|/)(Qt/)?qml/",
    r"(^|/)(Qt/)?resources/qtwebengine",
    # Windows: software OpenGL fallback (20 MB); widgets and charts draw without OpenGL
    r"(^|/)opengl32sw\.dll$",
]
DROP_RE = re.compile("|".join(DROP_PATTERNS))


def wanted(dest: str) -> bool:
    dest = dest.replace("\\", "/")
    if DROP_RE.search(dest):
        return False
    m = re.search(r"translations/(\w+?)_([a-z]{2}(?:_[A-Z]{2})?)\.qm$", dest)
    if m and "PySide6" in dest:
        # Qt's own catalogues: qt_/qtbase_ in the two languages we offer
        return m.group(2) in KEEP_QT_LANGS and m.group(1) in ("qt", "qtbase")
    return True




def _closure(sources: Iterable[str]) -> set[str]:
    """Base names (lower case) of every library the given binaries need, transitively."""
    from PyInstaller.depend.bindepend import get_imports

    names: set[str] = set()
    seen: set[str] = set()
    stack = [s for s in sources if s]
    while stack:
        src = stack.pop()
        if src in seen or not os.path.isfile(src):
            continue
        seen.add(src)
        try:
            imports = get_imports(src)
        except Exception:  # noqa: BLE001 - not a binary PyInstaller can read: nothing to follow
            continue
        for name, full in imports:
            names.add(os.path.basename(name).lower())
            if full:
                stack.append(full)
    return names


def trim_binaries(binaries: list, closure=_closure) -> tuple[list, list[str]]:
    """(kept TOC entries, pruned library names): drops unwanted Qt parts and the
    libraries that only they needed (e.g. GTK's cairo / pango behind the GTK theme).

    Entries are PyInstaller TOC tuples ``(dest, src, typecode)``; a library stays when
    anything kept still needs it (fixed point: pruning can only free more).
    """
    kept = [b for b in binaries if wanted(b[0])]
    dropped = [b for b in binaries if not wanted(b[0])]

    def base(entry: tuple) -> str:
        return os.path.basename(entry[0]).lower()

    candidates = closure(b[1] for b in dropped) & {base(b) for b in kept}
    prune = set(candidates)
    while True:
        needed = closure(b[1] for b in kept if base(b) not in prune)
        new = candidates - needed
        if new == prune:
            break
        prune = new
    return [b for b in kept if base(b) not in prune], sorted(prune)
