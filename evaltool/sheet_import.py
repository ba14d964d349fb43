"""Import of existing indicator score sheets (指标得分表) from .xlsx, .xls and .csv.

Reads sheets the way people make them: the header is found by its labels wherever
it is (title rows above are skipped), may span two or three rows (a merged group
header such as 评价指标 over 一级/二级/三级指标), and uses any of the usual column
names (分值 / 权重 / 指标分值, 得分 / 评价得分, 评价意见 / 扣分原因, …). The hierarchy
comes from merged cells, values filled down, or one row per node; weights may be
written inside names (``决策（16）``) or in their own column(s). Subtotal and total
rows (合计, 小计, 总计, 得分合计) are recognised and not taken as indicators;
negative weights make 逆向指标. Multi-line cell text is kept as written.

``parse_sheet`` only reads (the UI's preview); ``import_sheet`` creates a project in
the caller's session, so a failure anywhere leaves nothing behind (the edge rolls back).

Safety: the file type is decided by its bytes, not its name; an .xlsx is a zip whose
declared uncompressed sizes are checked before openpyxl opens it (refusing "zip
bombs"), and openpyxl parses its XML through defusedxml (entity expansion refused).
"""
from __future__ import annotations

import csv
import io
import re
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from evaltool.errors import Cancelled, ImportFormatError
from evaltool.framework import add_indicator
from evaltool.i18n import translate
from evaltool.projects import add_member, create_evaluator, create_project
from evaltool.scoring import fmt_score, set_final, set_score

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024
MAX_ZIP_ENTRIES = 5000
MAX_RATIO = 500  # uncompressed / compressed for any large zip member
MAX_ROWS = 5000
MAX_COLS = 60
HEADER_SCAN_ROWS = 30
EPS = 1e-6

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le")

# field → (exact labels, label fragments); fragments are tried in this order after exact matches
FIELD_LABELS: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
    ("rate", ("得分率", "得分比率", "达成率"), ("得分率",)),
    ("l1", ("一级指标", "一级", "一级指标名称"), ("一级指标",)),
    ("l2", ("二级指标", "二级", "二级指标名称"), ("二级指标",)),
    ("l3", ("三级指标", "三级", "三级指标名称"), ("三级指标",)),
    ("l4", ("四级指标", "四级", "四级指标名称"), ("四级指标",)),
    ("criteria", ("评分标准", "评分规则", "评分细则", "评分方法", "计分方法", "评价标准", "考核标准",
                  "评分依据", "评分办法"), ("评分标准", "评分规则", "评分细则", "评分方法", "评价标准")),
    ("comment", ("评价意见", "扣分原因", "评价说明", "扣分说明", "得分说明", "扣分理由", "得分理由",
                 "评分说明", "评价结论", "存在问题"), ("评价意见", "扣分", "得分说明", "评价说明", "得分理由")),
    ("description", ("指标说明", "评价要点", "指标解释", "指标内涵", "指标释义", "评价内容", "指标定义",
                     "考核内容", "考核要点", "指标解释及评价要点"), ("指标说明", "评价要点", "指标解释", "指标内涵")),
    ("evidence", ("佐证材料", "佐证资料", "证明材料", "评价依据", "数据来源", "核查材料"), ("佐证",)),
    ("weight", ("分值", "权重", "指标分值", "标准分值", "标准分", "满分", "分数", "权重分", "权重分值",
                "指标权重", "分值权重", "指标分数"), ("分值", "权重")),
    ("score", ("得分", "评价得分", "评分", "实际得分", "最终得分", "评估得分", "综合得分", "得分值",
               "考核得分", "评定得分"), ("得分",)),
    ("name", ("指标名称", "指标", "评价指标", "考核指标", "绩效指标", "指标体系"), ()),
    ("seq", ("序号", "编号", "序"), ()),
]
LEVEL_FIELDS = ("l1", "l2", "l3", "l4")
TEXT_FIELDS = ("description", "criteria", "evidence", "comment")
TOTAL_RE = re.compile(r"^(合计|小计|总计|总分|得分合计|合计得分|总得分|加权合计|分值合计|总合计)$|(小计|合计|总计)$")
NOTE_RE = re.compile(r"^(注|备注|说明|填表人|评价人|评分人|复核人|日期|签字|审核)\s*\d*\s*[：:、.．]")
NEGATIVE_GROUP_RE = re.compile(r"逆向|扣分项|减分项|负面")
WEIGHT_IN_NAME_RE = re.compile(r"^(.*?)\s*[（(]\s*(?:分值|权重)?[：:]?\s*(-?\d+(?:\.\d+)?)\s*分?\s*[）)]\s*$")
ENUM_PREFIX_RE = re.compile(r"^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d+(?:\.\d+)*(?:[、．.](?!\d)|\s+)|[A-Za-z]\d+(?:\.\d+)*[、．.\s])\s*")
EMPTY_VALUES = {"", "-", "—", "–", "/", "／", "无", "不适用", "n/a", "N/A", "NA"}


