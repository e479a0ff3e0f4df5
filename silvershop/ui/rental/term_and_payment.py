"""The two choices made at the counter with one press each: how long the loan lasts (1, 2 or 3 months,
or days where the centre rents by the day) and how the resident pays (cash, WeChat, Alipay, a bank
transfer with its reference). Big toggle buttons rather than drop-downs: one look shows what is
chosen, and the chosen one carries a tick, so colour is never the only cue.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from silvershop.rental.checkout import Payment, PaymentMethod
from silvershop.rental.quotes import MAX_DAYS, MONTH_TERMS, Term
from silvershop.ui import theme, vocabulary
from silvershop.ui.rental import counter_words
from silvershop.ui.theme import ACCENT, CARD_BORDER, TEXT
from silvershop.ui.widgets.form_dialog import large_target
from silvershop.ui.widgets.screen import SPACING

T = TypeVar("T")
TOGGLE_HEIGHT = 56
TICK = "✓ "


def toggle_style() -> str:
    """Sized for the look the buttons are made in (theme: elder mode or not)."""
    return f"""
QPushButton {{
    min-height: {theme.target_px(TOGGLE_HEIGHT)}px; padding: 0 12px; font-size: {theme.text_pt(14)}pt;
    color: {TEXT};
    background: #FFFFFF; border: 1px solid {CARD_BORDER}; border-radius: 8px;
}}
QPushButton:checked {{ background: #E3EEF7; color: {ACCENT}; border: 2px solid {ACCENT}; }}
QPushButton:focus {{ border: 2px solid {TEXT}; }}
"""


class ChoiceButtons(QWidget, Generic[T]):
    """A row of toggle buttons of which at most one is down; `changed` after each press.

    The buttons take the focus from the keyboard (Tab) but not from a click, so a scan that follows
    a click still goes into the counter's scan field.
    """

    changed = Signal()

    def __init__(self, options: Sequence[tuple[T, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # so `clear` can leave none chosen; one-at-a-time is kept below
        self.buttons: list[tuple[T, QPushButton, str]] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING // 2)
        for value, text in options:
            button = QPushButton(text)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setStyleSheet(toggle_style())
            button.setMinimumHeight(theme.target_px(TOGGLE_HEIGHT))
            button.setText(TICK + text)  # as wide as it will be when chosen, so it never clips its word
            button.ensurePolished()
            button.setMinimumWidth(button.sizeHint().width())
            button.setText(text)
            self.group.addButton(button)
            self.buttons.append((value, button, text))
            layout.addWidget(button)
        layout.addStretch(1)
        self.group.buttonClicked.connect(self._pressed)
        self.setFocusProxy(self.buttons[0][1] if self.buttons else None)

    def _pressed(self, pressed: QPushButton) -> None:
        for _value, button, _text in self.buttons:
            button.setChecked(button is pressed)
        self._mark()
        self.changed.emit()

    def _mark(self) -> None:
        for _value, button, text in self.buttons:
            button.setText(TICK + text if button.isChecked() else text)

    def chosen(self) -> T | None:
        return next((value for value, button, _text in self.buttons if button.isChecked()), None)

    def choose(self, value: T | None) -> None:
        """Press the button of `value` (none for None) as a click would, without `changed`."""
        for option, button, _text in self.buttons:
            button.setChecked(option == value)
        self._mark()

    def button(self, value: T) -> QPushButton:
        return next(button for option, button, _text in self.buttons if option == value)


class TermChoice(QWidget):
    """1, 2 or 3 months; with `allow_days`, also a number of days (the centre's choice)."""

    changed = Signal()
    DAYS = 0  # the value of the days button among the month buttons

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        terms = [(months, counter_words.term(Term(months=months))) for months in MONTH_TERMS]
        self.months = ChoiceButtons([*terms, (self.DAYS, self.tr("Days"))])
        self.days = large_target(QSpinBox())
        self.days.setRange(1, MAX_DAYS)
        self.days.setValue(7)
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("Number of days"))
        self.days.setMinimumHeight(theme.target_px(TOGGLE_HEIGHT))
        self.days.setMinimumWidth(160)
        layout = QVBoxLayout(self)  # the days under the buttons: beside them the row would be too wide
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING // 2)
        layout.addWidget(self.months)
        layout.addWidget(self.days, 0, Qt.AlignmentFlag.AlignLeft)
        self.setFocusProxy(self.months)
        self.months.changed.connect(self._chosen)
        self.days.valueChanged.connect(self._days_changed)
        self.allow_days(False)

    def allow_days(self, allowed: bool) -> None:
        self.months.button(self.DAYS).setVisible(allowed)
        if not allowed and self.months.chosen() == self.DAYS:
            self.months.choose(None)
        self._chosen_shown()

    def term(self) -> Term | None:
        chosen = self.months.chosen()
        if chosen is None:
            return None
        return Term(days=self.days.value()) if chosen == self.DAYS else Term(months=chosen)

    def choose(self, term: Term | None) -> None:
        if term is not None and term.days:
            self.days.setValue(term.days)
        self.months.choose(None if term is None else (self.DAYS if term.days else term.months))
        self._chosen_shown()

    def _chosen(self) -> None:
        self._chosen_shown()
        self.changed.emit()

    def _days_changed(self) -> None:
        if self.months.chosen() == self.DAYS:
            self.changed.emit()

    def _chosen_shown(self) -> None:
        self.days.setVisible(self.months.chosen() == self.DAYS)


class PaymentChoice(QWidget):
    """How the resident pays; the reference (a transfer's or a payment app's number) beside it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.methods = ChoiceButtons([(method, vocabulary.word(method)) for method in PaymentMethod])
        self.methods.changed.connect(self._chosen)
        self.reference = large_target(QLineEdit())
        self.reference.setAccessibleName(self.tr("Payment reference"))
        self.reference.setMaxLength(80)
        self.reference.setClearButtonEnabled(True)
        self._chosen_shown()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.methods)
        self.setFocusProxy(self.methods)

    def payment(self) -> Payment | None:
        method = self.methods.chosen()
        return None if method is None else Payment(method, self.reference.text().strip())

    def clear(self) -> None:
        self.methods.choose(None)
        self.reference.clear()
        self._chosen_shown()

    def _chosen(self) -> None:
        self._chosen_shown()
        self.changed.emit()

    def _chosen_shown(self) -> None:
        """The reference is asked for as the method needs it: required for a bank transfer."""
        if self.methods.chosen() is PaymentMethod.BANK:
            self.reference.setPlaceholderText(self.tr("The bank transfer's reference (required)"))
        else:
            self.reference.setPlaceholderText(self.tr("Reference, if the payment has one (optional)"))
