"""What the benchmarks of ``bench/run_all.py`` share: the goals of issue 20, the registry a
benchmark module adds its rows to, the context they run in, and timing helpers.

A benchmark measures a figure and, in the same run, the baseline the goal names (a bare
window, a plain copy, the fastest plain SQL …): the machine is shared and noisy, so the
table compares ratios, not seconds. Timings are the best of several runs, the figure's
and the baseline's interleaved so that a burst of load hits both.

Adding a row: write ``@bench("key")`` over a function ``(ctx: Context) -> list[Result]`` in
a module listed in ``run_all.MODULES``; ``key`` is one of ``GOALS`` (or add the goal there).
"""
from __future__ import annotations

import gc
import math
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Goal:
    key: str
    what: str  # the figure, in words
    goal: str  # the goal, in words
    owner: str = ""  # who measures it when it is not measured yet


#: Every goal of issue 20, in the order of the table.
GOALS: list[Goal] = [
    Goal("window_shell", "window on screen (cold start)", "≤ 1.5× a bare PySide6 window", "UI"),
    Goal("demo_usable", "demo project usable (cold start)", "≤ 3× a bare PySide6 window", "UI"),
    Goal("large_open", "open the large project in the window", "≤ 1 s", "UI"),
    Goal("page_first", "first visit of any page, large project", "≤ 0.3 s", "UI"),
    Goal("page_later", "later visits of a page", "≤ 0.1 s", "UI"),
    Goal("tree_click", "one click in the scoring tree", "≤ 30 ms", "UI"),
    Goal("growth_ui", "UI operations, 100 → 3,000 leaves", "linear", "UI"),
    Goal("summary_cli", "`evaltool summary`, large project", "≤ `import sqlalchemy` + 0.2 s"),
    Goal("growth_core", "project summary (core), 100 → 3,000 leaves", "linear"),
    Goal("tally", "tally of 100,000 questionnaires × 20 questions", "≤ 1.5× the fastest plain SQL"),
    Goal("tally_cached", "the same tally again (pages, report)", "cached per data revision"),
    Goal("sync_import", "sync import, per change", "≤ 25 µs", "UI"),
    Goal("sync_export_for", "sync export `--for` a peer", "proportional to what is sent", "UI"),
    Goal("evidence_files", "add 1,000 evidence files (811 MB)", "≤ 1.5× a durable plain copy"),
    Goal("evidence_items", "5,000 evidence items with links, database work", "≤ 5 s"),
    Goal("word_3000", "Word report, 3,000 leaves", "≤ the bare python-docx floor", "UI"),
    Goal("memory", "peak memory, large project, every page visited", "≤ 250 MB", "UI"),
]
GOAL_KEYS = {g.key for g in GOALS}


@dataclass
class Result:
    """One row of the table. ``figure`` and ``baseline`` in ``unit``; ``met`` as judged by
    the benchmark against its goal (None: no verdict)."""

    key: str
    figure: float | None
    unit: str = "s"
    baseline: float | None = None
    baseline_what: str = ""
    met: bool | None = None
    note: str = ""
    what: str = ""  # overrides the goal's wording (a row measured at another size)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.figure is None or not self.baseline:
            return None
        return self.figure / self.baseline


@dataclass
class Context:
    """What a benchmark gets: the large project (data folder and its manifest from
    bench/make_large.py), a scratch folder on the same disk, options."""

    large: Path | None
    manifest: dict[str, Any] | None
    work: Path
    repeat: int = 5
    options: dict[str, Any] = field(default_factory=dict)


Bench = Callable[[Context], list[Result]]
REGISTRY: dict[str, Bench] = {}


def bench(key: str) -> Callable[[Bench], Bench]:
    """Register ``fn`` as the benchmark of goal ``key``."""
    if key not in GOAL_KEYS:
        raise KeyError(f"{key!r} is not a goal in benchlib.GOALS")

    def register(fn: Bench) -> Bench:
        REGISTRY[key] = fn
        return fn

    return register


def timed(fn: Callable[[], Any]) -> float:
    """Seconds of one call (garbage collected before, not during)."""
    gc.collect()
    was = gc.isenabled()
    gc.disable()
    try:
        t0 = time.perf_counter()
        fn()
        return time.perf_counter() - t0
    finally:
        if was:
            gc.enable()


def interleaved(figure: Callable[[], Any], baseline: Callable[[], Any], repeat: int) -> tuple[float, float]:
    """Best seconds of ``figure`` and of ``baseline`` over ``repeat`` alternating runs."""
    f, b = math.inf, math.inf
    for _ in range(repeat):
        b = min(b, timed(baseline))
        f = min(f, timed(figure))
    return f, b


def load() -> str:
    """The machine's load averages (1, 5, 15 min) as text, for the record."""
    if hasattr(os, "getloadavg"):
        return " / ".join(f"{x:.2f}" for x in os.getloadavg())
    return "n/a"
