"""Fuzz targets: every reader of outside data, fed mutated real files.

A target takes bytes (or text) and must either return or raise one of the errors it
documents for people (``EvaltoolError`` and its kinds): anything else — an
``IndexError``, a ``RecursionError``, a ``MemoryError``, an ``OverflowError`` — is a crash.

Inputs are valid seeds (a score sheet, survey exports as .xlsx and .csv, a sync package,
rules and inputs as JSON, report sentences with arithmetic) changed by ``mutate``: bytes
flipped, inserted, deleted or overwritten, pieces known to hurt parsers spliced in
(control characters, ``1e999``, deep brackets, DTDs, huge numbers, stray quotes), and for
zip files (xlsx, packages) one part changed and the zip rebuilt, so the damage reaches
the XML and JSON parsers instead of stopping at the zip's checksum.

Used by ``tests/fuzz/test_fuzz.py`` (a few seconds in CI, through hypothesis) and by
``scripts/fuzz.py`` (minutes or hours by hand). Qt-free.
"""
from __future__ import annotations

import contextlib
import csv
import io
import json
import random
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from evaltool.errors import EvaltoolError

# Pieces that have broken parsers before, spliced into inputs.
NASTY: tuple[bytes, ...] = (
    b"\x00", b"\x01", b"\x0b", b"\x1b", b"\x7f", b"\xc2\x85", b"\xff\xfe", b"\xef\xbb\xbf", b"\xed\xa0\x80",
    b"1e999", b"-1e999", b"NaN", b"Infinity", b"-0", b"1" * 5000, b"9" * 30, b"-1", b"0x10", b"1,500", b"95%",
    b"[" * 5000, b"{\"a\":" * 2000, b"\"", b",", b"\r", b"\n", b"\t", b"%s%n", b"\\", b"\\u0000", b"\\ud800",
    b"<!DOCTYPE x [<!ENTITY a \"aaaa\">]>", b"&a;", b"]]>", b"<", b"</worksheet>", b"<c r=\"XFD1048576\">",
    b"\xe6\xbb\xa1\xe5\x88\x86", b"\xe6\x89\xa3", b"(\xe8\xb7\xb3\xe8\xbf\x87)", b"\xe2\x94\x8b",
    b"000000000000000.000000", b"999999999999999.999999", b"99999999999999999999.1",
)


def mutate(data: bytes, rnd: random.Random, rounds: int | None = None) -> bytes:
    """``data`` with a few random changes (see the module docstring)."""
    buf = bytearray(data)
    for _ in range(rounds if rounds is not None else rnd.randint(1, 6)):
        op = rnd.randrange(6)
        pos = rnd.randrange(len(buf) + 1) if buf else 0
        if op == 0 and buf:  # flip bits
            i = min(pos, len(buf) - 1)
            buf[i] ^= 1 << rnd.randrange(8)
        elif op == 1:  # insert random bytes
            buf[pos:pos] = rnd.randbytes(rnd.randint(1, 16))
        elif op == 2 and buf:  # delete a range
            del buf[pos:pos + rnd.randint(1, 64)]
        elif op == 3 and buf:  # overwrite a range
            n = rnd.randint(1, 8)
            buf[pos:pos + n] = rnd.randbytes(n)
        elif op == 4:  # splice a nasty piece
            buf[pos:pos] = rnd.choice(NASTY)
        else:  # duplicate a piece (repeated structure)
            n = rnd.randint(1, 256)
            buf[pos:pos] = buf[pos:pos + n] * rnd.randint(1, 4)
    return bytes(buf)


def mutate_zip(data: bytes, rnd: random.Random) -> bytes:
    """One part of a zip changed (or one added or dropped) and the zip rebuilt; plain
    byte mutation now and then, so the zip layer itself is fuzzed too."""
    if rnd.random() < 0.25:
        return mutate(data, rnd)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            parts = [(i.filename, zf.read(i)) for i in zf.infolist()]
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        return mutate(data, rnd)
    if not parts:
        return mutate(data, rnd)
    k = rnd.randrange(len(parts))
    name, body = parts[k]
    action = rnd.randrange(10)
    if action == 0:
        parts.pop(k)
    elif action == 1:
        parts.append((rnd.choice(["../evil", "/abs", "C:/x", "a/../../b", name]), body))
    else:
        parts[k] = (name, mutate(body, rnd))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=rnd.choice([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])) as zf:
        for n, b in parts:
            zf.writestr(zipfile.ZipInfo(n), b)
    return out.getvalue()


