"""Narrative sections of the report that the team writes (background, problems …).

One text per (project, key). New sections get the deterministic id
``natural_id("report_section", project_id, key)`` so two laptops writing the same
section edit one record (a sync conflict a person resolves), never two rows. Rows
made before that rule (the demo) are found by key; if sync ever leaves two live
rows with one key, the most recently updated wins.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from evaltool.errors import NotFoundError, ValidationError
from evaltool.i18n import QT_TRANSLATE_NOOP, translate
from evaltool.models import Project, ReportSection, natural_id

SECTION_KEYS = ("background", "implementation", "achievements", "problems", "suggestions", "conclusion",
                "purpose", "scope", "basis", "principles", "methods", "framework_design", "process")
# The order they appear in the report (the page lists them so): 摘要, 一、项目基本情况,
# 二、评价工作开展情况, then 经验、问题与建议.
REPORT_ORDER = ("conclusion", "background", "implementation", "purpose", "scope", "basis", "principles", "methods",
                "framework_design", "process", "achievements", "problems", "suggestions")

# English source titles (translated where shown) and the Chinese the report uses.
SECTION_TITLES = {
    "background": QT_TRANSLATE_NOOP("ReportSections", "Project background"),
    "implementation": QT_TRANSLATE_NOOP("ReportSections", "Implementation and funds"),
    "achievements": QT_TRANSLATE_NOOP("ReportSections", "Achievements and experience"),
    "problems": QT_TRANSLATE_NOOP("ReportSections", "Problems found"),
    "suggestions": QT_TRANSLATE_NOOP("ReportSections", "Suggestions"),
    "conclusion": QT_TRANSLATE_NOOP("ReportSections", "Summary and conclusion"),
    "purpose": QT_TRANSLATE_NOOP("ReportSections", "Purpose of the evaluation"),
    "scope": QT_TRANSLATE_NOOP("ReportSections", "Object and scope"),
    "basis": QT_TRANSLATE_NOOP("ReportSections", "Basis of the evaluation"),
    "principles": QT_TRANSLATE_NOOP("ReportSections", "Principles"),
    "methods": QT_TRANSLATE_NOOP("ReportSections", "Methods"),
    "framework_design": QT_TRANSLATE_NOOP("ReportSections", "Indicator framework and how it was built"),
    "process": QT_TRANSLATE_NOOP("ReportSections", "Evaluation process"),
}


@dataclass(frozen=True)
class SectionInfo:
    key: str
    title: str
    text: str


def section_id(project_id: str, key: str) -> str:
    return natural_id("report_section", project_id, key)


def _check(session: Session, project_id: str, key: str) -> None:
    if key not in SECTION_KEYS:
        raise ValidationError(translate("Errors", "Unknown report section “{key}”; use one of: {keys}.").format(
            key=key, keys=", ".join(SECTION_KEYS)))
    p = session.get(Project, project_id)
    if p is None or p.deleted:
        raise NotFoundError(translate("Errors", "No project with id or name “{name}”. Run “evaltool projects” to list them.").format(name=project_id))


def _rows(session: Session, project_id: str, key: str | None = None) -> list[ReportSection]:
    q = select(ReportSection).where(ReportSection.project_id == project_id, ReportSection.deleted.is_(False))
    if key is not None:
        q = q.where(ReportSection.key == key)
    # the newest last, so a dict built in order keeps the winner
    return sorted(session.scalars(q), key=lambda r: (r.updated_at or "", r.id))


def get_sections(session: Session, project_id: str) -> dict[str, str]:
    """{key: text} for every key in SECTION_KEYS ("" when not written yet)."""
    out = dict.fromkeys(SECTION_KEYS, "")
    for row in _rows(session, project_id):
        if row.key in out:
            out[row.key] = row.text or ""
    return out


def list_sections(session: Session, project_id: str) -> list[SectionInfo]:
    texts = get_sections(session, project_id)
    return [SectionInfo(k, translate("ReportSections", SECTION_TITLES[k]), texts[k]) for k in SECTION_KEYS]


def set_section(session: Session, project_id: str, key: str, text: str) -> str:
    """Write one section's text; returns the previous text (the undo value)."""
    _check(session, project_id, key)
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    rows = _rows(session, project_id, key)
    previous = rows[-1].text if rows else ""
    if rows:
        row = rows[-1]
    else:
        sid = section_id(project_id, key)
        found = session.get(ReportSection, sid)  # a tombstoned row keeps its deterministic id
        if found is None:
            found = ReportSection(id=sid, project_id=project_id, key=key, text="")
            session.add(found)
        found.deleted = False
        row = found
    if row.text != text:
        row.text = text
    session.flush()
    return previous or ""
