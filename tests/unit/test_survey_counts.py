"""Counted answers (evaltool.survey.counts): the database's counts follow every write —
the survey API, bulk statements, plain SQL, a sync merge from another laptop, a later
migration that rebuilds the questionnaire table — and the tally reads them, cached per
data revision."""
from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, text, update

from evaltool import sync
from evaltool.db import Database, open_database
from evaltool.identity import ensure_profile
from evaltool.models import Response
from evaltool.models.survey_counts import ensure_survey_counts
from evaltool.survey import (
    add_group,
    add_response,
    answer_counts,
    counts_agree,
    list_surveys,
    respondent_counts,
    set_response_deleted,
    survey_revision,
    update_response,
)
from evaltool.survey import counts as counts_module
from evaltool.tally import tally_survey


def _survey(db: Database, pid: str):
    with db.read_session() as s:
        return list_surveys(s, pid)[0]


def _tally_from_json(db: Database, sid: str, monkeypatch: pytest.MonkeyPatch, group_id: str | None = None):
    """The tally as computed before the counts existed: from every questionnaire's JSON."""
    with monkeypatch.context() as m:
        m.setattr(counts_module, "counts_kept", lambda _s: False)
        with db.read_session() as s:
            return tally_survey(s, sid, group_id=group_id)


@pytest.fixture
def statements(demo_db: Database) -> Iterator[list[str]]:
    seen: list[str] = []

    def record(_conn, _cursor, statement, _params, _context, _many) -> None:
        seen.append(statement)

    event.listen(demo_db.engine, "before_cursor_execute", record)
    yield seen
    event.remove(demo_db.engine, "before_cursor_execute", record)


def test_the_demo_counts_match_seed_000(demo_db: Database, demo_project_id: str) -> None:
    sv = _survey(demo_db, demo_project_id)
    users = sv.group("使用单位").id
    with demo_db.read_session() as s:
        counts = answer_counts(s, sv.id)
        assert counts_agree(s, sv.id)
        by_group = {rc.group_id: 0 for rc in respondent_counts(s, sv.id)}
        for rc in respondent_counts(s, sv.id):
            by_group[rc.group_id] += rc.n
    # seed 000: 使用单位 69 questionnaires, 62 satisfied (非常满意 + 比较满意) on the overall question
    assert by_group[users] == 69
    overall = {v: n for (k, v), n in counts[users].items() if k == "overall"}
    assert overall.get(1, 0) + overall.get(2, 0) == 62 and sum(overall.values()) == 69


