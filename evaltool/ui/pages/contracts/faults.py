"""The fault register of a contract: the faults of the chosen month (or the whole contract),
each with its response and recovery time against its limits, the overrun and the
timeliness points it gives; add (Ins), edit (Enter / double click), delete (Del), all
undoable. The dialog stays open when the fault is refused (e.g. recovered before it was
reported), so nothing typed is lost.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
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

from evaltool.contracts import ContractInfo, FaultInfo
from evaltool.formatting import fmt_score
from evaltool.ui.operations.contracts import edit_fault, new_fault, remove_fault
from evaltool.ui.widgets.fit import elide_header

ID_ROLE = Qt.ItemDataRole.UserRole
TIME_FORMAT = "yyyy-MM-dd HH:mm"


def _minutes(seconds: int) -> str:
    m = seconds / 60
    return f"{m:.0f}" if m == int(m) else f"{m:.1f}"


class FaultDialog(QDialog):
    """Enter or edit one fault; ``save(values) -> bool`` is asked before closing."""

    def __init__(self, parent: QWidget, save: Callable[[dict[str, Any]], bool], month: str,
                 fault: FaultInfo | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("faultDialog")
        self._save = save
        form = QFormLayout(self)
        self.impact = QComboBox()
        self.impact.setObjectName("faultImpact")
        self.level = QComboBox()
        self.level.setObjectName("faultLevel")
        self.reported, self.responded, self.recovered = QDateTimeEdit(), QDateTimeEdit(), QDateTimeEdit()
        start = QDateTime.fromString(f"{month}-01 09:00", TIME_FORMAT)
        for name, w in (("faultReported", self.reported), ("faultResponded", self.responded),
                        ("faultRecovered", self.recovered)):
            w.setObjectName(name)
            w.setDisplayFormat(TIME_FORMAT)
            w.setCalendarPopup(True)
            w.setDateTime(start)
        self.description = QLineEdit()
        self.description.setObjectName("faultDescription")
        self.evidence = QLineEdit()
        self.evidence.setObjectName("faultEvidence")
        self.rows = [self.impact, self.level, self.reported, self.responded, self.recovered, self.description,
                     self.evidence]
        self.labels = [QLabel() for _ in self.rows]
        for label, field in zip(self.labels, self.rows, strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.form = form
        self.retranslate()
        if fault is not None:
            self.impact.setCurrentIndex(max(0, self.impact.findData(fault.impact)))
            self.level.setCurrentIndex(max(0, self.level.findData(fault.level)))
            for w, text in ((self.reported, fault.reported_at), (self.responded, fault.responded_at),
                            (self.recovered, fault.recovered_at)):
                w.setDateTime(QDateTime.fromString(text.replace("T", " ")[:16], TIME_FORMAT))
            self.description.setText(fault.description)
            self.evidence.setText(fault.evidence)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Fault"))
        self.impact.clear()
        self.impact.addItem(self.tr("Affects the business"), "business")
        self.impact.addItem(self.tr("Does not affect the business"), "other")
        self.level.clear()
        self.level.addItem(self.tr("Level 1: main system"), 1)
        self.level.addItem(self.tr("Level 2: auxiliary system"), 2)
        self.level.addItem(self.tr("Level 3: hidden defect"), 3)
        labels = [self.tr("&Impact:"), self.tr("&Level:"), self.tr("&Reported at:"), self.tr("Res&ponded at:"),
                  self.tr("Re&covered at:"), self.tr("&What happened:"), self.tr("&Evidence (work order):")]
        for label, text in zip(self.labels, labels, strict=True):
            label.setText(text)

    def values(self) -> dict[str, Any]:
        def iso(w: QDateTimeEdit) -> str:
            return w.dateTime().toString("yyyy-MM-ddTHH:mm")

        return {"impact": self.impact.currentData(), "level": self.level.currentData(),
                "reported_at": iso(self.reported), "responded_at": iso(self.responded),
                "recovered_at": iso(self.recovered), "description": self.description.text().strip(),
                "evidence": self.evidence.text().strip()}

    def _ok(self) -> None:
        if self._save(self.values()):
            self.accept()


class FaultsPanel(QWidget):
    def __init__(self, page: Any) -> None:
        super().__init__()
        self.page = page
        self.info: ContractInfo | None = None
        self.month: str | None = None
        self.faults: list[FaultInfo] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        bar = QHBoxLayout()
        self.all_months = QCheckBox()
        self.all_months.setObjectName("faultsAllMonths")
        self.all_months.toggled.connect(lambda _on: self.show_faults(self.info, self.month, self._all))
        self.add_btn, self.edit_btn, self.del_btn = QPushButton(), QPushButton(), QPushButton()
        self.add_btn.setObjectName("addFault")
        self.edit_btn.setObjectName("editFault")
        self.del_btn.setObjectName("deleteFault")
        self.add_btn.clicked.connect(self.add_fault)
        self.edit_btn.clicked.connect(self.edit_current)
        self.del_btn.clicked.connect(self.delete_current)
        bar.addWidget(self.all_months)
        bar.addStretch(1)
        for b in (self.add_btn, self.edit_btn, self.del_btn):
            bar.addWidget(b)
        lay.addLayout(bar)
        self.table = QTableWidget(0, 10)
        self.table.setObjectName("faultsTable")
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setStretchLastSection(True)
        elide_header(hh)
        self.table.cellDoubleClicked.connect(lambda _r, _c: self.edit_current())
        lay.addWidget(self.table, 1)
        for key, slot in ((Qt.Key.Key_Insert, self.add_fault), (Qt.Key.Key_Delete, self.delete_current),
                          (Qt.Key.Key_Return, self.edit_current), (Qt.Key.Key_Enter, self.edit_current)):
            sc = QShortcut(QKeySequence(key), self.table)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(slot)
        self._all: list[FaultInfo] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.all_months.setText(self.tr("All months of the contract"))
        self.add_btn.setText(self.tr("Add fault…"))
        self.add_btn.setToolTip(self.tr("Ins in the list"))
        self.edit_btn.setText(self.tr("Edit…"))
        self.del_btn.setText(self.tr("Delete"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Reported"), self.tr("Impact"), self.tr("Level"), self.tr("Response (min)"),
            self.tr("Recovery"), self.tr("Over the limit"), self.tr("Points"), self.tr("Responded"),
            self.tr("Recovered"), self.tr("What happened")])
        self.show_faults(self.info, self.month, self._all)

    def show_faults(self, info: ContractInfo | None, month: str | None, faults: list[FaultInfo]) -> None:
        """``faults``: every fault of the contract; the list shows the month's unless "all months"."""
        self.info, self.month, self._all = info, month, faults
        rows = faults if self.all_months.isChecked() else [f for f in faults if f.month == month]
        self.faults = rows
        covered = info is not None and month is not None and info.installment_of(month) is not None
        self.add_btn.setEnabled(covered)
        self.edit_btn.setEnabled(bool(rows))
        self.del_btn.setEnabled(bool(rows))
        impact = {"business": self.tr("business"), "other": self.tr("other")}
        self.table.setRowCount(len(rows))
        for r, f in enumerate(rows):
            t = f.timing
            recovery = (self.tr("{h} h").format(h=f"{t.recover_seconds / 3600:.2f}") if not t.recover_limit.working_days
                        else self.tr("{h} working h").format(h=f"{t.recover_seconds / 3600:.2f}"))
            over = self.tr("within") if t.within else f"{t.overrun:.1f}%"
            cells = [f.reported_at.replace("T", " "), impact.get(f.impact, f.impact), str(f.level), _minutes(t.respond_seconds),
                     recovery, over, fmt_score(t.points), f.responded_at.replace("T", " "),
                     f.recovered_at.replace("T", " "), f.description + (f" ({f.evidence})" if f.evidence else "")]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, f.id)
                if c == 5 and not t.within:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(r, c, item)
        if rows:
            self.table.setCurrentCell(0, 0)

    def _current(self) -> FaultInfo | None:
        r = self.table.currentRow()
        return self.faults[r] if 0 <= r < len(self.faults) else None

    def add_fault(self) -> None:
        if self.info is None or self.month is None or self.info.installment_of(self.month) is None:
            return
        cid, window = self.info.id, self.page.window_
        text = self.tr("Add a fault")
        dlg = FaultDialog(self, lambda v: new_fault(window, text, cid, **v), self.month)
        dlg.exec()

    def edit_current(self) -> None:
        f = self._current()
        if f is None:
            return
        window, text = self.page.window_, self.tr("Edit a fault")
        dlg = FaultDialog(self, lambda v: edit_fault(window, text, f.id, **v), f.month, f)
        dlg.exec()

    def delete_current(self) -> None:
        f = self._current()
        if f is not None:
            remove_fault(self.page.window_, self.tr("Delete the fault of {time}").format(time=f.reported_at.replace("T", " ")),
                         f.id)
