"""The money panel of the Targets page: budget lines per sub-project and year, edited in place.

One row per line (sub-project, year, 批复, 调整后, 到位, 实际支出, 调至其他项目, 收回 in 万元),
then the rates (调整率 under the project's definition, 执行率, 到位率) and the combined line;
the definition of 预算调整率 is chosen for the project in a combo box; what does not
reconcile (lines against the project's stated totals, a line against itself) is listed
under the table. Every edit is an undoable step through ``evaltool.money``; amounts are
read as people type them (509.4, 509.40万元, 1,501,850元). A stated calculation can be
checked in the line below (``evaltool.check``).
"""
from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaltool.check import find_claims
from evaltool.errors import EvaltoolError
from evaltool.money import (
    ADJUSTMENT_DEFINITIONS,
    AMOUNTS,
    BudgetLine,
    MoneyOverview,
    delete_line,
    line_state,
    money_overview,
    parse_amount,
    rename_line,
    restore_line,
    set_adjustment_definition,
    set_line,
)
from evaltool.scoring import fmt_rate, fmt_score
from evaltool.ui.operations import push_op, read
from evaltool.ui.widgets.fit import elide_combo

COLUMNS = ("name", "year", *AMOUNTS, "adjustment_rate", "execution_rate")
KEY_ROLE = Qt.ItemDataRole.UserRole


