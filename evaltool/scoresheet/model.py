"""What a score sheet holds once read: a tree of ``ParsedNode`` in a ``ParsedSheet``, the
figures the sheet states about itself (``Stated``: totals, subtotals, grades) beside what
the tree computes, the ``Finding``s (warnings and notes, each with its place), and the
``ImportResult`` of turning a sheet into a project. Plain data, no database, no I/O."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from evaltool.i18n import translate
from evaltool.numbers import Number

Severity = Literal["warning", "note"]


@dataclass
class Finding:
    """Something the reader wants a person to know, with its place in the sheet.

    ``severity``: ``warning`` — the import may not be what the sheet means (a total that
    does not reconcile, weights that do not add up, a value left out); ``note`` — how a
    cell was read by the usual conventions (a deduction written as a positive number,
    a total recognised by its figures). ``row`` is 1-based, ``column`` a letter.
    """

    kind: str
    message: str
    sheet: str = ""
    row: int | None = None
    column: str | None = None
    severity: Severity = "warning"

    @property
    def text(self) -> str:
        """The message with its place, as the CLI and the preview show it."""
        if self.row is None:
            if not self.sheet:
                return self.message
            return translate("Import", "Sheet “{sheet}”: {message}").format(sheet=self.sheet, message=self.message)
        column = translate("Import", ", column {column}").format(column=self.column) if self.column else ""
        return translate("Import", "Sheet “{sheet}”, row {row}{column}: {message}").format(
            sheet=self.sheet, row=self.row, column=column, message=self.message)

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "severity": self.severity, "sheet": self.sheet, "row": self.row,
                "column": self.column, "message": self.message, "text": self.text}


@dataclass
class ParsedNode:
    name: str
    row: int  # 1-based row where the node was first seen
    weight: float | None = None
    weight_explicit: bool = False
    description: str = ""
    criteria: str = ""
    evidence_hint: str = ""
    score: float | None = None  # points, once the tree is finished (leaves only)
    comment: str = ""
    is_negative: bool = False
    cap: float | None = None
    has_row: bool = False  # a row of its own (not only a group name)
    score_col: int | None = None
    weight_col: int | None = None
    children: list[ParsedNode] = field(default_factory=list)
    # how the sheet wrote it, for the finishing and reconciling steps
    score_number: Number | None = None  # the score cell as read (resolved to points in ``finish``)
    stated_score: float | None = None  # a group's own row: the subtotal it states
    depth: int = 1  # the level the row was placed at (1-based)
    anomalous: bool = False  # the row's shape is not an indicator's (label across the level columns, no numbering…)
    provisional: bool = False  # a row with figures but no indicator name: kept only if it is a total
    negative_section: bool = False  # under a 逆向指标 section row

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


StatedKind = Literal["total", "positive_total", "negative_total", "subtotal", "group", "grade"]


@dataclass
class Stated:
    """A figure the sheet states about its own rows, and what the imported tree computes.

    ``kind``: ``total`` (all rows above), ``positive_total`` / ``negative_total`` (正向 /
    逆向指标得分合计), ``subtotal`` (a 小计 row: of ``node`` when it names its group, else
    of the rows since the previous subtotal), ``group`` (a group's own row with its
    weight and score, as outline sheets have), ``grade`` (等级). ``computed_*`` are filled
    by the reconciliation; ``agrees`` says whether every stated figure matches.
    """

    kind: StatedKind
    row: int  # 1-based
    label: str
    weight: float | None = None
    score: float | None = None
    grade: str | None = None
    weight_col: str | None = None
    score_col: str | None = None
    node: ParsedNode | None = field(default=None, repr=False)
    first_row: int = 0  # a subtotal without a group: the rows it covers start here (1-based)
    computed_weight: float | None = None
    computed_score: float | None = None
    computed_grade: str | None = None
    agrees: bool = True
    weight_agrees: bool = True
    score_agrees: bool = True  # the score, or the grade of a grade row
    by_numbers: bool = False  # recognised by its figures, not its wording

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "row": self.row, "label": self.label, "weight": self.weight, "score": self.score,
                "grade": self.grade, "computed_weight": self.computed_weight, "computed_score": self.computed_score,
                "computed_grade": self.computed_grade, "agrees": self.agrees}


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
    findings: list[Finding] = field(default_factory=list)
    stated: list[Stated] = field(default_factory=list)
    facts: dict[str, str] = field(default_factory=dict)  # name, evaluation_agency, reference_date, budget_unit…
    layout: str = ""  # "columns" (a column per level) or "outline" (levels from numbering)
    also_in: list[str] = field(default_factory=list)  # other sheets holding the same framework

    def leaves(self) -> list[ParsedNode]:
        return [n for _l, _p, n in iter_parsed(self.roots) if n.is_leaf]

    @property
    def warnings(self) -> list[str]:
        """The warnings' texts (place included)."""
        return [f.text for f in self.findings if f.severity == "warning"]

    @property
    def notes(self) -> list[str]:
        return [f.text for f in self.findings if f.severity == "note"]

    @property
    def reconciles(self) -> bool:
        """No warning: every stated figure agrees with the tree, the weights add up."""
        return not any(f.severity == "warning" for f in self.findings)

    @property
    def total_score(self) -> float | None:
        """The total score the sheet states (its last 合计/总分 row), if any."""
        totals = [s for s in self.stated if s.kind == "total" and s.score is not None]
        return totals[-1].score if totals else None

    @property
    def scored(self) -> int:
        return sum(1 for n in self.leaves() if n.score is not None)

    def specs(self) -> list[dict[str, Any]]:
        return [n.to_spec() for n in self.roots]

    def as_json(self) -> dict[str, Any]:
        return {"file": self.file, "sheet": self.sheet, "sheets": self.sheets, "layout": self.layout,
                "header_rows": self.header_rows, "columns": self.columns, "title": self.title, "facts": self.facts,
                "indicators": len(self.leaves()), "scores": self.scored, "reconciles": self.reconciles,
                "stated": [s.as_json() for s in self.stated],
                "framework": self.specs(),
                "warnings": [f.as_json() for f in self.findings if f.severity == "warning"],
                "notes": [f.as_json() for f in self.findings if f.severity == "note"]}


@dataclass
class ImportResult:
    project_id: str
    indicators: int  # leaves (三级指标) created
    findings: list[Finding]
    nodes: int = 0
    scores: int = 0
    name: str = ""
    stated: list[Stated] = field(default_factory=list)

    @property
    def warnings(self) -> list[str]:
        return [f.text for f in self.findings if f.severity == "warning"]

    def as_json(self) -> dict[str, Any]:
        return {"project_id": self.project_id, "name": self.name, "indicators": self.indicators,
                "nodes": self.nodes, "scores": self.scores,
                "warnings": [f.as_json() for f in self.findings if f.severity == "warning"],
                "notes": [f.as_json() for f in self.findings if f.severity == "note"],
                "stated": [s.as_json() for s in self.stated]}
