"""Every check over one project, as a list of findings; dismissing a finding.

``check_project(session, project_id)`` = ``check_facts(collect_facts(…))``. The texts
checked: the narrative sections, each leaf's final comment and evaluators' comments,
its criteria and assessment text, the targets' notes. Each text gets the data
statements (``narrative``), the prose and table arithmetic (``prose``, ``tables``) and,
for a leaf, its own consistency statements; then:

- a stated figure gets one finding at most (the comparison with the data first);
- an arithmetic claim whose input is itself wrong against the data is not reported:
  the input is (a wrong 7.5 in "决策 10 7.5 72.50%" is one finding, not three).

Then the project-level checks (``consistency``). A finding the team has looked at can
be dismissed with a reason (kept in ``Project.settings["check"]["dismissed"]`` by the
finding's id); it is still listed, marked, and not counted as open.

``check_facts`` and ``check_section`` are pure: the Report page re-checks a section as it
is typed against facts read once on the runner.
"""
from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from sqlalchemy.orm import Session

from evaltool.check.consistency import (
    criteria_statements,
    final_rule_findings,
    imported_findings,
    leaf_total_statements,
    rate_score_statements,
    rule_money_findings,
    sub_project_findings,
    this_leaf_statements,
)
from evaltool.check.facts import ProjectFacts, collect_facts
from evaltool.check.model import Finding, Place, Statement, overlaps
from evaltool.check.narrative import data_statements
from evaltool.check.prose import prose_statements
from evaltool.check.tables import table_statements
from evaltool.errors import Cancelled, NotFoundError, ValidationError
from evaltool.i18n import translate
from evaltool.models import Project
from evaltool.report_sections import SECTION_KEYS, SECTION_TITLES

SNIPPET = 36  # characters of context shown on each side of a stated figure
KINDS = ("arithmetic", "total", "grade", "level", "framework", "money", "survey", "targets", "leaf_total",
         "criteria", "final_rule", "rule_input", "sub_projects", "subtotal")


def _t(text: str) -> str:
    return translate("Check", text)


def kind_label(kind: str) -> str:
    return {
        "arithmetic": _t("Calculation"), "total": _t("Total score"), "grade": _t("Grade"),
        "level": _t("Indicator scores"), "framework": _t("Indicator counts"), "money": _t("Budget figures"),
        "survey": _t("Survey figures"), "targets": _t("Target counts"), "leaf_total": _t("Leaf total in comment"),
        "criteria": _t("Criteria vs weight"), "final_rule": _t("Final score vs rule"),
        "rule_input": _t("Rule input vs money"), "sub_projects": _t("Sub-projects vs project"),
        "subtotal": _t("Imported subtotals"),
    }.get(kind, kind)


def resolve(statements: list[Statement]) -> list[Statement]:
    """The statements to report: wrong ones, one per stated figure, blame on the input."""
    wrong_data = [s.span for s in statements if s.from_data and not s.ok]
    checked: list[tuple[int, int]] = []
    out: list[Statement] = []
    for s in sorted(statements, key=lambda s: (not s.from_data, s.span)):
        if any(overlaps(s.span, c) for c in checked):
            continue
        if not s.from_data and any(overlaps(i, w) for i in s.inputs for w in wrong_data):
            continue
        checked.append(s.span)
        if not s.ok:
            out.append(s)
    return sorted(out, key=lambda s: s.span)


def snippet(text: str, span: tuple[int, int], context: tuple[int, int]) -> str:
    a = max(context[0], span[0] - SNIPPET)
    b = min(context[1], span[1] + SNIPPET)
    a = max(a, text.rfind("\n", 0, span[0]) + 1)
    nl = text.find("\n", span[1])
    b = min(b, nl) if nl >= 0 else b
    s = re.sub(r"\s+", " ", text[a:b]).strip()
    return ("…" if a > context[0] else "") + s + ("…" if b < context[1] else "")


def message(s: Statement) -> str:
    if s.note:
        return s.note
    if s.from_data:
        return _t("The text says {found}, but {basis} is {expected}.").format(
            found=s.stated, basis=s.basis, expected=s.expected)
    return _t("{basis} = {expected}, not {found}.").format(basis=s.basis, expected=s.expected, found=s.stated)


def text_findings(text: str, statements: list[Statement], place: Place, where: str) -> list[Finding]:
    return [Finding(s.kind, where, snippet(text, s.span, s.context), s.expected, s.stated, message(s),
                    replace(place, start=s.span[0], end=s.span[1])) for s in resolve(statements)]


def _text_statements(text: str, facts: ProjectFacts) -> list[Statement]:
    return data_statements(text, facts) + prose_statements(text) + table_statements(text)


def section_title(key: str) -> str:
    return translate("ReportSections", SECTION_TITLES.get(key, key))


def check_section(facts: ProjectFacts, key: str, text: str) -> list[Finding]:
    """Findings of one narrative section's text (pure; the page calls it while typing)."""
    found = text_findings(text, _text_statements(text, facts), Place("section", key),
                          _t("Report section “{title}”").format(title=section_title(key)))
    return _dismissed(facts, found)


