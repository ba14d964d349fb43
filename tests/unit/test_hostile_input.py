"""Hostile and careless input (issue 17): every case as a row of input → expected message →
what may change.

Each ``Case`` says what was given (``given``), the message expected (a regular expression
over what the user is told, English), the exit status for commands, and the outcome:

- ``refused``: the database (every table) and the evidence store are exactly as before;
- ``cleaned``: the input was taken without the characters that are not text, and the
  user was told (``check`` verifies what was stored);
- ``warned``: taken with a warning naming the place (``check`` verifies).

``before`` marks where the case came from: ``handled`` — one of the 72 the tester found
handled well before issue 17 (zip-slip, tampered / truncated / encrypted packages,
package bombs, foreign and newer databases …), kept here as concrete cases so they stay
handled; ``issue`` — one of the inputs issue 17 lists as mishandled (a traceback, a blank
score, a crashed export …); ``more`` — further cases of the same kinds added while
fixing them. The package-security rows (bounded KDF parameters, signed packages, the
roster of laptops, the lead's setting requiring encrypted, signed packages) are
``area="package security"``; their details are tested in ``test_sync_security.py``.

The CLI walk (every command, bad arguments and bad data) is ``test_hostile_cli.py``; the
fuzzing of every reader is ``tests/fuzz/``.
"""
from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from evaltool.db import Database, open_database
from evaltool.i18n import set_language
from tests.unit.hostile_lab import (
    Lab,
    Result,
    add_listed,
    can_chmod_deny,
    changes_of,
    manifest_of,
    patch_central,
    patch_declared_sizes,
    read_zip,
    repack,
    set_changes,
    sparse_file,
    write_zip,
)

LEAF = "决策/项目立项/立项依据充分性"  # checklist of four points × 0.5 (seed 000)


@dataclass(frozen=True)
class Case:
    id: str
    area: str
    given: str
    run: Callable[[Lab], Result]
    message: str
    outcome: str = "refused"  # refused | cleaned | warned | accepted
    rc: int | None = 1  # exit status of a command; None for a core call
    before: str = "handled"  # handled | issue | more
    check: Callable[[Lab, Result], None] | None = None
    skip: str = ""
    setup: Callable[[Lab], None] | None = None  # run before the digest is taken


CASES: list[Case] = []


def case(id: str, area: str, given: str, message: str, **kw: object) -> Callable[[Callable[[Lab], Result]], Callable[[Lab], Result]]:
    def wrap(fn: Callable[[Lab], Result]) -> Callable[[Lab], Result]:
        CASES.append(Case(id, area, given, fn, message, **kw))  # type: ignore[arg-type]
        return fn
    return wrap


