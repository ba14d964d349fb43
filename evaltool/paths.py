"""Where things live: the data folder, bundled resources, migrations.

The data folder holds ``evaltool.sqlite`` (one database per installation), its
backups, and the evidence store. It is chosen by, in order: the ``--data-dir``
option, the ``EVALTOOL_DATA_DIR`` environment variable, the platformdirs user data
folder. Bundled resources are found beside the package when run from source and
under ``sys._MEIPASS`` in a PyInstaller build.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "evaltool"
DB_FILENAME = "evaltool.sqlite"


def default_data_dir() -> Path:
    env = os.environ.get("EVALTOOL_DATA_DIR")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def state_dir() -> Path:
    """This computer's own notes, outside every data folder (device identities and the
    highest change numbers they sent, folders where temporary files were written):
    ``EVALTOOL_STATE_DIR`` or the platformdirs user state folder of "evaltool-state" (a
    name of its own: on Windows the state, data and config folders of one name coincide,
    and these notes must not travel with a copy of the data folder)."""
    env = os.environ.get("EVALTOOL_STATE_DIR")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_state_dir(f"{APP_NAME}-state", appauthor=False))


def package_dir() -> Path:
    return Path(__file__).resolve().parent


def bundle_root() -> Path:
    """The folder holding ``resources/`` and ``translations/``."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return package_dir().parent


def resources_dir() -> Path:
    return bundle_root() / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def migrations_dir() -> Path:
    return package_dir() / "models" / "migrations"
