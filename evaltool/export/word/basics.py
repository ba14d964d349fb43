"""Chapter 一、项目基本情况: the background and implementation sections, and the funds table.

Money is in 万元 as entered; the adjustment rate is (approved − adjusted) / approved and
the execution rate actual / adjusted (domain.md §8), both shown as percentages.
"""
from __future__ import annotations

from typing import Any

from evaltool.export.word.document import ReportBuilder
from evaltool.scoring import fmt_rate


def write_basics(b: ReportBuilder) -> None:
    d = b.d
    b.heading(1, b.t("basic"))
    b.narrative(d.sections.get("background", ""), base=1,
                generated=[(2, b.t("overview")), (3, b.t("background"))])
    if not d.sections.get("background", "").strip():
        _project_facts(b)
    titles = b.narrative(d.sections.get("implementation", ""), base=1)
    rows = _funds_rows(b)
    if rows:
        if not any("资金" in t or "fund" in t.lower() for t in titles):
            b.heading(2, b.t("funds"))
        b.caption(b.t("funds_table"))
        b.table([b.t("item"), b.t("approved"), b.t("adjusted"), b.t("actual"),
                 b.t("adjust_rate"), b.t("exec_rate")], rows, [5.0, 2.2, 2.2, 2.2, 2.2, 2.2],
                bold_last=len(rows) > 1, align_left=(0,))


def _project_facts(b: ReportBuilder) -> None:
    """Without a background section: the project's recorded facts, one line each."""
    p = b.d.project
    for key in ("budget_unit", "competent_department", "commissioned_by", "agency", "reference_date"):
        field = {"commissioned_by": "commissioning_body", "agency": "evaluation_agency"}.get(key, key)
        if p.get(field):
            b.para(f"{b.t(key)}：{p[field]}" if b.lang != "en" else f"{b.t(key)}: {p[field]}")


def _funds_rows(b: ReportBuilder) -> list[list[str]]:
    """One row per sub-project (project settings ``money.sub_projects``), then the project's total."""
    p = b.d.project

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
        rows.append(row(b.t("total") if rows else p["name"], p.get("budget_approved"),
                        p.get("budget_adjusted"), p.get("actual_spending")))
    return rows


def _money(v: Any) -> str:
    """An amount without trailing zeros (4 decimals at most), "" when not recorded."""
    if v is None:
        return ""
    s = f"{float(v):.4f}".rstrip("0").rstrip(".")
    return s or "0"