def _leaf_findings(facts: ProjectFacts) -> list[Finding]:
    out: list[Finding] = []
    for leaf in facts.leaves:
        base = Place("indicator", leaf.id)
        if leaf.final_comment.strip():
            st = _text_statements(leaf.final_comment, facts) + leaf_total_statements(leaf.final_comment, leaf.final)
            st += rate_score_statements(leaf.final_comment, leaf)
            st += this_leaf_statements(leaf.final_comment, leaf, leaf.final)
            out += text_findings(leaf.final_comment, st, replace(base, field="final_comment"),
                                 f"{leaf.path} — {_t('final comment')}")
        for sc in leaf.scores:
            if not sc.comment.strip() or (sc.comment == leaf.final_comment and sc.value == leaf.final):
                continue
            st = _text_statements(sc.comment, facts) + leaf_total_statements(sc.comment, sc.value)
            st += rate_score_statements(sc.comment, leaf)
            st += this_leaf_statements(sc.comment, leaf, sc.value)
            out += text_findings(sc.comment, st, replace(base, field="comment", evaluator_id=sc.evaluator_id),
                                 f"{leaf.path} — {_t('comment by {name}').format(name=sc.evaluator)}")
        if leaf.criteria.strip():
            st = prose_statements(leaf.criteria) + criteria_statements(leaf.criteria, leaf.description, leaf.weight)
            out += text_findings(leaf.criteria, st, replace(base, field="criteria"),
                                 f"{leaf.path} — {_t('scoring criteria')}")
        if leaf.description.strip():
            out += text_findings(leaf.description, prose_statements(leaf.description),
                                 replace(base, field="description"), f"{leaf.path} — {_t('assessment points')}")
    return out


def _dismissed(facts: ProjectFacts, findings: list[Finding]) -> list[Finding]:
    gone = facts.dismissed
    return [replace(f, dismissed=True, reason=str((gone[f.id] or {}).get("reason", ""))) if f.id in gone else f
            for f in findings]


def check_facts(facts: ProjectFacts, sections: dict[str, str] | None = None,
                cancelled: Callable[[], bool] | None = None) -> list[Finding]:
    """Every finding of the project (dismissed ones marked). ``sections`` overrides the
    stored narrative texts (what the page's editors hold)."""
    texts = {**facts.sections, **(sections or {})}
    out: list[Finding] = []
    for key in SECTION_KEYS:
        if cancelled is not None and cancelled():
            raise Cancelled()
        if texts.get(key, "").strip():
            out += check_section(facts, key, texts[key])
    out += _leaf_findings(facts)
    for pr in facts.problems:
        for field_, text in pr.texts.items():
            if text.strip():
                out += text_findings(text, _text_statements(text, facts), Place("problem", pr.id, field_),
                                     _t("Report problem “{title}”").format(title=pr.title))
    for t in facts.targets:
        if t.note.strip():
            label = t.name + (f"（{t.sub_project}）" if t.sub_project else "")
            out += text_findings(t.note, prose_statements(t.note), Place("target", t.id, "note"),
                                 _t("Target “{name}” — note").format(name=label))
    out += sub_project_findings(facts)
    out += imported_findings(facts)
    out += final_rule_findings(facts)
    out += rule_money_findings(facts)
    return _dismissed(facts, out)


def check_project(session: Session, project_id: str, cancelled: Callable[[], bool] | None = None) -> list[Finding]:
    """Every finding of a project, read from the database (read-only)."""
    return check_facts(collect_facts(session, project_id, cancelled), cancelled=cancelled)


def open_findings(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if not f.dismissed]


# -- dismissing ----------------------------------------------------------------------

def _project(session: Session, project_id: str) -> Project:
    p = session.get(Project, project_id)
    if p is None or p.deleted:
        raise NotFoundError(project_id)
    return p


def dismissal(session: Session, project_id: str, finding_id: str) -> dict[str, Any] | None:
    d = ((_project(session, project_id).settings or {}).get("check") or {}).get("dismissed") or {}
    entry = d.get(finding_id)
    return dict(entry) if isinstance(entry, dict) else None


def set_dismissal(session: Session, project_id: str, finding_id: str, entry: dict[str, Any] | None) -> dict[str, Any] | None:
    """Store (or with None remove) a finding's dismissal; returns the previous entry (for undo)."""
    p = _project(session, project_id)
    settings = dict(p.settings or {})
    check = dict(settings.get("check") or {})
    dismissed = dict(check.get("dismissed") or {})
    before = dismissed.get(finding_id)
    if entry is None:
        dismissed.pop(finding_id, None)
    else:
        dismissed[finding_id] = dict(entry)
    check["dismissed"] = dismissed
    settings["check"] = check
    p.settings = settings  # a new dict: JSON columns only see assignment
    session.flush()
    return dict(before) if isinstance(before, dict) else None


def dismiss_finding(session: Session, project_id: str, finding: Finding, reason: str,
                    by: str = "") -> dict[str, Any] | None:
    """Mark a finding as looked at, with the reason (required); returns the previous entry."""
    if not reason.strip():
        raise ValidationError(_t("Say why this finding can stay (e.g. “the report quotes the unit's own error”)."))
    entry = {"reason": reason.strip(), "by": by, "kind": finding.kind, "text": finding.text, "found": finding.found,
             "at": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")}
    return set_dismissal(session, project_id, finding.id, entry)


__all__ = ["KINDS", "check_facts", "check_project", "check_section", "dismiss_finding", "dismissal", "kind_label",
           "message", "open_findings", "resolve", "section_title", "set_dismissal", "snippet", "text_findings"]
