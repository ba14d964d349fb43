"""Counted answers: what the tally, the respondent counts and the coverage read.

On SQLite the counts are kept by the database (``evaltool.models.survey_counts``:
``survey_answer_counts``, ``survey_respondent_counts``, ``survey_revisions``), so reading
them costs a few hundred rows however many questionnaires there are. Elsewhere (the
PostgreSQL team hub has the tables but no triggers) the same results are counted from
the questionnaires' JSON; ``count_from_answers`` is also the reference the tests compare
the kept counts with.

Group keys: a group's id, ``NO_GROUP`` ("") for questionnaires without a group.
Answer values are decoded from their JSON text: codes and numbers as numbers, multiple
choice as a tuple of codes, text as text, an object as its ``str``.

All functions take a Session and only read.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

NO_GROUP = ""  # key of questionnaires without a group

AnswerCounts = dict[str, Counter[tuple[str, Any]]]


@dataclass(frozen=True, order=True)
class RespondentCount:
    """Live questionnaires of one group at one level from one unit ("" when not given)."""

    group_id: str
    level: str
    unit_name: str
    n: int


def counts_kept(session: Session) -> bool:
    """Whether the database keeps the counts (SQLite, whose triggers maintain them)."""
    return session.get_bind().dialect.name == "sqlite"


def survey_revision(session: Session, survey_id: str) -> str | None:
    """The survey's data revision: a token that changes at every write to the survey, its
    questions, groups or questionnaires; None where the database keeps no revisions or
    the survey does not exist. Read it *before* the data it stands for (reads outside a
    transaction are separate snapshots: data read after the token is at least as new)."""
    if not counts_kept(session):
        return None
    token = session.execute(text("SELECT token FROM survey_revisions WHERE survey_id = :sid"),
                            {"sid": survey_id}).scalar()
    return None if token is None else str(token)


def _decode(value: str) -> Any:
    v = json.loads(value)
    if isinstance(v, list):
        return tuple(v)
    if isinstance(v, dict):
        return str(v)
    return v


def answer_counts(session: Session, survey_id: str, group_id: str | None = None) -> AnswerCounts:
    """{group key: Counter({(question key, answer): live questionnaires})}.

    ``group_id`` limits the counts to one group (``NO_GROUP`` for those without one).
    One read of the kept counts on SQLite; elsewhere ``count_from_answers``.
    """
    if not counts_kept(session):
        return count_from_answers(_answer_rows(session, survey_id, group_id))
    sql = "SELECT group_id, qkey, value, n FROM survey_answer_counts WHERE survey_id = :sid"
    params: dict[str, Any] = {"sid": survey_id}
    if group_id is not None:
        sql += " AND group_id = :gid"
        params["gid"] = group_id
    out: AnswerCounts = {}
    decoded: dict[str, Any] = {}  # the same few answer texts recur in every group and question
    for g, key, value, n in session.execute(text(sql), params):
        if value in decoded:
            v = decoded[value]
        else:
            v = decoded[value] = _decode(value)
        counter = out.get(g)
        if counter is None:
            counter = out[g] = Counter()
        counter[(key, v)] += n
    return out


def respondent_counts(session: Session, survey_id: str, group_id: str | None = None) -> list[RespondentCount]:
    """Live questionnaires per group, level and unit name (rows with n > 0)."""
    params: dict[str, Any] = {"sid": survey_id}
    if counts_kept(session):
        sql = ("SELECT group_id, level, unit_name, n FROM survey_respondent_counts WHERE survey_id = :sid"
               + (" AND group_id = :gid" if group_id is not None else ""))
    else:
        sql = ("SELECT coalesce(group_id, ''), coalesce(level, ''), coalesce(unit_name, ''), count(*) FROM responses"
               " WHERE survey_id = :sid AND deleted = :no"
               + (" AND coalesce(group_id, '') = :gid" if group_id is not None else "") + " GROUP BY 1, 2, 3")
        params["no"] = False
    if group_id is not None:
        params["gid"] = group_id
    return [RespondentCount(str(g), str(lv), str(u), int(n)) for g, lv, u, n in session.execute(text(sql), params)]


def _answer_rows(session: Session, survey_id: str, group_id: str | None) -> list[Any]:
    sql = "SELECT coalesce(group_id, ''), answers FROM responses WHERE survey_id = :sid AND deleted = :no"
    params: dict[str, Any] = {"sid": survey_id, "no": False}
    if group_id is not None:
        sql += " AND coalesce(group_id, '') = :gid"
        params["gid"] = group_id
    return list(session.execute(text(sql), params).all())


def count_from_answers(rows: Iterable[Sequence[Any]]) -> AnswerCounts:
    """The counts from (group key, answers JSON text) rows, one per live questionnaire.

    Lists (multiple choice) become tuples, objects their ``str``; a row that is not a
    JSON object counts as no answers. The common case (no list in a row) is counted
    without a Python-level loop per answer (json.loads, dict.items and Counter run in C).
    """
    texts: dict[str, list[str]] = defaultdict(list)
    for g, a in rows:
        if a:
            texts[g].append(a if isinstance(a, str) else json.dumps(a))
    out: AnswerCounts = {}
    loads = json.loads
    for g, lst in texts.items():
        simple = [a for a in lst if "[" not in a]
        counter: Counter[tuple[str, Any]]
        try:
            counter = Counter(chain.from_iterable(map(dict.items, map(loads, simple))))
        except (TypeError, ValueError):  # a row that is not a flat object: count row by row
            counter = Counter()
            simple_rows = simple
        else:
            simple_rows = []
        for a in chain(simple_rows, (a for a in lst if "[" in a)):
            try:
                d = loads(a)
            except ValueError:
                continue
            if not isinstance(d, dict):
                continue
            counter.update((k, tuple(v) if isinstance(v, list) else v if not isinstance(v, dict) else str(v))
                           for k, v in d.items())
        out[g] = counter
    return out


def counts_agree(session: Session, survey_id: str) -> bool:
    """Whether the kept counts equal a recount from the questionnaires (tests, self-checks)."""
    if not counts_kept(session):
        return True
    kept = answer_counts(session, survey_id)
    recount = count_from_answers(_answer_rows(session, survey_id, None))
    if {g: +c for g, c in kept.items() if +c} != {g: +c for g, c in recount.items() if +c}:
        return False
    rows = session.execute(text(
        "SELECT coalesce(group_id, ''), coalesce(level, ''), coalesce(unit_name, ''), count(*) FROM responses"
        " WHERE survey_id = :sid AND deleted = :no GROUP BY 1, 2, 3"), {"sid": survey_id, "no": False})
    return sorted(respondent_counts(session, survey_id)) == sorted(
        RespondentCount(str(g), str(lv), str(u), int(n)) for g, lv, u, n in rows)
