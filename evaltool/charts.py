"""Survey charts as PNG images for the Word report (Qt-free, drawn with Pillow).

``satisfaction_by_group_png(tally, lang)``: one bar per respondent group plus the pooled
overall bar, satisfaction rate with its Wilson 95% interval, n under each bar.
``option_distribution_png(question_tally, lang)``: share of answers per option (count
and percentage on each bar; for multiple choice, share of respondents).

Both return PNG bytes, 1600 × 900 px (16:9, sharp at 16 cm wide at 250 dpi). CJK text
uses WenQuanYi Micro Hei when installed, else another CJK font found on the system,
else Pillow's default font (Latin only).
"""
from __future__ import annotations

import io
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont

from evaltool.i18n import translate

WIDTH, HEIGHT = 1600, 900
BAR = (46, 117, 182)
OVERALL = (237, 125, 49)
SAT = (46, 117, 182)
UNSAT = (165, 165, 165)
GRID = (217, 217, 217)
TEXT = (38, 38, 38)
MUTED = (110, 110, 110)

FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/simhei.ttf",
    "/System/Library/Fonts/PingFang.ttc",
    "/Library/Fonts/Arial Unicode.ttf",
)


@lru_cache(maxsize=1)
def font_path() -> str | None:
    """A font file with Chinese glyphs, or None."""
    env = os.environ.get("EVALTOOL_CJK_FONT")
    for cand in ((env,) if env else ()) + FONT_CANDIDATES:
        if cand and Path(cand).exists():
            return cand
    for folder in ("/usr/share/fonts", "/usr/local/share/fonts", str(Path.home() / ".fonts")):
        root = Path(folder)
        if not root.is_dir():
            continue
        for pattern in ("*microhei*", "*zenhei*", "*CJK*", "*SourceHan*", "*Droid*Fallback*"):
            hit = next(iter(sorted(root.rglob(pattern))), None)
            if hit is not None and hit.suffix.lower() in (".ttc", ".ttf", ".otf"):
                return str(hit)
    return None


@lru_cache(maxsize=16)
def chart_font(size: int) -> Any:
    """The CJK font at ``size`` pixels (``font_path``), else Pillow's default; cached."""
    path = font_path()
    if path:
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            pass
    try:
        return ImageFont.load_default(size)
    except TypeError:  # Pillow < 10.1
        return ImageFont.load_default()


def _get(obj: Any, key: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(key, default)
    return getattr(obj, key, default)


def _tr(text: str, lang: str) -> str:
    return translate("Charts", text, lang)


def _pct(r: float | None) -> str:
    return "—" if r is None else f"{r * 100:.2f}%"


def _text_w(draw: ImageDraw.ImageDraw, text: str, font: Any) -> float:
    return draw.textlength(text, font=font)


def _fit(draw: ImageDraw.ImageDraw, text: str, font: Any, width: float) -> str:
    if _text_w(draw, text, font) <= width:
        return text
    while text and _text_w(draw, text + "…", font) > width:
        text = text[:-1]
    return text + "…"


def _wrap(draw: ImageDraw.ImageDraw, text: str, font: Any, width: float, lines: int = 2) -> list[str]:
    """Greedy wrap at spaces (English) or between characters (Chinese); at most ``lines``."""
    tokens = [t + " " for t in text.split(" ")] if " " in text else list(text)
    out: list[str] = []
    cur = ""
    for i, tok in enumerate(tokens):
        if _text_w(draw, (cur + tok).rstrip(), font) > width and cur:
            out.append(cur.rstrip())
            cur = ""
            if len(out) == lines:
                out[-1] = _fit(draw, out[-1] + " " + "".join(tokens[i:]).rstrip(), font, width)
                return out
        cur += tok
    if cur.strip():
        out.append(_fit(draw, cur.rstrip(), font, width))
    return out


def _canvas(title: str, subtitle: str = "") -> tuple[Image.Image, ImageDraw.ImageDraw]:
    img = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(img)
    f = chart_font(44)
    draw.text((WIDTH / 2, 48), _fit(draw, title, f, WIDTH - 120), font=f, fill=TEXT, anchor="mt")
    if subtitle:
        fs = chart_font(28)
        draw.text((WIDTH / 2, 108), _fit(draw, subtitle, fs, WIDTH - 120), font=fs, fill=MUTED, anchor="mt")
    return img, draw


def _png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=True)
    return buf.getvalue()


def _axis(draw: ImageDraw.ImageDraw, left: int, top: int, right: int, bottom: int) -> None:
    f = chart_font(26)
    for pct in range(0, 101, 20):
        y = bottom - (bottom - top) * pct / 100
        draw.line([(left, y), (right, y)], fill=GRID, width=2)
        draw.text((left - 14, y), f"{pct}%", font=f, fill=MUTED, anchor="rm")
    draw.line([(left, bottom), (right, bottom)], fill=TEXT, width=3)


