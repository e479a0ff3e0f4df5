"""The Loans due tab of the rental desk: what the desk works through each morning at the actor's
centres — loans coming due within a week (residents to remind), loans overdue (residents to call),
and the reservations for today (who may come for a device).

Phones are masked in every list. Whoever may reveal personal data opens the resident's phone on
purpose with "Reveal phone…", which the service records in the audit log. A loan can be renewed
from the list; one already past its grace days is refused by the service, which says what to do.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from silvershop.centres.centres import get_centre
from silvershop.config import local_today
from silvershop.errors import SilvershopError
from silvershop.rental.checkout import loan_view
from silvershop.rental.desk_lists import LoanDue, due_within, overdue, reservations_on
from silvershop.rental.reservations import ReservationView
from silvershop.rental.residents import ResidentView, list_residents
from silvershop.security.permissions import Actor, Permission
from silvershop.security.vault import open_vault
from silvershop.ui import theme, vocabulary
from silvershop.ui.desk import Desk
from silvershop.ui.rental.renewal_dialog import RenewDialog
from silvershop.ui.rental.reservation_dialog import days, unit_or_place
from silvershop.ui.rental.reveal import RevealDialog
from silvershop.ui.theme import ACCENT, CARD_BORDER, MIN_TARGET_PX, SELECTION, TEXT
from silvershop.ui.widgets.flow_row import button_row
from silvershop.ui.widgets.form_dialog import action_button, large_target
from silvershop.ui.widgets.forms import MessageBar
from silvershop.ui.widgets.record_table import Column, RecordTable
from silvershop.ui.widgets.screen import SPACING, section

WEEK = 7
SUBSIDISED_TERM = 2  # months; the term offered first, the shortest the city subsidises


def segment_style() -> str:
    """Sized for the look the segments are made in (theme: elder mode or not). In elder mode the chosen
    one keeps the dark text, on a pale accent inside a thick accent border (its padding smaller by as
    much, so the words keep their room), and more than colour tells it apart."""
    chosen = (
        f"background: {SELECTION}; color: {TEXT}; border: 3px solid {ACCENT}; padding: 0 16px;"
        if theme.elder_mode()
        else f"background: {ACCENT}; color: #FFFFFF; border-color: {ACCENT};"
    )
    return f"""
