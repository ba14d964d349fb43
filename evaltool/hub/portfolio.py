"""The firm's portfolio on the hub: every project with its status, total, grade, evaluators
and dates; statistics across projects for indicators with the same name; a search across
comments, narrative and evidence titles.

Totals and grades are the core's (``evaltool.scoring.project_summary``, the same figures as
on a laptop), computed on the hub inside the push that changed the project and kept in
``hub_project_summaries`` and ``hub_leaf_results``: reading the portfolio is then one query,
however many projects the firm has. Everything read here passes row-level security: a
member sees their projects, a partner all.

Indicators "with the same name" are compared by ``name_key``: the name without weights
written into it (``项目立项（4）``), numbering, spaces and width differences.
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import Session

from evaltool.hub.connect import Hub
from evaltool.hub.tables import hub_leaf_results, hub_project_summaries
from evaltool.models import ChangeRecord, Evaluator, Project, Score, utcnow
from evaltool.projects import project_evaluators
from evaltool.review import project_review
from evaltool.scoring import project_summary
from evaltool.sync.base import hlc_time

STATUSES = ("setup", "scoring", "scored", "signed_off", "deleted")
# Score-rate bands of the distribution (fractions; the grade bands of seeds 000 and 004).
RATE_BANDS: tuple[tuple[float | None, float | None, str], ...] = (
    (0.9, None, "≥90%"), (0.8, 0.9, "80–90%"), (0.6, 0.8, "60–80%"), (None, 0.6, "<60%"))
SEARCH_LIMIT = 50

_WEIGHT_RE = re.compile(r"[（(]\s*[-−]?\d+(?:\.\d+)?\s*(?:分|points?)?\s*[)）]")
_NUMBERING_RE = re.compile(r"^(?:[（(]?[0-9一二三四五六七八九十]+[)）、.．]|[①-⑳])\s*")


def name_key(name: str) -> str:
    """The name indicators are compared by across projects (see the module docstring)."""
    s = unicodedata.normalize("NFKC", name or "")
    s = _WEIGHT_RE.sub("", s)
    s = _NUMBERING_RE.sub("", s.strip())
    return re.sub(r"\s+", "", s).casefold()


# -- kept up to date by every push ------------------------------------------------

def refresh_summary(s: Session, project_id: str, pushed_by: str) -> None:
    """Recompute the project's portfolio rows from its records on the hub (in the caller's
    transaction, after a merge)."""
    project = s.get(Project, project_id)
    if project is None:
        return
    last = s.scalar(select(func.max(ChangeRecord.hlc)).where(ChangeRecord.project_id == project_id))
    row: dict[str, Any] = {
        "project_id": project_id, "name": project.name, "budget_unit": project.budget_unit or "",
        "evaluation_type": project.evaluation_type or "", "reference_date": project.reference_date,
        "report_date": project.report_date, "created_at": project.created_at,
        "last_change_at": hlc_time(last) if last else project.updated_at, "pushed_at": utcnow(),
        "pushed_by": pushed_by, "evaluators": _evaluator_names(s, project_id), "deleted": bool(project.deleted),
        "total": None, "weight": None, "grade": "", "grade_en": "", "leaves": 0, "scored": 0, "status": "deleted",
    }
    leaves: list[dict[str, Any]] = []
    if not project.deleted:
        summary = project_summary(s, project_id, with_flags=False)
        review = project_review(s, project_id)
        row.update(total=summary.total, weight=summary.weight, grade=summary.grade, grade_en=summary.grade_en,
                   leaves=len(summary.leaves), scored=summary.scored)
        if review.state == "reviewed":
            row["status"] = "signed_off"
        elif row["leaves"] and row["scored"] == row["leaves"]:
            row["status"] = "scored"
        elif row["scored"]:
            row["status"] = "scoring"
        else:
            row["status"] = "setup"
        leaves = [{"project_id": project_id, "indicator_id": lr.id, "name": lr.name, "name_key": name_key(lr.name),
                   "path": lr.path, "weight": lr.weight, "score": lr.score, "rate": lr.rate, "comment": lr.comment or "",
                   "is_negative": lr.is_negative} for lr in summary.leaves.values()]
    stmt = pg_insert(hub_project_summaries).values(**row)
    s.execute(stmt.on_conflict_do_update(index_elements=["project_id"],
                                         set_={k: v for k, v in row.items() if k != "project_id"}))
    s.execute(delete(hub_leaf_results).where(hub_leaf_results.c.project_id == project_id))
    if leaves:
        s.execute(insert(hub_leaf_results), leaves)


def _evaluator_names(s: Session, project_id: str) -> list[str]:
    names = {ev.name for ev in project_evaluators(s, project_id)}
    q = (select(Evaluator.name).join(Score, Score.evaluator_id == Evaluator.id)
         .where(Score.project_id == project_id, Score.deleted.is_(False), Score.value.is_not(None)).distinct())
    names |= set(s.scalars(q))
    return sorted(n for n in names if n)


def refresh_missing_summaries(s: Session, who: str) -> int:
    """A summary for every project that has none (a hub upgraded to this schema)."""
    have = select(hub_project_summaries.c.project_id)
    ids = list(s.scalars(select(Project.id).where(Project.id.not_in(have))))
    for pid in ids:
        refresh_summary(s, pid, who)
    return len(ids)


# -- reading ----------------------------------------------------------------------

@dataclass
class PortfolioProject:
    id: str
    name: str
    status: str
    total: float | None
    grade: str
    grade_en: str
    scored: int
    leaves: int
    evaluators: list[str]
    budget_unit: str
    evaluation_type: str
    reference_date: str | None
    report_date: str | None
    created_at: str
    last_change_at: str
    pushed_at: str
    pushed_by: str
    my_role: str  # lead|member|expert, or "" (a partner reading)

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def list_portfolio(hub: Hub, *, include_deleted: bool = False) -> list[PortfolioProject]:
    """Every project this person may read on the hub, most recently pushed first."""
    from evaltool.hub.schema import check_schema

    p = hub_project_summaries.c
    with hub.session(read_only=True) as s:
        check_schema(s, hub)
        mine = {r[0]: r[1] for r in s.execute(text(
            "SELECT project_id, project_role FROM hub_members WHERE role_name = current_user"))}
        q = select(hub_project_summaries).order_by(p.pushed_at.desc(), p.name)
        if not include_deleted:
            q = q.where(p.deleted.is_(False))
        return [PortfolioProject(r.project_id, r.name, r.status, r.total, r.grade, r.grade_en, r.scored, r.leaves,
                                 list(r.evaluators or []), r.budget_unit, r.evaluation_type, r.reference_date,
                                 r.report_date, r.created_at, r.last_change_at, r.pushed_at, r.pushed_by,
                                 mine.get(r.project_id, "")) for r in s.execute(q)]


@dataclass
class IndicatorStats:
    """One indicator name across projects: how its score rate is spread, how often and how
    much it loses points, and the reasons given most often."""

    name_key: str
    name: str
    projects: int
    scored: int
    mean_rate: float | None
    median_rate: float | None
    p25_rate: float | None
    p75_rate: float | None
    min_rate: float | None
    max_rate: float | None
    bands: dict[str, int]
    deducted: int
    mean_deduction: float | None  # points lost where any were
    common_reasons: list[dict[str, Any]] = field(default_factory=list)  # {"comment", "count"}

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class PortfolioReport:
    projects: int
    by_status: dict[str, int]
    by_grade: dict[str, int]
    mean_total: float | None
    indicators: list[IndicatorStats]

    def as_json(self) -> dict[str, Any]:
        return {"projects": self.projects, "by_status": self.by_status, "by_grade": self.by_grade,
                "mean_total": self.mean_total, "indicators": [i.as_json() for i in self.indicators]}


def _r(x: Any) -> float | None:
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else round(float(x), 6)


def _band_condition(lo: float | None, hi: float | None) -> str:
    parts = [f"r.rate >= {lo}" if lo is not None else "", f"r.rate < {hi}" if hi is not None else ""]
    return " AND ".join(p for p in parts if p)


def portfolio_report(hub: Hub, *, min_projects: int = 2, reasons: int = 3) -> PortfolioReport:
    """Statistics across the projects this person may read (see ``IndicatorStats``)."""
    from evaltool.hub.schema import check_schema

    band_sql = ", ".join(f"count(*) FILTER (WHERE {_band_condition(lo, hi)}) AS band{i}"
                         for i, (lo, hi, _label) in enumerate(RATE_BANDS))
    with hub.session(read_only=True) as s:
        check_schema(s, hub)
        live = "NOT deleted"
        n = int(s.scalar(text(f"SELECT count(*) FROM hub_project_summaries WHERE {live}")) or 0)
        by_status: dict[Any, Any] = dict(s.execute(text(f"SELECT status, count(*) FROM hub_project_summaries WHERE {live} GROUP BY status")).all())
        by_grade: dict[Any, Any] = dict(s.execute(text(f"SELECT grade, count(*) FROM hub_project_summaries WHERE {live} AND scored > 0 "
                                       "GROUP BY grade")).all())
        mean_total = s.scalar(text(f"SELECT avg(total) FROM hub_project_summaries WHERE {live} AND scored > 0"))
        rows = s.execute(text(f"""
            SELECT r.name_key, min(r.name) AS name, count(DISTINCT r.project_id) AS projects, count(r.rate) AS scored,
                   avg(r.rate) AS mean, percentile_cont(0.5) WITHIN GROUP (ORDER BY r.rate) AS median,
                   percentile_cont(0.25) WITHIN GROUP (ORDER BY r.rate) AS p25,
                   percentile_cont(0.75) WITHIN GROUP (ORDER BY r.rate) AS p75, min(r.rate) AS lo, max(r.rate) AS hi,
                   {band_sql},
                   count(*) FILTER (WHERE r.score < r.weight - 1e-9) AS deducted,
                   avg(r.weight - r.score) FILTER (WHERE r.score < r.weight - 1e-9) AS mean_deduction
            FROM hub_leaf_results r JOIN hub_project_summaries p ON p.project_id = r.project_id
            WHERE NOT p.deleted AND NOT r.is_negative AND r.name_key <> ''
            GROUP BY r.name_key HAVING count(DISTINCT r.project_id) >= :min
            ORDER BY count(DISTINCT r.project_id) DESC, r.name_key"""), {"min": min_projects}).all()
        stats = [IndicatorStats(r.name_key, r.name, int(r.projects), int(r.scored), _r(r.mean), _r(r.median), _r(r.p25),
                                _r(r.p75), _r(r.lo), _r(r.hi),
                                {label: int(getattr(r, f"band{i}")) for i, (_lo, _hi, label) in enumerate(RATE_BANDS)},
                                int(r.deducted), _r(r.mean_deduction)) for r in rows]
        if stats and reasons > 0:
            by_key = {st.name_key: st for st in stats}
            q = text("""SELECT name_key, comment, count(*) AS n FROM hub_leaf_results
                        WHERE name_key IN :keys AND score < weight - 1e-9 AND comment <> ''
                        GROUP BY name_key, comment ORDER BY n DESC, comment""").bindparams(
                bindparam("keys", expanding=True))
            for key, comment, count in s.execute(q, {"keys": list(by_key)}):
                st = by_key[key]
                if len(st.common_reasons) < reasons:
                    st.common_reasons.append({"comment": comment, "count": int(count)})
    return PortfolioReport(n, {str(k): int(v) for k, v in by_status.items()},
                           {str(k): int(v) for k, v in by_grade.items()}, _r(mean_total), stats)


@dataclass
class SearchHit:
    kind: str  # comment|narrative|evidence
    project_id: str
    project: str
    where: str  # the leaf, the narrative section, the evidence file
    text: str
    snippet: str

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def _like(q: str) -> str:
    return "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _snippet(body: str, q: str, width: int = 30) -> str:
    body = " ".join((body or "").split())
    i = body.casefold().find(q.casefold())
    if i < 0:
        return body[: 2 * width]
    start, end = max(0, i - width), min(len(body), i + len(q) + width)
    return ("…" if start else "") + body[start:end] + ("…" if end < len(body) else "")


def search(hub: Hub, query: str, *, limit: int = SEARCH_LIMIT) -> list[SearchHit]:
    """Comments (评价意见), narrative sections, the report's problems and suggestions and
    evidence titles containing ``query`` (any
    substring, Chinese included; trigram indexes make it fast), best matches first."""
    from evaltool.hub.schema import check_schema

    q = " ".join((query or "").split())
    if not q:
        return []
    sql = text("""
        SELECT * FROM (
          SELECT 'comment' AS kind, sc.project_id, p.name AS project, i.name AS place, sc.comment AS body
            FROM scores sc JOIN projects p ON p.id = sc.project_id JOIN indicators i ON i.id = sc.indicator_id
           WHERE NOT sc.deleted AND NOT p.deleted AND sc.comment ILIKE :pat
          UNION ALL
          SELECT 'comment', f.project_id, p.name, i.name, f.comment
            FROM final_scores f JOIN projects p ON p.id = f.project_id JOIN indicators i ON i.id = f.indicator_id
           WHERE NOT f.deleted AND NOT p.deleted AND f.comment ILIKE :pat
          UNION ALL
          SELECT 'narrative', r.project_id, p.name, r.key, r.text
            FROM report_sections r JOIN projects p ON p.id = r.project_id
           WHERE NOT r.deleted AND NOT p.deleted AND r.text ILIKE :pat
          UNION ALL
          SELECT 'problem', q.project_id, p.name, q.title,
                 concat_ws(' ', q.title, q.text, q.cause, q.suggestion_title, q.suggestion)
            FROM report_problems q JOIN projects p ON p.id = q.project_id
           WHERE NOT q.deleted AND NOT p.deleted
             AND concat_ws(' ', q.title, q.text, q.cause, q.suggestion_title, q.suggestion) ILIKE :pat
          UNION ALL
          SELECT 'evidence', e.project_id, p.name, e.filename, e.title
            FROM evidence_items e JOIN projects p ON p.id = e.project_id
           WHERE NOT e.deleted AND NOT p.deleted AND e.title ILIKE :pat
        ) hits ORDER BY similarity(body, :q) DESC, project, place LIMIT :limit""")
    with hub.session(read_only=True) as s:
        check_schema(s, hub)
        rows = s.execute(sql, {"pat": _like(q), "q": q, "limit": limit}).all()
    hits: dict[tuple[str, str, str, str], SearchHit] = {}
    for r in rows:  # a lead's final comment often repeats an evaluator's: one hit each place
        key = (r.kind, r.project_id, r.place or "", r.body)
        hits.setdefault(key, SearchHit(r.kind, r.project_id, r.project, r.place or "", r.body, _snippet(r.body, q)))
    return list(hits.values())
