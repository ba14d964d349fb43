"""What a score sheet holds once read: a tree of ``ParsedNode`` in a ``ParsedSheet``, and
the ``ImportResult`` of turning one into a project. Plain data, no database, no I/O."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any


@dataclass
class ParsedNode:
    name: str
    row: int  # 1-based row where the node was first seen
    weight: float | None = None
    weight_explicit: bool = False
    description: str = ""
    criteria: str = ""
    evidence_hint: str = ""
    score: float | None = None
    comment: str = ""
    is_negative: bool = False
    cap: float | None = None
    has_row: bool = False  # a row of its own (not only a group name)
    score_col: int | None = None
    children: list[ParsedNode] = field(default_factory=list)

    @property
    def is_leaf(self) -> bool:
        return not self.children

    def to_spec(self) -> dict[str, Any]:
        spec: dict[str, Any] = {"name": self.name, "weight": self.weight or 0.0}
        for k in ("description", "criteria", "evidence_hint"):
            if getattr(self, k):
                spec[k] = getattr(self, k)
        if self.is_negative:
            spec["is_negative"] = True
            spec["cap"] = self.cap
        if self.children:
            spec["children"] = [c.to_spec() for c in self.children]
        elif self.score is not None or self.comment:
            spec["score"] = self.score
            spec["comment"] = self.comment
        return spec


def iter_parsed(nodes: list[ParsedNode], level: int = 1, prefix: str = "") -> Iterator[tuple[int, str, ParsedNode]]:
    """(level, path, node) in tree order."""
    for n in nodes:
        path = f"{prefix}/{n.name}" if prefix else n.name
        yield level, path, n
        yield from iter_parsed(n.children, level + 1, path)


@dataclass
class ParsedSheet:
    """What a sheet holds, read without touching the database."""

    file: str
    sheet: str
    sheets: list[str]
    header_rows: list[int]  # 1-based
    columns: dict[str, str]  # field → column letter(s)
    title: str
    roots: list[ParsedNode]
    warnings: list[str] = field(default_factory=list)
    total_score: float | None = None  # from a 合计/总计 row, when present

    def leaves(self) -> list[ParsedNode]:
        return [n for _l, _p, n in iter_parsed(self.roots) if n.is_leaf]

    @property
    def scored(self) -> int:
        return sum(1 for n in self.leaves() if n.score is not None)

    def specs(self) -> list[dict[str, Any]]:
        return [n.to_spec() for n in self.roots]

    def as_json(self) -> dict[str, Any]:
        return {"file": self.file, "sheet": self.sheet, "sheets": self.sheets,
                "header_rows": self.header_rows, "columns": self.columns, "title": self.title,
                "indicators": len(self.leaves()), "scores": self.scored,
                "framework": self.specs(), "warnings": self.warnings}


@dataclass
class ImportResult:
    project_id: str
    indicators: int  # leaves (三级指标) created
    warnings: list[str]
    nodes: int = 0
    scores: int = 0
    name: str = ""

    def as_json(self) -> dict[str, Any]:
        return {"project_id": self.project_id, "name": self.name, "indicators": self.indicators,
                "nodes": self.nodes, "scores": self.scores, "warnings": self.warnings}