# -- seeds ------------------------------------------------------------------------

SHEET_ROWS: list[list[Any]] = [
    ["某市数字政府运维项目绩效评价指标得分表"],
    ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "得分", "评价意见"],
    ["决策（20）", "项目立项（10）", "立项依据充分性", 5, "每满足一个要点得1.25分", "4.5", "依据较充分"],
    [None, None, "立项程序规范性", 5, "酌情扣分", "扣1分", ""],
    [None, "绩效目标（10）", "目标合理性", 10, "", "满分", ""],
    ["过程（30）", "资金管理（30）", "预算执行率", 30, "执行率×分值", "85%", "执行率偏低"],
    ["产出（30）", "产出数量（30）", "完成率", 30, "", 28, ""],
    ["效益（20）", "满意度（20）", "满意度", 20, "", "1，5", ""],
    ["合计", None, None, 100, None, 88.5, None],
]


def _xlsx(rows: list[list[Any]], legend: list[list[Any]] | None = None) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "评分表"
    for r in rows:
        ws.append(r)
    ws.merge_cells("A1:G1")
    if legend:
        lg = wb.create_sheet("选项说明")
        for r in legend:
            lg.append(r)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _csv(rows: list[list[Any]], encoding: str = "utf-8-sig") -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows([["" if v is None else v for v in r] for r in rows])
    return out.getvalue().encode(encoding)


@cache
def sheet_seeds() -> tuple[tuple[str, bytes], ...]:
    return ((".xlsx", _xlsx(SHEET_ROWS)), (".csv", _csv(SHEET_ROWS)), (".csv", _csv(SHEET_ROWS, "gb18030")))


@cache
def survey_seeds() -> tuple[tuple[str, bytes], ...]:
    from tests.unit.survey_exports import respondents, tencent, wjx_codes, wjx_text

    people = respondents(12)
    h, rows = wjx_text(people)
    hc, rc, legend = wjx_codes(people)
    ht, rt = tencent(people)
    return ((".xlsx", _xlsx([h, *rows])), (".csv", _csv([h, *rows])), (".xlsx", _xlsx([hc, *rc], legend)),
            (".csv", _csv([ht, *rt], "gb18030")))


PID = "11111111-2222-3333-4444-555555555555"
DEVICE = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"


def _change(seq: int, table: str, row: str, fld: str, value: Any) -> dict[str, Any]:
    return {"id": f"c{seq:035d}", "project_id": None if table == "evaluators" else PID, "device_id": DEVICE, "seq": seq,
            "hlc": f"{1_700_000_000_000 + seq:015d}.000000", "evaluator_id": None, "table_name": table,
            "row_id": row, "field": fld, "value": value, "bases": []}


@cache
def package_seeds() -> tuple[bytes, ...]:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from evaltool.sync.package import BlobSource, write_package
    from evaltool.sync.signing import Signer

    ind = "66666666-7777-8888-9999-000000000000"
    changes = [_change(1, "projects", PID, "name", "某市数字政府运维项目"),
               _change(2, "projects", PID, "grade_bands", [{"name": "优", "min": 90}]),
               _change(3, "indicators", ind, "project_id", PID), _change(4, "indicators", ind, "name", "立项依据充分性"),
               _change(5, "indicators", ind, "weight", 5.0),
               _change(6, "indicators", ind, "rule", {"kind": "deduction", "per": 0.5})]
    manifest = {"kind": "sync", "project_id": PID, "project_name": "某市数字政府运维项目", "device_id": DEVICE,
                "device_name": "laptop", "evaluator_id": None, "evaluator_name": "", "created": "2024-11-01T00:00:00",
                "for_device": None, "have": {DEVICE: 6}, "ranges": {DEVICE: [0, 6]}, "change_count": 6, "blob_count": 1}
    with tempfile.TemporaryDirectory() as d:
        blob = Path(d) / "blob"
        blob.write_bytes("佐证材料".encode() * 10)
        import hashlib

        sha = hashlib.sha256(blob.read_bytes()).hexdigest()
        target = Path(d) / "p.evsync"
        write_package(target, manifest, changes, [BlobSource(sha, blob)])
        plain = target.read_bytes()
        write_package(target, manifest, changes, [BlobSource(sha, blob)], passphrase="口令 secret")
        encrypted = target.read_bytes()
        # the same two, signed by a laptop (a fixed key: runs are reproducible from their seed)
        signer = Signer(DEVICE, "laptop", Ed25519PrivateKey.from_private_bytes(bytes(range(32))))
        write_package(target, manifest, changes, [BlobSource(sha, blob)], signer=signer)
        plain_signed = target.read_bytes()
        write_package(target, manifest, changes, [BlobSource(sha, blob)], passphrase="口令 secret", signer=signer)
        encrypted_signed = target.read_bytes()
    return plain, encrypted, plain_signed, encrypted_signed


