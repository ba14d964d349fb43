"""Team hub benchmark (run by hand, against a local throwaway PostgreSQL):

    export EVALTOOL_TEST_PG_URL=$(bash scripts/pg-test.sh start)
    .venv/bin/python bench/bench_hub.py [--laptops 20] [--projects 200] [--evidence-mb 40]
    bash scripts/pg-test.sh stop

Measured, each beside a baseline taken in the same run on the same machine:

1. push and pull of the demo project (seed 000, ~5,400 changes): changes per second, against
   a USB package of the same project (export + import, the same merge engine);
2. evidence files: MB/s up and down, against storing the same files in a laptop's store;
3. ``--laptops`` laptops (processes) pushing their own project at the same time, then all of
   them pushing one shared project at once (each with its own edit): wall time, changes per
   second, and that every push landed;
4. a hub holding ``--projects`` generated projects (copies of the demo with varied scores,
   pushed from several processes): the portfolio list, the statistics across projects and a
   Chinese substring search, as the hub's owner and as a partner (row-level security on),
   the median of 5 runs each; the target is ≤ 1 s.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import random
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _admin() -> str:
    url = os.environ.get("EVALTOOL_TEST_PG_URL")
    if not url:
        sys.exit("set EVALTOOL_TEST_PG_URL (export EVALTOOL_TEST_PG_URL=$(bash scripts/pg-test.sh start))")
    return url


def _sql(url: str, *statements: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as con:
        for s in statements:
            con.execute(s)


def _db_url(admin: str, name: str, user: str | None = None, password: str | None = None) -> str:
    from sqlalchemy.engine import URL, make_url

    u = make_url(admin)
    return URL.create("postgresql", user or u.username, password if user else u.password, u.host, u.port, name
                      ).render_as_string(hide_password=False)


def _new_hub(admin: str, name: str):
    from evaltool import hub

    _sql(admin, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)", f"CREATE DATABASE {name}")
    h = hub.open_hub(_db_url(admin, name))
    hub.init_hub(h)
    return h


def _laptop(folder: Path, person: str, demo: bool = True):
    from evaltool.db import open_database
    from evaltool.demo import create_demo_project
    from evaltool.identity import ensure_profile

    db = open_database(folder, backup="never")
    ensure_profile(db, person, "lead")
    pid = None
    if demo:
        with db.session() as s:
            pid = create_demo_project(s).id
    return db, pid


def _timed(fn):
    t = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t


# -- 1 and 2 --------------------------------------------------------------------------

def bench_throughput(admin: str, work: Path, evidence_mb: int) -> None:
    from evaltool import hub, sync
    from evaltool.evidence import EvidenceStore, add_files

    h = _new_hub(admin, "bench_hub_tp")
    a, pid = _laptop(work / "tp-a", "甲")
    b, _ = _laptop(work / "tp-b", "乙", demo=False)
    c, _ = _laptop(work / "tp-c", "丙", demo=False)
    usb = work / "usb"
    usb.mkdir()
    (exported, t_export) = _timed(lambda: sync.export_package(a, pid, usb))
    (imported, t_import) = _timed(lambda: sync.import_package(c, exported.path))
    (pushed, t_push) = _timed(lambda: hub.push_project(a, h, pid))
    (pulled, t_pull) = _timed(lambda: hub.pull_project(b, h, pid))
    n = pushed.changes_new
    usb_rate = imported.changes_new / (t_export + t_import)
    print(f"1. changes: push {n} in {t_push:.2f} s = {n / t_push:,.0f}/s; pull {pulled.changes_new} in {t_pull:.2f} s "
          f"= {pulled.changes_new / t_pull:,.0f}/s; USB export+import {usb_rate:,.0f}/s "
          f"(push {n / t_push / usb_rate:.2f}×, pull {pulled.changes_new / t_pull / usb_rate:.2f}× the USB rate)")

    files = []
    for i in range(max(evidence_mb // 10, 1)):
        f = work / f"evidence-{i}.pdf"
        f.write_bytes(os.urandom(10 * 1024 * 1024))
        files.append(f)
    mb = sum(f.stat().st_size for f in files) / 1e6
    (_, t_store) = _timed(lambda: [EvidenceStore(work / "plain").put_file(f) for f in files])
    with a.session() as s:
        add_files(s, pid, files)
    (up, t_up) = _timed(lambda: hub.push_project(a, h, pid))
    (down, t_down) = _timed(lambda: hub.pull_project(b, h, pid))
    assert up.evidence_files == down.evidence_files == len(files)
    print(f"2. evidence: {mb:.0f} MB up in {t_up:.2f} s = {mb / t_up:.1f} MB/s, down in {t_down:.2f} s = "
          f"{mb / t_down:.1f} MB/s; storing them on the laptop {mb / t_store:.1f} MB/s "
          f"(up {mb / t_up / (mb / t_store):.2f}×, down {mb / t_down / (mb / t_store):.2f}× that)")
    for db in (a, b, c):
        db.close()
    h.close()


# -- 3 --------------------------------------------------------------------------------

def _prepare(args: tuple[str, int]) -> tuple[str, str]:
    folder, i = args
    db, pid = _laptop(Path(folder), f"评价员{i}")
    db.close()
    return folder, pid


def _push_one(args: tuple[str, str, str]) -> tuple[int, float, float, float]:
    from evaltool import hub
    from evaltool.db import open_database

    folder, url, pid = args
    db = open_database(folder, backup="never")
    h = hub.open_hub(url)
    start = time.time()
    r = hub.push_project(db, h, pid)
    end = time.time()
    db.close()
    h.close()
    return r.changes_new, start, end, end - start


def bench_concurrent(admin: str, work: Path, laptops: int) -> None:
    from evaltool import hub
    from evaltool.db import open_database
    from evaltool.projects import update_project

    h = _new_hub(admin, "bench_hub_many")
    url = _db_url(admin, "bench_hub_many")
    with mp.Pool(min(laptops, os.cpu_count() or 2)) as pool:
        made = pool.map(_prepare, [(str(work / f"many-{i}"), i) for i in range(laptops)])
    with mp.Pool(laptops) as pool:  # every laptop at once
        t0 = time.time()
        results = pool.map(_push_one, [(folder, url, pid) for folder, pid in made])
        wall = time.time() - t0
    total = sum(r[0] for r in results)
    slowest = max(r[3] for r in results)
    listed = hub.list_portfolio(h)
    assert len(listed) == laptops and all(p.total == 81.415 for p in listed)
    print(f"3a. {laptops} laptops pushing their own project at once: {total:,} changes in {wall:.1f} s wall "
          f"({total / wall:,.0f}/s together; slowest push {slowest:.1f} s); all {len(listed)} projects complete")

    # all of them on one project: the first laptop's project goes to everyone, each edits it
    shared = made[0][1]
    for folder, _pid in made[1:]:
        db = open_database(folder, backup="never")
        hub.pull_project(db, h, shared, evidence="none")
        db.close()
    for i, (folder, _pid) in enumerate(made):
        db = open_database(folder, backup="never")
        with db.session() as s:
            update_project(s, shared, settings={"bench": i})  # the same field: conflicts kept
            update_project(s, shared, budget_unit=f"单位{i}")
        db.close()
    with mp.Pool(laptops) as pool:
        t0 = time.time()
        results = pool.map(_push_one, [(folder, url, shared) for folder, _pid in made])
        wall = time.time() - t0
    from evaltool.hub.transfer import _hub_coverage  # a benchmark may peek at the coverage

    with h.session(read_only=True) as s:
        have = _hub_coverage(s, shared)
    print(f"3b. {laptops} laptops pushing one shared project at once (merged one after the other under its lock): "
          f"{wall:.1f} s wall, {sum(r[0] for r in results)} new changes, hub covers {len(have)} devices")
    h.close()


# -- 4 --------------------------------------------------------------------------------

def _fill(args: tuple[str, str, int, int]) -> int:
    from sqlalchemy import select

    from evaltool import hub
    from evaltool.models import Score
    from evaltool.projects import duplicate_project

    folder, url, first, count = args
    db, pid = _laptop(Path(folder), f"评价员{first}")
    h = hub.open_hub(url)
    rng = random.Random(first)
    done = 0
    for k in range(count):
        with db.session() as s:
            dup = duplicate_project(s, pid, f"生成项目{first + k:03d}")
            for sc in s.scalars(select(Score).where(Score.project_id == dup.id)):
                if sc.value is not None and rng.random() < 0.3:
                    sc.value = round(sc.value * rng.uniform(0.5, 1.0), 2)
            dup_id = dup.id
        hub.push_project(db, h, dup_id)
        done += 1
    hub.push_project(db, h, pid)
    db.close()
    h.close()
    return done + 1


def bench_portfolio(admin: str, work: Path, projects: int) -> None:
    from evaltool import hub

    name = "bench_hub_portfolio"
    h = _new_hub(admin, name)
    url = _db_url(admin, name)
    workers = 4
    per = [projects // workers + (1 if i < projects % workers else 0) - 1 for i in range(workers)]
    t0 = time.time()
    with mp.Pool(workers) as pool:
        made = sum(pool.map(_fill, [(str(work / f"fill-{i}"), url, i * 1000, per[i]) for i in range(workers)]))
    fill = time.time() - t0
    partner, pw = f"bench_partner_{secrets.token_hex(2)}", secrets.token_hex(8)
    _sql(admin, f"CREATE ROLE {partner} LOGIN PASSWORD '{pw}'", f"GRANT evaltool_partner TO {partner}")
    as_partner = hub.open_hub(_db_url(admin, name, partner, pw))
    print(f"4. {made} projects pushed by {workers} laptops in {fill:.0f} s")
    for who, hh in (("owner", h), ("partner (row-level security)", as_partner)):
        timings = {}
        for label, fn in (("portfolio list", lambda hh=hh: hub.list_portfolio(hh)),
                          ("statistics across projects", lambda hh=hh: hub.portfolio_report(hh)),
                          ("search “驻场时间”", lambda hh=hh: hub.search(hh, "驻场时间"))):
            runs = []
            for _ in range(5):
                out, t = _timed(fn)
                runs.append(t)
            timings[label] = (statistics.median(runs), out)
        listed = timings["portfolio list"][1]
        report = timings["statistics across projects"][1]
        parts = ", ".join(f"{k} {v[0] * 1000:.0f} ms" for k, v in timings.items())
        worst = max(v[0] for v in timings.values())
        print(f"   as {who}: {len(listed)} projects, {len(report.indicators)} shared indicators; {parts}; "
              f"{'within' if worst <= 1.0 else 'OVER'} the 1 s target")
    _sql(_db_url(admin, name), f"DROP OWNED BY {partner}")
    as_partner.close()
    h.close()
    _sql(admin, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)", f"DROP ROLE IF EXISTS {partner}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--laptops", type=int, default=20)
    ap.add_argument("--projects", type=int, default=200)
    ap.add_argument("--evidence-mb", type=int, default=40)
    ap.add_argument("--only", choices=("throughput", "concurrent", "portfolio"))
    args = ap.parse_args()
    admin = _admin()
    with tempfile.TemporaryDirectory(prefix="bench-hub-") as tmp:
        work = Path(tmp)
        if args.only in (None, "throughput"):
            bench_throughput(admin, work, args.evidence_mb)
        if args.only in (None, "concurrent"):
            bench_concurrent(admin, work, args.laptops)
        if args.only in (None, "portfolio"):
            bench_portfolio(admin, work, args.projects)
    for name in ("bench_hub_tp", "bench_hub_many"):
        _sql(admin, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


if __name__ == "__main__":
    main()
