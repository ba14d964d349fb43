"""Money helpers against seed 000's figures (万元)."""
from __future__ import annotations

import pytest

from evaltool.check import find_claims
from evaltool.db import Database
from evaltool.money import adjustment_rate, budget_lines, execution_rate
from evaltool.scoring import fmt_rate


def test_rates_of_seed_000() -> None:
    assert fmt_rate(execution_rate(49.2, 49.625)) == "99.14%"
    assert fmt_rate(adjustment_rate(149, 49.625)) == "66.69%"
    assert fmt_rate(adjustment_rate(509.4, 152.4)) == "70.08%"


def test_combined_adjustment_is_pooled_not_averaged(demo_db: Database, demo_project_id: str) -> None:
    with demo_db.read_session() as s:
        lines, combined = budget_lines(s, demo_project_id)
    assert [fmt_rate(x.adjustment_rate) for x in lines] == ["70.08%", "66.69%"]
    assert round(combined.adjustment, 3) == 456.375
    assert fmt_rate(combined.adjustment_rate) == "69.32%"  # 456.375 / 658.4
    assert fmt_rate(lines[1].execution_rate) == "99.14%"


def test_arithmetic_check_finds_seed_000_error() -> None:
    # the money panel and `money --check` use the one checker (evaltool.check)
    claims = find_claims("测算依据：3.23 × 1.8405 = 5.82 万元；复核 3.23×1.8405=5.94；456.375/658.4=69.32%")
    assert [c.ok for c in claims] == [False, True, True]  # 3.23 × 1.8405 = 5.944815
    assert claims[0].expected_text().startswith("5.94")
    assert find_claims("no figures here") == []


# -- budget lines, definitions, reconciliation (issue 18) -------------------------------------

def test_adjustment_rate_definitions_with_seed_000_figures(db: Database) -> None:
    """Seed 000 moved 357 (运维) and 99.375 (运营)万元 to other projects: 456.375 / 658.4 = 69.32 %
    under every definition; a line that was only cut has no moved amount to count."""
    from evaltool.money import money_overview, set_adjustment_definition, set_line
    from evaltool.projects import create_project

    with db.session() as s:
        pid = create_project(s, "调整率").id
        set_line(s, pid, "运维服务项目", 2022, approved=509.4, adjusted=152.4, actual=152.4, moved_out=357)
        set_line(s, pid, "运营服务项目", 2022, approved=149, adjusted=49.625, actual=49.2, moved_out=99.375)
        set_line(s, pid, "新增项目", 2022, approved=10, adjusted=12, actual=12)  # an increase of 2
        ov = money_overview(s, pid)
        # change: |152.4 − 509.4| + |49.625 − 149| + |12 − 10| = 458.375 over 668.4
        assert fmt_rate(ov.combined.adjustment_rate) == "68.58%"
        assert fmt_rate(ov.by_sub_project[2].adjustment_rate) == "20.00%"
        set_adjustment_definition(s, pid, "cut")
        ov = money_overview(s, pid)
        assert ov.by_sub_project[2].adjustment == 0  # an increase is not a cut
        assert fmt_rate(ov.combined.adjustment_rate) == "68.28%"  # 456.375 / 668.4
        set_adjustment_definition(s, pid, "moved_recovered")
        ov = money_overview(s, pid)
        assert fmt_rate(ov.by_sub_project[0].adjustment_rate) == "70.08%"  # 357 / 509.4
        assert fmt_rate(ov.by_sub_project[1].adjustment_rate) == "66.69%"  # 99.375 / 149
        assert ov.by_sub_project[2].adjustment_rate is None  # nothing moved or recovered recorded
        assert fmt_rate(ov.combined.adjustment_rate) == "68.28%"  # 456.375 / 668.4
        assert fmt_rate(ov.combined.execution_rate) == "99.80%"  # 213.6 / 214.025


def test_lines_reconcile_with_the_stated_totals_and_with_themselves(db: Database) -> None:
    from evaltool.money import money_overview, set_line
    from evaltool.projects import create_project

    with db.session() as s:
        pid = create_project(s, "对账", budget_approved=700, budget_adjusted=200, actual_spending=201.6).id
        set_line(s, pid, "A", None, approved=509.4, adjusted=152.4, actual=152.4)
        set_line(s, pid, "B", None, approved=149, adjusted=49.625, actual=49.2, moved_out=90)
        warnings = money_overview(s, pid).warnings
    # 509.4 + 149 = 658.4, not the stated 700; 152.4 + 49.625 = 202.025, not 200
    assert any("700" in w and "658.4" in w for w in warnings)
    assert any("200" in w and "202.025" in w for w in warnings)
    assert not any("201.6" in w for w in warnings)  # 152.4 + 49.2 = 201.6 is right
    # B: 149 − 90 moved = 59, but the adjusted budget is 49.625
    assert any(w.startswith("B") and "59" in w and "49.625" in w for w in warnings)


