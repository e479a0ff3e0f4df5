"""The Reservations tab of the rental desk: who has a device held for which days at the chosen
centre, and who waits for one and in which place; reserving for a resident and cancelling.

Cancelling a held reservation frees its unit, and the service gives it to the first resident waiting
for that product; the tab says who that was, so the clerk knows whom to call.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLabel, QWidget
from sqlalchemy.orm import Session

from silvershop.centres.directory import CentreEntry, list_centres
from silvershop.config import local_today
from silvershop.db.session import transaction
from silvershop.errors import SilvershopError
from silvershop.rental.models import ReservationStatus
from silvershop.rental.reservations import OPEN, ReservationView, cancel_reservation, list_reservations
from silvershop.rental.units import list_units
from silvershop.security.permissions import Actor, Permission
from silvershop.ui import vocabulary
from silvershop.ui.centres.centre_choice import CentreChoice, visible_entries
from silvershop.ui.desk import Desk
from silvershop.ui.rental.reservation_dialog import ReservationDialog, days, unit_or_place
from silvershop.ui.widgets.flow_row import button_row
from silvershop.ui.widgets.form_dialog import action_button, confirm, large_target
from silvershop.ui.widgets.forms import MessageBar
from silvershop.ui.widgets.record_table import Column, RecordTable
from silvershop.ui.widgets.screen import SPACING, list_page


class ReservationsTab(QWidget):
    """`changed` after a write, so the screen reads its tabs again."""

    changed = Signal()

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.centres: list[CentreEntry] = []
        self.bar = MessageBar()
        self.choice = CentreChoice()
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # names whole
        self.choice.setAccessibleName(self.tr("Centre"))
        self.choice.chosen.connect(self.reload)
        self.centre_label = QLabel(self.tr("Centre"))
        self.centre_label.setBuddy(self.choice)
        self.status = large_target(QComboBox())
        self.status.setAccessibleName(self.tr("Which reservations"))
        for status in (ReservationStatus.ACTIVE, ReservationStatus.WAITING):
            self.status.addItem(vocabulary.word(status), status)
        self.status.addItem(self.tr("All"), None)
        self.status.activated.connect(self.reload)
        self.new_button = action_button(self.tr("New reservation…"))
        self.new_button.clicked.connect(self.new)
        self.cancel_button = action_button(self.tr("Cancel reservation…"))
        self.cancel_button.clicked.connect(self.cancel)
        self.note = QLabel(objectName="note", wordWrap=True)
        self.table: RecordTable[ReservationView] = RecordTable(
            [
                Column(self.tr("Resident"), lambda r: r.resident_name),
                Column(self.tr("Product"), lambda r: r.product_name, stretch=True),
                Column(self.tr("Unit"), unit_or_place),
                Column(self.tr("Days"), days),
                Column(self.tr("Status"), lambda r: vocabulary.word(r.status)),
                Column(self.tr("Note"), lambda r: r.note or "–"),
            ]
        )
        self.table.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.view.setAccessibleName(self.tr("Reservations"))
        self.table.view.selectionModel().selectionChanged.connect(self._selection_changed)
        controls = button_row()
        controls.setSpacing(SPACING // 2)
        controls.addWidget(self.centre_label)
        controls.addWidget(self.choice)
        controls.addSpacing(SPACING // 2)
        shown = QLabel(self.tr("Show"))
        shown.setBuddy(self.status)
        controls.addWidget(shown)
        controls.addWidget(self.status)
        controls.addStretch(1)
        controls.addWidget(self.new_button)
        controls.addWidget(self.cancel_button)
        list_page(self, self.bar, controls, self.note, table=self.table)
        self._selection_changed()

    # Reading ---------------------------------------------------------------------------------

    def refresh(self, session: Session) -> None:
        """The chosen centre's reservations as filtered, keeping the one that was chosen."""
        self.centres = visible_entries(self.actor, list_centres(session))
        self.choice.blockSignals(True)
        self.choice.set_centres(self.centres)
        self.choice.blockSignals(False)
        for widget in (self.centre_label, self.choice):
            widget.setVisible(len(self.centres) > 1)  # a clerk of one centre has nothing to choose
        kept = self.table.selected()
        centre_id = self.choice.centre_id()
        may_rent = centre_id is not None and self.actor.can(Permission.RENT, centre_id)
        self.new_button.setVisible(may_rent)
        self.cancel_button.setVisible(may_rent)
        try:
            found = (
                list_reservations(session, self.actor, centre_id, status=self.filter())
                if centre_id is not None
                else []
            )
        except SilvershopError as err:
            self.table.set_records(())
            self.bar.show_error(err.localized())
            self._selection_changed()
            return
        self.table.empty.setText(self._nothing(centre_id))
        self.table.set_records(found)
        self.note.setText(self._count(found))
        if kept is not None:
            self.select(kept.id)
        self._selection_changed()

    def reload(self) -> None:
        with self.desk.database.reading() as session:
            self.refresh(session)

    def _nothing(self, centre_id: int | None) -> str:
        if centre_id is None:
            return self.tr("You may see no centre's reservations.")
        status = self.filter()
        if status is ReservationStatus.WAITING:
            return self.tr("Nobody is on the waiting list here.")
        if status is ReservationStatus.ACTIVE:
            return self.tr("No device is reserved here. Reserve one with “New reservation…”.")
        return self.tr("No reservation was ever made here.")

    def _count(self, found: list[ReservationView]) -> str:
        """How many the list shows, of each kind it can hold under the filter."""
        if not found:
            return ""
        held = sum(1 for r in found if r.status is ReservationStatus.ACTIVE)
        waiting = sum(1 for r in found if r.status is ReservationStatus.WAITING)
        status = self.filter()
        if status is ReservationStatus.ACTIVE:
            return self.tr("{count} devices held.").format(count=vocabulary.number(held))
        if status is ReservationStatus.WAITING:
            return self.tr("{count} residents on the waiting list.").format(count=vocabulary.number(waiting))
        return self.tr("{held} held, {waiting} on the waiting list, {closed} collected or cancelled.").format(
            held=vocabulary.number(held),
            waiting=vocabulary.number(waiting),
            closed=vocabulary.number(len(found) - held - waiting),
        )

    # Choosing --------------------------------------------------------------------------------

    def select(self, reservation_id: int) -> bool:
        rows = [r.id for r in self.table.model.records()]
        if reservation_id not in rows:
            return False
        self.table.view.selectRow(rows.index(reservation_id))
        return True

    def filter(self) -> ReservationStatus | None:
        """The status the list is filtered on; None for all."""
        chosen = self.status.currentData()
        return ReservationStatus(chosen) if chosen is not None else None

    def show_status(self, status: ReservationStatus) -> None:
        """Filter on `status` unless the list already shows it (the filter says "all")."""
        if self.filter() is not None:
            self.status.setCurrentIndex(self.status.findData(status))

    def _selection_changed(self) -> None:
        chosen = self.table.selected()
        self.cancel_button.setEnabled(chosen is not None and chosen.status in OPEN)

    # Acting ----------------------------------------------------------------------------------

    def _centre(self) -> CentreEntry | None:
        return next((c for c in self.centres if c.id == self.choice.centre_id()), None)

    def new(self) -> None:
        centre = self._centre()
        if centre is None:
            return
        self.bar.clear()
        try:
            with self.desk.database.reading() as session:
                units = list_units(session, self.actor, centre.id)
        except SilvershopError as err:
            self.bar.show_error(err.localized())
            return
        dialog = ReservationDialog(self.desk, self.actor, centre, units, self)
        if not dialog.exec() or dialog.reserved is None:
            return
        self.show_status(dialog.reserved.status)
        self._done(dialog.confirmation, dialog.reserved.id)

    def cancel(self) -> None:
        chosen = self.table.selected()
        if chosen is None or chosen.status not in OPEN:
            return
        self.bar.clear()
        if chosen.status is ReservationStatus.WAITING:
            question = self.tr("Take {name} off the waiting list for {product} ({days})?")
        else:
            question = self.tr(
                "Cancel the reservation of {product} for {name}, {days}? {tag} goes to the first resident "
                "waiting for it, or back on the shelf."
            )
        if not confirm(
            self,
            self.tr("Cancel a reservation"),
            question.format(
                product=chosen.product_name,
                name=chosen.resident_name,
                days=days(chosen),
                tag=chosen.asset_tag,
            ),
            self.tr("Cancel the reservation"),
        ):
            return
        try:
            with transaction(self.desk.database.sessions) as session:
                waiting = self._waiting_for(session, chosen)
                cancel_reservation(session, self.actor, chosen.id, today=local_today())
                promoted = next(
                    (
                        r
                        for r in list_reservations(
                            session, self.actor, chosen.centre_id, status=ReservationStatus.ACTIVE
                        )
                        if r.id in waiting
                    ),
                    None,
                )
        except SilvershopError as err:
            self.bar.show_error(err.localized())
            self.reload()
            return
        self._done(self._cancelled(chosen, promoted), chosen.id)

    def _waiting_for(self, session: Session, reservation: ReservationView) -> set[int]:
        """Who waits for the same product at the same centre, to tell who the freed unit went to."""
        return {
            r.id
            for r in list_reservations(
                session, self.actor, reservation.centre_id, status=ReservationStatus.WAITING
            )
            if r.product_id == reservation.product_id
        }

    def _cancelled(self, was: ReservationView, promoted: ReservationView | None) -> str:
        if promoted is not None:
            return self.tr(
                "The reservation of {name} is cancelled. {tag} now goes to {next}, who was waiting for "
                "{product}: tell them it is held from {start}."
            ).format(
                name=was.resident_name,
                tag=promoted.asset_tag,
                next=promoted.resident_name,
                product=promoted.product_name,
                start=promoted.start_on.isoformat(),
            )
        if was.status is ReservationStatus.WAITING:
            return self.tr("{name} is taken off the waiting list for {product}.").format(
                name=was.resident_name, product=was.product_name
            )
        return self.tr(
            "The reservation of {name} is cancelled; nobody was waiting, so {tag} is free."
        ).format(name=was.resident_name, tag=was.asset_tag)

    def _done(self, sentence: str, keep: int) -> None:
        self.changed.emit()  # the screen reads its tabs again, this one included
        self.select(keep)
        self.bar.show_info(sentence)
