"""The demo's contracts in the exports: the report chapter (only with contracts), the
payment statement files, and a duplicated project keeping its contracts.

Demo figures by hand (evaltool/contracts/demo.py, seed-001 terms): the O&M contract
(1,524,000.00 元, three installments of 508,000.00). Period 1: 93, 91, 88, 95 → 91.75 →
优秀; base 406,400.00 + pool 101,600.00 − March catalogue 98 % (2 × 2,000 = 4,000.00) =
504,000.00. Period 2: 86; June from the leaves = 7.5 + 5 + 7.5 + (7.5 + 5) / 2 + (20 + 15) / 2
+ 20 = 63.75 plus timeliness 18 (a business fault answered in 20 of 15 minutes) = 81.75;
84 (SLA 97.5 %: 2,500.00); 90 → 341.75 / 4 = 85.4375 → 85.438 → 良好, pool 81,280.00 →
485,180.00. Period 3: 92, 94, 89, 96 + 10 = 106 → 95.25 → 优秀 → 508,000.00. Year 1,497,180.00.
"""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from docx import Document

from evaltool.contracts import find_contract, list_contracts, payment_statement
from evaltool.db import Database
from evaltool.export import export_project
from evaltool.export.payment import export_payment_statement
from evaltool.projects import create_project, duplicate_project


def test_the_demo_contract_statement(demo_db: Database, demo_project_id: str) -> None:
    with demo_db.read_session() as s:
        st = payment_statement(s, find_contract(s, demo_project_id, "运维服务合同").id)
    assert [i.average for i in st.installments] == [Decimal("91.750"), Decimal("85.438"), Decimal("95.250")]
    assert [i.grade["name"] for i in st.installments] == ["优秀", "良好", "优秀"]
    assert [i.payable for i in st.installments] == [Decimal("504000.00"), Decimal("485180.00"), Decimal("508000.00")]
    june = st.months["2022-06"]
    assert (june.source, june.timeliness, june.score) == ("leaves", 18, 81.75)
    assert st.payable == Decimal("1497180.00") and st.warnings == []


def test_report_has_the_contracts_chapter_only_with_contracts(demo_db: Database, demo_project_id: str,
                                                               tmp_path: Path) -> None:
    out = tmp_path / "报告.docx"
    export_project(demo_db, demo_project_id, docx=out)
    doc = Document(str(out))
    heads = [(p.style.name, p.text) for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert ("Heading 1", "四、服务合同月度考核与付款情况") in heads  # after 二、评价工作开展情况 and 三、绩效评价结果
    assert ("Heading 2", "（一）运维服务合同") in heads and ("Heading 2", "（二）运营服务合同") in heads
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "平均90.813分，等级为优秀" in text  # (93+91+88+95+86+81.75+84+90+92+94+89+106) / 12 = 90.8125 → 90.813
    cells = {c.text for t in doc.tables for r in t.rows for c in r.cells}
    assert "1,497,180.00" in cells and "485,180.00" in cells
    with demo_db.session() as s:
        plain = create_project(s, "没有合同的项目").id
    out2 = tmp_path / "无合同.docx"
    export_project(demo_db, plain, docx=out2)
    assert not any("服务合同月度考核" in p.text for p in Document(str(out2)).paragraphs)


def test_statement_files_in_english(demo_db: Database, demo_project_id: str, tmp_path: Path) -> None:
    with demo_db.read_session() as s:
        cid = find_contract(s, demo_project_id, "运营服务合同").id
    docx = tmp_path / "statement.docx"
    export_payment_statement(demo_db, cid, docx=docx, lang="en")
    doc = Document(str(docx))
    assert doc.paragraphs[0].text == "Payment statement: 运营服务合同"
    header = [c.text for c in doc.tables[1].rows[0].cells]
    assert header[:3] == ["Installment", "Service period", "Installment amount"]
    # 运营: 1–6 (88+85+90+87+82+86)/6 = 86.333 → Good; 7–12 (91+89+84+80+78+85)/6 = 84.5 → Good;
    # base 196,800.00 + pool 49,200.00 × 80 % = 39,360.00; October SLA 99 % costs 1,000.00
    rows = [[c.text for c in r.cells] for r in doc.tables[1].rows[1:]]
    assert [r[4] for r in rows[:2]] == ["86.333", "84.500"] and [r[5] for r in rows[:2]] == ["Good", "Good"]
    assert [r[11] for r in rows] == ["236,160.00", "235,160.00", "471,320.00"]


def test_a_duplicated_project_keeps_its_contracts(demo_db: Database, demo_project_id: str) -> None:
    with demo_db.session() as s:
        dup = duplicate_project(s, demo_project_id, "副本").id
    with demo_db.read_session() as s:
        copies = list_contracts(s, dup)
        assert [c.name for c in copies] == ["运维服务合同", "运营服务合同"]
        st = payment_statement(s, copies[0].id)
        assert st.payable == Decimal("1497180.00")  # months, leaf scores and faults came along
        assert st.months["2022-06"].score == 81.75
