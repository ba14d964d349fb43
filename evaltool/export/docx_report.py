"""The Word report (绩效评价报告) in the shape of seeds 000 and 004.

Cover → 目录 (TOC field) → 摘要 (score, grade, level-1 table, achievements,
problems, suggestions) → 一、项目基本情况 → 二、绩效评价结果 (conclusion, targets,
satisfaction) → 三、经验、问题与建议 → 附件1 指标得分表 → 附件2 绩效评价指标分析
(per level-1 a sentence, per level-2 a table, per leaf its comment ending with its
score) → 附件3 佐证材料登记表.

Word details that matter to the people who open it:
- built-in heading styles (Heading 1–4), so Word's navigation pane and the TOC
  field work; numbering 一、（一）1.（1） is written into the heading text, which is
  how government documents are typed and survives any template;
- East-Asian fonts set explicitly (黑体 headings, 仿宋 body): the default template's
  ``w:eastAsiaTheme`` attributes are removed, because a theme font overrides
  ``w:eastAsia`` and Word would show the theme's font instead;
- table header rows repeat on each page (``w:tblHeader``); rows do not split;
- page numbers in the footer (PAGE field); the TOC is pre-filled with the headings
  and Word refreshes its page numbers on opening (``w:updateFields``).
"""
from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from evaltool.errors import ExportError
from evaltool.export.data import ReportData
from evaltool.export.report_text import (
    L,
    heading_items,
    heading_marker,
    leaf_paragraphs,
    parse_narrative,
    score_cells,
    status_label,
)
from evaltool.framework import Node
from evaltool.i18n import translate
from evaltool.scoring import fmt_rate, fmt_score

HEADING_FONT = "黑体"
BODY_FONT = "仿宋"
LATIN_FONT = "Times New Roman"
REQUIRED_STYLES = ("Normal", "Heading 1", "Heading 2", "Heading 3", "Heading 4")
TABLE_STYLE = "Evaltool Table Text"
CAPTION_STYLE = "Caption"
HEADING_SIZES = {1: 16, 2: 14, 3: 12, 4: 12}


# -- template -----------------------------------------------------------------

def load_template(path: Path) -> Any:
    """Open a user's .docx as the style source; ExportError if unusable."""
    if not path.is_file():
        raise ExportError(translate("Errors", "The template {path} does not exist.").format(path=path))
    try:
        doc = Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ExportError(translate("Errors", "The template {path} is not a readable Word .docx file ({error}). Save it again from Word as .docx, or export without a template.").format(
            path=path, error=exc)) from exc
    except Exception as exc:
        raise ExportError(translate("Errors", "The template {path} is damaged ({error}). Save it again from Word as .docx, or export without a template.").format(
            path=path, error=exc)) from exc
    names = {s.name for s in doc.styles}
    missing = [n for n in REQUIRED_STYLES if n not in names]
    if missing:
        raise ExportError(translate("Errors", "The template {path} lacks the styles {styles}. Add them in Word (apply each heading once and save) or export without a template.").format(
            path=path, styles=", ".join(missing)))
    return doc


def _clear_body(doc: Any) -> None:
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


# -- fonts and styles -----------------------------------------------------------

def _set_rfonts(rpr: Any, east: str, latin: str) -> None:
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


def _style_fonts(style: Any, east: str, latin: str) -> None:
    rpr = style.element.get_or_add_rPr()
    _set_rfonts(rpr, east, latin)


def _setup_styles(doc: Any, own_template: bool) -> None:
    styles = doc.styles
    if not own_template:
        # document defaults: 仿宋, Chinese language, no theme fonts
        defaults = styles.element.find(qn("w:docDefaults"))
        if defaults is not None:
            rpr = defaults.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
            if rpr is not None:
                _set_rfonts(rpr, BODY_FONT, LATIN_FONT)
                lang = rpr.find(qn("w:lang"))
                if lang is not None:
                    lang.set(qn("w:eastAsia"), "zh-CN")
        normal = styles["Normal"]
        _style_fonts(normal, BODY_FONT, LATIN_FONT)
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
            _style_fonts(st, HEADING_FONT, HEADING_FONT)
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
        _style_fonts(title, HEADING_FONT, HEADING_FONT)
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
        _style_fonts(cap, HEADING_FONT, HEADING_FONT)
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


