"""Property (hypothesis): laptops with roles and clocks that may be wrong edit one project,
resolve, decide proposals and exchange packages in any order. Once everyone has exchanged
with everyone:

- every laptop shows the same state (values, record creation times, conflicts, proposals)
  and holds every change made anywhere;
- every value ever written is the current value, in a conflict, held as a proposal, or
  was replaced by an edit whose author saw it — checked as each edit is made: the values it
  replaces (its bases, or the unsent change it was coalesced into) were heads, shown on that
  laptop, at that moment;
- a final score by someone who never was a lead is never applied: it is held everywhere,
  and an ordinary laptop refuses to make one;
- no laptop's clock was moved past the tolerance by a laptop whose clock is wrong.

Laptop 0 created the project and leads it; laptop 1 is a member the lead may promote;
laptop 2 an expert; laptop 3 (when present) a member whose clock may be 75 years ahead or a
day behind. "forge" writes a final score as an evaltool that did not check roles would.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from evaltool import sync
from evaltool.changelog import CLOCK_TOLERANCE_MS, ROLES_UNCHECKED, parse_hlc, wall_ms
from evaltool.db import Database
from evaltool.errors import EvaltoolError
from evaltool.framework import add_indicator
from evaltool.identity import ensure_profile
from evaltool.models import ChangeRecord, FieldHead, Indicator, Project, Proposal
from evaltool.projects import add_member, create_project
from evaltool.proposals import accept_proposal, list_proposals, reject_proposal
from evaltool.roles import RoleError, load_roster
from evaltool.scoring import set_final, set_score
from evaltool.team import set_role
from tests.unit.test_sync import empty_template, give, new_laptop, state  # noqa: F401 (fixture)

LEAVES = 2
# Examples per run (about 6 s each); a deeper run by hand: EVALTOOL_PROPERTY_EXAMPLES=200.
EXAMPLES = int(os.environ.get("EVALTOOL_PROPERTY_EXAMPLES", "20"))
YEARS_75 = 75 * 365 * 24 * 3600 * 1000
laptop = st.integers(0, 3)
leaf = st.integers(0, LEAVES - 1)
op = st.one_of(
    st.tuples(st.just("fact"), laptop, st.sampled_from(("budget_unit", "evaluation_agency")),
              st.sampled_from(("甲", "乙", "丙", "丁")), st.sampled_from((None, "mine", "theirs", "all"))),
    st.tuples(st.just("weight"), laptop, leaf, st.sampled_from((1.0, 2.0, 4.0))),
    st.tuples(st.just("score"), laptop, leaf, st.sampled_from((0.0, 0.5, 1.0))),
    st.tuples(st.just("final"), laptop, leaf, st.sampled_from((0.5, 1.5))),
    st.tuples(st.just("forge"), laptop, leaf, st.sampled_from((0.25, 0.75))),
    st.tuples(st.just("resolve"), laptop),
    st.tuples(st.just("decide"), laptop, st.booleans()),
    st.tuples(st.just("promote"), laptop),
    st.tuples(st.just("sync"), laptop, laptop),
    st.tuples(st.just("sync"), laptop, laptop),
    st.tuples(st.just("sync"), laptop, laptop),
)


def _heads(db: Database, pid: str) -> dict[tuple[str, str, str], set[str]]:
    with db.read_session() as s:
        return {(h.table_name, h.row_id, h.field): set(h.heads or [])
                for h in s.scalars(select(FieldHead).where(FieldHead.project_id == pid))}


def _own(db: Database) -> dict[str, tuple[str, Any, str, str, str, list[str]]]:
    with db.read_session() as s:
        return {c.id: (c.hlc, c.value, c.table_name, c.row_id, c.field, list(c.bases or []))
                for c in s.scalars(select(ChangeRecord).where(ChangeRecord.device_id == db.device_id))}


def _is_lead(db: Database, pid: str) -> bool:
    with db.read_session() as s:
        return load_roster(s, pid).role_of(db.evaluator_id) == "lead"


def _local(db: Database, pid: str, leaves: list[str], step: tuple[Any, ...], dbs: list[Database]) -> None:
    kind = step[0]
    if kind == "fact":
        with db.session() as s:
            conflict = sync.conflict_map(s, pid).get(("projects", pid, step[2]))
            if conflict is not None and step[4] is not None:
                sync.replace_in_next_edit(s, conflict, sync.replaced_options(conflict, step[4], db.evaluator_id))
            setattr(s.get(Project, pid), step[2], step[3])
    elif kind == "weight":
        with db.session() as s:
            s.get(Indicator, leaves[step[2]]).weight = step[3]
    elif kind == "score":
        with db.session() as s:
            set_score(s, pid, leaves[step[2]], db.evaluator_id, step[3])
    elif kind == "final":
        lead = _is_lead(db, pid)
        try:
            with db.session() as s:
                set_final(s, pid, leaves[step[2]], step[3], reason="合议", decided_by=db.evaluator_id)
        except RoleError:
            assert not lead  # only someone who is not a lead here is refused
            raise
    elif kind == "forge":
        s = db.new_session()
        s.info[ROLES_UNCHECKED] = True
        try:
            set_final(s, pid, leaves[step[2]], step[3], reason="旧版本改的", decided_by=db.evaluator_id)
            s.commit()
        finally:
            s.close()
    elif kind == "resolve":
        with db.session() as s:
            conflicts = sync.list_conflicts(s, pid)
            if conflicts:
                sync.resolve_conflict(s, pid, conflicts[0].key, choose=conflicts[0].options[0].change_id)
    elif kind == "decide":
        with db.session() as s:
            groups = list_proposals(s, pid, "open")
            if groups:
                (accept_proposal if step[2] else reject_proposal)(s, pid, groups[0].id, db.evaluator_id)
    elif kind == "promote":  # the lead (laptop 0) names laptop 1's evaluator a lead
        with db.session() as s:
            set_role(s, pid, dbs[1].evaluator_id, "lead")


def _checked_edit(db: Database, pid: str, leaves: list[str], step: tuple[Any, ...], dbs: list[Database]) -> set[str]:
    """Run one local step; assert it replaced only heads this laptop showed. Returns the
    final-score changes it forged."""
    heads, before = _heads(db, pid), _own(db)
    try:
        _local(db, pid, leaves, step, dbs)
    except EvaltoolError:
        assert _own(db) == before  # refused: nothing written (e.g. a member setting a final score)
        return set()
    forged = set()
    for cid, (hlc, value, table, row, field, bases) in _own(db).items():
        seen = heads.get((table, row, field), set())
        if cid not in before:
            assert set(bases) <= seen, (step, table, field)  # replaced only values shown here
            if step[0] == "forge" and table == "final_scores":
                forged.add(cid)
        elif before[cid][:2] != (hlc, value):  # coalesced: the unsent change it joined was shown
            assert cid in seen, (step, table, field)
    return forged


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(n=st.integers(3, 4), skew=st.sampled_from((YEARS_75, -24 * 3600 * 1000, 0)),
       steps=st.lists(op, min_size=4, max_size=18))
def test_conflicts_roles_and_clocks_over_an_evaluation(empty_template: Path, n: int, skew: int,
                                                       steps: list[tuple[Any, ...]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        usb = root / "usb"
        usb.mkdir()
        dbs = [new_laptop(empty_template, root / f"laptop{i}", f"评价员{i}") for i in range(n)]
        ensure_profile(dbs[2], None, "expert")
        if n == 4:
            dbs[3].clock.wall = lambda: wall_ms() + skew
        try:
            with dbs[0].session() as s:
                pid = create_project(s, "政务服务平台运维项目").id
                top = add_indicator(s, pid, None, "决策", 10.0)
                leaves = [add_indicator(s, pid, top.id, f"指标{k}", 4.0).id for k in range(LEAVES)]
            for i, db in enumerate(dbs[1:], start=1):  # spread by package; each joins the team
                give(dbs[0], db, pid, usb)
                with db.session() as s:
                    add_member(s, pid, db.evaluator_id, "expert" if i == 2 else "member")
                give(db, dbs[0], pid, usb)
            forged: set[str] = set()
            for step in steps:
                if step[0] == "sync":
                    src, dst = dbs[step[1] % n], dbs[step[2] % n]
                    if src is not dst:
                        give(src, dst, pid, usb)
                elif step[0] != "promote" or step[1] % n == 0:
                    forged |= _checked_edit(dbs[step[1] % n], pid, leaves, step, dbs)
            # everyone exchanges with everyone, twice: an import may itself record proposals
            for _round in range(2):
                for src in dbs:
                    for dst in dbs:
                        if src is not dst:
                            give(src, dst, pid, usb)

            # the same state everywhere, and every change everywhere
            states = [state(db, pid) for db in dbs]
            assert all(x == states[0] for x in states[1:])
            held_sets = []
            for db in dbs:
                with db.read_session() as s:
                    held_sets.append(sync.project_change_ids(s, pid))
                    proposals = {p.change_id for p in s.scalars(select(Proposal).where(Proposal.project_id == pid))}
            assert all(h == held_sets[0] for h in held_sets)

            # every value written: a head (current or in conflict), held, or replaced
            with dbs[0].read_session() as s:
                log = list(s.scalars(select(ChangeRecord).where(ChangeRecord.project_id == pid)))
                heads = {h for fh in s.scalars(select(FieldHead).where(FieldHead.project_id == pid)) for h in fh.heads}
                roster = load_roster(s, pid)
                conflicts = {c.key for c in sync.list_conflicts(s, pid)}
                multi = {f"{fh.table_name}/{fh.row_id}/{fh.field}" for fh in s.scalars(select(FieldHead).where(
                    FieldHead.project_id == pid, FieldHead.conflict.is_(True)))}
            based = {b for c in log for b in c.bases or []}
            assert {c.id for c in log} <= heads | based | proposals
            assert multi == conflicts  # every field with several values is listed as a conflict

            # a final score by someone never a lead is held on every laptop, never applied
            for c in log:
                if c.table_name == "final_scores" and roster.role_of(c.evaluator_id) != "lead":
                    assert c.id in proposals and c.id not in heads, c.field

            # no sane laptop's clock was dragged ahead by a laptop whose clock is wrong
            for i, db in enumerate(dbs):
                if not (n == 4 and i == 3 and skew > 0):
                    assert parse_hlc(db.clock.tick())[0] <= wall_ms() + CLOCK_TOLERANCE_MS
            assert forged <= {c.id for c in log}
        finally:
            for db in dbs:
                db.close()
