"""The Excel export's further sheets: one per evaluator, the target tables, the funds,
the survey tallies and the evidence register.

Per-evaluator sheets are laid out like the main sheet's totals: a 合计 row per level-1
(a negative indicator's total is clamped at its cap and has no rate), and a 总分 row whose
weight counts only the ordinary indicators — negative indicators are deductions outside
the 100 points. Rates are live formulas; a negative row's rate is "/".
"""
from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from evaltool.export.data import ReportData
from evaltool.export.figures import NO_RATE
from evaltool.export.report_text import L, status_label
from evaltool.export.xlsx_style import (
    BOLD,
    HEAD_FILL,
    SUB_FILL,
    TOTAL_FILL,
    print_setup,
    row_height,
    sheet_name,
    style_row,
)
from evaltool.framework import Node
from evaltool.money import BudgetLine


def _leaves(node: Node) -> list[Node]:
    if node.is_leaf:
        return [node]
    out: list[Node] = []
    for c in node.children:
        out.extend(_leaves(c))
    return out


def evaluator_sheets(wb: Workbook, data: ReportData) -> None:
    """One sheet per evaluator who scored: their scores, rates, comments, level-1 totals, 总分."""
    lang = data.lang
    for ev in data.evaluators:
        if not ev.scores:
            continue
        ws = wb.create_sheet(sheet_name(wb, f"{L('evaluator', lang)}-{ev.name}"))
        ws.append([f"{L('evaluator', lang)}：{ev.name}（{ev.role}）" if lang != "en"
                   else f"{L('evaluator', lang)}: {ev.name} ({ev.role})"])
        ws["A1"].font = Font(bold=True)
        ws.append([L("l1", lang), L("l2", lang), L("l3", lang), L("points", lang), L("score", lang), L("rate", lang),
                   L("comment", lang)])
        style_row(ws, 2, 7, fill=HEAD_FILL, bold=True)
        r = 3
        positive_totals: list[int] = []
        all_totals: list[int] = []
        for root in data.roots:
            first = r
            for leaf in _leaves(root):
                parts = leaf.path.split("/")
                l2 = parts[1] if len(parts) > 2 else ""
                l3 = "/".join(parts[2:]) if len(parts) > 2 else (parts[1] if len(parts) > 1 else parts[0])
                ws.cell(row=r, column=1, value=parts[0])
                ws.cell(row=r, column=2, value=l2)
                ws.cell(row=r, column=3, value=l3)
                ws.cell(row=r, column=4, value=leaf.weight)
                ws.cell(row=r, column=5, value=ev.scores.get(leaf.id))
                ws.cell(row=r, column=6, value=NO_RATE if root.is_negative else
                        f'=IF(OR(D{r}=0,E{r}=""),"",E{r}/D{r})')
                ws.cell(row=r, column=7, value=ev.comments.get(leaf.id) or None)
                ws.row_dimensions[r].height = row_height([(ev.comments.get(leaf.id), 60), (l3, 22)])
                style_row(ws, r, 7, rate_cols=(6,), wrap_cols=(7,))
                r += 1
            ws.cell(row=r, column=1, value=root.name)
            ws.cell(row=r, column=2, value=L("total", lang))
            if root.is_negative:
                cap = root.cap if root.cap is not None else root.weight
                ws.cell(row=r, column=4, value=root.weight)
                ws.cell(row=r, column=5, value=f"=MIN(0,MAX({min(cap, 0.0):g},SUM(E{first}:E{r - 1})))")
                ws.cell(row=r, column=6, value=NO_RATE)
            else:
                ws.cell(row=r, column=4, value=f"=SUM(D{first}:D{r - 1})")
                ws.cell(row=r, column=5, value=f"=SUM(E{first}:E{r - 1})")
                ws.cell(row=r, column=6, value=f'=IF(D{r}=0,"",E{r}/D{r})')
                positive_totals.append(r)
            all_totals.append(r)
            style_row(ws, r, 7, fill=SUB_FILL, bold=True, rate_cols=(6,))
            r += 1
        ws.cell(row=r, column=1, value=L("grand_total", lang))
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        # the weight of the ordinary indicators only; every total, deductions included, in the score
        ws.cell(row=r, column=4, value="=" + "+".join(f"D{x}" for x in positive_totals) if positive_totals else 0)
        ws.cell(row=r, column=5, value="=" + "+".join(f"E{x}" for x in all_totals) if all_totals else 0)
        ws.cell(row=r, column=6, value=f'=IF(D{r}=0,"",E{r}/D{r})')
        style_row(ws, r, 7, fill=TOTAL_FILL, bold=True, rate_cols=(6,))
        for col, w in zip("ABCDEFG", (9, 13, 22, 7, 8, 9, 60), strict=True):
            ws.column_dimensions[col].width = w
        ws.freeze_panes = "D3"
        print_setup(ws, "2:2")


