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
    children: list[Node] = field(default_factory=list)
    path: str = ""

    @property
    def is_leaf(self) -> bool:
        return not self.children


def _node(ind: Any, level: int) -> Node:
    """From an ``Indicator`` or a row of ``_NODE_COLUMNS``."""
    return Node(
        id=ind.id, parent_id=ind.parent_id, name=ind.name, weight=ind.weight or 0.0,
        position=ind.position or 0.0, level=level, name_en=ind.name_en or "",
        is_negative=bool(ind.is_negative), cap=ind.cap, description=ind.description or "",
        criteria=ind.criteria or "", evidence_hint=ind.evidence_hint or "", rule=ind.rule,
        review_state=ind.review_state or "prepared",
    )


# What a Node holds: read as column rows, not ORM objects (a 1,000-leaf tree loads 3× faster).
_NODE_COLUMNS = (Indicator.id, Indicator.parent_id, Indicator.name, Indicator.weight, Indicator.position,
                 Indicator.name_en, Indicator.is_negative, Indicator.cap, Indicator.description, Indicator.criteria,
                 Indicator.evidence_hint, Indicator.rule, Indicator.review_state)


def load_tree(session: Session, project_id: str) -> list[Node]:
    """Roots of the project's live tree, siblings ordered by position then name."""
    rows: list[Any] = list(session.execute(select(*_NODE_COLUMNS).where(
        Indicator.project_id == project_id, Indicator.deleted.is_(False))))
    by_parent: dict[str | None, list[Any]] = {}
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


def indicator_path(session: Session, ind: Indicator) -> str:
    """``ind``'s path of names (as ``Node.path`` of ``load_tree``), read up its parents: a
    handful of lookups instead of the whole framework. A parent that is deleted or of another
    project ends the path there, as it makes its child a root in ``load_tree``."""
    names = [ind.name]
    seen = {ind.id}
    parent_id = ind.parent_id
    while parent_id is not None and parent_id not in seen:
        parent = session.get(Indicator, parent_id)
        if parent is None or parent.deleted or parent.project_id != ind.project_id:
            break
        names.append(parent.name)
        seen.add(parent.id)
        parent_id = parent.parent_id
    return PATH_SEP.join(reversed(names))


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


# -- edits (each returns what its undo needs) ------------------------------------

EDITABLE_FIELDS = ("name", "weight", *LEAF_FIELDS)
_EPS = 1e-6


def _live(session: Session, indicator_id: str) -> Indicator:
    ind = session.get(Indicator, indicator_id)
    if ind is None or ind.deleted:
        raise NotFoundError(translate("Errors", "No such indicator (it may have been deleted)."))
    return ind


def _children(session: Session, project_id: str, parent_id: str | None) -> list[Indicator]:
    cond = Indicator.parent_id.is_(None) if parent_id is None else Indicator.parent_id == parent_id
    rows = session.scalars(select(Indicator).where(
        Indicator.project_id == project_id, cond, Indicator.deleted.is_(False)))
    return sorted(rows, key=lambda i: (i.position or 0.0, i.name))


def _check_weight(value: Any) -> float:
    try:
        w = float(value)
    except (TypeError, ValueError):
        raise ValidationError(translate("Errors", "The weight “{value}” is not a number.").format(value=value)) from None
    if w != w or w in (float("inf"), float("-inf")):
        raise ValidationError(translate("Errors", "The weight “{value}” is not a number.").format(value=value))
    return w


def update_indicator(session: Session, indicator_id: str, **fields: Any) -> dict[str, Any]:
    """Set fields of a node; returns the previous values (pass them back to undo)."""
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValidationError(f"unknown indicator fields: {', '.join(sorted(unknown))}")
    ind = _live(session, indicator_id)
    old: dict[str, Any] = {}
    for k, v in fields.items():
        if k == "name":
            v = (v or "").strip()
            if not v:
                raise ValidationError(translate("Errors", "An indicator needs a name."))
        elif k == "weight" or (k == "cap" and v is not None):
            v = _check_weight(v)
        elif k == "rule" and v is not None:
            v = dict(v)  # a new object, so the change is recorded
        old[k] = getattr(ind, k)
        setattr(ind, k, v)
    session.flush()
    return old


