"""The problems of chapter 三 (问题), each with its cause (原因分析) and its suggestion (建议).

A problem is backed by the deductions that found it: ``indicator_ids`` are the leaves
that lost points for it, ``evidence_ids`` the evidence cited. Suggestions answer the
problems one to one (the report numbers them alike). Problems are stored rows
(``ReportProblem``) the team writes and edits; ``draft_problems`` proposes them from
the deductions — one per level-2 indicator that lost points, grouped by level-1, with
the leaves' comments, the points lost, the linked evidence, and a cause and a
suggestion worded from the level-1 dimension (决策 / 过程 / 产出 / 效益) — for the team
to edit. The export uses the stored problems, else the narrative section, else drafts
made on the fly (and says so in its summary).

Functions take a Session, flush, never commit.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from evaltool.errors import NotFoundError, ValidationError
from evaltool.formatting import fmt_score
from evaltool.framework import Node, load_tree
from evaltool.i18n import translate
from evaltool.models import EvidenceItem, EvidenceLink, Project, ReportProblem
from evaltool.records import get_row, restore_fields, set_deleted, update_fields
from evaltool.scoring import LeafResult, leaf_results

FIELDS = ("level1", "title", "text", "cause", "suggestion_title", "suggestion", "indicator_ids", "evidence_ids",
          "position", "origin")


@dataclass
class Problem:
    """A problem as plain data (stored, or drafted: ``id`` "")."""

    id: str
    level1: str
    title: str
    text: str
    cause: str
    suggestion_title: str
    suggestion: str
    indicator_ids: list[str] = field(default_factory=list)
    evidence_ids: list[str] = field(default_factory=list)
    position: float = 0.0
    origin: str = "edited"
    lost: float = 0.0  # points lost on its leaves (drafts and stored alike, from the current scores)
    indicators: list[str] = field(default_factory=list)  # leaf paths, for people
    evidence: list[str] = field(default_factory=list)  # evidence titles

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _check_project(session: Session, project_id: str) -> None:
    p = session.get(Project, project_id)
    if p is None or p.deleted:
        raise NotFoundError(translate("Errors", "No project with id or name “{name}”. Run “evaltool projects” to list them.")
                            .format(name=project_id))


def _lost(lr: LeafResult | None) -> float:
    if lr is None or lr.score is None:
        return 0.0
    if lr.is_negative:
        return max(-lr.score, 0.0)
    return max(lr.weight - lr.score, 0.0)


def _evidence_titles(session: Session, project_id: str) -> tuple[dict[str, list[str]], dict[str, str]]:
    """{leaf id: [evidence ids]} and {evidence id: title} of the project's live links."""
    q = (select(EvidenceLink.indicator_id, EvidenceItem.id, EvidenceItem.title, EvidenceItem.filename)
         .join(EvidenceItem, EvidenceItem.id == EvidenceLink.evidence_id)
         .where(EvidenceLink.project_id == project_id, EvidenceLink.deleted.is_(False),
                EvidenceItem.deleted.is_(False)))
    by_leaf: dict[str, list[str]] = {}
    titles: dict[str, str] = {}
    for leaf_id, ev_id, title, filename in session.execute(q):
        by_leaf.setdefault(leaf_id, [])
        if ev_id not in by_leaf[leaf_id]:
            by_leaf[leaf_id].append(ev_id)
        titles[ev_id] = title or filename or ev_id[:8]
    return by_leaf, titles


def _info(row: ReportProblem, leaves: dict[str, LeafResult], titles: dict[str, str]) -> Problem:
    ids = [x for x in (row.indicator_ids or []) if isinstance(x, str)]
    evs = [x for x in (row.evidence_ids or []) if isinstance(x, str)]
    return Problem(row.id, row.level1 or "", row.title or "", row.text or "", row.cause or "",
                   row.suggestion_title or "", row.suggestion or "", ids, evs, row.position or 0.0,
                   row.origin or "edited", sum(_lost(leaves.get(i)) for i in ids),
                   [leaves[i].path for i in ids if i in leaves], [titles[e] for e in evs if e in titles])


