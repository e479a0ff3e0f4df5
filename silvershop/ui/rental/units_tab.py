"""The Units tab of the rental desk: the device units of one centre with their state in words, found
by asset tag, serial number or product, or by scanning the label on the unit, which chooses it.

Beside the list are the actions on units, each shown to those who may take it: registering a unit
and taking one out of service for good are the centre manager's; seeing what a unit went through and
sending it to repair are the desk's. A button greys only when no unit is chosen or the chosen one is
out of service; anything else the service refuses says why (a unit on loan cannot be retired).
Labels are printed for the chosen unit, or for every unit listed when none is chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget
from sqlalchemy.orm import Session

from silvershop.centres.centres import centre_view
from silvershop.centres.directory import CentreEntry, list_centres
from silvershop.errors import SilvershopError
from silvershop.labels.payloads import PayloadKind, normalise_scan, parse_payload
from silvershop.rental.models import UnitState
from silvershop.rental.units import OUT_OF_SERVICE, UnitView, find_unit, list_units, unit_history, unit_view
from silvershop.security.permissions import Actor, Permission
from silvershop.ui import vocabulary
from silvershop.ui.centres.centre_choice import CentreChoice, visible_entries
from silvershop.ui.desk import Desk
from silvershop.ui.labels.print_dialog import LabelPrintDialog
from silvershop.ui.rental.unit_dialogs import (
    AssetTagDialog,
    LostDialog,
    RegisterUnitDialog,
    RepairDialog,
    RetireDialog,
    UnitDialog,
    rentable_products,
)
from silvershop.ui.rental.unit_history import HistoryDialog
from silvershop.ui.widgets.flow_row import button_row
from silvershop.ui.widgets.form_dialog import action_button, large_target
from silvershop.ui.widgets.forms import MessageBar
from silvershop.ui.widgets.record_table import Column, RecordTable
from silvershop.ui.widgets.screen import SPACING, kept, list_page

TYPING_PAUSE_MS = 250
SCAN_PREFIX = "SS:"


def scanned_label(text: str) -> str:
    """The label scanned into the search field, "" if none: a scan typed after what the field held
    (the cursor was not at its start) is still read whole."""
    typed = normalise_scan(text)
    start = typed.rfind(SCAN_PREFIX)
    return typed[start:] if start >= 0 else ""


class UnitsTab(QWidget):
    """`changed` after a write, so the screen reads its tabs again (this one through `refresh`)."""

    changed = Signal()

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.centres: list[CentreEntry] = []
        self.bar = MessageBar()
        self.choice = CentreChoice()
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.choice.setAccessibleName(self.tr("Centre"))
        self.choice.chosen.connect(self.search)
        self.choice_label = QLabel(self.tr("Centre"))
        self.choice_label.setBuddy(self.choice)
        self.query = kept(large_target(QLineEdit()), "units")
        self.query.setPlaceholderText(self.tr("Tag, serial number or product, or scan a label"))
        self.query.setAccessibleName(self.tr("Find a unit"))
        self.query.setClearButtonEnabled(True)
        self.pause = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self.pause.timeout.connect(self._typed)
        self.query.textChanged.connect(self.pause.start)
        self.query.returnPressed.connect(self.search)
        self.state = large_target(QComboBox())
        self.state.setAccessibleName(self.tr("State"))
        self.state.addItem(self.tr("Any state"), None)
        for state in UnitState:
            self.state.addItem(vocabulary.word(state), state.value)
        self.state.activated.connect(self.search)
        self.count = QLabel(objectName="note")
        self.table: RecordTable[UnitView] = RecordTable(
            [
                Column(self.tr("Asset tag"), lambda u: u.asset_tag),
                Column(self.tr("Product"), lambda u: u.product_name, stretch=True),
                Column(self.tr("State"), lambda u: vocabulary.word(u.state)),
                Column(self.tr("Condition"), lambda u: vocabulary.word(u.condition)),
                Column(self.tr("Loans so far"), lambda u: u.loan_count),
                Column(
                    self.tr("Purchased on"), lambda u: u.purchased_on.isoformat() if u.purchased_on else "–"
                ),
                Column(self.tr("Location"), lambda u: u.location_code or "–"),
            ]
        )
        self.table.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.view.setAccessibleName(self.tr("Device units"))
        self.table.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.view.doubleClicked.connect(self.history)
        self._buttons()
        self._layout()
        self._update_buttons()

    def _buttons(self) -> None:
        self.register_button = action_button(self.tr("Register unit…"))
        self.history_button = action_button(self.tr("History…"))
        self.repair_button = action_button(self.tr("Send to repair…"))
        self.retire_button = action_button(self.tr("Retire…"))
        self.lost_button = action_button(self.tr("Mark lost…"))
        self.labels_button = action_button(self.tr("Print all labels…"))  # see _update_buttons
        self.labels_button.clicked.connect(self.print_labels)
        self.labels_button.setVisible(self.actor.can(Permission.PRINT_LABELS))
        self.register_button.clicked.connect(self.register)
        self.history_button.clicked.connect(self.history)
        self.repair_button.clicked.connect(self.repair)
        self.retire_button.clicked.connect(self.retire)
        self.lost_button.clicked.connect(self.mark_lost)
        manager = self.actor.can(Permission.MANAGE_CENTRE)
        self.register_button.setVisible(manager)
        self.retire_button.setVisible(manager)
        self.lost_button.setVisible(manager)
        self.history_button.setVisible(self.actor.can(Permission.VIEW_RESIDENTS))  # loans name residents
        self.repair_button.setVisible(self.actor.can(Permission.RENT))

    def _layout(self) -> None:
        search = QHBoxLayout()
        search.setSpacing(SPACING // 2)
        search.addWidget(self.choice_label)
        search.addWidget(self.choice)
        search.addSpacing(SPACING // 2)
        label = QLabel(self.tr("Find"))
        label.setBuddy(self.query)
        search.addWidget(label)
        search.addWidget(self.query, 1)
        search.addSpacing(SPACING // 2)
        search.addWidget(self.state)
        actions = button_row()
        actions.setSpacing(SPACING // 2)
        actions.addWidget(self.count)
        actions.addStretch(1)
        for button in (
            self.register_button,
            self.history_button,
            self.repair_button,
            self.retire_button,
            self.lost_button,
            self.labels_button,
        ):
            actions.addWidget(button)
        list_page(self, self.bar, search, actions, table=self.table)

    # Reading -------------------------------------------------------------------------------------

    def centre_id(self) -> int | None:
        return self.choice.centre_id()

    def refresh(self, session: Session) -> None:
        """The centres this person may see (the choice shown only when there are several), then the
        chosen centre's units, keeping the unit that was chosen."""
        self.bar.clear()
        self.centres = visible_entries(self.actor, list_centres(session))
        was_blocked = self.choice.blockSignals(True)
        self.choice.set_centres(self.centres)
        self.choice.blockSignals(was_blocked)
        several = len(self.centres) > 1
        self.choice.setVisible(several)
        self.choice_label.setVisible(several)
        kept = self.table.selected()
        try:
            self._read(session, kept.id if kept is not None else None)
        except SilvershopError as err:  # the centre was taken from this person meanwhile
            self.table.set_records(())
            self._update_buttons()
            self.bar.show_error(err.localized())

    def reload(self) -> None:
        with self.desk.database.reading() as session:
            self.refresh(session)

    def search(self) -> None:
        """Read the list again for what is typed, or take what was scanned."""
        self.pause.stop()
        scan = scanned_label(self.query.text())
        if scan:
            self.take_scan(scan)
            return
        kept = self.table.selected()
        with self.desk.database.reading() as session:
            self._read(session, kept.id if kept is not None else None)

    def _typed(self) -> None:
        # A label being scanned is taken whole at its Enter, not halfway through.
        if not scanned_label(self.query.text()):
            self.search()

    def take_scan(self, text: str) -> None:
        """A unit's label chooses that unit (in any state, at any centre this person may see); a
        product's label lists the units of that product."""
        try:
            payload = parse_payload(text)
            if payload.kind is PayloadKind.PRODUCT:
                self._set_query(payload.code)
                self.query.selectAll()
                self.search()
                return
            with self.desk.database.reading() as session:
                unit = unit_view(session, find_unit(session, text).id)
                if self.choice.findData(unit.centre_id) < 0:
                    self.bar.show_error(
                        self.tr("{tag} is a unit of {centre}, whose units you may not see.").format(
                            tag=unit.asset_tag, centre=unit.centre_code
                        )
                    )
                    return
                was_blocked = self.choice.blockSignals(True)
                self.choice.choose(unit.centre_id)
                self.choice.blockSignals(was_blocked)
                self._set_query(unit.asset_tag)
                self.query.selectAll()  # the next scan replaces the tag rather than adds to it
                self.state.setCurrentIndex(0)
                self.bar.clear()
                self._read(session, unit.id)
        except SilvershopError as err:  # not our label, another kind of label, no such tag
            self._set_query("")  # ready for the next scan, the whole list behind the sentence
            with self.desk.database.reading() as session:
                self._read(session, None)
            self.bar.show_error(err.localized())

    def _set_query(self, text: str) -> None:
        was_blocked = self.query.blockSignals(True)
        self.query.setText(text)
        self.query.blockSignals(was_blocked)

    def _read(self, session: Session, keep: int | None) -> None:
        centre = self.centre_id()
        if centre is None:
            self.table.empty.setText(self.tr("You may see no centre's rental units."))
            self.table.set_records(())
            self.count.setText("")
            self._update_buttons()
            return
        text = self.query.text().strip()
        state = self.state.currentData()
        found = list_units(session, self.actor, centre, UnitState(state) if state else None, text=text)
        self.table.empty.setText(self._nothing(text, state is not None, centre))
        self.table.set_records(found)
        self.select(keep)
        self.count.setText(
            self.tr("1 unit")
            if len(found) == 1
            else self.tr("{count} units").format(count=vocabulary.number(len(found)))
        )
        self._update_buttons()

    def _nothing(self, text: str, filtered: bool, centre: int) -> str:
        if text:
            return self.tr("No unit here matches “{text}”.").format(text=text)
        if filtered:
            return self.tr("No unit here is in this state.")
        if self.actor.can(Permission.MANAGE_CENTRE, centre):
            return self.tr("This centre has no rental units yet. Register the first with “Register unit…”.")
        return self.tr("This centre has no rental units yet.")

    def select(self, unit_id: int | None) -> None:
        """Choose a unit in the list, if the list holds it."""
        for row, unit in enumerate(self.table.model.records()):
            if unit.id == unit_id:
                index = self.table.model.index(row, 0)
                self.table.view.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.view.scrollTo(index)
                return

    def _update_buttons(self) -> None:
        centre = self.centre_id()
        chosen = self.table.selected()
        in_service = chosen is not None and chosen.state not in OUT_OF_SERVICE
        manages = centre is not None and self.actor.can(Permission.MANAGE_CENTRE, centre)
        self.register_button.setEnabled(manages)
        self.history_button.setEnabled(chosen is not None)
        self.repair_button.setEnabled(
            in_service and centre is not None and self.actor.can(Permission.RENT, centre)
        )
        self.retire_button.setEnabled(in_service and manages)
        self.lost_button.setEnabled(in_service and manages)
        # The chosen unit's label, or with none chosen every listed unit's: the text says which.
        self.labels_button.setText(
            self.tr("Print label…") if chosen is not None else self.tr("Print all labels…")
        )
        self.labels_button.setEnabled(bool(self.table.model.records()))

    # Acting --------------------------------------------------------------------------------------

    def register(self) -> None:
        centre = self.centre_id()
        if centre is None or not self.register_button.isEnabled():
            return
        try:
            with self.desk.database.reading() as session:
                dialog = RegisterUnitDialog(
                    self.desk,
                    self.actor,
                    centre_view(session, centre),
                    rentable_products(session, self.actor),
                    self,
                )
        except SilvershopError as err:
            self.bar.show_error(err.localized())
            return
        if not dialog.exec() or dialog.registered is None:
            return
        unit = dialog.registered
        self._set_query("")
        self.state.setCurrentIndex(0)
        self.changed.emit()
        self.select(unit.id)
        self.bar.show_info(
            self.tr("{product} is registered as {tag}.").format(product=unit.product_name, tag=unit.asset_tag)
        )
        AssetTagDialog(unit, self).exec()

    def history(self) -> None:
        chosen = self.table.selected()
        if chosen is None or not self.history_button.isVisible():
            return
        try:
            with self.desk.database.reading() as session:
                story = unit_history(session, self.actor, chosen.id)
        except SilvershopError as err:
            self.bar.show_error(err.localized())
            return
        HistoryDialog(story, self).exec()

    def repair(self) -> None:
        chosen = self.table.selected()
        if chosen is not None and self.repair_button.isEnabled():
            self._run(RepairDialog(self.desk, self.actor, chosen, self))

    def retire(self) -> None:
        chosen = self.table.selected()
        if chosen is not None and self.retire_button.isEnabled():
            self._run(RetireDialog(self.desk, self.actor, chosen, self))

    def mark_lost(self) -> None:
        chosen = self.table.selected()
        if chosen is not None and self.lost_button.isEnabled():
            self._run(LostDialog(self.desk, self.actor, chosen, self))

    def print_labels(self) -> None:
        chosen = self.table.selected()
        units = [chosen] if chosen is not None else self.table.model.records()
        if units:
            tags = [unit.asset_tag for unit in units]
            LabelPrintDialog(self.desk, self.actor, PayloadKind.UNIT, tags, self).exec()

    def _run(self, dialog: UnitDialog) -> None:
        if not dialog.exec() or not dialog.confirmation:
            return
        self.changed.emit()  # the screen reads its tabs again, this one included
        self.select(dialog.unit.id)
        self.bar.show_info(dialog.confirmation)
