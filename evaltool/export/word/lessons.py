"""Chapter 三、经验、问题与建议: the team's achievements, problems and suggestions sections."""
from __future__ import annotations

from evaltool.export.word.document import ReportBuilder


def write_lessons(b: ReportBuilder) -> None:
    d = b.d
    b.heading(1, b.t("lessons"))
    for key in ("achievements", "problems", "suggestions"):
        if d.sections.get(key, "").strip():
            b.narrative(d.sections[key], base=1, generated=[(2, b.t(key))])
