"""Scoring: several evaluators, final decisions, totals and grades, flags, audit, review, CLI."""
from __future__ import annotations

import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evaltool.audit import leaf_audit
from evaltool.cli import main
from evaltool.db import Database
from evaltool.errors import ValidationError
from evaltool.framework import add_indicator, find_by_path, iter_leaves, load_tree
from evaltool.models import EvidenceItem, EvidenceLink
from evaltool.projects import add_member, create_evaluator, create_project
from evaltool.review import add_note, project_review, resolve_note, set_review_state, sign_off
from evaltool.scoring import (
    consolidate,
    fmt_rate,
    fmt_score,
    leaf_detail,
    project_summary,
    record_score,
    release_final,
    restore_score,
    score_state,
    set_consolidation,
    set_final,
    set_project_flag,
)

DEMO_LEAF = "产出/产出数量/运维服务驻场服务完成率"  # weight 3, 5 of 7 elements → 2.14


def _kinds(db: Database, pid: str, path: str | None = None) -> set[str]:
    with db.read_session() as s:
        flags = project_summary(s, pid).flags
    return {f.kind for f in flags if path is None or f.indicator == path}


def test_demo_level1_total_and_grade(demo_db: Database, demo_project_id: str) -> None:
    with demo_db.read_session() as s:
        sm = project_summary(s, demo_project_id)
    assert [(r.name, fmt_score(r.score)) for r in sm.level1] == [
        ("决策", "7.25"), ("过程", "23.925"), ("产出", "24.84"), ("效益", "25.4")]
    assert fmt_score(sm.total) == "81.415" and sm.grade == "良"
    # seed 004's output-completion bands: 产出 24.84 / 30 = 82.80% → 大部分完成
    assert sm.output_grade == "大部分完成"
    # subtotals at level 2 add up to their level-1 parent
    by_parent: dict[str, float] = {}
    for r in sm.level2:
        by_parent[r.path.split("/")[0]] = by_parent.get(r.path.split("/")[0], 0) + r.score
    assert {k: round(v, 3) for k, v in by_parent.items()} == {"决策": 7.25, "过程": 23.925, "产出": 24.84, "效益": 25.4}


def test_rules_reproduce_the_demo_scores_where_inputs_exist(demo_db: Database, demo_project_id: str) -> None:
    from evaltool.demo import _leaf_specs, demo_data
    from evaltool.rules import propose

    specs = _leaf_specs(demo_data()["framework"])
    checked = 0
    with demo_db.read_session() as s:
        for leaf in iter_leaves(load_tree(s, demo_project_id)):
            rule = specs[leaf.path].get("rule") or {}
            if "inputs" in rule:
                p = propose(leaf.rule, rule["inputs"], leaf.weight)
                assert p.score == pytest.approx(specs[leaf.path]["score"]), leaf.path
                checked += 1
    assert checked == 21  # every leaf of seed 000 whose rule has inputs


def test_score_departing_from_rule_needs_a_reason(demo_db: Database, demo_project_id: str) -> None:
    with demo_db.session() as s:
        ind = find_by_path(s, demo_project_id, DEMO_LEAF)
        ev = create_evaluator(s, "赵专家", "expert")
        add_member(s, demo_project_id, ev.id, "expert")
        with pytest.raises(ValidationError):
            record_score(s, demo_project_id, ind.id, ev.id, 2.5, inputs={"done": 5, "required": 7})
        sc = record_score(s, demo_project_id, ind.id, ev.id, None, inputs={"done": 5, "required": 7})
        assert sc.value == 2.14 and sc.proposed == 2.14
        record_score(s, demo_project_id, ind.id, ev.id, 2.5, reason="驻场要素第6项部分满足")
        ind_id, ev_id = ind.id, ev.id
    with demo_db.read_session() as s:
        d = leaf_detail(s, demo_project_id, ind_id, ev_id)
        assert d.mine is not None and d.mine.value == 2.5 and d.mine.reason
        assert {o.name for o in d.others} >= {"张明", "李华"}
    # a departure stays flagged once a reason is typed (issue 19), with the reason shown;
    # without one (stored leniently) the flag says that no reason was given
    def departing() -> list[str]:
        with demo_db.read_session() as s:
            return [f.message for f in project_summary(s, demo_project_id).flags
                    if f.kind == "departs_from_rule" and f.indicator == DEMO_LEAF]

    assert [m for m in departing() if "赵专家" in m and "驻场要素第6项部分满足" in m and "2.14" in m]
    with demo_db.session() as s:
        record_score(s, demo_project_id, ind_id, ev_id, 2.5, reason="", require_reason=False)
    assert [m for m in departing() if "赵专家" in m and "2.5" in m and "驻场要素" not in m]


