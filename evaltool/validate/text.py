"""Text that enters evaltool, and text that leaves it in an XML document.

**Entry** (``control_chars``, ``check_text``, ``clean_text``): a text field may hold any
character except the control characters (C0 ``U+0000``–``U+001F``, ``DEL`` and C1
``U+0080``–``U+009F``) other than tab, line feed and carriage return (a Windows line end
is a newline too), and except lone surrogates (what Python makes of bytes that are not
text, e.g. a file name or a command-line argument in another encoding). Such characters
are invisible, nobody types them on purpose, they break Word and Excel (which cannot
hold them), and they travel by sync to every laptop. What a person types is refused with
a message saying which character and where (``check_text``); what a file or another
laptop brings is cleaned (``clean_text``) and the caller says how many it removed.

**Exit** (``xml_safe``, ``scrub_for_xml``): a document we write (Word, Excel) must never
fail on stored text, including text stored by an older evaltool or arriving from an
older laptop: characters XML 1.0 does not allow are removed at the write boundary and
listed in the export summary.

Pure functions, no I/O: safe from any thread.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import Any

from evaltool.errors import ValidationError
from evaltool.i18n import translate

# Refused at entry: C0 controls except \t \n \r, DEL, C1 controls, lone surrogates.
_ENTRY_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# Not allowed by XML 1.0 (https://www.w3.org/TR/xml/#charsets): what Word/Excel writers refuse.
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NAMES = {0: "NUL", 7: "BEL", 8: "BS", 0x0B: "VT", 0x0C: "FF", 0x1B: "ESC", 0x7F: "DEL"}
SNIPPET = 24  # characters of context quoted around a refused character


def char_name(c: str) -> str:
    """``U+000B (VT)`` — how a message names an invisible character."""
    code = ord(c)
    if 0xD800 <= code <= 0xDFFF:
        return translate("Validate", "undecodable byte")
    name = _NAMES.get(code)
    return f"U+{code:04X}" + (f" ({name})" if name else "")


def control_chars(text: str) -> list[str]:
    """The distinct characters ``text`` may not hold, named (``char_name``), in order."""
    seen: dict[str, None] = {}
    for m in _ENTRY_BAD.finditer(text):
        seen.setdefault(char_name(m.group()), None)
    return list(seen)


def has_control_chars(text: str) -> bool:
    return _ENTRY_BAD.search(text) is not None


def clean_text(text: str) -> tuple[str, int]:
    """``text`` without the characters it may not hold, and how many were removed. A lone
    surrogate becomes U+FFFD (the replacement character: something was there)."""
    removed = 0

    def fix(m: re.Match[str]) -> str:
        nonlocal removed
        removed += 1
        return "\ufffd" if 0xD800 <= ord(m.group()) <= 0xDFFF else ""

    out = _ENTRY_BAD.sub(fix, text)
    return out, removed


def snippet(text: str, at: int | None = None) -> str:
    """A short, printable piece of ``text`` around position ``at`` (for messages)."""
    at = 0 if at is None else at
    start = max(0, at - SNIPPET // 2)
    piece = text[start:start + SNIPPET]
    piece = _ENTRY_BAD.sub("·", piece).replace("\n", " ").replace("\r", " ").replace("\t", " ")
    return ("…" if start else "") + piece + ("…" if start + SNIPPET < len(text) else "")


def check_text(text: str | None, what: str) -> str | None:
    """``text`` unchanged, or ``ValidationError`` naming ``what`` (already translated, e.g.
    “the comment”), the characters and where they are. None passes."""
    if text is None:
        return None
    m = _ENTRY_BAD.search(text)
    if m is None:
        return text
    raise ValidationError(translate(
        "Validate", "{what} contains characters that are not text ({chars}) at position {pos} (“{context}”). "
        "Remove them (they are invisible; retype the text if needed); nothing was changed.").format(
        what=what, chars=", ".join(control_chars(text)), pos=m.start() + 1, context=snippet(text, m.start())))


# -- leaving: XML documents ---------------------------------------------------------

def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold (Word and Excel refuse them)."""
    return _XML_BAD.sub("", text)


def scrub_for_xml(obj: Any, skip: Callable[[Any], bool] | None = None) -> list[str]:
    """Remove XML-illegal characters from every string inside ``obj``, in place.

    Walks dataclasses (frozen ones too), dicts (keys and values), lists and tuples
    (a tuple is rebuilt and set back on its holder); bytes and other values are left
    alone, each object is visited once (cycles are safe). Returns a snippet of each
    text that changed (cleaned, shortened), in the order met, for the export summary.
    ``skip(obj)`` True leaves an object and everything under it alone.
    """
    changed: list[str] = []
    seen: set[int] = set()

    def fix_str(s: str) -> str:
        if _XML_BAD.search(s) is None:
            return s
        clean = xml_safe(s)
        changed.append(snippet(clean))
        return clean

    def walk(o: Any) -> Any:
        """Returns the replacement of ``o`` (itself unless it is a str or a tuple)."""
        if isinstance(o, str):
            return fix_str(o)
        if o is None or isinstance(o, (int, float, bytes, bytearray)):
            return o
        if id(o) in seen or (skip is not None and skip(o)):
            return o
        seen.add(id(o))
        if dataclasses.is_dataclass(o) and not isinstance(o, type):
            for f in dataclasses.fields(o):
                old = getattr(o, f.name, None)
                new = walk(old)
                if new is not old:
                    object.__setattr__(o, f.name, new)  # frozen dataclasses too
            return o
        if isinstance(o, dict):
            for k in list(o):
                v = o[k]
                nk, nv = walk(k), walk(v)
                if nk is not k:
                    del o[k]
                    o[nk] = nv
                elif nv is not v:
                    o[k] = nv
            return o
        if isinstance(o, list):
            for i, v in enumerate(o):
                nv = walk(v)
                if nv is not v:
                    o[i] = nv
            return o
        if isinstance(o, tuple):
            items = [walk(v) for v in o]
            if any(a is not b for a, b in zip(items, o, strict=True)):
                return type(o)(*items) if hasattr(o, "_fields") else tuple(items)
            return o
        if isinstance(o, (set, frozenset)):
            items2 = {walk(v) for v in o}
            if items2 != o:
                if isinstance(o, set):
                    o.clear()
                    o.update(items2)
                    return o
                return frozenset(items2)
            return o
        return o

    walk(obj)
    return changed
