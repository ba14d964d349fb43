"""Framework templates: shipped ones, the seed-000 framework, and the user's own.

A template is a JSON document::

    {"name_zh", "name_en", "description_zh", "description_en",
     "grade_bands": [{"name_zh", "name_en", "min"}…],
     "framework": [nested {"name", "name_en", "weight", "children" | leaf fields}],
     "negative": [leaf specs with weight ≤ 0 and "cap"]}

Shipped templates live in ``resources/templates/*.json`` (key = file stem); the seed-000
framework is derived at run time from ``resources/demo/seed000.json`` (key ``seed000``,
scores and comments dropped). The user's templates are files in
``<data_dir>/templates/`` (key ``user:<stem>``), written atomically.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from evaltool.errors import NotFoundError, ValidationError
from evaltool.framework import add_framework, framework_stats, load_tree, node_spec
from evaltool.fsutil import atomic_write_text
from evaltool.i18n import current_language, translate
from evaltool.models import DEFAULT_GRADE_BANDS, Project
from evaltool.paths import resource
from evaltool.projects import create_project, find_project
from evaltool.validate import check_file_size, framework_problems, parse_json

SEED_KEY = "seed000"
USER_PREFIX = "user:"
MAX_TEMPLATE_BYTES = 5_000_000
TEMPLATE_DEPTH = 64  # nesting of a template: 3–5 levels of indicators, each two deep, and their rules


@dataclass
class Template:
    key: str
    name_zh: str
    name_en: str
    description_zh: str = ""
    description_en: str = ""
    grade_bands: list[dict[str, Any]] = field(default_factory=list)
    framework: list[dict[str, Any]] = field(default_factory=list)
    negative: list[dict[str, Any]] = field(default_factory=list)
    builtin: bool = True
    path: str = ""

    def name(self, lang: str | None = None) -> str:
        lang = lang or current_language()
        return (self.name_en or self.name_zh) if lang == "en" else (self.name_zh or self.name_en)

    def description(self, lang: str | None = None) -> str:
        lang = lang or current_language()
        return (self.description_en or self.description_zh) if lang == "en" else (self.description_zh or self.description_en)

    def leaves(self) -> int:
        def count(nodes: list[dict[str, Any]]) -> int:
            return sum(count(n["children"]) if n.get("children") else 1 for n in nodes)
        return count(self.framework) + len(self.negative)

    def level1_weights(self) -> list[tuple[str, float]]:
        return [(n["name"], float(n.get("weight") or 0)) for n in self.framework]

    def as_json(self, full: bool = False) -> dict[str, Any]:
        doc: dict[str, Any] = {"key": self.key, "name_zh": self.name_zh, "name_en": self.name_en,
                               "builtin": self.builtin, "leaves": self.leaves(),
                               "level1": [{"name": n, "weight": w} for n, w in self.level1_weights()]}
        if full:
            doc.update(description_zh=self.description_zh, description_en=self.description_en,
                       grade_bands=self.grade_bands, framework=self.framework, negative=self.negative)
        return doc

    def document(self) -> dict[str, Any]:
        return {"name_zh": self.name_zh, "name_en": self.name_en, "description_zh": self.description_zh,
                "description_en": self.description_en, "grade_bands": self.grade_bands,
                "framework": self.framework, "negative": self.negative}


def _from_doc(key: str, doc: dict[str, Any], builtin: bool, path: str = "") -> Template:
    if not isinstance(doc, dict) or not isinstance(doc.get("framework"), list):
        raise ValidationError(translate("Errors", "{file} is not a framework template (no “framework” list).").format(file=path or key))
    return Template(key=key, name_zh=str(doc.get("name_zh") or doc.get("name") or key),
                    name_en=str(doc.get("name_en") or ""), description_zh=str(doc.get("description_zh") or ""),
                    description_en=str(doc.get("description_en") or ""),
                    grade_bands=list(doc.get("grade_bands") or []), framework=list(doc["framework"]),
                    negative=list(doc.get("negative") or []), builtin=builtin, path=path)


def _read_json(path: Path) -> dict[str, Any]:
    """A template file read safely: size first, JSON through ``evaltool.validate.parse_json``
    (depth, finite numbers, no control characters), then its shape (``framework_problems``)."""
    check_file_size(path, MAX_TEMPLATE_BYTES, translate("Errors", "a template"))
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_TEMPLATE_BYTES + 1)
    except OSError as exc:
        raise ValidationError(translate("Errors", "Cannot read the template {file}: {error}").format(
            file=path, error=exc.strerror or exc)) from exc
    doc = parse_json(data, str(path), max_bytes=MAX_TEMPLATE_BYTES, max_depth=TEMPLATE_DEPTH)
    if not isinstance(doc, dict) or not isinstance(doc.get("framework"), list):
        raise ValidationError(translate("Errors", "{file} is not a framework template (no “framework” list).").format(file=path))
    problems = framework_problems(doc["framework"], path.name) + framework_problems(doc.get("negative"), path.name)
    bands = doc.get("grade_bands")
    if bands is not None and not (isinstance(bands, list) and all(
            isinstance(b, dict) and isinstance(b.get("min", 0), (int, float)) and not isinstance(b.get("min", 0), bool)
            for b in bands)):
        problems.append(translate("Errors", "{file}: the grade bands must be a list of {{name_zh, name_en, min}}.").format(file=path.name))
    if problems:
        raise ValidationError("; ".join(problems[:5]))
    return doc


def _strip_scores(spec: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in spec.items() if k not in ("children", "score", "comment")}
    if isinstance(out.get("rule"), dict):
        out["rule"] = {k: v for k, v in out["rule"].items() if k != "inputs"}
    if spec.get("children"):
        out["children"] = [_strip_scores(c) for c in spec["children"]]
    return out


def seed_template() -> Template:
    """The seed-000 framework (东莞 2022 一体化政务服务平台运维与运营服务项目), without scores."""
    with open(resource("demo", "seed000.json"), encoding="utf-8") as fh:
        data = json.load(fh)
    return Template(
        key=SEED_KEY,
        name_zh="运维与运营服务项目绩效评价指标体系（东莞 2022）",
        name_en="O&M and operations-service project framework (Dongguan 2022)",
        description_zh="东莞市2022年一体化政务服务平台运维与运营服务项目重点绩效评价所用指标体系：决策10、过程30、产出30、效益30，共13个二级指标、37个三级指标，含评价要点、评分标准和佐证材料。",
        description_en=("The framework of the 2022 key evaluation of Dongguan's integrated e-government platform O&M and "
                        "operations services: Decision-making 10, Process 30, Output 30, Outcomes 30; 13 level-2 and 37 "
                        "level-3 indicators with assessment points, criteria and evidence."),
        grade_bands=[{"name_zh": b["name"], "name_en": b["name_en"], "min": b["min"]} for b in DEFAULT_GRADE_BANDS],
        framework=[_strip_scores(n) for n in data["framework"]],
        negative=[],
        builtin=True, path=str(resource("demo", "seed000.json")))


def user_template_dir(data_dir: Path | str) -> Path:
    return Path(data_dir) / "templates"


def list_templates(data_dir: Path | str | None = None) -> list[Template]:
    """Shipped templates (seed 000 first), then the user's (by name)."""
    out = [seed_template()]
    folder = resource("templates")
    for p in sorted(folder.glob("*.json")) if folder.exists() else []:
        out.append(_from_doc(p.stem, _read_json(p), True, str(p)))
    if data_dir is not None:
        udir = user_template_dir(data_dir)
        users = []
        for p in sorted(udir.glob("*.json")) if udir.exists() else []:
            try:
                users.append(_from_doc(USER_PREFIX + p.stem, _read_json(p), False, str(p)))
            except ValidationError:
                continue  # a damaged user file does not hide the others
        out.extend(sorted(users, key=lambda t: t.name_zh))
    return out


