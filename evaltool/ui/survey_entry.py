"""Fast keyboard entry of paper questionnaires: one row per questionnaire.

Keys: a digit in a choice column picks that option and moves to the next column; in a
multiple-choice column digits add codes (Backspace removes the last); number, text,
unit and id columns are typed as usual. Enter saves the row (checked first: a bad cell
turns red and the row stays) and puts the cursor on the first column of a new row.
Delete clears a cell. Nothing needs the mouse. Questions not asked of the chosen group
(``QuestionInfo.group_ids``) have no column: the cursor never stops on them.
"""
from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QStyledItemDelegate, QTableWidget, QTableWidgetItem, QWidget

from evaltool.survey import CHOICE_KINDS, GroupInfo, QuestionInfo, ResponseInfo, SurveyInfo, normalize_answer
from evaltool.ui.widgets.fit import elide_header

ERROR_BG = QColor(255, 205, 205)
SAVED_FG = QColor(90, 90, 90)
ROLE_VALUE = Qt.ItemDataRole.UserRole + 1  # stored answer (code, [codes], number, text) of a cell


class _LineDelegate(QStyledItemDelegate):
    """A line editor whose Enter also saves the row (the grid never sees that Enter)."""

    def __init__(self, grid: EntryGrid) -> None:
        super().__init__(grid)
        self.grid = grid

    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex | QPersistentModelIndex) -> QWidget:  # noqa: N802 - Qt name
        ed = QLineEdit(parent)
        ed.returnPressed.connect(lambda: QTimer.singleShot(0, self.grid.save_current_row))
        return ed


