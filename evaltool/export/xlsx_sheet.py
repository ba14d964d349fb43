"""The Excel score sheet (指标得分表) with live formulas.

Sheet 1 (指标得分表), one row per leaf: 一级 / 二级 / 三级指标 (hierarchy as merged
cells), 分值, 指标说明, 评分标准, 得分, 得分率, 评价意见. After each level-2 group a
小计 row, after each level-1 group a 合计 row, at the end a 总分 row; their weights,
scores and every rate are formulas (SUM, IF), and so is the grade (nested IF over
the project's grade bands — IFS is avoided because older Excel and WPS lack it),
so editing a score in Excel / WPS / LibreOffice recomputes everything. Frozen
header, A4 landscape, header row repeated on every printed page.

Further sheets: 一级指标汇总 (formulas pointing at sheet 1), one sheet per
evaluator, the target table, survey tallies and the evidence register.

The layout is what ``evaltool.sheet_import`` reads back: 小计/合计/总分 rows are
recognised as totals, not indicators; the grade sits in the 总分 row so it is
never taken for an indicator.

Leaf scores are written as numbers; a leaf not scored yet has an empty cell (it
counts as 0 in the SUMs, as in ``scoring.project_summary``).
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font

from evaltool.export.data import ReportData
from evaltool.export.figures import NO_RATE
from evaltool.export.report_text import L
from evaltool.export.xlsx_parts import (
    evaluator_sheets,
    evidence_sheet,
    funds_sheet,
    survey_sheet,
    targets_sheet,
)
from evaltool.export.xlsx_style import (
    CENTER,
    HEAD_FILL,
    SUB_FILL,
    TOTAL_FILL,
    WRAP_TOP,
    fmt_cell,
    merge_fast,
    print_setup,
    row_height,
    sheet_name,
    style_row,
)
from evaltool.framework import Node

# the helpers under the names this module has always used
_sheet_name, _fmt, _merge, _style_row, _print_setup = sheet_name, fmt_cell, merge_fast, style_row, print_setup
C_L1, C_L2, C_L3, C_W, C_DESC, C_CRIT, C_S, C_R, C_COM = "ABCDEFGHI"
MAIN_WIDTHS = {"A": 9, "B": 13, "C": 20, "D": 7, "E": 38, "F": 34, "G": 8, "H": 9, "I": 72}
RATE_FMT = "0.00%"


def grade_formula(cell: str, bands: list[dict[str, Any]], lang: str, downgraded: bool, vetoed: bool) -> str:
    """A nested IF giving the grade of the total in ``cell`` (with downgrade / veto)."""
    ordered = sorted(bands or [], key=lambda b: -float(b.get("min", 0)))
    if not ordered:
        return '=""'

    def label(b: dict[str, Any]) -> str:
        text = (b.get("name_en") or b.get("name", "")) if lang == "en" else b.get("name", "")
        return '"' + str(text).replace('"', '""') + '"'

    if vetoed:
        return "=" + label(ordered[-1])
    names = [label(b) for b in ordered]
    if downgraded:
        names = [*names[1:], names[-1]]
    expr = names[-1]
    for b, name in reversed(list(zip(ordered[:-1], names[:-1], strict=True))):
        expr = f'IF({cell}>={float(b.get("min", 0)):g},{name},{expr})'
    return "=" + expr


def _leaf_rows(node: Node) -> list[tuple[list[Node], Node]]:
    """(ancestors below level 1, leaf) in order."""
    out: list[tuple[list[Node], Node]] = []
    for c in node.children:
        if c.is_leaf:
            out.append(([], c))
        else:
            for anc, leaf in _leaf_rows(c):
                out.append(([c, *anc], leaf))
    return out


class MainSheet:
    def __init__(self, wb: Workbook, data: ReportData, step: Callable[[float], None]) -> None:
        self.d, self.lang, self.step = data, data.lang, step
        self.ws = wb.active
        self.ws.title = _sheet_name(wb, L("score_sheet", self.lang))
        self.l1_cells: list[tuple[str, int, bool]] = []  # (name, row of its 合计, negative)
        self.total_row = 0

    def t(self, key: str) -> str:
        return L(key, self.lang)

    def build(self) -> None:
        ws, d = self.ws, self.d
        ws.cell(row=1, column=1, value=f"{d.project['name']} {self.t('score_sheet')}")
        ws.merge_cells("A1:I1")
        ws["A1"].font = Font(bold=True, size=14)
        ws["A1"].alignment = CENTER
        ws.row_dimensions[1].height = 28
        headers = [self.t("l1"), self.t("l2"), self.t("l3"), self.t("points"), self.t("description"),
                   self.t("criteria"), self.t("score"), self.t("rate"), self.t("comment")]
        for i, h in enumerate(headers, start=1):
            ws.cell(row=2, column=i, value=h)
        _style_row(ws, 2, 9, fill=HEAD_FILL, bold=True, center=True)
        for col, w in MAIN_WIDTHS.items():
            ws.column_dimensions[col].width = w
        ws.freeze_panes = "D3"
        _print_setup(ws, "2:2")

        row = 3
        n_leaves = max(1, len(d.leaves))
        done = 0
        positive: list[int] = []
        negative: list[int] = []
        for root in d.roots:
            row, done = self._level1(root, row, done, n_leaves)
            (negative if root.is_negative else positive).append(row - 1)
        # total
        tr = row
        self.total_row = tr
        ws.cell(row=tr, column=1, value=self.t("grand_total"))
        ws.merge_cells(start_row=tr, start_column=1, end_row=tr, end_column=3)
        ws[f"{C_W}{tr}"] = "=" + "+".join(f"{C_W}{r}" for r in positive) if positive else 0
        parts = [f"{C_S}{r}" for r in positive + negative]
        ws[f"{C_S}{tr}"] = "=" + "+".join(parts) if parts else 0
        ws[f"{C_R}{tr}"] = f'=IF({C_W}{tr}=0,"",{C_S}{tr}/{C_W}{tr})'
        sm = d.summary
        ws[f"{C_COM}{tr}"] = self._grade_text(f"{C_S}{tr}")
        _style_row(ws, tr, 9, fill=TOTAL_FILL, bold=True, rate_cols=(8,), center=True)
        ws.row_dimensions[tr].height = 22
        self.sm = sm

    def _grade_text(self, cell: str) -> str:
        sm = self.d.summary
        formula = grade_formula(cell, self.d.project.get("grade_bands") or [], self.lang, sm.downgraded, sm.vetoed)
        prefix = f'"{self.t("grade")}："&' if self.lang != "en" else f'"{self.t("grade")}: "&'
        return "=" + prefix + "(" + formula[1:] + ")"

    def _level1(self, root: Node, row: int, done: int, n_leaves: int) -> tuple[int, int]:
        ws, leaves = self.ws, self.d.summary.leaves
        start = row
        sub_rows: list[int] = []  # rows that add up to the level-1 total (subtotals, direct leaves)
        groups: list[tuple[Node | None, list[Node]]] = []
        if root.is_leaf:
            groups.append((None, [root]))
        else:
            for c in root.children:
                if c.is_leaf:
                    groups.append((None, [c]))
                else:
                    groups.append((c, [leaf for _a, leaf in _leaf_rows(c)] if not c.is_leaf else [c]))
        for l2, group_leaves in groups:
            g_start = row
            for leaf in group_leaves:
                lr = leaves.get(leaf.id)
                ws.cell(row=row, column=1, value=root.name)
                if l2 is not None:
                    ws.cell(row=row, column=2, value=l2.name)
                    deeper = leaf.path.split("/")[2:]
                    ws.cell(row=row, column=3, value="/".join(deeper) if len(deeper) > 1 else leaf.name)
                elif leaf is not root:
                    ws.cell(row=row, column=2, value=leaf.name)
                ws.cell(row=row, column=4, value=leaf.weight)
                ws.cell(row=row, column=5, value=leaf.description or None)
                ws.cell(row=row, column=6, value=leaf.criteria or None)
                score = lr.score if lr is not None else None
                ws.cell(row=row, column=7, value=score)
                # a negative indicator (逆向指标) is a deduction: it has no rate
                ws[f"{C_R}{row}"] = NO_RATE if root.is_negative else \
                    f'=IF(OR({C_W}{row}=0,{C_S}{row}=""),"",{C_S}{row}/{C_W}{row})'
                ws.cell(row=row, column=9, value=(lr.comment if lr is not None else "") or None)
                ws.row_dimensions[row].height = row_height([
                    (leaf.description, MAIN_WIDTHS[C_DESC]), (leaf.criteria, MAIN_WIDTHS[C_CRIT]),
                    ((lr.comment if lr is not None else ""), MAIN_WIDTHS[C_COM]), (leaf.name, MAIN_WIDTHS[C_L3])])
                for col in range(1, 10):
                    letter = "ABCDEFGHI"[col - 1]
                    _fmt(ws.cell(row=row, column=col), align=WRAP_TOP if letter in (C_DESC, C_CRIT, C_COM) else CENTER,
                         numfmt=RATE_FMT if letter == C_R else None)
                row += 1
                done += 1
                if done % 20 == 0:
                    self.step(0.05 + 0.8 * done / n_leaves)
            if l2 is None:
                sub_rows.extend(range(g_start, row))
                continue
            # level-2 subtotal
            ws.cell(row=row, column=1, value=root.name)
            ws.cell(row=row, column=2, value=l2.name)
            ws.cell(row=row, column=3, value=self.t("subtotal"))
            ws[f"{C_W}{row}"] = f"=SUM({C_W}{g_start}:{C_W}{row - 1})"
            ws[f"{C_S}{row}"] = f"=SUM({C_S}{g_start}:{C_S}{row - 1})"
            ws[f"{C_R}{row}"] = NO_RATE if root.is_negative else f'=IF({C_W}{row}=0,"",{C_S}{row}/{C_W}{row})'
            _style_row(ws, row, 9, fill=SUB_FILL, rate_cols=(8,), center=True)
            if row > g_start:
                _merge(ws, f"{C_L2}{g_start}:{C_L2}{row}")
            sub_rows.append(row)
            row += 1
        # level-1 total
        ws.cell(row=row, column=1, value=root.name)
        ws.cell(row=row, column=2, value=self.t("total"))
        w_expr = "+".join(f"{C_W}{r}" for r in sub_rows) or "0"
        s_expr = "+".join(f"{C_S}{r}" for r in sub_rows) or "0"
        if root.is_negative:
            cap = root.cap if root.cap is not None else root.weight
            ws[f"{C_W}{row}"] = root.weight
            ws[f"{C_S}{row}"] = f"=MIN(0,MAX({min(cap, 0.0):g},{s_expr}))" if cap is not None else f"={s_expr}"
            ws[f"{C_R}{row}"] = NO_RATE
        else:
            ws[f"{C_W}{row}"] = f"={w_expr}"
            ws[f"{C_S}{row}"] = f"={s_expr}"
            ws[f"{C_R}{row}"] = f'=IF({C_W}{row}=0,"",{C_S}{row}/{C_W}{row})'
        _style_row(ws, row, 9, fill=SUB_FILL, bold=True, rate_cols=(8,), center=True)
        _merge(ws, f"{C_L2}{row}:{C_L3}{row}")
        if row > start:
            _merge(ws, f"{C_L1}{start}:{C_L1}{row}")
        self.l1_cells.append((root.name, row, root.is_negative))
        return row + 1, done


def _summary_sheet(wb: Workbook, data: ReportData, main: MainSheet) -> None:
    lang = data.lang
    ws = wb.create_sheet(_sheet_name(wb, L("l1_table", lang)))
    ms = main.ws.title.replace("'", "''")
    ref = f"'{ms}'!"
    ws.append([L("l1", lang), L("weight", lang), L("score", lang), L("rate", lang)])
    _style_row(ws, 1, 4, fill=HEAD_FILL, bold=True)
    r = 2
    for name, src, negative in main.l1_cells:
        ws.cell(row=r, column=1, value=name)
        ws.cell(row=r, column=2, value=f"={ref}{C_W}{src}")
        ws.cell(row=r, column=3, value=f"={ref}{C_S}{src}")
        ws.cell(row=r, column=4, value=NO_RATE if negative else f'=IF(B{r}=0,"",C{r}/B{r})')
        _style_row(ws, r, 4, rate_cols=(4,))
        r += 1
    tr = main.total_row
    ws.cell(row=r, column=1, value=L("total", lang))
    ws.cell(row=r, column=2, value=f"={ref}{C_W}{tr}")
    ws.cell(row=r, column=3, value=f"={ref}{C_S}{tr}")
    ws.cell(row=r, column=4, value=f'=IF(B{r}=0,"",C{r}/B{r})')
    _style_row(ws, r, 4, fill=TOTAL_FILL, bold=True, rate_cols=(4,))
    ws.cell(row=r + 1, column=1, value=L("grade", lang))
    sm = data.summary
    ws.cell(row=r + 1, column=3, value=grade_formula(f"C{r}", data.project.get("grade_bands") or [], lang,
                                                     sm.downgraded, sm.vetoed))
    _style_row(ws, r + 1, 4, bold=True)
    for col, w in zip("ABCD", (16, 10, 10, 10), strict=True):
        ws.column_dimensions[col].width = w
    _print_setup(ws, "1:1", landscape=False)


RULE_HEADS = {"zh_CN": ("指标", "评分规则", "评价人", "规则输入（实测值）", "规则建议分", "得分", "偏离", "偏离理由"),
              "en": ("Indicator", "Rule", "Evaluator", "Rule inputs (measured value)", "Rule proposes", "Score",
                     "Departs", "Reason for departing")}


def _rules_sheet(wb: Workbook, data: ReportData) -> None:
    """评分规则与偏离: per leaf with a rule, each evaluator's inputs, the rule's proposal
    and the score given, then the final score — departures marked with their 偏离理由."""
    if not data.rules:
        return
    en = data.lang == "en"
    ws = wb.create_sheet(_sheet_name(wb, "Rules and departures" if en else "评分规则与偏离"))
    heads = RULE_HEADS["en" if en else "zh_CN"]
    ws.append(list(heads))
    _style_row(ws, 1, len(heads), fill=HEAD_FILL, bold=True)
    yes, final = ("yes", "Final score") if en else ("是", "最终得分")
    for leaf in data.leaves:
        line = data.rules.get(leaf.id)
        if line is None:
            continue
        for ev in line.evaluators:
            departs = ev["proposed"] is not None and ev["value"] is not None and abs(ev["value"] - ev["proposed"]) > 0.0005
            ws.append([leaf.path, line.rule_text, ev["name"], ev["measured"] or None, ev["proposed"], ev["value"],
                       yes if departs else None, ev["reason"] or None])
            _style_row(ws, ws.max_row, len(heads), wrap_cols=(1, 2, 4, 8))
        ws.append([leaf.path, line.rule_text, final, line.measured or None, line.proposed, line.final,
                   yes if line.departs else None, line.reason or None])
        _style_row(ws, ws.max_row, len(heads), bold=line.departs, wrap_cols=(1, 2, 4, 8))
    for col, w in zip("ABCDEFGH", (26, 48, 10, 18, 9, 8, 6, 40), strict=True):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"
    _print_setup(ws, "1:1")


def write_xlsx(data: ReportData, path: Path, *, step: Callable[[float], None] = lambda f: None) -> None:
    wb = Workbook()
    main = MainSheet(wb, data, step)
    main.build()
    _summary_sheet(wb, data, main)
    step(0.88)
    evaluator_sheets(wb, data)
    _rules_sheet(wb, data)
    targets_sheet(wb, data)
    funds_sheet(wb, data)
    survey_sheet(wb, data)
    evidence_sheet(wb, data)
    wb.properties.title = f"{data.project['name']} {L('score_sheet', data.lang)}"
    wb.properties.creator = data.project.get("evaluation_agency") or "evaltool"
    step(0.95)
    wb.save(str(path))
    step(1.0)