def test_consolidation_mean_median_lead_and_final(demo_db: Database, demo_project_id: str) -> None:
    with demo_db.session() as s:
        ind = find_by_path(s, demo_project_id, DEMO_LEAF)
        lead = create_evaluator(s, "组长", "lead")
        a, b = create_evaluator(s, "甲", "member"), create_evaluator(s, "乙", "member")
        # hand the leaf back to the evaluators: 张明 2.14, 李华 2.14 (demo), plus 甲 and 乙
        release_final(s, demo_project_id, ind.id, lead.id)
        record_score(s, demo_project_id, ind.id, a.id, 3, reason="全部满足")
        record_score(s, demo_project_id, ind.id, b.id, 0.5, reason="多数未满足")
        ind_id = ind.id
    with demo_db.read_session() as s:
        sm = project_summary(s, demo_project_id)
        assert sm.leaves[ind_id].score == pytest.approx((2.14 + 2.14 + 3 + 0.5) / 4)
        # the total moves by the leaf's change and nothing else
        assert sm.total == pytest.approx(81.415 - 2.14 + (2.14 + 2.14 + 3 + 0.5) / 4)
    with demo_db.session() as s:
        set_consolidation(s, demo_project_id, "median")
    with demo_db.read_session() as s:
        assert project_summary(s, demo_project_id).leaves[ind_id].score == pytest.approx(2.14)
    with demo_db.session() as s:
        set_consolidation(s, demo_project_id, "lead")
    with demo_db.read_session() as s:
        sm = project_summary(s, demo_project_id)
        assert sm.leaves[ind_id].score is None
        assert "unscored" in {f.kind for f in sm.flags if f.indicator == DEMO_LEAF}
    with demo_db.session() as s:
        with pytest.raises(ValidationError):
            set_final(s, demo_project_id, ind_id, 2, reason="")
        set_final(s, demo_project_id, ind_id, 2, reason="组长合议")
    with demo_db.read_session() as s:
        assert fmt_score(project_summary(s, demo_project_id).total) == "81.275"


def test_spread_flag_uses_the_project_threshold(demo_db: Database, demo_project_id: str) -> None:
    with demo_db.session() as s:
        ind = find_by_path(s, demo_project_id, DEMO_LEAF)
        ev = create_evaluator(s, "丙", "member")
        # 3 points weight, 20% → 0.6; 2.14 vs 1.5 is 0.64 apart
        record_score(s, demo_project_id, ind.id, ev.id, 1.5, reason="驻场人员学历不符")
    assert "spread" in _kinds(demo_db, demo_project_id, DEMO_LEAF)
    assert "missing_score" in _kinds(demo_db, demo_project_id)  # 丙 scored one leaf only


