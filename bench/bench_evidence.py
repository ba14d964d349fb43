"""Evidence benchmark (run by hand): ``.venv/bin/python bench/bench_evidence.py [--files 1000]``.

1. Adding N files of mixed sizes (1 KB … 8 MB, like photos, scans and documents) to the
   evidence store + database, against plain ``shutil.copy`` of the same files into a
   folder on the same disk. Reports both times, throughput and the ratio. The store
   also hashes (SHA-256) and fsyncs every file, which a plain copy does not.
2. The evidence list with 5,000 items: loading it (``list_items``), opening the page
   (model filled), and filtering by search text, kind and "unlinked" — the times a
   user waits.
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SIZES = [(1_000, 0.25), (60_000, 0.30), (400_000, 0.25), (2_000_000, 0.15), (8_000_000, 0.05)]


def make_files(folder: Path, n: int, seed: int = 5) -> list[Path]:
    rnd = random.Random(seed)
    folder.mkdir(parents=True)
    paths = []
    block = os.urandom(8_000_000)
    for i in range(n):
        r, acc = rnd.random(), 0.0
        size = SIZES[-1][0]
        for s, share in SIZES:
            acc += share
            if r <= acc:
                size = s
                break
        size = max(1, int(size * rnd.uniform(0.5, 1.5)))
        off = rnd.randrange(0, len(block) - min(size, len(block)) + 1)
        data = (block[off:off + size] + i.to_bytes(4, "big"))  # distinct content per file
        p = folder / f"材料{i:04d}.{rnd.choice(['pdf', 'jpg', 'docx', 'xlsx', 'txt'])}"
        p.write_bytes(data)
        paths.append(p)
    return paths


def bench_add(n: int, work: Path) -> dict[str, float]:
    """Both runs read the same files, already in the page cache after creation, so the
    comparison is store (copy + hash + durable) vs plain copy, not disk reads."""
    from evaltool.db import open_database
    from evaltool.identity import ensure_profile
    from evaltool.projects import create_project

    src = make_files(work / "src", n)
    total = sum(p.stat().st_size for p in src)

    plain = work / "plain"
    plain.mkdir()
    t0 = time.perf_counter()
    for p in src:
        shutil.copy(p, plain / p.name)
    t_plain = time.perf_counter() - t0

    plain_sync = work / "plain-fsync"
    plain_sync.mkdir()
    t0 = time.perf_counter()
    for p in src:
        dst = plain_sync / p.name
        shutil.copy(p, dst)
        with open(dst, "rb+") as fh:
            os.fsync(fh.fileno())
    t_plain_sync = time.perf_counter() - t0

    db = open_database(work / "data")
    ensure_profile(db, "bench", "lead")
    with db.session() as s:
        pid = create_project(s, "bench").id
    from evaltool.evidence import EvidenceStore, create_items, store_files

    t0 = time.perf_counter()
    stored = store_files(EvidenceStore(db.data_dir), src)
    t_files = time.perf_counter() - t0
    t1 = time.perf_counter()
    with db.session() as s:
        create_items(s, pid, stored)
    t_rows = time.perf_counter() - t1
    db.close()
    return {"files": n, "bytes": total, "plain_s": t_plain, "plain_fsync_s": t_plain_sync,
            "store_s": t_files + t_rows, "files_s": t_files, "rows_s": t_rows}


def bench_list(n: int, work: Path) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from sqlalchemy import insert

    from evaltool import evidence as ev
    from evaltool.db import open_database
    from evaltool.demo import create_demo_project
    from evaltool.framework import iter_leaves, load_tree
    from evaltool.identity import ensure_profile
    from evaltool.models import EvidenceItem, EvidenceLink, natural_id, new_id, utcnow

    db = open_database(work / "list-data")
    ensure_profile(db, "bench", "lead")
    with db.session() as s:
        pid = create_demo_project(s).id
        leaves = [n_.id for n_ in iter_leaves(load_tree(s, pid))]
    rnd = random.Random(7)
    items, links = [], []
    for i in range(n):
        iid = new_id()
        kind = rnd.choice(ev.KINDS)
        items.append({"id": iid, "project_id": pid, "sha256": f"{i:064x}", "size": 1000 + i,
                      "filename": f"材料{i:05d}.pdf", "mime": "application/pdf",
                      "title": f"佐证材料{i:05d}{rnd.choice(['合同', '纪要', '照片', '台账', '报告'])}",
                      "kind": kind, "source": rnd.choice(ev.SOURCES), "date": None, "page_ref": "",
                      "notes": "", "text": "", "added_by": db.evaluator_id, "created_at": utcnow(),
                      "updated_at": utcnow(), "deleted": False})
        for leaf in rnd.sample(leaves, rnd.choice([0, 1, 1, 2])):
            links.append({"id": natural_id("evidence_link", iid, leaf, ""), "project_id": pid, "evidence_id": iid,
                          "indicator_id": leaf, "target": "", "created_at": utcnow(), "updated_at": utcnow(),
                          "deleted": False})
    # Bulk insert (bypasses the change log: we measure reading, not writing).
    with db.engine.begin() as conn:
        conn.execute(insert(EvidenceItem), items)
        conn.execute(insert(EvidenceLink), links)

    out: dict[str, float] = {"items": n, "links": len(links)}
    t0 = time.perf_counter()
    with db.read_session() as s:
        all_items = ev.list_items(s, pid)
    out["list_items_s"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    ev.filter_items(all_items, search="纪要")
    out["filter_core_s"] = time.perf_counter() - t0

    from evaltool.ui.app import ensure_app, make_settings, start_window

    app = ensure_app()
    win = start_window(db, make_settings(work / "list-data"), "zh_CN", ask_profile=False)
    win.open_project(pid)
    win.resize(1400, 860)
    win.show()
    app.processEvents()
    t0 = time.perf_counter()
    page = win.show_page("evidence")  # a hidden page loads its list when it is shown
    app.processEvents()
    out["page_open_s"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    page.refresh()  # what every change of evidence costs while the page is shown
    app.processEvents()
    out["page_refresh_s"] = time.perf_counter() - t0
    for label, action in (("filter_search_s", lambda: (page.search.setText("纪要"), page.apply_filter())),
                          ("filter_kind_s", lambda: page.kind_filter.setCurrentIndex(2)),
                          ("filter_unlinked_s", lambda: page.unlinked.setChecked(True)),
                          ("filter_clear_s", lambda: (page.search.setText(""), page.kind_filter.setCurrentIndex(0),
                                                      page.unlinked.setChecked(False), page.apply_filter()))):
        t0 = time.perf_counter()
        action()
        app.processEvents()
        out[label] = time.perf_counter() - t0
    out["shown_after_clear"] = len(page.visible_titles())
    win.close()
    db.close()
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=1000)
    ap.add_argument("--items", type=int, default=5000)
    ap.add_argument("--dir", help="work folder (default: a temporary folder on the same disk as /tmp)")
    args = ap.parse_args()
    work = Path(args.dir or tempfile.mkdtemp(prefix="bench-evidence-"))
    try:
        a = bench_add(args.files, work)
        mb = a["bytes"] / 1e6
        print(f"add {a['files']} files, {mb:.0f} MB")
        print(f"  shutil.copy          {a['plain_s']:.2f} s  {mb / a['plain_s']:.0f} MB/s")
        print(f"  shutil.copy + fsync  {a['plain_fsync_s']:.2f} s  {mb / a['plain_fsync_s']:.0f} MB/s")
        print(f"  evidence add_files   {a['store_s']:.2f} s  {mb / a['store_s']:.0f} MB/s "
              f"(hash + fsync + database rows)")
        print(f"    of which copy+hash+fsync into the store {a['files_s']:.2f} s "
              f"({mb / a['files_s']:.0f} MB/s), database rows + change log {a['rows_s']:.2f} s")
        print(f"  ratio store files / copy = {a['files_s'] / a['plain_s']:.2f}; "
              f"store files / (copy + fsync) = {a['files_s'] / a['plain_fsync_s']:.2f}; "
              f"whole add / copy = {a['store_s'] / a['plain_s']:.2f}")
        b = bench_list(args.items, work)
        print(f"list {b['items']} items ({b['links']} links)")
        for k in ("list_items_s", "filter_core_s", "page_open_s", "page_refresh_s", "filter_search_s", "filter_kind_s",
                  "filter_unlinked_s", "filter_clear_s"):
            print(f"  {k:<18} {b[k] * 1000:.0f} ms")
    finally:
        if not args.dir:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
