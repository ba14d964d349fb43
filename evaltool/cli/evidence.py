"""``evaltool evidence …``: add files and notes, link, list, verify, register."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from evaltool.cli import open_db, print_json, read_text_arg, text_progress
from evaltool.i18n import translate

# Same as evaltool.evidence.KINDS / SOURCES (kept here so building the parser stays
# cheap: no SQLAlchemy import for ``--help``); a unit test checks they agree.
KINDS = ("document", "photo", "scan", "interview", "site_check", "data")
SOURCES = ("unit", "site", "public")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    top = sub.add_parser("evidence", parents=[common], help="evidence (佐证材料): add, link, list, verify")
    esub = top.add_subparsers(dest="evidence_command", metavar="ACTION", required=True)

    def meta(p: argparse.ArgumentParser) -> None:
        p.add_argument("--kind", choices=KINDS, help="kind of evidence (default: from the file type)")
        p.add_argument("--source", choices=SOURCES, help="who provided it (default: unit for files, site for notes)")
        p.add_argument("--date", help="date of the document, YYYY-MM-DD")
        p.add_argument("--page-ref", default="", help="page or section reference, e.g. “第3页”")
        p.add_argument("--notes", default="")

    p = esub.add_parser("add", parents=[common], help="copy files into the evidence store")
    p.add_argument("project", help="project id or exact name")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--indicator", action="append", default=[], metavar="PATH",
                   help="link to this leaf (“一级/二级/三级” or a unique leaf name); repeatable")
    p.add_argument("--target", default="", help="the deduction or flag of the leaf the files support")
    p.add_argument("--title", help="title (one file only; default: the file name)")
    meta(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_add)

    p = esub.add_parser("note", parents=[common], help="write a note (interview, on-site check) as evidence")
    p.add_argument("project")
    p.add_argument("--title", required=True)
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--text", help="the note's text")
    g.add_argument("--text-file", metavar="FILE", help="read the text from a UTF-8 file (“-” for stdin)")
    p.add_argument("--indicator", action="append", default=[], metavar="PATH")
    meta(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_note)

    p = esub.add_parser("list", parents=[common], help="list the project's evidence")
    p.add_argument("project")
    p.add_argument("--search", default="")
    p.add_argument("--kind", choices=KINDS)
    p.add_argument("--source", choices=SOURCES)
    p.add_argument("--indicator", metavar="PATH", help="only items linked to this leaf")
    p.add_argument("--unlinked", action="store_true", help="only items linked to no leaf")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    for name, helptext, func in (("link", "link an item to a leaf", cmd_link),
                                 ("unlink", "remove an item's link to a leaf", cmd_unlink)):
        p = esub.add_parser(name, parents=[common], help=helptext)
        p.add_argument("project")
        p.add_argument("item", help="item id, id prefix (6+ characters) or exact title")
        p.add_argument("--indicator", required=True, action="append", metavar="PATH")
        p.add_argument("--target", default="")
        p.set_defaults(func=func)

    p = esub.add_parser("edit", parents=[common], help="edit an item's description")
    p.add_argument("project")
    p.add_argument("item")
    p.add_argument("--title")
    p.add_argument("--kind", choices=KINDS)
    p.add_argument("--source", choices=SOURCES)
    p.add_argument("--date")
    p.add_argument("--page-ref")
    p.add_argument("--notes")
    p.set_defaults(func=cmd_edit)

    p = esub.add_parser("delete", parents=[common], help="delete an item (tombstone; the file stays)")
    p.add_argument("project")
    p.add_argument("item")
    p.set_defaults(func=cmd_delete)

    p = esub.add_parser("verify", parents=[common],
                        help="re-hash every stored file; exit 1 if any is missing or altered")
    p.add_argument("project")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_verify)

    p = esub.add_parser("register", parents=[common], help="the evidence register (佐证材料清单)")
    p.add_argument("project")
    p.add_argument("--verify", action="store_true", help="re-hash files for the status column")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_register)


def _project_id(s, ref: str) -> str:  # noqa: ANN001
    from evaltool.projects import find_project

    return find_project(s, ref).id


def _leaf_ids(s, pid: str, refs: list[str]) -> list[str]:  # noqa: ANN001
    from evaltool.evidence import resolve_indicator

    return [resolve_indicator(s, pid, r).id for r in refs]


@contextmanager
def _session_with_profile(db: Any) -> Iterator[Any]:
    """A unit of work that also creates this laptop's evaluator profile when there is none
    yet (named after the login), in the same transaction: a refused write leaves no
    profile behind either."""
    from evaltool.identity import save_profile

    before = db.evaluator_id
    try:
        with db.session() as s:
            if db.evaluator_id is None:
                save_profile(s, db)
                s.info["actor"] = db.actor()  # the new item is added by the new profile
            yield s
    except BaseException:
        db.evaluator_id = before
        raise


def cmd_add(args: argparse.Namespace) -> int:
    from evaltool.cleanup import discard_unreferenced
    from evaltool.evidence import StoredFile, add_files

    db = open_db(args)
    files = [Path(f) for f in args.files]
    if args.title and len(files) > 1:
        sys.stderr.write(translate("Cli", "--title applies to one file; each file keeps its own name as title.") + "\n")
    stored: list[StoredFile] = []
    try:
        with _session_with_profile(db) as s:
            pid = _project_id(s, args.project)
            leaves = _leaf_ids(s, pid, args.indicator)
            fields = {k: v for k, v in (("kind", args.kind), ("source", args.source), ("date", args.date),
                                        ("page_ref", args.page_ref), ("notes", args.notes),
                                        ("title", args.title)) if v}
            results = add_files(s, pid, files, progress=text_progress(translate("Cli", "Copying")),
                                indicator_ids=leaves, target=args.target, into=stored, **fields)
    except BaseException:  # nothing recorded: take back the copies nothing refers to (then report)
        discard_unreferenced(db, [sf.sha256 for sf in stored])
        raise
    if args.json:
        print_json([{"id": r.item_id, "filename": r.filename, "created": r.created} for r in results])
    else:
        for r in results:
            state = "" if r.created else "  " + translate("Cli", "(already in the project)")
            print(f"{r.item_id}  {r.filename}{state}")
    return 0


def cmd_note(args: argparse.Namespace) -> int:
    from evaltool.evidence import add_note

    text = read_text_arg(args.text_file, translate("Cli", "an evidence note")) if args.text_file else args.text
    db = open_db(args)
    with _session_with_profile(db) as s:
        pid = _project_id(s, args.project)
        leaves = _leaf_ids(s, pid, args.indicator)
        extra = {k: v for k, v in (("kind", args.kind), ("source", args.source), ("date", args.date),
                                   ("page_ref", args.page_ref), ("notes", args.notes)) if v}
        iid = add_note(s, pid, args.title, text, indicator_ids=leaves, **extra)
    if args.json:
        print_json({"id": iid})
    else:
        print(iid)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from evaltool.evidence import list_items, status_label

    db = open_db(args)
    with db.read_session() as s:
        pid = _project_id(s, args.project)
        ind = _leaf_ids(s, pid, [args.indicator])[0] if args.indicator else None
        items = list_items(s, pid, search=args.search, kind=args.kind, source=args.source,
                           indicator_id=ind, unlinked=args.unlinked, with_status=True)
    if args.json:
        print_json([i.as_json() for i in items])
        return 0
    if not items:
        print(translate("Cli", "No evidence."))
    for i in items:
        flag = f"  [{status_label(i.status)}]" if i.status in ("missing", "altered") else ""
        print(f"{i.id[:8]}  {i.kind_label}  {i.title}{flag}")
        for ln in i.links:
            print(f"          → {ln.path}" + (f" ({ln.target})" if ln.target else ""))
    return 0


def _relink(args: argparse.Namespace, link: bool) -> int:
    """``evidence link`` / ``unlink``: one item to (or from) the named leaves."""
    from evaltool.evidence import find_item, link_evidence, unlink_evidence

    change = link_evidence if link else unlink_evidence
    db = open_db(args)
    with db.session() as s:
        pid = _project_id(s, args.project)
        item = find_item(s, pid, args.item)
        n = sum(change(s, item.id, leaf, args.target) for leaf in _leaf_ids(s, pid, args.indicator))
    message = translate("Cli", "{n} link(s) made.") if link else translate("Cli", "{n} link(s) removed.")
    print(message.format(n=n))
    return 0


def cmd_link(args: argparse.Namespace) -> int:
    return _relink(args, link=True)


def cmd_unlink(args: argparse.Namespace) -> int:
    return _relink(args, link=False)


def cmd_edit(args: argparse.Namespace) -> int:
    from evaltool.evidence import find_item, update_item

    db = open_db(args)
    fields = {k: v for k, v in (("title", args.title), ("kind", args.kind), ("source", args.source),
                                ("date", args.date), ("page_ref", args.page_ref), ("notes", args.notes))
              if v is not None}
    with db.session() as s:
        pid = _project_id(s, args.project)
        update_item(s, find_item(s, pid, args.item).id, **fields)
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from evaltool.evidence import delete_item, find_item

    db = open_db(args)
    with db.session() as s:
        pid = _project_id(s, args.project)
        delete_item(s, find_item(s, pid, args.item).id)
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from evaltool.evidence import EvidenceStore, status_label, verify_items

    db = open_db(args)
    with db.read_session() as s:
        pid = _project_id(s, args.project)
        items = verify_items(s, pid, progress=text_progress(translate("Cli", "Verifying")))
    bad = [i for i in items if i.status in ("missing", "altered")]
    files = [i for i in items if not i.is_note]
    if args.json:
        print_json({"checked": len(files), "ok": len(files) - len(bad),
                    "problems": [{"id": i.id, "title": i.title, "filename": i.filename, "sha256": i.sha256,
                                  "status": i.status, "path": str(EvidenceStore(db.data_dir).path(i.sha256 or ""))}
                                 for i in bad]})
    else:
        for i in bad:
            print(f"{status_label(i.status)}: {i.title} ({i.filename}) {i.sha256}")
        print(translate("Cli", "{n} file(s) checked, {bad} missing or altered.").format(n=len(files), bad=len(bad)))
    return 1 if bad else 0


def cmd_register(args: argparse.Namespace) -> int:
    from evaltool.evidence import register_rows, status_label

    db = open_db(args)
    with db.read_session() as s:
        pid = _project_id(s, args.project)
        rows = register_rows(s, pid, verify=args.verify)
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        print("\t".join([str(r["no"]), r["title"], r["kind"], r["source"], r["date"], r["page_ref"],
                         "; ".join(r["indicators"]), r["added_by"], status_label(r["status"])]))
    return 0
