"""Score sheet → project: ``parse_sheet`` reads (the UI's preview), ``import_parsed`` /
``import_sheet`` create a project in the caller's session (never committing), so a
failure anywhere leaves nothing behind (the edge rolls back).

Reading and its safety (file size, zip bombs, defusedxml, encrypted workbooks, .xls and
CSV decoding) is ``evaltool.spreadsheet``'s job; score sheets keep the first
``MAX_ROWS`` rows and ``MAX_COLS`` columns of a sheet (``Limits.clip``), as they always did.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from evaltool.errors import Cancelled, ImportFormatError
from evaltool.framework import add_indicator
from evaltool.i18n import translate
from evaltool.projects import PROJECT_FIELDS, add_member, create_evaluator, create_project
from evaltool.scoresheet.layout import HEADER_SCAN_ROWS, MAX_COLS, MAX_ROWS, Grid, col_letter
from evaltool.scoresheet.model import Finding, ImportResult, ParsedNode, ParsedSheet, iter_parsed
from evaltool.scoresheet.parse import parse_grid
from evaltool.scoring import set_final, set_score
from evaltool.spreadsheet import Limits, Sheet, Workbook, open_workbook

# Score sheets: file, zip and XML limits as every import; rows and columns beyond
# 5000 × 60 are cut off rather than refused (unchanged behaviour; see issue 14).
LIMITS = Limits(max_rows=MAX_ROWS, max_cols=MAX_COLS, clip=True)


def _err(message: str, file: str, sheet: str | None = None, row: int | None = None,
         column: str | None = None) -> ImportFormatError:
    return ImportFormatError(message, file=file, sheet=sheet, row=row, column=column)


class SheetChoiceError(ImportFormatError):
    """Several sheets hold different frameworks: the user chooses one (``candidates``)."""

    def __init__(self, message: str, *, file: str, candidates: list[str]) -> None:
        super().__init__(message, file=file)
        self.candidates = candidates


def to_grid(sheet: Sheet) -> Grid:
    """A read sheet as the ``Grid`` the layout works on (merged ranges filled in)."""
    grid = Grid(sheet.name, sheet.rows, percent=set(sheet.percent))
    grid.fill_merged(sheet.merged)
    return grid


def _same_framework(a: ParsedSheet, b: ParsedSheet) -> bool:
    """``b``'s indicators (paths and weights) are all in ``a``: a copy, an evaluator's
    sheet or a level-1 summary of the same framework."""
    ours = {p: round(n.weight or 0.0, 6) for _l, p, n in iter_parsed(a.roots)}
    return all(p in ours and (not n.weight_explicit or ours[p] == round(n.weight or 0.0, 6))
               for _l, p, n in iter_parsed(b.roots))


def parse_sheet(path: str | Path, sheet: str | None = None) -> ParsedSheet:
    """Read a score sheet without writing anything (the import preview).

    Without ``sheet``, every visible sheet is read (hidden ones only when no visible sheet
    has a framework): one framework is taken, copies and summaries of it are noted, and
    different frameworks in several sheets are not guessed between — ``SheetChoiceError``
    lists them. Raises ``ImportFormatError`` naming file, sheet, row and column.
    """
    fname = Path(path).name
    with open_workbook(path, LIMITS) as book:
        if sheet is not None:
            parsed = _parse(book, sheet, fname)  # book.sheet() refuses a name the workbook lacks
            if parsed is None:
                raise _no_header(fname, sheet)
            return _with_leaves(parsed)
        visible = [n for n in book.names if n not in book.hidden]
        hidden = [n for n in book.names if n in book.hidden]
        for names in (visible, hidden):
            found: list[ParsedSheet] = []
            refused: list[ImportFormatError] = []
            empty: list[ParsedSheet] = []
            for name in names:
                try:
                    parsed = _parse(book, name, fname)
                except ImportFormatError as exc:
                    refused.append(exc)
                    continue
                if parsed is not None:
                    (found if parsed.leaves() else empty).append(parsed)
            if found:
                return _choose(found)
            if refused:
                raise refused[0]
            if empty:
                return _with_leaves(empty[0])
    raise _no_header(fname, book.names[0] if len(book.names) == 1 else None)


def _parse(book: Workbook, name: str, fname: str) -> ParsedSheet | None:
    """One sheet parsed; text cells control characters were removed from are noted."""
    sheet = book.sheet(name)
    parsed = parse_grid(to_grid(sheet), fname, book.names)
    if parsed is not None and sheet.cleaned:
        r, c = sheet.cleaned[0]
        parsed.findings.append(Finding("control_characters", translate(
            "Import", "{n} cells held control characters (invisible, not text); they were removed.").format(
            n=len(sheet.cleaned)), sheet.name, r + 1, col_letter(c), "note"))
    return parsed


def _no_header(fname: str, sheet: str | None) -> ImportFormatError:
    return _err(translate(
        "Import",
        "No score-sheet header found: looked in the first {n} rows for a column of indicator names "
        "(一级指标 / 二级指标 / 三级指标 or 指标名称) and a weight column (分值 / 权重).",
    ).format(n=HEADER_SCAN_ROWS), fname, sheet=sheet)


def _with_leaves(parsed: ParsedSheet) -> ParsedSheet:
    if not parsed.leaves():
        raise _err(translate("Import", "The header was found (row {row}) but no indicator rows below it.").format(
            row=parsed.header_rows[-1]), parsed.file, sheet=parsed.sheet)
    return parsed


def _choose(found: list[ParsedSheet]) -> ParsedSheet:
    """The sheet holding the framework; the others must be copies or summaries of it."""
    best = max(found, key=lambda p: (len(list(iter_parsed(p.roots))), -found.index(p)))
    others = [p for p in found if p is not best]
    if all(_same_framework(best, p) for p in others):
        best.also_in = [p.sheet for p in others]
        return best
    raise SheetChoiceError(translate(
        "Import", "Several sheets hold different indicator frameworks: {sheets}. Choose the sheet to import.").format(
            sheets="; ".join(translate("Import", "“{sheet}” ({n} indicators)").format(sheet=p.sheet, n=len(p.leaves()))
                             for p in found)), file=found[0].file, candidates=[p.sheet for p in found])


def stated_figures(parsed: ParsedSheet) -> dict[str, Any]:
    """What the sheet itself stated about its rows, kept with the project so the consistency
    check (``evaltool.check``) can compare it with the tree later, after edits:
    ``{"total": the 合计 score, "nodes": [{"path", "weight", "score", "row"}]}`` — a group's
    own row or its 小计. Positive/negative part totals are left out (they are not the total)."""
    paths = {id(n): path for _level, path, n in iter_parsed(parsed.roots)}
    out: dict[str, Any] = {"nodes": []}
    for st in parsed.stated:
        if st.kind == "total" and st.node is None and st.score is not None and "total" not in out:
            out["total"] = st.score
        elif st.node is not None and id(st.node) in paths and (st.weight is not None or st.score is not None):
            out["nodes"].append({"path": paths[id(st.node)], "weight": st.weight, "score": st.score, "row": st.row})
    return out


def import_parsed(session: Session, parsed: ParsedSheet, name: str | None = None,
                  progress: Callable[[int, int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """Create a project from a parsed sheet (in the caller's session; never commits).

    The project is named ``name``, else the sheet's project name (项目名称, or its title
    without 附件/评分表 noise), else the file's name; the facts the sheet carries
    (评价机构, 评价基准日, 预算单位, …) fill the project's fields.
    """
    pname = (name or "").strip() or parsed.facts.get("name") or parsed.title or Path(parsed.file).stem
    fields = {k: v for k, v in parsed.facts.items() if k in PROJECT_FIELDS and k != "name"}
    imported = {"file": parsed.file, "sheet": parsed.sheet, "stated": stated_figures(parsed)}
    project = create_project(session, pname, settings={"imported_from": imported}, **fields)
    pid = project.id
    nodes = list(iter_parsed(parsed.roots))
    total = len(nodes)
    created: list[tuple[str, ParsedNode]] = []

    def add(n: ParsedNode, parent_id: str | None, pos: float) -> None:
        fields: dict[str, Any] = {k: getattr(n, k) for k in ("description", "criteria", "evidence_hint") if getattr(n, k)}
        if n.is_negative:
            fields.update(is_negative=True, cap=n.cap)
        ind = add_indicator(session, pid, parent_id, n.name, n.weight or 0.0, pos, **fields)
        created.append((ind.id, n))
        if cancelled is not None and cancelled():
            raise Cancelled(translate("Import", "Import cancelled; nothing was created."))
        if progress is not None:
            progress(len(created), total)
        for i, c in enumerate(n.children):
            add(c, ind.id, float(i + 1))

    for i, root in enumerate(parsed.roots):
        add(root, None, float(i + 1))

    scored = [(iid, n) for iid, n in created if n.is_leaf and (n.score is not None or n.comment)]
    if scored:
        # the evaluator's name is data shown in every language, as the team writes it
        ev = create_evaluator(session, f"导入：{parsed.file}", "imported")
        add_member(session, pid, ev.id, "imported")
        reason = translate("Import", "Imported from {file}").format(file=parsed.file)
        for iid, n in scored:
            set_score(session, pid, iid, ev.id, n.score, comment=n.comment or "")
            if n.score is not None:
                set_final(session, pid, iid, n.score, reason=reason, comment=n.comment or "",
                          decided_by=ev.id, method="set")
    session.flush()
    return ImportResult(pid, sum(1 for _i, n in created if n.is_leaf), list(parsed.findings),
                        nodes=len(created), scores=sum(1 for _i, n in scored if n.score is not None), name=pname,
                        stated=list(parsed.stated))


def import_sheet(session: Session, path: str | Path, sheet: str | None = None, name: str | None = None,
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """Parse a score sheet and create a new project with its framework and scores.

    Scores become final scores (method "set", reason naming the file) and the scores of
    an evaluator "导入：<file>" (role "imported"). Nothing is committed here.
    """
    return import_parsed(session, parse_sheet(path, sheet), name, progress, cancelled)
