"""Evidence: Word and Excel files previewed as text and tables; dates prefilled from a
photo's EXIF data or the file itself."""
from __future__ import annotations

import os
import struct
from datetime import datetime
from pathlib import Path

import pytest

from evaltool import evidence as ev
from evaltool.db import Database
from evaltool.errors import EvidenceError
from evaltool.evidence.dates import exif_date, file_date
from evaltool.evidence.office import office_preview


def _jpeg_with_exif(taken: str, *, big_endian: bool = False) -> bytes:
    """A JPEG head whose EXIF holds DateTimeOriginal = ``taken`` (written by hand, as a camera does)."""
    e = ">" if big_endian else "<"
    value = taken.encode("ascii") + b"\0"  # 20 bytes
    # TIFF: header (8), IFD0 with one entry (ExifIFD pointer) at 8, Exif IFD at 26, its value at 44
    ifd0 = struct.pack(e + "H", 1) + struct.pack(e + "HHII", 0x8769, 4, 1, 26) + struct.pack(e + "I", 0)
    exif_ifd = struct.pack(e + "H", 1) + struct.pack(e + "HHII", 0x9003, 2, len(value), 44) + struct.pack(e + "I", 0)
    tiff = (b"MM\0*" if big_endian else b"II*\0") + struct.pack(e + "I", 8) + ifd0 + exif_ifd + value
    app1 = b"Exif\0\0" + tiff
    return b"\xff\xd8" + b"\xff\xe1" + struct.pack(">H", len(app1) + 2) + app1 + b"\xff\xda\0\x02" + b"\0" * 64


@pytest.mark.parametrize("big_endian", [False, True])
def test_a_photo_is_dated_the_day_it_was_taken(big_endian: bool) -> None:
    assert exif_date(_jpeg_with_exif("2022:11:03 10:15:00", big_endian=big_endian)) == "2022-11-03"


def test_a_camera_whose_clock_was_never_set_gives_no_date_and_junk_is_no_photo() -> None:
    assert exif_date(_jpeg_with_exif("0000:00:00 00:00:00")) is None
    assert exif_date(b"\xff\xd8\xff\xe1\xff\xff" + b"\0" * 40) is None  # a segment longer than the file
    assert exif_date(b"%PDF-1.4") is None


def test_other_files_take_their_own_date(tmp_path: Path) -> None:
    photo = tmp_path / "现场照片.jpg"
    photo.write_bytes(_jpeg_with_exif("2022:11:03 10:15:00"))
    scan = tmp_path / "会议纪要.pdf"
    scan.write_bytes(b"%PDF-1.4 minutes")
    stamp = datetime(2022, 6, 30, 12, 0).timestamp()
    os.utime(scan, (stamp, stamp))
    os.utime(photo, (stamp, stamp))
    assert file_date(photo) == ("2022-11-03", "exif")  # the photo's own date beats the file's
    assert file_date(scan) == ("2022-06-30", "file")
    assert file_date(tmp_path / "gone.pdf") == (None, "")


def test_added_files_are_dated_unless_a_date_is_given(demo_db: Database, demo_project_id: str, tmp_path: Path) -> None:
    photo = tmp_path / "机房照片.jpg"
    photo.write_bytes(_jpeg_with_exif("2022:11:03 10:15:00"))
    minutes = tmp_path / "纪要.pdf"
    minutes.write_bytes(b"%PDF-1.4 x")
    stamp = datetime(2022, 6, 30, 12, 0).timestamp()
    os.utime(minutes, (stamp, stamp))
    with demo_db.session() as s:
        added = ev.add_files(s, demo_project_id, [photo, minutes])
    with demo_db.session() as s:
        dates = {ev.get_item(s, r.item_id).filename: ev.get_item(s, r.item_id).date for r in added}
        assert dates == {"机房照片.jpg": "2022-11-03", "纪要.pdf": "2022-06-30"}
        other = tmp_path / "合同.pdf"
        other.write_bytes(b"%PDF-1.4 contract")
        [r] = ev.add_files(s, demo_project_id, [other], date="2022-03-15")
        assert ev.get_item(s, r.item_id).date == "2022-03-15"  # what the user gave wins


def test_a_word_document_shows_its_headings_paragraphs_and_tables(tmp_path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.add_heading("运维服务验收报告", level=1)
    doc.add_paragraph("2022年运维服务已全部完成。")
    table = doc.add_table(rows=2, cols=3)
    for c, text in enumerate(("服务内容", "要求", "完成情况")):
        table.cell(0, c).text = text
    for c, text in enumerate(("驻场服务", "7×24小时", "7×24小时")):  # equal neighbours both shown
        table.cell(1, c).text = text
    merged = doc.add_table(rows=1, cols=3)
    merged.cell(0, 0).merge(merged.cell(0, 1)).text = "合计"  # one cell over two columns
    merged.cell(0, 2).text = "100%"
    doc.add_paragraph("验收结论：合格。")
    path = tmp_path / "验收报告.docx"
    doc.save(str(path))
    preview = office_preview(path, path.name)
    assert [(b.kind, b.text) for b in preview.blocks] == [
        ("heading", "运维服务验收报告"), ("para", "2022年运维服务已全部完成。"), ("table", ""), ("table", ""),
        ("para", "验收结论：合格。")]
    assert preview.blocks[2].rows == [["服务内容", "要求", "完成情况"], ["驻场服务", "7×24小时", "7×24小时"]]
    assert preview.blocks[3].rows == [["合计", "", "100%"]]  # the merged cell once
    assert not preview.truncated


def test_a_workbook_shows_each_sheet_as_a_table(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "支出明细"
    ws.append(["项目", "金额（万元）"])
    ws.append(["运维费", 120.5])
    ws.append(["运营费", 81])
    wb.create_sheet("说明").append(["数据来源：财务系统"])
    path = tmp_path / "支出.xlsx"
    wb.save(str(path))
    preview = office_preview(path, path.name)
    assert [b.text for b in preview.blocks] == ["支出明细", "说明"]
    assert preview.blocks[0].rows == [["项目", "金额（万元）"], ["运维费", "120.5"], ["运营费", "81"]]
    assert "2" in preview.pages


def test_a_damaged_or_foreign_file_is_refused_naming_it(tmp_path: Path) -> None:
    bad = tmp_path / "损坏.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(EvidenceError, match=r"损坏\.docx"):
        office_preview(bad, bad.name)
    sheet = tmp_path / "假表.xlsx"
    sheet.write_bytes(b"<html><table><tr><td>1</td></tr></table></html>")
    with pytest.raises(EvidenceError):
        office_preview(sheet, sheet.name)