# -- fields ---------------------------------------------------------------------

def _field_runs(paragraph: Any, instr: str, cached: str = "") -> None:
    def run_with(child: Any) -> None:
        r = OxmlElement("w:r")
        r.append(child)
        paragraph._p.append(r)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    run_with(it)
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run_with(sep)
    if cached:
        paragraph.add_run(cached)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def _page_footer(section: Any) -> None:
    footer = section.footer
    footer.is_linked_to_previous = False
    xml = footer._element.xml
    if "PAGE" in xml:
        return
    p = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.first_line_indent = Cm(0)
    p.add_run("— ")
    _field_runs(p, "PAGE", "1")
    p.add_run(" —")


def _update_fields_on_open(doc: Any) -> None:
    settings = doc.settings.element
    if settings.find(qn("w:updateFields")) is None:
        uf = OxmlElement("w:updateFields")
        uf.set(qn("w:val"), "true")
        settings.append(uf)


# -- the builder ------------------------------------------------------------------

class ReportBuilder:
    def __init__(self, data: ReportData, doc: Any, step: Callable[[float], None]) -> None:
        self.d = data
        self.doc = doc
        self.lang = data.lang
        self.step = step
        self.counters = [0] * 6
        self.toc: list[tuple[int, str]] = []
        # style ids, set straight into w:pStyle: python-docx's lookup by style object scans
        # every style of the document on each call (most of the export time otherwise)
        self.sid = {n: doc.styles[n].style_id for n in REQUIRED_STYLES + (TABLE_STYLE, CAPTION_STYLE)}
        self.sid["Normal"] = None
        self._sect: Any = None

    def add_p(self, text: str = "", style: str = "Normal") -> Any:
        # Inserted right before the body's sectPr: python-docx's add_paragraph searches the
        # body's children for it on every call, which is quadratic in long reports.
        sect = self.doc.element.body.find(qn("w:sectPr")) if self._sect is None else self._sect
        self._sect = sect
        el = OxmlElement("w:p")
        if sect is not None:
            sect.addprevious(el)
        else:
            self.doc.element.body.append(el)
        p = Paragraph(el, self.doc._body)
        sid = self.sid.get(style)
        if sid:
            el.style = sid
        if text:
            p.add_run(text)
        return p

    def t(self, key: str) -> str:
        return L(key, self.lang)

    # paragraphs --------------------------------------------------------------
    def heading(self, level: int, text: str, numbered: bool = True) -> None:
        level = max(1, min(level, 4))
        if numbered:
            self.counters[level] += 1
            for deeper in range(level + 1, len(self.counters)):
                self.counters[deeper] = 0
            text = heading_marker(level, self.counters[level], self.lang) + text
        else:
            for deeper in range(level + 1, len(self.counters)):
                self.counters[deeper] = 0
            if level == 1:
                self.counters[1] = 0
        self.add_p(text, f"Heading {level}")
        if level <= 2:
            self.toc.append((level, text))

    def para(self, text: str, bold: bool = False, align: Any = None) -> Any:
        p = self.add_p()
        run = p.add_run(text)
        if bold:
            run.bold = True
        if align is not None:
            p.alignment = align
            p.paragraph_format.first_line_indent = Cm(0)
        return p

    def caption(self, text: str) -> None:
        self.add_p(f"{self.t('table')} {text}" if self.lang != "en" else f"{self.t('table')}: {text}", CAPTION_STYLE)

    def page_break(self) -> None:
        self.add_p().add_run().add_break(WD_BREAK.PAGE)

    # tables ----------------------------------------------------------------------
    def table(self, headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float],
              merge_cols: Sequence[int] = (), bold_last: bool = False, align_left: Sequence[int] = ()) -> Any:
        ncols = len(headers)
        tbl = self.doc.add_table(rows=1 + len(rows), cols=ncols)
        try:
            tbl.style = self.doc.styles["Table Grid"]
        except KeyError:
            _borders(tbl)
        tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
        tbl.autofit = False
        for gc, w in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), widths):
            gc.set(qn("w:w"), str(int(Cm(w).twips)))
        tstyle = self.sid[TABLE_STYLE]
        # cells straight from the XML: python-docx's row.cells rebuilds the whole table's
        # cell grid on every call (quadratic in the table's size)
        trs = list(tbl._tbl.tr_lst)
        grid = [[_Cell(tc, tbl) for tc in tr.tc_lst] for tr in trs]
        twips = [str(int(Cm(w).twips)) for w in widths]
        for r_i, tr in enumerate(trs):
            values = headers if r_i == 0 else rows[r_i - 1]
            tr_pr = tr.get_or_add_trPr()
            tr_pr.append(OxmlElement("w:cantSplit"))
            if r_i == 0:
                hdr = OxmlElement("w:tblHeader")
                hdr.set(qn("w:val"), "true")
                tr_pr.append(hdr)
            bold = r_i == 0 or (bold_last and r_i == len(trs) - 1)
            for c_i, cell in enumerate(grid[r_i]):
                tc_pr = cell._tc.get_or_add_tcPr()
                tcw = OxmlElement("w:tcW")
                tcw.set(qn("w:w"), twips[c_i])
                tcw.set(qn("w:type"), "dxa")
                tc_pr.append(tcw)
                p_el = cell._tc.p_lst[0]
                p_el.style = tstyle
                text = values[c_i] if c_i < len(values) else ""
                p = Paragraph(p_el, cell)
                run = p.add_run(str(text) if text is not None else "")
                if bold:
                    run.bold = True
                    _shade(cell, "F2F2F2" if r_i == 0 else "FFFFFF")
                if r_i == 0 or c_i not in align_left:
                    p_el.get_or_add_pPr().jc_val = WD_ALIGN_PARAGRAPH.CENTER
        for c in merge_cols:
            _merge_runs(grid, c, skip_last=bold_last)
        return tbl

    def picture(self, png: bytes, width_cm: float = 15.0) -> None:
        self.doc.add_picture(io.BytesIO(png), width=Cm(width_cm))
        self.doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
        self.doc.paragraphs[-1].paragraph_format.first_line_indent = Cm(0)

    # narrative -------------------------------------------------------------------
    def narrative(self, text: str, base: int, generated: Sequence[tuple[int, str]] = ()) -> list[str]:
        """Write a narrative section under heading level ``base``.

        Its own numbered headings are renumbered to fit (the deepest marker kind
        the text uses at its top becomes ``base + 1``). ``generated`` headings are
        written first unless the text starts with a heading of that level.
        Returns the titles of the narrative's headings.
        """
        blocks = parse_narrative(text)
        levels = [b.level for b in blocks if b.kind == "heading"]
        top = min(levels) if levels else 0

        def mapped(level: int) -> int:
            return base + 1 + (level - top)

        first = blocks[0] if blocks else None
        for level, title in generated:
            if first is not None and first.kind == "heading" and mapped(first.level) <= level:
                break
            self.heading(level, title)
        titles = []
        for b in blocks:
            if b.kind == "heading":
                lvl = mapped(b.level)
                titles.append(b.text)
                if lvl <= 4:
                    self.heading(lvl, b.text)
                else:
                    self.para(b.text, bold=True)
            elif b.kind == "table" and b.rows:
                if _is_level1_table(b):
                    self.level1_table(caption=b.text)
                else:
                    self.caption(b.text)
                    n = len(b.rows[0])
                    self.table(b.rows[0], b.rows[1:], [15.0 / n] * n)
            else:
                self.para(b.text)
        return titles

    # generated parts -------------------------------------------------------------
    def level1_table(self, caption: str | None = None) -> None:
        sm = self.d.summary
        self.caption(caption or self.t("l1_table"))
        rows = [[r.name, fmt_score(r.weight), fmt_score(r.score), fmt_rate(r.rate)] for r in sm.level1]
        for r in sm.negative:
            rows.append([r.name, fmt_score(r.weight), fmt_score(r.score), ""])
        rows.append([self.t("total"), fmt_score(sm.weight), fmt_score(sm.total), fmt_rate(sm.rate)])
        self.table([self.t("l1"), self.t("weight"), self.t("score"), self.t("rate")], rows, [5.0, 3.0, 3.0, 3.0],
                   bold_last=True)

    def cover(self) -> None:
        p = self.d.project
        for _ in range(5):
            self.para("")
        title = self.doc.add_paragraph(p["name"], style=self.doc.styles["Title"])
        title.alignment = WD_ALIGN_PARAGRAPH.CENTER
        title.paragraph_format.first_line_indent = Cm(0)
        sub = self.doc.add_paragraph(self.t("report_title"), style=self.doc.styles["Title"])
        sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
        sub.paragraph_format.first_line_indent = Cm(0)
        for _ in range(8):
            self.para("")
        for key, value in (("commissioned_by", p.get("commissioning_body")), ("agency", p.get("evaluation_agency")),
                           ("budget_unit", p.get("budget_unit")), ("reference_date", p.get("reference_date"))):
            if value:
                self.para(f"{self.t(key)}：{value}" if self.lang != "en" else f"{self.t(key)}: {value}",
                          align=WD_ALIGN_PARAGRAPH.CENTER)
        when = p.get("report_date") or date.today().isoformat()
        try:
            y, m = int(when[:4]), int(when[5:7])
            self.para(self.t("cover_date").format(y=y, m=m), align=WD_ALIGN_PARAGRAPH.CENTER)
        except ValueError:
            self.para(when, align=WD_ALIGN_PARAGRAPH.CENTER)

    def toc_block(self) -> Any:
        p = self.add_p(self.t("toc"))
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.first_line_indent = Cm(0)
        p.runs[0].bold = True
        p.runs[0].font.size = Pt(16)
        anchor = self.add_p()
        return anchor

    def fill_toc(self, anchor: Any) -> None:
        """A TOC field pre-filled with the headings (Word refreshes it, with page numbers)."""
        entries = self.toc or [(1, "")]
        first = OxmlElement("w:p")
        anchor._p.addprevious(first)
        paras = []
        for level, text in entries:
            p = OxmlElement("w:p")
            ppr = OxmlElement("w:pPr")
            ps = OxmlElement("w:pStyle")
            ps.set(qn("w:val"), self.doc.styles[f"toc {level}"].style_id)
            ppr.append(ps)
            p.append(ppr)
            r = OxmlElement("w:r")
            t = OxmlElement("w:t")
            t.text = text
            t.set(qn("xml:space"), "preserve")
            r.append(t)
            p.append(r)
            paras.append(p)
        # field begin + instruction in the first entry, end after the last
        head = paras[0]

        def fld(kind: str) -> Any:
            r = OxmlElement("w:r")
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r.append(fc)
            return r

        instr_r = OxmlElement("w:r")
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = ' TOC \\o "1-2" \\h \\z \\u '
        instr_r.append(it)
        ppr = head.find(qn("w:pPr"))
        ppr.addnext(fld("begin"))
        head[1].addnext(instr_r)
        instr_r.addnext(fld("separate"))
        paras[-1].append(fld("end"))
        first.getparent().remove(first)
        for p in paras:
            anchor._p.addprevious(p)
        hint = anchor
        hint.add_run(self.t("toc_hint")).italic = True
        hint.alignment = WD_ALIGN_PARAGRAPH.CENTER
        hint.paragraph_format.first_line_indent = Cm(0)

    def abstract(self) -> None:
        d, sm = self.d, self.d.summary
        self.heading(1, self.t("abstract"), numbered=False)
        text = d.sections.get("conclusion", "").strip()
        if text:
            before = len(self.doc.tables)
            self.narrative(text, base=1)
            has_l1 = any(_cell_text(t, 0, 0) == self.t("l1") for t in self.doc.tables[before:])
            if not has_l1:
                self.para(self.t("abstract_result").format(total=fmt_score(sm.total), grade=sm.grade if self.lang != "en" else sm.grade_en or sm.grade))
                self.level1_table()
            return
        p = d.project
        sep = self.t("list_sep")
        self.para(self.t("abstract_intro").format(
            commissioner=p.get("commissioning_body") or "—", agency=p.get("evaluation_agency") or "—",
            unit=p.get("budget_unit") or "", name=p["name"], l1names=sep.join(r.name for r in sm.level1)))
        self.para(self.t("abstract_result").format(total=fmt_score(sm.total), grade=self.grade()))
        self.level1_table()
        for key, sentence in (("achievements", "abstract_achievements"), ("problems", "abstract_problems"),
                              ("suggestions", "abstract_suggestions")):
            items = _summary_items(d.sections.get(key, ""))
            if items:
                self.para(self.t(sentence).format(items=self.t("item_sep").join(items)))

    def grade(self) -> str:
        sm = self.d.summary
        return sm.grade_en or sm.grade if self.lang == "en" else sm.grade

    def basic(self) -> None:
        d = self.d
        self.heading(1, self.t("basic"))
        self.narrative(d.sections.get("background", ""), base=1,
                       generated=[(2, self.t("overview")), (3, self.t("background"))])
        if not d.sections.get("background", "").strip():
            self._project_facts()
        titles = self.narrative(d.sections.get("implementation", ""), base=1)
        rows = self._funds_rows()
        if rows:
            if not any("资金" in t or "fund" in t.lower() for t in titles):
                self.heading(2, self.t("funds"))
            self.caption(self.t("funds_table"))
            self.table([self.t("item"), self.t("approved"), self.t("adjusted"), self.t("actual"),
                        self.t("adjust_rate"), self.t("exec_rate")], rows, [5.0, 2.2, 2.2, 2.2, 2.2, 2.2],
                       bold_last=len(rows) > 1, align_left=(0,))

    def _project_facts(self) -> None:
        p = self.d.project
        for key in ("budget_unit", "competent_department", "commissioned_by", "agency", "reference_date"):
            field = {"commissioned_by": "commissioning_body", "agency": "evaluation_agency"}.get(key, key)
            if p.get(field):
                self.para(f"{self.t(key)}：{p[field]}" if self.lang != "en" else f"{self.t(key)}: {p[field]}")

    def _funds_rows(self) -> list[list[str]]:
        p = self.d.project

        def row(name: str, approved: Any, adjusted: Any, actual: Any) -> list[str]:
            adj_rate = (approved - adjusted) / approved if approved and adjusted is not None else None
            exe_rate = actual / adjusted if adjusted and actual is not None else None
            return [name, _money(approved), _money(adjusted), _money(actual), fmt_rate(adj_rate), fmt_rate(exe_rate)]

        rows = []
        subs = ((p.get("settings") or {}).get("money") or {}).get("sub_projects") or []
        for sp in subs:
            if isinstance(sp, dict):
                rows.append(row(str(sp.get("name", "")), sp.get("approved"), sp.get("adjusted"), sp.get("actual")))
        if any(p.get(k) is not None for k in ("budget_approved", "budget_adjusted", "actual_spending")):
            rows.append(row(self.t("total") if rows else p["name"], p.get("budget_approved"),
                            p.get("budget_adjusted"), p.get("actual_spending")))
        return rows

    def results(self) -> None:
        d, sm = self.d, self.d.summary
        self.heading(1, self.t("results"))
        self.heading(2, self.t("conclusion"))
        n2 = len(sm.level2)
        n3 = sum(1 for _ in d.leaves)
        self.para(self.t("conclusion_sentence").format(n1=len(sm.level1), n2=n2, n3=n3, total=fmt_score(sm.total),
                                                        grade=self.grade()))
        for f in d.flags:
            key = "conclusion_flags_veto" if f["kind"] == "veto" else "conclusion_flags_downgrade"
            self.para(self.t(key).format(reason=f["reason"] or "—"))
        if d.targets:
            self.heading(2, self.t("targets"))
            for kind, cap in (("declared", "declared_table"), ("self_eval", "self_eval_table")):
                rows = [t for t in d.targets if t.table_kind == kind]
                if not rows:
                    continue
                if kind == "declared":
                    counts = {s: sum(1 for t in rows if t.status == s) for s in ("met", "partly", "not_met", "unknown")}
                    unknown = self.t("targets_unknown").format(n=counts["unknown"]) if counts["unknown"] else ""
                    self.para(self.t("targets_sentence").format(n=len(rows), met=counts["met"], partly=counts["partly"],
                                                                not_met=counts["not_met"], unknown=unknown))
                self.caption(self.t(cap))
                self.table([self.t("l1"), self.t("l2"), self.t("l3"), self.t("target_value"), self.t("actual_value"),
                            self.t("status")],
                           [[t.level1, t.level2, t.name, t.target_text, t.actual_text, status_label(t.status, self.lang)]
                            for t in rows], [2.0, 2.6, 4.2, 2.6, 2.6, 1.8], merge_cols=(0, 1), align_left=(2,))
        if d.surveys:
            self.heading(2, self.t("satisfaction"))
            for sv in d.surveys:
                if not sv.groups:
                    continue
                ov = sv.overall
                if ov and ov.get("n"):
                    self.para(self.t("satisfaction_sentence").format(n=ov["n"], rate=fmt_rate(ov.get("rate"))))
                self.caption(f"{sv.name} — {self.t('satisfaction_table')}" if sv.name else self.t("satisfaction_table"))
                rows = [[g["name"], "" if g["n"] is None else str(g["n"]), fmt_rate(g["rate"])] for g in sv.groups]
                if ov:
                    rows.append([self.t("overall"), "" if ov.get("n") is None else str(ov["n"]), fmt_rate(ov.get("rate"))])
                self.table([self.t("group"), self.t("sample"), self.t("satisfaction_rate")], rows, [6.0, 3.0, 3.0],
                           bold_last=bool(ov))
                if sv.chart_png:
                    self.picture(sv.chart_png)

    def lessons(self) -> None:
        d = self.d
        self.heading(1, self.t("lessons"))
        for key in ("achievements", "problems", "suggestions"):
            if d.sections.get(key, "").strip():
                self.narrative(d.sections[key], base=1, generated=[(2, self.t(key))])

    def appendices(self) -> None:
        d, sm = self.d, self.d.summary
        self.page_break()
        self.heading(1, self.t("appendix1"), numbered=False)
        self.para(self.t("appendix1_note").format(name=f"《{d.xlsx_name}》" if d.xlsx_name and self.lang != "en"
                                                  else (f" “{d.xlsx_name}”" if d.xlsx_name else "")))
        self.page_break()
        self.heading(1, self.t("appendix2"), numbered=False)
        rows_by_id = {r.id: r for r in sm.level1 + sm.level2 + sm.negative}
        leaves = sm.leaves
        total_leaves = max(1, len(leaves))
        done = 0
        sep = self.t("list_sep")
        for l1 in d.roots:
            r1 = rows_by_id.get(l1.id)
            self.heading(2, l1.name)
            w, s, rate = score_cells(l1.weight, r1.score if r1 else None)
            self.para(self.t("l1_sentence").format(name=l1.name, children=sep.join(c.name for c in l1.children),
                                                  k=len(l1.children), weight=w, score=s, rate=rate))
            for l2 in l1.children:
                if l2.is_leaf:  # a two-level branch: the level-2 node is itself scored
                    done += 1
                    self._leaf(l2)
                    continue
                r2 = rows_by_id.get(l2.id)
                self.heading(3, l2.name)
                w, s, rate = score_cells(l2.weight, r2.score if r2 else None)
                self.para(self.t("l2_sentence").format(name=l2.name, children=sep.join(c.name for c in l2.children),
                                                      k=len(l2.children), weight=w, score=s, rate=rate))
                self.caption(self.t("l2_table").format(name=l2.name))
                rows = []
                for leaf in _leaves_under(l2):
                    lr = leaves.get(leaf.id)
                    rows.append([l2.name, leaf.name, *score_cells(leaf.weight, lr.score if lr else None)])
                rows.append([self.t("total"), "", *score_cells(l2.weight, r2.score if r2 else None)])
                tbl = self.table([self.t("l2"), self.t("l3"), self.t("weight"), self.t("score"), self.t("rate")], rows,
                                 [3.0, 5.0, 2.2, 2.2, 2.4], merge_cols=(0,), bold_last=True, align_left=(1,))
                last = tbl.rows[-1].cells
                last[0].merge(last[1])
                for leaf in _leaves_under(l2):
                    done += 1
                    self._leaf(leaf)
                    self.step(0.3 + 0.6 * done / total_leaves)

        if d.evidence is not None:
            self.page_break()
            self.heading(1, self.t("appendix3"), numbered=False)
            rows = [[str(e.get("no", i + 1)), str(e.get("title", "")), str(e.get("kind", "")), str(e.get("source", "")),
                     str(e.get("date") or ""), str(e.get("page_ref") or ""),
                     _join(e.get("indicators"))] for i, e in enumerate(d.evidence)]
            self.table([self.t("no"), self.t("title"), self.t("kind"), self.t("source"), self.t("date"),
                        self.t("page_ref"), self.t("indicators")], rows, [1.2, 5.0, 1.6, 1.6, 2.0, 1.4, 3.2],
                       align_left=(1, 6))

    def _leaf(self, leaf: Node) -> None:
        lr = self.d.summary.leaves.get(leaf.id)
        self.heading(4, leaf.name)
        for text in leaf_paragraphs(lr.comment if lr else "", lr.score if lr else None, self.lang):
            self.para(text)


