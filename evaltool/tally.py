"""Tallies of satisfaction surveys: per question, per group, pooled overall.

Definitions (domain.md §7):
- valid n of a choice question: answers that are one of its options, "not applicable"
  options (``na``) left out;
- satisfaction rate = answers on a ``satisfied`` option (top two boxes of a 5-level
  scale by default) / valid n, as a fraction (0.8986), with a Wilson 95% interval;
- weighted index = Σ count × option weight / n over options that carry a weight
  (default 100 / 80 / 60 / 0 / 0), on a 0–100 scale;
- scale mean: the position score, 5 = the best box of a 5-level scale;
- multiple choice: share of respondents choosing each option, over all questionnaires
  of the groups that were asked the question (the groups it names, else those that
  answered it; answered or left blank), as reports quote it ("功能不够完善 34.78%" = 24 / 69
  user units);
- group and overall rates use the survey's main question; the overall rate is pooled
  (Σ satisfied / Σ n over every questionnaire), never an average of group rates.

Counting: the database keeps how many questionnaires gave each answer
(``evaltool.survey.counts``, maintained by triggers in every writing transaction), so a
tally reads a few hundred counted rows, however many questionnaires there are, and folds
them here. Results are cached per survey data revision (``survey_revision``: a token
every write to the survey, its questions, groups or questionnaires replaces), group and
language, so the Surveys page, the report, the checks and the scoring rules that read a
rate share one computation until something changes. bench/run_all.py compares the tally
with the fastest plain SQL over one row per answer.
"""
from __future__ import annotations

import math
import pickle
import threading
from collections import Counter, OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from evaltool.errors import Cancelled, NotFoundError
from evaltool.i18n import current_language, translate
from evaltool.survey import SCALE_KINDS, GroupInfo, QuestionInfo, SurveyInfo, load_survey
from evaltool.survey.counts import NO_GROUP, answer_counts, respondent_counts, survey_revision

Z95 = 1.959963984540054
SMALL_SAMPLE = 30
CACHE_SIZE = 64  # tallies kept (survey × group × language × revision)


def wilson(satisfied: int, n: int, z: float = Z95) -> tuple[float, float] | None:
    """Wilson score interval of a proportion (fractions), None when n = 0."""
    if n <= 0:
        return None
    p = satisfied / n
    z2 = z * z
    denom = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denom
    return (max(0.0, round(centre - half, 6)), min(1.0, round(centre + half, 6)))


def _rate(s: int, n: int) -> float | None:
    return round(s / n, 6) if n else None


@dataclass
class Cell:
    """Counts of one question in one group (or pooled)."""

    counts: dict[int, int] = field(default_factory=dict)  # option code → answers (multi: choices)
    answered: int = 0  # questionnaires with an answer to this question
    invalid: int = 0
    num_n: int = 0
    num_sum: float = 0.0
    num_min: float | None = None
    num_max: float | None = None

    def add(self, other: Cell) -> None:
        for k, v in other.counts.items():
            self.counts[k] = self.counts.get(k, 0) + v
        self.answered += other.answered
        self.invalid += other.invalid
        self.num_n += other.num_n
        self.num_sum += other.num_sum
        for attr, pick in (("num_min", min), ("num_max", max)):
            a, b = getattr(self, attr), getattr(other, attr)
            setattr(self, attr, b if a is None else a if b is None else pick(a, b))


@dataclass
class Stats:
    n: int
    satisfied: int
    rate: float | None
    ci: tuple[float, float] | None
    index: float | None
    mean: float | None

    def as_json(self) -> dict[str, Any]:
        return {"n": self.n, "satisfied": self.satisfied, "rate": self.rate,
                "ci": list(self.ci) if self.ci else None, "index": self.index, "mean": self.mean}


def cell_stats(q: QuestionInfo, cell: Cell) -> Stats:
    if q.kind == "number":
        mean = round(cell.num_sum / cell.num_n, 6) if cell.num_n else None
        return Stats(cell.num_n, 0, None, None, None, mean)
    if q.kind == "text":
        return Stats(cell.answered, 0, None, None, None, None)
    if q.kind == "multi":
        return Stats(cell.answered, 0, None, None, None, None)
    valid = [o for o in q.options if not o.get("na")]
    n = sum(cell.counts.get(int(o["code"]), 0) for o in valid)
    sat = sum(cell.counts.get(int(o["code"]), 0) for o in valid if o.get("satisfied"))
    weighted = [o for o in valid if o.get("weight") is not None]
    wn = sum(cell.counts.get(int(o["code"]), 0) for o in weighted)
    index = round(sum(cell.counts.get(int(o["code"]), 0) * float(o["weight"]) for o in weighted) / wn, 6) if wn else None
    mean = None
    if q.kind in SCALE_KINDS and n:
        k = len(valid)
        mean = round(sum(cell.counts.get(int(o["code"]), 0) * (k - i) for i, o in enumerate(valid)) / n, 6)
    has_rate = q.has_rate
    return Stats(n, sat if has_rate else 0, _rate(sat, n) if has_rate else None,
                 wilson(sat, n) if has_rate else None, index, mean)


