"""The criteria reader on real 评分标准 wordings: the rule each must give, and proposals
for several inputs worked out by hand.

Wordings come from seed 000 (the demo framework and the report's quoted assessment
rules), seed 001 (the monthly assessment scheme), seed 002 (its satisfaction target),
seed 004 (its bands and their "含下限不含上限，下同" convention) and the built-in
templates (read from ``resources/templates`` so a change there is checked too).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import pytest

from evaltool.criteria import read_criteria
from evaltool.i18n import set_language
from evaltool.paths import resource
from evaltool.rules import propose, validate_rule
from evaltool.validate import rule_problems


@pytest.fixture(autouse=True)
def _english() -> None:
    """Refusals are checked against words of their English source (the zh_CN catalogue
    translates them; the conftest puts zh_CN back after each test)."""
    set_language("en")


@dataclass
class Case:
    name: str
    criteria: str
    weight: float
    kind: str | None  # None: the reader must refuse
    proposals: list[tuple[dict[str, Any], float | None]] = field(default_factory=list)
    description: str = ""
    rule: dict[str, Any] | None = None  # when given, keys that must match exactly
    negative: bool = False
    cap: float | None = None
    min_confidence: float = 1.0
    reason: str = ""  # words the refusal must contain


def _template(name: str) -> dict[str, dict[str, Any]]:
    """{leaf name: spec} of a shipped template (negative indicators too)."""
    with open(resource("templates", f"{name}.json"), encoding="utf-8") as fh:
        doc = json.load(fh)
    out: dict[str, dict[str, Any]] = {}

    def walk(nodes: list[dict[str, Any]]) -> None:
        for n in nodes:
            if n.get("children"):
                walk(n["children"])
            else:
                out[n["name"]] = n
    walk(doc["framework"])
    for n in doc.get("negative") or []:
        out[n["name"]] = {**n, "is_negative": True}
    return out


def _seed000() -> dict[str, dict[str, Any]]:
    with open(resource("demo", "seed000.json"), encoding="utf-8") as fh:
        doc = json.load(fh)
    out: dict[str, dict[str, Any]] = {}

    def walk(nodes: list[dict[str, Any]]) -> None:
        for n in nodes:
            if n.get("children"):
                walk(n["children"])
            else:
                out[n["name"]] = n
    walk(doc["framework"])
    return out


IT = _template("it_ops_generic")
MONTHLY = _template("monthly_assessment")
S0 = _seed000()


def _leaf(src: dict[str, dict[str, Any]], name: str, kind: str | None,
          proposals: list[tuple[dict[str, Any], float | None]], **kw: Any) -> Case:
    n = src[name]
    neg = bool(n.get("is_negative"))
    return Case(name, n["criteria"], float(n["weight"]), kind, proposals, n.get("description", ""),
                negative=neg, cap=n.get("cap"), **kw)


CASES = [
    # -- seed 000 (the demo framework's criteria, from the report) --------------------------
    _leaf(S0, "立项依据充分性", "checklist", [  # 每满足一个要点得0.5分，满分2分; four points ①–④
        ({"ticked": [True, True, True, True]}, 2), ({"ticked": [True, False, True, False]}, 1)]),
    _leaf(S0, "立项程序规范性", "checklist", [({"ticked": [True, True, False]}, 1)]),
    _leaf(S0, "目标合理性", "checklist", [  # 部分满足的酌情给分: 0.5+0.5+0.5+0.25
        ({"awarded": [0.5, 0.5, 0.5, 0.25]}, 1.75)], rule={"partial": True}),
    _leaf(S0, "资金使用合规性", "checklist", [  # ①1分；②1分；③1分；④2分
        ({"awarded": [1, 1, 0.5, 2]}, 4.5), ({"ticked": [True, True, True, True]}, 5)]),
    _leaf(S0, "管理制度健全性", "checklist", [({"awarded": [2, 1, 0.5]}, 3.5)]),
    _leaf(S0, "项目调整合理性", "checklist", [({"ticked": [True, True, True]}, 2), ({"ticked": [True]}, 1)]),
    _leaf(S0, "运维成果完成率", "rate", [  # 得分=运维服务成果完成率×分值 (4)
        ({"rate": 0.875}, 3.5), ({"value": 87.5}, 3.5), ({"value": 99.14}, 3.97), ({"value": 120}, 4)]),
    _leaf(S0, "运维服务驻场服务完成率", "completion", [  # 得分=完成要素数/7×分值 (3)
        ({"done": 5, "required": 7}, 2.14), ({"value": 5}, 2.14), ({"value": 6}, 2.57), ({"value": 7}, 3)],
        rule={"required": 7}),
    _leaf(S0, "服务质量达标率", "completion", [({"value": 6}, 3), ({"done": 8}, 4)], rule={"required": 8}),
    _leaf(S0, "故障处置和需求响应及时性", "rate", [({"rate": 0.945}, 1.89)]),
    _leaf(S0, "政数局对供应商项目实施的满意度", "satisfaction", [  # 满意度达到90%及以上得满分 (1)
        ({"rate": 1.0}, 1), ({"value": 90}, 1), ({"value": 89.86}, None)], rule={"threshold": 0.9, "below": "by_hand"}),
    _leaf(S0, "政务服务对象满意度", "satisfaction", [({"value": 97.24}, 2)]),
    _leaf(S0, "项目档案管理规范性", "expert", []),  # 酌情扣分
    _leaf(S0, "预算调整率", None, [], reason="bands"),  # 按…区间计分, no band given
    _leaf(S0, "使用部门满意度", None, [], reason="满意率"),  # 按满意率给分, no mapping
    _leaf(S0, "资金管理制度完善性", None, []),  # cites a result, gives no rule
    _leaf(S0, "预算执行率", None, []),  # 扣3分×2.5%=0.075分: a calculation, not a rule
    # seed 000's report quoting the contract's assessment rules
    Case("seed000 季度报告", "按要求提供当季数据分析报告，未按时执行的，1 次扣 10 分", 40, "deduction",
         [({"count": 1}, 30), ({"value": 3}, 10), ({"value": 5}, 0)], rule={"per": 10}),
    Case("seed000 服务实现 (分 for the report's 份)",
         "按客户要求时间内完成服务工作低于 80%的，扣 2 分；低于 70%的扣 5 分；低于 60%的，此项得零分并进行整改", 10,
         "brackets", [({"value": 85}, 10), ({"value": 80}, 10), ({"value": 79.9}, 8), ({"value": 70}, 8),
                      ({"value": 65}, 5), ({"value": 60}, 5), ({"value": 55}, 0)], min_confidence=0.9),
    Case("seed000 服务实现 as printed (扣2份)",
         "按客户要求时间内完成服务工作低于 80%的，扣 2 份；低于 70%的扣 5 份；低于 60%的，此项得零分并进行整改", 10, None, []),
    # -- seed 001 (monthly scheme) -----------------------------------------------------------
    Case("seed001 合理化建议", "如果建议被用户采纳，则对单项建议加分 10 分。", 0, "bonus",
         [({"count": 2}, 20), ({"value": 1}, 10)], rule={"per": 10}),
    Case("seed001 服务目录完成率", "服务目录完成率未达到 100%，每低一个百分点扣罚 2,000 元", 0, None, [], reason="元"),
    # -- seed 002 (its satisfaction target as a criterion) -----------------------------------
    Case("seed002 满意度", "工作人员及群众满意度达到90%以上得满分", 4, "satisfaction",
         [({"value": 90}, 4), ({"rate": 0.95}, 4), ({"value": 89}, None)]),
    # -- seed 004 (bands as it writes them) --------------------------------------------------
    Case("seed004 得分率 bands", "得分率≥90%得4分；80%≤得分率＜90%得3分；60%≤得分率＜80%得2分；得分率＜60%不得分", 4,
         "brackets", [({"value": 90}, 4), ({"value": 89.99}, 3), ({"value": 80}, 3), ({"value": 60}, 2),
                      ({"value": 59.9}, 0)]),
    Case("seed004 含下限不含上限，下同",
         "支出率达到100%得满分；90%-100%（含下限不含上限，下同）得3分；80%-90%得2分；60%-80%得1分；低于60%不得分", 4,
         "brackets", [({"value": 100}, 4), ({"value": 98.42}, 3), ({"value": 90}, 3), ({"value": 89.99}, 2),
                      ({"value": 80}, 2), ({"value": 60}, 1), ({"value": 59}, 0)]),
    # -- it_ops_generic template --------------------------------------------------------------
    _leaf(IT, "立项依据充分性", "checklist", [({"ticked": [True, True, False, True]}, 2.25)]),
    _leaf(IT, "立项程序规范性", "checklist", [({"ticked": [True, True, False]}, 1), ({"ticked": [False, False, True]}, 1)],
          rule={"points": [{"text": "项目是否按照规定的程序申请设立".replace("是否", ""), "score": 0.5},
                           {"text": "审批文件、材料符合相关要求", "score": 0.5},
                           {"text": "事前经过必要的可行性研究、专家论证、风险评估、绩效评估、集体决策", "score": 1.0}]}),
    _leaf(IT, "资金到位率", "rate", [({"numerator": 90, "denominator": 100}, 1.8), ({"value": 100}, 2)],
          rule={"numerator_label": "实际到位资金", "denominator_label": "预算资金"}),
    _leaf(IT, "预算执行率", "rate", [({"value": 99.14}, 3.97), ({"numerator": 49.2, "denominator": 49.625}, 3.97)]),
    _leaf(IT, "预算调整率", "brackets", [({"value": 10}, 2), ({"value": 12}, 1.5), ({"value": 15}, 1.5),
                                       ({"value": 30}, 0.5), ({"value": 30.01}, 0), ({"value": 69.32}, 0)]),
    _leaf(IT, "资金使用合规性", "checklist", [({"ticked": [True] * 4}, 4), ({"ticked": [True] * 4, "default": 0}, 0)]),
    _leaf(IT, "项目档案管理规范性", "deduction", [({"value": 2}, 0.5), ({"count": 4}, 0)], rule={"per": 0.5}),
    _leaf(IT, "项目调整合理性", "checklist", [({"ticked": [True, False, False]}, 0.5), ({"default": 0}, 1.5)]),
    _leaf(IT, "运维服务内容完成率", "rate", [({"value": 95}, 2.85)]),
    _leaf(IT, "系统可用率", "brackets", [({"value": 99.95}, 2), ({"value": 99.9}, 2), ({"value": 99.7}, 1.5),
                                       ({"value": 99.5}, 1.5), ({"value": 99.2}, 1), ({"value": 98}, 0)]),
    _leaf(IT, "安全事件发生情况", "deduction", [({"value": 1}, 0.5), ({"count": 3}, 0)]),
    _leaf(IT, "成本控制有效性", "graded", [({"level": 0}, 3), ({"level": 1}, 2), ({"level": 3}, 0)]),
    _leaf(IT, "后续运行可持续性", "checklist", [({"ticked": [True, True, False, True, False]}, 1.8)]),
    _leaf(IT, "主管部门满意度", "satisfaction", [  # (r − 60%) / (90% − 60%) × 2
        ({"rate": 0.95}, 2), ({"value": 75}, 1), ({"value": 89.86}, 1.99), ({"value": 59}, 0)],
        rule={"threshold": 0.9, "floor": 0.6}),
    _leaf(IT, "绩效自评质量", "deduction", [  # 3 once + 0.5 each + 0.5 each, at most 10
        ({"counts": [1, 2, 1]}, -4.5), ({"counts": [1, 20, 10]}, -10), ({"counts": [0, 0, 3]}, -1.5)],
        rule={"max": 10}),
    _leaf(IT, "负面事件", "deduction", [({"counts": [2, 1]}, -9), ({"counts": [3, 1]}, -10)]),
    # -- monthly_assessment template (seed 001 rewritten) ---------------------------------------
    _leaf(MONTHLY, "故障响应及恢复时效", "brackets", [  # overrun of the time limit in %
        ({"value": -10}, 30), ({"value": 0}, 30), ({"value": 30}, 18), ({"value": 50}, 18), ({"value": 50.1}, 9),
        ({"value": 100}, 9), ({"value": 120}, 0)]),
    _leaf(MONTHLY, "事件处理快速准确性", "graded", [({"level": 2}, 2.5)]),
    _leaf(MONTHLY, "合理化建议被采纳（加分）", "bonus", [({"value": 2}, 20), ({"count": 0}, 0)]),
    _leaf(MONTHLY, "报告提交与工作汇报", "checklist", [({"ticked": [True, True, False, True]}, 15)]),
    _leaf(MONTHLY, "上月整改落实", "graded", [({"level": 1}, 15)]),
    # -- wordings the issue names, as real criteria write them ------------------------------------
    Case("linear interpolation with a floor", "得分=（完成率-50%）/(100%-50%)×分值，低于50%不得分。", 4, "rate",
         [({"value": 100}, 4), ({"value": 75}, 2), ({"value": 50}, 0), ({"value": 40}, 0), ({"value": 90}, 3.2)],
         rule={"floor": 0.5, "full_at": 1.0}),
    Case("评分等于执行率×分值", "评分等于执行率×分值", 3, "rate", [({"value": 50}, 1.5)]),
    Case("per-point shortfall", "达到100%得满分，每低1个百分点扣0.2分。", 2, "shortfall",
         [({"value": 100}, 2), ({"value": 98.5}, 1.7), ({"value": 95}, 1), ({"value": 80}, 0)]),
    Case("per-point shortfall, whole points", "预算执行率达到100%的得满分，每低1个百分点扣0.5分，不足1个百分点按1个百分点计", 3,
         "shortfall", [({"value": 99.5}, 2.5), ({"value": 98}, 2), ({"value": 100}, 3)], rule={"whole_steps": True}),
    Case("bonus with a cap", "每项加0.5分，最多加2分。", 2, "bonus", [({"value": 3}, 1.5), ({"value": 6}, 2)]),
    Case("其余不得分", "执行率在90%（含）以上得满分；80%（含）至90%得3分；其余不得分", 4, "brackets",
         [({"value": 95}, 4), ({"value": 90}, 4), ({"value": 85}, 3), ({"value": 80}, 3), ({"value": 79.9}, 0)]),
    Case("以上/以下 and 不足", "达到95%以上得2分；不足95%、高于85%得1分；85%以下不得分", 2, "brackets",
         [({"value": 95}, 2), ({"value": 90}, 1), ({"value": 85}, 0), ({"value": 85.01}, 1)]),
    Case("half-open interval notation", "[90%,100%]得满分；[80%,90%)得3分；80%以下不得分", 4, "brackets",
         [({"value": 90}, 4), ({"value": 89}, 3), ({"value": 80}, 3), ({"value": 70}, 0), ({"value": 101}, None)]),
    Case("graded inline", "好（4分）、较好（3分）、一般（2分）、差（0-1分）", 4, "graded",
         [({"level": 1}, 3), ({"level": 3, "score": 0.5}, 0.5), ({"level": 3}, 1)]),
    Case("graded with 不满足", "完全满足得2分，基本满足得1分，不满足不得分", 2, "graded", [({"level": 2}, 0)]),
    Case("default: 无佐证材料的按0分计", "每满足一项得1分；无佐证材料的按0分计。", 3, "checklist",
         [({"ticked": [True, True, True]}, 3), ({"ticked": [True, True, True], "default": 0}, 0)],
         description="①A；②B；③C。"),
    Case("target met or in proportion", "月度报告≥12份得满分，否则按完成比例得分", 2, "target",
         [({"value": 12}, 2), ({"value": 4}, 0.67)]),
    Case("deduction per occurrence", "每发现一处扣0.5分，扣完为止", 2, "deduction", [({"value": 3}, 0.5), ({"value": 5}, 0)]),
    Case("a target named but not stated", "每低于目标值1个百分点扣0.5分", 3, None, [], reason="target"),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_reader_gives_the_rule_and_its_proposals(case: Case) -> None:
    r = read_criteria(case.criteria, description=case.description, weight=case.weight,
                      is_negative=case.negative, cap=case.cap)
    if case.kind is None:
        assert r.rule is None, r.as_json()
        assert r.reason
        assert case.reason in r.reason
        return
    assert r.rule is not None, r.reason
    assert r.rule["kind"] == case.kind, r.as_json()
    assert r.matched  # the phrase it was read from
    assert r.confidence >= case.min_confidence, r.as_json()
    assert validate_rule(r.rule, case.weight, is_negative=case.negative, cap=case.cap) == []
    # and the shape check every stored rule passes (`evaltool rule --set`, templates, the flush)
    assert rule_problems(r.rule) == [], r.rule
    for key, value in (case.rule or {}).items():
        assert r.rule.get(key) == value, (key, r.rule)
    for inputs, expected in case.proposals:
        p = propose(r.rule, inputs, case.weight, is_negative=case.negative, cap=case.cap)
        assert p.score == (None if expected is None else pytest.approx(expected)), (inputs, p)


def test_every_template_leaf_is_read_or_refused_with_a_reason() -> None:
    """No template criterion is silently misread: each gives the template's own rule kind
    (it was written by hand beside the text), or a reason."""
    for src in (IT, MONTHLY):
        for name, n in src.items():
            r = read_criteria(n.get("criteria", ""), description=n.get("description", ""), weight=float(n["weight"]),
                              is_negative=bool(n.get("is_negative")), cap=n.get("cap"))
            assert r.rule is not None or r.reason, name
            own = (n.get("rule") or {}).get("kind")
            if r.rule is not None and own:
                same = {own, r.rule["kind"]} <= {"rate", "completion"} or own == r.rule["kind"]
                assert same, (name, own, r.rule)


def test_the_reading_says_what_it_matched_and_what_it_left() -> None:
    r = read_criteria("每满足一个要点得1分，满分4分；存在④所列情形的，本项不得分。", weight=4,
                      description="①A；②B；③C；④不存在截留、挤占等情况。")
    assert r.rule is not None and r.rule["defaults"] == [{"when": "存在④所列情形", "as": r.rule["defaults"][0]["as"],
                                                         "score": 0.0}]
    doc = r.as_json()
    assert set(doc) >= {"rule", "matched", "confidence"} and "每满足一个要点得1分" in doc["matched"]
    # a clause it cannot read lowers the confidence and is named
    r = read_criteria("如按限定的时间内完成，30 分；如果在超过限定时限 50％，18分；超过限定时限 100％，9 分。", weight=30)
    assert r.confidence < 0.8 and any("18分" in u for u in r.unread)
    # nothing to read at all: a reason, no rule
    r = read_criteria("", weight=2)
    assert r.rule is None and r.reason


def test_full_width_spaces_and_line_breaks_read_like_the_plain_text() -> None:
    plain = read_criteria("预算调整率≤10%得2分；调整率>10%不得分", weight=2)
    messy = read_criteria("预算调整率 ≦ １０％ 得 ２ 分；\n调整率＞10％\n不得分", weight=2)
    assert plain.rule == messy.rule and plain.rule is not None
