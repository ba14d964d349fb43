"""Export benchmark (run by hand): ``.venv/bin/python bench/bench_export.py``.

Targets (issue 7): the demo's Word report in about 2 s, a 1,000-leaf framework's
Word report in under 15 s, the Excel sheet in about 1 s. Each figure is the best
of ``--repeat`` runs of ``export_project`` (reading the database included).
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from evaltool.db import open_database
from evaltool.demo import create_demo_project
from evaltool.export import export_project
from evaltool.framework import add_subtree, iter_leaves, load_tree
from evaltool.identity import ensure_profile
from evaltool.models import FinalScore, Score
from evaltool.projects import add_member, create_project
from evaltool.scoring import final_id, score_id

COMMENT = ("项目单位提供了立项相关会议纪要、预算估算依据、服务需求和方案等立项文件，按程序申请设立项目，得 0.5 分。\n"
           "上述材料和文件符合相关规范和要求，得 0.5 分。\n项目单位未提供事前可行性研究、专家论证、风险评估等书面材料，得 0 分。")


def big_project(db, n1: int = 4, n2: int = 25, n3: int = 10) -> str:
    """n1 × n2 × n3 leaves (default 1,000), every leaf scored with a comment."""
    ev = db.current_evaluator()
    with db.session() as s:
        p = create_project(s, f"基准项目（{n1 * n2 * n3} 个三级指标）", commissioning_body="某市财政局",
                           evaluation_agency="某评价机构", budget_unit="某局")
        pid = p.id
        add_member(s, pid, ev.id, "lead")
        w3 = 100 / (n1 * n2 * n3)
        for i in range(n1):
            spec = {"name": f"一级指标{i + 1}", "weight": w3 * n2 * n3, "children": [
                {"name": f"二级指标{i + 1}-{j + 1}", "weight": w3 * n3, "children": [
                    {"name": f"三级指标{i + 1}-{j + 1}-{k + 1}", "weight": w3,
                     "description": "①是否符合要求；\n②是否完整；\n③是否及时。", "criteria": "每满足一个要点得1/3分。"}
                    for k in range(n3)]} for j in range(n2)]}
            add_subtree(s, pid, None, spec, float(i + 1))
        for n, leaf in enumerate(iter_leaves(load_tree(s, pid))):
            value = round(leaf.weight * (0.5 + (n % 5) / 10), 6)
            s.add(Score(id=score_id(leaf.id, ev.id), project_id=pid, indicator_id=leaf.id, evaluator_id=ev.id,
                        value=value, comment=COMMENT))
            s.add(FinalScore(id=final_id(leaf.id), project_id=pid, indicator_id=leaf.id, value=value, method="set",
                             reason="评价组合议确定", comment=COMMENT, decided_by=ev.id))
    return pid


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    root = Path(tempfile.mkdtemp(prefix="evaltool-bench-"))
    db = open_database(root / "data")
    ensure_profile(db, "基准", "lead")
    with db.session() as s:
        demo = create_demo_project(s).id
    t = time.perf_counter()
    big = big_project(db)
    print(f"(setup: 1,000-leaf project built in {time.perf_counter() - t:.1f} s)")
    out = root / "out"
    out.mkdir()
    rows = [
        ("demo Word report", lambda: export_project(db, demo, docx=out / "demo.docx"), 2.0),
        ("demo Excel sheet", lambda: export_project(db, demo, xlsx=out / "demo.xlsx"), 1.0),
        ("demo PDF summary + blank forms", lambda: export_project(db, demo, pdf=out / "s.pdf", blank_forms=out / "f.pdf"), 2.0),
        ("1,000-leaf Word report", lambda: export_project(db, big, docx=out / "big.docx"), 15.0),
        ("1,000-leaf Excel sheet", lambda: export_project(db, big, xlsx=out / "big.xlsx"), 5.0),
    ]
    for label, fn, target in rows:
        secs = best(fn, args.repeat)
        print(f"{label:34s} {secs:6.2f} s   (target {target:g} s){'' if secs <= target else '  SLOW'}")
    db.close()


if __name__ == "__main__":
    main()
