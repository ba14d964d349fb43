"""Conflicts shown where the field is shown, and the question an edit of one asks.

- ``ConflictMarker``: a small button beside a field that two laptops changed without
  seeing each other's change. Hidden when there is no conflict; its text names how many
  values are kept, its tooltip lists each value with who wrote it and when, and its menu
  settles the conflict by keeping one value (an explicit choice, which travels to the other
  laptops) or opens the Sync page's Conflicts tab (to write a merged value).
- ``ConflictGuard``: the conflicts of the fields one page shows. Before the page writes an
  ordinary edit of a conflicted field, ``ask`` asks once which of the kept values the new
  one replaces ("mine", "theirs", "both"); the answer wraps the page's write
  (``wrap``), so the other values stay in conflict unless the user said otherwise. The
  question is not asked again while the values the user chose to keep are still the only
  other ones (the report editor's autosave writes many times).

Thread rule: UI thread only; reads and writes through the window's operations.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QMenu, QMessageBox, QToolButton, QWidget
from sqlalchemy import select

from evaltool.models import FieldHead
from evaltool.ui.operations import run_op

if TYPE_CHECKING:  # imported on use: the sync machinery is not needed while no field is in conflict
    from evaltool import sync

FieldKey = tuple[str, str, str]  # (table, record id, field)


def open_conflicts(session: Any, project_id: str, rows: list[str] | None = None) -> list[sync.Conflict]:
    """``sync.list_conflicts`` — without importing the sync machinery while no field is in
    conflict anywhere (the usual case: one indexed row looked up; a page's first load)."""
    if session.scalar(select(FieldHead.row_id).where(FieldHead.conflict.is_(True)).limit(1)) is None:
        return []
    from evaltool import sync

    return sync.list_conflicts(session, project_id, rows)


def _when(iso: str) -> str:
    """An ISO stamp in the computer's time zone, to the minute."""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except (TypeError, ValueError):
        return iso or ""


def option_line(o: sync.ConflictOption, shown: str) -> str:
    """One kept value for people: the value, who, on which laptop, when."""
    text = o.display if len(o.display) <= 80 else o.display[:77] + "…"
    return f"“{text}” — {o.evaluator_name or o.device_id[:8]}, {_when(o.at)}" + (f" ({shown})" if o.current else "")


class ConflictMarker(QToolButton):
    """⚠ beside a field in conflict; ``resolved`` after the user kept one value here."""

    resolved = Signal()
    open_sync = Signal()  # the user wants the Sync page's Conflicts tab (merged value)

    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.project_id: str | None = None
        self.conflict: sync.Conflict | None = None
        self.label = ""  # which field, when several markers stand together (translated by the owner)
        self.setObjectName("conflictMarker")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setStyleSheet("QToolButton { color: #b00020; font-weight: bold; border: 1px solid #e0a0a0;"
                           " border-radius: 3px; padding: 0 4px; background: #fff4f4; }")
        self.setMenu(QMenu(self))
        self.hide()

    def set_conflict(self, project_id: str | None, conflict: sync.Conflict | None) -> None:
        self.project_id, self.conflict = project_id, conflict
        self.setVisible(conflict is not None)
        self.retranslate()

    def retranslate(self) -> None:
        c = self.conflict
        menu = self.menu()
        assert menu is not None
        menu.clear()
        if c is None:
            return
        self.setText(self.tr("⚠ {field}: {n} values").format(field=self.label, n=len(c.options)) if self.label
                     else self.tr("⚠ {n} values").format(n=len(c.options)))
        shown = self.tr("shown")
        lines = [self.tr("Two laptops changed this field without seeing each other's change; both values are kept:")]
        lines += ["• " + option_line(o, shown) for o in c.options]
        lines.append(self.tr("Keep one of them here, or write a merged value on the Sync page."))
        self.setToolTip("\n".join(lines))
        for o in c.options:
            act = menu.addAction(self.tr("Keep {value}").format(value=option_line(o, shown)))
            act.triggered.connect(lambda _c=False, cid=o.change_id: self.keep(cid))
        menu.addSeparator()
        menu.addAction(self.tr("Write a merged value on the Sync page…")).triggered.connect(self.open_sync.emit)

    def keep(self, change_id: str) -> bool:
        """Settle the conflict with the value of ``change_id``; False when it failed."""
        c, pid = self.conflict, self.project_id
        if c is None or not pid:
            return False
        key = c.key

        from evaltool import sync

        def resolve(s: Any) -> bool:
            sync.resolve_conflict(s, pid, key, choose=change_id)
            return True

        done = bool(run_op(self.window_, resolve, self, parent=self))
        if done:
            self.resolved.emit()
        return done


class ConflictGuard:
    """The open conflicts of the fields a page shows (see the module's docstring)."""

    def __init__(self, window: Any, parent: QWidget) -> None:
        self.window_, self.parent = window, parent
        self.conflicts: dict[FieldKey, sync.Conflict] = {}
        self._kept: dict[FieldKey, set[str]] = {}  # values the user chose to keep, per field
        self._asking = False

    def load(self, project_id: str | None, rows: list[str] | None = None) -> dict[FieldKey, sync.Conflict]:
        """Read the project's open conflicts (of ``rows`` only, when given; call on every refresh)."""
        if not project_id:
            self.conflicts = {}
        else:
            with self.window_.db.read_session() as s:  # (as sync.conflict_map: on open_conflicts)
                self.conflicts = {(c.table, c.row_id, c.field): c for c in open_conflicts(s, project_id, rows)}
        return self.conflicts

    def get(self, key: FieldKey) -> sync.Conflict | None:
        return self.conflicts.get(key)

    def ask(self, key: FieldKey, new_text: str = "") -> tuple[bool, list[str] | None]:
        """Before an edit of ``key``: ``(go on?, the change ids the new value replaces)``;
        None as ids: an ordinary edit (no conflict, or the question was answered already)."""
        c = self.conflicts.get(key)
        if c is None:
            return True, None
        if self._asking:  # the question took the focus, and the field it left asks again: no
            return False, None
        others = {o.change_id for o in c.options if not o.current}
        if others and others <= self._kept.get(key, set()):
            return True, None  # asked already: the new value replaces the one shown, the user's own
        self._asking = True
        try:
            chosen = self._question(c, new_text)
        finally:
            self._asking = False
        if chosen is None:
            return False, None
        self._kept[key] = {o.change_id for o in c.options} - set(chosen)
        return True, chosen

    def _question(self, c: sync.Conflict, new_text: str) -> list[str] | None:
        from evaltool import sync

        me = self.window_.db.evaluator_id
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("ConflictGuard", "Conflicting values"))
        shown = QCoreApplication.translate("ConflictGuard", "shown")
        head = QCoreApplication.translate("ConflictGuard", "This field holds values from two laptops:")
        ask = (QCoreApplication.translate("ConflictGuard", "Your new value “{value}” replaces:").format(value=new_text[:80])
               if new_text else QCoreApplication.translate("ConflictGuard", "Your new value replaces:"))
        box.setText("\n".join([head, *("• " + option_line(o, shown) for o in c.options), "", ask]))
        accept = QMessageBox.ButtonRole.AcceptRole
        buttons: list[tuple[Any, list[str]]] = []
        mine = sync.replaced_options(c, "mine", me)
        theirs = sync.replaced_options(c, "theirs", me)
        if mine and theirs and len(c.options) == 2:
            who = next(o.evaluator_name or o.device_id[:8] for o in c.options if o.change_id in theirs)
            buttons.append((box.addButton(QCoreApplication.translate("ConflictGuard", "My value"), accept), mine))
            buttons.append((box.addButton(QCoreApplication.translate("ConflictGuard", "{who}'s value").format(who=who),
                                          accept), theirs))
        else:
            buttons.append((box.addButton(QCoreApplication.translate("ConflictGuard", "The value shown"), accept),
                            sync.replaced_options(c, "shown", me)))
        both = (QCoreApplication.translate("ConflictGuard", "Both (settles the conflict)") if len(c.options) == 2
                else QCoreApplication.translate("ConflictGuard", "All of them (settles the conflict)"))
        buttons.append((box.addButton(both, accept), [o.change_id for o in c.options]))
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(buttons[0][0])
        box.exec()
        return next((ids for b, ids in buttons if box.clickedButton() is b), None)

    def wrap(self, key: FieldKey, chosen: list[str] | None, do: Callable[[Any], Any]) -> Callable[[Any], Any]:
        """``do`` made to replace exactly ``chosen`` of the field's values (None: ``do`` as is)."""
        c = self.conflicts.get(key)
        if chosen is None or c is None:
            return do
        from evaltool import sync

        def run(s: Any) -> Any:
            sync.replace_in_next_edit(s, c, chosen)
            return do(s)

        return run

    def guard_edit(self, edits: list[tuple[FieldKey, str]], do: Callable[[Any], Any]) -> Callable[[Any], Any] | None:
        """``do`` made to replace, in each conflicted field of ``edits`` (key, the new value
        as text), what the user chooses; None when the user cancelled."""
        for key, text in edits:
            go_on, chosen = self.ask(key, text)
            if not go_on:
                return None
            do = self.wrap(key, chosen, do)
        return do
