"""Read Qt's compiled translation catalogues (``.qm``) without Qt.

The Qt-free core (``evaltool.i18n.translate``) reads the very ``evaltool_<lang>.qm`` the
interface loads with ``QTranslator``, so the catalogue that ships is one generated file
per language (``scripts/update_translations.py`` compiles it from
``translations/evaltool_<lang>.ts``).

The format, as ``pyside6-lrelease`` writes it (Qt's ``qtranslator.cpp`` reads it the same
way): a 16-byte magic number, then sections, each a tag byte, a big-endian 32-bit length
and that many bytes. The *Messages* section (tag ``0x69``) holds the texts, the *Hashes*
section (``0x42``) indexes them; the others (language, numerus rules, dependencies,
contexts) are skipped. A message is a run of records ended by ``Tag_End``:

* ``Tag_Translation`` (3): 32-bit byte length + UTF-16BE text (length ``0xFFFFFFFF``:
  no text); a plural (numerus) message has one record per form;
* ``Tag_SourceText`` (6), ``Tag_Context`` (7), ``Tag_Comment`` (8): 32-bit length + UTF-8;
* ``Tag_Obsolete1`` (5): 4 bytes, ignored.

``pyside6-lrelease`` writes context, source text and comment into every message (with
``-compress`` too; ``tests/unit/test_translations_qm.py`` compiles real catalogues to
keep that checked). A message without them is refused here rather than skipped. Anything else — a wrong magic number, a length running
past the end, an unknown record — raises :class:`QmError` naming the file and the byte
offset, never a half-read table; so does an index (the *Hashes* section, tag ``0x42``:
hash + offset of every message) that does not list exactly the messages found under
the hash Qt computes, so this reader finds a message exactly when ``QTranslator`` does.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
SECTION_HASHES = 0x42
SECTION_MESSAGES = 0x69
TAG_END = 1
TAG_TRANSLATION = 3
TAG_OBSOLETE1 = 5
TAG_SOURCE_TEXT = 6
TAG_CONTEXT = 7
TAG_COMMENT = 8
_NULL = 0xFFFFFFFF


class QmError(ValueError):
    """A ``.qm`` file this reader cannot understand (damaged, cut short, or not a catalogue)."""


@dataclass(frozen=True)
class QmMessage:
    """One message of a catalogue. ``translations`` holds one text, or one per plural form."""

    context: str
    source: str
    comment: str
    translations: tuple[str, ...]


def elf_hash(data: bytes) -> int:
    """Qt's ``elfHash`` of a message's source text + comment (UTF-8): the key of the
    catalogue's index, by which ``QTranslator`` looks a message up."""
    h = 0
    for byte in data:
        if byte == 0:  # Qt hashes a C string
            break
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


def parse_qm(data: bytes, name: str = "<qm>") -> list[QmMessage]:
    """Every message of a ``.qm`` file's bytes, in file order. ``name`` only labels errors.

    The catalogue's index (hash → message) must list exactly the messages found, under
    the hash Qt computes, so this reader finds a message exactly when ``QTranslator`` does.
    """
    sections = _sections(data, name)
    base, block = sections.get(SECTION_MESSAGES, (0, b""))
    found = _messages(block, name, base)
    index = sections.get(SECTION_HASHES)
    if index is None:
        if found:
            raise QmError(f"{name}: {len(found)} messages but no index, so Qt would find none of them")
        return []
    at, table = index
    if len(table) % 8:
        raise QmError(f"{name}: the index at byte {at} has a length that is not a multiple of 8")
    offsets = dict(found)
    entries = [struct.unpack_from(">II", table, i) for i in range(0, len(table), 8)]
    for h, offset in entries:
        msg = offsets.get(offset)
        if msg is None or h != elf_hash((msg.source + msg.comment).encode("utf-8")):
            raise QmError(f"{name}: the index does not match the messages (entry for byte {base + offset})")
    if len({o for _h, o in entries}) != len(found):
        raise QmError(f"{name}: the index lists {len(entries)} messages, the file holds {len(found)}")
    return [msg for _o, msg in found]


