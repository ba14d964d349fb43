"""Styles and fonts of the Word report, and the user's own template (a .docx style source).

- Built-in heading styles (Heading 1–4), so Word's navigation pane and the TOC field work.
- East-Asian fonts set explicitly (黑体 headings, 仿宋 body): the default template's
  ``w:eastAsiaTheme`` attributes are removed, because a theme font overrides
  ``w:eastAsia`` and Word would show the theme's font instead.
- With a user's template its styles win; only a theme East-Asian font that would hide the
  template's own ``w:eastAsia`` font is removed. Sizes are points, lengths centimetres.
"""
from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from evaltool.errors import ExportError
from evaltool.i18n import translate

HEADING_FONT = "黑体"
BODY_FONT = "仿宋"
LATIN_FONT = "Times New Roman"
REQUIRED_STYLES = ("Normal", "Heading 1", "Heading 2", "Heading 3", "Heading 4")
TABLE_STYLE = "Evaltool Table Text"
CAPTION_STYLE = "Caption"
HEADING_SIZES = {1: 16, 2: 14, 3: 12, 4: 12}


# -- template -----------------------------------------------------------------

def load_template(path: Path) -> Any:
    """Open a user's .docx as the style source; ExportError naming the file if unusable."""
    if not path.is_file():
        raise ExportError(translate("Errors", "The template {path} does not exist.").format(path=path))
    try:
        doc = Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ExportError(translate("Errors", "The template {path} is not a readable Word .docx file ({error}). "
                                              "Save it again from Word as .docx, or export without a template.").format(
            path=path, error=exc)) from exc
    except Exception as exc:  # a damaged user file can make python-docx / lxml raise anything; it is named, not hidden
        raise ExportError(translate("Errors", "The template {path} is damaged ({error}). "
                                              "Save it again from Word as .docx, or export without a template.").format(
            path=path, error=exc)) from exc
    names = {s.name for s in doc.styles}
    missing = [n for n in REQUIRED_STYLES if n not in names]
    if missing:
        raise ExportError(translate("Errors", "The template {path} lacks the styles {styles}. Add them in Word "
                                              "(apply each heading once and save) or export without a template.").format(
            path=path, styles=", ".join(missing)))
    return doc


def clear_body(doc: Any) -> None:
    """Remove a template's own text, keeping its section (page size, margins, headers)."""
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


# -- fonts and styles -----------------------------------------------------------

def set_rfonts(rpr: Any, east: str, latin: str) -> None:
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rfonts.get(qn(attr)) is not None:
            del rfonts.attrib[qn(attr)]
    rfonts.set(qn("w:ascii"), latin)
    rfonts.set(qn("w:hAnsi"), latin)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:cs"), latin)


def style_fonts(style: Any, east: str, latin: str) -> None:
    rpr = style.element.get_or_add_rPr()
    set_rfonts(rpr, east, latin)


