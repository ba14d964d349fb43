"""Charts of the score rates per level-1 and per level-2 indicator (图2-1, 图2-2), as PNG.

Horizontal bars, one per indicator, labelled with the indicator's name and its rate
(the same figures as the tables: ``export.figures``); a dashed line marks the project's
overall rate. Negative indicators have no rate and are not drawn. Drawn with Pillow
(Qt-free), 1600 px wide, the height growing with the number of bars.
"""
from __future__ import annotations

import io
from typing import Any

from PIL import Image, ImageDraw

from evaltool.charts import chart_font
from evaltool.export.figures import NodeScore
from evaltool.formatting import fmt_rate

WIDTH = 1600
BAR = (46, 117, 182)
LOW = (237, 125, 49)  # bars under the overall rate
GRID = (217, 217, 217)
TEXT = (38, 38, 38)
MUTED = (110, 110, 110)


def _fit(draw: ImageDraw.ImageDraw, text: str, font: Any, width: float) -> str:
    if draw.textlength(text, font=font) <= width:
        return text
    while text and draw.textlength(text + "…", font=font) > width:
        text = text[:-1]
    return text + "…"


def rate_bars_png(title: str, rows: list[tuple[str, float]], overall: float | None, overall_label: str) -> bytes:
    """Bars of ``rows`` [(label, rate as a fraction)], with the overall rate as a dashed line."""
    bar_h, gap = 44, 22
    top, left, right = 130, 430, WIDTH - 170
    height = top + len(rows) * (bar_h + gap) + 110
    img = Image.new("RGB", (WIDTH, max(height, 360)), "white")
    draw = ImageDraw.Draw(img)
    draw.text((WIDTH / 2, 40), _fit(draw, title, chart_font(44), WIDTH - 120), font=chart_font(44), fill=TEXT, anchor="mt")
    bottom = top + len(rows) * (bar_h + gap)
    f_axis = chart_font(26)
    for pct in range(0, 101, 20):
        x = left + (right - left) * pct / 100
        draw.line([(x, top - 10), (x, bottom)], fill=GRID, width=2)
        draw.text((x, bottom + 12), f"{pct}%", font=f_axis, fill=MUTED, anchor="mt")
    f_label, f_value = chart_font(30), chart_font(28)
    for i, (label, rate) in enumerate(rows):
        y = top + i * (bar_h + gap)
        share = min(max(rate, 0.0), 1.0)
        colour = LOW if overall is not None and rate < overall - 1e-9 else BAR
        draw.rectangle([left, y, left + (right - left) * share, y + bar_h], fill=colour)
        draw.text((left - 16, y + bar_h / 2), _fit(draw, label, f_label, left - 40), font=f_label, fill=TEXT,
                  anchor="rm")
        draw.text((left + (right - left) * share + 12, y + bar_h / 2), fmt_rate(rate), font=f_value, fill=TEXT,
                  anchor="lm")
    if overall is not None:
        x = left + (right - left) * min(max(overall, 0.0), 1.0)
        for y in range(top - 14, bottom, 18):
            draw.line([(x, y), (x, min(y + 10, bottom))], fill=(192, 0, 0), width=3)
        draw.text((x, bottom + 48), f"{overall_label} {fmt_rate(overall)}", font=f_axis, fill=(192, 0, 0), anchor="mt")
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=True)
    return buf.getvalue()


def _rows(nodes: list[NodeScore]) -> list[tuple[str, float]]:
    return [(n.name, n.rate) for n in nodes if not n.negative and n.rate is not None and n.scored]


def score_rate_charts(data: Any) -> dict[str, bytes]:
    """{"level1": png, "level2": png} for ``ReportData`` (a chart with no bar is left out)."""
    from evaltool.export.report_text import L

    lang = data.lang
    overall = data.summary.rate
    out: dict[str, bytes] = {}
    level1 = [data.nodes[r.id] for r in data.roots if r.id in data.nodes]
    rows = _rows(level1)
    if rows:
        out["level1"] = rate_bars_png(L("chart_level1", lang), rows, overall, L("chart_overall", lang))
    level2 = [data.nodes[c.id] for r in data.roots if not r.is_negative for c in r.children if c.id in data.nodes]
    rows = _rows(level2)
    if len(rows) > 1:
        out["level2"] = rate_bars_png(L("chart_level2", lang), rows, overall, L("chart_overall", lang))
    return out
