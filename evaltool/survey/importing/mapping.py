"""Which column of an answer file answers which question of an existing questionnaire,
by meaning: header and question texts are compared after numbering and platform tags are
taken off (``headers.parse_header``), by normalised text similarity (equal, one inside
the other, or close enough character by character). Matrix rows are matched by their row
label, a one-column-per-option block of a multiple-choice question by its stem and its
options' labels. Each question takes at most one column (the best match wins).

Pure functions; safe from any thread.
"""
from __future__ import annotations

from difflib import SequenceMatcher
from typing import Any

from evaltool.survey import QuestionInfo, SurveyInfo, norm_text
from evaltool.survey.importing.headers import Header, column_role, core_text, find_blocks, parse_header
from evaltool.survey.importing.kinds import FALSE_MARKS, TRUE_MARKS, answer_of
from evaltool.survey.importing.table import TableData
from evaltool.survey.scales import clean_label, split_other

THRESHOLD = 0.6  # similarity from which a header is taken to ask a question


def _bigrams(t: str) -> set[str]:
    return {t[i:i + 2] for i in range(len(t) - 1)} if len(t) > 1 else {t}


def similarity(a: str, b: str) -> float:
    """0…1: how alike two question texts are (already ``core_text``-normalised)."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 4 and short in long_:
        return max(0.75, 0.9 * (len(short) / len(long_)) ** 0.3)
    ba, bb = _bigrams(a), _bigrams(b)
    dice = 2 * len(ba & bb) / (len(ba) + len(bb))
    return max(dice, SequenceMatcher(None, a, b, autojunk=False).ratio())


def question_cores(q: QuestionInfo) -> list[str]:
    """What a question's texts are compared as (tags and numbering taken off)."""
    out = []
    for t in (q.text, q.text_en):
        if t:
            out.append(parse_header(t).core)
            out.append(core_text(t))
    return [x for x in dict.fromkeys(out) if x]


def _score(h: Header, sub: str | None, stem: str, q: QuestionInfo) -> float:
    if norm_text(h.raw) == norm_text(q.key):
        return 1.0
    texts = [h.core] if sub is None else [core_text(sub), core_text(f"{stem}{sub}")]
    return max((similarity(t, c) for t in texts if t for c in question_cores(q)), default=0.0)


def _per_option_block(table: TableData, cols: list[int], subs: list[str]) -> bool:
    hits = 0
    for c, sub in zip(cols, subs, strict=True):
        vals = {norm_text(v) if isinstance(v, str) else str(v) for r in table.rows if (v := answer_of(r[c])) is not None}
        if vals <= TRUE_MARKS | FALSE_MARKS | {norm_text(sub), norm_text(split_other(sub)[0])}:
            hits += 1
    return hits >= max(2, len(cols) - 1)


def option_of(q: QuestionInfo, label: str) -> int | None:
    """The code of the option of ``q`` labelled ``label`` (tolerant), None when none is."""
    t = clean_label(split_other(label)[0])
    for o in q.options:
        if t in (clean_label(o.get("label")), clean_label(o.get("label_en"))) and t:
            return int(o["code"])
    return None


def guess_mapping(survey: SurveyInfo, headers: list[str], table: TableData | None = None,
                  exclude: set[int] | None = None) -> tuple[dict[int, str], dict[int, tuple[str, int]]]:
    """(column → question key, column → (multiple-choice key, option code)) by meaning.

    ``exclude``: columns with another role (group, id, metadata …). Without ``table``
    (no answers to look at) one-column-per-option blocks are not recognised.
    """
    parsed = [parse_header(h, i) for i, h in enumerate(headers)]
    skip = set(exclude or set()) | {h.index for h in parsed if column_role(h) in ("id", "meta")}
    cands = [h.index for h in parsed if h.index not in skip and (h.text or h.raw)]
    mapping: dict[int, str] = {}
    options: dict[int, tuple[str, int]] = {}
    taken: set[str] = set()
    blocks = find_blocks(parsed, cands)
    in_block: dict[int, tuple[str, str | None]] = {}
    multis = [q for q in survey.questions if q.kind == "multi"]
    for b in blocks:
        if table is not None and multis and _per_option_block(table, b.columns, b.subs):
            best = max(multis, key=lambda q: (sum(option_of(q, s) is not None for s in b.subs),
                                              max((similarity(core_text(b.stem), c) for c in question_cores(q)), default=0)))
            codes = [option_of(best, s) for s in b.subs]
            if best.key not in taken and sum(c is not None for c in codes) >= max(1, len(codes) - 1):
                taken.add(best.key)
                for c, code in zip(b.columns, codes, strict=True):
                    if code is not None:
                        options[c] = (best.key, code)
                continue
        for c, label in zip(b.columns, b.subs, strict=True):
            in_block[c] = (b.stem, label)
    scored: list[tuple[float, int, str]] = []
    for c in cands:
        if c in options:
            continue
        stem, sub = in_block.get(c, ("", None))
        for q in survey.questions:
            s = _score(parsed[c], sub, stem, q)
            if sub is not None:
                s = max(s, _score(parsed[c], None, "", q))
            if s >= THRESHOLD:
                scored.append((s, -c, q.key))
    for _s, negc, key in sorted(scored, reverse=True):
        c = -negc
        if c in mapping or key in taken:
            continue
        mapping[c] = key
        taken.add(key)
    return mapping, options


def group_column_for(survey: SurveyInfo, table: TableData, free: list[int]) -> int | None:
    """The column whose values are most often the survey's group names (at least half)."""
    names = {norm_text(g.name) for g in survey.groups}
    if not names:
        return None
    best: tuple[float, int] | None = None
    for c in free:
        vals = [norm_text(v) for r in table.rows if (v := answer_of(r[c])) is not None]
        if not vals:
            continue
        share = sum(v in names for v in vals) / len(vals)
        if share >= 0.5 and (best is None or share > best[0]):
            best = (share, c)
    return best[1] if best else None


def describe(headers: list[str], mapping: dict[int, str], options: dict[int, tuple[str, int]]) -> dict[str, Any]:
    """{header: "key" or "key#code"} for the JSON of a plan."""
    out: dict[str, Any] = {headers[c]: k for c, k in sorted(mapping.items())}
    for c, (k, code) in sorted(options.items()):
        out.setdefault(headers[c], f"{k}#{code}")
    return out
