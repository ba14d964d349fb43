"""The plain data the checks pass around: a checked statement and a finding.

A ``Statement`` is one figure a text states and what it should be, found by a prose
form (its inputs are in the same sentence or table) or by comparing with the
project's data. A ``Finding`` is what the user sees: a statement (or a figure of the
data) that does not agree, with where it is, what was expected and what was found.

Qt-free, immutable, safe to hand between threads.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

Span = tuple[int, int]


@dataclass(frozen=True)
class Statement:
    """One stated figure checked in a text.

    ``span`` is where the stated figure is written (offsets in the text), ``context``
    the whole claim ("年初预算安排 509.4 万元，调减 357 万元，预算调整率为 70.08%").
    ``expected`` is written like the stated figure (same decimals, % and unit).
    ``inputs`` are the spans of the figures it was computed from: a claim whose
    input is itself wrong against the data is not reported again (the input is).
    """

    kind: str
    span: Span
    context: Span
    stated: str
    expected: str
    ok: bool
    basis: str = ""  # how the expected value was obtained ("49.2 ÷ 49.625", "the project's total score")
    inputs: tuple[Span, ...] = ()
    from_data: bool = False
    note: str = ""  # a whole sentence saying what is wrong, when the usual wording does not fit


@dataclass(frozen=True)
class Place:
    """Where a finding is, for jumping there: a report section (``key`` = section key), an
    indicator (``key`` = indicator id, ``field`` = final_comment / comment (with
    ``evaluator_id``) / criteria / description / final / rule / imported), a problem of the
    report (``key`` = its id, ``field`` = text / cause / suggestion …), a target
    (``key`` = target id, ``field`` = note) or the project (``field`` = money / imported).
    ``start``/``end`` are offsets of the stated figure in that field's text (-1: none)."""

    kind: str  # section | indicator | problem | target | project
    key: str = ""
    field: str = ""
    start: int = -1
    end: int = -1
    evaluator_id: str = ""

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "key": self.key, "field": self.field, "start": self.start, "end": self.end,
                "evaluator_id": self.evaluator_id}


@dataclass(frozen=True)
class Finding:
    """A figure that does not agree. ``id`` stays the same while the figure and its
    place stay the same (edits elsewhere in the text do not change it), so a finding
    the team has looked at can be dismissed with a reason."""

    kind: str
    where: str
    text: str
    expected: str
    found: str
    message: str
    place: Place
    dismissed: bool = False
    reason: str = ""
    id: str = field(default="")
    key: str = ""  # what identifies it when ``text`` is in the user's language (the id must not change with it)

    def __post_init__(self) -> None:
        if not self.id:
            key = "\x1f".join((self.kind, self.place.kind, self.place.key, self.place.field, self.place.evaluator_id,
                               self.key or self.text, self.found))
            object.__setattr__(self, "id", hashlib.sha1(key.encode("utf-8")).hexdigest()[:12])

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "where": self.where, "text": self.text,
                "expected": self.expected, "found": self.found, "message": self.message,
                "place": self.place.as_json(), "dismissed": self.dismissed, "reason": self.reason}


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]
