"""Chapter 一、项目基本情况: the background and implementation sections, and the use of funds.

Money comes from the project's budget lines (``evaltool.money``), in 万元 as entered:
one sentence per sub-project (批复, 调整后, 实际支出, 执行率, 调整率 under the project's
own definition), the funds table (one row per sub-project — per sub-project and year for
a multi-year project — and the total), a table by year for a multi-year project and, for
a project of many sub-projects, how many fall in each band of execution rate (seed 004).
"""
from __future__ import annotations

from evaltool.export.drafts import section_text
from evaltool.export.word.document import ReportBuilder, auto_widths
from evaltool.money import DEFINITION_REPORT, BudgetLine, MoneyOverview
from evaltool.scoring import fmt_rate

SPEND_BANDS_FROM = 5  # sub-projects from which the execution-rate bands are worth a sentence


def write_basics(b: ReportBuilder) -> None:
    d = b.d
    b.heading(1, b.t("basic"))
    background = section_text(d, "background")
    if background:
        b.narrative(background, base=1, generated=[(2, b.t("overview")), (3, b.t("background"))])
    titles = b.narrative(d.sections.get("implementation", ""), base=1)
    money = d.money
    if money is None or not (money.lines or money.totals or money.combined.approved is not None):
        return
    if not any("资金" in t or "fund" in t.lower() for t in titles):
        b.heading(2, b.t("funds"))
        for text in funds_sentences(b, money):
            b.para(text)
    funds_table(b, money)
    if money.multi_year and money.by_year:
        _by_year_table(b, money)


def _m(v: float | None) -> str:
    """An amount without trailing zeros (4 decimals at most), "" when not recorded."""
    if v is None:
        return ""
    s = f"{float(v):.4f}".rstrip("0").rstrip(".")
    return s or "0"


def funds_sentences(b: ReportBuilder, money: MoneyOverview) -> list[str]:
    """Per sub-project (and the whole project when there are several) what was budgeted and spent."""
    out: list[str] = []
    definition = DEFINITION_REPORT.get(money.definition, DEFINITION_REPORT["change"])[1 if b.lang == "en" else 0]
    lines = money.by_sub_project if money.by_sub_project else [money.combined]
    if len(lines) > 1:
        lines = [*lines, money.combined]
    for x in lines:
        if x.approved is None and x.adjusted is None:
            continue
        name = b.t("funds_total") if x is money.combined and len(lines) > 1 else x.name
        text = b.t("funds_line").format(name=name, approved=_m(x.approved), adjusted=_m(x.adjusted),
                                        actual=_m(x.actual), exec=fmt_rate(x.execution_rate))
        if x.adjustment_rate is not None:
            text += b.t("funds_adjust").format(rate=fmt_rate(x.adjustment_rate))
            text += b.t("funds_definition").format(definition=definition)
        else:
            text += "。" if b.lang != "en" else "."
        out.append(text)
    if money.multi_year:
        c = money.combined
        out.append(b.t("funds_years").format(first=money.years[0], last=money.years[-1], approved=_m(c.approved),
                                             adjusted=_m(c.adjusted), actual=_m(c.actual),
                                             exec=fmt_rate(c.execution_rate)))
    if len(money.by_sub_project) >= SPEND_BANDS_FROM:
        out.append(spend_bands_sentence(b, money.by_sub_project))
    return out


def spend_bands_sentence(b: ReportBuilder, lines: list[BudgetLine]) -> str:
    """How many sub-projects spent 100 %, 90–100 %, 80–90 %, 60–80 %, under 60 % (lower bound included)."""
    counts = {"b100": 0, "b90": 0, "b80": 0, "b60": 0, "b0": 0}
    for x in lines:
        r = x.execution_rate or 0.0
        key = "b100" if r >= 1 - 1e-9 else "b90" if r >= 0.9 else "b80" if r >= 0.8 else "b60" if r >= 0.6 else "b0"
        counts[key] += 1
    return b.t("spend_bands").format(n=len(lines), **counts)


def funds_table(b: ReportBuilder, money: MoneyOverview) -> None:
    """项目 / (年度) / 批复 / 调整后 / (到位) / 实际支出 / (调出 / 收回) / 调整率 / 执行率, then 合计."""
    rows_src = money.lines if money.lines else (money.totals or [money.combined])
    with_year = any(x.year is not None for x in rows_src) and money.multi_year
    with_received = any(x.received is not None for x in rows_src)
    with_moves = any(x.moved_out is not None or x.recovered is not None for x in rows_src)
    headers = [b.t("item")] + ([b.t("year")] if with_year else []) + [b.t("approved"), b.t("adjusted")]
    headers += [b.t("received")] if with_received else []
    headers += [b.t("actual")]
    headers += [b.t("moved_out"), b.t("recovered")] if with_moves else []
    headers += [b.t("adjust_rate"), b.t("exec_rate")]

    def row(x: BudgetLine, name: str) -> list[str]:
        cells = [name] + ([str(x.year) if x.year is not None else ""] if with_year else [])
        cells += [_m(x.approved), _m(x.adjusted)]
        cells += [_m(x.received)] if with_received else []
        cells += [_m(x.actual)]
        cells += [_m(x.moved_out), _m(x.recovered)] if with_moves else []
        return [*cells, fmt_rate(x.adjustment_rate), fmt_rate(x.execution_rate)]

    rows = [row(x, x.name or b.d.project["name"]) for x in rows_src]
    if len(rows_src) > 1:
        total = money.combined
        rows.append(row(total, b.t("total")) if not with_year else [b.t("total"), "", *row(total, "")[2:]])
    b.caption(b.t("funds_table"))
    widths = auto_widths([headers, *rows], least=1.9)
    b.table(headers, rows, widths, merge_cols=(0,) if with_year else (), bold_last=len(rows_src) > 1,
            align_left=(0,))


def _by_year_table(b: ReportBuilder, money: MoneyOverview) -> None:
    headers = [b.t("year"), b.t("approved"), b.t("adjusted"), b.t("actual"), b.t("adjust_rate"), b.t("exec_rate")]
    rows = [[x.name, _m(x.approved), _m(x.adjusted), _m(x.actual), fmt_rate(x.adjustment_rate),
             fmt_rate(x.execution_rate)] for x in money.by_year]
    c = money.combined
    rows.append([b.t("total"), _m(c.approved), _m(c.adjusted), _m(c.actual), fmt_rate(c.adjustment_rate),
                 fmt_rate(c.execution_rate)])
    b.caption(b.t("funds_by_year_table"))
    b.table(headers, rows, [2.5, 2.5, 2.5, 2.5, 2.5, 2.5], bold_last=True)
