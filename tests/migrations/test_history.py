"""Released migrations never change, and the history is one line.

A laptop whose database is at revision 0002 never runs 0002 again: an edit to a released
revision would reach fresh installations only, and the two would differ for ever. The
manifest ``evaltool/models/migrations/released.json`` records each released file's
SHA-256 (line endings normalised); a new schema change is a new revision after the head.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path
from types import ModuleType

import pytest
from alembic.script import ScriptDirectory

from evaltool.paths import migrations_dir
from tests.migrations.conftest import AFTER_NEXT, HEAD, NEXT, add_revision, load_make_migration

_mm = load_make_migration()
REV_FILE = re.compile(r"^(\d{4})_[a-z0-9_]+\.py$")


def history_problems(folder: Path, released: dict[str, str]) -> list[str]:
    """Everything wrong with the migrations in ``folder`` given the released manifest."""
    problems: list[str] = []
    versions = folder / "versions"
    for name, digest in sorted(released.items()):
        path = versions / name
        if not path.exists():
            problems.append(f"released revision {name} was removed or renamed; restore it and make a new revision")
        elif _mm.file_digest(path) != digest:
            problems.append(f"released revision {name} was edited; restore it and make a new revision instead")
    script = ScriptDirectory(str(folder))
    try:
        heads, bases = script.get_heads(), script.get_bases()
    except KeyError as exc:  # an unreleased revision whose down_revision was removed: Alembic cannot map it
        problems.append(f"a revision refers to the missing revision {exc.args[0]!r}")
        return problems
    if len(heads) != 1 or len(bases) != 1:
        problems.append(f"the history must be one line: heads {sorted(heads)}, bases {sorted(bases)}")
        return problems
    chain = list(reversed(list(script.walk_revisions())))
    previous = None
    for k, sc in enumerate(chain, start=1):
        name = Path(sc.path).name
        if sc.down_revision != previous:
            problems.append(f"{name}: down_revision {sc.down_revision!r}, expected {previous!r}")
        if sc.revision != f"{k:04d}" or not name.startswith(f"{sc.revision}_") or not REV_FILE.match(name):
            problems.append(f"{name}: revision {sc.revision!r} should be {k:04d} in a file {k:04d}_<slug>.py")
        if sc.branch_labels or sc.dependencies:
            problems.append(f"{name}: branch labels and depends_on are not used (one line of history)")
        previous = sc.revision
    in_chain = [Path(sc.path).name for sc in chain]
    strays = sorted({p.name for p in versions.glob("*.py")} - set(in_chain))
    if strays:
        problems.append(f"files in versions/ that are not in the history: {strays}")
    if set(released) <= set(in_chain) and in_chain[:len(released)] != sorted(released):
        problems.append(f"released revisions must be the first ones of the history: {sorted(released)}")
    return problems


def test_released_revisions_are_unchanged_and_the_history_is_one_line() -> None:
    released = _mm.read_manifest()
    assert {"0001_core_tables.py", "0002_frameworks_scoring_evidence_surveys_sync.py"} <= set(released)
    assert history_problems(migrations_dir(), released) == []


@pytest.fixture
def scratch(scratch_migrations: Path) -> tuple[Path, dict[str, str]]:
    return scratch_migrations, _mm.read_manifest(scratch_migrations / "released.json")


REV2 = "0002_frameworks_scoring_evidence_surveys_sync.py"


def test_an_edit_to_a_released_revision_fails(scratch: tuple[Path, dict[str, str]]) -> None:
    folder, released = scratch
    path = folder / "versions" / REV2
    path.write_text(path.read_text(encoding="utf-8").replace("sa.String(length=200)", "sa.String(length=300)", 1),
                    encoding="utf-8")
    assert history_problems(folder, released) == [f"released revision {REV2} was edited; restore it and make a new revision instead"]


def test_line_endings_alone_are_not_an_edit(scratch: tuple[Path, dict[str, str]]) -> None:
    """A Windows checkout (core.autocrlf) holds the same revision with CRLF."""
    folder, released = scratch
    path = folder / "versions" / REV2
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    assert history_problems(folder, released) == []


def test_a_renamed_or_removed_released_revision_fails(scratch: tuple[Path, dict[str, str]]) -> None:
    folder, released = scratch
    path = folder / "versions" / REV2
    shutil.move(path, folder / "versions" / "0002_renamed.py")
    problems = history_problems(folder, released)
    assert f"released revision {REV2} was removed or renamed; restore it and make a new revision" in problems
    (folder / "versions" / "0002_renamed.py").unlink()
    assert f"released revision {REV2} was removed or renamed; restore it and make a new revision" in \
        history_problems(folder, released)


def test_a_new_revision_after_the_head_is_fine_and_a_branch_is_not(scratch: tuple[Path, dict[str, str]]) -> None:
    folder, released = scratch
    add_revision(folder, NEXT, HEAD, "op.add_column('targets', sa.Column('memo', sa.Text(), nullable=True))",
                 slug="add_target_memo")
    assert history_problems(folder, released) == [], "an unreleased revision after the head is how changes are made"
    add_revision(folder, AFTER_NEXT, HEAD, "pass", slug="other_branch")
    problems = history_problems(folder, released)
    assert len(problems) == 1 and problems[0].startswith(f"the history must be one line: heads ['{NEXT}', '{AFTER_NEXT}']")


def test_released_revisions_come_first(scratch: tuple[Path, dict[str, str]]) -> None:
    folder, released = scratch
    add_revision(folder, NEXT, HEAD, "pass", slug="three")
    add_revision(folder, AFTER_NEXT, NEXT, "pass", slug="four")
    four = f"{AFTER_NEXT}_four.py"
    released_with_a_gap = {**released, four: _mm.file_digest(folder / "versions" / four)}
    assert history_problems(folder, released_with_a_gap) == [
        f"released revisions must be the first ones of the history: {sorted(released_with_a_gap)}"]


def test_release_lists_new_revisions_in_the_manifest(scratch: tuple[Path, dict[str, str]],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    folder, released = scratch
    mm: ModuleType = _mm
    monkeypatch.setattr(mm, "migrations_dir", lambda: folder)
    unreleased = sorted(p.name for p in (folder / "versions").glob("[0-9]*.py") if p.name not in released)
    new = add_revision(folder, NEXT, HEAD, "pass", slug="three")
    assert mm.release() == [*unreleased, new.name]
    after = mm.read_manifest(folder / "released.json")
    assert after == {**released, **{n: mm.file_digest(folder / "versions" / n) for n in unreleased},
                     new.name: mm.file_digest(new)}
    assert mm.release() == []
    assert history_problems(folder, after) == []
