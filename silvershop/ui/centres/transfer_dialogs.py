"""The dialogs of a transfer between centres: shipping it, confirming what arrived, settling what never
did, and the code to write on the delivery slip.

Both ends can scan: the sender scans each unit it packs, the receiver each unit it unpacks, and a
scan adds one to its line, so the count on screen is what was in the hands. Typing a number does the
same for whoever has no scanner. Nothing is written until the dialog's action succeeds as a whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from silvershop.catalog.products import find_product
from silvershop.centres.centres import LocationView
from silvershop.centres.directory import CentreEntry
from silvershop.centres.ledger import MAX_QUANTITY, location_balance
from silvershop.centres.models import LocationKind
from silvershop.centres.stock import ProductStock
from silvershop.centres.transfers import Settlement, ShipItem, TransferView, receive, settle, ship
from silvershop.db.session import transaction
from silvershop.errors import QT_TRANSLATE_NOOP, SilvershopError, ValidationError
from silvershop.labels.payloads import PayloadKind, parse_payload
from silvershop.security.permissions import Actor
from silvershop.ui import theme, vocabulary
from silvershop.ui.desk import Desk
from silvershop.ui.settings.words import local_time
from silvershop.ui.widgets.form_dialog import FormDialog, action_button, fit_height, large_target
from silvershop.ui.widgets.scan_field import ScanField

LINE_HEIGHT = 52  # a combo or spin box of 44 px and a little air


def count_box(value: int, lowest: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(lowest, MAX_QUANTITY)
    box.setValue(value)
    box.setMinimumWidth(110)
    return large_target(box)


def put_field(table: QTableWidget, row: int, column: int, field: QWidget) -> None:
    """A field in a cell, its column widened to show it whole (columns fit their text, not their fields)."""
    table.setCellWidget(row, column, field)
    header = table.horizontalHeader()
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    wanted = field.sizeHint().expandedTo(field.minimumSize()).width() + 16
    header.resizeSection(column, max(header.sectionSize(column), wanted))


def text_cell(text: str | int) -> QTableWidgetItem:
    item = QTableWidgetItem(vocabulary.number(text) if isinstance(text, int) else text)
    if isinstance(text, int):
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def refusal(sentence: str, field: str | None = None) -> ValidationError:
    """A refusal the dialog itself makes (already translated), shown like the services' own."""
    return ValidationError(sentence.replace("{", "{{").replace("}", "}}"), field=field)


def moved_to(err: SilvershopError, field: str) -> SilvershopError:
    """A refusal about what was just scanned or about one line, shown under the field it concerns."""
    err.field = field
    return err


class LinesDialog(FormDialog):
    """A form with a scan field and, under it, a sentence on what the last scan did."""

    last: QLabel

    def scan_row(self, name: str, label: str, *extra: QWidget) -> ScanField:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        scan = ScanField()
        row.addWidget(scan, 1)
        for widget in extra:
            row.addWidget(widget)
        column.addLayout(row)
        self.last = QLabel(objectName="note", wordWrap=True)
        self.last.hide()
        column.addWidget(self.last)
        holder.setFocusProxy(scan)
        self.add(name, label, holder)
        scan.repeated.connect(
            lambda: self.did(self.tr("The same label was read twice within a second; it was counted once."))
        )
        return scan

    def product_code(self, text: str) -> str:
        """The product code in a scan (a product label) or as typed."""
        if not text.startswith("SS:"):
            return text
        payload = parse_payload(text)
        if payload.kind is not PayloadKind.PRODUCT:
            raise refusal(self.tr("This is not a product label; scan the label on the product."))
        return payload.code

    def add_lines(self, name: str, label: str, titles: Sequence[str]) -> QTableWidget:
        """A table whose rows hold fields (added by the dialog); the first column, the product, stretches."""
        table = self.add(name, label, QTableWidget(0, len(titles)))
        table.setHorizontalHeaderLabels(list(titles))
        table.verticalHeader().hide()
        line = theme.target_px(LINE_HEIGHT)
        table.verticalHeader().setDefaultSectionSize(line)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setShowGrid(False)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(titles)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.setMinimumHeight(header.sizeHint().height() + line * 4 + 2 * table.frameWidth())
        return table

    def show_error(self, err: SilvershopError) -> None:
        self.last.hide()  # what the scan before did is no longer the news
        super().show_error(err)

    def did(self, sentence: str) -> None:
        """What the last scan did; any earlier refusal is gone, as it was dealt with."""
        for form in self.forms:
            form.clear_errors()
        self.bar.clear()
        self.last.setText(sentence)
        self.last.show()