def position_between(before: float | None, after: float | None) -> float:
    """A position strictly between two sibling positions (None = no neighbour)."""
    if before is None and after is None:
        return 1.0
    if before is None:
        return after - 1.0  # type: ignore[operator]
    if after is None:
        return before + 1.0
    return (before + after) / 2.0


def position_at(session: Session, project_id: str, parent_id: str | None, row: int,
                exclude: str | None = None) -> float:
    """The position that puts a node at index ``row`` among ``parent_id``'s children."""
    sibs = [c for c in _children(session, project_id, parent_id) if c.id != exclude]
    row = max(0, min(row, len(sibs)))
    before = sibs[row - 1].position if row > 0 else None
    after = sibs[row].position if row < len(sibs) else None
    return position_between(before, after)


def move_indicator(session: Session, indicator_id: str, parent_id: str | None,
                   position: float) -> tuple[str | None, float]:
    """Move a node (with its subtree) under ``parent_id`` at ``position``.

    Returns ``(old_parent_id, old_position)``. Refuses to move a node into itself.
    """
    ind = _live(session, indicator_id)
    if parent_id is not None:
        parent = _live(session, parent_id)
        if parent.project_id != ind.project_id:
            raise ValidationError("cannot move an indicator to another project")
        p: Indicator | None = parent
        while p is not None:
            if p.id == ind.id:
                raise ValidationError(translate("Errors", "An indicator cannot be moved into itself."))
            p = session.get(Indicator, p.parent_id) if p.parent_id else None
    old = (ind.parent_id, ind.position)
    ind.parent_id, ind.position = parent_id, float(position)
    session.flush()
    return old


def _move_by(session: Session, indicator_id: str, step: int) -> tuple[str | None, float] | None:
    ind = _live(session, indicator_id)
    sibs = _children(session, ind.project_id, ind.parent_id)
    i = next(k for k, s in enumerate(sibs) if s.id == ind.id)
    j = i + step
    if j < 0 or j >= len(sibs):
        return None
    return move_indicator(session, ind.id, ind.parent_id,
                          position_at(session, ind.project_id, ind.parent_id, j, exclude=ind.id))


def move_up(session: Session, indicator_id: str) -> tuple[str | None, float] | None:
    """Swap with the previous sibling; None when already first."""
    return _move_by(session, indicator_id, -1)


def move_down(session: Session, indicator_id: str) -> tuple[str | None, float] | None:
    return _move_by(session, indicator_id, 1)


def indent_indicator(session: Session, indicator_id: str) -> tuple[str | None, float] | None:
    """Make the node the last child of its previous sibling; None when it has none."""
    ind = _live(session, indicator_id)
    sibs = _children(session, ind.project_id, ind.parent_id)
    i = next(k for k, s in enumerate(sibs) if s.id == ind.id)
    if i == 0:
        return None
    new_parent = sibs[i - 1]
    kids = _children(session, ind.project_id, new_parent.id)
    pos = (kids[-1].position + 1.0) if kids else 1.0
    return move_indicator(session, ind.id, new_parent.id, pos)


def outdent_indicator(session: Session, indicator_id: str) -> tuple[str | None, float] | None:
    """Make the node the sibling just after its parent; None at the top level."""
    ind = _live(session, indicator_id)
    if ind.parent_id is None:
        return None
    parent = _live(session, ind.parent_id)
    sibs = _children(session, ind.project_id, parent.parent_id)
    i = next(k for k, s in enumerate(sibs) if s.id == parent.id)
    return move_indicator(session, ind.id, parent.parent_id,
                          position_at(session, ind.project_id, parent.parent_id, i + 1))


