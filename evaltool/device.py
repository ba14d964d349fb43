"""This installation's device identity, and when it must take a new one.

Every change a laptop makes is numbered per device: ``(device_id, seq)`` with seq 1, 2,
3 … (``evaltool.changelog``). Peers refuse a package in which a number they already
hold names a different change ("two installations"). A laptop would send such numbers
after its database went back in time (a backup restored, an old copy of the data folder
put back) or when one data folder is used in two places (copied to another computer,
or beside itself). It then needs a **new identity**: a new device id from which
numbering starts again at 1. Its history stays intact: the old changes keep their old
device id, the old id's coverage is noted (``sync_have``), so peers send back what it
lost, and packages name the ids it replaces so peers retire them.

When a new identity is taken (``identity_problem``, checked whenever the database is
opened for writing):

- ``restore``: the file is a restored backup (``evaltool.restore`` marks the copy
  before it replaces the database, in the same file, so the mark cannot be lost);
- ``other_computer``: the file was last opened on another computer (a fingerprint of
  the machine id, never the id itself, is kept in ``app_settings``);
- ``copied``: this computer knows the identity from another data folder that still
  exists and still claims it (the folder was copied);
- ``behind``: changes numbered higher than this file holds have already left this
  laptop (a high-water mark of the numbers sent, kept outside the database: in
  ``device.json`` in the data folder and in ``devices.json`` in this computer's state
  folder, so putting back an old database file or an old copy of the whole folder is
  noticed);
- ``manual``: ``evaltool reset-device``.

A new identity where none was needed costs nothing but one more entry in version
vectors, so every check errs on that side.

All functions that take a Session flush, never commit. The files outside the database
are written best-effort (a read-only state folder must not stop the app): ``note_sent``
says whether the mark was written.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import socket
import sqlite3
import subprocess
import sys
import uuid
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from evaltool.backups import readonly_uri
from evaltool.fsutil import atomic_write_text
from evaltool.i18n import translate
from evaltool.models import AppSetting, ChangeRecord, utcnow
from evaltool.paths import DB_FILENAME, state_dir

IDENTITY_FILE = "device.json"  # in the data folder
REGISTRY_FILE = "devices.json"  # in this computer's state folder
PENDING_KEY = "identity_reset"  # app_settings: a new identity is due at the next open (value: the reason)
MACHINE_KEY = "machine"  # app_settings: fingerprint of the computer that last opened the file to write
HISTORY_KEY = "device_history"  # app_settings: JSON list of the identities this installation had before
REASONS = ("restore", "other_computer", "copied", "behind", "manual")


def reason_text(reason: str) -> str:
    texts = {
        "restore": translate("Device", "a backup was restored"),
        "other_computer": translate("Device", "the data folder was opened on another computer"),
        "copied": translate("Device", "the data folder is a copy of another one on this computer"),
        "behind": translate("Device", "the database is older than what this laptop already sent to others"),
        "manual": translate("Device", "asked for (evaltool reset-device)"),
    }
    return texts.get(reason, reason)


@dataclass(frozen=True)
class IdentityChange:
    """A new identity taken: ``old_seq`` is the highest change number of the old id held here."""

    old_device: str
    new_device: str
    reason: str
    old_seq: int

    def as_json(self) -> dict[str, Any]:
        return {**asdict(self), "reason_text": reason_text(self.reason)}


# -- the computer ---------------------------------------------------------------

@lru_cache(maxsize=1)
def _machine_id() -> str:
    """The operating system's id of this installation ("" when there is none)."""
    if sys.platform == "win32":
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, r"SOFTWARE\Microsoft\Cryptography", 0,
                                winreg.KEY_READ | winreg.KEY_WOW64_64KEY) as key:
                return str(winreg.QueryValueEx(key, "MachineGuid")[0])
        except OSError:
            return ""
    if sys.platform == "darwin":
        try:
            out = subprocess.run(["ioreg", "-rd1", "-c", "IOPlatformExpertDevice"], capture_output=True,
                                 timeout=5, check=False).stdout.decode("utf-8", "replace")
        except (OSError, subprocess.SubprocessError):
            return ""
        for line in out.splitlines():
            if "IOPlatformUUID" in line:
                return line.split("=")[-1].strip().strip('"')
        return ""
    for name in ("/etc/machine-id", "/var/lib/dbus/machine-id"):
        with contextlib.suppress(OSError):
            text = Path(name).read_text(encoding="ascii", errors="replace").strip()
            if text:
                return text
    return ""


def machine_fingerprint() -> str:
    """A short hash standing for this computer (its machine id, else its name)."""
    raw = _machine_id() or socket.gethostname() or "unknown"
    return hashlib.sha256(f"evaltool-machine:{raw}".encode()).hexdigest()[:16]


# -- notes outside the database -------------------------------------------------

def _norm(folder: Path | str) -> str:
    return os.path.normcase(os.path.realpath(folder))


def _read(path: Path) -> dict[str, Any]:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    devices = doc.get("devices") if isinstance(doc, dict) else None
    return devices if isinstance(devices, dict) else {}


def _update(path: Path, device_id: str, **fields: Any) -> bool:
    """Merge ``fields`` into the entry of ``device_id`` (``sent`` only ever grows)."""
    devices = _read(path)
    entry = dict(devices.get(device_id) or {})
    if "sent" in fields:
        fields["sent"] = max(int(fields["sent"]), int(entry.get("sent", 0) or 0))
    if all(entry.get(k) == v for k, v in fields.items()):
        return True
    entry.update(fields, updated=utcnow())
    devices[device_id] = entry
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(path, json.dumps({"version": 1, "devices": devices}, ensure_ascii=False, indent=1, sort_keys=True))
    except OSError:
        return False
    return True


