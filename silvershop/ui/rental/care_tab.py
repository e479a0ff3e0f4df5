"""The "Cleaning and repairs" tab of the rental desk: the units of the desk's centres that are out of
the rental cycle for now, in two lists — waiting to be cleaned (the longest waiting first) and in
repair (the oldest repair first) — with the step that brings each back: signing off a cleaning, or
finishing the repair, which sends the unit on to cleaning.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from silvershop.errors import SilvershopError
from silvershop.rental.desk_lists import UnitWaiting, awaiting_cleaning, in_repair
from silvershop.security.permissions import Actor, Permission
from silvershop.security.users import own_account
from silvershop.ui import vocabulary
from silvershop.ui.desk import Desk
from silvershop.ui.rental.care_dialogs import CareDialog, CleaningDialog, FinishRepairDialog
from silvershop.ui.settings.words import local_time
from silvershop.ui.widgets.form_dialog import action_button
from silvershop.ui.widgets.forms import MessageBar
from silvershop.ui.widgets.record_table import Column, RecordTable
from silvershop.ui.widgets.screen import SPACING, section


class CareTab(QWidget):
    """`changed` after a write, so the screen reads its tabs again (this one through `refresh`)."""

    changed = Signal()

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.performer = actor.username  # the signed-in person's display name, once read
        self.bar = MessageBar()
        # Someone working for several centres needs to know which centre's shelf a unit is on.
        several = actor.is_admin or len(actor.centre_ids) > 1
        centre = [Column(self.tr("Centre"), lambda u: u.centre_code)] if several else []
        self.cleaning_heading = section("")
        self.clean_button = action_button(self.tr("Record cleaning…"))
        self.clean_button.clicked.connect(self.record_cleaning)
        self.cleaning: RecordTable[UnitWaiting] = RecordTable(
            [
                Column(self.tr("Asset tag"), lambda u: u.asset_tag),
                Column(self.tr("Product"), lambda u: u.product_name, stretch=True),
                *centre,
                Column(self.tr("Waiting since"), lambda u: local_time(u.since)),
            ],
            empty_text=self.tr("No unit is waiting to be cleaned."),
        )
        self.repair_heading = section("")
        self.finish_button = action_button(self.tr("Finish repair…"))
        self.finish_button.clicked.connect(self.finish_repair)
        self.repairs: RecordTable[UnitWaiting] = RecordTable(
            [
                Column(self.tr("Asset tag"), lambda u: u.asset_tag),
                Column(self.tr("Product"), lambda u: u.product_name),
                *centre,
                Column(self.tr("Fault"), lambda u: u.fault or "–", stretch=True),
                Column(self.tr("In repair since"), lambda u: local_time(u.since)),
            ],
            empty_text=self.tr("No unit is in repair."),
        )
        for table, name, act in (
            (self.cleaning, self.tr("Units awaiting cleaning"), self.record_cleaning),
            (self.repairs, self.tr("Units in repair"), self.finish_repair),
        ):
            table.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.view.setAccessibleName(name)
            table.view.selectionModel().selectionChanged.connect(self._update_buttons)
            table.view.doubleClicked.connect(act)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING // 2)
        layout.addWidget(self.bar)
        for heading, button, table in (
            (self.cleaning_heading, self.clean_button, self.cleaning),
            (self.repair_heading, self.finish_button, self.repairs),
        ):
            row = QHBoxLayout()
            row.addWidget(heading, 1)
            row.addWidget(button)
            layout.addLayout(row)
            layout.addWidget(table, 1)
        self._update_buttons()

    def refresh(self, session: Session) -> None:
        """Both lists, keeping the units that were chosen."""
        self.bar.clear()
        try:
            account = own_account(session, self.actor)
            self.performer = account.display_name or account.username
        except SilvershopError:  # a script's actor has no account; its name will do
            self.performer = self.actor.username
        try:
            waiting, repairs = awaiting_cleaning(session, self.actor), in_repair(session, self.actor)
        except SilvershopError as err:
            waiting, repairs = [], []
            self.bar.show_error(err.localized())
        for table, records in ((self.cleaning, waiting), (self.repairs, repairs)):
            kept = table.selected()
            table.set_records(records)
            if kept is not None:
                select(table, kept.unit_id)
        self.cleaning_heading.setText(
            self.tr("Awaiting cleaning ({count})").format(count=vocabulary.number(len(waiting)))
        )
        self.repair_heading.setText(
            self.tr("In repair ({count})").format(count=vocabulary.number(len(repairs)))
        )
        self._update_buttons()

    def reload(self) -> None:
        with self.desk.database.reading() as session:
            self.refresh(session)

    def _update_buttons(self) -> None:
        rents = self.actor.can(Permission.RENT)
        self.clean_button.setEnabled(rents and self.cleaning.selected() is not None)
        chosen = self.repairs.selected()
        self.finish_button.setEnabled(rents and chosen is not None and chosen.repair_id is not None)

    def record_cleaning(self) -> None:
        chosen = self.cleaning.selected()
        if chosen is not None and self.clean_button.isEnabled():
            self._run(
                CleaningDialog(self.desk, self.actor, chosen, self.performer, self), select_in=self.cleaning
            )

    def finish_repair(self) -> None:
        chosen = self.repairs.selected()
        if chosen is not None and self.finish_button.isEnabled():
            may_retire = self.actor.can(Permission.MANAGE_CENTRE)
            self._run(
                FinishRepairDialog(self.desk, self.actor, chosen, may_retire, self), select_in=self.cleaning
            )

    def _run(self, dialog: CareDialog, select_in: RecordTable[UnitWaiting]) -> None:
        """After the step: the lists read again, the unit chosen where it went (if it is still listed)."""
        if not dialog.exec() or not dialog.confirmation:
            return
        self.changed.emit()  # the screen reads its tabs again, this one included
        select(select_in, dialog.unit.unit_id)
        self._update_buttons()
        self.bar.show_info(dialog.confirmation)


def select(table: RecordTable[UnitWaiting], unit_id: int) -> None:
    rows = [unit.unit_id for unit in table.model.records()]
    if unit_id in rows:
        table.view.selectRow(rows.index(unit_id))