def list_problems(session: Session, project_id: str, *,
                  leaves: dict[str, LeafResult] | None = None) -> list[Problem]:
    """The stored problems in report order. ``leaves``: the project's ``leaf_results`` when
    the caller has them for the current data (e.g. ``project_summary(…).leaves``)."""
    _check_project(session, project_id)
    rows = list(session.scalars(select(ReportProblem).where(ReportProblem.project_id == project_id,
                                                            ReportProblem.deleted.is_(False))))
    if not rows:  # nothing to tie to the deductions: the scores are not read
        return []
    leaves = leaves if leaves is not None else leaf_results(session, project_id)
    _by_leaf, titles = _evidence_titles(session, project_id)
    return [_info(r, leaves, titles) for r in sorted(rows, key=lambda r: (r.position or 0.0, r.created_at or ""))]


def _clean(fields_: dict[str, Any]) -> dict[str, Any]:
    unknown = set(fields_) - set(FIELDS)
    if unknown:
        raise ValidationError(translate("Errors", "Unknown field(s): {names}.").format(names=", ".join(sorted(unknown))))
    out = dict(fields_)
    for key in ("indicator_ids", "evidence_ids"):
        if key in out:
            out[key] = [str(x) for x in (out[key] or [])]
    if "origin" in out and out["origin"] not in ("draft", "edited"):
        raise ValidationError(translate("Errors", "Unknown field(s): {names}.").format(names="origin"))
    return out


def add_problem(session: Session, project_id: str, **fields_: Any) -> ReportProblem:
    """A new problem at the end (``title`` required)."""
    _check_project(session, project_id)
    values = _clean(fields_)
    if not str(values.get("title", "")).strip():
        raise ValidationError(translate("Errors", "A problem needs a title."))
    if "position" not in values:
        positions = session.scalars(select(ReportProblem.position).where(
            ReportProblem.project_id == project_id, ReportProblem.deleted.is_(False))).all()
        values["position"] = (max(positions) + 1.0) if positions else 1.0
    row = ReportProblem(project_id=project_id, **values)
    session.add(row)
    session.flush()
    return row


def _row(session: Session, problem_id: str) -> ReportProblem:
    return get_row(session, ReportProblem, problem_id, missing=translate("Errors", "No such problem."))


def update_problem(session: Session, problem_id: str, **fields_: Any) -> dict[str, Any]:
    """Edit a problem; returns the previous values (for undo). An edited draft is ``edited``."""
    row = _row(session, problem_id)
    values = _clean(fields_)
    if "origin" not in values and set(values) & {"title", "text", "cause", "suggestion_title", "suggestion"}:
        values["origin"] = "edited"
    return update_fields(session, row, values, allowed=FIELDS, required=("title",),
                         required_message=translate("Errors", "A problem needs a title."))


def restore_problem(session: Session, problem_id: str, values: dict[str, Any]) -> None:
    restore_fields(session, _row(session, problem_id), values)


def delete_problem(session: Session, problem_id: str, deleted: bool = True) -> None:
    set_deleted(session, ReportProblem, problem_id, deleted)


# -- drafting from the deductions ---------------------------------------------------------

