"""Inferring the questionnaire from an answer file (``infer_questionnaire``), so answers
can be imported into a project that has no questionnaire yet.

From the headers (``headers``): the question numbers and texts, the platform's metadata
columns (kept aside), the response id, matrix questions (one column per row) and
multiple-choice questions exported one column per option. From the answers: each
question's kind and options —

- a scale (``scale5``/``scale4``/``scale3``) when its labels are the points of a
  satisfaction, agreement or quality scale in any common wording (``scales``); missing
  points are named in the file's wording, "don't know" answers become an option left
  out of the valid n; questions of one file sharing a scale share its points;
- ``multi`` when answers are joined with ┋ (or , ; | with the header's 多选 tag, or
  when the parts recur), or the question has one column per option (0/1 or the option's
  text);
- ``number`` when every answer is a number (and nothing says they are option numbers);
- ``single`` for a few labels that recur; ``text`` for the rest;
- option numbers become options through the legend (a legend sheet, a legend file, or
  the header's ``1=非常满意 …``); without one they are kept as numbers and the question is
  flagged for a person to check.

The group column is the one whose values look like respondent types (使用单位, 办事群众,
主管部门 …) or whose header says so (身份, 类型, 对象 …). A question no respondent of a
group answered, where the platform marked it ``(跳过)`` for them, is asked of the other
groups only. Nothing is stored here: the result is a ``Draft`` to look at and correct.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

from evaltool.errors import ImportFormatError
from evaltool.i18n import translate
from evaltool.survey import KEY_RE, SCALE_KINDS, SCALE_TOP, SCALES, default_options, norm_text
from evaltool.survey.importing.draft import Draft, DraftQuestion
from evaltool.survey.importing.headers import (
    Block,
    Header,
    column_role,
    find_blocks,
    id_priority,
    is_logic_skip,
    is_skip,
    other_text_column,
    parse_header,
)
from evaltool.survey.importing.legend import Legend
from evaltool.survey.importing.table import TableData, blank
from evaltool.survey.scales import clean_label, is_other, meaning, recognise, scale_class, split_other

MAX_OPTIONS = 40  # more distinct answers than this (and no scale): an open question
GROUP_HINTS = ("身份", "类型", "对象", "群体", "组别", "类别", "角色", "您是", "您属于", "单位性质", "人员类别", "您所在单位类型",
               "受访者", "respondent", "group")
TYPE_WORDS = ("单位", "部门", "局", "委", "办", "中心", "人员", "群众", "企业", "窗口", "办事", "公众", "市民", "居民", "用户",
              "职工", "员工", "干部", "领导", "个人", "法人", "对象", "主管", "管理", "工作人员", "学生", "家长", "教师", "患者",
              "村民", "街道", "镇", "社区", "商户", "游客", "机构", "代表", "专家")
TRUE_MARKS = frozenset({"1", "√", "✓", "✔", "是", "选中", "已选", "true", "y", "yes", "x"})
FALSE_MARKS = frozenset({"0", "否", "未选中", "未选", "false", "n", "no"})
MULTI_SEPARATORS = ("┋", "|", ";", "；", ",", "，", "、")
TEXT_WORDS = ("意见", "建议", "请填写", "请描述", "请说明", "备注", "其他想法", "说明理由", "具体说明", "留言")
SKIP_CODES = (-2, -3)  # 问卷星's option-number exports: -2 not shown / empty, -3 skipped by logic


# -- cells -------------------------------------------------------------------------------

def answer_of(v: Any) -> Any:
    """A cell as an answer: None for blank and the platforms' "not answered" marks."""
    if blank(v) or is_skip(v):
        return None
    if isinstance(v, str):
        return unicodedata.normalize("NFKC", v).strip()
    return v


def as_number(v: Any) -> float | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return float(v)
    t = str(v).replace(",", "").strip()
    try:
        x = float(t)
    except ValueError:
        return None
    return x if x == x and abs(x) != float("inf") else None


def _whole(x: float | None) -> bool:
    return x is not None and float(x).is_integer()


