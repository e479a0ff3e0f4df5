""" "I'm interested": a visitor leaves how staff should address them (称呼) and a phone number, so the
centre's staff call back.

Everything can be typed on the screen: the 称呼 with the letter keys, the surnames they spell and a
form of address (`name_keys`), the phone number on large digit keys. The keys beside the form follow
the field being filled: touching the phone field brings up the digits, and choosing a form of address
goes on to it. A physical keyboard and its input method still type a whole name; the phone field takes
no input method, so neither a Chinese one nor a scanner can garble the digits. The consent sentence is
shown as it is stored, and its box must be ticked. A refusal is a sentence under its field, never a
pop-up; after sending, a thank-you page says who will call. Nothing typed outlives the page: Cancel,
Home and the idle reset all empty it.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from silvershop.db.session import transaction
from silvershop.errors import SilvershopError
from silvershop.kiosk.callbacks import CONSENT, NAME_LIMIT, ask_callback
from silvershop.security.permissions import KIOSK
from silvershop.ui.kiosk import words
from silvershop.ui.kiosk.cards import FittedName
from silvershop.ui.kiosk.keypads import DigitKeypad
from silvershop.ui.kiosk.name_keys import NameKeys
from silvershop.ui.kiosk.pieces import (
    MARGIN,
    KioskPage,
    button,
    column,
    heading,
    scrolling,
    section,
    sentence,
)

if TYPE_CHECKING:
    from silvershop.database import Database

PHONE_LIMIT = 20
FIELD_WIDTH = 330  # with its Clear button, beside the letter keys on a 1280 px screen
FIELD_MOST = 800  # a name and a phone number, not a line across a wide screen

# name, phone, the consent text as shown, whether it was ticked; raises SilvershopError when refused
Send = Callable[[str, str, str, bool], None]


def keep_callback(
    database: Database,
    centre_id: int,
    product_id: int | None,
    name: str,
    phone: str,
    consent_text: str,
    consented: bool,
) -> None:
    """One visitor's request, in a transaction of its own."""
    with transaction(database.sessions) as session:
        ask_callback(session, KIOSK, centre_id, product_id, name, phone, consent_text, consented)


def digits_field() -> QLineEdit:
    """A field for digits typed on the keys: no input method, so a Chinese one cannot turn them into
    full-width characters or words, nor a scanner's keys into something else."""
    field = QLineEdit()
    field.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
    field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    return field


