"""The payment statement as tables of text, in the statement's language (Chinese or English).

Both writers (Excel, Word) print these, so the two files always say the same thing.
Wording is held here in both languages, like the report's (``export.report_text``): a
Chinese statement reads as a Chinese finance document on an English desktop too. Money
is shown in 元 with thousands separators and 2 decimals; averages with 3 decimals.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from evaltool.contracts import Statement, fmt_money
from evaltool.contracts.payment import InstallmentStatement
from evaltool.contracts.terms import HUNDRED
from evaltool.formatting import fmt_score
from evaltool.i18n import localized

LABELS: dict[str, tuple[str, str]] = {
    "title": ("合同价款支付结算单（{contract}）", "Payment statement: {contract}"),
    "project": ("项目名称", "Project"),
    "contract": ("合同名称", "Contract"),
    "vendor": ("乙方（服务单位）", "Vendor"),
    "amount": ("合同金额（元）", "Contract amount (yuan)"),
    "terms": ("支付方式", "Terms of payment"),
    "terms_text": ("每笔应支付合同价款的{base}%为基本服务金，固定支付；{pool}%为绩效考核金，按该笔价款服务期内月度考核得分的平均值评定等级后支付：{bands}。",
                   "{base}% of each installment is a fixed base; {pool}% is a performance pool, paid by the grade of the average "
                   "monthly score of its service period: {bands}."),
    "band": ("{name}（≥{min}分）支付{pay}%", "{name} (≥{min}) {pay}%"),
    "penalty_terms": ("扣罚标准", "Penalties"),
    "penalty_text": ("服务目录完成率未达到100%的，每低1个百分点扣罚{catalog}元；SLA指标达标率未达到100%的，每低1个百分点扣罚{sla}元；在该月所属分期的应付款中扣除。",
                     "{catalog} yuan per percentage point of service-catalogue completion below 100%, {sla} yuan per point "
                     "of SLA compliance below 100%, deducted from the installment whose period holds the month."),
    "summary": ("一、分期支付计算", "1. Payment per installment"),
    "no": ("序号", "No."),
    "installment": ("分期", "Installment"),
    "period": ("服务期", "Service period"),
    "inst_amount": ("应支付合同价款", "Installment amount"),
    "assessed": ("考核月数", "Months assessed"),
    "average": ("月度平均分", "Average score"),
    "grade": ("等级", "Grade"),
    "share": ("绩效金支付比例", "Pool paid"),
    "base": ("基本服务金", "Base"),
    "pool": ("绩效考核金", "Performance pool"),
    "pool_paid": ("应付绩效考核金", "Pool earned"),
    "penalties": ("扣罚金额", "Penalties"),
    "payable": ("应付金额", "Payable"),
    "total": ("合计", "Total"),
    "months": ("三、月度考核明细", "3. Monthly assessments"),
    "month": ("月份", "Month"),
    "timeliness": ("时效性", "Timeliness"),
    "base_score": ("考核得分", "Assessment"),
    "bonus": ("加分", "Bonus"),
    "score": ("月度得分", "Month score"),
    "source": ("来源", "Source"),
    "source_direct": ("考核表", "Client's sheet"),
    "source_leaves": ("评分汇总", "Leaf scores"),
    "catalog_rate": ("服务目录完成率", "Catalogue completion"),
    "sla_rate": ("SLA达标率", "SLA compliance"),
    "faults": ("故障数", "Faults"),
    "penalty_items": ("二、扣罚明细", "2. Penalties, itemised"),
    "item": ("扣罚项目", "Item"),
    "rate": ("实际完成率", "Rate achieved"),
    "shortfall": ("差额（百分点）", "Shortfall (points)"),
    "per_point": ("扣罚标准（元/百分点）", "Yuan per point"),
    "penalty_amount": ("扣罚金额（元）", "Amount (yuan)"),
    "catalog": ("服务目录完成率", "Service-catalogue completion"),
    "sla": ("SLA指标达标率", "SLA compliance"),
    "no_penalties": ("本期无扣罚。", "No penalties."),
    "notes": ("说明", "Notes"),
    "rounding": ("金额单位为元。基本服务金 = 应支付合同价款 × {base}%，四舍五入到分；绩效考核金 = 应支付合同价款 − 基本服务金；"
                 "月度平均分为服务期内已考核月份得分（含合理化建议加分）的算术平均，四舍五入保留3位小数，按该平均分评定等级；"
                 "应付绩效考核金、每项扣罚均四舍五入到分；应付金额 = 基本服务金 + 应付绩效考核金 − 扣罚金额。",
                 "Amounts in yuan. Base = installment × {base}%, rounded half up to the fen; pool = installment − base; the "
                 "average is the mean of the scores of the assessed months of the period (bonus included), rounded half up "
                 "to 3 decimals, and graded as rounded; pool earned and each penalty rounded half up to the fen; payable = "
                 "base + pool earned − penalties."),
    "provisional": ("（暂估）", " (provisional)"),
    "warnings": ("需核实事项", "To check"),
    "prepared": ("编制人：", "Prepared by:"),
    "checked": ("审核人：", "Checked by:"),
    "approved": ("甲方确认：", "Approved (client):"),
    "date": ("日期：", "Date:"),
    "sheet_statement": ("付款结算单", "Payment statement"),
    "sheet_months": ("月度考核明细", "Monthly assessments"),
    "sheet_penalties": ("扣罚明细", "Penalties"),
    "unit_note": ("单位：元", "Unit: yuan"),
}


def lbl(key: str, lang: str) -> str:
    zh, en = LABELS[key]
    return en if lang == "en" else zh


def pct(share: Decimal | None) -> str:
    return "" if share is None else f"{(share * HUNDRED).normalize():f}%"


def rate_pct(rate: Decimal | None) -> str:
    return "" if rate is None else f"{rate.normalize():f}%"


@dataclass
class Table:
    title: str
    headers: list[str]
    rows: list[list[str]]
    total: list[str] | None = None
    numeric: tuple[int, ...] = ()  # columns aligned right


@dataclass
class StatementDoc:
    title: str
    info: list[tuple[str, str]]
    tables: list[Table]
    notes: list[str]
    warnings: list[str] = field(default_factory=list)
    signatures: list[str] = field(default_factory=list)


def _bands_text(st: Statement, lang: str) -> str:
    parts = [lbl("band", lang).format(name=localized(b["name"], b.get("name_en"), lang), min=f"{float(b['min']):g}",
                                      pay=f"{float(b['pay']):g}") for b in st.contract.bands]
    return ("；" if lang != "en" else "; ").join(parts)


def _inst_row(n: int, i: InstallmentStatement, lang: str) -> list[str]:
    flag = "" if i.complete or i.average is None else lbl("provisional", lang)
    return [i.installment.label or str(n), i.installment.period, fmt_money(i.installment.amount),
            f"{len(i.assessed)}/{len(i.months)}", "" if i.average is None else f"{i.average:.3f}",
            i.grade_name(lang), pct(i.share), fmt_money(i.base), fmt_money(i.pool), fmt_money(i.pool_paid),
            fmt_money(i.penalty_total), fmt_money(i.payable) + flag]


def statement_doc(st: Statement, project_name: str, lang: str) -> StatementDoc:
    c = st.contract
    base_pct = (c.base_share * HUNDRED).normalize()
    info = [(lbl("project", lang), project_name), (lbl("contract", lang), c.name), (lbl("vendor", lang), c.vendor),
            (lbl("amount", lang), fmt_money(c.amount)),
            (lbl("terms", lang), lbl("terms_text", lang).format(base=f"{base_pct:f}", pool=f"{(HUNDRED - base_pct).normalize():f}",
                                                               bands=_bands_text(st, lang))),
            (lbl("penalty_terms", lang), lbl("penalty_text", lang).format(catalog=fmt_money(c.catalog_penalty),
                                                                          sla=fmt_money(c.sla_penalty)))]
    summary = Table(lbl("summary", lang),
                    [lbl(k, lang) for k in ("installment", "period", "inst_amount", "assessed", "average", "grade",
                                            "share", "base", "pool", "pool_paid", "penalties", "payable")],
                    [_inst_row(n, i, lang) for n, i in enumerate(st.installments, start=1)],
                    [lbl("total", lang), "", fmt_money(st.amount), "", "", "", "", fmt_money(st.base),
                     fmt_money(st.pool), fmt_money(st.pool_paid), fmt_money(st.penalty_total),
                     fmt_money(st.payable) + ("" if st.complete else lbl("provisional", lang))],
                    numeric=(2, 4, 7, 8, 9, 10, 11))
    month_rows = []
    for i in st.installments:
        for m in i.months:
            rec = m.record
            source = {"direct": lbl("source_direct", lang), "leaves": lbl("source_leaves", lang)}.get(m.source or "", "")
            month_rows.append([i.installment.period, m.month, fmt_score(m.timeliness) if m.assessed else "",
                               fmt_score(m.base_score), fmt_score(m.bonus) if m.bonus else "", fmt_score(m.score), source,
                               rate_pct(rec.catalog_rate if rec else None), rate_pct(rec.sla_rate if rec else None),
                               str(len(m.faults)), fmt_money(m.penalty_total) if m.penalties else ""])
    months = Table(lbl("months", lang),
                   [lbl(k, lang) for k in ("period", "month", "timeliness", "base_score", "bonus", "score", "source",
                                           "catalog_rate", "sla_rate", "faults", "penalties")],
                   month_rows, numeric=(2, 3, 4, 5, 7, 8, 9, 10))
    pen_rows = []
    n = 0
    for i in st.installments:
        for p in i.penalties:
            n += 1
            pen_rows.append([str(n), p.month, lbl(p.kind, lang), rate_pct(p.rate), f"{p.shortfall.normalize():f}",
                             fmt_money(p.per_point), fmt_money(p.amount), i.installment.period])
    penalties = Table(lbl("penalty_items", lang),
                      [lbl(k, lang) for k in ("no", "month", "item", "rate", "shortfall", "per_point", "penalty_amount",
                                              "period")],
                      pen_rows, ["", lbl("total", lang), "", "", "", "", fmt_money(st.penalty_total), ""] if pen_rows else None,
                      numeric=(3, 4, 5, 6))
    return StatementDoc(lbl("title", lang).format(contract=c.name), info, [summary, months, penalties],
                        [lbl("rounding", lang).format(base=f"{base_pct:f}")], list(st.warnings),
                        [lbl(k, lang) for k in ("prepared", "checked", "approved", "date")])
