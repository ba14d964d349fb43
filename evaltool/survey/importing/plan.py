"""Import of questionnaire answers from .xlsx / .xls / .csv, as survey platforms export them.

One row per respondent, a column per question, answers as labels or codes, optionally a
column naming the respondent group, an id, the administrative level and the unit.

Two steps, so a person can look before anything is written:
1. ``plan_import`` reads the file, maps columns to questions (by key, question text or
   numbering, tolerant to spaces and full-width characters), parses every cell and lists
   the problems with their spreadsheet row numbers;
2. ``apply_import`` writes the planned questionnaires in the caller's session. When rows
   have problems it refuses unless told to skip those rows; since the edge commits once,
   a failure leaves the database as it was (nothing is imported half-way).

Files are read by ``evaltool.spreadsheet`` (the safe reader every import uses) and CSV
text decoded by ``evaltool.textio``: UTF-8 with or without BOM, UTF-16 with BOM,
otherwise GB18030 (a superset of GBK and GB2312, what Excel on a Chinese Windows
writes); anything else is refused.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from evaltool.errors import Cancelled, ImportFormatError, ValidationError
from evaltool.i18n import translate
from evaltool.models import RespondentGroup, Response, new_id
from evaltool.spreadsheet import Limits, open_workbook
from evaltool.survey import (
    CHOICE_KINDS,
    QuestionInfo,
    SurveyInfo,
    add_group,
    answer_problem,
    load_survey,
    norm_text,
    normalize_answer,
)

GROUP_HEADERS = ("组别", "群体", "调查对象", "受访对象", "对象类型", "对象", "类别", "respondentgroup", "group")
REF_HEADERS = ("问卷编号", "答卷编号", "编号", "序号", "respondentid", "respondent", "id", "no", "no.")
LEVEL_HEADERS = ("行政层级", "层级", "级别", "level")
UNIT_HEADERS = ("单位名称", "所在单位", "单位", "unit", "unitname")
# Answer files: the file, zip and XML limits of every import; 100,000 questionnaires,
# 1,000 columns and 2 million cells at most (a larger sheet is refused, never cut).
LIMITS = Limits(max_rows=100_000, max_cols=1_000, max_cells=2_000_000)


@dataclass
class TableData:
    """A sheet or CSV file as rows of cells; ``first_row`` is the spreadsheet row number of rows[0]."""

    file: str
    sheet: str | None
    headers: list[str]
    rows: list[list[Any]]
    first_row: int
    encoding: str | None = None


@dataclass
class Problem:
    row: int | None
    column: str | None
    message: str
    kind: str = "error"  # error (row needs a decision) | blank (skipped) | note

    def as_json(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "message": self.message, "kind": self.kind}

    def __str__(self) -> str:
        where = []
        if self.row is not None:
            where.append(translate("Survey", "row {row}").format(row=self.row))
        if self.column:
            where.append(translate("Survey", "column {column}").format(column=self.column))
        return f"{', '.join(where)}: {self.message}" if where else self.message


@dataclass
class PlannedRow:
    row: int
    group: str | None  # group name (existing or to be created) or None
    ref: str
    level: str
    unit: str
    answers: dict[str, Any]
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(p.kind == "error" for p in self.problems)


@dataclass
class ImportPlan:
    survey_id: str
    table: TableData
    mapping: dict[int, str]  # column index → question key
    group_column: int | None
    ref_column: int | None
    level_column: int | None
    unit_column: int | None
    default_group: str | None
    rows: list[PlannedRow]
    problems: list[Problem]  # file-level problems and blank rows
    new_groups: list[str]

    @property
    def ok_rows(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.ok]

    @property
    def bad_rows(self) -> list[PlannedRow]:
        return [r for r in self.rows if not r.ok]

    def all_problems(self) -> list[Problem]:
        out = list(self.problems)
        for r in self.rows:
            out.extend(r.problems)
        return sorted(out, key=lambda p: (p.row or 0, p.column or ""))

    def as_json(self) -> dict[str, Any]:
        h = self.table.headers
        return {"file": self.table.file, "sheet": self.table.sheet, "encoding": self.table.encoding,
                "mapping": {h[i]: k for i, k in self.mapping.items()},
                "group_column": h[self.group_column] if self.group_column is not None else None,
                "rows": len(self.rows), "ok_rows": len(self.ok_rows), "bad_rows": len(self.bad_rows),
                "new_groups": self.new_groups,
                "problems": [p.as_json() for p in self.all_problems()]}


@dataclass
class ImportResult:
    imported: int
    skipped: int
    groups_created: list[str]
    response_ids: list[str]

    def as_json(self) -> dict[str, Any]:
        return {"imported": self.imported, "skipped": self.skipped, "groups_created": self.groups_created}


# -- reading files -----------------------------------------------------------------

def _cell(v: Any) -> Any:
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, str):
        return v.strip()
    return v


def _blank(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def _split_header(rows: list[list[Any]], file: str, sheet: str | None, encoding: str | None) -> TableData:
    start = next((i for i, r in enumerate(rows) if any(not _blank(c) for c in r)), None)
    if start is None:
        raise ImportFormatError(translate("Errors", "The file has no header row and no answers."), file=file, sheet=sheet)
    headers = [str(_cell(c)) if not _blank(c) else "" for c in rows[start]]
    width = len(headers)
    while width and not headers[width - 1]:
        width -= 1
    headers = headers[:width]
    body = [[_cell(c) for c in (r[:width] + [None] * (width - len(r)))] for r in rows[start + 1:]]
    while body and all(_blank(c) for c in body[-1]):
        body.pop()  # trailing empty rows of a sheet are not "blank questionnaires"
    return TableData(file, sheet, headers, body, start + 2, encoding)


def read_table(path: str | Path, sheet: str | None = None) -> TableData:
    """The named (else the first) sheet of an .xlsx/.xls file, or a CSV file, as headers and rows.

    Read by ``evaltool.spreadsheet`` under ``LIMITS``, so everything is checked before
    anything is parsed (size, zip bombs, XML declarations, encryption) and a sheet larger
    than the limits is refused, never cut. Raises ``ImportFormatError`` (a
    ``SpreadsheetError`` for refused files) naming the file and sheet.
    """
    with open_workbook(path, LIMITS, merged_cells=False) as book:
        data = book.sheet(sheet or None)
        return _split_header(data.rows, book.file, None if book.kind == "csv" else data.name, book.encoding)


# -- mapping -----------------------------------------------------------------------

_NUMBERING = re.compile(r"^(?:q|第)?\d{1,3}(?:题)?[.、:：)\]]*")
_DECOR = re.compile(r"[(\[【（][^)\]】）]*(?:单选|多选|填空|必答|选择|题|single|multiple)[^)\]】）]*[)\]】）]$")


def _header_core(h: str) -> str:
    t = norm_text(h)
    t = _DECOR.sub("", t)
    t = _NUMBERING.sub("", t) or t
    return t.rstrip("?？:：")


def guess_mapping(survey: SurveyInfo, headers: list[str]) -> dict[int, str]:
    """Column index → question key, by key, question text (Chinese or English) or numbering."""
    out: dict[int, str] = {}
    taken: set[str] = set()
    qtexts = [(q, norm_text(q.key), _header_core(q.text), _header_core(q.text_en)) for q in survey.questions]
    # pass 1: exact key or exact text; pass 2: containment of texts of 4+ characters
    for exact in (True, False):
        for i, h in enumerate(headers):
            if i in out or not h:
                continue
            nh, core = norm_text(h), _header_core(h)
            for q, key, t, te in qtexts:
                if q.key in taken:
                    continue
                if exact:
                    hit = nh == key or core in (t, te) or nh in (t, te)
                else:
                    hit = any(len(x) >= 4 and (x in core or (len(core) >= 4 and core in x)) for x in (t, te) if x)
                if hit:
                    out[i] = q.key
                    taken.add(q.key)
                    break
    return out


def _find_column(headers: list[str], names: tuple[str, ...], exclude: set[int]) -> int | None:
    norm = [norm_text(h) for h in headers]
    for name in names:
        for i, h in enumerate(norm):
            if i not in exclude and h == name:
                return i
    return None


def column_index(headers: list[str], name: str | int | None, file: str) -> int | None:
    """A column by header text (tolerant) or 1-based number; ImportFormatError if missing."""
    if name is None or name == "":
        return None
    if isinstance(name, int):
        if 1 <= name <= len(headers):
            return name - 1
    else:
        target = norm_text(name)
        for i, h in enumerate(headers):
            if norm_text(h) == target:
                return i
    raise ImportFormatError(translate("Errors", "No column “{name}” in the file. Columns: {columns}").format(
        name=name, columns=", ".join(h for h in headers if h)), file=file, row=1)


# -- planning ----------------------------------------------------------------------

def plan_import(session: Session, survey_id: str, path: str | Path | None = None, *,
                table: TableData | None = None, mapping: dict[int, str] | None = None,
                group_column: str | int | None = None, ref_column: str | int | None = None,
                level_column: str | int | None = None, unit_column: str | int | None = None,
                default_group: str | None = None, create_groups: bool = True,
                guess_columns: bool = True, sheet: str | None = None) -> ImportPlan:
    """Read and check a file against a survey; writes nothing.

    ``mapping`` overrides the guessed column → question mapping. A named column that is
    missing raises ImportFormatError. Group values that match no group become new groups
    when ``create_groups`` (listed in ``new_groups``), else row problems.
    """
    survey = load_survey(session, survey_id)
    if table is None:
        if path is None:
            raise ValueError("path or table")
        table = read_table(path, sheet)
    headers = table.headers
    file = table.file
    gcol = column_index(headers, group_column, file)
    rcol = column_index(headers, ref_column, file)
    lcol = column_index(headers, level_column, file)
    ucol = column_index(headers, unit_column, file)
    if mapping is None:
        mapping = guess_mapping(survey, headers)
    used = set(mapping)
    if guess_columns:
        def taken() -> set[int]:
            return used | {c for c in (gcol, rcol, lcol, ucol) if c is not None}

        if gcol is None and group_column is None:
            gcol = _find_column(headers, GROUP_HEADERS, taken())
        if rcol is None and ref_column is None:
            rcol = _find_column(headers, REF_HEADERS, taken())
        if lcol is None and level_column is None:
            lcol = _find_column(headers, LEVEL_HEADERS, taken())
        if ucol is None and unit_column is None:
            ucol = _find_column(headers, UNIT_HEADERS, taken())
    for i in list(mapping):
        if i in (gcol, rcol, lcol, ucol):
            del mapping[i]
    if not mapping:
        raise ImportFormatError(translate("Errors", "No column matches a question of “{survey}”. Name the columns after the question keys or texts, or map them by hand.").format(
            survey=survey.name), file=file, row=table.first_row - 1)
    bad_keys = [k for k in mapping.values() if survey.question(k) is None]
    if bad_keys:
        raise ImportFormatError(translate("Errors", "The survey has no question “{key}”.").format(key=bad_keys[0]), file=file)

    problems: list[Problem] = []
    groups_by_norm = {norm_text(g.name): g.name for g in survey.groups}
    default = None
    if default_group:
        g = survey.group(default_group)
        if g is None:
            raise ValidationError(translate("Errors", "No respondent group “{name}” in the survey.").format(name=default_group))
        default = g.name
    elif gcol is None and len(survey.groups) == 1:
        default = survey.groups[0].name
    if gcol is None and default is None and survey.groups:
        problems.append(Problem(None, None, translate("Survey", "There is no group column and the survey has several groups: choose the group column or one group for all rows."), "error"))

    existing_refs = set(session.scalars(select(Response.respondent_ref).where(
        Response.survey_id == survey_id, Response.deleted.is_(False), Response.respondent_ref != "")))
    seen_refs: dict[str, int] = {}
    new_groups: list[str] = []
    rows: list[PlannedRow] = []
    qcols = [(i, survey.question(k)) for i, k in sorted(mapping.items())]
    for offset, cells in enumerate(table.rows):
        rownum = table.first_row + offset
        if all(_blank(c) for c in cells):
            problems.append(Problem(rownum, None, translate("Survey", "Blank row, skipped."), "blank"))
            continue
        pr = PlannedRow(rownum, default, "", "", "", {})
        if gcol is not None:
            raw = cells[gcol]
            if _blank(raw):
                if default is None:
                    pr.problems.append(Problem(rownum, headers[gcol], translate("Survey", "No respondent group given.")))
            else:
                name = groups_by_norm.get(norm_text(raw))
                if name is None:
                    name = str(raw).strip()
                    if create_groups:
                        groups_by_norm[norm_text(name)] = name
                        new_groups.append(name)
                    else:
                        pr.problems.append(Problem(rownum, headers[gcol], translate("Survey", "“{value}” is not a respondent group of the survey.").format(value=raw)))
                pr.group = name
        if rcol is not None and not _blank(cells[rcol]):
            pr.ref = str(cells[rcol]).strip()
            if pr.ref in seen_refs:
                pr.problems.append(Problem(rownum, headers[rcol], translate("Survey", "Respondent id “{ref}” repeats row {first}.").format(ref=pr.ref, first=seen_refs[pr.ref])))
            elif pr.ref in existing_refs:
                pr.problems.append(Problem(rownum, headers[rcol], translate("Survey", "Respondent id “{ref}” is already in the survey.").format(ref=pr.ref)))
            else:
                seen_refs[pr.ref] = rownum
        if lcol is not None and not _blank(cells[lcol]):
            pr.level = str(cells[lcol]).strip()
        if ucol is not None and not _blank(cells[ucol]):
            pr.unit = str(cells[ucol]).strip()
        for i, q in qcols:
            assert q is not None
            raw = cells[i]
            try:
                val = normalize_answer(q, raw)
            except (ValueError, TypeError):
                pr.problems.append(Problem(rownum, headers[i], answer_problem(q, raw)))
                continue
            if val is not None:
                pr.answers[q.key] = val
        if not pr.answers and not pr.problems:
            pr.problems.append(Problem(rownum, None, translate("Survey", "No answers in this row."), "error"))
        rows.append(pr)
    if not rows:
        problems.append(Problem(None, None, translate("Survey", "The file has no questionnaires."), "error"))
    return ImportPlan(survey_id, table, dict(mapping), gcol, rcol, lcol, ucol, default, rows, problems, new_groups)


def plan_blocked(plan: ImportPlan) -> list[Problem]:
    """File-level problems that stop an import whatever the user chooses."""
    return [p for p in plan.problems if p.kind == "error"]


def apply_import(session: Session, plan: ImportPlan, *, skip_bad_rows: bool = False,
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """Write the plan's questionnaires (all or nothing: the edge commits once)."""
    blocked = plan_blocked(plan)
    if blocked:
        raise ImportFormatError(str(blocked[0]), file=plan.table.file)
    bad = plan.bad_rows
    if bad and not skip_bad_rows:
        first = [str(p) for r in bad[:5] for p in r.problems if p.kind == "error"][:5]
        raise ImportFormatError(translate("Errors", "{count} rows have problems; fix them or choose to skip them. {first}").format(
            count=len(bad), first="; ".join(first)), file=plan.table.file)
    survey = load_survey(session, plan.survey_id)
    by_name = {g.name: g.id for g in survey.groups}
    created: list[str] = []
    for name in plan.new_groups:
        if name not in by_name and any(r.group == name for r in plan.ok_rows):
            by_name[name] = add_group(session, plan.survey_id, name).id
            created.append(name)
    evaluator = session.info["actor"].evaluator_id if session.info.get("actor") else None
    rows = plan.ok_rows
    total = len(rows)
    ids: list[str] = []
    for i, r in enumerate(rows):
        if i % 500 == 0:
            if cancelled is not None and cancelled():
                raise Cancelled(translate("Errors", "The import was cancelled; nothing was imported."))
            if progress is not None:
                progress(i, total)
        rid = new_id()
        session.add(Response(id=rid, project_id=survey.project_id, survey_id=plan.survey_id,
                             group_id=by_name.get(r.group) if r.group else None, respondent_ref=r.ref,
                             level=r.level, unit_name=r.unit, answers=dict(r.answers), entered_by=evaluator))
        ids.append(rid)
        if i % 2000 == 1999:
            session.flush()
    session.flush()
    if progress is not None:
        progress(total, total)
    return ImportResult(total, len(plan.bad_rows), created, ids)


def question_choices_hint(q: QuestionInfo) -> str:
    if q.kind not in CHOICE_KINDS:
        return q.kind
    return " / ".join(f"{o['code']} {o['label']}" for o in q.options)


def group_names(session: Session, survey_id: str) -> list[str]:
    return list(session.scalars(select(RespondentGroup.name).where(
        RespondentGroup.survey_id == survey_id, RespondentGroup.deleted.is_(False))))