@dataclass
class ShipLine:
    product: ProductStock
    location: QComboBox
    quantity: QSpinBox


class ShipDialog(LinesDialog):
    """What to send and where to: each product from the location it is taken from."""

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        centre: CentreEntry,
        centres: Sequence[CentreEntry],
        stock: Sequence[ProductStock],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Ship to another centre"),
            self.tr("Ship"),
            parent,
            intro=self.tr(
                "Scan each unit you pack, or type a product's code and press Enter. The goods leave "
                "{centre}'s books now and enter the other centre's when it confirms what arrived."
            ).format(centre=centre.name),
        )
        self.setMinimumWidth(920)
        self.desk = desk
        self.actor = actor
        self.centre = centre
        self.stock = {line.product_id: line for line in stock if line.places}
        self.to_centre = self.add("to_centre", self.tr("Send to"), QComboBox())
        self.to_centre.addItem(self.tr("Choose the centre…"), None)
        for other in centres:
            if other.active and other.id != centre.id:
                self.to_centre.addItem(f"{other.code}  {other.name}", other.id)
        add_button = action_button(self.tr("Add"))
        add_button.setAutoDefault(False)
        self.scan = self.scan_row("product", self.tr("Product"), add_button)
        self.scan.setPlaceholderText(self.tr("Scan a product label, or type its code and press Enter"))
        self.scan.setAccessibleName(self.tr("Product to send"))
        self.scan.scanned.connect(self.add_one)
        add_button.clicked.connect(self.scan.read)
        self.table = self.add_lines(
            "items", self.tr("To send"), [self.tr("Product"), self.tr("Take from"), self.tr("Quantity"), ""]
        )
        self.note = self.add("note", self.tr("Note"), QLineEdit())
        self.note.setPlaceholderText(self.tr("Optional: who carries it, the vehicle, what it is for"))
        self.lines: list[ShipLine] = []
        self.shipped: TransferView | None = None
        self.scan.setFocus()

    def add_one(self, text: str) -> None:
        """One more of the scanned or typed product: a new line, or one added to its line."""
        try:
            with self.desk.database.reading() as session:
                product = find_product(session, self.actor, self.product_code(text))
            held = self.stock.get(product.id)
            if held is None:
                raise refusal(
                    self.tr(
                        "{code} {name} is not in stock at {centre}, so it cannot be sent from here."
                    ).format(code=product.code, name=product.name, centre=self.centre.name)
                )
        except SilvershopError as err:
            self.show_error(moved_to(err, "product"))
            return
        line = next((line for line in self.lines if line.product.product_id == product.id), None)
        if line is None:
            line = self._new_line(held)
        else:
            line.quantity.setValue(line.quantity.value() + 1)
        self.did(
            self.tr("{code} {name}: {count} to send").format(
                code=held.code, name=held.name, count=vocabulary.number(line.quantity.value())
            )
        )

    def _new_line(self, held: ProductStock) -> ShipLine:
        location = large_target(QComboBox())
        location.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        location.setMinimumContentsLength(16)
        for place in sorted(held.places, key=lambda p: -p.quantity):
            location.addItem(
                self.tr("{code} {name} · {count} there").format(
                    code=place.location_code,
                    name=place.location_name,
                    count=vocabulary.number(place.quantity),
                ),
                place.location_id,
            )
        line = ShipLine(held, location, count_box(1, 1))
        remove = action_button(self.tr("Remove"))
        remove.setAutoDefault(False)
        remove.clicked.connect(lambda: self._remove(line))
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, text_cell(f"{held.code} {held.name}"))
        put_field(self.table, row, 1, location)
        put_field(self.table, row, 2, line.quantity)
        put_field(self.table, row, 3, remove)
        self.lines.append(line)
        return line

    def _remove(self, line: ShipLine) -> None:
        row = self.lines.index(line)
        self.lines.pop(row)
        self.table.removeRow(row)

    def submit(self) -> None:
        to_centre = self.to_centre.currentData()
        if to_centre is None:
            raise refusal(self.tr("Choose the centre to send the goods to."), "to_centre")
        items = [
            ShipItem(line.product.product_id, int(line.location.currentData()), line.quantity.value())
            for line in self.lines
        ]
        try:
            with transaction(self.desk.database.sessions) as session:
                for line, item in zip(self.lines, items, strict=True):
                    self._check_there(session, line, item)
                self.shipped = ship(
                    session, self.actor, self.centre.id, int(to_centre), items, self.note.text()
                )
        except SilvershopError as err:
            if err.field in ("quantity", "from_location"):  # about a line: under the list of lines
                err.field = "items"
            raise

    def _check_there(self, session: Session, line: ShipLine, item: ShipItem) -> None:
        """The ledger refuses to take more than there is too, but without naming the product."""
        there = location_balance(session, item.product_id, item.from_location_id)
        if item.quantity > there:
            place = next(p for p in line.product.places if p.location_id == item.from_location_id)
            raise refusal(
                self.tr(
                    "Only {there} of {code} {name} are at {location}; send fewer, or take them from "
                    "another location."
                ).format(
                    there=vocabulary.number(there),
                    code=line.product.code,
                    name=line.product.name,
                    location=place.location_name,
                ),
                "items",
            )


