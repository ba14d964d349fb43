"""``indicator_path``: one indicator's path read up its parents, the same as the tree's."""
from __future__ import annotations

from evaltool.framework import find_by_path, indicator_path, load_tree, walk
from evaltool.models import Indicator


def test_every_node_of_the_demo_has_the_path_the_tree_gives(demo_db, demo_project_id) -> None:
    with demo_db.read_session() as s:
        nodes = list(walk(load_tree(s, demo_project_id)))
        assert len(nodes) > 20
        for n in nodes:
            assert indicator_path(s, s.get(Indicator, n.id)) == n.path
        leaf = find_by_path(s, demo_project_id, "产出/产出数量/运维服务驻场服务完成率")
        assert indicator_path(s, leaf) == "产出/产出数量/运维服务驻场服务完成率"


def test_a_deleted_parent_ends_the_path_as_in_the_tree(demo_db, demo_project_id) -> None:
    with demo_db.session() as s:
        leaf = find_by_path(s, demo_project_id, "产出/产出数量/运维服务驻场服务完成率")
        top = find_by_path(s, demo_project_id, "产出")
        top.deleted = True  # as a sync may leave it: the level-2 node becomes a root
        s.flush()
        assert indicator_path(s, leaf) == "产出数量/运维服务驻场服务完成率"
        assert {n.path for n in walk(load_tree(s, demo_project_id))} >= {"产出数量/运维服务驻场服务完成率"}
        s.rollback()
