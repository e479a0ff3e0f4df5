"""The Transfers tab: goods on their way between the chosen centre and the others, and what became of
them. The sender ships, the receiver confirms what arrived (all of it, or part now and the rest
later), and what never arrives is settled by the sender's manager; the list shows each step's count.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from silvershop.centres.centres import centre_view
from silvershop.centres.directory import CentreEntry, list_centres
from silvershop.centres.stock import centre_stock
from silvershop.centres.transfers import OPEN, TransferLineView, TransferView, list_transfers
from silvershop.errors import SilvershopError
from silvershop.security.permissions import Actor, Permission
from silvershop.ui import vocabulary
from silvershop.ui.centres.transfer_dialogs import ReceiveDialog, SettleDialog, ShipDialog, ShippedDialog
from silvershop.ui.desk import Desk
from silvershop.ui.settings.words import local_time
from silvershop.ui.widgets.form_dialog import action_button, large_target
from silvershop.ui.widgets.forms import MessageBar
from silvershop.ui.widgets.record_table import Column, RecordTable
from silvershop.ui.widgets.screen import SPACING, section

SEPARATOR = " · "


class TransfersTab(QWidget):
    """`changed` is emitted after a write; the screen then reads its tabs again (`refresh`), this one too."""

    changed = Signal()

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.centre_id: int | None = None
        self.centres: list[CentreEntry] = []
        self.bar = MessageBar()
        self.open_only = large_target(QCheckBox(self.tr("Open only")))
        self.open_only.setChecked(True)
        self.open_only.toggled.connect(self.reload)
        self.ship_button = action_button(self.tr("Ship to another centre…"))
        self.receive_button = action_button(self.tr("Receive…"))
        self.settle_button = action_button(self.tr("Settle shortfall…"))
        self.ship_button.clicked.connect(self.ship)
        self.receive_button.clicked.connect(self.receive)
        self.settle_button.clicked.connect(self.settle)
        self.table: RecordTable[TransferView] = RecordTable(
            [
                Column(self.tr("Code"), lambda t: t.code),
                Column(
                    self.tr("From"),
                    lambda t: self._centre_text(t.from_centre_id, t.from_centre),
                    stretch=True,
                ),
                Column(self.tr("To"), lambda t: self._centre_text(t.to_centre_id, t.to_centre), stretch=True),
                Column(self.tr("Status"), lambda t: vocabulary.word(t.status)),
                Column(self.tr("Shipped"), lambda t: t.shipped),
                Column(self.tr("Received"), lambda t: t.received),
                Column(self.tr("Missing"), lambda t: t.missing),
                Column(self.tr("Shipped on"), lambda t: local_time(t.shipped_at)),
                Column(self.tr("By"), lambda t: t.shipped_by),
            ]
        )
        self.table.view.setAccessibleName(self.tr("Transfers"))
        self.table.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.detail = QLabel(objectName="note", wordWrap=True)
        self.lines: RecordTable[TransferLineView] = RecordTable(
            [
                Column(
                    self.tr("Product"), lambda line: f"{line.product_code} {line.product_name}", stretch=True
                ),
                Column(self.tr("From location"), lambda line: line.from_location_code),
                Column(self.tr("Shipped"), lambda line: line.shipped),
                Column(self.tr("Received"), lambda line: line.received),
                Column(self.tr("Still missing"), lambda line: line.missing),
            ]
        )
        self.lines.view.setAccessibleName(self.tr("Lines of the chosen transfer"))
        self._layout()
        self._selection_changed()

    def _layout(self) -> None:
        controls = QHBoxLayout()
        controls.setSpacing(SPACING // 2)
        controls.addWidget(self.open_only)
        controls.addStretch(1)
        for button in (self.ship_button, self.receive_button, self.settle_button):
            controls.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING // 2)
        layout.addWidget(self.bar)
        layout.addLayout(controls)
        layout.addWidget(self.table, 3)
        layout.addWidget(section(self.tr("Lines of the chosen transfer")))
        layout.addWidget(self.detail)
        layout.addWidget(self.lines, 2)

    def _centre_text(self, centre_id: int, name: str) -> str:
        """The code first: the names differ only in their first words, which a narrow column keeps."""
        code = next((c.code for c in self.centres if c.id == centre_id), "")
        return f"{code} {name}".strip()

    # Reading ---------------------------------------------------------------------------------

    def refresh(self, session: Session, centre_id: int | None) -> None:
        """The transfers from and to `centre_id`, keeping the one that was chosen."""
        if centre_id != self.centre_id:
            self.bar.clear()
        self.centre_id = centre_id
        kept = self.selected()
        self.centres = list_centres(session)
        may_move = centre_id is not None and self.actor.can(Permission.MOVE_STOCK, centre_id)
        self.ship_button.setVisible(may_move)
        self.receive_button.setVisible(may_move)
        self.settle_button.setVisible(
            centre_id is not None and self.actor.can(Permission.MANAGE_CENTRE, centre_id)
        )
        if centre_id is None:
            self.table.empty.setText(self.tr("You may see no centre's transfers."))
            self.table.set_records(())
        else:
            self.table.empty.setText(
                self.tr("No transfer from or to this centre is on its way.")
                if self.open_only.isChecked()
                else self.tr("No goods were ever sent from or to this centre.")
            )
            self.table.set_records(
                list_transfers(session, self.actor, centre_id=centre_id, open_only=self.open_only.isChecked())
            )
        if kept is not None:
            self.select(kept.id)
        self._selection_changed()

    def reload(self) -> None:
        try:
            with self.desk.database.reading() as session:
                self.refresh(session, self.centre_id)
        except SilvershopError as err:
            self.bar.show_error(err.localized())

    # Choosing --------------------------------------------------------------------------------

    def selected(self) -> TransferView | None:
        return self.table.selected()

    def select(self, transfer_id: int) -> bool:
        rows = [t.id for t in self.table.model.records()]
        if transfer_id not in rows:
            return False
        self.table.view.selectRow(rows.index(transfer_id))
        return True

    def _selection_changed(self) -> None:
        chosen = self.selected()
        is_open = chosen is not None and chosen.status in OPEN
        self.receive_button.setEnabled(
            is_open and chosen is not None and chosen.to_centre_id == self.centre_id
        )
        self.settle_button.setEnabled(
            is_open and chosen is not None and chosen.from_centre_id == self.centre_id and chosen.missing > 0
        )
        self.lines.set_records(chosen.lines if chosen is not None else ())
        self.detail.setText(self._described(chosen))

    def _described(self, chosen: TransferView | None) -> str:
        if chosen is None:
            return self.tr("Choose a transfer above to see what it carries.")
        parts = [
            f"{chosen.code}: {self._centre_text(chosen.from_centre_id, chosen.from_centre)} → "
            f"{self._centre_text(chosen.to_centre_id, chosen.to_centre)}",
            vocabulary.word(chosen.status),
        ]
        if chosen.note:
            parts.append(self.tr("Note: {note}").format(note=chosen.note))
        if chosen.settlement is not None:
            parts.append(
                self.tr("Settled on {date}: {how} ({reason})").format(
                    date=local_time(chosen.closed_at),
                    how=vocabulary.word(chosen.settlement),
                    reason=chosen.settlement_reason,
                )
            )
        elif chosen.closed_at is not None:
            parts.append(self.tr("Closed on {date}").format(date=local_time(chosen.closed_at)))
        return SEPARATOR.join(parts)

    # Acting ----------------------------------------------------------------------------------

    def _centre(self) -> CentreEntry | None:
        return next((c for c in self.centres if c.id == self.centre_id), None)

    def ship(self) -> None:
        centre = self._centre()
        if centre is None:
            return
        self.bar.clear()
        try:
            with self.desk.database.reading() as session:
                stock = centre_stock(session, self.actor, centre.id)
        except SilvershopError as err:
            self.bar.show_error(err.localized())
            return
        dialog = ShipDialog(self.desk, self.actor, centre, self.centres, stock, self)
        if not dialog.exec() or dialog.shipped is None:
            return
        shipped = dialog.shipped
        self._done(
            self.tr("Transfer {code} is on its way to {centre}.").format(
                code=shipped.code, centre=shipped.to_centre
            ),
            shipped.id,
        )
        ShippedDialog(shipped, self).exec()

    def receive(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.to_centre_id != self.centre_id:
            return
        self.bar.clear()
        try:
            with self.desk.database.reading() as session:
                locations = centre_view(session, chosen.to_centre_id).locations
        except SilvershopError as err:
            self.bar.show_error(err.localized())
            return
        dialog = ReceiveDialog(self.desk, self.actor, chosen, locations, self)
        if not dialog.exec() or dialog.received is None:
            return
        received = dialog.received
        if received.missing:
            sentence = self.tr(
                "{count} items of {code} were received; {missing} are still on the way."
            ).format(
                count=vocabulary.number(received.received - chosen.received),
                code=received.code,
                missing=vocabulary.number(received.missing),
            )
        else:
            sentence = self.tr("Transfer {code} is received in full.").format(code=received.code)
        self._done(sentence, received.id)

    def settle(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.from_centre_id != self.centre_id:
            return
        self.bar.clear()
        dialog = SettleDialog(self.desk, self.actor, chosen, self)
        if not dialog.exec() or dialog.settled is None or dialog.settled.settlement is None:
            return
        settled = dialog.settled
        self._done(
            self.tr("Transfer {code} is settled: {how}.").format(
                code=settled.code, how=vocabulary.word(settled.settlement)
            ),
            settled.id,
        )

    def _done(self, sentence: str, keep: int) -> None:
        self.changed.emit()  # the screen reads its tabs again, this list included
        self.select(keep)
        self.bar.show_info(sentence)
