"""Import of a 绩效目标表 or 自评表 from the unit's Excel / CSV file.

Read through ``evaltool.spreadsheet`` (the one safe reader: sizes, zip bombs, encrypted
and damaged files refused), then:

- **the header** is found in the first rows by its labels (一级指标, 二级指标, 三级指标 /
  指标名称, 指标值 / 年度指标值 / 当年度指标值, 实际完成值 / 实际值, 分值, 得分 / 自评得分,
  偏差原因 / 未完成原因, 子项目, 备注); merged or blank 一级 / 二级 cells are filled down;
- **rows that are not targets** are told apart: 合计 / 小计 rows (their stated 分值 and
  得分 are compared with the rows above), 注 / 说明 notes, blank rows;
- **reconciliation**, shown before anything is stored: a stated total that differs from
  the sum of its rows, a 自评分 above its 分值, a target without a value, two rows of one
  sub-project with the same name — each a warning naming the file, sheet, row and column;
- **refusal** with nothing changed: no header, no target row, a number that is not a
  number (naming the cell), a table that already has rows for that sub-project (unless
  replacing them, which tombstones the old rows: they stay recoverable).

Which table a file is (``declared`` / ``self_eval``) is given, or read from the title
(自评) and from its columns (自评得分, 偏差原因 …). Operators are inferred from each
target as evaluators read them (``targets.parse_target``). Functions take a Session,
flush, never commit; ``read_targets`` writes nothing (the preview).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from evaltool.errors import ImportFormatError, ValidationError
from evaltool.i18n import translate
from evaltool.models import Target
from evaltool.numbers import NumberError, parse_number
from evaltool.scoresheet.layout import Grid, cell_text, col_letter
from evaltool.spreadsheet import Limits, Sheet, located, open_workbook
from evaltool.targets import TABLE_KINDS, add_target, name_key

LIMITS = Limits(max_rows=20_000, max_cols=200)
HEADER_SCAN_ROWS = 30
FIELD_LABELS: list[tuple[str, tuple[str, ...]]] = [
    ("level1", ("一级指标", "一级")),
    ("level2", ("二级指标", "二级")),
    ("name", ("三级指标", "三级", "指标名称", "绩效指标", "指标内容", "具体指标", "指标")),
    ("target", ("年度指标值", "当年度指标值", "本年指标值", "全年指标值", "指标值", "目标值", "年度目标值",
                "预期指标值", "计划值", "预期目标", "绩效目标值")),
    ("actual", ("实际完成值", "全年实际值", "当年实际值", "年度实际值", "实际值", "完成值", "实际完成情况",
                "实际完成", "执行情况")),
    ("points", ("分值", "权重", "指标分值")),
    ("score", ("自评得分", "得分", "自评分", "评价得分")),
    ("reason", ("偏差原因分析及改进措施", "未完成原因分析及改进措施", "偏差原因", "未完成原因", "原因分析",
                "偏差原因分析", "未完成原因分析")),
    ("sub_project", ("子项目", "子项目名称", "项目名称", "合同名称", "所属项目")),
    ("note", ("备注", "说明")),
]
TOTAL_RE = re.compile(r"^(合计|小计|总计|总分|得分合计|合计得分)")
NOTE_RE = re.compile(r"^(注|备注|说明|填表说明|填表人|填报人|联系人|联系电话|审核人|日期)\s*\d*\s*[：:、.．]?")
SELF_EVAL_RE = re.compile(r"自评")


def _norm_label(v: Any) -> str:
    return re.sub(r"[\s\n（(][^）)]*[）)]|\s", "", str(v or ""))


def _field_of(label: Any) -> str | None:
    text = _norm_label(label)
    if not text:
        return None
    for name, labels in FIELD_LABELS:
        if text in labels:
            return name
    return None


@dataclass
class SheetTarget:
    """One target row as read (``row`` 1-based, as the spreadsheet shows it)."""

    row: int
    sub_project: str
    level1: str
    level2: str
    name: str
    target_text: str
    actual_text: str = ""
    points: float | None = None
    self_score: float | None = None
    reason: str = ""
    note: str = ""

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class ParsedTargets:
    """A target table read from a file, not yet stored (the preview)."""

    file: str
    sheet: str
    table_kind: str
    header_row: int
    columns: dict[str, str]  # field → column letter
    rows: list[SheetTarget]
    warnings: list[str] = field(default_factory=list)
    title: str = ""

    @property
    def sub_projects(self) -> list[str]:
        return list(dict.fromkeys(r.sub_project for r in self.rows))

    def as_json(self) -> dict[str, Any]:
        return {"file": self.file, "sheet": self.sheet, "table_kind": self.table_kind, "header_row": self.header_row,
                "columns": dict(self.columns), "title": self.title, "rows": [r.as_json() for r in self.rows],
                "warnings": list(self.warnings)}


def _err(message: str, file: str, sheet: str | None = None, row: int | None = None,
         column: str | None = None) -> ImportFormatError:
    return ImportFormatError(message, file=file, sheet=sheet, row=row, column=column)


def _grid(sheet: Sheet) -> Grid:
    grid = Grid(sheet.name, sheet.rows, percent=set(sheet.percent))
    grid.fill_merged(sheet.merged)
    return grid


def _find_header(grid: Grid) -> tuple[int, dict[str, int]] | None:
    """(row index, {field: column}) of the best header among the first rows; one row or two."""
    best: tuple[int, dict[str, int]] | None = None
    for r in range(min(HEADER_SCAN_ROWS, len(grid.rows))):
        fields: dict[str, int] = {}
        for c, v in enumerate(grid.rows[r]):
            f = _field_of(v)
            if f is not None and f not in fields:
                fields[f] = c
        # a two-row header (绩效指标 over 一级 / 二级 / 三级): the row below is more specific, so
        # its labels win over the merged group label above them
        if r + 1 < len(grid.rows):
            for c, v in enumerate(grid.rows[r + 1]):
                f = _field_of(v)
                if f is not None:
                    for other in [k for k, col in fields.items() if col == c]:
                        del fields[other]
                    fields[f] = c
        if "name" in fields and "target" in fields and (best is None or len(fields) > len(best[1])):
            below = r + 1 if any(_field_of(v) for v in (grid.rows[r + 1] if r + 1 < len(grid.rows) else [])) else r
            best = (below, fields)
    return best


def _title(grid: Grid, header: int) -> str:
    for r in range(max(0, header - 3), header):
        texts = [cell_text(v) for v in grid.rows[r] if cell_text(v)]
        if len(texts) == 1 or (texts and len(set(texts)) == 1):
            return texts[0]
    return ""


def read_targets(path: str | Path, sheet: str | None = None, table_kind: str | None = None) -> ParsedTargets:
    """Read a target table without writing anything; ImportFormatError names file, sheet, row, column."""
    fname = Path(path).name
    if table_kind is not None and table_kind not in TABLE_KINDS:
        raise ValidationError(translate("Errors", "Unknown target table “{kind}”; use declared or self_eval.").format(
            kind=table_kind))
    with open_workbook(path, LIMITS) as book:
        names = [sheet] if sheet is not None else [n for n in book.names if n not in book.hidden]
        for name in names:
            grid = _grid(book.sheet(name))
            found = _find_header(grid)
            if found is None:
                continue
            return _parse(grid, found[0], found[1], fname, table_kind)
    raise _err(translate("Import", "No target-table header found: looked in the first {n} rows for a column of "
                                   "indicator names (三级指标 / 指标名称) and a column of target values "
                                   "(指标值 / 年度指标值).").format(n=HEADER_SCAN_ROWS),
               fname, sheet=names[0] if len(names) == 1 else None)


def _parse(grid: Grid, header: int, cols: dict[str, int], fname: str, table_kind: str | None) -> ParsedTargets:
    title = _title(grid, header)
    kind = table_kind or ("self_eval" if SELF_EVAL_RE.search(title) or "score" in cols
                          else "declared")
    letters = {f: col_letter(c) for f, c in cols.items()}
    parsed = ParsedTargets(fname, grid.name, kind, header + 1, letters, [], title=title)
    warn = parsed.warnings

    def cell(r: int, f: str) -> str:
        c = cols.get(f)
        if c is None or c >= len(grid.rows[r]):
            return ""
        return cell_text(grid.rows[r][c])

    def number(r: int, f: str) -> float | None:
        c = cols.get(f)
        if c is None or c >= len(grid.rows[r]):
            return None
        try:
            return parse_number(grid.rows[r][c]).value  # the one reader of typed numbers (1，5 is 1.5)
        except NumberError as exc:
            raise _err(translate("Import", "“{value}” is not a number ({field}).").format(
                value=grid.rows[r][c], field=_field_name(f)) + " " + str(exc), fname, grid.name, r + 1,
                col_letter(c)) from None

    level1 = level2 = sub = ""
    block_start = 0  # rows since the last stated total
    for r in range(header + 1, len(grid.rows)):
        values = [cell_text(v) for v in grid.rows[r]]
        if not any(values):
            continue
        first = next((v for v in values if v), "")
        name = cell(r, "name")
        if TOTAL_RE.match(first) or TOTAL_RE.match(name):
            _check_total(parsed, r, number(r, "points"), number(r, "score"), block_start, cols)
            block_start = len(parsed.rows)
            continue
        if NOTE_RE.match(first) and not name:
            continue
        level1 = cell(r, "level1") or level1
        level2 = cell(r, "level2") or level2
        sub = cell(r, "sub_project") or sub
        target = cell(r, "target")
        if not name:
            if target:
                warn.append(located(translate("Import", "A target value “{value}” without an indicator name is left "
                                                        "out.").format(value=target), fname, grid.name, r + 1))
            continue
        row = SheetTarget(r + 1, sub, level1, level2, name, target, cell(r, "actual"), number(r, "points"),
                          number(r, "score"), cell(r, "reason"), cell(r, "note"))
        if not target:
            warn.append(located(translate("Import", "“{name}” has no target value (column {col}).").format(
                name=name, col=letters.get("target", "")), fname, grid.name, r + 1))
        if row.points is not None and row.self_score is not None and row.self_score > row.points + 1e-9:
            warn.append(located(translate("Import", "The self-evaluation score {score} of “{name}” is more than its "
                                                    "points {points}.").format(
                score=_num(row.self_score), name=name, points=_num(row.points)), fname, grid.name, r + 1))
        parsed.rows.append(row)
    if not parsed.rows:
        raise _err(translate("Import", "The header was found (row {row}) but no target rows below it.").format(
            row=header + 1), fname, sheet=grid.name)
    seen: dict[tuple[str, str], int] = {}
    for row in parsed.rows:
        key = (row.sub_project, name_key(row.name))
        if key in seen:
            warn.append(located(translate("Import", "“{name}” appears twice (rows {a} and {b}).").format(
                name=row.name, a=seen[key], b=row.row), fname, grid.name, row.row))
        else:
            seen[key] = row.row
    return parsed


def _num(v: float | None) -> str:
    if v is None:
        return ""
    return f"{v:.4f}".rstrip("0").rstrip(".")


def _field_name(f: str) -> str:
    return {"points": "分值", "score": "得分"}.get(f, f)


def _check_total(parsed: ParsedTargets, r: int, points: float | None, score: float | None, start: int,
                 cols: dict[str, int]) -> None:
    """A stated 合计 against the rows since the previous total (or the whole table)."""
    rows = parsed.rows[start:] or parsed.rows
    for value, attr, f in ((points, "points", "points"), (score, "self_score", "score")):
        if value is None:
            continue
        parts = [getattr(x, attr) for x in rows if getattr(x, attr) is not None]
        summed = sum(parts)
        if parts and abs(summed - value) > 0.005:
            parsed.warnings.append(located(translate("Import", "The stated total {stated} (column {col}) is not the sum of "
                                                               "the rows above, {sum}.").format(
                stated=_num(value), col=col_letter(cols[f]), sum=_num(summed)), parsed.file, parsed.sheet, r + 1))


@dataclass
class TargetImport:
    added: int
    replaced: int
    table_kind: str
    sub_projects: list[str]
    warnings: list[str]

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def import_targets(session: Session, project_id: str, parsed: ParsedTargets, *, sub_project: str | None = None,
                   replace: bool = False, append: bool = False) -> TargetImport:
    """Store the parsed rows in the project (all or nothing).

    ``sub_project`` sets the rows' sub-project when the file has no such column. When the
    table already has rows for a sub-project the import is refused unless ``replace``
    (the old rows are tombstoned) or ``append``.
    """
    rows = parsed.rows
    if sub_project is not None:
        rows = [SheetTarget(**{**r.as_json(), "sub_project": r.sub_project or sub_project.strip()}) for r in rows]
    subs = list(dict.fromkeys(r.sub_project for r in rows))
    existing = list(session.scalars(select(Target).where(
        Target.project_id == project_id, Target.deleted.is_(False), Target.table_kind == parsed.table_kind,
        Target.sub_project.in_(subs))))
    if existing and not (replace or append):
        raise ValidationError(translate("Errors", "The {table} already has {n} rows for {subs}; import with --replace to "
                                                  "replace them (they stay recoverable) or --append to add to them.").format(
            table=translate("Targets", "self-evaluation table" if parsed.table_kind == "self_eval" else "target table"),
            n=len(existing), subs="、".join(s or translate("Targets", "the whole project") for s in subs)))
    if replace:
        for t in existing:
            t.deleted = True
    positions = session.scalars(select(Target.position).where(Target.project_id == project_id)).all()
    pos = (max(positions) if positions else 0.0) + 1.0
    for r in rows:
        add_target(session, project_id, name=r.name, target_text=r.target_text, actual_text=r.actual_text,
                   level1=r.level1, level2=r.level2, table_kind=parsed.table_kind, sub_project_name=r.sub_project,
                   note=r.note, reason=r.reason, points=r.points, self_score=r.self_score, position=pos)
        pos += 1.0
    session.flush()
    return TargetImport(len(rows), len(existing) if replace else 0, parsed.table_kind, subs, list(parsed.warnings))
