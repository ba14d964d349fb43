"""Framework operations: undoable edits of the indicator tree, and its clipboard.

Each edit runs one core function of ``evaltool.framework`` and its inverse as one step
on the window's undo stack (``push_op``: one commit each, then ``data_changed``, which
rebuilds the page's tree). ``select(node_id)`` is called inside the step — on redo and
on undo — with the node the page should select when it refreshes. The undo texts come
from the page (its translation context).

The clipboard holds a subtree as JSON (``node_spec`` records) under its own MIME type,
and as text too, so it can be pasted into another project or another evaltool window.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QApplication

from evaltool.framework import (
    Node,
    add_indicator,
    delete_subtree,
    move_indicator,
    node_spec,
    paste_subtree,
    position_at,
    restore_nodes,
    update_indicator,
)
from evaltool.models import Indicator
from evaltool.ui.operations import push_op, read

CLIP_MIME = "application/x-evaltool-framework+json"
CLIP_KIND = "evaltool-framework-subtree"
# Texts compared as text: None and "" are the same (no description yet).
OPTIONAL_TEXT = ("description", "criteria", "evidence_hint", "name_en")

Select = Callable[[str | None], None]
# A core move of one node: (session, node_id) -> its previous (parent_id, position).
Move = Callable[[Any, str], Any]


def edit_field(window: Any, node: Node, fld: str, value: Any, text: str, select: Select) -> bool:
    """Set one field of ``node``; nothing (False) when the stored value is the same."""
    node_id = node.id

    def current(s: Any) -> Any:
        ind = s.get(Indicator, node_id)
        return getattr(ind, fld) if ind is not None else None

    old = read(window, current)  # the stored value, not a possibly stale copy
    if old == value or (fld in OPTIONAL_TEXT and (old or "") == (value or "")):
        return False
    fields = {fld: value}
    old_fields = {fld: old}
    if fld == "is_negative" and value and node.cap is None:
        fields["cap"] = node.weight if node.weight < 0 else None
        old_fields["cap"] = None
    select(node_id)
    return push_op(window, text, lambda s: update_indicator(s, node_id, **fields),
                   lambda s: update_indicator(s, node_id, **old_fields))


def insert(window: Any, project_id: str, parent_id: str | None, row: int, spec: dict[str, Any] | None,
           text: str, new_name: str, select: Select) -> str | None:
    """Add a new indicator named ``new_name`` (``spec`` None) or paste the subtree ``spec``
    at ``row`` among ``parent_id``'s children; the id of its top node, None if it failed."""
    state: dict[str, Any] = {}

    def do(s: Any) -> None:
        if "ids" in state:
            restore_nodes(s, state["ids"])
            return
        pos = position_at(s, project_id, parent_id, row)
        if spec is None:
            ind = add_indicator(s, project_id, parent_id, new_name, 0.0, pos)
            state["ids"] = [ind.id]
        else:
            state["ids"] = paste_subtree(s, project_id, parent_id, spec, pos)
        select(state["ids"][0])

    def undo(s: Any) -> None:
        delete_subtree(s, state["ids"][0])

    return state["ids"][0] if push_op(window, text, do, undo) else None


def delete(window: Any, node_id: str, neighbour_id: str | None, text: str, select: Select) -> bool:
    """Tombstone ``node_id`` with everything under it; ``neighbour_id`` is selected after."""
    state: dict[str, Any] = {}

    def do(s: Any) -> None:
        state["ids"] = delete_subtree(s, node_id)
        select(neighbour_id)

    def undo(s: Any) -> None:
        restore_nodes(s, state["ids"])
        select(node_id)

    return push_op(window, text, do, undo)


def move(window: Any, node_id: str, fn: Move, text: str, select: Select) -> bool:
    """Up, down, indent or outdent (``fn``: the core move), undone by moving it back."""
    state: dict[str, Any] = {}

    def do(s: Any) -> None:
        state["old"] = fn(s, node_id)
        select(node_id)

    def undo(s: Any) -> None:
        if state.get("old") is not None:
            move_indicator(s, node_id, *state["old"])
        select(node_id)

    return push_op(window, text, do, undo)


def move_to(window: Any, project_id: str, node_id: str, parent_id: str | None, row: int, text: str,
            select: Select) -> bool:
    """Put ``node_id`` at ``row`` among ``parent_id``'s children (drag and drop)."""
    state: dict[str, Any] = {}

    def do(s: Any) -> None:
        pos = position_at(s, project_id, parent_id, row, exclude=node_id)
        state["old"] = move_indicator(s, node_id, parent_id, pos)
        select(node_id)

    def undo(s: Any) -> None:
        move_indicator(s, node_id, *state["old"])
        select(node_id)

    return push_op(window, text, do, undo)


# -- clipboard ------------------------------------------------------------------------

def copy_to_clipboard(node: Node) -> None:
    """Put ``node`` and everything under it on the system clipboard."""
    doc = json.dumps({"kind": CLIP_KIND, "nodes": [node_spec(node)]}, ensure_ascii=False, indent=1)
    mime = QMimeData()
    mime.setData(CLIP_MIME, doc.encode("utf-8"))
    mime.setText(doc)
    QApplication.clipboard().setMimeData(mime)


def clipboard_specs() -> list[dict[str, Any]]:
    """The subtrees on the clipboard (``node_spec`` records); [] when it holds none."""
    mime = QApplication.clipboard().mimeData()
    if mime is None:
        return []
    raw = bytes(mime.data(CLIP_MIME).data()).decode("utf-8") if mime.hasFormat(CLIP_MIME) else mime.text()
    try:
        doc = json.loads(raw)
    except (ValueError, TypeError):
        return []
    if isinstance(doc, dict) and doc.get("kind") == CLIP_KIND:
        return [n for n in doc.get("nodes", []) if isinstance(n, dict)]
    return []
