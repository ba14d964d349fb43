"""Answer files written the way survey platforms export them, from respondents generated
here (a seeded random sample), so a test can count the answers directly and compare.

``respondents(n, seed)`` makes the people; the writers lay them out as:

- ``wjx_text``: 问卷星 "按选项文本" — metadata columns first (序号, 提交答卷时间, 所用时间, 来源,
  来源详情, 来自IP), numbered headers with tags, labels as answers, multiple choice joined
  with ┋ and "其他〖…〗", a matrix question as one column per row ("3、…—系统稳定性"),
  (跳过) for the matrix the public is not asked, (空) for empty answers;
- ``wjx_codes``: 问卷星 "按选项序号" — option numbers, -3 for skipped, multiple choice one
  column per option as 0/1 ("第4题(系统功能不够完善)"), the matrix as "第3题(系统稳定性)", and
  a legend sheet (选项说明) saying what the numbers mean;
- ``tencent``: 腾讯问卷-like — 编号 / 开始答题时间 / 答题时长 / IP, "Q2." headers, another
  wording of the scale (很满意 … 很不满意), multiple choice one column per option holding the
  option's text, the "other" text in its own column.
"""
from __future__ import annotations

import csv
import io
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook

GROUPS = ["主管部门", "使用单位", "办事群众"]
SCALE = ["非常满意", "比较满意", "一般", "不太满意", "非常不满意"]
SCALE_TENCENT = ["很满意", "满意", "一般", "不满意", "很不满意"]
ROWS = ["系统稳定性", "操作便利性", "数据共享及时性"]
PROBLEMS = ["系统功能不够完善", "操作不够便捷", "系统运行不稳定", "培训指导不足", "其他"]
FREQ = ["每天", "每周", "每月", "很少"]


@dataclass
class Person:
    """One respondent; answers as indexes into the lists above (None: not answered)."""

    serial: int
    group: int
    overall: int
    matrix: list[int] | None  # the public (办事群众) is not asked
    problems: list[int]
    other: str | None
    years: int | None
    freq: int
    advice: str | None
    submitted: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def respondents(n: int, seed: int = 7, start: int = 1) -> list[Person]:
    rnd = random.Random(seed)
    weights = [40, 30, 15, 10, 5]
    out = []
    for i in range(start, start + n):
        g = rnd.choices([0, 1, 2], [1, 4, 6])[0]
        overall = rnd.choices(range(5), weights)[0]
        matrix = None if g == 2 else [rnd.choices(range(5), weights)[0] for _ in ROWS]
        probs = sorted(rnd.sample(range(5), rnd.choice([0, 0, 1, 1, 2, 3])))
        other = rnd.choice(["数据不全", "账号难申请", "太慢"]) if 4 in probs else None
        years = rnd.choice([None, 0, 1, 2, 3, 5, 8])
        advice = rnd.choice([None, None, "希望增加移动端", "减少重复录入"])
        out.append(Person(i, g, overall, matrix, probs, other, years, rnd.randrange(4), advice,
                          f"2024/11/{1 + i % 28:02d} 10:{i % 60:02d}:00"))
    return out


def _meta(p: Person) -> list[Any]:
    return [p.serial, p.submitted, f"{30 + p.serial % 200}秒", "微信", "N/A", f"10.0.{p.serial // 250}.{p.serial % 250}(广东-东莞)"]


WJX_META = ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP"]


def wjx_text(people: list[Person]) -> tuple[list[str], list[list[Any]]]:
    headers = [*WJX_META, "1、您的身份：", "2、您对平台运维服务的总体满意度：(单选题)",
               *(f"3、请您评价以下方面—{r}" for r in ROWS), "4、您认为平台存在哪些问题？(多选题)",
               "5、您使用平台的年限（年）", "6、您使用平台的频率：", "7、您对平台的意见和建议："]
    rows = []
    for p in people:
        probs = "┋".join(f"其他〖{p.other}〗" if k == 4 else PROBLEMS[k] for k in p.problems)
        matrix = ["(跳过)"] * len(ROWS) if p.matrix is None else [SCALE[k] for k in p.matrix]
        rows.append([*_meta(p), GROUPS[p.group], SCALE[p.overall], *matrix, probs or "(空)",
                     "(空)" if p.years is None else p.years, FREQ[p.freq], p.advice or "(空)"])
    return headers, rows