# Cause and suggestion by the level-1 dimension a problem falls under (first match wins).
_DIMENSIONS: list[tuple[tuple[str, ...], dict[str, str]]] = [
    (("决策", "立项", "目标", "投入", "decision"), {
        "cause": "主要原因是项目前期论证和绩效目标设置不够充分，预算编制的依据和测算过程不够规范，"
                 "未形成完整的书面论证材料。",
        "suggestion": "建议加强项目前期论证和预算测算，结合实施周期科学设置绩效目标和指标值，"
                      "规范留存可行性研究、专家论证、预算测算等书面材料。",
        "cause_en": "Mainly, the project's preparation, target setting and budget basis were not thorough "
                    "enough, and the reasoning was not kept in writing.",
        "suggestion_en": "Strengthen the preparation and budget estimates, set targets that fit the "
                         "implementation period, and keep the studies, reviews and estimates in writing.",
    }),
    (("过程", "管理", "实施", "资金", "process"), {
        "cause": "主要原因是项目管理制度和资金管理要求落实不够到位，过程监管、考核和资料留存不够规范。",
        "suggestion": "建议完善项目管理和资金管理制度并严格执行，强化过程监管和考核，"
                      "做好项目实施全过程的资料留痕和归档。",
        "cause_en": "Mainly, management and funding rules were not applied fully, and supervision, "
                    "assessment and record keeping were not rigorous enough.",
        "suggestion_en": "Complete the management and funding rules and apply them strictly, strengthen "
                         "supervision and assessment, and keep and file records of every step.",
    }),
    (("产出", "数量", "质量", "时效", "成本", "output"), {
        "cause": "主要原因是项目实施计划和履约管理不够严格，对供应商产出数量、质量和进度的管控不足。",
        "suggestion": "建议对照合同和绩效目标逐项跟踪产出完成情况，加强对供应商的履约考核，"
                      "确保产出按时、按质、按量完成。",
        "cause_en": "Mainly, implementation plans and contract management were not strict enough, and the "
                    "vendor's quantity, quality and timeliness were not controlled enough.",
        "suggestion_en": "Track every output against the contract and the targets, assess the vendor's "
                         "performance, and make sure outputs are delivered on time and to standard.",
    }),
    (("效益", "效果", "满意", "outcome", "benefit"), {
        "cause": "主要原因是项目效益的跟踪评估和持续改进机制尚未健全，对服务对象需求的回应不够充分。",
        "suggestion": "建议建立项目效益的跟踪评估和持续改进机制，定期开展服务对象满意度调查，"
                      "针对反映集中的问题及时整改。",
        "cause_en": "Mainly, the follow-up of the project's benefits and its improvement mechanism are not yet "
                    "in place, and users' needs were not answered fully.",
        "suggestion_en": "Set up a follow-up of the project's benefits, survey users regularly, and act on "
                         "the issues they raise most often.",
    }),
]
_DEFAULT_DIMENSION = {
    "cause": "主要原因是相关管理要求落实不够到位。",
    "suggestion": "建议针对上述问题逐项整改，完善相关制度并加强执行。",
    "cause_en": "Mainly, the applicable requirements were not applied fully.",
    "suggestion_en": "Correct each of the points above, complete the rules concerned and apply them.",
}
_SHORTFALL_WORDS = ("但", "未", "不", "缺少", "有待", "不足", "不够", "偏", "差异", "问题", "扣")
_SENTENCE_RE = re.compile(r"[^。；;！!？?\n]+[。；;！!？?]?")
_SCORE_TAIL_RE = re.compile(r"[，,]?\s*(?:本项|此项|故本项|本项合计)?\s*得\s*[-\d.]+\s*分[。；;]?\s*$")


def _dimension(name: str) -> dict[str, str]:
    for words, texts in _DIMENSIONS:
        if any(w in name.lower() for w in words):
            return texts
    return _DEFAULT_DIMENSION


def _findings(comment: str, limit: int = 2) -> list[str]:
    """The sentences of a comment that say what fell short (without the "得 X 分" tail)."""
    out: list[str] = []
    for m in _SENTENCE_RE.finditer(comment or ""):
        s = _SCORE_TAIL_RE.sub("", m.group().strip()).strip("，,；; ")
        if len(s) < 6 or s.startswith("本项合计"):
            continue
        if any(w in s for w in _SHORTFALL_WORDS):
            out.append(s.rstrip("。") + "。")
        if len(out) >= limit:
            break
    return out


