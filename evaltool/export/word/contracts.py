"""Chapter 服务合同月度考核与付款情况: the year of every contract scored monthly (seed 001).

Written only when the project has contracts (``ReportData.contracts``, the payment
statements of ``evaltool.contracts``): a sentence and a table over all contracts, then
per contract its months, grade, faults, penalties and what each installment earns. The
figures are the statement's own (money in 元 to the fen, averages to 3 decimals), so the
report and the finance office's statement never disagree. Wording in both report
languages lives here.
"""
from __future__ import annotations

from collections import Counter
from decimal import Decimal
from typing import Any

from docx.shared import Pt

from evaltool.contracts import Statement, fmt_money
from evaltool.contracts.terms import HUNDRED
from evaltool.export.word.document import ReportBuilder
from evaltool.formatting import fmt_score
from evaltool.i18n import localized

LABELS: dict[str, tuple[str, str]] = {
    "chapter": ("服务合同月度考核与付款情况", "Monthly assessment and payment of the service contracts"),
    "intro": ("本项目共有{n}个服务合同实行月度绩效考核：甲方与监理单位每月从时效性、服务质量、管理成效对服务单位评分，"
              "被采纳的合理化建议另行加分；每笔应支付合同价款按合同约定分为固定支付的基本服务金和绩效考核金，"
              "绩效考核金按该笔价款服务期内月度考核平均分评定的等级支付，服务目录完成率、SLA指标达标率未达100%的按合同扣罚。"
              "合同金额合计{amount}元，全年应付合计{payable}元，其中扣罚{penalties}元。",
              "{n} service contracts of this project are assessed every month: the client and the supervisor score the "
              "vendor on timeliness, service quality and management, with bonus points for adopted suggestions; each "
              "installment is split by contract into a fixed base and a performance pool paid by the grade of the "
              "average monthly score of its period, and shortfalls of service-catalogue completion and SLA compliance "
              "below 100% are penalised. Contract amounts total {amount} yuan; the year's payable total is {payable} "
              "yuan after {penalties} yuan of penalties."),
    "overview_table": ("各合同年度考核与付款情况（元）", "Contracts: the year's assessment and payment (yuan)"),
    "contract": ("合同", "Contract"),
    "vendor": ("服务单位", "Vendor"),
    "amount": ("合同金额", "Amount"),
    "average": ("年度平均分", "Average score"),
    "grade": ("等级", "Grade"),
    "pool_paid": ("应付绩效考核金", "Pool earned"),
    "penalties": ("扣罚", "Penalties"),
    "payable": ("应付金额", "Payable"),
    "total": ("合计", "Total"),
    "contract_sentence": ("{name}{vendor}合同金额{amount}元，分{k}笔支付。全年考核{m}个月，月度得分{low}～{high}分，平均{avg}分，等级为{grade}。"
                          "登记故障{faults}起{levels}，其中超出响应或恢复时限{late}起。扣罚合计{penalties}元，应付合计{payable}元。",
                          "{name}{vendor}: {amount} yuan in {k} installments. {m} months assessed, monthly scores {low} to {high}, "
                          "average {avg}, grade {grade}. {faults} faults registered{levels}, {late} of them beyond a response or "
                          "recovery limit. Penalties {penalties} yuan; payable {payable} yuan."),
    "vendor_paren": ("（{vendor}）", " ({vendor})"),
    "levels": ("（一级{a}起、二级{b}起、三级{c}起）", " (level 1: {a}, level 2: {b}, level 3: {c})"),
    "not_assessed": ("尚未考核的月份：{months}，相应分期的金额为暂估。", "Months not assessed yet: {months}; the figures of their installments are provisional."),
    "no_month": ("{name}尚无已考核的月份。", "{name} has no assessed month yet."),
    "installments_table": ("{name}分期支付情况（元）", "{name}: payment per installment (yuan)"),
    "period": ("服务期", "Service period"),
    "inst_average": ("平均分", "Average"),
    "share": ("支付比例", "Pool paid"),
}


