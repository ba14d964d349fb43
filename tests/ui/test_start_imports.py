"""The window's start imports what the shell, the database and the first page need, and no
more (issue 20: the demo usable within a few bare windows' starts; bench/run_all.py row
demo_usable). Importing any of ``NOT_AT_START`` again would slow every start down without
another test failing. Run in a fresh process: this one has imported everything already."""
from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

# What the first page of a project (Overview) does without while no field is in conflict and
# no proposal waits: the other areas' machinery, heavy libraries, the other tables' models,
# the other pages (imported in idle turns after the project opened, MainWindow._warm_up).
NOT_AT_START = (
    "alembic", "mako", "psycopg", "psycopg2", "openpyxl", "docx", "lxml", "sqlalchemy.dialects.postgresql",
    "evaltool.hub", "evaltool.sync", "evaltool.survey", "evaltool.tally", "evaltool.export", "evaltool.check",
    "evaltool.evidence", "evaltool.cleanup", "evaltool.contracts", "evaltool.models.contract",
    "evaltool.models.survey", "evaltool.ui.pages.framework", "evaltool.ui.pages.scoring",
    "evaltool.ui.pages.evidence", "evaltool.ui.pages.surveys", "evaltool.ui.pages.contracts",
    "evaltool.ui.pages.report", "evaltool.ui.pages.sync", "evaltool.ui.pages.targets",
)

# The start as evaltool.ui.app.run does it (Start: shell, database and window, last project);
# the modules are listed when the last project has opened (its page built and refreshed),
# before anything the window does afterwards in idle turns.
CHILD = """
import sys
from pathlib import Path
from evaltool.ui.app import Start, ensure_app, make_settings
folder, pid = Path(sys.argv[1]), sys.argv[2]
app = ensure_app()
make_settings(folder).setValue("session/last_project", pid)
def on_window(win):
    def opened(project_id):
        print("opened", project_id, win.current_page().key, sorted(sys.modules), flush=True)
        app.quit()
    win.project_opened.connect(opened)
start = Start(app, folder, "zh_CN", ask_profile=False, on_window=on_window)
start.show()
app.exec()
start.window.runner.shutdown()  # (the start's cleanup and backup job, begun once the project opened)
start.close()
"""


def test_the_window_opens_the_last_project_without_what_its_first_page_does_not_need(tmp_path: Path) -> None:
    env = {**os.environ, "EVALTOOL_LANG": "zh_CN", "QT_QPA_PLATFORM": "offscreen"}
    demo = subprocess.run([sys.executable, "-m", "evaltool", "--data-dir", str(tmp_path), "demo", "--json"],
                          capture_output=True, text=True, check=True, env=env)
    pid = json.loads(demo.stdout)["project_id"]
    out = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path), pid], capture_output=True, text=True,
                         check=True, env=env, timeout=120).stdout
    line = next(x for x in out.splitlines() if x.startswith("opened "))
    _word, opened, page, modules = line.split(" ", 3)
    assert (opened, page) == (pid, "overview")
    imported = set(ast.literal_eval(modules))
    assert {"evaltool.ui.pages.overview", "evaltool.scoring.totals", "sqlalchemy.orm"} <= imported
    assert sorted(m for m in imported if any(m == n or m.startswith(n + ".") for n in NOT_AT_START)) == []