# -- fixtures ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """Laptop A: its own demo project with one evidence file, exported as a plain and an
    encrypted package (laptop B, the lab, has never seen that project)."""
    from evaltool.demo import create_demo_project
    from evaltool.evidence import add_files
    from evaltool.identity import ensure_profile
    from evaltool.sync import export_package

    d = tmp_path_factory.mktemp("laptop-a")
    db = open_database(d / "data")
    try:
        ensure_profile(db, "李四", "member")
        with db.session() as s:
            pid = create_demo_project(s).id
        evidence = d / "运维合同.pdf"
        evidence.write_bytes(b"%PDF-1.4 contract " * 200)
        with db.session() as s:
            add_files(s, pid, [evidence], title="运维合同")
        out = d / "out"
        out.mkdir()
        plain = export_package(db, pid, out).path.read_bytes()
        encrypted = export_package(db, pid, out, passphrase="团队口令 2024").path.read_bytes()
    finally:
        db.close()
    passfile = d / "pass.txt"
    passfile.write_text("团队口令 2024\n", encoding="utf-8")
    wrong = d / "wrong.txt"
    wrong.write_text("别的口令\n", encoding="utf-8")
    return {"plain": plain, "encrypted": encrypted, "pid": pid, "pass": str(passfile), "wrong": str(wrong)}


@pytest.fixture
def lab(demo_db: Database, demo_project_id: str, tmp_path: Path, source: dict[str, object]) -> Iterator[Lab]:
    demo_db.close()
    work = tmp_path / "files"
    work.mkdir()
    set_language("en")
    yield Lab(demo_db.data_dir, demo_project_id, work, {"source": source})
    set_language("zh_CN")


def _pkg(lab: Lab, data: bytes, name: str = "incoming.evsync") -> Path:
    return lab.write(name, data)


def _plain(lab: Lab) -> bytes:
    return lab.extra["source"]["plain"]  # type: ignore[index,no-any-return]


def _unsigned(lab: Lab) -> bytes:
    """The plain package without its signature, as an older evaltool wrote it: the zip
    reader's own checks are what these rows test (a signed package changed in these
    places is refused by its signature first, see test_sync_security.py)."""
    from evaltool.sync.signing import body_size

    data = _plain(lab)
    return data[:body_size(lab.write("signed.bin", data))]


def _import(lab: Lab, data: bytes, *extra: str) -> Result:
    return lab.cli("sync", "import", str(_pkg(lab, data)), *extra)


# == sync packages ===================================================================

@case("pkg-valid", "package", "an intact package of a project this laptop lacks", r"Imported .*: project", outcome="accepted", rc=0)
def _(lab: Lab) -> Result:
    return _import(lab, _plain(lab))


ZIP_SLIP = [("../evil.txt", "parent folder"), ("/etc/evil", "absolute POSIX path"), ("\\\\server\\share\\evil", "UNC path"),
            ("C:/Windows/evil.dll", "drive letter"), ("blobs/../../evil", "climbing inside the tree"), ("./blobs/x", "dot part")]
for _n, (_name, _what) in enumerate(ZIP_SLIP, start=1):
    def _slip(lab: Lab, name: str = _name) -> Result:
        return _import(lab, repack(_plain(lab), lambda p: p.__setitem__(name, b"owned")))
    case(f"pkg-zip-slip-{_n}", "package", f"zip-slip: an entry named {_name!r} ({_what})",
         r"unsafe entry name|do not match the manifest")(_slip)


@case("pkg-tampered-changes", "package", "changes.jsonl edited, manifest checksum left", r"do not match the manifest's checksum")
def _(lab: Lab) -> Result:
    def edit(p: dict[str, bytes]) -> None:
        p["changes.jsonl"] = p["changes.jsonl"].replace("东莞".encode(), "西莞".encode(), 1)
    return _import(lab, repack(_plain(lab), edit, fix_checksums=False))


@case("pkg-tampered-blob", "package", "an evidence file's bytes changed", r"does not match its checksum")
def _(lab: Lab) -> Result:
    def edit(p: dict[str, bytes]) -> None:
        name = next(n for n in p if n.startswith("blobs/"))
        p[name] = p[name][:-1] + b"X"
    return _import(lab, repack(_plain(lab), edit))


@case("pkg-blob-other-sum", "package", "an evidence file listed under another checksum", r"listed with another checksum")
def _(lab: Lab) -> Result:
    def edit(p: dict[str, bytes]) -> None:
        m = manifest_of(p)
        for e in m["entries"]:
            if e["name"].startswith("blobs/"):
                e["sha256"] = "0" * 64
        p["manifest.json"] = json.dumps(m).encode()
    return _import(lab, repack(_plain(lab), edit, fix_checksums=False))


@case("pkg-truncated-half", "package", "the package cut in half (copy interrupted)", r"not a complete sync package")
def _(lab: Lab) -> Result:
    data = _plain(lab)
    return _import(lab, data[:len(data) // 2])


@case("pkg-truncated-tail", "package", "the last 10 bytes missing", r"not a complete sync package|damaged")
def _(lab: Lab) -> Result:
    return _import(lab, _plain(lab)[:-10])


@case("pkg-empty", "package", "an empty file named .evsync", r"not a complete sync package")
def _(lab: Lab) -> Result:
    return _import(lab, b"")


@case("pkg-random", "package", "random bytes named .evsync", r"not a complete sync package")
def _(lab: Lab) -> Result:
    return _import(lab, hashlib.sha256(b"x").digest() * 300)


@case("pkg-wrong-passphrase", "package", "an encrypted package, the wrong passphrase", r"Wrong passphrase")
def _(lab: Lab) -> Result:
    return _import(lab, lab.extra["source"]["encrypted"], "--passphrase-file", lab.extra["source"]["wrong"])  # type: ignore[index]


@case("pkg-no-passphrase", "package", "an encrypted package, no passphrase", r"is encrypted: give the team passphrase")
def _(lab: Lab) -> Result:
    return _import(lab, lab.extra["source"]["encrypted"])  # type: ignore[index]


@case("pkg-encrypted-truncated", "package", "an encrypted package cut short", r"truncated|damaged")
def _(lab: Lab) -> Result:
    data: bytes = lab.extra["source"]["encrypted"]  # type: ignore[index,assignment]
    return _import(lab, data[: len(data) - 100], "--passphrase-file", lab.extra["source"]["pass"])  # type: ignore[index]


@case("pkg-encrypted-flipped", "package", "an encrypted package with one bit flipped", r"damaged|truncated")
def _(lab: Lab) -> Result:
    data = bytearray(lab.extra["source"]["encrypted"])  # type: ignore[index,arg-type]
    data[len(data) // 2] ^= 1
    return _import(lab, bytes(data), "--passphrase-file", lab.extra["source"]["pass"])  # type: ignore[index]


@case("pkg-encrypted-header", "package", "an encrypted package's header cut off", r"truncated|damaged")
def _(lab: Lab) -> Result:
    data: bytes = lab.extra["source"]["encrypted"]  # type: ignore[index,assignment]
    return _import(lab, data[:20], "--passphrase-file", lab.extra["source"]["pass"])  # type: ignore[index]


@case("pkg-bomb-ratio", "package", "package bomb: an entry of 8 MB of zeros deflated to a few KB", r"expands \d+ times|package bomb")
def _(lab: Lab) -> Result:
    return _import(lab, repack(_plain(lab), lambda p: add_listed(p, "blobs/" + hashlib.sha256(b"\0" * 8_000_000).hexdigest(), b"\0" * 8_000_000)))


@case("pkg-bomb-declared", "package", "package bomb: entries declaring 4 GB each (forged sizes)", r"package bomb")
def _(lab: Lab) -> Result:
    return _import(lab, patch_declared_sizes(_unsigned(lab), 0xFFFF_FFF0))


@case("pkg-bigger-than-declared", "package", "changes.jsonl larger than its declared size", r"larger than allowed or than it declares|damaged|do not match")
def _(lab: Lab) -> Result:
    return _import(lab, patch_declared_sizes(_unsigned(lab), 10, {"changes.jsonl"}))


@case("pkg-zip-version", "package", "a zip claiming a version Python does not read (17.8)", r"not a complete sync package",
      before="more")
def _(lab: Lab) -> Result:
    return _import(lab, patch_central(_unsigned(lab), 6, 178))


@case("pkg-compression-method", "package", "changes.jsonl with an unknown compression method", r"damaged", before="more")
def _(lab: Lab) -> Result:
    return _import(lab, patch_central(_unsigned(lab), 10, 99, {"changes.jsonl"}))


@case("pkg-duplicate-entry", "package", "the same entry twice", r"twice")
def _(lab: Lab) -> Result:
    parts = read_zip(_plain(lab))
    items = [*list(parts.items()), ("changes.jsonl", parts["changes.jsonl"])]
    return _import(lab, write_zip(items))


@case("pkg-extra-entry", "package", "an entry the manifest does not list", r"do not match the manifest \(extra")
def _(lab: Lab) -> Result:
    return _import(lab, repack(_plain(lab), lambda p: p.__setitem__("notes.txt", b"hello")))


@case("pkg-missing-entry", "package", "an entry the manifest lists is missing", r"do not match the manifest .*missing: blobs/")
def _(lab: Lab) -> Result:
    def edit(p: dict[str, bytes]) -> None:
        del p[next(n for n in p if n.startswith("blobs/"))]
    return _import(lab, repack(_plain(lab), edit))


@case("pkg-no-manifest", "package", "no manifest.json", r"no manifest.json")
def _(lab: Lab) -> Result:
    return _import(lab, repack(_plain(lab), lambda p: p.pop("manifest.json")))


@case("pkg-manifest-not-json", "package", "manifest.json is not JSON", r"manifest is damaged")
def _(lab: Lab) -> Result:
    return _import(lab, repack(_plain(lab), lambda p: p.__setitem__("manifest.json", b"{not json")))


@case("pkg-manifest-array", "package", "manifest.json is [1,2,3]", r"not an evaltool sync package")
def _(lab: Lab) -> Result:
    return _import(lab, repack(_plain(lab), lambda p: p.__setitem__("manifest.json", b"[1,2,3]")))


@case("pkg-manifest-foreign", "package", "a manifest of another format", r"not an evaltool sync package")
def _(lab: Lab) -> Result:
    def edit(p: dict[str, bytes]) -> None:
        m = manifest_of(p)
        m["format"] = "other-tool"
        p["manifest.json"] = json.dumps(m).encode()
    return _import(lab, repack(_plain(lab), edit))


@case("pkg-newer-format", "package", "a package format newer than ours (format_version 99)", r"newer evaltool")
def _(lab: Lab) -> Result:
    def edit(p: dict[str, bytes]) -> None:
        m = manifest_of(p)
        m["format_version"] = 99
        p["manifest.json"] = json.dumps(m).encode()
    return _import(lab, repack(_plain(lab), edit))


@case("pkg-entries-not-list", "package", "the manifest's entries are not a list", r"lists no entries")
def _(lab: Lab) -> Result:
    def edit(p: dict[str, bytes]) -> None:
        m = manifest_of(p)
        m["entries"] = {"x": 1}
        p["manifest.json"] = json.dumps(m).encode()
    return _import(lab, repack(_plain(lab), edit, fix_checksums=False))


@case("pkg-manifest-deep", "package", "manifest.json nested 100,000 levels deep", r"manifest is damaged", before="issue")
def _(lab: Lab) -> Result:
    return _import(lab, repack(_plain(lab), lambda p: p.__setitem__("manifest.json", b"[" * 100_000 + b"]" * 100_000)))


@case("pkg-no-project-id", "package", "the manifest names no project", r"no valid project_id")
def _(lab: Lab) -> Result:
    def edit(p: dict[str, bytes]) -> None:
        m = manifest_of(p)
        del m["project_id"]
        p["manifest.json"] = json.dumps(m).encode()
    return _import(lab, repack(_plain(lab), edit))


@case("pkg-version-vector", "package", "a damaged version vector", r"version vector is damaged")
def _(lab: Lab) -> Result:
    def edit(p: dict[str, bytes]) -> None:
        m = manifest_of(p)
        m["have"] = {"x": "many"}
        p["manifest.json"] = json.dumps(m).encode()
    return _import(lab, repack(_plain(lab), edit))


@case("pkg-unexpected-entry", "package", "a listed entry that is neither the changes nor a blob", r"unexpected entry")
def _(lab: Lab) -> Result:
    return _import(lab, repack(_plain(lab), lambda p: add_listed(p, "notes.txt", b"hello")))


def _edit_changes(fn: Callable[[list[dict[str, object]]], None]) -> Callable[[dict[str, bytes]], None]:
    def edit(p: dict[str, bytes]) -> None:
        ch = changes_of(p)
        fn(ch)
        set_changes(p, ch)
    return edit


@case("pkg-line-not-object", "package", "a line of changes.jsonl is [1,2,3]", r"changes cannot be read")
def _(lab: Lab) -> Result:
    return _import(lab, repack(_plain(lab), lambda p: p.__setitem__("changes.jsonl", p["changes.jsonl"] + b"[1,2,3]\n")))


@case("pkg-changes-not-utf8", "package", "changes.jsonl is not UTF-8", r"changes cannot be read")
def _(lab: Lab) -> Result:
    return _import(lab, repack(_plain(lab), lambda p: p.__setitem__("changes.jsonl", b"\xff\xfe" + p["changes.jsonl"])))


@case("pkg-changes-deep", "package", "a change nested 100,000 levels deep", r"changes cannot be read", before="issue")
def _(lab: Lab) -> Result:
    return _import(lab, repack(_plain(lab), lambda p: p.__setitem__(
        "changes.jsonl", p["changes.jsonl"] + b'{"value": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n")))


@case("pkg-unknown-table", "package", "records of a kind this evaltool does not know", r"does not know")
def _(lab: Lab) -> Result:
    return _import(lab, repack(_plain(lab), _edit_changes(lambda ch: ch[0].update(table_name="future_things"))))


@case("pkg-unknown-field", "package", "a field this evaltool does not know", r"does not know")
def _(lab: Lab) -> Result:
    return _import(lab, repack(_plain(lab), _edit_changes(lambda ch: ch[0].update(field="future_field"))))


@case("pkg-other-project", "package", "a change of another project mixed in", r"mixes records of another project")
def _(lab: Lab) -> Result:
    def fn(ch: list[dict[str, object]]) -> None:
        i = next(k for k, c in enumerate(ch) if c["table_name"] == "indicators")
        ch[i]["project_id"] = "99999999-9999-9999-9999-999999999999"
    return _import(lab, repack(_plain(lab), _edit_changes(fn)))


@case("pkg-missing-keys", "package", "a change without its clock and bases", r"cannot be imported \(missing")
def _(lab: Lab) -> Result:
    def fn(ch: list[dict[str, object]]) -> None:
        del ch[0]["hlc"]
        del ch[0]["bases"]
    return _import(lab, repack(_plain(lab), _edit_changes(fn)))


@case("pkg-bad-clock-format", "package", "a clock value that is not one", r"cannot be imported \(hlc\)|clock value")
def _(lab: Lab) -> Result:
    return _import(lab, repack(_plain(lab), _edit_changes(lambda ch: ch[0].update(hlc="yesterday"))))


@case("pkg-clock-absurd", "package", "an absurd clock value (999999999999999 ms: after the year 9999)",
      r"no date at all", before="issue")
def _(lab: Lab) -> Result:
    return _import(lab, repack(_plain(lab), _edit_changes(lambda ch: ch[-1].update(hlc="999999999999999.999999"))))


@case("pkg-bad-seq", "package", "a negative sequence number", r"cannot be imported \(seq\)")
def _(lab: Lab) -> Result:
    return _import(lab, repack(_plain(lab), _edit_changes(lambda ch: ch[0].update(seq=-5))))


@case("pkg-evaluator-project", "package", "an evaluator record carrying a project", r"evaluator with a project")
def _(lab: Lab) -> Result:
    def fn(ch: list[dict[str, object]]) -> None:
        i = next(k for k, c in enumerate(ch) if c["table_name"] == "evaluators")
        ch[i]["project_id"] = lab.extra["source"]["pid"]  # type: ignore[index]
    return _import(lab, repack(_plain(lab), _edit_changes(fn)))


@case("pkg-missing-file", "package", "a package path that does not exist", r"No package file")
def _(lab: Lab) -> Result:
    return lab.cli("sync", "import", str(lab.tmp / "nowhere.evsync"))


@case("pkg-folder", "package", "a folder given as the package", r"No package file")
def _(lab: Lab) -> Result:
    return lab.cli("sync", "import", str(lab.tmp))


@case("pkg-wrong-project", "package", "a package of another project, imported into the open one", r"belongs to the project")
def _(lab: Lab) -> Result:
    return _import(lab, _plain(lab), "--project", lab.pid)


def _stored_text_is_clean(lab: Lab, _r: Result) -> None:
    assert lab.query("SELECT count(*) FROM report_sections WHERE instr(text, char(1)) > 0")[0][0] == 0
    assert lab.query("SELECT count(*) FROM report_sections WHERE text LIKE '%西莞%'")[0][0] >= 1


@case("pkg-control-chars", "package", "a report section with \\x01 and NUL from an older laptop",
      r"1 values from the other laptop were cleaned", outcome="cleaned", rc=0, before="issue", check=_stored_text_is_clean)
def _(lab: Lab) -> Result:
    def fn(ch: list[dict[str, object]]) -> None:
        i = next(k for k, c in enumerate(ch) if c["table_name"] == "report_sections" and c["field"] == "text")
        ch[i]["value"] = "西莞\x01一体化\x00平台"
    return _import(lab, repack(_plain(lab), _edit_changes(fn)))


def _nan_became_empty(lab: Lab, _r: Result) -> None:
    assert lab.query("SELECT weight FROM indicators WHERE id = ?", lab.extra["nan_row"]) == [(0.0,)]


@case("pkg-nan-number", "package", "an indicator weight NaN from a forged package", r"1 values from the other laptop were cleaned",
      outcome="cleaned", rc=0, before="more", check=_nan_became_empty)
def _(lab: Lab) -> Result:
    def fn(ch: list[dict[str, object]]) -> None:
        i = next(k for k, c in enumerate(ch) if c["table_name"] == "indicators" and c["field"] == "weight")
        ch[i]["value"] = float("nan")
        lab.extra["nan_row"] = ch[i]["row_id"]
    return _import(lab, repack(_plain(lab), _edit_changes(fn)))


def _rule_dropped(lab: Lab, _r: Result) -> None:
    assert lab.query("SELECT rule FROM indicators WHERE id = ?", lab.extra["rule_row"])[0][0] in (None, "null")
    r = lab.cli("summary", lab.extra["source"]["pid"], "--json")  # type: ignore[index]
    assert r.rc == 0 and '"total"' in r.out


@case("pkg-rule-shape", "package", "an indicator's rule arriving as [1,2,3] (a broken or forged laptop)",
      r"values from the other laptop were cleaned", outcome="cleaned", rc=0, before="more", check=_rule_dropped)
def _(lab: Lab) -> Result:
    def fn(ch: list[dict[str, object]]) -> None:
        i = next(k for k, c in enumerate(ch) if c["table_name"] == "indicators" and c["field"] == "rule" and c["value"])
        ch[i]["value"] = [1, 2, 3]
        lab.extra["rule_row"] = ch[i]["row_id"]
    return _import(lab, repack(_plain(lab), _edit_changes(fn)))


# -- package security (the later part: signatures, roster, the lead's setting) --------

def _strip_signature(lab: Lab, data: bytes) -> bytes:
    from evaltool.sync.signing import body_size

    return data[:body_size(lab.write("strip.bin", data))]


def _export_own(lab: Lab, *extra: str) -> bytes:
    out = lab.tmp / "usb"
    out.mkdir(exist_ok=True)
    r = lab.cli("sync", "export", lab.pid, "--out", str(out), *extra)
    assert r.rc == 0, r.said
    return Path(r.out.strip()).read_bytes()


def _be(lab: Lab, name: str) -> None:
    """This laptop's profile becomes the demo team's ``name`` (张明 leads, 李华 is a member)."""
    lab.sql("INSERT OR REPLACE INTO app_settings (key, value) VALUES ('evaluator_id', "
            "(SELECT id FROM evaluators WHERE name = ?))", name)


def _require_signed(lab: Lab) -> None:
    _be(lab, "张明")
    r = lab.cli("sync", "require", lab.pid, "on")
    assert r.rc == 0, r.said


@case("pkg-kdf-memory", "package security", "scrypt parameters in the header asking for 16 GiB (three bytes changed)",
      r"incoming\.evsync: the encryption header asks for key-derivation parameters outside the allowed limits", before="issue")
def _(lab: Lab) -> Result:
    forged = bytearray(_strip_signature(lab, lab.extra["source"]["encrypted"]))
    forged[24:27] = bytes([22, 32, 16])  # log2n, r, p: 2^22 × 128 × 32 bytes = 16 GiB
    return _import(lab, bytes(forged), "--passphrase-file", lab.extra["source"]["pass"])


@case("pkg-kdf-memory-signed", "package security", "the same three header bytes changed in a signed package",
      r"incoming\.evsync: the signature does not match the package's content", before="more")
def _(lab: Lab) -> Result:
    forged = bytearray(lab.extra["source"]["encrypted"])
    forged[24:27] = bytes([22, 32, 16])
    return _import(lab, bytes(forged), "--passphrase-file", lab.extra["source"]["pass"])


def _joined_source(lab: Lab) -> None:
    r = _import(lab, _plain(lab))  # laptop A's genuine package: the project and A's key are learnt
    assert r.rc == 0, r.said


@case("pkg-forged-plain", "package security",
      "an unencrypted package with recomputed checksums overwriting another evaluator's section",
      r"is not signed, but the laptop it claims to come from signs its packages", before="issue", setup=_joined_source)
def _(lab: Lab) -> Result:
    def fn(ch: list[dict[str, object]]) -> None:
        i = next(k for k, c in enumerate(ch) if c["table_name"] == "report_sections" and c["field"] == "text")
        ch[i]["value"] = "伪造：项目绩效优秀，无任何问题"
    return _import(lab, repack(_plain(lab), _edit_changes(fn)))


@case("pkg-forged-resigned", "package security",
      "the same forgery signed by the forger's key in the name of laptop A",
      r"with a key that is not the one known for that laptop", before="more", setup=_joined_source)
def _(lab: Lab) -> Result:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from evaltool.sync.signing import Signer, append_signature

    def fn(ch: list[dict[str, object]]) -> None:
        i = next(k for k, c in enumerate(ch) if c["table_name"] == "report_sections" and c["field"] == "text")
        ch[i]["value"] = "伪造：项目绩效优秀，无任何问题"
    forged = repack(_plain(lab), _edit_changes(fn))
    path = _pkg(lab, forged)
    device = manifest_of(read_zip(forged))["device_id"]
    append_signature(path, Signer(device, "laptop-a", Ed25519PrivateKey.generate()))
    return lab.cli("sync", "import", str(path))


def _own_package_then_require(lab: Lab) -> None:
    lab.extra["own_plain"] = _export_own(lab)
    lab.extra["own_encrypted"] = _export_own(lab, "--passphrase-file", lab.extra["source"]["pass"])
    _require_signed(lab)


@case("pkg-unsigned", "package security", "an unsigned package where the project requires signatures",
      r"is not signed, and this project requires encrypted packages signed by a laptop of the team", before="issue",
      setup=_own_package_then_require)
def _(lab: Lab) -> Result:
    return _import(lab, _strip_signature(lab, lab.extra["own_encrypted"]), "--passphrase-file", lab.extra["source"]["pass"])


@case("pkg-unknown-signer", "package security", "a package signed by a device not in the lead's roster",
      r"is signed by a laptop this project does not know: “stranger”, fingerprint [0-9A-F ]{39}; refused",
      before="issue", setup=_own_package_then_require)
def _(lab: Lab) -> Result:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from evaltool.sync.signing import Signer, append_signature

    path = _pkg(lab, _strip_signature(lab, lab.extra["own_encrypted"]))
    append_signature(path, Signer("5a1d0000-0000-4000-8000-000000000001", "stranger", Ed25519PrivateKey.generate()))
    return lab.cli("sync", "import", str(path), "--passphrase-file", lab.extra["source"]["pass"])


@case("pkg-require-encrypted", "package security", "a plain package where the project requires encryption",
      r"is not encrypted, and this project requires encrypted packages", before="issue", setup=_own_package_then_require)
def _(lab: Lab) -> Result:
    return _import(lab, lab.extra["own_plain"])


@case("pkg-export-plain-required", "package security", "exporting without a passphrase where the project requires encryption",
      r"requires encrypted packages: give the team passphrase", before="more", setup=_own_package_then_require)
def _(lab: Lab) -> Result:
    out = lab.tmp / "usb2"
    out.mkdir()
    r = lab.cli("sync", "export", lab.pid, "--out", str(out))
    assert not list(out.iterdir())
    return r


@case("pkg-require-by-member", "package security", "a member turning the project's requirement off",
      r"Only the project's lead may", before="more",
      setup=lambda lab: (_own_package_then_require(lab), _be(lab, "李华"))[-1])
def _(lab: Lab) -> Result:
    return lab.cli("sync", "require", lab.pid, "off")


@case("pkg-confirm-wrong-fingerprint", "package security", "confirming a laptop with a fingerprint that is not its key's",
      r"The fingerprint you gave does not match the key", before="more", setup=_joined_source)
def _(lab: Lab) -> Result:
    pid = lab.extra["source"]["pid"]
    device = manifest_of(read_zip(_plain(lab)))["device_id"]
    return lab.cli("sync", "devices", pid, "--confirm", device, "--fingerprint", "0000 1111 2222 3333")


# == databases =======================================================================

def _open_dir(lab: Lab, prepare: Callable[[Path], None]) -> Result:
    d = lab.tmp / "other-laptop"
    d.mkdir(exist_ok=True)
    prepare(d)
    db_file = d / "evaltool.sqlite"
    before = db_file.read_bytes() if db_file.exists() else None

    def go() -> None:
        open_database(d).close()

    r = lab.core(go)
    assert (db_file.read_bytes() if db_file.exists() else None) == before, "the database file was changed"
    return r


def _foreign(d: Path) -> None:
    import sqlite3

    con = sqlite3.connect(d / "evaltool.sqlite")
    con.execute("CREATE TABLE customers (id INTEGER, name TEXT)")
    con.execute("INSERT INTO customers VALUES (1, '张三')")
    con.commit()
    con.close()


@case("db-foreign", "database", "an SQLite file of another program as evaltool.sqlite", r"SQLite file of another program", rc=None)
def _(lab: Lab) -> Result:
    return _open_dir(lab, _foreign)


@case("db-newer", "database", "a database written by a newer evaltool (unknown schema revision)", r"newer version of evaltool", rc=None)
def _(lab: Lab) -> Result:
    import shutil
    import sqlite3

    def prep(d: Path) -> None:
        shutil.copy(lab.data / "evaltool.sqlite", d / "evaltool.sqlite")
        con = sqlite3.connect(d / "evaltool.sqlite")
        con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        con.commit()
        con.close()
    return _open_dir(lab, prep)


@case("db-text", "database", "a text file named evaltool.sqlite", r"not an evaltool database \(not an SQLite file\)", rc=None)
def _(lab: Lab) -> Result:
    return _open_dir(lab, lambda d: (d / "evaltool.sqlite").write_text("not a database"))


@case("db-damaged", "database", "an SQLite header followed by garbage", r"damaged or unreadable", rc=None)
def _(lab: Lab) -> Result:
    return _open_dir(lab, lambda d: (d / "evaltool.sqlite").write_bytes(b"SQLite format 3\x00" + b"\x07" * 4000))


@case("db-truncated", "database", "a database cut after its first page", r"damaged or unreadable|another program", rc=None)
def _(lab: Lab) -> Result:
    head = (lab.data / "evaltool.sqlite").read_bytes()[:1500]
    return _open_dir(lab, lambda d: (d / "evaltool.sqlite").write_bytes(head))


@case("db-dir-is-file", "database", "a data folder path that is a file", r"Cannot create the data folder", rc=None)
def _(lab: Lab) -> Result:
    f = lab.write("a-file", "x")
    return lab.core(lambda: open_database(f / "data"))


@case("db-read-only", "database", "a read-only database file", r"read-only", rc=None,
      skip="" if can_chmod_deny() else "root may write any file")
def _(lab: Lab) -> Result:
    def prep(d: Path) -> None:
        _foreign(d)
        os.chmod(d / "evaltool.sqlite", 0o444)
    return _open_dir(lab, prep)


# == spreadsheets: score sheets and survey answers =====================================

def _xlsx(rows: list[list[object]]) -> bytes:
    import io

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for r in rows:
        ws.append(r)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


SHEET = [["一级指标", "二级指标", "三级指标", "分值", "得分", "评价意见"],
         ["决策", "项目立项", "立项依据充分性", 20, 18, "依据充分"], [None, None, "立项程序规范性", 10, 9, ""],
         ["过程", "资金管理", "预算执行率", 30, 27, ""], ["产出", "产出数量", "完成率", 20, 20, ""],
         ["效益", "满意度", "使用单位满意度", 20, 17, ""]]


def _sheet(lab: Lab, name: str, data: bytes, *extra: str) -> Result:
    return lab.cli("import-sheet", str(lab.write(name, data)), *extra)


def _survey(lab: Lab, name: str, data: bytes, *extra: str) -> Result:
    return lab.cli("survey", "import", lab.pid, str(lab.write(name, data)), *extra)


def _bomb_xlsx() -> bytes:
    parts = read_zip(_xlsx(SHEET))
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(
        b"</sheetData>", b"</sheetData>" + b" " * 60_000_000)
    return write_zip(parts)


@case("sheet-zip-bomb", "score sheet", "a 1 MB workbook that expands to 60 MB of one part", r"expands to an absurd size")
def _(lab: Lab) -> Result:
    return _sheet(lab, "炸弹.xlsx", _bomb_xlsx())


@case("survey-zip-bomb", "survey", "the same workbook as survey answers (was still parsing after 300 s)",
      r"expands to an absurd size", before="issue")
def _(lab: Lab) -> Result:
    return _survey(lab, "炸弹.xlsx", _bomb_xlsx())


@case("sheet-billion-laughs", "score sheet", "a sheet part declaring XML entities (billion laughs)", r"XML declarations")
def _(lab: Lab) -> Result:
    parts = read_zip(_xlsx(SHEET))
    body = parts["xl/worksheets/sheet1.xml"]
    root = body.index(b"<worksheet")
    parts["xl/worksheets/sheet1.xml"] = (b'<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">'
                                         b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>' + body[root:])
    return _sheet(lab, "实体.xlsx", write_zip(parts))


@case("survey-encrypted", "survey", "a password-protected workbook", r"password")
def _(lab: Lab) -> Result:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100 + "EncryptionInfo".encode("utf-16-le") + b"\0" * 400
    return _survey(lab, "加密.xlsx", ole)


@case("sheet-html-as-xls", "score sheet", "a web page saved under an .xls name", r"web page")
def _(lab: Lab) -> Result:
    return _sheet(lab, "得分表.xls", "<html><body><table><tr><td>一级指标</td></tr></table></body></html>".encode())


@case("sheet-ods", "score sheet", "an OpenDocument spreadsheet (.ods)", r"OpenDocument")
def _(lab: Lab) -> Result:
    return _sheet(lab, "得分表.ods", write_zip({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<x/>"}))


@case("sheet-xlsb", "score sheet", "an Excel binary workbook (.xlsb)", r"binary workbook")
def _(lab: Lab) -> Result:
    return _sheet(lab, "得分表.xlsb", write_zip({"xl/workbook.bin": b"\0\1\2", "[Content_Types].xml": b"<Types/>"}))


@case("survey-empty-file", "survey", "an empty answer file", r"is empty")
def _(lab: Lab) -> Result:
    return _survey(lab, "答卷.csv", b"")


@case("survey-binary-csv", "survey", "a picture named .csv", r"not a spreadsheet|not text|binary|neither UTF-8 nor GBK")
def _(lab: Lab) -> Result:
    return _survey(lab, "答卷.csv", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)))


@case("survey-bad-encoding", "survey", "a CSV neither UTF-8 nor GBK", r"neither UTF-8 nor GBK")
def _(lab: Lab) -> Result:
    return _survey(lab, "答卷.csv", "身份,满意度\n".encode() + b"\x80\x80\xff\xff,\x81\x30\n")


@case("survey-too-many-rows", "survey", "100,001 answer rows", r"more than 100,000 rows")
def _(lab: Lab) -> Result:
    return _survey(lab, "答卷.csv", ("身份,满意度\n" + "使用单位,满意\n" * 100_001).encode())


@case("survey-too-many-columns", "survey", "1,001 columns", r"more than 1,000 columns")
def _(lab: Lab) -> Result:
    return _survey(lab, "答卷.csv", (",".join(f"Q{i}" for i in range(1001)) + "\n").encode())


@case("sheet-too-large", "score sheet", "a 51 MB file", r"larger than 50 MB")
def _(lab: Lab) -> Result:
    return lab.cli("import-sheet", str(sparse_file(lab.tmp / "大.xlsx", 51 * 1024 * 1024)))


@case("survey-missing-file", "survey", "an answer file that does not exist", r"does not exist")
def _(lab: Lab) -> Result:
    return lab.cli("survey", "import", lab.pid, str(lab.tmp / "没有.xlsx"))


@case("sheet-damaged-zip", "score sheet", "PK magic followed by garbage", r"damaged")
def _(lab: Lab) -> Result:
    return _sheet(lab, "坏.xlsx", b"PK\x03\x04" + b"\x13" * 2000)


@case("sheet-damaged-part", "score sheet", "a workbook whose sheet part is a broken deflate stream", r"damaged", before="more")
def _(lab: Lab) -> Result:
    data = bytearray(_xlsx(SHEET))
    pos = data.find(b"xl/worksheets/sheet1.xml") + 40
    data[pos:pos + 30] = b"\xff" * 30
    return _sheet(lab, "坏.xlsx", bytes(data))


@case("sheet-zip-version", "score sheet", "a workbook claiming a zip version Python does not read", r"damaged", before="more")
def _(lab: Lab) -> Result:
    return _sheet(lab, "版本.xlsx", patch_central(_xlsx(SHEET), 6, 178))


@case("sheet-compression-method", "score sheet", "a sheet part with an unknown compression method", r"damaged", before="more")
def _(lab: Lab) -> Result:
    return _sheet(lab, "方法.xlsx", patch_central(_xlsx(SHEET), 10, 99, {"xl/worksheets/sheet1.xml"}))


@case("sheet-damaged-xls", "score sheet", "an OLE header followed by garbage (.xls)", r"damaged")
def _(lab: Lab) -> Result:
    return _sheet(lab, "坏.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x01" * 3000)


@case("sheet-no-header", "score sheet", "a workbook without a score-sheet header", r"No score-sheet header")
def _(lab: Lab) -> Result:
    return _sheet(lab, "清单.xlsx", _xlsx([["名称", "数量"], ["电脑", 3]]))


@case("sheet-weights-115-strict", "score sheet", "level-1 weights adding to 115, imported with --strict",
      r"add to 115, not 100.*nothing was imported \(--strict\)", rc=3, before="issue")
def _(lab: Lab) -> Result:
    rows = [r[:] for r in SHEET]
    rows[1][3] = 35
    return _sheet(lab, "得分表.xlsx", _xlsx(rows), "--strict")


def _warned_and_imported(lab: Lab, r: Result) -> None:
    assert r.rc == 0
    assert lab.query("SELECT count(*) FROM projects WHERE deleted = 0")[0][0] == 2


@case("sheet-weights-115", "score sheet", "level-1 weights adding to 115", r"warning: .*row 2, column D: .*add to 115",
      outcome="warned", rc=0, before="issue", check=_warned_and_imported)
def _(lab: Lab) -> Result:
    rows = [r[:] for r in SHEET]
    rows[1][3] = 35
    return _sheet(lab, "得分表.xlsx", _xlsx(rows))


def _scores_left_empty(lab: Lab, _r: Result) -> None:
    stored = lab.query("SELECT i.name, s.value FROM scores s JOIN indicators i ON i.id = s.indicator_id "
                       "WHERE i.name IN ('立项依据充分性', '立项程序规范性') AND i.project_id != ?", lab.pid)
    assert all(v is None for _n, v in stored)


@case("sheet-nan-negative", "score sheet", "score cells “nan” and −1 (the CLI refuses both the same way)",
      r"row 2, column E: the score “nan” is not a number.*\n.*row 3, column E: the score -1 of “立项程序规范性” is outside 0…10", outcome="warned",
      rc=0, before="issue", check=_scores_left_empty)
def _(lab: Lab) -> Result:
    rows = [r[:] for r in SHEET]
    rows[1][4], rows[2][4] = "nan", -1
    return _sheet(lab, "得分表.xlsx", _xlsx(rows))


def _cells_cleaned(lab: Lab, r: Result) -> None:
    assert lab.query("SELECT count(*) FROM respondent_groups WHERE instr(name, char(1)) > 0")[0][0] == 0
    assert lab.query("SELECT count(*) FROM respondent_groups WHERE name = '使用单位'")[0][0] >= 1


@case("survey-group-control", "survey", "a group name “使用\\x01单位” in a CSV of answers",
      r"cells held control characters .*removed", outcome="cleaned", rc=0, before="issue", check=_cells_cleaned)
def _(lab: Lab) -> Result:
    text = "您的身份,您对平台的总体满意度\n" + "使用\x01单位,非常满意\n" * 3 + "办事群众,比较满意\n" * 3
    return _survey(lab, "答卷.csv", text.encode(), "--new-survey")


def _comment_cleaned(lab: Lab, r: Result) -> None:
    rows = lab.query("SELECT comment FROM scores WHERE comment LIKE '依据%' AND project_id != ?", lab.pid)
    assert rows and all("\x0b" not in c for (c,) in rows)


@case("sheet-comment-control", "score sheet", "a comment cell with a vertical tab", r"cells held control characters",
      outcome="cleaned", rc=0, before="issue", check=_comment_cleaned)
def _(lab: Lab) -> Result:
    rows = [r[:] for r in SHEET]
    rows[1][5] = "依据\x0b充分"  # openpyxl cannot write it; a CSV can hold it
    return _sheet(lab, "得分表.csv", "\n".join(",".join("" if v is None else str(v) for v in r) for r in rows).encode())


@case("xlsform-bomb", "survey", "an XLSForm that expands hugely", r"expands to an absurd size", before="more")
def _(lab: Lab) -> Result:
    return lab.cli("survey", "create", lab.pid, "--xlsform", str(lab.write("form.xlsx", _bomb_xlsx())))


# == scores and rules ==================================================================

def _score(lab: Lab, *args: str) -> Result:
    return lab.cli("score", lab.pid, "--indicator", LEAF, "--evaluator", "王五", *args)


def _seeded(lab: Lab) -> None:
    r = _score(lab, "--value", "1.5", "--comment", "部分满足")
    assert r.rc == 0, r.err


for _id, _args, _msg, _rc, _before in (
    ("score-inputs-empty", ("--inputs", "{}"), r"propose no score .*left as it was", 1, "issue"),
    ("score-inputs-misspelt", ("--inputs", '{"tickd": [true, true]}'), r"unknown keys “tickd”", 1, "issue"),
    ("score-inputs-1e999", ("--inputs", '{"awarded": [1e999]}'), r"not a finite number", 2, "issue"),
    ("score-inputs-array", ("--inputs", "[1,2,3]"), r"must be a JSON object", 1, "issue"),
    ("score-inputs-deep", ("--inputs", "[" * 5000 + "]" * 5000), r"nested 5000 levels deep", 2, "issue"),
    ("score-inputs-not-json", ("--inputs", "{ticked: yes}"), r"not valid JSON", 2, "more"),
    ("score-inputs-huge-int", ("--inputs", '{"awarded": [' + "9" * 400 + "]}"), r"not a finite number", 2, "more"),
    ("score-inputs-nan", ("--inputs", '{"awarded": [NaN]}'), r"not a finite number", 2, "more"),
    ("score-value-nan", ("--value", "nan"), r"“nan” is not a number", 1, "issue"),
    ("score-value-inf", ("--value", "inf"), r"“inf” is not a number", 1, "more"),
    ("score-value-negative", ("--value", "-1"), r"-1 is outside 0…2", 1, "issue"),
    ("score-value-1e999", ("--value", "1e999"), r"not a (finite )?number", 1, "more"),
    ("score-value-ambiguous", ("--value", "1,500"), r"decimal comma or a thousands separator", 1, "handled"),
    ("score-value-above", ("--value", "3"), r"3 is outside 0…2", 1, "handled"),
    ("score-nothing", (), r"usage: evaltool score.*\n.*Give --value, or --inputs", 2, "more"),
    ("score-comment-control", ("--value", "1", "--comment", "部分\x01满足"), r"comment of a score contains characters that are not text \(U\+0001\)", 1, "issue"),
    ("score-comment-undecodable", ("--value", "1", "--comment", "部分\udcff满足"), r"undecodable byte", 1, "more"),
):
    def _run_score(lab: Lab, args: tuple[str, ...] = _args) -> Result:
        return _score(lab, *args)
    case(_id, "score", f"evaltool score … {' '.join(a if len(a) < 40 else a[:20] + '…' for a in _args)!r} over a score of 1.5",
         _msg, rc=_rc, before=_before, setup=_seeded)(_run_score)


def _rule(lab: Lab, *args: str) -> Result:
    return lab.cli("rule", lab.pid, "--indicator", LEAF, *args)


for _id, _args, _msg, _rc, _before in (
    ("rule-array", ("--set", "[1,2,3]"), r"A rule must be a JSON object", 1, "issue"),
    ("rule-deep", ("--set", '{"kind": "checklist", "points": ' + "[" * 3000 + "]" * 3000 + "}"), r"nested \d+ levels deep", 2, "issue"),
    ("rule-unknown-key", ("--set", '{"kind": "deduction", "per": 0.5, "pre": 1}'), r"unknown keys “pre”", 1, "more"),
    ("rule-unknown-kind", ("--set", '{"kind": "magic"}'), r"Unknown rule kind", 1, "handled"),
    ("rule-1e999", ("--set", '{"kind": "deduction", "per": 1e999}'), r"not a finite number", 2, "issue"),
    ("rule-wrong-type", ("--set", '{"kind": "deduction", "per": "half"}'), r"“per” has the wrong type", 1, "more"),
    ("rule-points-sum", ("--set", '{"kind": "checklist", "points": [{"text": "一", "score": 5}]}'), r"add up to 5, not the weight 2", 1, "handled"),
    ("rule-try-misspelt", ("--inputs", '{"tick": [true]}'), r"unknown keys “tick”", 1, "more"),
):
    def _run_rule(lab: Lab, args: tuple[str, ...] = _args) -> Result:
        return _rule(lab, *args)
    case(_id, "rule", f"evaltool rule … {' '.join(a if len(a) < 50 else a[:30] + '…' for a in _args)!r}", _msg,
         rc=_rc, before=_before)(_run_rule)


@case("final-no-reason", "score", "a lead's final score without a reason", r"needs a reason")
def _(lab: Lab) -> Result:
    return lab.cli("final", lab.pid, "--indicator", LEAF, "--value", "1")


@case("final-not-number", "score", "a final score “两分”", r"“两分” is not a number")
def _(lab: Lab) -> Result:
    return lab.cli("final", lab.pid, "--indicator", LEAF, "--value", "两分", "--reason", "合议")


@case("veto-no-reason", "score", "a veto without a written reason", r"written reason")
def _(lab: Lab) -> Result:
    return lab.cli("project-flag", lab.pid, "veto")


@case("contract-inputs-deep", "score", "contract month --inputs nested 5000 deep", r"nested 5000 levels deep", rc=2, before="more")
def _(lab: Lab) -> Result:
    return lab.cli("contract", "month", lab.pid, "合同", "--month", "2023-01", "--evaluator", "王五", "--indicator", "x",
                   "--inputs", "[" * 5000 + "]" * 5000)


# == text with control characters =======================================================

def _section(lab: Lab, text: str) -> Result:
    return lab.cli("report-text", lab.pid, "--section", "suggestions", "--set", text)


for _id, _ch, _name in (("text-nul", "\x00", r"U\+0000 \(NUL\)"), ("text-soh", "\x01", r"U\+0001"),
                        ("text-vt", "\x0b", r"U\+000B \(VT\)"), ("text-esc", "\x1b", r"U\+001B \(ESC\)"),
                        ("text-c1", "\x85", r"U\+0085")):
    def _run_section(lab: Lab, ch: str = _ch) -> Result:
        return _section(lab, f"一是建议{ch}细化运营边界。")
    case(_id, "text", f"report text with {_ch!r}", r"text of a report section contains characters that are not text \(" + _name,
         before="issue" if _id != "text-c1" else "more")(_run_section)


@case("text-evidence-title", "text", "an evidence note titled “访谈\\x0b记录”", r"title of an evidence item contains", before="issue")
def _(lab: Lab) -> Result:
    return lab.cli("evidence", "note", lab.pid, "--title", "访谈\x0b记录", "--text", "访谈内容")


@case("text-target-name", "text", "a performance target named with \\x07", r"name of a performance target contains", before="more")
def _(lab: Lab) -> Result:
    return lab.cli("targets", lab.pid, "--add", "上线\x07事项", "--target", "≥12")


@case("text-whoami", "text", "an evaluator name with \\x1f", r"name of an evaluator contains", before="more")
def _(lab: Lab) -> Result:
    return lab.cli("whoami", "--name", "王\x1f五")


def _note_cleaned(lab: Lab, r: Result) -> None:
    rows = lab.query("SELECT text FROM evidence_items WHERE title = '访谈记录'")
    assert rows == [("座谈：运维响应及时。\n第二段",)]


@case("text-note-file", "text", "an evidence note read from a file holding \\x01 and a form feed",
      r"2 characters that are not text .*were left out", outcome="cleaned", rc=0, before="issue", check=_note_cleaned)
def _(lab: Lab) -> Result:
    f = lab.write("note.txt", "座谈：运维\x01响应及时。\r\n第二段\x0c".encode())
    return lab.cli("evidence", "note", lab.pid, "--title", "访谈记录", "--text-file", str(f))


@case("text-note-too-large", "text", "an evidence note file of 9 MB", r"too large for an evidence note", before="more")
def _(lab: Lab) -> Result:
    return lab.cli("evidence", "note", lab.pid, "--title", "访谈记录", "--text-file",
                   str(sparse_file(lab.tmp / "big.txt", 9 * 1024 * 1024)))


@case("text-note-binary", "text", "a picture given as the note's text file", r"not text: it contains binary data", before="more")
def _(lab: Lab) -> Result:
    f = lab.write("photo.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")
    return lab.cli("evidence", "note", lab.pid, "--title", "访谈记录", "--text-file", str(f))


def _exported(lab: Lab, r: Result) -> None:
    out = lab.tmp / "out"
    assert (out / "r.docx").stat().st_size > 10_000 and (out / "s.xlsx").stat().st_size > 5_000
    import docx

    docx.Document(str(out / "r.docx"))  # opens: a valid document
    body = read_zip((out / "r.docx").read_bytes())["word/document.xml"].decode("utf-8")
    assert ("细化边界" in body or "部分满足" in body) and not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", body)
    assert "细化边界" in r.err or "部分满足" in r.err  # the summary names the texts it cleaned


@case("export-legacy-control", "export", "report text and a comment with NUL, \\x01, VT stored by an older version",
      r"note: \d+ texts held control characters that Word and Excel cannot hold", outcome="cleaned", rc=0,
      before="issue", check=_exported)
def _(lab: Lab) -> Result:
    lab.sql("UPDATE report_sections SET text = '一是建议' || char(1) || '细化边界' || char(0) || '。' WHERE key = 'suggestions'")
    lab.sql("UPDATE scores SET comment = '部分' || char(11) || '满足' WHERE rowid = (SELECT min(rowid) FROM scores)")
    (lab.tmp / "out").mkdir()
    return lab.cli("export", lab.pid, "--docx", str(lab.tmp / "out" / "r.docx"), "--xlsx", str(lab.tmp / "out" / "s.xlsx"))


# == files: evidence, templates, modes =================================================

def _add(lab: Lab, *paths: Path) -> Result:
    return lab.cli("evidence", "add", lab.pid, *map(str, paths))


@case("evidence-symlink", "evidence", "a symbolic link to /etc/passwd added as evidence", r"is a symbolic link \(to /etc/passwd\)",
      before="issue", skip="" if hasattr(os, "symlink") else "no symbolic links here")
def _(lab: Lab) -> Result:
    link = lab.tmp / "合同.pdf"
    link.symlink_to("/etc/passwd")
    return _add(lab, link)


@case("evidence-fifo", "evidence", "a named pipe added as evidence", r"is a pipe \(FIFO\), not a regular file",
      before="more", skip="" if hasattr(os, "mkfifo") else "no pipes here")
def _(lab: Lab) -> Result:
    fifo = lab.tmp / "管道"
    os.mkfifo(fifo)
    return _add(lab, fifo)


@case("evidence-device", "evidence", "/dev/null added as evidence", r"is a device, not a regular file", before="more",
      skip="" if Path("/dev/null").exists() and os.name != "nt" else "no /dev/null")
def _(lab: Lab) -> Result:
    return _add(lab, Path("/dev/null"))


@case("evidence-folder", "evidence", "a folder given as a file", r"is a folder, not a file")
def _(lab: Lab) -> Result:
    return _add(lab, lab.tmp)


@case("evidence-empty", "evidence", "an empty file", r"is empty \(0 bytes\)")
def _(lab: Lab) -> Result:
    return _add(lab, lab.write("空.pdf", b""))


@case("evidence-missing", "evidence", "a file that does not exist", r"does not exist")
def _(lab: Lab) -> Result:
    return _add(lab, lab.tmp / "没有.pdf")


@case("evidence-disk-full", "evidence", "a batch of two files; the disk fills up on the second",
      r"the disk is full.*Nothing was added", rc=None, before="issue")
def _(lab: Lab) -> Result:
    from evaltool.evidence import add_files
    from evaltool.evidence import store as store_mod

    a, b = lab.write("一.pdf", b"%PDF first " * 500), lab.write("二.pdf", b"%PDF second " * 500)
    real = store_mod._write_all
    calls = {"n": 0}

    def full(out: object, data: bytes) -> None:
        calls["n"] += 1
        if calls["n"] > 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(out, data)  # type: ignore[arg-type]

    store_mod._write_all = full  # type: ignore[assignment]
    try:
        db = lab.open()
        try:
            def go() -> None:
                with db.session() as s:
                    add_files(s, lab.pid, [a, b])
            return lab.core(go)
        finally:
            db.close()
    finally:
        store_mod._write_all = real


def _no_profile(lab: Lab) -> None:
    lab.sql("DELETE FROM app_settings WHERE key = 'evaluator_id'")


@case("evidence-no-profile-left", "evidence", "a refused note on a laptop without a profile (no evaluator yet)",
      r"title of an evidence item contains", before="issue", setup=_no_profile)
def _(lab: Lab) -> Result:
    r = lab.cli("evidence", "note", lab.pid, "--title", "访谈\x01", "--text", "内容")
    assert lab.query("SELECT count(*) FROM app_settings WHERE key = 'evaluator_id'")[0][0] == 0
    return r


@case("template-deep", "template", "a template file nested 100,000 levels deep", r"nested 100000 levels deep", before="more")
def _(lab: Lab) -> Result:
    return lab.cli("template", "new", str(lab.write("t.json", "[" * 100_000 + "]" * 100_000)), "--name", "新项目")


@case("template-not-template", "template", "a JSON file that is no template", r"not a framework template", before="more")
def _(lab: Lab) -> Result:
    return lab.cli("template", "new", str(lab.write("t.json", '{"name": "x"}')), "--name", "新项目")


@case("template-bad-weight", "template", "a template whose weight is “十分”", r"wrong type of weight", before="more")
def _(lab: Lab) -> Result:
    doc = {"name_zh": "坏模板", "framework": [{"name": "决策", "weight": "十分", "children": []}]}
    return lab.cli("template", "new", str(lab.write("t.json", json.dumps(doc, ensure_ascii=False))), "--name", "新项目")


@case("template-too-large", "template", "a 6 MB template file", r"too large for a template", before="more")
def _(lab: Lab) -> Result:
    return lab.cli("template", "new", str(sparse_file(lab.tmp / "big.json", 6_000_000)), "--name", "新项目")


@case("template-1e999", "template", "a template with weight 1e999", r"not a finite number", before="more")
def _(lab: Lab) -> Result:
    return lab.cli("template", "new", str(lab.write("t.json", '{"framework": [{"name": "决策", "weight": 1e999}]}')),
                   "--name", "新项目")


# == the command line itself ==========================================================

@case("cli-survey-help", "command line", "evaltool survey --help (an unescaped “95%”)", r"usage: evaltool survey",
      outcome="accepted", rc=0, before="issue")
def _(lab: Lab) -> Result:
    try:
        return lab.cli("survey", "--help")
    except SystemExit as exc:  # pragma: no cover - main handles it
        return Result(rc=int(exc.code or 0))


@case("cli-flags-kind", "command line", "evaltool flags --kind nonsense (exited 0)", r"invalid choice: 'nonsense'", rc=2, before="issue")
def _(lab: Lab) -> Result:
    return lab.cli("flags", lab.pid, "--kind", "nonsense")


@case("cli-unknown-command", "command line", "evaltool frobnicate", r"invalid choice", rc=2)
def _(lab: Lab) -> Result:
    return lab.cli("frobnicate")


@case("cli-missing-argument", "command line", "evaltool score without its project", r"the following arguments are required", rc=2)
def _(lab: Lab) -> Result:
    return lab.cli("score")


@case("cli-export-nothing", "command line", "evaltool export without any output", r"usage: evaltool export.*\n.*Say what to write", rc=2, before="more")
def _(lab: Lab) -> Result:
    return lab.cli("export", lab.pid)


# -- the table ------------------------------------------------------------------------

def test_cases_are_unique_and_described() -> None:
    ids = [c.id for c in CASES]
    assert len(ids) == len(set(ids))
    assert all(c.given and (c.message or c.skip) for c in CASES)
    # the first paragraph: 72 inputs were handled well; every kind is here
    handled = [c for c in CASES if c.before == "handled"]
    assert len(handled) >= 60
    assert sum(c.id.startswith("pkg-zip-slip") for c in CASES) == 6


@pytest.mark.parametrize("c", CASES, ids=[c.id for c in CASES])
def test_hostile_input(c: Case, lab: Lab) -> None:
    if c.skip:
        pytest.skip(c.skip)
    if c.setup is not None:
        c.setup(lab)
    before = lab.digest()
    r = c.run(lab)
    if c.rc is not None:
        assert r.rc == c.rc, (r.rc, r.said)
    assert re.search(c.message, r.said, re.S), r.said
    assert "Traceback" not in r.said
    if c.outcome == "refused":
        assert lab.digest() == before, "the database or the evidence store changed"
        if c.setup is _seeded:  # the evaluator's score is still there, not blanked
            assert lab.query("SELECT value, comment FROM scores s JOIN evaluators e ON e.id = s.evaluator_id "
                             "WHERE e.name = '王五'") == [(1.5, "部分满足")]
    if c.check is not None:
        c.check(lab, r)


def test_database_backups_evidence_and_packages_are_owner_only(lab: Lab) -> None:
    """Files readable by other users (issue 17): the database, backups, stored evidence
    and packages are 0600 (evidence 0400, read-only), their folders 0700, on POSIX."""
    if os.name == "nt":
        pytest.skip("Windows: the user profile's ACLs apply")
    from evaltool.backups import take_backup

    db = lab.open()
    try:
        backup = take_backup(db.path, "manual").path
        r = lab.cli("evidence", "add", lab.pid, str(lab.write("合同.pdf", b"%PDF contract " * 50)))
        assert r.rc == 0, r.err
        out = lab.tmp / "usb"
        out.mkdir()
        pkg = Path(lab.cli("sync", "export", lab.pid, "--out", str(out)).out.strip())
    finally:
        db.close()

    def mode(p: Path) -> int:
        return stat.S_IMODE(p.stat().st_mode)

    assert mode(lab.data / "evaltool.sqlite") & 0o077 == 0
    for p in lab.data.glob("evaltool.sqlite-*"):
        assert mode(p) & 0o077 == 0, p
    assert mode(backup) == 0o600 and mode(backup.parent) == 0o700
    stored = [p for p in (lab.data / "evidence").rglob("*") if p.is_file()]
    assert stored and all(mode(p) == 0o400 for p in stored)
    assert all(mode(p) == 0o700 for p in (lab.data / "evidence").rglob("*") if p.is_dir())
    assert mode(lab.data / "evidence") == 0o700
    assert mode(pkg) == 0o600


def test_new_data_folder_is_owner_only(tmp_path: Path) -> None:
    if os.name == "nt":
        pytest.skip("Windows: the user profile's ACLs apply")
    d = tmp_path / "新的数据"
    open_database(d).close()
    assert stat.S_IMODE(d.stat().st_mode) == 0o700
    assert stat.S_IMODE((d / "evaltool.sqlite").stat().st_mode) == 0o600


def test_summary_of_the_table() -> None:
    """The closing note's counts: tried, refused (or cleaned, warned) and crashed."""
    security = [c for c in CASES if c.area == "package security"]
    assert not [c for c in security if c.skip]  # run everywhere (other skips are platform limits)
    assert {c.outcome for c in CASES} <= {"refused", "cleaned", "warned", "accepted"}
    # the package-security inputs are all here, and refused
    assert {"pkg-kdf-memory", "pkg-forged-plain", "pkg-unsigned", "pkg-unknown-signer",
            "pkg-require-encrypted"} <= {c.id for c in security}
    assert all(c.outcome == "refused" for c in security)
