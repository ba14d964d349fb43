"""The one safe reader of spreadsheets (.xlsx, .xls, .csv) that every importer uses.

It returns plain data — sheet names, and per sheet a grid of cell values with its merged
ranges — and refuses what it cannot read safely with ``SpreadsheetError`` (a kind of
``ImportFormatError``) naming the file and sheet, in the user's language.

Safety, in the order the checks run:

1. **File size** (``Limits.max_file_bytes``) from the file system, before reading it.
2. **Type from the bytes**, never the name: a zip is an .xlsx, an OLE compound file an
   .xls, text is CSV only when the name says .csv/.tsv/.txt. Web pages and Excel 2003
   XML saved as ".xls", .ods and .xlsb get a message saying how to convert them.
3. **.xlsx before parsing**: the zip's declared part count, total unpacked size and
   compression ratio of large parts ("zip bombs"; Python's zipfile never unpacks more
   than a part declares), zip-level encryption, and every part's XML prolog: a DTD or
   entity declaration is refused outright. openpyxl then parses through defusedxml
   (entity expansion and external entities refused) in read-only mode, streaming rows.
4. **Encrypted workbooks** (Excel saves a password-protected file as an OLE container
   with an ``EncryptionInfo`` stream; an encrypted .xls has a FILEPASS record) are
   refused with a message telling how to remove the password.
5. **.xls guard**: xlrd reads ragged rows (a single cell at row 65,536 must not pad
   every row), its log goes nowhere (not into the CLI's JSON on stdout).
6. **Rows, columns, cells** (``Limits.max_rows``/``max_cols``/``max_cells``) while
   reading, stopping at the first excess: refused, or with ``Limits.clip`` the part
   inside the limits is kept and ``Sheet.clipped`` set (the score-sheet import's
   historical behaviour). Merged ranges are clipped to the same window and their total
   area is bounded by ``max_cells``.

Reading a sheet can report ``progress(rows read, rows expected)`` and stop when
``cancelled()`` turns true (raising ``Cancelled``): the runner's job hands both through, so
a big file shows real progress and Cancel stops it. The expected count is what the file
declares (an .xlsx dimension, an .xls row count, a CSV's lines), 0 when unknown.

Values are what the file holds: numbers (int/float), text, dates (datetime), booleans;
``None`` for an empty cell (an empty CSV field too). Text never holds control characters
(other than tab and line breaks: ``evaltool.validate.clean_text``): they are removed while
reading and the cells listed in ``Sheet.cleaned``, for the importer to say so. Rows are ragged: trailing empty
cells are not stored, nor trailing empty rows, so styled empty regions cost nothing.

Thread rule: a ``Workbook`` is used by one thread at a time (the one that opened it).
"""
from __future__ import annotations

import codecs
import csv
import io
import posixpath
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self

from defusedxml import ElementTree as SafeET

from evaltool.errors import Cancelled, SpreadsheetError, TextDecodeError
from evaltool.i18n import translate
from evaltool.textio import decode
from evaltool.validate import clean_text, has_control_chars

MB = 1024 * 1024
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# An OLE directory entry's name is UTF-16-LE; this stream marks an encrypted OOXML file.
ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le")
TEXT_SUFFIXES = (".csv", ".tsv", ".txt")
PROLOG_BYTES = 64 * 1024  # a prolog longer than this (comments before the root) is refused
NS_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
NS_DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WATCH_EVERY = 1000  # rows between two progress reports / Cancel checks while reading
# What reading a damaged zip part raises (a bad header, a broken deflate stream, an
# offset before the start, a compression method we lack, a truncated part).
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError, OSError, KeyError,
               RuntimeError)

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
# What a sheet loader gets: the sheet's name, then progress and cancelled (or None).
Loader = Callable[[str, "Progress | None", "IsCancelled | None"], "Sheet"]


@dataclass(frozen=True)
class Limits:
    """What a file may hold before it is refused (or, with ``clip``, cut).

    Sizes in bytes. ``max_ratio`` applies to zip parts unpacking to more than
    ``ratio_from_bytes`` (small parts of honest files compress very well too).
    ``max_cells`` counts stored cells (rows are ragged) and the area of merged ranges.
    """

    max_file_bytes: int = 50 * MB
    max_unzipped_bytes: int = 200 * MB
    max_zip_entries: int = 5000
    max_ratio: int = 500
    ratio_from_bytes: int = 10 * MB
    max_rows: int = 100_000
    max_cols: int = 1_000
    max_cells: int = 2_000_000
    clip: bool = False


