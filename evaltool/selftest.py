"""``evaltool --self-test``: proves an installation (frozen or not) works end to end.

Steps, each reported as OK or FAIL with a reason:

1. bundle     the resources, migrations and translation catalogues are where
              ``evaltool.paths`` looks for them (in a frozen app: under ``sys._MEIPASS``)
2. database   a new database in a temporary data folder (its path holds Chinese
              characters and a space) migrates to the Alembic head
3. window     the main window opens offscreen, creates the demo project (seed 000) as on
              a first start, and every project page is shown once
4. demo       the demo's total is 81.415 with grade 良, as in the seed-000 report
5. export     the Word report and the Excel score sheet are written by
              ``evaltool.export.export_project`` to file names in Chinese
6. files      both files are non-empty, valid zip packages, open with python-docx /
              openpyxl, and carry the demo's total

Exit status 0 when every step passed, 1 otherwise. Nothing outside the temporary
folder is touched (``EVALTOOL_SELFTEST_KEEP=1`` keeps it for inspection). The Qt part
lives in ``evaltool/ui/selftest_ui.py`` so this module stays importable without Qt;
``QT_QPA_PLATFORM`` is set to ``offscreen`` unless the caller chose a platform.

A windowed ``evaltool.exe`` on Windows has no stdout: the report then goes to
``%TEMP%/evaltool-selftest.txt`` (run ``evaltool-cli.exe --self-test`` to see it).
"""
from __future__ import annotations

import importlib
import os
import platform
import shutil
import sys
import tempfile
import time
import traceback
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from evaltool import __version__

# Seed 000 (resources/demo/seed000.json, domain.md §4): total 81.415, grade 良.
DEMO_TOTAL = 81.415
DEMO_GRADE = "良"
DOCX_NAME = "绩效评价报告（自检）.docx"
XLSX_NAME = "指标得分表（自检）.xlsx"
DOCX_PARTS = ("[Content_Types].xml", "word/document.xml")
XLSX_PARTS = ("[Content_Types].xml", "xl/workbook.xml")


@dataclass
class Step:
    name: str
    ok: bool = False
    detail: str = ""
    seconds: float = 0.0


@dataclass
class SelfTest:
    work: Path
    steps: list[Step] = field(default_factory=list)
    state: dict[str, Any] = field(default_factory=dict)

    def run(self, name: str, fn: Callable[[], str]) -> bool:
        """Run one step; an exception or AssertionError marks it failed with its message."""
        step = Step(name)
        t0 = time.perf_counter()
        try:
            step.detail = fn() or ""
            step.ok = True
        except AssertionError as exc:
            step.detail = str(exc) or "check failed"
        except Exception as exc:  # noqa: BLE001 - any failure is a finding to report
            step.detail = f"{type(exc).__name__}: {exc}"
            if os.environ.get("EVALTOOL_SELFTEST_TRACE"):
                step.detail += "\n" + traceback.format_exc()
        step.seconds = time.perf_counter() - t0
        self.steps.append(step)
        return step.ok

    @property
    def ok(self) -> bool:
        return bool(self.steps) and all(s.ok for s in self.steps)


def _environment() -> list[str]:
    frozen = getattr(sys, "frozen", False)
    where = getattr(sys, "_MEIPASS", None) if frozen else sys.prefix
    return [
        f"evaltool {__version__} self-test",
        f"python {platform.python_version()} on {platform.platform()}",
        f"frozen: {'yes' if frozen else 'no'} ({where})",
        f"executable: {sys.executable}",
    ]


# ---------------------------------------------------------------- steps (Qt-free)
def check_bundle() -> str:
    from evaltool.db import head_revision
    from evaltool.paths import bundle_root, migrations_dir, resource

    missing = [str(p) for p in (
        resource("demo", "seed000.json"),
        resource("icons", "evaltool.png"),
        migrations_dir() / "env.py",
        migrations_dir() / "versions",
    ) if not p.exists()]
    assert not missing, f"missing from the installation: {', '.join(missing)}"
    versions = sorted(p.name for p in (migrations_dir() / "versions").glob("*.py"))
    assert versions, f"no migration scripts in {migrations_dir() / 'versions'}"
    head = head_revision()
    assert head, "Alembic found no head revision"
    if getattr(sys, "frozen", False):
        meipass = Path(getattr(sys, "_MEIPASS", "")).resolve()
        assert meipass in migrations_dir().resolve().parents, \
            f"migrations are read from {migrations_dir()}, outside the app folder {meipass}"
    catalogues = sorted(p.name for p in (bundle_root() / "translations").glob("evaltool_*.*")) \
        + sorted(p.name for p in (Path(__file__).resolve().parent / "locale").glob("*.qm"))
    return (f"{len(versions)} migrations (head {head}); translations: "
            f"{', '.join(catalogues) if catalogues else 'none yet'}")


def check_database(t: SelfTest) -> str:
    from evaltool.db import head_revision, open_database
    from evaltool.identity import ensure_profile

    data = t.work / "数据 data"
    db = open_database(data, backup="never")
    t.state["db"] = db
    ensure_profile(db, "自检", "lead")
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as conn:
        rev = MigrationContext.configure(conn).get_current_revision()
    assert rev == head_revision(), f"database at {rev}, expected {head_revision()}"
    return f"{db.path} at {rev}"


