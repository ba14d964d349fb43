"""The Qt-free ``.qm`` reader (``evaltool.qm``) that the core's ``translate`` uses.

The core reads the very ``evaltool_<lang>.qm`` Qt loads, so these tests check that
``pyside6-lrelease`` keeps what the reader needs (context, source text, comment), that the
reader gives exactly what the ``.ts`` says, and that a damaged file is refused with its
name, never read as a partial or empty table. No Qt is imported: lrelease runs as a program.
"""
from __future__ import annotations

import os
import random
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from evaltool import i18n
from evaltool.qm import (
    MAGIC,
    QmCatalogue,
    QmError,
    QmMessage,
    elf_hash,
    parse_qm,
    read_qm,
    translation_table,
)
from tests.scripts import load_script

ROOT = Path(__file__).resolve().parents[2]


ut = load_script("update_translations")

# A small catalogue with what lrelease may make hard for a reader: Chinese, a character
# outside the BMP (a UTF-16 surrogate pair), one source twice told apart by a comment,
# a plural, and messages that must not be read as translated (unfinished, vanished).
SMALL_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>A project needs a name.</source>
        <translation>项目必须有名称。</translation>
    </message>
    <message>
        <source>Not translated yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone from the code.</source>
        <translation type="vanished">已删除。</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>state of a questionnaire</comment>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Rare {name}</source>
        <translation>\U00020000字 {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


@pytest.fixture(scope="module")
def small_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("qm")
    ts = folder / "small_zh_CN.ts"
    ts.write_text(SMALL_TS, encoding="utf-8")
    qm = folder / "small_zh_CN.qm"
    subprocess.run([ut.tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def test_elf_hash_is_qts() -> None:
    # Worked by hand from Qt's elfHash: h = (h << 4) + byte, high nibble folded; 0 becomes 1.
    assert elf_hash(b"") == 1
    assert elf_hash(b"A") == 0x41
    assert elf_hash(b"AB") == (0x41 << 4) + 0x42
    assert elf_hash(b"AB\x00C") == elf_hash(b"AB")  # a C string ends at NUL


def test_lrelease_keeps_context_source_and_comment(small_qm: Path) -> None:
    msgs = read_qm(small_qm)
    assert {(m.context, m.source, m.comment, m.translations) for m in msgs} == {
        ("Errors", "A project needs a name.", "", ("项目必须有名称。",)),
        ("Page", "Open", "", ("打开",)),
        ("Page", "Open", "state of a questionnaire", ("进行中",)),
        ("Page", "Rare {name}", "", ("\U00020000字 {name}",)),
        ("Page", "%n file(s)", "", ("%n 个文件",)),
    }  # the unfinished and the vanished message are not compiled


def test_lrelease_compress_keeps_them_too(small_qm: Path, tmp_path: Path) -> None:
    """Should someone add ``-compress``: lrelease still writes every source text (checked)."""
    qm = tmp_path / "c.qm"
    subprocess.run([ut.tool("pyside6-lrelease"), "-silent", "-compress", str(small_qm.with_suffix(".ts")),
                    "-qm", str(qm)], check=True)
    assert translation_table(qm) == translation_table(small_qm)


def test_translation_table_is_what_translate_looks_up(small_qm: Path) -> None:
    assert translation_table(small_qm) == {
        ("Errors", "A project needs a name."): "项目必须有名称。",
        ("Page", "Open"): "打开",  # the comment-less one, as QTranslator finds it without a comment
        ("Page", "Rare {name}"): "\U00020000字 {name}",
        ("Page", "%n file(s)"): "%n 个文件",
    }


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_shipped_catalogue_reads_as_its_ts(lang: str) -> None:
    """The generated .qm, read without Qt, holds every message of the .ts with its translation."""
    ts = {(c, s): (t.text or "") for c, s, _m, t in ut.messages(ROOT / "translations" / f"evaltool_{lang}.ts")}
    qm = translation_table(ROOT / "evaltool" / "locale" / f"evaltool_{lang}.qm")
    assert len(ts) > 1000
    assert qm == ts


# -- a catalogue built byte by byte from the format, for the records lrelease rarely writes --
def _rec(tag: int, payload: bytes | None) -> bytes:
    if payload is None:
        return bytes([tag]) + b"\xff\xff\xff\xff"
    return bytes([tag]) + struct.pack(">I", len(payload)) + payload


def _catalogue(messages: list[bytes], sources: list[bytes]) -> bytes:
    block, index = b"", []
    for body, src in zip(messages, sources, strict=True):
        index.append((elf_hash(src), len(block)))
        block += body
    hashes = b"".join(struct.pack(">II", h, o) for h, o in sorted(index))
    return MAGIC + _rec(0xA7, b"zh_CN") + _rec(0x42, hashes) + _rec(0x69, block)


def _message(ctx: str, src: str, *translations: str | None, obsolete: bool = False) -> bytes:
    out = b"".join(_rec(3, None if t is None else t.encode("utf-16-be")) for t in translations)
    if obsolete:
        out += b"\x05\x00\x00\x00\x00"
    return out + _rec(8, b"") + _rec(6, src.encode()) + _rec(7, ctx.encode()) + b"\x01"


def _hand_built() -> bytes:
    return _catalogue([_message("Cli", "Done.", "完成。", obsolete=True),
                       _message("Cli", "No text", None),
                       _message("Cli", "{n} rows", "{n} row", "{n} rows")],
                      [b"Done.", b"No text", b"{n} rows"])


def test_hand_built_catalogue() -> None:
    assert parse_qm(_hand_built(), "hand.qm") == [
        QmMessage("Cli", "Done.", "", ("完成。",)),
        QmMessage("Cli", "No text", "", ()),  # a null translation: none
        QmMessage("Cli", "{n} rows", "", ("{n} row", "{n} rows")),
    ]


def test_an_empty_catalogue_is_empty() -> None:
    assert parse_qm(MAGIC + _rec(0xA7, b"en")) == []


def _error(data: bytes) -> str:
    with pytest.raises(QmError) as err:
        parse_qm(data, "evaltool_zh_CN.qm")
    assert "evaltool_zh_CN.qm" in str(err.value)
    return str(err.value)


def test_damaged_catalogues_are_refused_with_their_name() -> None:
    good = _hand_built()
    assert "magic" in _error(b"<?xml" + good[5:])
    assert "twice" in _error(good + _rec(0xA7, b"en"))
    msg = _message("Cli", "Done.", "完成。")
    assert "no index" in _error(MAGIC + _rec(0x69, msg))
    assert "index does not match" in _error(_catalogue([msg], [b"Other"]))  # hash of another text
    assert "index lists" in _error(MAGIC + _rec(0x42, b"") + _rec(0x69, msg))
    assert "unknown record 2" in _error(_catalogue([b"\x02" + msg], [b"Done."]))  # Qt 3's 16-bit source
    assert "odd length" in _error(_catalogue([_rec(3, b"abc") + msg], [b"Done."]))
    assert "undecodable" in _error(_catalogue([_rec(6, b"\xff\xfe") + _rec(7, b"Cli") + b"\x01"], [b"\xff\xfe"]))
    assert "no source text" in _error(_catalogue([_rec(3, "完成".encode("utf-16-be")) + _rec(7, b"Cli") + b"\x01"],
                                                 [b""]))
    assert "not ended" in _error(_catalogue([msg[:-1]], [b"Done."]))


def test_a_catalogue_cut_short_is_never_half_read(small_qm: Path) -> None:
    """Cut at every byte: refused, or (cut before any message) empty — never some of the messages."""
    data = small_qm.read_bytes()
    full = parse_qm(data)
    for n in range(len(data)):
        try:
            got = parse_qm(data[:n], "cut.qm")
        except QmError:
            continue
        assert got in ([], full), n


def test_a_corrupted_catalogue_raises_only_qm_error(small_qm: Path) -> None:
    """Random damage: a QmError or messages, never another exception (IndexError, struct.error…)."""
    data = small_qm.read_bytes()
    rng = random.Random(13)
    for _ in range(400):
        damaged = bytearray(data)
        for _ in range(rng.randint(1, 4)):
            damaged[rng.randrange(16, len(damaged))] = rng.randrange(256)
        try:
            got = parse_qm(bytes(damaged), "damaged.qm")
        except QmError:
            continue
        assert all(isinstance(m, QmMessage) for m in got)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_catalogue_looked_up_on_use_gives_the_whole_table(lang: str, small_qm: Path) -> None:
    """What translate() reads (messages decoded when first asked for) is translation_table, message by message."""
    for path in (ROOT / "evaltool" / "locale" / f"evaltool_{lang}.qm", small_qm):
        table, catalogue = translation_table(path), QmCatalogue(path)
        assert all(catalogue.get(key, "") == text for key, text in table.items())
        assert catalogue.get(("Page", "Never compiled"), "Never compiled") == "Never compiled"
    assert QmCatalogue(small_qm).get(("Page", "Open"), "") == "打开"  # the comment-less one


def test_catalogue_looked_up_on_use_refuses_what_parse_qm_refuses(tmp_path: Path) -> None:
    def opened(data: bytes) -> QmCatalogue:
        path = tmp_path / "evaltool_zh_CN.qm"
        path.write_bytes(data)
        return QmCatalogue(path)

    msg = _message("Cli", "Done.", "完成。")
    for damaged, why in ((b"<?xml" + _hand_built()[5:], "magic"), (MAGIC + _rec(0x69, msg), "no index"),
                         (MAGIC + _rec(0x42, b"") + _rec(0x69, msg), "index lists"),
                         (_catalogue([msg[:-1]], [b"Done."]), "not ended")):
        with pytest.raises(QmError, match=why):
            opened(damaged)
    wrong_hash = opened(_catalogue([msg], [b"Other"]))  # found on lookup, like QTranslator's own index
    with pytest.raises(QmError, match="index does not match"):
        wrong_hash.get(("Cli", "Done."), "Done.")
    undecodable = opened(_catalogue([_rec(3, b"\xd8\x00") + _rec(6, b"Done.") + _rec(7, b"Cli") + b"\x01"], [b"Done."]))
    with pytest.raises(QmError, match="undecodable"):  # a lone surrogate
        undecodable.get(("Cli", "Done."), "Done.")
    assert opened(_hand_built()).get(("Cli", "{n} rows"), "") == "{n} row"  # a plural: its first form
    assert opened(_hand_built()).get(("Cli", "No text"), "No text") == "No text"


def test_translate_reads_the_compiled_catalogue(small_qm: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "locale"
    folder.mkdir()
    (folder / "evaltool_zh_CN.qm").write_bytes(small_qm.read_bytes())
    monkeypatch.setattr(i18n, "catalogue_dirs", lambda: [folder])
    i18n._catalogue.cache_clear()
    try:
        assert i18n.catalogue_path("zh_CN") == folder / "evaltool_zh_CN.qm"
        assert i18n.translate("Page", "Rare {name}", "zh_CN").format(name="甲") == "\U00020000字 甲"
        assert i18n.translate("Errors", "Not translated yet.", "zh_CN") == "Not translated yet."
        assert i18n.catalogue_path("en") is None
        assert i18n.translate("Page", "Open", "en") == "Open"  # no English catalogue: the source
        (folder / "evaltool_zh_CN.qm").write_bytes(small_qm.read_bytes()[:-3])
        i18n._catalogue.cache_clear()
        with pytest.raises(QmError, match=r"evaltool_zh_CN\.qm"):  # damaged: said, not English in silence
            i18n.translate("Page", "Open", "zh_CN")
    finally:
        i18n._catalogue.cache_clear()


def test_core_translates_with_qt_unavailable() -> None:
    """The core reads the .qm itself: Chinese without PySide6 importable at all."""
    code = ("import sys; sys.modules['PySide6'] = None; sys.modules['shiboken6'] = None\n"
            "from evaltool.i18n import translate\n"
            "print(translate('Errors', 'A project needs a name.', 'zh_CN'))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True, cwd=ROOT,
                         env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert out.stdout.decode("utf-8").strip() == "项目必须有名称。"
