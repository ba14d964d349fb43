"""Chapter 三、绩效评价结果: the conclusion, the performance targets and the satisfaction survey.

- （一）评价结论: the framework and the result, the level-1 table, the charts of the score
  rates per level-1 and level-2 (图3-1, 图3-2), the grade bands as a note (seeds 000, 004),
  and how far the outputs were reached (seed 004's 预期产出目标…完成).
- （二）主要目标完成情况: per sub-project (contract) a count sentence and a table with each
  target's value, actual value, completion rate (96 of 100 → 96.00 %), status and the
  reason for a miss; then the misses with their reasons; the self-evaluation table and its
  differences from the target table.
- （三）满意度: the tally's own figures (valid n, top-two-box rate per group, the pooled
  overall rate — never an average), its table and chart.
"""
from __future__ import annotations

from evaltool.export.data import SurveyBlock
from evaltool.export.report_text import status_label
from evaltool.export.word.document import ReportBuilder
from evaltool.formatting import fmt_rate, fmt_score
from evaltool.targets import TargetRow, compare_tables_rows


def write_results(b: ReportBuilder) -> None:
    b.heading(1, b.t("results"))
    _conclusion(b)
    if b.d.targets:
        _targets(b)
    if b.d.surveys:
        b.heading(2, b.t("satisfaction"))
        for sv in b.d.surveys:
            if sv.groups:  # a survey without groups is listed in the export's omissions
                _satisfaction(b, sv)


def grade_note(b: ReportBuilder) -> str:
    """注：评价等级分为：优（90分（含）以上）、良（80分（含）-90分）… from the project's bands."""
    bands = sorted(b.d.project.get("grade_bands") or [], key=lambda x: -float(x.get("min", 0)))
    if not bands:
        return ""
    parts = []
    for i, band in enumerate(bands):
        name = (band.get("name_en") or band.get("name", "")) if b.lang == "en" else band.get("name", "")
        lo = fmt_score(float(band.get("min", 0)))
        if i == 0:
            parts.append(b.t("grade_band_top").format(name=name, lo=lo))
        elif i == len(bands) - 1 and float(band.get("min", 0)) <= 0:
            parts.append(b.t("grade_band_bottom").format(name=name, hi=fmt_score(float(bands[i - 1].get("min", 0)))))
        else:
            parts.append(b.t("grade_band").format(name=name, lo=lo, hi=fmt_score(float(bands[i - 1].get("min", 0)))))
    return b.t("grade_note").format(bands=b.t("list_sep").join(parts))


def _conclusion(b: ReportBuilder) -> None:
    d, sm = b.d, b.d.summary
    b.heading(2, b.t("conclusion"))
    n2 = sum(len(r.children) for r in d.roots if not r.is_negative)
    n3 = sum(1 for leaf in d.leaves if not leaf.is_negative)
    b.para(b.t("conclusion_sentence").format(n1=len(sm.level1), n2=n2, n3=n3, total=fmt_score(sm.total),
                                             grade=b.grade()))
    for f in d.flags:
        key = "conclusion_flags_veto" if f["kind"] == "veto" else "conclusion_flags_downgrade"
        b.para(b.t(key).format(reason=f["reason"] or ("相关情况" if b.lang != "en" else "see the record")))
    b.level1_table()
    note = grade_note(b)
    if note:
        b.note(note)
    if sm.output_grade:
        out_row = next((r for r in sm.level1 if r.name.strip() in ("产出", "产出指标")), None)
        if out_row is not None:
            b.para(b.t("output_grade").format(rate=fmt_rate(out_row.rate),
                                              grade=sm.output_grade_en if b.lang == "en" else sm.output_grade))
    if "level1" in d.charts:
        b.figure(d.charts["level1"], b.t("chart_level1"))
    if "level2" in d.charts:
        b.figure(d.charts["level2"], b.t("chart_level2"))


