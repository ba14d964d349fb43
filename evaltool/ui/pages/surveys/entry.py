"""The Entry tab of the Surveys page: paper questionnaires typed in at speed.

The keyboard grid is ``evaltool.ui.survey_entry.EntryGrid``; this tab chooses the group,
loads its newest questionnaires (questions not asked of the group are left out), and
stores each row as an undoable step. Above the grid: the group's sample against its
target (below in amber, met in green, exceeded in red) and its coverage — how many of the
units expected to answer did, and the expected levels with none yet. Errors of an
entry step go to the status line under the grid, not to a dialog, so typing keeps
flowing. The grid is loaded only while the tab is shown (big groups load fast enough,
but nobody needs them loaded behind another tab).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from evaltool.errors import EvaltoolError
from evaltool.i18n import current_language
from evaltool.models import Response, new_id
from evaltool.survey import (
    SurveyInfo,
    add_response,
    group_coverage,
    list_responses,
    next_respondent_ref,
    set_response_deleted,
    update_response,
)
from evaltool.ui.operations import OpCommand, push_op, read, run_op
from evaltool.ui.pages.surveys.common import combo_data
from evaltool.ui.survey_entry import EntryGrid

if TYPE_CHECKING:
    from evaltool.ui.pages.surveys.page import SurveysPage

ENTRY_ROWS = 300  # the grid shows a group's newest questionnaires (big imports stay fast)


class _QuietCommand(OpCommand):
    """An undoable entry step whose error goes to ``on_error`` (the status line), not a dialog.

    Its redo names the grid as initiator (the grid already shows what was typed, so the
    page refreshes only the numbers); its undo names nobody, so the grid reloads.
    """

    def __init__(self, window: Any, text: str, do: Callable[[Any], Any], undo: Callable[[Any], Any],
                 grid: EntryGrid, on_error: Callable[[str], None]) -> None:
        super().__init__(window, text, do, undo)
        self._grid, self._on_error = grid, on_error

    def redo(self) -> None:
        try:
            run_op(self.window_, self._do, self._grid, show_errors=False)
        except EvaltoolError as exc:
            self.failed = True
            self.setObsolete(True)
            self._on_error(str(exc))


class EntryTab(QWidget):
    def __init__(self, page: SurveysPage) -> None:
        super().__init__()
        self.page = page
        self.window_ = page.window_
        self.survey: SurveyInfo | None = None
        self._stale = True
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.group_label = QLabel()
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("entryGroup")
        self.group_label.setBuddy(self.group_combo)
        self.group_combo.currentIndexChanged.connect(lambda _i: self.load())
        top.addWidget(self.group_label)
        top.addWidget(self.group_combo)
        self.count = QLabel()
        self.count.setObjectName("entryCount")
        top.addWidget(self.count)
        self.coverage = QLabel()
        self.coverage.setObjectName("entryCoverage")
        top.addWidget(self.coverage)
        top.addStretch(1)
        lay.addLayout(top)
        self.help = QLabel()
        self.help.setWordWrap(True)
        lay.addWidget(self.help)
        self.skipped = QLabel()
        self.skipped.setObjectName("entrySkipped")
        lay.addWidget(self.skipped)
        self.grid = EntryGrid()
        self.grid.setObjectName("entryGrid")
        self.grid.row_saved.connect(self._save_row)
        self.grid.status.connect(self.show_status)
        self.grid.column_entered.connect(self._show_column_hint)
        lay.addWidget(self.grid, 1)
        self.hint = QLabel()
        self.hint.setObjectName("entryHint")
        self.hint.setWordWrap(True)
        lay.addWidget(self.hint)
        self.message = QLabel()
        self.message.setObjectName("entryMessage")
        self.message.setWordWrap(True)
        lay.addWidget(self.message)
        self.delete_row_btn = QPushButton()
        self.delete_row_btn.clicked.connect(self._delete_row)
        lay.addWidget(self.delete_row_btn, 0, Qt.AlignmentFlag.AlignLeft)

    def retranslate(self) -> None:
        self.group_label.setText(self.tr("&Group"))
        self.help.setText(self.tr(
            "One row per questionnaire. Type the option's digit (it moves to the next question); for "
            "multiple choice type several digits, then Tab. Enter saves the row and opens the next one. "
            "Delete clears a cell. Ctrl+Shift+E starts entry."))
        self.delete_row_btn.setText(self.tr("Delete the selected questionnaire"))
        self.grid.set_headers(self.tr("Level"), self.tr("Unit"), self.tr("Respondent id"))

    # -- loading --------------------------------------------------------------------
    def set_survey(self, sv: SurveyInfo | None) -> None:
        """Show ``sv``'s groups (keeping the chosen one) and reload the grid."""
        self.survey = sv
        keep = combo_data(self.group_combo)
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        for g in sv.groups if sv else []:
            self.group_combo.addItem(g.name, g.id)
        i = self.group_combo.findData(keep) if keep else -1
        self.group_combo.setCurrentIndex(i if i >= 0 else (0 if self.group_combo.count() else -1))
        self.group_combo.blockSignals(False)
        self.load()

    def load_if_stale(self) -> None:
        if self._stale:
            self.load()

    def load(self) -> None:
        """Load the chosen group's newest questionnaires into the grid (later, if the tab is hidden)."""
        if self.page.tabs.currentWidget() is not self:
            self._stale = True
            return
        self._stale = False
        sv = self.survey
        if sv is None:
            self.grid.setRowCount(0)
            return
        gid = combo_data(self.group_combo)
        group = sv.group(gid) if gid else None
        rows, ref = read(self.window_, lambda s: (list_responses(s, sv.id, gid, ENTRY_ROWS),
                                                  next_respondent_ref(s, sv.id, group)))
        self.grid.load(sv, group, rows, ref)
        self.update_count(sv)
        self.message.setText("")

    def update_count(self, sv: SurveyInfo | None) -> None:
        """Refresh the group's sample (against its target) and coverage (units that answered)
        without touching the grid (it shows what was typed)."""
        self.survey = sv
        gid = combo_data(self.group_combo)
        g = sv.group(gid) if sv and gid else None
        cov = next((c for c in read(self.window_, lambda s: group_coverage(s, sv.id)) if c.group_id == gid), None) \
            if sv is not None and g is not None else None
        if cov is None:
            self.count.setText(self.tr("{n} questionnaires in this group").format(n=0))
            self.count.setStyleSheet("")
            self.coverage.setText("")
            self.skipped.setText("")
            return
        self.count.setText(cov.sample_text())
        colour = {"below": "#a60", "met": "#060", "exceeded": "#b00"}.get(cov.target_status, "")
        self.count.setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else "")
        self.coverage.setText("· " + cov.coverage_text())
        low = cov.units_share is not None and cov.units_share < 1 / 3
        self.coverage.setStyleSheet("color: #b00;" if low or cov.missing_levels else "")
        skipped = [q.key for q in sv.questions if not q.asked_of(gid)] if sv is not None else []
        self.skipped.setText(self.tr("Not asked of this group, skipped: {keys}").format(keys=", ".join(skipped))
                             if skipped else "")

    def start(self) -> None:
        """Put the cursor in the new row."""
        self.grid.setFocus()
        self.grid.setCurrentCell(self.grid.rowCount() - 1, 0)

    # -- feedback -------------------------------------------------------------------
    def _show_column_hint(self, col: int) -> None:
        q = self.grid.question_at(col)
        if q is None:
            if col == self.grid.level_col and self.grid.group and self.grid.group.levels:
                self.hint.setText("  ".join(f"{i + 1} {lv}" for i, lv in enumerate(self.grid.group.levels)))
            else:
                self.hint.setText("")
            return
        opts = "   ".join(f"{o['code']} {o['label']}" for o in q.options)
        self.hint.setText(f"{q.key} · {q.label(current_language())}    {opts}")

    def show_status(self, message: str, error: bool) -> None:
        self.message.setStyleSheet("color: #b00;" if error else "color: #060;")
        self.message.setText(message)

    # -- storing --------------------------------------------------------------------
    def _save_row(self, row: int, response_id: str | None, values: dict[str, Any]) -> None:
        sv = self.survey
        if sv is None:
            return
        gid = combo_data(self.group_combo)
        if response_id is None:
            rid = new_id()

            def do(s: Any) -> None:
                if s.get(Response, rid) is not None:  # redo after undo: restore the same row
                    set_response_deleted(s, rid, False)
                else:
                    add_response(s, sv.id, values["answers"], gid, values["respondent_ref"], values["level"],
                                 values["unit_name"], response_id=rid)

            ok = self._push(self.tr("Enter questionnaire {ref}").format(ref=values["respondent_ref"]), do,
                            lambda s: set_response_deleted(s, rid, True))
        else:
            rid = response_id
            before = read(self.window_, lambda s: {k: getattr(s.get(Response, rid), k) for k in
                                                   ("answers", "respondent_ref", "level", "unit_name")})
            ok = self._push(self.tr("Edit questionnaire {ref}").format(ref=values["respondent_ref"]),
                            lambda s: update_response(s, rid, **values), lambda s: update_response(s, rid, **before))
        if ok:
            group = sv.group(gid) if gid else None
            ref = read(self.window_, lambda s: next_respondent_ref(s, sv.id, group))
            self.grid.mark_saved(row, rid, ref)
            self.show_status(self.tr("Saved {ref}.").format(ref=values["respondent_ref"]), False)

    def _push(self, text: str, do: Callable[[Any], Any], undo: Callable[[Any], Any]) -> bool:
        """An undoable entry step; errors go to the status line, not a dialog (keeps typing flowing)."""
        cmd = _QuietCommand(self.window_, text, do, undo, self.grid, lambda message: self.show_status(message, True))
        self.window_.undo_stack.push(cmd)
        return not cmd.failed

    def _delete_row(self) -> None:
        row = self.grid.currentRow()
        if row < 0 or row >= len(self.grid.row_ids):
            return
        rid = self.grid.row_ids[row]
        if rid is None:
            return
        push_op(self.window_, self.tr("Delete questionnaire"), lambda s: set_response_deleted(s, rid, True),
                lambda s: set_response_deleted(s, rid, False))
