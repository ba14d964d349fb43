"""The one spreadsheet reader: honest files read as written, hostile or foreign ones
refused before parsing, with the file and sheet named in the user's language.

Workbooks are built here with openpyxl and then altered part by part, as an attacker
or a careless exporter would; expected values are the ones written.
"""
from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from evaltool.errors import ImportFormatError, SpreadsheetError
from evaltool.i18n import set_language
from evaltool.spreadsheet import Limits, open_workbook

BILLION_LAUGHS = ('<!DOCTYPE worksheet [<!ENTITY lol "lol">'
                  + "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10 if i > 1 else "&lol;" * 10}">' for i in range(1, 10))
                  + "]>")


def write_book(path: Path) -> Path:
    """Two visible sheets and a hidden one; merged cells, a percentage, a date, blanks."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "得分表"
    ws.append(["某项目绩效评价指标得分表"])
    ws.merge_cells("A1:D1")
    ws.append(["一级指标", "三级指标", "分值", "得分率"])
    ws.append(["决策", "立项依据充分性", 2, 0.75])
    ws.append([None, "目标合理性", 3.5, None])
    ws.merge_cells("A3:A4")
    ws["D3"].number_format = "0.00%"
    ws.append([])
    ws.append(["合计", None, 5.5, None, None, None])  # trailing empty cells are not stored
    ws["F20"].number_format = "0.00"  # a styled empty cell far below: no rows for it
    other = wb.create_sheet("说明")
    other.append(["日期", dt.datetime(2023, 3, 1)])
    hidden = wb.create_sheet("隐藏")
    hidden.append(["x"])
    hidden.sheet_state = "hidden"
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def book_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_book(tmp_path_factory.mktemp("books") / "评价.xlsx")


def rewrite(src: Path, dst: Path, change: Callable[[str, bytes], bytes | None],
            extra: dict[str, bytes] | None = None) -> Path:
    """Copy a workbook part by part; ``change(name, data)`` returns new bytes or None to keep."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zout.writestr(item, change(item.filename, data) or data)
        for name, data in (extra or {}).items():
            zout.writestr(name, data)
    return dst


def with_dtd(data: bytes, dtd: str) -> bytes:
    text = data.decode("utf-8")
    cut = text.index("?>") + 2 if text.startswith("<?xml") else 0
    return (text[:cut] + dtd + text[cut:]).encode("utf-8")


def refused(path: Path, limits: Limits | None = None, sheet: str | None = None) -> SpreadsheetError:
    with pytest.raises(SpreadsheetError) as ei, open_workbook(path, limits) as book:
        book.sheet(sheet)
    assert path.name in str(ei.value)
    return ei.value


# -- honest files --------------------------------------------------------------------

def test_xlsx_reads_values_merges_formats_and_sheet_states(book_path: Path) -> None:
    with open_workbook(book_path) as book:
        assert (book.kind, book.file, book.encoding) == ("xlsx", "评价.xlsx", None)
        assert book.names == ["得分表", "说明", "隐藏"] and book.hidden == {"隐藏"}
        sheet = book.sheet()  # the first sheet
        info = book.sheet("说明")
        assert book.sheet("隐藏").hidden
    assert sheet.name == "得分表" and not sheet.hidden and not sheet.clipped
    assert sheet.rows == [
        ["某项目绩效评价指标得分表"],
        ["一级指标", "三级指标", "分值", "得分率"],
        ["决策", "立项依据充分性", 2, 0.75],
        [None, "目标合理性", 3.5],
        [],
        ["合计", None, 5.5],
    ]
    assert sorted(sheet.merged) == [(0, 0, 0, 3), (2, 0, 3, 0)]
    assert sheet.percent == {(2, 3)}
    assert info.rows == [["日期", dt.datetime(2023, 3, 1)]]


def test_a_wrong_stored_dimension_does_not_hide_rows(tmp_path: Path, book_path: Path) -> None:
    # Some exporters write <dimension ref="A1"/> whatever the sheet holds.
    path = rewrite(book_path, tmp_path / "dim.xlsx", lambda name, data: re.sub(
        rb'<dimension ref="[^"]*"', b'<dimension ref="A1"', data) if name == "xl/worksheets/sheet1.xml" else None)
    with open_workbook(path) as book:
        assert book.sheet("得分表").rows[-1] == ["合计", None, 5.5]


def test_a_comment_in_the_sheet_xml_still_gives_the_merged_ranges(tmp_path: Path, book_path: Path) -> None:
    # Merged ranges are read after the cells; a comment could hide a fake "</sheetData>",
    # so such a sheet is read whole and still gives the real ranges only.
    def change(name: str, data: bytes) -> bytes | None:
        if name != "xl/worksheets/sheet1.xml":
            return None
        fake = b'<!-- </sheetData><mergeCells count="1"><mergeCell ref="A1:Z99"/></mergeCells> -->'
        return data.replace(b"</worksheet>", fake + b"</worksheet>")

    path = rewrite(book_path, tmp_path / "comment.xlsx", change)
    with open_workbook(path) as book:
        assert sorted(book.sheet("得分表").merged) == [(0, 0, 0, 3), (2, 0, 3, 0)]


