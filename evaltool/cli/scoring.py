"""Scoring commands: summary, score, final, flags, audit, review, rule (targets and money: cli/targets.py, cli/money.py)."""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from evaltool.cli import UsageError, json_arg, open_db, print_json
from evaltool.errors import ValidationError
from evaltool.i18n import translate

# The kinds of evaltool.flags.KINDS, here so that building the parser imports no database
# code (a unit test checks they agree).
FLAG_KINDS = ("unscored", "missing_score", "spread", "departs_from_rule", "rule_input", "no_evidence",
              "weights", "out_of_range", "modified_since_review", "open_note")


def _t(text: str) -> str:
    return translate("Cli", text)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("summary", parents=[common], help="level-1 table, total and grade of a project")
    p.add_argument("project", help="project id or exact name")
    p.add_argument("--json", action="store_true", help="print JSON (rates as fractions)")
    p.add_argument("--level2", action="store_true", help="also print the level-2 table")
    p.set_defaults(func=cmd_summary)

    p = sub.add_parser("score", parents=[common], help="record one evaluator's score of a leaf")
    p.add_argument("project")
    p.add_argument("--indicator", required=True, help='leaf path "一级/二级/三级" (or a unique leaf name)')
    p.add_argument("--evaluator", required=True, help="evaluator name or id (created if new)")
    p.add_argument("--value", metavar="X",
                   help="the score as you would type it: 2.5, 2.5分, 扣1分, 满分, 1,5, 85%% of the weight "
                        "(default: the rule's proposal from --inputs)")
    p.add_argument("--inputs", type=json_arg("--inputs"), metavar="JSON",
                   help='rule inputs as JSON, e.g. \'{"done": 5, "required": 7}\' or the one measured '
                        'value in the criteria\'s unit, \'{"value": 71.43}\'')
    p.add_argument("--comment", help="evaluator's comment (评价意见)")
    p.add_argument("--reason", help="why the score departs from the rule's proposal")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_score)

    p = sub.add_parser("final", parents=[common], help="set the lead's final score of a leaf")
    p.add_argument("project")
    p.add_argument("--indicator", required=True)
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--value", metavar="X", help="the final score (typed as for score --value)")
    g.add_argument("--auto", action="store_true", help="follow the consolidation (mean/median) again")
    p.add_argument("--reason", default="", help="why (required with --value)")
    p.add_argument("--comment", help="final comment (评价意见)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_final)

    p = sub.add_parser("flags", parents=[common], help="what to look at before signing off")
    p.add_argument("project")
    p.add_argument("--kind", action="append", choices=FLAG_KINDS, help="only these kinds (repeatable)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_flags)

    p = sub.add_parser("audit", parents=[common], help="every change of a leaf's scores and decision")
    p.add_argument("project")
    p.add_argument("--indicator", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_audit)

    p = sub.add_parser("review", parents=[common], help="review state and notes of a leaf or the project")
    p.add_argument("project")
    p.add_argument("--indicator", help="a leaf (default: the whole project)")
    p.add_argument("--state", choices=("prepared", "reviewed"), help="mark prepared / reviewed")
    p.add_argument("--note", help="attach a review note")
    p.add_argument("--resolve", metavar="NOTE_ID", help="mark a note resolved")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_review)

    p = sub.add_parser("rule", parents=[common], help="show, set or read from the criteria a leaf's scoring rule")
    p.add_argument("project")
    p.add_argument("--indicator", help='leaf path "一级/二级/三级" (required except with --suggest-all)')
    g = p.add_mutually_exclusive_group()
    g.add_argument("--set", metavar="JSON", type=json_arg("--set"),
                   help='the rule as JSON, e.g. \'{"kind": "deduction", "per": 0.5}\'')
    g.add_argument("--clear", action="store_true", help="no rule: score by hand")
    g.add_argument("--suggest", action="store_true", help="read the rule from the leaf's criteria text (评分标准)")
    g.add_argument("--suggest-all", action="store_true", help="read the rules of every leaf, with a summary")
    p.add_argument("--apply", action="store_true", help="with --suggest / --suggest-all: give the leaves the rules read")
    p.add_argument("--min-confidence", type=float, default=0.8, metavar="C",
                   help="with --suggest-all --apply: only rules read with at least this confidence (0–1, default 0.8)")
    p.add_argument("--inputs", type=json_arg("--inputs"), metavar="JSON",
                   help='inputs to try the rule with (JSON, e.g. \'{"value": 99.14}\'); prints the proposal')
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_rule)

    p = sub.add_parser("project-flag", parents=[common], help="downgrade or veto the project's grade")
    p.add_argument("project")
    p.add_argument("kind", choices=("downgrade", "veto"))
    p.add_argument("--reason", default="", help="required to switch the flag on")
    p.add_argument("--off", action="store_true", help="switch the flag off")
    p.set_defaults(func=cmd_project_flag)

    p = sub.add_parser("consolidation", parents=[common], help="how evaluators' scores become the final score")
    p.add_argument("project")
    p.add_argument("method", choices=("mean", "median", "lead"))
    p.set_defaults(func=cmd_consolidation)