def _leaves_under(node: Node) -> list[Node]:
    out: list[Node] = []
    for c in node.children:
        out.extend([c] if c.is_leaf else _leaves_under(c))
    return out


def _join(v: Any) -> str:
    if isinstance(v, (list, tuple)):
        return "、".join(str(x) for x in v)
    return "" if v is None else str(v)


def _money(v: Any) -> str:
    if v is None:
        return ""
    s = f"{float(v):.4f}".rstrip("0").rstrip(".")
    return s or "0"


def _summary_items(text: str) -> list[str]:
    items = heading_items(text, 3)
    if not items:
        blocks = parse_narrative(text)
        levels = sorted({b.level for b in blocks if b.kind == "heading"})
        if len(levels) > 1:
            items = [b.text for b in blocks if b.kind == "heading" and b.level == levels[1]]
    return [i.rstrip("。；;") for i in items][:8]


def _is_level1_table(block: Any) -> bool:
    return bool(block.rows) and (block.rows[0][0] in ("一级指标", "Level-1 indicator") or "一级指标" in block.text)


def _cell_text(tbl: Any, r: int, c: int) -> str:
    try:
        return tbl.rows[r].cells[c].text
    except IndexError:
        return ""


def _merge_runs(grid: list[list[Any]], col: int, skip_last: bool) -> None:
    """Merge vertically adjacent cells of ``col`` holding the same text (header excluded)."""
    body = grid[1:-1] if skip_last else grid[1:]
    start = 0
    texts = [r[col].text for r in body]
    for i in range(1, len(body) + 1):
        if i == len(body) or texts[i] != texts[start] or not texts[start]:
            if i - start > 1:
                top = body[start][col]
                for k in range(start + 1, i):
                    body[k][col].paragraphs[0].text = ""
                merged = top.merge(body[i - 1][col])
                # keep only the first paragraph's text
                for extra in merged.paragraphs[1:]:
                    extra._p.getparent().remove(extra._p)
            start = i


