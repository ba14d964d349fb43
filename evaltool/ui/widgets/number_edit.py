"""Numeric fields that read numbers as people type them, through ``evaltool.numbers``.

Qt's own ``QDoubleSpinBox`` reads ``1,5`` as 15 (a group separator in the C locale, shown
as ``1.50E+01`` in some fields), refuses ``１．５`` from a Chinese input method without a
word, and lets a value outside the range be seen by whoever listens while it is typed.
These widgets use the product's one number reader instead:

- ``NumberSpinBox``: a drop-in ``QDoubleSpinBox`` (arrows, range, decimals, suffix) whose
  text is read by ``parse_number``: decimal comma, full-width digits and punctuation,
  ``1，5`` = 1.5; a thousands separator only where it cannot be a decimal
  (``thousands=True`` for amounts of money). While typing, the tooltip says what will be
  stored or why nothing will; text that cannot be stored is never a value (Qt keeps the
  last good value when the field is left), so it never reaches a total.
- ``NumberEdit``: a line edit for a number that may be empty ("not scored"), with the same
  reader, an optional range, ``value()`` and a ``value_committed`` signal that fires only
  with a value that can be stored. ``hint`` is a label to put beside it: ``= 1.5`` when
  the stored value differs from the text, ``✗`` (and why, as tooltip) when it cannot be stored.

UI thread only.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QLabel, QLineEdit, QWidget

from evaltool.formatting import fmt_score
from evaltool.numbers import EPS, NumberError, parse_number

INVALID_STYLE = "color: #b00020; font-weight: bold;"


def read_number(text: str, lo: float | None = None, hi: float | None = None, *,
                thousands: bool = False) -> tuple[float | None, str]:
    """(value, "") for text that can be stored — None when it says "nothing" — or
    (None, why not) in the user's language: not a number, ambiguous, outside lo…hi.

    Percent signs are read as written (``85%`` is 85): a field in per cent shows "%" as its
    suffix. Deductions and full marks are score words, refused here (``parse_score`` reads them).
    """
    try:
        number = parse_number(text, thousands=thousands)
    except NumberError as exc:
        return None, exc.message()
    if number.full or number.deduction:
        return None, NumberError("not_a_number", text).message()
    value = number.value
    if value is None:
        return None, ""
    if (lo is not None and value < lo - EPS) or (hi is not None and value > hi + EPS):
        return None, NumberError("out_of_range", text, lo=lo, hi=hi, value=value).message()
    return value + 0.0, ""


def _describe(value: float | None, error: str, text: str, decimals: int) -> str:
    if error:
        return error
    if value is None:
        return ""
    shown = f"{value:.{decimals}f}".rstrip("0").rstrip(".") if decimals else f"{value:.0f}"
    return "" if shown == text.strip() else "= " + shown


class NumberSpinBox(QDoubleSpinBox):
    """A ``QDoubleSpinBox`` reading typed text with ``evaltool.numbers`` (see the module).

    ``thousands``: ``1,500`` is 1500 (amounts of money); otherwise it is refused as
    ambiguous and the tooltip says how to write it. ``valueChanged`` only ever carries a
    value inside the range.
    """

    def __init__(self, parent: QWidget | None = None, *, thousands: bool = False) -> None:
        super().__init__(parent)
        self.thousands = thousands
        self.setGroupSeparatorShown(False)
        self.problem = ""  # why the text being typed cannot be stored ("" when it can)
        self._base_tip: str | None = None

    def _number_text(self, text: str) -> str:
        s = text
        if self.prefix() and s.startswith(self.prefix()):
            s = s[len(self.prefix()):]
        suffix = self.suffix().strip()
        if suffix and s.rstrip().endswith(suffix):
            s = s.rstrip()[: -len(suffix)]
        return s.strip()

    def read(self, text: str) -> tuple[float | None, str]:
        """What ``text`` (as shown, with prefix and suffix) would store: (value, "") or (None, why)."""
        value, error = read_number(self._number_text(text), self.minimum(), self.maximum(), thousands=self.thousands)
        if value is None and not error:
            error = NumberError("not_a_number", self._number_text(text)).message()
        return value, error

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        value, error = self.read(text)
        self.problem = error
        if self._base_tip is None:
            self._base_tip = self.toolTip()
        note = _describe(value, error, self._number_text(text), self.decimals())
        self.setToolTip("\n".join(t for t in (note, self._base_tip) if t))
        # anything else is Intermediate, never Invalid: the user may still be typing
        # ("1，" before "1，5"); Qt keeps the last good value when the field is left
        state = QValidator.State.Acceptable if value is not None else QValidator.State.Intermediate
        return state, text, pos

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt name
        value, _error = self.read(text)
        return self.value() if value is None else value

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt name
        # never grouped, never in exponent form: what is shown is what is stored
        return f"{value:.{self.decimals()}f}"

    def fixup(self, text: str) -> str:
        return text


class NumberValidator(QValidator):
    """Accepts text that ``read_number`` can store within ``lo``…``hi`` (or empty when
    ``allow_empty``); anything else is Intermediate so typing can go on."""

    def __init__(self, parent: QWidget | None = None, lo: float | None = None, hi: float | None = None, *,
                 thousands: bool = False, allow_empty: bool = True) -> None:
        super().__init__(parent)
        self.lo, self.hi, self.thousands, self.allow_empty = lo, hi, thousands, allow_empty

    def read(self, text: str) -> tuple[float | None, str]:
        value, error = read_number(text, self.lo, self.hi, thousands=self.thousands)
        if value is None and not error and not self.allow_empty:
            error = NumberError("not_a_number", text).message()
        return value, error

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        _value, error = self.read(text)
        state = QValidator.State.Intermediate if error else QValidator.State.Acceptable
        return state, text, pos


class NumberEdit(QLineEdit):
    """A line edit for a number that may be left empty (see the module).

    ``value_committed(value)`` (a float, or None for empty) is emitted when the user leaves
    the field or presses Enter with text that can be stored; with text that cannot, nothing
    is emitted and ``hint`` shows ✗ with the reason.
    """

    value_committed = Signal(object)

    def __init__(self, parent: QWidget | None = None, lo: float | None = None, hi: float | None = None, *,
                 thousands: bool = False, allow_empty: bool = True, decimals: int = 3) -> None:
        super().__init__(parent)
        self.validator_ = NumberValidator(self, lo, hi, thousands=thousands, allow_empty=allow_empty)
        self.decimals = decimals
        self.hint = QLabel()
        self.hint.setObjectName("numberHint")
        self.textChanged.connect(self._show_hint)
        self.editingFinished.connect(self._commit)
        # The validator is not installed with setValidator: Qt would then swallow
        # editingFinished for Intermediate text, and the user would get no reason.

    def set_range(self, lo: float | None, hi: float | None) -> None:
        self.validator_.lo, self.validator_.hi = lo, hi
        self._show_hint(self.text())

    def read(self) -> tuple[float | None, str]:
        """(value or None, "") when the text can be stored, else (None, why)."""
        return self.validator_.read(self.text())

    def value(self) -> float | None:
        """The value the text stores; None when empty or when it cannot be stored."""
        return self.read()[0]

    def setValue(self, value: float | None) -> None:  # noqa: N802 - Qt style, like QDoubleSpinBox
        self.setText("" if value is None else fmt_score(value))

    def problem(self) -> str:
        return self.read()[1]

    def _show_hint(self, text: str) -> None:
        value, error = self.validator_.read(text)
        note = _describe(value, error, text, self.decimals)
        self.hint.setToolTip(error)
        self.setToolTip(note)
        if error:
            self.hint.setStyleSheet(INVALID_STYLE)
            self.hint.setText("✗")
        else:
            self.hint.setStyleSheet("color: #555;")
            self.hint.setText(note)

    def _commit(self) -> None:
        value, error = self.read()
        if not error:
            self.value_committed.emit(value)
