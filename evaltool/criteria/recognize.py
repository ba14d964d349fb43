"""The recognisers: each looks at the tagged clauses of one criteria text and either
builds a rule (with the pattern's name), refuses with a reason, or passes (None).

``ORDER`` is the order they are tried in: formulas before brackets (a formula's own band
clauses are part of it), per-point checklists before numbered ones, deductions and
bonuses before bands, graded levels after bands (a level names no value), expert
judgement last. Every recogniser marks the clauses it used; the reader lists the rest.
"""
from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from evaltool.criteria.bands import Band, assemble, parse_band
from evaltool.criteria.clauses import (
    COUNT_EACH,
    DEFAULT,
    FULL_MARKS,
    INLINE_LEVEL,
    INSTRUCTION,
    MAX_BONUS,
    MAX_DEDUCT,
    NO_CHANGE,
    NUMBERED,
    PER_OCCURRENCE,
    SHORTFALL_ABOVE,
    SHORTFALL_BELOW,
    VETO,
)
from evaltool.criteria.text import CIRCLED, NUM, Chunk, cn_number, description_points
from evaltool.formatting import fmt_score
from evaltool.i18n import translate

if TYPE_CHECKING:
    from evaltool.criteria.reader import Context

Result = tuple[dict[str, Any], str] | str | None
EPS = 1e-6


def _t(text: str) -> str:
    return translate("Criteria", text)


def fmt(x: float | None) -> str:
    return fmt_score(x)


def full_marks_value(text: str) -> float | None:
    m = FULL_MARKS.search(text)
    return float(m.group(1)) if m else None


def _first(pattern: re.Pattern[str], text: str) -> float | None:
    m = pattern.search(text)
    if not m:
        return None
    return next((float(g) for g in m.groups() if g is not None), None)


def _clean_label(text: str) -> str:
    s = re.sub(r"^(?:按|以|依据|根据)", "", text.strip(" ,:()"))
    s = re.sub(r"(?:计算|计分|得分|评分)$", "", s)
    return s.strip(" ,:()")


# -- formulas: 得分=执行率×分值, 得分=完成要素数/7×分值, (X-50%)/(100%-50%)×分值 ----------------

_FORMULA_LEFT = re.compile(r"(?:得分|评分|分数|该项得分|本项得分|指标得分|计分)\s*(?:=|等于|为)\s*(.+?)\s*(?:×|乘以)\s*"
                           r"(?:该项|本项|该指标|指标)?(?:分值|权重|满分|总分)")
_FORMULA_BARE = re.compile(r"(?:^|[,的])(?:按)?(.+?)\s*(?:×|乘以)\s*(?:该项|本项|该指标|指标)?(?:分值|权重|满分|总分)(?:计算|计分|得分)?$")
_FORMULA_RIGHT = re.compile(r"(?:得分|评分|分数)\s*(?:=|等于|为)\s*(?:该项|本项)?(?:分值|权重)\s*×\s*(.+)$")
_LINEAR = re.compile(rf"^\((.+?)-({NUM})%\)/\(({NUM})%-({NUM})%\)$")
_LINEAR_SPAN = re.compile(rf"^\((.+?)-({NUM})%\)/({NUM})%$")


def _strip_parens(s: str) -> str:
    while s.startswith("(") and s.endswith(")") and s.count("(") == 1:
        s = s[1:-1]
    return s


def _definition(ctx: Context, subject: str) -> tuple[str, str] | None:
    """Numerator and denominator labels of ``subject`` from a definition "X率=A/B×100%"."""
    from evaltool.criteria.text import normalize, strip_remarks

    for source in (ctx.text, strip_remarks(normalize(ctx.description))[0]):
        for m in re.finditer(r"([^\s,;。=:()]{2,20}?(?:率|度))=([^=;。,]+?)/([^=;。,]+?)(?:×100%|$|[;。,])", source):
            name = m.group(1)
            if name == subject or subject.endswith(name) or name.endswith(subject):
                return m.group(2).strip("()"), m.group(3).strip("()")
    return None


def formula(ctx: Context) -> Result:
    cs = ctx.tagged("formula")
    if not cs:
        return None
    c = cs[0]
    m = _FORMULA_LEFT.search(c.text) or _FORMULA_BARE.search(c.text)
    expr = m.group(1) if m else None
    if expr is None:
        r = _FORMULA_RIGHT.search(c.text)
        expr = r.group(1) if r else None
    if not expr:
        return None
    expr = _strip_parens(expr.strip())
    ctx.use(c)
    lin = _LINEAR.match(expr)
    span = _LINEAR_SPAN.match(expr) if lin is None else None
    rule: dict[str, Any]
    if lin is not None or span is not None:
        if lin is not None:
            subject, floor, full, again = lin.group(1), float(lin.group(2)), float(lin.group(3)), float(lin.group(4))
            if abs(again - floor) > EPS:
                return _t("The formula subtracts {a}% but divides by a span from {b}%: cannot read it.").format(
                    a=fmt(floor), b=fmt(again))
        else:
            assert span is not None
            subject, floor = span.group(1), float(span.group(2))
            full = floor + float(span.group(3))
        if full <= floor:
            return _t("The formula's full-marks rate is not above its floor.")
        subject = _clean_label(subject)
        if "满意" in subject:
            rule = {"kind": "satisfaction", "threshold": full / 100, "floor": floor / 100, "floor_score": 0, "label": subject}
            pattern = "satisfaction.linear"
        else:
            rule = {"kind": "rate", "full_at": full / 100, "floor": floor / 100, "label": subject}
            pattern = "rate.linear_floor"
        _use_consistent_bands(ctx, floor, full)
        return rule, pattern
    ratio_n = re.match(rf"^(.+?)/({NUM})$", expr)
    if ratio_n is not None:
        label = _clean_label(ratio_n.group(1))
        rule = {"kind": "completion", "required": _int(float(ratio_n.group(2))), "label": label}
        return rule, "completion.fixed_count"
    ratio = re.match(r"^(.+?)/(.+)$", expr)
    if ratio is not None:
        top, bottom = _clean_label(ratio.group(1)), _clean_label(ratio.group(2))
        if re.search(NUM, top + bottom):
            return _t("The formula has figures in it that are not a plain ratio: {expr}").format(expr=expr)
        kind = "completion" if top.endswith("数") and bottom.endswith("数") else "rate"
        return {"kind": kind, "numerator_label": top, "denominator_label": bottom}, f"{kind}.ratio"
    subject = _clean_label(expr)
    if not subject or re.search(NUM, subject):
        return _t("The formula is not a rate times the weight: {expr}").format(expr=expr)
    rule = {"kind": "rate", "label": subject}
    labels = _definition(ctx, subject)
    if labels is not None:
        rule["numerator_label"], rule["denominator_label"] = labels
    _use_consistent_bands(ctx, None, 100.0)
    return rule, "rate.times_weight"


def _int(x: float) -> float | int:
    return int(x) if float(x).is_integer() else x


def _use_consistent_bands(ctx: Context, floor: float | None, full: float) -> None:
    """Band clauses that say what the formula already does (≥full → full marks, <floor → 0)."""
    for c in ctx.chunks:
        if c.used or c.score is None or "band" not in c.tags:
            continue
        parsed = parse_band(c.condition, ctx.half_open)
        if parsed is None:
            continue
        lo, hi, unit, _subject = parsed
        if unit not in ("%", ""):
            continue
        gives = c.score.points(ctx.weight, ctx.is_negative)
        if c.score.kind == "full" or abs(gives - ctx.weight) < EPS:
            if not math.isinf(lo.value) and lo.value >= full - EPS and math.isinf(hi.value):
                c.used = True
        elif abs(gives) < EPS and floor is not None and math.isinf(lo.value) and hi.value <= floor + EPS:
            c.used = True


# -- shortfalls: 达到100%得满分，每低1个百分点扣0.2分 -------------------------------------------

def shortfall(ctx: Context) -> Result:
    cs = ctx.tagged("shortfall")
    if not cs:
        return None
    c = cs[0]
    assert c.score is not None
    below = SHORTFALL_BELOW.search(c.condition)
    m = below or SHORTFALL_ABOVE.search(c.condition)
    assert m is not None
    step = cn_number(m.group(1)) if m.group(1) else 1.0
    ctx.use(c)
    direction = "below" if below else "above"
    target: float | None = None
    own = re.search(rf"(?:未达到|低于|不足|达到|超过|高于)({NUM})%", c.condition)
    if own:
        target = float(own.group(1))
    for other in ctx.chunks:
        if other.used or other.score is None or "band" not in other.tags:
            continue
        parsed = parse_band(other.condition, ctx.half_open)
        if parsed is None:
            continue
        lo, hi, _unit, _s = parsed
        full = other.score.kind == "full" or abs(other.score.points(ctx.weight) - ctx.weight) < EPS
        if full and direction == "below" and math.isfinite(lo.value) and math.isinf(hi.value):
            target = lo.value if target is None else target
            ctx.use(other)
        elif full and direction == "above" and math.isinf(lo.value) and math.isfinite(hi.value):
            target = hi.value if target is None else target
            ctx.use(other)
    if target is None and re.search(r"目标值|标准值|目标", c.condition):
        return _t("The criteria deduct per point short of a target value they do not state.")
    if target is None:
        if direction == "above":
            return _t("The criteria deduct per point above a value they do not state.")
        target = 100.0
        ctx.note(_t("The target is not stated: taken as 100%."), assumption=True)
    rule: dict[str, Any] = {"kind": "shortfall", "target": target, "unit": "%", "step": step or 1.0,
                            "per": c.score.value, "direction": direction}
    subject = re.split(r"每|未达到|低于|达到|超过", c.condition)[0].strip(",的")
    if subject:
        rule["label"] = subject
    for w in ctx.tagged("whole_steps"):
        rule["whole_steps"] = True
        ctx.use(w)
    _deduction_limits(ctx, rule)
    return rule, f"shortfall.per_point_{direction}"


def _deduction_limits(ctx: Context, rule: dict[str, Any]) -> None:
    for c in ctx.chunks:
        if not c.used and "until_zero" in c.tags and c.score is None:
            c.used = True
        if not c.used and "max_deduct" in c.tags:
            v = _first(MAX_DEDUCT, c.text)
            if v is not None:
                rule["max"] = v
                c.used = True


# -- checklists -----------------------------------------------------------------------

def per_point(ctx: Context) -> Result:
    cs = [c for c in ctx.tagged("per_point") if c.score is not None]
    if not cs:
        return None
    c = cs[0]
    assert c.score is not None
    per = c.score.value if c.score.kind == "points" else abs(ctx.weight)
    if per <= 0:
        return None
    ctx.use(c)
    texts = description_points(ctx.description)
    if not texts:
        n = abs(ctx.weight) / per
        if abs(n - round(n)) > EPS or round(n) < 1:
            return _t("The criteria give {per} per point but the description lists no numbered points, and "
                      "the weight {weight} is no whole number of points.").format(per=fmt(per), weight=fmt(ctx.weight))
        texts = [_t("Point {n}").format(n=i + 1) for i in range(round(n))]
        ctx.note(_t("The description has no numbered points: {n} points from the weight ÷ {per}.").format(
            n=len(texts), per=fmt(per)), assumption=True)
    total = per * len(texts)
    if abs(total - abs(ctx.weight)) > EPS:
        return _t("{n} points × {per} = {total}, not the weight {weight}: check the criteria or the description.").format(
            n=len(texts), per=fmt(per), total=fmt(total), weight=fmt(ctx.weight))
    rule: dict[str, Any] = {"kind": "checklist", "points": [{"text": t, "score": per} for t in texts]}
    _checklist_modifiers(ctx, rule)
    return rule, "checklist.per_point"


def _checklist_modifiers(ctx: Context, rule: dict[str, Any]) -> None:
    for c in ctx.chunks:
        if c.used:
            continue
        if "partial" in c.tags:
            rule["partial"] = True
            c.used = True
        elif "unsatisfied_zero" in c.tags:
            c.used = True


def numbered(ctx: Context) -> Result:
    cs = ctx.tagged("numbered")
    if len(cs) < 2:
        return None
    texts = description_points(ctx.description)
    points: list[dict[str, Any]] = []
    for k, c in enumerate(cs):
        m = NUMBERED.match(c.condition)
        assert m is not None and c.score is not None
        idx = _marker_index(m.group(1))
        if idx != k + 1:
            return _t("The numbered points are not ①, ②, ③ … in order.")
        if c.score.upto is not None:
            return None
        own = re.sub(r"^(?:满足|符合|做到|达到)?(?:的)?(?:得)?$", "", m.group(2).strip(",:的"))
        text = own if len(own) >= 3 else (texts[k] if k < len(texts) else _t("Point {n}").format(n=k + 1))
        points.append({"text": text, "score": c.score.points(ctx.weight)})
    total = math.fsum(float(p["score"]) for p in points)
    if abs(total - abs(ctx.weight)) > EPS:
        return _t("The numbered points add up to {total}, not the weight {weight}.").format(
            total=fmt(total), weight=fmt(ctx.weight))
    if texts and len(texts) != len(points):
        ctx.note(_t("The description lists {d} points, the criteria {c}.").format(d=len(texts), c=len(points)),
                 assumption=True)
    ctx.use(*cs)
    rule: dict[str, Any] = {"kind": "checklist", "points": points}
    # "③满足得1分，未提供…书面材料的不得分": a default of that point
    for c in ctx.chunks:
        if c.used or c.score is None or c.score.value != 0 or c.score.kind != "points":
            continue
        prev = next((p for p in cs if p.index == c.index - 1), None)
        if prev is not None and re.match(r"^(?:未|无|缺|没有|不)", c.condition):
            m = NUMBERED.match(prev.condition)
            mark = m.group(1) if m else ""
            rule.setdefault("defaults", []).append({"when": c.condition.rstrip("的,"), "as": f"{mark}{_t('earns nothing')}"})
            c.used = True
    _checklist_modifiers(ctx, rule)
    return rule, "checklist.numbered"


def _marker_index(mark: str) -> int:
    if mark in CIRCLED:
        return CIRCLED.index(mark) + 1
    digits = re.sub(r"\D", "", mark)
    return int(digits) if digits else 0


# -- graded levels -------------------------------------------------------------------------

def _level_text(cond: str) -> str:
    s = cond.strip(" ,:的")
    s = re.sub(r"^(?:评价为|评定为|为|属于|达到)", "", s)
    return s.strip(" ,:的“”\"")


def inline_levels(ctx: Context) -> Result:
    for c in ctx.chunks:
        if c.used or "inline_levels" not in c.tags:
            continue
        levels = []
        for label, a, b in INLINE_LEVEL.findall(c.text):
            lo = cn_number(a)
            hi = cn_number(b) if b else None
            if lo is None:
                return None
            levels.append({"text": _level_text(label), "score": lo} if hi is None else
                          {"text": _level_text(label), "min": lo, "max": hi})
        return _graded_rule(ctx, [c], levels, "graded.inline")
    return None


def graded(ctx: Context) -> Result:
    cs = [c for c in ctx.chunks if not c.used and c.tags & {"level", "unsatisfied_zero"}]
    if len([c for c in cs if "level" in c.tags]) < 2:
        return None
    levels = []
    for c in cs:
        assert c.score is not None
        if c.score.upto is not None:
            levels.append({"text": _level_text(c.condition), "min": c.score.value, "max": c.score.upto})
        else:
            levels.append({"text": _level_text(c.condition), "score": c.score.points(ctx.weight)})
    return _graded_rule(ctx, cs, levels, "graded.levels")


def graded_first(ctx: Context) -> Result:
    """A text that says 按档次评分 is read as levels before anything else."""
    if not ctx.graded_hint:
        return None
    return inline_levels(ctx) or graded(ctx)


def _graded_rule(ctx: Context, cs: list[Chunk], levels: list[dict[str, Any]], pattern: str) -> Result:
    if len(levels) < 2:
        return None
    top = max((lv.get("max") if lv.get("min") is not None else lv.get("score")) or 0.0 for lv in levels)
    if abs(top - abs(ctx.weight)) > EPS:
        return _t("The best level gives {top}, not the weight {weight}.").format(top=fmt(top), weight=fmt(ctx.weight))
    ctx.use(*cs)
    return {"kind": "graded", "levels": levels}, pattern


# -- deductions and bonuses -------------------------------------------------------------------

def _item_text(cond: str) -> str:
    s = PER_OCCURRENCE.sub("", cond)
    s = COUNT_EACH.sub("", s)
    return s.strip(" ,:的")


