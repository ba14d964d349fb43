"""The data against itself: figures the project keeps in two places must agree.

- a leaf's texts: "本项合计得 X 分" / "本项得 X 分" in a comment against the score it
  comments; "完成率为 71.43%，故本项得 2.14 分" against rate × weight (rate and completion
  rules); the criteria's own maximum ("满分2分") against the leaf's weight, its points
  ("①1分；②1分；③1分；④2分") and "每个要点0.5分" × the numbered points of the
  assessment text (①②③④);
- final scores against their rule's proposal (the deciding lead's inputs, else the
  evaluators' when they all propose the same), reason or not: a departure is a
  finding the team dismisses with its reason once it has looked at it;
- a rule's inputs against the money figures: a 预算执行率 / 预算调整率 / 资金到位率 leaf
  whose inputs (rate, value in %, numerator ÷ denominator) give a rate no budget line has;
- sub-project money lines against the project's own 批复预算 / 调整后预算 / 实际支出;
- the figures an imported score sheet stated (its 合计 and 小计 rows, when the importer
  keeps them in ``Project.settings["imported_from"]["stated"]`` as
  ``{"total": 81.415, "nodes": [{"path": "决策/项目立项", "weight": 3.5, "score": 3, "row": 7}]}``)
  against the totals of the imported leaves.

Qt-free, pure over ``ProjectFacts``.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal, localcontext
from typing import Any

from evaltool.check.facts import LeafFact, MoneyLine, ProjectFacts, dec, ratio
from evaltool.check.model import Finding, Place, Statement
from evaltool.check.numbers import (
    NUMBER,
    agrees,
    context,
    decimals_of,
    fold,
    plain,
    round_half_up,
    same_figure,
    show,
    to_decimal,
)
from evaltool.i18n import translate

TOLERANCE = Decimal("0.0005")  # scores are shown with 3 decimals
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_LEAF_TOTAL_RE = re.compile(rf"(?:本项|此项|本指标)(?:合计|共)?得\s*(?P<n>{NUMBER})\s*分")
_RATE_SCORE_RE = re.compile(rf"(?P<r>{NUMBER})\s*%[^。；;\n%]{{0,12}}?(?:故|因此|所以)?\s*(?:本项|此项)(?:合计)?得\s*"
                            rf"(?P<s>{NUMBER})\s*分")
_FULL_RE = re.compile(rf"满分(?:为|是)?\s*(?P<n>{NUMBER})\s*分")
_POINT_RE = re.compile(rf"每(?:满足|符合)?(?:一)?(?:个|项|条)?要点(?:得)?\s*(?P<n>{NUMBER})\s*分")
_ITEM_RE = re.compile(rf"(?P<c>[{CIRCLED}])[^{CIRCLED}]{{0,40}}?(?P<n>{NUMBER})\s*分")
MONEY_LEAVES = (("执行率", "execution"), ("调整率", "adjustment_rate"), ("到位率", "arrival"))


def _t(text: str) -> str:
    return translate("Check", text)


# -- a leaf's texts -----------------------------------------------------------------

def leaf_total_statements(text: str, value: Decimal | None) -> list[Statement]:
    """"本项合计得 X 分" in a comment against the score ``value`` it belongs to."""
    if value is None:
        return []
    f = fold(text)
    out = []
    for m in _LEAF_TOTAL_RE.finditer(f):
        if f.rfind("“", 0, m.start()) > f.rfind("”", 0, m.start()):
            continue  # quoted (“正文写‘本项得2分’”): a citation, not this comment's own total
        v, d = to_decimal(m.group("n")), decimals_of(m.group("n"))
        out.append(Statement("leaf_total", m.span("n"), m.span(), m.group("n"), plain(value, 3),
                             same_figure(v, d, value), _t("the score recorded for this leaf"), (), True))
    return out


_THIS_LEAF_RE = re.compile(rf"(?:该|本|此)(?:项)?指标(?:的)?(?:分值|权重)(?:为|是)?\s*(?P<w>{NUMBER})\s*分[，,]\s*"
                           rf"(?:评价)?得分(?:为|是)?\s*(?P<s>{NUMBER})\s*分(?:[，,]\s*得分率(?:为|是)?\s*"
                           rf"(?P<r>{NUMBER})\s*%)?")


def this_leaf_statements(text: str, leaf: LeafFact, value: Decimal | None) -> list[Statement]:
    """"该指标分值 3 分，评价得分 2.5 分，得分率 83.33%" in a leaf's comment against the leaf."""
    f = fold(text)
    out = []
    for m in _THIS_LEAF_RE.finditer(f):
        w = to_decimal(m.group("w"))
        out.append(Statement("level", m.span("w"), m.span(), m.group("w"), plain(leaf.weight, 3),
                             same_figure(w, decimals_of(m.group("w")), leaf.weight), _t("the leaf's weight"), (), True))
        if value is None:
            continue
        sc = to_decimal(m.group("s"))
        out.append(Statement("level", m.span("s"), m.span(), m.group("s"), plain(value, 3),
                             same_figure(sc, decimals_of(m.group("s")), value), _t("the score recorded for this leaf"),
                             (), True))
        if m.group("r") is not None and leaf.weight:
            r, d = to_decimal(m.group("r")), decimals_of(m.group("r"))
            with localcontext(context()):
                rate = value / leaf.weight * 100
            out.append(Statement("level", (m.start("r"), m.end()), m.span(), f[m.start("r"):m.end()],
                                 show(rate, d) + "%", agrees(r, d, rate), _t("the score rate of this leaf"), (), True))
    return out


