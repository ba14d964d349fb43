"""Save screenshots of the home page and every project page of the demo (offscreen).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [zh_CN|en] [OUT_DIR]
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from evaltool.db import open_database
    from evaltool.identity import ensure_profile
    from evaltool.ui.app import ensure_app, make_settings, start_window

    lang = sys.argv[1] if len(sys.argv) > 1 else "zh_CN"
    out = Path(sys.argv[2] if len(sys.argv) > 2 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = ensure_app()
    data = Path(tempfile.mkdtemp(prefix="evaltool-shots-"))
    db = open_database(data)
    ensure_profile(db, "张明" if lang == "zh_CN" else "Zhang Ming", "lead")
    win = start_window(db, make_settings(data), lang, ask_profile=False)
    win.resize(1500, 950)
    win.show()
    app.processEvents()
    suffix = "" if lang == "zh_CN" else "-en"
    win.show_home()
    app.processEvents()
    win.grab().save(str(out / f"ui-home{suffix}.png"))
    for page in win.pages:
        win.show_page(page.key)
        for _ in range(5):
            app.processEvents()
        win.grab().save(str(out / f"ui-{page.key}{suffix}.png"))
    win.close()
    db.close()
    print(f"saved to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