def test_counts_follow_every_kind_of_write(demo_db: Database, demo_project_id: str,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    sv = _survey(demo_db, demo_project_id)
    groups = [g.id for g in sv.groups]
    keys = [q.key for q in sv.questions if q.kind != "text"]
    rng = random.Random(20)
    with demo_db.session() as s:
        rids = [r for (r,) in s.execute(text("SELECT id FROM responses WHERE survey_id = :s"), {"s": sv.id})]
        extra = add_group(s, sv.id, "现场补充").id
        for i in range(60):
            op = rng.choice(["add", "edit", "group", "level", "delete", "restore"])
            rid = rng.choice(rids)
            if op == "add":
                answers = {k: rng.choice([1, 2, 3, 4, 5]) for k in rng.sample(keys, 3)
                           if sv.question(k).kind in ("scale5", "scale4", "scale3")}
                rids.append(add_response(s, sv.id, answers, rng.choice([*groups, extra, None]), f"加-{i}",
                                         level=rng.choice(["", "市", "镇"]), unit_name=rng.choice(["", "甲局", "乙局"])))
            elif op == "edit":
                update_response(s, rid, answers={"overall": rng.choice([1, 2, 3, 4, 5]), "reasons": [1, 3]})
            elif op == "group":
                update_response(s, rid, group_id=rng.choice([*groups, extra, None]))
            elif op == "level":
                update_response(s, rid, level=rng.choice(["市", "镇", "村"]), unit_name=rng.choice(["甲局", ""]))
            elif op == "delete":
                set_response_deleted(s, rid, True)
            else:
                s.execute(update(Response).where(Response.id == rid).values(deleted=False))  # a bulk statement
        # plain SQL: answers that are not an object, not JSON, or of every JSON type
        s.execute(text("UPDATE responses SET answers = '[1, 2]' WHERE id = :r"), {"r": rids[0]})
        s.execute(text("UPDATE responses SET answers = 'not json' WHERE id = :r"), {"r": rids[1]})
        every_type = '{"overall": 2.0, "reasons": [2], "x": true, "y": null, "z": {"a": 1}, "t": "文字\\"引号"}'
        s.execute(text("UPDATE responses SET answers = :a WHERE id = :r"), {"a": every_type, "r": rids[2]})
    with demo_db.read_session() as s:
        assert counts_agree(s, sv.id)
        kept = tally_survey(s, sv.id)
    reference = _tally_from_json(demo_db, sv.id, monkeypatch)
    assert kept.as_json() == reference.as_json()
    for g in [*groups, extra]:
        with demo_db.read_session() as s:
            assert tally_survey(s, sv.id, group_id=g).as_json() == _tally_from_json(
                demo_db, sv.id, monkeypatch, group_id=g).as_json()


def test_a_merge_from_another_laptop_updates_the_tally(demo_db: Database, demo_project_id: str,
                                                       tmp_path: Path) -> None:
    a = demo_db
    sv = _survey(a, demo_project_id)
    users = sv.group("使用单位").id
    with a.read_session() as s:
        before = tally_survey(s, sv.id)  # cached on laptop A
    usb = tmp_path / "usb"
    usb.mkdir()
    b = open_database(tmp_path / "b", backup="never")
    try:
        ensure_profile(b, "乙", "member")
        sync.import_package(b, sync.export_package(a, demo_project_id, usb).path)
        with b.session() as s:
            for i in range(3):  # three dissatisfied users, one satisfied user turned dissatisfied
                add_response(s, sv.id, {"overall": 4}, users, f"使用单位-B{i}")
            changed = s.execute(text("SELECT id FROM responses WHERE group_id = :g AND deleted = 0 "
                                     "AND json_extract(answers, '$.overall') = 1 LIMIT 1"), {"g": users}).scalar()
            update_response(s, changed, answers={"overall": 5})
        (usb / "from-b").mkdir()
        package = sync.export_package(b, demo_project_id, usb / "from-b").path
    finally:
        b.close()
    sync.import_package(a, package)
    with a.read_session() as s:
        after = tally_survey(s, sv.id)
        assert counts_agree(s, sv.id)
    g0, g1 = before.group("使用单位"), after.group("使用单位")
    assert (g0.n, g0.satisfied) == (69, 62)  # seed 000
    assert (g1.n, g1.satisfied) == (72, 61)
    assert (after.overall.n, after.overall.satisfied) == (before.overall.n + 3, before.overall.satisfied - 1)


def test_the_tally_reads_the_counts_once_and_then_the_cache(demo_db: Database, demo_project_id: str,
                                                            statements: list[str]) -> None:
    sv = _survey(demo_db, demo_project_id)
    with demo_db.read_session() as s:
        statements.clear()
        first = tally_survey(s, sv.id)
        read = list(statements)
        statements.clear()
        second = tally_survey(s, sv.id)
        again = list(statements)
    assert not any("FROM responses" in q for q in read), "the tally never reads questionnaires"
    assert sum("FROM survey_answer_counts" in q for q in read) == 1
    assert len(again) == 1 and "survey_revisions" in again[0], "an unchanged survey is not counted again"
    assert second.as_json() == first.as_json() and second is not first
    second.groups.clear()  # a caller changing its copy does not change the cached tally
    with demo_db.read_session() as s:
        assert len(tally_survey(s, sv.id).groups) == len(first.groups)


def test_the_cache_never_outlives_a_write_or_a_rollback(demo_db: Database, demo_project_id: str) -> None:
    sv = _survey(demo_db, demo_project_id)
    users = sv.group("使用单位").id
    with demo_db.read_session() as s:
        rev0 = survey_revision(s, sv.id)
        assert tally_survey(s, sv.id).group("使用单位").n == 69
    s = demo_db.new_session()
    try:  # a write seen inside its own transaction, then rolled back
        add_response(s, sv.id, {"overall": 5}, users, "使用单位-回滚")
        assert survey_revision(s, sv.id) != rev0
        assert tally_survey(s, sv.id).group("使用单位").n == 70
        s.rollback()
    finally:
        s.close()
    with demo_db.read_session() as s:
        assert survey_revision(s, sv.id) == rev0
        assert tally_survey(s, sv.id).group("使用单位").n == 69
    with demo_db.session() as s:
        add_response(s, sv.id, {"overall": 5}, users, "使用单位-提交")
    with demo_db.read_session() as s:
        rev1 = survey_revision(s, sv.id)
        assert rev1 not in (rev0, None)
        t = tally_survey(s, sv.id)
    assert (t.group("使用单位").n, t.group("使用单位").satisfied) == (70, 62)
    with demo_db.session() as s:  # a question's wording is part of what the tally shows
        s.execute(text("UPDATE survey_questions SET text = '总体满意度（修订）' WHERE survey_id = :s AND key = 'overall'"),
                  {"s": sv.id})
    with demo_db.read_session() as s:
        assert survey_revision(s, sv.id) != rev1
        assert tally_survey(s, sv.id).question("overall").text == "总体满意度（修订）"


def test_a_fresh_database_has_the_current_triggers(db: Database) -> None:
    with db.engine.begin() as conn:
        assert ensure_survey_counts(conn) is False
        conn.exec_driver_sql("DROP TRIGGER survey_counts_responses_update")
        assert ensure_survey_counts(conn) is True
        assert ensure_survey_counts(conn) is False
