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


#: A message as read before decoding: (its offset in the Messages section, {tag: (byte offset
#: in the file, raw bytes)} of context, source text and comment, [(byte offset, raw UTF-16BE)]
#: of its translations).
RawMessage = tuple[int, dict[int, tuple[int, bytes]], list[tuple[int, bytes]]]


def _raw_messages(block: bytes, name: str, base: int) -> list[RawMessage]:
    """The Messages section's records, checked for structure but not decoded (``_decode``);
    ``base`` is the section's offset in the file (for errors)."""
    out: list[RawMessage] = []
    first = 0  # where the current message starts
    fields: dict[int, tuple[int, bytes]] = {}
    translations: list[tuple[int, bytes]] = []
    pos = 0
    end = len(block)
    while pos < end:
        at = base + pos  # where this record starts in the file, for errors
        tag = block[pos]
        pos += 1
        if tag == TAG_END:
            if TAG_SOURCE_TEXT not in fields or TAG_CONTEXT not in fields:
                raise QmError(f"{name}: the message ending at byte {at} has no source text or context")
            out.append((first, fields, translations))
            fields, translations, first = {}, [], pos
            continue
        if tag == TAG_OBSOLETE1:
            if pos + 4 > end:
                raise QmError(f"{name}: record at byte {at} cut short")
            pos += 4
            continue
        if tag not in (TAG_TRANSLATION, TAG_SOURCE_TEXT, TAG_CONTEXT, TAG_COMMENT):
            raise QmError(f"{name}: unknown record {tag} at byte {at}")
        if pos + 4 > end:
            raise QmError(f"{name}: record at byte {at} cut short")
        length = int.from_bytes(block[pos:pos + 4], "big")
        pos += 4
        if length == _NULL:  # Qt's "null" string: nothing stored
            if tag != TAG_TRANSLATION:
                fields[tag] = (at, b"")
            continue
        if pos + length > end:
            raise QmError(f"{name}: record at byte {at} runs past the end of its section")
        if tag == TAG_TRANSLATION:
            if length % 2:
                raise QmError(f"{name}: translation at byte {at} has an odd length (not UTF-16)")
            translations.append((at, block[pos:pos + length]))
        else:
            fields[tag] = (at, block[pos:pos + length])
        pos += length
    if first != end:
        raise QmError(f"{name}: the last message (at byte {base + first}) is not ended")
    return out


def _decode(raw: bytes, at: int, name: str, *, translation: bool = False) -> str:
    try:
        return raw.decode("utf-16-be" if translation else "utf-8")
    except UnicodeDecodeError as exc:
        raise QmError(f"{name}: undecodable text in the record at byte {at}: {exc.reason}") from exc


def _messages(block: bytes, name: str, base: int) -> list[tuple[int, QmMessage]]:
    """(offset in the section, message) of the Messages section's records, decoded."""
    out: list[tuple[int, QmMessage]] = []
    for first, fields, translations in _raw_messages(block, name, base):
        text = {tag: _decode(raw, at, name) for tag, (at, raw) in fields.items()}
        out.append((first, QmMessage(text[TAG_CONTEXT], text[TAG_SOURCE_TEXT], text.get(TAG_COMMENT, ""),
                                     tuple(_decode(raw, at, name, translation=True) for at, raw in translations))))
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


class QmCatalogue:
    """``(context, source) → translation`` of a ``.qm`` file like ``translation_table``, read
    the way ``QTranslator`` reads it: the file's structure is checked when it is opened
    (``QmError`` as ``parse_qm`` raises it), a message's texts are decoded, and its entry
    in the index checked, when it is first looked up. A process that translates a few
    dozen strings (a command, the window's start) does not decode the 2,500 messages of
    the catalogue, nor hash them all (``parse_qm`` still checks a whole file at once).

    Thread rule: ``get`` may be called from any thread (a lookup decodes into a dict
    under the GIL; two threads decoding the same message store the same text).
    """

    def __init__(self, path: Path) -> None:
        self.name = str(path)
        data = path.read_bytes()
        sections = _sections(data, self.name)
        base, block = sections.get(SECTION_MESSAGES, (0, b""))
        raw = _raw_messages(block, self.name, base)
        index = sections.get(SECTION_HASHES)
        if index is None:
            if raw:
                raise QmError(f"{self.name}: {len(raw)} messages but no index, so Qt would find none of them")
            index = (0, b"")
        at, table = index
        if len(table) % 8:
            raise QmError(f"{self.name}: the index at byte {at} has a length that is not a multiple of 8")
        self._index = set(struct.iter_unpack(">II", table))
        if len({o for _h, o in self._index}) != len(raw):
            raise QmError(f"{self.name}: the index lists {len(self._index)} messages, the file holds {len(raw)}")
        self._base = base
        # (context, source) as UTF-8 → the message translate() gives, chosen as translation_table does
        self._raw: dict[tuple[bytes, bytes], RawMessage] = {}
        plain: set[tuple[bytes, bytes]] = set()
        for msg in raw:
            _first, fields, translations = msg
            key = (fields[TAG_CONTEXT][1], fields[TAG_SOURCE_TEXT][1])
            if not translations or not translations[0][1] or key in plain:
                continue
            self._raw[key] = msg
            if not fields.get(TAG_COMMENT, (0, b""))[1]:
                plain.add(key)
        self._decoded: dict[tuple[str, str], str] = {}

    def get(self, key: tuple[str, str], default: str) -> str:
        """The translation of ``(context, source)``, ``default`` when there is none."""
        text = self._decoded.get(key)
        if text is not None:
            return text
        msg = self._raw.get((key[0].encode("utf-8"), key[1].encode("utf-8")))
        if msg is None:
            return default
        first, fields, translations = msg
        for at, raw in fields.values():  # (context, source, comment: refused like parse_qm refuses them)
            _decode(raw, at, self.name)
        comment = fields.get(TAG_COMMENT, (0, b""))[1]
        if (elf_hash(fields[TAG_SOURCE_TEXT][1] + comment), first) not in self._index:
            raise QmError(f"{self.name}: the index does not match the messages (entry for byte {self._base + first})")
        at, raw = translations[0]
        text = _decode(raw, at, self.name, translation=True)
        self._decoded[key] = text
        return text
