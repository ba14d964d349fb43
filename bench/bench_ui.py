"""The window's rows of ``bench/run_all.py``: cold start, opening the large project, page
visits, a click in the scoring tree, peak memory with every page visited.

Every figure is measured in a fresh child process (``python bench/bench_ui.py --child …``,
offscreen Qt unless ``QT_QPA_PLATFORM`` says otherwise), so that one row's caches, imports
and memory do not flatter the next; the baseline is a bare PySide6 window measured in the
same run the same way: its cold start (spawn → first paint), its show-and-paint time in a
warm process, its peak memory.

"On screen" is the window's first paint event; "usable" is the first paint after the last
project's page has loaded (and the runner has no job left). A page visit is ``show_page``
up to the end of its paint; a tree click is ``select_leaf`` on the Scoring page up to the
end of the repaint (the form and the evidence list of the leaf filled).
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
for _p in (str(BENCH), str(ROOT)):
    if _p not in sys.path:
        sys.path.insert(0, _p)

from benchlib import Context, Result, bench  # noqa: E402 - after the path set-up above

#: The pages visited, in sidebar order (evaltool.ui.pages.PAGES keys).
CLICKS = 20  # leaves clicked in the scoring tree, spread over the framework


# -- the child processes -----------------------------------------------------------------

def _peak_mb() -> float:
    import resource

    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024


def _paint_watch(widget: Any, say: Any) -> None:
    """Call ``say()`` after ``widget``'s next paint event (once)."""
    from PySide6.QtCore import QEvent, QObject

    class Once(QObject):
        def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802 - Qt name
            if event.type() == QEvent.Type.Paint:
                widget.removeEventFilter(self)
                say()
            return False

    f = Once(widget)
    widget.installEventFilter(f)
    widget._bench_filter = f  # kept alive with the widget


def child_bare() -> None:
    """Bare PySide6 window: prints 'shown <s>' at its first paint, then its peak memory."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    win = QMainWindow()
    win.resize(1280, 800)

    def painted() -> None:
        print("shown", flush=True)
        print(json.dumps({"peak_mb": _peak_mb()}), flush=True)
        app.quit()

    _paint_watch(win, painted)
    win.show()
    app.exec()


def child_floor() -> None:
    """The floor under the demo's start: a bare window, once SQLAlchemy's ORM and the models
    the first page reads are imported and their mappers configured (what no start of
    evaltool can do without; like the start, without garbage collection meanwhile); prints
    'shown' at its first paint."""
    import gc

    gc.disable()
    from PySide6.QtWidgets import QApplication, QMainWindow
    from sqlalchemy.orm import configure_mappers

    from evaltool.models import BudgetLine, ChangeRecord, EvidenceLink, FinalScore, Indicator, Project, Proposal  # noqa: F401

    configure_mappers()
    app = QApplication(sys.argv[:1])
    win = QMainWindow()
    win.resize(1280, 800)

    def painted() -> None:
        print("shown", flush=True)
        app.quit()

    _paint_watch(win, painted)
    win.show()
    app.exec()


def child_start(data_dir: str) -> None:
    """evaltool's start as ``evaltool.ui.app.run`` does it (``Start``: shell, database and
    window, last project): prints 'shown' at the shell's first paint, 'usable' once the
    last project's page has painted."""
    from evaltool.ui.app import Start, ensure_app

    app = ensure_app()

    def shown() -> None:
        print("shown", flush=True)

    def on_window(win: Any) -> None:
        def opened() -> None:  # after open_last_project (queued after the window's first paint)
            # Painted now (a page inside a scroll area gets no paint event of its own: the
            # scroll area covers it, so a paint watch on the page would wait forever).
            _settle(app, win)
            usable(win)

        win.project_opened.connect(lambda _pid: QTimer.singleShot(0, opened))

    def usable(win: Any) -> None:
        if not win.runner.idle:  # a page still loading on the runner (or the start-up's
            # cleanup and daily backup): check again shortly; the page has painted already
            QTimer.singleShot(5, lambda: usable(win))
            return
        print("usable", flush=True)
        app.quit()

    from PySide6.QtCore import QTimer

    start = Start(app, Path(data_dir), "zh_CN", ask_profile=False, on_window=on_window)
    _paint_watch(start.shell, shown)
    start.show()
    app.exec()
    start.close()