class ReceiveDialog(LinesDialog):
    """What arrived of one transfer, into one location: typed per line, or counted by scanning."""

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        transfer: TransferView,
        locations: Sequence[LocationView],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Receive transfer {code}").format(code=transfer.code),
            self.tr("Receive"),
            parent,
            intro=(
                self.tr("From {centre}, shipped {date} by {user}.")
                if transfer.shipped_by
                else self.tr("From {centre}, shipped {date}.")  # by someone no longer on record
            ).format(
                centre=transfer.from_centre,
                date=local_time(transfer.shipped_at),
                user=transfer.shipped_by,
            )
            + " "
            + self.tr(
                "Each line starts at what is still on the way; change what did not arrive. To count by "
                "scanning instead, scan the first unit: every line starts again from 0 and each scan "
                "adds one."
            ),
        )
        self.setMinimumWidth(920)
        self.desk = desk
        self.actor = actor
        self.transfer = transfer
        self.location = self.add("location", self.tr("Put it in"), QComboBox())
        usable = sorted(
            (loc for loc in locations if loc.active), key=lambda loc: loc.kind is not LocationKind.STORE
        )
        for location in usable:
            self.location.addItem(f"{location.code}  {location.name}", location.id)
        self.scan = self.scan_row("scan", self.tr("Scan"))
        self.scan.setPlaceholderText(self.tr("Scan each unit as you unpack it"))
        self.scan.setAccessibleName(self.tr("Scan each unit as you unpack it"))
        self.scan.scanned.connect(self.count_scanned)
        self.table = self.add_lines(
            "quantity",
            self.tr("Arrived"),
            [
                self.tr("Product"),
                self.tr("Shipped"),
                self.tr("Received before"),
                self.tr("Still on the way"),
                self.tr("Arrived now"),
            ],
        )
        self.arrived: dict[int, QSpinBox] = {}
        for line in transfer.lines:
            if not line.missing:
                continue
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, text_cell(f"{line.product_code} {line.product_name}"))
            self.table.setItem(row, 1, text_cell(line.shipped))
            self.table.setItem(row, 2, text_cell(line.received))
            self.table.setItem(row, 3, text_cell(line.missing))
            box = self.arrived[line.product_id] = count_box(line.missing, 0)
            put_field(self.table, row, 4, box)
        self.scanning = False
        self.received: TransferView | None = None
        self.scan.setFocus()

    def count_scanned(self, text: str) -> None:
        try:
            self._count_one(text)
        except SilvershopError as err:
            self.show_error(moved_to(err, "scan"))

    def _count_one(self, text: str) -> None:
        code = self.product_code(text)
        line = next((line for line in self.transfer.lines if line.product_code == code), None)
        if line is None:
            with self.desk.database.reading() as session:
                product = find_product(session, self.actor, code)
            raise ValidationError(  # the service's own sentence, so it reads (and translates) the same
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{product} was not sent with transfer {code}; keep it apart and tell the sender.",
                ),
                product=product.name,
                code=self.transfer.code,
            )
        if not self.scanning:  # the first scan: from now on the lines count what is scanned
            self.scanning = True
            for each in self.arrived.values():
                each.setValue(0)
        box = self.arrived.get(line.product_id)
        if box is None or box.value() >= line.missing:
            raise refusal(
                self.tr(
                    "{code} {name}: all that was still on the way ({missing}) is counted already; keep this "
                    "one apart and tell the sender."
                ).format(
                    code=line.product_code, name=line.product_name, missing=vocabulary.number(line.missing)
                )
            )
        box.setValue(box.value() + 1)
        self.did(
            self.tr("{code} {name}: {count} of {missing} arrived").format(
                code=line.product_code,
                name=line.product_name,
                count=vocabulary.number(box.value()),
                missing=vocabulary.number(line.missing),
            )
        )

    def submit(self) -> None:
        location = self.location.currentData()
        if location is None:
            raise refusal(
                self.tr("{centre} has no location in use to put the goods in.").format(
                    centre=self.transfer.to_centre
                ),
                "location",
            )
        arrived = {product: box.value() for product, box in self.arrived.items()}
        with transaction(self.desk.database.sessions) as session:
            self.received = receive(session, self.actor, self.transfer.id, int(location), arrived)


