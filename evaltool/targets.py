"""Performance target table (绩效目标表) and the unit's self-evaluation table (自评表).

A target row has an operator (``>= <= = > <`` or ``text``), a target value with a
unit (份 / 次 / h / % / 人 / a date…) and an actual value. ``judge`` computes met /
partly / not_met where it can (numbers and dates), ``unknown`` where it cannot
(free text): a person sets those by hand (``status_manual``), and a manual status
is never overwritten by recomputation.

Rows belong to a sub-project (e.g. 运维服务项目) when the project has several
contracts. The Target record has no column for it, so it is kept as the prefix of
``note`` up to the first "；" (the shape the demo data uses); ``sub_project(row)``
reads it and ``add_target`` writes it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from evaltool.errors import ValidationError
from evaltool.i18n import translate
from evaltool.models import Target
from evaltool.records import get_row, restore_fields, set_deleted

OPERATORS = (">=", "<=", "=", ">", "<", "text")
STATUSES = ("met", "partly", "not_met", "unknown")
TABLE_KINDS = ("declared", "self_eval")
EDITABLE = ("table_kind", "level1", "level2", "name", "target_text", "operator", "target_value",
            "unit", "actual_text", "actual_value", "status", "status_manual", "note", "position")
_OP_CHARS = {"≥": ">=", "＞": ">", "≤": "<=", "＜": "<", "＝": "=", ">=": ">=", "<=": "<=",
             ">": ">", "<": "<", "=": "="}
_NUM = re.compile(r"[-+]?\d+(?:\.\d+)?")
# Share of the target below which a ">=" target counts as not met rather than partly met.
PARTLY_FROM = 0.8


def parse_number(text: str | None) -> float | None:
    """The first number in a text ("94.88%" → 94.88, "1份" → 1), or None."""
    if text is None:
        return None
    m = _NUM.search(str(text).replace(",", "").replace("，", ""))
    return float(m.group()) if m else None


def parse_date(text: Any) -> date | None:
    """YYYY-MM-DD, YYYY/MM/DD, YYYY年M月D日, YYYY年M月(底) (= the month's last day)."""
    if text is None:
        return None
    s = str(text).strip()
    m = re.search(r"(\d{4})[-/年.](\d{1,2})(?:[-/月.](\d{1,2}))?", s)
    if not m:
        return None
    y, mo = int(m.group(1)), int(m.group(2))
    if not 1 <= mo <= 12:
        return None
    if m.group(3):
        try:
            return date(y, mo, int(m.group(3)))
        except ValueError:
            return None
    nxt = date(y + (mo == 12), mo % 12 + 1, 1)
    return date.fromordinal(nxt.toordinal() - 1)


def parse_target(text: str) -> tuple[str, float | None, str]:
    """"≥12份" → (">=", 12.0, "份"); "100%" → ("=", 100.0, "%"); "全文备份" → ("text", None, "")."""
    s = (text or "").strip()
    op = None
    for sym in sorted(_OP_CHARS, key=len, reverse=True):
        if s.startswith(sym):
            op, s = _OP_CHARS[sym], s[len(sym):].strip()
            break
    m = _NUM.match(s.replace(",", ""))
    if not m or (parse_date(s) is not None and re.match(r"\d{4}[-/年.]", s)):
        return (op or "text"), None, ""
    rest = s[m.end():].strip()
    if rest and not re.fullmatch(r"[%％a-zA-Z个份次人项天日月年小时分钟万元元台套件条篇]+", rest):
        return "text", None, ""
    return op or "=", float(m.group()), rest.replace("％", "%")


def judge(operator: str, target_value: float | None, actual_value: float | None,
          target_text: str = "", actual_text: str = "") -> str:
    """met / partly / not_met / unknown for one target.

    Numbers: ``>=`` met when actual ≥ target, partly when actual ≥ 80 % of it, else
    not met; ``<=`` met when actual ≤ target, partly up to 125 % of it; ``=`` met
    when equal (0.01 % tolerance); ``>`` / ``<`` strict. Dates (in the texts): the
    actual date on or before a target date is met. Text: met only when identical.
    """
    if operator not in OPERATORS:
        return "unknown"
    t = target_value if target_value is not None else parse_number(target_text) if operator != "text" else None
    a = actual_value if actual_value is not None else (parse_number(actual_text) if actual_text and operator != "text" else None)
    if operator != "text" and t is not None and a is not None:
        tol = max(abs(t) * 1e-4, 1e-9)
        if operator == ">=":
            return "met" if a >= t - tol else ("partly" if t > 0 and a >= PARTLY_FROM * t else "not_met")
        if operator == ">":
            return "met" if a > t else ("partly" if t > 0 and a >= PARTLY_FROM * t else "not_met")
        if operator == "<=":
            return "met" if a <= t + tol else ("partly" if t > 0 and a <= t / PARTLY_FROM else "not_met")
        if operator == "<":
            return "met" if a < t else ("partly" if t > 0 and a <= t / PARTLY_FROM else "not_met")
        return "met" if abs(a - t) <= tol else "not_met"
    td, ad = parse_date(target_text), parse_date(actual_text)
    if td is not None and ad is not None:
        return "met" if ad <= td else "not_met"
    if operator == "text" and target_text.strip() and actual_text.strip():
        return "met" if target_text.strip() == actual_text.strip() else "unknown"
    return "unknown"


@dataclass
class TargetRow:
    """A session-free target row."""

    id: str
    table_kind: str
    sub_project: str
    level1: str
    level2: str
    name: str
    target_text: str
    operator: str
    target_value: float | None
    unit: str
    actual_text: str
    actual_value: float | None
    status: str
    status_manual: bool
    computed: str
    note: str
    position: float

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def sub_project(note: str) -> str:
    head, sep, _rest = (note or "").partition("；")
    return head.strip() if sep and len(head) <= 40 else ""


def _row(t: Target) -> TargetRow:
    computed = judge(t.operator, t.target_value, t.actual_value, t.target_text, t.actual_text)
    return TargetRow(t.id, t.table_kind, sub_project(t.note), t.level1, t.level2, t.name,
                     t.target_text, t.operator, t.target_value, t.unit, t.actual_text,
                     t.actual_value, t.status, bool(t.status_manual), computed, t.note,
                     t.position or 0.0)


def list_targets(session: Session, project_id: str, table_kind: str | None = "declared") -> list[TargetRow]:
    q = select(Target).where(Target.project_id == project_id, Target.deleted.is_(False))
    if table_kind:
        q = q.where(Target.table_kind == table_kind)
    return [_row(t) for t in sorted(session.scalars(q), key=lambda t: (t.position or 0.0, t.name))]


def _target(session: Session, target_id: str) -> Target:
    return get_row(session, Target, target_id, missing=translate("Errors", "No such target row."))


def add_target(session: Session, project_id: str, *, name: str, target_text: str = "",
               actual_text: str = "", level1: str = "", level2: str = "", table_kind: str = "declared",
               sub_project_name: str = "", note: str = "", status: str | None = None) -> Target:
    """A new row; operator, value and unit parsed from ``target_text``, status computed."""
    if not (name or "").strip():
        raise ValidationError(translate("Errors", "A performance target needs a name."))
    if table_kind not in TABLE_KINDS:
        raise ValidationError(f"unknown table kind: {table_kind}")
    positions = session.scalars(select(Target.position).where(Target.project_id == project_id)).all()
    op, value, unit = parse_target(target_text)
    t = Target(project_id=project_id, table_kind=table_kind, level1=level1, level2=level2,
               name=name.strip(), target_text=target_text, operator=op, target_value=value, unit=unit,
               actual_text=actual_text, actual_value=parse_number(actual_text) if op != "text" else None,
               note=(f"{sub_project_name}；" if sub_project_name else "") + note,
               position=(max(positions) + 1.0) if positions else 1.0)
    t.status = status or judge(op, value, t.actual_value, target_text, actual_text)
    t.status_manual = status is not None
    session.add(t)
    session.flush()
    return t


def update_target(session: Session, target_id: str, **fields: Any) -> dict[str, Any]:
    """Edit a row; returns the previous values of the edited fields (for undo).

    Editing ``target_text`` re-parses operator/value/unit, ``actual_text`` re-reads
    the actual number; the status is recomputed unless it was set by hand.
    Passing ``status`` sets it by hand; ``status=None`` hands it back to the computation.
    """
    t = _target(session, target_id)
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise ValidationError(f"unknown target fields: {', '.join(sorted(unknown))}")
    before = {k: getattr(t, k) for k in set(fields) | {"operator", "target_value", "unit", "actual_value", "status", "status_manual"}}
    if "status" in fields:
        st = fields.pop("status")
        if st is None:
            t.status_manual = False
        elif st not in STATUSES:
            raise ValidationError(translate("Errors", "Unknown status “{status}”; use met, partly, not_met or unknown.").format(status=st))
        else:
            t.status, t.status_manual = st, True
    for k, v in fields.items():
        setattr(t, k, v)
    if "target_text" in fields and not {"operator", "target_value", "unit"} & set(fields):
        t.operator, t.target_value, t.unit = parse_target(t.target_text)
    if "actual_text" in fields and "actual_value" not in fields:
        t.actual_value = parse_number(t.actual_text) if t.operator != "text" else None
    if not t.status_manual:
        t.status = judge(t.operator, t.target_value, t.actual_value, t.target_text, t.actual_text)
    session.flush()
    return before


def restore_target(session: Session, target_id: str, values: dict[str, Any]) -> None:
    restore_fields(session, _target(session, target_id), values)


def delete_target(session: Session, target_id: str, deleted: bool = True) -> None:
    set_deleted(session, Target, target_id, deleted)


@dataclass
class TargetCounts:
    total: int = 0
    met: int = 0
    partly: int = 0
    not_met: int = 0
    unknown: int = 0

    @property
    def met_or_mostly(self) -> int:
        return self.met + self.partly

    def as_json(self) -> dict[str, int]:
        return {"total": self.total, "met": self.met, "partly": self.partly,
                "not_met": self.not_met, "unknown": self.unknown}


def count_targets(rows: list[TargetRow]) -> dict[str, TargetCounts]:
    """Counts per sub-project ("" = rows without one) and over all rows ("*")."""
    out: dict[str, TargetCounts] = {"*": TargetCounts()}
    for r in rows:
        for key in {"*", r.sub_project}:
            c = out.setdefault(key, TargetCounts())
            c.total += 1
            setattr(c, r.status if r.status in STATUSES else "unknown",
                    getattr(c, r.status if r.status in STATUSES else "unknown") + 1)
    return out


@dataclass
class Difference:
    """One line where the declared table and the self-evaluation table differ."""

    kind: str  # only_declared | only_self_eval | target_changed
    sub_project: str
    level2: str
    name: str
    declared: str = ""
    self_eval: str = ""
    message: str = ""

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _key(name: str) -> str:
    return re.sub(r"[\s（）()%％]", "", name or "").casefold()


def _norm_target(text: str) -> str:
    return re.sub(r"\s", "", (text or "").replace("＞", ">").replace("＜", "<")).casefold()


def compare_tables(session: Session, project_id: str) -> list[Difference]:
    """Line-by-line comparison of the declared table with the self-evaluation table.

    Rows match by sub-project and name. Only sub-projects that appear in the
    self-evaluation table are compared (a table usually covers one contract).
    """
    declared = list_targets(session, project_id, "declared")
    own = list_targets(session, project_id, "self_eval")
    subs = {r.sub_project for r in own}
    declared = [r for r in declared if r.sub_project in subs]
    by_key = {(r.sub_project, _key(r.name)): r for r in own}
    seen: set[tuple[str, str]] = set()
    out: list[Difference] = []
    for d in declared:
        k = (d.sub_project, _key(d.name))
        o = by_key.get(k)
        if o is None:
            out.append(Difference("only_declared", d.sub_project, d.level2, d.name, d.target_text, "",
                                  translate("Targets", "In the target table but not in the self-evaluation table.")))
            continue
        seen.add(k)
        if _norm_target(d.target_text) != _norm_target(o.target_text):
            out.append(Difference("target_changed", d.sub_project, d.level2, d.name, d.target_text, o.target_text,
                                  translate("Targets", "Target value changed from {a} to {b}.").format(a=d.target_text, b=o.target_text)))
    for o in own:
        if (o.sub_project, _key(o.name)) not in seen:
            out.append(Difference("only_self_eval", o.sub_project, o.level2, o.name, "", o.target_text,
                                  translate("Targets", "In the self-evaluation table but not in the target table.")))
    return out


def recompute_statuses(session: Session, project_id: str) -> int:
    """Recompute every status not set by hand; returns how many changed."""
    n = 0
    for t in session.scalars(select(Target).where(Target.project_id == project_id, Target.deleted.is_(False))):
        if t.status_manual:
            continue
        st = judge(t.operator, t.target_value, t.actual_value, t.target_text, t.actual_text)
        if st != t.status:
            t.status = st
            n += 1
    session.flush()
    return n


@dataclass
class TargetsOverview:
    rows: list[TargetRow] = field(default_factory=list)
    counts: dict[str, TargetCounts] = field(default_factory=dict)