# -- data ---------------------------------------------------------------------

@dataclass
class ParsedNode:
    name: str
    row: int  # 1-based row where the node was first seen
    weight: float | None = None
    weight_explicit: bool = False
    description: str = ""
    criteria: str = ""
    evidence_hint: str = ""
    score: float | None = None
    comment: str = ""
    is_negative: bool = False
    cap: float | None = None
    has_row: bool = False  # a row of its own (not only a group name)
    score_col: int | None = None
    children: list["ParsedNode"] = field(default_factory=list)

    @property
    def is_leaf(self) -> bool:
        return not self.children

    def to_spec(self) -> dict[str, Any]:
        spec: dict[str, Any] = {"name": self.name, "weight": self.weight or 0.0}
        for k in ("description", "criteria", "evidence_hint"):
            if getattr(self, k):
                spec[k] = getattr(self, k)
        if self.is_negative:
            spec["is_negative"] = True
            spec["cap"] = self.cap
        if self.children:
            spec["children"] = [c.to_spec() for c in self.children]
        elif self.score is not None or self.comment:
            spec["score"] = self.score
            spec["comment"] = self.comment
        return spec


def iter_parsed(nodes: list[ParsedNode], level: int = 1, prefix: str = ""):  # noqa: ANN201
    """(level, path, node) in tree order."""
    for n in nodes:
        path = f"{prefix}/{n.name}" if prefix else n.name
        yield level, path, n
        yield from iter_parsed(n.children, level + 1, path)


@dataclass
class ParsedSheet:
    """What a sheet holds, read without touching the database."""

    file: str
    sheet: str
    sheets: list[str]
    header_rows: list[int]  # 1-based
    columns: dict[str, str]  # field → column letter(s)
    title: str
    roots: list[ParsedNode]
    warnings: list[str] = field(default_factory=list)
    total_score: float | None = None  # from a 合计/总计 row, when present

    def leaves(self) -> list[ParsedNode]:
        return [n for _l, _p, n in iter_parsed(self.roots) if n.is_leaf]

    @property
    def scored(self) -> int:
        return sum(1 for n in self.leaves() if n.score is not None)

    def specs(self) -> list[dict[str, Any]]:
        return [n.to_spec() for n in self.roots]

    def as_json(self) -> dict[str, Any]:
        return {"file": self.file, "sheet": self.sheet, "sheets": self.sheets,
                "header_rows": self.header_rows, "columns": self.columns, "title": self.title,
                "indicators": len(self.leaves()), "scores": self.scored,
                "framework": self.specs(), "warnings": self.warnings}


@dataclass
class ImportResult:
    project_id: str
    indicators: int  # leaves (三级指标) created
    warnings: list[str]
    nodes: int = 0
    scores: int = 0
    name: str = ""

    def as_json(self) -> dict[str, Any]:
        return {"project_id": self.project_id, "name": self.name, "indicators": self.indicators,
                "nodes": self.nodes, "scores": self.scores, "warnings": self.warnings}


@dataclass
class Grid:
    """A sheet as a rectangle of values (merged ranges filled from their top-left cell)."""

    name: str
    rows: list[list[Any]]
    origin: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)  # cell → merge top-left
    percent: set[tuple[int, int]] = field(default_factory=set)  # cells formatted as percentages

    def value(self, r: int, c: int) -> Any:
        if r < len(self.rows) and c < len(self.rows[r]):
            return self.rows[r][c]
        return None

    def is_continuation(self, r: int, c: int) -> bool:
        o = self.origin.get((r, c))
        return o is not None and o != (r, c)

    def fill_merged(self, ranges: list[tuple[int, int, int, int]]) -> None:
        """``ranges``: 0-based inclusive (r1, c1, r2, c2)."""
        for r1, c1, r2, c2 in ranges:
            r2, c2 = min(r2, MAX_ROWS - 1), min(c2, MAX_COLS - 1)
            top = self.value(r1, c1)
            for r in range(r1, min(r2, len(self.rows) - 1) + 1):
                row = self.rows[r]
                if len(row) <= c2:
                    row.extend([None] * (c2 + 1 - len(row)))
                for c in range(c1, c2 + 1):
                    self.origin[(r, c)] = (r1, c1)
                    if (r, c) != (r1, c1):
                        row[c] = top
                    if (r1, c1) in self.percent:
                        self.percent.add((r, c))