def test_deduction_without_evidence_until_linked(demo_db: Database, demo_project_id: str) -> None:
    assert "no_evidence" in _kinds(demo_db, demo_project_id, DEMO_LEAF)  # 2.14 of 3, nothing linked
    assert "no_evidence" not in _kinds(demo_db, demo_project_id, "产出/产出质量/项目验收合格率")  # full marks
    with demo_db.session() as s:
        ind = find_by_path(s, demo_project_id, DEMO_LEAF)
        item = EvidenceItem(project_id=demo_project_id, title="驻场人员名单", kind="document")
        s.add(item)
        s.flush()
        s.add(EvidenceLink(project_id=demo_project_id, evidence_id=item.id, indicator_id=ind.id))
    assert "no_evidence" not in _kinds(demo_db, demo_project_id, DEMO_LEAF)


def test_weights_and_negative_indicator(db: Database) -> None:
    with db.session() as s:
        pid = create_project(s, "逆向指标测试").id
        ev = create_evaluator(s, "评价员", "lead")
        a = add_indicator(s, pid, None, "产出", 100)
        a2 = add_indicator(s, pid, a.id, "数量", 90)  # children 90, parent 100 → invalid
        leaf = add_indicator(s, pid, a2.id, "完成率", 90)
        neg = add_indicator(s, pid, None, "逆向指标", 0, is_negative=True, cap=-10)
        neg_leaf = add_indicator(s, pid, neg.id, "负面事件", 0, is_negative=True, cap=-10,
                                 rule={"kind": "deduction", "per": 2})
        record_score(s, pid, leaf.id, ev.id, 85)
        record_score(s, pid, neg_leaf.id, ev.id, None, inputs={"count": 3})
        leaf_id = leaf.id
    with db.read_session() as s:
        sm = project_summary(s, pid)
    assert sm.negative[0].score == -6
    assert sm.total == 79  # 85 − 6
    assert sm.grade == "中"
    weights = [f for f in sm.flags if f.kind == "weights"]
    assert any(f.indicator == "产出" for f in weights)
    with db.session() as s, pytest.raises(ValidationError):
        record_score(s, pid, leaf_id, ev.id, 95)  # above the weight


def test_downgrade_and_veto(demo_db: Database, demo_project_id: str) -> None:
    with demo_db.session() as s:
        with pytest.raises(ValidationError):
            set_project_flag(s, demo_project_id, "downgrade", True, "")
        set_project_flag(s, demo_project_id, "downgrade", True, "提供的验收材料与合同模板不一致")
    with demo_db.read_session() as s:
        sm = project_summary(s, demo_project_id)
        assert (sm.grade, sm.grade_before_flags, sm.downgraded) == ("中", "良", True)
    with demo_db.session() as s:
        set_project_flag(s, demo_project_id, "veto", True, "纪检通报")
    with demo_db.read_session() as s:
        assert project_summary(s, demo_project_id).grade == "差"
    with demo_db.session() as s:
        set_project_flag(s, demo_project_id, "veto", False)
        set_project_flag(s, demo_project_id, "downgrade", False)
    with demo_db.read_session() as s:
        assert project_summary(s, demo_project_id).grade == "良"


def test_undo_state_round_trip(demo_db: Database, demo_project_id: str) -> None:
    with demo_db.session() as s:
        ind = find_by_path(s, demo_project_id, DEMO_LEAF)
        ev = demo_db.evaluator_id
        before = score_state(s, ind.id, ev)
        record_score(s, demo_project_id, ind.id, ev, 2.14, inputs={"done": 5, "required": 7}, comment="一致")
        restore_score(s, before)
        ind_id = ind.id
    with demo_db.read_session() as s:
        assert ev not in project_summary(s, demo_project_id).leaves[ind_id].evaluator_scores


def test_audit_trail_shows_who_old_and_new(demo_db: Database, demo_project_id: str) -> None:
    with demo_db.session() as s:
        ind = find_by_path(s, demo_project_id, DEMO_LEAF)
        record_score(s, demo_project_id, ind.id, demo_db.evaluator_id, 2.14, inputs={"done": 5, "required": 7})
    with demo_db.session() as s:
        record_score(s, demo_project_id, ind.id, demo_db.evaluator_id, 2.57, inputs={"done": 6, "required": 7},
                     comment="补充材料后第6项满足")
        set_final(s, demo_project_id, ind.id, 2.57, reason="补充材料")
        ind_id = ind.id
    with demo_db.read_session() as s:
        trail = leaf_audit(s, ind_id)
    mine = [e for e in trail if e.what == "score" and e.subject == "测试评价员" and e.field == "value"]
    assert [(e.old, e.new) for e in mine] == [(None, 2.14), (2.14, 2.57)]
    assert all(e.who == "测试评价员" for e in mine)
    finals = [e for e in trail if e.what == "final" and e.field == "value"]
    assert (finals[-1].old, finals[-1].new) == (2.14, 2.57)
    inputs = [e for e in trail if e.field == "inputs" and e.subject == "测试评价员"]
    assert inputs[-1].old == {"done": 5, "required": 7} and inputs[-1].new == {"done": 6, "required": 7}


def test_review_modified_since_and_notes(demo_db: Database, demo_project_id: str) -> None:
    with demo_db.session() as s:
        ind = find_by_path(s, demo_project_id, DEMO_LEAF)
        set_review_state(s, demo_project_id, ind.id, "reviewed", demo_db.evaluator_id)
        sign_off(s, demo_project_id, demo_db.evaluator_id)
        ind_id = ind.id
    assert "modified_since_review" not in _kinds(demo_db, demo_project_id, DEMO_LEAF)
    with demo_db.read_session() as s:
        pr = project_review(s, demo_project_id)
        assert pr.state == "reviewed" and not pr.modified_since and pr.reviewed_leaves == 1 and pr.leaves == 37
    with demo_db.session() as s:
        set_final(s, demo_project_id, ind_id, 2.5, reason="复核后调整")
        note = add_note(s, demo_project_id, ind_id, "请补充驻场考勤记录").id
    assert {"modified_since_review", "open_note"} <= _kinds(demo_db, demo_project_id, DEMO_LEAF)
    with demo_db.read_session() as s:
        assert project_review(s, demo_project_id).modified_since
    with demo_db.session() as s:
        resolve_note(s, note)
        set_review_state(s, demo_project_id, ind_id, "reviewed", demo_db.evaluator_id)
    assert not {"modified_since_review", "open_note"} & _kinds(demo_db, demo_project_id, DEMO_LEAF)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(min_value=0, max_value=10, allow_nan=False), min_size=1, max_size=7), st.randoms())
def test_consolidation_is_order_independent(values, rnd) -> None:
    shuffled = list(values)
    rnd.shuffle(shuffled)
    for method in ("mean", "median"):
        assert consolidate(values, method) == consolidate(shuffled, method)
    assert min(values) - 1e-6 <= consolidate(values, "mean") <= max(values) + 1e-6


@pytest.fixture(scope="module")
def _prop_db(tmp_path_factory: pytest.TempPathFactory):
    from evaltool.db import open_database
    from evaltool.identity import ensure_profile

    database = open_database(tmp_path_factory.mktemp("prop"))
    ensure_profile(database, "属性测试", "lead")
    with database.session() as s:
        pid = create_project(s, "属性").id
        evs = [create_evaluator(s, f"评价员{i}").id for i in range(3)]
        leaves = []
        for i, (w1, kids) in enumerate(((40, (10, 30)), (60, (25, 20, 15)))):
            top = add_indicator(s, pid, None, f"一级{i}", w1)
            mid = add_indicator(s, pid, top.id, f"二级{i}", w1)
            leaves += [(add_indicator(s, pid, mid.id, f"三级{i}{j}", w).id, w) for j, w in enumerate(kids)]
    yield database, pid, evs, leaves
    database.close()