def load_template(ref: str, data_dir: Path | str | None = None) -> Template:
    """A template by key (``seed000``, ``it_ops_generic``, ``user:…``), name, or JSON file path."""
    p = Path(ref)
    if ref.endswith(".json") and p.exists():
        return _from_doc(USER_PREFIX + p.stem, _read_json(p), False, str(p))
    for t in list_templates(data_dir):
        if ref in (t.key, t.name_zh, t.name_en) or (t.key.startswith(USER_PREFIX) and ref == t.key[len(USER_PREFIX):]):
            return t
    raise NotFoundError(translate("Errors", "No template “{name}”. Run “evaltool template list” to see them.").format(name=ref))


def project_grade_bands(template: Template) -> list[dict[str, Any]]:
    """Template bands ({name_zh, name_en, min}) in the project's shape ({name, name_en, min})."""
    bands = []
    for b in template.grade_bands:
        name = b.get("name_zh") or b.get("name")
        if name is None or b.get("min") is None:
            continue
        bands.append({"name": str(name), "name_en": str(b.get("name_en") or ""), "min": float(b["min"])})
    return bands or [dict(b) for b in DEFAULT_GRADE_BANDS]


def create_project_from_template(session: Session, template: Template, name: str, **fields: Any) -> Project:
    """A new project with the template's framework, negative indicators and grade bands."""
    settings = {"template": {"key": template.key, "name_zh": template.name_zh, "name_en": template.name_en}}
    project = create_project(session, name, grade_bands=project_grade_bands(template),
                             settings=settings, **fields)
    add_framework(session, project.id, template.framework, template.negative)
    return project


