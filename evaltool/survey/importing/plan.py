"""Planning an import: every row of an answer file checked against a questionnaire, nothing
written (``plan_import`` for a survey in the database, ``plan_rows`` for any
``SurveyInfo`` — the preview checks a draft questionnaire the same way).

Columns are mapped to questions by meaning (``mapping.guess_mapping``) unless the caller
gives the mapping; the platform's metadata columns are kept aside with each questionnaire
(``meta``); columns that answer no question are *unmapped* and the person decides:
``unmapped="ask"`` (the default) stops the import until they do, ``"new"`` adds each as
a new question (its kind inferred from its answers), ``"ignore"`` leaves them out — listed.
Labels that are no option of their question are listed by question
(``unknown_labels``); the row is a problem unless ``add_options`` adds them as options.

Re-importing a later export adds only new respondents: each row gets an import key —
"id:<response id>" when the file has the platform's response id (答卷编号, 序号 …), else
"hash:<content hash>#<n>" over its answers, group and metadata (``n`` counts identical
rows, so two respondents who answered alike are two questionnaires) — and rows whose key
the survey already has are left out as already imported (``duplicates``).
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from evaltool.errors import Cancelled, ImportFormatError, ValidationError
from evaltool.i18n import translate
from evaltool.models import Response
from evaltool.survey import (
    CHOICE_KINDS,
    MULTI_SPLIT,
    QuestionInfo,
    SurveyInfo,
    answer_problem,
    load_survey,
    norm_text,
    normalize_answer,
)
from evaltool.survey.importing.draft import DraftQuestion
from evaltool.survey.importing.headers import column_role, id_priority, parse_header
from evaltool.survey.importing.infer import column_of
from evaltool.survey.importing.kinds import FALSE_MARKS, SKIP_CODES, answer_of, as_number, infer_kind
from evaltool.survey.importing.mapping import describe, group_column_for, guess_mapping
from evaltool.survey.importing.table import TableData, blank, read_table
from evaltool.survey.scales import split_other

UNMAPPED_CHOICES = ("ask", "new", "ignore")


@dataclass
class Problem:
    row: int | None
    column: str | None
    message: str
    kind: str = "error"  # error (row needs a decision) | blank (skipped) | note

    def as_json(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "message": self.message, "kind": self.kind}

    def __str__(self) -> str:
        where = []
        if self.row is not None:
            where.append(translate("Survey", "row {row}").format(row=self.row))
        if self.column:
            where.append(translate("Survey", "column {column}").format(column=self.column))
        return f"{', '.join(where)}: {self.message}" if where else self.message


@dataclass
class PlannedRow:
    row: int
    group: str | None  # group name (existing or to be created) or None
    ref: str
    level: str
    unit: str
    answers: dict[str, Any]
    problems: list[Problem] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    key: str = ""  # import key (see the module docstring)
    duplicate: bool = False  # imported before, from an earlier export: left out

    @property
    def ok(self) -> bool:
        return not self.duplicate and not any(p.kind == "error" for p in self.problems)


@dataclass
class ImportPlan:
    survey_id: str
    table: TableData
    mapping: dict[int, str]  # column index → question key
    group_column: int | None
    ref_column: int | None
    level_column: int | None
    unit_column: int | None
    default_group: str | None
    rows: list[PlannedRow]
    problems: list[Problem]  # file-level problems and blank rows
    new_groups: list[str]
    option_columns: dict[int, tuple[str, int]] = field(default_factory=dict)  # column → (key, option code)
    meta_columns: list[int] = field(default_factory=list)
    unmapped: list[int] = field(default_factory=list)  # columns with answers no question takes
    left_out: list[int] = field(default_factory=list)  # columns the person chose to leave out
    new_questions: list[DraftQuestion] = field(default_factory=list)  # columns added as questions
    new_options: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # key → options added
    unknown_labels: dict[str, dict[str, int]] = field(default_factory=dict)  # key → {label: rows}
    survey: SurveyInfo | None = None  # the questionnaire the rows were checked against

    @property
    def ok_rows(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.ok]

    @property
    def bad_rows(self) -> list[PlannedRow]:
        return [r for r in self.rows if not r.ok and not r.duplicate]

    @property
    def duplicates(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.duplicate]

    def all_problems(self) -> list[Problem]:
        out = list(self.problems)
        for r in self.rows:
            out.extend(r.problems)
        return sorted(out, key=lambda p: (p.row or 0, p.column or ""))

    def as_json(self) -> dict[str, Any]:
        h = self.table.headers

        def name(c: int | None) -> str | None:
            return h[c] if c is not None else None

        return {"file": self.table.file, "sheet": self.table.sheet, "encoding": self.table.encoding,
                "mapping": describe(h, self.mapping, self.option_columns),
                "group_column": name(self.group_column), "id_column": name(self.ref_column),
                "metadata_columns": [h[c] for c in self.meta_columns],
                "unmapped_columns": [h[c] for c in self.unmapped], "left_out_columns": [h[c] for c in self.left_out],
                "new_questions": [{"key": q.key, "kind": q.kind, "text": q.text, "column": name(q.column)}
                                  for q in self.new_questions],
                "new_options": {k: [o["label"] for o in v] for k, v in self.new_options.items()},
                "unknown_labels": self.unknown_labels,
                "rows": len(self.rows), "ok_rows": len(self.ok_rows), "bad_rows": len(self.bad_rows),
                "already_imported": len(self.duplicates), "new_groups": self.new_groups,
                "problems": [p.as_json() for p in self.all_problems()]}


def column_index(headers: list[str], name: str | int | None, file: str) -> int | None:
    """A column by header text (tolerant) or 1-based number; ImportFormatError if missing."""
    return column_of(headers, name, file)


def plan_blocked(plan: ImportPlan) -> list[Problem]:
    """File-level problems that stop an import whatever the user chooses."""
    return [p for p in plan.problems if p.kind == "error"]


# -- planning against the database -----------------------------------------------------------

def plan_import(session: Session, survey_id: str, path: str | Path | None = None, *,
                table: TableData | None = None, mapping: dict[int, str] | None = None,
                option_columns: dict[int, tuple[str, int]] | None = None,
                group_column: str | int | None = None, ref_column: str | int | None = None,
                level_column: str | int | None = None, unit_column: str | int | None = None,
                meta_columns: list[int] | None = None, default_group: str | None = None,
                create_groups: bool = True, guess_columns: bool = True, sheet: str | None = None,
                unmapped: str = "ask", new_columns: list[int] | None = None, ignore_columns: list[int] | None = None,
                add_options: bool = False, group_legend: dict[int, str] | None = None,
                skip_codes: bool | None = None, progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> ImportPlan:
    """Read and check a file against a survey in the database; writes nothing.

    ``mapping``/``option_columns`` override the mapping guessed by meaning; a named column
    that is missing raises ImportFormatError. Group values that match no group become new
    groups when ``create_groups`` (listed in ``new_groups``), else row problems.
    ``progress``/``cancelled`` follow the reading (when ``path`` is given) and the rows.
    """
    survey = load_survey(session, survey_id)
    if table is None:
        if path is None:
            raise ValueError("path or table")
        table = read_table(path, sheet, progress=progress, cancelled=cancelled)
    refs: dict[str, str | None] = {}
    keys: set[str] = set()
    for ref, key, deleted in session.execute(select(Response.respondent_ref, Response.import_key, Response.deleted)
                                             .where(Response.survey_id == survey_id)):
        if key:
            keys.add(key)  # a deleted questionnaire's key too: deleting it was a decision
        if ref and not deleted:
            refs[ref] = key
    return plan_rows(survey, table, mapping=mapping, option_columns=option_columns, group_column=group_column,
                     ref_column=ref_column, level_column=level_column, unit_column=unit_column,
                     meta_columns=meta_columns, default_group=default_group, create_groups=create_groups,
                     guess_columns=guess_columns, unmapped=unmapped, new_columns=new_columns,
                     ignore_columns=ignore_columns, add_options=add_options, existing_refs=refs,
                     existing_keys=keys, group_legend=group_legend, skip_codes=skip_codes, progress=progress,
                     cancelled=cancelled)


def _roles(survey: SurveyInfo, table: TableData, cols: dict[str, int | None], given: set[str],
           mapping: dict[int, str], option_columns: dict[int, tuple[str, int]]) -> list[int]:
    """Fill the roles not given from the headers (and the group column from the values);
    returns the metadata columns."""
    parsed = [parse_header(h, i) for i, h in enumerate(table.headers)]
    used = set(mapping) | set(option_columns) | {c for c in cols.values() if c is not None}
    meta: list[int] = []
    ids: list[int] = []
    for h in parsed:
        role = column_role(h)
        if h.index in used or role is None:
            continue
        if role == "id":
            ids.append(h.index)
        elif role == "meta":
            meta.append(h.index)
        elif role in cols and cols[role] is None and role not in given:
            cols[role] = h.index
            used.add(h.index)
    if cols["id"] is None and "id" not in given and ids:
        ids.sort(key=lambda c: id_priority(parsed[c]))
        cols["id"] = ids[0]
    meta += [c for c in ids if c != cols["id"]]
    if cols["group"] is None and "group" not in given:
        free = [c for c in range(len(parsed)) if c not in used and c not in meta and c not in ids]
        cols["group"] = group_column_for(survey, table, free)
    return sorted(meta)


def plan_rows(survey: SurveyInfo, table: TableData, *, mapping: dict[int, str] | None = None,
              option_columns: dict[int, tuple[str, int]] | None = None, group_column: str | int | None = None,
              ref_column: str | int | None = None, level_column: str | int | None = None,
              unit_column: str | int | None = None, meta_columns: list[int] | None = None,
              default_group: str | None = None, create_groups: bool = True, guess_columns: bool = True,
              unmapped: str = "ask", new_columns: list[int] | None = None, ignore_columns: list[int] | None = None,
              add_options: bool = False, existing_refs: dict[str, str | None] | None = None,
              existing_keys: set[str] | None = None, group_legend: dict[int, str] | None = None,
              skip_codes: bool | None = None, progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> ImportPlan:
    """Check every row of ``table`` against ``survey`` (a stored survey or a draft's); pure.

    ``group_legend``: the group column holds option numbers meaning these names.
    ``skip_codes``: -2 / -3 mean "not answered" (问卷星's option-number export) in number
    questions too; None: so when a choice column holds them and they are no option there.
    """
    if unmapped not in UNMAPPED_CHOICES:
        raise ValidationError(translate("Errors", "Unmapped columns: choose one of {choices}.").format(choices=", ".join(UNMAPPED_CHOICES)))
    headers, file = table.headers, table.file
    cols: dict[str, int | None] = {"group": column_of(headers, group_column, file), "id": column_of(headers, ref_column, file),
                                   "level": column_of(headers, level_column, file), "unit": column_of(headers, unit_column, file)}
    given = {k for k, v in (("group", group_column), ("id", ref_column), ("level", level_column), ("unit", unit_column))
             if v not in (None, "")}
    option_columns = dict(option_columns or {})
    if mapping is None:
        exclude = {c for c in cols.values() if c is not None} | set(meta_columns or [])
        mapping, guessed_options = guess_mapping(survey, headers, table, exclude)
        if option_columns == {}:
            option_columns = guessed_options
    mapping = dict(mapping)
    meta = list(meta_columns or [])
    if guess_columns:
        meta = sorted(set(meta) | set(_roles(survey, table, cols, given, mapping, option_columns)))
    roles = {c for c in cols.values() if c is not None}
    for c in list(mapping):
        if c in roles:
            del mapping[c]
    bad_keys = [k for k in [*mapping.values(), *(k for k, _c in option_columns.values())] if survey.question(k) is None]
    if bad_keys:
        raise ImportFormatError(translate("Errors", "The survey has no question “{key}”.").format(key=bad_keys[0]), file=file)

    problems: list[Problem] = []
    ignore = set(ignore_columns or []) - roles
    taken = set(mapping) | set(option_columns) | roles | set(meta) | ignore
    wanted_new = set(new_columns or []) - roles
    free = [c for c in range(len(headers)) if c not in taken and any(not blank(r[c]) for r in table.rows)]
    new_cols = [c for c in free if c in wanted_new or unmapped == "new"]
    has_data = {c for c in ignore if any(not blank(r[c]) for r in table.rows)}
    left = sorted(has_data | {c for c in free if c not in new_cols and unmapped == "ignore"})
    still = [c for c in free if c not in new_cols and c not in left]
    if still:
        problems.append(Problem(None, None, translate("Survey", "Columns answer no question of the survey: {columns}. Map each to a question, add it as a new question or leave it out.").format(
            columns=", ".join(f"“{headers[c]}”" for c in still)), "error"))
    if left:
        problems.append(Problem(None, None, translate("Survey", "Left out as chosen: {columns}.").format(
            columns=", ".join(f"“{headers[c]}”" for c in left)), "note"))
    new_questions = _new_questions(survey, table, new_cols)
    survey = replace(survey, questions=[*survey.questions, *(_as_info(q, len(survey.questions) + i)
                                                             for i, q in enumerate(new_questions))])
    for q in new_questions:
        assert q.column is not None
        mapping[q.column] = q.key
    if not mapping and not option_columns:
        raise ImportFormatError(translate("Errors", "No column matches a question of “{survey}”. Name the columns after the question keys or texts, or map them by hand.").format(
            survey=survey.name), file=file, row=table.first_row - 1)

    gcol = cols["group"]
    default = None
    if default_group:
        g = survey.group(default_group)
        if g is None:
            raise ValidationError(translate("Errors", "No respondent group “{name}” in the survey.").format(name=default_group))
        default = g.name
    elif gcol is None and len(survey.groups) == 1:
        default = survey.groups[0].name
    if gcol is None and default is None and survey.groups:
        problems.append(Problem(None, None, translate("Survey", "There is no group column and the survey has several groups: choose the group column or one group for all rows."), "error"))

    new_options: dict[str, list[dict[str, Any]]] = {}
    if skip_codes is None:
        skip_codes = _has_skip_codes(survey, table, mapping)
    reader = _Reader(survey, table, mapping, option_columns, cols, meta, default, create_groups,
                     existing_refs or {}, existing_keys or set(), cancelled)
    reader.group_legend, reader.skip_codes, reader.progress = dict(group_legend or {}), skip_codes, progress
    rows, new_groups, unknown = reader.read()
    if unknown and add_options:
        survey, new_options = _with_options(survey, unknown)
        reader.survey = survey
        rows, new_groups, unknown = reader.read()
    problems.extend(reader.blank_rows)
    if not rows:
        problems.append(Problem(None, None, translate("Survey", "The file has no questionnaires."), "error"))
    return ImportPlan(survey.id, table, mapping, gcol, cols["id"], cols["level"], cols["unit"], default, rows, problems,
                      new_groups, option_columns, meta, still, left, new_questions, new_options,
                      {k: dict(v) for k, v in unknown.items()}, survey)


def _has_skip_codes(survey: SurveyInfo, table: TableData, mapping: dict[int, str]) -> bool:
    """Whether a choice column holds -2 / -3 where they are no option: an option-number export."""
    for c, key in mapping.items():
        q = survey.question(key)
        if q is None or q.kind not in CHOICE_KINDS:
            continue
        for r in table.rows:
            x = as_number(r[c]) if not blank(r[c]) else None
            if x in SKIP_CODES and q.option(int(x)) is None:
                return True
    return False


def _as_info(q: DraftQuestion, position: int) -> QuestionInfo:
    return QuestionInfo(f"new:{q.key}", q.key, q.kind, q.text, "", q.options, float(position + 1))


def _new_questions(survey: SurveyInfo, table: TableData, cols: list[int]) -> list[DraftQuestion]:
    """A new question per column, its kind inferred from its answers."""
    keys = {q.key for q in survey.questions}
    out = []
    for c in cols:
        h = parse_header(table.headers[c], c)
        base = f"q{h.number}" if h.number is not None else f"col{c + 1}"
        key, k = base, 2
        while key in keys:
            key, k = f"{base}_{k}", k + 1
        keys.add(key)
        vals = list(dict.fromkeys(a for r in table.rows if (a := answer_of(r[c])) is not None))
        q = DraftQuestion(key, h.text or table.headers[c], "text", [], c, values=vals, legend=dict(h.legend) or None,
                          hints=sorted(h.hints), number=h.number)
        infer_kind(q)
        out.append(q)
    return out


def _with_options(survey: SurveyInfo, unknown: dict[str, Counter[str]]) -> tuple[SurveyInfo, dict[str, list[dict[str, Any]]]]:
    """The survey with each unknown label added as an option of its question (not favourable,
    no weight: a person decides those)."""
    added: dict[str, list[dict[str, Any]]] = {}
    questions = []
    for q in survey.questions:
        labels = unknown.get(q.key)
        if not labels or q.kind not in CHOICE_KINDS:
            questions.append(q)
            continue
        code = max((int(o["code"]) for o in q.options), default=0)
        extra = []
        for label in labels:
            code += 1
            extra.append({"code": code, "label": label, "label_en": "", "weight": None, "satisfied": False})
        added[q.key] = extra
        questions.append(replace(q, options=[*q.options, *extra]))
    return replace(survey, questions=questions), added


class _Reader:
    """Reads the rows of a table against a survey: answers, groups, ids, import keys."""

    def __init__(self, survey: SurveyInfo, table: TableData, mapping: dict[int, str],
                 option_columns: dict[int, tuple[str, int]], cols: dict[str, int | None], meta: list[int],
                 default: str | None, create_groups: bool, existing_refs: dict[str, str | None],
                 existing_keys: set[str], cancelled: Callable[[], bool] | None) -> None:
        self.survey, self.table, self.mapping, self.option_columns = survey, table, mapping, option_columns
        self.cols, self.meta, self.default, self.create_groups = cols, meta, default, create_groups
        self.existing_refs, self.existing_keys, self.cancelled = existing_refs, existing_keys, cancelled
        self.blank_rows: list[Problem] = []
        self.group_legend: dict[int, str] = {}
        self.skip_codes = False
        self.progress: Callable[[int, int], None] | None = None

    def read(self) -> tuple[list[PlannedRow], list[str], dict[str, Counter[str]]]:
        survey, table, headers = self.survey, self.table, self.table.headers
        groups_by_norm = {norm_text(g.name): g.name for g in survey.groups}
        new_groups: list[str] = []
        seen_refs: dict[str, int] = {}
        hashes: Counter[str] = Counter()
        unknown: dict[str, Counter[str]] = {}
        rows: list[PlannedRow] = []
        self.blank_rows = []
        qcols = [(c, survey.question(k)) for c, k in sorted(self.mapping.items())]
        ocols = sorted(self.option_columns.items())
        gcol, rcol, lcol, ucol = self.cols["group"], self.cols["id"], self.cols["level"], self.cols["unit"]
        for offset, cells in enumerate(table.rows):
            if offset % 2000 == 0:
                if self.cancelled is not None and self.cancelled():
                    raise Cancelled(translate("Errors", "The import was cancelled; nothing was imported."))
                if self.progress is not None:
                    self.progress(offset, len(table.rows))
            rownum = table.first_row + offset
            if all(blank(c) for c in cells):
                self.blank_rows.append(Problem(rownum, None, translate("Survey", "Blank row, skipped."), "blank"))
                continue
            pr = PlannedRow(rownum, self.default, "", "", "", {})
            if gcol is not None:
                raw = answer_of(cells[gcol])
                x = as_number(raw) if raw is not None else None
                if x is not None and x.is_integer() and int(x) in self.group_legend:
                    raw = self.group_legend[int(x)]
                if raw is None:
                    if self.default is None:
                        pr.problems.append(Problem(rownum, headers[gcol], translate("Survey", "No respondent group given.")))
                else:
                    name = groups_by_norm.get(norm_text(raw))
                    if name is None:
                        name = str(raw).strip()
                        if self.create_groups:
                            groups_by_norm[norm_text(name)] = name
                            new_groups.append(name)
                        else:
                            pr.problems.append(Problem(rownum, headers[gcol], translate("Survey", "“{value}” is not a respondent group of the survey.").format(value=raw)))
                    pr.group = name
            if lcol is not None and not blank(cells[lcol]):
                pr.level = str(cells[lcol]).strip()
            if ucol is not None and not blank(cells[ucol]):
                pr.unit = str(cells[ucol]).strip()
            for c in self.meta:
                if not blank(cells[c]):
                    pr.meta[headers[c]] = cells[c] if isinstance(cells[c], (int, float, str, bool)) else str(cells[c])
            self._answers(pr, cells, qcols, ocols, unknown)
            if not pr.answers and not pr.problems:
                pr.problems.append(Problem(rownum, None, translate("Survey", "No answers in this row."), "error"))
            self._identify(pr, cells, rcol, seen_refs, hashes)
            rows.append(pr)
        return rows, new_groups, unknown

    def _answers(self, pr: PlannedRow, cells: list[Any], qcols: list[tuple[int, QuestionInfo | None]],
                 ocols: list[tuple[int, tuple[str, int]]], unknown: dict[str, Counter[str]]) -> None:
        headers = self.table.headers
        others: dict[str, str] = {}
        for c, (key, code) in ocols:
            a = answer_of(cells[c])
            if a is None or (norm_text(a) if isinstance(a, str) else str(a)) in FALSE_MARKS:
                continue
            pr.answers.setdefault(key, [])
            if code not in pr.answers[key]:
                pr.answers[key].append(code)
        for key in {k for _c, (k, _code) in ocols}:
            if key in pr.answers:
                pr.answers[key] = sorted(pr.answers[key])
        for c, q in qcols:
            assert q is not None
            raw = answer_of(cells[c])
            if raw is None:
                continue
            if as_number(raw) in SKIP_CODES and (self.skip_codes or q.kind in CHOICE_KINDS) \
                    and (q.kind not in CHOICE_KINDS or q.option(int(as_number(raw) or 0)) is None):
                continue
            if q.kind in CHOICE_KINDS and isinstance(raw, str):
                parts = raw.split("┋") if "┋" in raw else [raw]
                for p in parts:
                    _base, text = split_other(p)
                    if text and self.survey.question(f"{q.key}_other") is not None:
                        others[f"{q.key}_other"] = text
                if len(parts) > 1:
                    raw = [p.strip() for p in parts if p.strip()]
            try:
                val = normalize_answer(q, raw)
            except (ValueError, TypeError):
                pr.problems.append(Problem(pr.row, headers[c], answer_problem(q, raw)))
                if q.kind in CHOICE_KINDS:
                    for label in self._unknown(q, raw):
                        unknown.setdefault(q.key, Counter())[label] += 1
                continue
            if val is not None:
                pr.answers[q.key] = val
        for key, text in others.items():
            pr.answers.setdefault(key, text)

    @staticmethod
    def _unknown(q: QuestionInfo, raw: Any) -> list[str]:
        """The labels of ``raw`` that are no option of ``q``."""
        parts = raw if isinstance(raw, list) else [raw]
        if q.kind == "multi" and not isinstance(raw, list):
            parts = [p for p in MULTI_SPLIT.split(str(raw)) if p.strip()]
        out = []
        for p in parts:
            try:
                normalize_answer(replace(q, kind="single") if q.kind == "multi" else q, p)
            except (ValueError, TypeError):
                out.append(split_other(str(p).strip())[0])
        return out

    def _identify(self, pr: PlannedRow, cells: list[Any], rcol: int | None, seen_refs: dict[str, int],
                  hashes: Counter[str]) -> None:
        headers = self.table.headers
        if rcol is not None and not blank(cells[rcol]):
            pr.ref = str(cells[rcol]).strip()
            pr.key = f"id:{pr.ref}"[:80]
            if pr.ref in seen_refs:
                pr.problems.append(Problem(pr.row, headers[rcol], translate("Survey", "Respondent id “{ref}” repeats row {first}.").format(ref=pr.ref, first=seen_refs[pr.ref])))
                return
            seen_refs[pr.ref] = pr.row
            if pr.key in self.existing_keys:
                pr.duplicate = True
            elif pr.ref in self.existing_refs:
                pr.problems.append(Problem(pr.row, headers[rcol], translate("Survey", "Respondent id “{ref}” is already in the survey.").format(ref=pr.ref)))
            return
        content = json.dumps({"g": pr.group, "a": pr.answers, "m": pr.meta, "l": pr.level, "u": pr.unit},
                             sort_keys=True, ensure_ascii=False, default=str)
        digest = hashlib.sha256(content.encode("utf-8")).hexdigest()[:40]
        hashes[digest] += 1
        pr.key = f"hash:{digest}#{hashes[digest]}"
        pr.duplicate = pr.key in self.existing_keys
