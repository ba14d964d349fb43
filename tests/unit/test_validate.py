"""The validation layer itself (evaltool.validate): what counts as text, JSON limits,
rule and input shapes, the XML scrub of export data, the flush gate."""
from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from evaltool.errors import ValidationError
from evaltool.i18n import set_language
from evaltool.validate import (
    INPUT_KEYS,
    RULE_KEYS,
    check_text,
    clean_text,
    clock_problem,
    control_chars,
    framework_problems,
    inputs_problems,
    nesting_depth,
    parse_json,
    rule_problems,
    scrub_for_xml,
    xml_safe,
)


@pytest.fixture(autouse=True)
def _english() -> None:
    set_language("en")  # messages are compared in English (the conftest resets to Chinese)


def test_kinds_agree_with_the_rules_and_the_cli() -> None:
    from evaltool.cli.scoring import FLAG_KINDS
    from evaltool.flags import KINDS as FLAGS
    from evaltool.rules import KINDS

    assert set(RULE_KEYS) == set(INPUT_KEYS) == set(KINDS)
    assert FLAG_KINDS == FLAGS


@pytest.mark.parametrize(("text", "names"), [
    ("正常文本，含制表\t和换行\n以及\r\n回车", []),
    ("a\x00b", ["U+0000 (NUL)"]), ("\x01\x01\x0b", ["U+0001", "U+000B (VT)"]), ("x\x7f", ["U+007F (DEL)"]),
    ("x\x85y", ["U+0085"]), ("bad \udcff byte", ["undecodable byte"]),
    ("emoji 😀 and 〇 and \u2028 line separator", []),
])
def test_what_is_text(text: str, names: list[str]) -> None:
    assert control_chars(text) == names


def test_check_and_clean() -> None:
    assert check_text("评价意见", "the comment") == "评价意见"
    with pytest.raises(ValidationError, match=r"the comment contains characters that are not text \(U\+0001\) at position 3"):
        check_text("评价\x01意见", "the comment")
    assert clean_text("评价\x01意见\x0c\n下一行") == ("评价意见\n下一行", 2)
    assert clean_text("bad \udcff") == ("bad \ufffd", 1)
    assert xml_safe("a\x00b\x0bc\td\ne\ufffe") == "abc\td\ne"
    assert xml_safe("C1 \x85 stays legal in XML") == "C1 \x85 stays legal in XML"


def test_parse_json_limits() -> None:
    assert parse_json('{"count": 2, "text": "一"}', "--inputs") == {"count": 2, "text": "一"}
    assert nesting_depth('{"a": "[[[[", "b": [[1]]}') == 3  # brackets inside strings do not count
    for text, why in (("[" * 21 + "]" * 21, "nested 21 levels"), ('{"x": 1e999}', "not a finite number"),
                      ('{"x": NaN}', "not a finite number"), ('{"x": Infinity}', "not a finite number"),
                      ('{"x": ' + "1" * 16 + "}", "at most 15 digits"), ("{x: 1}", "not valid JSON"),
                      ('{"x": "a\\u0001b"}', "not text"), ("x" * (1024 * 1024 + 1), "too long")):
        with pytest.raises(ValidationError, match=why):
            parse_json(text, "--inputs")


def test_rule_and_input_shapes() -> None:
    assert rule_problems({"kind": "deduction", "per": 0.5}) == []
    assert rule_problems({"kind": "brackets", "unit": "%", "brackets": [{"min": None, "max": 10, "score": 2,
                                                                          "max_inclusive": True}]}) == []
    assert rule_problems({"kind": "checklist", "points": [{"text": "一", "score": 1}], "decimals": 2, "source": "合同"}) == []
    assert "unknown keys “pre”" in rule_problems({"kind": "deduction", "pre": 0.5})[0]
    assert "“brackets” item 1 has unknown keys" in rule_problems({"kind": "brackets", "brackets": [{"mini": 0}]})[0]
    assert "must be a JSON object" in rule_problems([1, 2, 3])[0]
    assert "“decimals”" in rule_problems({"kind": "rate", "decimals": 40})[0]
    assert inputs_problems("completion", {"done": 5, "required": 7}) == []
    assert inputs_problems("satisfaction", {"link": {"survey_id": "s", "group_id": "g", "question_key": "q1"}}) == []
    assert inputs_problems("checklist", {"ticked": [True, 0, 1]}) == []
    assert "unknown keys “cont”" in inputs_problems("deduction", {"cont": 3})[0]
    assert "has no rule" in inputs_problems(None, {"count": 1})[0]
    assert inputs_problems(None, {}) == []
    assert "“count” has the wrong type" in inputs_problems("deduction", {"count": "three"})[0]


