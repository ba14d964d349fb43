"""``evaltool --self-test`` run as a user (or the release script) runs it: a subprocess.

The frozen build runs the same code (tests/release/test_frozen_build.py); here it
runs from source, so a broken step shows up on every CI run, not only at release.
No Qt is imported by this module (tests/unit rule): the child process opens the window.
"""
from __future__ import annotations

import importlib.util
import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

needs_qt = pytest.mark.skipif(importlib.util.find_spec("PySide6") is None,
                              reason="the self-test opens the Qt window")


def run_self_test(tmp_path: Path, prelude: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("EVALTOOL_DATA_DIR", "DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["TMPDIR"] = str(tmp_path)  # the self-test's temporary folder goes here, so we can look
    env["PYTHONIOENCODING"] = "utf-8"
    code = prelude + "\nfrom evaltool.cli import main\nraise SystemExit(main(['--self-test']))\n"
    return subprocess.run(check=False, args=[sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=300)


@pytest.fixture(scope="module")
def passing_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess[str], Path]:
    tmp = tmp_path_factory.mktemp("selftest")
    return run_self_test(tmp), tmp


@needs_qt
def test_self_test_passes_and_reports_every_step(passing_run) -> None:
    res, _tmp = passing_run
    assert res.returncode == 0, res.stdout + res.stderr
    out = res.stdout
    for step in ("bundle", "database", "window", "demo", "export", "files"):
        assert f"[ OK ] {step}" in out, f"step {step} not reported OK:\n{out}"
    assert "FAIL" not in out
    assert "self-test passed" in out
    # the demo is seed 000: total 81.415, grade 良 (domain.md §4 / the seed report)
    assert "81.415 良" in out
    assert "frozen: no" in out


@needs_qt
def test_self_test_leaves_nothing_behind(passing_run) -> None:
    """The temporary data folder (with its database and exports) is removed afterwards,
    and nothing is written to the user's real data folder."""
    res, tmp = passing_run
    assert res.returncode == 0, res.stdout + res.stderr
    assert [p.name for p in tmp.iterdir() if p.name.startswith("evaltool-selftest")] == []


def test_missing_export_fails_instead_of_pretending(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the export module the export step fails with a reason, and so does the run."""
    from evaltool.selftest import SelfTest, Step, _report, check_export

    monkeypatch.setitem(sys.modules, "evaltool.export", None)  # import raises ModuleNotFoundError
    t = SelfTest(tmp_path)
    t.steps.append(Step("demo", True))
    assert not t.run("export", lambda: check_export(t))
    assert "evaltool.export is missing" in t.steps[-1].detail
    assert not t.ok
    out = io.StringIO()
    _report(t, out)
    assert "[FAIL] export" in out.getvalue()
    assert "self-test FAILED: export" in out.getvalue()


# ---------------------------------------------------------------- file checks, in process
def test_file_check_rejects_empty_and_non_zip_files(tmp_path: Path) -> None:
    from evaltool.selftest import DOCX_PARTS, SelfTest, check_files

    empty = tmp_path / "报告.docx"
    empty.write_bytes(b"")
    sheet = tmp_path / "得分表.xlsx"
    sheet.write_bytes(b"not a zip at all")
    t = SelfTest(tmp_path)
    t.state.update(docx=empty, xlsx=sheet, total_text="81.415")
    assert not t.run("files", lambda: check_files(t))
    assert "报告.docx is empty" in t.steps[-1].detail

    with zipfile.ZipFile(empty, "w") as z:  # a zip, but not a Word document
        z.writestr("hello.txt", "x")
    assert not t.run("files", lambda: check_files(t))
    assert f"lacks {', '.join(DOCX_PARTS)}" in t.steps[-1].detail


def test_report_without_console_goes_to_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A windowed evaltool.exe has sys.stdout None: the report is written to %TEMP%."""
    import tempfile

    from evaltool.selftest import SelfTest, Step, _report

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    t = SelfTest(tmp_path / "work")
    t.steps.append(Step("bundle", True, "fine"))
    _report(t, None)
    text = (tmp_path / "evaltool-selftest.txt").read_text(encoding="utf-8")
    assert "[ OK ] bundle" in text and "self-test passed" in text


def test_windowed_exe_without_streams_runs_commands(tmp_path: Path) -> None:
    """evaltool.exe (windowed) starts with sys.stdout/stderr None; a command must still
    work, and the self-test report must still reach %TEMP%/evaltool-selftest.txt."""
    code = ("import sys; sys.stdout = None; sys.stderr = None\n"
            "from evaltool.cli import main\n"
            f"rc = main(['--data-dir', {str(tmp_path / 'data')!r}, 'demo'])\n"
            "import os; from evaltool.selftest import SelfTest, Step, _report\n"
            f"t = SelfTest({str(tmp_path)!r}); t.steps.append(Step('bundle', True))\n"
            "_report(t, sys.stdout)\n"
            "raise SystemExit(rc)\n")
    env = {**os.environ, "TMPDIR": str(tmp_path), "TEMP": str(tmp_path)}
    res = subprocess.run(check=False, args=[sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         encoding="utf-8", timeout=120)
    assert res.returncode == 0, res.stderr
    assert (tmp_path / "data" / "evaltool.sqlite").is_file()
    assert "self-test passed" in (tmp_path / "evaltool-selftest.txt").read_text(encoding="utf-8")