def delete_subtree(session: Session, indicator_id: str) -> list[str]:
    """Tombstone a node and its live descendants; returns their ids (for undo)."""
    ind = _live(session, indicator_id)
    rows = list(session.scalars(select(Indicator).where(
        Indicator.project_id == ind.project_id, Indicator.deleted.is_(False))))
    by_parent: dict[str | None, list[Indicator]] = {}
    for r in rows:
        by_parent.setdefault(r.parent_id, []).append(r)
    out: list[str] = []
    stack = [ind]
    while stack:
        n = stack.pop()
        n.deleted = True
        out.append(n.id)
        stack.extend(by_parent.get(n.id, []))
    session.flush()
    return out


def restore_nodes(session: Session, ids: list[str]) -> None:
    """Undo of ``delete_subtree``: lift the tombstones of exactly these nodes."""
    for i in ids:
        ind = session.get(Indicator, i)
        if ind is not None:
            ind.deleted = False
    session.flush()


def node_spec(node: Node, with_ids: bool = False) -> dict[str, Any]:
    """A node and its subtree in the template JSON shape (used for copy/paste and templates)."""
    spec: dict[str, Any] = {"name": node.name, "weight": node.weight}
    if node.name_en:
        spec["name_en"] = node.name_en
    if node.is_negative:
        spec["is_negative"] = True
    if node.cap is not None:
        spec["cap"] = node.cap
    for k in ("description", "criteria", "evidence_hint"):
        if getattr(node, k):
            spec[k] = getattr(node, k)
    if node.rule:
        spec["rule"] = node.rule
    if with_ids:
        spec["id"] = node.id
    if node.children:
        spec["children"] = [node_spec(c, with_ids) for c in node.children]
    return spec


def subtree_ids(ind: Indicator, session: Session) -> list[str]:
    return [n.id for n in walk([_find_node(load_tree(session, ind.project_id), ind.id)])]


def _find_node(roots: list[Node], node_id: str) -> Node:
    for n in walk(roots):
        if n.id == node_id:
            return n
    raise NotFoundError(node_id)


def find_node(roots: list[Node], node_id: str) -> Node | None:
    return next((n for n in walk(roots) if n.id == node_id), None)


def subtree_spec(session: Session, indicator_id: str) -> dict[str, Any]:
    ind = _live(session, indicator_id)
    return node_spec(_find_node(load_tree(session, ind.project_id), indicator_id))


def paste_subtree(session: Session, project_id: str, parent_id: str | None, spec: dict[str, Any],
                  position: float | None = None) -> list[str]:
    """Create a copy of ``spec`` (new ids); returns the created ids, root first."""
    if parent_id is not None:
        _live(session, parent_id)
    root = add_subtree(session, project_id, parent_id, _clean_spec(spec), position)
    return subtree_ids(root, session)


def _clean_spec(spec: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(spec, dict) or not str(spec.get("name") or "").strip():
        raise ValidationError(translate("Errors", "The pasted data is not an indicator."))
    out: dict[str, Any] = {"name": str(spec["name"]).strip(), "weight": _check_weight(spec.get("weight", 0) or 0)}
    for k in LEAF_FIELDS:
        if spec.get(k) is not None:
            out[k] = spec[k]
    out["children"] = [_clean_spec(c) for c in (spec.get("children") or [])]
    return out


def add_framework(session: Session, project_id: str, framework: list[dict[str, Any]],
                  negative: list[dict[str, Any]] | None = None) -> list[str]:
    """Append template-shaped roots (and negative indicators) to a project's tree."""
    existing = _children(session, project_id, None)
    pos = (existing[-1].position if existing else 0.0) + 1.0
    ids: list[str] = []
    for spec in framework:
        ids.append(add_subtree(session, project_id, None, _clean_spec(spec), pos).id)
        pos += 1.0
    for spec in negative or []:
        neg = {**spec, "is_negative": True}
        if float(neg.get("weight") or 0) > 0:
            neg["weight"] = -float(neg["weight"])
        ids.append(add_subtree(session, project_id, None, _clean_spec(neg), pos).id)
        pos += 1.0
    return ids


# -- validation ---------------------------------------------------------------

TOTAL_WEIGHT = 100.0


@dataclass(frozen=True)
class Problem:
    """Something wrong with a framework. ``path`` names the node ("" = the whole framework);
    ``delta`` is by how much (actual − expected, in points) where that applies."""

    kind: str  # total|children_sum|empty_name|duplicate|weight_nan|negative_weight|positive_negative|empty
    path: str
    message: str
    delta: float | None = None
    node_id: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "path": self.path, "message": self.message, "delta": self.delta,
                "node_id": self.node_id}


