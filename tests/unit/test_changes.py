"""The session, not the caller, says what an operation changed (evaltool.changes)."""
from __future__ import annotations

import ast
from pathlib import Path

from evaltool.changes import TABLE_FLAGS, Changes, changes_of
from evaltool.framework import find_by_path
from evaltool.models import Base
from evaltool.scoring import set_score
from evaltool.targets import add_target

ROOT = Path(__file__).resolve().parents[2]


def test_every_table_has_a_view_flag() -> None:
    assert set(Base.metadata.tables) <= set(TABLE_FLAGS)


def test_a_score_edit_reports_scores_only(demo_db, demo_project_id: str) -> None:
    with demo_db.session() as s:
        leaf = find_by_path(s, demo_project_id, "决策/项目立项/立项依据充分性")
        set_score(s, demo_project_id, leaf.id, demo_db.evaluator_id, 1.5, reason="测试")
    assert changes_of(s) == Changes(scores=True)  # the change log's own rows raise nothing


def test_a_target_added_reports_targets(demo_db, demo_project_id: str) -> None:
    with demo_db.session() as s:
        add_target(s, demo_project_id, name="新增目标", target_text="≥12份", actual_text="12份")
    got = changes_of(s)
    assert got.targets and not (got.scores or got.framework or got.sync)


def test_a_read_reports_nothing(demo_db, demo_project_id: str) -> None:
    with demo_db.read_session() as s:
        find_by_path(s, demo_project_id, "决策/项目立项/立项依据充分性")
    assert not changes_of(s)


def test_no_hand_written_change_flags_in_the_ui() -> None:
    """Views refresh from the Changes the core's sessions collected; the UI never builds them."""
    offenders = []
    for path in (ROOT / "evaltool" / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                fn = node.func
                name = fn.id if isinstance(fn, ast.Name) else fn.attr if isinstance(fn, ast.Attribute) else ""
                target = fn.value.id if isinstance(fn, ast.Attribute) and isinstance(fn.value, ast.Name) else ""
                flags = name == "Changes" and (node.args or node.keywords)  # Changes() is an empty accumulator
                if flags or (target == "Changes" and name in ("all", "from_tables")):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []
