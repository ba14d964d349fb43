"""Report text against the project's data: the figures a narrative states about the
project must be the project's figures.

``data_statements(text, facts)`` returns a ``Statement`` (``from_data``) for every
figure it can tie to the data:

- the total score ("绩效评价得分为 81.415 分", "最终得分为", "绩效得分", "综合得分", "总得分")
  and the grade ("评定等级为“良”", "绩效等级为：良"; only a word that is one of the
  project's grade names is read as a grade);
- level-1 / level-2 / leaf figures: score-table rows ("决策 10 7.25 72.50%", a 合计 row
  for the parent or the whole project) and sentences ("决策一级指标权重 10 分，小计得分
  7.25 分，得分率 72.5%"); counts of indicators ("4 个一级指标、13 个二级指标、37 个三级
  指标"; "决策一级指标下设…共 3 个二级指标");
- money: amounts labelled 批复/年初预算/预算投入 (approved), 调整后/剩余 (adjusted), 实际支出/
  实际支付 (actual), 调减/调增 (adjustment), 到位 (received) and the rates 执行率/支出率,
  调整率, 到位率, against the budget line the clause, sentence or paragraph names
  (a sub-project's short name, "运维服务"; 合计/整体/总 for the combined line); when
  the text does not say which line, any line's figure is accepted;
- surveys: sample-table rows ("使用单位 69 89.86%", "总体 215 94.88%"), "<group>的满意度为
  89.86%", "<group>…共回收 69 份有效问卷", "服务对象整体的满意度为 94.88%";
- targets: "共设置 11 个绩效指标", "9 个产出指标", "3 个数量指标" (per sub-project when the
  targets have sub-projects), "已完成或大部分完成的指标有 7 个", "未完成的指标有 4 个".

Estimates and plans ("约", "测算", "预计", "需支付") are not compared. Qt-free, pure.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal, localcontext

from evaltool.check import scan
from evaltool.check.facts import GroupFact, MoneyLine, NodeFact, ProjectFacts
from evaltool.check.model import Statement
from evaltool.check.numbers import NUMBER, agrees, context, decimals_of, fold, plain, same_figure, show, to_decimal, wan
from evaltool.check.tables import Cell, Row, parse_tables
from evaltool.i18n import translate

_TOTAL_RE = re.compile(rf"(?:绩效评价(?:最终)?|最终|绩效|综合|总)得分(?:为|是)?[:：]?\s*(?P<n>{NUMBER})\s*分")
_GRADE_RE = re.compile(r"(?:评定|绩效|评价|综合)?等级(?:为|是|评定为)[:：]?\s*[“\"「『]?(?P<g>[^”\"」』，。；,;\s]{1,12}?)"
                       r"(?=[”\"」』，。；,;\s]|$)")
_LEVEL_SENTENCE_RE = re.compile(rf"(?:一级|二级|三级)?指标?(?:的)?(?:权重|分值)(?:为|是)?\s*(?P<w>{NUMBER})\s*分[，,]\s*"
                                rf"(?:小计)?(?:得分|评价得分)(?:为|是)?\s*(?P<s>{NUMBER})\s*分[，,]\s*得分率(?:为|是)?\s*"
                                rf"(?P<r>{NUMBER})\s*%")
_LEVEL_COUNT_RE = re.compile(rf"(?P<n>{NUMBER})\s*个(?P<lvl>一级|二级|三级)指标")
_RECEIVED_RE = re.compile(rf"回收\s*(?P<n>{NUMBER})\s*份(?:有效)?问卷")
_OVERALL_RE = re.compile(rf"(?:服务对象|受访对象|调查对象|受访者)(?:的)?(?:整体|总体)的?满意[度率](?:为|是|达到?)?\s*"
                         rf"(?P<r>{NUMBER})\s*%")
_TARGET_TOTAL_RE = re.compile(rf"共设置(?:了)?\s*(?P<n>{NUMBER})\s*个(?:绩效)?指标")
_TARGET_KIND_RE = re.compile(rf"(?P<n>{NUMBER})\s*个(?P<x>[^\s，,、。；;和及的]{{1,12}}?指标)")
_TARGET_STATUS_RE = re.compile(rf"(?P<what>已?完成或大部分完成|大部分完成|部分完成|未完成|已完成)的(?:绩效)?指标(?:有|共|为)?\s*"
                               rf"(?P<n>{NUMBER})\s*个")
SCOPE_MAX = 3000
COMBINED_WORDS = ("合计", "整体", "总体", "两个项目", "两项目", "总投入", "总预算", "共计")
PLANNED_WORDS = ("需", "应", "计划", "拟", "将", "预计", "合同")


def _t(text: str) -> str:
    return translate("Check", text)


def money_label(kind: str) -> str:
    return {"approved": _t("approved budget"), "adjusted": _t("adjusted budget"), "actual": _t("actual spending"),
            "adjustment": _t("budget adjustment"), "received": _t("funds received"),
            "execution": _t("execution rate"), "adjustment_rate": _t("adjustment rate"),
            "arrival": _t("arrival rate")}.get(kind, kind)


def _st(kind: str, span: tuple[int, int], ctx: tuple[int, int], f: str, ok: bool, expected: str,
        basis: str) -> Statement:
    return Statement(kind, span, ctx, f[span[0]:span[1]], expected, ok, basis, (), True)


def _rate_text(value: Decimal | None, decimals: int) -> str:
    if value is None:
        return ""
    with localcontext(context()):
        return show(value * 100, max(decimals, 2)) + "%"


def _rate_ok(stated: Decimal, decimals: int, value: Decimal | None) -> bool | None:
    if value is None:
        return None
    with localcontext(context()):
        return agrees(stated, decimals, value * 100)


# -- scores and grade --------------------------------------------------------------

def _totals(f: str, facts: ProjectFacts) -> Iterator[Statement]:
    if not facts.scored:
        return
    for m in _TOTAL_RE.finditer(f):
        v = to_decimal(m.group("n"))
        ok = same_figure(v, decimals_of(m.group("n")), facts.total)
        yield _st("total", m.span("n"), m.span(), f, ok, plain(facts.total, 3), _t("the project's total score"))
    for m in _GRADE_RE.finditer(f):
        g = m.group("g")
        if g not in facts.grade_names:
            continue
        ok = g in (facts.grade, facts.grade_en)
        yield _st("grade", m.span("g"), m.span(), f, ok, facts.grade, _t("the project's grade"))


def _nodes_named(facts: ProjectFacts, name: str) -> list[NodeFact]:
    return facts.nodes_by_name.get(name, [])


def _check_node(n: NodeFact, f: str, ctx: tuple[int, int], w: Cell | tuple[tuple[int, int], str] | None,
                s: Cell | tuple[tuple[int, int], str] | None,
                r: Cell | tuple[tuple[int, int], str] | None, weight: Decimal | None = None,
                score: Decimal | None = None) -> Iterator[Statement]:
    weight = n.weight if weight is None else weight
    score = n.score if score is None else score
    what = n.path
    for cell, kind in ((w, "weight"), (s, "score"), (r, "rate")):
        if cell is None:
            continue
        span, raw = (cell.span, cell.raw) if isinstance(cell, Cell) else cell
        digits = raw.rstrip("%").strip()
        value, d = to_decimal(digits), decimals_of(digits)
        if kind == "weight":
            yield _st("level", span, ctx, f, same_figure(value, d, weight), plain(weight, 3),
                      _t("the weight of {what}").format(what=what))
        elif kind == "score" and score is not None:
            yield _st("level", span, ctx, f, same_figure(value, d, score), plain(score, 3),
                      _t("the score of {what}").format(what=what))
        elif kind == "rate" and score is not None and weight:
            with localcontext(context()):
                rate = score / weight
            ok = _rate_ok(value, d, rate)
            if ok is not None:
                yield _st("level", span, ctx, f, ok, _rate_text(rate, d), _t("the score rate of {what}").format(what=what))


def _pick(cands: list[NodeFact], weight: Cell | None) -> NodeFact | None:
    if len(cands) == 1:
        return cands[0]
    if weight is not None:
        same = [c for c in cands if c.weight == weight.value]
        if len(same) == 1:
            return same[0]
    return None


def _score_rows(f: str, facts: ProjectFacts, rows: list[Row]) -> Iterator[Statement]:
    matched: dict[int, list[NodeFact]] = {}
    for row in rows:
        if row.kind != "score":
            continue
        w, s, r = row.get("weight"), row.get("score"), row.get("rate")
        if row.is_total:
            kids = matched.get(row.table, [])
            parents = {k.parent_id for k in kids}
            if not kids or len(parents) != 1:
                continue
            parent = facts.node(next(iter(parents)))
            if parent is not None:
                yield from _check_node(parent, f, row.span, w, s, r)
            elif facts.scored:  # level-1 rows: the 合计 is the project
                total = NodeFact("", _t("the whole project"), "", 0, facts.total_weight, facts.total, None, False)
                yield from _check_node(total, f, row.span, w, s, r)
            continue
        node = None
        for name in reversed(row.names):
            node = _pick(_nodes_named(facts, name), w)
            if node is not None:
                break
        if node is None:
            continue
        matched.setdefault(row.table, []).append(node)
        yield from _check_node(node, f, row.span, w, s, r)


def _level_sentences(f: str, facts: ProjectFacts) -> Iterator[Statement]:
    for m in _LEVEL_SENTENCE_RE.finditer(f):
        names = facts.node_names
        before = f[max(0, m.start() - 40):m.start()]
        name = next((x for x in names if before.endswith(x)), None)
        if name is None:
            continue
        wcell = Cell(to_decimal(m.group("w")), decimals_of(m.group("w")), False, m.span("w"), m.group("w"))
        node = _pick(_nodes_named(facts, name), wcell)
        if node is None:
            continue
        yield from _check_node(node, f, m.span(), (m.span("w"), m.group("w")), (m.span("s"), m.group("s")),
                               (m.span("r"), f[m.start("r"):m.end()]))


def _level_counts(f: str, facts: ProjectFacts) -> Iterator[Statement]:
    if "指标" not in f:
        return
    for lo, hi in scan.sentences(f):
        sent = f[lo:hi]
        parent: NodeFact | None = None
        found = list(_LEVEL_COUNT_RE.finditer(f, lo, hi))
        if not found:
            continue
        # the project's own counts are stated together ("4 个一级指标、13 个二级指标、37 个三级
        # 指标") or of the 指标体系; a lone "共 3 个二级指标" is about one branch
        whole = len(found) >= 2 or "指标体系" in sent
        if "下设" in sent:
            head = sent[:sent.index("下设")]
            head = re.sub(r"(?:一级|二级|三级)?指标$", "", head.rstrip())
            name = next((x for x in facts.node_names if head.endswith(x)), None)
            cands = _nodes_named(facts, name) if name else []
            if len(cands) != 1:
                continue
            parent = cands[0]
        if parent is None and not whole:
            continue
        for m in found:
            level = {"一级": 1, "二级": 2, "三级": 3}[m.group("lvl")]
            if parent is not None:
                if level != parent.level + 1:
                    continue
                actual = facts.children_count.get(parent.id, 0)
                basis = _t("the indicators under {path}").format(path=parent.path)
            else:
                actual = facts.level_counts.get(level, 0)
                basis = _t("the project's level-{level} indicators").format(level=level)
            v = to_decimal(m.group("n"))
            yield _st("framework", m.span("n"), m.span(), f, v == actual, str(actual), basis)


# -- money -------------------------------------------------------------------------------

def _scope_keys(text: str, keys: list[str]) -> set[str]:
    return {k for k in keys if k and k in text}


def context_key(f: str, pos: int, keys: list[str], combined_ok: bool = True) -> str | None:
    """Which line or sub-project the figure at ``pos`` belongs to: a key, "*" (all
    together) or None (the text does not say). The clause first, then the sentence, then
    the paragraph before the figure (its nearest name: the subject introduced earlier)."""
    ca, cb = scan.clause_at(f, pos)
    lo, hi = max(0, pos - SCOPE_MAX), min(len(f), pos + SCOPE_MAX)  # a paragraph of a report, not a book
    sa = max(max(f.rfind(c, lo, pos) for c in scan.SENTENCE_ENDS) + 1, lo)
    sb = min([i for i in (f.find(c, pos, hi) for c in scan.SENTENCE_ENDS) if i >= 0] or [hi])
    pa = max(f.rfind("\n", lo, pos) + 1, lo)
    pb = f.find("\n", pos, hi)
    pb = hi if pb < 0 else pb
    for a, b in ((ca, cb), (sa, sb)):
        scope = f[a:b]
        if combined_ok and any(w in scope[:pos - a + 1] for w in COMBINED_WORDS):
            return "*"
        found = _scope_keys(scope, keys)
        if len(found) == 1:
            return next(iter(found))
        if len(found) > 1:
            return None
    before = f[pa:sa]
    last = max(((before.rfind(k), k) for k in keys if k), default=(-1, ""))
    return last[1] if last[0] >= 0 else None


_NAMED_PROJECT_RE = re.compile(r"[\u4e00-\u9fff]{2,8}项目")


def _line_candidates(f: str, pos: int, facts: ProjectFacts) -> tuple[list[MoneyLine], str]:
    if not facts.lines:
        # no sub-project lines: a sentence about another named project ("…运维服务项目预算投入
        # 509.40 万元") cannot be compared with the project's own figures
        _ca, b = scan.clause_at(f, pos)
        sa = max(f.rfind(c, max(0, pos - SCOPE_MAX), pos) for c in scan.SENTENCE_ENDS) + 1
        named = _NAMED_PROJECT_RE.findall(f[max(sa, 0):b])
        if any(n not in facts.name for n in named):
            return [], ""
        return [facts.combined], facts.combined.name
    key = context_key(f, pos, [x.key for x in facts.lines])
    if key == "*":
        return [facts.combined], _t("the combined budget lines")
    line = next((x for x in facts.lines if x.key == key), None)
    if line is not None:
        return [line], line.short_name
    return [*facts.lines, facts.combined, facts.own], ""


def _money(f: str, facts: ProjectFacts) -> Iterator[Statement]:
    for a in scan.amounts(f):
        kind = scan.money_kind(a)
        if not kind or any(w in a.label for w in PLANNED_WORDS):
            continue
        cands, name = _line_candidates(f, a.start, facts)
        values = [v for v in (c.value(kind) for c in cands) if v is not None]
        if not values:
            continue
        stated = wan(a.value, a.unit)
        d = a.decimals + {"元": 4, "亿元": -4}.get(a.unit, 0)  # the stated precision, in 万元
        ok = any(same_figure(stated, d, v) for v in values)
        expected = " / ".join(dict.fromkeys(plain(v) + " 万元" for v in values))
        yield _st("money", a.span, scan.clause_at(f, a.start), f, ok, expected,
                  _t("the {what} of {line}").format(what=money_label(kind), line=name or _t("the budget lines")))
    for r in scan.percents(f):
        if not scan.is_stated_rate(r):
            continue
        label = r.label
        if "调整率" in label:
            kind = "adjustment_rate"
        elif "到位率" in label:
            kind = "arrival"
        elif any(w in label for w in ("执行率", "支出率")):
            kind = "execution"
        else:
            continue
        cands, name = _line_candidates(f, r.start, facts)
        rates = [v for v in (c.value(kind) for c in cands) if v is not None]
        if not rates:
            continue
        oks = [_rate_ok(r.value, r.decimals, v) for v in rates]
        expected = " / ".join(dict.fromkeys(_rate_text(v, r.decimals) for v in rates))
        yield _st("money", r.span, scan.clause_at(f, r.start), f, any(oks), expected,
                  _t("the {what} of {line}").format(what=money_label(kind), line=name or _t("the budget lines")))


# -- surveys ---------------------------------------------------------------------------

def _group_named(facts: ProjectFacts, name: str) -> GroupFact | None:
    if name in ("总体", "合计", "总计", "全部", "整体"):
        return next((g for g in facts.groups if g.overall), None)
    return next((g for g in facts.groups if not g.overall and g.name == name), None)


def _survey(f: str, facts: ProjectFacts, rows: list[Row]) -> Iterator[Statement]:
    if not facts.groups:
        return
    for row in rows:
        if row.kind != "sample" or not row.names:
            continue
        g = _group_named(facts, row.names[-1]) or _group_named(facts, row.names[0])
        if g is None:
            continue
        n, rate = row.get("n"), row.get("rate")
        if n is not None:
            yield _st("survey", n.span, row.span, f, n.value == g.n, str(g.n), _t("the sample of {group}").format(group=g.name))
        if rate is not None and g.rate is not None:
            ok = _rate_ok(rate.value, rate.decimals, g.rate)
            if ok is not None:
                yield _st("survey", rate.span, row.span, f, ok, _rate_text(g.rate, rate.decimals),
                          _t("the satisfaction rate of {group}").format(group=g.name))
    named = [g for g in facts.groups if not g.overall]
    for g in named:
        for m in re.finditer(rf"{re.escape(g.name)}(?:的)?(?:总体|整体)?满意[度率](?:为|是|达到?)?\s*(?P<r>{NUMBER})\s*%", f):
            if g.rate is None:
                continue
            v, d = to_decimal(m.group("r")), decimals_of(m.group("r"))
            ok = bool(_rate_ok(v, d, g.rate)) or any(_rate_ok(v, d, x) for _t, x in g.items)
            yield _st("survey", (m.start("r"), m.end()), m.span(), f, ok, _rate_text(g.rate, d),
                      _t("the satisfaction rate of {group}").format(group=g.name))
    for lo, hi in scan.sentences(f):
        sent = f[lo:hi]
        inside = [g for g in named if g.name in sent]
        for m in _RECEIVED_RE.finditer(f, lo, hi):
            if len(inside) == 1:
                g = inside[0]
                ok = to_decimal(m.group("n")) == g.n
                yield _st("survey", m.span("n"), m.span(), f, ok, str(g.n),
                          _t("the sample of {group}").format(group=g.name))
    overall = next((g for g in facts.groups if g.overall), None)
    if overall is not None and overall.rate is not None:
        for m in _OVERALL_RE.finditer(f):
            v, d = to_decimal(m.group("r")), decimals_of(m.group("r"))
            yield _st("survey", (m.start("r"), m.end()), m.span(), f, bool(_rate_ok(v, d, overall.rate)),
                      _rate_text(overall.rate, d), _t("the overall satisfaction rate"))


# -- targets ---------------------------------------------------------------------------------

def _targets(f: str, facts: ProjectFacts) -> Iterator[Statement]:
    declared = [t for t in facts.targets if t.table_kind == "declared"]
    if not declared:
        return
    subs = sorted({t.sub_project for t in declared if t.sub_project})
    keys = {(s[:-2] if s.endswith("项目") and len(s) > 3 else s): s for s in subs}

    def rows_at(pos: int) -> tuple[list, str] | None:
        if not subs:
            return declared, ""
        key = context_key(f, pos, list(keys), combined_ok=False)
        if key is None or key == "*":
            return None
        sub = keys[key]
        return [t for t in declared if t.sub_project == sub], sub

    kinds = {t.level1 + "指标": "level1" for t in declared if t.level1} | {
        t.level2: "level2" for t in declared if t.level2 and t.level2.endswith("指标")}
    for m in _TARGET_TOTAL_RE.finditer(f):
        got = rows_at(m.start())
        if got is None:
            continue
        rows, sub = got
        yield _st("targets", m.span("n"), m.span(), f, to_decimal(m.group("n")) == len(rows), str(len(rows)),
                  _t("the performance targets of {scope}").format(scope=sub or _t("the project")))
    for lo, hi in scan.sentences(f):
        if "设置" not in f[lo:hi] and "分别为" not in f[lo:hi]:
            continue
        for m in _TARGET_KIND_RE.finditer(f, lo, hi):
            x = m.group("x")
            name = next((k for k in sorted(kinds, key=len, reverse=True) if x.endswith(k) and x == k), None)
            if name is None:
                continue
            got = rows_at(m.start())
            if got is None:
                continue
            rows, sub = got
            field = kinds[name]
            want = name[:-2] if field == "level1" else name
            n = sum(1 for t in rows if getattr(t, field) == want)
            yield _st("targets", m.span("n"), m.span(), f, to_decimal(m.group("n")) == n, str(n),
                      _t("targets “{kind}” of {scope}").format(kind=name, scope=sub or _t("the project")))
    for m in _TARGET_STATUS_RE.finditer(f):
        got = rows_at(m.start())
        if got is None:
            continue
        rows, sub = got
        what = m.group("what")
        if "或大部分" in what:
            n = sum(1 for t in rows if t.status in ("met", "partly"))
        elif what == "未完成":
            n = sum(1 for t in rows if t.status == "not_met")
        elif what in ("部分完成", "大部分完成"):
            n = sum(1 for t in rows if t.status == "partly")
        else:
            n = sum(1 for t in rows if t.status == "met")
        yield _st("targets", m.span("n"), m.span(), f, to_decimal(m.group("n")) == n, str(n),
                  _t("targets marked “{status}” of {scope}").format(status=what, scope=sub or _t("the project")))


def data_statements(text: str, facts: ProjectFacts) -> list[Statement]:
    """Every figure of ``text`` tied to the project's data, right or wrong."""
    f = fold(text)
    rows = parse_tables(text)
    out: list[Statement] = []
    out += _totals(f, facts)
    out += _score_rows(f, facts, rows)
    out += _level_sentences(f, facts)
    out += _level_counts(f, facts)
    out += _money(f, facts)
    out += _survey(f, facts, rows)
    out += _targets(f, facts)
    return out
