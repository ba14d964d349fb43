"""Developer tool: a new migration for a schema change, and the list of released ones.

    python scripts/make_migration.py "add notes to targets"   # writes versions/NNNN_add_notes_to_targets.py
    python scripts/make_migration.py --release                 # records the new revisions as released

A schema change is a *new* revision: the next number after the head, ``down_revision``
the head. The tool upgrades a scratch database to the head and lets Alembic compare it
with the models (autogenerate, ``render_as_batch=True`` so SQLite's table changes are
copy–drop–rename). It refuses when the models equal the head (nothing to generate) and
prints the new file's path: read it, fix what autogenerate cannot know (renames, data
to carry over, server defaults for existing rows) and run the tests.

A revision a release has shipped is never edited, renamed or removed: laptops at that
revision would never see the edit. ``--release`` adds every revision not yet listed to
``evaltool/models/migrations/released.json`` (file name → SHA-256 of its text with line
endings normalised); ``tests/migrations/test_history.py`` fails when a listed file changes.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tempfile
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from evaltool.db import _make_engine, alembic_config, upgrade_to
from evaltool.models import Base
from evaltool.paths import migrations_dir

SLUG_RE = re.compile(r"^[A-Za-z][A-Za-z0-9 _-]{2,60}$")
MANIFEST_NOTE = ("Released migrations: file name -> SHA-256 of its text (CRLF/CR read as LF). "
                 "Never edit, rename or remove a listed file; make a new revision "
                 "(scripts/make_migration.py). Add a revision here when a release ships it: "
                 "scripts/make_migration.py --release.")


def manifest_path() -> Path:
    return migrations_dir() / "released.json"


def file_digest(path: Path) -> str:
    """SHA-256 of a revision's text, line endings normalised (a Windows checkout with
    autocrlf holds the same revision)."""
    data = path.read_bytes().replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    return hashlib.sha256(data).hexdigest()


def read_manifest(path: Path | None = None) -> dict[str, str]:
    path = path or manifest_path()
    if not path.exists():
        return {}
    return dict(json.loads(path.read_text(encoding="utf-8"))["released"])


def write_manifest(released: dict[str, str], path: Path | None = None) -> None:
    path = path or manifest_path()
    doc = {"about": MANIFEST_NOTE, "released": dict(sorted(released.items()))}
    path.write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8", newline="\n")


def history() -> list[tuple[str, Path]]:
    """(revision, file) from the base to the head; refuses a history that is not one line."""
    script = ScriptDirectory.from_config(alembic_config())
    heads = script.get_heads()
    if len(heads) != 1:
        raise SystemExit(f"The migration history has {len(heads)} heads ({', '.join(heads)}); "
                         "it must be one line. Renumber the newer revision onto the head.")
    chain = [(s.revision, Path(s.path)) for s in script.walk_revisions()]
    return list(reversed(chain))


def generate(message: str) -> Path | None:
    """Write the next revision for ``message``; None (and a message) when there is nothing to do."""
    if not SLUG_RE.match(message):
        raise SystemExit("Describe the change in a few English words (letters, digits, spaces): "
                         "they name the file, e.g. \"add notes to targets\".")
    chain = history()
    head = chain[-1][0]
    if not head.isdigit():
        raise SystemExit(f"The head revision {head!r} is not numbered; revisions are 0001, 0002, …")
    rev_id = f"{int(head) + 1:04d}"
    with tempfile.TemporaryDirectory(prefix="evaltool-migration-") as tmp:
        scratch = Path(tmp) / "scratch.sqlite"
        upgrade_to(scratch, "head")
        engine = _make_engine(scratch)
        try:
            with engine.connect() as conn:
                diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}),
                                        Base.metadata)
                if not diff:
                    print(f"The models equal the head revision {head}: nothing to generate.", file=sys.stderr)
                    return None
                script = command.revision(alembic_config(conn), message=message, autogenerate=True,
                                          rev_id=rev_id, head=head)
        finally:
            engine.dispose()
    scripts = script if isinstance(script, list) else [script]
    path = Path(scripts[0].path)  # type: ignore[union-attr]  # one head: one script
    print(path)
    print(f"Review {path.name} (renames, data to carry over, defaults for existing rows), run the "
          "tests (tests/migrations, tests/unit/test_db.py) and commit it. It is unreleased until "
          "a release ships it: then run scripts/make_migration.py --release.", file=sys.stderr)
    return path


def release() -> list[str]:
    """List every revision not yet in the manifest as released; returns their file names."""
    released = read_manifest()
    added = []
    for _rev, path in history():
        if path.name not in released:
            released[path.name] = file_digest(path)
            added.append(path.name)
    write_manifest(released)
    return added


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("message", nargs="?", help="what the schema change does, in a few English words")
    group.add_argument("--release", action="store_true", help="record the unreleased revisions as released")
    args = parser.parse_args(argv)
    if args.release:
        added = release()
        print("released: " + (", ".join(added) if added else "nothing new"))
        return 0
    return 0 if generate(args.message) is not None else 1


if __name__ == "__main__":
    raise SystemExit(main())