@dataclass
class GroupTally:
    id: str
    name: str
    respondents: int
    stats: Stats
    target_n: int | None
    expected_levels: list[str]
    levels: dict[str, int]
    units: int
    units_expected: int | None

    @property
    def n(self) -> int:
        return self.stats.n

    @property
    def satisfied(self) -> int:
        return self.stats.satisfied

    @property
    def rate(self) -> float | None:
        return self.stats.rate

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, **self.stats.as_json(), "respondents": self.respondents,
                "target_n": self.target_n, "expected_levels": self.expected_levels, "levels": self.levels,
                "units": self.units, "units_expected": self.units_expected}


@dataclass
class QuestionTally:
    key: str
    kind: str
    text: str
    text_en: str
    respondents: int  # questionnaires in scope (denominator of multiple-choice shares)
    answered: int
    invalid: int
    stats: Stats
    options: list[dict[str, Any]]  # {"code","label","label_en","count","share","satisfied"}
    by_group: list[dict[str, Any]]  # cross-tab question × group
    numbers: dict[str, Any] | None = None

    def label(self, lang: str | None = None) -> str:
        lang = lang or current_language()
        return (self.text_en or self.text) if lang == "en" else (self.text or self.text_en)

    def as_json(self) -> dict[str, Any]:
        return {"key": self.key, "kind": self.kind, "text": self.text, "text_en": self.text_en,
                **self.stats.as_json(), "respondents": self.respondents, "answered": self.answered,
                "invalid": self.invalid, "options": self.options, "by_group": self.by_group,
                "numbers": self.numbers}


@dataclass
class SurveyTally:
    survey_id: str
    name: str
    name_en: str
    main_question: str | None
    groups: list[GroupTally]
    overall: Stats
    respondents: int
    questions: list[QuestionTally]
    warnings: list[str]

    def question(self, key: str) -> QuestionTally | None:
        return next((q for q in self.questions if q.key == key), None)

    def group(self, name_or_id: str) -> GroupTally | None:
        return next((g for g in self.groups if name_or_id in (g.id, g.name)), None)

    def as_json(self) -> dict[str, Any]:
        return {"survey": {"id": self.survey_id, "name": self.name, "name_en": self.name_en},
                "main_question": self.main_question,
                "groups": [g.as_json() for g in self.groups],
                "overall": {**self.overall.as_json(), "respondents": self.respondents},
                "questions": [q.as_json() for q in self.questions],
                "warnings": list(self.warnings)}


def _fold(survey: SurveyInfo, counts: dict[str, Counter[tuple[str, Any]]]) -> dict[str, dict[str, Cell]]:
    """{question key: {group id: Cell}} from the counted (key, value) pairs."""
    questions = {q.key: q for q in survey.questions}
    cells: dict[str, dict[str, Cell]] = {}
    for g, counter in counts.items():
        for (k, v), c in counter.items():
            q = questions.get(k)
            if q is None:
                continue
            cell = cells.setdefault(k, {}).setdefault(g, Cell())
            if q.kind == "text":
                if v is not None and str(v).strip():
                    cell.answered += c
                continue
            if q.kind == "number":
                cell.answered += c
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cell.num_n += c
                    cell.num_sum += v * c
                    cell.num_min = v if cell.num_min is None else min(cell.num_min, v)
                    cell.num_max = v if cell.num_max is None else max(cell.num_max, v)
                else:
                    cell.invalid += c
                continue
            codes = list(v) if isinstance(v, tuple) else [v]
            codes = [int(x) if isinstance(x, float) and x.is_integer() else x for x in codes]
            if q.kind == "multi":
                chosen = [q.option(x) for x in codes if not isinstance(x, bool)]
                valid = {int(o["code"]) for o in chosen if o is not None}
                if valid:
                    cell.answered += c
                    for code in valid:
                        cell.counts[code] = cell.counts.get(code, 0) + c
                if len(valid) != len(set(map(str, codes))):
                    cell.invalid += c
                continue
            opt = q.option(codes[0]) if len(codes) == 1 and not isinstance(codes[0], bool) else None
            if opt is None:
                cell.invalid += c
                continue
            cell.answered += c
            code = int(opt["code"])
            cell.counts[code] = cell.counts.get(code, 0) + c
    return cells


