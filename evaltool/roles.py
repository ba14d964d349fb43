"""Roles per project (lead 组长, member 成员, expert 专家) and the rights each gives.

Who may do what is decided per *field change*, so the same rule serves a local edit
(``evaltool.changelog`` refuses it before anything is written) and a change arriving in
a sync package (``evaltool.sync.merge`` keeps it as a proposal for the lead instead of
applying it):

- ``required_right(...)`` names the right a change of one field of one table needs;
- ``Roster`` says which role an evaluator has in a project.

How a project's lead is established: the project's **roster** (``project_members``, a
synced table) names each member's role; the **creator** of the project (author of the
change that created the project's name, which every laptop holds) is its lead unless the roster lists
them with another role. Only a lead may name another lead or change anyone's role, so the
roster travels like any record and a member's laptop cannot promote itself (a package that
tries is held as a proposal). A project that has no lead at all (made before roles existed,
or by no known evaluator) is unmanaged: everyone has every right until a lead is named.

An evaluator not on the roster has the role of their profile (member or expert; a profile
marked lead is a member of projects whose roster does not name them).

Thread rule: pure functions and one read per roster; the caller's session and thread.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import String, cast, select
from sqlalchemy.orm import Session

from evaltool.errors import EvaltoolError
from evaltool.i18n import QT_TRANSLATE_NOOP, translate
from evaltool.models import ChangeRecord, Evaluator, Project, ProjectMember

ROLES = ("lead", "member", "expert")

# Rights, and what each covers (see ``required_right``).
FINAL = "final"          # final scores of leaves (set, or back to the consolidation)
SIGN_OFF = "sign_off"    # a leaf's review state, the project's sign-off
DECIDE = "decide"        # consolidation method, grade bands, spread threshold, downgrade / veto, delete the project
FRAMEWORK = "framework"  # the indicator tree: names, weights, texts, rules
TEAM = "team"            # roles on the roster, naming a lead, removing members
NARRATIVE = "narrative"  # the report's narrative sections
EDIT = "edit"            # project facts, targets, surveys and answers, joining as a member
EVIDENCE = "evidence"    # evidence items and links
SCORE = "score"          # one's own scores and review notes; joining as an expert
SCORE_OTHERS = "score_others"  # another evaluator's scores (keying in a paper form)

RIGHTS = (FINAL, SIGN_OFF, DECIDE, FRAMEWORK, TEAM, NARRATIVE, EDIT, EVIDENCE, SCORE, SCORE_OTHERS)
ROLE_RIGHTS: dict[str, frozenset[str]] = {
    "lead": frozenset(RIGHTS),
    "member": frozenset({NARRATIVE, EDIT, EVIDENCE, SCORE}),
    "expert": frozenset({EVIDENCE, SCORE}),
}

# What a right lets a person do, for messages ("Only the team lead may …").
RIGHT_TEXT = {
    FINAL: QT_TRANSLATE_NOOP("Roles", "set final scores"),
    SIGN_OFF: QT_TRANSLATE_NOOP("Roles", "mark leaves reviewed or sign off the project"),
    DECIDE: QT_TRANSLATE_NOOP("Roles", "change the consolidation method, grade bands or grade flags"),
    FRAMEWORK: QT_TRANSLATE_NOOP("Roles", "change the indicator framework and its rules"),
    TEAM: QT_TRANSLATE_NOOP("Roles", "change the team's roles"),
    NARRATIVE: QT_TRANSLATE_NOOP("Roles", "edit the report's narrative"),
    EDIT: QT_TRANSLATE_NOOP("Roles", "edit the project's facts, targets and surveys"),
    EVIDENCE: QT_TRANSLATE_NOOP("Roles", "add or change evidence"),
    SCORE: QT_TRANSLATE_NOOP("Roles", "score leaves"),
    SCORE_OTHERS: QT_TRANSLATE_NOOP("Roles", "record another evaluator's scores"),
}
ROLE_TEXT = {
    "lead": QT_TRANSLATE_NOOP("Roles", "team lead"),
    "member": QT_TRANSLATE_NOOP("Roles", "member"),
    "expert": QT_TRANSLATE_NOOP("Roles", "expert"),
}

_LEAD_PROJECT_FIELDS = frozenset({"consolidation", "spread_threshold", "grade_bands", "deleted"})
_REVIEW_FIELDS = frozenset({"review_state", "reviewed_at", "reviewed_by"})
_TABLE_RIGHTS = {
    "final_scores": FINAL,
    "project_flags": DECIDE,
    "indicators": FRAMEWORK,
    "report_sections": NARRATIVE,
    "review_notes": SCORE,
    "evidence_items": EVIDENCE,
    "evidence_links": EVIDENCE,
}


class RoleError(EvaltoolError):
    """A change the current evaluator's role in the project does not allow; nothing was written."""

    def __init__(self, message: str, *, right: str = "", role: str = "") -> None:
        super().__init__(message)
        self.right, self.role = right, role