def _sections(data: bytes, name: str) -> dict[int, tuple[int, bytes]]:
    """Section tag → (its offset in the file, its bytes), after checking the magic number."""
    if data[:16] != MAGIC:
        raise QmError(f"{name} is not a Qt translation catalogue (.qm): wrong magic number")
    sections: dict[int, tuple[int, bytes]] = {}
    pos = 16
    while pos < len(data):
        if pos + 5 > len(data):
            raise QmError(f"{name}: section header cut short at byte {pos}")
        tag = data[pos]
        (length,) = struct.unpack_from(">I", data, pos + 1)
        start = pos + 5
        if start + length > len(data):
            raise QmError(f"{name}: section {tag:#04x} at byte {pos} runs past the end of the file")
        if tag in sections:
            raise QmError(f"{name}: section {tag:#04x} appears twice (second at byte {pos})")
        sections[tag] = (start, data[start:start + length])
        pos = start + length
    return sections


def _messages(block: bytes, name: str, base: int) -> list[tuple[int, QmMessage]]:
    """(offset in the section, message) of the Messages section's records; ``base`` is the
    section's offset in the file (for errors)."""
    out: list[tuple[int, QmMessage]] = []
    first = 0  # where the current message starts
    fields: dict[int, str] = {}
    translations: list[str] = []
    pos = 0
    while pos < len(block):
        at = base + pos  # where this record starts in the file, for errors
        tag = block[pos]
        pos += 1
        if tag == TAG_END:
            if TAG_SOURCE_TEXT not in fields or TAG_CONTEXT not in fields:
                raise QmError(f"{name}: the message ending at byte {at} has no source text or context")
            out.append((first, QmMessage(fields[TAG_CONTEXT], fields[TAG_SOURCE_TEXT],
                                         fields.get(TAG_COMMENT, ""), tuple(translations))))
            fields, translations, first = {}, [], pos
            continue
        if tag == TAG_OBSOLETE1:
            if pos + 4 > len(block):
                raise QmError(f"{name}: record at byte {at} cut short")
            pos += 4
            continue
        if tag not in (TAG_TRANSLATION, TAG_SOURCE_TEXT, TAG_CONTEXT, TAG_COMMENT):
            raise QmError(f"{name}: unknown record {tag} at byte {at}")
        if pos + 4 > len(block):
            raise QmError(f"{name}: record at byte {at} cut short")
        (length,) = struct.unpack_from(">I", block, pos)
        pos += 4
        if length == _NULL:  # Qt's "null" string: nothing stored
            if tag != TAG_TRANSLATION:
                fields[tag] = ""
            continue
        if pos + length > len(block):
            raise QmError(f"{name}: record at byte {at} runs past the end of its section")
        raw = block[pos:pos + length]
        pos += length
        if tag == TAG_TRANSLATION and length % 2:
            raise QmError(f"{name}: translation at byte {at} has an odd length (not UTF-16)")
        try:
            text = raw.decode("utf-16-be" if tag == TAG_TRANSLATION else "utf-8")
        except UnicodeDecodeError as exc:
            raise QmError(f"{name}: undecodable text in the record at byte {at}: {exc.reason}") from exc
        if tag == TAG_TRANSLATION:
            translations.append(text)
        else:
            fields[tag] = text
    if first != len(block):
        raise QmError(f"{name}: the last message (at byte {base + first}) is not ended")
    return out


def read_qm(path: Path) -> list[QmMessage]:
    """The messages of the ``.qm`` file at ``path`` (see :func:`parse_qm`)."""
    return parse_qm(path.read_bytes(), str(path))


def translation_table(path: Path) -> dict[tuple[str, str], str]:
    """``(context, source) → translation`` of a ``.qm`` file, as ``translate`` looks it up.

    Messages without a translation are left out (the caller falls back to the source).
    A plural message gives its first form, as ``QTranslator`` does when asked without a
    count (Chinese has only one). When one source appears in a context twice with
    different comments (disambiguation), the one without a comment wins.
    """
    table: dict[tuple[str, str], str] = {}
    plain: set[tuple[str, str]] = set()
    for msg in read_qm(path):
        text = msg.translations[0] if msg.translations else ""
        key = (msg.context, msg.source)
        if not text or key in plain:
            continue
        table[key] = text
        if not msg.comment:
            plain.add(key)
    return table
