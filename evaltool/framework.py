"""The indicator tree as plain data, and its basic edits.

``load_tree`` returns session-free ``Node`` objects (views and exports hold these,
never ORM rows). Paths name a node by its names from the root joined with "/",
e.g. ``决策/项目立项/立项依据充分性``.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from evaltool.errors import NotFoundError, ValidationError
from evaltool.i18n import translate
from evaltool.models import Indicator

PATH_SEP = "/"
LEAF_FIELDS = ("description", "criteria", "evidence_hint", "rule", "name_en", "is_negative", "cap")


@dataclass
class Node:
    id: str
    parent_id: str | None
    name: str
    weight: float
    position: float
    level: int
    name_en: str = ""
    is_negative: bool = False
    cap: float | None = None
    description: str = ""
    criteria: str = ""
    evidence_hint: str = ""
    rule: dict[str, Any] | None = None
    review_state: str = "prepared"
    children: list["Node"] = field(default_factory=list)
    path: str = ""

    @property
    def is_leaf(self) -> bool:
        return not self.children


def _node(ind: Indicator, level: int) -> Node:
    return Node(
        id=ind.id, parent_id=ind.parent_id, name=ind.name, weight=ind.weight or 0.0,
        position=ind.position or 0.0, level=level, name_en=ind.name_en or "",
        is_negative=bool(ind.is_negative), cap=ind.cap, description=ind.description or "",
        criteria=ind.criteria or "", evidence_hint=ind.evidence_hint or "", rule=ind.rule,
        review_state=ind.review_state or "prepared",
    )


def load_tree(session: Session, project_id: str) -> list[Node]:
    """Roots of the project's live tree, siblings ordered by position then name."""
    rows = list(session.scalars(select(Indicator).where(
        Indicator.project_id == project_id, Indicator.deleted.is_(False))))
    by_parent: dict[str | None, list[Indicator]] = {}
    ids = {r.id for r in rows}
    for r in rows:
        parent = r.parent_id if r.parent_id in ids else None
        by_parent.setdefault(parent, []).append(r)

    def build(parent: str | None, level: int, prefix: str) -> list[Node]:
        out = []
        for ind in sorted(by_parent.get(parent, []), key=lambda i: (i.position or 0.0, i.name)):
            n = _node(ind, level)
            n.path = f"{prefix}{PATH_SEP}{n.name}" if prefix else n.name
            n.children = build(ind.id, level + 1, n.path)
            out.append(n)
        return out

    return build(None, 1, "")


def walk(roots: list[Node]) -> Iterator[Node]:
    for n in roots:
        yield n
        yield from walk(n.children)


def iter_leaves(roots: list[Node]) -> Iterator[Node]:
    return (n for n in walk(roots) if n.is_leaf)


def find_by_path(session: Session, project_id: str, path: str) -> Indicator:
    """The indicator named by a path of names (``一级/二级/三级``).

    A unique leaf name alone is accepted too.
    """
    parts = [p.strip() for p in path.replace("／", PATH_SEP).split(PATH_SEP) if p.strip()]
    roots = load_tree(session, project_id)
    if len(parts) == 1:
        hits = [n for n in walk(roots) if n.name == parts[0]]
        if len(hits) == 1:
            return session.get(Indicator, hits[0].id)  # type: ignore[return-value]
    nodes = roots
    found: Node | None = None
    for part in parts:
        found = next((n for n in nodes if n.name == part), None)
        if found is None:
            raise NotFoundError(translate("Errors", "No indicator “{path}” in this project (no “{part}” at that level).").format(path=path, part=part))
        nodes = found.children
    if found is None:
        raise NotFoundError(translate("Errors", "No indicator “{path}” in this project.").format(path=path))
    return session.get(Indicator, found.id)  # type: ignore[return-value]


def add_indicator(session: Session, project_id: str, parent_id: str | None, name: str,
                  weight: float = 0.0, position: float | None = None, **fields: Any) -> Indicator:
    name = (name or "").strip()
    if not name:
        raise ValidationError(translate("Errors", "An indicator needs a name."))
    unknown = set(fields) - set(LEAF_FIELDS)
    if unknown:
        raise ValidationError(f"unknown indicator fields: {', '.join(sorted(unknown))}")
    if position is None:
        siblings = session.scalars(select(Indicator.position).where(
            Indicator.project_id == project_id, Indicator.parent_id.is_(parent_id) if parent_id is None
            else Indicator.parent_id == parent_id, Indicator.deleted.is_(False))).all()
        position = (max(siblings) + 1.0) if siblings else 1.0
    ind = Indicator(project_id=project_id, parent_id=parent_id, name=name, weight=float(weight),
                    position=position, **fields)
    session.add(ind)
    session.flush()
    return ind


def add_subtree(session: Session, project_id: str, parent_id: str | None, spec: dict[str, Any],
                position: float | None = None) -> Indicator:
    """Create a node and its children from the template/demo JSON shape."""
    extra = {k: spec[k] for k in LEAF_FIELDS if k in spec and spec[k] is not None}
    ind = add_indicator(session, project_id, parent_id, spec["name"], spec.get("weight", 0.0), position, **extra)
    for i, child in enumerate(spec.get("children", []) or []):
        add_subtree(session, project_id, ind.id, child, float(i + 1))
    return ind
