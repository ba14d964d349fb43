"""Random frameworks written in every supported layout come back as the same tree.

The sheets are written by ``tests.unit.sheetgen`` from a framework hypothesis draws
(2–3 levels, Chinese names, odd weights, scores, 逆向指标); the expected tree, weights
and scores are that framework, never the importer's output. Each sheet also states its
own totals (and sometimes a grade, subtotals, notes): it must import with no warning,
and a sheet whose stated total is changed must warn, naming the total's row.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evaltool.i18n import set_language
from evaltool.scoresheet import ParsedSheet, iter_parsed, parse_sheet
from tests.unit import sheetgen
from tests.unit.sheetgen import LAYOUTS, Node, Style

# 25 examples per test keep the suite fast; SHEETGEN_EXAMPLES=400 explores further (by hand)
SETTINGS = settings(max_examples=int(os.environ.get("SHEETGEN_EXAMPLES", "25")), deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.large_base_example,
                                           HealthCheck.too_slow])


@st.composite
def styles(draw: Any, layout: str | None = None) -> Style:
    lay = layout or draw(st.sampled_from(LAYOUTS))
    columns = not lay.startswith("outline")
    return Style(
        layout=lay,
        merged=draw(st.booleans()) if lay in ("merged", "weight_per_level", "combined") else False,
        header_rows=draw(st.sampled_from([1, 2, 3] if columns and lay != "weight_per_level" else [1, 2])),
        top=draw(st.integers(0, 3)),
        left=draw(st.integers(0, 2)),
        number_form=draw(st.sampled_from(["plain", "unit", "fullwidth", "comma", "text_forms"])),
        total=draw(st.sampled_from(["", *sheetgen.TOTAL_LABELS, *sheetgen.UNLABELLED_TOTALS])),
        subtotals=columns and lay not in ("per_node",) and draw(st.booleans()),
        grade=draw(st.booleans()),
        note=draw(st.booleans()),
        blank_rows=draw(st.booleans()),
        positive_caps=draw(st.booleans()),
    )


def got_tree(parsed: ParsedSheet) -> list[tuple[int, str, float, float | None, bool]]:
    return [(lvl, path, round(n.weight or 0.0, 6), n.score if n.is_leaf else None, n.is_negative)
            for lvl, path, n in iter_parsed(parsed.roots)]


def want_tree(roots: list[Node]) -> list[tuple[int, str, float, float | None, bool]]:
    return [(lvl, path, round(w, 6), s, neg) for lvl, path, w, s, neg in sheetgen.expected(roots)]


def check_roundtrip(parsed: ParsedSheet, roots: list[Node], style: Style) -> None:
    assert got_tree(parsed) == want_tree(roots), (style, parsed.warnings)
    assert parsed.warnings == [], (style, parsed.warnings)
    assert parsed.reconciles
    if style.total:
        total = round(sum(n.total() for n in roots), 6)
        assert any(s.kind == "total" and s.agrees and s.score == pytest.approx(total) for s in parsed.stated), style
    if style.top and style.facts:
        assert parsed.facts.get("name") == "某市数字政府运维项目"
    if style.top >= 2 and style.facts:
        assert parsed.facts["evaluation_agency"] == "某某会计师事务所"
        assert parsed.facts["reference_date"] == "2023-12-31"


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_layout_gives_back_the_framework_xlsx(layout: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    set_language("en")
    folder = tmp_path_factory.mktemp(layout)

    @SETTINGS
    @given(roots=sheetgen.framework(), style=styles(layout))
    def run(roots: list[Node], style: Style) -> None:
        path = sheetgen.save_xlsx(sheetgen.write_rows(roots, style), folder / "sheet.xlsx")
        check_roundtrip(parse_sheet(path), roots, style)

    run()


@SETTINGS
@given(roots=sheetgen.framework(), style=styles())
def test_every_layout_gives_back_the_framework_gb18030_csv(roots: list[Node], style: Style,
                                                          tmp_path_factory: pytest.TempPathFactory) -> None:
    # a CSV has no merged cells: a merged name is in the first of its rows only (a sparse sheet)
    set_language("en")
    path = sheetgen.save_csv(sheetgen.write_rows(roots, style), tmp_path_factory.mktemp("csv") / "评分表.csv")
    check_roundtrip(parse_sheet(path), roots, style)


@SETTINGS
@given(roots=sheetgen.framework(), style=styles(), delta=st.sampled_from([-5.0, -0.5, 0.25, 1.0, 12.0]))
def test_a_stated_total_that_disagrees_is_a_warning_naming_its_row(roots: list[Node], style: Style, delta: float,
                                                                   tmp_path_factory: pytest.TempPathFactory) -> None:
    set_language("en")
    style.total = "合计"
    laid = sheetgen.write_rows(roots, style)
    assert laid.total_row is not None
    row = laid.rows[laid.total_row - 1]
    score_col = next(i for r in laid.header_rows for i, v in enumerate(laid.rows[r - 1]) if v == "得分")
    row[score_col] = round(row[score_col] + delta, 6)
    path = sheetgen.save_xlsx(laid, tmp_path_factory.mktemp("bad") / "sheet.xlsx")
    parsed = parse_sheet(path)
    assert got_tree(parsed) == want_tree(roots)  # the rows are read as they are
    assert not parsed.reconciles
    text = "\n".join(parsed.warnings)
    assert f"row {laid.total_row}, column " in text and "states the total score" in text, text


# -- .xls, converted by LibreOffice once per session ----------------------------------------------

XLS_CASES = [
    (3, Style(layout="merged", merged=True, header_rows=2, top=2, total="合计", subtotals=True, grade=True)),
    (2, Style(layout="outline_cn", header_rows=1, top=1, number_form="unit", total="以上各项之和", note=True)),
    (3, Style(layout="weight_per_level", merged=True, top=0, left=1, total="总分", positive_caps=True)),
    (3, Style(layout="combined", merged=False, header_rows=3, top=2, number_form="text_forms", total="综合得分")),
    (3, Style(layout="outline_dec", header_rows=2, top=1, number_form="comma", total="合计", grade=True)),
    (2, Style(layout="per_node", header_rows=1, top=2, number_form="fullwidth", total="本项目综合得分", blank_rows=True)),
]


@pytest.fixture(scope="session")
def xls_sheets(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Path, list[Node], Style]]:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        pytest.skip("LibreOffice is not installed")
    src = tmp_path_factory.mktemp("xls-src")
    out = tmp_path_factory.mktemp("xls")
    profile = tmp_path_factory.mktemp("lo-profile-layouts")
    cases: list[tuple[Path, list[Node], Style]] = []
    for i, (levels, style) in enumerate(XLS_CASES):
        roots = _fixed_framework(i, levels)
        sheetgen.save_xlsx(sheetgen.write_rows(roots, style), src / f"case{i}.xlsx")
        cases.append((out / f"case{i}.xls", roots, style))
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "xls",
                    "--outdir", str(out), *sorted(str(p) for p in src.iterdir())],
                   check=True, capture_output=True, timeout=300)
    return cases


def _fixed_framework(i: int, levels: int) -> list[Node]:
    """A framework for the .xls cases, written out by hand: weights add to 100, odd ones."""
    neg = Node("逆向指标", -5.0, negative=True, children=[Node("安全事件扣分", -5.0, -2.0, negative=True)])
    if levels == 2:
        return [Node("决策", 17.5, children=[Node(f"立项依据{i}", 7.5, 6.25), Node("绩效目标合理性", 10.0, 8.0)]),
                Node("产出", 82.5, children=[Node("运维完成率", 40.5, 40.5), Node("响应及时率", 42.0, 37.75, comment="两次超时")]),
                neg]
    return [Node("决策", 20.0, children=[Node("项目立项", 12.5, children=[Node(f"立项依据{i}", 6.0, 5.5), Node("立项程序", 6.5, 6.5)]),
                                         Node("绩效目标", 7.5, children=[Node("目标明确性", 7.5, 5.0, comment="指标未量化")])]),
            Node("过程", 30.0, children=[Node("资金管理", 30.0, children=[Node("预算执行率", 15.0, 14.25),
                                                                        Node("资金使用合规性", 15.0, None)])]),
            Node("效益", 50.0, children=[Node("满意度", 50.0, children=[Node("使用单位满意度", 50.0, 44.75)])]),
            neg]


@pytest.mark.parametrize("case", range(len(XLS_CASES)))
def test_xls_sheets_give_back_the_framework(case: int, xls_sheets: list[tuple[Path, list[Node], Style]]) -> None:
    set_language("en")
    path, roots, style = xls_sheets[case]
    check_roundtrip(parse_sheet(path), roots, style)