class _Book:
    """Sheet names and a way to read one sheet as a ``Grid``."""

    def __init__(self, names: list[str], hidden: set[str], loader: Callable[[str], Grid]) -> None:
        self.names, self.hidden, self._loader = names, hidden, loader

    def grid(self, name: str) -> Grid:
        return self._loader(name)


# -- helpers --------------------------------------------------------------------

def col_letter(c: int) -> str:
    s = ""
    c += 1
    while c:
        c, rem = divmod(c - 1, 26)
        s = chr(65 + rem) + s
    return s


def _norm_label(v: Any) -> str:
    s = unicodedata.normalize("NFKC", str(v or ""))
    s = re.sub(r"\s+", "", s)
    s = re.sub(r"\(.*?\)|\[.*?\]|【.*?】", "", s)
    return s.strip("：:*")


def match_label(v: Any) -> str | None:
    """The field a header cell names, or None."""
    s = _norm_label(v)
    if not s:
        return None
    for fld, exact, _frag in FIELD_LABELS:
        if s in exact:
            return fld
    if len(s) > 12 or "表" in s:  # titles such as 指标得分表 are not column labels
        return None
    for fld, _exact, frags in FIELD_LABELS:
        if any(f in s for f in frags):
            return fld
    return None


def _text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    s = str(v).replace("\r\n", "\n").replace("\r", "\n")
    return s.strip()


def _clean_name(v: Any) -> str:
    s = _text(v)
    s = re.sub(r"\s*\n\s*", "", s)
    s = re.sub(r"[ \t\u3000]+", " ", s).strip()
    stripped = ENUM_PREFIX_RE.sub("", s, count=1).strip()
    return stripped or s


def split_weight(name: str) -> tuple[str, float | None]:
    """``决策（16）`` → ("决策", 16.0); names without a trailing weight are returned as is."""
    m = WEIGHT_IN_NAME_RE.match(name)
    if m and m.group(1).strip():
        w = float(m.group(2))
        if abs(w) <= 100:
            return m.group(1).strip(), w
    return name, None


class _NotNumber(ValueError):
    pass


def to_number(v: Any, percent: bool = False) -> float | None:
    """A cell as a number: None when empty; ``_NotNumber`` when it holds other text."""
    if v is None or isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        x = float(v)
        if x != x:
            return None
        return x * 100 if percent else x
    s = unicodedata.normalize("NFKC", str(v)).strip().replace(",", "")
    if s in EMPTY_VALUES:
        return None
    s = re.sub(r"\s*(分|points?|pts?|%)$", "", s).strip()
    try:
        x = float(s)
    except ValueError:
        raise _NotNumber(str(v)) from None
    return x


# -- reading files -------------------------------------------------------------

def _err(message: str, file: str, sheet: str | None = None, row: int | None = None,
         column: str | None = None) -> ImportFormatError:
    return ImportFormatError(message, file=file, sheet=sheet, row=row, column=column)


