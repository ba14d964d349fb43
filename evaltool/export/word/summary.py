"""摘要 (the summary before chapter 一): result, grade, level-1 table, main findings.

When the team wrote a conclusion section it is the summary (the generated level-1 table
is added if their text has none); otherwise the summary is generated from the scores
and the first-level headings of the achievements / problems / suggestions sections.
"""
from __future__ import annotations

from evaltool.export.drafts import fmt_date, section_text
from evaltool.export.report_text import heading_items, parse_narrative
from evaltool.export.word.document import ReportBuilder, cell_text
from evaltool.scoring import fmt_score


def write_summary(b: ReportBuilder) -> None:
    d, sm = b.d, b.d.summary
    b.heading(1, b.t("abstract"), numbered=False)
    text = d.sections.get("conclusion", "").strip()
    if text:
        before = len(b.doc.tables)
        b.narrative(text, base=1)
        has_l1 = any(cell_text(t, 0, 0) == b.t("l1") for t in b.doc.tables[before:])
        if not has_l1:
            b.para(b.t("abstract_result").format(total=fmt_score(sm.total), grade=b.grade()))
            b.level1_table()
        return
    p = d.project
    sep = b.t("list_sep")
    # a fact not recorded leaves its clause out (never a "—" in the client's report)
    agency = p.get("evaluation_agency") or ("评价组" if b.lang != "en" else "The evaluation team")
    key = "abstract_intro" if p.get("commissioning_body") else "abstract_intro_plain"
    intro = b.t(key).format(commissioner=p.get("commissioning_body") or "", agency=agency,
                            unit=p.get("budget_unit") or "", name=p["name"],
                            l1names=sep.join(r.name for r in sm.level1))
    if p.get("reference_date"):
        intro += b.t("abstract_reference").format(date=fmt_date(p["reference_date"], b.lang))
    b.para(intro)
    b.para(b.t("abstract_result").format(total=fmt_score(sm.total), grade=b.grade()))
    b.level1_table()
    for key, sentence in (("achievements", "abstract_achievements"), ("problems", "abstract_problems"),
                          ("suggestions", "abstract_suggestions")):
        if key in ("problems", "suggestions") and d.problems:
            items = [(pr.title if key == "problems" else (pr.suggestion_title or pr.title)).rstrip("。；;")
                     for pr in d.problems][:8]
        else:
            items = _summary_items(section_text(d, key))
        if items:
            b.para(b.t(sentence).format(items=b.t("item_sep").join(items)))


def _summary_items(text: str) -> list[str]:
    """Up to eight headline items of a narrative section (its 一是… / （一） headings)."""
    items = heading_items(text, 3)
    if not items:
        blocks = parse_narrative(text)
        levels = sorted({b.level for b in blocks if b.kind == "heading"})
        if len(levels) > 1:
            items = [b.text for b in blocks if b.kind == "heading" and b.level == levels[1]]
    return [i.rstrip("。；;") for i in items][:8]
