"""Months of an evaluation between laptops: conflicts that survive ordinary edits, roles
enforced locally and at import (proposals for the lead), clocks that are wrong, and
archives that carry what peers still need.

Laptop A holds the demo (seed 000) and created it, so A's evaluator leads it; laptop B
(李华B) received it and is a member.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from evaltool import sync
from evaltool.changelog import CLOCK_TOLERANCE_MS, ROLES_UNCHECKED, parse_hlc, wall_ms
from evaltool.db import Database
from evaltool.errors import EvaltoolError
from evaltool.framework import find_by_path
from evaltool.models import ChangeRecord, FinalScore, Project, Target
from evaltool.projects import add_member, update_project
from evaltool.proposals import accept_proposal, list_proposals, reject_proposal
from evaltool.roles import RoleError, project_role
from evaltool.scoring import final_id, project_summary, set_final
from evaltool.sync.package import open_package
from evaltool.team import list_team, set_role
from tests.unit.test_sync import (  # noqa: F401 (fixtures)
    _messages_in_english,
    _pair_template,
    empty_template,
    give,
    laptops,
    n_changes,
    pair,
    state,
    usb,
)

LEAF = "决策/项目立项/立项依据充分性"  # seed 000: weight 2, the team's final 2


def _conflict(db: Database, pid: str) -> list[sync.Conflict]:
    with db.read_session() as s:
        return sync.list_conflicts(s, pid)


def _budget_unit_conflict(a: Database, b: Database, pid: str, usb: Path) -> sync.Conflict:
    with a.session() as s:
        update_project(s, pid, budget_unit="甲：市政数局")
    with b.session() as s:
        update_project(s, pid, budget_unit="乙：市政务服务数据管理局")
    give(b, a, pid, usb)
    (c,) = _conflict(a, pid)
    return c


# -- conflicts followed by local edits ------------------------------------------------------

def test_an_ordinary_edit_of_a_conflicted_field_keeps_the_conflict(pair, usb: Path) -> None:
    a, b, pid = pair
    c = _budget_unit_conflict(a, b, pid, usb)
    shown = next(o for o in c.options if o.current)
    with a.session() as s:  # the next keystroke in the field on A
        update_project(s, pid, budget_unit=shown.display + "（已核对）")
    (after,) = _conflict(a, pid)
    values = {o.value for o in after.options}
    # the value A saw was replaced by A's edit; the other laptop's value is still there
    assert values == {shown.display + "（已核对）", next(o.value for o in c.options if not o.current)}
    give(a, b, pid, usb)
    assert [x.key for x in _conflict(b, pid)] == [after.key]
    assert {o.value for o in _conflict(b, pid)[0].options} == values
    assert state(a, pid) == state(b, pid)


@pytest.mark.parametrize(("replaces", "left"), [("mine", {"乙：市政务服务数据管理局", "合并后"}),
                                                ("theirs", {"甲：市政数局", "合并后"}),
                                                ("all", {"合并后"})])
def test_an_edit_replaces_exactly_the_values_it_names(pair, usb: Path, replaces: str, left: set[str]) -> None:
    a, b, pid = pair
    c = _budget_unit_conflict(a, b, pid, usb)
    with a.session() as s:
        sync.replace_in_next_edit(s, c, sync.replaced_options(c, replaces, a.evaluator_id))
        update_project(s, pid, budget_unit="合并后")
    with a.read_session() as s:
        assert s.get(Project, pid).budget_unit == "合并后"
    now = _conflict(a, pid)
    assert ({o.value for o in now[0].options} if now else {"合并后"}) == left
    give(a, b, pid, usb)
    assert state(a, pid) == state(b, pid)


def test_every_value_written_is_current_in_conflict_or_replaced_by_someone_who_saw_it(pair, usb: Path) -> None:
    a, b, pid = pair
    _budget_unit_conflict(a, b, pid, usb)
    with b.session() as s:  # B, not having seen A's value, edits again
        update_project(s, pid, budget_unit="乙：第二稿")
    give(b, a, pid, usb)
    give(a, b, pid, usb)
    with a.read_session() as s:
        log = list(s.scalars(select(ChangeRecord).where(ChangeRecord.row_id == pid, ChangeRecord.field == "budget_unit")))
    heads = {o.change_id for o in _conflict(a, pid)[0].options}
    based = {x for c in log for x in c.bases}
    assert {c.id for c in log} <= heads | based
    # B's second draft replaced only B's first (B never saw A's value)
    draft = next(c for c in log if c.value == "乙：第二稿")
    assert [next(c.value for c in log if c.id == x) for x in draft.bases] == ["乙：市政务服务数据管理局"]


# -- roles ----------------------------------------------------------------------------

def test_the_creator_leads_and_a_member_cannot_set_a_final_score(pair) -> None:
    a, b, pid = pair
    with a.read_session() as s:
        assert project_role(s, pid, a.evaluator_id) == "lead"
        assert project_role(s, pid, b.evaluator_id) == "member"
        leaf = find_by_path(s, pid, LEAF).id
    before = n_changes(b)
    with pytest.raises(RoleError, match="Only the team lead may set final scores"), b.session() as s:
        set_final(s, pid, leaf, 1.5, reason="我觉得")
    assert n_changes(b) == before


def _forged_final(b: Database, pid: str, value: float) -> str:
    """What an evaltool that did not check roles would let a member do."""
    with b.read_session() as s:
        leaf = find_by_path(s, pid, LEAF).id
    s = b.new_session()
    s.info[ROLES_UNCHECKED] = True
    try:
        set_final(s, pid, leaf, value, reason="成员改的", decided_by=b.evaluator_id)
        s.commit()
    finally:
        s.close()
    return leaf


def _final(db: Database, leaf: str) -> tuple[float | None, str]:
    with db.read_session() as s:
        fs = s.get(FinalScore, final_id(leaf))
        return fs.value, fs.reason


def test_a_members_final_score_arrives_as_a_proposal_and_is_never_applied_silently(pair, usb: Path) -> None:
    a, b, pid = pair
    leaf = _forged_final(b, pid, 1.5)
    lead_value = _final(a, leaf)
    summary = give(b, a, pid, usb)
    assert summary.proposals == 3 and {h["field"] for h in summary.held} == {"value", "reason", "decided_by"}
    assert _final(a, leaf) == lead_value  # the lead's decision stands
    with a.read_session() as s:
        (g,) = list_proposals(s, pid, "open")
        assert (g.author_name, g.right, g.table) == ("李华B", "final", "final_scores")
        assert {(i.field, i.value) for i in g.items} == {("value", 1.5), ("reason", "成员改的"),
                                                         ("decided_by", b.evaluator_id)}
    give(a, b, pid, usb)  # the proposal travels: B's laptop no longer applies its own change either
    assert _final(b, leaf) == lead_value
    assert state(a, pid) == state(b, pid)
    with a.session() as s:
        accept_proposal(s, pid, g.id[:8], a.evaluator_id, note="合议后同意")
    assert _final(a, leaf) == (1.5, "成员改的")
    give(a, b, pid, usb)
    assert _final(b, leaf) == (1.5, "成员改的") and state(a, pid) == state(b, pid)
    with b.read_session() as s:
        (done,) = list_proposals(s, pid)
        assert (done.status, done.decided_by_name, done.note) == ("accepted", "测试评价员", "合议后同意")
        assert done.decided_at


def test_a_rejected_proposal_stays_held_and_the_decision_travels(pair, usb: Path) -> None:
    a, b, pid = pair
    leaf = _forged_final(b, pid, 0.5)
    lead_value = _final(a, leaf)
    give(b, a, pid, usb)
    with a.read_session() as s:
        (g,) = list_proposals(s, pid, "open")
    with pytest.raises(RoleError), b.session() as s:  # a member cannot decide
        reject_proposal(s, pid, g.id, b.evaluator_id)
    with a.session() as s:
        reject_proposal(s, pid, g.id, a.evaluator_id, note="无依据")
    give(a, b, pid, usb)
    for db in (a, b):
        assert _final(db, leaf) == lead_value
        with db.read_session() as s:
            assert [x.status for x in list_proposals(s, pid)] == ["rejected"]
    with a.session() as s, pytest.raises(EvaltoolError, match="already decided"):
        accept_proposal(s, pid, g.id, a.evaluator_id)


def test_a_member_cannot_make_themselves_lead_and_a_lead_can(pair, usb: Path) -> None:
    a, b, pid = pair
    with b.session() as s:
        add_member(s, pid, b.evaluator_id)  # joining as a member is anyone's
    with pytest.raises(RoleError, match="change the team's roles"), b.session() as s:
        set_role(s, pid, b.evaluator_id, "lead")
    s2 = b.new_session()
    s2.info[ROLES_UNCHECKED] = True
    set_role(s2, pid, b.evaluator_id, "lead")
    s2.commit()
    s2.close()
    summary = give(b, a, pid, usb)
    assert summary.proposals == 1
    with a.read_session() as s:
        assert project_role(s, pid, b.evaluator_id) == "member"
    # the lead names B a lead: from then on B's decisions apply everywhere
    with a.session() as s:
        set_role(s, pid, b.evaluator_id, "lead")
    give(a, b, pid, usb)
    with b.read_session() as s:
        leaf = find_by_path(s, pid, LEAF).id
        assert {m.name: m.role for m in list_team(s, pid)}["李华B"] == "lead"
    with b.session() as s:
        set_final(s, pid, leaf, 1.0, reason="第二组长复核", decided_by=b.evaluator_id)
    assert give(b, a, pid, usb).proposals == 0
    assert _final(a, leaf) == (1.0, "第二组长复核")


def test_the_last_lead_cannot_step_down(pair) -> None:
    a, _b, pid = pair
    with a.session() as s:  # the demo's roster names 张明 lead too: A makes him a member
        (zhang,) = [m for m in list_team(s, pid) if m.name == "张明"]
        set_role(s, pid, zhang.evaluator_id, "member")
    with pytest.raises(EvaltoolError, match="no team lead"), a.session() as s:
        set_role(s, pid, a.evaluator_id, "member")
    with a.read_session() as s:
        assert project_role(s, pid, a.evaluator_id) == "lead"


# -- clocks ------------------------------------------------------------------------------

def test_a_laptop_whose_clock_says_2099_does_not_drag_the_others(pair, laptops, usb: Path) -> None:
    a, b, pid = pair
    b.clock.wall = lambda: wall_ms() + 75 * 365 * 24 * 3600 * 1000  # B's clock is 75 years ahead
    with b.session() as s:
        update_project(s, pid, report_date="2023-06-30")
    summary = give(b, a, pid, usb)
    assert summary.future_changes == 1 and summary.future_latest[:2] == "21"
    assert parse_hlc(a.clock.tick())[0] <= wall_ms() + CLOCK_TOLERANCE_MS
    with a.session() as s:  # made today on A …
        s.add(Target(project_id=pid, name="今天加的目标", target_text="≥1"))
    c = laptops("王芳C")
    give(a, c, pid, usb)
    for db in (a, c):  # … shows today on every laptop
        with db.read_session() as s:
            t = s.scalars(select(Target).where(Target.name == "今天加的目标")).one()
            assert t.created_at[:4] == str(__import__("datetime").date.today().year)
    with a.read_session() as s1, c.read_session() as s2:
        assert s1.scalars(select(Target.created_at).where(Target.name == "今天加的目标")).one() == \
            s2.scalars(select(Target.created_at).where(Target.name == "今天加的目标")).one()


def test_cli_import_says_changes_are_from_the_future(pair, usb: Path, capsys) -> None:
    from evaltool.cli import main

    a, b, pid = pair
    b.clock.wall = lambda: wall_ms() + 3600 * 1000  # an hour ahead: beyond the 10-minute tolerance
    with b.session() as s:
        update_project(s, pid, report_date="2023-07-31")
    path = sync.export_package(b, pid, usb).path
    capsys.readouterr()
    assert main(["--data-dir", str(a.data_dir), "sync", "import", str(path)]) == 0
    err = capsys.readouterr().err
    assert "more than 10 minutes ahead of this computer's clock" in err and "clock was not moved" in err


# -- the CLI ----------------------------------------------------------------------------------

def test_cli_final_by_a_member_is_refused_and_proposals_are_listed_and_decided(pair, usb: Path, capsys) -> None:
    from evaltool.cli import main

    a, b, pid = pair
    capsys.readouterr()
    code = main(["--data-dir", str(b.data_dir), "final", pid, "--indicator", LEAF, "--value", "1", "--reason", "x"])
    err = capsys.readouterr().err
    assert code == 1 and "Only the team lead may set final scores" in err and "李华B is a member" in err
    assert "Traceback" not in err
    _forged_final(b, pid, 1.5)
    path = sync.export_package(b, pid, usb).path
    assert main(["--data-dir", str(a.data_dir), "sync", "import", str(path)]) == 0
    assert "kept as proposals for the team lead" in capsys.readouterr().out
    assert main(["--data-dir", str(a.data_dir), "proposals", pid, "--json"]) == 0
    (g,) = json.loads(capsys.readouterr().out)
    assert g["author_name"] == "李华B" and g["status"] == "open"
    assert main(["--data-dir", str(a.data_dir), "proposals", pid, "--reject", g["id"][:8], "--note", "无依据"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(a.data_dir), "proposals", pid]) == 0
    assert "No open proposals" in capsys.readouterr().out
    assert main(["--data-dir", str(a.data_dir), "team", pid, "--json"]) == 0
    roles = {m["name"]: m["role"] for m in json.loads(capsys.readouterr().out)}
    assert roles["测试评价员"] == "lead" and roles["张明"] == "lead" and roles["王芳（专家）"] == "expert"


def test_a_project_made_before_the_profile_is_led_from_its_laptop(tmp_path: Path, capsys) -> None:
    """``evaltool demo`` run first, ``whoami`` after: this laptop's evaluator leads the demo."""
    from evaltool.cli import main

    d = str(tmp_path / "fresh")
    assert main(["--data-dir", d, "demo"]) == 0
    assert main(["--data-dir", d, "whoami", "--name", "王五", "--role", "member"]) == 0
    capsys.readouterr()
    project = "2022年东莞市一体化政务服务平台运维与运营服务项目"
    assert main(["--data-dir", d, "final", project, "--indicator", LEAF, "--value", "1.5", "--reason", "复核",
                 "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["value"] == 1.5


# -- archives ----------------------------------------------------------------------------------

def test_an_archive_carries_current_values_and_the_history_peers_still_need(pair, laptops, usb: Path) -> None:
    a, b, pid = pair
    for k in range(3):  # three edits, each sent to B: history B already holds
        with a.session() as s:
            update_project(s, pid, competent_department=f"主管部门第{k}稿")
        give(a, b, pid, usb)
        give(b, a, pid, usb)
    full = sync.export_package(a, pid, usb)
    archive = sync.export_archive(a, pid, usb)
    assert archive.changes < full.changes
    other = laptops("新同事")
    sync.import_package(other, archive.path)
    assert state(other, pid) == state(a, pid)
    with other.read_session() as s:
        assert project_summary(s, pid).total == pytest.approx(81.415)
    # a superseded draft B has not received yet stays in the archive; drafts B holds do not
    with a.session() as s:
        update_project(s, pid, commissioning_body="委托方第一稿")
    sync.export_package(a, pid, usb)  # written for someone: the next edit is a change of its own
    with a.session() as s:
        update_project(s, pid, commissioning_body="委托方第二稿")
    with open_package(sync.export_archive(a, pid, usb).path) as pkg:
        drafts = {c["value"] for c in pkg.changes if c["field"] in ("commissioning_body", "competent_department")}
    assert {"委托方第一稿", "委托方第二稿", "主管部门第2稿"} <= drafts
    assert not drafts & {"主管部门第0稿", "主管部门第1稿"}