@settings(max_examples=25, deadline=None)
@given(st.data())
def test_totals_equal_the_sum_of_leaves(_prop_db, data) -> None:
    database, pid, evs, leaves = _prop_db
    with database.session() as s:
        for leaf_id, w in leaves:
            for ev in evs:
                v = data.draw(st.one_of(st.none(), st.floats(min_value=0, max_value=w, allow_nan=False)))
                record_score(s, pid, leaf_id, ev, v)
    with database.read_session() as s:
        sm = project_summary(s, pid, with_flags=False)
    leaf_sum = math.fsum(lr.score for lr in sm.leaves.values() if lr.score is not None)
    assert sm.total == pytest.approx(leaf_sum, abs=1e-5)
    assert sm.total == pytest.approx(math.fsum(r.score for r in sm.level1), abs=1e-5)
    assert 0 <= sm.total <= 100 + 1e-6


def test_cli_summary_json_score_and_final(demo_db: Database, demo_project_id: str, capsys) -> None:
    dd = ["--data-dir", str(demo_db.data_dir)]
    demo_db.close()
    assert main(["summary", demo_project_id, "--json", *dd]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert {"project_id", "name", "total", "grade", "level1", "level2", "flags"} <= set(doc)
    assert doc["total"] == 81.415 and doc["grade"] == "良"
    assert [(r["name"], r["weight"], r["score"], r["rate"]) for r in doc["level1"]] == [
        ("决策", 10, 7.25, 0.725), ("过程", 30, 23.925, 0.7975), ("产出", 30, 24.84, 0.828),
        ("效益", 30, 25.4, pytest.approx(0.846667, abs=1e-6))]
    assert len(doc["level2"]) == 13
    assert all(set(f) == {"kind", "indicator", "message"} for f in doc["flags"])
    assert main(["score", demo_project_id, "--indicator", DEMO_LEAF, "--evaluator", "王芳（专家）",
                 "--inputs", '{"done": 5, "required": 7}', "--json", *dd]) == 0
    assert json.loads(capsys.readouterr().out)["value"] == 2.14
    # a score departing from the rule without --reason is refused (exit 1, message on stderr)
    assert main(["score", demo_project_id, "--indicator", DEMO_LEAF, "--evaluator", "王芳（专家）",
                 "--value", "2.5", *dd]) == 1
    assert "2.14" in capsys.readouterr().err
    assert main(["final", demo_project_id, "--indicator", DEMO_LEAF, "--value", "3", "--reason", "复核", *dd]) == 0
    capsys.readouterr()
    assert main(["summary", demo_project_id, "--json", *dd]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == pytest.approx(82.275)
    assert main(["summary", demo_project_id, *dd, "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "82.275" in out and "Grade" in out and fmt_rate(0.8275) not in out.split("82.275")[0]


def test_satisfaction_rule_linked_to_a_survey(demo_db: Database, demo_project_id: str) -> None:
    from sqlalchemy import select

    from evaltool.models import RespondentGroup, Survey

    with demo_db.session() as s:
        survey = s.scalars(select(Survey).where(Survey.project_id == demo_project_id)).first()
        group = s.scalars(select(RespondentGroup).where(RespondentGroup.survey_id == survey.id,
                                                        RespondentGroup.name == "使用单位")).first()
        ind = find_by_path(s, demo_project_id, "效益/满意度/使用部门满意度")  # weight 2
        from evaltool.scoring import set_rule

        set_rule(s, demo_project_id, ind.id, {"kind": "satisfaction", "threshold": 0.9, "floor": 0.6})
        link = {"survey_id": survey.id, "group_id": group.id, "question_key": "overall"}
        sc = record_score(s, demo_project_id, ind.id, demo_db.evaluator_id, None, inputs={"link": link})
        # seed 000: 使用单位 62 of 69 satisfied = 89.86%, linear between 60% and 90% → (0.8986−0.6)/0.3 × 2
        assert sc.proposed == pytest.approx(1.99)
        assert sc.value == pytest.approx(1.99)
