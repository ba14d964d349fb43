"""A CJK TrueType font for the PDFs, embedded (subset) by reportlab.

reportlab's built-in CID fonts (STSong-Light) are *not* embedded, so a PDF made
with them shows boxes on a machine without that font; a registered TrueType font
is embedded as a subset. We look, in order, for a font bundled under
``resources/fonts/`` and then the usual system fonts of Linux, Windows and macOS.
WenQuanYi Micro Hei (Debian ``fonts-wqy-microhei``) is Apache-2.0 / GPLv3 with the
font exception, so embedding it in documents is allowed.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from evaltool.errors import ExportError
from evaltool.i18n import translate
from evaltool.paths import resource

FONT_NAME = "EvaltoolCJK"

# (path, subfont index of a .ttc collection)
SYSTEM_FONTS: tuple[tuple[str, int], ...] = (
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    (os.path.join(os.environ.get("WINDIR", r"C:\Windows"), "Fonts", "simhei.ttf"), 0),
    (os.path.join(os.environ.get("WINDIR", r"C:\Windows"), "Fonts", "simfang.ttf"), 0),
    (os.path.join(os.environ.get("WINDIR", r"C:\Windows"), "Fonts", "simsun.ttc"), 0),
    (os.path.join(os.environ.get("WINDIR", r"C:\Windows"), "Fonts", "msyh.ttc"), 0),
    ("/System/Library/Fonts/STHeiti Light.ttc", 0),
    ("/Library/Fonts/Arial Unicode.ttf", 0),
)


def font_candidates() -> list[tuple[Path, int]]:
    out: list[tuple[Path, int]] = []
    bundled = resource("fonts")
    if bundled.is_dir():
        for f in sorted(bundled.iterdir()):
            if f.suffix.lower() in (".ttf", ".ttc", ".otf"):
                out.append((f, 0))
    out += [(Path(p), i) for p, i in SYSTEM_FONTS]
    return out


@lru_cache(maxsize=1)
def cjk_font() -> str:
    """Register the first usable CJK font with reportlab; returns its name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    errors = []
    for path, index in font_candidates():
        if not path.is_file():
            continue
        try:
            pdfmetrics.registerFont(TTFont(FONT_NAME, str(path), subfontIndex=index))
            return FONT_NAME
        except Exception as exc:  # noqa: BLE001 - a damaged or CFF font: try the next one
            errors.append(f"{path}: {exc}")
    raise ExportError(translate("Errors", "No Chinese TrueType font was found for the PDF (looked in resources/fonts and "
                                          "the system fonts{more}). Install fonts-wqy-microhei or copy a .ttf font into "
                                          "resources/fonts.").format(more=("; " + "; ".join(errors)) if errors else ""))
