"""Renewing a loan at the counter: the new term starts where the old one ends, the deposit carries
over, and the price of the new term (with the subsidy worked out again against what is left of the
cap) is shown before anything is taken.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from silvershop.config import local_today
from silvershop.db.session import transaction
from silvershop.errors import SilvershopError
from silvershop.rental.checkout import LoanView
from silvershop.rental.quotes import price, renting_resident
from silvershop.rental.renewals import renew
from silvershop.rental.units import get_unit
from silvershop.security.permissions import Actor
from silvershop.security.vault import open_vault
from silvershop.ui.desk import Desk
from silvershop.ui.rental.quote_sheet import QuoteSheet
from silvershop.ui.rental.term_and_payment import PaymentChoice, TermChoice
from silvershop.ui.widgets.form_dialog import FormDialog, fit_height

DIALOG_WIDTH = 720  # the four ways to pay side by side


class RenewDialog(FormDialog):
    """On success `renewed` holds the new loan, whose receipt the counter offers to print."""

    def __init__(
        self, desk: Desk, actor: Actor, loan: LoanView, allow_days: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Renew loan {code}").format(code=loan.code),
            self.tr("Renew"),
            parent,
            intro=self.tr(
                "{name} keeps {product} for a new term from {due}, when the present one ends."
            ).format(name=loan.resident_name, product=loan.product_name, due=loan.due_on.isoformat()),
        )
        self.setMinimumWidth(DIALOG_WIDTH)
        self.desk = desk
        self.actor = actor
        self.loan = loan
        self.renewed: LoanView | None = None
        self.term = self.add("term", self.tr("New term"), TermChoice())
        self.term.allow_days(allow_days)
        self.payment = self.add("payment", self.tr("Paid by"), PaymentChoice())
        self.add("payment_reference", self.tr("Reference"), self.payment.reference)
        self.sheet = QuoteSheet()
        self.forms[0].layout_.addRow(self.sheet)
        self.term.changed.connect(self.requote)
        self.payment.changed.connect(self._update_action)
        self.requote()

    def requote(self) -> None:
        """The price of the chosen term from the old due date; nothing is written."""
        term = self.term.term()
        self.bar.clear()
        if term is None:
            self.sheet.say(self.tr("Choose the new term to see the price."))
            self._update_action()
            return
        try:
            with self.desk.database.reading() as session:
                resident = renting_resident(session, self.actor, self.loan.resident_id)
                unit = get_unit(session, self.loan.unit_id)
                terms = price(
                    session, self.actor, open_vault(session), resident, unit, term, self.loan.due_on
                )
        except SilvershopError as err:
            self.sheet.say(self.tr("No price: {reason}").format(reason=err.localized()))
            self.show_error(err)
        else:
            self.sheet.show_quote(terms, carried_deposit_fen=self.loan.deposit_fen)
        self._update_action()
        fit_height(self)

    def _update_action(self) -> None:
        self.action.setEnabled(self.term.term() is not None and self.payment.payment() is not None)

    def submit(self) -> None:
        term, payment = self.term.term(), self.payment.payment()
        if term is None or payment is None:
            return
        with transaction(self.desk.database.sessions) as session:
            self.renewed = renew(
                session, self.actor, open_vault(session), self.loan.id, term, payment, local_today()
            )