def wjx_codes(people: list[Person]) -> tuple[list[str], list[list[Any]], list[list[Any]]]:
    """Headers, rows and the legend sheet's rows."""
    headers = [*WJX_META, "1、您的身份：", "2、您对平台运维服务的总体满意度：", *(f"第3题({r})" for r in ROWS),
               *(f"第4题({o})" for o in PROBLEMS[:4]), "第4题(其他〖请注明〗)", "5、您使用平台的年限（年）",
               "6、您使用平台的频率：", "7、您对平台的意见和建议："]
    rows = []
    for p in people:
        matrix = [-3] * len(ROWS) if p.matrix is None else [k + 1 for k in p.matrix]
        flags = [1 if k in p.problems else 0 for k in range(4)]
        rows.append([*_meta(p), p.group + 1, p.overall + 1, *matrix, *flags, p.other or "",
                     -2 if p.years is None else p.years, p.freq + 1, p.advice or ""])
    legend = [["题目", "选项编号", "选项内容"]]
    titles = {1: "1、您的身份：", 2: "2、您对平台运维服务的总体满意度：", 3: "3、请您评价以下方面",
              4: "4、您认为平台存在哪些问题？(多选题)", 6: "6、您使用平台的频率："}
    for number, labels in ((1, GROUPS), (2, SCALE), (3, SCALE), (4, PROBLEMS), (6, FREQ)):
        for k, lab in enumerate(labels):
            legend.append([titles[number] if k == 0 else None, k + 1, lab])
    return headers, rows, legend


def tencent(people: list[Person]) -> tuple[list[str], list[list[Any]]]:
    headers = ["编号", "开始答题时间", "答题时长", "IP", "Q1. 您的身份", "Q2. 您对平台运维服务的总体满意度（单选）",
               *(f"Q3. 请您评价以下方面:{r}" for r in ROWS),
               *(f"Q4. 您认为平台存在哪些问题（多选）:{o}" for o in PROBLEMS[:4]), "Q4. 您认为平台存在哪些问题（多选）:其他(请注明)",
               "Q5. 您使用平台的年限（年）", "Q6. 您使用平台的频率", "Q7. 您对平台的意见和建议"]
    rows = []
    for p in people:
        matrix = [""] * len(ROWS) if p.matrix is None else [SCALE_TENCENT[k] for k in p.matrix]
        opts = [PROBLEMS[k] if k in p.problems else "" for k in range(4)]
        rows.append([f"T{p.serial:05d}", p.submitted, f"{30 + p.serial % 200}", f"10.1.0.{p.serial % 250}", GROUPS[p.group],
                     SCALE_TENCENT[p.overall], *matrix, *opts, p.other or "", "" if p.years is None else p.years,
                     FREQ[p.freq], p.advice or ""])
    return headers, rows


def write_xlsx(path: Path, headers: list[str], rows: list[list[Any]], legend: list[list[Any]] | None = None) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(headers)
    for r in rows:
        ws.append([None if v == "" else v for v in r])
    if legend is not None:
        lg = wb.create_sheet("选项说明")
        for r in legend:
            lg.append(r)
    wb.save(path)
    return path


def write_csv(path: Path, headers: list[str], rows: list[list[Any]], encoding: str) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(headers)
    w.writerows(rows)
    data = buf.getvalue()
    if encoding == "utf-16":
        path.write_bytes(data.encode("utf-16"))  # with its byte-order mark, as Excel's "Unicode text"
    else:
        path.write_bytes(data.encode(encoding))
    return path


# -- the direct count -----------------------------------------------------------------------

def expected_counts(people: list[Person]) -> dict[str, Any]:
    """What a tally must say, counted straight from the respondents."""
    from collections import Counter

    by_group = {g: [p for p in people if p.group == i] for i, g in enumerate(GROUPS)}
    return {
        "respondents": {g: len(ps) for g, ps in by_group.items()},
        "overall": Counter(SCALE[p.overall] for p in people),
        "overall_satisfied": {g: sum(p.overall < 2 for p in ps) for g, ps in by_group.items()},
        "matrix": [Counter(SCALE[p.matrix[i]] for p in people if p.matrix is not None) for i in range(len(ROWS))],
        "matrix_n": sum(p.matrix is not None for p in people),
        "problems": Counter(PROBLEMS[k] for p in people for k in p.problems),
        "freq": Counter(FREQ[p.freq] for p in people),
        "years_n": sum(p.years is not None for p in people),
        "years_sum": sum(p.years or 0 for p in people),
        "advice_n": sum(p.advice is not None for p in people),
        "other_n": sum(p.other is not None for p in people),
    }