def apply_template(session: Session, project_id: str, template: Template) -> list[str]:
    """Append a template's framework to an existing project (the editor's "Insert template")."""
    find_project(session, project_id)
    return add_framework(session, project_id, template.framework, template.negative)


def template_from_project(session: Session, project_id: str, name_zh: str, name_en: str = "",
                          description_zh: str = "", description_en: str = "") -> dict[str, Any]:
    """A template document of a project's framework (weights, texts, rules; no scores)."""
    if not (name_zh or "").strip():
        raise ValidationError(translate("Errors", "A template needs a name."))
    project = find_project(session, project_id)
    roots = load_tree(session, project_id)
    return {
        "name_zh": name_zh.strip(), "name_en": (name_en or "").strip(),
        "description_zh": description_zh, "description_en": description_en,
        "grade_bands": [{"name_zh": b.get("name"), "name_en": b.get("name_en", ""), "min": b.get("min", 0)}
                        for b in (project.grade_bands or [])],
        "framework": [node_spec(n) for n in roots if not n.is_negative],
        "negative": [node_spec(n) for n in roots if n.is_negative],
        "source": {"project": project.name, "stats": framework_stats(roots)},
    }


def _slug(name: str) -> str:
    s = re.sub(r"[\\/:*?\"<>|\s]+", "_", name.strip()).strip("._")
    return s[:80] or "template"


def save_template(data_dir: Path | str, doc: dict[str, Any], overwrite: bool = False) -> Template:
    """Write a user template to ``<data_dir>/templates/<name>.json`` (temp file, fsync, rename)."""
    folder = user_template_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{_slug(doc['name_zh'])}.json"
    if target.exists() and not overwrite:
        raise ValidationError(translate("Errors", "A template named “{name}” exists already.").format(name=doc["name_zh"]))
    atomic_write_text(target, json.dumps(doc, ensure_ascii=False, indent=2))
    return _from_doc(USER_PREFIX + target.stem, doc, False, str(target))


def delete_template(data_dir: Path | str, key: str) -> None:
    t = load_template(key, data_dir)
    if t.builtin:
        raise ValidationError(translate("Errors", "Shipped templates cannot be deleted."))
    Path(t.path).unlink(missing_ok=True)
