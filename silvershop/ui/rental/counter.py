"""The Counter tab of the rental desk: a clerk scans a unit's label (or types its asset tag) and the
counter shows what can be done with it now. An available unit (or one reserved for the resident at
the counter) is lent; a unit on loan is taken back or renewed; any other unit gets one sentence on
what its state means and what to do.

The scan field keeps the focus after every action, so the next scan always lands in it, and Enter in
the empty field checks out once everything is chosen. Each action is one transaction; its
confirmation stays on screen, with the receipt to print or save, until the next scan.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from silvershop.config import local_today
from silvershop.errors import SilvershopError
from silvershop.rental.checkout import LoanView
from silvershop.rental.models import UnitState
from silvershop.rental.returns import ReturnResult
from silvershop.security.permissions import Actor
from silvershop.ui import theme
from silvershop.ui.desk import Desk
from silvershop.ui.rental import counter_words
from silvershop.ui.rental.checkout_panel import CheckoutPanel
from silvershop.ui.rental.counter_unit import CounterUnit, counter_unit, scanned_unit
from silvershop.ui.rental.counter_words import money
from silvershop.ui.rental.receipt_printing import ReceiptButtons, ReceiptKind
from silvershop.ui.rental.return_panel import ReturnPanel
from silvershop.ui.rental.unit_card import UnitCard
from silvershop.ui.widgets.scan_field import ScanField
from silvershop.ui.widgets.screen import SPACING

SCAN_HEIGHT = 64


def feedback_style() -> str:
    """Sized for the look the counter is made in (theme.text_pt: elder mode or not)."""
    return f"""
