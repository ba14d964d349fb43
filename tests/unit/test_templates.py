"""Templates: shipped ones (seed 000, IT operations, monthly assessment) and the user's."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from evaltool.db import Database
from evaltool.errors import NotFoundError, ValidationError
from evaltool.framework import iter_leaves, load_tree, validate_framework
from evaltool.models import Project
from evaltool.templates import (
    create_project_from_template,
    delete_template,
    list_templates,
    load_template,
    save_template,
    template_from_project,
)


def test_shipped_templates_have_chinese_and_english_names(tmp_path: Path) -> None:
    ts = {t.key: t for t in list_templates(tmp_path)}
    assert {"seed000", "it_ops_generic", "monthly_assessment"} <= set(ts)
    for t in ts.values():
        assert t.name_zh and t.name_en
    assert ts["seed000"].level1_weights() == [("决策", 10), ("过程", 30), ("产出", 30), ("效益", 30)]
    assert ts["seed000"].leaves() == 37
    assert ts["monthly_assessment"].level1_weights() == [("时效性", 30), ("服务质量", 30), ("管理成效", 40)]


@pytest.mark.parametrize("key", ["seed000", "it_ops_generic", "monthly_assessment"])
def test_project_from_each_shipped_template_is_valid(db: Database, key: str) -> None:
    t = load_template(key)
    with db.session() as s:
        pid = create_project_from_template(s, t, f"来自模板 {key}").id
    with db.read_session() as s:
        roots = load_tree(s, pid)
        assert validate_framework(roots) == []
        bands = s.get(Project, pid).grade_bands
    assert [b["name"] for b in bands] == [b["name_zh"] for b in t.grade_bands]
    if key == "monthly_assessment":  # seed 001: 优秀 / 良好 / 合格 / 不合格
        assert [b["name"] for b in bands] == ["优秀", "良好", "合格", "不合格"]
    if key == "it_ops_generic":  # two 逆向指标, up to −10 each, outside the 100
        neg = [n for n in roots if n.is_negative]
        assert [(n.name, n.weight, n.cap) for n in neg] == [("绩效自评质量", -10, -10), ("负面事件", -10, -10)]
    if key == "seed000":
        leaves = list(iter_leaves(roots))
        assert len(leaves) == 37
        first = leaves[0]
        assert first.name == "立项依据充分性" and first.criteria == "每满足一个要点得0.5分，满分2分。"
        assert first.rule and first.rule["kind"] == "checklist" and "inputs" not in first.rule


def test_save_project_as_template_and_reuse_it(demo_db: Database, demo_project_id: str) -> None:
    with demo_db.read_session() as s:
        doc = template_from_project(s, demo_project_id, "我的运维模板", "My O&M template")
    assert "score" not in json.dumps(doc["framework"], ensure_ascii=False).replace('"score":', "")  # no scores
    t = save_template(demo_db.data_dir, doc)
    assert t.key == "user:我的运维模板" and Path(t.path).parent == demo_db.data_dir / "templates"
    with pytest.raises(ValidationError):
        save_template(demo_db.data_dir, doc)  # exists already
    again = load_template("我的运维模板", demo_db.data_dir)
    assert again.leaves() == 37 and not again.builtin
    with demo_db.session() as s:
        pid = create_project_from_template(s, again, "第二个项目").id
    with demo_db.read_session() as s:
        assert validate_framework(load_tree(s, pid)) == []
        assert len(list(iter_leaves(load_tree(s, pid)))) == 37
    delete_template(demo_db.data_dir, t.key)
    with pytest.raises(NotFoundError):
        load_template(t.key, demo_db.data_dir)
    with pytest.raises(ValidationError):
        delete_template(demo_db.data_dir, "seed000")


def test_a_rule_written_in_the_editor_travels_with_save_as_template(demo_db: Database, demo_project_id: str) -> None:
    """Issue 19: rules edited in the project (a shortfall with a default) are kept by
    "save as template" and given to the projects made from it."""
    from evaltool.framework import find_by_path
    from evaltool.scoring import set_rule

    rule = {"kind": "shortfall", "target": 100, "unit": "%", "step": 1, "per": 0.2, "direction": "below",
            "defaults": [{"when": "无佐证材料", "as": "0分", "score": 0.0}]}
    path = "过程/资金管理/预算执行率"
    with demo_db.session() as s:
        set_rule(s, demo_project_id, find_by_path(s, demo_project_id, path).id, rule)
    with demo_db.read_session() as s:
        doc = template_from_project(s, demo_project_id, "带规则的模板", "With rules")
    t = save_template(demo_db.data_dir, doc)
    with demo_db.session() as s:
        pid = create_project_from_template(s, load_template(t.key, demo_db.data_dir), "第三个项目").id
    with demo_db.read_session() as s:
        leaf_id = find_by_path(s, pid, path).id
        made = next(n for n in iter_leaves(load_tree(s, pid)) if n.id == leaf_id)
    assert made.rule == rule
