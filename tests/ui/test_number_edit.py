"""Numeric fields read numbers as evaluators type them (decimal comma, full-width digits,
the Chinese comma), say what will be stored, and never pass on a value they cannot store."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from evaltool.ui.widgets.number_edit import NumberEdit, NumberSpinBox
from tests.ui.conftest import type_text


def _spin(qtbot, lo: float = 0, hi: float = 10, *, thousands: bool = False, decimals: int = 3) -> NumberSpinBox:
    sp = NumberSpinBox(thousands=thousands)
    sp.setRange(lo, hi)
    sp.setDecimals(decimals)
    sp.setValue(2)
    qtbot.addWidget(sp)
    sp.show()
    return sp


def _type(qtbot, sp: NumberSpinBox, text: str) -> None:
    sp.lineEdit().selectAll()
    qtbot.keyClick(sp.lineEdit(), Qt.Key.Key_Delete)
    type_text(sp.lineEdit(), text)


@pytest.mark.parametrize("typed", ["1,5", "1，5", "１．５", "1.5", "１，５"])
def test_a_spin_box_reads_a_decimal_comma_and_full_width_digits_as_one_and_a_half(qtbot, typed: str) -> None:
    sp = _spin(qtbot)
    _type(qtbot, sp, typed)
    qtbot.keyClick(sp.lineEdit(), Qt.Key.Key_Return)
    assert sp.value() == 1.5  # never 15 (Qt's own reading of "1,5")
    assert sp.text() == "1.500"  # what is stored is what is shown: no 1.50E+01


def test_a_value_outside_the_range_never_reaches_listeners(qtbot) -> None:
    sp = _spin(qtbot, 0, 10)
    seen: list[float] = []
    sp.valueChanged.connect(seen.append)
    _type(qtbot, sp, "350")
    assert all(0 <= v <= 10 for v in seen)  # 3 and 35 … only what fits; never 350
    assert "350" in sp.toolTip() and "0…10" in sp.toolTip()  # says why (in the user's language)
    qtbot.keyClick(sp.lineEdit(), Qt.Key.Key_Return)
    sp.clearFocus()
    assert 0 <= sp.value() <= 10


def test_a_thousands_separator_is_read_only_where_it_cannot_be_a_decimal(qtbot) -> None:
    money = _spin(qtbot, 0, 1e9, thousands=True, decimals=4)
    _type(qtbot, money, "1,500")
    qtbot.keyClick(money.lineEdit(), Qt.Key.Key_Return)
    assert money.value() == 1500
    score = _spin(qtbot, 0, 10000)
    _type(qtbot, score, "1,500")
    assert "1.5" in score.toolTip() and "1500" in score.toolTip()  # ambiguous: says both ways to write it
    assert score.value() != 1500  # never guessed: the value stays the last one that could be read
    qtbot.keyClick(score.lineEdit(), Qt.Key.Key_Return)
    assert score.text() == score.textFromValue(score.value())  # the field shows what is stored


def test_the_tooltip_says_what_will_be_stored_while_typing(qtbot) -> None:
    sp = _spin(qtbot)
    _type(qtbot, sp, "1，5")
    assert sp.toolTip().startswith("= 1.5")
    _type(qtbot, sp, "abc")
    assert "不是数字" in sp.toolTip() or "not a number" in sp.toolTip()


def test_a_number_edit_shows_the_stored_value_and_commits_only_what_can_be_stored(qtbot) -> None:
    edit = NumberEdit(lo=0, hi=100)
    qtbot.addWidget(edit)
    edit.show()
    committed: list[object] = []
    edit.value_committed.connect(committed.append)
    type_text(edit, "１２，５")
    assert edit.value() == 12.5
    assert edit.hint.text() == "= 12.5"
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert committed == [12.5]
    edit.clear()
    type_text(edit, "250")
    assert edit.value() is None and edit.hint.text() == "✗"
    assert "250" in edit.hint.toolTip() and "100" in edit.hint.toolTip()
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert committed == [12.5]  # nothing for a value outside the range
    edit.clear()
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert committed == [12.5, None]  # empty is "no value", which can be stored