#scanFeedback, #counterSentence, #confirmation {{
    font-size: {theme.text_pt(15)}pt; padding: 8px 14px; border-radius: 6px;
}}
#scanFeedback[kind="error"] {{ background: #FDECEC; color: #8A1C1C; border: 1px solid #E3A6A6; }}
#scanFeedback[kind="info"] {{ background: #EAF3FB; color: #123E60; border: 1px solid #A9C9E4; }}
#counterSentence {{ background: #FFF4D6; color: #4A3200; border: 1px solid #C98A00; font-weight: 600; }}
#confirmation {{ background: #EAF6EE; color: #17432A; border: 1px solid #A8D3B5; font-weight: 600; }}
#counterHint {{ color: #4A5868; font-size: {theme.text_pt(14)}pt; }}
"""


SIGNS = {"error": "⚠ ", "info": "ℹ "}  # so colour is never the only cue


class CounterTab(QWidget):
    """`changed` after a checkout, a return or a renewal; the screen then reads its tabs again."""

    changed = Signal()

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.current: CounterUnit | None = None
        self.setStyleSheet(feedback_style())
        self.scan = ScanField()
        self.scan.setMinimumHeight(SCAN_HEIGHT)
        self.scan.setStyleSheet("font-size: 20pt; padding: 2px 14px;")
        self.scan.setAccessibleName(self.tr("Scan a unit"))
        self.scan.scanned.connect(self.scan_unit)
        self.scan.repeated.connect(self._repeated)
        self.scan.installEventFilter(self)
        self.feedback = QLabel(objectName="scanFeedback", wordWrap=True)
        self.feedback.hide()
        self.card = UnitCard()
        self.card.setMinimumHeight(SCAN_HEIGHT)
        self.card.hide()
        self._placeholder()
        self.hint = QLabel(
            self.tr(
                "Scan a unit to lend it, take it back or renew its loan. An available unit opens the "
                "checkout; a unit on loan opens its return."
            ),
            objectName="counterHint",
            wordWrap=True,
        )
        self.checkout = CheckoutPanel(desk, actor)
        self.checkout.lent.connect(self._lent)
        self.checkout.scanned.connect(self.scan_unit)
        self.checkout.idle.connect(self.scan.setFocus)
        self.giveback = ReturnPanel(desk, actor)
        self.giveback.returned.connect(self._returned)
        self.giveback.renewed.connect(self._renewed)
        self.sentence = QLabel(objectName="counterSentence", wordWrap=True)
        self.confirmation = QLabel(objectName="confirmation", wordWrap=True)
        self.receipts = ReceiptButtons(desk, actor)
        self.receipts.finished.connect(self.scan.setFocus)
        self.stack = QStackedWidget()
        self.idle_page = self._page(self.hint)
        self.sentence_page = self._page(self.sentence)
        self.done_page = self._page(self.confirmation, self.receipts)
        for page in (self.idle_page, self.checkout, self.giveback, self.sentence_page, self.done_page):
            self.stack.addWidget(page)
        top = QHBoxLayout()
        top.setSpacing(SPACING)
        top.addWidget(self.scan, 2)
        top.addWidget(self.card, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING // 2)
        layout.addLayout(top)
        layout.addWidget(self.feedback)
        layout.addWidget(self.stack, 1)
        self.setFocusProxy(self.scan)

    @staticmethod
    def _page(*widgets: QWidget) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, SPACING // 2, 0, 0)
        layout.setSpacing(SPACING)
        for widget in widgets:
            layout.addWidget(widget)
        layout.addStretch(1)
        return page

    # Reading ---------------------------------------------------------------------------------

    def refresh(self, session: Session) -> None:
        """Read the unit on the counter again (another desk or tab may have changed it); a checkout
        or return half-way keeps what was chosen while the unit is still in the same state."""
        page = self.stack.currentWidget()
        if self.current is None or page in (self.idle_page, self.done_page):
            return
        try:
            again = counter_unit(session, self.actor, self.current.unit.id, local_today())
        except SilvershopError as err:
            self._say("error", err.localized())
            self._forget()
            return
        if again.business() == self.current.business():
            self.current = again
            self.card.show_unit(again)
            if page is self.checkout:
                self.checkout.refreshed(again)
            elif page is self.giveback:
                self.giveback.refreshed(again)
            return
        self._show(again)

    def scan_unit(self, text: str) -> None:
        """A label read or a tag typed: the unit's card, and the panel its state calls for. A label
        that names no unit is said, and whatever was on the counter stays as it was."""
        try:
            with self.desk.database.reading() as session:
                unit = scanned_unit(session, self.actor, text, local_today())
        except SilvershopError as err:
            self._say("error", err.localized())
            QApplication.beep()
            self.scan.setFocus()
            return
        self.feedback.hide()
        self._show(unit)
        self.scan.setFocus()

    def _show(self, unit: CounterUnit) -> None:
        self.current = unit
        self.card.show_unit(unit)
        self._placeholder()
        self.checkout.clear()
        view = unit.unit
        if not unit.may_rent:
            self._sentence(
                self.tr("{tag} belongs to {centre}; it is lent and taken back at that centre's desk.").format(
                    tag=view.asset_tag, centre=unit.centre_name
                )
            )
        elif unit.lendable:
            self.checkout.show_unit(unit)
            self.stack.setCurrentWidget(self.checkout)
        elif unit.returnable:
            self.giveback.show_unit(unit)
            self.stack.setCurrentWidget(self.giveback)
        else:  # awaiting cleaning, in repair, retired or lost
            self._sentence(counter_words.not_at_the_counter(view.state, view.asset_tag, view.product_name))

    def _placeholder(self) -> None:
        """The whole instruction while the field is alone; beside a unit's card, the short one."""
        if self.card.isHidden():
            self.scan.setPlaceholderText(self.tr("Scan the unit's label, or type its asset tag"))
        else:
            self.scan.setPlaceholderText(self.tr("Scan the next unit"))

    def _sentence(self, text: str) -> None:
        self.sentence.setText("ℹ " + text)
        self.stack.setCurrentWidget(self.sentence_page)

    def _forget(self) -> None:
        self.current = None
        self.card.hide()
        self._placeholder()
        self.checkout.clear()
        self.stack.setCurrentWidget(self.idle_page)

    # After an action -------------------------------------------------------------------------

    def _lent(self, loan: LoanView) -> None:
        self._confirm(
            self.tr("{code}: {product} lent to {name} until {due}; {amount} taken").format(
                code=loan.code,
                product=loan.product_name,
                name=loan.resident_name,
                due=loan.due_on.isoformat(),
                amount=money(loan.payable_fen + loan.deposit_fen),
            ),
            loan.id,
            loan.code,
            ReceiptKind.CHECKOUT,
        )

    def _renewed(self, loan: LoanView) -> None:
        renews = self.current.loan.code if self.current is not None and self.current.loan else ""
        self._confirm(
            self.tr("{code} renews {old}: {product} stays with {name} until {due}; {amount} taken").format(
                code=loan.code,
                old=renews,
                product=loan.product_name,
                name=loan.resident_name,
                due=loan.due_on.isoformat(),
                amount=money(loan.payable_fen),
            ),
            loan.id,
            loan.code,
            ReceiptKind.CHECKOUT,
        )

    def _returned(self, result: ReturnResult) -> None:
        name = self.current.loan.resident_name if self.current is not None and self.current.loan else ""
        if result.owed_fen:
            settled = self.tr("{amount} still to pay").format(amount=money(result.owed_fen))
        else:
            settled = self.tr("{amount} of the deposit refunded").format(amount=money(result.refund_fen))
        if result.unit_state is UnitState.IN_REPAIR:
            where = self.tr("It goes to repair with your note.")
        else:
            where = self.tr(
                "It now waits for cleaning: sign off its cleaning record on the Cleaning tab before lending "
                "it."
            )
        self._confirm(
            self.tr("{code}: {tag} taken back from {name}; {settled}. {where}").format(
                code=result.loan_code, tag=result.asset_tag, name=name, settled=settled, where=where
            ),
            result.loan_id,
            result.loan_code,
            ReceiptKind.RETURN,
        )

    def _confirm(self, sentence: str, loan_id: int, code: str, kind: ReceiptKind) -> None:
        """Say what was done and offer its receipt; the panel is cleared for the next scan."""
        unit_id = self.current.unit.id if self.current is not None else None
        self.checkout.clear()
        self.confirmation.setText("✓ " + sentence)
        self.receipts.set_loan(loan_id, code, kind)
        self.stack.setCurrentWidget(self.done_page)
        self.feedback.hide()
        if unit_id is not None:
            try:
                with self.desk.database.reading() as session:
                    self.current = counter_unit(session, self.actor, unit_id, local_today())
                self.card.show_unit(self.current)
            except SilvershopError:
                self.card.hide()
                self._placeholder()
        self.scan.setFocus()
        self.changed.emit()

    # Keys ------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the empty scan field checks out when everything is chosen (a scanner always
        sends text before its Enter, so this is a person pressing it)."""
        if (
            watched is self.scan
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not self.scan.text().strip()
            and self.stack.currentWidget() is self.checkout
            and self.checkout.ready()
        ):
            self.checkout.check_out()
            return True
        return super().eventFilter(watched, event)

    def _repeated(self) -> None:
        self._say("info", self.tr("The same label was read twice within a second; it was read once."))

    def _say(self, kind: str, sentence: str) -> None:
        self.feedback.setProperty("kind", kind)
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)
        self.feedback.setText(SIGNS[kind] + sentence)
        self.feedback.show()
