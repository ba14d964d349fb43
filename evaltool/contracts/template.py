"""The monthly assessment template of a contract: its leaves, their rules and roles.

Each contract keeps its own copy of a framework template (by default the shipped
``monthly_assessment``, seed 001: 时效性 30 + 服务质量 30 + 管理成效 40, plus 10 points per
adopted suggestion), so a later change to the shipped file never rewrites a year of
assessments. Two leaves have a role (``contract_role`` in the template, else guessed):

- ``timeliness``: scored from the month's fault register, not by evaluators; its rule's
  brackets (overrun of the limit in %, 30 / 18 / 9 / 0) are the contract's brackets;
- ``bonus``: a ``bonus`` rule (points per adopted suggestion) *outside* the weights — it
  adds to the month's total, limited only by the rule's own ``cap`` (none in seed 001).
  The leaf's weight (0) is not its cap: that was why the shipped template's bonus earned
  nothing.

Pure functions over template JSON; no database.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from evaltool.rules import propose
from evaltool.templates import load_template

DEFAULT_TEMPLATE = "monthly_assessment"
# Used when a contract's template has no timeliness leaf with brackets: seed 001's.
DEFAULT_TIMELINESS_RULE: dict[str, Any] = {
    "kind": "brackets", "unit": "%",
    "brackets": [
        {"min": None, "max": 0, "min_inclusive": True, "max_inclusive": True, "score": 30},
        {"min": 0, "max": 50, "min_inclusive": False, "max_inclusive": True, "score": 18},
        {"min": 50, "max": 100, "min_inclusive": False, "max_inclusive": True, "score": 9},
        {"min": 100, "max": None, "min_inclusive": False, "max_inclusive": True, "score": 0},
    ],
}


@dataclass(frozen=True)
class TemplateLeaf:
    path: str
    name: str
    name_en: str
    weight: float
    rule: dict[str, Any] | None
    role: str | None  # "timeliness" | "bonus" | None
    criteria: str = ""
    level1: str = ""


@dataclass
class MonthlyTemplate:
    name: str
    nodes: list[dict[str, Any]]
    leaves: list[TemplateLeaf] = field(default_factory=list)

    @property
    def scored_leaves(self) -> list[TemplateLeaf]:
        """Leaves the evaluators score (not timeliness, not the bonus)."""
        return [leaf for leaf in self.leaves if leaf.role is None]

    @property
    def timeliness(self) -> TemplateLeaf | None:
        return next((leaf for leaf in self.leaves if leaf.role == "timeliness"), None)

    @property
    def bonus(self) -> TemplateLeaf | None:
        return next((leaf for leaf in self.leaves if leaf.role == "bonus"), None)

    @property
    def weight(self) -> float:
        return sum(leaf.weight for leaf in self.leaves if leaf.role != "bonus")

    def leaf(self, ref: str) -> TemplateLeaf | None:
        """A leaf by path, or by a name unique in the template."""
        ref = (ref or "").strip().replace("／", "/")
        hit = next((leaf for leaf in self.leaves if leaf.path == ref), None)
        if hit is not None:
            return hit
        named = [leaf for leaf in self.leaves if ref in (leaf.name, leaf.name_en)]
        return named[0] if len(named) == 1 else None

    def timeliness_rule(self) -> dict[str, Any]:
        t = self.timeliness
        if t is not None and t.rule and t.rule.get("kind") == "brackets":
            return t.rule
        return DEFAULT_TIMELINESS_RULE

    @property
    def timeliness_weight(self) -> float:
        t = self.timeliness
        return t.weight if t is not None else 30.0


def _role(spec: dict[str, Any]) -> str | None:
    role = spec.get("contract_role")
    if role in ("timeliness", "bonus"):
        return str(role)
    if (spec.get("rule") or {}).get("kind") == "bonus":
        return "bonus"
    return None


def read_template(nodes: list[dict[str, Any]], name: str = "") -> MonthlyTemplate:
    """The leaves of a template's framework (paths joined with "/")."""
    leaves: list[TemplateLeaf] = []

    def visit(items: list[dict[str, Any]], prefix: str, level1: str) -> None:
        for n in items:
            path = f"{prefix}/{n['name']}" if prefix else str(n["name"])
            top = level1 or str(n["name"])
            if n.get("children"):
                visit(n["children"], path, top)
            else:
                leaves.append(TemplateLeaf(path, str(n["name"]), str(n.get("name_en") or ""),
                                           float(n.get("weight") or 0.0), n.get("rule"), _role(n),
                                           str(n.get("criteria") or ""), top))

    visit(nodes, "", "")
    if not any(leaf.role == "timeliness" for leaf in leaves):
        # a template without the marker: the brackets leaf under 时效性 / Timeliness
        for i, leaf in enumerate(leaves):
            if leaf.level1 in ("时效性", "Timeliness") and (leaf.rule or {}).get("kind") == "brackets":
                leaves[i] = TemplateLeaf(leaf.path, leaf.name, leaf.name_en, leaf.weight, leaf.rule,
                                         "timeliness", leaf.criteria, leaf.level1)
                break
    return MonthlyTemplate(name, nodes, leaves)


def default_template() -> tuple[str, list[dict[str, Any]]]:
    """The shipped monthly template (seed 001): its name and a deep copy of its framework."""
    t = load_template(DEFAULT_TEMPLATE)
    return t.name_zh, copy.deepcopy(t.framework)


def bonus_points(rule: dict[str, Any] | None, count: int | None) -> float:
    """Points for ``count`` adopted suggestions under a bonus rule: per × count, limited only
    by the rule's own cap (outside the 100, so the leaf's weight of 0 is not a cap)."""
    if not rule or not count:
        return 0.0
    per = float(rule.get("per") or 0.0)
    cap = rule.get("cap")
    limit = float(cap) if cap is not None else max(count, 0) * per
    p = propose(rule, {"count": count}, limit)
    return float(p.score or 0.0)
