"""Option legends: what the numbers mean when a platform exports answers as option numbers.

A legend comes from a sheet of the answer workbook (named like 选项说明, 编码, 代码表,
legend, codebook …), from a separate file, or from the header itself
(``2、总体满意度（1=非常满意 2=比较满意 …）``, read by ``headers.parse_header``). A legend
sheet is read in either shape people make:

- long: one row per option — question (number, "Q5", "第5题" or its text; a blank cell
  repeats the one above), code, label — with or without a header row
  (题目/题号 · 选项编号/编码/代码/值 · 选项/选项内容/标签);
- wide: one row per question — the question, then its options as ``1=非常满意;2=比较满意``
  in one cell or as ``1、非常满意`` in the next cells.

Pure functions over rows of cells; safe from any thread.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from evaltool.survey import norm_text
from evaltool.survey.importing.headers import core_text, parse_header

QUESTION_WORDS = ("题目", "题号", "问题", "题干", "题目名称", "question", "item", "变量", "变量名", "字段")
CODE_WORDS = ("选项编号", "选项序号", "编码", "代码", "编号", "序号", "值", "数值", "code", "value")
LABEL_WORDS = ("选项", "选项内容", "选项文本", "选项名称", "标签", "含义", "值标签", "label", "text", "说明")
LEGEND_SHEET_WORDS = ("选项", "编码", "代码", "说明", "legend", "codebook", "值标签", "题目", "code")
_BARE_REF = re.compile(r"^(?:q|第)?(\d{1,3})(?:题)?[.、:：]?$")
_PAIR = re.compile(r"(?<![\d.])(\d{1,3})\s*[=:：.、-]\s*([^;；,，|\n\r=]+?)\s*(?=(?:[;；,，|\n\r]|\s+\d{1,3}\s*[=:：.、-])|$)")


@dataclass
class Legend:
    """Options by question: ``by_number`` (question number → {code: label}) and
    ``by_text`` (normalised question text → {code: label}); ``default`` applies to every
    coded question when the legend names no question. ``titles``: question texts the
    legend gives (a 第4题(…) column says no more than its number)."""

    source: str = ""
    by_number: dict[int, dict[int, str]] = field(default_factory=dict)
    by_text: dict[str, dict[int, str]] = field(default_factory=dict)
    default: dict[int, str] = field(default_factory=dict)
    titles: dict[int, str] = field(default_factory=dict)  # question number → its text, when the legend names it

    def __bool__(self) -> bool:
        return bool(self.by_number or self.by_text or self.default)

    def add(self, ref: Any, code: int, label: str) -> None:
        label = str(label).strip()
        if not label:
            return
        if ref is None or str(ref).strip() == "":
            self.default[code] = label
            return
        bare = _BARE_REF.match(norm_text(ref))
        if bare:  # "5", "Q5", "第5题" alone
            self.by_number.setdefault(int(bare.group(1)), {})[code] = label
            return
        h = parse_header(ref)
        if h.number is not None:
            self.by_number.setdefault(h.number, {})[code] = label
            if h.text:
                self.titles.setdefault(h.number, h.text)
        if h.core:
            self.by_text.setdefault(h.core, {})[code] = label
        elif h.number is None:
            self.by_text.setdefault(core_text(str(ref)), {})[code] = label

    def options_for(self, number: int | None, text: str) -> dict[int, str] | None:
        """The options of a question by its number, else its text, else the default."""
        if number is not None and number in self.by_number:
            return self.by_number[number]
        core = core_text(text)
        if core and core in self.by_text:
            return self.by_text[core]
        for t, opts in self.by_text.items():
            if len(t) >= 4 and len(core) >= 4 and (t in core or core in t):
                return opts
        return self.default or None


def _code(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)) and float(value).is_integer():
        return int(value)
    t = str(value if value is not None else "").strip()
    return int(t) if re.fullmatch(r"\d{1,3}", t) else None


def _find(head: list[str], words: tuple[str, ...]) -> int | None:
    for w in words:
        for i, h in enumerate(head):
            if h == w:
                return i
    return None


def pairs_in(text: Any) -> list[tuple[int, str]]:
    """``1=非常满意;2=比较满意`` (or ``1.非常满意 2.比较满意``) → [(1, 非常满意), (2, 比较满意)]."""
    found = [(int(c), lab.strip()) for c, lab in _PAIR.findall(str(text or ""))]
    return found if len(found) >= 2 and len({c for c, _l in found}) == len(found) else []


def parse_legend(rows: list[list[Any]], source: str = "") -> Legend:
    """A legend from a sheet's rows (see the module docstring); empty when none is found."""
    legend = Legend(source)
    body = [r for r in rows if any(c not in (None, "") for c in r)]
    if not body:
        return legend
    head = [norm_text(c) for c in body[0]]
    q_col, c_col, l_col = _find(head, QUESTION_WORDS), _find(head, CODE_WORDS), _find(head, LABEL_WORDS)
    wide = sum(1 for r in body if pairs_in(" ; ".join(str(c) for c in r[1:] if c not in (None, "")))) >= 1
    if wide:
        q_col, c_col, l_col = (q_col if q_col is not None else 0), -1, -1
        data = body
    elif c_col is not None and l_col is not None:
        data = body[1:]
    else:
        data = body
        width = max(len(r) for r in body)
        q_col, c_col, l_col = (0, 1, 2) if width >= 3 else (None, 0, 1)
    ref: Any = None
    for r in data:
        cells = list(r) + [None] * 3
        if q_col is not None and cells[q_col] not in (None, ""):
            ref = cells[q_col]
        code = _code(cells[c_col]) if c_col >= 0 else None
        if code is not None and cells[l_col] not in (None, ""):
            legend.add(ref, code, str(cells[l_col]))
            continue
        # the wide shape: options in one cell as pairs, or as "1、label" in the next cells
        rest = [c for i, c in enumerate(r) if i != q_col and c not in (None, "")]
        pairs = pairs_in(" ; ".join(str(c) for c in rest))
        for c, label in pairs:
            legend.add(ref, c, label)
    return legend


def looks_like_legend_sheet(name: str) -> bool:
    n = norm_text(name)
    return any(w in n for w in LEGEND_SHEET_WORDS)