def role_text(role: str) -> str:
    return translate("Roles", ROLE_TEXT.get(role, ROLE_TEXT["member"]))


def right_text(right: str) -> str:
    return translate("Roles", RIGHT_TEXT.get(right, right))


def _review_of(settings: Any) -> Any:
    return settings.get("review") if isinstance(settings, dict) else None


def _security_of(settings: Any) -> Any:
    """The project's roster of laptops and its signing rule (``evaltool.sync.trust``)."""
    return settings.get("sync_security") if isinstance(settings, dict) else None


def required_right(table: str, field_: str, value: Any, *, creation: bool, base_value: Any = None,
                   row_evaluator: str | None = None, author: str | None = None) -> str | None:
    """The right a change of ``table.field_`` to ``value`` needs (None: anyone may).

    ``creation``: the change creates the field (a new record); ``base_value``: the value
    it replaces; ``row_evaluator``: for a score, whose score it is; ``author``: who writes.
    The creation of a project needs no right (its creator becomes its lead).
    """
    if table == "evaluators" or (table == "projects" and creation):
        return None
    if table == "projects":
        if field_ in _LEAD_PROJECT_FIELDS:
            return DECIDE
        if field_ == "settings" and _review_of(value) != _review_of(base_value):
            return SIGN_OFF
        if field_ == "settings" and _security_of(value) != _security_of(base_value):
            return TEAM  # which laptops are trusted, and whether packages must be signed
        return EDIT
    if table == "project_members":
        if not creation:
            return TEAM
        if field_ == "role":
            return {"lead": TEAM, "member": EDIT}.get(str(value), SCORE)
        return SCORE
    if table == "indicators" and field_ in _REVIEW_FIELDS:
        return SIGN_OFF
    if table == "scores":
        return SCORE if row_evaluator is None or row_evaluator == author else SCORE_OTHERS
    if table == "proposals":
        # any laptop may record that a change was held; deciding is the lead's
        return None if creation else TEAM
    return _TABLE_RIGHTS.get(table, EDIT)


@dataclass
class Roster:
    """Who has which role in one project (read once, used for many checks)."""

    project_id: str
    members: dict[str, str] = field(default_factory=dict)  # evaluator id → role
    creator: str | None = None
    # the laptop that created the project: its evaluator leads it when the creation had none
    # (a project made before the laptop had a profile, e.g. ``evaltool demo`` run first)
    creator_device: str | None = None
    profiles: dict[str, str] = field(default_factory=dict)  # evaluator id → profile role
    names: dict[str, str] = field(default_factory=dict)
    # (device, evaluator) of the session that read it: asking about the local evaluator
    # without a device means this laptop
    local: tuple[str, str | None] | None = None

    @property
    def leads(self) -> set[str]:
        out = {e for e, r in self.members.items() if r == "lead"}
        if self.creator and self.creator not in self.members:
            out.add(self.creator)
        return out

    def _created(self, evaluator_id: str | None, device_id: str | None) -> bool:
        if evaluator_id is not None and evaluator_id == self.creator:
            return True
        if self.creator is not None or self.creator_device is None:
            return False
        if device_id is None and self.local is not None and evaluator_id == self.local[1]:
            device_id = self.local[0]
        return device_id == self.creator_device

    def role_of(self, evaluator_id: str | None, device_id: str | None = None) -> str:
        """``lead``, ``member`` or ``expert`` (see the module's docstring); ``device_id``:
        the laptop the evaluator writes on (this one when not given)."""
        if evaluator_id is not None and evaluator_id in self.members:
            role = self.members[evaluator_id]
            return role if role in ROLES else "member"
        if self._created(evaluator_id, device_id):
            return "lead"
        if not self.leads and self.creator is None and self.creator_device is None:
            return "lead"  # unmanaged: nobody is known to lead it
        profile = self.profiles.get(evaluator_id or "", "member")
        return profile if profile == "expert" else "member"

    def may(self, evaluator_id: str | None, right: str | None, device_id: str | None = None) -> bool:
        return right is None or right in ROLE_RIGHTS[self.role_of(evaluator_id, device_id)]

    def has_lead(self) -> bool:
        """Whether someone leads the project (a lead on the roster, or its creator)."""
        return bool(self.leads) or (self.creator is None and self.creator_device is not None)

    def refusal(self, evaluator_id: str | None, right: str, project_name: str = "") -> RoleError:
        """The message for ``evaluator_id`` lacking ``right`` (names the leads to ask)."""
        role = self.role_of(evaluator_id)
        leads = "、".join(sorted(self.names.get(e, e[:8]) for e in self.leads)) or "—"
        who = self.names.get(evaluator_id or "", "") or translate("Roles", "this laptop's evaluator")
        text = translate("Roles", "Only the team lead may {action} in “{project}”; {who} is a {role} there. "
                         "Ask the lead ({leads}); nothing was changed.").format(
            action=right_text(right), project=project_name or self.project_id[:8], who=who,
            role=role_text(role), leads=leads)
        return RoleError(text, right=right, role=role)