def test_csv_in_each_encoding_with_its_delimiter(tmp_path: Path) -> None:
    body = '一级指标,三级指标,分值\r\n决策,"立项依据\r\n充分性",2\r\n,,\r\n产出,数量,\r\n'
    expected = [["一级指标", "三级指标", "分值"], ["决策", "立项依据\r\n充分性", "2"], [], ["产出", "数量"]]
    for enc, name in (("gbk", "gb18030"), ("utf-8-sig", "utf-8-sig"), ("utf-8", "utf-8")):
        path = tmp_path / f"{enc}.csv"
        path.write_bytes(body.encode(enc))
        with open_workbook(path) as book:
            assert (book.kind, book.names, book.encoding) == ("csv", [enc], name)
            assert book.sheet().rows == expected
    tsv = tmp_path / "制表符.txt"
    tsv.write_bytes("一级指标\t分值\n决策\t2\n".encode("utf-16"))
    with open_workbook(tsv) as book:
        assert book.encoding == "utf-16-le" and book.sheet().rows == [["一级指标", "分值"], ["决策", "2"]]


def test_a_missing_sheet_is_named_with_the_sheets_there_are(book_path: Path) -> None:
    err = refused(book_path, sheet="Sheet9")
    assert err.reason == "no_sheet" and "Sheet9" in str(err) and "说明" in str(err)
    assert isinstance(err, ImportFormatError)  # callers that catch import errors keep working


# -- limits -------------------------------------------------------------------------------

def _grid(path: Path, rows: int, cols: int) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "数据"
    for r in range(rows):
        ws.append([f"{r}-{c}" for c in range(cols)])
    wb.save(path)
    return path


def test_rows_columns_and_cells_beyond_the_limits_are_refused(tmp_path: Path) -> None:
    path = _grid(tmp_path / "大表.xlsx", 12, 5)
    err = refused(path, Limits(max_rows=10))
    assert (err.reason, err.sheet, err.row) == ("too_many_rows", "数据", 11)
    assert refused(path, Limits(max_cols=4)).reason == "too_many_columns"
    assert refused(path, Limits(max_cells=59)).reason == "too_many_cells"
    with open_workbook(path, Limits(max_rows=12, max_cols=5, max_cells=60)) as book:
        assert len(book.sheet().rows) == 12  # exactly at the limits is fine
    csv_path = tmp_path / "大表.csv"
    csv_path.write_text("\n".join(",".join("x" * 5) for _ in range(12)), encoding="utf-8")
    assert refused(csv_path, Limits(max_rows=10)).reason == "too_many_rows"


def test_clip_keeps_the_part_inside_the_limits(tmp_path: Path) -> None:
    path = _grid(tmp_path / "大表.xlsx", 12, 5)
    with open_workbook(path, Limits(max_rows=10, max_cols=3, clip=True)) as book:
        sheet = book.sheet()
    assert sheet.clipped and len(sheet.rows) == 10 and sheet.rows[9] == ["9-0", "9-1", "9-2"]


def test_the_file_size_is_checked_before_reading(book_path: Path) -> None:
    err = refused(book_path, Limits(max_file_bytes=1000))
    assert err.reason == "too_large"


def test_overlapping_merged_ranges_cannot_multiply_the_work(tmp_path: Path, book_path: Path) -> None:
    merges = "".join(f'<mergeCell ref="A1:Z{1000 + i}"/>' for i in range(200))  # 200 × 26,000 cells

    def change(name: str, data: bytes) -> bytes | None:
        if name != "xl/worksheets/sheet1.xml":
            return None
        return re.sub(rb"<mergeCells.*?</mergeCells>", f'<mergeCells count="200">{merges}</mergeCells>'.encode(), data)

    path = rewrite(book_path, tmp_path / "merges.xlsx", change)
    assert refused(path).reason == "too_many_cells"


# -- hostile files ---------------------------------------------------------------------------

def test_zip_bombs_are_refused_before_parsing(tmp_path: Path, book_path: Path) -> None:
    # 11 MB of spaces after the sheet's XML packs to a few KB (ratio far above 500)
    ratio = rewrite(book_path, tmp_path / "ratio.xlsx", lambda name, data: data + b" " * (11 * 1024 * 1024)
                    if name == "xl/worksheets/sheet1.xml" else None)
    assert ratio.stat().st_size < 200_000
    assert refused(ratio).reason == "zip_bomb"
    parts = rewrite(book_path, tmp_path / "parts.xlsx", lambda n, d: None,
                    extra={f"xl/media/p{i}.bin": b"x" for i in range(20)})
    assert refused(parts, Limits(max_zip_entries=20)).reason == "zip_bomb"
    assert refused(book_path, Limits(max_unzipped_bytes=10_000)).reason == "zip_bomb"


