"""Project facts a score sheet carries around its table: the project's name (from a
项目名称 line, else the title row without 附件 / 评分表 noise), 评价机构, 评价基准日, and
where present 预算单位, 主管部门, 委托方.

Facts are read from the rows above the header and from note rows below the table, as
``label：value`` (several on one row) or a label cell followed by its value cell.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from evaltool.scoresheet.layout import GROUP_LABELS, Grid, cell_text, match_label, norm_label
from evaltool.scoresheet.rows import classify_label, norm

# label → project field (evaltool.projects.PROJECT_FIELDS, plus "name")
FACT_LABELS: list[tuple[str, tuple[str, ...]]] = [
    ("name", ("项目名称", "评价项目名称", "评价对象")),
    ("evaluation_agency", ("第三方评价机构", "评价机构名称", "评价机构", "评价单位", "第三方机构")),
    ("reference_date", ("评价基准日期", "评价基准日", "基准日")),
    ("budget_unit", ("项目实施单位", "预算单位", "项目单位", "实施单位")),
    ("competent_department", ("主管部门", "项目主管部门")),
    ("commissioning_body", ("委托单位", "委托方")),
]
_ALL = sorted(((w, f) for f, words in FACT_LABELS for w in words), key=lambda x: -len(x[0]))
_LABEL_RE = re.compile(r"(?P<label>{})\s*(?:[（(]\s*盖章\s*[）)])?\s*[：:]\s*".format("|".join(re.escape(w) for w, _f in _ALL)))
_FIELD = dict(_ALL)
_DATE_RE = re.compile(r"(\d{4})\s*[年\-/.．]\s*(\d{1,2})\s*[月\-/.．]\s*(\d{1,2})\s*日?")
_PREFIX_RE = re.compile(r"^\s*(?:附件|附表|附录)\s*[\d一二三四五六七八九十]*\s*[：:、.．\-—\s]*")
_SUFFIX_RE = re.compile(
    r"\s*(?:(?:重点|财政)?(?:支出)?(?:绩效)?(?:评价|评估|考核)?(?:指标)?(?:体系)?(?:及|和|与|、)?(?:指标)?"
    r"(?:评分|得分|打分|计分|评价|考核)(?:结果)?(?:汇总|明细|情况|一览|统计)?表|指标体系表?|绩效评价)\s*$")


def parse_date(value: Any) -> str | None:
    """``2022年12月31日``, ``2022-12-31``, ``2022/12/31``, ``2022.12.31`` or a date cell → ``2022-12-31``."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    m = _DATE_RE.search(cell_text(value))
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


def clean_title(text: str) -> str:
    """A title row as a project name: 附件2：某项目绩效评价指标得分表 → 某项目."""
    s = _PREFIX_RE.sub("", (text or "").strip())
    for _ in range(2):  # 绩效评价指标体系及评分表, then a trailing 绩效评价
        s = _SUFFIX_RE.sub("", s)
    s = s.strip("：:—-（(）) ")
    return s


def _value(field: str, value: Any) -> str | None:
    if field == "reference_date":
        return parse_date(value)
    text = cell_text(value).split("\n")[0].strip().strip("：:").strip()
    text = re.sub(r"[（(]\s*盖章\s*[）)]", "", text).strip()
    return text[:200] or None


def _row_facts(grid: Grid, r: int, out: dict[str, str]) -> None:
    row = grid.rows[r] if r < len(grid.rows) else []
    cells = [(c, v) for c, v in enumerate(row) if v not in (None, "")]
    for i, (c, v) in enumerate(cells):
        if c > 0 and grid.is_continuation(r, c):
            continue
        text = cell_text(v) if not isinstance(v, (date, datetime)) else ""
        matches = list(_LABEL_RE.finditer(text))
        if matches:
            for k, m in enumerate(matches):
                end = matches[k + 1].start() if k + 1 < len(matches) else len(text)
                fld = _FIELD[m.group("label")]
                raw = text[m.end():end].strip()
                if not raw and i + 1 < len(cells):
                    raw = cells[i + 1][1]
                val = _value(fld, raw)
                if val and fld not in out:
                    out[fld] = val
            continue
        label = norm(text).strip("：:")
        label = re.sub(r"[（(]\s*盖章\s*[）)]", "", label)
        if label in _FIELD and i + 1 < len(cells):
            val = _value(_FIELD[label], cells[i + 1][1])
            if val and _FIELD[label] not in out:
                out[_FIELD[label]] = val


def sheet_facts(grid: Grid, header_top: int, other_rows: list[int]) -> tuple[str, dict[str, str]]:
    """(title, facts) of a sheet: the title is the first text above the header that is
    neither a column label nor a fact, cleaned of 附件 / 评分表 noise."""
    facts: dict[str, str] = {}
    title = ""
    for r in range(header_top):
        before = dict(facts)
        _row_facts(grid, r, facts)
        if facts != before or title:
            continue
        for v in grid.rows[r]:
            t = cell_text(v).split("\n")[0].strip() if isinstance(v, str) else ""
            if t and clean_title(t) and not match_label(t) and norm_label(t) not in GROUP_LABELS \
                    and not _LABEL_RE.search(t) and classify_label(t) != "note":
                title = t  # the first text naming something (附件3 alone does not)
                break
    for r in other_rows:
        _row_facts(grid, r, facts)
    cleaned = clean_title(title)
    if "name" not in facts and cleaned:
        facts["name"] = cleaned
    return cleaned or title, facts
