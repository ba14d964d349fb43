"""How far each respondent group's sample has come: questionnaires against the target
sample size (below, met, exceeded), how many of the units expected to answer did
(coverage), and which expected administrative levels have none yet — what an evaluator
watches while keying in paper questionnaires, because thin or one-sided samples are what
reports get criticised for (domain.md §7).

Read-only; takes a session; returns plain dataclasses.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from evaltool.i18n import translate
from evaltool.survey.counts import respondent_counts
from evaltool.survey.model import load_survey


@dataclass
class GroupCoverage:
    group_id: str
    name: str
    respondents: int
    target_n: int | None
    units: int  # distinct units that answered (questionnaires naming their unit)
    units_expected: int | None
    levels: dict[str, int] = field(default_factory=dict)  # level → questionnaires
    expected_levels: list[str] = field(default_factory=list)

    @property
    def target_status(self) -> str:
        """``none`` (no target), ``below``, ``met`` or ``exceeded``."""
        if not self.target_n:
            return "none"
        if self.respondents < self.target_n:
            return "below"
        return "met" if self.respondents == self.target_n else "exceeded"

    @property
    def units_share(self) -> float | None:
        """Units answered / units expected, as a fraction; None without an expected number."""
        return round(self.units / self.units_expected, 6) if self.units_expected else None

    @property
    def missing_levels(self) -> list[str]:
        return [lv for lv in self.expected_levels if not self.levels.get(lv)]

    def sample_text(self) -> str:
        """"69 questionnaires; target 80: 11 to go" in plain words."""
        n, t = self.respondents, self.target_n
        status = self.target_status
        if status == "none":
            return translate("Survey", "{n} questionnaires (no target sample set)").format(n=n)
        if status == "below":
            return translate("Survey", "{n} of the target {target} questionnaires: {left} to go").format(
                n=n, target=t, left=(t or 0) - n)
        if status == "met":
            return translate("Survey", "{n} questionnaires: target {target} met").format(n=n, target=t)
        return translate("Survey", "{n} questionnaires: {over} more than the target {target}").format(
            n=n, over=n - (t or 0), target=t)

    def coverage_text(self) -> str:
        """"12 of 40 units answered (30.00%)", plus the expected levels with none yet."""
        if self.units_expected:
            text = translate("Survey", "{units} of {expected} units answered ({share})").format(
                units=self.units, expected=self.units_expected, share=f"{(self.units_share or 0) * 100:.2f}%")
        else:
            text = translate("Survey", "{units} units answered (set the units expected to see the coverage)").format(
                units=self.units)
        missing = self.missing_levels
        if missing:
            text += translate("Survey", "; none yet from {levels}").format(levels="、".join(missing))
        return text


def group_coverage(session: Session, survey_id: str) -> list[GroupCoverage]:
    """Every group of the survey with its sample and coverage, in the survey's order."""
    survey = load_survey(session, survey_id)
    unit_names: dict[str, set[str]] = {}
    levels: dict[str, dict[str, int]] = {}
    for rc in respondent_counts(session, survey_id):  # counted by the database, not per questionnaire
        lv = levels.setdefault(rc.group_id, {})
        lv[rc.level] = lv.get(rc.level, 0) + rc.n
        if rc.unit_name:
            unit_names.setdefault(rc.group_id, set()).add(rc.unit_name)
    units = {g: len(names) for g, names in unit_names.items()}
    return [GroupCoverage(g.id, g.name, g.respondents, g.target_n, units.get(g.id, 0), g.units_expected,
                          levels.get(g.id, {}), list(g.levels)) for g in survey.groups]
