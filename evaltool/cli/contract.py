"""Contract commands: ``evaltool contract add|list|installment|month|fault|payment``.

Service contracts scored every month (seed 001): their terms, payment installments,
monthly assessments, fault register and the payment statement. ``--json`` prints one
JSON document (money in 元 as numbers rounded to the fen, shares and rates as in the
statement); warnings go to stderr; a refusal exits 1 naming the field, nothing changed.
"""
from __future__ import annotations

import argparse
import sys
from typing import Any

from evaltool.cli import UsageError, json_arg, open_db, print_json
from evaltool.errors import ValidationError
from evaltool.i18n import translate


def _t(text: str) -> str:
    return translate("Cli", text)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("contract", parents=[common],
                       help="service contracts scored every month: terms, installments, months, faults, payment")
    csub = p.add_subparsers(dest="contract_command", metavar="ACTION", required=True)

    a = csub.add_parser("add", parents=[common], help="add a contract (seed 001 terms by default)")
    a.add_argument("project", metavar="PROJECT", help="project id or exact name")
    a.add_argument("--name", required=True, help="contract (sub-project) name")
    a.add_argument("--amount", required=True, metavar="YUAN", help="contract amount in yuan")
    a.add_argument("--vendor", default="", help="the vendor (乙方)")
    a.add_argument("--base-share", metavar="FRACTION", help="share paid as the fixed base (default 0.8)")
    a.add_argument("--bands", metavar="SPEC", help='grade bands NAME:MIN:PAY%%, default "优秀:90:100,良好:80:80,合格:60:60,不合格:0:0"')
    a.add_argument("--catalog-penalty", metavar="YUAN", help="yuan per percentage point of catalogue completion below 100 (default 2000)")
    a.add_argument("--sla-penalty", metavar="YUAN", help="yuan per percentage point of SLA compliance below 100 (default 1000)")
    a.add_argument("--limits", metavar="SPEC", help='response/recovery limits, default "business:15min:2h,other:30min:1wd"')
    a.add_argument("--timeliness", choices=("worst", "mean"), default="worst",
                   help="a month's timeliness: its worst fault (default) or the mean of its faults")
    a.add_argument("--holidays", default="", metavar="DATES", help="non-working dates, YYYY-MM-DD,… (weekends are non-working anyway)")
    a.add_argument("--workdays", default="", metavar="DATES", help="make-up working dates (调休), YYYY-MM-DD,…")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_add)

    li = csub.add_parser("list", parents=[common], help="the project's contracts and their installments")
    li.add_argument("project", metavar="PROJECT")
    li.add_argument("--json", action="store_true")
    li.set_defaults(func=cmd_list)

    i = csub.add_parser("installment", parents=[common], help="add a payment installment covering some months")
    i.add_argument("project", metavar="PROJECT")
    i.add_argument("--contract", required=True, metavar="N", help="contract name or id")
    i.add_argument("--months", required=True, metavar="FIRST..LAST", help="e.g. 2023-01..2023-04")
    i.add_argument("--amount", required=True, metavar="YUAN", help="the installment's amount in yuan")
    i.add_argument("--label", default="", help="e.g. 第一笔")
    i.add_argument("--json", action="store_true")
    i.set_defaults(func=cmd_installment)

    m = csub.add_parser("month", parents=[common], help="record or show one month's assessment")
    m.add_argument("project", metavar="PROJECT")
    m.add_argument("--contract", required=True, metavar="N")
    m.add_argument("--month", required=True, metavar="YYYY-MM")
    m.add_argument("--score", metavar="X", help="the month's total out of 100 from the client's sheet (\"\" clears it)")
    m.add_argument("--catalog-rate", metavar="PCT", help="服务目录完成率 in percent")
    m.add_argument("--sla-rate", metavar="PCT", help="SLA 达标率 in percent")
    m.add_argument("--adopted-suggestions", metavar="K", help="adopted improvement suggestions (10 bonus points each)")
    m.add_argument("--evaluator", metavar="NAME", help="with --indicator: this evaluator's score of a leaf")
    m.add_argument("--indicator", metavar="LEAF", help='leaf of the monthly template, path or unique name, e.g. "服务态度"')
    m.add_argument("--value", metavar="X", help="the leaf score (default: the rule's proposal from --inputs)")
    m.add_argument("--inputs", metavar="JSON", type=json_arg("--inputs"), help='rule inputs, e.g. \'{"level": 1}\' or \'{"ticked": [true, true, true, false]}\'')
    m.add_argument("--reason", help="why the leaf score departs from the rule's proposal")
    m.add_argument("--comment", help="evaluator's comment")
    m.add_argument("--json", action="store_true")
    m.set_defaults(func=cmd_month)

    f = csub.add_parser("fault", parents=[common], help="register a fault (it sets the month's timeliness)")
    f.add_argument("project", metavar="PROJECT")
    f.add_argument("--contract", required=True, metavar="N")
    f.add_argument("--impact", required=True, choices=("business", "other"),
                   help="business: affects the business (15 min / 2 h); other (30 min / 1 working day)")
    f.add_argument("--level", required=True, choices=("1", "2", "3"), help="1 main system, 2 auxiliary system, 3 hidden defect")
    f.add_argument("--reported", required=True, metavar="ISO", help="local time, e.g. 2023-03-06T09:30")
    f.add_argument("--responded", required=True, metavar="ISO")
    f.add_argument("--recovered", required=True, metavar="ISO")
    f.add_argument("--note", default="", help="what happened")
    f.add_argument("--evidence", default="", help="work order number or other evidence reference")
    f.add_argument("--json", action="store_true")
    f.set_defaults(func=cmd_fault)

    pay = csub.add_parser("payment", parents=[common], help="the payment statement per installment and for the year")
    pay.add_argument("project", metavar="PROJECT")
    pay.add_argument("--contract", required=True, metavar="N")
    pay.add_argument("--xlsx", metavar="FILE", help="also write the statement as an Excel workbook")
    pay.add_argument("--docx", metavar="FILE", help="also write the statement as a Word document")
    pay.add_argument("--json", action="store_true")
    pay.set_defaults(func=cmd_payment)


