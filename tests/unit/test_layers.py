"""The core never imports Qt: only evaltool/ui/ may (the layering contract)."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PKG = Path(__file__).resolve().parents[2] / "evaltool"
FORBIDDEN = ("PySide6", "shiboken6", "evaltool.ui")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def test_no_module_outside_ui_imports_qt_or_ui() -> None:
    offenders = []
    for path in PKG.rglob("*.py"):
        rel = path.relative_to(PKG)
        if rel.parts[0] == "ui":
            continue
        for name in _imports(path):
            if any(name == f or name.startswith(f + ".") for f in FORBIDDEN):
                offenders.append(f"{rel}: {name}")
    assert offenders == []


def test_models_import_nothing_else_of_ours() -> None:
    offenders = []
    for path in (PKG / "models").rglob("*.py"):
        for name in _imports(path):
            if name.startswith("evaltool.") and not name.startswith("evaltool.models"):
                offenders.append(f"{path.name}: {name}")
    assert offenders == []


def test_core_imports_and_works_with_qt_unavailable(tmp_path: Path) -> None:
    """Block PySide6 entirely, import every core module and build the demo."""
    code = f"""
import sys, importlib, pathlib
sys.modules['PySide6'] = None
sys.modules['shiboken6'] = None
import evaltool
root = pathlib.Path(evaltool.__file__).parent
for f in sorted(root.rglob('*.py')):
    rel = f.relative_to(root)
    if rel.parts[0] == 'ui' or 'migrations' in rel.parts or rel.name == '__main__.py':
        continue
    parts = ['evaltool', *rel.with_suffix('').parts]
    if parts[-1] == '__init__':
        parts = parts[:-1]
    importlib.import_module('.'.join(parts))
from evaltool.cli import main
sys.exit(main(['--data-dir', {str(tmp_path)!r}, 'demo']))
"""
    res = subprocess.run(check=False, args=[sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
