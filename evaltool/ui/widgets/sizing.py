"""Filling big item views without re-measuring every row per change.

A header section in ``ResizeToContents`` mode measures the column's rows again after
every ``setText``/``setData`` that touches it, so filling n rows measures O(n²) cells
(the Scoring tree of a 1,000-leaf project: tens of seconds). ``suspended_resize`` turns
those sections to ``Interactive`` for the fill and back afterwards, when Qt measures each
column once. Thread rule: UI thread only, like every widget call.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QHeaderView


@contextmanager
def suspended_resize(header: QHeaderView) -> Iterator[None]:
    """Within the block, sections that resize to their contents keep their width; on leaving
    it they resize to their contents again (one measurement per column)."""
    auto = [c for c in range(header.count())
            if header.sectionResizeMode(c) == QHeaderView.ResizeMode.ResizeToContents]
    for c in auto:
        header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
    try:
        yield
    finally:
        for c in auto:
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