def targets_sheet(wb: Workbook, data: ReportData) -> None:
    """Both target tables: sub-project, levels, target, actual, completion rate, status, reason,
    points and self-score (自评表), note."""
    if not data.targets:
        return
    lang = data.lang
    ws = wb.create_sheet(sheet_name(wb, L("declared_table", lang)))
    headers = [L("kind", lang), L("sub_project", lang), L("l1", lang), L("l2", lang), L("l3", lang),
               L("target_value", lang), L("actual_value", lang), L("completion", lang), L("status", lang),
               L("reason", lang), L("points_col", lang), L("self_score", lang), L("note", lang)]
    ws.append(headers)
    n = len(headers)
    style_row(ws, 1, n, fill=HEAD_FILL, bold=True)
    kinds = {"declared": "绩效目标表" if lang != "en" else "Declared",
             "self_eval": "自评表" if lang != "en" else "Self-evaluation"}
    for t in data.targets:
        ws.append([kinds.get(t.table_kind, t.table_kind), t.sub_project, t.level1, t.level2, t.name, t.target_text,
                   t.actual_text, t.completion, status_label(t.status, lang), t.reason, t.points, t.self_score,
                   t.note])
        style_row(ws, ws.max_row, n, rate_cols=(8,), wrap_cols=(2, 5, 6, 7, 10, 13))
    for i, w in enumerate((10, 14, 8, 12, 26, 14, 16, 9, 9, 30, 7, 7, 40), start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A2"
    print_setup(ws, "1:1")


def _adjust_formula(definition: str, r: int, approved: str, adjusted: str, moved: str, recovered: str) -> str:
    """The live 预算调整率 of row ``r`` under the project's definition (money.ADJUSTMENT_DEFINITIONS)."""
    a, b, m, c = (f"{approved}{r}", f"{adjusted}{r}", f"{moved}{r}", f"{recovered}{r}")
    if definition == "cut":
        return f'=IF(OR({a}="",{a}=0,{b}=""),"",MAX({a}-{b},0)/{a})'
    if definition == "moved_recovered":
        return f'=IF(OR({a}="",{a}=0,AND({m}="",{c}="")),"",(N({m})+N({c}))/{a})'
    return f'=IF(OR({a}="",{a}=0,{b}=""),"",ABS({b}-{a})/{a})'


def funds_sheet(wb: Workbook, data: ReportData) -> None:
    """Budget lines (万元) with live rates: 执行率 = 实际/调整后, 调整率 by the project's definition,
    到位率 = 到位/批复; a 合计 row of SUMs (rates recomputed from the sums, never averaged)."""
    money = data.money
    if money is None or not (money.lines or money.totals):
        return
    lang = data.lang
    ws = wb.create_sheet(sheet_name(wb, L("funds", lang)))
    headers = [L("item", lang), L("year", lang), L("approved", lang), L("adjusted", lang), L("received", lang),
               L("actual", lang), L("moved_out", lang), L("recovered", lang), L("adjust_rate", lang),
               L("exec_rate", lang), L("arrival_rate", lang), L("note", lang)]
    ws.append(headers)
    style_row(ws, 1, len(headers), fill=HEAD_FILL, bold=True)
    rows: list[BudgetLine] = money.lines or money.totals
    first = 2
    r = first
    for x in rows:
        ws.append([x.name or data.project["name"], x.year, x.approved, x.adjusted, x.received, x.actual,
                   x.moved_out, x.recovered])
        _rates(ws, r, money.definition)
        ws.cell(row=r, column=12, value=x.note or None)
        style_row(ws, r, len(headers), rate_cols=(9, 10, 11), wrap_cols=(1, 12))
        r += 1
    if len(rows) > 1:
        ws.cell(row=r, column=1, value=L("total", lang))
        for col in "CDEFGH":
            ws[f"{col}{r}"] = f'=IF(COUNT({col}{first}:{col}{r - 1})=0,"",SUM({col}{first}:{col}{r - 1}))'
        _rates(ws, r, money.definition, body=(first, r - 1))
        style_row(ws, r, len(headers), fill=TOTAL_FILL, bold=True, rate_cols=(9, 10, 11))
        r += 1
    ws.cell(row=r + 1, column=1, value=DEFINITION_LINE[lang == "en"].format(
        definition=L("adjust_rate", lang))).font = BOLD
    for i, w in enumerate((28, 7, 11, 11, 11, 11, 12, 10, 11, 11, 11, 30), start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "B2"
    print_setup(ws, "1:1")


DEFINITION_LINE = ("金额单位：万元。{definition}按项目约定的口径计算。", "Amounts in 10,000 yuan. {definition} as defined for the project.")


def _rates(ws: object, r: int, definition: str, body: tuple[int, int] | None = None) -> None:
    """Rates of row ``r``; for the 合计 row (``body`` its lines) the adjustment adds the lines'
    adjustments — a cut and an increase do not cancel out (``money.combine``)."""
    if body is not None and definition in ("change", "cut"):
        a, b = body
        parts = f"ABS(D{a}:D{b}-C{a}:C{b})" if definition == "change" else f"(C{a}:C{b}-D{a}:D{b})*(C{a}:C{b}>D{a}:D{b})"
        formula = f'=IF(OR(C{r}="",C{r}=0,D{r}=""),"",SUMPRODUCT({parts})/C{r})'
        ws.cell(row=r, column=9, value=formula)  # type: ignore[attr-defined]
    else:
        ws.cell(row=r, column=9, value=_adjust_formula(definition, r, "C", "D", "G", "H"))  # type: ignore[attr-defined]
    ws.cell(row=r, column=10, value=f'=IF(OR(D{r}="",D{r}=0,F{r}=""),"",F{r}/D{r})')  # type: ignore[attr-defined]
    ws.cell(row=r, column=11, value=f'=IF(OR(C{r}="",C{r}=0,E{r}=""),"",E{r}/C{r})')  # type: ignore[attr-defined]


def survey_sheet(wb: Workbook, data: ReportData) -> None:
    """Per survey: group, valid n, satisfied, rate (a formula), and the pooled 总体 row (SUMs)."""
    if not data.surveys:
        return
    lang = data.lang
    ws = wb.create_sheet(sheet_name(wb, L("satisfaction", lang)))
    r = 1
    for sv in data.surveys:
        ws.cell(row=r, column=1, value=sv.name).font = BOLD
        r += 1
        for i, h in enumerate((L("group", lang), L("sample", lang), "满意人数" if lang != "en" else "Satisfied",
                               L("satisfaction_rate", lang)), start=1):
            ws.cell(row=r, column=i, value=h)
        style_row(ws, r, 4, fill=HEAD_FILL, bold=True)
        r += 1
        first = r
        for g in sv.groups:
            ws.cell(row=r, column=1, value=g.name)
            ws.cell(row=r, column=2, value=g.n)
            ws.cell(row=r, column=3, value=g.satisfied)
            ws.cell(row=r, column=4, value=f'=IF(B{r}=0,"",C{r}/B{r})')
            style_row(ws, r, 4, rate_cols=(4,))
            r += 1
        if sv.groups:
            # pooled from the counts (Σ satisfied / Σ n), as the tally's overall rate is
            ws.cell(row=r, column=1, value=L("overall", lang))
            ws.cell(row=r, column=2, value=f"=SUM(B{first}:B{r - 1})")
            ws.cell(row=r, column=3, value=f"=SUM(C{first}:C{r - 1})")
            ws.cell(row=r, column=4, value=f'=IF(B{r}=0,"",C{r}/B{r})')
            style_row(ws, r, 4, fill=TOTAL_FILL, bold=True, rate_cols=(4,))
            r += 1
        r += 1
    for col, w in zip("ABCD", (24, 10, 10, 10), strict=True):
        ws.column_dimensions[col].width = w


EVIDENCE_COLS = ("no", "title", "kind", "source", "date", "page_ref", "filename", "indicators", "notes", "added_by", "status")


def evidence_sheet(wb: Workbook, data: ReportData) -> None:
    if data.evidence is None:
        return
    lang = data.lang
    ws = wb.create_sheet(sheet_name(wb, L("appendix3", lang).split(" ", 1)[-1]))
    heads = {"no": L("no", lang), "title": L("title", lang), "kind": L("kind", lang), "source": L("source", lang),
             "date": L("date", lang), "page_ref": L("page_ref", lang), "filename": "文件" if lang != "en" else "File",
             "indicators": L("indicators", lang), "notes": L("note", lang),
             "added_by": "登记人" if lang != "en" else "Added by", "status": "状态" if lang != "en" else "Status"}
    ws.append([heads[k] for k in EVIDENCE_COLS])
    style_row(ws, 1, len(EVIDENCE_COLS), fill=HEAD_FILL, bold=True)
    for e in data.evidence:
        vals = []
        for k in EVIDENCE_COLS:
            v = getattr(e, k)
            if isinstance(v, list):
                v = "\n".join(str(x) for x in v)
            vals.append(v)
        ws.append(vals)
        style_row(ws, ws.max_row, len(EVIDENCE_COLS), wrap_cols=tuple(range(1, len(EVIDENCE_COLS) + 1)))
    for i, w in enumerate((6, 30, 10, 10, 11, 8, 24, 30, 30, 10, 8), start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A2"
    print_setup(ws, "1:1")


