"""Text and tables of Word (.docx) and Excel (.xlsx) evidence, for the preview.

Word and Excel files are the most common evidence (contracts, minutes, ledgers); the
preview shows what they say without leaving the program. What is read is bounded: at most
``MAX_BLOCKS`` paragraphs/tables, ``MAX_ROWS`` × ``MAX_COLS`` cells per table or sheet,
``MAX_SHEETS`` sheets; ``OfficePreview.truncated`` says when more was left out.

A workbook goes through ``evaltool.spreadsheet`` (the one safe reader: size, zip bomb,
XML entities). A .docx is checked the same way before python-docx parses it (size,
parts, unpacked size, encryption, DTDs). A file that cannot be read raises
``EvidenceError`` naming it. Pure Python, safe from a worker thread.
"""
from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evaltool.errors import EvidenceError, SpreadsheetError
from evaltool.i18n import translate
from evaltool.spreadsheet import Limits, open_workbook

OFFICE_EXT = {".docx", ".xlsx", ".xlsm"}
MAX_BLOCKS = 400
MAX_ROWS = 200
MAX_COLS = 30
MAX_SHEETS = 5
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024
MAX_PARTS = 5000


@dataclass
class Block:
    """A heading, a paragraph, or a table (``rows`` of cell texts) with an optional title."""

    kind: str  # "heading" | "para" | "table"
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class OfficePreview:
    blocks: list[Block]
    truncated: bool = False
    pages: str = ""  # e.g. "3 sheets"; empty for a document


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _xlsx(path: Path) -> OfficePreview:
    limits = Limits(clip=True, max_rows=MAX_ROWS, max_cols=MAX_COLS, max_cells=MAX_ROWS * MAX_COLS)
    try:
        with open_workbook(path, limits, merged_cells=False) as wb:
            blocks: list[Block] = []
            truncated = len(wb.names) > MAX_SHEETS
            for name in wb.names[:MAX_SHEETS]:
                sheet = wb.sheet(name)
                rows = [[_cell_text(v) for v in row[:MAX_COLS]] for row in sheet.rows[:MAX_ROWS]]
                rows = [r for r in rows if any(r)]
                width = max((len(r) for r in rows), default=0)
                blocks.append(Block("table", name, [r + [""] * (width - len(r)) for r in rows]))
                truncated = truncated or sheet.clipped
            return OfficePreview(blocks, truncated, translate("Evidence", "{n} sheet(s)").format(n=len(wb.names)))
    except SpreadsheetError as exc:
        raise EvidenceError(str(exc)) from exc


def _check_docx(path: Path) -> None:
    refuse = translate("Evidence", "{file} cannot be previewed: {why}")
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise EvidenceError(refuse.format(file=path.name, why=translate("Evidence", "the file is too large")))
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_PARTS or sum(i.file_size for i in infos) > MAX_UNZIPPED_BYTES:
                raise EvidenceError(refuse.format(file=path.name, why=translate("Evidence", "it expands to an absurd size")))
            if any(i.flag_bits & 0x1 for i in infos):
                raise EvidenceError(refuse.format(file=path.name, why=translate("Evidence", "it is protected by a password")))
            if "word/document.xml" not in zf.namelist():
                raise EvidenceError(refuse.format(file=path.name, why=translate("Evidence", "it is not a Word document")))
            for info in infos:
                if info.filename.endswith((".xml", ".rels")):
                    with zf.open(info) as fh:
                        if b"<!DOCTYPE" in fh.read(2048).upper():
                            raise EvidenceError(refuse.format(file=path.name, why=translate(
                                "Evidence", "it declares XML entities")))
    except (OSError, zipfile.BadZipFile) as exc:
        raise EvidenceError(refuse.format(file=path.name, why=translate("Evidence", "it is damaged or not a Word document"))) from exc


def _docx(path: Path) -> OfficePreview:
    _check_docx(path)
    from docx import Document  # python-docx: loaded when a document is previewed
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    doc = Document(str(path))
    blocks: list[Block] = []
    truncated = False
    for element in doc.element.body.iterchildren():
        if len(blocks) >= MAX_BLOCKS:
            truncated = True
            break
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            para = Paragraph(element, doc)
            text = para.text.strip()
            if not text:
                continue
            style = (para.style.name if para.style is not None else "") or ""
            kind = "heading" if style.lower().startswith(("heading", "title", "标题")) else "para"
            blocks.append(Block(kind, text))
        elif tag == "tbl":
            table = Table(element, doc)
            rows: list[list[str]] = []
            for r, row in enumerate(table.rows):
                if r >= MAX_ROWS:
                    truncated = True
                    break
                cells = list(row.cells[:MAX_COLS])
                # a merged cell comes back once per grid column it spans (the same XML cell):
                # its text is shown once; equal texts in different cells are all shown
                rows.append([c.text.strip() if i == 0 or c._tc is not cells[i - 1]._tc else ""
                             for i, c in enumerate(cells)])
            blocks.append(Block("table", rows=rows))
    return OfficePreview(blocks, truncated)


def office_preview(path: str | Path, filename: str) -> OfficePreview:
    """The text and tables of a stored .docx / .xlsx (``filename`` gives its type, since
    the store names files by their hash). Raises ``EvidenceError``."""
    ext = Path(filename).suffix.lower()
    p = Path(path)
    if ext == ".docx":
        return _docx(p)
    if ext in (".xlsx", ".xlsm"):
        return _xlsx(p)
    raise EvidenceError(translate("Evidence", "{file} is not a Word or Excel file.").format(file=filename))