def _warn(lines: list[str]) -> None:
    for w in lines:
        sys.stderr.write(_t("warning: {message}").format(message=w) + "\n")


def _project_id(s: Any, ref: str) -> str:
    from evaltool.projects import find_project

    return find_project(s, ref).id


def cmd_add(args: argparse.Namespace) -> int:
    from evaltool.contracts import add_contract, contract_info, parse_bands, parse_limits

    kw: dict[str, Any] = {"vendor": args.vendor, "timeliness_rule": args.timeliness,
                          "calendar": {"holidays": args.holidays, "workdays": args.workdays}}
    if args.base_share is not None:
        kw["base_share"] = args.base_share
    if args.bands:
        kw["bands"] = parse_bands(args.bands)
    if args.catalog_penalty is not None:
        kw["catalog_penalty"] = args.catalog_penalty
    if args.sla_penalty is not None:
        kw["sla_penalty"] = args.sla_penalty
    if args.limits:
        kw["limits"] = parse_limits(args.limits)
    db = open_db(args)
    with db.session() as s:
        c = add_contract(s, _project_id(s, args.project), args.name, args.amount, **kw)
        doc = contract_info(s, c).as_json()
    if args.json:
        print_json(doc)
    else:
        print(doc["id"])
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from evaltool.contracts import fmt_money, list_contracts

    db = open_db(args)
    with db.read_session() as s:
        rows = list_contracts(s, _project_id(s, args.project))
    if args.json:
        print_json([c.as_json() for c in rows])
        return 0
    if not rows:
        print(_t("No contracts in this project yet. Add one with “evaltool contract add”."))
    for c in rows:
        print(f"{c.name}  {fmt_money(c.amount)}  {c.vendor}")
        for inst in c.installments:
            print(f"  {inst.label or ''} {inst.period}  {fmt_money(inst.amount)}".rstrip())
    return 0


def cmd_installment(args: argparse.Namespace) -> int:
    from evaltool.contracts import add_installment, find_contract, installment_warnings

    db = open_db(args)
    with db.session() as s:
        c = find_contract(s, _project_id(s, args.project), args.contract)
        row = add_installment(s, c.id, args.months, args.amount, args.label)
        doc = {"id": row.id, "contract": c.name, "months": [row.first_month, row.last_month],
               "amount": float(row.amount), "label": row.label}
        warnings = installment_warnings(s, c.id)
    doc["warnings"] = warnings
    if args.json:
        print_json(doc)
    else:
        print(doc["id"])
    _warn(warnings)
    return 0


def _month_values(args: argparse.Namespace) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if args.score is not None:
        out["score"] = args.score
    if args.catalog_rate is not None:
        out["catalog_rate"] = args.catalog_rate
    if args.sla_rate is not None:
        out["sla_rate"] = args.sla_rate
    if args.adopted_suggestions is not None:
        out["adopted"] = args.adopted_suggestions
    return out


