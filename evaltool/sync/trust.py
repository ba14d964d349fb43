"""Which laptops a project trusts, and what its packages must be.

Two records, read before a package is merged (a package never vouches for itself):

- **The project's roster of devices** (``Project.settings["sync_security"]``, synced
  with the project, written by its lead): ``require_signed`` (packages must be
  encrypted *and* signed by a trusted laptop) and ``devices``
  ``{device_id: {"name", "key", "state": "trusted" | "revoked", "by", "at"}}``.
  A laptop learns it when it first joins the project (the lead's package carries it)
  and with every later package of the project.
- **This laptop's confirmations** (``AppSetting sync_devices:<project>``, never synced):
  ``{device_id: {"name", "key", "state": "seen" | "confirmed"}}``. A member confirms a
  sender here (the lead's own confirmations go to the roster, so the team learns them);
  the first key seen from a laptop is pinned ("seen"), so a later package of that laptop
  with another key is refused rather than taken as a new laptop.

Judging a package (``judge_package``): an altered signature is always refused; a key
that is not the one known for its laptop, a revoked laptop, or a package claiming to be
from this laptop with another key are always refused. With ``require_signed`` an
unencrypted, unsigned or unknown-signer package is refused too (unless the user
confirms the signer's fingerprint with the import); without it they are imported with a
warning. All refusals happen before anything is applied.

Limit (documented in the README): a signature says which laptop *sent* a package; the
changes inside may be relayed from others. A trusted laptop can still write in another
evaluator's name — roles (who may change what) decide whether such a change applies.

All functions take a Session, flush, never commit.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from evaltool.errors import NotFoundError, ValidationError
from evaltool.i18n import translate
from evaltool.models import AppSetting, Project, utcnow
from evaltool.roles import load_roster
from evaltool.sync.base import sync_error
from evaltool.sync.signing import Signature, fingerprint, same_fingerprint

SETTINGS_KEY = "sync_security"
STATES = ("trusted", "revoked")


def _local_key(project_id: str) -> str:
    return f"sync_devices:{project_id}"


def _policy_of(project: Project | None) -> dict[str, Any]:
    raw = (project.settings or {}).get(SETTINGS_KEY) if project is not None else None
    if not isinstance(raw, dict):
        return {"require_signed": False, "devices": {}}
    devices = raw.get("devices")
    devices = {k: v for k, v in devices.items() if isinstance(v, dict) and isinstance(v.get("key"), str)} \
        if isinstance(devices, dict) else {}
    return {"require_signed": raw.get("require_signed") is True, "devices": devices}


def require_signed(session: Session, project_id: str) -> bool:
    return bool(_policy_of(session.get(Project, project_id))["require_signed"])


def _local(session: Session, project_id: str) -> dict[str, dict[str, Any]]:
    row = session.get(AppSetting, _local_key(project_id))
    try:
        data = json.loads(row.value) if row else {}
    except ValueError:
        data = {}
    return {k: v for k, v in data.items() if isinstance(v, dict) and isinstance(v.get("key"), str)} \
        if isinstance(data, dict) else {}


def _save_local(session: Session, project_id: str, data: dict[str, dict[str, Any]]) -> None:
    row = session.get(AppSetting, _local_key(project_id))
    value = json.dumps(data, ensure_ascii=False, sort_keys=True)
    if row is None:
        session.add(AppSetting(key=_local_key(project_id), value=value))
    else:
        row.value = value
    session.flush()


def is_lead(session: Session, project_id: str, evaluator_id: str | None) -> bool:
    """The evaluator leads the project (``evaltool.roles``: the team list, else the
    project's creator)."""
    if not evaluator_id:
        return False
    return load_roster(session, project_id).role_of(evaluator_id) == "lead"


def _project(session: Session, project_id: str) -> Project:
    project = session.get(Project, project_id)
    if project is None or project.deleted:
        raise NotFoundError(project_id)
    return project


def _require_lead(session: Session, project_id: str, evaluator_id: str | None, what: str) -> None:
    if not is_lead(session, project_id, evaluator_id):
        raise ValidationError(translate("Errors", "Only the project's lead may {what}; nothing was changed.").format(what=what))


def _save_policy(project: Project, policy: dict[str, Any]) -> None:
    # a new dict: changes inside a JSON value are not detected (DEVELOPING.md)
    project.settings = {**(project.settings or {}), SETTINGS_KEY: policy}


# -- what a project knows ---------------------------------------------------------

@dataclass
class DeviceInfo:
    """A laptop as this one knows it in a project. ``state``: ``this laptop``,
    ``trusted`` (the lead's roster), ``confirmed`` (here), ``seen`` (pinned, not
    confirmed) or ``revoked``."""

    device_id: str
    name: str
    fingerprint: str
    state: str
    in_roster: bool

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class SecurityInfo:
    project_id: str
    require_signed: bool
    device_id: str
    fingerprint: str
    devices: list[DeviceInfo] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["devices"] = [x.as_json() for x in self.devices]
        return d


def project_security(session: Session, project_id: str, my_device: str, my_key: str) -> SecurityInfo:
    """The project's policy and every laptop known in it (this one first)."""
    policy = _policy_of(_project(session, project_id))
    roster, local = policy["devices"], _local(session, project_id)
    out = [DeviceInfo(my_device, "", fingerprint(my_key), "this laptop", my_device in roster)]
    for dev in sorted(set(roster) | set(local)):
        if dev == my_device:
            continue
        r, mine = roster.get(dev), local.get(dev)
        entry = r or mine or {}
        if r is not None:
            state = "revoked" if r.get("state") == "revoked" else "trusted"
        else:
            state = "confirmed" if (mine or {}).get("state") == "confirmed" else "seen"
        out.append(DeviceInfo(dev, str(entry.get("name", ""))[:200], fingerprint(entry["key"]), state, r is not None))
    return SecurityInfo(project_id, policy["require_signed"], my_device, fingerprint(my_key), out)


def _find_device(session: Session, project_id: str, ref: str) -> tuple[str, dict[str, Any]]:
    known = {**_local(session, project_id), **_policy_of(session.get(Project, project_id))["devices"]}
    ref = (ref or "").strip()
    hits = [d for d in known if d == ref] or [d for d, e in known.items() if e.get("name") == ref] or \
        ([d for d in known if d.startswith(ref)] if len(ref) >= 4 else [])
    if len(hits) != 1:
        raise NotFoundError(translate("Errors", "No single laptop “{ref}” is known in this project; "
                                      "see “evaltool sync devices PROJECT”.").format(ref=ref))
    return hits[0], known[hits[0]]


def confirm_device(session: Session, project_id: str, ref: str, given_fingerprint: str,
                   evaluator_id: str | None) -> str:
    """Trust a laptop whose key this one has seen, after its fingerprint was checked with
    its owner. The lead's confirmation goes to the project's roster (synced); anyone
    else's stays on this laptop. Returns ``"roster"`` or ``"local"``."""
    device, entry = _find_device(session, project_id, ref)
    if not same_fingerprint(given_fingerprint, fingerprint(entry["key"])):
        raise ValidationError(translate("Errors", "The fingerprint you gave does not match the key of “{name}” "
                                        "({fingerprint}); nothing was changed.").format(
            name=entry.get("name") or device[:8], fingerprint=fingerprint(entry["key"])))
    return trust_device(session, project_id, device, str(entry.get("name", "")), entry["key"], evaluator_id)


def trust_device(session: Session, project_id: str, device: str, name: str, key: str, evaluator_id: str | None) -> str:
    """Trust the laptop ``device`` with the public ``key`` (base64): on the roster when
    ``evaluator_id`` leads the project, else on this laptop only. Returns where."""
    project = _project(session, project_id)
    if is_lead(session, project_id, evaluator_id):
        policy = _policy_of(project)
        policy["devices"] = {**policy["devices"], device: {"name": name[:200], "key": key, "state": "trusted",
                                                          "by": evaluator_id, "at": utcnow()}}
        _save_policy(project, policy)
        where = "roster"
    else:
        where = "local"
    local = _local(session, project_id)
    local[device] = {"name": name[:200], "key": key, "state": "confirmed"}
    _save_local(session, project_id, local)
    session.flush()
    return where


def revoke_device(session: Session, project_id: str, ref: str, evaluator_id: str | None) -> None:
    """The lead revokes a laptop (lost, stolen, replaced): its packages are refused on
    every laptop that has the roster."""
    _require_lead(session, project_id, evaluator_id, translate("Errors", "revoke a laptop"))
    device, entry = _find_device(session, project_id, ref)
    project = _project(session, project_id)
    policy = _policy_of(project)
    policy["devices"] = {**policy["devices"], device: {"name": str(entry.get("name", ""))[:200], "key": entry["key"],
                                                      "state": "revoked", "by": evaluator_id, "at": utcnow()}}
    _save_policy(project, policy)
    local = _local(session, project_id)
    local.pop(device, None)
    _save_local(session, project_id, local)


def set_require_signed(session: Session, project_id: str, on: bool, evaluator_id: str | None,
                       my_device: str, my_name: str, my_key: str) -> None:
    """The lead requires (or stops requiring) encrypted, signed packages from trusted
    laptops. The lead's own laptop goes on the roster, so members learn its key."""
    _require_lead(session, project_id, evaluator_id,
                  translate("Errors", "change whether packages must be encrypted and signed"))
    project = _project(session, project_id)
    policy = _policy_of(project)
    policy["require_signed"] = bool(on)
    if my_device not in policy["devices"]:
        policy["devices"] = {**policy["devices"], my_device: {"name": my_name[:200], "key": my_key, "state": "trusted",
                                                             "by": evaluator_id, "at": utcnow()}}
    _save_policy(project, policy)
    session.flush()


# -- judging a package ---------------------------------------------------------------

@dataclass
class Verdict:
    """Who signed a package and what that means here.

    ``status``: ``unsigned``, ``own`` (this laptop), ``trusted`` (the roster or a
    confirmation here), ``unknown``, ``confirmed`` (unknown until the user confirmed
    its fingerprint with this import), ``new project`` (the first package of a project
    this laptop joins: its signer is confirmed by opening it).
    """

    status: str
    device_id: str = ""
    device_name: str = ""
    fingerprint: str = ""
    public_key: str = ""
    encrypted: bool = False
    warnings: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("public_key")
        return d


def _refuse(text: str, label: str, **kw: Any) -> Exception:
    return sync_error(text + " " + translate("Errors", "Nothing was changed."), path=label, **kw)


def judge_package(session: Session, project_id: str, sig: Signature | None, encrypted: bool, label: str,
                  my_device: str, my_key: str, trust_fingerprint: str | None = None,
                  sender_device: str | None = None, preview: bool = False) -> Verdict:
    """Decide whether a package may be merged (raises ``SyncError`` naming ``label``);
    the verdict says who signed it and carries the warnings to show. ``sender_device``:
    the laptop the manifest names — an unsigned package claiming a laptop whose key is
    known (it signs its packages) is refused as forged or stripped of its signature.
    ``preview``: a dry run, which shows an unknown signer (for the user to confirm)
    instead of refusing it where the project requires signatures."""
    project = session.get(Project, project_id)
    policy = _policy_of(project)
    required = policy["require_signed"]
    if sig is not None and not sig.valid:
        raise _refuse(translate("Errors", "{path}: the signature does not match the package's content: it was altered "
                                "after it was signed (forged or damaged); refused."), label)
    if sig is None:
        if required:
            raise _refuse(translate("Errors", "{path} is not signed, and this project requires encrypted packages signed "
                                    "by a laptop of the team; refused. Ask the sender to update evaltool and export again."),
                          label)
        if sender_device and (sender_device == my_device or sender_device in policy["devices"]
                              or sender_device in _local(session, project_id)):
            raise _refuse(translate("Errors", "{path} is not signed, but the laptop it claims to come from signs its "
                                    "packages: it is forged or its signature was removed; refused."), label)
        warn = translate("Errors", "{path} is not signed (written by an older evaltool?): who wrote it cannot be "
                         "checked.").format(path=label)
        return Verdict("unsigned", encrypted=encrypted, warnings=[warn])
    v = Verdict("unknown", sig.device_id, sig.device_name, sig.fingerprint, sig.public_key, encrypted)
    name = sig.device_name or sig.device_id[:8]
    roster, local = policy["devices"], _local(session, project_id)
    if sig.device_id == my_device:
        if sig.public_key != my_key:
            raise _refuse(translate("Errors", "{path} claims to come from this laptop but is signed with another key: "
                                    "this laptop's data folder was probably copied to another laptop, or the package "
                                    "is forged; refused. Give each laptop its own data folder."), label)
        v.status = "own"
    else:
        for known in (roster.get(sig.device_id), local.get(sig.device_id)):
            if known is None:
                continue
            if known.get("state") == "revoked":
                raise _refuse(translate("Errors", "{path} is signed by the laptop “{name}”, which the project's lead "
                                        "revoked; refused."), label, name=name)
            if known["key"] != sig.public_key:
                raise _refuse(translate("Errors", "{path} is signed by “{name}” with a key that is not the one known for "
                                        "that laptop (known {known}, this package {given}); refused. If the laptop was "
                                        "reinstalled, the lead revokes the old key and confirms the new one."),
                              label, name=name, known=fingerprint(known["key"]), given=sig.fingerprint)
        trusted = (roster.get(sig.device_id) or {}).get("state") == "trusted" or \
            (local.get(sig.device_id) or {}).get("state") == "confirmed"
        if trusted:
            v.status = "trusted"
        elif trust_fingerprint:
            if not same_fingerprint(trust_fingerprint, sig.fingerprint):
                raise _refuse(translate("Errors", "{path} is signed by “{name}” with the fingerprint {given}, not the one "
                                        "you confirmed ({confirmed}); refused."),
                              label, name=name, given=sig.fingerprint, confirmed=trust_fingerprint)
            v.status = "confirmed"
        elif project is None:
            v.status = "new project"
    if required and not encrypted:
        raise _refuse(translate("Errors", "{path} is not encrypted, and this project requires encrypted packages; "
                                "refused. Ask the sender to export with the team passphrase."), label)
    if v.status == "unknown":
        if required and not preview:
            raise _refuse(translate("Errors", "{path} is signed by a laptop this project does not know: “{name}”, "
                                    "fingerprint {fingerprint}; refused. Check the fingerprint with its owner, then import "
                                    "again confirming it (--trust-signer, or the confirmation in the import preview)."),
                          label, name=name, fingerprint=sig.fingerprint)
        v.warnings.append(translate("Errors", "{path} is signed by a laptop this project does not know yet: “{name}”, "
                                    "fingerprint {fingerprint}. Check it with its owner and confirm it "
                                    "(evaltool sync devices … --confirm).").format(
            path=label, name=name, fingerprint=sig.fingerprint))
    return v


def record_signer(session: Session, project_id: str, verdict: Verdict, evaluator_id: str | None) -> None:
    """After a merge (same transaction): a signer the user confirmed, or the one a new
    project came from, is trusted; any other new signer's key is pinned."""
    if verdict.status in ("unsigned", "own", "trusted"):
        return
    if verdict.status in ("confirmed", "new project"):
        trust_device(session, project_id, verdict.device_id, verdict.device_name, verdict.public_key, evaluator_id)
        return
    local = _local(session, project_id)
    if verdict.device_id not in local:
        local[verdict.device_id] = {"name": verdict.device_name[:200], "key": verdict.public_key, "state": "seen"}
        _save_local(session, project_id, local)
