"""Typed errors. Messages are plain words for people; the UI and CLI show them as is.

Core messages are marked with ``N_`` / ``tr_`` (evaltool.i18n) so they can be
translated where the language is known.
"""
from __future__ import annotations


class EvaltoolError(Exception):
    """Base of every error that is the user's to fix (exit status 1 in the CLI)."""


class DatabaseError(EvaltoolError):
    """The database file cannot be used (foreign, newer, unreadable, read-only)."""


class NotFoundError(EvaltoolError):
    pass


class ValidationError(EvaltoolError):
    pass


class ImportFormatError(EvaltoolError):
    """A file being imported is not in a shape we can read.

    Carries the file, sheet, row (1-based, as the spreadsheet shows it) and column.
    """

    def __init__(self, message: str, *, file: str | None = None, sheet: str | None = None,
                 row: int | None = None, column: str | None = None) -> None:
        self.file, self.sheet, self.row, self.column = file, sheet, row, column
        where = []
        if file:
            where.append(file)
        if sheet:
            where.append(f"sheet {sheet}")
        if row is not None:
            where.append(f"row {row}")
        if column:
            where.append(f"column {column}")
        self.message = message
        super().__init__(f"{', '.join(where)}: {message}" if where else message)


class SpreadsheetError(ImportFormatError):
    """A spreadsheet (.xlsx, .xls, .csv) refused before or while reading it.

    ``reason`` says why, for code and tests: ``too_large`` (file size), ``zip_bomb``
    (too many parts, too large or too compressed when unpacked), ``unsafe_xml`` (DTD or
    entity declarations), ``encrypted``, ``not_spreadsheet``, ``unsupported`` (a format
    we do not read, e.g. .ods or .xlsb), ``encoding`` (text in no encoding we read),
    ``damaged``, ``no_sheet``, ``too_many_rows``/``too_many_columns``/``too_many_cells``,
    ``unreadable`` (the operating system could not read the file).

    ``text`` is the whole message as shown, place included; the reader
    (``evaltool.spreadsheet``) writes it in the user's language, where
    ``ImportFormatError`` writes the place in English.
    """

    def __init__(self, message: str, *, file: str | None = None, sheet: str | None = None,
                 row: int | None = None, column: str | None = None, reason: str = "damaged",
                 text: str | None = None) -> None:
        super().__init__(message, file=file, sheet=sheet, row=row, column=column)
        self.reason = reason
        if text is not None:
            self.args = (text,)


class TextDecodeError(EvaltoolError):
    """Bytes that should be text and are not: ``reason`` is ``binary`` (NUL characters,
    e.g. a picture or a workbook) or ``encoding`` (neither UTF-8, UTF-16 with a
    byte-order mark nor GB18030). ``file`` names the file when the caller gave it;
    ``text`` is the whole message as shown (``evaltool.textio`` writes it in the
    user's language)."""

    def __init__(self, message: str, *, file: str | None = None, reason: str = "encoding",
                 text: str | None = None) -> None:
        self.file, self.message, self.reason = file, message, reason
        super().__init__(text if text is not None else (f"{file}: {message}" if file else message))


class ExportError(EvaltoolError):
    pass


class SyncError(EvaltoolError):
    pass


class EvidenceError(EvaltoolError):
    pass


class Cancelled(EvaltoolError):  # noqa: N818 - the user's choice, not an error
    """Raised by long work when the user pressed Cancel; nothing was changed."""


class DataFolderBusyError(DatabaseError):
    """Another process holds the data folder's lock (``evaltool.lock``): ``info`` says
    which (program, process, computer, since when) when its note could be read."""

    def __init__(self, message: str, *, info: object | None = None) -> None:
        super().__init__(message)
        self.info = info