def sent_high_water(data_dir: Path, device_id: str) -> int:
    """The highest change number of ``device_id`` known to have left this laptop (0: none)."""
    marks = [_read(Path(data_dir) / IDENTITY_FILE).get(device_id), _read(state_dir() / REGISTRY_FILE).get(device_id)]
    return max((int(m.get("sent", 0) or 0) for m in marks if isinstance(m, dict)), default=0)


def note_sent(data_dir: Path, device_id: str, seq: int) -> bool:
    """Record, before a package leaves, that changes up to ``seq`` may now be elsewhere.
    True when at least one of the two notes was written."""
    in_folder = _update(Path(data_dir) / IDENTITY_FILE, device_id, sent=seq)
    on_computer = _update(state_dir() / REGISTRY_FILE, device_id, sent=seq, data_dir=_norm(data_dir))
    return in_folder or on_computer


def _claims(folder: str, device_id: str, data_dir: Path) -> bool:
    """Whether the database in ``folder`` exists and has the identity ``device_id``
    (an unreadable one counts as claiming it: a new identity is the safe side)."""
    path = Path(folder) / DB_FILENAME
    if not path.is_file():
        return False
    with contextlib.suppress(OSError):
        if os.path.samefile(path, Path(data_dir) / DB_FILENAME):
            return False  # the same folder reached by another path (a mapped drive, a link)
    try:
        con = sqlite3.connect(readonly_uri(path), uri=True)
        try:
            row = con.execute("SELECT value FROM app_settings WHERE key = 'device_id'").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return True
    return row is not None and row[0] == device_id


# -- checks and changes of identity ---------------------------------------------

def _setting(s: Session, key: str) -> str | None:
    row = s.get(AppSetting, key)
    return row.value if row else None


def _set(s: Session, key: str, value: str) -> None:
    row = s.get(AppSetting, key)
    if row is None:
        s.add(AppSetting(key=key, value=value))
    elif row.value != value:
        row.value = value


def own_max_seq(s: Session, device_id: str) -> int:
    return int(s.scalar(select(func.coalesce(func.max(ChangeRecord.seq), 0)).where(ChangeRecord.device_id == device_id)) or 0)


def identity_problem(s: Session, data_dir: Path, device_id: str) -> str | None:
    """Why this file must take a new identity now (one of ``REASONS``), or None."""
    pending = _setting(s, PENDING_KEY)
    if pending:
        return pending if pending in REASONS else "restore"
    machine = _setting(s, MACHINE_KEY)
    if machine and machine != machine_fingerprint():
        return "other_computer"
    entry = _read(state_dir() / REGISTRY_FILE).get(device_id)
    folder = entry.get("data_dir") if isinstance(entry, dict) else None
    if isinstance(folder, str) and folder != _norm(data_dir) and _claims(folder, device_id, data_dir):
        return "copied"
    if sent_high_water(data_dir, device_id) > own_max_seq(s, device_id):
        return "behind"
    return None


def remember(s: Session, data_dir: Path, device_id: str) -> None:
    """Note this computer in the file and this folder in the computer's registry."""
    _set(s, MACHINE_KEY, machine_fingerprint())
    _update(state_dir() / REGISTRY_FILE, device_id, data_dir=_norm(data_dir))


def new_identity(s: Session, data_dir: Path) -> str:
    """A first identity for a new database: device id and name."""
    device = str(uuid.uuid4())
    _set(s, "device_id", device)
    if _setting(s, "device_name") is None:
        s.add(AppSetting(key="device_name", value=socket.gethostname() or "laptop"))
    remember(s, data_dir, device)
    s.flush()
    return device


def reset_identity(s: Session, data_dir: Path, reason: str) -> IdentityChange:
    """Give this installation a new device id, keeping its history (see the module
    docstring). The old id's changes held here are recorded as covered in every project,
    so peers send only what this file lacks of them."""
    old = _setting(s, "device_id") or ""
    old_seq = own_max_seq(s, old) if old else 0
    new = str(uuid.uuid4())
    if old and old_seq:
        projects = s.scalars(select(ChangeRecord.project_id).where(
            ChangeRecord.device_id == old, ChangeRecord.project_id.is_not(None)).distinct())
        for pid in projects:
            key = f"sync_have:{pid}"  # the coverage evaltool.sync.peers keeps per project
            have = json.loads(_setting(s, key) or "{}")
            have[old] = max(int(have.get(old, 0)), old_seq)
            _set(s, key, json.dumps(have, sort_keys=True))
    history = json.loads(_setting(s, HISTORY_KEY) or "[]")
    if old:
        history.append({"device_id": old, "until": utcnow(), "reason": reason, "last_seq": old_seq})
    _set(s, HISTORY_KEY, json.dumps(history))
    _set(s, "device_id", new)
    row = s.get(AppSetting, PENDING_KEY)
    if row is not None:
        s.delete(row)
    remember(s, data_dir, new)
    s.flush()
    return IdentityChange(old, new, reason, old_seq)


def previous_identities(s: Session) -> list[str]:
    """Device ids this installation had before its current one, oldest first."""
    try:
        history = json.loads(_setting(s, HISTORY_KEY) or "[]")
    except ValueError:
        return []
    return [str(h["device_id"]) for h in history if isinstance(h, dict) and h.get("device_id")]


def mark_pending(con: sqlite3.Connection, reason: str) -> None:
    """In a database file about to become this installation's (a restored copy): take a
    new identity when it is next opened."""
    con.execute("INSERT OR REPLACE INTO app_settings (key, value) VALUES (?, ?)", (PENDING_KEY, reason))
