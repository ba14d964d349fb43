"""Import of score sheets in the shapes people make them (built here with openpyxl).

Expected weights and scores come from seed 000 (resources/demo/seed000.json, the
report's 指标得分表) and from the sheets the tests write, never from the importer.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from evaltool.db import Database
from evaltool.errors import Cancelled, ImportFormatError
from evaltool.framework import iter_leaves, load_tree, validate_framework
from evaltool.i18n import set_language
from evaltool.models import Evaluator, FinalScore, Project
from evaltool.paths import resource
from evaltool.scoresheet import import_sheet, parse_sheet, split_weight
from evaltool.scoring import project_summary
from evaltool.textio import decode_text

SEED = json.loads(resource("demo", "seed000.json").read_text(encoding="utf-8"))


def seed_leaves() -> list[tuple[str, str, dict[str, Any]]]:
    return [(l1["name"], l2["name"], leaf) for l1 in SEED["framework"] for l2 in l1["children"]
            for leaf in l2["children"]]


def write_seed_sheet(path: Path, *, title_rows: int = 1) -> Path:
    """Seed 000 as the export writes it: title, merged 一级/二级 cells, 小计 and 合计 rows."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "指标得分表"
    for i in range(title_rows):
        ws.append(["东莞市2022年一体化政务服务平台运维与运营服务项目绩效评价指标得分表" if i == 0 else "评价机构：某会计师事务所"])
        ws.merge_cells(start_row=i + 1, start_column=1, end_row=i + 1, end_column=9)
    ws.append(["一级指标", "二级指标", "三级指标", "分值", "指标说明", "评分标准", "得分", "得分率", "评价意见"])
    r = ws.max_row + 1
    for l1 in SEED["framework"]:
        r1 = r
        for l2 in l1["children"]:
            r2 = r
            for leaf in l2["children"]:
                ws.append([l1["name"], l2["name"], leaf["name"], leaf["weight"], leaf["description"],
                           leaf["criteria"], leaf["score"], f"{leaf['score'] / leaf['weight']:.2%}", leaf["comment"]])
                r += 1
            ws.merge_cells(start_row=r2, start_column=2, end_row=r - 1, end_column=2)
        ws.append([None, "小计", None, l1["weight"], None, None, None])
        r += 1
        ws.merge_cells(start_row=r1, start_column=1, end_row=r - 1, end_column=1)
    ws.append(["合计", None, None, 100, None, None, 81.415, "81.42%"])
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    wb.save(path)
    return path