def deduction(ctx: Context) -> Result:
    cs = [c for c in ctx.chunks if not c.used and c.tags & {"per_occurrence", "fixed_deduction"}]
    if not cs:
        return None
    items = []
    for c in cs:
        assert c.score is not None
        items.append({"text": _item_text(c.condition), "per": c.score.value, "once": "fixed_deduction" in c.tags})
    ctx.use(*cs)
    rule: dict[str, Any]
    if len(items) == 1 and not items[0]["once"]:
        rule = {"kind": "deduction", "per": items[0]["per"]}
        if items[0]["text"]:
            rule["label"] = items[0]["text"]
        pattern = "deduction.per_occurrence"
    else:
        rule = {"kind": "deduction", "per": items[0]["per"], "items": items}
        pattern = "deduction.items"
    _deduction_limits(ctx, rule)
    return rule, pattern


def bonus(ctx: Context) -> Result:
    cs = ctx.tagged("bonus")
    if not cs:
        return None
    c = cs[0]
    assert c.score is not None
    ctx.use(c)
    rule: dict[str, Any] = {"kind": "bonus", "per": c.score.value}
    for m in ctx.chunks:
        if "max_bonus" in m.tags:
            v = _first(MAX_BONUS, m.text)
            if v is not None:
                rule["cap"] = v
                m.used = True
    label = _item_text(c.condition)
    if label:
        rule["label"] = label
    return rule, "bonus.per_item"


# -- brackets ---------------------------------------------------------------------------------

def brackets(ctx: Context) -> Result:
    cs = [c for c in ctx.chunks if not c.used and c.tags & {"band", "otherwise"}]
    if not cs or all("otherwise" in c.tags for c in cs):
        return None
    bands: list[Band] = []
    units: list[str] = []
    subjects: list[str] = []
    for c in cs:
        assert c.score is not None
        if c.score.upto is not None:
            return _t("A band gives a range of points ({text}): pick the points by hand or write them as levels.").format(text=c.text)
        score = c.score.points(ctx.weight, ctx.is_negative)
        if "otherwise" in c.tags:
            from evaltool.criteria.bands import OPEN_HI, OPEN_LO

            bands.append(Band(OPEN_LO, OPEN_HI, score, text=c.text, otherwise=True))
            continue
        parsed = parse_band(c.condition, ctx.half_open)
        assert parsed is not None
        lo, hi, unit, subject = parsed
        bands.append(Band(lo, hi, score, unit, c.text, subject=subject))
        units.append(unit)
        if subject.strip(",的"):
            subjects.append(subject.strip(",的:"))
    real = [b for b in bands if not b.otherwise]
    unit = "%" if "%" in units else next((u for u in units if u), "")
    full = abs(ctx.weight)
    top = max(abs(b.score) for b in bands) if bands else 0.0
    if not ctx.is_negative and top > full + EPS:
        return _t("A band gives {top}, more than the weight {weight}.").format(top=fmt(top), weight=fmt(ctx.weight))
    if any(c.score is not None and c.score.kind == "minus" for c in cs if "band" in c.tags) and not any(
            b.otherwise for b in bands) and not ctx.is_negative:
        from evaltool.criteria.bands import OPEN_HI, OPEN_LO

        bands.append(Band(OPEN_LO, OPEN_HI, full, text="", otherwise=True))
        ctx.note(_t("Values the deductions do not name keep full marks."), assumption=True)
    if len(real) == 1 and not any(b.otherwise for b in bands):
        single = _single_band(ctx, real[0], cs[0], unit, subjects)
        if single is not None:
            return single
        if abs(real[0].score - full) > EPS:
            return None  # one band that does not even give full marks: not a rule
    done = assemble(bands, unit)
    if done.problem:
        return done.problem
    for n in done.notes:
        ctx.note(n, assumption=True)
    if done.uncovered:
        ctx.note(_t("No band covers {values}: such values are scored by hand.").format(values=", ".join(done.uncovered)))
    ctx.use(*cs)
    rule: dict[str, Any] = {"kind": "brackets", "unit": unit, "brackets": done.brackets}
    if subjects:
        rule["label"] = max(subjects, key=len)
    return rule, "brackets.bands"


