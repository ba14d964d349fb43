"""Inferring the questionnaire from an answer file (``infer_questionnaire``), so answers
can be imported into a project that has no questionnaire yet.

From the headers (``headers``): the question numbers and texts, the platform's metadata
columns (kept aside), the response id, matrix questions (one column per row, sharing one
scale) and multiple-choice questions exported one column per option. From the answers:
each question's kind and options (``kinds``); questions of one file using one kind of
scale share its points (a 5-point question nobody answered 不太满意 still gets five options).

The group column is the one whose values look like respondent types (使用单位, 办事群众,
主管部门 …) or whose header says so (身份, 类型, 对象 …). A question no respondent of a
group answered, where the platform marked it ``(跳过)`` for them, is asked of the other
groups only. Nothing is stored here: the result is a ``Draft`` to look at and correct.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from evaltool.errors import ImportFormatError
from evaltool.i18n import translate
from evaltool.survey import KEY_RE, SCALE_KINDS, norm_text
from evaltool.survey.importing.draft import Draft, DraftQuestion
from evaltool.survey.importing.headers import (
    Block,
    Header,
    column_role,
    find_blocks,
    id_priority,
    is_logic_skip,
    other_text_column,
    parse_header,
)
from evaltool.survey.importing.kinds import (
    FALSE_MARKS,
    SKIP_CODES,
    TRUE_MARKS,
    answer_of,
    as_number,
    infer_kind,
    is_whole,
    make_options,
    ordered_labels,
)
from evaltool.survey.importing.legend import Legend
from evaltool.survey.importing.table import TableData
from evaltool.survey.scales import clean_label, is_other, meaning, recognise, scale_class, split_other

GROUP_HINTS = ("身份", "对象", "群体", "组别", "角色", "您属于", "单位性质", "单位类型", "人员类别", "人员类型", "用户类型",
               "受访者", "respondent", "group")
# answers of a yes/no or personal question: never respondent types
NOT_GROUPS = frozenset({"是", "否", "有", "无", "没有", "会", "不会", "男", "女", "yes", "no"})
TYPE_WORDS = ("单位", "部门", "局", "委", "办", "中心", "人员", "群众", "企业", "窗口", "办事", "公众", "市民", "居民", "用户",
              "职工", "员工", "干部", "领导", "个人", "法人", "对象", "主管", "管理", "工作人员", "学生", "家长", "教师", "患者",
              "村民", "街道", "镇", "社区", "商户", "游客", "机构", "代表", "专家")


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
    if {norm_text(v) for v in distinct} <= NOT_GROUPS:
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
    if draft.group_legend and x is not None and is_whole(x) and int(x) in draft.group_legend:
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
        q.options = make_options(labels, {clean_label(lab): i + 1 for i, lab in enumerate(labels)})
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
            scale = recognise(ordered_labels(labels), hint)
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
