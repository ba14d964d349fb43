"""Projects and the seed-000 demo project."""
from __future__ import annotations

import pytest

from evaltool.db import Database
from evaltool.errors import NotFoundError, ValidationError
from evaltool.framework import iter_leaves, load_tree
from evaltool.projects import (
    create_project,
    delete_project,
    duplicate_project,
    find_project,
    list_projects,
)
from evaltool.scoring import fmt_rate, fmt_score, project_summary


def test_find_by_id_or_exact_name(db: Database) -> None:
    with db.session() as s:
        pid = create_project(s, "政务平台运维").id
    with db.read_session() as s:
        assert find_project(s, pid).id == pid
        assert find_project(s, "政务平台运维").id == pid
        with pytest.raises(NotFoundError):
            find_project(s, "政务平台")


def test_empty_name_refused(db: Database) -> None:
    with pytest.raises(ValidationError), db.session() as s:
        create_project(s, "   ")


def test_search_and_delete(db: Database) -> None:
    with db.session() as s:
        a = create_project(s, "东莞政务平台").id
        create_project(s, "云平台", budget_unit="东莞市政数局")
    with db.read_session() as s:
        assert {p.name for p in list_projects(s, "东莞")} == {"东莞政务平台", "云平台"}
    with db.session() as s:
        delete_project(s, a)
    with db.read_session() as s:
        assert [p.name for p in list_projects(s)] == ["云平台"]


def test_demo_reproduces_seed_000(demo_db: Database, demo_project_id: str) -> None:
    with demo_db.read_session() as s:
        roots = load_tree(s, demo_project_id)
        sm = project_summary(s, demo_project_id)
    assert len(roots) == 4
    assert sum(len(r.children) for r in roots) == 13
    assert len(list(iter_leaves(roots))) == 37
    table = [(r.name, fmt_score(r.weight), fmt_score(r.score), fmt_rate(r.rate)) for r in sm.level1]
    assert table == [("决策", "10", "7.25", "72.50%"), ("过程", "30", "23.925", "79.75%"),
                     ("产出", "30", "24.84", "82.80%"), ("效益", "30", "25.4", "84.67%")]
    assert fmt_score(sm.total) == "81.415"
    assert fmt_rate(sm.rate) == "81.42%"
    assert sm.grade == "良"


def test_duplicate_copies_framework_and_scores(demo_db: Database, demo_project_id: str) -> None:
    with demo_db.session() as s:
        dup = duplicate_project(s, demo_project_id, "副本").id
    with demo_db.read_session() as s:
        assert fmt_score(project_summary(s, dup).total) == "81.415"
        assert len(list(iter_leaves(load_tree(s, dup)))) == 37
        # the original is untouched
        assert fmt_score(project_summary(s, demo_project_id).total) == "81.415"
