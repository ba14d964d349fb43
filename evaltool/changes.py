"""What an operation changed, so each view refreshes only what it shows."""
from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass
class Changes:
    projects: bool = False
    framework: bool = False
    scores: bool = False
    evidence: bool = False
    targets: bool = False
    surveys: bool = False
    report: bool = False
    sync: bool = False
    identity: bool = False

    @classmethod
    def all(cls) -> "Changes":
        return cls(**{f.name: True for f in fields(cls)})

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})

    def any(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))
