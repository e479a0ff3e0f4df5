"""Lending the unit just scanned: choose the resident and the term, read the quote out, take the
money, check out. The quote is asked of the service again whenever the resident or the term changes,
and the checkout computes it once more in its own transaction, so what was read out is what is
written, or the checkout is refused with the reason under the field it concerns.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from silvershop.config import local_today
from silvershop.db.session import transaction
from silvershop.errors import SilvershopError
from silvershop.rental.checkout import PaymentMethod, checkout
from silvershop.rental.quotes import Quote, quote, renting_resident
from silvershop.security.permissions import Actor
from silvershop.security.vault import open_vault
from silvershop.ui import theme
from silvershop.ui.desk import Desk
from silvershop.ui.rental.counter_unit import CounterUnit
from silvershop.ui.rental.quote_sheet import QuoteSheet
from silvershop.ui.rental.resident_picker import ResidentPicker
from silvershop.ui.rental.term_and_payment import PaymentChoice, TermChoice
from silvershop.ui.widgets.forms import Form, MessageBar
from silvershop.ui.widgets.screen import SPACING

FIELDS = ("resident", "term", "payment", "payment_reference")  # as the services name them
MAIN_ACTION_HEIGHT = 64


def main_action(text: str) -> QPushButton:
    """The one button a panel is for (Check out, Take back): larger than the rest, in the accent."""
    button = QPushButton(text, objectName="primary")
    height = theme.target_px(MAIN_ACTION_HEIGHT)
    button.setMinimumHeight(height)
    button.setStyleSheet(f"font-size: {theme.text_pt(16)}pt; font-weight: 600; min-height: {height}px;")
    return button


class CheckoutPanel(QWidget):
    """`lent` with the new loan (`LoanView`) after a checkout; `scanned` with a label read into a
    field of the panel; `idle` when nothing is left to type, so the scan field may take the focus."""

    lent = Signal(object)
    scanned = Signal(str)
    idle = Signal()

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.unit: CounterUnit | None = None
        self.quote: Quote | None = None
        self.bar = MessageBar()
        self.held = QLabel(objectName="note", wordWrap=True)
        self.picker = ResidentPicker(desk, actor)
        self.picker.chosen.connect(self._chosen)
        self.picker.scanned.connect(self.scanned)
        self.term = TermChoice()
        self.term.changed.connect(self._chosen)
        self.payment = PaymentChoice()
        self.payment.changed.connect(self._paid_by)
        self.form = Form()
        self.form.layout_.setHorizontalSpacing(SPACING)
        self.form.layout_.setVerticalSpacing(SPACING // 2)
        resident, term, payment, reference = FIELDS
        self.form.add(resident, self.tr("Resident"), self.picker)
        self.form.add(term, self.tr("Term"), self.term)
        self.form.add(payment, self.tr("Paid by"), self.payment)
        self.form.add(reference, self.tr("Reference"), self.payment.reference)
        self.sheet = QuoteSheet()
        self.checkout_button = main_action(self.tr("Check out"))
        self.checkout_button.setToolTip(self.tr("Enter does the same once everything is chosen."))
        self.checkout_button.clicked.connect(self.check_out)
        left = QVBoxLayout()
        left.setSpacing(SPACING // 2)
        left.addWidget(self.held)
        left.addWidget(self.form)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(SPACING)
        right.addWidget(self.sheet, 1)
        right.addWidget(self.checkout_button)
        row = QHBoxLayout()
        row.setSpacing(SPACING * 2)
        row.addLayout(left, 3)
        row.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING // 2)
        layout.addWidget(self.bar)
        layout.addLayout(row, 1)

    # The unit ---------------------------------------------------------------------------------

    def show_unit(self, unit: CounterUnit) -> None:
        """A new unit to lend: everything chosen for the last one is forgotten."""
        self.clear()
        self.unit = unit
        self.term.allow_days(unit.allow_day_terms)
        reservation = unit.reservation
        if reservation is not None:
            self.held.setText(
                self.tr(
                    "Reserved for {name} from {start} to {end}: it can be lent only to them. For anyone "
                    "else, lend another unit of {product}."
                ).format(
                    name=reservation.resident_name,
                    start=reservation.start_on.isoformat(),
                    end=reservation.end_on.isoformat(),
                    product=unit.unit.product_name,
                )
            )
            self.held.show()
            self.picker.find(reservation.resident_name, reservation.resident_id)
        self.requote()

    def refreshed(self, unit: CounterUnit) -> None:
        """The same unit read again (after a change anywhere): keep what was chosen, quote again."""
        self.unit = unit
        self.term.allow_days(unit.allow_day_terms)
        self.requote()

    def clear(self) -> None:
        self.unit = None
        self.quote = None
        self.bar.clear()
        self.form.clear_errors()
        self.held.hide()
        self.picker.clear()
        self.term.choose(None)
        self.payment.clear()
        self._show_choices()
        self.requote()

    # The quote --------------------------------------------------------------------------------

    def _chosen(self) -> None:
        self._show_choices()
        if self.requote() and self.picker.resident is not None:
            self.idle.emit()

    def _show_choices(self) -> None:
        """Term and payment once the resident is chosen: until then the list of residents found has
        the room, and the choices are made in the order the counter makes them."""
        chosen = self.picker.resident is not None
        for field in (self.term, self.payment, self.payment.reference):
            holder = field.parentWidget()
            if holder is not None:
                self.form.layout_.setRowVisible(holder, chosen)

    def _paid_by(self) -> None:
        self.form.clear_errors()
        self._update_button()
        if self.payment.methods.chosen() is PaymentMethod.BANK:
            self.payment.reference.setFocus()
        else:
            self.idle.emit()

    def requote(self) -> bool:
        """Ask for the quote of what is chosen now; False when it was refused (the reason is shown)."""
        self.quote = None
        self.bar.clear()
        self.form.clear_errors()
        resident, term = self.picker.resident, self.term.term()
        try:
            if self.unit is None:
                self.sheet.say(self.tr("Scan a unit to lend it."))
            elif resident is None:
                self.sheet.say(self.tr("Find and choose the resident to see the price."))
            elif term is None:
                with self.desk.database.reading() as session:  # a resident who cannot rent is told now
                    renting_resident(session, self.actor, resident.id)
                self.sheet.say(self.tr("Choose the term to see the price."))
            else:
                with self.desk.database.reading() as session:
                    self.quote = quote(
                        session,
                        self.actor,
                        open_vault(session),
                        resident.id,
                        self.unit.unit.id,
                        term,
                        local_today(),
                    )
                self.sheet.show_quote(self.quote)
        except SilvershopError as err:
            self.sheet.say(self.tr("No price yet: put right what is marked."))
            self._refused(err)
            self._update_button()
            return False
        self._update_button()
        return True

    def ready(self) -> bool:
        return self.quote is not None and self.payment.methods.chosen() is not None

    def _update_button(self) -> None:
        self.checkout_button.setEnabled(self.ready())

    # Lending ----------------------------------------------------------------------------------

    def check_out(self) -> None:
        payment, term, resident = self.payment.payment(), self.term.term(), self.picker.resident
        if self.unit is None or not self.ready() or payment is None or term is None or resident is None:
            return
        self.bar.clear()
        try:
            with transaction(self.desk.database.sessions) as session:
                loan = checkout(
                    session,
                    self.actor,
                    open_vault(session),
                    resident.id,
                    self.unit.unit.id,
                    term,
                    payment,
                    local_today(),
                )
        except SilvershopError as err:
            self._refused(err)
            if err.field not in FIELDS:  # lent at another desk, gone: only another scan helps
                self.checkout_button.setEnabled(False)
            return
        self.lent.emit(loan)

    def _refused(self, err: SilvershopError) -> None:
        """The sentence under the field it is about, or above the panel when it is about the unit."""
        self.bar.clear()
        if err.field in FIELDS:
            self.form.show_error(err)
        else:
            self.form.clear_errors()
            self.bar.show_error(err.localized())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter checks out once everything is chosen, unless it is finding a resident."""
        focused = QApplication.focusWidget()
        searching = focused is not None and self.picker.isAncestorOf(focused)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not searching and self.ready():
            event.accept()
            self.check_out()
            return
        super().keyPressEvent(event)
