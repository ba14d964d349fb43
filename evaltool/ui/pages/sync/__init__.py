"""The Sync page (``SyncPage``) and its tabs, one module each."""
from __future__ import annotations

from evaltool.ui.pages.sync.page import SyncPage

__all__ = ["SyncPage"]
