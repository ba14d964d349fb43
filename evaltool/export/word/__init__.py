"""The Word report (绩效评价报告) in the shape of seeds 000 and 004, one module per part.

Cover → 目录 (TOC field) → 摘要 → 一、项目基本情况 → 二、绩效评价结果 (conclusion,
targets, satisfaction) → 三、经验、问题与建议 → 附件1 指标得分表 → 附件2 绩效评价指标分析
→ 附件3 佐证材料登记表.

Modules: ``styles`` (fonts, styles, the user's template), ``document`` (``ReportBuilder``:
headings, paragraphs, captions, tables, narrative, fields), ``tables`` (a table's rows as one
XML string, parsed once: the report's size grows with its tables), ``cover`` (cover and TOC),
``summary`` (摘要), ``basics`` / ``results`` / ``lessons`` (chapters 一 to 三),
``appendices`` (附件1–3).

To add a chapter: write ``evaltool/export/word/<name>.py`` with
``def write_<name>(b: ReportBuilder) -> None`` that starts with
``b.heading(1, title)`` (numbered: it gets the next 一、二、三… by its place) and writes
through ``b`` (``b.d`` is the collected ``ReportData``; put any new data in
``export.data.collect``), then add it to ``CHAPTERS`` below in reading order. An appendix
starts with ``b.page_break()`` and an unnumbered heading and goes in ``APPENDICES``.
Labels in both report languages live in ``export.report_text.LABELS``.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.shared import Cm

from evaltool.export.data import ReportData
from evaltool.export.report_text import L
from evaltool.export.word.appendices import write_evidence_register, write_indicator_analysis, write_score_sheet_note
from evaltool.export.word.basics import write_basics
from evaltool.export.word.contracts import write_contracts
from evaltool.export.word.cover import fill_toc, toc_placeholder, write_cover
from evaltool.export.word.document import ReportBuilder, Step, page_footer, update_fields_on_open
from evaltool.export.word.evaluation_work import write_evaluation_work
from evaltool.export.word.lessons import write_lessons
from evaltool.export.word.results import write_results
from evaltool.export.word.styles import clear_body, load_template, setup_styles
from evaltool.export.word.summary import write_summary

Part = Callable[[ReportBuilder], None]

# The numbered chapters after the summary, in reading order (一、二、三…).
CHAPTERS: tuple[Part, ...] = (
    write_basics,  # 一、项目基本情况
    write_evaluation_work,  # 二、评价工作开展情况
    write_results,  # 三、绩效评价结果
    write_contracts,  # 四、服务合同月度考核与付款情况 (only when the project has contracts)
    write_lessons,  # 四/五、经验、问题与建议
)

# The appendices after the chapters, each on a new page.
APPENDICES: tuple[Part, ...] = (
    write_score_sheet_note,  # 附件1. 绩效评价指标得分表
    write_indicator_analysis,  # 附件2. 绩效评价指标分析
    write_evidence_register,  # 附件3. 佐证材料登记表
)


def write_docx(data: ReportData, path: Path, *, template: Path | None = None,
               step: Step = lambda f: None, xlsx_name: str | None = None) -> list[str]:
    """Build the report and save it to ``path`` (the caller renames it into place).

    ``template``: a .docx whose styles (and page setup) are used; ExportError if unusable.
    ``step(fraction)`` reports progress from 0.0 to 1.0. Returns the TOC's entries in order
    (``export.libreoffice`` numbers them).
    """
    doc = load_template(template) if template is not None else Document()
    own = template is not None
    if own:
        clear_body(doc)
    if xlsx_name:
        data.xlsx_name = xlsx_name
    setup_styles(doc, own)
    section = doc.sections[0]
    if not own:
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        section.top_margin = section.bottom_margin = Cm(2.54)
        section.left_margin = section.right_margin = Cm(3.0)
    section.different_first_page_header_footer = True  # no page number on the cover
    page_footer(section)
    b = ReportBuilder(data, doc, step)
    step(0.05)
    write_cover(b)
    b.page_break()
    anchor = toc_placeholder(b)
    b.page_break()
    write_summary(b)
    step(0.1)
    b.page_break()
    for chapter in CHAPTERS:
        chapter(b)
    step(0.3)
    for appendix in APPENDICES:
        appendix(b)
    fill_toc(b, anchor)  # last: it lists the headings every part wrote
    update_fields_on_open(doc)
    core = doc.core_properties
    core.title = f"{data.project['name']} {L('report_title', data.lang)}"
    core.author = data.project.get("evaluation_agency") or "evaltool"
    core.language = "zh-CN" if data.lang != "en" else "en-GB"
    step(0.95)
    doc.save(str(path))
    step(1.0)
    return [text for _level, text in b.toc]


__all__ = ["APPENDICES", "CHAPTERS", "ReportBuilder", "load_template", "write_docx"]
