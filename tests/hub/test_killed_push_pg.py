"""A push killed mid-way (the laptop's process dies: power cut, task manager) loses nothing:
the hub is as it was, the laptop too, and the next push is whole."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from evaltool import hub
from evaltool.db import Database, open_database
from evaltool.evidence import add_files
from evaltool.hub.tables import hub_blob_chunks, hub_blobs, hub_coverage
from evaltool.models import ChangeRecord
from tests.hub.conftest import state

CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from evaltool import hub
    from evaltool.db import open_database

    data, url, pid, marker, lo, hi = sys.argv[1:7]
    db = open_database(data, backup="never")

    def progress(done, total):
        # per mille of the whole push: evidence files first, then the merge
        if total and int(lo) <= done * 1000 // total <= int(hi):
            Path(marker).write_text(str(done))
            time.sleep(120)  # held here, inside the hub's open transaction, until killed

    hub.push_project(db, hub.open_hub(url), pid, progress=progress)
""")


def _wait_for(path: Path, proc: subprocess.Popen, deadline_s: float = 120) -> None:
    end = time.monotonic() + deadline_s
    while not path.exists():
        if proc.poll() is not None:
            raise AssertionError(f"the push ended before it was killed: {proc.stderr.read() if proc.stderr else ''}")
        if time.monotonic() > end:
            proc.kill()
            raise AssertionError("the push never reached the point where it is killed")
        time.sleep(0.05)


# killed while sending the file (nothing of it stays) or while merging (the file is on the hub
# whole, sent before the changes that name it, and is not sent again)
@pytest.mark.parametrize(("where", "lo", "hi", "files_kept"), [("evidence upload", 30, 380, 0), ("merge", 500, 990, 1)])
def test_a_push_killed_mid_way_loses_nothing(where: str, lo: int, hi: int, files_kept: int, demo_db: Database, demo_project_id: str,
                                             admin_hub: hub.Hub, tmp_path: Path) -> None:
    pid = demo_project_id
    doc = tmp_path / "审计报告.pdf"
    doc.write_bytes(os.urandom(5 * 1024 * 1024))  # five chunks
    with demo_db.session() as s:
        add_files(s, pid, [doc])
    with demo_db.read_session() as s:
        laptop_before = s.scalar(select(func.count()).select_from(ChangeRecord))
    demo_db.close()  # the pushing program takes the data folder (one evaltool program at a time)
    marker = tmp_path / "reached"
    url = admin_hub.address.url.set(drivername="postgresql").render_as_string(hide_password=False)
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(demo_db.data_dir), url, pid, str(marker), str(lo), str(hi)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _wait_for(marker, proc)
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    with admin_hub.session(read_only=True) as s:
        assert s.scalar(select(func.count()).select_from(ChangeRecord)) == 0, where
        assert s.scalar(select(func.count()).select_from(hub_coverage)) == 0
        assert s.scalar(select(func.count()).select_from(hub_blobs)) == files_kept  # never half a file
        assert s.scalar(select(func.count()).select_from(hub_blob_chunks)) == 5 * files_kept
    laptop = open_database(demo_db.data_dir, backup="never")  # the killed program's lock is stale
    try:
        with laptop.read_session() as s:
            assert s.scalar(select(func.count()).select_from(ChangeRecord)) == laptop_before
        result = hub.push_project(laptop, admin_hub, pid)
        assert result.project_created and result.evidence_files == 1 - files_kept
        assert state(admin_hub, pid) == state(laptop, pid)
    finally:
        laptop.close()