def _check_zip(data: bytes, fname: str) -> None:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise _err(translate("Import", "The workbook is damaged (not a readable .xlsx file)."), fname) from None
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_ZIP_ENTRIES:
            raise _err(translate("Import", "The workbook has too many parts ({n}); it was refused.").format(n=len(infos)), fname)
        total = 0
        for info in infos:
            total += info.file_size
            if info.file_size > 10 * 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise _err(translate("Import", "The workbook expands to an absurd size ({part}); it was refused.").format(part=info.filename), fname)
            if info.flag_bits & 0x1:
                raise _err(translate("Import", "The workbook is password-protected. Remove the password in Excel or WPS and import it again."), fname)
        if total > MAX_UNZIPPED_BYTES:
            raise _err(translate("Import", "The workbook expands to {mb} MB, more than the {limit} MB allowed; it was refused.").format(
                mb=total // (1024 * 1024), limit=MAX_UNZIPPED_BYTES // (1024 * 1024)), fname)
        names = {i.filename for i in infos}
        if "xl/workbook.xml" not in names:
            raise _err(translate("Import", "The file is a zip archive but not an Excel workbook (.xlsx)."), fname)


def _open_xlsx(data: bytes, fname: str) -> _Book:
    import openpyxl
    from openpyxl.xml import DEFUSEDXML

    if not DEFUSEDXML:  # pragma: no cover - defusedxml is a dependency
        raise _err("defusedxml is not installed; refusing to parse workbooks without it", fname)
    _check_zip(data, fname)
    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for bad input
        raise _err(translate("Import", "The workbook is damaged or unsafe and cannot be read ({error}).").format(
            error=type(exc).__name__), fname) from exc

    def load(name: str) -> Grid:
        ws = wb[name]
        max_r, max_c = min(ws.max_row or 0, MAX_ROWS), min(ws.max_column or 0, MAX_COLS)
        grid = Grid(name, [])
        for r, row in enumerate(ws.iter_rows(min_row=1, max_row=max_r, max_col=max_c)):
            vals = []
            for c, cell in enumerate(row):
                vals.append(cell.value)
                if cell.value is not None and "%" in str(getattr(cell, "number_format", "") or ""):
                    grid.percent.add((r, c))
            grid.rows.append(vals)
        grid.fill_merged([(m.min_row - 1, m.min_col - 1, m.max_row - 1, m.max_col - 1)
                          for m in ws.merged_cells.ranges])
        return grid

    hidden = {ws.title for ws in wb.worksheets if ws.sheet_state != "visible"}
    return _Book([ws.title for ws in wb.worksheets], hidden, load)


def _open_xls(data: bytes, fname: str) -> _Book:
    import xlrd

    if ENCRYPTION_STREAM in data:
        raise _err(translate("Import", "The workbook is password-protected. Remove the password in Excel or WPS and import it again."), fname)
    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True)
    except xlrd.XLRDError as exc:
        if "encrypt" in str(exc).lower():
            raise _err(translate("Import", "The workbook is password-protected. Remove the password in Excel or WPS and import it again."), fname) from exc
        raise _err(translate("Import", "The workbook is damaged or not an Excel file ({error}).").format(error=exc), fname) from exc
    except Exception as exc:  # noqa: BLE001 - xlrd raises assorted errors on damaged files
        raise _err(translate("Import", "The workbook is damaged or not an Excel file ({error}).").format(error=type(exc).__name__), fname) from exc

    def load(name: str) -> Grid:
        sh = book.sheet_by_name(name)
        grid = Grid(name, [])
        for r in range(min(sh.nrows, MAX_ROWS)):
            vals: list[Any] = []
            for c in range(min(sh.ncols, MAX_COLS)):
                cell = sh.cell(r, c)
                vals.append(None if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK) else cell.value)
            grid.rows.append(vals)
        grid.fill_merged([(rlo, clo, rhi - 1, chi - 1) for rlo, rhi, clo, chi in sh.merged_cells])
        return grid

    hidden = {sh.name for sh in book.sheets() if getattr(sh, "visibility", 0)}
    return _Book(book.sheet_names(), hidden, load)


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), else GB18030 (which covers GBK/GB2312)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030")


def _open_csv(data: bytes, fname: str) -> _Book:
    try:
        text = decode_text(data)
    except UnicodeDecodeError as exc:
        raise _err(translate("Import", "The text file is neither UTF-8 nor GB18030; save it as UTF-8 CSV."), fname) from exc
    if "\x00" in text[:4096]:
        raise _err(translate("Import", "The file is not a spreadsheet (.xlsx, .xls or .csv)."), fname)
    sample = text[:8192]
    delim = ","
    try:
        delim = csv.Sniffer().sniff(sample, delimiters=",\t;").delimiter
    except csv.Error:
        if sample.count("\t") > sample.count(","):
            delim = "\t"
    stem = Path(fname).stem

    def load(_name: str) -> Grid:
        rows = []
        for i, row in enumerate(csv.reader(io.StringIO(text), delimiter=delim)):
            if i >= MAX_ROWS:
                break
            rows.append([c if c != "" else None for c in row[:MAX_COLS]])
        return Grid(stem, rows)

    return _Book([stem], set(), load)


