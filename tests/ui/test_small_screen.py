"""The window fits a 1366×768 laptop at 125 % in both languages, and no text is clipped.

Each language runs ``tests/ui/small_screen.py`` in a process of its own with
``QT_SCALE_FACTOR=1.25`` (set before Qt starts). The screenshots of every page and tab
are kept for review in the session's temporary folder (the path is printed; ``pytest -s``).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from evaltool.ui.widgets.fit import ElidedCheckBox, ElidedLabel, elide_combo
from tests.ui.layout_check import clipped_widgets
from tests.ui.small_screen import CLIENT

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_every_page_fits_a_1366x768_laptop_at_125_percent(lang: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    shots = tmp_path_factory.getbasetemp() / "screenshots-1366x768-125"
    env = {**os.environ, "QT_SCALE_FACTOR": "1.25", "QT_QPA_PLATFORM": "offscreen",
           "EVALTOOL_STATE_DIR": str(tmp_path_factory.mktemp("state"))}
    run = subprocess.run([sys.executable, "-m", "tests.ui.small_screen", lang, str(shots)], cwd=ROOT, env=env, check=False,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    report = json.loads(run.stdout.strip().splitlines()[-1])
    print(f"screenshots ({lang}): {shots}")
    assert report["scale"] == 1.25
    # the window can be as small as the laptop leaves it (1366×768 at 125 %, taskbar and title bar off)
    assert report["minimum"][0] <= CLIENT[0] and report["minimum"][1] <= CLIENT[1], report["minimum"]
    assert report["size"] == list(CLIENT)
    pages = report["pages"]
    for key in ("home", "overview", "framework", "scoring", "evidence", "targets", "report/0", "report/1",
                "surveys/0", "contracts/0", "sync/0"):
        assert key in pages, sorted(pages)
    clipped = {page: found for page, found in pages.items() if found}
    assert clipped == {}, json.dumps(clipped, ensure_ascii=False, indent=1)
    # the scoring tree shows every demo leaf's name whole (they were cut to "立…" before)
    assert report["scoring_names_clipped"] == []
    assert all(Path(p).stat().st_size > 10_000 for p in report["shots"])


def test_the_check_finds_a_clipped_label_and_accepts_an_elided_one(qtbot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    root.resize(200, 100)
    from PySide6.QtWidgets import QLabel

    long_text = "Final score from the mean of the evaluators, the median, or the lead"
    cut = QLabel(long_text, root)
    cut.setGeometry(0, 0, 80, 20)
    elided = ElidedLabel(long_text, root)
    elided.setGeometry(0, 30, 80, 20)
    combo = QComboBox(root)
    combo.addItem(long_text)
    elide_combo(combo, 6)
    combo.setGeometry(0, 60, 90, 24)
    root.show()
    qtbot.waitExposed(root)
    found = clipped_widgets(root)
    assert len(found) == 1 and "QLabel" in found[0] and "ElidedLabel" not in found[0]
    assert elided.elided() and elided.toolTip() == long_text  # hovering shows it whole
    assert combo.toolTip() == long_text
    elided.resize(2000, 20)
    assert not elided.elided() and elided.toolTip() == ""
    elided.setToolTip("application/pdf")  # a tooltip of its own stays, under the whole text when elided
    assert elided.toolTip() == "application/pdf"
    elided.resize(80, 20)
    assert elided.toolTip() == f"{long_text}\napplication/pdf"


def test_an_elided_check_box_keeps_its_whole_text_as_tooltip(qtbot) -> None:
    box = ElidedCheckBox("① 项目立项符合国家法律法规、国民经济发展规划和相关政策")
    qtbot.addWidget(box)
    assert box.toolTip() == box.text()
    assert box.minimumSizeHint().width() < box.sizeHint().width()
    box.setText("② 短")
    assert box.toolTip() == "② 短"
    box.resize(60, box.sizeHint().height())
    box.show()
    qtbot.waitExposed(box)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())  # narrow, it still ticks
    assert box.isChecked()


def test_without_a_screen_the_app_says_so_instead_of_a_qt_plugin_error(tmp_path: Path) -> None:
    from evaltool.ui.app import has_display

    assert not has_display({}, "linux")
    assert has_display({"DISPLAY": ":0"}, "linux") and has_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert has_display({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert has_display({}, "win32") and has_display({}, "darwin")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["EVALTOOL_STATE_DIR"] = str(tmp_path / "state")
    run = subprocess.run([sys.executable, "-m", "evaltool", "--data-dir", str(tmp_path / "data")], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120, check=False)
    if sys.platform.startswith("linux"):
        assert run.returncode == 1
        assert "No display" in run.stderr or "没有显示" in run.stderr
        assert "--self-test" in run.stderr and "Traceback" not in run.stderr