@pytest.mark.parametrize(("part", "dtd"), [
    ("xl/worksheets/sheet1.xml", BILLION_LAUGHS),
    ("xl/styles.xml", BILLION_LAUGHS),
    ("docProps/core.xml", BILLION_LAUGHS),
    ("xl/workbook.xml", '<!DOCTYPE workbook [<!ENTITY x SYSTEM "file:///etc/passwd">]>'),  # external entity
    ("[Content_Types].xml", "<!-- a comment first --><!DOCTYPE Types>"),
])
def test_xml_with_a_dtd_is_refused_in_any_part(tmp_path: Path, book_path: Path, part: str, dtd: str) -> None:
    assert part in zipfile.ZipFile(book_path).namelist()
    path = rewrite(book_path, tmp_path / "dtd.xlsx", lambda name, data: with_dtd(data, dtd) if name == part else None)
    err = refused(path)
    assert err.reason == "unsafe_xml" and part in str(err)


def test_a_dtd_in_a_utf16_part_is_refused_too(tmp_path: Path, book_path: Path) -> None:
    def change(name: str, data: bytes) -> bytes | None:
        if name != "xl/styles.xml":
            return None
        text = with_dtd(data, BILLION_LAUGHS).decode("utf-8").replace('encoding="UTF-8"', 'encoding="UTF-16"')
        return text.encode("utf-16")

    assert refused(rewrite(book_path, tmp_path / "u16.xlsx", change)).reason == "unsafe_xml"


def test_encrypted_workbooks_are_refused_with_what_to_do(tmp_path: Path, book_path: Path) -> None:
    ole = tmp_path / "加密.xlsx"  # Excel's password-protected .xlsx: an OLE file with EncryptionInfo
    ole.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512 + "EncryptionInfo".encode("utf-16-le") + b"\0" * 512)
    set_language("en")
    err = refused(ole)
    assert err.reason == "encrypted" and "password" in str(err)
    set_language("zh_CN")
    assert "密码" in str(refused(ole))
    zipped = tmp_path / "zip加密.xlsx"  # a zip whose parts are encrypted (flag bit 0)
    data = bytearray(book_path.read_bytes())
    for sig in (b"PK\x03\x04", b"PK\x01\x02"):
        offset = 6 if sig == b"PK\x03\x04" else 8
        for m in re.finditer(re.escape(sig), bytes(data)):
            data[m.start() + offset] |= 0x1
    zipped.write_bytes(bytes(data))
    assert refused(zipped).reason == "encrypted"


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("photo.xlsx", b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "not_spreadsheet"),
    ("photo.csv", b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "not_spreadsheet"),
    ("empty.xlsx", b"", "not_spreadsheet"),
    ("report.xlsx", "这不是表格".encode(), "not_spreadsheet"),
    ("broken.xlsx", b"PK\x03\x04" + b"\0" * 200, "damaged"),
    ("export.xls", b"<html><body><table><tr><td>1</td></tr></table></body></html>", "unsupported"),
    ("old.xls", b'<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>', "unsupported"),
    ("gbk?.csv", b"\x80\x81\xff,\xfe\n", "encoding"),
])
def test_foreign_and_damaged_files_are_refused(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = tmp_path / name.replace("?", "")
    path.write_bytes(data)
    assert refused(path).reason == reason


def test_other_zip_documents_are_named(tmp_path: Path) -> None:
    for name, members, reason in (
        ("a.xlsx", {"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<x/>"}, "unsupported"),
        ("b.xlsx", {"xl/workbook.bin": b"\0"}, "unsupported"),
        ("c.xlsx", {"word/document.xml": b"<w/>"}, "not_spreadsheet"),
    ):
        path = tmp_path / name
        with zipfile.ZipFile(path, "w") as z:
            for member, data in members.items():
                z.writestr(member, data)
        assert refused(path).reason == reason


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    err = refused(tmp_path / "没有.xlsx")
    assert err.reason == "unreadable"


def test_messages_name_file_and_sheet_in_both_languages(tmp_path: Path) -> None:
    path = _grid(tmp_path / "名单.xlsx", 3, 2)
    set_language("en")
    en = str(refused(path, Limits(max_rows=2)))
    assert en.startswith("名单.xlsx, sheet “数据”, row 3: ") and "more than 2 rows" in en
    set_language("zh_CN")
    zh = str(refused(path, Limits(max_rows=2)))
    assert "名单.xlsx" in zh and "“数据”" in zh and "行" in zh and "rows" not in zh

