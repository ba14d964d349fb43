"""Performance target table (绩效目标表) and the unit's self-evaluation table (自评表).

A target row has an operator (``>= <= = > <`` or ``text``), a target value with a
unit (份 / 次 / h / % / 人 / a date…) and an actual value. The operator is read the way
evaluators read a target (``infer_operator``): a quantity or a rate is a minimum unless
written otherwise ("100个" means at least 100; "≥" / "≤" / "=" / "不超过" / "以内" are
taken as written), a time limit (响应 / 修复 / 处理时间 in h, 分钟, 天 …) and a rate or
cost that should stay low (故障率, 投诉率, 成本 …) are maxima, a date is a deadline.
``judge`` computes met / partly / not_met where it can (numbers, dates, and text that
matches, or says 未 / 部分), ``unknown`` where it cannot: a person sets those by hand
(``status_manual``), and a manual status is never overwritten by recomputation.
``completion_rate`` gives each row's 完成率 (96 of 100 → 96.00 %).

Rows belong to a sub-project (e.g. 运维服务项目, ``Target.sub_project``) when the
project has several contracts; they carry the reason a target was missed (未完成原因)
and, in the 自评表, the points (分值) and the unit's own score (自评分).
"""
from __future__ import annotations

import difflib
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
            "unit", "actual_text", "actual_value", "status", "status_manual", "note", "position",
            "sub_project", "reason", "points", "self_score")
_OP_CHARS = {"≥": ">=", "＞": ">", "≤": "<=", "＜": "<", "＝": "=", ">=": ">=", "<=": "<=",
             ">": ">", "<": "<", "=": "=", "⩾": ">=", "⩽": "<="}
_OP_WORDS = (("不少于", ">="), ("不低于", ">="), ("不小于", ">="), ("大于等于", ">="), ("至少", ">="),
             ("达到", ">="), ("不超过", "<="), ("不高于", "<="), ("不大于", "<="), ("小于等于", "<="),
             ("最多", "<="), ("控制在", "<="), ("低于", "<"), ("少于", "<"), ("小于", "<"), ("高于", ">"),
             ("多于", ">"), ("大于", ">"), ("超过", ">"), ("等于", "="))
_OP_SUFFIXES = (("以上", ">="), ("及以上", ">="), ("以内", "<="), ("以下", "<="), ("及以下", "<="), ("内", "<="))
_NUM = re.compile(r"[-+]?\d+(?:\.\d+)?")
_UNITS = r"[%％a-zA-Z个份次人项天日月年小时分钟秒万元台套件条篇家所场期批宗户张册本处周轮]+"
_TIME_UNITS = ("h", "小时", "分钟", "min", "秒", "s", "天", "日", "工作日", "周", "个月", "月")
_TIME_LIMIT_WORDS = ("响应", "修复", "处理", "到场", "恢复", "办结", "办理", "等待", "时限", "用时", "耗时",
                     "周期", "时长", "处置", "解决", "整改", "回复", "反馈", "完成时间", "审批")
_TIME_MINIMUM_WORDS = ("无故障", "运行时间", "在线", "可用", "服务期", "驻场", "工作时间", "保存", "保留", "存储")
_LOW_IS_GOOD = ("故障率", "差错率", "错误率", "投诉率", "发生率", "事故", "缺陷率", "流失率", "超支", "偏差率",
                "返工率", "延误率", "超时率", "不合格率", "失败率", "成本", "费用", "单价", "造价", "支出")
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


def infer_operator(name: str, unit: str) -> str:
    """The operator of a target written without one, as an evaluator reads it.

    Time limits (a time unit and a name about responding, repairing, handling …) and
    figures that should stay low (故障率, 成本 …) are maxima; everything else — counts,
    rates, satisfaction, uptime — is a minimum.
    """
    n = (name or "").replace(" ", "")
    u = (unit or "").strip().lower()
    if any(w in n for w in _LOW_IS_GOOD):
        return "<="
    if u in _TIME_UNITS or any(u.endswith(t) for t in ("小时", "分钟", "工作日")):
        if any(w in n for w in _TIME_MINIMUM_WORDS):
            return ">="
        return "<="  # a time written as a target is a limit (响应时间 30分钟)
    return ">="


