"""Draws the app icon (resources/icons/evaltool.png and .ico) with Pillow.

Run by hand when the design changes: ``.venv/bin/python resources/icons/draw_icon.py``.
The generated files are committed, so a build needs no Pillow. The design: a
government-report blue tile holding a rising bar chart (the score sheet) and a
check mark (the evaluation verdict), readable down to 16 px.
"""
from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
SIZE = 1024  # drawn large, scaled down with antialiasing


def draw(size: int = SIZE) -> Image.Image:
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    u = size / 64  # design grid of 64 units
    d.rounded_rectangle([2 * u, 2 * u, 62 * u, 62 * u], radius=12 * u, fill=(21, 76, 140, 255))
    d.rounded_rectangle([2 * u, 2 * u, 62 * u, 33 * u], radius=12 * u, fill=(33, 99, 173, 255))
    d.rectangle([2 * u, 20 * u, 62 * u, 33 * u], fill=(33, 99, 173, 255))
    # bars of the score sheet
    base = 52 * u
    for x, h in ((12, 14), (23, 22), (34, 30)):
        d.rounded_rectangle([x * u, base - h * u, (x + 8) * u, base], radius=1.5 * u, fill=(255, 255, 255, 255))
    # the verdict: a red check mark (the colour of an official seal)
    pts = [(40 * u, 30 * u), (46 * u, 37 * u), (57 * u, 18 * u)]
    d.line(pts, fill=(214, 40, 40, 255), width=int(6 * u), joint="curve")
    for p in (pts[0], pts[2]):
        r = 3 * u
        d.ellipse([p[0] - r, p[1] - r, p[0] + r, p[1] + r], fill=(214, 40, 40, 255))
    d.line([(10 * u, base + 1.5 * u), (54 * u, base + 1.5 * u)], fill=(255, 255, 255, 200), width=int(1.5 * u))
    return img


def main() -> None:
    big = draw()
    png = big.resize((256, 256), Image.Resampling.LANCZOS)
    png.save(HERE / "evaltool.png")
    big.save(HERE / "evaltool.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])


if __name__ == "__main__":
    main()
