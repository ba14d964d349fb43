"""The bench of ``test_hostile_input.py``: a laptop holding the demo project, the command
line run on it in-process, a digest of everything a user keeps (the database's every
table, the evidence store's files), and builders of damaged packages and files.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import sqlite3
import zipfile
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evaltool.cli import main
from evaltool.db import Database, open_database


@dataclass
class Result:
    """What an action did: the exit status (None when a core function raised or
    returned), stdout and stderr, or the error a core function raised (as text)."""

    rc: int | None = None
    out: str = ""
    err: str = ""
    error: str = ""
    value: Any = None

    @property
    def said(self) -> str:
        return "\n".join(x for x in (self.err, self.error, self.out) if x)


@dataclass
class Lab:
    """A laptop (``data``) with the demo project (``pid``); ``tmp`` for files."""

    data: Path
    pid: str
    tmp: Path
    extra: dict[str, Any] = field(default_factory=dict)

    def cli(self, *args: str) -> Result:
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            rc = main(["--data-dir", str(self.data), "--lang", "en", *args])
        return Result(rc, out.getvalue(), err.getvalue())

    def core(self, fn: Callable[[], Any]) -> Result:
        from evaltool.errors import EvaltoolError

        try:
            return Result(value=fn())
        except EvaltoolError as exc:
            return Result(error=str(exc))

    def open(self) -> Database:
        return open_database(self.data)

    def write(self, name: str, data: bytes | str) -> Path:
        p = self.tmp / name
        p.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, str):
            p.write_text(data, encoding="utf-8")
        else:
            p.write_bytes(data)
        return p

    def sql(self, statement: str, *params: Any) -> None:
        """Write around every check (what an older evaltool may have stored)."""
        con = sqlite3.connect(self.data / "evaltool.sqlite")
        try:
            con.execute(statement, params)
            con.commit()
        finally:
            con.close()

    def query(self, statement: str, *params: Any) -> list[tuple[Any, ...]]:
        con = sqlite3.connect(self.data / "evaltool.sqlite")
        try:
            return list(con.execute(statement, params))
        finally:
            con.close()

    def digest(self) -> str:
        """Everything a user keeps: every table's rows (sorted) and the evidence files."""
        h = hashlib.sha256()
        con = sqlite3.connect(self.data / "evaltool.sqlite")
        try:
            tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
            for t in tables:
                rows = sorted(repr(r) for r in con.execute(f'SELECT * FROM "{t}"'))
                h.update(t.encode())
                for r in rows:
                    h.update(r.encode("utf-8", "surrogatepass"))
        finally:
            con.close()
        store = self.data / "evidence"
        if store.is_dir():
            for f in sorted(store.rglob("*")):
                if f.is_file() and "tmp" not in f.relative_to(store).parts:
                    h.update(str(f.relative_to(store)).encode())
        return h.hexdigest()


# -- packages ---------------------------------------------------------------------

def read_zip(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def write_zip(parts: list[tuple[str, bytes]] | dict[str, bytes], *, method: int = zipfile.ZIP_DEFLATED) -> bytes:
    items = list(parts.items()) if isinstance(parts, dict) else parts
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=method) as zf:
        for name, body in items:
            info = zipfile.ZipInfo(name)
            info.compress_type = method
            zf.writestr(info, body)
    return out.getvalue()


def manifest_of(parts: dict[str, bytes]) -> dict[str, Any]:
    return json.loads(parts["manifest.json"])


def changes_of(parts: dict[str, bytes]) -> list[dict[str, Any]]:
    return [json.loads(line) for line in parts["changes.jsonl"].decode().splitlines() if line.strip()]


def repack(base: bytes, edit: Callable[[dict[str, bytes]], None], *, fix_checksums: bool = True) -> bytes:
    """The package ``base`` with its parts edited by ``edit(parts)``; with
    ``fix_checksums`` the manifest lists the edited parts' real SHA-256 and sizes (what a
    forger recomputes), so the damage reaches the checks behind the checksums."""
    parts = read_zip(base)
    edit(parts)
    if fix_checksums and "manifest.json" in parts:
        try:
            m = json.loads(parts["manifest.json"])
        except (ValueError, RecursionError):
            m = None
        if isinstance(m, dict) and isinstance(m.get("entries"), list):
            for e in m["entries"]:
                if isinstance(e, dict) and e.get("name") in parts and e["name"] != "manifest.json":
                    if not str(e["name"]).startswith("blobs/"):
                        e["sha256"] = hashlib.sha256(parts[e["name"]]).hexdigest()
                    e["size"] = len(parts[e["name"]])
            parts["manifest.json"] = json.dumps(m, ensure_ascii=False).encode()
    return write_zip(parts)


def set_changes(parts: dict[str, bytes], changes: list[dict[str, Any]]) -> None:
    parts["changes.jsonl"] = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in changes).encode()


def add_listed(parts: dict[str, bytes], name: str, body: bytes) -> None:
    """A part added to the zip and to the manifest's list (checksums fixed by ``repack``)."""
    parts[name] = body
    m = manifest_of(parts)
    m["entries"].append({"name": name, "sha256": hashlib.sha256(body).hexdigest(), "size": len(body)})
    parts["manifest.json"] = json.dumps(m, ensure_ascii=False).encode()


def patch_declared_sizes(data: bytes, size: int, names: set[str] | None = None) -> bytes:
    """Rewrite the uncompressed sizes the central directory declares (a forged bomb)."""
    buf = bytearray(data)
    pos = 0
    while (pos := buf.find(b"PK\x01\x02", pos)) >= 0:
        name_len = int.from_bytes(buf[pos + 28:pos + 30], "little")
        name = buf[pos + 46:pos + 46 + name_len].decode("utf-8", "replace")
        if names is None or name in names:
            buf[pos + 24:pos + 28] = size.to_bytes(4, "little")
        pos += 46
    return bytes(buf)


def patch_central(data: bytes, offset: int, value: int, names: set[str] | None = None) -> bytes:
    """Rewrite a 2-byte field of the central directory entries (``offset`` 6: the version
    needed to extract; 10: the compression method)."""
    buf = bytearray(data)
    pos = 0
    while (pos := buf.find(b"PK\x01\x02", pos)) >= 0:
        name_len = int.from_bytes(buf[pos + 28:pos + 30], "little")
        name = buf[pos + 46:pos + 46 + name_len].decode("utf-8", "replace")
        if names is None or name in names:
            buf[pos + offset:pos + offset + 2] = value.to_bytes(2, "little")
        pos += 46
    return bytes(buf)


def sparse_file(path: Path, size: int) -> Path:
    with open(path, "wb") as fh:
        fh.truncate(size)
    return path


def can_chmod_deny() -> bool:
    """Root reads files whatever their mode: permission cases need a normal user."""
    return hasattr(os, "geteuid") and os.geteuid() != 0