def rate_score_statements(text: str, leaf: LeafFact) -> list[Statement]:
    """"完成率为 71.43%，故本项得 2.14 分": rate × weight, for rate and completion rules."""
    if not leaf.rule or leaf.rule.get("kind") not in ("rate", "completion"):
        return []
    f = fold(text)
    out = []
    for m in _RATE_SCORE_RE.finditer(f):
        r, s = to_decimal(m.group("r")), to_decimal(m.group("s"))
        d = decimals_of(m.group("s"))
        with localcontext(context()):
            value = r / 100 * leaf.weight
        out.append(Statement("arithmetic", m.span("s"), m.span(), m.group("s"), show(value, d),
                             round_half_up(value, d) == s, f"{m.group('r')}% × {plain(leaf.weight)}",
                             (m.span("r"),)))
    return out


def criteria_statements(criteria: str, description: str, weight: Decimal) -> list[Statement]:
    """The criteria's stated maximum and points against the leaf's weight."""
    f = fold(criteria)
    out = []
    for m in _FULL_RE.finditer(f):
        v = to_decimal(m.group("n"))
        out.append(Statement("criteria", m.span("n"), m.span(), m.group("n"), plain(weight, 3), v == weight,
                             _t("the leaf's weight"), (), True))
    items = list(_ITEM_RE.finditer(f))
    marks = [m.group("c") for m in items]
    if len(items) >= 2 and "扣" not in f and marks == list(CIRCLED[:len(marks)]) and not _FULL_RE.search(f):
        with localcontext(context()):
            total = sum((to_decimal(m.group("n")) for m in items), Decimal(0))
        last = items[-1]
        out.append(Statement("criteria", last.span("n"), (items[0].start(), last.end()), plain(total),
                             plain(weight, 3), total == weight, "", (), True,
                             _t("The points {first}…{last} add up to {sum}, but the leaf's weight is {weight}.").format(
                                 first=marks[0], last=marks[-1], sum=plain(total), weight=plain(weight))))
    points = [c for c in description if c in CIRCLED]
    each = _POINT_RE.search(f)
    if each and len(points) >= 2 and not _FULL_RE.search(f):
        with localcontext(context()):
            total = to_decimal(each.group("n")) * len(points)
        out.append(Statement("criteria", each.span("n"), each.span(), plain(total), plain(weight, 3), total == weight,
                             "", (), True,
                             _t("{n} assessment points × {each} = {sum}, but the leaf's weight is {weight}.").format(
                                 n=len(points), each=each.group("n"), sum=plain(total), weight=plain(weight))))
    return out


# -- findings of the data ----------------------------------------------------------------

def _finding(kind: str, where: str, text: str, expected: str, found: str, message: str, place: Place,
             key: str = "") -> Finding:
    return Finding(kind, where, text, expected, found, message, place, key=key)


def final_rule_findings(facts: ProjectFacts) -> Iterator[Finding]:
    for leaf in facts.leaves:
        if not leaf.rule or leaf.final is None:
            continue
        proposals = [s for s in leaf.scores if s.proposal is not None]
        if not proposals:
            continue
        decider = next((s for s in proposals if s.evaluator_id == leaf.decided_by), None)
        if leaf.final_method == "set" and decider is not None:
            expected = decider.proposal
        elif len({s.proposal for s in proposals}) == 1:
            expected = proposals[0].proposal
        else:
            continue
        assert expected is not None  # filtered above
        if abs(leaf.final - expected) <= TOLERANCE:
            continue
        reason = leaf.final_reason.strip() or (decider.reason.strip() if decider else "")
        msg = _t("The final score {found} departs from its rule's proposal {expected}.").format(
            found=plain(leaf.final, 3), expected=plain(expected, 3))
        if reason:
            msg += " " + _t("Reason recorded: {reason}").format(reason=reason)
        yield _finding("final_rule", f"{leaf.path} — {_t('final score')}", leaf.path, plain(expected, 3),
                       plain(leaf.final, 3), msg, Place("indicator", leaf.id, "final"))


