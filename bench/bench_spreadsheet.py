"""Spreadsheet reader benchmark (run by hand): ``.venv/bin/python bench/bench_spreadsheet.py [--rows 20000]``.

1. A large honest answer file (ROWS questionnaires × 40 columns, labels and numbers) read
   by ``survey.importing.read_table`` — the time a user waits before the import preview.
2. A 5,000-row score sheet with merged 一级/二级 cells read by ``scoresheet.parse_sheet``
   (the most the score-sheet import reads), and the share of that spent on merged ranges.
3. A zip bomb made from the answer file (300 MB of XML packed into a few hundred KB):
   it must be refused in well under a second, before any parsing.
"""
from __future__ import annotations

import argparse
import random
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl

from evaltool.errors import SpreadsheetError
from evaltool.scoresheet import parse_sheet
from evaltool.spreadsheet import open_workbook
from evaltool.survey.importing import read_table

LABELS = ["非常满意", "比较满意", "一般", "不太满意", "非常不满意"]


def answers(path: Path, rows: int) -> Path:
    rnd = random.Random(7)
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("答卷")
    ws.append(["序号", "调查对象"] + [f"{i}、您对第{i}项服务的满意程度如何？" for i in range(1, 39)])
    for r in range(rows):
        ws.append([r + 1, "使用单位"] + [rnd.choice(LABELS) if c % 4 else rnd.randint(1, 50) for c in range(38)])
    wb.save(path)
    return path


def score_sheet(path: Path, rows: int = 5000) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "指标得分表"
    ws.append(["一级指标", "二级指标", "三级指标", "分值", "评分标准", "得分", "评价意见"])
    for i in range(rows):
        ws.append([f"一级{i // 500}", f"二级{i // 50}", f"指标{i}", 0.02, "按完成率计分", 0.01, "（意见）"])
    for g in range(rows // 50):
        ws.merge_cells(start_row=2 + g * 50, start_column=2, end_row=1 + (g + 1) * 50, end_column=2)
    for g in range(rows // 500):
        ws.merge_cells(start_row=2 + g * 500, start_column=1, end_row=1 + (g + 1) * 500, end_column=1)
    wb.save(path)
    return path


def timed(label: str, fn: Callable[[], object]) -> float:
    t = time.perf_counter()
    fn()
    dt = time.perf_counter() - t
    print(f"{label:<58} {dt:7.2f} s")
    return dt


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=20_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        a = answers(d / "answers.xlsx", args.rows)
        print(f"answers: {args.rows} × 40 cells, {a.stat().st_size / 1e6:.1f} MB")
        timed("survey read_table (read-only, no merged ranges)", lambda: read_table(a))
        s = score_sheet(d / "score.xlsx")
        whole = timed("score sheet parse_sheet, 5,000 rows with merges", lambda: parse_sheet(s))

        def cells_only() -> None:
            with open_workbook(s, merged_cells=False) as book:
                book.sheet()

        cells = timed("  of which reading cells only", cells_only)
        print(f"  merged ranges and the tree: {max(whole - cells, 0):.2f} s")
        bomb = d / "bomb.xlsx"
        with zipfile.ZipFile(a) as zin, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zout:
            for item in zin.infolist():
                data = zin.read(item.filename)
                if item.filename.endswith("sheet1.xml"):
                    data = data + b" " * (300 * 1024 * 1024)
                zout.writestr(item, data)
        print(f"bomb: {bomb.stat().st_size / 1e6:.1f} MB packed, 300+ MB unpacked")

        def refuse(path: Path) -> None:
            try:
                read_table(path)
            except SpreadsheetError as exc:
                print(f"  refused: {exc.reason}")

        timed("zip bomb refused", lambda: refuse(bomb))


if __name__ == "__main__":
    main()
