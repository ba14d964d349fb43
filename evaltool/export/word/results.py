"""Chapter 二、绩效评价结果: the conclusion, the performance targets and the satisfaction survey.

Each part is its own function so a new sub-section (（四）…) is one more function called
from ``write_results``. Satisfaction figures are the tally's own (``evaltool.tally``):
valid n, top-two-box rate per group, and the pooled overall rate, never an average.
"""
from __future__ import annotations

from evaltool.export.data import SurveyBlock
from evaltool.export.report_text import status_label
from evaltool.export.word.document import ReportBuilder
from evaltool.scoring import fmt_rate, fmt_score


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


def _conclusion(b: ReportBuilder) -> None:
    d, sm = b.d, b.d.summary
    b.heading(2, b.t("conclusion"))
    n2 = len(sm.level2)
    n3 = sum(1 for _ in d.leaves)
    b.para(b.t("conclusion_sentence").format(n1=len(sm.level1), n2=n2, n3=n3, total=fmt_score(sm.total),
                                             grade=b.grade()))
    for f in d.flags:
        key = "conclusion_flags_veto" if f["kind"] == "veto" else "conclusion_flags_downgrade"
        b.para(b.t(key).format(reason=f["reason"] or "—"))


def _targets(b: ReportBuilder) -> None:
    """The declared (绩效目标表) and self-evaluation (自评表) target tables, with a count sentence."""
    b.heading(2, b.t("targets"))
    for kind, cap in (("declared", "declared_table"), ("self_eval", "self_eval_table")):
        targets = [t for t in b.d.targets if t.table_kind == kind]
        if not targets:
            continue
        if kind == "declared":
            counts = {s: sum(1 for t in targets if t.status == s) for s in ("met", "partly", "not_met", "unknown")}
            unknown = b.t("targets_unknown").format(n=counts["unknown"]) if counts["unknown"] else ""
            b.para(b.t("targets_sentence").format(n=len(targets), met=counts["met"], partly=counts["partly"],
                                                  not_met=counts["not_met"], unknown=unknown))
        b.caption(b.t(cap))
        b.table([b.t("l1"), b.t("l2"), b.t("l3"), b.t("target_value"), b.t("actual_value"), b.t("status")],
                [[t.level1, t.level2, t.name, t.target_text, t.actual_text, status_label(t.status, b.lang)]
                 for t in targets], [2.0, 2.6, 4.2, 2.6, 2.6, 1.8], merge_cols=(0, 1), align_left=(2,))


def _satisfaction(b: ReportBuilder, sv: SurveyBlock) -> None:
    """One survey: the pooled sentence, the table of groups + 总体, and the bar chart."""
    ov = sv.overall
    if ov.n:
        b.para(b.t("satisfaction_sentence").format(n=ov.n, rate=fmt_rate(ov.rate)))
    b.caption(f"{sv.name} — {b.t('satisfaction_table')}" if sv.name else b.t("satisfaction_table"))
    rows = [[g.name, str(g.n), fmt_rate(g.rate)] for g in sv.groups]
    rows.append([b.t("overall"), str(ov.n), fmt_rate(ov.rate)])
    b.table([b.t("group"), b.t("sample"), b.t("satisfaction_rate")], rows, [6.0, 3.0, 3.0], bold_last=True)
    if sv.chart_png:
        b.picture(sv.chart_png)
