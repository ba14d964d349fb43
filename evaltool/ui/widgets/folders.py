"""File dialogs that start where the user last was, per kind of file (QSettings).

A dialog opened with no folder starts in the program's working folder — on Windows the
install folder, where no evidence lives. These start in the folder last used for the same
kind of file (``key``: "evidence", "import", "export", …), else the user's Documents.
UI thread only.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


def _settings(window: Any) -> QSettings:
    settings = getattr(window, "settings", None)
    return settings if isinstance(settings, QSettings) else QSettings()


def start_folder(window: Any, key: str) -> str:
    """The folder to open a dialog of kind ``key`` in: the last one used, if it still exists."""
    last = _settings(window).value(f"folders/{key}")
    if last and os.path.isdir(str(last)):
        return str(last)
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return docs if docs and os.path.isdir(docs) else str(Path.home())


def remember_folder(window: Any, key: str, path: str) -> None:
    """Note the folder of ``path`` (a file or a folder) for the next dialog of kind ``key``."""
    if not path:
        return
    folder = path if os.path.isdir(path) else os.path.dirname(path)
    if folder:
        _settings(window).setValue(f"folders/{key}", folder)


def open_file_names(parent: QWidget, window: Any, key: str, title: str, filters: str = "") -> list[str]:
    paths, _f = QFileDialog.getOpenFileNames(parent, title, start_folder(window, key), filters)
    if paths:
        remember_folder(window, key, paths[0])
    return list(paths)


def open_file_name(parent: QWidget, window: Any, key: str, title: str, filters: str = "") -> str:
    path, _f = QFileDialog.getOpenFileName(parent, title, start_folder(window, key), filters)
    remember_folder(window, key, path)
    return str(path or "")


def save_file_name(parent: QWidget, window: Any, key: str, title: str, name: str, filters: str = "") -> str:
    """A save dialog proposing ``name`` in the remembered folder (an absolute ``name`` is kept)."""
    start = name if os.path.isabs(name) else os.path.join(start_folder(window, key), name)
    path, _f = QFileDialog.getSaveFileName(parent, title, start, filters)
    remember_folder(window, key, path)
    return str(path or "")


def existing_folder(parent: QWidget, window: Any, key: str, title: str) -> str:
    folder = QFileDialog.getExistingDirectory(parent, title, start_folder(window, key))
    remember_folder(window, key, folder)
    return str(folder or "")
