"""The stock actions of one centre as forms: receive a delivery, move goods between locations, adjust
the books, write off, set the minimum to keep, and put a product on show.

A product is typed by its code or scanned off its label into the product field; the scanner's Enter
ends the code (and shows the product's name) rather than sending the form half-filled. The product
is looked up again when the form is sent, in the same transaction as the write. Each dialog leaves
the sentence that confirms what it did in `confirmation`, for the tab's message bar.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from silvershop.catalog.products import ProductDetails, find_product
from silvershop.centres.centres import CentreView, LocationView
from silvershop.centres.display import DisplayLine, show_product, stop_showing
from silvershop.centres.models import LocationKind
from silvershop.centres.stock import ProductStock, WriteOffReason, adjust, move_between, receive, write_off
from silvershop.centres.thresholds import set_minimum
from silvershop.db.session import transaction
from silvershop.errors import SilvershopError
from silvershop.security.permissions import Actor
from silvershop.ui import vocabulary
from silvershop.ui.desk import Desk
from silvershop.ui.widgets.form_dialog import DeskDialog, large_target

MOST = 99_999  # far above any shelf, so too many is refused by the ledger with how many there are


def quantity_box(lowest: int = 1) -> QSpinBox:
    box = QSpinBox()
    box.setRange(lowest, MOST)
    box.setFixedWidth(160)
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    return box


def signed(change: int) -> str:
    """A change of quantity as people write it: +3, −2 (a real minus sign)."""
    return f"+{vocabulary.number(change)}" if change > 0 else f"−{vocabulary.number(-change)}"


class ProductCode(QLineEdit):
    """A product code as typed or scanned: no input method (it would compose a scan into characters),
    and Enter ends the code instead of sending the form."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.setClearButtonEnabled(True)
        large_target(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.focusNextChild()


class ProductField(QWidget):
    """The code field with the product's name under it once it is known."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = ProductCode()
        self.code.setPlaceholderText(self.tr("Product code, or scan the product's label"))
        self.name = QLabel(objectName="note", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.code)
        layout.addWidget(self.name)
        self.setFocusProxy(self.code)
        self.code.textEdited.connect(lambda: self.name.setText(""))

    def find(self, session: Session, actor: Actor) -> ProductDetails:
        """The product whose code (or label) is in the field; refused under it when there is none."""
        found = find_product(session, actor, self.code.text())
        self.name.setText(found.name)
        return found


class StockDialog(DeskDialog):
    """A stock action at one centre. Subclasses add their fields and write in `submit`."""

    def __init__(
        self,
        title: str,
        action: str,
        desk: Desk,
        actor: Actor,
        centre: CentreView,
        parent: QWidget | None = None,
        *,
        intro: str = "",
    ) -> None:
        super().__init__(title, action, desk, actor, parent, intro=intro)
        self.centre = centre
        self.product_id: int | None = None  # the product acted on, once the action has succeeded

    def in_use(self) -> list[LocationView]:
        return [location for location in self.centre.locations if location.active]

    def add_product_field(self, chosen: ProductStock | None) -> ProductField:
        """The product to act on, typed or scanned; starts from the product chosen in the list."""
        field = self.add("code", self.tr("Product"), ProductField())
        if chosen is not None:
            field.code.setText(chosen.code)
            field.name.setText(chosen.name)
        field.code.editingFinished.connect(lambda: self._look_up(field))
        return field

    def add_fixed_product(self, product: ProductStock) -> None:
        self.add("product", self.tr("Product"), QLabel(f"{product.name}  ({product.code})", wordWrap=True))

    def add_locations(
        self, name: str, label: str, locations: Sequence[LocationView], held: dict[int, int] | None = None
    ) -> QComboBox:
        """A drop-down of locations; with `held`, each says how many of the product it holds."""
        box = self.add(name, label, QComboBox())
        for location in locations:
            text = f"{location.code}  {location.name}"
            if held is not None:
                text = self.tr("{location} ({count} here)").format(
                    location=text, count=vocabulary.number(held.get(location.id, 0))
                )
            box.addItem(text, location.id)
        return box

    def add_sources(self, name: str, label: str, stock: ProductStock) -> tuple[QComboBox, dict[int, int]]:
        """A drop-down of the locations that hold the product, each saying how many, with those counts."""
        held = {place.location_id: place.quantity for place in stock.places}
        sources = [loc for loc in self.in_use() if loc.id in held]
        return self.add_locations(name, label, sources, held), held

    def location_name(self, box: QComboBox) -> str:
        chosen = box.currentData()
        return next((loc.name for loc in self.centre.locations if loc.id == chosen), "")

    def _look_up(self, field: ProductField) -> None:
        """Name the product typed or scanned, or say why there is none, before the form is sent."""
        if not field.code.text().strip():
            return
        try:
            with self.desk.database.reading() as session:
                field.find(session, self.actor)
        except SilvershopError as err:
            field.name.setText("")
            self.show_error(err)


class ReceiveDialog(StockDialog):
    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        centre: CentreView,
        chosen: ProductStock | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Receive a delivery at {centre}").format(centre=centre.name),
            self.tr("Receive"),
            desk,
            actor,
            centre,
            parent,
            intro=self.tr("Book in goods an enterprise delivered, against the number on its delivery note."),
        )
        self.product = self.add_product_field(chosen)
        locations = self.in_use()
        self.location = self.add_locations("location", self.tr("Into"), locations)
        store = next((i for i, loc in enumerate(locations) if loc.kind is LocationKind.STORE), 0)
        self.location.setCurrentIndex(store)
        self.quantity = self.add("quantity", self.tr("Quantity"), quantity_box())
        self.delivery_note = self.add("delivery_note", self.tr("Delivery note number"), QLineEdit())

    def submit(self) -> None:
        count = self.quantity.value()
        with transaction(self.desk.database.sessions) as session:
            product = self.product.find(session, self.actor)
            receive(
                session,
                self.actor,
                product.id,
                self.location.currentData(),
                count,
                self.delivery_note.text(),
            )
        self.product_id = product.id
        self.confirmation = self.tr("Received {count} × {product} into {location}.").format(
            count=vocabulary.number(count), product=product.name, location=self.location_name(self.location)
        )


class MoveDialog(StockDialog):
    def __init__(
        self, desk: Desk, actor: Actor, centre: CentreView, stock: ProductStock, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Move {product}").format(product=stock.name),
            self.tr("Move"),
            desk,
            actor,
            centre,
            parent,
            intro=self.tr("Goods carried from one location of this centre to another."),
        )
        self.stock = stock
        self.add_fixed_product(stock)
        self.source, held = self.add_sources("location", self.tr("From"), stock)
        most = max(range(self.source.count()), key=lambda i: held[self.source.itemData(i)], default=0)
        self.source.setCurrentIndex(most)  # goods usually leave the store room, where most are
        self.target = self.add_locations("to_location", self.tr("To"), self.in_use(), held)
        self.quantity = self.add("quantity", self.tr("Quantity"), quantity_box())
        self.reason = self.add("reason", self.tr("Reason"), QLineEdit())
        self.reason.setPlaceholderText(self.tr("e.g. put on display; may stay empty"))
        self.source.currentIndexChanged.connect(self._other_target)
        self._other_target()

    def _other_target(self) -> None:
        """Start the destination at another location than the source, a display zone if there is one."""
        if self.target.currentData() != self.source.currentData():
            return
        others = [
            i for i in range(self.target.count()) if self.target.itemData(i) != self.source.currentData()
        ]
        display = {loc.id for loc in self.in_use() if loc.kind is LocationKind.DISPLAY}
        best = next((i for i in others if self.target.itemData(i) in display), others[0] if others else -1)
        self.target.setCurrentIndex(best)

    def submit(self) -> None:
        count = self.quantity.value()
        with transaction(self.desk.database.sessions) as session:
            move_between(
                session,
                self.actor,
                self.stock.product_id,
                self.source.currentData(),
                self.target.currentData(),
                count,
                self.reason.text(),
            )
        self.product_id = self.stock.product_id
        self.confirmation = self.tr("Moved {count} × {product} from {source} to {target}.").format(
            count=vocabulary.number(count),
            product=self.stock.name,
            source=self.location_name(self.source),
            target=self.location_name(self.target),
        )


class AdjustDialog(StockDialog):
    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        centre: CentreView,
        chosen: ProductStock | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Adjust the stock of {centre}").format(centre=centre.name),
            self.tr("Adjust"),
            desk,
            actor,
            centre,
            parent,
            intro=self.tr(
                "Put the books right when they disagree with the shelf and no goods moved: more than booked "
                "is a positive change, fewer a negative one."
            ),
        )
        self.product = self.add_product_field(chosen)
        self.location = self.add_locations("location", self.tr("At"), self.in_use())
        self.change = self.add("quantity", self.tr("Change"), quantity_box(-MOST))
        self.change.setValue(0)
        self.reason = self.add("reason", self.tr("Reason"), QLineEdit())
        self.reason.setPlaceholderText(self.tr("e.g. found during a count"))

    def submit(self) -> None:
        change = self.change.value()
        with transaction(self.desk.database.sessions) as session:
            product = self.product.find(session, self.actor)
            adjust(session, self.actor, product.id, self.location.currentData(), change, self.reason.text())
        self.product_id = product.id
        self.confirmation = self.tr("Adjusted {product} at {location} by {change}.").format(
            product=product.name, location=self.location_name(self.location), change=signed(change)
        )


class WriteOffDialog(StockDialog):
    def __init__(
        self, desk: Desk, actor: Actor, centre: CentreView, stock: ProductStock, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Write off {product}").format(product=stock.name),
            self.tr("Write off"),
            desk,
            actor,
            centre,
            parent,
            intro=self.tr("Goods that are gone for good: damaged, past their date, or lost."),
        )
        self.stock = stock
        self.add_fixed_product(stock)
        self.location, _ = self.add_sources("location", self.tr("At"), stock)
        self.quantity = self.add("quantity", self.tr("Quantity"), quantity_box())
        self.reason = self.add("write_off_reason", self.tr("Why"), QComboBox())
        for reason in WriteOffReason:
            self.reason.addItem(vocabulary.word(reason), reason)
        self.note = self.add("note", self.tr("Note"), QLineEdit())
        self.note.setPlaceholderText(self.tr("e.g. frame bent in a fall; may stay empty"))

    def submit(self) -> None:
        count, reason = self.quantity.value(), WriteOffReason(self.reason.currentData())
        with transaction(self.desk.database.sessions) as session:
            write_off(
                session,
                self.actor,
                self.stock.product_id,
                self.location.currentData(),
                count,
                reason,
                self.note.text(),
            )
        self.product_id = self.stock.product_id
        self.confirmation = self.tr("Wrote off {count} × {product} at {location}: {reason}.").format(
            count=vocabulary.number(count),
            product=self.stock.name,
            location=self.location_name(self.location),
            reason=vocabulary.word(reason),
        )


class MinimumDialog(StockDialog):
    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        centre: CentreView,
        chosen: ProductStock | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Minimum stock at {centre}").format(centre=centre.name),
            self.tr("Save"),
            desk,
            actor,
            centre,
            parent,
            intro=self.tr(
                "The centre should keep at least this many, so someone reorders before the shelf is "
                "empty; 0 removes the minimum."
            ),
        )
        self.product = self.add_product_field(chosen)
        self.minimum = self.add("minimum", self.tr("Keep at least"), quantity_box(0))
        self.minimum.setSpecialValueText(self.tr("No minimum"))
        self.minimum.setFixedWidth(200)
        self.minimum.setValue((chosen.min_quantity or 0) if chosen else 0)

    def submit(self) -> None:
        minimum = self.minimum.value()
        with transaction(self.desk.database.sessions) as session:
            product = self.product.find(session, self.actor)
            set_minimum(session, self.actor, product.id, self.centre.id, minimum or None)
        self.product_id = product.id
        if minimum:
            self.confirmation = self.tr("{centre} keeps at least {count} of {product} from now on.").format(
                centre=self.centre.name, count=vocabulary.number(minimum), product=product.name
            )
        else:
            self.confirmation = self.tr("{product} has no minimum at {centre} any more.").format(
                product=product.name, centre=self.centre.name
            )


class DisplayDialog(StockDialog):
    """Put a product on show at a display zone, or take it off show there: the button says which."""

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        centre: CentreView,
        stock: ProductStock,
        shown: Sequence[DisplayLine],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("{product} on display").format(product=stock.name),
            self.tr("Show here"),
            desk,
            actor,
            centre,
            parent,
            intro=self.tr(
                "Visitors and the kiosk are told where they can try a product. Choose a display zone; "
                "where it is on show now, the button takes it off show."
            ),
        )
        self.stock = stock
        self.shown = {line.location_code: line for line in shown if line.product_id == stock.product_id}
        self.add_fixed_product(stock)
        self.location = self.add("location", self.tr("Display zone"), QComboBox())
        for location in self.in_use():
            if location.kind is LocationKind.DISPLAY or location.code in self.shown:
                text = f"{location.code}  {location.name}"
                if location.code in self.shown:
                    text = self.tr("{location} (on show now)").format(location=text)
                self.location.addItem(text, location.id)
        self.note = self.add("note", self.tr("Note for visitors"), QLineEdit())
        self.note.setPlaceholderText(self.tr("e.g. ask at the desk to try it; may stay empty"))
        self.location.currentIndexChanged.connect(self._say_what_happens)
        if not self.location.count():
            self.bar.show_error(
                self.tr("{centre} has no display zone in use; add one on the Overview tab.").format(
                    centre=centre.name
                )
            )
        self._say_what_happens()

    def _showing_here(self) -> DisplayLine | None:
        chosen = self.location.currentData()
        code = next((loc.code for loc in self.centre.locations if loc.id == chosen), None)
        return self.shown.get(code) if code is not None else None

    def _say_what_happens(self) -> None:
        line = self._showing_here()
        self.action.setText(self.tr("Stop showing here") if line else self.tr("Show here"))
        self.action.setEnabled(self.location.count() > 0)
        self.note.setEnabled(line is None)
        self.note.setText(line.note if line else "")

    def submit(self) -> None:
        line = self._showing_here()
        location = self.location_name(self.location)
        with transaction(self.desk.database.sessions) as session:
            if line is not None:
                stop_showing(session, self.actor, line.id)
            else:
                show_product(
                    session, self.actor, self.stock.product_id, self.location.currentData(), self.note.text()
                )
        self.product_id = self.stock.product_id
        if line is not None:
            self.confirmation = self.tr("{product} is no longer on show at {location}.").format(
                product=self.stock.name, location=location
            )
        else:
            self.confirmation = self.tr("{product} is on show at {location}.").format(
                product=self.stock.name, location=location
            )