# -- kinds -------------------------------------------------------------------------------

def _multi_separator(values: list[str], hints: set[str]) -> str | None:
    """The separator joining a multiple-choice answer's options, None when the answers are single."""
    texts = [v for v in values if isinstance(v, str)]
    if any("┋" in v for v in texts):
        return "┋"
    for sep in MULTI_SEPARATORS[1:]:
        joined = [v for v in texts if sep in v]
        if not joined:
            continue
        if "multi" in hints:
            return sep
        if sep == "、":
            continue  # a list inside one option's wording: only the 多选 tag says otherwise
        parts = Counter(p.strip() for v in texts for p in v.split(sep) if p.strip())
        recurring = sum(1 for p, n in parts.items() if n >= 2 or p in texts)
        if len(joined) >= 2 and len(parts) <= MAX_OPTIONS and recurring >= 0.6 * len(parts) \
                and all(len(p) <= 40 for p in parts):
            return sep
    return None


def _ordered(labels: list[str]) -> list[str]:
    """Distinct labels in first-seen order, "other" options last."""
    seen: dict[str, str] = {}
    for lab in labels:
        seen.setdefault(clean_label(lab), lab)
    out = list(seen.values())
    return [x for x in out if not is_other(x)] + [x for x in out if is_other(x)]


def _options(labels: list[str], codes: dict[str, int] | None = None) -> list[dict[str, Any]]:
    out = []
    used = set((codes or {}).values())
    nxt = 1
    for lab in labels:
        code = (codes or {}).get(clean_label(lab))
        if code is None:
            while nxt in used:
                nxt += 1
            code = nxt
            used.add(code)
        out.append({"code": code, "label": lab, "label_en": "", "weight": None, "satisfied": False})
    return out


