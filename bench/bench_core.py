"""The core's rows of ``bench/run_all.py`` (no window): the tally, ``evaltool summary``, evidence
files and rows, and how the project summary grows with the framework. Each measures its
figure and, in the same run, the baseline its goal names; see bench/benchlib.py.
"""
from __future__ import annotations

import json
import math
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchlib import Context, Result, bench, interleaved, timed

ROOT = Path(__file__).resolve().parents[1]


def _need_large(ctx: Context) -> tuple[Path, dict[str, Any]]:
    if ctx.large is None or ctx.manifest is None:
        raise RuntimeError("needs the large project (bench/make_large.py, or run_all.py --large DIR)")
    return ctx.large, ctx.manifest


# -- tally ---------------------------------------------------------------------------

FLAT_SQL = "SELECT g, qkey, code, count(*) FROM flat GROUP BY g, qkey, code"


def flat_answers(db_path: Path, survey_id: str, out: Path) -> Path:
    """The survey's answers stored the fastest plain way: one row per answer (group number,
    question key, code) with a covering index, in a file of its own on the same disk."""
    out.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    groups: dict[str, int] = {}
    rows: list[tuple[int, str, Any]] = []
    for g, answers in src.execute("SELECT coalesce(group_id, ''), answers FROM responses "
                                  "WHERE survey_id = ? AND deleted = 0", (survey_id,)):
        gi = groups.setdefault(g, len(groups))
        for k, v in json.loads(answers).items():
            rows.append((gi, k, v if not isinstance(v, list) else json.dumps(v)))
    src.close()
    con = sqlite3.connect(out)
    con.execute("CREATE TABLE flat (g INTEGER, qkey TEXT, code)")
    con.executemany("INSERT INTO flat VALUES (?, ?, ?)", rows)
    con.execute("CREATE INDEX ix_flat ON flat (g, qkey, code)")  # built after the rows: packed, in order
    con.commit()
    plan = " ".join(str(r[-1]) for r in con.execute("EXPLAIN QUERY PLAN " + FLAT_SQL))
    assert "COVERING INDEX" in plan and "TEMP B-TREE" not in plan, plan
    con.close()
    return out


def measure_tally(db_dir: Path, survey_id: str, work: Path, repeat: int) -> dict[str, float]:
    """Seconds of the tally computed (cache emptied first), of the tally again at the same
    data revision, and of the plain GROUP BY over one row per answer; and how many answers."""
    from evaltool import tally as tally_mod
    from evaltool.db import open_database

    flat = sqlite3.connect(flat_answers(db_dir / "evaltool.sqlite", survey_id, work / "flat.sqlite"))
    answers = flat.execute("SELECT count(*) FROM flat").fetchone()[0]
    db = open_database(db_dir, backup="never")
    try:
        def plain() -> None:
            flat.execute(FLAT_SQL).fetchall()

        def cold() -> None:
            tally_mod._cache.clear()  # the figure is the computation, not the cache
            with db.read_session() as s:
                tally_mod.tally_survey(s, survey_id)

        def warm() -> None:
            with db.read_session() as s:
                tally_mod.tally_survey(s, survey_id)

        f, b = interleaved(cold, plain, repeat)
        warm()
        c, b2 = interleaved(warm, plain, repeat)
    finally:
        db.close()
        flat.close()
    return {"tally": f, "cached": c, "plain": min(b, b2), "answers": answers}


@bench("tally")
def tally(ctx: Context) -> list[Result]:
    large, m = _need_large(ctx)
    t = measure_tally(large, m["survey_id"], ctx.work, ctx.repeat)
    what = f"GROUP BY over one row per answer ({t['answers']:,}), covering index"
    return [Result("tally", t["tally"], baseline=t["plain"], baseline_what=what, met=t["tally"] <= 1.5 * t["plain"],
                   note=f"{m['questionnaires']:,} questionnaires; counts kept by the database"),
            Result("tally_cached", t["cached"], baseline=t["plain"], baseline_what=what,
                   met=t["cached"] <= 0.2 * t["plain"], note="same data revision: a copy of the cached tally")]


# -- evaltool summary ------------------------------------------------------------------

