"""Durable file writes: flush a file or a folder entry to disk by path."""
from __future__ import annotations

import os
from pathlib import Path


def fsync_path(path: Path, *, folder: bool = False) -> None:
    """fsync a file (or, with ``folder=True``, a directory so a rename in it is durable).

    Best effort: errors are ignored; Windows cannot open directories, so folders are
    skipped there.
    """
    if folder and os.name == "nt":
        return
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
