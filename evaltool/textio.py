"""The one decoder for text files we read (CSV answers and score sheets, evidence previews).

Which encoding, in this order:

1. a byte-order mark decides: UTF-8 (``EF BB BF``), UTF-16 LE (``FF FE``), UTF-16 BE
   (``FE FF``) — what Excel's "CSV UTF-8" and "Unicode text" save;
2. otherwise UTF-8 if the bytes are valid UTF-8;
3. otherwise GB18030, a superset of GBK and GB2312: what Excel and WPS on a Chinese
   Windows write as "CSV".

Anything else is refused with ``TextDecodeError`` naming the file, never guessed at:
bytes neither UTF-8 nor GB18030 (``reason == "encoding"``), and text holding NUL
characters (``reason == "binary"``: a picture, a workbook or UTF-16 without a mark).

The order makes one ambiguity unavoidable: a few GB18030 byte strings are valid UTF-8
too (e.g. ``C2 A1``, GB18030 for 隆, is UTF-8 for ¡). They are read as UTF-8. Chinese
text of more than a few characters is practically never valid UTF-8, so real files are
read right; the property tests state exactly which texts round-trip.

Pure functions, no I/O except ``read_text``; safe from any thread.
"""
from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from evaltool.errors import TextDecodeError
from evaltool.i18n import translate

# (byte-order mark, codec of the bytes after it, name reported), longest first.
BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)
# Every encoding name ``decode`` reports.
ENCODINGS = ("utf-8-sig", "utf-16-le", "utf-16-be", "utf-8", "gb18030")


@dataclass(frozen=True)
class DecodedText:
    """Text and how it was stored.

    ``encoding`` is one of ``ENCODINGS``: ``utf-8-sig`` is UTF-8 after a byte-order
    mark; ``utf-16-le``/``utf-16-be`` always had one (UTF-16 is only read with a mark).
    The mark is never part of ``text``. ``truncated``: only the first part of the file
    was read (``read_text(max_bytes=…)``).
    """

    text: str
    encoding: str
    truncated: bool = False


def _refuse(message: str, file: str | None, reason: str) -> TextDecodeError:
    text = translate("Errors", "{where}: {message}").format(where=file, message=message) if file else message
    return TextDecodeError(message, file=file, reason=reason, text=text)


def _decode_with(data: bytes, codec: str, partial: bool) -> str:
    if not partial:
        return data.decode(codec)
    # A prefix of a file may end inside a multi-byte character: keep the whole characters.
    return codecs.getincrementaldecoder(codec)().decode(data, final=False)


def decode(data: bytes, file: str | None = None, *, partial: bool = False) -> DecodedText:
    """Decode ``data`` (see the module docstring for the order).

    ``file`` names the file in errors. ``partial``: ``data`` is the beginning of a longer
    file, so an incomplete character at its very end is dropped instead of refused.
    Raises ``TextDecodeError``.
    """
    text: str | None = None
    encoding = ""
    for bom, codec, name in BOMS:
        if data.startswith(bom):
            try:
                text, encoding = _decode_with(data[len(bom):], codec, partial), name
            except UnicodeDecodeError:
                raise _refuse(translate(
                    "Errors", "The file starts with a {encoding} byte-order mark but is not {encoding} text."
                ).format(encoding=name.upper().replace("-SIG", "")), file, "encoding") from None
            break
    if text is None:
        for codec in ("utf-8", "gb18030"):
            try:
                text, encoding = _decode_with(data, codec, partial), codec
                break
            except UnicodeDecodeError:
                continue
    if text is None:
        raise _refuse(translate(
            "Errors", "The file is neither UTF-8 nor GBK/GB18030 text. Save it again as “CSV UTF-8” (or UTF-8 text) and try again."),
            file, "encoding")
    if "\x00" in text:
        # NUL never occurs in text people write; it does in pictures, workbooks and
        # UTF-16 saved without a byte-order mark, which must not be shown as garbage.
        raise _refuse(translate("Errors", "The file is not text: it contains binary data."), file, "binary")
    return DecodedText(text, encoding)


def decode_text(data: bytes, file: str | None = None, *, partial: bool = False) -> str:
    """Only the text of ``decode(data, file, partial=partial)``."""
    return decode(data, file, partial=partial).text


def read_text(path: str | Path, *, max_bytes: int | None = None) -> DecodedText:
    """Read and decode a file; with ``max_bytes`` only its beginning (a preview).

    Raises ``TextDecodeError`` (naming the file) or ``OSError`` from reading.
    """
    p = Path(path)
    with open(p, "rb") as fh:
        data = fh.read() if max_bytes is None else fh.read(max_bytes + 1)
    truncated = max_bytes is not None and len(data) > max_bytes
    if truncated:
        data = data[:max_bytes]
    decoded = decode(data, p.name, partial=truncated)
    return DecodedText(decoded.text, decoded.encoding, truncated)
