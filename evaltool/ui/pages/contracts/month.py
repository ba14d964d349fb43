"""The month of one contract: its total from the client's sheet, the catalogue-completion and
SLA rates, adopted suggestions, what the month comes to, and the leaf scores — yours
editable, everyone's consolidated. Fields are written when you leave them (undoable);
Escape goes back to the grid.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaltool.contracts import UNSET, ContractInfo, MonthResult, fmt_money
from evaltool.formatting import fmt_score
from evaltool.i18n import localized
from evaltool.ui.operations.contracts import edit_leaf_score, edit_month

PATH_ROLE = Qt.ItemDataRole.UserRole
MY_COL = 2


def _num_text(value: Any) -> str:
    if value is None:
        return ""
    return fmt_score(float(value))


class MonthPanel(QWidget):
    def __init__(self, page: Any) -> None:
        super().__init__()
        self.page = page
        self.info: ContractInfo | None = None
        self.res: MonthResult | None = None
        self._loading = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        self.heading = QLabel()
        self.heading.setObjectName("monthHeading")
        self.heading.setWordWrap(True)
        lay.addWidget(self.heading)
        self.result = QLabel()
        self.result.setObjectName("monthResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.result)
        form = QFormLayout()
        self.total = QLineEdit()
        self.total.setObjectName("monthTotal")
        self.catalog = QLineEdit()
        self.catalog.setObjectName("monthCatalogRate")
        self.sla = QLineEdit()
        self.sla.setObjectName("monthSlaRate")
        self.adopted = QSpinBox()
        self.adopted.setObjectName("monthAdopted")
        self.adopted.setRange(0, 1000)
        self.total_label, self.catalog_label, self.sla_label, self.adopted_label = QLabel(), QLabel(), QLabel(), QLabel()
        for label, field in ((self.total_label, self.total), (self.catalog_label, self.catalog),
                             (self.sla_label, self.sla), (self.adopted_label, self.adopted)):
            label.setBuddy(field)
            form.addRow(label, field)
        lay.addLayout(form)
        self.total.editingFinished.connect(lambda: self._commit_text("score", self.total))
        self.catalog.editingFinished.connect(lambda: self._commit_text("catalog_rate", self.catalog))
        self.sla.editingFinished.connect(lambda: self._commit_text("sla_rate", self.sla))
        self.adopted.editingFinished.connect(self._commit_adopted)
        self.penalty_label = QLabel()
        self.penalty_label.setObjectName("monthPenalties")
        self.penalty_label.setWordWrap(True)
        lay.addWidget(self.penalty_label)
        self.leaves_label = QLabel()
        lay.addWidget(self.leaves_label)
        self.leaves = QTableWidget(0, 5)
        self.leaves.setObjectName("monthLeaves")
        self.leaves.verticalHeader().setVisible(False)
        self.leaves.verticalHeader().setDefaultSectionSize(24)
        self.leaves.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.leaves.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                    | QAbstractItemView.EditTrigger.EditKeyPressed
                                    | QAbstractItemView.EditTrigger.DoubleClicked)
        hh = self.leaves.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.leaves.itemChanged.connect(self._on_leaf_changed)
        self.leaves_label.setBuddy(self.leaves)
        lay.addWidget(self.leaves, 1)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.page.focus_grid)
        self.retranslate()

    def retranslate(self) -> None:
        self.total_label.setText(self.tr("Total from the client's sheet (out of 100):"))
        self.total.setPlaceholderText(self.tr("empty: the sum of the leaf scores below"))
        self.catalog_label.setText(self.tr("Catalogue completion rate (%):"))
        self.sla_label.setText(self.tr("SLA compliance rate (%):"))
        self.catalog.setPlaceholderText(self.tr("e.g. 98.5"))
        self.sla.setPlaceholderText(self.tr("e.g. 100"))
        self.adopted_label.setText(self.tr("Adopted suggestions:"))
        self.leaves_label.setText(self.tr("Leaf scores: yours (editable) and all evaluators' (consolidated)"))
        self.leaves.setHorizontalHeaderLabels([self.tr("Indicator"), self.tr("Weight"), self.tr("My score"),
                                               self.tr("Score"), self.tr("Evaluators")])
        self.show_month(self.info, self.res)

    # -- showing -----------------------------------------------------------------------
    def show_month(self, info: ContractInfo | None, res: MonthResult | None) -> None:
        self.info, self.res = info, res
        enabled = info is not None and res is not None and res.installment is not None
        for w in (self.total, self.catalog, self.sla, self.adopted, self.leaves):
            w.setEnabled(enabled)
        self._loading = True
        try:
            if info is None or res is None:
                self.heading.setText(self.tr("Choose a month of a contract in the grid."))
                self.result.setText("")
                self.penalty_label.setText("")
                for w in (self.total, self.catalog, self.sla):
                    w.setText("")
                self.adopted.setValue(0)
                self.leaves.setRowCount(0)
                return
            inst = info.installment_of(res.month)
            where = (self.tr("installment {period}").format(period=inst.period) if inst is not None
                     else self.tr("outside every installment"))
            self.heading.setText(f"<b>{info.name}</b> · {res.month} · {where}")
            self.result.setText(self._result_text(res))
            rec = res.record
            self.total.setText(_num_text(rec.score if rec else None))
            self.catalog.setText(f"{rec.catalog_rate.normalize():f}" if rec and rec.catalog_rate is not None else "")
            self.sla.setText(f"{rec.sla_rate.normalize():f}" if rec and rec.sla_rate is not None else "")
            self.adopted.setValue((rec.adopted or 0) if rec is not None else 0)
            self.penalty_label.setText(self._penalty_text(res))
            self._fill_leaves(res)
        finally:
            self._loading = False

    def _result_text(self, res: MonthResult) -> str:
        faults = self.tr("{n} faults").format(n=len(res.faults))
        if res.score is None:
            missing = len(res.missing)
            return self.tr("Not assessed yet: type the total, or score the leaves ({n} without a score). Timeliness {t} ({faults}).").format(
                n=missing, t=fmt_score(res.timeliness), faults=faults)
        source = self.tr("from the client's sheet") if res.source == "direct" else self.tr("from the leaf scores")
        return self.tr("Score {score} = {base} {source} + bonus {bonus}. Timeliness {t} ({faults}).").format(
            score=fmt_score(res.score), base=fmt_score(res.base_score), source=source, bonus=fmt_score(res.bonus),
            t=fmt_score(res.timeliness), faults=faults)

    def _penalty_text(self, res: MonthResult) -> str:
        if not res.penalties:
            return self.tr("No penalty this month.")
        parts = []
        for p in res.penalties:
            what = self.tr("catalogue completion") if p.kind == "catalog" else self.tr("SLA compliance")
            parts.append(self.tr("{what} {rate}%: {short} points × {per} = {amount} yuan").format(
                what=what, rate=f"{p.rate.normalize():f}", short=f"{p.shortfall.normalize():f}",
                per=fmt_money(p.per_point), amount=fmt_money(p.amount)))
        return self.tr("Penalties: {items}").format(items="; ".join(parts))

    def _fill_leaves(self, res: MonthResult) -> None:
        me = self.page.window_.db.evaluator_id
        names = self.page.evaluator_names
        self.leaves.setRowCount(len(res.leaves))
        for r, lv in enumerate(res.leaves):
            mine = lv.by_evaluator.get(me) if me else None
            if lv.role == "timeliness":
                my_text, note = "", self.tr("from the fault register")
            elif lv.role == "bonus":
                my_text, note = "", self.tr("from the adopted suggestions")
            else:
                my_text = _num_text(mine)
                note = "、".join(f"{names.get(ev, ev[:8])} {fmt_score(v)}" for ev, v in lv.by_evaluator.items()
                                if v is not None)
            cells = [localized(lv.name, lv.name_en), fmt_score(lv.weight) if lv.role != "bonus" else "+",
                     my_text, _num_text(lv.value), note]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(PATH_ROLE, lv.path)
                if c != MY_COL or lv.role is not None:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if c in (1, 2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c == 0:
                    item.setToolTip(lv.path)
                self.leaves.setItem(r, c, item)

    # -- edits -------------------------------------------------------------------------
    def _commit_text(self, key: str, edit: QLineEdit) -> None:
        if self._loading or self.info is None or self.res is None:
            return
        rec = self.res.record
        current = getattr(rec, key) if rec is not None else None
        text = edit.text().strip()
        now = "" if current is None else (f"{current.normalize():f}" if key != "score" else _num_text(current))
        if text == now:
            return
        label = {"score": self.tr("Set the total of {month}"), "catalog_rate": self.tr("Set the catalogue completion rate of {month}"),
                 "sla_rate": self.tr("Set the SLA compliance rate of {month}")}[key]
        values = dict.fromkeys(("score", "catalog_rate", "sla_rate"), UNSET)
        values[key] = text or None
        if not edit_month(self.page.window_, label.format(month=self.res.month), self.info.id, self.res.month, **values):
            self.show_month(self.info, self.res)  # refused: show what is stored

    def _commit_adopted(self) -> None:
        if self._loading or self.info is None or self.res is None:
            return
        rec = self.res.record
        current = (rec.adopted or 0) if rec is not None else 0
        if self.adopted.value() == current:
            return
        edit_month(self.page.window_, self.tr("Set the adopted suggestions of {month}").format(month=self.res.month),
                   self.info.id, self.res.month, adopted=self.adopted.value())

    def _on_leaf_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() != MY_COL or self.info is None or self.res is None:
            return
        me = self.page.window_.db.evaluator_id
        if not me:
            return
        path = item.data(PATH_ROLE)
        text = item.text().strip()
        lv = next((x for x in self.res.leaves if x.path == path), None)
        if lv is None or text == _num_text(lv.by_evaluator.get(me)):
            return
        if not edit_leaf_score(self.page.window_, self.tr("Score “{leaf}” of {month}").format(leaf=lv.name, month=self.res.month),
                               self.info.id, self.res.month, path, me, text or None):
            self.show_month(self.info, self.res)