def infer_kind(q: DraftQuestion, family_hint: set[float] | None = None) -> None:
    """Set ``q.kind`` and ``q.options`` from the answers seen (``q.values``), its hints and
    legend. Scale questions get the family of ``family_hint`` when it holds their labels."""
    vals = q.values
    hints = set(q.hints)
    if not hints & {"single", "multi", "scale", "matrix"} and any(w in q.text for w in TEXT_WORDS):
        hints.add("text")
    q.note = ""
    if q.option_columns:  # one column per option: multiple choice, options already named
        q.kind = "multi"
        return
    legend = q.legend
    if legend or q.block or hints & {"single", "multi", "scale", "matrix"}:
        vals = [v for v in vals if as_number(v) not in SKIP_CODES]
    nums = [as_number(v) for v in vals]
    if vals and all(x is not None for x in nums):
        codes = {int(x) for x in nums if x is not None and _whole(x)}
        if legend and len(codes) == len(nums) and codes <= set(legend):
            _coded(q, legend, "multi" in hints)
            return
        looks_coded = bool(hints & {"single", "multi", "scale", "matrix"}) or q.block
        if len(codes) == len(nums) and codes and min(codes) >= 1 and max(codes) <= 20 and looks_coded:
            _coded(q, {c: str(c) for c in range(1, max(codes) + 1)}, "multi" in hints, guessed=True)
            return
        q.kind, q.options, q.coded = "number", [], False
        return
    if "multi" in hints and legend and all(isinstance(v, str) for v in vals):
        parts = [p for v in vals for p in re.split("|".join(map(re.escape, MULTI_SEPARATORS)), v) if p.strip()]
        if parts and all(as_number(p) is not None and _whole(as_number(p)) for p in parts) \
                and {int(as_number(p) or 0) for p in parts} <= set(legend):
            _coded(q, legend, True)
            return
    labels = [str(v) for v in vals]
    sep = _multi_separator(labels, hints)
    if sep is not None:
        parts = [split_other(p.strip())[0] for v in labels for p in v.split(sep) if p.strip()]
        q.kind, q.coded = "multi", False
        q.options = _options(_ordered(parts))
        return
    bases = [split_other(v)[0] for v in labels]
    scale = recognise(_ordered(bases), family_hint)
    if scale is not None and (scale.kind in SCALE_KINDS or "text" not in hints):
        q.kind, q.coded = (scale.kind if scale.kind in SCALE_KINDS else "single"), False
        q.options = scale.options()
        return
    distinct = _ordered(bases)
    few = len(distinct) <= MAX_OPTIONS and (len(distinct) <= max(2, q.answered // 2) or "single" in hints)
    if distinct and few and "text" not in hints and all(len(x) <= 60 for x in distinct):
        q.kind, q.coded = ("multi" if "multi" in hints else "single"), False
        q.options = _options(distinct)
        return
    q.kind, q.options, q.coded = "text", [], False


def _coded(q: DraftQuestion, legend: dict[int, str], multi: bool, guessed: bool = False) -> None:
    """Options from option numbers and what they mean (a scale keeps its numbers, best first)."""
    q.coded = True
    labels = [legend[c] for c in sorted(legend)]
    codes = {clean_label(legend[c]): c for c in sorted(legend)}
    if multi:
        q.kind, q.options = "multi", _options(labels, codes)
    elif guessed and len(legend) <= 5 and any(w in q.text for w in ("满意", "评价")):
        # option numbers of a satisfaction question and no legend: 1 = the best point, as
        # platforms number a scale printed best first; a person checks it in the preview
        kind = {5: "scale5", 4: "scale4", 3: "scale3"}.get(len(legend), "scale5")
        q.kind, q.options = kind, default_options(kind)
    else:
        scale = recognise(labels) if not guessed else None
        if scale is not None and scale.kind in SCALE_KINDS and not scale.na:
            q.kind, q.options = scale.kind, scale.options(codes)
        else:
            q.kind, q.options = "single", _options(labels, codes)
    if guessed:
        q.note = translate("Survey", "Answers are option numbers and no legend says what they mean: check the options.")


def set_kind(q: DraftQuestion, kind: str) -> None:
    """A person's choice of kind: options inferred again from the same answers for it."""
    if kind == q.kind:
        return
    if kind in ("number", "text"):
        q.kind, q.options = kind, []
        return
    if q.option_columns:
        q.kind = "multi" if kind == "multi" else kind
        return
    hints = set(q.hints) - {"multi", "single", "scale", "text"}
    q.hints = sorted(hints | ({"multi"} if kind == "multi" else {"single"}))
    infer_kind(q)
    if kind in SCALE_KINDS and q.kind != kind:
        if q.kind in SCALE_KINDS or q.kind == "single":
            _fit_scale(q, kind)
        else:
            q.kind, q.options = kind, default_options(kind)
    elif kind == "single" and q.kind != "single":
        q.kind = "single"
        for o in q.options:
            o["satisfied"] = bool(o.get("satisfied"))
    elif kind == "multi" and q.kind != "multi":
        q.kind = "multi"


def _fit_scale(q: DraftQuestion, kind: str) -> None:
    """Make the options a ``kind`` scale: the labels kept in their order (codes kept), the
    scale's weights and satisfied boxes by position; a scale's default labels fill up."""
    points = [o for o in q.options if not o.get("na")]
    na = [o for o in q.options if o.get("na")]
    size = len(SCALES[kind])
    defaults = default_options(kind)
    used = {int(o["code"]) for o in q.options}
    while len(points) < size:
        extra = dict(defaults[len(points)])
        code = 1
        while code in used:
            code += 1
        used.add(code)
        extra["code"] = code
        points.append(extra)
    out = []
    for i, o in enumerate(points):
        inside = i < size
        out.append({**o, "weight": float(SCALES[kind][i][2]) if inside else None,
                    "satisfied": inside and i < SCALE_TOP[kind]})
    q.kind, q.options = kind, out + na


def reverse_scale(q: DraftQuestion) -> None:
    """Reverse a scale's order (the best point becomes the last): codes stay with their
    labels; weights and satisfied boxes follow the positions."""
    points = [o for o in q.options if not o.get("na")]
    na = [o for o in q.options if o.get("na")]
    points.reverse()
    weights = [o.get("weight") for o in reversed(points)]
    sats = [bool(o.get("satisfied")) for o in reversed(points)]
    q.options = [{**o, "weight": weights[i], "satisfied": sats[i]} for i, o in enumerate(points)] + na


# -- the questionnaire -------------------------------------------------------------------

def _column_values(table: TableData, col: int) -> list[Any]:
    return [answer_of(r[col]) for r in table.rows]


def _distinct(values: list[Any]) -> list[Any]:
    seen: dict[Any, Any] = {}
    for v in values:
        if v is not None:
            seen.setdefault(v if not isinstance(v, str) else norm_text(v), v)
    return list(seen.values())


def _group_score(h: Header, values: list[Any]) -> float:
    """How much a column looks like it names respondent groups (0 = not at all)."""
    distinct = _distinct([v for v in values if v is not None])
    if not distinct or len(distinct) > 12 or any(not isinstance(v, str) or len(v) > 30 for v in distinct):
        return 0.0
    if any(as_number(v) is not None for v in distinct) or any("┋" in v for v in distinct):
        return 0.0
    if scale_class(distinct) is not None or any(meaning(v) is not None for v in distinct):
        return 0.0
    score = 2.0 if any(w in norm_text(h.text) for w in GROUP_HINTS) else 0.0
    score += 2.0 * sum(1 for v in distinct if any(w in v for w in TYPE_WORDS)) / len(distinct)
    score += 0.5 if 2 <= len(distinct) <= 8 else -0.5 if len(distinct) == 1 else 0.0
    return score


def column_of(headers: list[str], ref: str | int | None, file: str) -> int | None:
    """A column by header text (tolerant: numbering and tags ignored too) or 1-based
    number; ``ImportFormatError`` naming the columns there are when it is not found."""
    if ref is None or ref == "":
        return None
    if isinstance(ref, int) or (isinstance(ref, str) and ref.isdigit() and int(ref) <= len(headers)
                                and norm_text(ref) not in {norm_text(h) for h in headers}):
        i = int(ref)
        if 1 <= i <= len(headers):
            return i - 1
    else:
        target = norm_text(ref)
        for i, h in enumerate(headers):
            if norm_text(h) == target:
                return i
        core = parse_header(ref).core
        hits = [i for i, h in enumerate(headers) if core and parse_header(h).core == core]
        if len(hits) == 1:
            return hits[0]
    raise ImportFormatError(translate("Errors", "No column “{name}” in the file. Columns: {columns}").format(
        name=ref, columns=", ".join(h for h in headers if h)), file=file, row=1)


def infer_questionnaire(table: TableData, *, group_column: str | int | None = None, legend: Legend | None = None,
                        name: str | None = None, no_group: bool = False) -> Draft:
    """The questionnaire ``table`` implies (see the module docstring). ``group_column``
    names the column of respondent groups (else it is guessed; ``no_group``: none);
    ``legend`` says what option numbers mean (else the table's own legend sheet)."""
    headers = [parse_header(h, i) for i, h in enumerate(table.headers)]
    legend = legend or table.legend
    n = len(headers)
    values = {c: _column_values(table, c) for c in range(n)}
    draft = Draft(table, headers, [], name or Path(table.file).stem)
    gcol = column_of(table.headers, group_column, table.file) if group_column not in (None, "") else None
    roles: dict[int, str] = {}
    for h in headers:
        role = column_role(h)
        if role and h.index != gcol:
            roles[h.index] = role
    ids = sorted((c for c, r in roles.items() if r == "id"), key=lambda c: id_priority(headers[c]))
    draft.id_column = ids[0] if ids else None
    for c in ids[1:]:
        roles[c] = "meta"  # a second id (序号 beside 答卷编号) is metadata
    draft.level_column = next((c for c, r in roles.items() if r == "level"), None)
    draft.unit_column = next((c for c, r in roles.items() if r == "unit"), None)
    if gcol is None and not no_group:
        gcol = next((c for c, r in roles.items() if r == "group"), None)
    draft.meta_columns = sorted(c for c, r in roles.items() if r == "meta")
    question_cols = [c for c in range(n) if c not in roles and c != gcol]
    draft.skip_codes = _skip_codes(headers, values, question_cols, legend)
    if draft.skip_codes:
        for c in question_cols:
            values[c] = [None if as_number(v) in SKIP_CODES else v for v in values[c]]
    draft.empty_columns = [c for c in question_cols if all(v is None for v in values[c]) and not headers[c].text]
    question_cols = [c for c in question_cols if c not in draft.empty_columns]
    _questions(draft, question_cols, values, legend)
    if gcol is None and not no_group:
        gcol = _pick_group(draft)
    elif gcol is not None:
        h = headers[gcol]
        opts = dict(h.legend) or (legend.options_for(h.number, h.text) if legend else None) or {}
        if opts and all(as_number(v) is not None for v in values[gcol] if v is not None):
            draft.group_legend = dict(opts)
    draft.group_column = gcol
    if gcol is not None:
        names = [_group_name(draft, v) for v in values[gcol]]
        counts = Counter(x for x in names if x is not None)
        draft.groups = [(g, counts[g]) for g in dict.fromkeys(x for x in names if x is not None)]
    _unify_scales(draft)
    _asked_of(draft, values)
    if not draft.questions:
        raise ImportFormatError(translate("Errors", "No column of the file holds answers to a question."), file=table.file)
    return draft


def _skip_codes(headers: list[Header], values: dict[int, list[Any]], cols: list[int], legend: Legend | None) -> bool:
    """An option-number export (a legend, or 问卷星's 第N题(…) columns) with its -2 / -3 marks."""
    coded = bool(legend) or any(h.legend for h in headers) or any(h.raw.strip().startswith("第") and "题(" in h.raw
                                                                  for h in headers)
    return coded and any(as_number(v) in SKIP_CODES for c in cols for v in values[c] if v is not None)


def _group_name(draft: Draft, v: Any) -> str | None:
    if v is None:
        return None
    x = as_number(v)
    if draft.group_legend and x is not None and _whole(x) and int(x) in draft.group_legend:
        return draft.group_legend[int(x)]
    return str(v).strip()


def _pick_group(draft: Draft) -> int | None:
    """The single-choice question whose answers look like respondent types, taken out of
    the questionnaire to be the group column."""
    best: tuple[float, int] | None = None
    for q in draft.questions:
        if q.kind != "single" or q.column is None or q.block or q.other_of:
            continue
        labels = [o["label"] for o in q.options] if q.coded else [str(v) for v in q.values]
        score = _group_score(draft.headers[q.column], labels)
        if score >= 1.5 and (best is None or score > best[0]):
            best = (score, q.column)
    if best is None:
        return None
    q = next(x for x in draft.questions if x.column == best[1])
    draft.questions = [x for x in draft.questions if x is not q and x.other_of != q.key]
    if q.coded:
        draft.group_legend = {int(o["code"]): o["label"] for o in q.options}
    return best[1]


def _key(number: int | None, fallback: int, taken: set[str], suffix: str = "") -> str:
    base = f"q{number}" if number is not None else f"q{fallback}"
    key = f"{base}{suffix}"
    k = 2
    while key in taken or not KEY_RE.match(key):
        key = f"{base}{suffix}_{k}"
        k += 1
    taken.add(key)
    return key


def _questions(draft: Draft, cols: list[int], values: dict[int, list[Any]], legend: Legend | None) -> None:
    headers = draft.headers
    blocks = {b.columns[0]: b for b in find_blocks(headers, cols)}
    taken: set[str] = set()
    in_block: set[int] = {c for b in blocks.values() for c in b.columns}
    order = 0
    last: DraftQuestion | None = None
    for c in cols:
        if c in in_block and c not in blocks:
            continue
        order += 1
        if c in blocks:
            last = _block(draft, blocks[c], values, legend, taken, order)
            continue
        h = headers[c]
        if last is not None and other_text_column(h) and (h.number is None or h.number == last.number) \
                and last.kind != "text" and f"{last.key}_other" not in taken:
            taken.add(f"{last.key}_other")
            draft.questions.append(DraftQuestion(f"{last.key}_other", f"{last.text}—{h.text or '其他'}", "text", [], c,
                                                 values=_distinct(values[c]), answered=_answered(values[c]),
                                                 number=last.number, other_of=last.key))
            continue
        opts = legend.options_for(h.number, h.text) if legend else None
        q = DraftQuestion(_key(h.number, order, taken), h.text or h.raw or f"#{c + 1}", "text", [], c,
                          values=_distinct(values[c]), answered=_answered(values[c]), legend=dict(h.legend) or opts,
                          hints=sorted(h.hints), number=h.number)
        infer_kind(q)
        draft.questions.append(q)
        _inline_other(draft, q, values[c], taken)
        last = q


def _answered(values: list[Any]) -> int:
    return sum(v is not None for v in values)


def _inline_other(draft: Draft, q: DraftQuestion, values: list[Any], taken: set[str]) -> None:
    """"其他〖保安〗" answers: their texts become a text question of their own (``<key>_other``)."""
    if q.kind not in ("single", "multi") and q.kind not in SCALE_KINDS:
        return
    texts = [t for v in values if isinstance(v, str) for p in v.split("┋") if (t := split_other(p)[1])]
    key = f"{q.key}_other"
    if texts and key not in taken:
        taken.add(key)
        draft.questions.append(DraftQuestion(key, f"{q.text}—其他", "text", [], None, values=list(dict.fromkeys(texts)),
                                             answered=len(texts), number=q.number, other_of=q.key, inline=True))


def _is_per_option(block: Block, values: dict[int, list[Any]]) -> bool:
    if "matrix" in block.hints:
        return False
    flags = 0
    for c, sub in zip(block.columns, block.subs, strict=True):
        vals = {norm_text(v) if isinstance(v, str) else str(v) for v in values[c] if v is not None}
        marks = TRUE_MARKS | FALSE_MARKS | {norm_text(sub), norm_text(split_other(sub)[0])}
        if vals <= marks or (is_other(sub) and "multi" in block.hints):
            flags += 1
        elif is_other(sub) or "请注明" in sub:
            continue  # the "other" option's own text column
        else:
            return False
    return flags >= 2 and ("multi" in block.hints or flags >= len(block.columns) - 1)


def _block(draft: Draft, block: Block, values: dict[int, list[Any]], legend: Legend | None, taken: set[str],
           order: int) -> DraftQuestion:
    headers = draft.headers
    number = block.number
    title = legend.titles.get(number) if legend is not None and number is not None else None
    stem = block.stem or title or (f"第{number}题" if number is not None else "")
    if _is_per_option(block, values):
        key = _key(number, order, taken)
        q = DraftQuestion(key, stem or block.subs[0], "multi", [], None, block=stem, number=number,
                          hints=sorted(block.hints | {"multi"}))
        labels: list[str] = []
        text_cols: list[int] = []
        for c, sub in zip(block.columns, block.subs, strict=True):
            vals = {norm_text(v) if isinstance(v, str) else str(v) for v in values[c] if v is not None}
            marks = TRUE_MARKS | FALSE_MARKS | {norm_text(sub), norm_text(split_other(sub)[0])}
            label = split_other(sub)[0] if is_other(split_other(sub)[0]) else sub
            if not vals <= marks:
                text_cols.append(c)  # "other, please specify" text: choosing it is answering 其他
            labels.append(label)
            q.option_columns[c] = len(labels)
        q.options = _options(labels, {clean_label(lab): i + 1 for i, lab in enumerate(labels)})
        q.values = labels
        draft.questions.append(q)
        q.answered = sum(any(_chosen(q, c, r[c]) for c in block.columns) for r in draft.table.rows)
        for c in text_cols:
            other = f"{key}_other" if f"{key}_other" not in taken else _key(number, order, taken, "_other")
            taken.add(other)
            draft.questions.append(DraftQuestion(other, f"{stem or key}—{block.subs[block.columns.index(c)]}", "text", [], c,
                                                 values=_distinct(values[c]), answered=_answered(values[c]),
                                                 number=number, other_of=key))
        return q
    # a matrix question: one question per row, sharing the scale of the block
    opts = legend.options_for(number, stem) if legend else None
    rows: list[DraftQuestion] = []
    texts = {norm_text(q.text) for q in draft.questions}
    for i, (c, sub) in enumerate(zip(block.columns, block.subs, strict=True)):
        text = sub if norm_text(sub) not in texts else f"{stem}—{sub}"
        q = DraftQuestion(_key(number, order, taken, f"_{i + 1}"), text, "text", [], c, values=_distinct(values[c]),
                          answered=_answered(values[c]), legend=dict(headers[c].legend) or opts,
                          hints=sorted(block.hints | {"matrix"}), block=stem, number=number)
        rows.append(q)
    union = [v for q in rows for v in q.values]
    probe = DraftQuestion("probe", stem, "text", [], None, values=_distinct(union), legend=rows[0].legend,
                          hints=sorted(block.hints | {"matrix"}), block=stem, answered=sum(q.answered for q in rows))
    infer_kind(probe)
    for q in rows:
        infer_kind(q)
        if probe.kind != "text" and q.kind != "number":
            q.kind, q.options, q.coded, q.note = probe.kind, [dict(o) for o in probe.options], probe.coded, probe.note
        draft.questions.append(q)
    return rows[-1]


def _unify_scales(draft: Draft) -> None:
    """Questions of one file using one kind of scale share its points (a 5-point question
    nobody answered 不太满意 still gets five options)."""
    by_class: dict[str, set[float]] = {}
    for q in draft.questions:
        if q.kind in SCALE_KINDS and not q.coded:
            labels = [split_other(str(v))[0] for v in q.values]
            cls = scale_class(labels)
            if cls:
                by_class.setdefault(cls, set()).update(m.score for v in labels if (m := meaning(v)) is not None)
    for q in draft.questions:
        if q.kind in SCALE_KINDS and not q.coded:
            labels = [split_other(str(v))[0] for v in q.values]
            cls = scale_class(labels)
            hint = by_class.get(cls or "")
            scale = recognise(_ordered(labels), hint)
            if scale is not None and scale.kind in SCALE_KINDS:
                q.kind, q.options = scale.kind, scale.options()


def _asked_of(draft: Draft, values: dict[int, list[Any]]) -> None:
    """Questions a group was not asked: every respondent of the group has the platform's
    ``(跳过)`` mark there (or, for a choice or number question, none of at least five
    respondents answered), while other groups answered."""
    if draft.group_column is None or len(draft.groups) < 2:
        return
    rows = draft.table.rows
    gcol = draft.group_column
    group_of = [_group_name(draft, answer_of(r[gcol])) for r in rows]
    names = [g for g, _n in draft.groups]
    for q in draft.questions:
        cols = q.columns
        answered: Counter[str] = Counter()
        skipped: Counter[str] = Counter()
        total: Counter[str] = Counter()
        for i, r in enumerate(rows):
            g = group_of[i]
            if g is None:
                continue
            total[g] += 1
            cells = [r[c] for c in cols]
            if any(_chosen(q, c, r[c], draft.skip_codes) for c in cols):
                answered[g] += 1
            elif all(is_logic_skip(x) or (draft.skip_codes and as_number(x) == SKIP_CODES[1]) for x in cells):
                skipped[g] += 1
        if not answered:
            continue
        asked = [g for g in names if answered[g] or not (
            (skipped[g] and skipped[g] == total[g]) or (q.kind != "text" and total[g] >= 5))]
        if len(asked) < len(names):
            q.group_names = asked


def _chosen(q: DraftQuestion, col: int, v: Any, skip_codes: bool = False) -> bool:
    a = answer_of(v)
    if a is None or (skip_codes and as_number(a) in SKIP_CODES):
        return False
    if col in q.option_columns:
        return (norm_text(a) if isinstance(a, str) else str(a)) not in FALSE_MARKS
    return True
