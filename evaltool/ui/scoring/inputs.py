"""Rule inputs editor: one widget that shows the inputs of any rule kind (evaltool.rules).

``edited`` fires on every change (the form previews the proposal and the totals);
``committed`` fires when a change is complete (a box ticked, a level picked, a
number field left or Enter pressed), which is when the form writes it.

Keyboard: the fields come in the rule's order (``focus_chain``); Space ticks a point and
digits fill a field without the focus moving, because showing the same rule again (after
a write) updates the values in place instead of rebuilding the widgets. Single-value
kinds show the one measured value in the criteria's unit, labelled with the quantity
the criteria name (``rule["label"]``).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from evaltool.rules import CIRCLED, bracket_text, deduction_items, expand_value, expert_deductions, fmt
from evaltool.ui.widgets.fit import ElidedCheckBox
from evaltool.ui.widgets.number_edit import NumberSpinBox

BIG = 1e12


class RuleInputsWidget(QWidget):
    edited = Signal()
    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.rule: dict[str, Any] | None = None
        self.weight = 0.0
        self._extra: dict[str, Any] = {}
        self._loading = False
        self.checks: list[QCheckBox] = []
        self.awards: list[QDoubleSpinBox] = []
        self.fields: dict[str, QWidget] = {}
        # Set by the form: () -> [(label, link)] of survey questions a satisfaction rule can
        # take its rate from (link = {"survey_id", "group_id", "question_key"}).
        self.link_choices: Callable[[], list[tuple[str, dict[str, Any]]]] | None = None

    # -- building ----------------------------------------------------------------
    def _clear(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.setParent(None)
                w.deleteLater()
        self.checks, self.awards, self.fields = [], [], {}

    def _spin(self, key: str, decimals: int = 3, lo: float = -BIG, hi: float = BIG, suffix: str = "",
              percent: bool = False) -> QDoubleSpinBox:
        sp = NumberSpinBox()  # 1,5 and １．５ are 1.5, never 15
        sp.setObjectName(f"input_{key}")
        sp.setDecimals(2 if percent else decimals)
        sp.setRange(lo, hi)
        sp.setSuffix(suffix or (" %" if percent else ""))
        sp.setProperty("percent", percent)
        sp.setKeyboardTracking(True)
        sp.valueChanged.connect(self._on_edited)
        sp.editingFinished.connect(self._on_committed)
        self.fields[key] = sp
        return sp

    def _row(self, label: str, widget: QWidget) -> None:
        r = self.grid.rowCount()
        lab = QLabel(label)
        lab.setBuddy(widget)
        self.grid.addWidget(lab, r, 0)
        self.grid.addWidget(widget, r, 1)

    def set_rule(self, rule: dict[str, Any] | None, weight: float, inputs: dict[str, Any] | None) -> None:
        """Show ``rule``'s inputs; the same rule again only updates the values (the widgets
        and the focus stay where they are)."""
        if rule == self.rule and weight == self.weight and self.fields_built():
            self._update(inputs)
            return
        self._loading = True
        try:
            self._clear()
            self.rule, self.weight = rule, weight
            inputs = expand_value(rule or {}, dict(inputs or {}))  # {"value": X} shown in the kind's fields
            self._extra = {k: v for k, v in inputs.items() if k == "link"}
            kind = (rule or {}).get("kind")
            builder = getattr(self, f"_build_{kind}", None)
            if builder is not None:
                builder(rule or {}, inputs)
                self._build_defaults(rule or {}, inputs)
                for i in range(self.grid.count()):  # shown now, so Tab and focus reach them at once
                    item = self.grid.itemAt(i)
                    w = item.widget() if item is not None else None
                    if w is not None:
                        w.show()
            self.setVisible(builder is not None)
        finally:
            self._loading = False

    def fields_built(self) -> bool:
        return bool(self.fields or self.checks)

    def _update(self, inputs: dict[str, Any] | None) -> None:
        """Put ``inputs`` into the widgets already built (nothing is rebuilt)."""
        self._loading = True
        try:
            inputs = expand_value(self.rule or {}, dict(inputs or {}))
            self._extra = {k: v for k, v in inputs.items() if k == "link"}
            points = (self.rule or {}).get("points") or []
            ticked = inputs.get("ticked") or []
            awarded = inputs.get("awarded")
            for i, (cb, sp) in enumerate(zip(self.checks, self.awards, strict=False)):
                full = float(points[i].get("score") or 0) if i < len(points) else 0.0
                got = float(awarded[i]) if awarded is not None and i < len(awarded) and awarded[i] is not None else (
                    full if i < len(ticked) and ticked[i] else 0.0)
                if abs(sp.value() - got) > 1e-9:
                    sp.setValue(got)
                cb.setChecked(got >= full - 1e-9 and full > 0)
            for key, w in self.fields.items():
                if isinstance(w, QDoubleSpinBox) and key not in ("rate",) and inputs.get(key) is not None:
                    w.setValue(float(inputs[key]))
                elif isinstance(w, QDoubleSpinBox) and key == "rate" and inputs.get("rate") is not None:
                    w.setValue(float(inputs["rate"]) * 100)
                elif isinstance(w, QSpinBox) and key.startswith("count"):
                    idx = int(key[5:]) if key[5:].isdigit() else None
                    given = inputs.get("counts")
                    counts: list[Any] = given if isinstance(given, list) else []
                    value = counts[idx] if idx is not None and idx < len(counts) else (
                        inputs.get("count") if idx in (None, 0) else None)
                    if value is not None:
                        w.setValue(int(value))
                elif isinstance(w, QComboBox) and key == "level" and inputs.get("level") is not None:
                    w.setCurrentIndex(int(inputs["level"]) + 1)
                elif isinstance(w, QComboBox) and key == "default":
                    d = inputs.get("default")
                    w.setCurrentIndex(int(d) + 1 if isinstance(d, int) else 0)
                elif isinstance(w, QLineEdit) and key == "actual" and not w.hasFocus():
                    w.setText(str(inputs.get("actual", "") or ""))
        finally:
            self._loading = False

    def focus_chain(self) -> list[QWidget]:
        """The input fields in the rule's order, for the form's Tab order."""
        out: list[QWidget] = []
        for i in range(self.grid.count()):
            item = self.grid.itemAt(i)
            w = item.widget() if item is not None else None
            if w is not None and not isinstance(w, QLabel) and w.focusPolicy() != Qt.FocusPolicy.NoFocus:
                out.append(w)
        return out

    def _value_label(self, rule: dict[str, Any], fallback: str) -> str:
        label = str(rule.get("label") or "").strip()
        return label or fallback

    def _build_checklist(self, rule: dict[str, Any], inputs: dict[str, Any]) -> None:
        ticked = inputs.get("ticked") or []
        awarded = inputs.get("awarded")
        for i, pt in enumerate(rule.get("points") or []):
            full = float(pt.get("score") or 0)
            cb = ElidedCheckBox(f"{CIRCLED[i % 20]} {pt.get('text', '')}")  # the points are shown whole above
            cb.setObjectName(f"point_{i}")
            sp = NumberSpinBox()
            sp.setObjectName(f"award_{i}")
            sp.setRange(0, full)
            sp.setDecimals(3)
            sp.setSingleStep(0.05 if full <= 1 else 0.25)
            sp.setSuffix(f" / {fmt(full)}")
            got = float(awarded[i]) if awarded is not None and i < len(awarded) and awarded[i] is not None else (
                full if i < len(ticked) and ticked[i] else 0.0)
            sp.setValue(got)
            cb.setChecked(got >= full - 1e-9 and full > 0)
            cb.toggled.connect(lambda on, sp=sp, full=full: self._on_tick(sp, full, on))
            sp.valueChanged.connect(lambda v, cb=cb, full=full: self._on_award(cb, full, v))
            sp.editingFinished.connect(self._on_committed)
            r = self.grid.rowCount()
            self.grid.addWidget(cb, r, 0)
            self.grid.addWidget(sp, r, 1)
            self.checks.append(cb)
            self.awards.append(sp)

    def _on_tick(self, sp: QDoubleSpinBox, full: float, on: bool) -> None:
        if self._loading:
            return
        self._loading = True
        sp.setValue(full if on else 0.0)
        self._loading = False
        self.edited.emit()
        self.committed.emit()

    def _on_award(self, cb: QCheckBox, full: float, v: float) -> None:
        if self._loading:
            return
        self._loading = True
        cb.setChecked(v >= full - 1e-9 and full > 0)
        self._loading = False
        self.edited.emit()

    def _build_graded(self, rule: dict[str, Any], inputs: dict[str, Any]) -> None:
        combo = QComboBox()
        combo.setObjectName("input_level")
        combo.addItem(self.tr("— pick a level —"), None)
        for i, lv in enumerate(rule.get("levels") or []):
            pts = fmt(lv.get("score")) if lv.get("min") is None else f"{fmt(lv.get('min'))}–{fmt(lv.get('max'))}"
            combo.addItem(f"{CIRCLED[i % 20]} {lv.get('text', '')} ({pts})", i)
        level = inputs.get("level")
        combo.setCurrentIndex(int(level) + 1 if level is not None else 0)
        combo.currentIndexChanged.connect(self._on_picked)
        self.fields["level"] = combo
        self._row(self.tr("Level"), combo)
        sp = self._spin("score", lo=0, hi=self.weight)
        if inputs.get("score") is not None:
            sp.setValue(float(inputs["score"]))
        self._row(self.tr("Points within the level"), sp)

    def _ratio(self, inputs: dict[str, Any], a: str, b: str, la: str, lb: str, rate_label: str = "") -> None:
        direct = QCheckBox(self.tr("Enter the rate directly"))
        direct.setObjectName("input_direct")
        use_rate = inputs.get("rate") is not None and inputs.get(b) in (None, 0, "")
        direct.setChecked(use_rate)
        self.fields["direct"] = direct
        counts = a == "done"
        sa, sb = self._spin(a, lo=0, decimals=0 if counts else 3), self._spin(b, lo=0, decimals=0 if counts else 3)
        sr = self._spin("rate", lo=0, hi=1000, percent=True)
        for key, sp in ((a, sa), (b, sb)):
            if inputs.get(key) is not None:
                sp.setValue(float(inputs[key]))
        if inputs.get("rate") is not None:
            sr.setValue(float(inputs["rate"]) * 100)
        self._row(la, sa)
        self._row(lb, sb)
        self._row(rate_label or self.tr("Rate"), sr)
        self.grid.addWidget(direct, self.grid.rowCount(), 1)

        def sync(on: bool) -> None:
            sa.setEnabled(not on)
            sb.setEnabled(not on)
            sr.setEnabled(on)

        def toggled(on: bool) -> None:
            sync(on)
            self._on_picked()

        sync(use_rate)
        direct.toggled.connect(toggled)

    def _build_rate(self, rule: dict[str, Any], inputs: dict[str, Any]) -> None:
        self._ratio(inputs, "numerator", "denominator", rule.get("numerator_label") or self.tr("Actual"),
                    rule.get("denominator_label") or self.tr("Planned"), str(rule.get("label") or ""))

    def _build_completion(self, rule: dict[str, Any], inputs: dict[str, Any]) -> None:
        ins = dict(inputs)
        if ins.get("required") is None and rule.get("required") is not None:
            ins["required"] = rule["required"]
        self._ratio(ins, "done", "required", rule.get("numerator_label") or rule.get("label") or self.tr("Items done"),
                    rule.get("denominator_label") or self.tr("Items required"))

    def _build_brackets(self, rule: dict[str, Any], inputs: dict[str, Any]) -> None:
        unit = rule.get("unit", "")
        sp = self._spin("value", suffix=f" {unit}" if unit else "")
        sp.setSpecialValueText("")
        if inputs.get("value") is not None:
            sp.setValue(float(inputs["value"]))
        self._row(self._value_label(rule, self.tr("Measured value")), sp)
        bands = "; ".join(f"{bracket_text(b, unit)} → {fmt(b.get('score'))}" for b in rule.get("brackets") or [])
        lab = QLabel(bands)
        lab.setWordWrap(True)
        self.grid.addWidget(lab, self.grid.rowCount(), 0, 1, 2)

    def _count(self, inputs: dict[str, Any], label: str) -> None:
        sp = QSpinBox()
        sp.setObjectName("input_count")
        sp.setRange(0, 1_000_000)
        if inputs.get("count") is not None:
            sp.setValue(int(inputs["count"]))
        sp.valueChanged.connect(self._on_edited)
        sp.editingFinished.connect(self._on_committed)
        self.fields["count"] = sp
        self._row(label, sp)

    def _build_deduction(self, rule: dict[str, Any], inputs: dict[str, Any]) -> None:
        items = deduction_items(rule)
        if len(items) == 1:
            self._count(inputs, self._value_label(rule, self.tr("Occurrences found")))
            return
        given = inputs.get("counts")
        counts: list[Any] = given if isinstance(given, list) else []
        for i, it in enumerate(items):
            sp = QSpinBox()
            sp.setObjectName(f"input_count{i}")
            sp.setRange(0, 1 if it.get("once") else 1_000_000)
            if i < len(counts) and counts[i] is not None:
                sp.setValue(int(counts[i]))
            sp.valueChanged.connect(self._on_edited)
            sp.editingFinished.connect(self._on_committed)
            self.fields[f"count{i}"] = sp
            per = fmt(it.get("per"))
            text = it.get("text") or self.tr("Occurrences")
            self._row(self.tr("{what} (−{per} each)").format(what=text, per=per) if not it.get("once")
                      else self.tr("{what} (−{per}, yes = 1)").format(what=text, per=per), sp)

    def _build_shortfall(self, rule: dict[str, Any], inputs: dict[str, Any]) -> None:
        unit = rule.get("unit", "")
        sp = self._spin("value", suffix=f" {unit}" if unit else "")
        if inputs.get("value") is not None:
            sp.setValue(float(inputs["value"]))
        elif inputs.get("rate") is not None:
            sp.setValue(float(inputs["rate"]) * 100)
        self._row(self._value_label(rule, self.tr("Measured value")), sp)

    def _build_defaults(self, rule: dict[str, Any], inputs: dict[str, Any]) -> None:
        """A choice of the criteria's defaults that give a score ("无佐证材料的按0分计")."""
        defaults = [(i, d) for i, d in enumerate(rule.get("defaults") or []) if isinstance(d, dict)
                    and d.get("score") is not None]
        if not defaults:
            return
        combo = QComboBox()
        combo.setObjectName("input_default")
        combo.addItem(self.tr("— none applies —"), None)
        for i, d in defaults:
            combo.addItem(f"{d.get('when', '')} → {d.get('as') or fmt(d.get('score'))}", i)
        current = inputs.get("default")
        idx = combo.findData(current) if isinstance(current, int) else 0
        combo.setCurrentIndex(max(idx, 0))
        combo.currentIndexChanged.connect(self._on_picked)
        self.fields["default"] = combo
        self._row(self.tr("Default of the criteria"), combo)

    def _build_bonus(self, rule: dict[str, Any], inputs: dict[str, Any]) -> None:
        self._count(inputs, self._value_label(rule, self.tr("Items earning the bonus")))

    def _build_satisfaction(self, rule: dict[str, Any], inputs: dict[str, Any]) -> None:
        sr = self._spin("rate", lo=0, hi=100, percent=True)
        if inputs.get("rate") is not None:
            sr.setValue(float(inputs["rate"]) * 100)
        source = QComboBox()
        source.setObjectName("input_link")
        source.addItem(self.tr("Typed in"), None)
        choices = self.link_choices() if self.link_choices else []
        current = inputs.get("link")
        for label, link in choices:
            source.addItem(label, link)
        if current:
            idx = next((i for i in range(1, source.count()) if source.itemData(i) == current), -1)
            if idx < 0:  # a link to a question that is gone stays visible, not silently dropped
                source.addItem(self.tr("(linked question not found)"), current)
                idx = source.count() - 1
            source.setCurrentIndex(idx)
        sr.setEnabled(source.currentIndex() == 0)
        source.currentIndexChanged.connect(lambda _i: self._on_link_chosen(source, sr))
        self.fields["link"] = source
        self._row(self.tr("Rate from"), source)
        self._row(self.tr("Satisfaction rate"), sr)

    def _on_link_chosen(self, source: QComboBox, rate: QDoubleSpinBox) -> None:
        link = source.currentData()
        if link:
            self._extra = {**self._extra, "link": link}
        else:
            self._extra = {k: v for k, v in self._extra.items() if k != "link"}
        rate.setEnabled(not link)
        self._on_edited()
        self._on_committed()

    def _build_target(self, rule: dict[str, Any], inputs: dict[str, Any]) -> None:
        e = QLineEdit(str(inputs.get("actual", "") or ""))
        e.setObjectName("input_actual")
        e.textEdited.connect(lambda _t: self._on_edited())
        e.editingFinished.connect(self._on_committed)
        self.fields["actual"] = e
        self._row(self.tr("Actual value (target {target})").format(
            target=f"{rule.get('operator', '')}{rule.get('target', '')}{rule.get('unit', '')}"), e)

    def _build_expert(self, rule: dict[str, Any], inputs: dict[str, Any]) -> None:
        deds = expert_deductions(inputs)
        sp = self._spin("deduction", lo=0, hi=max(abs(self.weight), 0.0))
        reason = QLineEdit()
        reason.setObjectName("input_reason")
        if deds:
            sp.setValue(sum(float(d.get("points") or 0) for d in deds))
            reason.setText("；".join(str(d.get("reason") or "") for d in deds if d.get("reason")))
        reason.textEdited.connect(lambda _t: self._on_edited())
        reason.editingFinished.connect(self._on_committed)
        self.fields["reason"] = reason
        self._row(self.tr("Points deducted"), sp)
        self._row(self.tr("Reason for the deduction"), reason)

    # -- reading -----------------------------------------------------------------
    def _on_edited(self, *_a: Any) -> None:
        if not self._loading:
            self.edited.emit()

    def _on_committed(self) -> None:
        if not self._loading:
            self.committed.emit()

    def _on_picked(self, *_a: Any) -> None:
        """A choice (level, rate typed directly) is complete at once: edited, then committed."""
        self._on_edited()
        self._on_committed()

    def inputs(self) -> dict[str, Any] | None:
        kind = (self.rule or {}).get("kind")
        f = self.fields
        out: dict[str, Any] = dict(self._extra)
        if kind == "checklist":
            pts = (self.rule or {}).get("points") or []
            vals = [round(sp.value(), 6) for sp in self.awards]
            fulls = [float(p.get("score") or 0) for p in pts]
            if all(v in (0.0, full) for v, full in zip(vals, fulls, strict=True)):  # one award per point
                out["ticked"] = [v > 0 for v in vals]
            else:
                out["awarded"] = vals
        elif kind == "graded":
            lv = f["level"].currentData()  # type: ignore[attr-defined]
            if lv is None:
                return None
            out["level"] = lv
            level = ((self.rule or {}).get("levels") or [])[lv]
            if level.get("min") is not None:
                out["score"] = f["score"].value()  # type: ignore[attr-defined]
        elif kind in ("rate", "completion"):
            a, b = ("numerator", "denominator") if kind == "rate" else ("done", "required")
            if f["direct"].isChecked():  # type: ignore[attr-defined]
                out["rate"] = round(f["rate"].value() / 100, 6)  # type: ignore[attr-defined]
            else:
                out[a], out[b] = f[a].value(), f[b].value()  # type: ignore[attr-defined]
                if kind == "completion":
                    out[a], out[b] = _intish(out[a]), _intish(out[b])
        elif kind in ("brackets", "shortfall"):
            out["value"] = f["value"].value()  # type: ignore[attr-defined]
        elif kind == "deduction" and "count" not in f:
            out["counts"] = [f[f"count{i}"].value() for i in range(len(deduction_items(self.rule or {})))]  # type: ignore[attr-defined]
        elif kind in ("deduction", "bonus"):
            out["count"] = f["count"].value()  # type: ignore[attr-defined]
        elif kind == "satisfaction":
            if not out.get("link"):
                out["rate"] = round(f["rate"].value() / 100, 6)  # type: ignore[attr-defined]
        elif kind == "target":
            text = f["actual"].text().strip()  # type: ignore[attr-defined]
            if not text:
                return None
            out["actual"] = text
        elif kind == "expert":
            out["deductions"] = [{"points": f["deduction"].value(),  # type: ignore[attr-defined]
                                  "reason": f["reason"].text().strip()}]  # type: ignore[attr-defined]
        else:
            return None
        if "default" in f and f["default"].currentData() is not None:  # type: ignore[attr-defined]
            out["default"] = f["default"].currentData()  # type: ignore[attr-defined]
        return out


def _intish(x: float) -> float | int:
    return int(x) if float(x).is_integer() else x