RULES = [
    {"kind": "checklist", "points": [{"text": "要点一", "score": 1}, {"text": "要点二", "score": 1}]},
    {"kind": "graded", "levels": [{"text": "好", "score": 2}, {"text": "一般", "min": 0.5, "max": 1.5}]},
    {"kind": "rate", "full_at": 1.0}, {"kind": "completion", "required": 7},
    {"kind": "brackets", "unit": "%", "brackets": [{"min": None, "max": 10, "score": 2}, {"min": 10, "max": None, "score": 0}]},
    {"kind": "deduction", "per": 0.5}, {"kind": "satisfaction", "threshold": 0.9, "floor": 0.6},
    {"kind": "target", "operator": ">=", "target": 12}, {"kind": "expert"}, {"kind": "bonus", "per": 1, "cap": 2},
]
INPUTS = [{"ticked": [True, False]}, {"level": 1, "score": 1}, {"numerator": 5, "denominator": 7}, {"done": 5},
          {"value": 12.5}, {"count": 3}, {"rate": 0.85}, {"actual": "≥10"}, {"deductions": [{"points": 1, "reason": "缺失"}]},
          {"count": 1}]
SENTENCES = [
    "预算执行率=49.2/49.625=99.14%，满意度62/69=89.86%。",
    "5/7=71.43%×3=2.14分；3.23×1.8405=5.82万元；（3+4）×2=14",
    "合计得分=10+30+30+30=100，扣3分×2.5%=0.075分，18405元×3.23=5.94万元",
]


# -- targets ----------------------------------------------------------------------

def _file(data: bytes, suffix: str) -> Path:
    fd, name = tempfile.mkstemp(prefix="fuzz-", suffix=suffix)
    with open(fd, "wb") as fh:
        fh.write(data)
    return Path(name)


def sheet_reader(data: bytes, suffix: str) -> None:
    """The spreadsheet reader and the score-sheet parser over a file."""
    from evaltool.scoresheet import parse_sheet
    from evaltool.spreadsheet import open_workbook

    path = _file(data, suffix)
    try:
        try:
            with open_workbook(path) as book:
                for name in book.names:
                    book.sheet(name)
        except EvaltoolError:
            pass
        with contextlib.suppress(EvaltoolError):
            parse_sheet(path)
    finally:
        path.unlink(missing_ok=True)


def survey_reader(data: bytes, suffix: str) -> None:
    """Reading an answer file, inferring its questionnaire and checking every row."""
    from evaltool.survey.importing import infer_questionnaire, plan_draft, read_table

    path = _file(data, suffix)
    try:
        try:
            table = read_table(path)
            draft = infer_questionnaire(table)
            plan_draft(draft)
        except EvaltoolError:
            pass
    finally:
        path.unlink(missing_ok=True)


def package_reader(data: bytes, passphrase: str | None = None) -> None:
    """Opening a sync package and every check that runs before a merge writes anything."""
    from evaltool.sync.exchange import check_manifest
    from evaltool.sync.merge import check_changes
    from evaltool.sync.package import open_package
    from evaltool.validate import clean_changes

    path = _file(data, ".evsync")
    try:
        try:
            with open_package(path, passphrase) as pkg:
                check_manifest(pkg.manifest, path.name)
                check_changes(pkg.changes, pkg.manifest["project_id"], path.name)
                clean_changes(pkg.changes)
                for sha in pkg.blob_names:
                    with pkg.open_blob(sha) as fh:
                        fh.read()
        except EvaltoolError:
            pass
    finally:
        path.unlink(missing_ok=True)


