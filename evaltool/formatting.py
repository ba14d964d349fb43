"""How figures are shown to people (domain.md §2): scores up to 3 decimals, rates as
percentages with 2 decimals. Same digits in both languages."""
from __future__ import annotations


def fmt_score(x: float | None) -> str:
    """Up to 3 decimals, trailing zeros dropped: 81.415, 7.25, 10."""
    if x is None:
        return ""
    s = f"{x:.3f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def fmt_rate(r: float | None) -> str:
    """A fraction as a percentage with 2 decimals: 0.8142 → 81.42%."""
    return "" if r is None else f"{r * 100:.2f}%"
