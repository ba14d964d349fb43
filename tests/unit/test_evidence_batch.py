"""Evidence in bulk: a batch of items with links costs a handful of statements, not a
lookup and a flush per file (issue 20: 5,000 items took 151 s), and says no the same way
one link does."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, select

from evaltool.db import Database
from evaltool.errors import NotFoundError
from evaltool.evidence import (
    EvidenceStore,
    create_items,
    delete_item,
    link_evidence,
    link_many,
    links_for_leaf,
    store_files,
    unlink_evidence,
)
from evaltool.framework import iter_leaves, load_tree
from evaltool.models import ChangeRecord, EvidenceItem, EvidenceLink


@pytest.fixture
def leaves(demo_db: Database, demo_project_id: str) -> list[str]:
    with demo_db.read_session() as s:
        return [n.id for n in iter_leaves(load_tree(s, demo_project_id))]


@pytest.fixture
def stored(demo_db: Database, tmp_path: Path) -> list:
    files = []
    for i in range(60):
        p = tmp_path / "src" / f"材料{i:02d}.pdf"
        p.parent.mkdir(exist_ok=True)
        p.write_bytes(f"第{i}份佐证材料".encode() * 50)
        files.append(p)
    return store_files(EvidenceStore(demo_db.data_dir), files)


@pytest.fixture
def statements(demo_db: Database) -> Iterator[list[str]]:
    seen: list[str] = []

    def record(_conn, _cursor, statement, _params, _context, _many) -> None:
        seen.append(statement)

    event.listen(demo_db.engine, "before_cursor_execute", record)
    yield seen
    event.remove(demo_db.engine, "before_cursor_execute", record)


def test_sixty_items_with_links_take_a_few_statements(demo_db: Database, demo_project_id: str, leaves: list[str],
                                                      stored: list, statements: list[str]) -> None:
    with demo_db.session() as s:
        statements.clear()
        items = create_items(s, demo_project_id, stored, indicator_ids=leaves[:2])
        pairs = [(r.item_id, leaves[(i * 7) % len(leaves)], "要点②") for i, r in enumerate(items)]
        made = link_many(s, demo_project_id, pairs)
        count = len(statements)
    assert made == 60 and len(items) == 60
    # per batch: a few lookups, one INSERT per table (executemany), the change log; not per file
    assert count < 40, f"{count} statements for 60 items and 180 links"
    with demo_db.read_session() as s:
        links = list(s.scalars(select(EvidenceLink).where(EvidenceLink.project_id == demo_project_id,
                                                          EvidenceLink.deleted.is_(False))))
        assert len(links) == 180
        assert {ln.target for ln in links if ln.indicator_id == leaves[7] and ln.evidence_id == items[1].item_id} == {"要点②"}
        # every link travels to other laptops like a link made one at a time
        recorded = set(s.scalars(select(ChangeRecord.row_id).where(ChangeRecord.table_name == "evidence_links")))
        assert {ln.id for ln in links} <= recorded
        assert len(links_for_leaf(s, leaves[0])) >= 60


def test_a_batch_refuses_like_one_link_and_changes_nothing(demo_db: Database, demo_project_id: str,
                                                           leaves: list[str], stored: list) -> None:
    with demo_db.session() as s:
        items = [r.item_id for r in create_items(s, demo_project_id, stored[:3])]
        delete_item(s, items[2])
    for bad in ([(items[0], leaves[0], ""), (items[2], leaves[1], "")],  # a deleted item
                [(items[0], leaves[0], ""), (items[1], "no-such-leaf", "")],
                [(items[0], leaves[0], ""), ("no-such-item", leaves[1], "")]):
        with pytest.raises(NotFoundError), demo_db.session() as s:
            link_many(s, demo_project_id, bad)
        with pytest.raises(NotFoundError), demo_db.session() as s:
            link_evidence(s, bad[1][0], bad[1][1])
    with demo_db.read_session() as s:
        assert s.scalar(select(EvidenceLink.id).where(EvidenceLink.evidence_id.in_(items))) is None


def test_linking_again_revives_the_link_and_reports_what_was_new(demo_db: Database, demo_project_id: str,
                                                                 leaves: list[str], stored: list) -> None:
    with demo_db.session() as s:
        a, b = (r.item_id for r in create_items(s, demo_project_id, stored[:2]))
        assert link_many(s, demo_project_id, [(a, leaves[0], ""), (a, leaves[0], ""), (b, leaves[0], "")]) == 2
        assert unlink_evidence(s, a, leaves[0]) == 1
        assert link_many(s, demo_project_id, [(a, leaves[0], ""), (b, leaves[0], ""), (b, leaves[1], "")]) == 2
        assert link_evidence(s, b, leaves[1]) is False
    with demo_db.read_session() as s:
        live = {(ln.evidence_id, ln.indicator_id) for ln in s.scalars(select(EvidenceLink).where(
            EvidenceLink.evidence_id.in_([a, b]), EvidenceLink.deleted.is_(False)))}
        assert live == {(a, leaves[0]), (b, leaves[0]), (b, leaves[1])}
        assert s.get(EvidenceItem, a) is not None


def test_undo_recreates_items_under_their_ids_in_one_lookup(demo_db: Database, demo_project_id: str,
                                                            stored: list, statements: list[str]) -> None:
    with demo_db.session() as s:
        ids = [r.item_id for r in create_items(s, demo_project_id, stored)]
        for iid in ids:
            delete_item(s, iid)
    with demo_db.session() as s:
        statements.clear()
        again = create_items(s, demo_project_id, stored, ids=ids)
        lookups = [q for q in statements if "FROM evidence_items" in q]
    assert [r.item_id for r in again] == ids and all(r.created for r in again)
    # (the change log still reads each changed field's heads: its own business)
    assert len(lookups) <= 2, f"{len(lookups)} item lookups to recreate 60 items"
    with demo_db.read_session() as s:
        assert all(not s.get(EvidenceItem, iid).deleted for iid in ids)
