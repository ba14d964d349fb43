"""Opening a database reads which revisions exist without importing Alembic (two thirds of
a command's start-up); whatever that reading is unsure of, Alembic decides."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alembic.script import ScriptDirectory

from evaltool import db as dbmod
from tests.migrations.conftest import AFTER_NEXT, HEAD, NEXT, add_revision


def _alembic_view() -> tuple[str, set[str]]:
    script = ScriptDirectory.from_config(dbmod.alembic_config())
    return script.get_current_head() or "", {s.revision for s in script.walk_revisions()}


def test_the_revisions_read_are_alembics() -> None:
    assert dbmod._read_revisions() is not None
    assert (dbmod.head_revision(), dbmod.known_revisions()) == _alembic_view()


def test_a_new_revision_is_read_too(scratch_migrations: Path) -> None:
    add_revision(scratch_migrations, NEXT, HEAD, "pass")
    assert dbmod.head_revision() == NEXT
    assert (dbmod.head_revision(), dbmod.known_revisions()) == _alembic_view()


def test_anything_unusual_is_left_to_alembic(scratch_migrations: Path) -> None:
    add_revision(scratch_migrations, NEXT, HEAD, "pass")
    path = add_revision(scratch_migrations, AFTER_NEXT, NEXT, "pass")
    path.write_text(path.read_text(encoding="utf-8").replace(f"down_revision = {NEXT!r}",
                                                             f"down_revision = ({NEXT!r},)"), encoding="utf-8")
    assert dbmod._read_revisions() is None
    assert (dbmod.head_revision(), dbmod.known_revisions()) == _alembic_view()
    assert dbmod.head_revision() == AFTER_NEXT


def test_opening_an_up_to_date_database_does_not_import_alembic(tmp_path: Path) -> None:
    dbmod.open_database(tmp_path).close()  # created and migrated here
    code = ("import sys; from evaltool.db import open_database; open_database(sys.argv[1]).close(); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