@bench("summary_cli")
def summary_cli(ctx: Context) -> list[Result]:
    large, m = _need_large(ctx)
    # As installed (and frozen) evaltool runs: with its bytecode cached. The first run
    # writes the cache (and warms the page cache); both commands then read theirs.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["EVALTOOL_LANG"] = "zh_CN"
    cmd = [sys.executable, "-m", "evaltool", "--data-dir", str(large), "summary", m["name"]]
    base = [sys.executable, "-c", "import sqlalchemy"]
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True).stdout
    f, b = interleaved(lambda: subprocess.run(cmd, capture_output=True, env=env, check=True),
                       lambda: subprocess.run(base, capture_output=True, env=env, check=True), ctx.repeat)
    total = next((line for line in out.splitlines() if line.startswith(("合计", "Total"))), "").split()
    return [Result("summary_cli", f, baseline=b, baseline_what="python -c \"import sqlalchemy\"",
                   met=f <= b + 0.2, note=f"+{f - b:.2f} s over the baseline; total {total[-2] if len(total) > 1 else '?'}")]


# -- evidence --------------------------------------------------------------------------

@bench("evidence_files")
def evidence_files(ctx: Context) -> list[Result]:
    """Whole add (store: copy, SHA-256, durable; then the items' rows, committed) of the
    files of bench/bench_evidence.py, against ``shutil.copy`` + fsync of each file."""
    from bench_evidence import make_files

    from evaltool.db import open_database
    from evaltool.evidence import EvidenceStore, create_items, store_files
    from evaltool.identity import ensure_profile
    from evaltool.projects import create_project

    n = int(ctx.options.get("evidence_files", 1000))
    src = make_files(ctx.work / "evidence-src", n)
    mb = sum(p.stat().st_size for p in src) / 1e6
    runs = max(2, ctx.repeat // 2)
    split: list[tuple[float, float]] = []

    def plain() -> None:
        dst = ctx.work / "plain"
        shutil.rmtree(dst, ignore_errors=True)
        dst.mkdir()
        t0 = time.perf_counter()
        for p in src:
            target = dst / p.name
            shutil.copy(p, target)
            with open(target, "rb+") as fh:
                os.fsync(fh.fileno())
        plain.seconds = time.perf_counter() - t0  # type: ignore[attr-defined]

    def store() -> None:
        data = ctx.work / "store-data"
        shutil.rmtree(data, ignore_errors=True)
        db = open_database(data, backup="never")
        ensure_profile(db, "bench", "lead")
        with db.session() as s:
            pid = create_project(s, "bench").id
        try:
            t0 = time.perf_counter()
            stored = store_files(EvidenceStore(db.data_dir), src)
            t1 = time.perf_counter()
            with db.session() as s:
                create_items(s, pid, stored)
            t2 = time.perf_counter()
        finally:
            db.close()
        split.append((t1 - t0, t2 - t1))
        store.seconds = t2 - t0  # type: ignore[attr-defined]

    f = b = math.inf
    for _ in range(runs):
        plain()
        b = min(b, plain.seconds)  # type: ignore[attr-defined]
        store()
        f = min(f, store.seconds)  # type: ignore[attr-defined]
    files_s, rows_s = min(split)
    shutil.rmtree(ctx.work / "plain", ignore_errors=True)
    shutil.rmtree(ctx.work / "store-data", ignore_errors=True)
    shutil.rmtree(ctx.work / "evidence-src", ignore_errors=True)
    return [Result("evidence_files", f, baseline=b, baseline_what="shutil.copy + fsync per file", met=f <= 1.5 * b,
                   what=f"add {n:,} evidence files ({mb:,.0f} MB)",
                   note=f"store {files_s:.2f} s + rows {rows_s:.2f} s")]


@bench("evidence_items")
def evidence_items(ctx: Context) -> list[Result]:
    """``create_items`` + ``link_many`` of 5,000 items (one or two leaves each) in the large
    project, flushed and rolled back; against plain ``executemany`` of the same rows."""
    import hashlib

    from sqlalchemy import insert

    from evaltool.db import open_database
    from evaltool.evidence import create_items, link_id, link_many
    from evaltool.evidence.info import StoredFile
    from evaltool.framework import iter_leaves, load_tree
    from evaltool.models import EvidenceItem, EvidenceLink, new_id, utcnow

    large, m = _need_large(ctx)
    n = int(ctx.options.get("evidence_items", 5000))
    pid = m["project_id"]
    db = open_database(large, backup="never")
    try:
        with db.read_session() as s:
            leaves = [x.id for x in iter_leaves(load_tree(s, pid))]
        rnd = random.Random(5)
        stored = [StoredFile(f"/材料/{i}.pdf", f"佐证材料{i:05d}.pdf",
                             hashlib.sha256(f"bench-{i}".encode()).hexdigest(), 1000 + i, "application/pdf")
                  for i in range(n)]
        picks = [rnd.sample(leaves, rnd.choice((1, 1, 2))) for _ in range(n)]
        links = sum(map(len, picks))

        def figure() -> None:
            s = db.new_session()
            try:
                items = create_items(s, pid, stored)
                link_many(s, pid, [(r.item_id, leaf, "") for r, ls in zip(items, picks, strict=True) for leaf in ls])
                s.flush()
            finally:
                s.rollback()
                s.close()

        def plain() -> None:
            now = utcnow()
            item_rows, link_rows = [], []
            for sf, ls in zip(stored, picks, strict=True):
                iid = new_id()
                item_rows.append({"id": iid, "project_id": pid, "sha256": sf.sha256, "size": sf.size,
                                  "filename": sf.filename, "mime": sf.mime, "title": sf.filename[:-4],
                                  "kind": "document", "source": "unit", "date": None, "page_ref": "", "notes": "",
                                  "text": "", "added_by": db.evaluator_id, "created_at": now, "updated_at": now,
                                  "deleted": False})
                link_rows += [{"id": link_id(iid, leaf, ""), "project_id": pid, "evidence_id": iid,
                               "indicator_id": leaf, "target": "", "created_at": now, "updated_at": now,
                               "deleted": False} for leaf in ls]
            with db.engine.connect() as conn:
                tx = conn.begin()
                conn.execute(insert(EvidenceItem), item_rows)
                conn.execute(insert(EvidenceLink), link_rows)
                tx.rollback()

        f, b = interleaved(figure, plain, max(2, ctx.repeat // 2))
    finally:
        db.close()
    return [Result("evidence_items", f, baseline=b, met=f <= 5.0,
                   baseline_what="executemany of the same rows, no change log",
                   what=f"{n:,} evidence items with {links:,} links, database work",
                   note="with the change log of every field (what sync sends)")]


# -- growth ----------------------------------------------------------------------------

@bench("growth_core")
def growth_core(ctx: Context) -> list[Result]:
    """``project_summary`` (totals, grade, flags) at 100, 1,000 and 3,000 leaves, 10
    evaluators scoring every leaf (the projects of the sync rows, kept in ``--growth-dir``)."""
    from evaltool.db import open_database
    from evaltool.scoring import project_summary

    sizes = [int(x) for x in str(ctx.options.get("growth_sizes", "100,1000,3000")).split(",")]
    times: dict[int, float] = {}
    for n in sizes:
        data, m = _scores_project(ctx, n)
        db = open_database(data, backup="never")
        try:
            def run(pid: str = m["project_id"], db: Any = db) -> None:
                with db.read_session() as s:
                    project_summary(s, pid)

            run()
            times[n] = min(timed(run) for _ in range(ctx.repeat))
        finally:
            db.close()
    lo, hi = min(sizes), max(sizes)
    exponent = math.log(times[hi] / times[lo]) / math.log(hi / lo)
    per_leaf = ", ".join(f"{n:,}: {times[n] * 1000:.0f} ms ({times[n] / n * 1e6:.0f} µs/leaf)" for n in sizes)
    return [Result("growth_core", exponent, unit="n^x", met=exponent <= 1.15,
                   what=f"project summary (core), {lo:,} → {hi:,} leaves", note=per_leaf,
                   extra={"seconds": {str(k): v for k, v in times.items()}})]


# -- sync ------------------------------------------------------------------------------

def _scores_project(ctx: Context, leaves: int) -> tuple[Path, dict[str, Any]]:
    """A project of ``leaves`` leaves scored by 10 evaluators, no evidence or questionnaires
    (what a sync of scores carries), built by make_large once into ``--growth-dir``."""
    from make_large import build, load_manifest

    folder = Path(ctx.options.get("growth_dir") or ctx.work / "growth")
    data = folder / f"scores-{leaves}"
    m = load_manifest(data) or build(data, leaves, evidence=0, questionnaires=0, say=lambda _msg: None)
    return data, m


def _peer_with_edits(work: Path, data: Path, pid: str, edits: int) -> tuple[Path, Path, str]:
    """Laptop B: the project imported from A's full package, then ``edits`` of B's own
    scores. Returns B's data folder, the full package, and A's device id."""
    from evaltool import sync
    from evaltool.db import open_database
    from evaltool.framework import iter_leaves, load_tree
    from evaltool.identity import ensure_profile
    from evaltool.scoring import set_score

    usb = work / "usb"
    usb.mkdir(exist_ok=True)
    a = open_database(data, backup="never")
    try:
        full = sync.export_package(a, pid, usb).path
        a_device = a.device_id
    finally:
        a.close()
    b_dir = work / "peer-b"
    shutil.rmtree(b_dir, ignore_errors=True)
    b = open_database(b_dir, backup="never")
    try:
        ensure_profile(b, "乙", "member")
        sync.import_package(b, full)
        with b.session() as s:
            leaves = list(iter_leaves(load_tree(s, pid)))[:edits]
            for n in leaves:
                set_score(s, pid, n.id, b.evaluator_id, round(n.weight * 0.5, 6), comment="乙复核，扣一半")
    finally:
        b.close()
    return b_dir, full, a_device


@bench("sync_import")
def sync_import(ctx: Context) -> list[Result]:
    """Import of laptop A's whole package (10 evaluators × every leaf scored) into an empty
    database, per change; against ``executemany`` of the same change rows (the floor)."""
    from sqlalchemy import insert

    from evaltool import sync
    from evaltool.db import open_database
    from evaltool.models import ChangeRecord
    from evaltool.sync.package import open_package

    leaves = int(ctx.options.get("sync_leaves", 1000))
    data, m = _scores_project(ctx, leaves)
    usb = ctx.work / "usb"
    usb.mkdir(exist_ok=True)
    a = open_database(data, backup="never")
    try:
        full = sync.export_package(a, m["project_id"], usb).path
    finally:
        a.close()
    with open_package(full, None) as pkg:
        rows = [dict(c) for c in pkg.changes]
    n = len(rows)
    runs = max(2, ctx.repeat // 2)

    def fresh() -> Any:
        target = ctx.work / "sync-into"
        shutil.rmtree(target, ignore_errors=True)
        return open_database(target, backup="never")

    f = b = math.inf
    for _ in range(runs):
        db = fresh()
        try:
            b = min(b, timed(lambda db=db: _insert_rollback(db, insert(ChangeRecord), rows)))
        finally:
            db.close()
        db = fresh()
        try:
            f = min(f, timed(lambda db=db: sync.import_package(db, full)))
        finally:
            db.close()
    shutil.rmtree(ctx.work / "sync-into", ignore_errors=True)
    return [Result("sync_import", f / n, unit="s/change", baseline=b / n, met=f / n <= 25e-6,
                   baseline_what="executemany of the change rows alone", what="sync import, per change",
                   note=f"{n:,} changes ({m['evaluators']} evaluators × {leaves:,} leaves) in {f:.2f} s, "
                        f"backup of the database included")]


def _insert_rollback(db: Any, stmt: Any, rows: list[dict[str, Any]]) -> None:
    with db.engine.connect() as conn:
        tx = conn.begin()
        conn.execute(stmt, rows)
        tx.rollback()


@bench("sync_export_for")
def sync_export_for(ctx: Context) -> list[Result]:
    """``export --for`` a peer that lacks only 52 of B's scores, from a small and from a
    large change log (100 and 1,000 leaves × 10 evaluators): the same package, so the time
    must not grow with the log."""
    from evaltool import sync
    from evaltool.db import open_database

    edits = 52
    sizes = [int(x) for x in str(ctx.options.get("sync_export_sizes", "100,1000")).split(",")]
    times: dict[int, float] = {}
    sent: dict[int, int] = {}
    logs: dict[int, int] = {}
    for leaves in sizes:
        data, m = _scores_project(ctx, leaves)
        work = ctx.work / f"export-{leaves}"
        work.mkdir(exist_ok=True)
        b_dir, _full, a_device = _peer_with_edits(work, data, m["project_id"], edits)
        out = work / "out"
        out.mkdir()
        b = open_database(b_dir, backup="never")
        try:
            with b.engine.connect() as conn:
                logs[leaves] = conn.exec_driver_sql("SELECT count(*) FROM change_log").scalar() or 0

            def run(b: Any = b, pid: str = m["project_id"], out: Path = out, a_device: str = a_device,
                    leaves: int = leaves) -> None:
                r = sync.export_package(b, pid, out, for_device=a_device)
                sent[leaves] = r.changes
                r.path.unlink()

            run()
            times[leaves] = min(timed(run) for _ in range(ctx.repeat))
        finally:
            b.close()
        shutil.rmtree(work, ignore_errors=True)
    lo, hi = min(sizes), max(sizes)
    return [Result("sync_export_for", times[hi], baseline=times[lo], met=times[hi] <= 1.5 * times[lo],
                   baseline_what=f"the same export from a {logs[lo]:,}-change log",
                   what=f"`export --for` a peer lacking {sent[hi]:,} changes, {logs[hi]:,}-change log",
                   note=f"{sent[hi]:,} changes sent (B's {edits} scores and the evaluators)")]


# -- Word report -----------------------------------------------------------------------

def _floor_writer(source: Path, target: Path) -> Callable[[], None]:
    """The same paragraphs and table cells as ``source``, written with bare python-docx
    (``add_paragraph``, ``add_table``, ``cell.text``): what the content costs through its API."""
    from docx import Document
    from docx.oxml.ns import qn

    blocks: list[Any] = []
    for el in Document(str(source)).element.body.iterchildren():
        if el.tag == qn("w:p"):
            blocks.append("".join(t.text or "" for t in el.iter(qn("w:t"))))
        elif el.tag == qn("w:tbl"):
            blocks.append([["".join(t.text or "" for t in tc.iter(qn("w:t"))) for tc in tr.iterchildren(qn("w:tc"))]
                           for tr in el.iterchildren(qn("w:tr"))])

    def write() -> None:
        doc = Document()
        for b in blocks:
            if isinstance(b, str):
                doc.add_paragraph(b)
                continue
            ncols = max(map(len, b))
            tbl = doc.add_table(rows=len(b), cols=ncols)
            for row, values in zip(tbl.rows, b, strict=True):
                for cell, value in zip(row.cells, values, strict=False):
                    cell.text = value
        doc.save(str(target))

    return write


@bench("word_3000")
def word_3000(ctx: Context) -> list[Result]:
    """The Word report of a 3,000-leaf project (every leaf scored with a comment and decided):
    ``write_docx`` from the collected data, against bare python-docx writing the same
    paragraphs and cells; the whole export (reading, the consistency check) in the note."""
    import tempfile

    from bench_export import big_project

    from evaltool.db import open_database
    from evaltool.export import export_project
    from evaltool.export.data import collect
    from evaltool.export.word import write_docx
    from evaltool.identity import ensure_profile

    leaves = int(ctx.options.get("word_leaves", 3000))
    folder = Path(ctx.options.get("growth_dir") or ctx.work / "growth") / f"word-{leaves}"
    fresh = not (folder / "project.txt").exists()
    if fresh:
        shutil.rmtree(folder, ignore_errors=True)
    db = open_database(folder, backup="never")
    try:
        ensure_profile(db, "基准", "lead")
        if fresh:
            (folder / "project.txt").write_text(big_project(db, 4, max(1, leaves // 40), 10), encoding="utf-8")
        pid = (folder / "project.txt").read_text(encoding="utf-8").strip()
        out = Path(tempfile.mkdtemp(dir=ctx.work))
        with db.read_session() as s:
            data = collect(s, pid, "zh_CN", with_charts=True)
        ours = out / "ours.docx"
        write_docx(data, ours, step=lambda _f: None)
        floor = _floor_writer(ours, out / "floor.docx")
        runs = max(2, ctx.repeat // 2)
        f, b = interleaved(lambda: write_docx(data, ours, step=lambda _f: None), floor, runs)
        whole = min(timed(lambda: export_project(db, pid, docx=out / "whole.docx")) for _ in range(runs))
    finally:
        db.close()
    return [Result("word_3000", f, baseline=b, met=f <= b, what=f"Word report, {leaves:,} leaves (writing the document)",
                   baseline_what="bare python-docx, same paragraphs and cells",
                   note=f"whole export {whole:.1f} s with reading and the consistency check")]
