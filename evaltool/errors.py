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


class ExportError(EvaltoolError):
    pass


class SyncError(EvaltoolError):
    pass


class EvidenceError(EvaltoolError):
    pass


class Cancelled(EvaltoolError):
    """Raised by long work when the user pressed Cancel; nothing was changed."""
