"""The demo project, built from seed 000 (resources/demo/seed000.json).

东莞 2022 一体化政务服务平台运维与运营服务项目: 4 level-1, 13 level-2, 37 leaves
with the report's weights, scores and comments, its target tables, survey groups
(with questionnaires synthesised to match the reported counts) and narrative.
The report's figures are the team's final decisions; a second evaluator's scores
differ on a few leaves so the several-evaluator views have something to show.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from evaltool.contracts.demo import add_demo_contracts
from evaltool.framework import add_subtree, find_by_path, iter_leaves, load_tree
from evaltool.models import (
    Project,
    ReportSection,
    RespondentGroup,
    Response,
    Survey,
    SurveyQuestion,
)
from evaltool.money import set_line
from evaltool.paths import resource
from evaltool.problems import add_problem
from evaltool.projects import add_member, create_evaluator, create_project
from evaltool.scoring import set_final, set_score
from evaltool.targets import add_target

DEMO_KEY = "seed000"
SCALE5 = ["非常满意", "比较满意", "一般", "不太满意", "非常不满意"]
SCALE5_EN = ["Very satisfied", "Satisfied", "Neutral", "Dissatisfied", "Very dissatisfied"]
SCALE5_WEIGHTS = [100, 80, 60, 0, 0]


@lru_cache(maxsize=1)
def demo_data() -> dict[str, Any]:
    with open(resource("demo", "seed000.json"), encoding="utf-8") as fh:
        return json.load(fh)


def scale5_options() -> list[dict[str, Any]]:
    return [{"code": i + 1, "label": lab, "label_en": SCALE5_EN[i], "weight": SCALE5_WEIGHTS[i],
             "satisfied": i < 2} for i, lab in enumerate(SCALE5)]


def _strip_rule(spec: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in spec.items() if k not in ("children", "score", "comment")}
    if isinstance(out.get("rule"), dict):
        out["rule"] = {k: v for k, v in out["rule"].items() if k != "inputs"}
    out["children"] = [_strip_rule(c) for c in spec.get("children", [])]
    return out


def _leaf_specs(nodes: list[dict[str, Any]], prefix: str = "") -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for n in nodes:
        path = f"{prefix}/{n['name']}" if prefix else n["name"]
        if n.get("children"):
            out.update(_leaf_specs(n["children"], path))
        else:
            out[path] = n
    return out


def _split(n: int, shares: list[float]) -> list[int]:
    """Split n into integer parts proportional to shares (largest remainder)."""
    raw = [n * s for s in shares]
    parts = [int(x) for x in raw]
    order = sorted(range(len(raw)), key=lambda i: raw[i] - parts[i], reverse=True)
    for i in order[: n - sum(parts)]:
        parts[i] += 1
    return parts


def create_demo_project(session: Session, name: str | None = None) -> Project:
    data = demo_data()
    p_info = dict(data["project"])
    team = p_info.pop("team", [])
    p_info.pop("name")
    money = data.get("money", {})
    project = create_project(session, name or data["project"]["name"], settings={"demo": DEMO_KEY},
                             adjustment_definition=money.get("adjustment_definition", "change"), **p_info)
    pid = project.id
    for line in money.get("sub_projects", []):
        set_line(session, pid, line["name"], money.get("year"),
                 **{k: line.get(k) for k in ("approved", "adjusted", "received", "actual", "moved_out", "recovered")
                    if line.get(k) is not None}, note=line.get("note", ""))

    lead = create_evaluator(session, "张明", "lead")
    member = create_evaluator(session, "李华", "member")
    expert = create_evaluator(session, "王芳（专家）", "expert")
    for ev in (lead, member, expert):
        add_member(session, pid, ev.id, ev.role)
    for name_ in team:
        ev = create_evaluator(session, name_, "member")
        add_member(session, pid, ev.id, "member")

    for i, l1 in enumerate(data["framework"]):
        add_subtree(session, pid, None, _strip_rule(l1), float(i + 1))
    specs = _leaf_specs(data["framework"])
    roots = load_tree(session, pid)
    for k, leaf in enumerate(iter_leaves(roots)):
        spec = specs[leaf.path]
        score = float(spec["score"])
        inputs = (spec.get("rule") or {}).get("inputs")
        set_score(session, pid, leaf.id, lead.id, score, comment=spec.get("comment", ""), inputs=inputs)
        # the member differs on every fifth leaf by a quarter of a point (kept in range)
        other = score if k % 5 else max(0.0, min(leaf.weight, score - 0.25 if score >= 0.25 else score + 0.25))
        set_score(session, pid, leaf.id, member.id, other,
                  comment="" if other == score else "要点②材料不全，酌情扣分。",
                  reason="" if other == score else "佐证材料不全")
        set_final(session, pid, leaf.id, score, reason="评价组合议确定", decided_by=lead.id,
                  comment=spec.get("comment", ""))

    for i, t in enumerate(data.get("targets", [])):
        # the report's own statuses (seed 000 counts 7 + 4 and 8 + 9); a missed target's reason
        # is the evaluators' finding recorded with it
        row = add_target(session, pid, name=t.get("name", ""), target_text=t.get("target", ""),
                         actual_text=t.get("actual", "") or "", level1=t.get("level1", ""),
                         level2=t.get("level2", ""), table_kind=t.get("table", "declared"),
                         sub_project_name=t.get("project") or "", status=t.get("status", "unknown"),
                         reason=(t.get("note") or "") if t.get("status") in ("not_met", "partly") else "",
                         note=t.get("note") or "", position=float(i + 1))
        if t.get("actual_value") is not None:
            row.actual_value = float(t["actual_value"])  # an estimate the text gives as a bound (MTBF ＜10000h)

    _demo_survey(session, pid, data.get("surveys", {}), lead.id)
    add_demo_contracts(session, pid, lead.id, member.id)  # seed-001-like monthly contracts (issue 23)

    narrative = dict(data.get("narrative") or {})
    problems = data.get("problems") or []
    if problems:
        _demo_problems(session, pid, problems, narrative)
        # the structured problems carry the seed's problem and suggestion texts
        narrative.pop("problems", None)
        narrative.pop("suggestions", None)
    for key, text in narrative.items():
        session.add(ReportSection(project_id=pid, key=key, text=text))
    session.flush()
    return project


def _numbered_blocks(text: str) -> list[tuple[str, str]]:
    """(title, body) of each "1.标题" block of a narrative (the seed's problems, suggestions)."""
    blocks: list[tuple[str, list[str]]] = []
    for line in (text or "").split("\n"):
        m = re.match(r"^\s*\d{1,2}[.．]\s*(\S.{0,40})$", line)
        if m and not m.group(1).endswith("。"):
            blocks.append((m.group(1).strip(), []))
        elif blocks and line.strip():
            blocks[-1][1].append(line.strip())
    return [(t, "\n".join(body)) for t, body in blocks]


def _demo_problems(session: Session, pid: str, specs: list[dict[str, Any]], narrative: dict[str, str]) -> None:
    """Seed 000's four problems with their leaves, a cause each, and the suggestion answering each."""
    problems = dict(_numbered_blocks(narrative.get("problems", "")))
    suggestions = _numbered_blocks(narrative.get("suggestions", ""))
    for spec in specs:
        leaves = [find_by_path(session, pid, path).id for path in spec.get("leaves", [])]
        if "suggestion_text" in spec:
            s_title, s_text = spec.get("suggestion_title", ""), spec["suggestion_text"]
        else:
            s_title, s_text = suggestions[int(spec["suggestion"]) - 1]
        add_problem(session, pid, level1=spec.get("level1", ""), title=spec["title"],
                    text=problems.get(spec["title"], ""), cause=spec.get("cause", ""), suggestion_title=s_title,
                    suggestion=s_text, indicator_ids=leaves, origin="edited")


# Item questions of seed 000's survey: (key, kind, text, text_en, group, satisfied, n).
# n below the group's size means some questionnaires left the item blank (the report's
# 76.12% = 51/67). Option counts inside the satisfied / unsatisfied parts are not in
# the report; they are split 55/45 and 70/30 here (synthesised, like the answers).
_DEMO_ITEMS = [
    ("ops_service", "scale5", "对运维服务（开普云信息科技股份有限公司）的满意度",
     "Satisfaction with the O&M service (Kaipuyun)", "市政数局", 1, 1),
    ("operations_service", "scale5", "对运营服务（东莞市数字经济发展集团有限公司）的满意度",
     "Satisfaction with the operations service (Dongguan Digital Economy Group)", "市政数局", 1, 1),
    ("stability", "scale5", "系统稳定性", "System stability", "使用单位", 60, 69),
    ("ease", "scale5", "系统操作便利性", "Ease of operation", "使用单位", 61, 69),
    ("share_dept", "scale5", "跨部门信息共享便利性", "Ease of sharing across departments", "使用单位", 51, 67),
    ("share_level", "scale5", "跨层级信息共享便利性", "Ease of sharing across levels", "使用单位", 52, 67),
    ("efficiency", "single", "一体化政务服务平台提升政务服务效能的程度",
     "How far the platform improved service efficiency", "使用单位", 63, 69),
]
_EFFICIENCY = [("很大程度提升", "Improved greatly", 100), ("较大程度提升", "Improved considerably", 80),
               ("一般", "Somewhat", 60), ("较小程度提升", "Improved slightly", 40), ("没有提升", "Not improved", 0)]
# 不满意原因 (multiple choice, 使用单位): 系统功能不够完善 24/69 = 34.78% is the report's
# figure; the report names the other two reasons without shares (counts synthesised).
_REASONS = [("系统功能不够完善", "Functions are not complete enough", 24),
            ("操作不够便捷", "Operation is not convenient enough", 9),
            ("数据推送不够快捷", "Data push is not fast enough", 7),
            ("其他", "Other", 0)]
_CITY_UNITS = ["市市场监督管理局", "市交通运输局", "市住房和城乡建设局", "市住房公积金管理中心", "市卫生健康局",
               "市人力资源和社会保障局", "市不动产登记中心", "市公安局", "市文化广电旅游体育局", "市民政局",
               "市自然资源技术中心"]
_TOWN_UNITS = ["高埗镇", "道滘镇", "东坑镇", "企石镇", "中堂镇", "大朗镇", "横沥镇", "沙田镇", "虎门镇", "洪梅镇",
               "黄江镇", "长安镇", "麻涌镇", "石碣镇", "大岭山镇", "石龙镇", "桥头镇", "常平镇", "石排镇",
               "南城街道", "莞城街道", "万江街道", "滨海湾新区", "松山湖高新区"]


def _codes_for(n: int, sat: int) -> list[int]:
    """n answers of a 5-level scale with ``sat`` in the top two boxes."""
    very, fairly = _split(sat, [0.55, 0.45])
    neutral, dis = _split(n - sat, [0.7, 0.3])
    return [1] * very + [2] * fairly + [3] * neutral + [4] * dis


def _demo_survey(session: Session, pid: str, surveys: dict[str, Any], entered_by: str) -> None:
    """Seed 000's survey: overall satisfaction by group plus the report's item questions.

    Questionnaires are synthesised to reproduce every count the report gives
    (市政数局 1/1, 使用单位 62/69, 办事人 141/145, items as in ``_DEMO_ITEMS``);
    使用单位 questionnaires come from 市直 units and 镇街 as the report describes.
    """
    survey = Survey(project_id=pid, name="满意度调查", name_en="Satisfaction survey",
                    settings={"satisfied_codes": [1, 2], "source": "seed 000", "main_question": "overall"})
    session.add(survey)
    session.flush()
    session.add(SurveyQuestion(project_id=pid, survey_id=survey.id, key="overall", kind="scale5",
                               text="总体满意度", text_en="Overall satisfaction", options=scale5_options(),
                               position=1.0))
    for i, (key, kind, text, text_en, _g, _s, _n) in enumerate(_DEMO_ITEMS):
        opts = scale5_options() if kind == "scale5" else [
            {"code": j + 1, "label": lab, "label_en": en, "weight": w, "satisfied": j < 2}
            for j, (lab, en, w) in enumerate(_EFFICIENCY)]
        session.add(SurveyQuestion(project_id=pid, survey_id=survey.id, key=key, kind=kind, text=text,
                                   text_en=text_en, options=opts, position=float(i + 2)))
    session.add(SurveyQuestion(
        project_id=pid, survey_id=survey.id, key="reasons", kind="multi", text="不满意原因（可多选）",
        text_en="Reasons for dissatisfaction (multiple choice)", position=float(len(_DEMO_ITEMS) + 2),
        options=[{"code": j + 1, "label": lab, "label_en": en, "weight": None, "satisfied": False}
                 for j, (lab, en, _c) in enumerate(_REASONS)]))
    for gi, g in enumerate(surveys.get("groups", [])):
        levels = [lv for lv in (g.get("level") or "").split("、") if lv]
        grp = RespondentGroup(project_id=pid, survey_id=survey.id, name=g["name"],
                              target_n=g.get("target_n") or g["n"], levels=levels, position=float(gi + 1))
        session.add(grp)
        session.flush()
        n, sat = int(g["n"]), int(g["satisfied"])
        opts = g.get("options")
        if opts:
            overall = [code for code, lab in enumerate(SCALE5, start=1) for _ in range(int(opts.get(lab, 0)))]
        else:
            overall = _codes_for(n, sat)
        answers: list[dict[str, Any]] = [{"overall": c} for c in overall]
        for key, _kind, _t, _te, gname, isat, in_ in _DEMO_ITEMS:
            if gname != g["name"]:
                continue
            # spread the item answers so they are not aligned with the overall answer
            codes = _codes_for(in_, isat)
            for k, code in enumerate(codes):
                answers[(k * 7 + len(key)) % n][key] = code
        if g["name"] == "使用单位":
            k = 0
            for code, (_lab, _en, count) in enumerate(_REASONS, start=1):
                for _ in range(count):
                    a = answers[(k * 5) % n]
                    a["reasons"] = sorted(set(a.get("reasons", [])) | {code})
                    k += 1
        for k, ans in enumerate(answers, start=1):
            level, unit = (levels[0] if levels else ""), ""
            if g["name"] == "使用单位" and len(levels) > 1:
                city = k % 3 == 1
                level = levels[0] if city else levels[1]
                unit = _CITY_UNITS[(k // 3) % len(_CITY_UNITS)] if city else _TOWN_UNITS[k % len(_TOWN_UNITS)]
            session.add(Response(project_id=pid, survey_id=survey.id, group_id=grp.id,
                                 respondent_ref=f"{g['name']}-{k:03d}", level=level, unit_name=unit,
                                 answers=ans, entered_by=entered_by))
    session.flush()


def find_demo_projects(session: Session) -> list[Project]:
    return [p for p in session.scalars(select(Project).where(Project.deleted.is_(False)))
            if (p.settings or {}).get("demo") == DEMO_KEY]
