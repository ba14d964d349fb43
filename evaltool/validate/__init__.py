"""The one validation layer for everything that enters evaltool.

- ``text``: control characters and undecodable bytes in text (refused when typed,
  cleaned when a file or another laptop brings them), and characters XML cannot hold
  removed when a document is written (``scrub_for_xml``).
- ``json_input``: JSON typed by people or read from files (size, depth, finite numbers),
  and the shape of scoring rules and their inputs against the rule's kind.
- ``storage``: the gate on every flush (imported for its side effect by ``evaltool.db``):
  no synced record ever stores control characters or non-finite numbers.
- ``files``: size limits of files read whole, small text files, clock values and text
  of changes from another laptop.

Numbers typed by people are read by ``evaltool.numbers`` (finite, in range); spreadsheets
by ``evaltool.spreadsheet`` (size and expansion limits). See docs/DEVELOPING.md.
"""
from __future__ import annotations

from evaltool.validate import storage as _storage  # noqa: F401  (registers the flush gate)
from evaltool.validate.files import (
    MAX_NOTE_BYTES,
    check_file_size,
    clean_changes,
    clock_problem,
    read_text_file,
)
from evaltool.validate.json_input import (
    INPUT_KEYS,
    RULE_KEYS,
    framework_problems,
    inputs_problems,
    nesting_depth,
    parse_json,
    rule_problems,
)
from evaltool.validate.storage import CLEANED_KEY
from evaltool.validate.text import (
    char_name,
    check_text,
    clean_text,
    control_chars,
    has_control_chars,
    scrub_for_xml,
    xml_safe,
)

__all__ = [
    "CLEANED_KEY", "INPUT_KEYS", "MAX_NOTE_BYTES", "RULE_KEYS", "char_name", "check_file_size", "check_text",
    "clean_changes", "clean_text", "clock_problem", "control_chars", "framework_problems", "has_control_chars", "inputs_problems",
    "nesting_depth", "parse_json", "read_text_file", "rule_problems", "scrub_for_xml", "xml_safe",
]