def parse_target(text: str, name: str = "") -> tuple[str, float | None, str]:
    """"≥12份" → (">=", 12.0, "份"); "100个" → (">=", 100.0, "个"); "全文备份" → ("text", None, "").

    Without an operator the target is read by ``infer_operator`` from ``name`` and the
    unit ("2h" for 响应时间 is "<="). A date ("2022年12月底") is ("text", None, "") and
    judged as a deadline.
    """
    s = (text or "").strip().replace("％", "%")
    op = None
    for word, o in _OP_WORDS:
        if s.startswith(word):
            op, s = o, s[len(word):].strip()
            break
    if op is None:
        for sym in sorted(_OP_CHARS, key=len, reverse=True):
            if s.startswith(sym):
                op, s = _OP_CHARS[sym], s[len(sym):].strip()
                break
    m = _NUM.match(s.replace(",", ""))
    if not m or (parse_date(s) is not None and re.match(r"\d{4}[-/年.]", s)):
        return (op or "text"), None, ""
    rest = s.replace(",", "")[m.end():].strip()
    for word, o in _OP_SUFFIXES:
        if rest.endswith(word) and op is None:
            op, rest = o, rest[: -len(word)].strip()
            break
    if rest and not re.fullmatch(_UNITS, rest):
        return "text", None, ""
    return op or infer_operator(name, rest), float(m.group()), rest


_NEGATIVE_TEXT = ("未完成", "未达到", "未实现", "未建立", "未开展", "未提供", "未落实", "没有", "尚未", "未")
_PARTLY_TEXT = ("部分", "基本", "大部分")


def _judge_text(target_text: str, actual_text: str) -> str:
    t, a = target_text.strip(), actual_text.strip()
    if not t or not a:
        return "unknown"
    if a == t or (t in a and not any(w in a.replace(t, "") for w in _NEGATIVE_TEXT)):
        return "met"
    if any(a.startswith(w) or w in a[:4] for w in _PARTLY_TEXT):
        return "partly"
    if any(w in a for w in _NEGATIVE_TEXT):
        return "not_met"
    return "unknown"


def _actual_bound(actual_text: str) -> tuple[str, float] | None:
    """An actual written as a bound ("＜10000h", "≤2h"): (operator, number)."""
    s = (actual_text or "").strip()
    for sym in sorted(_OP_CHARS, key=len, reverse=True):
        if s.startswith(sym):
            n = parse_number(s[len(sym):])
            return (_OP_CHARS[sym], n) if n is not None else None
    return None


def judge(operator: str, target_value: float | None, actual_value: float | None,
          target_text: str = "", actual_text: str = "") -> str:
    """met / partly / not_met / unknown for one target.

    Numbers: ``>=`` met when actual ≥ target, partly when actual ≥ 80 % of it, else
    not met; ``<=`` met when actual ≤ target, partly up to 125 % of it; ``=`` met
    when equal (0.01 % tolerance), partly within 80 %; ``>`` / ``<`` strict. An actual
    written as a bound ("≤2h", "＜10000h") is met or not met when the bound decides it.
    Dates (in the texts): the actual date on or before a target date is met. Text: met
    when the actual says the target, not met when it says 未…, partly when 部分…; else
    unknown (a person decides).
    """
    if operator not in OPERATORS:
        return "unknown"
    t = target_value if target_value is not None else parse_number(target_text) if operator != "text" else None
    bound = _actual_bound(actual_text) if actual_value is None else None
    if operator != "text" and t is not None and bound is not None:
        bop, bv = bound
        if operator in (">=", ">") and bop in ("<", "<=") and bv <= t:
            return "not_met"
        if operator in ("<=", "<") and bop in ("<", "<=") and bv <= t:
            return "met"
        if operator in ("<=", "<") and bop in (">", ">=") and bv >= t:
            return "not_met"
        if operator in (">=", ">") and bop in (">", ">=") and bv >= t:
            return "met"
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
        if abs(a - t) <= tol:
            return "met"
        return "partly" if t and a and min(a, t) / max(a, t) >= PARTLY_FROM else "not_met"
    td, ad = parse_date(target_text), parse_date(actual_text)
    if td is not None and ad is not None:
        return "met" if ad <= td else "not_met"
    if operator == "text":
        return _judge_text(target_text, actual_text)
    return "unknown"