def _project(s: Any, ref: str) -> Any:
    from evaltool.projects import find_project

    return find_project(s, ref)


def _check_inputs(ind: Any, inputs: Any) -> None:
    """``--inputs`` of a leaf: an object with the keys of its rule's kind (a misspelt key is
    refused, not ignored), or a ValidationError saying what is wrong."""
    from evaltool.validate import inputs_problems

    problems = inputs_problems((ind.rule or {}).get("kind"), inputs)
    if problems:
        raise ValidationError(_t("--inputs of “{name}”: {why}").format(name=ind.name, why="; ".join(problems)))


def cmd_summary(args: argparse.Namespace) -> int:
    from evaltool.scoring import fmt_rate, fmt_score, project_summary

    db = open_db(args)
    with db.read_session() as s:
        sm = project_summary(s, _project(s, args.project).id)
    if args.json:
        doc = sm.as_json()
        # a negative indicator (逆向指标) is a deduction: it has no score rate
        doc["negative"] = [{**r, "rate": None} for r in doc["negative"]]
        print_json(doc)
        return 0
    print(sm.name)
    rows = [(_t("Level-1 indicator"), _t("Weight"), _t("Score"), _t("Score rate"))]
    rows += [(r.name, fmt_score(r.weight), fmt_score(r.score), fmt_rate(r.rate)) for r in sm.level1]
    if args.level2:
        rows += [("  " + r.path, fmt_score(r.weight), fmt_score(r.score), fmt_rate(r.rate)) for r in sm.level2]
    rows += [(r.name, fmt_score(r.weight), fmt_score(r.score), "/") for r in sm.negative]
    rows.append((_t("Total"), fmt_score(sm.weight), fmt_score(sm.total), fmt_rate(sm.rate)))
    _table(rows)
    grade = sm.grade
    if sm.vetoed:
        grade += " (" + _t("veto") + ")"
    elif sm.downgraded:
        grade += " (" + _t("downgraded from {grade}").format(grade=sm.grade_before_flags) + ")"
    print(_t("Grade: {grade}").format(grade=grade))
    if sm.flags:
        print(_t("{n} flags; see “evaltool flags”.").format(n=len(sm.flags)))
    return 0


def _width(text: str) -> int:
    return sum(2 if ord(c) > 0x2E80 else 1 for c in text)


