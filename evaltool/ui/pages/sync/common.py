"""Small pieces the Sync page's panels share: where USB drives are, times, table cells."""
from __future__ import annotations

import os
import string
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStorageInfo, Qt
from PySide6.QtWidgets import QTableWidgetItem

# ``say(text, error)``: show a message in the page's status line.
Say = Callable[[str, bool], None]
# ``project()``: the id of the open project (None when none is open).
ProjectRef = Callable[[], "str | None"]


def removable_targets() -> list[tuple[str, Path]]:
    """Writable removable drives, best guesses first: /media/$USER, /run/media/$USER,
    /Volumes, then mounted volumes Qt reports (Windows drive letters other than the
    system drive), never the root file system."""
    user = os.environ.get("USER") or os.environ.get("USERNAME") or ""
    seen: set[str] = set()
    out: list[tuple[str, Path]] = []

    def add(label: str, path: Path) -> None:
        key = str(path.resolve()) if path.exists() else str(path)
        if key in seen or not path.is_dir() or not os.access(path, os.W_OK):
            return
        seen.add(key)
        out.append((label, path))

    for base in (Path("/media") / user, Path("/run/media") / user, Path("/Volumes")):
        try:
            children = sorted(p for p in base.iterdir() if p.is_dir()) if user or base.name == "Volumes" else []
        except OSError:
            children = []
        for p in children:
            if str(p) == "/Volumes/Macintosh HD":
                continue
            add(p.name, p)
    # Windows spells it "SystemDrive"; os.environ is case-insensitive there
    system_drive = (os.environ.get("SYSTEMDRIVE") or "C:").upper()
    for vol in QStorageInfo.mountedVolumes():
        if not (vol.isValid() and vol.isReady()) or vol.isReadOnly() or vol.isRoot():
            continue
        root = vol.rootPath()
        is_letter = len(root) >= 2 and root[1] == ":" and root[0].upper() in string.ascii_uppercase
        if is_letter and root[:2].upper() != system_drive:
            add(f"{vol.displayName() or root} ({root[:2]})", Path(root))
        elif root.startswith(("/media/", "/run/media/", "/Volumes/")):
            add(vol.displayName() or Path(root).name, Path(root))
    return out


def local_time(iso: str) -> str:
    """An ISO stamp in the computer's time zone, to the minute ("" stays "")."""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except (TypeError, ValueError):
        return iso or ""


def item(text: str, data: Any = None, right: bool = False) -> QTableWidgetItem:
    """A read-only table cell, optionally carrying ``data`` (UserRole) and right-aligned."""
    it = QTableWidgetItem(text)
    it.setFlags(it.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if data is not None:
        it.setData(Qt.ItemDataRole.UserRole, data)
    if right:
        it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return it
