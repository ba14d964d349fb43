"""The PySide6 desktop interface. The only package that imports Qt."""
from __future__ import annotations

import sys


def _keep_none_alive() -> None:
    """Work around a reference-count bug of PySide6/shiboken6 6.12 on Python < 3.12.

    Bound C++ methods returning ``void`` (``QLabel.setText``, ``QWidget.setEnabled``, …)
    hand back ``None`` without taking a reference. On Python ≥ 3.12 ``None`` is immortal
    and nothing happens; on 3.10/3.11 every such call lowers ``None``'s count by one
    until CPython aborts with "Fatal Python error: none_dealloc: deallocating None" —
    after a few thousand calls, i.e. within minutes of use (or one language switch of a
    full window). Giving ``None`` a huge count makes it immortal as on 3.12.
    """
    if sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):
        return  # immortal None already, or a debug build with another object layout
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40  # ob_refcnt is the first field


_keep_none_alive()