def completion_rate(operator: str, target_value: float | None, actual_value: float | None,
                    target_text: str = "", actual_text: str = "", status: str = "") -> float | None:
    """完成率 of one row as a fraction, at most 1 (None when it cannot be worked out).

    A minimum: actual / target (96 of 100 → 0.96). A maximum: 1 when kept, else target /
    actual (4 h against ≤ 2 h → 0.5; a limit of 0 exceeded → 0). An exact target: the
    smaller over the larger. Dates and text: 1 when met, 0 when not met.
    """
    t = target_value if target_value is not None else parse_number(target_text) if operator not in ("text",) else None
    a = actual_value if actual_value is not None else (
        parse_number(actual_text) if actual_text and operator != "text" and _actual_bound(actual_text) is None else None)
    if operator in OPERATORS and operator != "text" and t is not None and a is not None:
        if operator in (">=", ">"):
            if t <= 0:
                return 1.0 if a >= t else 0.0
            return max(0.0, min(a / t, 1.0))
        if operator in ("<=", "<"):
            if a <= t:
                return 1.0
            return max(0.0, min(t / a, 1.0)) if a > 0 and t > 0 else 0.0
        if t == a:
            return 1.0
        return max(0.0, min(a, t) / max(a, t)) if max(a, t) > 0 else None
    if status == "met":
        return 1.0
    if status == "not_met" and (operator == "text" or parse_date(target_text) is not None):
        return 0.0
    return None


@dataclass
class TargetRow:
    """A session-free target row; ``completion`` is its 完成率 (fraction) or None."""

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
    reason: str = ""
    points: float | None = None
    self_score: float | None = None
    completion: float | None = None

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _row(t: Target) -> TargetRow:
    computed = judge(t.operator, t.target_value, t.actual_value, t.target_text, t.actual_text)
    completion = completion_rate(t.operator, t.target_value, t.actual_value, t.target_text, t.actual_text,
                                 t.status)
    return TargetRow(t.id, t.table_kind, t.sub_project or "", t.level1, t.level2, t.name,
                     t.target_text, t.operator, t.target_value, t.unit, t.actual_text,
                     t.actual_value, t.status, bool(t.status_manual), computed, t.note or "",
                     t.position or 0.0, t.reason or "", t.points, t.self_score, completion)


def list_targets(session: Session, project_id: str, table_kind: str | None = "declared") -> list[TargetRow]:
    q = select(Target).where(Target.project_id == project_id, Target.deleted.is_(False))
    if table_kind:
        q = q.where(Target.table_kind == table_kind)
    return [_row(t) for t in sorted(session.scalars(q), key=lambda t: (t.position or 0.0, t.name))]


def _target(session: Session, target_id: str) -> Target:
    return get_row(session, Target, target_id, missing=translate("Errors", "No such target row."))


def _score(value: Any, what: str) -> float | None:
    if value is None or value == "":
        return None
    try:
        f = float(value)
    except (TypeError, ValueError) as exc:
        raise ValidationError(translate("Errors", "“{field}” must be a number, not “{value}”.").format(
            field=what, value=value)) from exc
    if f < 0:
        raise ValidationError(translate("Errors", "“{field}” must be zero or more, not “{value}”.").format(
            field=what, value=value))
    return f


def _actual_number(op: str, actual_text: str) -> float | None:
    if op == "text" or not actual_text or _actual_bound(actual_text) is not None:
        return None
    return parse_number(actual_text)


