"""Where things are in a score sheet: the header found by its labels, which column holds
which field, and how one cell reads (names, weights written inside names, numbers).

A sheet arrives as a ``Grid``: the rows ``evaltool.spreadsheet`` read, with merged
ranges filled from their top-left cell (so a merged 一级指标 name is on every row it
spans) and ``origin`` telling a merge's continuation from its first cell.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

MAX_ROWS = 5000  # a sheet is read up to this many rows and columns (the rest is cut off)
MAX_COLS = 60
HEADER_SCAN_ROWS = 60  # the header must start within this many rows
EPS = 1e-6

# field → (exact labels, label fragments); fragments are tried in this order after exact matches
FIELD_LABELS: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
    ("rate", ("得分率", "得分比率", "达成率"), ("得分率",)),
    ("l1", ("一级指标", "一级", "一级指标名称", "指标类别", "指标类型", "指标维度", "评价维度", "维度"), ("一级指标",)),
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
    ("name", ("指标名称", "指标", "评价指标", "考核指标", "绩效指标", "指标体系", "指标内容", "评价项目", "考核项目",
              "指标及评分标准", "评价指标及分值"), ()),
    ("seq", ("序号", "编号", "序"), ()),
]
# labels over groups of columns (评价情况 over 得分 | 评价意见): part of a header, no field of their own
GROUP_LABELS = frozenset({"评价情况", "评分情况", "评价结果", "评分结果", "评价", "评分", "考核情况", "得分情况", "评价内容及标准",
                          "指标体系", "绩效指标", "评价指标体系"})
LEVEL_FIELDS = ("l1", "l2", "l3", "l4")
TEXT_FIELDS = ("description", "criteria", "evidence", "comment")
WEIGHT_IN_NAME_RE = re.compile(
    r"^(.*?)\s*[（(]\s*(?:分值|权重|满分)?[：:]?\s*([-－]?\d+(?:[.．]\d+)?)\s*(?:分|%|％)?\s*[）)]\s*$")
# numbering in front of a name: 一、 （一） 1. 1、 1.1 1.1.1 （1） 1) ① A1.
ENUM_PREFIX_RE = re.compile(
    r"^(?:[一二三四五六七八九十百]+\s*[、．.]|[（(]\s*[一二三四五六七八九十百\d]+\s*[）)]|\d+(?:[.．]\d+)+[.．、]?(?=\D)"
    r"|\d+\s*(?:[、．.](?!\d)|[)）]|\s+)|[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]|[A-Za-z]\d+(?:\.\d+)*[、．.\s])\s*")


@dataclass
class Grid:
    """A sheet's values by 0-based row and column, merged ranges filled from their top-left cell.

    Rows may differ in length; ``value`` reads None outside them.
    """

    name: str
    rows: list[list[Any]]
    origin: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)  # cell → merge top-left
    percent: set[tuple[int, int]] = field(default_factory=set)  # cells formatted as percentages

    def value(self, r: int, c: int) -> Any:
        if r < len(self.rows) and c < len(self.rows[r]):
            return self.rows[r][c]
        return None

    def own_value(self, r: int, c: int) -> Any:
        """The cell's value, or None where it only repeats a label merged across from a cell
        on its left (正向指标 over the whole row is no weight). Values merged down a column
        (a group's weight over its rows) are kept."""
        o = self.origin.get((r, c))
        if o is not None and o[1] != c:
            return None
        return self.value(r, c)

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



def col_letter(c: int) -> str:
    s = ""
    c += 1
    while c:
        c, rem = divmod(c - 1, 26)
        s = chr(65 + rem) + s
    return s


def norm_label(v: Any) -> str:
    s = unicodedata.normalize("NFKC", str(v or ""))
    s = re.sub(r"\s+", "", s)
    s = re.sub(r"\(.*?\)|\[.*?\]|【.*?】", "", s)
    return s.strip("：:*")


def match_label(v: Any) -> str | None:
    """The field a header cell names, or None."""
    s = norm_label(v)
    if not s:
        return None
    for fld, exact, _frag in FIELD_LABELS:
        if s in exact:
            return fld
    if len(s) > 12 or "表" in s:  # titles such as 指标得分表 are not column labels
        return None
    # 一级指标分值 / 二级指标权重 is a weight column (one per level), 三级指标得分 a score column
    if re.search(r"(分值|权重|分数|满分|标准分)$", s):
        return "weight"
    if s.endswith("得分") and "率" not in s:
        return "score"
    for fld, _exact, frags in FIELD_LABELS:
        if any(f in s for f in frags):
            return fld
    return None


def cell_text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    s = str(v).replace("\r\n", "\n").replace("\r", "\n")
    return s.strip()


def clean_name(v: Any) -> str:
    s = cell_text(v)
    s = re.sub(r"\s*\n\s*", "", s)
    s = re.sub(r"[ \t\u3000]+", " ", s).strip()
    stripped = ENUM_PREFIX_RE.sub("", s, count=1).strip()
    return stripped or s


def split_weight(name: str) -> tuple[str, float | None]:
    """``决策（16）`` → ("决策", 16.0); names without a trailing weight are returned as is."""
    m = WEIGHT_IN_NAME_RE.match(name)
    if m and m.group(1).strip():
        w = float(m.group(2).replace("－", "-").replace("．", "."))
        if abs(w) <= 100:
            return m.group(1).strip(), w
    return name, None


# -- header ----------------------------------------------------------------------

@dataclass
class Header:
    rows: list[int]  # 0-based
    fields: dict[int, str]  # column → field
    dropped: list[tuple[int, int, str]] = field(default_factory=list)  # (column, column kept instead, label)

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
    return bool(vals & {"l1", "l2", "l3", "l4", "name"}) and bool(vals & {"weight", "score"})


def _header_like(grid: Grid, r: int) -> bool:
    row = grid.rows[r] if r < len(grid.rows) else []
    nonempty = [(c, v) for c, v in enumerate(row) if v not in (None, "")]
    if not nonempty:
        return False
    return all(isinstance(v, str) and (match_label(v) or norm_label(v) in GROUP_LABELS or grid.is_continuation(r, c))
               for c, v in nonempty)


def _group_cell(grid: Grid, r: int, c: int) -> bool:
    """A label over several columns (merged across, or a group word such as 评分 / 评价情况):
    the labels under it name its columns."""
    o = grid.origin.get((r, c))
    if o is not None and any(grid.origin.get((r, c2)) == o for c2 in (c - 1, c + 1)):
        return True
    return norm_label(grid.value(r, c)) in GROUP_LABELS


def _stack(grid: Grid, main: int) -> tuple[list[int], dict[int, str]]:
    """The header rows around ``main`` (group labels above, sub-labels below, up to three
    rows in all) and the field of each column."""
    fields = _row_fields(grid, main)
    src = dict.fromkeys(fields, main)
    rows = [main]
    for r in (main - 1, main - 2):
        if r < 0 or len(rows) >= 3 or not _header_like(grid, r):
            break
        for c, f in _row_fields(grid, r).items():
            if c not in fields and f != "name":
                fields[c], src[c] = f, r
        rows.insert(0, r)
    below = main + 1
    while below < len(grid.rows) and len(rows) < 3 and _header_like(grid, below):
        for c, f in _row_fields(grid, below).items():
            if c not in fields or fields[c] == "name" or _group_cell(grid, src[c], c):
                fields[c], src[c] = f, below
        rows.append(below)
        below += 1
    return rows, fields


def find_header(grid: Grid) -> Header | None:
    """The header: the rows (1 to 3, anywhere in the first ``HEADER_SCAN_ROWS``) naming the
    most fields, with a column of indicator names and a weight or score column."""
    best: tuple[int, list[int], dict[int, str]] | None = None
    for r in range(min(HEADER_SCAN_ROWS, len(grid.rows))):
        if not _row_fields(grid, r):
            continue
        rows, fields = _stack(grid, r)
        if not _usable(fields):
            continue
        score = len(set(fields.values())) + (1 if "weight" in fields.values() else 0)
        if best is None or score > best[0]:
            best = (score, rows, fields)
    if best is None:
        return None
    _score, rows, fields = best
    levels = sorted(c for c, f in fields.items() if f in LEVEL_FIELDS)
    names = sorted(c for c, f in fields.items() if f == "name")
    if not levels:
        # several "指标" columns side by side (a merged 评价指标 over unnamed level columns) → levels
        for i, c in enumerate(names[:4]):
            fields[c] = LEVEL_FIELDS[i]
    else:
        # 指标类别 | 指标名称: a name column right of the level columns is the next level
        used = {fields[c] for c in levels}
        free = [f for f in LEVEL_FIELDS if f not in used and LEVEL_FIELDS.index(f) > max(LEVEL_FIELDS.index(u) for u in used)]
        for c in names:
            if c > levels[-1] and free:
                fields[c] = free.pop(0)
            else:
                del fields[c]
    # one column per field, except weights (one per level is a real shape); of several score
    # columns the evaluator's is the last that is not a self-evaluation (自评得分 | 评价得分)
    labels = {c: " ".join(str(grid.value(r, c) or "") for r in rows).strip() for c in fields}
    dropped: list[tuple[int, int, str]] = []
    for f in set(fields.values()) - {"weight"}:
        cols = sorted(c for c, g in fields.items() if g == f)
        if len(cols) < 2:
            continue
        if f == "score":
            own = [c for c in cols if "自评" not in labels[c]] or cols
            keep = own[-1]
        else:
            keep = cols[0]
        for c in cols:
            if c != keep:
                del fields[c]
                dropped.append((c, keep, labels[c]))
    return Header(rows, fields, sorted(dropped))
