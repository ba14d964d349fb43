"""Files and package contents that enter: a size limit on every file we read whole,
text files read through ``evaltool.textio`` and cleaned, and the values of changes
arriving from another laptop (their clock and their text).

- ``read_text_file(path, what, max_bytes)``: the text of a small file a person hands us
  (an evidence note, a report section, a template), refused when larger than
  ``max_bytes`` *before* it is read, decoded by ``textio`` (UTF-8, UTF-16 with a mark,
  GB18030) and cleaned of control characters: returns the text and how many characters
  were removed, so the caller can say so.
- ``clock_problem(hlc)``: a hybrid-logical-clock value no laptop can have — not a
  number, or past the year 9999. A laptop whose clock is merely wrong (years ahead) is
  not refused: its changes are kept, counted as from the future in the import summary,
  and never move this laptop's clock (``changelog.Clock.is_future``, issue 16); a later
  edit supersedes them through its bases, whatever their stamp.
- ``clean_changes(changes)``: text inside changes from another laptop cleaned in place
  (what an older evaltool may have stored), counted for the import summary.

Thread rule: pure functions except the reading; safe from any thread.
"""
from __future__ import annotations

import os
import stat
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from evaltool.errors import ValidationError
from evaltool.i18n import translate
from evaltool.textio import decode
from evaltool.validate.storage import _json_bad, _json_clean

MB = 1024 * 1024
MAX_NOTE_BYTES = 8 * MB  # an evidence note or a report section read from a file
_LAST_MS = int(datetime(9999, 12, 31, tzinfo=UTC).timestamp() * 1000)


def _t(text: str) -> str:
    return translate("Validate", text)


def check_file_size(path: Path | str, max_bytes: int, what: str) -> int:
    """The size of a regular file we may read whole, or ``ValidationError`` naming it."""
    p = Path(path)
    try:
        st = os.stat(p)
    except OSError as exc:
        raise ValidationError(_t("Cannot read {file}: {error}.").format(file=p, error=exc.strerror or exc)) from exc
    if not stat.S_ISREG(st.st_mode):
        raise ValidationError(_t("{file} is not a regular file.").format(file=p))
    if st.st_size > max_bytes:
        raise ValidationError(_t("{file} is too large for {what} ({size} MB; at most {max} MB).").format(
            file=p, what=what, size=round(st.st_size / MB, 1), max=round(max_bytes / MB, 1)))
    return st.st_size


def read_text_file(path: Path | str, what: str, max_bytes: int = MAX_NOTE_BYTES) -> tuple[str, int]:
    """(text, characters removed) of a small text file; see the module docstring.

    Raises ``ValidationError`` (too large, unreadable, not a file) or
    ``TextDecodeError`` (not text in an encoding we read), both naming the file.
    """
    from evaltool.validate.text import clean_text

    p = Path(path)
    check_file_size(p, max_bytes, what)
    try:
        with open(p, "rb") as fh:
            data = fh.read(max_bytes + 1)  # the file may have grown since: never more than the limit
    except OSError as exc:
        raise ValidationError(_t("Cannot read {file}: {error}.").format(file=p, error=exc.strerror or exc)) from exc
    if len(data) > max_bytes:
        raise ValidationError(_t("{file} is too large for {what} ({size} MB; at most {max} MB).").format(
            file=p, what=what, size=round(len(data) / MB, 1), max=round(max_bytes / MB, 1)))
    text = decode(data, str(p)).text.replace("\r\n", "\n")
    return clean_text(text)


def clock_problem(hlc: str) -> str | None:
    """Why a clock value ``NNNNNNNNNNNNNNN.NNNNNN`` cannot be accepted, or None (a date
    however far from ours is a clock value: see the module's docstring)."""
    try:
        ms = int(hlc.partition(".")[0])
    except ValueError:
        return _t("the clock value “{hlc}” is not a clock value").format(hlc=hlc[:40])
    if ms > _LAST_MS or ms < 0:
        return _t("the clock value {hlc} is no date at all").format(hlc=hlc[:40])
    return None


def clean_changes(changes: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
    """Clean the values of changes from another laptop in place (text without control
    characters, non-finite numbers empty); returns (table, row id, field) of each one."""
    cleaned: list[tuple[str, str, str]] = []
    for c in changes:
        v = c.get("value")
        if v is not None and _json_bad(v):
            c["value"] = _json_clean(v)
            cleaned.append((str(c.get("table_name")), str(c.get("row_id")), str(c.get("field"))))
    return cleaned