def cmd_month(args: argparse.Namespace) -> int:
    from evaltool.contracts import find_contract, load_contract, month_result, set_leaf_score, set_month
    from evaltool.contracts.terms import parse_month
    from evaltool.projects import add_member, find_or_create_evaluator

    if bool(args.evaluator) != bool(args.indicator):
        raise UsageError(_t("--evaluator and --indicator go together (one evaluator's score of one leaf)."))
    if (args.value is not None or args.inputs is not None) and not args.indicator:
        raise UsageError(_t("--value and --inputs need --evaluator and --indicator."))
    inputs = args.inputs
    if inputs is not None and not isinstance(inputs, dict):
        raise ValidationError(_t("--inputs must be a JSON object, e.g. {\"level\": 1}."))
    month = parse_month(args.month, "--month")
    values = _month_values(args)
    db = open_db(args)
    writes = bool(values) or bool(args.indicator)
    with db.session() if writes else db.read_session() as s:
        pid = _project_id(s, args.project)
        c = find_contract(s, pid, args.contract)
        if values:
            set_month(s, c.id, month, **values)
        if args.indicator:
            ev = find_or_create_evaluator(s, args.evaluator)
            add_member(s, pid, ev.id, ev.role if ev.role in ("lead", "member", "expert") else "member")
            set_leaf_score(s, c.id, month, args.indicator, ev.id, args.value, inputs=inputs,
                           comment=args.comment, reason=args.reason)
        data = load_contract(s, c.id)
        result = month_result(data, month)
        doc = result.as_json(data.evaluators)
    if args.json:
        print_json(doc)
    else:
        from evaltool.scoring import fmt_score

        score = fmt_score(result.score) if result.score is not None else _t("not assessed yet")
        print(_t("{contract} {month}: score {score}, timeliness {timeliness}, penalties {penalties} yuan").format(
            contract=result.contract_name, month=month, score=score, timeliness=fmt_score(result.timeliness),
            penalties=f"{result.penalty_total:,.2f}"))
        if result.missing:
            print(_t("Leaves without a score: {leaves}").format(leaves="、".join(result.missing)))
    _warn(result.warnings)
    return 0


def cmd_fault(args: argparse.Namespace) -> int:
    from evaltool.contracts import add_fault, find_contract, list_faults, load_contract, month_result

    db = open_db(args)
    with db.session() as s:
        c = find_contract(s, _project_id(s, args.project), args.contract)
        row = add_fault(s, c.id, impact=args.impact, level=int(args.level), reported_at=args.reported,
                        responded_at=args.responded, recovered_at=args.recovered, description=args.note,
                        evidence=args.evidence)
        fault = next(f for f in list_faults(s, c.id, row.reported_at[:7]) if f.id == row.id)
        month = month_result(load_contract(s, c.id), fault.month)
    doc = {**fault.as_json(), "contract": c.name, "month_timeliness": month.timeliness}
    if args.json:
        print_json(doc)
    else:
        print(_t("Fault {id}: {overrun}% over the limit → {points} points; timeliness of {month}: {timeliness}").format(
            id=row.id[:8], overrun=f"{max(fault.timing.overrun, 0):.2f}", points=f"{fault.timing.points:g}",
            month=fault.month, timeliness=f"{month.timeliness:g}"))
    return 0


def cmd_payment(args: argparse.Namespace) -> int:
    from evaltool.contracts import find_contract, fmt_money, payment_statement

    db = open_db(args)
    with db.read_session() as s:
        c = find_contract(s, _project_id(s, args.project), args.contract)
        st = payment_statement(s, c.id)
        cid = c.id
    written: list[str] = []
    if args.xlsx or args.docx:
        from evaltool.cli import text_progress
        from evaltool.export.payment import export_payment_statement

        written = [str(p) for p in export_payment_statement(
            db, cid, xlsx=args.xlsx, docx=args.docx, progress=text_progress(_t("Writing the statement")))]
    if args.json:
        print_json({**st.as_json(), "written": written})
    else:
        from evaltool.scoring import fmt_score

        print(f"{st.contract.name}  {fmt_money(st.contract.amount)}")
        for i in st.installments:
            avg = fmt_score(float(i.average)) if i.average is not None else "—"
            print("  " + "  ".join([i.installment.period, fmt_money(i.installment.amount), avg, i.grade_name() or "—",
                                    fmt_money(i.base), fmt_money(i.pool_paid) or "—", fmt_money(i.penalty_total),
                                    fmt_money(i.payable) or "—"]))
        print(_t("Total payable: {total} yuan").format(total=fmt_money(st.payable)))
        for path in written:
            print(path)
    _warn(st.warnings)
    return 0