def test_multi_year_lines_sum_per_year_and_per_sub_project(db: Database) -> None:
    from evaltool.money import money_overview, set_line
    from evaltool.projects import create_project

    with db.session() as s:
        pid = create_project(s, "三年项目").id
        set_line(s, pid, "基础平台", 2019, approved=100, adjusted=80, actual=78)
        set_line(s, pid, "基础平台", 2020, approved=200, adjusted=150, actual=150)
        set_line(s, pid, "民生保障", 2020, approved=50, adjusted=50, actual=40)
        ov = money_overview(s, pid)
    assert ov.multi_year and ov.years == [2019, 2020]
    assert [(x.name, x.approved, x.actual) for x in ov.by_sub_project] == [("基础平台", 300, 228), ("民生保障", 50, 40)]
    assert [(x.year, x.approved, x.adjusted) for x in ov.by_year] == [(2019, 100, 80), (2020, 250, 200)]
    assert fmt_rate(ov.combined.execution_rate) == "95.71%"  # (78 + 150 + 40) / (80 + 150 + 50) = 268 / 280


def test_amounts_read_as_typed_and_refused_otherwise() -> None:
    from evaltool.errors import ValidationError
    from evaltool.money import parse_amount

    assert parse_amount("509.40万元") == 509.4
    assert parse_amount("1,501,850元") == pytest.approx(150.185)
    assert parse_amount(" 49.625 ") == 49.625
    assert parse_amount("") is None
    for bad in ("1,5", "五百", "12.3.4"):
        with pytest.raises(ValidationError):
            parse_amount(bad)


def test_cli_line_syntax_with_a_signed_adjustment() -> None:
    from evaltool.cli.money import parse_line
    from evaltool.errors import ValidationError

    assert parse_line(["运维服务项目", "2022", "批复=509.4", "调整=-357", "实际=152.4"]) == (
        "运维服务项目", 2022, {"approved": 509.4, "adjusted": pytest.approx(152.4), "actual": 152.4})
    assert parse_line(["", "approved=10"]) == ("", None, {"approved": 10.0})
    with pytest.raises(ValidationError, match="批复"):
        parse_line(["A", "调整=-5"])  # a change needs the approved budget it changes
    with pytest.raises(ValidationError, match="budget=3"):
        parse_line(["A", "budget=3"])


def test_a_rule_reads_the_money_figures_live(db: Database) -> None:
    """预算执行率 as rate × weight and 预算调整率 as brackets, fed by the lines (domain §3, §8)."""
    from evaltool.money import money_link, set_line
    from evaltool.projects import create_project
    from evaltool.rules import propose

    with db.session() as s:
        pid = create_project(s, "规则").id
        set_line(s, pid, "A", 2022, approved=149, adjusted=49.625, actual=49.2)
        link = {"money": money_link(pid, "execution_rate")}
        p = propose({"kind": "rate", "money": "execution_rate"}, link, 6, session=s)
        assert p.score == pytest.approx(5.95)  # 49.2 / 49.625 = 99.14 % × 6 = 5.948 → 5.95
        brackets = {"kind": "brackets", "unit": "%", "money": "adjustment_rate", "brackets": [
            {"min": None, "max": 10, "score": 2}, {"min": 10, "max": 30, "min_inclusive": False, "score": 1},
            {"min": 30, "max": None, "min_inclusive": False, "score": 0}]}
        p = propose(brackets, {"money": money_link(pid, "adjustment_rate")}, 2, session=s)
        assert p.score == 0  # 99.375 / 149 = 66.69 % > 30 %
        set_line(s, pid, "A", 2022, adjusted=140, actual=140)  # the line is corrected: 9 / 149 = 6.04 %
        p = propose(brackets, {"money": money_link(pid, "adjustment_rate")}, 2, session=s)
        assert p.score == 2


def test_rename_and_delete_lines_keep_their_amounts(db: Database) -> None:
    from evaltool.errors import ValidationError
    from evaltool.money import delete_line, line_state, money_overview, rename_line, restore_line, set_line
    from evaltool.projects import create_project

    with db.session() as s:
        pid = create_project(s, "改名").id
        set_line(s, pid, "子项目 1", 2023, approved=10, actual=9)
        set_line(s, pid, "B", 2023, approved=1)
        rename_line(s, pid, "子项目 1", 2023, "A", 2022)
        ov = money_overview(s, pid)
        assert [(x.name, x.year, x.approved, x.actual) for x in ov.lines] == [("A", 2022, 10, 9), ("B", 2023, 1, None)]
        with pytest.raises(ValidationError, match="B 2023"):
            rename_line(s, pid, "A", 2022, "B", 2023)
        state = line_state(s, pid, "A", 2022)
        delete_line(s, pid, "A", 2022)
        assert [x.name for x in money_overview(s, pid).lines] == ["B"]
        restore_line(s, pid, "A", 2022, state)  # undo
        assert [x.name for x in money_overview(s, pid).lines] == ["A", "B"]


def test_cli_apply_rules_scores_the_demos_adjustment_rate_from_its_lines(demo_db: Database, demo_project_id: str,
                                                                         capsys) -> None:
    """The demo's 预算调整率 rule reads the money (seed 000: 69.32 % > 30 % → 0 of 2)."""
    import json

    from evaltool.cli import main

    data = str(demo_db.data_dir)
    demo_db.close()
    assert main(["--data-dir", data, "whoami", "--name", "赵评价", "--role", "member"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "money", demo_project_id, "--apply-rules", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    (applied,) = doc["applied"]
    assert (applied["indicator"], applied["score"]) == ("过程/资金管理/预算调整率", "0")
    assert applied["working"].startswith("69.316%")  # 456.375 / 658.4, compared unrounded with the brackets
