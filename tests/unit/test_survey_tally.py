"""Survey tallies: the seed-000 figures, Wilson intervals, warnings, links, property tests."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evaltool.db import Database
from evaltool.models import Response
from evaltool.projects import create_project
from evaltool.scoring import fmt_rate
from evaltool.survey import add_group, add_question, add_response, create_survey, list_surveys, set_response_deleted
from evaltool.tally import linked_rate, tally_survey, wilson


def _demo_tally(db: Database, pid: str):
    with db.read_session() as s:
        sv = list_surveys(s, pid)[0]
        return sv, tally_survey(s, sv.id)


def test_demo_reproduces_seed_000_satisfaction(demo_db: Database, demo_project_id: str) -> None:
    _sv, t = _demo_tally(demo_db, demo_project_id)
    rows = [(g.name, g.n, g.satisfied, fmt_rate(g.rate)) for g in t.groups]
    # seed 000 / domain.md §7
    assert rows == [("市政数局", 1, 1, "100.00%"), ("使用单位", 69, 62, "89.86%"), ("办事人", 145, 141, "97.24%")]
    assert (t.overall.n, t.overall.satisfied, fmt_rate(t.overall.rate)) == (215, 204, "94.88%")
    doc = t.as_json()
    assert doc["overall"]["n"] == 215 and doc["groups"][1]["name"] == "使用单位"
    assert abs(doc["groups"][1]["rate"] - 62 / 69) < 1e-6


def test_demo_item_rates_match_the_report(demo_db: Database, demo_project_id: str) -> None:
    _sv, t = _demo_tally(demo_db, demo_project_id)
    items = {q.key: fmt_rate(q.stats.rate) for q in t.questions if q.stats.rate is not None}
    # seed 000: 系统稳定性 86.96%, 操作便利性 88.41%, 跨部门 76.12%, 跨层级 77.61%, 效能 91.3%
    assert items["stability"] == "86.96%"
    assert items["ease"] == "88.41%"
    assert items["share_dept"] == "76.12%"
    assert items["share_level"] == "77.61%"
    assert items["efficiency"] == "91.30%"
    reasons = t.question("reasons")
    first = reasons.options[0]
    assert first["label"] == "系统功能不够完善" and fmt_rate(first["share"]) == "34.78%"  # 24 / 69
    assert reasons.respondents == 69
    # the 使用单位 sample covers both expected levels (市 and 镇街): no coverage warning
    assert not any("镇街" in w for w in t.warnings)


def test_wilson_interval_known_values() -> None:
    lo, hi = wilson(0, 10)
    assert lo == 0.0 and abs(hi - 0.2775) < 1e-3  # textbook upper bound for 0/10
    lo, hi = wilson(1, 1)
    assert abs(lo - 1 / (1 + 1.959964 ** 2)) < 1e-5 and hi == 1.0
    lo, hi = wilson(62, 69)
    assert lo < 62 / 69 < hi and 0.79 < lo < 0.82 and 0.94 < hi < 0.96
    assert wilson(0, 0) is None


def test_linked_rate_for_scoring(demo_db: Database, demo_project_id: str) -> None:
    sv, _t = _demo_tally(demo_db, demo_project_id)
    users = sv.group("使用单位").id
    with demo_db.read_session() as s:
        assert fmt_rate(linked_rate(s, {"survey_id": sv.id, "group_id": users, "question_key": None})) == "89.86%"
        assert fmt_rate(linked_rate(s, {"survey_id": sv.id, "group_id": None, "question_key": "overall"})) == "94.88%"
        assert fmt_rate(linked_rate(s, {"survey_id": sv.id, "group_id": users, "question_key": "stability"})) == "86.96%"
        assert linked_rate(s, {"survey_id": "nope", "group_id": None, "question_key": None}) is None
        assert linked_rate(s, {"survey_id": sv.id, "group_id": "nope", "question_key": None}) is None


def test_tally_follows_new_and_removed_answers(demo_db: Database, demo_project_id: str) -> None:
    sv, _t = _demo_tally(demo_db, demo_project_id)
    users = sv.group("使用单位").id
    with demo_db.session() as s:
        rid = add_response(s, sv.id, {"overall": "不太满意"}, users, "使用单位-900")
    _sv, t = _demo_tally(demo_db, demo_project_id)
    assert (t.group("使用单位").n, t.group("使用单位").satisfied) == (70, 62)
    assert (t.overall.n, t.overall.satisfied) == (216, 204)
    with demo_db.session() as s:
        set_response_deleted(s, rid)
    _sv, t = _demo_tally(demo_db, demo_project_id)
    assert t.group("使用单位").n == 69


@pytest.fixture
def small_survey(db: Database):
    with db.session() as s:
        pid = create_project(s, "测试项目").id
        sv = create_survey(s, pid, "满意度")
        add_question(s, sv.id, "overall", "scale5", "总体满意度")
        add_question(s, sv.id, "why", "multi", "原因", options=[{"code": 1, "label": "慢"}, {"code": 2, "label": "难用"}])
        a = add_group(s, sv.id, "主管部门", target_n=5, levels=["市"])
        b = add_group(s, sv.id, "使用单位", target_n=3, levels=["市", "镇", "村"])
    return pid, sv.id, a.id, b.id


def test_sample_warnings(db: Database, small_survey) -> None:
    _pid, sid, _a, b = small_survey
    with db.session() as s:
        for i in range(3):
            add_response(s, sid, {"overall": 1}, b, f"b{i}", level="镇")
    with db.read_session() as s:
        t = tally_survey(s, sid)
    text = "\n".join(t.warnings)
    assert "主管部门" in text  # no questionnaires at all
    assert "市、村" in text  # 使用单位: levels 市 and 村 missing
    assert len(t.warnings) == 3  # plus: only one group answered (a one-sided sample)


def test_invalid_stored_answers_are_left_out_and_reported(db: Database, small_survey) -> None:
    pid, sid, a, _b = small_survey
    with db.session() as s:
        add_response(s, sid, {"overall": 2}, a)
        # a value no option has (e.g. merged from an old questionnaire version)
        s.add(Response(project_id=pid, survey_id=sid, group_id=a, answers={"overall": 9}))
    with db.read_session() as s:
        t = tally_survey(s, sid)
    q = t.question("overall")
    assert (q.stats.n, q.invalid) == (1, 1)
    assert any("overall" in w for w in t.warnings)


answers_st = st.lists(
    st.tuples(st.sampled_from([0, 1]),  # group index
              st.one_of(st.none(), st.integers(1, 5)),
              st.lists(st.integers(1, 2), max_size=2, unique=True)),
    max_size=40)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=answers_st)
def test_tally_equals_direct_count(db: Database, small_survey, rows) -> None:
    _pid, sid, a, b = small_survey
    groups = [a, b]
    with db.session() as s:
        s.query(Response).filter(Response.survey_id == sid).update({"deleted": True})
        for gi, overall, why in rows:
            ans = {}
            if overall is not None:
                ans["overall"] = overall
            if why:
                ans["why"] = why
            add_response(s, sid, ans, groups[gi])
    with db.read_session() as s:
        t = tally_survey(s, sid)
    for gi, gid in enumerate(groups):
        mine = [r for r in rows if r[0] == gi]
        valid = [r for r in mine if r[1] is not None]
        sat = [r for r in valid if r[1] <= 2]
        g = t.group(gid)
        assert (g.respondents, g.n, g.satisfied) == (len(mine), len(valid), len(sat))
        assert g.rate == (round(len(sat) / len(valid), 6) if valid else None)
    valid = [r for r in rows if r[1] is not None]
    assert t.overall.n == len(valid)
    assert t.overall.satisfied == sum(1 for r in valid if r[1] <= 2)
    q = t.question("overall")
    for code in range(1, 6):
        assert next(o["count"] for o in q.options if o["code"] == code) == sum(1 for r in valid if r[1] == code)
    if valid:
        weights = {1: 100, 2: 80, 3: 60, 4: 0, 5: 0}
        assert abs(q.stats.index - sum(weights[r[1]] for r in valid) / len(valid)) < 1e-4
    why = t.question("why")
    for code in (1, 2):
        assert next(o["count"] for o in why.options if o["code"] == code) == sum(1 for r in rows if code in r[2])
    assert why.answered == sum(1 for r in rows if r[2])