@dataclass
class Sheet:
    """One sheet as plain data (0-based row and column indexes)."""

    name: str
    rows: list[list[Any]]  # ragged; None for an empty cell
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # (r1, c1, r2, c2) inclusive
    percent: set[tuple[int, int]] = field(default_factory=set)  # numeric cells shown as percentages (.xlsx)
    hidden: bool = False
    clipped: bool = False  # Limits.clip cut rows, columns or cells off
    cleaned: list[tuple[int, int]] = field(default_factory=list)  # (row, column) of text cells control characters were removed from


class Workbook:
    """An open spreadsheet: ``names`` of its sheets in order, ``sheet(name)`` reads one.

    ``kind`` is ``xlsx``, ``xls`` or ``csv`` (a CSV file has one sheet named after the
    file's stem); ``encoding`` is the CSV's text encoding (``evaltool.textio``), else None.
    Use as a context manager, or call ``close()``.
    """

    def __init__(self, file: str, kind: str, names: list[str], hidden: set[str],
                 loader: Loader, closer: Callable[[], None] | None = None,
                 encoding: str | None = None) -> None:
        self.file, self.kind, self.names, self.hidden, self.encoding = file, kind, names, hidden, encoding
        self._loader, self._closer = loader, closer

    def sheet(self, name: str | None = None, *, progress: Progress | None = None,
              cancelled: IsCancelled | None = None) -> Sheet:
        """The sheet called ``name`` (the first sheet when None), read now.

        ``progress(rows read, rows expected)`` is called every ``WATCH_EVERY`` rows and at
        the end; ``cancelled()`` is checked as often and raises ``Cancelled`` when true.
        """
        if name is None:
            if not self.names:
                raise _refuse(translate("Errors", "The workbook has no sheets."), self.file, "damaged")
            name = self.names[0]
        elif name not in self.names:
            raise _refuse(translate("Errors", "There is no sheet “{sheet}”; the workbook has: {names}.").format(
                sheet=name, names=", ".join(self.names)), self.file, "no_sheet")
        return self._loader(name, progress, cancelled)

    def close(self) -> None:
        if self._closer is not None:
            self._closer()
            self._closer = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def located(message: str, file: str | None, sheet: str | None = None, row: int | None = None) -> str:
    """``message`` after the place it is about (file, sheet, row), in the user's language."""
    where = [file] if file else []
    if sheet:
        where.append(translate("Errors", "sheet “{sheet}”").format(sheet=sheet))
    if row is not None:
        where.append(translate("Errors", "row {row}").format(row=row))
    return translate("Errors", "{where}: {message}").format(where=", ".join(where), message=message) if where else message


def _refuse(message: str, file: str, reason: str, sheet: str | None = None, row: int | None = None) -> SpreadsheetError:
    return SpreadsheetError(message, file=file, sheet=sheet, row=row, reason=reason, text=located(message, file, sheet, row))


def _password(file: str) -> SpreadsheetError:
    return _refuse(translate("Errors", "The workbook is password-protected. Remove the password in Excel or WPS and import it again."),
                   file, "encrypted")


def _not_spreadsheet(file: str) -> SpreadsheetError:
    return _refuse(translate("Errors", "The file is not a spreadsheet (.xlsx, .xls or .csv)."), file, "not_spreadsheet")


# -- opening -----------------------------------------------------------------------

