"""The editable parts of a rule: its kind, its figures and its table, as widgets.

``RuleForm`` shows one rule: a kind (all the kinds of ``evaltool.rules``), the kind's
figures in a form (points per occurrence, thresholds as percentages, a unit …) and its
list in a table (a checklist's points, the levels, the brackets, the kinds of
deduction), plus the criteria's defaults. Every number is read by the one number
reader (``evaltool.numbers``); a cell that is not a number is named in ``problems``.
``rule()`` gives the rule as data; keys the form does not edit (a survey link, a
template's source) are kept. ``changed`` fires on every edit, ``committed`` when an edit
is complete (a field left, a cell written, a choice made) — the dialog's undo steps.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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

from evaltool.numbers import NumberError, parse_number
from evaltool.rules import KINDS, fmt, kind_label


@dataclass(frozen=True)
class Field:
    key: str
    kind: str  # text | num | opt (a number or empty) | pct (fraction shown as %) | optpct | bool | choice
    choices: tuple[tuple[str, str], ...] = ()  # (value, label key)
    default: Any = None


@dataclass(frozen=True)
class Column:
    key: str
    kind: str  # text | num | opt | bool


@dataclass(frozen=True)
class Table:
    key: str
    columns: tuple[Column, ...]


LABEL = Field("label", "text")
FIELDS: dict[str, tuple[Field, ...]] = {
    "checklist": (Field("partial", "bool"),),
    "graded": (),
    "rate": (LABEL, Field("numerator_label", "text"), Field("denominator_label", "text"),
             Field("full_at", "pct", default=1.0), Field("floor", "optpct")),
    "brackets": (LABEL, Field("unit", "text", default="%")),
    "completion": (LABEL, Field("required", "opt"), Field("numerator_label", "text"), Field("denominator_label", "text")),
    "deduction": (LABEL, Field("per", "num", default=0.5), Field("max", "opt")),
    "satisfaction": (LABEL, Field("threshold", "pct", default=0.9), Field("floor", "pct", default=0.6),
                     Field("floor_score", "num", default=0), Field("below", "bool")),
    "target": (LABEL, Field("operator", "choice", (("≥", ">="), ("≤", "<="), (">", ">"), ("<", "<"), ("=", "="),
                                                     ("text", "text")), ">="),
               Field("target", "text"), Field("unit", "text"),
               Field("partial", "choice", (("ratio", "ratio"), ("none", "none")), "ratio")),
    "expert": (),
    "bonus": (LABEL, Field("per", "num", default=10), Field("cap", "opt")),
    "shortfall": (LABEL, Field("target", "num", default=100), Field("unit", "text", default="%"),
                  Field("step", "num", default=1), Field("per", "num", default=0.2),
                  Field("direction", "choice", (("below", "below"), ("above", "above")), "below"),
                  Field("whole_steps", "bool"), Field("max", "opt")),
}
TABLES: dict[str, Table] = {
    "checklist": Table("points", (Column("text", "text"), Column("score", "num"))),
    "graded": Table("levels", (Column("text", "text"), Column("score", "num"), Column("max", "opt"))),
    "brackets": Table("brackets", (Column("min", "opt"), Column("min_inclusive", "bool"), Column("max", "opt"),
                                   Column("max_inclusive", "bool"), Column("score", "num"))),
    "deduction": Table("items", (Column("text", "text"), Column("per", "num"), Column("once", "bool"))),
}
DEFAULTS = Table("defaults", (Column("when", "text"), Column("as", "text"), Column("score", "opt")))


def _num_text(v: Any) -> str:
    if v is None or v == "":
        return ""
    try:
        return fmt(float(v))
    except (TypeError, ValueError):
        return str(v)


def read_num(text: str) -> float | None:
    """A typed figure (``evaltool.numbers``); None when empty; NumberError otherwise."""
    n = parse_number(text.strip(), thousands=True)
    if n.full:
        raise NumberError("not_a_number", text)
    return n.value


class RuleTable(QTableWidget):
    """One list of a rule (points, levels, brackets, kinds of deduction, defaults)."""

    committed = Signal()

    def __init__(self, table: Table, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(0, len(table.columns), parent)
        self.spec = table
        self.setObjectName(f"rule_{table.key}")
        self.setHorizontalHeaderLabels(headers)
        self.verticalHeader().setVisible(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if table.columns[0].kind == "text":
            self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setTabKeyNavigation(False)  # Tab leaves the table: arrows move between cells
        self.itemChanged.connect(lambda _i: None if self.signalsBlocked() else self.committed.emit())
        self.model().rowsInserted.connect(lambda *_a: self._fit())
        self.model().rowsRemoved.connect(lambda *_a: self._fit())
        self._fit()

    def _fit(self) -> None:
        """As tall as its rows (at most 8 shown, then it scrolls), so the dialog fits 768 pixels."""
        rows = min(max(self.rowCount(), 1), 8)
        self.setFixedHeight(self.horizontalHeader().sizeHint().height() + rows * self.verticalHeader().defaultSectionSize()
                            + 2 * self.frameWidth() + 2)

    def fill(self, rows: list[dict[str, Any]]) -> None:
        self.blockSignals(True)
        try:
            self.setRowCount(0)
            for r in rows:
                self.add_row(r, emit=False)
        finally:
            self.blockSignals(False)

    def add_row(self, data: dict[str, Any] | None = None, emit: bool = True) -> None:
        data = data or {}
        row = self.rowCount()
        was = self.signalsBlocked()
        self.blockSignals(True)
        self.insertRow(row)
        for j, col in enumerate(self.spec.columns):
            item = QTableWidgetItem()
            if col.kind == "bool":
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
                on = data.get(col.key)
                if on is None and col.key.endswith("_inclusive"):
                    on = True
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            else:
                v = data.get(col.key)
                item.setText(str(v or "") if col.kind == "text" else _num_text(v))
                if col.kind != "text":
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setItem(row, j, item)
        self.blockSignals(was)
        if emit:
            self.committed.emit()

    def remove_current(self) -> None:
        row = self.currentRow()
        if row >= 0:
            self.removeRow(row)
            self.committed.emit()

    def rows(self, problems: list[str], name: str, headers: list[str]) -> list[dict[str, Any]]:
        out = []
        for i in range(self.rowCount()):
            rec: dict[str, Any] = {}
            for j, col in enumerate(self.spec.columns):
                item = self.item(i, j)
                if item is None:
                    continue
                if col.kind == "bool":
                    rec[col.key] = item.checkState() == Qt.CheckState.Checked
                    continue
                text = item.text().strip()
                if col.kind == "text":
                    rec[col.key] = text
                    continue
                try:
                    v = read_num(text)
                except NumberError as exc:
                    problems.append(f"{name}, {i + 1}, {headers[j]}: {exc.message()}")
                    item.setBackground(Qt.GlobalColor.yellow)
                    continue
                item.setBackground(Qt.GlobalColor.transparent)
                if v is None and col.kind == "num":
                    problems.append(f"{name}, {i + 1}, {headers[j]}: " + self.tr("a number is needed"))
                rec[col.key] = v
            out.append(rec)
        return out


class RuleForm(QWidget):
    """Kind, figures and table of one rule (``set_rule`` / ``rule()``)."""

    changed = Signal()
    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base: dict[str, Any] = {}
        self._loading = False
        self.problems: list[str] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        top = QFormLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("ruleKind")
        self.kind.addItem("", None)
        for k in KINDS:
            self.kind.addItem("", k)
        self.kind.currentIndexChanged.connect(self._on_kind)
        self.kind_label = QLabel()
        self.kind_label.setBuddy(self.kind)
        top.addRow(self.kind_label, self.kind)
        lay.addLayout(top)
        self.fields_form = QFormLayout()
        lay.addLayout(self.fields_form)
        self.table_label = QLabel()
        lay.addWidget(self.table_label)
        self.table_box = QVBoxLayout()
        lay.addLayout(self.table_box)
        self.defaults_label = QLabel()
        lay.addWidget(self.defaults_label)
        self.defaults = RuleTable(DEFAULTS, self._headers(DEFAULTS))
        self.defaults.committed.connect(self._on_committed)
        lay.addWidget(self.defaults)
        drow = QHBoxLayout()
        self.add_default = QPushButton()
        self.add_default.clicked.connect(lambda _checked=False: self.defaults.add_row())
        self.remove_default = QPushButton()
        self.remove_default.clicked.connect(self.defaults.remove_current)
        drow.addWidget(self.add_default)
        drow.addWidget(self.remove_default)
        drow.addStretch(1)
        lay.addLayout(drow)
        self.table: RuleTable | None = None
        self._holder: QWidget | None = None
        self.widgets: dict[str, QWidget] = {}
        self.add_row_btn = QPushButton()
        self.add_row_btn.setObjectName("ruleAddRow")
        self.remove_row_btn = QPushButton()
        self.remove_row_btn.setObjectName("ruleRemoveRow")
        self.add_row_btn.clicked.connect(lambda: self.table.add_row() if self.table is not None else None)
        self.remove_row_btn.clicked.connect(lambda: self.table.remove_current() if self.table is not None else None)
        self.retranslate()

    # -- texts -----------------------------------------------------------------------
    def field_names(self) -> dict[str, str]:
        return {
            "label": self.tr("Measured quantity"), "numerator_label": self.tr("Numerator"),
            "denominator_label": self.tr("Denominator"), "full_at": self.tr("Full marks at (%)"),
            "floor": self.tr("Zero below (%)"), "unit": self.tr("Unit"), "required": self.tr("Items required"),
            "per": self.tr("Points per occurrence"), "max": self.tr("At most (points off)"),
            "threshold": self.tr("Full marks at (%)"), "floor_score": self.tr("Points at the floor"),
            "below": self.tr("Below the threshold: score by hand"), "operator": self.tr("Comparison"),
            "target": self.tr("Target"), "partial": self.tr("When not met"), "cap": self.tr("Cap (points)"),
            "step": self.tr("Per step of"), "direction": self.tr("Points off when the value is"),
            "whole_steps": self.tr("A part step counts as a whole one"), "partial_points": self.tr("Partial points allowed"),
            "ratio": self.tr("in proportion"), "none": self.tr("zero"), "below_dir": self.tr("below the target"),
            "above": self.tr("above the target"), "text": self.tr("text (met / not met by hand)"),
        }

    def column_names(self) -> dict[str, str]:
        return {"text": self.tr("Text"), "score": self.tr("Points"), "max": self.tr("Up to (a range)"),
                "min": self.tr("From"), "min_inclusive": self.tr("From included"), "max_inclusive": self.tr("To included"),
                "per": self.tr("Points off"), "once": self.tr("Once only"), "when": self.tr("When"),
                "as": self.tr("Counts as")}

    def _headers(self, table: Table) -> list[str]:
        names = self.column_names()
        heads = [names.get(c.key, c.key) for c in table.columns]
        if table.key == "brackets":
            heads[0], heads[2] = self.tr("From"), self.tr("To")
        if table.key == "graded":
            heads[1] = self.tr("Points (from)")
        return heads

    def table_title(self, key: str) -> str:
        return {"points": self.tr("Points of the checklist (①②③…)"), "levels": self.tr("Levels"),
                "brackets": self.tr("Brackets (empty From / To: open)"),
                "items": self.tr("Kinds of occurrence (optional: several with their own points)")}.get(key, key)

    def retranslate(self) -> None:
        self.kind_label.setText(self.tr("&Kind"))
        self.kind.setItemText(0, self.tr("No rule: scored by hand"))
        for i, k in enumerate(KINDS, start=1):
            self.kind.setItemText(i, kind_label(k))
        self.defaults_label.setText(self.tr("Defaults the criteria set (e.g. 无佐证材料的按0分计)"))
        self.defaults.setHorizontalHeaderLabels(self._headers(DEFAULTS))
        self.add_default.setText(self.tr("Add default"))
        self.remove_default.setText(self.tr("Remove default"))
        self.add_row_btn.setText(self.tr("Add row"))
        self.remove_row_btn.setText(self.tr("Remove row"))
        if not self._loading:
            self._rebuild(self.rule())

    # -- showing ---------------------------------------------------------------------
    def set_rule(self, rule: dict[str, Any] | None) -> None:
        self._loading = True
        try:
            self._base = copy.deepcopy(rule or {})
            idx = self.kind.findData((rule or {}).get("kind"))
            self.kind.blockSignals(True)
            self.kind.setCurrentIndex(max(idx, 0))
            self.kind.blockSignals(False)
            self._rebuild(rule)
        finally:
            self._loading = False

    def _clear_fields(self) -> None:
        while self.fields_form.rowCount():
            self.fields_form.removeRow(0)
        self.widgets = {}
        if self.table is not None:
            self.table_box.removeWidget(self.table)
            self.table.setParent(None)
            self.table.deleteLater()
            self.table = None
        for b in (self.add_row_btn, self.remove_row_btn):
            b.setParent(self)  # kept: the holder they sat in goes
            b.hide()
        if self._holder is not None:
            self.table_box.removeWidget(self._holder)
            self._holder.setParent(None)
            self._holder.deleteLater()
            self._holder = None

    def _rebuild(self, rule: dict[str, Any] | None) -> None:
        rule = rule or {}
        self._clear_fields()
        kind = rule.get("kind")
        names = self.field_names()
        for f in FIELDS.get(kind or "", ()):
            w = self._field_widget(f, rule.get(f.key, f.default), names)
            self.widgets[f.key] = w
            label = names["partial_points"] if (kind, f.key) == ("checklist", "partial") else names.get(f.key, f.key)
            if f.kind == "bool":
                assert isinstance(w, QCheckBox)
                w.setText(label)
                self.fields_form.addRow(w)
            else:
                lab = QLabel(label)
                lab.setBuddy(w)
                self.fields_form.addRow(lab, w)
        spec = TABLES.get(kind or "")
        self.table_label.setVisible(spec is not None)
        if spec is not None:
            self.table = RuleTable(spec, self._headers(spec))
            self.table.committed.connect(self._on_committed)
            rows = [dict(r) for r in rule.get(spec.key) or [] if isinstance(r, dict)]
            if kind == "graded":
                rows = [({**r, "score": r.get("min"), "max": r.get("max")} if r.get("min") is not None else r) for r in rows]
            self.table.fill(rows)
            self.table_label.setText(self.table_title(spec.key))
            self.table_box.addWidget(self.table)
            row = QHBoxLayout()
            row.addWidget(self.add_row_btn)
            row.addWidget(self.remove_row_btn)
            row.addStretch(1)
            holder = QWidget()
            holder.setLayout(row)
            self.add_row_btn.show()
            self.remove_row_btn.show()
            self.table_box.addWidget(holder)
            self._holder = holder
        has_rule = kind is not None
        for w in (self.defaults_label, self.defaults, self.add_default, self.remove_default):
            w.setVisible(has_rule)
        self.defaults.fill([dict(d) for d in rule.get("defaults") or [] if isinstance(d, dict)])

    def _field_widget(self, f: Field, value: Any, names: dict[str, str]) -> QWidget:
        if f.kind == "bool":
            cb = QCheckBox()
            cb.setObjectName(f"rule_{f.key}")
            cb.setChecked(bool(value == "by_hand" if f.key == "below" else value))
            cb.toggled.connect(lambda _on: self._on_committed())
            return cb
        if f.kind == "choice":
            combo = QComboBox()
            combo.setObjectName(f"rule_{f.key}")
            for v, label_key in f.choices:
                label = names.get("below_dir" if (f.key, label_key) == ("direction", "below") else label_key, v)
                combo.addItem(v if f.key == "operator" and v != "text" else label, v)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.currentIndexChanged.connect(lambda _i: self._on_committed())
            return combo
        e = QLineEdit()
        e.setObjectName(f"rule_{f.key}")
        if f.kind in ("pct", "optpct") and value is not None and value != "":
            e.setText(_num_text(float(value) * 100))
        elif f.kind == "text":
            e.setText("" if value is None else str(value))
        else:
            e.setText(_num_text(value))
        e.textEdited.connect(lambda _t: self._on_changed())
        e.editingFinished.connect(self._on_committed)
        return e

    # -- reading ---------------------------------------------------------------------
    def rule(self) -> dict[str, Any] | None:
        """The rule as shown (None: no rule). ``problems`` lists figures that are not numbers."""
        self.problems = []
        kind = self.kind.currentData()
        if kind is None:
            return None
        out = {k: v for k, v in self._base.items() if self._base.get("kind") == kind}
        out["kind"] = kind
        names = self.field_names()
        for f in FIELDS.get(kind, ()):
            w = self.widgets.get(f.key)
            if w is None:
                continue
            if isinstance(w, QCheckBox):
                if f.key == "below":
                    if w.isChecked():
                        out["below"] = "by_hand"
                    else:
                        out.pop("below", None)
                elif w.isChecked():
                    out[f.key] = True
                else:
                    out.pop(f.key, None)
            elif isinstance(w, QComboBox):
                out[f.key] = w.currentData()
            elif isinstance(w, QLineEdit):
                text = w.text().strip()
                if f.kind == "text" or (f.key == "target" and kind == "target"):
                    if f.key == "target" and kind == "target":
                        try:
                            v = read_num(text)
                            out[f.key] = v if v is not None else text
                        except NumberError:
                            out[f.key] = text
                    elif text:
                        out[f.key] = text
                    else:
                        out.pop(f.key, None)
                    continue
                try:
                    v = read_num(text)
                except NumberError as exc:
                    self.problems.append(f"{names.get(f.key, f.key)}: {exc.message()}")
                    continue
                if v is None:
                    if f.kind in ("num", "pct"):
                        self.problems.append(self.tr("{field}: a number is needed").format(field=names.get(f.key, f.key)))
                    out.pop(f.key, None)
                    continue
                out[f.key] = v / 100 if f.kind in ("pct", "optpct") else v
        spec = TABLES.get(kind)
        if spec is not None and self.table is not None:
            rows = self.table.rows(self.problems, self.table_title(spec.key), self._headers(spec))
            if kind == "graded":
                rows = [({"text": r.get("text", ""), "min": r.get("score"), "max": r["max"]} if r.get("max") is not None
                         else {"text": r.get("text", ""), "score": r.get("score")}) for r in rows]
            if kind == "deduction":
                rows = [r for r in rows if r.get("text") or r.get("per") is not None]
                if rows:
                    out["items"] = rows
                    out["per"] = rows[0].get("per")
                else:
                    out.pop("items", None)
            else:
                out[spec.key] = rows
        defaults = [d for d in self.defaults.rows(self.problems, self.tr("Defaults"), self._headers(DEFAULTS))
                    if d.get("when") or d.get("as")]
        for d in defaults:
            if d.get("score") is None:
                d.pop("score", None)
        if defaults:
            out["defaults"] = defaults
        else:
            out.pop("defaults", None)
        return out

    def focus_chain(self) -> list[QWidget]:
        out: list[QWidget] = [self.kind]
        for f in FIELDS.get(self.kind.currentData() or "", ()):
            w = self.widgets.get(f.key)
            if w is not None:
                out.append(w)
        if self.table is not None:
            out += [self.table, self.add_row_btn, self.remove_row_btn]
        if self.kind.currentData() is not None:
            out += [self.defaults, self.add_default, self.remove_default]
        return out

    # -- signals -----------------------------------------------------------------------
    def _on_kind(self, _index: int) -> None:
        if self._loading:
            return
        kind = self.kind.currentData()
        base = self._base if self._base.get("kind") == kind else {"kind": kind} if kind else {}
        if kind and base.get("kind") != self._base.get("kind"):
            base = {"kind": kind, **({"defaults": self._base["defaults"]} if self._base.get("defaults") else {})}
        self._rebuild(base if kind else None)
        self._on_committed()

    def _on_changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    def _on_committed(self) -> None:
        if not self._loading:
            self.changed.emit()
            self.committed.emit()