def check_demo(t: SelfTest) -> str:
    from evaltool.scoring import fmt_score, project_summary

    db = t.state["db"]
    pid = t.state.get("project_id")
    assert pid, "the window did not create / open the demo project"
    with db.read_session() as s:
        summary = project_summary(s, pid)
    assert abs(summary.total - DEMO_TOTAL) < 1e-6, \
        f"demo total {fmt_score(summary.total)}, expected {fmt_score(DEMO_TOTAL)}"
    assert summary.grade == DEMO_GRADE, f"demo grade {summary.grade}, expected {DEMO_GRADE}"
    t.state["total_text"] = fmt_score(summary.total)
    return f"{summary.name}: {fmt_score(summary.total)} {summary.grade}"


def check_export(t: SelfTest) -> str:
    try:
        export = importlib.import_module("evaltool.export")
    except ModuleNotFoundError as exc:
        if exc.name in ("evaltool.export",):
            raise AssertionError("evaltool.export is missing from this build: Word/Excel export "
                                 "cannot be checked") from exc
        raise
    fn = getattr(export, "export_project", None)
    assert callable(fn), "evaltool.export has no export_project()"
    out = t.work / "导出 exports"
    out.mkdir(parents=True, exist_ok=True)
    docx, xlsx = out / DOCX_NAME, out / XLSX_NAME
    fn(t.state["db"], t.state["project_id"], docx=docx, xlsx=xlsx, lang="zh_CN")
    t.state["docx"], t.state["xlsx"] = docx, xlsx
    return f"{docx.name}, {xlsx.name}"


def _check_zip(path: Path, parts: tuple[str, ...]) -> int:
    assert path.is_file(), f"{path.name} was not written"
    size = path.stat().st_size
    assert size > 0, f"{path.name} is empty"
    assert zipfile.is_zipfile(path), f"{path.name} is not a zip package"
    with zipfile.ZipFile(path) as z:
        bad = z.testzip()
        assert bad is None, f"{path.name}: damaged member {bad}"
        names = set(z.namelist())
    lacking = [p for p in parts if p not in names]
    assert not lacking, f"{path.name} lacks {', '.join(lacking)}"
    return size


def docx_text(path: Path) -> str:
    """All paragraph and table-cell text of a .docx (python-docx)."""
    import docx

    doc = docx.Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def xlsx_values(path: Path) -> list[Any]:
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True, data_only=False)
    try:
        return [v for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row
                if v is not None]
    finally:
        wb.close()


def check_files(t: SelfTest) -> str:
    docx, xlsx = t.state.get("docx"), t.state.get("xlsx")
    assert docx and xlsx, "no exported files to check"
    dsize = _check_zip(docx, DOCX_PARTS)
    xsize = _check_zip(xlsx, XLSX_PARTS)
    text = docx_text(docx)
    assert text.strip(), f"{docx.name} has no text"
    total = t.state.get("total_text", "81.415")
    assert total in text, f"{docx.name} does not state the total score {total}"
    values = xlsx_values(xlsx)
    assert values, f"{xlsx.name} has no cells"
    # the total may be a number, a formula over the leaves, or text; the leaves must be there
    has_total = any(str(v) == total or (isinstance(v, (int, float)) and abs(v - DEMO_TOTAL) < 1e-6)
                    or (isinstance(v, str) and v.startswith("=")) for v in values)
    assert has_total, f"{xlsx.name} holds neither the total {total} nor a formula computing it"
    return f"{docx.name} {dsize // 1024} KiB, {xlsx.name} {xsize // 1024} KiB"


# ---------------------------------------------------------------- driver
def _report(t: SelfTest, out: TextIO | None) -> None:
    lines = [*_environment(), f"work folder: {t.work}", ""]
    for s in t.steps:
        mark = " OK " if s.ok else "FAIL"
        lines.append(f"[{mark}] {s.name:<9} {s.seconds:6.2f} s  {s.detail}")
    lines.append("")
    lines.append("self-test passed" if t.ok else
                 f"self-test FAILED: {', '.join(s.name for s in t.steps if not s.ok)}")
    text = "\n".join(lines) + "\n"
    if out is None or getattr(out, "name", None) == os.devnull:  # windowed evaltool.exe: no console
        path = Path(tempfile.gettempdir()) / "evaltool-selftest.txt"
        path.write_text(text, encoding="utf-8")
        return
    try:
        out.write(text)
    except UnicodeEncodeError:  # a legacy console code page (e.g. cp437) cannot show Chinese
        out.write(text.encode(out.encoding or "ascii", "replace").decode(out.encoding or "ascii"))
    out.flush()


def run_self_test(out: TextIO | None = None) -> int:
    """Run every step, print the report to ``out`` (default stdout), return 0 or 1."""
    out = out if out is not None else sys.stdout
    # Offscreen unless the caller chose a platform (QT_QPA_PLATFORM=windows checks the
    # native plugin): the self-test must not flash a window on someone's desk.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["EVALTOOL_NO_PROFILE_PROMPT"] = "1"
    work = Path(tempfile.mkdtemp(prefix="evaltool-selftest-自检 "))
    t = SelfTest(work)
    try:
        t.run("bundle", check_bundle)
        if t.run("database", lambda: check_database(t)):
            def window() -> str:
                ui = importlib.import_module("evaltool.ui.selftest_ui")
                return ui.check_window(t)

            t.run("window", window)
            t.run("demo", lambda: check_demo(t))
            if t.run("export", lambda: check_export(t)):
                t.run("files", lambda: check_files(t))
    finally:
        db = t.state.pop("db", None)
        if db is not None:
            db.close()
        _report(t, out)
        if not os.environ.get("EVALTOOL_SELFTEST_KEEP"):
            shutil.rmtree(work, ignore_errors=True)
    return 0 if t.ok else 1
