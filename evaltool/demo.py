"""The demo project, built from seed 000 (resources/demo/seed000.json).

东莞 2022 一体化政务服务平台运维与运营服务项目: 4 level-1, 13 level-2, 37 leaves
with the report's weights, scores and comments, its target tables, survey groups
(with questionnaires synthesised to match the reported counts) and narrative.
The report's figures are the team's final decisions; a second evaluator's scores
differ on a few leaves so the several-evaluator views have something to show.
"""
from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from evaltool.framework import add_subtree, iter_leaves, load_tree
from evaltool.models import (
    Project,
    ReportSection,
    RespondentGroup,
    Response,
    Survey,
    SurveyQuestion,
    Target,
)
from evaltool.paths import resource
from evaltool.projects import add_member, create_evaluator, create_project
from evaltool.scoring import set_final, set_score

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
    project = create_project(session, name or data["project"]["name"],
                             settings={"demo": DEMO_KEY, "money": data.get("money", {})}, **p_info)
    pid = project.id

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
        session.add(Target(
            project_id=pid, table_kind=t.get("table", "declared"), level1=t.get("level1", ""),
            level2=t.get("level2", ""), name=t.get("name", ""), target_text=t.get("target", ""),
            operator=t.get("operator") or "text", target_value=t.get("value"), unit=t.get("unit") or "",
            actual_text=t.get("actual", "") or "", actual_value=t.get("actual_value"),
            status=t.get("status", "unknown"), status_manual=True,
            note=((t.get("project") + "；") if t.get("project") else "") + (t.get("note") or ""),
            position=float(i + 1)))

    _demo_survey(session, pid, data.get("surveys", {}), lead.id)

    for key, text in (data.get("narrative") or {}).items():
        session.add(ReportSection(project_id=pid, key=key, text=text))
    session.flush()
    return project


def _demo_survey(session: Session, pid: str, surveys: dict[str, Any], entered_by: str) -> None:
    survey = Survey(project_id=pid, name="满意度调查", name_en="Satisfaction survey",
                    settings={"satisfied_codes": [1, 2], "source": "seed 000"})
    session.add(survey)
    session.flush()
    q = SurveyQuestion(project_id=pid, survey_id=survey.id, key="overall", kind="scale5",
                       text="总体满意度", text_en="Overall satisfaction", options=scale5_options(),
                       position=1.0)
    session.add(q)
    for gi, g in enumerate(surveys.get("groups", [])):
        level = (g.get("level") or "").split("、")[0]
        grp = RespondentGroup(project_id=pid, survey_id=survey.id, name=g["name"],
                              target_n=g.get("target_n") or g["n"],
                              levels=[lv for lv in (g.get("level") or "").split("、") if lv],
                              position=float(gi + 1))
        session.add(grp)
        session.flush()
        n, sat = int(g["n"]), int(g["satisfied"])
        opts = g.get("options")
        if opts:
            counts = [int(opts.get(lab, 0)) for lab in SCALE5]
        else:
            very, fairly = _split(sat, [0.6, 0.4])
            neutral, dis = _split(n - sat, [0.7, 0.3])
            counts = [very, fairly, neutral, dis, 0]
        k = 0
        for code, count in enumerate(counts, start=1):
            for _ in range(count):
                k += 1
                session.add(Response(project_id=pid, survey_id=survey.id, group_id=grp.id,
                                     respondent_ref=f"{g['name']}-{k:03d}", level=level,
                                     answers={"overall": code}, entered_by=entered_by))
    session.flush()


def find_demo_projects(session: Session) -> list[Project]:
    return [p for p in session.scalars(select(Project).where(Project.deleted.is_(False)))
            if (p.settings or {}).get("demo") == DEMO_KEY]
