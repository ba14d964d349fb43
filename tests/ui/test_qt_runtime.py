"""The Qt binding we run on must not corrupt the interpreter."""
from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_none_alive(qtbot) -> None:
    # PySide6 6.12.0 on Python 3.11 dropped a reference to None per call, aborting
    # the app ("deallocating None") after a few thousand label updates.
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for i in range(2000):
        label.setText(str(i))
        label.setEnabled(bool(i % 2))
    assert sys.getrefcount(None) >= before - 50