def _single_band(ctx: Context, band: Band, c: Chunk, unit: str, subjects: list[str]) -> Result:
    """One band with full marks: a satisfaction threshold, or a target met / in proportion."""
    full = abs(ctx.weight)
    if abs(band.score - full) > EPS or not math.isfinite(band.lo.value) or math.isfinite(band.hi.value):
        return None
    subject = max(subjects, key=len) if subjects else ""
    proportional = next((o for o in ctx.chunks if not o.used and re.search(r"按(?:完成)?比例|按实际完成比例", o.text)), None)
    if proportional is not None:
        ctx.use(c, proportional)
        op = ">=" if band.lo.closed else ">"
        return ({"kind": "target", "operator": op, "target": band.lo.value, "unit": unit, "partial": "ratio",
                 "label": subject}, "target.proportional")
    if "满意" in subject or "满意" in c.text:
        if unit != "%":
            return None
        ctx.use(c)
        return ({"kind": "satisfaction", "threshold": band.lo.value / 100, "below": "by_hand", "label": subject or "满意度"},
                "satisfaction.full_only")
    ctx.use(c)
    ctx.note(_t("Only the band that earns full marks is written: other values are scored by hand."))
    return ({"kind": "brackets", "unit": unit, "label": subject, "brackets": [
        {"min": band.lo.value, "max": None, "min_inclusive": band.lo.closed, "max_inclusive": True, "score": band.score}]},
        "brackets.full_only")


# -- expert judgement and refusals ----------------------------------------------------------------

def expert(ctx: Context) -> Result:
    cs = [c for c in ctx.chunks if not c.used and c.tags & {"discretion", "partial"}]
    if not cs:
        return None
    ctx.use(*cs)
    return {"kind": "expert"}, "expert.discretion"


def named_only(ctx: Context) -> Result:
    if re.search(r"按.{0,12}(?:区间|档次|分档|区段)(?:计分|评分|给分|打分|赋分)", ctx.text):
        return _t("The criteria name bands but give none of them.")
    m = re.search(r"按(.{1,12}?(?:率|度))(?:给分|计分|评分|打分|赋分)", ctx.text)
    if m:
        return _t("The criteria name {what} but not how it turns into points.").format(what=m.group(1))
    return None


# -- defaults ---------------------------------------------------------------------------------------

def attach_defaults(ctx: Context, rule: dict[str, Any]) -> None:
    """Defaults the criteria set ("无佐证材料的按0分计", "项目无调整的视同满足", "存在④所列情形的，
    本项不得分", "无监测数据的，依据故障记录测算") go into ``rule["defaults"]``."""
    out = list(rule.get("defaults") or [])
    for c in ctx.chunks:
        if c.used or not c.tags & {"default", "veto", "instruction"}:
            continue
        entry = _default_entry(ctx, c)
        if entry is not None:
            out.append(entry)
            c.used = True
    if out:
        rule["defaults"] = out


def _default_entry(ctx: Context, c: Chunk) -> dict[str, Any] | None:
    t = c.text
    m = NO_CHANGE.match(t)
    if m:
        return {"when": t[: t.find("的")] if "的" in t else m.group(1), "as": m.group(2), "score": abs(ctx.weight)}
    if "veto" in c.tags:
        v = VETO.match(re.sub(r"(?:不得分|得0分|得零分|计0分)$", "", t))
        if v:
            return {"when": (t.split("的")[0] if "的" in t else v.group(1)), "as": _t("the leaf earns nothing"), "score": 0.0}
    m = DEFAULT.match(t)
    if m:
        what = m.group(2)
        entry: dict[str, Any] = {"when": t.split("的")[0] if "的" in t else m.group(1), "as": what}
        if re.fullmatch(r"(?:0|零)分|不得分|零", what):
            entry["score"] = 0.0
        elif what in ("满分", "全分"):
            entry["score"] = abs(ctx.weight)
        return entry
    if c.score is not None and c.score.kind == "points" and c.score.value == 0 and re.match(r"^(?:无|没有|缺少|未提供)", c.condition):
        return {"when": c.condition.rstrip("的,"), "as": _t("the leaf earns nothing"), "score": 0.0}
    m = INSTRUCTION.match(t)
    if m:
        return {"when": t.split("的")[0], "as": t.split("的", 1)[1].strip(",")}
    return None


ORDER: tuple[Callable[[Context], Result], ...] = (
    formula, shortfall, per_point, numbered, graded_first, deduction, bonus, brackets, inline_levels, graded,
    expert, named_only,
)