class EntryGrid(QTableWidget):
    """The entry grid. ``row_saved(row_index, response_id, values)`` asks the page to store a row.

    ``values`` = {"answers": {...}, "level", "unit_name", "respondent_ref"}; the page calls
    ``mark_saved`` (or ``mark_error``) afterwards.
    """

    row_saved = Signal(int, object, object)
    status = Signal(str, bool)  # message, is_error
    column_entered = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.survey: SurveyInfo | None = None
        self.group: GroupInfo | None = None
        self.questions: list[QuestionInfo] = []
        self.row_ids: list[str | None] = []
        self.dirty: set[int] = set()
        self.next_ref = ""
        self.setItemDelegate(_LineDelegate(self))
        elide_header(self.horizontalHeader())  # questions as column titles: hover shows them whole
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setTabKeyNavigation(True)
        self.verticalHeader().setDefaultSectionSize(26)
        self.currentCellChanged.connect(lambda r, c, _pr, _pc: self.column_entered.emit(c))
        self.itemChanged.connect(self._on_item_changed)
        self._loading = False

    # -- columns ----------------------------------------------------------------------
    @property
    def level_col(self) -> int:
        return len(self.questions)

    @property
    def unit_col(self) -> int:
        return len(self.questions) + 1

    @property
    def ref_col(self) -> int:
        return len(self.questions) + 2

    def question_at(self, col: int) -> QuestionInfo | None:
        return self.questions[col] if 0 <= col < len(self.questions) else None

    def set_headers(self, level: str, unit: str, ref: str) -> None:
        self._headers = (level, unit, ref)
        from evaltool.i18n import current_language

        lang = current_language()
        # the full question text (Qt clips it to the column); a shortened copy would no
        # longer be recognisable as user data in the language audits
        labels = [f"{q.key}\n{q.label(lang)}" for q in self.questions] + [level, unit, ref]
        self.setHorizontalHeaderLabels(labels)

    def load(self, survey: SurveyInfo, group: GroupInfo | None, responses: list[ResponseInfo], next_ref: str) -> None:
        """Show a group's questionnaires plus one empty row for the next one."""
        self._loading = True
        try:
            self.survey, self.group = survey, group
            # questions not asked of this group are skipped: no column, nothing to step over
            self.questions = [q for q in survey.questions if group is None or q.asked_of(group.id)]
            self.next_ref = next_ref
            self.clear()
            self.setColumnCount(len(self.questions) + 3)
            self.set_headers(*getattr(self, "_headers", ("Level", "Unit", "Id")))
            self.setRowCount(0)
            self.row_ids = []
            self.dirty = set()
            for r in responses:
                self._append_row(r.id, r.answers, r.level, r.unit_name, r.respondent_ref, saved=True)
            self._append_row(None, {}, "", "", next_ref, saved=False)
            for c in range(len(self.questions)):
                self.setColumnWidth(c, 96 if self.questions[c].kind != "text" else 180)
        finally:
            self._loading = False

    def _append_row(self, rid: str | None, answers: dict[str, Any], level: str, unit: str, ref: str, saved: bool) -> None:
        row = self.rowCount()
        self.insertRow(row)
        self.row_ids.append(rid)
        for c, q in enumerate(self.questions):
            self._set_cell(row, c, answers.get(q.key))
        self.setItem(row, self.level_col, QTableWidgetItem(level))
        self.setItem(row, self.unit_col, QTableWidgetItem(unit))
        self.setItem(row, self.ref_col, QTableWidgetItem(ref))
        self.setVerticalHeaderItem(row, QTableWidgetItem(str(row + 1) if saved else "＋"))
        self._paint_row(row, saved)

    def _paint_row(self, row: int, saved: bool) -> None:
        for c in range(self.columnCount()):
            it = self.item(row, c)
            if it is not None:
                it.setForeground(QBrush(SAVED_FG) if saved else QBrush())
                it.setBackground(QBrush())

    def _display(self, q: QuestionInfo, value: Any) -> str:
        if value is None:
            return ""
        if q.kind == "multi":
            return ",".join(str(c) for c in value)
        if q.kind in CHOICE_KINDS:
            opt = q.option(value)
            return f"{value} {opt['label']}" if opt else str(value)
        return str(value)

    def _set_cell(self, row: int, col: int, value: Any) -> None:
        q = self.question_at(col)
        assert q is not None
        it = self.item(row, col)
        if it is None:
            it = QTableWidgetItem()
            self.setItem(row, col, it)
        was = self._loading
        self._loading = True
        try:
            it.setData(ROLE_VALUE, json.dumps(value))  # a string: PySide6 6.12 leaks None refs through QVariant
            it.setText(self._display(q, value))
            it.setBackground(QBrush())
        finally:
            self._loading = was

    def value(self, row: int, col: int) -> Any:
        """The stored answer of a question cell (None when blank)."""
        it = self.item(row, col)
        raw = it.data(ROLE_VALUE) if it is not None else ""
        return json.loads(raw) if isinstance(raw, str) and raw else None

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        row, col = item.row(), item.column()
        q = self.question_at(col)
        if q is not None:  # typed into an editor (number / text / a label typed in full)
            try:
                value = normalize_answer(q, item.text())
            except (ValueError, TypeError):
                self.mark_cell_error(row, col, item.text())
                self.dirty.add(row)
                return
            self._set_cell(row, col, value)
        self.dirty.add(row)

    # -- keyboard ---------------------------------------------------------------------
    def _set_text(self, row: int, col: int, text: str) -> None:
        """Set a plain text cell (level, unit, id), creating it if needed."""
        it = self.item(row, col)
        if it is None:
            self.setItem(row, col, QTableWidgetItem(text))
        else:
            it.setText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt name
        row, col = self.currentRow(), self.currentColumn()
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save_current_row()
            return
        q = self.question_at(col)
        text = event.text()
        if row >= 0 and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (q is not None or col == self.level_col):
            if q is not None and q.kind == "multi" and key == Qt.Key.Key_Backspace:
                cur = list(self.value(row, col) or [])
                self._set_cell(row, col, cur[:-1] or None)
            elif q is not None:
                self._set_cell(row, col, None)
            else:
                self._set_text(row, col, "")
            self.dirty.add(row)
            return
        if row >= 0 and text and text.isdigit() and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            if q is not None and q.kind in CHOICE_KINDS:
                self._digit(row, col, q, int(text))
                return
            if col == self.level_col and self.group and self.group.levels:
                i = int(text) - 1
                if 0 <= i < len(self.group.levels):
                    self._set_text(row, col, self.group.levels[i])
                    self.dirty.add(row)
                    self._advance(row, col)
                else:
                    self.status.emit(self.tr("Level {digit} does not exist; levels: {levels}").format(
                        digit=text, levels="  ".join(f"{k + 1} {lv}" for k, lv in enumerate(self.group.levels))), True)
                    QApplication.beep()
                return
        super().keyPressEvent(event)

    def _digit(self, row: int, col: int, q: QuestionInfo, digit: int) -> None:
        if q.kind == "multi":
            if q.option(digit) is None:
                self.mark_cell_error(row, col, str(digit))
                return
            cur = list(self.value(row, col) or [])
            self._set_cell(row, col, sorted(set(cur) | {digit}))
            self.dirty.add(row)
            return
        if q.option(digit) is None:
            self.mark_cell_error(row, col, str(digit))
            return
        self._set_cell(row, col, digit)
        self.dirty.add(row)
        self._advance(row, col)

    def _advance(self, row: int, col: int) -> None:
        if col + 1 < self.columnCount():
            self.setCurrentCell(row, col + 1)

    def mark_cell_error(self, row: int, col: int, raw: str) -> None:
        q = self.question_at(col)
        it = self.item(row, col)
        if it is not None:
            it.setBackground(QBrush(ERROR_BG))
        if q is not None:
            opts = "  ".join(f"{o['code']} {o['label']}" for o in q.options)
            msg = self.tr("“{value}” is not an answer to {key}. {options}").format(value=raw, key=q.key, options=opts)
        else:
            msg = self.tr("“{value}” is not valid here.").format(value=raw)
        self.status.emit(msg, True)
        QApplication.beep()

    # -- saving -----------------------------------------------------------------------
    def row_values(self, row: int) -> dict[str, Any] | None:
        """The row's values, or None (and the bad cell marked) if a cell is invalid."""
        answers: dict[str, Any] = {}
        for c, q in enumerate(self.questions):
            it = self.item(row, c)
            if it is None:
                continue
            if it.background().color() == ERROR_BG and it.background().style() != Qt.BrushStyle.NoBrush:
                self.setCurrentCell(row, c)
                self.mark_cell_error(row, c, it.text())
                return None
            val = self.value(row, c)
            if val is not None:
                answers[q.key] = val
        return {"answers": answers, "level": self._text(row, self.level_col),
                "unit_name": self._text(row, self.unit_col), "respondent_ref": self._text(row, self.ref_col)}

    def _text(self, row: int, col: int) -> str:
        it = self.item(row, col)
        return it.text().strip() if it is not None else ""

    def save_current_row(self) -> None:
        row = self.currentRow()
        if row < 0:
            return
        if self.state() == QAbstractItemView.State.EditingState:
            return  # the editor's own Enter commits first, then calls us again
        is_new = self.row_ids[row] is None
        if not is_new and row not in self.dirty:
            self._go_to_new_row()
            return
        values = self.row_values(row)
        if values is None:
            return
        if not values["answers"]:
            if is_new:
                self.status.emit(self.tr("The row is empty: type the answers first."), True)
                QApplication.beep()
            return
        self.row_saved.emit(row, self.row_ids[row], values)

    def mark_saved(self, row: int, response_id: str, next_ref: str) -> None:
        """The page stored the row: grey it out and open a new empty row below."""
        self._loading = True
        try:
            was_new = self.row_ids[row] is None
            self.row_ids[row] = response_id
            self.dirty.discard(row)
            self.setVerticalHeaderItem(row, QTableWidgetItem(str(row + 1)))
            self._paint_row(row, True)
            if was_new:
                self.next_ref = next_ref
                self._append_row(None, {}, self._text(row, self.level_col), self._text(row, self.unit_col), next_ref, saved=False)
        finally:
            self._loading = False
        self._go_to_new_row()

    def _go_to_new_row(self) -> None:
        self.setCurrentCell(self.rowCount() - 1, 0)
        self.scrollToBottom()