_cache: OrderedDict[tuple[str, ...], bytes] = OrderedDict()  # pickled: a hit returns a fresh copy cheaply
_cache_lock = threading.Lock()


def tally_survey(session: Session, survey_id: str, progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None, group_id: str | None = None) -> SurveyTally:
    """The survey's tally (see the module docstring). ``group_id`` limits it to one group.

    Cached per data revision: the same survey, group and language at the same revision
    return a copy of the tally computed first (callers may change what they get).
    Thread rule: any thread, each with its own session.
    """
    def step(i: int) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled(translate("Errors", "The tally was cancelled."))
        if progress is not None:
            progress(i, 4)

    step(0)
    revision = survey_revision(session, survey_id)  # first: the data read below is at least this new
    key = None
    if revision is not None:
        key = (str(session.get_bind().engine.url), survey_id, "\x00" if group_id is None else group_id,
               current_language(), revision)
        with _cache_lock:
            hit = _cache.get(key)
            if hit is not None:
                _cache.move_to_end(key)
        if hit is not None:
            step(4)
            tally: SurveyTally = pickle.loads(hit)  # our own bytes, pickled below in this process
            return tally
    survey = load_survey(session, survey_id)
    counts = answer_counts(session, survey_id, group_id)
    step(1)
    respondents = respondent_counts(session, survey_id, group_id)
    step(2)
    cells = _fold(survey, counts)
    levels_by_group: dict[str, dict[str, int]] = {}
    units_by_group: dict[str, set[str]] = {}
    for r in respondents:
        levels = levels_by_group.setdefault(r.group_id, {})
        levels[r.level] = levels.get(r.level, 0) + r.n
        if r.unit_name:
            units_by_group.setdefault(r.group_id, set()).add(r.unit_name)
    resp_by_group = {g: sum(v.values()) for g, v in levels_by_group.items()}
    units = {g: len(u) for g, u in units_by_group.items()}
    tally = _assemble(survey, cells, resp_by_group, levels_by_group, units, group_id)
    if key is not None:
        with _cache_lock:
            _cache[key] = pickle.dumps(tally, pickle.HIGHEST_PROTOCOL)
            while len(_cache) > CACHE_SIZE:
                _cache.popitem(last=False)
    step(4)
    return tally


def _assemble(survey: SurveyInfo, cells: dict[str, dict[str, Cell]], resp_by_group: dict[str, int],
              levels_by_group: dict[str, dict[str, int]], units: dict[str, int],
              only_group: str | None) -> SurveyTally:
    groups: list[GroupInfo] = [g for g in survey.groups if only_group is None or g.id == only_group]
    if resp_by_group.get(NO_GROUP) and (only_group in (None, NO_GROUP)):
        groups = [*groups, GroupInfo(NO_GROUP, translate("Survey", "(no group)"), None, [], 1e9)]
    main = survey.main_question
    main_q = survey.question(main) if main else None
    main_cells = cells.get(main_q.key, {}) if main_q else {}
    all_respondents = sum(resp_by_group.values())

    group_tallies: list[GroupTally] = []
    for g in groups:
        stats = cell_stats(main_q, main_cells.get(g.id, Cell())) if main_q else Stats(0, 0, None, None, None, None)
        levels = dict(sorted(levels_by_group.get(g.id, {}).items()))
        group_tallies.append(GroupTally(g.id, g.name, resp_by_group.get(g.id, 0), stats, g.target_n,
                                        list(g.levels), levels, int(units.get(g.id, 0)), g.units_expected))

    question_tallies: list[QuestionTally] = []
    for q in survey.questions:
        by_g = cells.get(q.key, {})
        pooled = Cell()
        for c in by_g.values():
            pooled.add(c)
        stats = cell_stats(q, pooled)
        # questionnaires of the groups that were asked this question (the groups it names,
        # else those that answered it at all): a question printed only on the user-units
        # form is not diluted by the public's forms
        if q.group_ids:
            denom = sum(resp_by_group.get(g, 0) for g in q.group_ids)
        else:
            denom = sum(resp_by_group.get(g, 0) for g, c in by_g.items() if c.answered or c.invalid)
        opts = []
        for o in q.options:
            cnt = pooled.counts.get(int(o["code"]), 0)
            base = denom if q.kind == "multi" else stats.n
            opts.append({"code": o["code"], "label": o["label"], "label_en": o.get("label_en", ""),
                         "count": cnt, "share": _rate(cnt, base) if base else None,
                         "satisfied": bool(o.get("satisfied")), "weight": o.get("weight")})
        cross = []
        for g in groups:
            c = by_g.get(g.id, Cell())
            st = cell_stats(q, c)
            resp = resp_by_group.get(g.id, 0)
            entry = {"group_id": g.id, "name": g.name, **st.as_json(), "answered": c.answered,
                     "respondents": resp, "counts": {str(k): v for k, v in sorted(c.counts.items())}}
            if q.kind == "multi":
                entry["shares"] = {str(k): _rate(v, resp) for k, v in sorted(c.counts.items())}
            cross.append(entry)
        numbers = None
        if q.kind == "number":
            numbers = {"n": pooled.num_n, "sum": pooled.num_sum, "min": pooled.num_min, "max": pooled.num_max}
        question_tallies.append(QuestionTally(q.key, q.kind, q.text, q.text_en, denom, pooled.answered,
                                              pooled.invalid, stats, opts, cross, numbers))

    overall = Stats(0, 0, None, None, None, None)
    if main_q:
        pooled = Cell()
        for c in main_cells.values():
            pooled.add(c)
        overall = cell_stats(main_q, pooled)
    tally = SurveyTally(survey.id, survey.name, survey.name_en, main, group_tallies, overall,
                        all_respondents, question_tallies, [])
    tally.warnings = sample_warnings(tally)
    return tally


