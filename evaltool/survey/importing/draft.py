"""A questionnaire inferred from an answer file, before anything is stored: the ``Draft``
a person looks at (and corrects: kinds, scale order, the group column) in the preview,
then ``create_survey_from_draft`` stores it.

A ``DraftQuestion`` says which column(s) hold its answers — one column, or one column
per option of a multiple-choice question (``option_columns``) — the kind and options
inferred, and the distinct answers seen (so a corrected kind can be inferred again from
the same answers). Plain data, no Qt, no database; safe to hand between threads (the
preview edits its own copy).
"""
from __future__ import annotations

import copy
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from evaltool.survey import (
    CHOICE_KINDS,
    GroupInfo,
    QuestionInfo,
    SurveyInfo,
    add_group,
    add_question,
    clean_options,
    create_survey,
    load_survey,
    main_question_key,
    update_survey,
)
from evaltool.survey.importing.headers import Header
from evaltool.survey.importing.table import TableData

DRAFT_ID = "draft"


@dataclass
class DraftQuestion:
    """One question of the draft (``key`` is what the survey will call it)."""

    key: str
    text: str
    kind: str
    options: list[dict[str, Any]]
    column: int | None  # the column holding the answers; None when one column per option
    option_columns: dict[int, int] = field(default_factory=dict)  # column → option code
    values: list[Any] = field(default_factory=list)  # distinct answers seen (labels, parts, numbers)
    answered: int = 0  # rows with an answer
    coded: bool = False  # answers are option numbers
    legend: dict[int, str] | None = None  # what the option numbers mean, when known
    hints: list[str] = field(default_factory=list)  # from the header's tags (multi, single, matrix…)
    block: str = ""  # the stem of its matrix question, or of its one-column-per-option block
    number: int | None = None  # the question's number in the file
    other_of: str | None = None  # this text question holds the "other, please specify" texts of that key
    inline: bool = False  # (other texts) taken from the answers of ``other_of`` ("其他〖保安〗"), no column of its own
    group_names: list[str] = field(default_factory=list)  # asked of these groups only; empty = every group
    note: str = ""  # what a person should check (option numbers without a legend …)
    include: bool = True

    @property
    def columns(self) -> list[int]:
        return [self.column] if self.column is not None else sorted(self.option_columns)

    def as_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["option_columns"] = {str(k): v for k, v in self.option_columns.items()}
        return d


@dataclass
class Draft:
    """The questionnaire an answer file implies, and the roles of its other columns.

    Column numbers are 0-based indexes into ``table.headers``. ``groups`` lists the
    group column's values with their row counts, in first-seen order.
    """

    table: TableData
    headers: list[Header]
    questions: list[DraftQuestion]
    name: str
    group_column: int | None = None
    id_column: int | None = None
    level_column: int | None = None
    unit_column: int | None = None
    meta_columns: list[int] = field(default_factory=list)
    empty_columns: list[int] = field(default_factory=list)
    groups: list[tuple[str, int]] = field(default_factory=list)
    group_legend: dict[int, str] = field(default_factory=dict)  # the group column holds option numbers
    default_group: str | None = None  # no group column: every row in this group
    skip_codes: bool = False  # option-number export: -2 / -3 mean "not answered" in number columns too
    notes: list[str] = field(default_factory=list)

    def copy(self) -> Draft:
        """A copy to edit (the table is shared: it is never changed)."""
        table, self.table = self.table, None  # type: ignore[assignment]
        try:
            other = copy.deepcopy(self)
        finally:
            self.table = table
        other.table = table
        return other

    def question(self, key: str) -> DraftQuestion | None:
        return next((q for q in self.questions if q.key == key), None)

    @property
    def included(self) -> list[DraftQuestion]:
        return [q for q in self.questions if q.include]

    def mapping(self) -> dict[int, str]:
        """Column → question key, for the questions read from one column."""
        return {q.column: q.key for q in self.included if q.column is not None}

    def option_map(self) -> dict[int, tuple[str, int]]:
        """Column → (question key, option code), for one-column-per-option questions."""
        return {c: (q.key, code) for q in self.included for c, code in q.option_columns.items()}

    def left_out(self) -> list[int]:
        """Columns of questions the person left out (listed, never silently dropped)."""
        return sorted(c for q in self.questions if not q.include for c in q.columns)

    def survey_info(self) -> SurveyInfo:
        """The draft as the survey it would create (ids are placeholders): what the rows are
        checked against in the preview, before anything is stored."""
        qs = [QuestionInfo(f"{DRAFT_ID}:{q.key}", q.key, q.kind, q.text, "", clean_options(q.kind, q.options) if
                           q.kind in CHOICE_KINDS else [], float(i + 1), [f"{DRAFT_ID}:{g}" for g in q.group_names])
              for i, q in enumerate(self.included)]
        gs = [GroupInfo(f"{DRAFT_ID}:{name}", name, None, [], float(i + 1)) for i, (name, _n) in enumerate(self.groups)]
        if self.default_group and not any(g.name == self.default_group for g in gs):
            gs.append(GroupInfo(f"{DRAFT_ID}:{self.default_group}", self.default_group, None, [], float(len(gs) + 1)))
        settings = {"main_question": main_question_key(qs, {})}
        return SurveyInfo(DRAFT_ID, "", self.name, "", settings, qs, gs, 0)

    def as_json(self) -> dict[str, Any]:
        h = self.table.headers

        def name(c: int | None) -> str | None:
            return h[c] if c is not None else None

        return {"file": self.table.file, "sheet": self.table.sheet, "encoding": self.table.encoding,
                "name": self.name, "rows": len(self.table.rows),
                "group_column": name(self.group_column), "id_column": name(self.id_column),
                "level_column": name(self.level_column), "unit_column": name(self.unit_column),
                "metadata_columns": [h[c] for c in self.meta_columns],
                "empty_columns": [h[c] for c in self.empty_columns],
                "groups": [{"name": n, "rows": k} for n, k in self.groups],
                "group_legend": {str(k): v for k, v in self.group_legend.items()}, "default_group": self.default_group,
                "questions": [{**q.as_json(), "columns": [h[c] for c in q.columns]} for q in self.questions],
                "notes": list(self.notes)}


def create_survey_from_draft(session: Session, project_id: str, draft: Draft, name: str | None = None) -> SurveyInfo:
    """Store the draft's questionnaire: the survey, its included questions (with the groups
    each is asked of) and the groups seen in the group column. Flushes, never commits."""
    survey = create_survey(session, project_id, name or draft.name, "", {"source": draft.table.file})
    group_ids: dict[str, str] = {}
    for gname in [g for g, _n in draft.groups] + ([draft.default_group] if draft.default_group else []):
        if gname not in group_ids:
            group_ids[gname] = add_group(session, survey.id, gname).id
    for i, q in enumerate(draft.included):
        add_question(session, survey.id, q.key, q.kind, q.text, "", q.options if q.kind in CHOICE_KINDS else None,
                     float(i + 1), group_ids=[group_ids[g] for g in q.group_names if g in group_ids])
    survey = load_survey(session, survey.id)
    update_survey(session, survey.id, settings={**survey.settings, "main_question": main_question_key(survey.questions, {})})
    return load_survey(session, survey.id)