def _shade(cell: Any, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _borders(tbl: Any) -> None:
    tbl_pr = tbl._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tbl_pr.append(borders)


def write_docx(data: ReportData, path: Path, *, template: Path | None = None,
               step: Callable[[float], None] = lambda f: None, xlsx_name: str | None = None) -> None:
    """Build the report and save it to ``path`` (the caller renames it into place)."""
    own = template is not None
    doc = load_template(template) if own else Document()
    if own:
        _clear_body(doc)
    if xlsx_name:
        data.xlsx_name = xlsx_name
    _setup_styles(doc, own)
    section = doc.sections[0]
    if not own:
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        section.top_margin = section.bottom_margin = Cm(2.54)
        section.left_margin = section.right_margin = Cm(3.0)
    section.different_first_page_header_footer = True  # no page number on the cover
    _page_footer(section)
    b = ReportBuilder(data, doc, step)
    step(0.05)
    b.cover()
    b.page_break()
    anchor = b.toc_block()
    b.page_break()
    b.abstract()
    step(0.1)
    b.page_break()
    b.basic()
    b.results()
    b.lessons()
    step(0.3)
    b.appendices()
    b.fill_toc(anchor)
    _update_fields_on_open(doc)
    core = doc.core_properties
    core.title = f"{data.project['name']} {L('report_title', data.lang)}"
    core.author = data.project.get("evaluation_agency") or "evaltool"
    core.language = "zh-CN" if data.lang != "en" else "en-GB"
    step(0.95)
    doc.save(str(path))
    step(1.0)


__all__ = ["ReportBuilder", "load_template", "write_docx"]
