"""The portfolio on the hub: projects with totals and grades, statistics across projects for
indicators with the same name, search of Chinese substrings.

Figures from seed 000: total 81.415 (良); the leaf 分配合理性 has weight 1.5 and scores 0.5.
"""
from __future__ import annotations

import pytest
from sqlalchemy import select

from evaltool import hub
from evaltool.db import Database
from evaltool.hub.portfolio import name_key
from evaltool.models import FinalScore, Indicator
from evaltool.projects import duplicate_project


def test_indicators_are_compared_by_name_without_weights_numbering_or_width() -> None:
    assert name_key("项目立项（4）") == name_key("项目立项(4分)") == name_key("项目立项") == "项目立项"
    assert name_key("（1）立项依据充分性") == name_key("1、立项依据充分性") == name_key("立项依据充分性")
    assert name_key("预算执行率 (5)") == name_key("预算执行率") and name_key("ＳＬＡ达标率") == name_key("sla达标率")
    assert name_key("满意度") != name_key("使用部门满意度")


def test_statistics_across_projects_for_the_same_indicator(demo_db: Database, demo_project_id: str,
                                                            admin_hub: hub.Hub) -> None:
    with demo_db.session() as s:
        copy = duplicate_project(s, demo_project_id, "2023年东莞市一体化政务服务平台运维项目")
        leaf = s.scalars(select(Indicator).where(Indicator.project_id == copy.id, Indicator.name == "分配合理性")).one()
        # the copy's own final score of the leaf (duplicate_project gives it a new random id, so
        # scoring.set_final, which looks finals up by their natural id, would add a second one)
        final = s.scalars(select(FinalScore).where(FinalScore.indicator_id == leaf.id)).one()
        final.value = 1.5
        copy_id = copy.id
    hub.push_project(demo_db, admin_hub, demo_project_id)
    hub.push_project(demo_db, admin_hub, copy_id)
    listed = {p.id: p for p in hub.list_portfolio(admin_hub)}
    assert listed[demo_project_id].total == pytest.approx(81.415) and listed[demo_project_id].grade == "良"
    assert listed[copy_id].total == pytest.approx(82.415)  # one point more on 分配合理性
    assert listed[demo_project_id].status == "scored" and listed[demo_project_id].scored == 37
    report = hub.portfolio_report(admin_hub)
    assert report.projects == 2 and report.by_grade == {"良": 2}
    assert report.mean_total == pytest.approx((81.415 + 82.415) / 2)
    assert len(report.indicators) == 37  # every leaf is in both projects
    st = next(i for i in report.indicators if i.name == "分配合理性")
    assert st.projects == 2 and st.scored == 2
    assert st.mean_rate == pytest.approx((0.5 / 1.5 + 1.0) / 2, abs=1e-6)
    assert st.min_rate == pytest.approx(1 / 3, abs=1e-6) and st.max_rate == 1.0
    assert st.deducted == 1 and st.mean_deduction == pytest.approx(1.0)
    assert st.bands == {"≥90%": 1, "80–90%": 0, "60–80%": 0, "<60%": 1}
    assert [r["count"] for r in st.common_reasons] == [1]
    assert st.common_reasons[0]["comment"].startswith("从预算资金分配依据上看")


def test_search_finds_chinese_substrings_in_comments_narrative_and_evidence(demo_db: Database, demo_project_id: str,
                                                                            admin_hub: hub.Hub) -> None:
    hub.push_project(demo_db, admin_hub, demo_project_id)
    hits = hub.search(admin_hub, "资金分配依据")  # inside a sentence of a comment
    assert hits and hits[0].kind == "comment" and hits[0].where == "分配合理性"
    assert "资金分配依据" in hits[0].snippet
    assert {h.kind for h in hub.search(admin_hub, "运维")} >= {"comment", "narrative"}
    assert hub.search(admin_hub, "100%_") == []  # LIKE wildcards are taken literally
    assert hub.search(admin_hub, "   ") == []
