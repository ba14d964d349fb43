"""The large evaluation of issue 20, generated through the core API (run by hand).

    .venv/bin/python bench/make_large.py --out DIR [--leaves 1000] [--seed 20]

At ``--leaves 1000`` (the default) the project holds what a big real evaluation holds:

- a framework of 1,000 leaves (4 level-1 indicators, level-2 groups of 10 leaves) with
  criteria and descriptions;
- 10 evaluators (the lead and 9 members) who each scored every leaf, with comments where
  they deducted points; the lead's own decision on every 20th leaf;
- 5,000 evidence files (1–40 KB, each stored, hashed and fsynced by the evidence store)
  linked to one or two leaves each;
- 100,000 questionnaires × 20 questions in three respondent groups (主管部门, 使用单位 with
  levels and unit names, 办事人), imported from CSV files the way platform exports arrive
  (25,000 rows a file, the importer's limit is 100,000 rows and 2 M cells).

Evidence and questionnaires grow with the leaves (5 files and 100 questionnaires a leaf),
so ``--leaves 100`` and ``--leaves 3000`` give the small and big projects of the growth
measurements; ``--evidence`` and ``--questionnaires`` set them apart. Everything is drawn
from ``random.Random(seed)``: the same seed gives the same framework, scores, files and
answers (ids are new UUIDs, as in real use), so totals and tallies are reproducible.

Writes ``DIR/large.json`` (project id and name, sizes, seconds per stage) beside the data
folder ``DIR``; bench/run_all.py reads it. Measured times are in the README.
"""
from __future__ import annotations

import argparse
import csv
import json
import math
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from evaltool.db import Database, open_database  # noqa: E402 - after the path set-up above
from evaltool.identity import ensure_profile  # noqa: E402

MANIFEST = "large.json"
GROUPS = (("主管部门", 0.01), ("使用单位", 0.30), ("办事人", 0.69))
LEVELS = ("市", "镇", "村")
SCALE = (1, 2, 3, 4, 5)
SCALE_WEIGHTS = (42, 33, 15, 7, 3)
ROWS_PER_FILE = 25_000
COMMENT = ("项目单位提供了立项相关会议纪要、预算估算依据、服务需求和方案等立项文件，得 {got} 分；"
           "未提供事前可行性研究、专家论证等书面材料，扣 {lost} 分。")


def _say(msg: str) -> None:
    print(msg, flush=True)


class Stages:
    """Seconds per stage, printed as they finish."""

    def __init__(self, say: Callable[[str], None]) -> None:
        self.seconds: dict[str, float] = {}
        self.say = say

    def run(self, name: str, fn: Callable[[], Any]) -> Any:
        t0 = time.perf_counter()
        out = fn()
        self.seconds[name] = round(time.perf_counter() - t0, 2)
        self.say(f"  {name:<28} {self.seconds[name]:8.1f} s")
        return out