def add_target(session: Session, project_id: str, *, name: str, target_text: str = "",
               actual_text: str = "", level1: str = "", level2: str = "", table_kind: str = "declared",
               sub_project_name: str = "", note: str = "", status: str | None = None, reason: str = "",
               points: float | None = None, self_score: float | None = None,
               position: float | None = None) -> Target:
    """A new row; operator, value and unit read from ``target_text`` (and the name), status computed."""
    if not (name or "").strip():
        raise ValidationError(translate("Errors", "A performance target needs a name."))
    if table_kind not in TABLE_KINDS:
        raise ValidationError(translate("Errors", "Unknown target table “{kind}”; use declared or self_eval.").format(
            kind=table_kind))
    if status is not None and status not in STATUSES:
        raise ValidationError(translate("Errors", "Unknown status “{status}”; use met, partly, not_met or unknown.").format(
            status=status))
    if position is None:
        positions = session.scalars(select(Target.position).where(Target.project_id == project_id)).all()
        position = (max(positions) + 1.0) if positions else 1.0
    op, value, unit = parse_target(target_text, name)
    t = Target(project_id=project_id, table_kind=table_kind, level1=level1, level2=level2,
               name=name.strip(), target_text=target_text, operator=op, target_value=value, unit=unit,
               actual_text=actual_text, actual_value=_actual_number(op, actual_text),
               note=note, sub_project=(sub_project_name or "").strip(), reason=reason or "",
               points=_score(points, translate("Targets", "points")),
               self_score=_score(self_score, translate("Targets", "self-evaluation score")), position=position)
    t.status = status or judge(op, value, t.actual_value, target_text, actual_text)
    t.status_manual = status is not None
    session.add(t)
    session.flush()
    return t


def update_target(session: Session, target_id: str, **fields: Any) -> dict[str, Any]:
    """Edit a row; returns the previous values of the edited fields (for undo).

    Editing ``target_text`` (or the name) re-reads operator/value/unit, ``actual_text``
    re-reads the actual number; the status is recomputed unless it was set by hand.
    Passing ``status`` sets it by hand; ``status=None`` hands it back to the computation.
    """
    t = _target(session, target_id)
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise ValidationError(translate("Errors", "Unknown field(s): {names}.").format(names=", ".join(sorted(unknown))))
    if "name" in fields and not str(fields["name"] or "").strip():
        raise ValidationError(translate("Errors", "A performance target needs a name."))
    for key, what in (("points", translate("Targets", "points")),
                      ("self_score", translate("Targets", "self-evaluation score"))):
        if key in fields:
            fields[key] = _score(fields[key], what)
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
    if ({"target_text", "name"} & set(fields)) and not {"operator", "target_value", "unit"} & set(fields):
        t.operator, t.target_value, t.unit = parse_target(t.target_text, t.name)
    if ({"actual_text", "target_text", "name"} & set(fields)) and "actual_value" not in fields:
        t.actual_value = _actual_number(t.operator, t.actual_text)
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
    """One line where the declared table and the self-evaluation table differ.

    ``kind``: only_declared | only_self_eval | target_changed | renamed (the rows were
    matched by meaning though their names differ; ``self_eval_name`` is the other name).
    """

    kind: str
    sub_project: str
    level2: str
    name: str
    declared: str = ""
    self_eval: str = ""
    message: str = ""
    self_eval_name: str = ""

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


_BRACKETS = re.compile(r"[（(][^（）()]{0,12}[）)]")
_NOISE = re.compile(r"[\s、，,。.:：;；“”\"'《》<>〈〉【】\[\]/\\\-—_%％]|指标$")


def name_key(name: str) -> str:
    """A name reduced to what it means: brackets (（份）, (MTBF)), spaces, punctuation dropped."""
    s = _BRACKETS.sub("", name or "")
    s = _NOISE.sub("", s)
    return (s or (name or "")).casefold()


def _similar(a: str, b: str) -> float:
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return 0.0
    if ka == kb:
        return 1.0
    if len(ka) >= 3 and len(kb) >= 3 and (ka in kb or kb in ka):
        return 0.9
    return difflib.SequenceMatcher(None, ka, kb).ratio()


MATCH_FROM = 0.6  # similarity from which two rows of the same level-2 are the same target