def _settle(app: Any, win: Any) -> None:
    """Process events until the window has painted what is pending (a job the page started
    on the runner goes on in the background: the page answers meanwhile; ``_idle`` waits)."""
    app.processEvents()
    win.repaint()  # paints now: what a user would wait for
    app.processEvents()


def _idle(app: Any, win: Any) -> float:
    """Seconds until the runner has no job left (a page's background work)."""
    t0 = time.perf_counter()
    while not win.runner.idle:
        app.processEvents()
        time.sleep(0.001)
    return time.perf_counter() - t0


def child_visit(data_dir: str, project_id: str, clicks: int) -> None:
    """Open the project in a fresh window, visit every page twice, click leaves of the
    scoring tree; prints one JSON line of seconds and the peak memory."""
    from PySide6.QtWidgets import QMainWindow

    from evaltool.db import open_database
    from evaltool.ui.app import ensure_app, make_settings, start_window
    from evaltool.ui.pages import LATE_IMPORTS, PAGES

    app = ensure_app()
    # the bare window's show-and-paint in this warm process: the in-process baseline
    bare = QMainWindow()
    bare.resize(1280, 800)
    t0 = time.perf_counter()
    bare.show()
    bare.repaint()
    app.processEvents()
    bare_s = time.perf_counter() - t0
    bare.close()

    db = open_database(Path(data_dir), backup="never")
    settings_dir = Path(tempfile.mkdtemp(prefix="bench-ui-"))  # not the project's data folder
    win = start_window(db, make_settings(settings_dir), "zh_CN", ask_profile=False, open_last=False)
    win.resize(1280, 800)
    win.show()
    _settle(app, win)
    _idle(app, win)
    out: dict[str, Any] = {"bare": bare_s}
    t0 = time.perf_counter()
    win.open_project(project_id)
    _settle(app, win)
    out["open"] = time.perf_counter() - t0
    # the other pages' modules are imported in idle turns after the open (MainWindow._warm_up):
    # a user clicks on after that, so the first visits are measured after it too
    _idle(app, win)
    deadline = time.perf_counter() + 30
    while not all(m in sys.modules for m in (*(p.module for p in PAGES), *LATE_IMPORTS)) and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.01)
    first: dict[str, float] = {}
    later: dict[str, float] = {}
    background: dict[str, float] = {}
    for cls in PAGES:
        t0 = time.perf_counter()
        win.show_page(cls.key)
        _settle(app, win)
        first[cls.key] = time.perf_counter() - t0
        background[cls.key] = _idle(app, win)
    for cls in PAGES:
        win.show_home()
        _settle(app, win)
        _idle(app, win)
        t0 = time.perf_counter()
        win.show_page(cls.key)
        _settle(app, win)
        later[cls.key] = time.perf_counter() - t0
        _idle(app, win)
    out["first"], out["later"], out["background"] = first, later, background
    page: Any = win.show_page("scoring")  # a ScoringPage
    _settle(app, win)
    ids = page.leaf_ids()
    step = max(1, len(ids) // clicks)
    times = []
    for leaf in ids[step // 2::step][:clicks]:
        t0 = time.perf_counter()
        page.select_leaf(leaf)
        _settle(app, win)
        times.append(time.perf_counter() - t0)
        _idle(app, win)
    times.sort()
    out["click_median"] = times[len(times) // 2]
    out["click_worst"] = times[-1]
    out["leaves"] = len(ids)
    out["peak_mb"] = _peak_mb()
    print(json.dumps(out), flush=True)
    win.close()
    db.close()
    shutil.rmtree(settings_dir, ignore_errors=True)


# -- the parent: spawning children and timing them ---------------------------------------

def _env() -> dict[str, str]:
    # As installed (and frozen) evaltool runs: with its bytecode cached (the first child of a
    # run writes the cache; the figures are the best of several).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["EVALTOOL_LANG"] = "zh_CN"
    return env


def _spawn_marks(args: list[str], marks: tuple[str, ...]) -> tuple[dict[str, float], list[str]]:
    """Seconds from spawning ``bench_ui.py --child …`` to each of ``marks`` printed; the
    other lines printed."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(Path(__file__)), "--child", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=_env(), cwd=str(ROOT))
    assert proc.stdout is not None
    seen: dict[str, float] = {}
    rest: list[str] = []
    for line in proc.stdout:
        word = line.strip()
        if word in marks:
            seen[word] = time.perf_counter() - t0
        elif word:
            rest.append(word)
    if proc.wait() != 0 or set(seen) != set(marks):
        raise RuntimeError(f"child {args} ended with {proc.returncode}, marks {sorted(seen)}")
    return seen, rest


def _demo_folder(ctx: Context) -> Path:
    """A data folder holding the demo project (made by a first start, not timed)."""
    folder = ctx.work / "ui-demo"
    if not (folder / "evaltool.sqlite").exists():
        _spawn_marks(["start", str(folder)], ("shown", "usable"))
    return folder


@bench("window_shell")
def cold_start(ctx: Context) -> list[Result]:
    folder = _demo_folder(ctx)
    _spawn_marks(["start", str(folder)], ("shown", "usable"))  # bytecode and page cache warm, as after a first start
    shell, usable, bare, floor = [], [], [], []
    for _ in range(ctx.repeat):
        b, _rest = _spawn_marks(["bare"], ("shown",))
        bare.append(b["shown"])
        s, _rest = _spawn_marks(["start", str(folder)], ("shown", "usable"))
        shell.append(s["shown"])
        usable.append(s["usable"])
        f, _rest = _spawn_marks(["floor"], ("shown",))
        floor.append(f["shown"])
    base = min(bare)
    what = "bare PySide6 window (spawn → first paint)"
    return [Result("window_shell", min(shell), baseline=base, baseline_what=what, met=min(shell) <= 1.5 * base,
                   note="demo data folder"),
            Result("demo_usable", min(usable), baseline=base, baseline_what=what, met=min(usable) <= 3 * base,
                   note=f"the demo project's first page painted; floor {min(floor) / base:.2f}× (a bare window "
                        "after SQLAlchemy's ORM and the first page's models)")]


def _visits(ctx: Context) -> Any:
    """Best of the children's visit figures (peak memory: the highest); bare window's
    peak memory."""
    if ctx.large is None or ctx.manifest is None:
        raise RuntimeError("needs the large project (bench/make_large.py, or run_all.py --large DIR)")
    cached = ctx.options.get("_ui_visits")
    if cached is not None:
        return cached
    runs = []
    for _ in range(max(1, min(ctx.repeat, 3))):  # each run opens the whole large project
        _m, lines = _spawn_marks(["visit", str(ctx.large), ctx.manifest["project_id"], str(CLICKS)], ())
        runs.append(json.loads(lines[-1]))
    _m, lines = _spawn_marks(["bare"], ("shown",))
    bare_mb = json.loads(lines[-1])["peak_mb"]
    best: dict[str, Any] = {k: min(r[k] for r in runs) for k in ("bare", "open", "click_median", "click_worst")}
    best["first"] = {k: min(r["first"][k] for r in runs) for k in runs[0]["first"]}
    best["later"] = {k: min(r["later"][k] for r in runs) for k in runs[0]["later"]}
    best["background"] = {k: min(r["background"][k] for r in runs) for k in runs[0]["background"]}
    best["peak_mb"] = max(r["peak_mb"] for r in runs)
    best["leaves"] = runs[0]["leaves"]
    ctx.options["_ui_visits"] = (best, bare_mb)
    return best, bare_mb


def _pages_note(times: dict[str, float]) -> str:
    return ", ".join(f"{k} {v * 1000:.0f}" for k, v in sorted(times.items(), key=lambda kv: -kv[1])) + " ms"


@bench("large_open")
def large_open(ctx: Context) -> list[Result]:
    v, _mb = _visits(ctx)
    return [Result("large_open", v["open"], baseline=v["bare"], baseline_what="bare window show + paint",
                   met=v["open"] <= 1.0, note=f"{v['leaves']:,} leaves; open_project to the overview painted")]


@bench("page_first")
def page_first(ctx: Context) -> list[Result]:
    v, _mb = _visits(ctx)
    worst = max(v["first"].values())
    behind = {k: t for k, t in v["background"].items() if t >= 0.05}
    more = ("; then on the runner, the page answering: " + _pages_note(behind)) if behind else ""
    return [Result("page_first", worst, baseline=v["bare"], baseline_what="bare window show + paint",
                   met=worst <= 0.3, note="slowest; " + _pages_note(v["first"]) + more)]


@bench("page_later")
def page_later(ctx: Context) -> list[Result]:
    v, _mb = _visits(ctx)
    worst = max(v["later"].values())
    return [Result("page_later", worst, baseline=v["bare"], baseline_what="bare window show + paint",
                   met=worst <= 0.1, note="slowest; " + _pages_note(v["later"]))]


@bench("tree_click")
def tree_click(ctx: Context) -> list[Result]:
    v, _mb = _visits(ctx)
    return [Result("tree_click", v["click_median"], baseline=v["bare"], baseline_what="bare window show + paint",
                   met=v["click_median"] <= 0.03,
                   note=f"median of {CLICKS} leaves; slowest {v['click_worst'] * 1000:.0f} ms")]


@bench("memory")
def memory(ctx: Context) -> list[Result]:
    v, bare_mb = _visits(ctx)
    return [Result("memory", v["peak_mb"], unit="MB", baseline=bare_mb, baseline_what="bare PySide6 window",
                   met=v["peak_mb"] <= 250, note="peak RSS, every page visited twice, 20 tree clicks")]


@bench("growth_ui")
def growth_ui(ctx: Context) -> list[Result]:
    """Opening the project, the Scoring page's first visit (the tree filled) and a tree
    click at 100, 1,000 and 3,000 leaves: the growth projects of ``growth_core`` (built by
    make_large in ``--growth-dir`` unless there already)."""
    import math

    from make_large import build, load_manifest

    sizes = [int(x) for x in str(ctx.options.get("growth_sizes", "100,1000,3000")).split(",")]
    folder = Path(ctx.options.get("growth_dir") or ctx.work / "growth")
    fill: dict[int, float] = {}
    click: dict[int, float] = {}
    for n in sizes:
        data = folder / f"leaves-{n}"
        m = load_manifest(data) or build(data, n, questionnaires=0, say=lambda _msg: None)
        runs = []
        for _ in range(max(1, min(ctx.repeat, 3))):
            _m, lines = _spawn_marks(["visit", str(data), m["project_id"], "10"], ())
            runs.append(json.loads(lines[-1]))
        fill[n] = min(r["open"] + r["first"]["scoring"] for r in runs)
        click[n] = min(r["click_median"] for r in runs)
    lo, hi = min(sizes), max(sizes)

    def exponent(t: dict[int, float]) -> float:
        return math.log(t[hi] / t[lo]) / math.log(hi / lo)

    def note(t: dict[int, float]) -> str:
        return ", ".join(f"{n:,}: {t[n] * 1000:.0f} ms" for n in sizes)

    return [Result("growth_ui", exponent(fill), unit="n^x", met=exponent(fill) <= 1.15,
                   what=f"open + Scoring page's first visit, {lo:,} → {hi:,} leaves", note=note(fill)),
            Result("growth_ui", exponent(click), unit="n^x", met=exponent(click) <= 1.15,
                   what=f"one tree click, {lo:,} → {hi:,} leaves", note=note(click))]


def main(argv: list[str]) -> int:
    """``--child bare | floor | start DIR | visit DIR PROJECT_ID CLICKS`` (run by the parent)."""
    if len(argv) < 2 or argv[0] != "--child":
        print(__doc__)
        return 2
    kind, rest = argv[1], argv[2:]
    if kind == "bare":
        child_bare()
    elif kind == "floor":
        child_floor()
    elif kind == "start":
        child_start(rest[0])
    elif kind == "visit":
        child_visit(rest[0], rest[1], int(rest[2]))
    else:
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
