"""A database made by a released evaltool opens in this one, is backed up before it is
upgraded, and keeps every value.

Each ``tests/fixtures/release-NNNN/`` holds the data folder of a real session with the
release whose schema head was NNNN (made by the script beside it, from the commit named
in its ``fixture.json``): the demo project, scores by two evaluators, evidence files and
notes, survey answers, report edits, and a sync between two laptops. For every later
revision the test checks that every row and every column value of the fixture is still
there and equal, after ``open_database`` and after each single step. New columns and
tables are welcome; a dropped or changed value fails unless the revision declares it in
``TRANSFORMS`` below, where a reviewer sees it.
"""
from __future__ import annotations

import gzip
import json
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from alembic.script import ScriptDirectory

from evaltool.db import alembic_config, head_revision, open_database, upgrade_to
from evaltool.paths import DB_FILENAME
from tests.migrations.conftest import AFTER_NEXT, HEAD, NEXT, add_revision, load_make_migration

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FIXTURE_DIRS = sorted(p.parent for p in FIXTURES.glob("release-*/fixture.json"))

Row = dict[str, Any]
# A revision that changes stored values on purpose declares it here, reviewed with the
# revision: {revision: {table: transform}}. A transform gets a row of the fixture as it
# was before that revision ({column: value}) and returns the row expected after it:
# values rewritten, a column dropped (del row["col"]) or renamed (row["new"] = row.pop("old")),
# or None when the revision removes the row. Tables not named keep every value.
#   "0005": {"scores": lambda row: {**row, "reason": row["reason"].strip()}},


def _target_sub_project(row: Row) -> Row:
    """0003: a target's sub-project leaves the prefix of its note for its own column."""
    head, sep, rest = (row["note"] or "").partition("；")
    if sep and head.strip() and len(head) <= 40:
        return {**row, "note": rest}
    return row


TRANSFORMS: dict[str, dict[str, Callable[[Row], Row | None]]] = {
    # a target's sub-project moves out of the prefix of its note ("运维服务项目；…") into
    # its own column (issue 18); the note keeps the rest
    "0005": {"targets": _target_sub_project},
}


SKIP_TABLES = {"alembic_version"}  # the revision number is meant to change


@dataclass
class Table:
    columns: list[str]
    key: list[str]  # primary-key columns (all columns for a table without one)
    rows: dict[tuple[Any, ...], Row]


def _ro(path: Path) -> str:
    return path.resolve().as_uri() + "?mode=ro"  # percent-encoded: '#' or '?' in a folder name stay literal


def snapshot(path: Path) -> dict[str, Table]:
    """Every row of every table, keyed by primary key, read without changing the file."""
    con = sqlite3.connect(_ro(path), uri=True)
    try:
        names = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        out = {}
        for name in names:
            info = con.execute(f'PRAGMA table_info("{name}")').fetchall()
            columns = [c[1] for c in info]
            key = [c[1] for c in sorted(info, key=lambda c: c[5]) if c[5] > 0] or columns
            cur = con.execute(f'SELECT * FROM "{name}"')
            rows = {}
            for values in cur:
                row = dict(zip(columns, values, strict=False))
                rows[tuple(row[k] for k in key)] = row
            out[name] = Table(columns, key, rows)
        return out
    finally:
        con.close()


def revisions_after(revision: str) -> list[str]:
    """Revisions after ``revision`` up to the head, oldest first."""
    chain = [s.revision for s in reversed(list(ScriptDirectory.from_config(alembic_config()).walk_revisions()))]
    return chain[chain.index(revision) + 1:]


def expected_after(before: dict[str, Table], steps: list[str],
                   transforms: dict[str, dict[str, Callable[[Row], Row | None]]]) -> dict[str, Table]:
    """The fixture's values as they should be once ``steps`` have run."""
    out = {name: Table(t.columns, t.key, dict(t.rows)) for name, t in before.items() if name not in SKIP_TABLES}
    for rev in steps:
        for name, fn in transforms.get(rev, {}).items():
            table = out[name]
            rows = {}
            for row in table.rows.values():
                new = fn(dict(row))
                if new is not None:
                    rows[tuple(new.get(k) for k in table.key)] = new
            table.rows = rows
    return out


def lost_values(expected: dict[str, Table], actual: dict[str, Table], limit: int = 20) -> list[str]:
    """What ``actual`` lost or changed of ``expected`` (at most ``limit`` lines and a count)."""
    problems: list[str] = []
    for name, table in expected.items():
        if not table.rows:
            continue
        now = actual.get(name)
        if now is None:
            problems.append(f"table {name} is gone ({len(table.rows)} rows)")
            continue
        key = table.key
        index = {tuple(r.get(k) for k in key): r for r in now.rows.values()}
        for k, row in table.rows.items():
            got = index.get(k)
            if got is None:
                problems.append(f"{name} {dict(zip(key, k, strict=False))}: the row is gone")
                continue
            for col, value in row.items():
                if col not in got:
                    problems.append(f"{name}.{col} {dict(zip(key, k, strict=False))}: the column is gone (was {value!r})")
                elif got[col] != value or type(got[col]) is not type(value):
                    problems.append(f"{name}.{col} {dict(zip(key, k, strict=False))}: {value!r} became {got[col]!r}")
    if len(problems) > limit:
        return [*problems[:limit], f"… and {len(problems) - limit} more"]
    return problems