QPushButton {{
    min-height: {theme.target_px(MIN_TARGET_PX)}px; padding: 2px 18px; color: {TEXT}; background: #FFFFFF;
    border: 1px solid {CARD_BORDER}; border-radius: 6px; font-size: {theme.text_pt(13)}pt;
}}
QPushButton:checked {{ {chosen} }}
"""


class LoansTab(QWidget):
    """`changed` after a write (a renewal), so the screen reads its tabs again."""

    changed = Signal()

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        visible = actor.visible_centres(Permission.RENT)
        several = visible is None or len(visible) > 1
        self.bar = MessageBar()
        self.due: RecordTable[LoanDue] = RecordTable(
            self._loan_columns(Column(self.tr("Due in"), self.due_in), several),
            empty_text=self.tr("No loan is due within the next 7 days."),
        )
        self.late: RecordTable[LoanDue] = RecordTable(
            self._loan_columns(Column(self.tr("Late"), self.lateness), several),
            empty_text=self.tr("No loan is overdue."),
        )
        reservation_columns: list[Column[ReservationView]] = [
            Column(self.tr("Resident"), lambda r: r.resident_name),
            Column(self.tr("Product"), lambda r: r.product_name, stretch=True),
            Column(self.tr("Unit"), unit_or_place),
            Column(self.tr("Days"), days),
            Column(self.tr("Status"), lambda r: vocabulary.word(r.status)),
        ]
        if several:
            reservation_columns.insert(0, Column(self.tr("Centre"), lambda r: r.centre_code))
        self.today: RecordTable[ReservationView] = RecordTable(
            reservation_columns, empty_text=self.tr("No reservation includes today.")
        )
        self.headings = (
            self.tr("Loans due within 7 days: remind the residents to return or renew"),
            self.tr("Overdue loans: call the residents"),
            self.tr("Reservations for today: residents who may come for a device"),
        )
        self.tables: tuple[RecordTable[LoanDue], RecordTable[LoanDue], RecordTable[ReservationView]] = (
            self.due,
            self.late,
            self.today,
        )
        self.stack = QStackedWidget()
        self.segments = QButtonGroup(self)
        self.segment_buttons: list[QPushButton] = []
        for index, table in enumerate(self.tables):
            table.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.view.setAccessibleName(self.headings[index])
            table.view.selectionModel().selectionChanged.connect(self._selection_changed)
            self.stack.addWidget(table)
            button = large_target(QPushButton(checkable=True))
            button.setStyleSheet(segment_style())
            self.segments.addButton(button, index)
            self.segment_buttons.append(button)
        self.segment_buttons[0].setChecked(True)
        self.segments.idClicked.connect(self.show_section)
        self.heading = section(self.headings[0])
        self.reveal_button = action_button(self.tr("Reveal phone…"))
        self.reveal_button.clicked.connect(self.reveal)
        self.may_reveal = actor.can(Permission.REVEAL_PERSONAL)
        self.renew_button = action_button(self.tr("Renew…"))
        self.renew_button.clicked.connect(self.renew)
        self.may_renew = actor.can(Permission.RENT)
        self._layout()
        self._count((), (), ())
        self._selection_changed()

    def _layout(self) -> None:
        choice = button_row()
        choice.setSpacing(SPACING // 2)
        for button in self.segment_buttons:
            choice.addWidget(button)
        choice.addStretch(1)
        choice.addWidget(self.reveal_button)
        choice.addWidget(self.renew_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING // 2)
        layout.addWidget(self.bar)
        layout.addLayout(choice)
        layout.addWidget(self.heading)
        layout.addWidget(self.stack, 1)

    def _loan_columns(self, timing: Column[LoanDue], several: bool) -> list[Column[LoanDue]]:
        """The columns of a list of loans; the centre only for someone who sees several."""
        columns = [
            Column(self.tr("Loan"), lambda loan: loan.loan_code),
            Column(self.tr("Unit"), lambda loan: loan.asset_tag),
            Column(self.tr("Product"), lambda loan: loan.product_name, stretch=True),
            Column(self.tr("Resident"), lambda loan: loan.resident_name),
            Column(self.tr("Mobile"), lambda loan: loan.phone or "–"),
            Column(self.tr("Due"), lambda loan: loan.due_on.isoformat()),
            timing,
        ]
        if several:
            columns.insert(0, Column(self.tr("Centre"), lambda loan: loan.centre_code))
        return columns

    # Words -----------------------------------------------------------------------------------

    def lateness(self, loan: LoanDue) -> str:
        if loan.days_late == 1:
            return self.tr("1 day late")
        return self.tr("{count} days late").format(count=vocabulary.number(loan.days_late))

    def due_in(self, loan: LoanDue) -> str:
        ahead = (loan.due_on - local_today()).days
        if ahead <= 0:
            return self.tr("Due today")
        if ahead == 1:
            return self.tr("Due tomorrow")
        return self.tr("In {count} days").format(count=vocabulary.number(ahead))

    def _count(
        self, due: Sequence[LoanDue], late: Sequence[LoanDue], today: Sequence[ReservationView]
    ) -> None:
        captions = (
            self.tr("Due within 7 days: {count}"),
            self.tr("Overdue: {count}"),
            self.tr("Reservations for today: {count}"),
        )
        for button, caption, rows in zip(self.segment_buttons, captions, (due, late, today), strict=True):
            button.setText(caption.format(count=vocabulary.number(len(rows))))

    # Reading ---------------------------------------------------------------------------------

    def refresh(self, session: Session) -> None:
        self.bar.clear()
        kept = self.chosen_loan()
        today = local_today()
        try:
            vault = open_vault(session)
            due = due_within(session, self.actor, vault, today, WEEK)
            late = overdue(session, self.actor, vault, today)
            coming = reservations_on(session, self.actor, today)
        except SilvershopError as err:  # a missing key file: the lists cannot be read without it
            due, late, coming = [], [], []
            self.bar.show_error(err.localized())
        self.due.set_records(due)
        self.late.set_records(late)
        self.today.set_records(coming)
        self._count(due, late, coming)
        if kept is not None:
            self.select(kept.loan_id)
        self._selection_changed()

    def reload(self) -> None:
        with self.desk.database.reading() as session:
            self.refresh(session)

    # Choosing --------------------------------------------------------------------------------

    def show_section(self, index: int) -> None:
        self.segment_buttons[index].setChecked(True)
        self.stack.setCurrentIndex(index)
        self.heading.setText(self.headings[index])
        self._selection_changed()

    def chosen_loan(self) -> LoanDue | None:
        current = self.stack.currentWidget()
        return current.selected() if current in (self.due, self.late) else None  # type: ignore[union-attr]

    def select(self, loan_id: int) -> bool:
        table = self.stack.currentWidget()
        if table not in (self.due, self.late):
            return False
        rows = [loan.loan_id for loan in table.model.records()]  # type: ignore[union-attr]
        if loan_id not in rows:
            return False
        table.view.selectRow(rows.index(loan_id))  # type: ignore[union-attr]
        return True

    def _selection_changed(self) -> None:
        on_loans = self.stack.currentIndex() < 2
        chosen = self.chosen_loan()
        self.reveal_button.setVisible(on_loans and self.may_reveal)
        self.renew_button.setVisible(on_loans and self.may_renew)
        self.renew_button.setEnabled(chosen is not None)
        self.reveal_button.setEnabled(chosen is not None and bool(chosen.phone))
        self.reveal_button.setToolTip(
            self.tr("Nothing to reveal: no mobile on file.")
            if chosen is not None and not chosen.phone
            else ""
        )

    # Acting ----------------------------------------------------------------------------------

    def reveal(self) -> None:
        chosen = self.chosen_loan()
        if chosen is None or not self.may_reveal:
            return
        self.bar.clear()
        try:
            resident = self._resident(chosen)
        except SilvershopError as err:
            self.bar.show_error(err.localized())
            return
        if resident is None:
            self.bar.show_error(
                self.tr("{name} is not registered at your centres; ask their centre for the number.").format(
                    name=chosen.resident_name
                )
            )
            return
        RevealDialog(self.desk, self.actor, resident, self).exec()

    def _resident(self, loan: LoanDue) -> ResidentView | None:
        """The resident of a loan as the reveal dialog takes them (masked; the reveal reads the value)."""
        with self.desk.database.reading() as session:
            found = list_residents(
                session, self.actor, open_vault(session), name_part=loan.resident_name, today=local_today()
            )
        return next((r for r in found if r.id == loan.resident_id), None)

    def renew(self) -> None:
        chosen = self.chosen_loan()
        if chosen is None:
            return
        self.bar.clear()
        with self.desk.database.reading() as session:
            loan = loan_view(session, chosen.loan_id)
            allow_days = get_centre(session, loan.centre_id).allow_day_terms
        dialog = RenewDialog(self.desk, self.actor, loan, allow_days, self)  # the counter's, with its price
        if not dialog.exec() or dialog.renewed is None:
            return
        done = dialog.renewed
        self.changed.emit()  # the screen reads its tabs again, this one included
        self.bar.show_info(
            self.tr(
                "Loan {old} is renewed as {new}: {tag} stays with {name} until {due}. To pay now: {pay} "
                "(rent {rent}, subsidy {subsidy})."
            ).format(
                old=chosen.loan_code,
                new=done.code,
                tag=done.asset_tag,
                name=done.resident_name,
                due=done.due_on.isoformat(),
                pay=vocabulary.yuan(done.payable_fen),
                rent=vocabulary.yuan(done.rent_fen),
                subsidy=vocabulary.yuan(done.subsidy_fen),
            )
        )