def _table(rows: Sequence[tuple[str, ...]]) -> None:
    widths = [max(_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        cells = [r[0] + " " * (widths[0] - _width(r[0]))]
        cells += [" " * (widths[i] - _width(c)) + c for i, c in enumerate(r) if i]
        print("  ".join(cells).rstrip())


def _value_arg(text: str | None, ind: Any) -> float | None:
    """``--value`` read as the scoring form reads a typed score (``evaltool.numbers``):
    points within the leaf's range, or a ValidationError saying why not."""
    from evaltool.numbers import NumberError
    from evaltool.scoring import parse_leaf_score

    if text is None:
        return None
    try:
        return parse_leaf_score(text, ind.weight or 0.0, negative=bool(ind.is_negative), cap=ind.cap, rule=ind.rule)
    except NumberError as exc:
        raise ValidationError(_t("--value of “{name}”: {why}").format(name=ind.name, why=exc.message())) from None


def cmd_score(args: argparse.Namespace) -> int:
    from evaltool.framework import find_by_path
    from evaltool.projects import add_member, find_or_create_evaluator
    from evaltool.scoring import fmt_score, record_score
    from evaltool.team import list_team

    inputs = args.inputs
    if args.value is None and inputs is None:
        raise UsageError(_t("Give --value, or --inputs for the rule to propose the score."))
    db = open_db(args)
    with db.session() as s:
        p = _project(s, args.project)
        ind = find_by_path(s, p.id, args.indicator)
        value = _value_arg(args.value, ind)
        _check_inputs(ind, inputs)
        if args.value is None:
            _check_proposes(s, ind, inputs)
        ev = find_or_create_evaluator(s, args.evaluator)
        if ev.id not in {m.evaluator_id for m in list_team(s, p.id)}:
            # joins as member or expert: only the roster (a lead) names a lead
            add_member(s, p.id, ev.id, "expert" if ev.role == "expert" else "member")
        sc = record_score(s, p.id, ind.id, ev.id, value, comment=args.comment, reason=args.reason,
                          inputs=inputs)
        doc = {"indicator": args.indicator, "evaluator": ev.name, "value": sc.value, "proposed": sc.proposed}
    if args.json:
        print_json(doc)
    else:
        print(_t("{evaluator}: {value} (rule proposes {proposed})").format(
            evaluator=doc["evaluator"], value=fmt_score(doc["value"]),
            proposed=fmt_score(doc["proposed"]) or "—"))
    return 0


def _check_proposes(s: Any, ind: Any, inputs: Any) -> None:
    """Without --value the rule must propose a score: inputs that propose nothing never
    replace the evaluator's score with nothing (the score stays as it was)."""
    from evaltool.scoring import leaf_proposal

    prop = leaf_proposal(s, ind, inputs)
    if prop.score is None:
        raise ValidationError(_t("The inputs propose no score for “{name}”: {why} The score was left as it was; "
                                 "give it with --value, or complete the inputs.").format(
            name=ind.name, why=prop.missing or "; ".join(prop.problems)))


def cmd_final(args: argparse.Namespace) -> int:
    from evaltool.framework import find_by_path
    from evaltool.roles import FINAL, check_right
    from evaltool.scoring import fmt_score, project_summary, release_final, set_final

    db = open_db(args)
    with db.session() as s:
        p = _project(s, args.project)
        check_right(s, p.id, db.evaluator_id, FINAL)
        ind = find_by_path(s, p.id, args.indicator)
        if args.auto:
            release_final(s, p.id, ind.id, db.evaluator_id)
        else:
            value = _value_arg(args.value, ind)
            if value is None:
                raise ValidationError(_t("--value: give the final score (a number); use --auto to follow the consolidation."))
            set_final(s, p.id, ind.id, value, reason=args.reason, comment=args.comment,
                      decided_by=db.evaluator_id)
        s.flush()
        sm = project_summary(s, p.id, with_flags=False)
        value = sm.leaves[ind.id].score
        doc = {"indicator": args.indicator, "value": value, "total": sm.total, "grade": sm.grade}
    if args.json:
        print_json(doc)
    else:
        print(_t("Final {value}; total {total}, grade {grade}").format(
            value=fmt_score(value), total=fmt_score(doc["total"]), grade=doc["grade"]))
    return 0


def cmd_flags(args: argparse.Namespace) -> int:
    from evaltool.flags import kind_label
    from evaltool.scoring import project_summary

    db = open_db(args)
    with db.read_session() as s:
        flags = project_summary(s, _project(s, args.project).id).flags
    if args.kind:
        flags = [f for f in flags if f.kind in args.kind]
    if args.json:
        print_json([f.as_json() for f in flags])
    else:
        for f in flags:
            print(f"[{kind_label(f.kind)}] {f.indicator}: {f.message}")
        if not flags:
            print(_t("No flags."))
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    from evaltool.audit import leaf_audit
    from evaltool.framework import find_by_path

    db = open_db(args)
    with db.read_session() as s:
        p = _project(s, args.project)
        entries = leaf_audit(s, find_by_path(s, p.id, args.indicator).id)
    if args.json:
        print_json([e.as_json() for e in entries])
        return 0
    for e in entries:
        whose = f" ({e.subject})" if e.subject else ""
        print(f"{e.when}  {e.who}  {e.what}{whose}.{e.field}: {_short(e.old)} → {_short(e.new)}")
    return 0


def _short(v: Any) -> str:
    if v is None:
        return "—"
    text = v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "…"


def cmd_review(args: argparse.Namespace) -> int:
    from evaltool.framework import find_by_path
    from evaltool.review import add_note, list_notes, project_review, resolve_note, set_review_state, sign_off
    from evaltool.roles import SIGN_OFF, check_right

    db = open_db(args)
    with db.session() as s:
        p = _project(s, args.project)
        ind_id = find_by_path(s, p.id, args.indicator).id if args.indicator else None
        if args.state:
            check_right(s, p.id, db.evaluator_id, SIGN_OFF)
            if ind_id:
                set_review_state(s, p.id, ind_id, args.state, db.evaluator_id)
            else:
                sign_off(s, p.id, db.evaluator_id, args.state)
        if args.note:
            add_note(s, p.id, ind_id, args.note, db.evaluator_id)
        if args.resolve:
            resolve_note(s, args.resolve)
        s.flush()
        pr = project_review(s, p.id)
        notes = list_notes(s, p.id, ind_id)
        doc = {"state": pr.state, "modified_since_review": pr.modified_since,
               "reviewed_leaves": pr.reviewed_leaves, "leaves": pr.leaves,
               "notes": [n.__dict__ for n in notes]}
    if args.json:
        print_json(doc)
        return 0
    print(_t("Project: {state}; {n} of {m} leaves reviewed").format(state=doc["state"], n=pr.reviewed_leaves, m=pr.leaves)
          + (" — " + _t("modified since review") if pr.modified_since else ""))
    for n in notes:
        print(f"{'✓' if n.resolved else '•'} {n.id}  {n.text}")
    return 0


def cmd_rule(args: argparse.Namespace) -> int:
    if args.suggest_all:
        return _suggest_all(args)
    if not args.indicator:
        return _usage(_t("--indicator is required (except with --suggest-all)."))
    if args.apply and not args.suggest:
        return _usage(_t("--apply goes with --suggest or --suggest-all."))
    if args.suggest:
        return _suggest_one(args)
    return _rule_one(args)


def _usage(message: str) -> NoReturn:
    """A usage error of ``evaltool rule``: its usage and the message on stderr, exit status 2."""
    raise UsageError(message)


def _rule_one(args: argparse.Namespace) -> int:
    from evaltool.flags import rule_effect
    from evaltool.framework import find_by_path
    from evaltool.roles import FRAMEWORK, check_right
    from evaltool.rules import describe, propose, rule_warnings, validate_rule
    from evaltool.scoring import fmt_score, set_rule
    from evaltool.validate import rule_problems

    rule = args.set
    inputs = args.inputs
    db = open_db(args)
    warnings: list[str] = []
    effect = None
    with db.session() as s:
        p = _project(s, args.project)
        ind = find_by_path(s, p.id, args.indicator)
        neg, cap = bool(ind.is_negative), ind.cap
        if rule is not None or args.clear:
            check_right(s, p.id, db.evaluator_id, FRAMEWORK)
            problems = rule_problems(rule) or validate_rule(rule, ind.weight, is_negative=neg, cap=cap)
            if problems:
                raise ValidationError(_t("The rule of “{name}” cannot be used: {problems}").format(
                    name=ind.name, problems="; ".join(problems)))
            warnings = rule_warnings(rule, ind.weight, is_negative=neg, cap=cap)
            effect = rule_effect(s, p.id, ind.id, None if args.clear else rule)
            set_rule(s, p.id, ind.id, None if args.clear else rule)
        doc: dict[str, Any] = {"indicator": args.indicator, "weight": ind.weight, "rule": ind.rule,
                               "text": describe(ind.rule, ind.weight, is_negative=neg, cap=cap)}
        if warnings:
            doc["warnings"] = warnings
        if effect is not None:
            doc["departures"] = [d.as_json() for d in effect.after]
        if inputs is not None:
            _check_inputs(ind, inputs)
            prop = propose(ind.rule, inputs, ind.weight, is_negative=neg, cap=cap, session=s)
            doc.update(proposed=prop.score, working=prop.working, missing=prop.missing)
    if args.json:
        print_json(doc)
        return 0
    print(doc["text"])
    for w in warnings:
        print(_t("Note: {text}").format(text=w), file=sys.stderr)
    if effect is not None:
        _print_departures(effect.after)
    if "proposed" in doc:
        print(_t("Proposed: {score}  {working}").format(score=fmt_score(doc["proposed"]) or "—",
                                                        working=doc["working"] or doc["missing"]))
    return 0


def _print_departures(deps: list[Any]) -> None:
    if not deps:
        return
    print(_t("{n} score(s) depart from this rule:").format(n=len(deps)))
    for d in deps:
        print(f"  • {d.message()}")


def _suggest_one(args: argparse.Namespace) -> int:
    from evaltool.criteria.suggest import apply_suggestions, suggest_leaf
    from evaltool.flags import rule_effect
    from evaltool.framework import find_by_path
    from evaltool.roles import FRAMEWORK, check_right
    from evaltool.rules import describe

    db = open_db(args)
    with (db.session() if args.apply else db.read_session()) as s:
        p = _project(s, args.project)
        ind = find_by_path(s, p.id, args.indicator)
        sug = suggest_leaf(s, p.id, ind.id)
        doc = sug.as_json()
        rule = sug.reading.rule
        if args.apply:
            check_right(s, p.id, db.evaluator_id, FRAMEWORK)
            if rule is None:
                raise ValidationError(_t("Nothing to apply to “{name}”: {reason}").format(
                    name=ind.name, reason=sug.reading.reason))
            effect = rule_effect(s, p.id, ind.id, rule)
            apply_suggestions(s, p.id, [(ind.id, rule)])
            doc["applied"] = True
            doc["departures"] = [d.as_json() for d in effect.after]
    if args.json:
        print_json(doc)
        return 0
    if rule is None:
        print(_t("Not read: {reason}").format(reason=sug.reading.reason))
        return 0
    print(describe(rule, ind.weight, is_negative=bool(ind.is_negative), cap=ind.cap))
    print(_t("Read from: {text}  (confidence {c:.0%})").format(text=sug.reading.matched, c=sug.reading.confidence))
    for n in sug.reading.notes:
        print(_t("Note: {text}").format(text=n))
    if sug.final_proposed is not None:
        print(_t("From the inputs behind the final score it proposes {proposed} (final {final}).").format(
            proposed=_fmt(sug.final_proposed), final=_fmt(sug.final)))
    if args.apply:
        print(_t("Applied."))
        _print_departures(effect.after)
    return 0


def _fmt(x: float | None) -> str:
    from evaltool.scoring import fmt_score

    return fmt_score(x) or "—"


def _suggest_all(args: argparse.Namespace) -> int:
    from evaltool.cli import text_progress
    from evaltool.criteria.suggest import apply_suggestions, suggest_all
    from evaltool.roles import FRAMEWORK, check_right

    if args.indicator:
        return _usage(_t("--suggest-all reads every leaf: leave out --indicator."))
    if not 0 <= args.min_confidence <= 1:
        return _usage(_t("--min-confidence is a number from 0 to 1."))
    db = open_db(args)
    progress = None if args.json else text_progress(_t("Reading criteria"))
    with (db.session() if args.apply else db.read_session()) as s:
        p = _project(s, args.project)
        review = suggest_all(s, p.id, progress=progress)
        applied: list[str] = []
        if args.apply:
            check_right(s, p.id, db.evaluator_id, FRAMEWORK)
            todo = [(x.indicator_id, x.reading.rule) for x in review.suggestions
                    if x.reading.rule is not None and not x.same_as_current
                    and x.reading.confidence >= args.min_confidence - 1e-9]
            apply_suggestions(s, p.id, todo)
            applied = [x.path for x in review.suggestions if (x.indicator_id, x.reading.rule) in todo]
    doc = review.as_json()
    if args.apply:
        doc["applied"] = applied
    if args.json:
        print_json(doc)
        return 0
    for x in review.suggestions:
        r = x.reading
        if r.rule is None:
            mark, what = "·", _t("not read: {reason}").format(reason=r.reason)
        else:
            from evaltool.rules import kind_label

            mark = "✓" if x.agrees else ("✗" if x.agrees is False else "•")
            what = f"{kind_label(r.rule['kind'])} ({r.confidence:.0%})"
            if x.final_proposed is not None:
                what += "  " + _t("proposes {proposed}, final {final}").format(
                    proposed=_fmt(x.final_proposed), final=_fmt(x.final))
        print(f"{mark} {x.path}: {what}")
    c = review.counts()
    print(_t("{leaves} leaves: {read} read, {expert} expert judgement, {not_read} not read; "
             "{agree} of {tried} with measured values propose the score given.").format(**c))
    if args.apply:
        print(_t("Applied to {n} leaves (confidence ≥ {c:.0%}).").format(n=len(applied), c=args.min_confidence))
    return 0


def cmd_project_flag(args: argparse.Namespace) -> int:
    from evaltool.roles import DECIDE, check_right
    from evaltool.scoring import project_summary, set_project_flag

    db = open_db(args)
    with db.session() as s:
        p = _project(s, args.project)
        check_right(s, p.id, db.evaluator_id, DECIDE)
        set_project_flag(s, p.id, args.kind, not args.off, args.reason)
        s.flush()
        sm = project_summary(s, p.id, with_flags=False)
        print(_t("Grade: {grade}").format(grade=sm.grade))
    return 0


def cmd_consolidation(args: argparse.Namespace) -> int:
    from evaltool.roles import DECIDE, check_right
    from evaltool.scoring import fmt_score, project_summary, set_consolidation

    db = open_db(args)
    with db.session() as s:
        p = _project(s, args.project)
        check_right(s, p.id, db.evaluator_id, DECIDE)
        set_consolidation(s, p.id, args.method)
        s.flush()
        sm = project_summary(s, p.id, with_flags=False)
        print(_t("Total {total}, grade {grade}").format(total=fmt_score(sm.total), grade=sm.grade))
    return 0