def json_input(text: str) -> None:
    """A rule and its inputs typed as JSON: parsed, shape-checked, proposed, described."""
    from evaltool.rules import describe, propose, validate_rule
    from evaltool.validate import inputs_problems, parse_json, rule_problems

    try:
        value = parse_json(text, "--set")
    except EvaltoolError:
        return
    rule = value.get("rule") if isinstance(value, dict) and "rule" in value else value
    inputs = value.get("inputs") if isinstance(value, dict) else None
    if rule_problems(rule):
        return
    validate_rule(rule, 5.0)
    describe(rule, 5.0)
    if not inputs_problems(rule.get("kind") if rule else None, inputs):
        propose(rule, inputs, 5.0)
        propose(rule, inputs, -5.0, is_negative=True, cap=-10.0)


def numbers_reader(text: str) -> None:
    from evaltool.numbers import NumberError, parse_number, parse_score

    for fn in (lambda: parse_number(text), lambda: parse_number(text, thousands=True),
               lambda: parse_score(text, 5.0), lambda: parse_score(text, -5.0, negative=True, cap=-10.0)):
        with contextlib.suppress(NumberError):
            fn()


def expression_checker(text: str) -> None:
    """HOOK(issue 15): the expression checker of ``evaltool/check/`` (built in parallel;
    not on main when this was written). ``find_claims`` must never raise on any text."""
    import importlib

    module = importlib.import_module("evaltool.check.expressions")
    module.find_claims(text)


def has_expression_checker() -> bool:
    import importlib.util

    try:
        return importlib.util.find_spec("evaltool.check.expressions") is not None
    except ModuleNotFoundError:
        return False


# -- inputs for a target from a random number generator -----------------------------

@dataclass(frozen=True)
class Target:
    name: str
    run: Callable[[random.Random], None]


def _sheet(rnd: random.Random) -> None:
    suffix, seed = rnd.choice(sheet_seeds())
    sheet_reader(mutate_zip(seed, rnd) if suffix == ".xlsx" else mutate(seed, rnd), suffix)


def _survey(rnd: random.Random) -> None:
    suffix, seed = rnd.choice(survey_seeds())
    survey_reader(mutate_zip(seed, rnd) if suffix == ".xlsx" else mutate(seed, rnd), suffix)


def _package(rnd: random.Random) -> None:
    plain, encrypted, plain_signed, encrypted_signed = package_seeds()
    pick = rnd.random()
    if pick < 0.2:
        package_reader(mutate(rnd.choice([encrypted, encrypted_signed]), rnd, rnd.randint(0, 3)),
                       rnd.choice(["口令 secret", "wrong", None]))
    elif pick < 0.35:  # bytes of a signed package changed anywhere, the signature trailer too
        package_reader(mutate(plain_signed, rnd, rnd.randint(0, 3)))
    else:
        package_reader(mutate_zip(plain, rnd))


def _json(rnd: random.Random) -> None:
    k = rnd.randrange(len(RULES))
    doc = json.dumps({"rule": RULES[k], "inputs": INPUTS[k]}, ensure_ascii=False).encode()
    json_input(mutate(doc, rnd).decode("utf-8", "replace"))


def _numbers(rnd: random.Random) -> None:
    seed = rnd.choice([b"2.5", b"\xe6\x89\xa31\xe5\x88\x86", b"85%", b"1,5", b"\xe6\xbb\xa1\xe5\x88\x86", b"-0.5", b"1,234.5"])
    numbers_reader(mutate(seed, rnd).decode("utf-8", "replace"))


def _expressions(rnd: random.Random) -> None:
    expression_checker(mutate(rnd.choice(SENTENCES).encode(), rnd).decode("utf-8", "replace"))


TARGETS: dict[str, Target] = {
    "sheet": Target("sheet", _sheet),
    "survey": Target("survey", _survey),
    "package": Target("package", _package),
    "json": Target("json", _json),
    "numbers": Target("numbers", _numbers),
    "expressions": Target("expressions", _expressions),
}


def available() -> list[str]:
    """Targets that can run in this tree (the expression checker only once issue 15 is merged)."""
    return [n for n in TARGETS if n != "expressions" or has_expression_checker()]