def setup_styles(doc: Any, own_template: bool) -> None:
    """Fonts, sizes and spacing of the report's styles; adds the table, caption and TOC styles if missing."""
    styles = doc.styles
    if not own_template:
        # document defaults: 仿宋, Chinese language, no theme fonts
        defaults = styles.element.find(qn("w:docDefaults"))
        if defaults is not None:
            rpr = defaults.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
            if rpr is not None:
                set_rfonts(rpr, BODY_FONT, LATIN_FONT)
                lang = rpr.find(qn("w:lang"))
                if lang is not None:
                    lang.set(qn("w:eastAsia"), "zh-CN")
        normal = styles["Normal"]
        style_fonts(normal, BODY_FONT, LATIN_FONT)
        normal.font.size = Pt(12)
        pf = normal.paragraph_format
        pf.line_spacing = 1.5
        pf.space_after = Pt(0)
        pf.space_before = Pt(0)
        ppr = normal.element.get_or_add_pPr()
        ind = ppr.find(qn("w:ind"))
        if ind is None:
            ind = OxmlElement("w:ind")
            ppr.append(ind)
        ind.set(qn("w:firstLineChars"), "200")  # two characters, whatever the font size
        ind.set(qn("w:firstLine"), "480")
        pf.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        for level in range(1, 5):
            st = styles[f"Heading {level}"]
            style_fonts(st, HEADING_FONT, HEADING_FONT)
            st.font.size = Pt(HEADING_SIZES[level])
            st.font.bold = level <= 2 or None
            st.font.color.rgb = RGBColor(0, 0, 0)
            st.font.italic = False
            color = st.element.rPr.find(qn("w:color"))
            if color is not None:
                for attr in ("w:themeColor", "w:themeShade"):
                    if color.get(qn(attr)) is not None:
                        del color.attrib[qn(attr)]
            hpf = st.paragraph_format
            hpf.space_before = Pt(12 if level == 1 else 6)
            hpf.space_after = Pt(6 if level == 1 else 3)
            hpf.line_spacing = 1.5
            hpf.keep_with_next = True
            hpf.first_line_indent = Cm(0.85) if level > 1 else Cm(0)
            hppr = st.element.get_or_add_pPr()
            hind = hppr.find(qn("w:ind"))
            if hind is None:
                hind = OxmlElement("w:ind")
                hppr.append(hind)
            hind.set(qn("w:firstLineChars"), "0" if level == 1 else "200")
        title = styles["Title"]
        tppr0 = title.element.get_or_add_pPr()
        border = tppr0.find(qn("w:pBdr"))
        if border is not None:  # the default template underlines the title in blue
            tppr0.remove(border)
        style_fonts(title, HEADING_FONT, HEADING_FONT)
        title.font.color.rgb = RGBColor(0, 0, 0)
        title.font.size = Pt(26)
    else:
        for level in range(1, 5):
            st = styles[f"Heading {level}"]
            rpr = st.element.rPr
            rfonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
            # keep the template's fonts, but a theme East-Asian font would hide w:eastAsia
            if rfonts is not None and rfonts.get(qn("w:eastAsia")) and rfonts.get(qn("w:eastAsiaTheme")):
                del rfonts.attrib[qn("w:eastAsiaTheme")]

    names = {s.name for s in styles}
    if TABLE_STYLE not in names:
        ts = styles.add_style(TABLE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        ts.base_style = styles["Normal"]
        ts.font.size = Pt(10.5)
        tpf = ts.paragraph_format
        tpf.alignment = WD_ALIGN_PARAGRAPH.LEFT  # justified CJK text in narrow cells spreads out letter by letter
        tpf.line_spacing = 1.0
        tpf.first_line_indent = Cm(0)
        tpf.space_before = Pt(1)
        tpf.space_after = Pt(1)
        tppr = ts.element.get_or_add_pPr()
        tind = tppr.find(qn("w:ind"))
        if tind is None:
            tind = OxmlElement("w:ind")
            tppr.append(tind)
        tind.set(qn("w:firstLineChars"), "0")
        tind.set(qn("w:firstLine"), "0")
    if CAPTION_STYLE not in names:
        styles.add_style(CAPTION_STYLE, WD_STYLE_TYPE.PARAGRAPH).base_style = styles["Normal"]
    cap = styles[CAPTION_STYLE]
    if not own_template:
        style_fonts(cap, HEADING_FONT, HEADING_FONT)
        cap.font.size = Pt(10.5)
        cap.font.bold = False
        cap.font.italic = False
        cap.font.color.rgb = RGBColor(0, 0, 0)
        cpf = cap.paragraph_format
        cpf.alignment = WD_ALIGN_PARAGRAPH.CENTER
        cpf.first_line_indent = Cm(0)
        cpf.space_before = Pt(6)
        cpf.space_after = Pt(3)
        cpf.keep_with_next = True
        cppr = cap.element.get_or_add_pPr()
        cind = cppr.find(qn("w:ind"))
        if cind is None:
            cind = OxmlElement("w:ind")
            cppr.append(cind)
        cind.set(qn("w:firstLineChars"), "0")
    for level in (1, 2, 3):
        name = f"toc {level}"
        if name not in names:
            st = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            st.base_style = styles["Normal"]
            st.paragraph_format.left_indent = Cm(0.74 * (level - 1))
            st.paragraph_format.first_line_indent = Cm(0)
            st.paragraph_format.line_spacing = 1.5
            tppr = st.element.get_or_add_pPr()
            ind = tppr.find(qn("w:ind"))
            if ind is not None:
                ind.set(qn("w:firstLineChars"), "0")
