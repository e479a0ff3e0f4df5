"""The Stock tab: what the chosen centre holds, where, and whether it is below the minimum it should
keep (said in words, never by colour alone); under it the latest moves, of the chosen product or of
the whole centre; and the actions staff take on stock, each shown to those who may take it.

The search box takes part of a code, a name or a model, or a scanned product label, which finds the
one product it names and chooses it. A location's label scanned in the window lists only what is kept
there, until something is typed in the search box.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from silvershop.centres.centres import CentreView, LocationView, centre_view
from silvershop.centres.display import shown_at_centre
from silvershop.centres.models import MoveKind
from silvershop.centres.stock import MoveLine, ProductStock, WriteOffReason, centre_stock, move_history
from silvershop.errors import SilvershopError, ValidationError
from silvershop.labels.payloads import PayloadKind, normalise_scan, parse_payload
from silvershop.security.permissions import Actor, Permission
from silvershop.ui import vocabulary
from silvershop.ui.centres.stock_dialogs import (
    AdjustDialog,
    DisplayDialog,
    MinimumDialog,
    MoveDialog,
    ReceiveDialog,
    StockDialog,
    WriteOffDialog,
    signed,
)
from silvershop.ui.desk import Desk
from silvershop.ui.settings.words import local_time
from silvershop.ui.widgets.flow_row import button_row
from silvershop.ui.widgets.form_dialog import action_button, large_target
from silvershop.ui.widgets.forms import MessageBar
from silvershop.ui.widgets.record_table import Column, RecordTable
from silvershop.ui.widgets.screen import SPACING, kept, section

TYPING_PAUSE_MS = 250
SEPARATOR = " · "
_WRITE_OFF_REASONS = {reason.value: reason for reason in WriteOffReason}


class StockTab(QWidget):
    """`changed` after a write, so the screen reads its tabs again."""

    changed = Signal()

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.centre: CentreView | None = None
        self.location: LocationView | None = None  # see show_location
        self._listing = False
        self.bar = MessageBar()
        self.query = kept(large_target(QLineEdit()), "stock")
        self.query.setPlaceholderText(self.tr("Part of the code, name or model, or scan a product's label"))
        self.query.setAccessibleName(self.tr("Find a product in stock"))
        self.query.setClearButtonEnabled(True)
        self.pause = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self.pause.timeout.connect(self.search)
        self.query.textChanged.connect(self.pause.start)
        self.query.textChanged.connect(self._whole_centre)
        self.query.returnPressed.connect(self.search)
        self.below_only = large_target(QCheckBox(self.tr("Below minimum only")))
        self.below_only.toggled.connect(self.search)
        self.count = QLabel(objectName="note")
        self.table: RecordTable[ProductStock] = RecordTable(
            [
                Column(self.tr("Code"), lambda p: p.code),
                Column(self.tr("Name"), lambda p: p.name, stretch=True),
                Column(self.tr("Model"), lambda p: p.model or "–"),
                Column(self.tr("Where"), self._where),
                Column(self.tr("Quantity"), lambda p: p.quantity),
                Column(self.tr("Minimum"), lambda p: p.min_quantity if p.min_quantity is not None else "–"),
                Column(self.tr("State"), self.state),
            ],
        )
        self.table.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.view.setAccessibleName(self.tr("Stock"))
        self.table.view.selectionModel().selectionChanged.connect(self._product_chosen)
        self.history_heading = section("")
        self.whole_centre_button = action_button(self.tr("Whole centre"))
        self.whole_centre_button.clicked.connect(self.table.view.clearSelection)
        self.history: RecordTable[MoveLine] = RecordTable(
            [
                Column(self.tr("When"), lambda m: local_time(m.at)),
                Column(self.tr("Product"), lambda m: m.product_name),
                Column(self.tr("Location"), lambda m: m.location_code),
                Column(self.tr("Change"), lambda m: signed(m.quantity)),
                Column(self.tr("What"), lambda m: vocabulary.word(m.kind)),
                Column(self.tr("Details"), self.details, stretch=True),
                Column(self.tr("By"), lambda m: m.username or "–"),
            ],
            empty_text=self.tr("No moves yet."),
        )
        self.history.view.setAccessibleName(self.tr("Latest moves"))
        self._buttons()
        self._layout()
        self._update_buttons()

    def _buttons(self) -> None:
        self.receive_button = action_button(self.tr("Receive delivery…"))
        self.move_button = action_button(self.tr("Move…"))
        self.adjust_button = action_button(self.tr("Adjust…"))
        self.write_off_button = action_button(self.tr("Write off…"))
        self.minimum_button = action_button(self.tr("Minimum…"))
        self.display_button = action_button(self.tr("On display…"))
        self.receive_button.clicked.connect(self.receive)
        self.move_button.clicked.connect(self.move)
        self.adjust_button.clicked.connect(self.adjust)
        self.write_off_button.clicked.connect(self.write_off)
        self.minimum_button.clicked.connect(self.minimum)
        self.display_button.clicked.connect(self.display)
        self.desk_buttons = (self.receive_button, self.move_button, self.display_button)
        self.manager_buttons = (self.adjust_button, self.write_off_button, self.minimum_button)
        for button in self.desk_buttons:
            button.setVisible(self.actor.can(Permission.MOVE_STOCK))
        for button in self.manager_buttons:
            button.setVisible(self.actor.can(Permission.MANAGE_CENTRE))

    def _layout(self) -> None:
        search = QHBoxLayout()
        search.setSpacing(SPACING // 2)
        label = QLabel(self.tr("Find"))
        label.setBuddy(self.query)
        search.addWidget(label)
        search.addWidget(self.query, 1)
        search.addSpacing(SPACING // 2)
        search.addWidget(self.below_only)
        search.addSpacing(SPACING // 2)
        search.addWidget(self.count)
        actions = button_row()
        actions.setSpacing(SPACING // 2)
        actions.addStretch(1)
        for button in (
            self.receive_button,
            self.move_button,
            self.adjust_button,
            self.write_off_button,
            self.minimum_button,
            self.display_button,
        ):
            actions.addWidget(button)
        below = QWidget()
        column = QVBoxLayout(below)
        column.setContentsMargins(0, SPACING // 2, 0, 0)
        column.setSpacing(SPACING // 2)
        header = QHBoxLayout()
        header.addWidget(self.history_heading, 1)
        header.addWidget(self.whole_centre_button)
        column.addLayout(header)
        column.addWidget(self.history, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(below)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING // 2)
        layout.addWidget(self.bar)
        layout.addLayout(search)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)

    # Words ---------------------------------------------------------------------------------------

    def _where(self, product: ProductStock) -> str:
        places = (f"{p.location_code} ×{vocabulary.number(p.quantity)}" for p in product.places)
        return SEPARATOR.join(places) or "–"

    def state(self, product: ProductStock) -> str:
        if product.min_quantity is None:
            return "–"
        if product.below_minimum:
            return self.tr("Below minimum: {count} short").format(
                count=vocabulary.number(product.min_quantity - product.quantity)
            )
        return self.tr("OK")

    def details(self, move: MoveLine) -> str:
        """The move's reason and reference in words: a write-off's reason, a delivery note, a location."""
        reference = move.reference
        if move.kind is MoveKind.WRITE_OFF and reference in _WRITE_OFF_REASONS:
            reference = vocabulary.word(_WRITE_OFF_REASONS[reference])
        elif move.kind is MoveKind.RECEIVE and reference:
            reference = self.tr("Delivery note {number}").format(number=reference)
        elif move.kind is MoveKind.MOVE_OUT and reference:
            reference = self.tr("To {location}").format(location=reference)
        elif move.kind is MoveKind.MOVE_IN and reference:
            reference = self.tr("From {location}").format(location=reference)
        return SEPARATOR.join(part for part in (reference, move.reason) if part) or "–"

    # Reading -------------------------------------------------------------------------------------

    def refresh(self, session: Session, centre_id: int | None) -> None:
        self.bar.clear()
        if self.location is not None and self.location.centre_id != centre_id:
            self.location = None
        kept = self.table.selected()
        try:
            self.centre = centre_view(session, centre_id) if centre_id is not None else None
            self._read(session, kept.product_id if kept is not None else None)
        except SilvershopError as err:  # the centre was closed or taken from this person meanwhile
            self.centre = None
            self.table.set_records(())
            self.history.set_records(())
            self.bar.show_error(err.localized())
            self._update_buttons()

    def search(self) -> None:
        self.pause.stop()
        kept = self.table.selected()
        with self.desk.database.reading() as session:
            self._read(session, kept.product_id if kept is not None else None)

    def _wanted(self) -> tuple[str, bool]:
        """The text to look for, and whether it came off a product's label."""
        text = self.query.text().strip()
        if not normalise_scan(text).startswith("SS:"):
            return text, False
        try:
            payload = parse_payload(text)
        except ValidationError:
            return text, False
        return (payload.code, True) if payload.kind is PayloadKind.PRODUCT else (text, False)

    def _read(self, session: Session, keep: int | None) -> None:
        if self.centre is None:
            self.table.set_records(())
            self.table.empty.setText(self.tr("Choose a centre to see its stock."))
            self.count.setText("")
            self._read_history(session)
            self._update_buttons()
            return
        text, scanned = self._wanted()
        below = self.below_only.isChecked()
        found = centre_stock(session, self.actor, self.centre.id, text=text, below_only=below)
        if self.location is not None:
            at = self.location.id
            found = [p for p in found if any(place.location_id == at for place in p.places)]
            self.bar.show_info(
                self.tr(
                    "Only what is kept at {location} is listed; type in Find to search the whole centre."
                ).format(location=f"{self.location.code} {self.location.name}")
            )
        self.table.empty.setText(self._nothing(text, below))
        self._listing = True  # the history is read once, below, for what ends up chosen
        self.table.set_records(found)
        if scanned and len(found) == 1:
            keep = found[0].product_id
        self.select(keep)
        self._listing = False
        self.count.setText(
            self.tr("1 product")
            if len(found) == 1
            else self.tr("{count} products").format(count=vocabulary.number(len(found)))
        )
        self._read_history(session)
        self._update_buttons()

    def show_location(self, session: Session, location: LocationView) -> None:
        """List only what is kept at `location` of its centre (its label was scanned)."""
        self.location = location
        was_blocked = self.query.blockSignals(True)
        self.query.clear()
        self.query.blockSignals(was_blocked)
        self.refresh(session, location.centre_id)

    def _whole_centre(self) -> None:
        if self.location is not None:
            self.location = None
            self.bar.clear()

    def _nothing(self, text: str, below: bool) -> str:
        if self.location is not None and not text:
            return self.tr("Nothing is kept at {location}.").format(location=self.location.code)
        if below and not text:
            return self.tr("Nothing here is below its minimum.")
        if text:
            return self.tr("No product in stock here matches “{text}”.").format(text=text)
        return self.tr("This centre holds nothing yet. Book in a delivery with “Receive delivery…”.")

    def select(self, product_id: int | None) -> None:
        """Choose a product in the list, if the list holds it; its moves show below."""
        for row, product in enumerate(self.table.model.records()):
            if product.product_id == product_id:
                index = self.table.model.index(row, 0)
                self.table.view.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.view.scrollTo(index)
                return

    def _read_history(self, session: Session) -> None:
        chosen = self.table.selected()
        if self.centre is None:
            self.history_heading.setText(self.tr("Latest moves"))
            self.history.set_records(())
            return
        if chosen is None:
            self.history_heading.setText(self.tr("Latest moves at {centre}").format(centre=self.centre.name))
        else:
            self.history_heading.setText(self.tr("Latest moves of {product}").format(product=chosen.name))
        product_id = chosen.product_id if chosen is not None else None
        self.history.set_records(move_history(session, self.actor, self.centre.id, product_id=product_id))

    def _update_buttons(self) -> None:
        chosen = self.table.selected()
        # Nothing can be booked at a centre without a location in use (added on the Overview tab).
        centre = (
            self.centre.id
            if self.centre is not None and any(location.active for location in self.centre.locations)
            else None
        )
        may_move = centre is not None and self.actor.can(Permission.MOVE_STOCK, centre)
        may_manage = centre is not None and self.actor.can(Permission.MANAGE_CENTRE, centre)
        held = chosen is not None and chosen.quantity > 0
        self.receive_button.setEnabled(may_move)
        self.move_button.setEnabled(may_move and held)
        self.display_button.setEnabled(may_move and chosen is not None)
        self.adjust_button.setEnabled(may_manage)
        self.write_off_button.setEnabled(may_manage and held)
        self.minimum_button.setEnabled(may_manage)
        self.whole_centre_button.setVisible(chosen is not None)

    def _product_chosen(self) -> None:
        if self._listing:
            return
        with self.desk.database.reading() as session:
            self._read_history(session)
        self._update_buttons()

    # Writing -------------------------------------------------------------------------------------

    def receive(self) -> None:
        if self.centre is not None and self.receive_button.isEnabled():
            self._run(ReceiveDialog(self.desk, self.actor, self.centre, self.table.selected(), self))

    def move(self) -> None:
        chosen = self.table.selected()
        if self.centre is not None and chosen is not None and self.move_button.isEnabled():
            self._run(MoveDialog(self.desk, self.actor, self.centre, chosen, self))

    def adjust(self) -> None:
        if self.centre is not None and self.adjust_button.isEnabled():
            self._run(AdjustDialog(self.desk, self.actor, self.centre, self.table.selected(), self))

    def write_off(self) -> None:
        chosen = self.table.selected()
        if self.centre is not None and chosen is not None and self.write_off_button.isEnabled():
            self._run(WriteOffDialog(self.desk, self.actor, self.centre, chosen, self))

    def minimum(self) -> None:
        if self.centre is not None and self.minimum_button.isEnabled():
            self._run(MinimumDialog(self.desk, self.actor, self.centre, self.table.selected(), self))

    def display(self) -> None:
        chosen = self.table.selected()
        if self.centre is None or chosen is None or not self.display_button.isEnabled():
            return
        with self.desk.database.reading() as session:
            shown = shown_at_centre(session, self.centre.id)
        self._run(DisplayDialog(self.desk, self.actor, self.centre, chosen, shown, self))

    def _run(self, dialog: StockDialog) -> None:
        if not dialog.exec() or not dialog.confirmation:
            return
        self.changed.emit()  # the screen reads its tabs again, this one included
        if dialog.product_id is not None:
            self.select(dialog.product_id)
        self.bar.show_info(dialog.confirmation)
