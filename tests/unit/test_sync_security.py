"""Package security (issue 17): bounded scrypt parameters, signed packages, the project's
roster of laptops and the lead's setting requiring encrypted, signed packages.

Every refusal is checked to leave the receiving database exactly as it was (a digest
of every table before and after)."""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from evaltool import sync
from evaltool.db import Database
from evaltool.errors import SyncError, ValidationError
from evaltool.identity import ensure_profile
from evaltool.models import ReportSection
from evaltool.sync import trust
from evaltool.sync.crypto import kdf_problem
from evaltool.sync.exchange import signer_of
from evaltool.sync.signing import Signer, append_signature, body_size, fingerprint, key_path, read_signature
from tests.unit.hostile_lab import changes_of, read_zip, repack, set_changes, write_zip
from tests.unit.test_sync import new_laptop

PASS = "团队口令 2024"


@pytest.fixture(autouse=True)
def _messages_in_english(_language_zh: None) -> Iterator[None]:
    from evaltool.i18n import set_language

    set_language("en")
    yield


@pytest.fixture(scope="module")
def blank(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, empty data folder without a device identity (copied per laptop)."""
    from evaltool.db import open_database

    d = tmp_path_factory.mktemp("blank")
    open_database(d).close()
    con = sqlite3.connect(d / "evaltool.sqlite")
    con.execute("DELETE FROM app_settings")
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return d


@pytest.fixture
def laptops(blank: Path, tmp_path: Path) -> Iterator[Callable[[str], Database]]:
    made: list[Database] = []

    def make(person: str) -> Database:
        made.append(new_laptop(blank, tmp_path / f"laptop-{len(made)}", person))
        return made[-1]

    yield make
    for db in made:
        db.close()


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    d = tmp_path / "usb"
    d.mkdir()
    return d


def digest(db: Database) -> str:
    h = hashlib.sha256()
    con = sqlite3.connect(db.path)
    try:
        for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"):
            h.update(t.encode())
            for r in sorted(repr(r) for r in con.execute(f'SELECT * FROM "{t}"')):
                h.update(r.encode("utf-8", "surrogatepass"))
    finally:
        con.close()
    return h.hexdigest()


def refused(db: Database, path: Path, match: str, **kw: object) -> None:
    before = digest(db)
    with pytest.raises(SyncError, match=match):
        sync.import_package(db, path, **kw)  # type: ignore[arg-type]
    assert digest(db) == before, "a refused package changed the database"


def strip_signature(data: bytes, tmp: Path) -> bytes:
    p = tmp / "strip.bin"
    p.write_bytes(data)
    return data[:body_size(p)]


def stranger(device_id: str = "5a1d0000-0000-4000-8000-000000000001", name: str = "stranger") -> Signer:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Signer(device_id, name, Ed25519PrivateKey.generate())


def resign(body: bytes, signer: Signer, path: Path) -> Path:
    path.write_bytes(body)
    append_signature(path, signer)
    return path


@pytest.fixture
def team(laptops: Callable[[str], Database], usb: Path) -> tuple[Database, Database, str]:
    """The lead's laptop with the demo project, and a member's laptop that joined it."""
    from evaltool.demo import create_demo_project

    lead = laptops("张组长")
    ensure_profile(lead, "张组长", "lead")
    with lead.session() as s:
        pid = create_demo_project(s).id
    member = laptops("李四")
    first = sync.export_package(lead, pid, usb)
    summary = sync.import_package(member, first.path)
    assert summary.project_created and summary.signer.status == "new project"
    return lead, member, pid


# -- scrypt parameters -------------------------------------------------------------------

def test_kdf_limits_are_fixed_and_ours_fit() -> None:
    assert kdf_problem(15, 8, 1) is None  # what evaltool writes: 32 MiB
    assert kdf_problem(17, 8, 1) is None  # 128 MiB, the most allowed
    assert kdf_problem(22, 8, 1)  # 4 GiB
    assert kdf_problem(17, 16, 1)  # 256 MiB
    assert kdf_problem(15, 8, 3)
    assert kdf_problem(10, 8, 1)  # too weak to be ours
    assert kdf_problem(15, 0, 1) and kdf_problem(15, 8, 0)


@pytest.mark.parametrize("signed", [True, False])
def test_forged_kdf_header_refused_before_any_derivation(demo_db: Database, demo_project_id: str, tmp_path: Path,
                                                         usb: Path, laptops: Callable[[str], Database],
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         signed: bool) -> None:
    """Three header bytes changed to ask scrypt for 2^22 × 32 × 128 bytes (16 GiB):
    refused with the file named, nothing changed, and scrypt never called."""
    import cryptography.hazmat.primitives.kdf.scrypt as scrypt_mod

    data = sync.export_package(demo_db, demo_project_id, usb, passphrase=PASS).path.read_bytes()
    if not signed:
        data = strip_signature(data, tmp_path)
    forged = bytearray(data)
    forged[24:27] = bytes([22, 32, 16])  # log2n, r, p after the magic (8) and the salt (16)
    path = tmp_path / "forged-header.evsync"
    path.write_bytes(bytes(forged))
    calls: list[int] = []
    real = scrypt_mod.Scrypt

    def counting(*a: Any, **kw: Any) -> Any:
        calls.append(1)
        return real(*a, **kw)

    monkeypatch.setattr(scrypt_mod, "Scrypt", counting)
    other = laptops("王五")
    refused(other, path, "forged-header.evsync: " + ("the signature does not match" if signed
                                                     else "the encryption header asks for key-derivation parameters"),
            passphrase=PASS)
    assert calls == []


# -- signatures ---------------------------------------------------------------------------

def test_every_package_is_signed_and_the_key_stays_owner_only(demo_db: Database, demo_project_id: str,
                                                               usb: Path) -> None:
    for passphrase in (None, PASS):
        res = sync.export_package(demo_db, demo_project_id, usb, passphrase=passphrase)
        sig = read_signature(res.path)
        assert sig is not None and sig.valid and sig.device_id == demo_db.device_id
        assert sig.public_key == signer_of(demo_db).public_key
        assert sig.body_size < res.path.stat().st_size
    key = key_path(demo_db.data_dir, demo_db.device_id)
    pem = key.read_bytes()
    assert b"PRIVATE KEY" in pem
    if os.name != "nt":
        assert stat.S_IMODE(key.stat().st_mode) == 0o600 and stat.S_IMODE(key.parent.stat().st_mode) == 0o700
    with open(demo_db.path, "rb") as fh:  # never in the synced database
        assert b"PRIVATE KEY" not in fh.read()
    assert sig is not None and signer_of(demo_db).public_key == sig.public_key  # made once, then reused
    # a plain signed package is still a zip an older evaltool can read
    assert "manifest.json" in read_zip(sync.export_package(demo_db, demo_project_id, usb).path.read_bytes())


def test_any_changed_byte_is_refused(team, usb: Path, tmp_path: Path) -> None:
    lead, member, pid = team
    with lead.session() as s:
        s.query(ReportSection).filter_by(project_id=pid).first().text = "组长写的结论"
    data = sync.export_package(lead, pid, usb, passphrase=PASS).path.read_bytes()
    size = len(data)
    tried = 0
    for pos in sorted({0, 9, 30, size // 3, size // 2, size - 200, size - 40, size - 13, size - 1}):
        bad = bytearray(data)
        bad[pos] ^= 0x01
        path = tmp_path / f"flip-{pos}.evsync"
        path.write_bytes(bytes(bad))
        refused(member, path, r"flip-\d+\.evsync", passphrase=PASS)
        tried += 1
    assert tried == 9
    ok = tmp_path / "intact.evsync"
    ok.write_bytes(data)
    assert sync.import_package(member, ok, passphrase=PASS).signer.status == "trusted"


def test_forged_section_with_recomputed_checksums_is_refused(team, usb: Path, tmp_path: Path) -> None:
    """The tester's forgery: a plain package with another evaluator's section changed and
    every checksum recomputed. Unsigned, it claims a laptop known to sign; re-signed by
    the forger as that laptop, the key is not that laptop's; signed as itself, the
    project requiring signatures does not know it."""
    lead, member, pid = team
    genuine = sync.export_package(lead, pid, usb).path.read_bytes()

    def forge(parts: dict[str, bytes]) -> None:
        ch = changes_of(parts)
        i = next(k for k, c in enumerate(ch) if c["table_name"] == "report_sections" and c["field"] == "text")
        ch[i]["value"] = "伪造的结论：项目无任何问题"
        set_changes(parts, ch)

    forged = repack(genuine, forge)  # checksums recomputed, the signature trailer gone
    p = tmp_path / "forged.evsync"
    p.write_bytes(forged)
    refused(member, p, "forged.evsync is not signed, but the laptop it claims to come from signs its packages")
    as_lead = resign(forged, stranger(lead.device_id, "laptop-张组长"), tmp_path / "forged-as-lead.evsync")
    refused(member, as_lead, "with a key that is not the one known for that laptop")
    with lead.session() as s:
        trust.set_require_signed(s, pid, True, lead.evaluator_id, lead.device_id, "laptop-张组长",
                                 signer_of(lead).public_key)
    sync.import_package(member, sync.export_package(lead, pid, usb, passphrase=PASS).path, passphrase=PASS)
    as_itself = resign(forged, stranger(), tmp_path / "forged-as-itself.evsync")
    refused(member, as_itself, "is not encrypted, and this project requires encrypted packages")


def test_replayed_keys_and_signatures_are_refused(team, usb: Path, tmp_path: Path) -> None:
    lead, third, pid = team
    member = third
    genuine_path = sync.export_package(lead, pid, usb).path
    genuine = genuine_path.read_bytes()
    body = strip_signature(genuine, tmp_path)
    # 1. another (known) laptop's public key put in the trailer: the signature cannot verify
    sig = read_signature(genuine_path)
    assert sig is not None
    assert sig.valid
    member_key = signer_of(member).public_key
    spliced = genuine.replace(sig.public_key.encode(), member_key.encode())
    p = tmp_path / "replayed-key.evsync"
    p.write_bytes(spliced)
    refused(third, p, "the signature does not match")
    # 2. a valid trailer of one package glued to another body
    other = sync.export_package(lead, pid, usb).path.read_bytes()
    glued = strip_signature(other, tmp_path) + genuine[len(body):]
    p = tmp_path / "glued.evsync"
    p.write_bytes(glued)
    if glued != other:
        refused(third, p, "the signature does not match")
    # 3. a package signed as this very laptop with another key
    mine = resign(body, stranger(member.device_id), tmp_path / "as-me.evsync")
    refused(member, mine, "claims to come from this laptop but is signed with another key")


def test_key_change_and_revocation_are_refused(team, usb: Path, tmp_path: Path) -> None:
    lead, member, pid = team
    sync.import_package(lead, sync.export_package(member, pid, usb).path)  # the lead sees 李四's laptop (pinned)
    key_path(member.data_dir, member.device_id).unlink()  # reinstalled: a new key
    refused(lead, sync.export_package(member, pid, usb).path, "not the one known for that laptop")
    with lead.read_session() as s:
        info = trust.project_security(s, pid, lead.device_id, signer_of(lead).public_key)
    assert [d.state for d in info.devices] == ["this laptop", "seen"]
    with lead.session() as s:
        with pytest.raises(ValidationError, match="does not match the key"):
            trust.confirm_device(s, pid, member.device_id, fingerprint(signer_of(member).public_key), lead.evaluator_id)
        trust.revoke_device(s, pid, "laptop-李四", lead.evaluator_id)
    refused(lead, sync.export_package(member, pid, usb).path, "which the project's lead revoked")


def test_require_setting_on_and_off(team, usb: Path, tmp_path: Path) -> None:
    lead, member, pid = team
    with member.session() as s, pytest.raises(ValidationError, match="Only the project's lead"):
        trust.set_require_signed(s, pid, True, member.evaluator_id, member.device_id, "m", signer_of(member).public_key)
    plain_before = sync.export_package(member, pid, usb).path  # a plain package made before the setting
    with lead.session() as s:
        trust.set_require_signed(s, pid, True, lead.evaluator_id, lead.device_id, "laptop-张组长",
                                 signer_of(lead).public_key)
    sync.import_package(member, sync.export_package(lead, pid, usb, passphrase=PASS).path, passphrase=PASS)
    with member.read_session() as s:
        assert trust.require_signed(s, pid)  # the setting travelled with the project
    with pytest.raises(SyncError, match="requires encrypted packages"):
        sync.export_package(member, pid, usb)
    refused(lead, plain_before, "is not encrypted, and this project requires encrypted packages")
    enc = sync.export_package(member, pid, usb, passphrase=PASS).path
    fp = fingerprint(signer_of(member).public_key)
    refused(lead, enc, f"does not know: “laptop-李四”, fingerprint {fp}", passphrase=PASS)
    refused(lead, enc, "not the one you confirmed", passphrase=PASS, trust_signer="0000 1111")
    unsigned = tmp_path / "unsigned.evsync"
    unsigned.write_bytes(strip_signature(enc.read_bytes(), tmp_path))
    refused(lead, unsigned, "is not signed, and this project requires", passphrase=PASS)
    summary = sync.import_package(lead, enc, passphrase=PASS, trust_signer=fp.lower().replace(" ", ""))
    assert summary.signer.status == "confirmed"
    with lead.read_session() as s:
        info = trust.project_security(s, pid, lead.device_id, signer_of(lead).public_key)
    assert {d.device_id: d.state for d in info.devices}[member.device_id] == "trusted"
    # off again: an unsigned package from an older laptop is taken, with a warning
    with lead.session() as s:
        trust.set_require_signed(s, pid, False, lead.evaluator_id, lead.device_id, "laptop-张组长",
                                 signer_of(lead).public_key)
    old = tmp_path / "older-laptop.evsync"
    body = strip_signature(sync.export_package(lead, pid, usb).path.read_bytes(), tmp_path)
    parts = read_zip(body)
    manifest = json.loads(parts["manifest.json"])
    manifest["device_id"] = "01d00000-0000-4000-8000-000000000002"  # a laptop that never signed
    parts["manifest.json"] = json.dumps(manifest).encode()
    old.write_bytes(write_zip(parts))
    summary = sync.import_package(lead, old)
    assert summary.signer.status == "unsigned" and "is not signed" in summary.signer.warnings[0]


def test_unknown_signer_without_the_setting_is_taken_with_a_warning_and_pinned(team, usb: Path) -> None:
    lead, member, pid = team
    summary = sync.import_package(lead, sync.export_package(member, pid, usb).path)
    assert summary.signer.status == "unknown" and "does not know yet" in summary.signer.warnings[0]
    again = sync.import_package(lead, sync.export_package(member, pid, usb).path)
    assert again.signer.status == "unknown"  # pinned, not trusted, until confirmed
    with lead.session() as s:
        assert trust.confirm_device(s, pid, member.device_id, fingerprint(signer_of(member).public_key),
                                    lead.evaluator_id) == "roster"
    assert sync.import_package(lead, sync.export_package(member, pid, usb).path).signer.status == "trusted"


def _cli(data: Path, *args: str) -> tuple[int, str]:
    import io
    from contextlib import redirect_stderr, redirect_stdout

    from evaltool.cli import main

    out = io.StringIO()
    with redirect_stdout(out), redirect_stderr(out):
        rc = main(["--data-dir", str(data), "--lang", "en", *args])
    return rc, out.getvalue()


def test_command_line_devices_confirm_revoke_and_require(team, usb: Path) -> None:
    lead, member, pid = team
    package = sync.export_package(member, pid, usb).path
    member_fp = fingerprint(signer_of(member).public_key)
    lead_fp = fingerprint(signer_of(lead).public_key)
    lead.close()
    data = lead.data_dir
    rc, said = _cli(data, "sync", "import", str(package), "--dry-run")
    assert rc == 0 and f"signed by: laptop-李四 ({member.device_id[:8]}), key {member_fp} — NOT KNOWN" in said
    rc, said = _cli(data, "sync", "devices", pid, "--json")
    doc = json.loads(said)
    assert rc == 0 and doc["fingerprint"] == lead_fp and doc["require_signed"] is False
    assert [d["state"] for d in doc["devices"]] == ["this laptop"]  # a dry run pins nothing
    rc, said = _cli(data, "sync", "import", str(package))
    assert rc == 0 and "does not know yet" in said
    rc, said = _cli(data, "sync", "devices", pid, "--confirm", "laptop-李四")
    assert rc == 2 and "needs --fingerprint" in said
    rc, said = _cli(data, "sync", "devices", pid, "--confirm", "laptop-李四", "--fingerprint", "1234")
    assert rc == 1 and "does not match the key" in said
    rc, said = _cli(data, "sync", "devices", pid, "--confirm", member.device_id[:8], "--fingerprint", member_fp)
    assert rc == 0 and "Trusted for the whole team" in said and f"{member.device_id}  {member_fp}  trusted (roster)" in said
    rc, said = _cli(data, "sync", "require", pid, "on", "--json")
    assert rc == 0 and json.loads(said) == {"project_id": pid, "require_signed": True}
    rc, said = _cli(data, "sync", "devices", pid)
    assert rc == 0 and "signed by a trusted laptop: yes" in said
    rc, said = _cli(data, "sync", "devices", pid, "--revoke", "laptop-李四")
    assert rc == 0 and "Revoked" in said and f"{member_fp}  revoked" in said
    rc, said = _cli(data, "sync", "import", str(package))
    assert rc == 1 and "which the project's lead revoked" in said
    rc, said = _cli(member.data_dir, "sync", "require", pid, "off")
    assert rc == 1 and "Only the project's lead may" in said


def test_a_forged_trailer_cannot_smuggle_control_characters_or_odd_ids(demo_db: Database, demo_project_id: str,
                                                                        usb: Path, tmp_path: Path) -> None:
    body = strip_signature(sync.export_package(demo_db, demo_project_id, usb).path.read_bytes(), tmp_path)
    named = resign(body, stranger(name="陌生\x01人\x1b[31m"), tmp_path / "named.evsync")
    sig = read_signature(named)
    assert sig is not None and sig.valid and sig.device_name == "陌生人[31m"
    odd = resign(body, stranger(device_id="../../x\n"), tmp_path / "odd.evsync")
    with pytest.raises(SyncError, match=r"odd\.evsync: the package's signature is damaged"):
        read_signature(odd)