def open_book(path: str | Path) -> _Book:
    p = Path(path)
    fname = p.name
    try:
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _err(translate("Import", "The file is {mb} MB; score sheets larger than {limit} MB are refused.").format(
                mb=size // (1024 * 1024), limit=MAX_FILE_BYTES // (1024 * 1024)), fname)
        data = p.read_bytes()
    except OSError as exc:
        raise _err(translate("Import", "Cannot read the file: {error}").format(error=exc.strerror or exc), str(p)) from exc
    if not data:
        raise _err(translate("Import", "The file is empty."), fname)
    if data.startswith(ZIP_MAGIC):
        return _open_xlsx(data, fname)
    if data.startswith(OLE_MAGIC):
        return _open_xls(data, fname)
    if p.suffix.lower() in (".csv", ".txt", ".tsv"):
        return _open_csv(data, fname)
    raise _err(translate("Import", "The file is not a spreadsheet (.xlsx, .xls or .csv)."), fname)


# -- header ----------------------------------------------------------------------

@dataclass
class _Header:
    rows: list[int]  # 0-based
    fields: dict[int, str]  # column → field

    def cols(self, fld: str) -> list[int]:
        return sorted(c for c, f in self.fields.items() if f == fld)


def _row_fields(grid: Grid, r: int) -> dict[int, str]:
    out: dict[int, str] = {}
    for c, v in enumerate(grid.rows[r] if r < len(grid.rows) else []):
        if isinstance(v, str):
            f = match_label(v)
            if f:
                out[c] = f
    return out


def _usable(fields: dict[int, str]) -> bool:
    vals = set(fields.values())
    return bool(vals & {"l1", "l2", "l3", "name"}) and "weight" in vals


def _header_like(grid: Grid, r: int) -> bool:
    row = grid.rows[r] if r < len(grid.rows) else []
    nonempty = [(c, v) for c, v in enumerate(row) if v not in (None, "")]
    if not nonempty:
        return False
    return all(isinstance(v, str) and (match_label(v) or grid.is_continuation(r, c)) for c, v in nonempty)


def find_header(grid: Grid) -> _Header | None:
    best: tuple[int, int] | None = None
    for r in range(min(HEADER_SCAN_ROWS, len(grid.rows))):
        fields = _row_fields(grid, r)
        if not _usable(fields):
            continue
        score = len(set(fields.values()))
        if best is None or score > best[1]:
            best = (r, score)
    if best is None:
        return None
    main = best[0]
    fields = _row_fields(grid, main)
    rows = [main]
    # labels of vertically stacked header rows: above (group headers) and below (sub-headers)
    for r in (main - 1, main - 2):
        if r < 0:
            break
        above = _row_fields(grid, r)
        if not above or not _header_like(grid, r):
            break
        for c, f in above.items():
            if c not in fields and f != "name":
                fields[c] = f
        rows.insert(0, r)
    below = main + 1
    while below < len(grid.rows) and below <= main + 2 and _header_like(grid, below):
        for c, f in _row_fields(grid, below).items():
            if c not in fields or fields[c] in ("name",):
                fields[c] = f
        rows.append(below)
        below += 1
    # several "指标" columns side by side (a merged 评价指标 over unnamed level columns) → levels
    if not any(f in LEVEL_FIELDS for f in fields.values()):
        names = sorted(c for c, f in fields.items() if f == "name")
        for i, c in enumerate(names[:4]):
            fields[c] = LEVEL_FIELDS[i]
    else:
        for c in [c for c, f in fields.items() if f == "name"]:
            del fields[c]
    # one column per field, except weights (one per level is a real shape)
    seen: set[str] = set()
    for c in sorted(fields):
        f = fields[c]
        if f in seen and f != "weight":
            del fields[c]
        seen.add(f)
    return _Header(rows, fields)


# -- parsing -------------------------------------------------------------------------

class _Builder:
    def __init__(self, grid: Grid, header: _Header, fname: str) -> None:
        self.grid, self.h, self.fname = grid, header, fname
        self.roots: list[ParsedNode] = []
        self.warnings: list[str] = []
        self.level_cols = [c for f in LEVEL_FIELDS for c in header.cols(f)]
        wcols = header.cols("weight")
        # with one weight column per level, each belongs to the level column on its left
        self.weight_by_level: dict[int, int] = {}
        if len(wcols) > 1:
            for wc in wcols:
                left = [i for i, lc in enumerate(self.level_cols) if lc < wc]
                if left:
                    self.weight_by_level[left[-1]] = wc
        self.weight_col = wcols[-1] if wcols else None
        self.total_score: float | None = None

    def warn(self, r: int, c: int | None, message: str) -> None:
        self.warnings.append(translate("Import", "Sheet “{sheet}”, row {row}{column}: {message}").format(
            sheet=self.grid.name, row=r + 1,
            column=translate("Import", ", column {column}").format(column=col_letter(c)) if c is not None else "",
            message=message))

    def num(self, r: int, c: int | None, what: str) -> float | None:
        if c is None:
            return None
        try:
            return to_number(self.grid.value(r, c), (r, c) in self.grid.percent and what == "weight")
        except _NotNumber as exc:
            if what == "weight":
                msg = translate("Import", "the weight “{value}” is not a number; left empty.")
            else:
                msg = translate("Import", "the score “{value}” is not a number; left empty.")
            self.warn(r, c, msg.format(value=exc.args[0]))
            return None

    def col(self, fld: str) -> int | None:
        cols = self.h.cols(fld)
        return cols[0] if cols else None

    def child(self, parent: ParsedNode | None, name: str, r: int) -> ParsedNode:
        siblings = parent.children if parent is not None else self.roots
        for n in reversed(siblings):
            if n.name == name:
                return n
        n = ParsedNode(name, r + 1)
        siblings.append(n)
        return n

    def build(self) -> None:
        start = max(self.h.rows) + 1
        prev_raw: list[str] = []
        prev_leaf: ParsedNode | None = None
        prev_leaf_row = -2
        for r in range(start, len(self.grid.rows)):
            raw = [_text(self.grid.value(r, c)) for c in self.level_cols]
            row_vals = [v for v in self.grid.rows[r] if v not in (None, "")]
            if not row_vals:
                continue
            first = next((_text(v) for v in self.grid.rows[r] if _text(v)), "")
            labels = [_norm_label(x) for x in raw if x] + [_norm_label(first)]
            if any(TOTAL_RE.search(x) for x in labels if x):
                self._subtotal(r, raw)
                continue
            if NOTE_RE.match(first) and not any(raw[1:]):
                continue
            if not any(raw):
                # text continuing the leaf above (a criteria line on its own row)
                if prev_leaf is not None and self.num(r, self.weight_col, "weight") is None:
                    self._texts(prev_leaf, r, append=True)
                else:
                    self.warn(r, self.weight_col, translate("Import", "a row with a weight but no indicator name was skipped."))
                continue
            deepest = max(i for i, x in enumerate(raw) if x)
            names: list[str] = []
            for k in range(deepest + 1):
                v = raw[k] or (prev_raw[k] if k < len(prev_raw) else "")
                if not v:
                    self.warn(r, self.level_cols[k], translate("Import", "no name at this level; the row was placed one level up."))
                    continue
                names.append(v)
            prev_raw = [raw[k] or (prev_raw[k] if k < len(prev_raw) else "") for k in range(deepest + 1)]
            # walk/create the path
            parent: ParsedNode | None = None
            node: ParsedNode | None = None
            same_leaf = False
            for k, full in enumerate(names):
                name, w_in_name = split_weight(_clean_name(full))
                is_last = k == len(names) - 1
                if is_last and prev_leaf is not None and prev_leaf_row == r - 1 and parent is not None \
                        and prev_leaf in parent.children and prev_leaf.name == name:
                    node, same_leaf = prev_leaf, True
                elif is_last and parent is None and prev_leaf is not None and prev_leaf_row == r - 1 \
                        and prev_leaf in self.roots and prev_leaf.name == name:
                    node, same_leaf = prev_leaf, True
                else:
                    node = self.child(parent, name, r)
                    if is_last and node.has_row:
                        # the same name again at the same place: a duplicate, kept apart
                        self.warn(r, self.level_cols[min(k, len(self.level_cols) - 1)], translate(
                            "Import", "“{name}” appears twice under the same parent.").format(name=name))
                        node = ParsedNode(name, r + 1)
                        (parent.children if parent is not None else self.roots).append(node)
                lvl_w = self.num(r, self.weight_by_level.get(k), "weight") if self.weight_by_level else None
                for w in (w_in_name, lvl_w):
                    if w is None:
                        continue
                    if node.weight_explicit and abs((node.weight or 0) - w) > EPS:
                        self.warn(r, self.level_cols[min(k, len(self.level_cols) - 1)], translate(
                            "Import", "“{name}” has the weight {a} here but {b} above; {b} was kept.").format(
                                name=name, a=fmt_score(w), b=fmt_score(node.weight)))
                    elif not node.weight_explicit:
                        node.weight, node.weight_explicit = w, True
                parent = node
            assert node is not None
            if same_leaf:
                w_cont = self.grid.is_continuation(r, self.weight_col) if self.weight_col is not None else True
                if self.weight_col is None or w_cont or self.grid.value(r, self.weight_col) in (None, ""):
                    self._texts(node, r, append=True)
                    prev_leaf_row = r
                    continue
                self.warn(r, self.level_cols[-1], translate("Import", "“{name}” appears twice under the same parent.").format(name=node.name))
                dup = ParsedNode(node.name, r + 1)
                container = self._container(node)
                container.append(dup)
                node = dup
            self._fill(node, r)
            prev_leaf, prev_leaf_row = node, r

    def _container(self, node: ParsedNode) -> list[ParsedNode]:
        for _l, _p, n in iter_parsed(self.roots):
            if node in n.children:
                return n.children
        return self.roots

    def _texts(self, node: ParsedNode, r: int, append: bool) -> None:
        for fld in TEXT_FIELDS:
            c = self.col(fld)
            if c is None or (append and self.grid.is_continuation(r, c)):
                continue
            t = _text(self.grid.value(r, c))
            if not t:
                continue
            attr = "evidence_hint" if fld == "evidence" else fld
            old = getattr(node, attr)
            setattr(node, attr, f"{old}\n{t}" if append and old else t)

    def _fill(self, node: ParsedNode, r: int) -> None:
        node.has_row = True
        node.row = r + 1
        if not self.weight_by_level or len(self.level_cols) - 1 not in self.weight_by_level:
            w = self.num(r, self.weight_col, "weight")
            if w is not None:
                if node.weight_explicit and abs((node.weight or 0) - w) > EPS:
                    self.warn(r, self.weight_col, translate(
                        "Import", "“{name}” has the weight {a} in its name but {b} in the weight column; {b} was kept.").format(
                            name=node.name, a=fmt_score(node.weight), b=fmt_score(w)))
                node.weight, node.weight_explicit = w, True
        sc = self.col("score")
        node.score = self.num(r, sc, "score")
        node.score_col = sc
        self._texts(node, r, append=False)

    def _subtotal(self, r: int, raw: list[str]) -> None:
        """A 小计/合计 row: gives the weight of the group named before the label, if any."""
        prefix: list[str] = []
        for x in raw:
            if not x or TOTAL_RE.search(_norm_label(x)):
                break
            prefix.append(x)
        w = self.num(r, self.weight_col, "weight")
        s = self.num(r, self.col("score"), "score")
        if not prefix:
            label = next((_norm_label(x) for x in raw if x), "")
            if label in ("合计", "总计", "总分", "得分合计", "合计得分", "总得分", "总合计") or not label:
                self.total_score = s if s is not None else self.total_score
            return
        node: ParsedNode | None = None
        siblings = self.roots
        for full in prefix:
            name, _w = split_weight(_clean_name(full))
            node = next((n for n in reversed(siblings) if n.name == name), None)
            if node is None:
                return
            siblings = node.children
        if node is not None and w is not None and not node.weight_explicit:
            node.weight, node.weight_explicit = w, True

    def finish(self) -> None:
        def total(n: ParsedNode) -> float:
            if n.children:
                s = sum(total(c) for c in n.children)
                if not n.weight_explicit:
                    n.weight = round(s, 6)
                return n.weight or 0.0
            if n.weight is None:
                self.warn(n.row - 1, self.weight_col, translate("Import", "“{name}” has no weight; 0 was used.").format(name=n.name))
                n.weight = 0.0
            return n.weight

        for n in self.roots:
            total(n)

        def mark(n: ParsedNode, in_neg_group: bool) -> bool:
            group = in_neg_group or bool(NEGATIVE_GROUP_RE.search(n.name))
            if n.children:
                kids = [mark(c, group) for c in n.children]
                n.is_negative = all(kids) and (n.weight or 0) <= EPS
            else:
                n.is_negative = (n.weight or 0) < -EPS or (group and (n.weight or 0) <= EPS and in_neg_group)
            if n.is_negative:
                n.cap = n.weight
            return n.is_negative

        for n in self.roots:
            mark(n, False)
        for n in [x for _l, _p, x in iter_parsed(self.roots) if x.is_leaf]:
            self._check_score(n)
        # a group row's own score/comment are subtotals, not data
        for _l, _p, n in iter_parsed(self.roots):
            if n.children:
                n.score, n.comment = None, ""

    def _check_score(self, n: ParsedNode) -> None:
        if n.score is None:
            return
        col = n.score_col
        w = n.weight or 0.0
        if n.is_negative:
            if n.score > EPS:
                self.warn(n.row - 1, col, translate("Import", "the deduction {score} of “{name}” was taken as −{score}.").format(
                    score=fmt_score(n.score), name=n.name))
                n.score = -n.score
            if n.score < w - EPS:
                self.warn(n.row - 1, col, translate("Import", "the deduction {score} of “{name}” is beyond its cap {cap}; the score was left empty.").format(
                    score=fmt_score(n.score), name=n.name, cap=fmt_score(w)))
                n.score = None
        elif n.score > w + EPS or n.score < -EPS:
            self.warn(n.row - 1, col, translate("Import", "the score {score} of “{name}” is outside 0…{weight}; the score was left empty.").format(
                score=fmt_score(n.score), name=n.name, weight=fmt_score(w)))
            n.score = None


def _title(grid: Grid, header_top: int) -> str:
    for r in range(header_top):
        for v in grid.rows[r]:
            t = _clean_name(v) if isinstance(v, str) else ""
            if t and not match_label(t):
                return t
    return ""


def _parse_grid(grid: Grid, fname: str, sheets: list[str]) -> ParsedSheet | None:
    header = find_header(grid)
    if header is None:
        return None
    b = _Builder(grid, header, fname)
    b.build()
    b.finish()
    cols: dict[str, str] = {}
    for c, f in sorted(header.fields.items()):
        cols[f] = f"{cols[f]},{col_letter(c)}" if f in cols else col_letter(c)
    parsed = ParsedSheet(file=fname, sheet=grid.name, sheets=sheets, header_rows=[r + 1 for r in header.rows],
                         columns=cols, title=_title(grid, min(header.rows)), roots=b.roots,
                         warnings=b.warnings, total_score=b.total_score)
    leaves = parsed.leaves()
    if parsed.total_score is not None and leaves and all(n.score is not None for n in leaves if not n.is_negative):
        s = round(sum(n.score or 0.0 for n in leaves), 6)
        if abs(s - parsed.total_score) > 0.0015:
            parsed.warnings.append(translate("Import", "Sheet “{sheet}”: the total row says {total} but the indicators add to {sum}.").format(
                sheet=grid.name, total=fmt_score(parsed.total_score), sum=fmt_score(s)))
    return parsed


def parse_sheet(path: str | Path, sheet: str | None = None) -> ParsedSheet:
    """Read a score sheet without writing anything (the import preview).

    Without ``sheet``, the first visible sheet with a recognisable header is used.
    Raises ``ImportFormatError`` naming file, sheet, row and column.
    """
    fname = Path(path).name
    book = open_book(path)
    if sheet is not None:
        if sheet not in book.names:
            raise _err(translate("Import", "There is no sheet “{sheet}”; the workbook has: {names}.").format(
                sheet=sheet, names="、".join(book.names)), fname)
        candidates = [sheet]
    else:
        candidates = [n for n in book.names if n not in book.hidden] + [n for n in book.names if n in book.hidden]
    for name in candidates:
        parsed = _parse_grid(book.grid(name), fname, book.names)
        if parsed is None:
            continue
        if not parsed.leaves():
            raise _err(translate("Import", "The header was found (row {row}) but no indicator rows below it.").format(
                row=parsed.header_rows[-1]), fname, sheet=name)
        return parsed
    raise _err(translate("Import", "No score-sheet header found: looked in the first {n} rows for a column of indicator names (一级指标 / 二级指标 / 三级指标 or 指标名称) and a weight column (分值 / 权重).").format(n=HEADER_SCAN_ROWS),
               fname, sheet=candidates[0] if len(candidates) == 1 else None)


# -- import -------------------------------------------------------------------------

def import_parsed(session: Session, parsed: ParsedSheet, name: str | None = None,
                  progress: Callable[[int, int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """Create a project from a parsed sheet (in the caller's session; never commits)."""
    pname = (name or "").strip() or parsed.title or Path(parsed.file).stem
    project = create_project(session, pname, settings={"imported_from": {"file": parsed.file, "sheet": parsed.sheet}})
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
    return ImportResult(pid, sum(1 for _i, n in created if n.is_leaf), list(parsed.warnings),
                        nodes=len(created), scores=sum(1 for _i, n in scored if n.score is not None), name=pname)


def import_sheet(session: Session, path: str | Path, sheet: str | None = None, name: str | None = None,
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """Parse a score sheet and create a new project with its framework and scores.

    Scores become final scores (method "set", reason naming the file) and the scores of
    an evaluator "导入：<file>" (role "imported"). Nothing is committed here.
    """
    return import_parsed(session, parse_sheet(path, sheet), name, progress, cancelled)