def match_rows(left: list[TargetRow], right: list[TargetRow]) -> list[tuple[TargetRow | None, TargetRow | None]]:
    """Pairs of rows meaning the same target, then the rows of either side left alone.

    Exact names first, then names equal once brackets and punctuation are dropped, then
    the most similar pairs (same sub-project; the same level-2 counts for a little).
    """
    pairs: list[tuple[TargetRow | None, TargetRow | None]] = []
    free_l, free_r = list(left), list(right)
    for key_fn in (lambda r: r.name.strip(), lambda r: name_key(r.name)):
        index: dict[tuple[str, str], TargetRow] = {}
        for r in free_r:
            index.setdefault((r.sub_project, key_fn(r)), r)
        still: list[TargetRow] = []
        for row in free_l:
            other = index.pop((row.sub_project, key_fn(row)), None)
            if other is None:
                still.append(row)
            else:
                pairs.append((row, other))
                free_r.remove(other)
        free_l = still
    scored = []
    for a in free_l:
        for b in free_r:
            if a.sub_project != b.sub_project:
                continue
            sim = _similar(a.name, b.name) + (0.05 if a.level2 and a.level2 == b.level2 else 0.0)
            if sim >= MATCH_FROM:
                scored.append((sim, a.id, b.id, a, b))
    for _sim, _ai, _bi, a, b in sorted(scored, key=lambda x: (-x[0], x[1], x[2])):
        if a in free_l and b in free_r:
            pairs.append((a, b))
            free_l.remove(a)
            free_r.remove(b)
    pairs += [(a, None) for a in free_l]
    pairs += [(None, b) for b in free_r]
    return pairs


def _norm_target(text: str) -> str:
    return re.sub(r"\s", "", (text or "").replace("＞", ">").replace("＜", "<").replace("％", "%")).casefold()


def compare_tables(session: Session, project_id: str) -> list[Difference]:
    """Line-by-line comparison of the declared table with the self-evaluation table."""
    return compare_tables_rows(list_targets(session, project_id, None))


def compare_tables_rows(rows: list[TargetRow]) -> list[Difference]:
    """``compare_tables`` on rows already read (both tables, any order).

    Rows are matched by meaning (``match_rows``). Only sub-projects that appear in the
    self-evaluation table are compared (a table usually covers one contract).
    """
    declared = [r for r in rows if r.table_kind == "declared"]
    own = [r for r in rows if r.table_kind == "self_eval"]
    subs = {r.sub_project for r in own}
    declared = [r for r in declared if r.sub_project in subs]
    out: list[Difference] = []
    order = {r.id: i for i, r in enumerate(declared + own)}
    pairs = sorted(match_rows(declared, own), key=lambda p: order[(p[0] or p[1]).id])  # type: ignore[union-attr]
    for d, o in pairs:
        if d is not None and o is None:
            out.append(Difference("only_declared", d.sub_project, d.level2, d.name, d.target_text, "",
                                  translate("Targets", "In the target table but not in the self-evaluation table.")))
        elif d is None and o is not None:
            out.append(Difference("only_self_eval", o.sub_project, o.level2, o.name, "", o.target_text,
                                  translate("Targets", "In the self-evaluation table but not in the target table.")))
        elif d is not None and o is not None:
            changed = _norm_target(d.target_text) != _norm_target(o.target_text)
            if d.name.strip() != o.name.strip():
                msg = translate("Targets", "Named “{a}” in the target table and “{b}” in the self-evaluation table.").format(
                    a=d.name, b=o.name)
                if changed:
                    msg += " " + translate("Targets", "Target value changed from {a} to {b}.").format(
                        a=d.target_text, b=o.target_text)
                out.append(Difference("renamed", d.sub_project, d.level2, d.name, d.target_text, o.target_text, msg,
                                      o.name))
            elif changed:
                out.append(Difference("target_changed", d.sub_project, d.level2, d.name, d.target_text, o.target_text,
                                      translate("Targets", "Target value changed from {a} to {b}.").format(
                                          a=d.target_text, b=o.target_text)))
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