def _fmt(x: float) -> str:
    s = f"{x:.3f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def validate_framework(roots: list[Node], total: float = TOTAL_WEIGHT) -> list[Problem]:
    """Every problem of a framework, in tree order.

    Rules: positive level-1 weights add to ``total`` (100); the children of a node add
    to its weight (negative indicators too); names are not empty and siblings differ;
    weights are finite numbers, ≤ 0 for negative indicators and ≥ 0 otherwise.
    Negative indicators (逆向指标) stay outside the 100.
    """
    problems: list[Problem] = []
    positive = [n for n in roots if not n.is_negative]
    if not roots:
        problems.append(Problem("empty", "", translate("Validation", "The framework has no indicators yet.")))
        return problems
    s = sum(n.weight for n in positive if n.weight == n.weight)
    if positive and abs(s - total) > _EPS:
        problems.append(Problem("total", "", translate(
            "Validation", "Level-1 weights add to {sum}, not {total} ({delta:+g}).").format(
                sum=_fmt(s), total=_fmt(total), delta=round(s - total, 3)), round(s - total, 6)))

    def visit(siblings: list[Node], negative_ctx: bool) -> None:
        seen: dict[str, Node] = {}
        for n in siblings:
            neg = negative_ctx or n.is_negative
            name = (n.name or "").strip()
            if not name:
                problems.append(Problem("empty_name", n.path, translate("Validation", "An indicator has no name."), node_id=n.id))
            elif name in seen:
                problems.append(Problem("duplicate", n.path, translate(
                    "Validation", "“{name}” appears twice at this level.").format(name=name), node_id=n.id))
            else:
                seen[name] = n
            w = n.weight
            if w != w or w in (float("inf"), float("-inf")):
                problems.append(Problem("weight_nan", n.path, translate(
                    "Validation", "The weight of “{name}” is not a number.").format(name=name), node_id=n.id))
            elif neg and w > _EPS:
                problems.append(Problem("positive_negative", n.path, translate(
                    "Validation", "“{name}” is a negative indicator but its weight {weight} is positive.").format(name=name, weight=_fmt(w)), node_id=n.id))
            elif not neg and w < -_EPS:
                problems.append(Problem("negative_weight", n.path, translate(
                    "Validation", "“{name}” has a negative weight {weight}; mark it as a negative indicator or fix the weight.").format(
                        name=name, weight=_fmt(w)), node_id=n.id))
            if n.children:
                cs = sum(c.weight for c in n.children if c.weight == c.weight)
                if w == w and abs(cs - w) > _EPS:
                    problems.append(Problem("children_sum", n.path, translate(
                        "Validation", "The indicators under “{name}” add to {sum}, not {weight} ({delta:+g}).").format(
                            name=name, sum=_fmt(cs), weight=_fmt(w), delta=round(cs - w, 3)), round(cs - w, 6), n.id))
                visit(n.children, neg)

    visit(roots, False)
    return problems


def framework_stats(roots: list[Node]) -> dict[str, Any]:
    leaves = list(iter_leaves(roots))
    return {"level1": len([n for n in roots if not n.is_negative]),
            "negative": len([n for n in roots if n.is_negative]),
            "leaves": len(leaves),
            "weight": round(sum(n.weight for n in roots if not n.is_negative), 6),
            "depth": max((n.level for n in walk(roots)), default=0)}
