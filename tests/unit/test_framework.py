"""Framework edits (each with its inverse) and validation, on the seed-000 demo."""
from __future__ import annotations

import pytest

from evaltool.db import Database
from evaltool.errors import ValidationError
from evaltool.framework import (
    delete_subtree,
    find_by_path,
    indent_indicator,
    iter_leaves,
    load_tree,
    move_down,
    move_indicator,
    move_up,
    outdent_indicator,
    paste_subtree,
    restore_nodes,
    subtree_spec,
    update_indicator,
    validate_framework,
)
from evaltool.projects import create_project
from evaltool.scoring import project_summary


def names(db: Database, pid: str, path: str | None = None) -> list[str]:
    with db.read_session() as s:
        roots = load_tree(s, pid)
    if path is None:
        return [n.name for n in roots]
    node = next(n for n in _walk(roots) if n.path == path)
    return [c.name for c in node.children]


def _walk(nodes):
    for n in nodes:
        yield n
        yield from _walk(n.children)


def test_demo_framework_is_valid(demo_db: Database, demo_project_id: str) -> None:
    with demo_db.read_session() as s:
        roots = load_tree(s, demo_project_id)
    assert validate_framework(roots) == []
    assert len(list(iter_leaves(roots))) == 37


def test_weight_change_is_reported_with_node_and_delta_then_undone(demo_db: Database, demo_project_id: str) -> None:
    pid = demo_project_id
    with demo_db.session() as s:
        leaf = find_by_path(s, pid, "决策/项目立项/立项依据充分性")
        old = update_indicator(s, leaf.id, weight=2.5)
    assert old == {"weight": 2.0}
    with demo_db.read_session() as s:
        problems = validate_framework(load_tree(s, pid))
    by_kind = {(p.kind, p.path): p.delta for p in problems}
    # 2.5 + 1.5 = 4 under 项目立项 (3.5); 决策 still holds its children's stated weights
    assert by_kind == {("children_sum", "决策/项目立项"): pytest.approx(0.5)}
    assert "3.5" in problems[0].message and "4" in problems[0].message
    with demo_db.session() as s:
        update_indicator(s, leaf.id, **old)
    with demo_db.read_session() as s:
        assert validate_framework(load_tree(s, pid)) == []


def test_names_duplicates_and_negative_weights_are_problems(db: Database) -> None:
    with db.session() as s:
        pid = create_project(s, "x").id
        from evaltool.framework import add_framework
        add_framework(s, pid, [{"name": "决策", "weight": 100, "children": [
            {"name": "立项", "weight": 60}, {"name": "立项", "weight": 50}, {"name": "目标", "weight": -10}]}],
            negative=[{"name": "负面事件", "weight": 10, "cap": -10}])
        with pytest.raises(ValidationError):
            update_indicator(s, find_by_path(s, pid, "决策").id, name="  ")
        with pytest.raises(ValidationError):
            update_indicator(s, find_by_path(s, pid, "决策").id, weight="abc")
    with db.read_session() as s:
        roots = load_tree(s, pid)
    kinds = {p.kind for p in validate_framework(roots)}
    assert kinds == {"duplicate", "negative_weight"}  # 60+50-10 = 100: sums are fine
    neg = roots[-1]
    assert neg.is_negative and neg.weight == -10  # a positive weight given for a 逆向指标 is made negative


def test_move_up_down_indent_outdent_and_their_undo(demo_db: Database, demo_project_id: str) -> None:
    pid = demo_project_id
    with demo_db.session() as s:
        b = find_by_path(s, pid, "决策/绩效目标")
        old = move_up(s, b.id)
    assert names(demo_db, pid, "决策") == ["绩效目标", "项目立项", "资金投入"]
    with demo_db.session() as s:
        assert move_up(s, b.id) is None  # already first
        move_indicator(s, b.id, *old)
    assert names(demo_db, pid, "决策") == ["项目立项", "绩效目标", "资金投入"]
    with demo_db.session() as s:
        old = move_down(s, b.id)
    assert names(demo_db, pid, "决策") == ["项目立项", "资金投入", "绩效目标"]
    with demo_db.session() as s:
        move_indicator(s, b.id, *old)
        old = indent_indicator(s, b.id)  # under 项目立项, as its last child
    assert names(demo_db, pid, "决策/项目立项") == ["立项依据充分性", "立项程序规范性", "绩效目标"]
    with demo_db.session() as s:
        move_indicator(s, b.id, *old)
        leaf = find_by_path(s, pid, "决策/项目立项/立项程序规范性")
        old = outdent_indicator(s, leaf.id)  # right after 项目立项
    assert names(demo_db, pid, "决策") == ["项目立项", "立项程序规范性", "绩效目标", "资金投入"]
    with demo_db.session() as s:
        move_indicator(s, leaf.id, *old)
        root = find_by_path(s, pid, "决策")
        with pytest.raises(ValidationError):
            move_indicator(s, root.id, leaf.id, 1.0)  # not into its own subtree
    assert names(demo_db, pid, "决策/项目立项") == ["立项依据充分性", "立项程序规范性"]


def test_delete_is_a_tombstone_and_undo_restores_scores(demo_db: Database, demo_project_id: str) -> None:
    pid = demo_project_id
    with demo_db.session() as s:
        ids = delete_subtree(s, find_by_path(s, pid, "决策").id)
    assert len(ids) == 1 + 3 + 6
    with demo_db.read_session() as s:
        assert names(demo_db, pid) == ["过程", "产出", "效益"]
        assert round(project_summary(s, pid).total, 3) == round(81.415 - 7.25, 3)
    with demo_db.session() as s:
        restore_nodes(s, ids)
    with demo_db.read_session() as s:
        assert round(project_summary(s, pid).total, 3) == 81.415


def test_copy_paste_subtree_creates_new_nodes(demo_db: Database, demo_project_id: str) -> None:
    pid = demo_project_id
    with demo_db.session() as s:
        src = find_by_path(s, pid, "产出/产出质量")
        spec = subtree_spec(s, src.id)
        dest = find_by_path(s, pid, "效益")
        ids = paste_subtree(s, pid, dest.id, spec)
    assert len(ids) == 3
    assert names(demo_db, pid, "效益/产出质量") == ["服务质量达标率", "项目验收合格率"]
    with demo_db.read_session() as s:
        problems = validate_framework(load_tree(s, pid))
        copied = find_by_path(s, pid, "效益/产出质量/服务质量达标率")
        assert copied.id not in {src.id} and copied.criteria
    assert {p.path for p in problems if p.kind == "children_sum"} == {"效益"}  # 30 + 8
    with demo_db.session() as s, pytest.raises(ValidationError):
        paste_subtree(s, pid, None, {"no": "name"})