def draft_problems(session: Session, project_id: str, lang: str = "zh_CN", *, roots: list[Node] | None = None,
                   leaves: dict[str, LeafResult] | None = None) -> list[Problem]:
    """Problems proposed from the deductions (not stored): one per level-2 that lost points.

    Grouped by level-1 in framework order, the groups losing most first inside each
    level-1. ``lang``: "zh_CN" or "en" for the drafted wording (user data stays as typed).
    ``roots`` and ``leaves``: the project's ``load_tree`` and ``leaf_results`` when the
    caller has them for the current data (read otherwise).
    """
    _check_project(session, project_id)
    roots = roots if roots is not None else load_tree(session, project_id)
    leaves = leaves if leaves is not None else leaf_results(session, project_id, roots)
    by_leaf, titles = _evidence_titles(session, project_id)
    en = lang == "en"
    out: list[Problem] = []
    for root in roots:
        groups: list[tuple[float, Node, list[Node]]] = []
        for child in root.children or [root]:
            under = _leaves(child)
            losing = [n for n in under if _lost(leaves.get(n.id)) > 1e-9]
            if losing:
                groups.append((sum(_lost(leaves.get(n.id)) for n in losing), child, losing))
        dim = _dimension(root.name)
        for lost, node, losing in sorted(groups, key=lambda g: -g[0]):
            parts: list[str] = []
            for leaf in losing:
                lr = leaves[leaf.id]
                found = ("" if not en else " ").join(_findings(lr.comment))
                if en:
                    head = (f"“{leaf.name}” (weight {fmt_score(leaf.weight)}) scored {fmt_score(lr.score)}, "
                            f"{fmt_score(_lost(lr))} points lost")
                elif leaf.is_negative:
                    head = f"“{leaf.name}”为逆向指标，扣{fmt_score(_lost(lr))}分"
                else:
                    head = (f"“{leaf.name}”指标分值{fmt_score(leaf.weight)}分，评价得分{fmt_score(lr.score)}分，"
                            f"扣{fmt_score(_lost(lr))}分")
                parts.append(head + (("：" if not en else ": ") + found if found else ("。" if not en else ".")))
            ev_ids = list(dict.fromkeys(e for leaf in losing for e in by_leaf.get(leaf.id, [])))
            if en:
                title = f"Shortcomings in {node.name}"
                sugg_title = f"Improve {node.name}"
            else:
                title = f"{node.name}方面存在不足" if node is not root else f"{node.name}有待加强"
                sugg_title = f"进一步加强{node.name}"
            out.append(Problem(
                "", root.name, title, (" " if en else "").join(parts),
                dim["cause_en" if en else "cause"], sugg_title, dim["suggestion_en" if en else "suggestion"],
                [n.id for n in losing], ev_ids, float(len(out) + 1), "draft", lost,
                [n.path for n in losing], [titles[e] for e in ev_ids]))
    return out


def _leaves(node: Node) -> list[Node]:
    if node.is_leaf:
        return [node]
    out: list[Node] = []
    for c in node.children:
        out.extend(_leaves(c))
    return out


def store_drafts(session: Session, project_id: str, lang: str = "zh_CN", *, replace: bool = False) -> list[str]:
    """Store the drafted problems; returns the new rows' ids.

    Drafts whose leaves an existing problem already covers are skipped, so drafting again
    after editing never duplicates. ``replace`` tombstones the stored problems that are
    still unedited drafts first (edited ones are kept).
    """
    existing = list(session.scalars(select(ReportProblem).where(
        ReportProblem.project_id == project_id, ReportProblem.deleted.is_(False))))
    if replace:
        for row in existing:
            if row.origin == "draft":
                row.deleted = True
        existing = [r for r in existing if not r.deleted]
    covered = {i for r in existing for i in (r.indicator_ids or [])}
    ids: list[str] = []
    for d in draft_problems(session, project_id, lang):
        if covered & set(d.indicator_ids):
            continue
        row = add_problem(session, project_id, level1=d.level1, title=d.title, text=d.text, cause=d.cause,
                          suggestion_title=d.suggestion_title, suggestion=d.suggestion,
                          indicator_ids=d.indicator_ids, evidence_ids=d.evidence_ids, origin="draft")
        ids.append(row.id)
    session.flush()
    return ids
