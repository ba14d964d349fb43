"""The UI fixtures (the real main window, offscreen) for the hub's UI tests."""
from __future__ import annotations

from tests.ui.conftest import demo_window, make_window  # noqa: F401  (fixtures used by the tests here)