def open_workbook(path: str | Path, limits: Limits | None = None, *, merged_cells: bool = True) -> Workbook:
    """Open a spreadsheet after the checks that need no parsing (see the module docstring).

    ``merged_cells=False`` skips reading merged ranges (.xlsx needs an extra pass over
    the sheet for them); ``Sheet.merged`` is then empty. Raises ``SpreadsheetError``.
    """
    limits = limits or Limits()
    p = Path(path)
    file = p.name
    data = b""
    try:
        size = p.stat().st_size
        if size <= limits.max_file_bytes:
            with open(p, "rb") as fh:  # never more than the limit, whatever the file system said
                data = fh.read(limits.max_file_bytes + 1)
            size = len(data)
    except FileNotFoundError as exc:
        raise _refuse(translate("Errors", "The file does not exist."), file, "unreadable") from exc
    except OSError as exc:
        raise _refuse(translate("Errors", "Cannot read the file: {error}").format(error=exc.strerror or exc),
                      str(p), "unreadable") from exc
    if size > limits.max_file_bytes:
        raise _refuse(translate("Errors", "The file is {mb} MB; files larger than {limit} MB are refused.").format(
            mb=size // MB, limit=limits.max_file_bytes // MB), file, "too_large")
    if not data:
        raise _refuse(translate("Errors", "The file is empty."), file, "not_spreadsheet")
    if data.startswith(ZIP_MAGIC):
        return _open_xlsx(data, file, limits, merged_cells)
    if data.startswith(OLE_MAGIC):
        return _open_xls(data, file, limits)
    _refuse_foreign_text(data, file)
    if p.suffix.lower() in TEXT_SUFFIXES:
        return _open_csv(data, file, p.stem, limits)
    raise _not_spreadsheet(file)


def _refuse_foreign_text(data: bytes, file: str) -> None:
    """Web pages and Excel 2003 XML that systems export under an .xls name."""
    head = data[:4096].lstrip(codecs.BOM_UTF8 + b" \t\r\n").lower()
    if b"urn:schemas-microsoft-com:office:spreadsheet" in head:
        raise _refuse(translate("Errors", "The file is an Excel 2003 XML spreadsheet. Open it in Excel or WPS, save it as .xlsx and import that."),
                      file, "unsupported")
    if head.startswith((b"<!doctype html", b"<html")) or (head.startswith(b"<") and b"<table" in head):
        raise _refuse(translate(
            "Errors",
            "The file is a web page (HTML), not a workbook, although its name may say .xls. Open it in Excel or WPS, save it as .xlsx and import that.",
        ), file, "unsupported")


# -- .xlsx ---------------------------------------------------------------------------

def _check_zip(zf: zipfile.ZipFile, file: str, limits: Limits) -> None:
    infos = zf.infolist()
    if len(infos) > limits.max_zip_entries:
        raise _refuse(translate("Errors", "The workbook has too many parts ({n}); it was refused.").format(n=len(infos)),
                      file, "zip_bomb")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise _password(file)
        total += info.file_size
        if info.file_size > limits.ratio_from_bytes and info.file_size > limits.max_ratio * max(info.compress_size, 1):
            raise _refuse(translate("Errors", "The workbook expands to an absurd size ({part}); it was refused.").format(
                part=info.filename), file, "zip_bomb")
    if total > limits.max_unzipped_bytes:
        raise _refuse(translate("Errors", "The workbook expands to {mb} MB, more than the {limit} MB allowed; it was refused.").format(
            mb=total // MB, limit=limits.max_unzipped_bytes // MB), file, "zip_bomb")
    names = {i.filename for i in infos}
    if "xl/workbook.xml" in names:
        for info in infos:
            _check_prolog(zf, info, file)
        return
    if "xl/workbook.bin" in names:
        raise _refuse(translate("Errors", "The file is an Excel binary workbook (.xlsb). Open it in Excel or WPS, save it as .xlsx and import that."),
                      file, "unsupported")
    if "mimetype" in names and b"opendocument.spreadsheet" in zf.read("mimetype")[:100]:
        raise _refuse(translate(
            "Errors", "The file is an OpenDocument spreadsheet (.ods). Open it in WPS, Excel or LibreOffice, save it as .xlsx and import that.",
        ), file, "unsupported")
    raise _refuse(translate("Errors", "The file is a zip archive but not an Excel workbook (.xlsx)."), file, "not_spreadsheet")


def _check_prolog(zf: zipfile.ZipFile, info: zipfile.ZipInfo, file: str) -> None:
    """Refuse a part whose XML declares a DTD (entity declarations live there).

    Excel, WPS and LibreOffice never write one; refusing it here means no parser ever
    sees an entity, whatever parser a library picks. Only the prolog is read (a DTD must
    come before the root element). Parts that do not start like XML are not XML: any
    parser fails on them before reaching a DTD.
    """
    with zf.open(info) as fh:
        head = fh.read(PROLOG_BYTES)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or head[:2] in (b"<\x00", b"\x00<"):
        codec = "utf-16-le" if head.startswith(codecs.BOM_UTF16_LE) or head[:1] == b"<" else "utf-16-be"
        text = codecs.getincrementaldecoder(codec)(errors="replace").decode(head, final=False).lstrip("\ufeff")
    else:
        text = head.decode("utf-8", errors="replace").lstrip("\ufeff")
    i = 0
    while True:
        j = text.find("<", i)
        if j < 0:
            if len(head) >= PROLOG_BYTES and text[i:].strip():
                break  # still in a prolog after 64 KB
            return
        if text.startswith("<?", j):
            end = text.find("?>", j)
            if end < 0:
                break
            i = end + 2
        elif text.startswith("<!--", j):
            end = text.find("-->", j)
            if end < 0:
                break
            i = end + 3
        elif text.startswith("<!", j):
            break  # <!DOCTYPE …>
        else:
            return  # the root element: no DTD can follow it
    raise _refuse(translate("Errors", "The workbook contains XML declarations that could be used to attack the computer (in {part}); it was refused.").format(
        part=info.filename), file, "unsafe_xml")


def _sheet_parts(zf: zipfile.ZipFile, file: str) -> dict[str, str]:
    """Sheet name → zip part of its XML, from the workbook and its relationships."""
    try:
        book = SafeET.fromstring(zf.read("xl/workbook.xml"), forbid_dtd=True)
        rels = SafeET.fromstring(zf.read("xl/_rels/workbook.xml.rels"), forbid_dtd=True)
    except (KeyError, SafeET.ParseError) as exc:
        raise _refuse(translate("Errors", "The workbook is damaged or unsafe and cannot be read ({error}).").format(
            error=type(exc).__name__), file, "damaged") from exc
    targets = {r.get("Id"): r.get("Target") or "" for r in rels.iter(f"{{{NS_REL}}}Relationship")}
    out: dict[str, str] = {}
    for s in book.iter():
        if s.tag.rpartition("}")[2] != "sheet":
            continue
        target = targets.get(s.get(f"{{{NS_DOC_REL}}}id"), "")
        # relationship targets are relative to xl/ unless absolute (as openpyxl reads them)
        part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
        out[s.get("name") or ""] = part
    return out


_SHEET_DATA_TAG = re.compile(rb"</(?:[A-Za-z_][\w.-]*:)?sheetData\s*>|<(?:[A-Za-z_][\w.-]*:)?sheetData\b[^<>]*/>")
_ROOT_START = re.compile(rb"<[^\s/>!?]+(?:\s+[^\s=/>]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*\s*>")
_NOT_PLAIN = (b"<!--", b"<![CDATA[", b"<?")


def _merge_refs_after_sheet_data(zf: zipfile.ZipFile, part: str) -> list[str] | None:
    """The ``ref`` of each merged range, reading only what follows ``</sheetData>``.

    Merged ranges come after the cells, so the XML after the sheet data (behind the
    document's own prolog and root tag) is parsed alone instead of the whole sheet.
    Exact when the part has no comment, CDATA section or processing instruction: then
    every ``<`` starts a tag (XML allows no ``<`` in text or attribute values), so the
    last ``</sheetData>`` found in the bytes is the real one. None when that does not
    hold, or the tail does not parse: the caller reads the whole part instead.
    """
    with zf.open(part) as fh:
        head = fh.read(PROLOG_BYTES)
        root = _ROOT_START.search(head)
        if root is None or any(m in head[root.start():] for m in _NOT_PLAIN):
            return None
        # the prolog before the root holds only the XML declaration and white space
        prolog = head[:root.start()].lstrip(codecs.BOM_UTF8)
        if prolog.strip() and not (prolog.lstrip().startswith(b"<?xml") and prolog.count(b"<") == 1):
            return None
        last, offset, carry = -1, len(head), head[-16:]
        found = head.rfind(b"sheetData")
        if found >= 0:
            last = found
        while chunk := fh.read(1 << 20):
            block = carry + chunk
            if any(m in block for m in _NOT_PLAIN):
                return None
            found = block.rfind(b"sheetData")
            if found >= 0:
                last = offset - len(carry) + found
            offset += len(chunk)
            carry = block[-16:]
    if last < 0:
        return None
    start = max(0, last - 64)
    with zf.open(part) as fh:
        fh.seek(start)
        rest = fh.read()
    tags = list(_SHEET_DATA_TAG.finditer(rest, 0, last - start + 64))
    tag = tags[-1] if tags else None
    if tag is None or not tag.start() <= last - start < tag.end():
        return None
    try:
        doc = SafeET.fromstring(head[:root.end()] + rest[tag.end():], forbid_dtd=True)
    except (SafeET.ParseError, ValueError):
        return None
    return [m.get("ref") or "" for mc in doc if mc.tag.rpartition("}")[2] == "mergeCells"
            for m in mc if m.tag.rpartition("}")[2] == "mergeCell"]


def _merge_refs_whole(zf: zipfile.ZipFile, part: str) -> list[str]:
    """The ``ref`` of each merged range, parsing the whole part (memory stays flat)."""
    refs: list[str] = []
    with zf.open(part) as fh:
        sheet_data = None
        for event, el in SafeET.iterparse(fh, events=("start", "end"), forbid_dtd=True):
            tag = el.tag.rpartition("}")[2]
            if event == "start":
                if tag == "sheetData":
                    sheet_data = el
            elif tag == "mergeCells":
                refs += [m.get("ref") or "" for m in el if m.tag.rpartition("}")[2] == "mergeCell"]
            elif tag == "row" and sheet_data is not None:
                sheet_data.clear()  # rows already read: keep memory flat
    return refs


def _merged_ranges(zf: zipfile.ZipFile, part: str, file: str, sheet: str, limits: Limits) -> list[tuple[int, int, int, int]]:
    """Merged ranges of a sheet part, clipped to the limits' window, in file order."""
    from openpyxl.utils.cell import range_boundaries

    try:
        refs = _merge_refs_after_sheet_data(zf, part)
        if refs is None:
            refs = _merge_refs_whole(zf, part)
    except (KeyError, SafeET.ParseError, ValueError, zipfile.BadZipFile) as exc:
        raise _refuse(translate("Errors", "The workbook is damaged or unsafe and cannot be read ({error}).").format(
            error=type(exc).__name__), file, "damaged", sheet=sheet) from exc
    out: list[tuple[int, int, int, int]] = []
    seen: set[tuple[int, int, int, int]] = set()
    area = 0
    for ref in refs:
        try:
            c1, r1, c2, r2 = range_boundaries(ref)
        except (ValueError, TypeError) as exc:
            raise _refuse(translate("Errors", "The workbook is damaged: the merged range “{ref}” cannot be read.").format(ref=ref),
                          file, "damaged", sheet=sheet) from exc
        if None in (c1, r1, c2, r2):
            raise _refuse(translate("Errors", "The workbook is damaged: the merged range “{ref}” cannot be read.").format(ref=ref),
                          file, "damaged", sheet=sheet)
        assert c1 is not None and r1 is not None and c2 is not None and r2 is not None
        rng = (r1 - 1, c1 - 1, min(r2, limits.max_rows) - 1, min(c2, limits.max_cols) - 1)
        if rng[0] >= limits.max_rows or rng[1] >= limits.max_cols or rng in seen:
            continue
        seen.add(rng)
        area += (rng[2] - rng[0] + 1) * (rng[3] - rng[1] + 1)
        if area > limits.max_cells:
            raise _too_many_cells(file, sheet, limits)
        out.append(rng)
    return out


def _too_many_cells(file: str, sheet: str, limits: Limits) -> SpreadsheetError:
    return _refuse(translate("Errors", "The sheet has more than {limit} cells; split it into smaller files.").format(
        limit=f"{limits.max_cells:,}"), file, "too_many_cells", sheet=sheet)


def _open_xlsx(data: bytes, file: str, limits: Limits, merged_cells: bool) -> Workbook:
    import openpyxl
    from openpyxl.xml import DEFUSEDXML

    if not DEFUSEDXML:  # pragma: no cover - defusedxml is a dependency
        raise _refuse("defusedxml is not installed; refusing to parse workbooks without it", file, "unsafe_xml")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except _ZIP_ERRORS:  # BadZipFile, and NotImplementedError for a zip version Python does not read
        raise _refuse(translate("Errors", "The workbook is damaged (not a readable .xlsx file)."), file, "damaged") from None
    try:
        try:
            _check_zip(zf, file, limits)
            parts = _sheet_parts(zf, file) if merged_cells else {}
        except _ZIP_ERRORS as exc:
            raise _refuse(translate("Errors", "The workbook is damaged or unsafe and cannot be read ({error}).").format(
                error=type(exc).__name__), file, "damaged") from exc
        try:
            wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
        except Exception as exc:  # openpyxl raises many kinds (KeyError, ValueError, XML errors…) for bad input
            raise _refuse(translate("Errors", "The workbook is damaged or unsafe and cannot be read ({error}).").format(
                error=type(exc).__name__), file, "damaged") from exc
    except BaseException:
        zf.close()
        raise

    def load(name: str, progress: Progress | None, cancelled: IsCancelled | None) -> Sheet:
        ws = wb[name]
        try:
            expected = int(ws.max_row or 0)  # the declared <dimension>: a guess, for progress only
        except (TypeError, ValueError):
            expected = 0
        sheet = _stream_rows(_xlsx_rows(ws, file, name), file, name, limits, expected, progress, cancelled)
        sheet.hidden = ws.sheet_state != "visible"
        if merged_cells:
            if name not in parts:  # openpyxl found it through the same relationships
                raise _refuse(translate("Errors", "The workbook is damaged or unsafe and cannot be read ({error}).").format(
                    error="sheet part"), file, "damaged", sheet=name)
            try:
                sheet.merged = _merged_ranges(zf, parts[name], file, name, limits)
            except _ZIP_ERRORS as exc:
                raise _refuse(translate("Errors", "The workbook is damaged or unsafe and cannot be read ({error}).").format(
                    error=type(exc).__name__), file, "damaged", sheet=name) from exc
        return sheet

    def close() -> None:
        wb.close()
        zf.close()

    worksheets = wb.worksheets  # chart sheets hold no cells and are left out
    return Workbook(file, "xlsx", [ws.title for ws in worksheets],
                    {ws.title for ws in worksheets if ws.sheet_state != "visible"}, load, close)


def _xlsx_rows(ws: Any, file: str, sheet: str) -> Iterator[tuple[list[Any], set[int]]]:
    """(values, columns shown as percentages) per row, from row 1; openpyxl errors become ours."""
    ws.reset_dimensions()  # the stored <dimension> may be wrong: read every row there is
    rows = iter(ws.iter_rows())
    while True:
        try:
            row = next(rows)
            values = [c.value for c in row]
            percent = {i for i, c in enumerate(row)
                       if isinstance(c.value, (int, float)) and not isinstance(c.value, bool)
                       and "%" in str(c.number_format or "")}
        except StopIteration:
            return
        except Exception as exc:  # openpyxl raises many kinds for damaged sheets
            raise _refuse(translate("Errors", "The workbook is damaged or unsafe and cannot be read ({error}).").format(
                error=type(exc).__name__), file, "damaged", sheet=sheet) from exc
        yield values, percent


def _stream_rows(rows: Iterator[tuple[list[Any], set[int]]], file: str, name: str, limits: Limits,
                 expected: int = 0, progress: Progress | None = None, cancelled: IsCancelled | None = None) -> Sheet:
    """Collect rows under the limits: refuse at the first excess, or clip (``limits.clip``).

    Every ``WATCH_EVERY`` rows: ``cancelled()`` (``Cancelled`` when true) and
    ``progress(rows read, max(expected, rows read))``.
    """
    sheet = Sheet(name, [])
    cells = 0
    r = -1
    for r, (values, percent) in enumerate(rows):
        if r % WATCH_EVERY == 0 and r and (progress is not None or cancelled is not None):
            if cancelled is not None and cancelled():
                raise Cancelled(translate("Errors", "Reading {file} was cancelled.").format(file=file))
            if progress is not None:
                progress(r, max(expected, r))
        while values and (values[-1] is None or values[-1] == ""):
            values.pop()
        if not values:
            continue
        if r >= limits.max_rows:
            if limits.clip:
                sheet.clipped = True
                break
            raise _refuse(translate("Errors", "The sheet has more than {limit} rows; split it into smaller files.").format(
                limit=f"{limits.max_rows:,}"), file, "too_many_rows", sheet=name, row=r + 1)
        if len(values) > limits.max_cols:
            if not limits.clip:
                raise _refuse(translate("Errors", "The sheet has more than {limit} columns.").format(
                    limit=f"{limits.max_cols:,}"), file, "too_many_columns", sheet=name, row=r + 1)
            sheet.clipped = True
            del values[limits.max_cols:]
            while values and (values[-1] is None or values[-1] == ""):
                values.pop()
        cells += len(values)
        if cells > limits.max_cells:
            if limits.clip:
                sheet.clipped = True
                break
            raise _too_many_cells(file, name, limits)
        for c, v in enumerate(values):
            if isinstance(v, str) and has_control_chars(v):
                values[c] = clean_text(v)[0]  # invisible, and Word/Excel cannot hold them
                sheet.cleaned.append((r, c))
        while len(sheet.rows) < r:
            sheet.rows.append([])
        sheet.rows.append(values)
        sheet.percent.update((r, c) for c in percent if c < len(values))
    if progress is not None:
        progress(r + 1, r + 1)
    return sheet


# -- .xls -----------------------------------------------------------------------------

def _open_xls(data: bytes, file: str, limits: Limits) -> Workbook:
    import xlrd

    if ENCRYPTION_STREAM in data:
        raise _password(file)
    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, ragged_rows=True, logfile=io.StringIO())
    except xlrd.XLRDError as exc:
        if "encrypt" in str(exc).lower():
            raise _password(file) from exc
        raise _refuse(translate("Errors", "The workbook is damaged or not an Excel file ({error}).").format(error=exc),
                      file, "damaged") from exc
    except Exception as exc:  # xlrd raises assorted errors (struct, index, assertion…) on damaged files
        raise _refuse(translate("Errors", "The workbook is damaged or not an Excel file ({error}).").format(
            error=type(exc).__name__), file, "damaged") from exc

    def rows(sh: Any) -> Iterator[tuple[list[Any], set[int]]]:
        for r in range(sh.nrows):
            yield [None if t in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK) else v
                   for t, v in zip(sh.row_types(r), sh.row_values(r), strict=True)], set()

    def load(name: str, progress: Progress | None, cancelled: IsCancelled | None) -> Sheet:
        sh = book.sheet_by_name(name)
        sheet = _stream_rows(rows(sh), file, name, limits, sh.nrows, progress, cancelled)
        sheet.hidden = bool(getattr(sh, "visibility", 0))
        sheet.merged = _clip_merges([(rlo, clo, rhi - 1, chi - 1) for rlo, rhi, clo, chi in sh.merged_cells],
                                    file, name, limits)
        return sheet

    sheets = book.sheets()
    return Workbook(file, "xls", book.sheet_names(),
                    {sh.name for sh in sheets if getattr(sh, "visibility", 0)}, load, book.release_resources)


def _clip_merges(ranges: list[tuple[int, int, int, int]], file: str, sheet: str,
                 limits: Limits) -> list[tuple[int, int, int, int]]:
    out: list[tuple[int, int, int, int]] = []
    area = 0
    for r1, c1, r2, c2 in ranges:
        if r1 >= limits.max_rows or c1 >= limits.max_cols or r2 < r1 or c2 < c1:
            continue
        rng = (r1, c1, min(r2, limits.max_rows - 1), min(c2, limits.max_cols - 1))
        area += (rng[2] - rng[0] + 1) * (rng[3] - rng[1] + 1)
        if area > limits.max_cells:
            raise _too_many_cells(file, sheet, limits)
        out.append(rng)
    return out


# -- .csv -----------------------------------------------------------------------------

def _open_csv(data: bytes, file: str, stem: str, limits: Limits) -> Workbook:
    try:
        decoded = decode(data, file)
    except TextDecodeError as exc:
        if exc.reason == "binary":
            raise _not_spreadsheet(file) from exc
        raise _refuse(translate("Errors", "The file is neither UTF-8 nor GBK/GB18030 text. Save it again as “CSV UTF-8” and import that."),
                      file, "encoding") from exc
    text = decoded.text
    sample = text[:8192]
    delimiter = ","
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=",\t;").delimiter
    except csv.Error:
        if sample.count("\t") > sample.count(","):
            delimiter = "\t"

    def load(_name: str, progress: Progress | None, cancelled: IsCancelled | None) -> Sheet:
        # Only the delimiter is sniffed; quoting is Excel's (what every exporter writes).
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        lines = text.count("\n") + 1  # quoted line breaks make this an upper bound: progress only
        try:
            return _stream_rows((([c if c != "" else None for c in row], set()) for row in reader), file, stem, limits,
                                lines, progress, cancelled)
        except csv.Error as exc:
            raise _refuse(translate("Errors", "The CSV file cannot be read ({error}).").format(error=exc),
                          file, "damaged", row=reader.line_num) from exc

    return Workbook(file, "csv", [stem], set(), load, encoding=decoded.encoding)