@pytest.fixture(scope="session")
def seed_sheet(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_seed_sheet(tmp_path_factory.mktemp("sheets") / "seed000.xlsx")


def tree_weights(db: Database, pid: str) -> dict[str, float]:
    with db.read_session() as s:
        from evaltool.framework import walk
        return {n.path: n.weight for n in walk(load_tree(s, pid))}


# -- the seed 000 sheet -------------------------------------------------------------

def test_seed000_sheet_gives_back_all_37_leaves_weights_and_scores(db: Database, seed_sheet: Path) -> None:
    with db.session() as s:
        res = import_sheet(s, seed_sheet)
    assert res.indicators == 37 and res.scores == 37 and res.warnings == []
    weights = tree_weights(db, res.project_id)
    for l1 in SEED["framework"]:
        assert weights[l1["name"]] == l1["weight"]  # 10 / 30 / 30 / 30
        for l2 in l1["children"]:
            assert weights[f"{l1['name']}/{l2['name']}"] == l2["weight"]
    for a, b, leaf in seed_leaves():
        assert weights[f"{a}/{b}/{leaf['name']}"] == leaf["weight"]
    with db.read_session() as s:
        sm = project_summary(s, res.project_id)
        assert round(sm.total, 3) == 81.415 and sm.grade == "良"
        assert [round(r.score, 3) for r in sm.level1] == [7.25, 23.925, 24.84, 25.4]  # seed 000 附表
        leaves = {lf.path: lf for lf in iter_leaves(load_tree(s, res.project_id))}
        first = leaves["决策/项目立项/立项依据充分性"]
        assert first.description.startswith("①项目立项是否符合") and "\n②" in first.description  # multi-line kept
        p = s.get(Project, res.project_id)
        assert p.name == "东莞市2022年一体化政务服务平台运维与运营服务项目"  # the title without 绩效评价指标得分表
        assert validate_framework(load_tree(s, res.project_id)) == []


def test_imported_scores_are_final_and_attributed_to_an_imported_evaluator(db: Database, seed_sheet: Path) -> None:
    with db.session() as s:
        res = import_sheet(s, seed_sheet, name="导入测试")
    with db.read_session() as s:
        finals = list(s.query(FinalScore).filter_by(project_id=res.project_id))
        assert len(finals) == 37
        assert all(f.method == "set" and "seed000.xlsx" in f.reason for f in finals)
        ev = s.get(Evaluator, finals[0].decided_by)
        assert ev.role == "imported" and ev.name == "导入：seed000.xlsx"
        assert s.get(Project, res.project_id).name == "导入测试"
        by_name = {lf.name: lf.id for lf in iter_leaves(load_tree(s, res.project_id))}
        fin = {f.indicator_id: f for f in finals}
        assert fin[by_name["预算执行率"]].value == 5.925
        assert fin[by_name["预算调整率"]].value == 0
        assert "本项合计得 2 分" in fin[by_name["立项依据充分性"]].comment


def test_parse_is_a_preview_that_writes_nothing(db: Database, seed_sheet: Path) -> None:
    parsed = parse_sheet(seed_sheet)
    assert parsed.sheet == "指标得分表" and parsed.header_rows == [2]
    assert parsed.columns["weight"] == "D" and parsed.columns["score"] == "G"
    assert len(parsed.leaves()) == 37 and parsed.total_score == 81.415
    with db.read_session() as s:
        assert s.query(Project).count() == 0


# -- other shapes --------------------------------------------------------------------

def test_two_row_header_weights_in_names_values_filled_down(db: Database, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "评分表"
    ws.append(["某项目绩效评价指标体系及评分表"])
    ws.append(["评价指标", None, None, "指标分值", "评价要点", "评分规则", "评价得分", "扣分原因"])
    ws.append(["一级指标", "二级指标", "三级指标"])
    ws.merge_cells("A2:C2")
    ws.merge_cells("D2:D3")
    rows = [
        ("决策（16）", "项目立项(4)", "立项依据充分性", 2, 2, ""),
        ("决策（16）", "项目立项(4)", "立项程序规范性", 2, 1.5, "缺少专家论证"),
        ("决策（16）", "绩效目标（12）", "目标合理性", 6, 6, ""),
        ("决策（16）", "绩效目标（12）", "指标明确性", 6, 4, "指标未细化\n量化不足"),
        ("过程（84）", "资金管理（84）", "预算执行率", 84, 80.5, ""),
    ]
    for a, b, c, w, sc, why in rows:
        ws.append([a, b, c, w, "①…\n②…", "每项0.5分", sc, why])
    path = tmp_path / "two_row.xlsx"
    wb.save(path)
    parsed = parse_sheet(path)
    assert parsed.header_rows == [2, 3]
    assert parsed.title == "某项目"  # without 绩效评价指标体系及评分表
    with db.session() as s:
        res = import_sheet(s, path)
    w = tree_weights(db, res.project_id)
    assert w == {"决策": 16, "决策/项目立项": 4, "决策/项目立项/立项依据充分性": 2, "决策/项目立项/立项程序规范性": 2,
                 "决策/绩效目标": 12, "决策/绩效目标/目标合理性": 6, "决策/绩效目标/指标明确性": 6,
                 "过程": 84, "过程/资金管理": 84, "过程/资金管理/预算执行率": 84}
    with db.read_session() as s:
        sm = project_summary(s, res.project_id)
        assert sm.total == pytest.approx(2 + 1.5 + 6 + 4 + 80.5)
        leaf = next(lf for lf in iter_leaves(load_tree(s, res.project_id)) if lf.name == "指标明确性")
        assert sm.leaves[leaf.id].comment == "指标未细化\n量化不足"


def test_one_row_per_node_csv_gb18030_with_synonyms_and_negative_indicators(db: Database, tmp_path: Path) -> None:
    text = "\n".join([
        "序号,一级指标,二级指标,三级指标,权重（%）,评价要点,评分标准,评分,评价说明",
        "1,产出,,,60,,,,",
        ",,产出数量,,60,,,,",
        ",,,运维服务完成率,30,\"①巡检\n②报告\",按完成率计分,27,少一次巡检",
        ",,,驻场人员到位率,30,,,30,",
        "2,效益,,,40,,,,",
        ",,满意度,,40,,,,",
        ",,,使用单位满意度,40,,≥90%满分,36.5,",
        "3,逆向指标,,,-10,,,,",
        ",,负面事件,,-10,,每起扣2分,-2,发生1起安全事件",
        "小计,,,,100,,,91.5,",
        "注：得分率=得分/分值,,,,,,,,",
    ]) + "\n"
    path = tmp_path / "sheet.csv"
    path.write_bytes(text.encode("gb18030"))
    with db.session() as s:
        res = import_sheet(s, path)
    assert res.indicators == 4
    with db.read_session() as s:
        roots = load_tree(s, res.project_id)
        assert [(n.name, n.weight, n.is_negative) for n in roots] == [
            ("产出", 60, False), ("效益", 40, False), ("逆向指标", -10, True)]
        neg = roots[2].children[0]
        assert (neg.name, neg.weight, neg.is_negative, neg.cap) == ("负面事件", -10, True, -10)
        leaf = roots[0].children[0].children[0]
        assert leaf.description == "①巡检\n②报告" and leaf.criteria == "按完成率计分"
        sm = project_summary(s, res.project_id)
        assert sm.total == pytest.approx(27 + 30 + 36.5 - 2)
        assert validate_framework(roots) == []


def test_utf8_bom_and_plain_utf8_csv_are_read() -> None:
    body = "一级指标,三级指标,分值\n决策,立项,2\n"
    assert decode_text(("\ufeff" + body).encode("utf-8")) == body
    assert decode_text(body.encode("utf-8")) == body
    assert decode_text(body.encode("gb18030")) == body


def test_one_weight_column_per_level(db: Database, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分"])
    ws.append(["决策", 20, "项目立项", 8, "立项依据充分性", 4, 4])
    ws.append(["决策", 20, "项目立项", 8, "立项程序规范性", 4, 3])
    ws.append(["决策", 20, "资金投入", 12, "预算编制科学性", 12, 10])
    ws.append(["过程", 80, "组织实施", 80, "制度执行有效性", 80, 72])
    path = tmp_path / "levels.xlsx"
    wb.save(path)
    with db.session() as s:
        res = import_sheet(s, path)
    w = tree_weights(db, res.project_id)
    assert w["决策"] == 20 and w["决策/项目立项"] == 8 and w["决策/资金投入"] == 12 and w["过程"] == 80
    assert w["决策/项目立项/立项程序规范性"] == 4


def test_flat_filled_down_level_names_without_merges_and_sheet_choice(db: Database, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "说明"
    notes.append(["本表由评价组填写"])
    ws = wb.create_sheet("得分")
    ws.append(["一级指标", "二级指标", "三级指标", "分值", "得分"])
    ws.append(["决策", "项目立项", "立项依据充分性", 50, 45])
    ws.append([None, None, "立项程序规范性", 30, 30])
    ws.append([None, "绩效目标", "目标合理性", 20, 15])
    path = tmp_path / "flat.xlsx"
    wb.save(path)
    parsed = parse_sheet(path)
    assert parsed.sheet == "得分" and parsed.sheets == ["说明", "得分"]
    with db.session() as s:
        res = import_sheet(s, path, sheet="得分")
    assert tree_weights(db, res.project_id) == {
        "决策": 100, "决策/项目立项": 80, "决策/项目立项/立项依据充分性": 50,
        "决策/项目立项/立项程序规范性": 30, "决策/绩效目标": 20, "决策/绩效目标/目标合理性": 20}


def test_weight_in_name_parsing() -> None:
    assert split_weight("决策（16）") == ("决策", 16)
    assert split_weight("项目立项(4)") == ("项目立项", 4)
    assert split_weight("产出（30分）") == ("产出", 30)
    assert split_weight("预算执行率（%）") == ("预算执行率（%）", None)
    assert split_weight("满意度（2022）") == ("满意度（2022）", None)


# -- bad input -------------------------------------------------------------------------

def _sheet(path: Path, rows: list[list[Any]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_non_numeric_weight_and_score_above_weight_are_warned_with_row_and_column(db: Database, tmp_path: Path) -> None:
    set_language("en")
    path = _sheet(tmp_path / "bad.xlsx", [
        ["标题"],
        ["一级指标", "三级指标", "分值", "得分"],
        ["决策", "立项依据充分性", "两分", 1],
        ["决策", "目标合理性", 2, 3],
        ["决策", "预算科学性", 97, 90],
    ])
    with db.session() as s:
        res = import_sheet(s, path)
    text = "\n".join(res.warnings)
    assert "row 3, column C" in text and "两分" in text
    assert "row 4, column D" in text and "3" in text
    with db.read_session() as s:
        roots = load_tree(s, res.project_id)
        sm = project_summary(s, res.project_id)
        kinds = {p.kind for p in validate_framework(roots)}
    assert "total" in kinds  # 0 + 2 + 97 ≠ 100: the problem stays visible
    by = {lr.name: lr.score for lr in sm.leaves.values()}
    # the unreadable weight became 0, so its score 1 is out of range too and left empty
    assert by == {"立项依据充分性": None, "目标合理性": None, "预算科学性": 90}


def test_no_recognisable_header_names_the_sheet(tmp_path: Path) -> None:
    path = _sheet(tmp_path / "noheader.xlsx", [["姓名", "电话"], ["张三", "123"]])
    with pytest.raises(ImportFormatError) as ei:
        parse_sheet(path)
    assert ei.value.sheet == "Sheet1" and "noheader.xlsx" in str(ei.value)
    with pytest.raises(ImportFormatError, match=r"没有|no sheet|There is no sheet|Sheet9"):
        parse_sheet(path, sheet="Sheet9")


def test_not_a_spreadsheet_and_corrupt_workbook(tmp_path: Path) -> None:
    fake = tmp_path / "report.xlsx"
    fake.write_text("这不是表格", encoding="utf-8")
    with pytest.raises(ImportFormatError):
        parse_sheet(fake)
    png = tmp_path / "photo.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    with pytest.raises(ImportFormatError):
        parse_sheet(png)
    corrupt = tmp_path / "broken.xlsx"
    corrupt.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    with pytest.raises(ImportFormatError, match=r"broken.xlsx"):
        parse_sheet(corrupt)


def test_password_protected_workbooks_are_refused(tmp_path: Path) -> None:
    # Excel saves an encrypted .xlsx as an OLE compound file with an EncryptionInfo stream.
    enc = tmp_path / "secret.xlsx"
    enc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512 + "EncryptionInfo".encode("utf-16-le") + b"\0" * 512)
    with pytest.raises(ImportFormatError, match=r"secret.xlsx") as ei:
        parse_sheet(enc)
    assert "password" in ei.value.message.lower() or "密码" in ei.value.message


def test_entity_expansion_is_refused(tmp_path: Path, seed_sheet: Path) -> None:
    bomb = tmp_path / "bomb.xlsx"
    dtd = ('<!DOCTYPE worksheet [<!ENTITY lol "lol">'
           '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>')
    with zipfile.ZipFile(seed_sheet) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = data.decode("utf-8")
                cut = text.index("?>") + 2 if text.startswith("<?xml") else 0
                data = (text[:cut] + dtd + text[cut:]).encode("utf-8")
            dst.writestr(item, data)
    with pytest.raises(ImportFormatError, match=r"bomb.xlsx"):
        parse_sheet(bomb)


def test_workbook_expanding_to_absurd_size_is_refused(tmp_path: Path, seed_sheet: Path) -> None:
    big = tmp_path / "big.xlsx"
    shutil.copy(seed_sheet, big)
    with zipfile.ZipFile(big, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/media/padding.bin", b"\0" * (210 * 1024 * 1024))  # 210 MB of zeros, ~200 KB packed
    assert big.stat().st_size < 2_000_000
    with pytest.raises(ImportFormatError, match=r"big.xlsx"):
        parse_sheet(big)


def test_failed_or_cancelled_import_creates_nothing(db: Database, seed_sheet: Path) -> None:
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 20

    with pytest.raises(Cancelled), db.session() as s:
        import_sheet(s, seed_sheet, cancelled=cancelled)
    with db.read_session() as s:
        assert s.query(Project).count() == 0
        assert s.query(Evaluator).filter_by(role="imported").count() == 0


# -- old .xls files (LibreOffice converts the seed sheet once per session) ----------------

@pytest.fixture(scope="session")
def seed_xls(tmp_path_factory: pytest.TempPathFactory, seed_sheet: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        pytest.skip("LibreOffice is not installed")
    out = tmp_path_factory.mktemp("xls")
    profile = tmp_path_factory.mktemp("lo-profile")
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "xls",
                    "--outdir", str(out), str(seed_sheet)], check=True, capture_output=True, timeout=180)
    return out / "seed000.xls"


def test_xls_sheet_with_merged_cells_is_read(db: Database, seed_xls: Path) -> None:
    with db.session() as s:
        res = import_sheet(s, seed_xls)
    assert res.indicators == 37
    with db.read_session() as s:
        sm = project_summary(s, res.project_id)
    assert round(sm.total, 3) == 81.415
    assert [r.weight for r in sm.level1] == [10, 30, 30, 30]
