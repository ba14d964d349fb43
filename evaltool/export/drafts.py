"""Drafts of the narrative sections, written from the project's data.

A section the team has not written is drafted here so the report has every part real
reports have (评价目的, 对象和范围, 依据, 原则, 方法, 指标体系, 评价过程, 项目概况, 经验);
the Report page offers the same draft as a starting point to edit. Drafts use the
project's facts (委托方, 评价机构, 预算单位, dates, period), its money lines, framework,
team, phases, evidence and surveys — never a placeholder: a fact that is missing leaves
its clause out. Both report languages; user data (names, units) is never translated.

``section_text(data, key)`` is the written text when there is one, else the draft.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from evaltool.export.data import ReportData
from evaltool.export.report_text import L
from evaltool.formatting import fmt_rate, fmt_score
from evaltool.framework import Node

DRAFTED = ("background", "purpose", "scope", "basis", "principles", "methods", "framework_design", "process",
           "achievements")


def fmt_date(iso: str | None, lang: str) -> str:
    """2023-05-04 → 2023年5月4日 (English: 2023-05-04); "" when absent."""
    if not iso:
        return ""
    try:
        d = date.fromisoformat(str(iso)[:10])
    except ValueError:
        return str(iso)
    return d.isoformat() if lang == "en" else f"{d.year}年{d.month}月{d.day}日"


def _money(v: float | None) -> str:
    if v is None:
        return ""
    s = f"{v:,.4f}".rstrip("0").rstrip(".")
    return s or "0"


def _en(d: ReportData) -> bool:
    return d.lang == "en"


def _sep(d: ReportData) -> str:
    return L("list_sep", d.lang)


def _scope_period(d: ReportData) -> str:
    p = d.project
    if p.get("project_period"):
        return str(p["project_period"])
    years = d.money.years if d.money is not None else []
    if years:
        return f"{years[0]}-{years[-1]}年" if len(years) > 1 and not _en(d) else (
            f"{years[0]}–{years[-1]}" if len(years) > 1 else (f"{years[0]}年" if not _en(d) else str(years[0])))
    return ""


def draft_background(d: ReportData) -> str:
    p = d.project
    unit = p.get("budget_unit") or ""
    if not unit:
        return ""
    dept = p.get("competent_department") or ""
    period = _scope_period(d)
    text = L("background_facts", d.lang).format(
        name=p["name"], unit=unit,
        dept=L("background_dept", d.lang).format(dept=dept) if dept and dept != unit else "",
        period=L("background_period", d.lang).format(period=period) if period else "")
    money = d.money.combined if d.money is not None else None
    if money is not None and money.approved is not None and money.actual is not None:
        text += L("background_money", d.lang).format(approved=_money(money.approved), actual=_money(money.actual))
    return text


def draft_purpose(d: ReportData) -> str:
    p = d.project
    commissioner = p.get("commissioning_body") or ""
    agency = p.get("evaluation_agency") or ""
    if _en(d):
        who = f"Commissioned by {commissioner}, {agency or 'the evaluation team'}" if commissioner else (
            agency or "The evaluation team")
        return (f"{who} evaluated {p['name']} to find out how far its performance targets were met (its decisions, "
                "process, outputs and benefits), to draw lessons, identify problems and propose improvements, "
                "as a reference for managing the budget and planning the following years' funding.")
    lead = f"受{commissioner}委托，" if commissioner else ""
    who = agency or "评价组"
    return (f"为全面实施预算绩效管理，提高财政资金使用效益，{lead}{who}对{p.get('budget_unit') or ''}{p['name']}开展绩效评价，"
            "了解项目决策、过程、产出和效益情况，客观评价项目绩效目标的实现程度，总结经验，发现问题，提出改进建议，"
            f"为{commissioner or '财政部门'}加强预算管理、安排以后年度预算提供参考。")


def draft_scope(d: ReportData) -> str:
    p = d.project
    period = _scope_period(d)
    subs = d.money.sub_projects if d.money is not None else []
    combined = d.money.combined if d.money is not None else None
    ref = fmt_date(p.get("reference_date"), d.lang)
    if _en(d):
        out = f"The object of the evaluation is {p['name']} ({p.get('budget_unit') or ''})."
        if combined is not None and combined.approved is not None:
            out += f" It covers the approved budget of {_money(combined.approved)} (10,000 yuan)"
            out += f" over {period}" if period else ""
            out += ", its use, and the project's decisions, process, outputs and benefits."
        if len(subs) > 1:
            out += f" It includes {len(subs)} sub-projects: {', '.join(subs)}."
        if ref:
            out += f" Reference date: {ref}."
        return out
    out = f"评价对象为{p.get('budget_unit') or ''}{p['name']}。"
    if combined is not None and combined.approved is not None:
        out += (f"评价范围为{period}项目批复预算{_money(combined.approved)}万元的资金使用情况，以及项目决策、过程、产出和效益情况"
                if period else f"评价范围为项目批复预算{_money(combined.approved)}万元的资金使用情况，以及项目决策、过程、产出和效益情况")
        out += f"，涉及{len(subs)}个子项目：{_sep(d).join(subs)}。" if len(subs) > 1 else "。"
    if ref:
        out += f"评价基准日为{ref}。"
    return out


_BASIS_ZH = ["《中华人民共和国预算法》", "《中共中央 国务院关于全面实施预算绩效管理的意见》（中发〔2018〕34号）",
             "《财政部关于印发〈项目支出绩效评价管理办法〉的通知》（财预〔2020〕10号）"]
_BASIS_EN = ["the Budget Law of the People's Republic of China",
             "the Opinions of the CPC Central Committee and the State Council on Fully Implementing Budget "
             "Performance Management (Zhongfa [2018] No. 34)",
             "the Measures for the Performance Evaluation of Project Expenditure (Caiyu [2020] No. 10)"]


def draft_basis(d: ReportData) -> str:
    n_ev = sum(d.evidence_kinds.values())
    if _en(d):
        items = [*_BASIS_EN, "the project's approval, budget, contracts, acceptance records and declared "
                 "performance targets"]
        if n_ev:
            items.append(f"the {n_ev} pieces of evidence the unit provided and the team gathered")
        return "The evaluation is based on " + "; ".join(items) + "."
    items = [*_BASIS_ZH, "项目立项批复、预算批复、合同、验收及绩效目标申报等资料"]
    if n_ev:
        items.append(f"项目单位提供及评价组现场核查、访谈取得的{n_ev}份佐证材料")
    lines = [f"（{i}）{x}" + ("；" if i < len(items) else "。") for i, x in enumerate(items, start=1)]
    return "评价工作主要依据以下文件和资料：\n" + "\n".join(lines)


def draft_principles(d: ReportData) -> str:
    if _en(d):
        return ("The evaluation follows the principles of the Measures for the Performance Evaluation of Project "
                "Expenditure: scientific and impartial; balanced and comprehensive; incentive and constraint; "
                "open and transparent.")
    return ("评价工作遵循《项目支出绩效评价管理办法》规定的原则：\n"
            "（1）科学公正。绩效评价运用科学合理的方法，按照规范的程序，对项目绩效进行客观、公正的反映；\n"
            "（2）统筹兼顾。绩效评价统筹考虑项目的决策、过程、产出和效益，做到职责明确、各有侧重、相互衔接；\n"
            "（3）激励约束。绩效评价结果与预算安排、政策调整、改进管理实质性挂钩，体现奖优罚劣和激励相容导向；\n"
            "（4）公开透明。绩效评价结果依法依规公开，并自觉接受社会监督。")


def draft_methods(d: ReportData) -> str:
    kinds = d.evidence_kinds
    n_survey = sum(sv.overall.n for sv in (d.surveys or []))
    en = _en(d)
    items: list[str] = []
    items.append("desk review of the project's documents and records" if en else
                 "案卷研究：收集、研读项目立项、预算、合同、实施、验收及绩效目标等资料，核实项目实施情况")
    if kinds.get("site_check") or kinds.get("photo") or any("现场" in str(ph.get("name", ""))
                                                            for ph in d.project.get("phases") or []):
        items.append("on-site checks" if en else "现场核查：到项目实施现场查看项目运行情况，核对佐证材料")
    if kinds.get("interview"):
        items.append("interviews and meetings with the unit and its vendors" if en else
                     "座谈访谈：与项目单位、供应商及相关人员座谈访谈，了解项目管理和实施情况")
    if n_survey:
        items.append(f"a satisfaction survey ({n_survey} valid questionnaires)" if en else
                     f"问卷调查：面向服务对象开展满意度调查，回收有效问卷{n_survey}份")
    if d.targets:
        items.append("comparison of the declared targets with the results achieved" if en else
                     "比较法：将绩效目标与实际完成情况进行比较，分析目标实现程度")
    if d.problems:
        items.append("factor analysis of the causes behind the shortfalls" if en else
                     "因素分析法：综合分析影响绩效目标实现的内外部因素，查找问题产生的原因")
    if en:
        return "Methods used: " + "; ".join(items) + "."
    return "评价组综合运用以下评价方法：\n" + "\n".join(
        f"（{i}）{x}" + ("；" if i < len(items) else "。") for i, x in enumerate(items, start=1))


def draft_framework_design(d: ReportData) -> str:
    sm = d.summary
    n1 = len(sm.level1)
    n2 = sum(len(r.children) for r in d.roots if not r.is_negative)
    n3 = sum(1 for leaf in d.leaves if not leaf.is_negative)
    weights = _sep(d).join(f"{r.name}{fmt_score(r.weight)}分" if not _en(d) else f"{r.name} {fmt_score(r.weight)}"
                           for r in sm.level1)
    neg = [n for n in d.roots if n.is_negative]
    commissioner = d.project.get("commissioning_body") or ""
    if _en(d):
        out = (f"Following the common framework of the Measures for the Performance Evaluation of Project "
               f"Expenditure and the project's features, the team built a framework of {n1} level-1, {n2} level-2 "
               f"and {n3} level-3 indicators worth {fmt_score(sm.weight)} points: {weights}.")
        if neg:
            out += (f" Negative indicators ({', '.join(n.name for n in neg)}) deduct up to "
                    f"{fmt_score(sum(d.nodes[n.id].max_deduction for n in neg))} points.")
        return out
    out = (f"评价组依据《项目支出绩效评价管理办法》（财预〔2020〕10号）的共性指标框架，结合项目特点，从"
           f"{_sep(d).join(r.name for r in sm.level1)}等方面构建评价指标体系，共设{n1}个一级指标、{n2}个二级指标、"
           f"{n3}个三级指标，总分{fmt_score(sm.weight)}分，一级指标权重为：{weights}。")
    if neg:
        names = _sep(d).join(n.name for n in neg)
        what = "（扣分项）" if all("逆向" in n.name for n in neg) else "作为逆向指标（扣分项）"
        out += f"另设{names}{what}，最多扣{fmt_score(sum(d.nodes[n.id].max_deduction for n in neg))}分。"
    if commissioner:
        out += f"指标体系及评分标准经与{commissioner}沟通确认。"
    return out


_PHASE_WORK = (
    (("前期", "准备", "启动"), "成立评价组，收集研读项目资料，制定评价工作方案、评价指标体系和评分标准",
     "formed the team, gathered the project's documents and drew up the work plan, framework and criteria"),
    (("现场", "实施", "调研", "核查", "访谈"), "开展案卷研究、现场核查、座谈访谈和问卷调查，收集、核实佐证材料",
     "carried out the desk review, site checks, interviews and the survey, and verified the evidence"),
    (("分析", "评价", "评分", "打分"), "整理分析资料，对照评分标准逐项评分，评价组合议确定各指标得分",
     "analysed the material, scored each indicator against its criteria and agreed the scores"),
    (("报告", "撰写", "总结"), "撰写绩效评价报告，征求项目单位和委托方意见后修改完善，形成正式报告",
     "wrote the report, collected comments from the unit and the client, and finalised it"),
)


def _phase_work(name: str, en: bool) -> str:
    for words, zh, en_text in _PHASE_WORK:
        if any(w in name for w in words):
            return en_text if en else zh
    return ""


def draft_process(d: ReportData) -> str:
    p = d.project
    en = _en(d)
    lines: list[str] = []
    start, end = fmt_date(p.get("evaluation_start"), d.lang), fmt_date(p.get("evaluation_end"), d.lang)
    if start and end:
        lines.append(L("period_sentence", d.lang).format(start=start, end=end))
    phases = [ph for ph in (p.get("phases") or []) if isinstance(ph, dict) and ph.get("name")]
    for i, ph in enumerate(phases, start=1):
        a, b = fmt_date(ph.get("start"), d.lang), fmt_date(ph.get("end"), d.lang)
        when = (f"{a}至{b}" if a != b else a) if not en else (f"{a} to {b}" if a != b else a)
        work = (ph.get("text") or "").strip() or _phase_work(str(ph["name"]), en)
        if en:
            lines.append(f"({i}) {ph['name']}" + (f" ({when})" if when else "") + (f": {work}." if work else "."))
        else:
            lines.append(f"（{i}）{ph['name']}" + (f"（{when}）" if when else "") + (f"：{work}。" if work else "。"))
    lead = [n for n, r in d.team if r == "lead"]
    members = [n for n, r in d.team if r == "member"]
    experts = [n for n, r in d.team if r == "expert"]
    if lead:
        lines.append(L("team_sentence", d.lang).format(
            lead=_sep(d).join(lead), members=_sep(d).join(members) or _sep(d).join(lead),
            experts=L("team_experts", d.lang).format(names=_sep(d).join(experts)) if experts else ""))
    elif d.team:
        lines.append(L("team_only", d.lang).format(members=_sep(d).join(n for n, _r in d.team)))
    n_ev = sum(d.evidence_kinds.values())
    if n_ev:
        kinds = _sep(d).join(f"{_kind_label(k, d.lang)}{n}{'' if en else '份'}" if not en else f"{n} {_kind_label(k, d.lang)}"
                             for k, n in sorted(d.evidence_kinds.items(), key=lambda kv: -kv[1]))
        lines.append(L("evidence_sentence", d.lang).format(n=n_ev, kinds=kinds))
    surveys = [sv for sv in (d.surveys or []) if sv.overall.n]
    if surveys:
        groups = _sep(d).join(f"{g.name}{g.n}{'份' if not en else ''}" if not en else f"{g.name} {g.n}"
                              for sv in surveys for g in sv.groups if g.n)
        lines.append(L("survey_sentence", d.lang).format(n=sum(sv.overall.n for sv in surveys), groups=groups))
    return "\n".join(lines)


def _kind_label(kind: str, lang: str) -> str:
    zh = {"document": "文件资料", "photo": "照片", "scan": "扫描件", "interview": "访谈记录", "site_check": "现场核查记录",
          "data": "数据"}
    en = {"document": "documents", "photo": "photos", "scan": "scans", "interview": "interview notes",
          "site_check": "site-check notes", "data": "data files"}
    return (en if lang == "en" else zh).get(kind, kind)


def draft_achievements(d: ReportData) -> str:
    """Level-2 indicators scoring 90 % or more (the best three otherwise), with their full-mark leaves."""
    en = _en(d)
    level2 = [d.nodes[c.id] for r in d.roots if not r.is_negative for c in r.children if c.id in d.nodes]
    scored = [n for n in level2 if n.rate is not None and n.scored]
    good = [n for n in scored if (n.rate or 0) >= 0.9 - 1e-9] or sorted(scored, key=lambda n: -(n.rate or 0))[:3]
    # Chinese: under its own （一） heading so the "1." items sit below it; English: paragraphs
    lines: list[str] = [] if en else [L("achievement_heading", d.lang)]
    children = {c.id: c for r in d.roots for c in r.children}
    for i, n in enumerate(sorted(good, key=lambda n: -(n.rate or 0)), start=1):
        node = children[n.id]
        full = [leaf.name for leaf in _leaves_of(node) if leaf is not node
                and not leaf.is_negative and d.nodes[leaf.id].scored and d.nodes[leaf.id].lost <= 1e-9]
        title = L("achievement_title", d.lang).format(name=n.name)
        text = L("achievement_l2", d.lang).format(name=n.name, rate=fmt_rate(n.rate))
        if full:
            text += L("achievement_full", d.lang).format(names=_sep(d).join(full[:4]))
        if en:
            lines.append(f"{title}: {text}")
        else:
            lines.append(f"{i}.{title}")
            lines.append(text)
    return "\n".join(lines)


def _leaves_of(node: Node) -> list[Node]:
    if node.is_leaf:
        return [node]
    out: list[Node] = []
    for c in node.children:
        out.extend(_leaves_of(c))
    return out


DRAFTERS: dict[str, Callable[[ReportData], str]] = {
    "background": draft_background, "purpose": draft_purpose, "scope": draft_scope, "basis": draft_basis,
    "principles": draft_principles, "methods": draft_methods, "framework_design": draft_framework_design,
    "process": draft_process, "achievements": draft_achievements,
}


def draft_section(d: ReportData, key: str) -> str:
    """The draft of section ``key`` ("" when the section has no draft or nothing to say)."""
    fn = DRAFTERS.get(key)
    return fn(d) if fn is not None else ""


def section_text(d: ReportData, key: str) -> str:
    """What the report prints for section ``key``: the team's text, else the draft."""
    text = (d.sections.get(key) or "").strip()
    return text or draft_section(d, key)
