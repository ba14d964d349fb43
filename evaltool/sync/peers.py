"""What we know each laptop holds ("small packages").

Every package claims, per device, a range ``(from, to]`` of sequence numbers of which it
holds *every* change of the project, and the sender's coverage ``have`` (its version
vector). The receiver extends its own coverage (``AppSetting sync_have:<project>``) when
a range starts at or below what it already covers, and remembers the sender's coverage
in ``SyncPeer.seen[project]``. ``export --for PEER`` then sends only changes above what
the peer is known to cover. Coverage is a lower bound, so nothing is missed; at worst a
change travels twice and is ignored the second time.

All functions take a Session, flush, never commit.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from evaltool.errors import NotFoundError
from evaltool.i18n import translate
from evaltool.models import AppSetting, ChangeRecord, SyncPeer, utcnow


def _have_key(project_id: str) -> str:
    return f"sync_have:{project_id}"


def coverage(session: Session, device_id: str, project_id: str) -> dict[str, int]:
    """{device: n}: we hold every change of the project by that device with seq ≤ n."""
    row = session.get(AppSetting, _have_key(project_id))
    have: dict[str, int] = {k: int(v) for k, v in (json.loads(row.value) if row else {}).items()}
    own = session.scalar(select(func.max(ChangeRecord.seq)).where(ChangeRecord.device_id == device_id))
    if own:
        have[device_id] = max(have.get(device_id, 0), int(own))
    return have


def _save_coverage(session: Session, project_id: str, have: dict[str, int]) -> None:
    row = session.get(AppSetting, _have_key(project_id))
    value = json.dumps(have, sort_keys=True)
    if row is None:
        session.add(AppSetting(key=_have_key(project_id), value=value))
    else:
        row.value = value


@dataclass
class PeerInfo:
    device_id: str
    name: str
    # {device: n}: the peer holds every change of the project by that device with seq ≤ n.
    seen: dict[str, int]
    updated_at: str

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def list_peers(session: Session, project_id: str | None = None) -> list[PeerInfo]:
    """Laptops we have received packages from, with what we know they hold."""
    out = []
    for p in session.scalars(select(SyncPeer).order_by(SyncPeer.name)):
        seen = dict((p.seen or {}).get(project_id, {})) if project_id else {}
        if project_id and not seen:
            continue
        out.append(PeerInfo(p.device_id, p.name, seen, p.updated_at))
    return out


def find_peer(session: Session, ref: str) -> SyncPeer:
    """A known peer by device id, unique id prefix (≥ 4 characters) or device name."""
    ref = (ref or "").strip()
    peer = session.get(SyncPeer, ref)
    if peer is not None:
        return peer
    peers = list(session.scalars(select(SyncPeer)))
    hits = [p for p in peers if p.name == ref] or (
        [p for p in peers if p.device_id.startswith(ref)] if len(ref) >= 4 else [])
    if len(hits) == 1:
        return hits[0]
    if len(hits) > 1:
        raise NotFoundError(translate("Errors", "Several laptops match “{ref}”; use the device id: {ids}").format(
            ref=ref, ids=", ".join(p.device_id for p in hits)))
    raise NotFoundError(translate("Errors", "No laptop “{ref}” is known yet. Import a package from it first, "
                                  "or export everything (without --for).").format(ref=ref))


def note_package(session: Session, my_device: str, manifest: dict[str, Any]) -> None:
    """After merging a package: remember what its sender holds, and extend our own coverage
    by the ranges it carries whole (``manifest`` was checked by ``check_manifest``)."""
    pid = manifest["project_id"]
    sender = manifest["device_id"]
    replaced = manifest.get("replaces")
    for old in replaced if isinstance(replaced, list) else []:
        # the sender's earlier identities (evaltool.device): one laptop, one peer entry
        gone = session.get(SyncPeer, old) if isinstance(old, str) and old not in (sender, my_device) else None
        if gone is not None:
            session.delete(gone)
    if sender != my_device:
        peer = session.get(SyncPeer, sender)
        if peer is None:
            peer = SyncPeer(device_id=sender, seen={})
            session.add(peer)
        seen = dict(peer.seen or {})
        pseen = {k: int(v) for k, v in seen.get(pid, {}).items()}
        for d, n in (manifest.get("have") or {}).items():
            pseen[d] = max(pseen.get(d, 0), int(n))
        seen[pid] = pseen
        peer.seen = seen
        peer.name = str(manifest.get("device_name") or peer.name or sender[:8])[:200]
        peer.updated_at = utcnow()
    have = coverage(session, my_device, pid)
    for d, (lo, hi) in sorted((manifest.get("ranges") or {}).items()):
        if have.get(d, 0) >= int(lo):
            have[d] = max(have.get(d, 0), int(hi))
    _save_coverage(session, pid, have)
    session.flush()
