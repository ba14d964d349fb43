"""Money helpers against seed 000's figures (万元)."""
from __future__ import annotations

from evaltool.db import Database
from evaltool.money import adjustment_rate, budget_lines, check_arithmetic, execution_rate
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
    checks = check_arithmetic("测算依据：3.23 × 1.8405 = 5.82 万元；复核 3.23×1.8405=5.94；456.375/658.4=69.32%")
    assert [(c.ok, round(c.computed, 4)) for c in checks] == [(False, 5.9448), (True, 5.9448), (True, 0.6932)]
    assert "5.94" in checks[0].message
    assert check_arithmetic("no figures here") == []