def satisfaction_by_group_png(tally: Any, lang: str = "zh_CN") -> bytes:
    """Bars of satisfaction rate per group and overall (pooled), with 95% intervals.

    ``tally``: a ``SurveyTally`` or its ``as_json()`` dict.
    """
    data = tally.as_json() if hasattr(tally, "as_json") else tally
    groups = [g for g in data.get("groups", []) if g.get("n")]
    overall = data.get("overall") or {}
    bars = [(g["name"], g.get("rate"), g.get("ci"), g["n"], BAR) for g in groups]
    if overall.get("n"):
        bars.append((_tr("Overall", lang), overall.get("rate"), overall.get("ci"), overall["n"], OVERALL))
    survey = data.get("survey") or {}
    name = (survey.get("name_en") or survey.get("name")) if lang == "en" else (survey.get("name") or "")
    img, draw = _canvas(_tr("Satisfaction rate by respondent group", lang),
                        f"{name} · " + _tr("bars: top-two-box rate; lines: 95% confidence interval", lang))
    left, top, right, bottom = 150, 200, WIDTH - 70, HEIGHT - 150
    _axis(draw, left, top, right, bottom)
    if not bars:
        draw.text(((left + right) / 2, (top + bottom) / 2), _tr("No answers yet", lang), font=chart_font(40),
                  fill=MUTED, anchor="mm")
        return _png(img)
    slot = (right - left) / len(bars)
    bw = min(220.0, slot * 0.55)
    fl, fv, fn = chart_font(30), chart_font(32), chart_font(26)
    for i, (label, rate, ci, n, colour) in enumerate(bars):
        cx = left + slot * (i + 0.5)
        if rate is not None:
            y = bottom - (bottom - top) * rate
            draw.rectangle([cx - bw / 2, y, cx + bw / 2, bottom], fill=colour)
            if ci:
                y_lo, y_hi = (bottom - (bottom - top) * ci[0], bottom - (bottom - top) * ci[1])
                draw.line([(cx, y_lo), (cx, y_hi)], fill=TEXT, width=3)
                for yy in (y_lo, y_hi):
                    draw.line([(cx - 18, yy), (cx + 18, yy)], fill=TEXT, width=3)
            # the rate above the bar and its interval, so the whisker never crosses it
            top_y = bottom - (bottom - top) * max(rate, ci[1] if ci else rate)
            draw.text((cx, top_y - 8), _pct(rate), font=fv, fill=TEXT, anchor="mb")
        for k, line in enumerate(_wrap(draw, label, fl, slot - 16)):
            draw.text((cx, bottom + 14 + 36 * k), line, font=fl, fill=TEXT, anchor="mt")
        draw.text((cx, bottom + 88), f"n={n}", font=fn, fill=MUTED, anchor="mt")
    return _png(img)


def option_distribution_png(question_tally: Any, lang: str = "zh_CN") -> bytes:
    """Horizontal bars: share of each option of one question (``QuestionTally`` or its JSON)."""
    q = question_tally.as_json() if hasattr(question_tally, "as_json") else question_tally
    text = (q.get("text_en") or q.get("text")) if lang == "en" else (q.get("text") or q.get("text_en"))
    kind = q.get("kind")
    if kind == "multi":
        sub = _tr("Share of respondents choosing each option (several allowed), n = {n}", lang).format(n=q.get("respondents", 0))
    else:
        sub = _tr("Share of valid answers, n = {n}", lang).format(n=q.get("n", 0))
        if q.get("rate") is not None:
            sub += " · " + _tr("satisfaction rate {rate}", lang).format(rate=_pct(q.get("rate")))
    img, draw = _canvas(text or q.get("key", ""), sub)
    opts = q.get("options") or []
    if not opts:
        draw.text((WIDTH / 2, HEIGHT / 2), _tr("No options to chart", lang), font=chart_font(40), fill=MUTED, anchor="mm")
        return _png(img)
    label_w = 520
    left, top, right, bottom = 60 + label_w, 190, WIDTH - 230, HEIGHT - 70
    slot = (bottom - top) / len(opts)
    bh = min(80.0, slot * 0.62)
    fl, fv = chart_font(max(20, min(32, int(slot * 0.38)))), chart_font(max(20, min(30, int(slot * 0.36))))
    fa = chart_font(24)
    for pct in range(0, 101, 20):
        x = left + (right - left) * pct / 100
        draw.line([(x, top - 10), (x, bottom)], fill=GRID, width=2)
        draw.text((x, bottom + 8), f"{pct}%", font=fa, fill=MUTED, anchor="mt")
    for i, o in enumerate(opts):
        cy = top + slot * (i + 0.5)
        label = (o.get("label_en") or o.get("label")) if lang == "en" else (o.get("label") or o.get("label_en"))
        lines = _wrap(draw, str(label), fl, label_w - 20, 2 if slot > 70 else 1)
        lh = fl.size * 1.2 if hasattr(fl, "size") else 30
        for k, line in enumerate(lines):
            draw.text((left - 16, cy + (k - (len(lines) - 1) / 2) * lh), line, font=fl, fill=TEXT, anchor="rm")
        share = o.get("share") or 0.0
        colour = SAT if o.get("satisfied") else (BAR if kind == "multi" else UNSAT)
        x = left + (right - left) * share
        draw.rectangle([left, cy - bh / 2, max(left + 2, x), cy + bh / 2], fill=colour)
        draw.text((x + 12, cy), f"{_pct(o.get('share'))}  ({o.get('count', 0)})", font=fv, fill=TEXT, anchor="lm")
    draw.line([(left, top - 10), (left, bottom)], fill=TEXT, width=3)
    return _png(img)
