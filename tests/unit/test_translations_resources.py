"""Built-in framework and questionnaire templates carry both languages.

An English-reading expert picks a template or reads a questionnaire: every name, question
and option the app shows from these files must have an English form beside the Chinese.
(Criteria texts of framework templates become project data once used and stay as written.)
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from evaltool.paths import resources_dir

QUESTIONNAIRES = sorted((resources_dir() / "questionnaires").glob("*.json"))
FRAMEWORKS = sorted((resources_dir() / "templates").glob("*.json"))


def _pairs_missing(doc: Any, where: str = "") -> list[str]:
    """Every ``x_zh`` without a non-empty ``x_en`` (and the reverse), anywhere in ``doc``."""
    out: list[str] = []
    if isinstance(doc, dict):
        for key, val in doc.items():
            if key.endswith("_zh") and val and not doc.get(key[:-3] + "_en"):
                out.append(f"{where}/{key}={val!r} has no {key[:-3]}_en")
            if key.endswith("_en") and val and not (doc.get(key[:-3] + "_zh") or doc.get(key[:-3])):
                out.append(f"{where}/{key}={val!r} has no {key[:-3]}_zh")  # or the bare key, e.g. name
            out += _pairs_missing(val, f"{where}/{key}")
    elif isinstance(doc, list):
        for i, val in enumerate(doc):
            out += _pairs_missing(val, f"{where}[{i}]")
    return out


def test_there_are_built_in_templates() -> None:
    assert len(QUESTIONNAIRES) >= 3 and len(FRAMEWORKS) >= 2


@pytest.mark.parametrize("path", QUESTIONNAIRES, ids=lambda p: p.stem)
def test_questionnaire_template_is_bilingual(path: Path) -> None:
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["name_zh"] and doc["name_en"]
    for q in doc["questions"]:
        assert q.get("text_zh") and q.get("text_en"), f"{path.name} {q.get('key')}: question needs both texts"
        for opt in q.get("options") or []:
            assert opt.get("label_zh") and opt.get("label_en"), f"{path.name} {q.get('key')} option {opt.get('code')}"
    assert _pairs_missing(doc) == []


def _nodes(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for n in nodes:
        out.append(n)
        out += _nodes(n.get("children") or [])
    return out


@pytest.mark.parametrize("path", FRAMEWORKS, ids=lambda p: p.stem)
def test_framework_template_is_bilingual(path: Path) -> None:
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["name_zh"] and doc["name_en"] and doc["description_zh"] and doc["description_en"]
    nodes = _nodes(doc["framework"])
    assert nodes
    no_english = [n["name"] for n in nodes if not n.get("name_en")]
    assert no_english == [], f"{path.name}: indicators without an English name"
    for band in doc.get("grade_bands") or []:
        assert band.get("name_zh") and band.get("name_en"), f"{path.name}: grade band {band}"
    assert _pairs_missing(doc) == []
