"""The staff PIN pad, the one way out of the kiosk.

A wrong PIN is said in words and the field emptied for the next try. After five wrong tries in a row the
pad waits a minute before it takes another, and each wrong try after that doubles the wait, up to a
quarter of an hour, until the right PIN is typed: guessing a 4-digit PIN takes months. The pad says how
long it waits and asks the visitor to fetch staff; the wait outlasts the idle reset, so going home does
not end it.

The sign-in's growing wait (`security.login.wait_after`) is not reused: it lets three tries go free,
then starts at one second and stops at five minutes, which suits a password, not a PIN of four digits.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from silvershop.errors import QT_TRANSLATE_NOOP
from silvershop.kiosk.pin import PIN_DIGITS
from silvershop.ui.kiosk import words
from silvershop.ui.kiosk.keypads import DigitKeypad
from silvershop.ui.kiosk.pieces import KioskPage, button, column, heading, sentence

TRIES = 5
FIRST_WAIT_S = 60
LONGEST_WAIT_S = 15 * 60
MS = 1000


def wait_after(wrong: int) -> int:
    """Seconds the pad waits after `wrong` wrong tries in a row: none before the fifth, then a minute,
    doubling with each further wrong try up to a quarter of an hour."""
    if wrong < TRIES:
        return 0
    return min(FIRST_WAIT_S * 2 ** min(wrong - TRIES, 10), LONGEST_WAIT_S)


def wait_in_words(seconds: int) -> str:
    """ "a minute", "4 minutes": the waits are whole minutes."""
    minutes = max(1, round(seconds / 60))
    if minutes == 1:
        return words.word(QT_TRANSLATE_NOOP("kiosk", "a minute"))
    return words.word(QT_TRANSLATE_NOOP("kiosk", "{count} minutes")).format(count=minutes)


class PinPage(KioskPage):
    """`matches(pin)` says whether a PIN is the staff's (None when it could not be checked, which the
    window has said on a page of its own). Emits `accepted` for the right PIN and `cancelled`."""

    accepted = Signal()
    cancelled = Signal()

    def __init__(self, matches: Callable[[str], bool | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._matches = matches
        self.wrong = 0
        self.heading = heading(self.tr("For staff only"))
        self.note = sentence(self.tr("Staff type the kiosk PIN here to close the kiosk."))
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(PIN_DIGITS[1])
        self.field.setAccessibleName(self.tr("Kiosk PIN"))
        # Digits only, and no input method (after the echo mode, which sets it): a Chinese one would turn
        # them into full-width characters or words.
        self.field.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData)
        self.field.returnPressed.connect(self.check)
        self.message = QLabel(objectName="kioskError", wordWrap=True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        self.keypad = DigitKeypad(self.field)
        self.cancel_button = button(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.ok_button = button(self.tr("Close the kiosk"), "lock", primary=True)
        self.ok_button.clicked.connect(self.check)
        self.wait = QTimer(self, singleShot=True)
        self.wait.timeout.connect(self._wait_over)

        buttons = QHBoxLayout()
        buttons.setSpacing(24)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        buttons.addStretch(1)
        pad = QVBoxLayout()
        pad.setSpacing(18)
        pad.addWidget(self.field)
        pad.addWidget(self.keypad)
        pad.addLayout(buttons)
        pad.addStretch(1)
        text = QVBoxLayout()
        text.setSpacing(18)
        for widget in (self.heading, self.note, self.message):
            text.addWidget(widget)
        text.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(48)
        row.addLayout(text, 1)
        row.addLayout(pad, 0)
        layout = column(self)
        layout.addLayout(row, 1)

    @property
    def waiting(self) -> bool:
        return self.wait.isActive()

    def start(self) -> None:
        self.field.clear()
        if not self.waiting:
            self.message.hide()
        self.field.setFocus()

    def cancel(self) -> None:
        self.field.clear()
        self.cancelled.emit()

    def check(self) -> None:
        if self.waiting:
            return
        pin = self.field.text()
        self.field.clear()
        if not pin:
            return
        matched = self._matches(pin)
        if matched is None:
            return
        if matched:
            self.wrong = 0
            self.message.hide()
            self.accepted.emit()
            return
        self.wrong += 1
        seconds = wait_after(self.wrong)
        if seconds:
            self._start_wait(seconds)
            return
        self._say(self.tr("That PIN is not right. Please try again."))
        self.field.setFocus()

    def _start_wait(self, seconds: int) -> None:
        self.wait.start(seconds * MS)
        self._set_enabled(False)
        self._say(
            self.tr(
                "That PIN was wrong {tries} times, so the kiosk waits {wait} before the next try. "
                "Please ask a member of staff."
            ).format(tries=self.wrong, wait=wait_in_words(seconds))
        )

    def _wait_over(self) -> None:
        """Another try; a wrong one makes the next wait longer (the count goes on until the right PIN)."""
        self._set_enabled(True)
        self.message.hide()
        self.field.setFocus()

    def _set_enabled(self, enabled: bool) -> None:
        self.field.setEnabled(enabled)
        self.keypad.set_keys_enabled(enabled)
        self.ok_button.setEnabled(enabled)

    def _say(self, text: str) -> None:
        self.message.setText("⚠ " + text)
        self.message.show()

    def reset(self) -> None:
        """What the idle reset leaves: an empty field (a wait under way goes on)."""
        self.field.clear()
        if not self.waiting:
            self.message.hide()
