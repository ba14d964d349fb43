"""The one text decoder: every supported encoding reads back exactly; binary and
undecodable data are refused naming the file, never shown as garbage."""
from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from evaltool.errors import TextDecodeError
from evaltool.i18n import set_language
from evaltool.textio import decode, decode_text, read_text

# Any text a person could have saved: every code point except NUL (which only binary
# data holds) and surrogates (which no encoding can store on their own).
texts = st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"), max_size=200)
# Text of Chinese spreadsheets: CJK, full-width forms, ASCII, line breaks.
chinese = st.text(alphabet=st.one_of(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
                                     st.characters(min_codepoint=0xFF01, max_codepoint=0xFF5E),
                                     st.sampled_from(list("abc123,;\t\r\n \"'%（）、。")),), max_size=200)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


@given(texts)
def test_utf8_with_bom_reads_back_exactly(text: str) -> None:
    got = decode(codecs.BOM_UTF8 + text.encode("utf-8"))
    assert (got.text, got.encoding) == (text, "utf-8-sig")


@given(texts)
def test_utf16_le_and_be_with_bom_read_back_exactly(text: str) -> None:
    le = decode(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    be = decode(codecs.BOM_UTF16_BE + text.encode("utf-16-be"))
    assert (le.text, le.encoding) == (text, "utf-16-le")
    assert (be.text, be.encoding) == (text, "utf-16-be")


@given(texts)
def test_utf8_without_bom_reads_back_exactly(text: str) -> None:
    # A text that itself starts with U+FEFF is, once saved, a BOM: nothing can tell them apart.
    assume(not text.startswith("\ufeff"))
    got = decode(text.encode("utf-8"))
    assert (got.text, got.encoding) == (text, "utf-8")


@given(st.one_of(chinese, texts))
def test_gb18030_reads_back_exactly_unless_its_bytes_are_also_utf8(text: str) -> None:
    data = text.encode("gb18030")
    # Bytes valid in both are read as UTF-8 (the documented order); ASCII is the same text either way.
    assume(not _is_utf8(data) or text.isascii())
    assume(not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)))
    got = decode(data)
    assert got.text == text
    assert got.encoding == ("utf-8" if text.isascii() else "gb18030")


@given(chinese)
def test_a_prefix_cut_inside_a_character_keeps_the_whole_characters(text: str) -> None:
    data = text.encode("utf-8")
    for cut in range(len(data) + 1):
        got = decode(data[:cut], partial=True).text
        assert text.startswith(got) and len(got.encode("utf-8")) > cut - 4


def test_real_files_as_excel_and_wps_save_them() -> None:
    body = "一级指标,三级指标,分值\r\n决策,立项依据充分性,2\r\n"
    assert decode(body.encode("gbk")).encoding == "gb18030"  # Excel's "CSV" on a Chinese Windows
    assert decode(body.encode("gbk")).text == body
    assert decode(body.encode("utf-8-sig")).text == body  # "CSV UTF-8"
    assert decode(body.encode("utf-16")).text == body  # "Unicode text" (BOM in the machine's order)
    assert decode_text(body.encode("utf-8")) == body


def test_the_utf8_gb18030_ambiguity_is_resolved_as_utf8() -> None:
    # C2 A1 is 隆 in GB18030 and ¡ in UTF-8; the order of the module docstring decides.
    assert "隆".encode("gb18030") == b"\xc2\xa1"
    assert decode(b"\xc2\xa1").text == "¡"
    assert decode("隆重".encode("gb18030")).text == "隆重"  # one more character makes it unambiguous


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",  # a picture
    "一级指标".encode("utf-16-le"),  # UTF-16 saved without a byte-order mark
    b"abc\x00def",
])
def test_binary_data_is_refused_naming_the_file(data: bytes) -> None:
    with pytest.raises(TextDecodeError) as ei:
        decode(data, "附件.csv")
    assert ei.value.reason == "binary" and ei.value.file == "附件.csv"
    assert str(ei.value).startswith("附件.csv")


def test_undecodable_data_is_refused_in_both_languages() -> None:
    data = b"\x80\x81\xff,\xfe\n"  # neither UTF-8 nor GB18030
    set_language("en")
    with pytest.raises(TextDecodeError) as ei:
        decode(data, "answers.csv")
    assert ei.value.reason == "encoding"
    assert str(ei.value).startswith("answers.csv: ") and "UTF-8" in str(ei.value)
    set_language("zh_CN")
    with pytest.raises(TextDecodeError) as ei:
        decode(data, "answers.csv")
    assert "answers.csv" in str(ei.value) and "编码" in str(ei.value)


def test_a_byte_order_mark_followed_by_other_bytes_is_refused() -> None:
    with pytest.raises(TextDecodeError) as ei:
        decode(codecs.BOM_UTF8 + "中文".encode("gbk"), "x.txt")
    assert ei.value.reason == "encoding"


def test_read_text_reads_a_preview_without_breaking_a_character(tmp_path: Path) -> None:
    path = tmp_path / "说明.txt"
    path.write_bytes(("项目" * 10).encode("utf-8"))  # 60 bytes, 3 per character
    whole = read_text(path)
    assert (whole.text, whole.truncated) == ("项目" * 10, False)
    part = read_text(path, max_bytes=7)  # cuts the third character after its first byte
    assert (part.text, part.encoding, part.truncated) == ("项目", "utf-8", True)
    assert read_text(path, max_bytes=60).truncated is False
    gbk = tmp_path / "旧.txt"
    gbk.write_bytes(("评价" * 10).encode("gbk"))
    assert read_text(gbk, max_bytes=5).text == "评价"  # a GB18030 character cut in half is left out
