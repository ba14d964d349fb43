"""The Qt binding we run on must not corrupt the interpreter."""
from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLabel


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 (PEP 683): its reference "
                    "count no longer moves, so this bug cannot abort the interpreter there and cannot be observed")
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
