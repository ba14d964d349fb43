"""Targets page: the performance target table (绩效目标表), the unit's self-evaluation
table (自评表) and their line-by-line comparison, and the budget rates.

Cells are edited in place and written when you leave them (undoable); the status
follows the target and the actual value unless set by hand in its column.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaltool.changes import Changes
from evaltool.check import find_claims
from evaltool.money import budget_lines
from evaltool.scoring import fmt_rate, fmt_score
from evaltool.targets import (
    TargetRow,
    add_target,
    compare_tables,
    count_targets,
    delete_target,
    list_targets,
    restore_target,
    update_target,
)
from evaltool.ui.operations import push_op, read
from evaltool.ui.pages.base import ProjectPage

COLUMNS = ("sub_project", "level1", "level2", "name", "target_text", "actual_text", "status", "note")
TEXT_FIELDS = {"level1", "level2", "name", "target_text", "actual_text"}
STATUS_COLORS = {"met": "#2e7d32", "partly": "#b26a00", "not_met": "#b00020", "unknown": "#808080"}
ID_ROLE = Qt.ItemDataRole.UserRole


class TargetsPage(ProjectPage):
    key = "targets"

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self._rows: list[TargetRow] = []
        self._loading = False
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.table_kind = QComboBox()
        self.table_kind.setObjectName("tableKind")
        self.table_kind.addItem("", "declared")
        self.table_kind.addItem("", "self_eval")
        self.table_kind.currentIndexChanged.connect(lambda _i: self.refresh())
        top.addWidget(self.table_kind)
        top.addStretch(1)
        self.add_btn = QPushButton()
        self.add_btn.setObjectName("addTarget")
        self.add_btn.clicked.connect(self.add_row)
        self.del_btn = QPushButton()
        self.del_btn.setObjectName("deleteTarget")
        self.del_btn.clicked.connect(self.delete_row)
        top.addWidget(self.add_btn)
        top.addWidget(self.del_btn)
        lay.addLayout(top)

        self.counts = QTableWidget(0, 5)
        self.counts.setObjectName("targetCounts")
        self.counts.verticalHeader().setVisible(False)
        self.counts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.counts.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.counts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.counts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.counts.setMaximumWidth(720)
        lay.addWidget(self.counts)
        split = QSplitter(Qt.Orientation.Vertical)
        lay.addWidget(split, 1)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("targetsTable")
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(True)
        self.table.itemChanged.connect(self._on_item_changed)
        split.addWidget(self.table)

        bottom = QWidget()
        bl = QHBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        self.compare_box = QGroupBox()
        cl = QVBoxLayout(self.compare_box)
        self.compare = QTableWidget(0, 5)
        self.compare.setObjectName("compareTable")
        self.compare.verticalHeader().setVisible(False)
        self.compare.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.compare.horizontalHeader().setStretchLastSection(True)
        cl.addWidget(self.compare)
        bl.addWidget(self.compare_box, 3)
        self.money_box = QGroupBox()
        ml = QVBoxLayout(self.money_box)
        self.money = QTableWidget(0, 5)
        self.money.setObjectName("moneyTable")
        self.money.verticalHeader().setVisible(False)
        self.money.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.money.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.money.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ml.addWidget(self.money)
        self.check_edit = QLineEdit()
        self.check_edit.setObjectName("arithmeticCheck")
        self.check_edit.textChanged.connect(self._check)
        ml.addWidget(self.check_edit)
        self.check_result = QLabel()
        self.check_result.setObjectName("arithmeticResult")
        self.check_result.setWordWrap(True)
        ml.addWidget(self.check_result)
        bl.addWidget(self.money_box, 2)
        split.addWidget(bottom)
        split.setSizes([480, 260])
        self.retranslate()

    def title(self) -> str:
        return self.tr("Targets")

    def status_names(self) -> dict[str, str]:
        return {"met": self.tr("Met"), "partly": self.tr("Partly met"), "not_met": self.tr("Not met"),
                "unknown": self.tr("Unknown")}

    def retranslate(self) -> None:
        self.table_kind.setItemText(0, self.tr("Performance target table (declared)"))
        self.table_kind.setItemText(1, self.tr("Self-evaluation table (unit)"))
        self.counts.setHorizontalHeaderLabels([self.tr("Sub-project"), self.tr("Met or partly met"),
                                               self.tr("Not met"), self.tr("Unknown"), self.tr("Targets")])
        self.add_btn.setText(self.tr("Add row"))
        self.del_btn.setText(self.tr("Delete row"))
        self.table.setHorizontalHeaderLabels([self.tr("Sub-project"), self.tr("Level 1"), self.tr("Level 2"),
                                              self.tr("Target"), self.tr("Target value"), self.tr("Actual value"),
                                              self.tr("Status"), self.tr("Note")])
        self.compare_box.setTitle(self.tr("Target table vs self-evaluation table"))
        self.compare.setHorizontalHeaderLabels([self.tr("Sub-project"), self.tr("Target"),
                                                self.tr("Target table"), self.tr("Self-evaluation table"),
                                                self.tr("Difference")])
        self.money_box.setTitle(self.tr("Budget rates (10k yuan)"))
        self.money.setHorizontalHeaderLabels([self.tr("Budget line"), self.tr("Approved"), self.tr("Adjusted"),
                                              self.tr("Adjustment rate"), self.tr("Execution rate")])
        self.check_edit.setPlaceholderText(self.tr("Check a stated calculation, e.g. 3.23×1.8405=5.82"))
        self.refresh()

    # -- data ------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.project_id:
            return
        if self.defer_if_hidden():
            return
        pid, kind = self.project_id, self.table_kind.currentData() or "declared"

        def load(s: Any) -> Any:
            return list_targets(s, pid, kind), compare_tables(s, pid), budget_lines(s, pid)

        try:
            rows, diffs, (lines, combined) = read(self.window_, load)
        except Exception:  # noqa: BLE001 - the project was deleted meanwhile
            return
        self._rows = rows
        self._fill_table(rows)
        self._fill_counts(rows)
        self._fill_compare(diffs)
        self._fill_money(lines, combined)

    def _fill_table(self, rows: list[TargetRow]) -> None:
        self._loading = True
        names = self.status_names()
        try:
            self.table.setRowCount(len(rows))
            for i, r in enumerate(rows):
                for j, col in enumerate(COLUMNS):
                    if col == "status":
                        combo = QComboBox()
                        combo.setObjectName(f"status_{i}")
                        combo.addItem(self.tr("Auto: {status}").format(status=names.get(r.computed, r.computed)), None)
                        for key in ("met", "partly", "not_met", "unknown"):
                            combo.addItem(names[key], key)
                        combo.setCurrentIndex(combo.findData(r.status) if r.status_manual else 0)
                        combo.setStyleSheet(f"color: {STATUS_COLORS.get(r.status, '#000')};")
                        combo.activated.connect(lambda _i, rid=r.id, c=combo: self._set_status(rid, c.currentData()))
                        self.table.setCellWidget(i, j, combo)
                        item = QTableWidgetItem(names.get(r.status, r.status))
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    else:
                        text = str(getattr(r, col) or "")
                        if col == "note" and r.sub_project and text.startswith(r.sub_project + "；"):
                            text = text[len(r.sub_project) + 1:]
                        item = QTableWidgetItem(text)
                        if col not in TEXT_FIELDS:
                            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    item.setData(ID_ROLE, r.id)
                    if col == "actual_text" or col == "name":
                        item.setForeground(QBrush(QColor(STATUS_COLORS.get(r.status, "#000"))))
                    self.table.setItem(i, j, item)
            self.table.resizeColumnsToContents()
            for j in range(len(COLUMNS)):
                self.table.setColumnWidth(j, min(self.table.columnWidth(j), 260))
        finally:
            self._loading = False

    def _fill_counts(self, rows: list[TargetRow]) -> None:
        counts = count_targets(rows)
        keys = [k for k in counts if k != "*"] if len(counts) > 2 else []
        keys.append("*")
        self.counts.setRowCount(len(keys))
        for i, key in enumerate(keys):
            c = counts[key]
            label = self.tr("All") if key == "*" else (key or self.tr("Other"))
            for j, val in enumerate((label, str(c.met_or_mostly), str(c.not_met), str(c.unknown), str(c.total))):
                item = QTableWidgetItem(val)
                if j:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if key == "*":
                    f = item.font()
                    f.setBold(True)
                    item.setFont(f)
                self.counts.setItem(i, j, item)
        self.counts.setFixedHeight(self.counts.horizontalHeader().height() + 4 + sum(
            self.counts.rowHeight(i) for i in range(len(keys))))

    def _fill_compare(self, diffs: list[Any]) -> None:
        what = {"only_declared": self.tr("Only in the target table"),
                "only_self_eval": self.tr("Only in the self-evaluation table"),
                "target_changed": self.tr("Target value changed")}
        self.compare.setRowCount(len(diffs))
        for i, d in enumerate(diffs):
            for j, val in enumerate((d.sub_project, d.name, d.declared or "/", d.self_eval or "/", what.get(d.kind, d.kind))):
                self.compare.setItem(i, j, QTableWidgetItem(val))

    def _fill_money(self, lines: list[Any], combined: Any) -> None:
        rows = [*lines, combined]
        self.money.setRowCount(len(rows))
        for i, x in enumerate(rows):
            vals = (x.name, fmt_score(x.approved), fmt_score(x.adjusted), fmt_rate(x.adjustment_rate), fmt_rate(x.execution_rate))
            for j, v in enumerate(vals):
                item = QTableWidgetItem(v)
                item.setToolTip(x.name)
                if j:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.money.setItem(i, j, item)

    def _check(self, text: str) -> None:
        # the one expression checker (evaltool.check): + − × ÷ %, brackets, 乘以/除以, half-up
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

    # -- edits -----------------------------------------------------------------------
    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        col = COLUMNS[item.column()]
        if col not in TEXT_FIELDS:
            return
        rid = item.data(ID_ROLE)
        value = item.text().strip()
        row = next((r for r in self._rows if r.id == rid), None)
        if row is None or getattr(row, col) == value:
            return
        holder: dict[str, Any] = {}

        def do(s: Any) -> None:
            holder["before"] = update_target(s, rid, **{col: value})

        push_op(self.window_, self.tr("Edit target {name}").format(name=row.name), do,
                lambda s: restore_target(s, rid, holder["before"]))

    def _set_status(self, rid: str, status: str | None) -> None:
        holder: dict[str, Any] = {}

        def do(s: Any) -> None:
            holder["before"] = update_target(s, rid, status=status)

        push_op(self.window_, self.tr("Set target status"), do,
                lambda s: restore_target(s, rid, holder["before"]))

    def add_row(self) -> None:
        if not self.project_id:
            return
        pid, kind = self.project_id, self.table_kind.currentData() or "declared"
        current = self.table.currentRow()
        base = self._rows[current] if 0 <= current < len(self._rows) else None
        holder: dict[str, Any] = {}

        def do(s: Any) -> None:
            if "id" in holder:
                delete_target(s, holder["id"], False)
                return
            t = add_target(s, pid, name=self.tr("New target"), table_kind=kind,
                           level1=base.level1 if base else "", level2=base.level2 if base else "",
                           sub_project_name=base.sub_project if base else "")
            holder["id"] = t.id

        if push_op(self.window_, self.tr("Add target"), do, lambda s: delete_target(s, holder["id"])):
            self.table.setCurrentCell(self.table.rowCount() - 1, COLUMNS.index("name"))
            item = self.table.item(self.table.rowCount() - 1, COLUMNS.index("name"))
            if item is not None:
                self.table.editItem(item)

    def delete_row(self) -> None:
        current = self.table.currentRow()
        if not (0 <= current < len(self._rows)):
            return
        rid, name = self._rows[current].id, self._rows[current].name
        push_op(self.window_, self.tr("Delete target {name}").format(name=name),
                lambda s: delete_target(s, rid), lambda s: delete_target(s, rid, False))

    def on_data_changed(self, changes: Changes, initiator: object | None) -> None:
        if changes.targets or changes.projects:
            self.refresh()