def error_label() -> QLabel:
    label = QLabel(objectName="kioskError", wordWrap=True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label


class InterestPage(KioskPage):
    """Emits `sent` once the request is kept, `cancelled` when the visitor changed their mind."""

    sent = Signal()
    cancelled = Signal()

    def __init__(self, send: Send, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._send = send
        self.heading = heading(self.tr("Ask us to call you"))
        self.about = FittedName("", 1, "kioskAbout")  # a long product name is cut on screen only
        self.general_error = error_label()

        self.name = QLineEdit()
        self.name.setMaxLength(NAME_LIMIT)
        self.name.setMinimumWidth(FIELD_WIDTH)
        self.name.setMaximumWidth(FIELD_MOST)
        self.name.setPlaceholderText(self.tr("For example 王阿姨"))
        name_caption = section(self.tr("How should we address you?"))
        name_caption.setBuddy(self.name)
        self.name_keys = NameKeys(self.name)
        self.name_keys.completed.connect(self._to_phone)
        clear_name = self.name_keys.keyboard.clear
        clear_name.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # its word's width
        self.phone = digits_field()
        self.phone.setMaxLength(PHONE_LIMIT)
        self.phone.setMinimumWidth(FIELD_WIDTH)
        self.phone.setMaximumWidth(FIELD_MOST)
        self.phone.setPlaceholderText(self.tr("Touch here to type it"))
        phone_caption = section(self.tr("Your phone number"))
        phone_caption.setBuddy(self.phone)
        self.keypad = DigitKeypad(self.phone)
        # The keys of the field being filled: letters and surnames for the name, digits for the phone.
        self.keys = QStackedWidget()
        self.keys.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        self.keys.addWidget(self.name_keys)
        digits = QWidget()
        digits_column = QVBoxLayout(digits)
        digits_column.setContentsMargins(0, 0, 0, 0)
        digits_column.addWidget(self.keypad, 0, Qt.AlignmentFlag.AlignLeft)
        digits_column.addStretch(1)
        self.keys.addWidget(digits)
        for field in (self.name, self.phone):
            field.installEventFilter(self)
        self.consent_text = sentence(words.word(CONSENT))
        self.consent = QCheckBox(self.tr("Yes, I agree"))
        self.errors = {"name": error_label(), "phone": error_label(), "consent": error_label()}

        naming = QHBoxLayout()
        naming.setSpacing(10)
        naming.addWidget(self.name, 1)
        naming.addWidget(clear_name)
        fields = QVBoxLayout()
        fields.setSpacing(10)
        fields.addWidget(name_caption)
        fields.addLayout(naming)
        for widget in (self.errors["name"], phone_caption, self.phone, self.errors["phone"]):
            fields.addWidget(widget)
        fields.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(32)
        row.addLayout(fields, 1)
        row.addWidget(self.keys, 0, Qt.AlignmentFlag.AlignTop)
        row.addStretch(0)  # room a wide screen has beyond the longest field
        top = QHBoxLayout()
        top.setSpacing(32)
        top.addWidget(self.heading)
        top.addWidget(self.about, 1, Qt.AlignmentFlag.AlignBottom)
        content = QWidget()
        inner = column(content, spacing=12)
        inner.setContentsMargins(MARGIN, MARGIN // 2, MARGIN, MARGIN // 2)  # the keys in view at 800 px
        inner.addLayout(top)
        inner.addLayout(row)
        inner.addStretch(1)

        # The consent and the buttons stay in view below the form, whatever the screen's height.
        bottom = QWidget(objectName="kioskBottomBar")
        bottom.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.cancel_button = button(self.tr("Cancel"))
        self.send_button = button(self.tr("Send"), "phone", primary=True)
        self.cancel_button.clicked.connect(self._cancel)
        self.send_button.clicked.connect(self.send)
        buttons = QHBoxLayout()
        buttons.setSpacing(24)
        buttons.addWidget(self.consent)
        buttons.addWidget(self.errors["consent"], 1)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.send_button)
        agreeing = QVBoxLayout(bottom)
        agreeing.setContentsMargins(32, 14, 32, 14)
        agreeing.setSpacing(8)
        agreeing.addWidget(self.consent_text)
        agreeing.addWidget(self.general_error)  # beside Send, which the visitor has just touched
        agreeing.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.scroll = scrolling(content)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(bottom)
        QWidget.setTabOrder(self.name, self.phone)
        QWidget.setTabOrder(self.phone, self.consent)
        QWidget.setTabOrder(self.consent, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.send_button)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            if watched is self.name:
                self.keys.setCurrentIndex(0)
            elif watched is self.phone:
                self.keys.setCurrentIndex(1)
        return False

    def start(self, product_name: str) -> None:
        self.clear()
        self.about.set_name(self.tr("About: {product}").format(product=product_name))
        self.about.setVisible(bool(product_name))
        self.name.setFocus()

    def clear(self) -> None:
        """Forget everything typed here."""
        self.name.clear()
        self.phone.clear()
        self.keys.setCurrentIndex(0)
        self.consent.setChecked(False)
        self.clear_errors()

    def clear_errors(self) -> None:
        for label in (self.general_error, *self.errors.values()):
            label.clear()
            label.hide()

    def send(self) -> None:
        self.clear_errors()
        try:
            self._send(self.name.text(), self.phone.text(), words.word(CONSENT), self.consent.isChecked())
        except SilvershopError as err:
            self.show_error(err)
            return
        except Exception:  # the database gone away: a sentence for the visitor, the traceback for staff
            traceback.print_exc()
            self.general_error.setText(
                "⚠ " + self.tr("Sorry, your request could not be sent now. Please ask a member of staff.")
            )
            self.general_error.show()
            return
        self.clear()
        self.sent.emit()

    def show_error(self, err: SilvershopError) -> None:
        label = self.errors.get(err.field or "", self.general_error)
        label.setText("⚠ " + err.localized())
        label.show()
        target = {"name": self.name, "phone": self.phone, "consent": self.consent}.get(err.field or "")
        if target is not None:
            target.setFocus()
        if self.scroll.widget().isAncestorOf(label):  # read in full, once the layout has placed it
            QTimer.singleShot(0, self, lambda: self.scroll.ensureWidgetVisible(label, 0, 0))

    def _to_phone(self) -> None:
        """The 称呼 is whole: on to the phone number, whose keys replace the letters."""
        self.phone.setFocus()
        self.keys.setCurrentIndex(1)

    def _cancel(self) -> None:
        self.clear()
        self.cancelled.emit()


class ThanksPage(KioskPage):
    """After a request was kept: who will call, and the way home."""

    home = Signal()

    def __init__(self, centre_name: str, centre_phone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading(self.tr("Thank you."))
        self.message = sentence(self.tr("Staff of {centre} will call you.").format(centre=centre_name))
        self.phone = sentence(
            self.tr("You can also call the centre on {phone}.").format(phone=centre_phone)
            if centre_phone
            else ""
        )
        self.phone.setVisible(bool(centre_phone))
        self.home_button = button(self.tr("Back to the home page"), "home", primary=True)
        self.home_button.clicked.connect(self.home)
        layout = column(self)
        for widget in (self.heading, self.message, self.phone):
            layout.addWidget(widget)
        layout.addWidget(self.home_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