def project_creator(session: Session, project_id: str) -> tuple[str | None, str | None]:
    """(evaluator, device) that created the project: the author of the change that created
    its name (the one that replaces nothing; a project's id is random, so there is one — its
    clock is not consulted, since a laptop whose clock is behind may edit "before" it)."""
    row = session.execute(select(ChangeRecord.evaluator_id, ChangeRecord.device_id).where(
        ChangeRecord.table_name == "projects", ChangeRecord.row_id == project_id, ChangeRecord.field == "name",
        cast(ChangeRecord.bases, String) == "[]")
        .order_by(ChangeRecord.hlc, ChangeRecord.device_id, ChangeRecord.id).limit(1)).first()
    return (row.evaluator_id, row.device_id) if row is not None else (None, None)


def load_roster(session: Session, project_id: str, *,
                creator: tuple[str | None, str] | None = None) -> Roster:
    """The roster of ``project_id`` as this database holds it now (``creator`` — evaluator,
    device — given when the project is being created in the same flush and has no change yet)."""
    members: dict[str, str] = {}
    rank = {"lead": 0, "member": 1, "expert": 2}
    for ev, role in session.execute(select(ProjectMember.evaluator_id, ProjectMember.role).where(
            ProjectMember.project_id == project_id, ProjectMember.deleted.is_(False))):
        # two rows for one person (two laptops added them): the higher role counts
        if ev not in members or rank.get(role, 3) < rank.get(members[ev], 3):
            members[ev] = role
    made_by, made_on = creator if creator is not None else project_creator(session, project_id)
    roster = Roster(project_id, members, made_by, made_on)
    actor = session.info.get("actor")
    if actor is not None:
        roster.local = (actor.device_id, actor.evaluator_id)
    for ev_id, name, role in session.execute(select(Evaluator.id, Evaluator.name, Evaluator.role)):
        roster.names[ev_id] = name
        roster.profiles[ev_id] = role
    return roster


def project_role(session: Session, project_id: str, evaluator_id: str | None) -> str:
    """``evaluator_id``'s role in the project (``lead`` / ``member`` / ``expert``)."""
    return load_roster(session, project_id).role_of(evaluator_id)


def may(session: Session, project_id: str, evaluator_id: str | None, right: str) -> bool:
    """Whether ``evaluator_id`` has ``right`` in the project (for the UI to enable controls)."""
    return load_roster(session, project_id).may(evaluator_id, right)


def check_right(session: Session, project_id: str, evaluator_id: str | None, right: str) -> None:
    """Raise ``RoleError`` (naming the project and its leads) unless ``evaluator_id`` has ``right``."""
    roster = load_roster(session, project_id)
    if not roster.may(evaluator_id, right):
        p = session.get(Project, project_id)
        raise roster.refusal(evaluator_id, right, p.name if p is not None else "")