class MoneyPanel(QWidget):
    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.project_id: str | None = None
        self._overview: MoneyOverview | None = None
        self._loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.box = QGroupBox()
        ml = QVBoxLayout(self.box)
        row = QHBoxLayout()
        self.definition_label = QLabel()
        self.definition = QComboBox()
        self.definition.setObjectName("adjustmentDefinition")
        elide_combo(self.definition, 16)
        for key in ADJUSTMENT_DEFINITIONS:
            self.definition.addItem("", key)
        self.definition_label.setBuddy(self.definition)
        self.definition.activated.connect(lambda _i: self._set_definition(self.definition.currentData()))
        row.addWidget(self.definition_label)
        row.addWidget(self.definition, 1)
        self.add_btn = QPushButton()
        self.add_btn.setObjectName("addBudgetLine")
        self.add_btn.clicked.connect(self.add_line)
        self.del_btn = QPushButton()
        self.del_btn.setObjectName("deleteBudgetLine")
        self.del_btn.clicked.connect(self.delete_line)
        row.addWidget(self.add_btn)
        row.addWidget(self.del_btn)
        ml.addLayout(row)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("moneyTable")
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(self._on_item_changed)
        ml.addWidget(self.table, 1)
        self.warnings = QLabel()
        self.warnings.setObjectName("moneyWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #b26a00;")
        ml.addWidget(self.warnings)
        self.check_edit = QLineEdit()
        self.check_edit.setObjectName("arithmeticCheck")
        self.check_edit.textChanged.connect(self._check)
        ml.addWidget(self.check_edit)
        self.check_result = QLabel()
        self.check_result.setObjectName("arithmeticResult")
        self.check_result.setWordWrap(True)
        ml.addWidget(self.check_result)
        outer.addWidget(self.box)

    def retranslate(self) -> None:
        self.box.setTitle(self.tr("Budget lines (10k yuan)"))
        self.definition_label.setText(self.tr("&Adjustment rate:"))
        texts = {"change": self.tr("|adjusted − approved| / approved"),
                 "cut": self.tr("(approved − adjusted) / approved, cuts only"),
                 "moved_recovered": self.tr("(moved to other projects + recovered) / approved")}
        for i, key in enumerate(ADJUSTMENT_DEFINITIONS):
            self.definition.setItemText(i, texts[key])
        self.add_btn.setText(self.tr("Add line"))
        self.del_btn.setText(self.tr("Delete line"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Budget line"), self.tr("Year"), self.tr("Approved"), self.tr("Adjusted"), self.tr("Received"),
            self.tr("Actual"), self.tr("Moved out"), self.tr("Recovered"), self.tr("Adjustment rate"),
            self.tr("Execution rate")])
        self.check_edit.setPlaceholderText(self.tr("Check a stated calculation, e.g. 3.23×1.8405=5.82"))
        self.refresh()

    def set_project(self, project_id: str | None) -> None:
        self.project_id = project_id
        self.refresh()

    def refresh(self) -> None:
        if not self.project_id:
            return
        pid = self.project_id
        try:
            ov = read(self.window_, lambda s: money_overview(s, pid))
        except EvaltoolError:  # the project was deleted meanwhile
            return
        self._overview = ov
        self._loading = True
        try:
            self.definition.setCurrentIndex(max(self.definition.findData(ov.definition), 0))
            lines = ov.lines + ov.totals
            shown = [*lines, ov.combined] if len(lines) != 1 else lines
            if not lines:
                shown = [ov.combined]
            self.table.setRowCount(len(shown))
            for i, x in enumerate(shown):
                editable = x in lines
                for j, col in enumerate(COLUMNS):
                    if col == "name":
                        text = x.name
                    elif col == "year":
                        text = str(x.year) if x.year is not None else ""
                    elif col in ("adjustment_rate", "execution_rate"):
                        text = fmt_rate(getattr(x, col))
                    else:
                        text = fmt_score(getattr(x, col))
                    item = QTableWidgetItem(text)
                    item.setData(KEY_ROLE, (x.name, x.year) if editable else None)
                    if not editable or col in ("adjustment_rate", "execution_rate"):
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    if j:
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    if not editable:
                        f = item.font()
                        f.setBold(True)
                        item.setFont(f)
                        if not lines:
                            item.setToolTip(self.tr("The project's own figures (Project page); add budget lines to "
                                                    "record them per sub-project and year."))
                    self.table.setItem(i, j, item)
            self.warnings.setText("\n".join(f"⚠ {w}" for w in ov.warnings))
            self.table.setColumnWidth(0, max(130, min(self.table.sizeHintForColumn(0) + 12, 240)))
        finally:
            self._loading = False

    # -- edits ---------------------------------------------------------------------------------
    def _line(self, key: tuple[str, int | None]) -> BudgetLine | None:
        ov = self._overview
        if ov is None:
            return None
        return next((x for x in ov.lines + ov.totals if (x.name, x.year) == key), None)

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or not self.project_id:
            return
        key = item.data(KEY_ROLE)
        if key is None:
            return
        name, year = key
        col = COLUMNS[item.column()]
        pid = self.project_id
        text = item.text().strip()
        try:
            if col == "name":
                self._move(name, year, text, year)
            elif col == "year":
                new_year = int(text.rstrip("年")) if text else None
                self._move(name, year, name, new_year)
            elif col in AMOUNTS:
                value = parse_amount(text)
                line = self._line((name, year))
                if line is not None and getattr(line, col) == value:
                    return
                holder: dict[str, Any] = {}

                def do(s: Any) -> None:
                    holder["state"] = line_state(s, pid, name, year)
                    set_line(s, pid, name, year, **{col: value})

                push_op(self.window_, self.tr("Edit budget line {line}").format(line=name or year), do,
                        lambda s: restore_line(s, pid, name, year, holder["state"]))
        except (EvaltoolError, ValueError) as exc:
            self.window_.statusBar().showMessage(str(exc), 8000)
            self.refresh()

    def _move(self, name: str, year: int | None, new_name: str, new_year: int | None) -> None:
        pid = self.project_id
        if (name, year) == (new_name, new_year) or pid is None:
            return
        push_op(self.window_, self.tr("Rename budget line {line}").format(line=name),
                lambda s: rename_line(s, pid, name, year, new_name, new_year),
                lambda s: rename_line(s, pid, new_name, new_year, name, year))

    def add_line(self) -> None:
        if not self.project_id or self._overview is None:
            return
        pid = self.project_id
        taken = {x.name for x in self._overview.lines + self._overview.totals}
        base = self.tr("Sub-project")
        name = next(f"{base} {k}" for k in range(1, 1000) if f"{base} {k}" not in taken)
        year = self._overview.years[-1] if self._overview.years else date.today().year
        holder: dict[str, Any] = {}

        def do(s: Any) -> None:
            holder["state"] = line_state(s, pid, name, year)
            set_line(s, pid, name, year)

        if push_op(self.window_, self.tr("Add budget line"), do,
                   lambda s: restore_line(s, pid, name, year, holder["state"])):
            for i in range(self.table.rowCount()):
                item = self.table.item(i, 0)
                if item is not None and item.data(KEY_ROLE) == (name, year):
                    self.table.setCurrentCell(i, 0)
                    self.table.editItem(item)

    def delete_line(self) -> None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        key = item.data(KEY_ROLE) if item is not None else None
        if key is None or not self.project_id:
            return
        pid, (name, year) = self.project_id, key
        holder: dict[str, Any] = {}

        def do(s: Any) -> None:
            holder["state"] = line_state(s, pid, name, year)
            delete_line(s, pid, name, year)

        push_op(self.window_, self.tr("Delete budget line {line}").format(line=name or year), do,
                lambda s: restore_line(s, pid, name, year, holder["state"]))

    def _set_definition(self, definition: str) -> None:
        if not self.project_id or self._overview is None or definition == self._overview.definition:
            return
        pid, before = self.project_id, self._overview.definition
        push_op(self.window_, self.tr("Set the adjustment-rate definition"),
                lambda s: set_adjustment_definition(s, pid, definition),
                lambda s: set_adjustment_definition(s, pid, before))

    def _check(self, text: str) -> None:
        # the one expression checker (evaltool.check): + − × ÷ %, brackets, 乘以/除以, rounding half-up
        checks = [c for c in find_claims(text) if c.ok is not None]
        if not checks:
            self.check_result.setText("")
            return
        lines = [("✓ " + self.tr("{expr} = {value} is right.").format(expr=c.expression, value=c.stated_text))
                 if c.ok else "✗ " + self.tr("{expr} is {computed}, not {stated}.").format(
                     expr=c.expression, computed=c.expected_text(), stated=c.stated_text)
                 for c in checks]
        self.check_result.setText("\n".join(lines))
        self.check_result.setStyleSheet("color: #2e7d32;" if all(c.ok for c in checks) else "color: #b00020;")
