#!/usr/bin/env python3
"""Write translations into a catalogue from a JSON file, without opening Qt Linguist.

    .venv/bin/python scripts/fill_translations.py zh.json [--lang zh_CN]

``zh.json`` maps ``"Context|English source"`` to the translation, e.g.
``{"Runner|Please wait": "请稍候"}``. Each matching message of
``translations/evaltool_<lang>.ts`` gets that text and is marked finished; keys that match
nothing are listed (exit 1). Run ``scripts/update_translations.py`` afterwards: it checks the
placeholders and compiles the ``.qm``.
"""
from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET  # only our own .ts files (not user input)
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("pairs", type=Path, help='JSON file: {"Context|source": "translation", …}')
    ap.add_argument("--lang", default="zh_CN")
    args = ap.parse_args(argv)
    pairs: dict[str, str] = json.loads(args.pairs.read_text(encoding="utf-8"))
    path = ROOT / "translations" / f"evaltool_{args.lang}.ts"
    tree = ET.parse(path)
    used = set()
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            key = f"{name}|{msg.findtext('source')}"
            tr = msg.find("translation")
            if key in pairs and tr is not None:
                tr.text = pairs[key]
                tr.attrib.pop("type", None)
                used.add(key)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    unknown = sorted(set(pairs) - used)
    print(f"{len(used)} of {len(pairs)} translations written to {path.relative_to(ROOT)}")
    for key in unknown:
        print(f"  no such message: {key}")
    return 1 if unknown else 0


if __name__ == "__main__":
    sys.exit(main())
