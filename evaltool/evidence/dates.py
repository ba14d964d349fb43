"""The date an evidence file speaks of, prefilled when it is added.

A photo taken on site carries the moment it was taken in its EXIF data
(``DateTimeOriginal``, else ``DateTime``); that is the date the evidence shows. Any other
file gets its modification date (a scan or a document saved that day). The evaluator can
change either; nothing is guessed beyond these two.

``file_date(path) -> (YYYY-MM-DD, "exif" | "file")`` or (None, "") when neither can be read.
The EXIF reader only looks at the JPEG APP1 segment or a TIFF header, reads at most
``EXIF_SCAN_BYTES`` and never trusts an offset that points outside what it read. Pure
Python, safe from any thread.
"""
from __future__ import annotations

import os
import re
import struct
from datetime import date, datetime
from pathlib import Path

EXIF_SCAN_BYTES = 256 * 1024
_TAG_DATETIME = 0x0132
_TAG_EXIF_IFD = 0x8769
_TAG_ORIGINAL = 0x9003
_DATE_RE = re.compile(r"^(\d{4}):(\d{2}):(\d{2})")


def _tiff_dates(tiff: bytes) -> dict[int, str]:
    """DateTime (IFD0) and DateTimeOriginal (Exif IFD) from a TIFF structure."""
    if tiff[:2] == b"II":
        end = "<"
    elif tiff[:2] == b"MM":
        end = ">"
    else:
        return {}
    if len(tiff) < 8 or struct.unpack(end + "H", tiff[2:4])[0] != 42:
        return {}
    found: dict[int, str] = {}

    def read_ifd(offset: int, depth: int) -> None:
        if depth > 2 or offset <= 0 or offset + 2 > len(tiff):
            return
        (count,) = struct.unpack(end + "H", tiff[offset:offset + 2])
        for i in range(min(count, 512)):
            at = offset + 2 + 12 * i
            if at + 12 > len(tiff):
                return
            tag, kind, n, value = struct.unpack(end + "HHII", tiff[at:at + 12])
            if tag in (_TAG_DATETIME, _TAG_ORIGINAL) and kind == 2 and 10 <= n <= 64:
                text = tiff[value:value + n] if n > 4 else tiff[at + 8:at + 8 + n]
                found[tag] = text.split(b"\0", 1)[0].decode("ascii", "replace")
            elif tag == _TAG_EXIF_IFD and kind in (4, 13):
                read_ifd(value, depth + 1)

    read_ifd(struct.unpack(end + "I", tiff[4:8])[0], 0)
    return found


def exif_date(head: bytes) -> str | None:
    """The date a photo was taken (YYYY-MM-DD) from the first bytes of a JPEG or TIFF."""
    tiff = b""
    if head[:2] == b"\xff\xd8":
        pos = 2
        while pos + 4 <= len(head) and head[pos] == 0xFF:
            marker = head[pos + 1]
            (size,) = struct.unpack(">H", head[pos + 2:pos + 4])
            if marker == 0xE1 and head[pos + 4:pos + 10] == b"Exif\0\0":
                tiff = head[pos + 10:pos + 2 + size]
                break
            if marker in (0xDA, 0xD9):  # image data starts: no EXIF before it
                break
            pos += 2 + size
    elif head[:4] in (b"II*\0", b"MM\0*"):
        tiff = head
    if not tiff:
        return None
    dates = _tiff_dates(tiff)
    for tag in (_TAG_ORIGINAL, _TAG_DATETIME):
        m = _DATE_RE.match(dates.get(tag, ""))
        if m:
            try:
                return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
            except ValueError:  # "0000:00:00" from a camera whose clock was never set
                continue
    return None


def file_date(path: str | Path) -> tuple[str | None, str]:
    """(YYYY-MM-DD, "exif") for a photo with its date, else (its modification date, "file");
    (None, "") when the file cannot be read."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(EXIF_SCAN_BYTES)
        mtime = os.stat(path).st_mtime
    except OSError:
        return None, ""
    return date_of(head, mtime)


def date_of(head: bytes, mtime: float) -> tuple[str | None, str]:
    """``file_date`` from a file's first ``EXIF_SCAN_BYTES`` bytes and its modification
    time (epoch seconds): what the store keeps while it copies, so a batch reads each file
    once."""
    taken = exif_date(head)
    if taken:
        return taken, "exif"
    return datetime.fromtimestamp(mtime).date().isoformat(), "file"
