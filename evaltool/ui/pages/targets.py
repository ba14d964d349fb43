"""Targets page: the performance target table (绩效目标表), the unit's self-evaluation
table (自评表) and their line-by-line comparison (rows matched by meaning), and the money.

Cells are edited in place and written when you leave them (undoable): sub-project,
levels, name, target, actual, the reason a target was missed, and the self-evaluation
table's points and score; the completion rate follows the target and the actual; the
status too, unless set by hand in its column. "Import…" reads a 绩效目标表 / 自评表 from
Excel or CSV on the runner, shows the rows and every warning before storing anything,
and stores them in one step (not undoable: imports clear the undo stack).

The money panel edits the project's budget lines per sub-project and year (批复, 调整后,
到位, 实际支出, 调至其他项目, 收回 in 万元; ``money_panel``), the definition of 预算调整率
chosen for this evaluation, and shows the rates and what does not reconcile.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaltool.changes import Changes
from evaltool.errors import NotFoundError
from evaltool.numbers import NumberError, parse_number
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
from evaltool.ui.pages.money_panel import MoneyPanel
from evaltool.ui.widgets.fit import scroll_body

COLUMNS = ("sub_project", "level1", "level2", "name", "target_text", "actual_text", "completion", "status",
           "reason", "points", "self_score", "note")
TEXT_FIELDS = {"sub_project", "level1", "level2", "name", "target_text", "actual_text", "reason", "note"}
NUMBER_FIELDS = {"points", "self_score"}
STATUS_COLORS = {"met": "#2e7d32", "partly": "#b26a00", "not_met": "#b00020", "unknown": "#808080"}
ID_ROLE = Qt.ItemDataRole.UserRole


class TargetsPage(ProjectPage):
    key = "targets"

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self._rows: list[TargetRow] = []
        self._loading = False
        lay = QVBoxLayout(scroll_body(self))
        top = QHBoxLayout()
        self.table_kind = QComboBox()
        self.table_kind.setObjectName("tableKind")
        self.table_kind.addItem("", "declared")
        self.table_kind.addItem("", "self_eval")
        self.table_kind.currentIndexChanged.connect(lambda _i: self.refresh())
        top.addWidget(self.table_kind)
        top.addStretch(1)
        self.import_btn = QPushButton()
        self.import_btn.setObjectName("importTargets")
        self.import_btn.clicked.connect(self.import_clicked)
        self.add_btn = QPushButton()
        self.add_btn.setObjectName("addTarget")
        self.add_btn.clicked.connect(self.add_row)
        self.del_btn = QPushButton()
        self.del_btn.setObjectName("deleteTarget")
        self.del_btn.clicked.connect(self.delete_row)
        top.addWidget(self.import_btn)
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
        bl.addWidget(self.compare_box, 2)
        self.money_panel = MoneyPanel(window)
        bl.addWidget(self.money_panel, 3)
        # the names the money table had before it became a panel (tests, scripts)
        self.money_box, self.money = self.money_panel.box, self.money_panel.table
        self.check_edit, self.check_result = self.money_panel.check_edit, self.money_panel.check_result
        split.addWidget(bottom)
        split.setSizes([380, 360])
        self._task: Any = None
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
        self.import_btn.setText(self.tr("Import from Excel…"))
        self.import_btn.setToolTip(self.tr("Read a performance target table or a self-evaluation table from .xlsx, .xls or "
                                           ".csv: you see the rows and every warning before anything is stored"))
        self.add_btn.setText(self.tr("Add row"))
        self.del_btn.setText(self.tr("Delete row"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Sub-project"), self.tr("Level 1"), self.tr("Level 2"), self.tr("Target"),
            self.tr("Target value"), self.tr("Actual value"), self.tr("Completion"), self.tr("Status"),
            self.tr("Reason if missed"), self.tr("Points"), self.tr("Self-score"), self.tr("Note")])
        self.compare_box.setTitle(self.tr("Target table vs self-evaluation table"))
        self.compare.setHorizontalHeaderLabels([self.tr("Sub-project"), self.tr("Target"),
                                                self.tr("Target table"), self.tr("Self-evaluation table"),
                                                self.tr("Difference")])
        self.money_panel.retranslate()
        self.refresh()

    # -- data ------------------------------------------------------------------------
    def set_project(self, project_id: str | None) -> None:
        self.money_panel.set_project(project_id)
        super().set_project(project_id)

    def refresh(self) -> None:
        if not self.project_id:
            return
        if self.defer_if_hidden():
            return
        pid, kind = self.project_id, self.table_kind.currentData() or "declared"

        def load(s: Any) -> Any:
            return list_targets(s, pid, kind), compare_tables(s, pid)

        try:
            rows, diffs = read(self.window_, load)
        except NotFoundError:  # the project was deleted meanwhile
            return
        self._rows = rows
        self._fill_table(rows)
        self._fill_counts(rows)
        self._fill_compare(diffs)
        self.money_panel.refresh()

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
                    elif col == "completion":
                        item = QTableWidgetItem(fmt_rate(r.completion))
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                        item.setToolTip(self.tr("Completion rate: actual over target for a minimum, target over actual "
                                                "for a maximum exceeded"))
                    elif col in NUMBER_FIELDS:
                        item = QTableWidgetItem(fmt_score(getattr(r, col)))
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    else:
                        item = QTableWidgetItem(str(getattr(r, col) or ""))
                        if col not in TEXT_FIELDS:
                            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    item.setData(ID_ROLE, r.id)
                    if col == "actual_text" or col == "name":
                        item.setForeground(QBrush(QColor(STATUS_COLORS.get(r.status, "#000"))))
                    self.table.setItem(i, j, item)
            self.table.resizeColumnsToContents()
            for j in range(len(COLUMNS)):
                self.table.setColumnWidth(j, min(self.table.columnWidth(j), 200))
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
                "target_changed": self.tr("Target value changed"),
                "renamed": self.tr("Same target, another name")}
        self.compare.setRowCount(len(diffs))
        for i, d in enumerate(diffs):
            name = d.name + (f" / {d.self_eval_name}" if d.self_eval_name else "")
            for j, val in enumerate((d.sub_project, name, d.declared or "/", d.self_eval or "/",
                                     what.get(d.kind, d.kind))):
                item = QTableWidgetItem(val)
                item.setToolTip(d.message)
                self.compare.setItem(i, j, item)

    # -- edits -----------------------------------------------------------------------
    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        col = COLUMNS[item.column()]
        if col not in TEXT_FIELDS and col not in NUMBER_FIELDS:
            return
        rid = item.data(ID_ROLE)
        value: Any = item.text().strip()
        row = next((r for r in self._rows if r.id == rid), None)
        if row is None:
            return
        if col in NUMBER_FIELDS:
            try:  # the product's one number reader: 1，5 is 1.5, 3分 is 3, 1,500 is ambiguous
                number = parse_number(value)
                if number.full or number.deduction:
                    raise NumberError("not_a_number", value)
                value = number.value
            except NumberError as exc:
                self._loading = True
                item.setText(fmt_score(getattr(row, col)))
                self._loading = False
                self.window_.statusBar().showMessage(exc.message(), 5000)
                return
        if getattr(row, col) == value:
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

    # -- import ---------------------------------------------------------------------------
    def import_clicked(self) -> None:
        last = str(self.window_.settings.value("targets/last_folder", str(Path.home())))
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Import a target table"), last,
                                               self.tr("Spreadsheets (*.xlsx *.xls *.csv)"))
        if path:
            self.window_.settings.setValue("targets/last_folder", str(Path(path).parent))
            self.read_file(path)

    def read_file(self, path: str, table_kind: str | None = None) -> Any:
        """Read ``path`` on the runner, then show the preview (``import_dialog``)."""
        from evaltool.target_import import read_targets

        def work(_job: Any) -> Any:
            return read_targets(path, table_kind=table_kind)

        self._task = self.window_.runner.run(self.tr("Reading {file}…").format(file=Path(path).name), work,
                                             on_done=self._preview, parent=self)
        return self._task

    def _preview(self, parsed: Any) -> None:
        from evaltool.ui.pages.targets_import import ImportTargetsDialog

        dlg = ImportTargetsDialog(parsed, self)
        dlg.setObjectName("importTargetsDialog")
        self.import_dialog = dlg
        dlg.accepted.connect(lambda: self.store(parsed, dlg.table_kind(), dlg.sub_project(), dlg.replace()))
        dlg.open()

    def store(self, parsed: Any, table_kind: str, sub_project: str | None, replace: bool) -> Any:
        """Store a previewed import on the runner (one step, not undoable)."""
        from evaltool.target_import import import_targets

        if not self.project_id:
            return None
        pid = self.project_id
        parsed.table_kind = table_kind

        def work(job: Any) -> Any:
            with job.session() as s:
                return import_targets(s, pid, parsed, sub_project=sub_project, replace=replace, append=not replace)

        def done(result: Any) -> None:
            self.table_kind.setCurrentIndex(self.table_kind.findData(result.table_kind))
            self.window_.statusBar().showMessage(self.tr("Imported {n} target rows.").format(n=result.added), 8000)

        self._task = self.window_.runner.run(self.tr("Importing targets…"), work, on_done=done, writes=True,
                                             clears_undo=True, parent=self)
        return self._task

    def on_data_changed(self, changes: Changes, initiator: object | None) -> None:
        if changes.targets or changes.projects:
            self.refresh()