class SettleDialog(FormDialog):
    """The sender's manager closes a transfer whose goods will not all arrive."""

    def __init__(
        self, desk: Desk, actor: Actor, transfer: TransferView, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Settle the shortfall of {code}").format(code=transfer.code),
            self.tr("Settle"),
            parent,
            intro=self.tr(
                "{missing} items of transfer {code} never arrived at {centre}. Say what became of them; "
                "the transfer is then closed."
            ).format(
                missing=vocabulary.number(transfer.missing), code=transfer.code, centre=transfer.to_centre
            ),
        )
        self.setMinimumWidth(680)  # each choice's explanation on one line
        self.desk = desk
        self.actor = actor
        self.transfer = transfer
        choices = QWidget()
        column = QVBoxLayout(choices)
        column.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.radios: dict[Settlement, QRadioButton] = {}
        explained = {
            Settlement.RETURNED: self.tr("They are back on {centre}'s shelf.").format(
                centre=transfer.from_centre
            ),
            Settlement.WRITTEN_OFF: self.tr("Lost or broken on the way; they leave the books."),
        }
        for how, why in explained.items():
            radio = self.radios[how] = large_target(QRadioButton(vocabulary.word(how)))
            self.group.addButton(radio)
            column.addWidget(radio)
            note = QLabel(why, objectName="note")
            note.setContentsMargins(28, 0, 0, 4)  # under the radio's text, not its circle
            column.addWidget(note)
        self.add("how", self.tr("What happened"), choices)
        self.reason = self.add("reason", self.tr("Reason"), QLineEdit())
        self.reason.setPlaceholderText(self.tr("For example: the carrier brought 2 back; box crushed"))
        self.settled: TransferView | None = None

    def submit(self) -> None:
        how = next((how for how, radio in self.radios.items() if radio.isChecked()), None)
        if how is None:
            raise refusal(self.tr("Choose what happened to the missing goods."), "how")
        with transaction(self.desk.database.sessions) as session:
            self.settled = settle(session, self.actor, self.transfer.id, how, self.reason.text())


class ShippedDialog(QDialog):
    """The transfer's code, large, to be written on the delivery slip; it stays until closed."""

    def __init__(self, transfer: TransferView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Shipped"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(
            QLabel(
                self.tr(
                    "{count} items are on their way to {centre}. Write this code on the delivery slip:"
                ).format(count=vocabulary.number(transfer.shipped), centre=transfer.to_centre),
                wordWrap=True,
            )
        )
        self.code = QLabel(transfer.code, objectName="transferCode")
        self.code.setStyleSheet("font-size: 36pt; font-weight: 700; letter-spacing: 4px; padding: 8px 0;")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.code)
        layout.addWidget(
            QLabel(
                self.tr("The receiving centre finds the goods under this code in its list of transfers."),
                objectName="note",
                wordWrap=True,
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        large_target(buttons.button(QDialogButtonBox.StandardButton.Ok))
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height(self)  # the wrapped sentences were measured at another width: the code must not be cut