def _input_rate(leaf: LeafFact, inputs: dict[str, Any]) -> tuple[Decimal, int] | None:
    """The rate (fraction) a leaf's inputs state, and the decimals to compare it at."""
    def num(key: str) -> Decimal | None:
        v = inputs.get(key)
        if isinstance(v, bool) or not isinstance(v, (int, float, str)):
            return None
        try:
            return to_decimal(str(v))
        except ValueError:
            return None

    n, d = num("numerator"), num("denominator")
    if n is not None and d is not None:
        r = ratio(n, d)
        return (r, 4) if r is not None else None
    rate = num("rate")
    if rate is not None:
        return rate, max(decimals_of(str(inputs["rate"])), 2)
    value = num("value")
    if value is not None and (leaf.rule or {}).get("unit") == "%":
        with localcontext(context()):
            return value / 100, decimals_of(str(inputs["value"])) + 2
    return None


def rule_money_findings(facts: ProjectFacts) -> Iterator[Finding]:
    lines: list[MoneyLine] = [*facts.lines, facts.combined]
    for leaf in facts.leaves:
        kind = next((k for word, k in MONEY_LEAVES if word in leaf.name), None)
        if kind is None or not leaf.rule:
            continue
        rates = [r for r in (x.value(kind) for x in lines) if r is not None]
        if not rates:
            continue
        for sc in leaf.scores:
            got = _input_rate(leaf, sc.inputs or {})
            if got is None:
                continue
            value, d = got
            if any(agrees(round_half_up(value, d), d, r) for r in rates):
                continue
            with localcontext(context()):
                shown = show(value * 100, max(d - 2, 2)) + "%"
                want = " / ".join(dict.fromkeys(show(r * 100, max(d - 2, 2)) + "%" for r in rates))
            yield _finding("rule_input", f"{leaf.path} — {_t('rule inputs by {name}').format(name=sc.evaluator)}",
                           leaf.path, want, shown,
                           _t("The rule's input {found} is not the rate of any budget line ({expected}).").format(
                               found=shown, expected=want),
                           Place("indicator", leaf.id, "rule", evaluator_id=sc.evaluator_id))


def sub_project_findings(facts: ProjectFacts) -> Iterator[Finding]:
    if not facts.lines:
        return
    labels = {"approved": _t("approved budget"), "adjusted": _t("adjusted budget"), "actual": _t("actual spending")}
    for kind, label in labels.items():
        own = facts.own.value(kind)
        vals = [x.value(kind) for x in facts.lines]
        if own is None or any(v is None for v in vals):
            continue
        with localcontext(context()):
            total = sum((v for v in vals if v is not None), Decimal(0))
        if abs(total - own) <= Decimal("0.00005"):
            continue
        parts = " + ".join(plain(v) for v in vals if v is not None)
        yield _finding("sub_projects", _t("Budget lines"), f"{label}: {parts}", plain(total), plain(own),
                       _t("The sub-projects' {what} add up to {sum} 万元 ({parts}); the project's own figure is "
                          "{own} 万元.").format(what=label, sum=plain(total), parts=parts, own=plain(own)),
                       Place("project", facts.project_id, "money"), key=f"{kind}: {parts}")


def imported_findings(facts: ProjectFacts) -> Iterator[Finding]:
    stated = (facts.settings.get("imported_from") or {}).get("stated") or {}
    if not isinstance(stated, dict):
        return
    source = (facts.settings.get("imported_from") or {}).get("file") or ""
    where = _t("Imported score sheet {file}").format(file=source).strip()
    total = dec(stated.get("total")) if isinstance(stated.get("total"), (int, float)) else None
    if total is not None and facts.scored and abs(total - facts.total) > TOLERANCE:
        yield _finding("subtotal", where, _t("total"), plain(facts.total, 3), plain(total, 3),
                       _t("The sheet states a total of {found}; its leaves add up to {expected}.").format(
                           found=plain(total, 3), expected=plain(facts.total, 3)),
                       Place("project", facts.project_id, "imported"), key="total")
    by_path = {n.path: n for n in facts.nodes}
    for entry in stated.get("nodes") or []:
        if not isinstance(entry, dict):
            continue
        node = by_path.get(str(entry.get("path", "")))
        if node is None:
            continue
        row = entry.get("row")
        label = node.path + (f" ({_t('row {row}').format(row=row)})" if row else "")
        for key, actual, what in (("weight", node.weight, _t("weight")), ("score", node.score, _t("score"))):
            v = entry.get(key)
            if not isinstance(v, (int, float)) or isinstance(v, bool) or actual is None:
                continue
            got = dec(v)
            assert got is not None  # v is a number
            if abs(got - actual) > TOLERANCE:
                yield _finding("subtotal", where, f"{label}: {what}", plain(actual, 3), plain(got, 3),
                               _t("The sheet states {what} {found} for {path}; its leaves add up to {expected}.")
                               .format(what=what, found=plain(got, 3), path=node.path, expected=plain(actual, 3)),
                               Place("indicator", node.id, "imported"), key=f"{node.path}: {key}")
