"""``evaltool rule --suggest / --suggest-all``, one measured value in ``rule`` and ``score``,
departures in ``flags`` — and a bonus leaf outside the 100, as a user types them."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from evaltool.cli import main

DEMO = "2022年东莞市一体化政务服务平台运维与运营服务项目"
ELEMENTS = "产出/产出数量/运维服务驻场服务完成率"  # 得分=完成要素数/7×分值, weight 3; seed: 5 of 7 → 2.14
ADJUST = "过程/资金管理/预算调整率"  # seed: 69.32% → 0 (the report gives no bands)


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    data = str(tmp_path / "data")

    def run(*args: str, lang: str = "zh_CN") -> tuple[int, str, str]:
        code = main(["--data-dir", data, "--lang", lang, *args])
        out = capsys.readouterr()
        return code, out.out, out.err

    assert run("demo")[0] == 0
    return run


def test_suggest_all_reads_every_mechanical_leaf_and_gives_the_seeds_scores(cli) -> None:
    code, out, err = cli("rule", DEMO, "--suggest-all", "--json")
    assert code == 0, err
    doc = json.loads(out)
    s = doc["summary"]
    # seed 000: 37 leaves; 20 with mechanical criteria (checklists, rate × weight, 要素数/7, 满意度≥90%),
    # 13 酌情 (expert judgement), 4 whose criteria give no rule (the report left the figures out)
    assert (s["leaves"], s["read"], s["expert"], s["not_read"]) == (37, 20, 13, 4)
    assert s["agree"] == s["tried"] == 20 and s["differ"] == 0
    by_path = {x["indicator"]: x for x in doc["leaves"]}
    seven = by_path[ELEMENTS]
    assert seven["rule"] == {"kind": "completion", "required": 7, "label": "完成要素数"}
    assert (seven["final"], seven["final_proposed"], seven["agrees"]) == (2.14, 2.14, True)
    assert by_path[ADJUST]["rule"] is None and by_path[ADJUST]["reason"]
    # text: one line per leaf and the summary
    code, out, _err = cli("rule", DEMO, "--suggest-all", lang="en")
    assert code == 0 and "37 leaves: 20 read, 13 expert judgement, 4 not read; 20 of 20" in out


def test_suggest_one_leaf_then_apply_and_score_with_one_value(cli) -> None:
    code, out, _err = cli("rule", DEMO, "--indicator", ELEMENTS, "--suggest", "--json")
    doc = json.loads(out)
    assert code == 0 and doc["matched"] == "得分=完成要素数/7×分值" and doc["confidence"] == 1.0
    assert doc["current_rule"] == {"kind": "completion"} and not doc["same_as_current"]
    code, out, _err = cli("rule", DEMO, "--indicator", ELEMENTS, "--suggest", "--apply", "--json")
    assert code == 0 and json.loads(out)["applied"] and json.loads(out)["departures"] == []
    code, out, _err = cli("rule", DEMO, "--indicator", ELEMENTS, "--json")
    assert json.loads(out)["rule"]["required"] == 7
    # the one measured value: 6 of the 7 elements → 6/7 × 3 = 2.57
    code, out, _err = cli("rule", DEMO, "--indicator", ELEMENTS, "--inputs", '{"value": 6}', "--json")
    assert json.loads(out)["proposed"] == 2.57
    code, out, err = cli("score", DEMO, "--indicator", ELEMENTS, "--evaluator", "赵专家", "--inputs", '{"value": 6}',
                         "--json")
    assert code == 0, err
    assert json.loads(out) == {"indicator": ELEMENTS, "evaluator": "赵专家", "value": 2.57, "proposed": 2.57}
    # nothing to apply where nothing was read: exit 1 with the reason
    code, _out, err = cli("rule", DEMO, "--indicator", ADJUST, "--suggest", "--apply")
    assert code == 1 and "预算调整率" in err


def test_a_rule_change_says_which_scores_now_depart_and_flags_keep_them(cli) -> None:
    bands = ('{"kind": "brackets", "unit": "%", "brackets": [{"min": null, "max": 80, "score": 1}, '
             '{"min": 80, "min_inclusive": false, "max": null, "score": 0}]}')
    code, out, err = cli("rule", DEMO, "--indicator", ADJUST, "--set", bands, "--json")
    assert code == 0, err
    deps = json.loads(out)["departures"]
    # 张明's measured 69.32% is ≤ 80% → 1 point, but he (and the final) gave 0
    assert {(d["evaluator"], d["final"], d["value"], d["proposed"]) for d in deps} == {
        ("张明", False, 0.0, 1.0), (None, True, 0.0, 1.0)}
    code, out, _err = cli("flags", DEMO, "--kind", "departs_from_rule", "--json")
    flags = json.loads(out)
    final = next(f for f in flags if f["final"])
    assert final["reason"] == "评价组合议确定" and "评价组合议确定" in final["message"]
    assert final["measured"] == "69.32%"
    # usage errors exit 2 with a message
    assert cli("rule", DEMO)[0] == 2
    assert cli("rule", DEMO, "--suggest-all", "--indicator", ADJUST)[0] == 2
    # a rule with a gap is refused, nothing changed
    gap = ('{"kind": "brackets", "unit": "%", "brackets": [{"min": null, "max": 50, "score": 1}, '
           '{"min": 60, "min_inclusive": false, "max": null, "score": 0}]}')
    code, _out, err = cli("rule", DEMO, "--indicator", ADJUST, "--set", gap)
    assert code == 1 and "50%–60%" in err


def test_monthly_template_bonus_earns_outside_the_hundred(cli) -> None:
    code, out, err = cli("template", "new", "monthly_assessment", "--name", "月度项目")
    assert code == 0, err
    leaf = "服务质量/事件处理/合理化建议被采纳（加分）"
    # two adopted suggestions: 2 × 10 = 20 points although the leaf's weight is 0
    code, out, err = cli("score", "月度项目", "--indicator", leaf, "--evaluator", "监理", "--inputs", '{"count": 2}',
                         "--json")
    assert code == 0, err
    assert json.loads(out)["value"] == 20
    code, out, _err = cli("summary", "月度项目", "--json")
    doc = json.loads(out)
    assert doc["total"] == 20 and doc["bonus"] == 20
    assert not [f for f in doc["flags"] if f["kind"] in ("weights", "out_of_range") and f["indicator"] == leaf]
    # with a cap of 15 on the rule, 2 suggestions earn 15 and 20 is refused
    assert cli("rule", "月度项目", "--indicator", leaf, "--set", '{"kind": "bonus", "per": 10, "cap": 15}')[0] == 0
    code, _out, err = cli("score", "月度项目", "--indicator", leaf, "--evaluator", "监理2", "--value", "20")
    assert code == 1 and "15" in err
    code, out, _err = cli("score", "月度项目", "--indicator", leaf, "--evaluator", "监理2", "--inputs", '{"value": 2}',
                          "--json")
    assert json.loads(out)["value"] == 15
