"""Score sheets as evaluators type them, written from a known framework (for the import tests).

``framework()`` is a hypothesis strategy for a random indicator framework: 2 or 3 levels,
Chinese names, odd weights (multiples of 0.5) whose level-1 weights add to 100, scores
within 0…weight (some unscored) and optionally a 逆向指标 section with caps. ``Style``
says how a sheet shows it: the layout (``LAYOUTS``), merged cells or not, the header's
rows and place, how numbers are typed, which rows state totals, subtotals and a grade.
``write_rows`` lays the sheet out as rows + merged ranges; ``save_xlsx`` / ``save_csv``
write the file. The expected tree is the framework itself (``expected``), never the
importer's output.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
from hypothesis import strategies as st

LAYOUTS = ("merged", "filled", "sparse", "per_node", "weight_per_level", "weight_in_name",
           "outline_cn", "outline_dec", "outline_seq", "combined")
# characters for names: everyday indicator words, none of which spells a total, a grade or a marker
SAFE = "数据平台服务运维系统安全质量效率覆盖完成及时准确规范执行管理制度预算资金使用成本社会经济生态满意公众用户单位建设网络设备响应" \
       "保障培训档案采购合同验收监督整改信息共享办理群众企业政策宣传人员到位巡检报告故障恢复备份应急演练"
L1_NAMES = ["决策", "过程", "产出", "效益", "管理", "建设"]
CN = "一二三四五六七八九十"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
TOTAL_LABELS = ["合计", "总计", "总分", "得分合计", "综合得分", "合计（满分100分）", "以上合计", "评价总分", "本项目综合得分"]
UNLABELLED_TOTALS = ["以上各项之和", "全部指标", "本次评价结果汇报"]
GRADES = [(90, "优"), (80, "良"), (60, "中"), (0, "差")]


@dataclass
class Node:
    name: str
    weight: float
    score: float | None = None
    children: list[Node] = field(default_factory=list)
    negative: bool = False
    criteria: str = ""
    comment: str = ""

    def leaves(self) -> list[Node]:
        return [self] if not self.children else [x for c in self.children for x in c.leaves()]

    def total(self) -> float:
        return sum(x.score or 0.0 for x in self.leaves())


@dataclass
class Style:
    layout: str = "merged"
    merged: bool = True
    header_rows: int = 1  # 1, 2 or 3
    top: int = 1  # title / fact rows above the header
    left: int = 0  # empty columns before the table
    number_form: str = "plain"  # plain | unit | fullwidth | comma | text_forms
    total: str = "合计"  # label of the total row, "" for none
    subtotals: bool = False  # 小计 rows after level-1 groups (column layouts)
    grade: bool = False
    note: bool = False
    blank_rows: bool = False
    positive_caps: bool = False  # 逆向指标 written with positive caps (扣分上限 10) and positive deductions
    facts: bool = True


def _name(draw: Any, used: set[str]) -> str:
    while True:
        n = draw(st.text(alphabet=SAFE, min_size=2, max_size=6))
        if n not in used:
            used.add(n)
            return n


def _split(draw: Any, units: int, n: int) -> list[int]:
    """``units`` split into ``n`` positive integer parts."""
    shares = draw(st.lists(st.integers(1, 9), min_size=n, max_size=n))
    parts = [max(1, units * s // sum(shares)) for s in shares]
    parts[parts.index(max(parts))] += units - sum(parts)
    return parts


@st.composite
def framework(draw: Any, levels: int | None = None, negative: bool | None = None) -> list[Node]:
    """Roots of a random framework (see the module's docstring)."""
    depth = levels or draw(st.sampled_from([2, 3]))
    used: set[str] = set()
    n1 = draw(st.integers(2, 4))
    l1_names = draw(st.permutations(L1_NAMES))[:n1]
    used.update(l1_names)
    roots: list[Node] = []
    for name, units in zip(l1_names, _split(draw, 200, n1), strict=True):  # half-points: level 1 adds to 100
        node = Node(name, units / 2)
        roots.append(node)
        _grow(draw, node, units, depth - 1, used)
    if negative if negative is not None else draw(st.booleans()):
        neg = Node("逆向指标", 0.0, negative=True)
        for _ in range(draw(st.integers(1, 2))):
            cap = float(draw(st.integers(1, 10)))
            score = -float(draw(st.integers(0, int(cap))))
            neg.children.append(Node(_name(draw, used), -cap, score, negative=True, criteria="每发现1次扣1分"))
        neg.weight = sum(c.weight for c in neg.children)
        roots.append(neg)
    return roots


def _grow(draw: Any, node: Node, units: int, below: int, used: set[str]) -> None:
    if below == 0:
        node.score = _score(draw, units)
        node.criteria = draw(st.sampled_from(["①要点一；②要点二", "每项0.5分", "完成率×分值", ""]))
        node.comment = draw(st.sampled_from(["", "资料不全，扣分", "依据充分"])) if node.score is not None else ""
        return
    n = draw(st.integers(1, min(3, units)))
    for u in _split(draw, units, n):
        child = Node(_name(draw, used), u / 2)
        node.children.append(child)
        # now and then a leaf above the deepest level (a level-2 leaf in a 3-level framework)
        early = below >= 2 and draw(st.integers(0, 5)) == 0
        _grow(draw, child, u, 0 if early else below - 1, used)


def _score(draw: Any, units: int) -> float | None:
    if draw(st.integers(0, 9)) == 0:
        return None  # not scored yet
    quarters = draw(st.integers(0, units * 2))  # 0.25 steps up to the weight
    return quarters / 4


def expected(roots: list[Node]) -> list[tuple[int, str, float, float | None, bool]]:
    """(level, path, weight, score of a leaf, negative) in tree order."""
    out: list[tuple[int, str, float, float | None, bool]] = []

    def walk(nodes: list[Node], level: int, prefix: str) -> None:
        for n in nodes:
            path = f"{prefix}/{n.name}" if prefix else n.name
            out.append((level, path, n.weight, n.score if not n.children else None, n.negative))
            walk(n.children, level + 1, path)

    walk(roots, 1, "")
    return out


def grade_of(total: float) -> str:
    return next((g for lo, g in GRADES if total >= lo - 1e-9), "差")


# -- numbers as typed ----------------------------------------------------------------------

def _fmt(x: float) -> str:
    return f"{x:.3f}".rstrip("0").rstrip(".")


def typed_score(x: float | None, weight: float, form: str, k: int, negative: bool = False,
                positive_caps: bool = False) -> Any:
    """A score as an evaluator types it; ``k`` varies the form from row to row."""
    if negative and positive_caps and x is not None:
        return -x  # the deduction as a positive number
    if x is None:
        return ["—", "/", None, "-"][k % 4] if form != "plain" else None
    if negative:
        return {0: x, 1: f"扣{_fmt(-x)}分" if x else 0, 2: -x}[k % 3] if form == "text_forms" else x
    if form == "plain":
        return x
    if form == "unit":
        return f"{_fmt(x)}分"
    if form == "fullwidth":
        return _fmt(x).translate(str.maketrans("0123456789.-", "０１２３４５６７８９．－"))
    if form == "comma":
        s = _fmt(x)
        return s.replace(".", "，" if k % 2 else ",") if "." in s and len(s.split(".")[1]) != 3 else s
    if form == "text_forms":
        if x == weight and k % 2:
            return "满分"
        if x < weight and k % 3 == 1:
            return f"扣{_fmt(weight - x)}分"
        return f"{_fmt(x)}分" if k % 3 == 2 else x
    raise ValueError(form)


# -- laying the sheet out ---------------------------------------------------------------------

@dataclass
class Laid:
    rows: list[list[Any]]
    merges: list[tuple[int, int, int, int]]  # 1-based inclusive (r1, c1, r2, c2)
    total_row: int | None = None  # 1-based
    grade_row: int | None = None
    header_rows: list[int] = field(default_factory=list)
    title: str = ""


class _Sheet:
    def __init__(self, style: Style) -> None:
        self.s = style
        self.rows: list[list[Any]] = []
        self.merges: list[tuple[int, int, int, int]] = []

    def put(self, cells: list[Any]) -> int:
        self.rows.append([None] * self.s.left + list(cells))
        return len(self.rows)

    def merge(self, r1: int, c1: int, r2: int, c2: int) -> None:
        """0-based columns of the table (the offset is added); 1-based rows."""
        if (r1, c1) != (r2, c2):
            self.merges.append((r1, c1 + 1 + self.s.left, r2, c2 + 1 + self.s.left))


def write_rows(roots: list[Node], style: Style, project: str = "某市数字政府运维项目") -> Laid:
    sh = _Sheet(style)
    title = f"附件2：{project}绩效评价指标评分表"
    for i in range(style.top):
        if i == 0:
            sh.put([title])
        elif i == 1 and style.facts:
            sh.put(["评价机构：某某会计师事务所", None, "评价基准日：2023年12月31日"])
        else:
            sh.put([])
    depth = _depth(roots)
    if style.layout.startswith("outline"):
        header, hrows = _outline_header(sh, style)
        _outline_body(sh, roots, style, header)
    else:
        header, hrows = _columns_header(sh, style, depth)
        _columns_body(sh, roots, style, header, depth)
    laid = Laid(sh.rows, sh.merges, header_rows=hrows, title=project)
    _footer(sh, roots, style, header, laid)
    laid.rows, laid.merges = sh.rows, sh.merges
    return laid


def _depth(roots: list[Node]) -> int:
    def d(n: Node) -> int:
        return 1 + max((d(c) for c in n.children), default=0)
    return max(d(n) for n in roots if not n.negative)


def _columns_header(sh: _Sheet, style: Style, depth: int) -> tuple[list[str], list[int]]:
    levels = ["一级指标", "二级指标", "三级指标"][:depth]
    if style.layout == "weight_per_level":
        cols: list[str] = []
        for lv in levels:
            cols += [lv, f"{lv[:2]}分值"]
        cols += ["评分标准", "得分", "评价意见"]
    elif style.layout == "combined":
        cols = [*levels, "分值", "评分标准及评价意见", "得分"]
    else:
        cols = [*levels, "分值", "评分标准", "得分", "评价意见"]
    n = len(levels)
    if style.header_rows == 1 or style.layout == "weight_per_level":
        return cols, [sh.put(cols)]
    if style.header_rows == 2:
        r1 = sh.put(["评价指标"] + [None] * (n - 1) + cols[n:])
        r2 = sh.put(levels + [None] * (len(cols) - n))
        sh.merge(r1, 0, r1, n - 1)
        for c in range(n, len(cols)):
            sh.merge(r1, c, r2, c)
        return cols, [r1, r2]
    r1 = sh.put(["评价指标"] + [None] * (n - 1) + cols[n:n + 2] + ["评价情况"] + [None] * (len(cols) - n - 3))
    r2 = sh.put([*levels, None, None, *cols[n + 2:]])
    r3 = sh.put([None] * len(cols))
    sh.merge(r1, 0, r1, n - 1)
    for c in range(n):
        sh.merge(r2, c, r3, c)
    for c in (n, n + 1):
        sh.merge(r1, c, r3, c)
    sh.merge(r1, n + 2, r1, len(cols) - 1)
    for c in range(n + 2, len(cols)):
        sh.merge(r2, c, r3, c)
    return cols, [r1, r2, r3]


def _texts(leaf: Node, header: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "评分标准及评价意见" in header:
        parts = [leaf.criteria] + ([f"【评价意见】{leaf.comment}"] if leaf.comment else [])
        out["评分标准及评价意见"] = "\n".join(p for p in parts if p) or None
    else:
        out["评分标准"] = leaf.criteria or None
        out["评价意见"] = leaf.comment or None
    return out


def _columns_body(sh: _Sheet, roots: list[Node], style: Style, header: list[str], depth: int) -> None:
    k = 0
    for root in roots:
        start = len(sh.rows) + 1
        paths = _leaf_paths(root, [])
        first_of: dict[int, int] = {}  # id(node) → first row
        last_of: dict[int, int] = {}
        if style.layout == "per_node":
            for n, lvl in _preorder(root, 0):
                cells = _row(header, depth)
                cells[header.index(["一级指标", "二级指标", "三级指标"][lvl])] = n.name
                cells[header.index("分值")] = typed_weight(n.weight, "plain", k, style.positive_caps)
                if n.children:
                    cells[header.index("得分")] = -n.total() if n.negative and style.positive_caps else n.total()
                else:
                    cells[header.index("得分")] = typed_score(n.score, n.weight, style.number_form, k, n.negative,
                                                            style.positive_caps)
                    for col, v in _texts(n, header).items():
                        cells[header.index(col)] = v
                    k += 1
                sh.put(cells)
        else:
            for path in paths:
                leaf = path[-1]
                cells = _row(header, depth)
                r = len(sh.rows) + 1
                for lvl, n in enumerate(path):
                    name = n.name
                    if style.layout == "weight_in_name" and n.children:
                        name = f"{n.name}（{_fmt(n.weight)}）" if lvl % 2 == 0 else f"{n.name}({_fmt(n.weight)}分)"
                    col = lvl if style.layout != "weight_per_level" else 2 * lvl
                    first = id(n) not in first_of
                    first_of.setdefault(id(n), r)
                    last_of[id(n)] = r
                    if lvl == len(path) - 1 and len(path) < depth and style.merged and style.layout in ("merged", "combined"):
                        sh.merge(r, lvl, r, depth - 1)  # a shallow leaf's name across the deeper level columns
                    if style.layout == "sparse" or (style.merged and style.layout in ("merged", "weight_per_level", "combined")):
                        cells[col] = name if first or not n.children else None
                    else:
                        cells[col] = name
                    if style.layout == "weight_per_level":
                        cells[col + 1] = typed_weight(n.weight, "plain", k, style.positive_caps) \
                            if (first or not n.children or not style.merged) else None
                w_col = "分值" if "分值" in header else None
                if w_col:
                    cells[header.index(w_col)] = typed_weight(leaf.weight, style.number_form, k, style.positive_caps)
                cells[header.index("得分")] = typed_score(leaf.score, leaf.weight, style.number_form, k, leaf.negative,
                                                        style.positive_caps)
                for col, v in _texts(leaf, header).items():
                    cells[header.index(col)] = v
                k += 1
                sh.put(cells)
            if style.merged and style.layout in ("merged", "weight_per_level", "combined"):
                for n, lvl in _preorder(root, 0):
                    if lvl == 0 and style.subtotals and not root.negative:
                        continue  # merged below, over the 小计 row too
                    if n.children and id(n) in first_of:
                        col = lvl if style.layout != "weight_per_level" else 2 * lvl
                        sh.merge(first_of[id(n)], col, last_of[id(n)], col)
                        if style.layout == "weight_per_level":
                            sh.merge(first_of[id(n)], col + 1, last_of[id(n)], col + 1)
        if style.subtotals and not root.negative:
            cells = _row(header, depth)
            cells[0] = root.name
            cells[1 if style.layout != "weight_per_level" else 2] = "小计"
            wc = "分值" if "分值" in header else header[1]
            cells[header.index(wc)] = root.weight
            cells[header.index("得分")] = round(root.total(), 6)
            sh.put(cells)
            if style.merged and style.layout in ("merged", "combined"):
                end = len(sh.rows)
                sh.rows[end - 1][style.left] = None
                sh.merge(start, 0, end, 0)
                sh.rows[start - 1][style.left] = root.name
        if style.blank_rows:
            sh.put([])


def _leaf_paths(n: Node, path: list[Node]) -> list[list[Node]]:
    if not n.children:
        return [[*path, n]]
    return [p for c in n.children for p in _leaf_paths(c, [*path, n])]


def _preorder(n: Node, lvl: int) -> list[tuple[Node, int]]:
    out = [(n, lvl)]
    for c in n.children:
        out += _preorder(c, lvl + 1)
    return out


def _row(header: list[str], _depth: int) -> list[Any]:
    return [None] * len(header)


def typed_weight(w: float, form: str, k: int, positive_caps: bool = False) -> Any:
    if w < 0 and positive_caps:
        return -w  # 逆向指标 written with its cap as a positive number
    if form in ("unit", "text_forms") and k % 2:
        return f"{_fmt(w)}分"
    if form == "fullwidth" and k % 2:
        return _fmt(w).translate(str.maketrans("0123456789.-", "０１２３４５６７８９．－"))
    return w


def _outline_header(sh: _Sheet, style: Style) -> tuple[list[str], list[int]]:
    cols = (["序号"] if style.layout == "outline_seq" else []) + ["评价指标", "分值", "评分标准", "得分", "评价意见"]
    if style.header_rows == 1:
        return cols, [sh.put(cols)]
    r1 = sh.put([*cols[:-2], "评价情况", None])
    r2 = sh.put([None] * (len(cols) - 2) + cols[-2:])
    for c in range(len(cols) - 2):
        sh.merge(r1, c, r2, c)
    sh.merge(r1, len(cols) - 2, r1, len(cols) - 1)
    return cols, [r1, r2]


def _numbers(layout: str, path: list[int]) -> str:
    """The numbering of a node at ``path`` (indexes from 0 at each level)."""
    lvl, i = len(path), path[-1]
    if layout == "outline_dec":
        return ".".join(str(p + 1) for p in path) + ("." if lvl == 1 else "")
    if layout == "outline_seq":
        return [CN[i], f"（{CN[i]}）", str(i + 1)][lvl - 1]
    return [f"{CN[i]}、", f"（{CN[i]}）", f"{i + 1}."][lvl - 1]


def _outline_body(sh: _Sheet, roots: list[Node], style: Style, header: list[str]) -> None:
    k = 0

    def walk(nodes: list[Node], path: list[int]) -> None:
        nonlocal k
        for i, n in enumerate(nodes):
            p = [*path, i]
            cells: list[Any] = [None] * len(header)
            num = _numbers(style.layout, p)
            if style.layout == "outline_seq":
                cells[0] = num
                cells[1] = n.name
            else:
                cells[header.index("评价指标")] = f"{num}{n.name}"
            cells[header.index("分值")] = typed_weight(n.weight, style.number_form if not n.children else "plain", k,
                                                     style.positive_caps)
            if n.children:
                cells[header.index("得分")] = round(-n.total() if n.negative and style.positive_caps else n.total(), 6)
            else:
                cells[header.index("得分")] = typed_score(n.score, n.weight, style.number_form, k, n.negative,
                                                        style.positive_caps)
                for col, v in _texts(n, header).items():
                    cells[header.index(col)] = v
                k += 1
            sh.put(cells)
            walk(n.children, p)

    walk(roots, [])


def _footer(sh: _Sheet, roots: list[Node], style: Style, header: list[str], laid: Laid) -> None:
    positive = [n for n in roots if not n.negative]
    total = round(sum(n.total() for n in roots), 6)
    if style.total:
        cells: list[Any] = [None] * len(header)
        label_col = 0
        cells[label_col] = style.total
        wc = "分值" if "分值" in header else [h for h in header if h.endswith("分值")][-1]
        cells[header.index(wc)] = round(sum(n.weight for n in positive), 6)
        cells[header.index("得分")] = total
        laid.total_row = sh.put(cells)
        if style.merged and not style.layout.startswith("outline") and style.layout != "weight_per_level":
            sh.merge(laid.total_row, 0, laid.total_row, _depth(roots) - 1)
    if style.grade:
        cells = [None] * len(header)
        cells[0] = "评价等级"
        cells[header.index("得分")] = grade_of(total)
        laid.grade_row = sh.put(cells)
    if style.note:
        sh.put(["注：得分率=得分/分值；“—”表示未评分。"])


# -- files --------------------------------------------------------------------------------------

def save_xlsx(laid: Laid, path: Path, sheet: str = "评分表") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for row in laid.rows:
        ws.append(row)
    for r1, c1, r2, c2 in laid.merges:
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
    wb.save(path)
    return path


def save_csv(laid: Laid, path: Path) -> Path:
    """GB18030 CSV: merged cells keep their value in the first cell only (as Excel saves them)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in laid.rows:
        w.writerow(["" if v is None else v for v in row])
    path.write_bytes(buf.getvalue().encode("gb18030"))
    return path