def test_framework_shapes() -> None:
    good = [{"name": "决策", "weight": 10, "children": [{"name": "立项", "weight": "10", "rule": {"kind": "expert", "inputs": {}}}]}]
    assert framework_problems(good, "t.json") == []
    bad = [{"name": "决策", "weight": [1], "children": "x"}, {"weight": 3}, 7]
    problems = framework_problems(bad, "t.json")
    assert any("wrong type of weight, children" in p for p in problems)
    assert any("has no name" in p for p in problems) and any("not an object" in p for p in problems)


def test_clock_values() -> None:
    now = 1_733_000_000_000  # 2024-11-30
    assert clock_problem(f"{now:015d}.000000") is None
    assert clock_problem(f"{now + 30 * 86_400_000:015d}.000000") is None  # a month ahead: a wrong clock, taken
    # years ahead is a wrong clock, not an impossible one: taken (issue 16 keeps it from moving ours)
    assert clock_problem(f"{now + 400 * 86_400_000:015d}.000000") is None
    assert "no date at all" in (clock_problem("999999999999999.999999") or "")


@dataclass(frozen=True)
class _Leaf:
    name: str
    tags: tuple[str, ...] = ()


@dataclass
class _Doc:
    title: str
    leaves: list[_Leaf] = field(default_factory=list)
    by_name: dict[str, str] = field(default_factory=dict)
    png: bytes = b"\x00\x01"
    parent: object = None


def test_scrub_for_xml_walks_frozen_dataclasses_tuples_dicts_and_cycles() -> None:
    doc = _Doc("报告\x01", [_Leaf("指标\x0b", ("a\x00", "ok"))], {"组\x1f": "值\x02"})
    doc.parent = doc  # a cycle
    changed = scrub_for_xml(doc)
    assert doc.title == "报告" and doc.leaves[0].name == "指标" and doc.leaves[0].tags == ("a", "ok")
    assert doc.by_name == {"组": "值"} and doc.png == b"\x00\x01"
    assert len(changed) == 5


def test_the_flush_gate_refuses_locally_and_cleans_remote_values(db) -> None:
    from evaltool.models import Evaluator
    from evaltool.validate import CLEANED_KEY

    with pytest.raises(ValidationError, match=r"name of an evaluator contains characters that are not text"), db.session() as s:
        s.add(Evaluator(name="王\x01五", role="member"))
    with db.session() as s:
        s.info["applying_remote"] = True
        ev = Evaluator(name="王\x01五", role="member", note="x\x00")
        s.add(ev)
        s.flush()
        assert ev.name == "王五" and ev.note == "x" and len(s.info[CLEANED_KEY]) == 2


def test_the_flush_gate_keeps_json_in_its_shape(demo_db, demo_project_id) -> None:
    from sqlalchemy import select

    from evaltool.models import Indicator, Project
    from evaltool.scoring import project_summary

    with demo_db.session() as s:
        leaf = s.scalars(select(Indicator).where(Indicator.project_id == demo_project_id,
                                                 Indicator.name == "立项依据充分性")).one()
        leaf_id = leaf.id
    with pytest.raises(ValidationError, match=r"rule of an indicator has the wrong shape"), demo_db.session() as s:
        s.get(Indicator, leaf_id).rule = {"kind": ["checklist"]}  # type: ignore[union-attr]
    with demo_db.session() as s:  # what a forged or broken package would bring
        s.info["applying_remote"] = True
        s.get(Indicator, leaf_id).rule = [1, 2, 3]  # type: ignore[union-attr]
        s.get(Project, demo_project_id).grade_bands = {"优": 90}  # type: ignore[union-attr]
        s.flush()
        assert len(s.info["cleaned_values"]) == 2
    with demo_db.read_session() as s:
        assert s.get(Indicator, leaf_id).rule is None  # type: ignore[union-attr]
        assert s.get(Project, demo_project_id).grade_bands == []  # type: ignore[union-attr]
        assert project_summary(s, demo_project_id).total is not None  # every view still works