def build_framework(db: Database, leaves: int, rnd: random.Random) -> tuple[str, list[str]]:
    """A project with ``leaves`` leaves in level-2 groups of 10 under 4 level-1 indicators."""
    from evaltool.framework import add_subtree, iter_leaves, load_tree
    from evaltool.projects import add_member, create_project

    ev = db.current_evaluator()
    assert ev is not None
    groups = math.ceil(leaves / 10)
    sizes = [10] * (leaves // 10) + ([leaves % 10] if leaves % 10 else [])
    w = 100.0 / leaves
    names = ("决策", "过程", "产出", "效益")
    with db.session() as s:
        p = create_project(s, f"大型评价（{leaves} 个三级指标）", commissioning_body="某市财政局",
                           evaluation_agency="某评价机构", budget_unit="某市政务服务数据管理局")
        pid = p.id
        add_member(s, pid, ev.id, "lead")
        for i, name in enumerate(names):
            mine = [g for g in range(groups) if g % len(names) == i]
            if not mine:
                continue
            children = []
            for g in mine:
                kids = [{"name": f"三级指标{g + 1}-{k + 1}", "weight": w,
                         "description": f"①是否符合要求；\n②是否完整；\n③是否及时。（第{g + 1}组第{k + 1}项）",
                         "criteria": rnd.choice(["每满足一个要点得1/3分。", "完成率×分值。", "发现一处问题扣0.02分，扣完为止。"])}
                        for k in range(sizes[g])]
                children.append({"name": f"二级指标{g + 1}", "weight": w * sizes[g], "children": kids})
            add_subtree(s, pid, None, {"name": name, "weight": w * sum(sizes[g] for g in mine),
                                       "children": children}, float(i + 1))
        leaf_ids = [n.id for n in iter_leaves(load_tree(s, pid))]
    return pid, leaf_ids


def build_scores(db: Database, pid: str, leaf_ids: list[str], evaluators: int, rnd: random.Random) -> int:
    """Every evaluator scores every leaf (``set_score``); the lead decides every 20th leaf."""
    from evaltool.framework import load_tree, walk
    from evaltool.projects import add_member, create_evaluator
    from evaltool.scoring import set_final, set_score

    lead = db.evaluator_id
    assert lead is not None
    with db.session() as s:
        weights = {n.id: n.weight for n in walk(load_tree(s, pid))}
        people = [lead]
        for k in range(1, evaluators):
            ev = create_evaluator(s, f"评价员{k:02d}", "expert" if k % 4 == 0 else "member")
            add_member(s, pid, ev.id, "expert" if k % 4 == 0 else "member")
            people.append(ev.id)
    n = 0
    for who in people:
        with db.session() as s:  # one unit of work per evaluator, as a package from each laptop would be
            for leaf in leaf_ids:
                w = weights[leaf]
                share = rnd.choices((1.0, 0.9, 0.8, 0.6), (55, 25, 15, 5))[0]
                value = round(w * share, 6)
                comment = "" if share == 1.0 else COMMENT.format(got=round(value, 4), lost=round(w - value, 4))
                set_score(s, pid, leaf, who, value, comment=comment)
                n += 1
    with db.session() as s:
        for leaf in leaf_ids[::20]:
            set_final(s, pid, leaf, round(weights[leaf] * 0.9, 6), reason="评价组合议确定", decided_by=lead)
    return n


def make_files(folder: Path, n: int, rnd: random.Random) -> list[Path]:
    """``n`` distinct files of 1–40 KB (scans, photos and documents of a real evidence folder)."""
    folder.mkdir(parents=True, exist_ok=True)
    block = rnd.randbytes(64_000)
    paths = []
    for i in range(n):
        size = rnd.randint(1_000, 40_000)
        off = rnd.randrange(0, len(block) - size)
        p = folder / f"佐证材料{i:05d}.{rnd.choice(['pdf', 'jpg', 'docx', 'xlsx'])}"
        p.write_bytes(block[off:off + size] + i.to_bytes(4, "big"))
        paths.append(p)
    return paths


def build_evidence(db: Database, pid: str, leaf_ids: list[str], n: int, rnd: random.Random,
                   stages: Stages, work: Path) -> int:
    """``n`` files stored, made items, linked to one or two leaves each."""
    from evaltool.evidence import EvidenceStore, create_items, link_many, store_files

    src = stages.run("evidence: files made", lambda: make_files(work / "evidence-src", n, rnd))
    stored = stages.run("evidence: files stored", lambda: store_files(EvidenceStore(db.data_dir), src))
    pairs: list[tuple[str, str, str]] = []

    def rows() -> None:
        with db.session() as s:
            items = create_items(s, pid, stored, source="unit")
            for r in items:
                for leaf in rnd.sample(leaf_ids, rnd.choice((1, 1, 2))):
                    pairs.append((r.item_id, leaf, ""))
            link_many(s, pid, pairs)

    stages.run("evidence: items and links", rows)
    return len(pairs)


def build_survey(db: Database, pid: str, n: int, questions: int, rnd: random.Random,
                 stages: Stages, work: Path) -> str:
    """A 20-question survey and ``n`` questionnaires imported from CSV files."""
    from evaltool.survey import add_group, add_question, create_survey
    from evaltool.survey.importing import apply_import, plan_import

    with db.session() as s:
        sid = create_survey(s, pid, "满意度调查").id
        keys = [f"q{i + 1:02d}" for i in range(questions)]
        for i, k in enumerate(keys):
            text = "总体而言，您对本项目的服务是否满意？" if i == questions - 1 else f"您对第{i + 1}项服务的满意程度如何？"
            add_question(s, sid, "overall" if i == questions - 1 else k, "scale5", text)
        keys[-1] = "overall"
        for name, share in GROUPS:
            add_group(s, sid, name, target_n=round(n * share), levels=list(LEVELS) if name == "使用单位" else [])
    header = ["编号", "调查对象", "层级", "单位名称", *keys]
    files = []

    def write() -> None:
        names = [g for g, _ in GROUPS]
        shares = [w for _, w in GROUPS]
        for start in range(0, n, ROWS_PER_FILE):
            path = work / f"问卷{start // ROWS_PER_FILE + 1:02d}.csv"
            with open(path, "w", encoding="utf-8-sig", newline="") as fh:
                w = csv.writer(fh)
                w.writerow(header)
                for i in range(start, min(n, start + ROWS_PER_FILE)):
                    g = rnd.choices(names, shares)[0]
                    level = rnd.choice(LEVELS) if g == "使用单位" else ""
                    unit = f"{level}第{rnd.randint(1, 60)}单位" if g == "使用单位" else ""
                    answers = [rnd.choices(SCALE, SCALE_WEIGHTS)[0] if rnd.random() > 0.03 else "" for _ in keys]
                    w.writerow([f"R{i + 1:06d}", g, level, unit, *answers])
            files.append(path)

    stages.run("survey: files written", write)
    mapping = {4 + i: k for i, k in enumerate(keys)}

    def load() -> None:
        for path in files:
            with db.session() as s:
                plan = plan_import(s, sid, path, mapping=mapping, group_column="调查对象", ref_column="编号",
                                   level_column="层级", unit_column="单位名称", guess_columns=False, unmapped="ignore")
                apply_import(s, plan)

    stages.run("survey: questionnaires imported", load)
    return sid


def build(out: Path, leaves: int = 1000, *, evaluators: int = 10, evidence: int | None = None,
          questionnaires: int | None = None, questions: int = 20, seed: int = 20,
          say: Callable[[str], None] = _say) -> dict[str, Any]:
    """Generate the project into the data folder ``out`` (created; must not hold a database
    yet) and return the manifest also written to ``out / MANIFEST``."""
    evidence = 5 * leaves if evidence is None else evidence
    questionnaires = 100 * leaves if questionnaires is None else questionnaires
    rnd = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    if (out / "evaltool.sqlite").exists():
        raise SystemExit(f"{out} already holds a database; choose an empty folder")
    stages = Stages(say)
    say(f"building {leaves} leaves, {evaluators} evaluators, {evidence} evidence files, "
        f"{questionnaires} questionnaires × {questions} questions in {out}")
    t0 = time.perf_counter()
    db = open_database(out, backup="never")
    try:
        ensure_profile(db, "组长", "lead")
        pid, leaf_ids = stages.run("framework", lambda: build_framework(db, leaves, rnd))
        scores = stages.run("scores", lambda: build_scores(db, pid, leaf_ids, evaluators, rnd))
        with tempfile.TemporaryDirectory(prefix="make-large-", dir=out) as tmp:
            links = build_evidence(db, pid, leaf_ids, evidence, rnd, stages, Path(tmp)) if evidence else 0
            sid = build_survey(db, pid, questionnaires, questions, rnd, stages, Path(tmp)) if questionnaires else None
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        with db.read_session() as s:
            from evaltool.projects import find_project

            name = find_project(s, pid).name
    finally:
        db.close()
    manifest = {"project_id": pid, "name": name, "survey_id": sid, "seed": seed, "leaves": leaves,
                "evaluators": evaluators, "scores": scores, "evidence_files": evidence, "evidence_links": links,
                "questionnaires": questionnaires, "questions": questions,
                "database_mb": round((out / "evaltool.sqlite").stat().st_size / 1e6, 1),
                "seconds": {**stages.seconds, "total": round(time.perf_counter() - t0, 1)}}
    (out / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    say(f"  {'total':<28} {manifest['seconds']['total']:8.1f} s  ({manifest['database_mb']} MB database)")
    return manifest


def load_manifest(folder: Path) -> dict[str, Any] | None:
    path = folder / MANIFEST
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, type=Path, help="data folder to create (empty or new)")
    ap.add_argument("--leaves", type=int, default=1000)
    ap.add_argument("--evaluators", type=int, default=10)
    ap.add_argument("--evidence", type=int, help="evidence files (default 5 per leaf)")
    ap.add_argument("--questionnaires", type=int, help="questionnaires (default 100 per leaf)")
    ap.add_argument("--questions", type=int, default=20)
    ap.add_argument("--seed", type=int, default=20)
    args = ap.parse_args()
    m = build(args.out, args.leaves, evaluators=args.evaluators, evidence=args.evidence,
              questionnaires=args.questionnaires, questions=args.questions, seed=args.seed)
    print(m["project_id"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