def lab(key: str, lang: str) -> str:
    zh, en = LABELS[key]
    return en if lang == "en" else zh


def _small(tbl: Any) -> None:
    """9-point text: money to the fen in eight columns fits the page width without wrapping."""
    for row in tbl.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(9)


def _pct(share: Decimal | None) -> str:
    return "" if share is None else f"{(share * HUNDRED).normalize():f}%"


def _grade(st: Statement, lang: str) -> str:
    g = st.year_grade
    return localized(g.get("name"), g.get("name_en"), lang) if g else "—"


def write_contracts(b: ReportBuilder) -> None:
    statements = b.d.contracts
    if not statements:
        return  # a project without contracts has no such chapter
    lang = b.lang
    b.heading(1, lab("chapter", lang))
    amount = sum((st.contract.amount for st in statements), Decimal(0))
    payable = sum((st.payable for st in statements), Decimal(0))
    penalties = sum((st.penalty_total for st in statements), Decimal(0))
    b.para(lab("intro", lang).format(n=len(statements), amount=fmt_money(amount), payable=fmt_money(payable),
                                     penalties=fmt_money(penalties)))
    b.caption(lab("overview_table", lang))
    rows = []
    for st in statements:
        avg = st.year_average
        rows.append([st.contract.name, fmt_money(st.contract.amount), "" if avg is None else f"{avg:.3f}",
                     _grade(st, lang), fmt_money(st.pool_paid), fmt_money(st.penalty_total), fmt_money(st.payable)])
    rows.append([lab("total", lang), fmt_money(amount), "", "", fmt_money(sum((s.pool_paid for s in statements), Decimal(0))),
                 fmt_money(penalties), fmt_money(payable)])
    _small(b.table([lab(k, lang) for k in ("contract", "amount", "average", "grade", "pool_paid", "penalties", "payable")],
                   rows, [2.3, 2.8, 1.5, 1.1, 2.4, 2.0, 2.9], bold_last=True, align_left=(0,)))
    for st in statements:
        _contract(b, st)


def _contract(b: ReportBuilder, st: Statement) -> None:
    lang, c = b.lang, st.contract
    b.heading(2, c.name)
    scores = st.year_scores
    if not scores:
        b.para(lab("no_month", lang).format(name=c.name))
    else:
        faults = [f for m in st.months.values() for f in m.faults]
        levels = Counter(f.level for f in faults)
        b.para(lab("contract_sentence", lang).format(
            name=c.name, vendor=lab("vendor_paren", lang).format(vendor=c.vendor) if c.vendor else "",
            amount=fmt_money(c.amount), k=len(st.installments), m=len(scores), low=fmt_score(min(scores)),
            high=fmt_score(max(scores)), avg=f"{st.year_average:.3f}", grade=_grade(st, lang), faults=len(faults),
            levels=lab("levels", lang).format(a=levels[1], b=levels[2], c=levels[3]) if faults else "",
            late=sum(1 for f in faults if not f.timing.within), penalties=fmt_money(st.penalty_total),
            payable=fmt_money(st.payable)))
    pending = [m.month for i in st.installments for m in i.months if m.score is None]
    if pending and scores:
        b.para(lab("not_assessed", lang).format(months="、".join(pending) if lang != "en" else ", ".join(pending)))
    if not st.installments:
        return
    b.caption(lab("installments_table", lang).format(name=c.name))
    rows = [[i.installment.period, "" if i.average is None else f"{i.average:.3f}", i.grade_name(lang), _pct(i.share),
             fmt_money(i.pool_paid), fmt_money(i.penalty_total), fmt_money(i.payable)]
            for i in st.installments]
    rows.append([lab("total", lang), "", "", "", fmt_money(st.pool_paid), fmt_money(st.penalty_total), fmt_money(st.payable)])
    _small(b.table([lab(k, lang) for k in ("period", "inst_average", "grade", "share", "pool_paid", "penalties", "payable")],
                   rows, [3.4, 1.5, 1.1, 1.4, 2.6, 2.3, 2.7], bold_last=True))
