"""Chapter 四、经验、问题与建议.

- （一）经验: the team's achievements section, else a draft from the best-scoring level-2
  indicators (``export.drafts``).
- （二）问题: the problems (``evaltool.problems``): each a numbered heading, its text, its
  cause (原因分析) and what found it — the leaves, the points lost, the evidence. When the
  team has no stored problem but wrote the problems section, that text is used; when it
  has neither, problems drafted from the deductions are (the export summary says so).
- （三）建议: one suggestion per problem, numbered alike (1. answers 1.), so each problem has
  its answer; the suggestions section when the problems came from the narrative.

Stored problems replace the problems and suggestions sections' text (the export summary
says so when both exist), so nothing is printed twice.
"""
from __future__ import annotations

from evaltool.export.drafts import section_text
from evaltool.export.word.document import ReportBuilder
from evaltool.formatting import fmt_score


def write_lessons(b: ReportBuilder) -> None:
    d = b.d
    b.heading(1, b.t("lessons"))
    achievements = section_text(d, "achievements")
    if achievements.strip():
        b.narrative(achievements, base=1, generated=[(2, b.t("achievements"))])
    if d.problems:
        _problems(b)
        _suggestions(b)
        return
    for key in ("problems", "suggestions"):
        if d.sections.get(key, "").strip():
            b.narrative(d.sections[key], base=1, generated=[(2, b.t(key))])


def _problems(b: ReportBuilder) -> None:
    sep = b.t("list_sep")
    b.heading(2, b.t("problems"))
    for pr in b.d.problems:
        b.heading(3, pr.title)
        if pr.text.strip():
            b.blocks(pr.text)
        if pr.cause.strip():
            b.para(b.t("problem_cause").format(text=pr.cause.strip()))
        if pr.indicators:
            names = sep.join(f"“{path.split('/')[-1]}”" for path in pr.indicators)
            evidence = b.t("problem_evidence").format(items=sep.join(f"《{t}》" if b.lang != "en" else t
                                                                      for t in pr.evidence)) if pr.evidence else ""
            b.note(b.t("problem_basis").format(leaves=names, lost=fmt_score(pr.lost), evidence=evidence))


def _suggestions(b: ReportBuilder) -> None:
    b.heading(2, b.t("suggestions"))
    for pr in b.d.problems:
        title = pr.suggestion_title.strip() or pr.title
        b.heading(3, title)
        if pr.suggestion.strip():
            b.blocks(pr.suggestion)
