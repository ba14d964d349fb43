"""Money helpers (万元): budget execution, adjustment and arrival rates; arithmetic checks.

Rates are fractions (0.9914), shown with ``scoring.fmt_rate``. Definitions (domain §8):

- 预算执行率 execution rate = 实际支出 / 调整后预算 (actual / adjusted budget);
- 预算调整率 adjustment rate = |调整后预算 − 批复预算| / 批复预算 (the amount cut or
  added over the approved budget), per sub-project and combined (sum of the amounts
  over the sum of the approved budgets — not the mean of the rates);
- 资金到位率 arrival rate = 到位资金 / 批复预算 (funds received / approved budget).

A project's contracts are kept in ``Project.settings["money"]["sub_projects"]`` as
``[{"name", "approved", "adjusted", "actual", "received"?}]`` (the demo's shape).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from evaltool.errors import NotFoundError, ValidationError
from evaltool.i18n import translate
from evaltool.models import Project


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    if numerator is None or denominator is None or denominator == 0:
        return None
    return numerator / denominator


def execution_rate(actual: float | None, adjusted: float | None) -> float | None:
    """实际支出 / 调整后预算."""
    return ratio(actual, adjusted)


def adjustment_amount(approved: float | None, adjusted: float | None) -> float | None:
    if approved is None or adjusted is None:
        return None
    return abs(approved - adjusted)


def adjustment_rate(approved: float | None, adjusted: float | None) -> float | None:
    """|调整后预算 − 批复预算| / 批复预算."""
    return ratio(adjustment_amount(approved, adjusted), approved)


def arrival_rate(received: float | None, approved: float | None) -> float | None:
    """到位资金 / 批复预算."""
    return ratio(received, approved)


@dataclass
class BudgetLine:
    name: str
    approved: float | None
    adjusted: float | None
    actual: float | None
    received: float | None = None

    @property
    def adjustment(self) -> float | None:
        return adjustment_amount(self.approved, self.adjusted)

    @property
    def adjustment_rate(self) -> float | None:
        return adjustment_rate(self.approved, self.adjusted)

    @property
    def execution_rate(self) -> float | None:
        return execution_rate(self.actual, self.adjusted)

    @property
    def arrival_rate(self) -> float | None:
        return arrival_rate(self.received, self.approved)

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "approved": self.approved, "adjusted": self.adjusted,
                "actual": self.actual, "received": self.received, "adjustment": self.adjustment,
                "adjustment_rate": self.adjustment_rate, "execution_rate": self.execution_rate,
                "arrival_rate": self.arrival_rate}


def _sum(values: list[float | None]) -> float | None:
    vals = [v for v in values if v is not None]
    return sum(vals) if len(vals) == len(values) and vals else None


def combine(lines: list[BudgetLine], name: str = "") -> BudgetLine:
    """The combined line: sums of each amount (rates then follow from the sums)."""
    return BudgetLine(name or translate("Money", "Combined"), _sum([x.approved for x in lines]),
                      _sum([x.adjusted for x in lines]), _sum([x.actual for x in lines]),
                      _sum([x.received for x in lines]))


def budget_lines(session: Session, project_id: str) -> tuple[list[BudgetLine], BudgetLine]:
    """Per sub-project lines and the combined line (from the project's own figures if none)."""
    p = session.get(Project, project_id)
    if p is None or p.deleted:
        raise NotFoundError(project_id)
    subs = ((p.settings or {}).get("money") or {}).get("sub_projects") or []
    lines = [BudgetLine(str(x.get("name", "")), x.get("approved"), x.get("adjusted"), x.get("actual"),
                        x.get("received")) for x in subs]
    if lines:
        return lines, combine(lines)
    own = BudgetLine(p.name, p.budget_approved, p.budget_adjusted, p.actual_spending)
    return [], own


def set_sub_projects(session: Session, project_id: str, lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Replace the project's sub-project money lines; returns the previous ones (for undo)."""
    p = session.get(Project, project_id)
    if p is None or p.deleted:
        raise NotFoundError(project_id)
    for x in lines:
        if not str(x.get("name", "")).strip():
            raise ValidationError(translate("Errors", "A budget line needs a name."))
    settings = dict(p.settings or {})
    money = dict(settings.get("money") or {})
    before = list(money.get("sub_projects") or [])
    money["sub_projects"] = [dict(x) for x in lines]
    settings["money"] = money
    p.settings = settings
    session.flush()
    return before


# -- arithmetic checks ------------------------------------------------------------

_NUM = r"[-+]?\d+(?:,\d{3})*(?:\.\d+)?%?"
_EXPR = re.compile(rf"({_NUM}(?:\s*[×xX*÷/+\-]\s*{_NUM})+)\s*[=＝]\s*({_NUM})")


@dataclass
class ArithmeticCheck:
    expression: str
    stated: float
    computed: float
    ok: bool
    message: str

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _num(tok: str) -> float:
    tok = tok.replace(",", "")
    return float(tok[:-1]) / 100 if tok.endswith("%") else float(tok)


def _evaluate(expr: str) -> float:
    tokens = re.findall(rf"{_NUM}|[×xX*÷/+\-]", expr.replace(" ", ""))
    # numbers and operators alternate; unary signs belong to numbers through the regex
    values: list[float] = [_num(tokens[0])]
    ops: list[str] = []
    for op, tok in zip(tokens[1::2], tokens[2::2], strict=False):  # a trailing operator has no number
        n = _num(tok)
        if op in "×xX*":
            values[-1] *= n
        elif op in "÷/":
            values[-1] = values[-1] / n if n else float("nan")
        else:
            ops.append(op)
            values.append(n)
    total = values[0]
    for op, v in zip(ops, values[1:], strict=True):
        total = total + v if op == "+" else total - v
    return total


def check_arithmetic(text: str) -> list[ArithmeticCheck]:
    """Recompute every ``a × b = c`` (also ÷ + −, percentages) written in ``text``.

    The stated result is accepted when it equals the computed one rounded to the
    stated number of decimals (3.23 × 1.8405 = 5.94 is right, = 5.82 is flagged).
    """
    out: list[ArithmeticCheck] = []
    for m in _EXPR.finditer(text or ""):
        expr, stated_tok = m.group(1), m.group(2)
        try:
            computed = _evaluate(expr)
        except (ValueError, IndexError):
            continue
        stated = _num(stated_tok)
        plain = stated_tok.rstrip("%").replace(",", "")
        decimals = len(plain.split(".")[1]) if "." in plain else 0
        shown = computed * 100 if stated_tok.endswith("%") else computed
        ok = abs(shown - float(plain)) <= 0.5 * 10 ** (-decimals) + 1e-9
        msg = "" if ok else translate("Money", "{expr} is {computed}, not {stated}.").format(
            expr=expr.strip(), computed=f"{shown:.{max(decimals, 2)}f}", stated=stated_tok)
        out.append(ArithmeticCheck(expr.strip(), stated, computed, ok, msg))
    return out