def sample_warnings(t: SurveyTally) -> list[str]:
    """Plain-words warnings about sample size and coverage (domain.md §7)."""
    w: list[str] = []
    if t.main_question is None:
        w.append(translate("Survey", "No satisfaction question: add a scale question to get rates."))
    for g in t.groups:
        if g.respondents == 0:
            w.append(translate("Survey", "{group}: no questionnaires yet.").format(group=g.name))
            continue
        if g.target_n and g.respondents < g.target_n:
            w.append(translate("Survey", "{group}: {n} questionnaires, below the target sample of {target}.").format(
                group=g.name, n=g.respondents, target=g.target_n))
        elif g.target_n and g.respondents > g.target_n:
            w.append(translate("Survey", "{group}: {n} questionnaires, more than the target sample of {target}; check for duplicates or a group mix-up.").format(
                group=g.name, n=g.respondents, target=g.target_n))
        elif not g.target_n and g.n < SMALL_SAMPLE and g.stats.ci:
            half = (g.stats.ci[1] - g.stats.ci[0]) / 2 * 100
            w.append(translate("Survey", "{group}: only {n} valid answers; the rate is uncertain by about ±{points} points.").format(
                group=g.name, n=g.n, points=f"{half:.0f}"))
        missing = [lv for lv in g.expected_levels if not g.levels.get(lv)]
        if missing:
            w.append(translate("Survey", "{group}: no questionnaire from level {levels}.").format(
                group=g.name, levels="、".join(missing)))
        if g.units_expected and g.units < g.units_expected:
            share = g.units / g.units_expected
            w.append(translate("Survey", "{group}: {units} of {expected} units answered ({share}).").format(
                group=g.name, units=g.units, expected=g.units_expected, share=f"{share * 100:.2f}%"))
    answered = [g for g in t.groups if g.respondents]
    if len(t.groups) > 1 and len(answered) == 1:
        w.append(translate("Survey", "Only one respondent group answered; the sample is one-sided."))
    for q in t.questions:
        if q.invalid:
            w.append(translate("Survey", "Question {key}: {count} answers are not valid options and were left out.").format(
                key=q.key, count=q.invalid))
    return w


def linked_rate(session: Session, link: dict[str, Any]) -> float | None:
    """The satisfaction rate (fraction) a scoring rule takes from a survey.

    ``link``: {"survey_id", "group_id" (None = all groups, pooled), "question_key"
    (None = the survey's main question), "metric" ("rate" default, or "index" → index/100)}.
    None when the survey, group or question is gone or nobody answered.
    """
    sid = link.get("survey_id")
    if not sid:
        return None
    try:
        survey = load_survey(session, sid)
    except NotFoundError:
        return None
    gid = link.get("group_id")
    if gid is not None and survey.group(gid) is None:
        return None
    key = link.get("question_key") or survey.main_question
    q = survey.question(key) if key else None
    if q is None:
        return None
    t = tally_survey(session, sid, group_id=gid)
    qt = t.question(q.key)
    if qt is None:
        return None
    if link.get("metric") == "index":
        return None if qt.stats.index is None else round(qt.stats.index / 100.0, 6)
    return qt.stats.rate