def unpack(fixture: Path, data: Path) -> Path:
    """The fixture's data folder at ``data`` (database and evidence store); returns the database."""
    data.mkdir(parents=True)
    db_file = data / DB_FILENAME
    with gzip.open(fixture / "evaltool.sqlite.gz", "rb") as src, open(db_file, "wb") as dst:
        shutil.copyfileobj(src, dst)
    shutil.copytree(fixture / "evidence", data / "evidence")
    return db_file


def meta(fixture: Path) -> dict[str, Any]:
    return json.loads((fixture / "fixture.json").read_text(encoding="utf-8"))


def version(path: Path) -> str:
    con = sqlite3.connect(_ro(path), uri=True)
    try:
        return str(con.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        con.close()


@pytest.fixture(params=FIXTURE_DIRS, ids=[p.name for p in FIXTURE_DIRS])
def fixture(request: pytest.FixtureRequest) -> Path:
    return Path(request.param)


def test_fixtures_are_databases_of_released_revisions() -> None:
    assert [p.name for p in FIXTURE_DIRS][:1] == ["release-0002"]
    released = load_make_migration().read_manifest()
    for d in FIXTURE_DIRS:
        rev = meta(d)["release_revision"]
        assert d.name == f"release-{rev}"
        assert any(name.startswith(f"{rev}_") for name in released), f"{d.name}: revision {rev} is not released"


@pytest.mark.parametrize("backup", ["upgrade", "daily"])  # the app's and the command line's setting
def test_a_released_database_opens_backed_up_first_with_every_value(
        fixture: Path, backup: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    info = meta(fixture)
    data = tmp_path / "data"
    db_file = unpack(fixture, data)
    assert version(db_file) == info["release_revision"]
    before = snapshot(db_file)
    assert {n: len(t.rows) for n, t in before.items()} == info["row_counts"]

    upgrades: list[list[Path]] = []
    from alembic import command

    real_upgrade = command.upgrade

    def upgrade_seeing_backups(cfg: Any, revision: str, **kw: Any) -> None:
        upgrades.append(sorted((data / "backups").glob("*.sqlite")))
        real_upgrade(cfg, revision, **kw)

    # evaltool.db imports alembic.command only when it migrates: patch it where it lives
    monkeypatch.setattr(command, "upgrade", upgrade_seeing_backups)
    db = open_database(data, backup=backup)
    db.close()

    later = revisions_after(info["release_revision"])
    backups = sorted((data / "backups").glob("*.sqlite"))
    if later:
        assert len(upgrades) == 1 and len(upgrades[0]) == 1, "one backup, made before the upgrade"
        assert backups == upgrades[0]
    else:
        assert upgrades == [], "a database at the head is not migrated"
        assert len(backups) == (1 if backup == "daily" else 0)  # the day's first copy
    for copy in backups:  # the copy is the database as the release left it
        assert version(copy) == info["release_revision"]
        assert snapshot(copy) == before
    assert version(db_file) == head_revision()
    assert lost_values(expected_after(before, later, TRANSFORMS), snapshot(db_file)) == []


def test_a_released_database_upgrades_step_by_step_with_every_value(fixture: Path, tmp_path: Path) -> None:
    info = meta(fixture)
    db_file = unpack(fixture, tmp_path / "data")
    before = snapshot(db_file)
    done: list[str] = []
    for rev in [info["release_revision"], *revisions_after(info["release_revision"])]:
        upgrade_to(db_file, rev)
        assert version(db_file) == rev
        if rev != info["release_revision"]:
            done.append(rev)
        problems = lost_values(expected_after(before, done, TRANSFORMS), snapshot(db_file))
        assert problems == [], f"after revision {rev}:\n" + "\n".join(problems)


def test_a_released_database_still_gives_its_figures(fixture: Path, tmp_path: Path) -> None:
    """What the user sees of the release's data, worked out from seed 000 and the script
    that made the fixture (tests/fixtures/make_release_0002.py), not from this code."""
    from evaltool.evidence import verify_items
    from evaltool.framework import find_by_path
    from evaltool.models import Score
    from evaltool.projects import find_evaluator
    from evaltool.scoring import project_summary, score_id
    from evaltool.survey import list_surveys
    from evaltool.sync import list_conflicts, list_exchanges, list_peers
    from evaltool.tally import tally_survey

    info = meta(fixture)
    data = tmp_path / "data"
    unpack(fixture, data)
    db = open_database(data)
    try:
        assert db.device_id == info["device_a"]
        pid = info["project_id"]
        with db.read_session() as s:
            summary = project_summary(s, pid)
            assert round(summary.total, 3) == info["expected"]["total"] == 81.415  # seed 000's total
            assert summary.grade == info["expected"]["grade"] == "良"
            li = find_evaluator(s, "李华").id
            for path in info["b_rescored_leaves"]:  # 李华's re-scores on laptop B came over in the sync
                sc = s.get(Score, score_id(find_by_path(s, pid, path).id, li))
                assert sc is not None and sc.comment.startswith("现场核查发现问题") and sc.reason == "现场核查记录"
            tallies = {sv.name: tally_survey(s, sv.id) for sv in list_surveys(s, pid)}
            main = tallies["满意度调查"]
            # seed 000: 市政数局 1/1, 使用单位 62/69; 办事人 141/145 plus 李华's two paper
            # questionnaires (one 非常满意, one 一般)
            assert [(g.name, g.n, g.satisfied) for g in main.groups] == [
                ("市政数局", 1, 1), ("使用单位", 69, 62), ("办事人", 147, 142)]
            extra = tallies["现场座谈补充问卷"]  # answers 1, 2, 2, 1, 4: four satisfied of five
            assert (extra.overall.n, extra.overall.satisfied) == (5, 4)
            items = verify_items(s, pid)
            assert sorted(i.status for i in items) == ["note", "note", "ok", "ok", "ok"]
            assert [c.table for c in list_conflicts(s, pid)] == ["report_sections"]  # both laptops edited 问题
            assert sorted(e.direction for e in list_exchanges(s, pid)) == ["export", "import"]
            assert [p.name for p in list_peers(s, pid)] == ["笔记本B（李华）"]
    finally:
        db.close()


# -- the checks above catch what they are meant to ------------------------------------

RELEASE = FIXTURE_DIRS[0]


@pytest.mark.parametrize(("change", "expected"), [
    ("with op.batch_alter_table('scores') as b:\n    b.drop_column('reason')",
     "scores.reason {'id': '"),
    ("op.execute(\"UPDATE report_sections SET text = '' WHERE key = 'background'\")",
     "report_sections.text {'id': '"),
    ("op.execute(\"DELETE FROM evidence_links\")", "evidence_links {'id': '"),
    ("op.drop_table('review_notes')", "table review_notes is gone (1 rows)"),
])
def test_a_revision_that_loses_values_fails(change: str, expected: str, scratch_migrations: Path,
                                             tmp_path: Path) -> None:
    add_revision(scratch_migrations, NEXT, HEAD, change)
    db_file = unpack(RELEASE, tmp_path / "data")
    before = snapshot(db_file)
    open_database(db_file.parent).close()
    problems = lost_values(expected_after(before, revisions_after(meta(RELEASE)["release_revision"]), TRANSFORMS),
                           snapshot(db_file))
    assert problems and problems[0].startswith(expected), problems[:3]
    # the copy taken before the upgrade still holds everything
    (copy,) = (db_file.parent / "backups").glob("*.sqlite")
    assert snapshot(copy) == before


def test_a_revision_that_adds_keeps_values_and_a_declared_transform_passes(
        scratch_migrations: Path, tmp_path: Path) -> None:
    add_revision(scratch_migrations, NEXT, HEAD, """
        op.add_column('targets', sa.Column('memo', sa.Text(), nullable=False, server_default=''))
        op.create_table('scratch_notes', sa.Column('id', sa.String(36), primary_key=True))
    """)
    add_revision(scratch_migrations, AFTER_NEXT, NEXT, """
        with op.batch_alter_table('scores') as b:
            b.drop_column('reason')
        op.execute("UPDATE report_sections SET text = trim(text)")
    """)
    db_file = unpack(RELEASE, tmp_path / "data")
    before = snapshot(db_file)
    steps = revisions_after(meta(RELEASE)["release_revision"])  # the tree's own revisions, then the two above
    for rev in steps:
        upgrade_to(db_file, rev)
    reviewed: dict[str, dict[str, Callable[[Row], Row | None]]] = {**TRANSFORMS, AFTER_NEXT: {
        "scores": lambda row: {k: v for k, v in row.items() if k != "reason"},
        "report_sections": lambda row: {**row, "text": row["text"].strip()},
    }}
    after = snapshot(db_file)
    assert lost_values(expected_after(before, steps[:-1], reviewed), after)  # AFTER_NEXT's changes not declared yet
    assert lost_values(expected_after(before, steps, reviewed), after) == []
    assert after["targets"].columns[-1] == "memo"