def _targets(b: ReportBuilder) -> None:
    """Per sub-project: the count sentence, the table with completion rates and reasons, the misses."""
    b.heading(2, b.t("targets"))
    declared = [t for t in b.d.targets if t.table_kind == "declared"]
    subs = list(dict.fromkeys(t.sub_project for t in declared))
    for sub in subs:
        rows = [t for t in declared if t.sub_project == sub]
        if len(subs) > 1 or sub:
            b.heading(3, b.t("targets_sub").format(name=sub or b.d.project["name"]))
        _count_sentence(b, rows, sub or b.d.project["name"])
        _target_table(b, rows, b.t("declared_table") if not sub else f"{sub}{b.t('declared_table')}"
                      if b.lang != "en" else f"{sub}: {b.t('declared_table')}")
        _misses(b, rows)
    own = [t for t in b.d.targets if t.table_kind == "self_eval"]
    if own:
        b.heading(3, b.t("self_eval_table"))
        with_scores = any(t.points is not None or t.self_score is not None for t in own)
        headers = [b.t("l1"), b.t("l2"), b.t("l3"), b.t("target_value"), b.t("actual_value")]
        widths = [1.8, 2.4, 4.0, 2.4, 2.4]
        if with_scores:
            headers += [b.t("points_col"), b.t("self_score")]
            widths = [1.6, 2.0, 3.4, 2.0, 2.0, 1.4, 1.4]
        headers += [b.t("status")]
        widths += [1.2 if with_scores else 2.0]
        table_rows = []
        for t in own:
            row = [t.level1, t.level2, t.name, t.target_text, t.actual_text]
            if with_scores:
                row += [fmt_score(t.points), fmt_score(t.self_score)]
            table_rows.append([*row, status_label(t.status, b.lang)])
        b.caption(b.t("self_eval_table"))
        b.table(headers, table_rows, widths, merge_cols=(0, 1), align_left=(2,))
        diffs = compare_tables_rows(b.d.targets)
        if diffs:
            b.caption(b.t("self_eval_compare"))
            b.table([b.t("sub_project"), b.t("l3"), b.t("declared_target"), b.t("self_target"), b.t("difference")],
                    [[x.sub_project, x.name + (f" / {x.self_eval_name}" if x.self_eval_name else ""), x.declared or "/",
                      x.self_eval or "/", x.message] for x in diffs],
                    [2.6, 3.4, 2.2, 2.2, 4.6], merge_cols=(0,), align_left=(1, 4))


def _count_sentence(b: ReportBuilder, rows: list[TargetRow], name: str) -> None:
    counts = {s: sum(1 for t in rows if t.status == s) for s in ("met", "partly", "not_met", "unknown")}
    unknown = b.t("targets_unknown").format(n=counts["unknown"]) if counts["unknown"] else ""
    share = (counts["met"] + counts["partly"]) / len(rows) if rows else None
    b.para(b.t("targets_sentence_sub").format(name=name, n=len(rows), met=counts["met"], partly=counts["partly"],
                                              not_met=counts["not_met"], unknown=unknown, share=fmt_rate(share)))


def _target_table(b: ReportBuilder, rows: list[TargetRow], caption: str) -> None:
    """The reasons of the misses follow the table as a list (``_misses``): long texts do not fit a column."""
    headers = [b.t("l1"), b.t("l2"), b.t("l3"), b.t("target_value"), b.t("actual_value"), b.t("completion"),
               b.t("status")]
    table_rows = [[t.level1, t.level2, t.name, t.target_text, t.actual_text, fmt_rate(t.completion),
                   status_label(t.status, b.lang)] for t in rows]
    b.caption(caption)
    b.table(headers, table_rows, [1.4, 2.0, 3.4, 1.9, 2.1, 2.1, 2.1], merge_cols=(0, 1), align_left=(2,))


def _misses(b: ReportBuilder, rows: list[TargetRow]) -> None:
    missed = [t for t in rows if t.status in ("not_met", "partly")]
    if not missed:
        return
    b.para(b.t("missed_intro"))
    sep = "；" if b.lang != "en" else "; "
    items = []
    for i, t in enumerate(missed, start=1):
        items.append(f"（{i}）" if b.lang != "en" else f"({i}) ")
        items[-1] += b.t("missed_item").format(name=t.name, target=t.target_text or "/", actual=t.actual_text or "/",
                                               rate=fmt_rate(t.completion) or "/",
                                               reason=(t.reason or t.note or b.t("missed_no_reason")).rstrip("。；;."))
        items[-1] += sep if i < len(missed) else ("。" if b.lang != "en" else ".")
    for text in items:
        b.para(text)


def _satisfaction(b: ReportBuilder, sv: SurveyBlock) -> None:
    """One survey: the pooled sentence, the table of groups + 总体, and the bar chart."""
    ov = sv.overall
    if ov.n:
        b.para(b.t("satisfaction_sentence").format(n=ov.n, rate=fmt_rate(ov.rate)))
    b.caption(b.t("satisfaction_table_of").format(name=sv.name) if sv.name else b.t("satisfaction_table"))
    rows = [[g.name, str(g.n), fmt_rate(g.rate)] for g in sv.groups]
    rows.append([b.t("overall"), str(ov.n), fmt_rate(ov.rate)])
    b.table([b.t("group"), b.t("sample"), b.t("satisfaction_rate")], rows, [6.0, 3.0, 3.0], bold_last=True)
    if sv.chart_png:
        b.picture(sv.chart_png)
