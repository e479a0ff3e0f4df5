"""The forms of the Units tab: registering a unit (then its asset tag, large, to be written on the
unit), what a unit went through, sending it to repair, and taking it out of service for good.

Each form writes through one service call in one transaction; a refusal stays in the form, under
the field it names (the unit's own row for "it is on loan"), and nothing is written. Retiring and
recording a loss cannot be taken back, so they ask once more, naming the unit, before they write.
Each dialog leaves the sentence that confirms what it did in `confirmation`, for the tab's bar.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from silvershop.catalog.browse import ProductRow, SortColumn, product_ids, product_rows
from silvershop.catalog.models import ProductStatus
from silvershop.catalog.products import find_product
from silvershop.catalog.search import ProductFilter
from silvershop.centres.centres import CentreView
from silvershop.centres.models import LocationKind
from silvershop.config import local_today
from silvershop.db.session import transaction
from silvershop.errors import SilvershopError
from silvershop.money import parse_yuan
from silvershop.rental.out_of_service import mark_lost, retire_unit, send_to_repair
from silvershop.rental.units import UnitView, add_unit
from silvershop.security.permissions import Actor
from silvershop.ui import vocabulary
from silvershop.ui.centres.stock_dialogs import ProductCode
from silvershop.ui.desk import Desk
from silvershop.ui.widgets.form_dialog import DeskDialog, FormDialog, confirm, large_target

SEPARATOR = " · "
TAG_POINTS = 40  # to be copied by hand from across the desk


def rentable_products(session: Session, actor: Actor) -> list[ProductRow]:
    """The products a unit may be registered of: offered for rent and not archived, by code."""
    in_use = frozenset(status for status in ProductStatus if status is not ProductStatus.ARCHIVED)
    wanted = ProductFilter(rentable=True, statuses=in_use)
    return product_rows(session, product_ids(session, actor, wanted, SortColumn.CODE))


def close_row(dialog: QDialog) -> QDialogButtonBox:
    """The Close button of a dialog that only shows something."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    large_target(buttons.buttons()[0])
    buttons.rejected.connect(dialog.accept)
    return buttons


def unit_line(unit: UnitView) -> str:
    """A unit as the forms name it: its tag, what it is and, in words, its state."""
    return f"{unit.asset_tag} · {unit.product_name} · {vocabulary.word(unit.state)}"


class ProductPicker(QWidget):
    """The rentable products in a drop-down, or a code typed or scanned off the product's label,
    which chooses it in the drop-down. A scanned code that is no rentable product stays in the field
    and is refused when the form is sent."""

    def __init__(self, desk: Desk, actor: Actor, products: Sequence[ProductRow]) -> None:
        super().__init__()
        self.desk = desk
        self.actor = actor
        self.combo = large_target(QComboBox())
        for product in products:
            model = f" ({product.model})" if product.model else ""
            self.combo.addItem(f"{product.code}  {product.name}{model}", product.id)
        self.combo.setAccessibleName(self.tr("Rentable product"))
        self.code = ProductCode()
        self.code.setPlaceholderText(self.tr("or type its code, or scan the product's label"))
        self.code.setAccessibleName(self.tr("Product code"))
        self.note = QLabel(objectName="note", wordWrap=True)
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.combo)
        layout.addWidget(self.code)
        layout.addWidget(self.note)
        self.setFocusProxy(self.combo)
        self.code.editingFinished.connect(self.look_up)
        self.code.textEdited.connect(self.note.hide)

    def look_up(self) -> None:
        """Choose the product whose code was typed or scanned, or say why it cannot be chosen."""
        if not self.code.text().strip():
            return
        try:
            with self.desk.database.reading() as session:
                found = find_product(session, self.actor, self.code.text())
        except SilvershopError as err:
            self._say("⚠ " + err.localized())
            return
        index = self.combo.findData(found.id)
        if index < 0:
            self._say(
                self.tr(
                    "⚠ {product} is not offered for rent, so no rental unit can be registered of it."
                ).format(product=f"{found.code} {found.name}")
            )
            return
        self.combo.setCurrentIndex(index)
        self.code.clear()
        self.note.hide()

    def _say(self, sentence: str) -> None:
        self.note.setText(sentence)
        self.note.show()

    def chosen(self) -> bool:
        """Whether there is a product to send: one typed, or one in the drop-down."""
        return bool(self.code.text().strip()) or self.combo.currentIndex() >= 0

    def product_id(self, session: Session) -> int:
        """The product to register: the code in the field if one is there, else the one chosen
        (the form's button waits for one of them, see `chosen`)."""
        if self.code.text().strip():
            try:
                return find_product(session, self.actor, self.code.text()).id
            except SilvershopError as err:
                err.field = "product"  # the code field is part of the product's row
                raise
        return int(self.combo.currentData())


class RegisterUnitDialog(FormDialog):
    """`registered` holds the new unit (with its asset tag) once it is written."""

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        centre: CentreView,
        products: Sequence[ProductRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Register a rental unit at {centre}").format(centre=centre.name),
            self.tr("Register"),
            parent,
            intro=self.tr(
                "A device the centre lends out. It is given the centre's next asset tag, which goes on the "
                "unit and its label."
            ),
        )
        self.desk = desk
        self.actor = actor
        self.centre = centre
        self.registered: UnitView | None = None
        self.product = self.add("product", self.tr("Product"), ProductPicker(desk, actor, products))
        if not products:
            self.bar.show_error(
                self.tr("No product is offered for rent yet: mark one rentable in the catalogue first.")
            )
        self.product.code.textChanged.connect(lambda: self.action.setEnabled(self.product.chosen()))
        self.action.setEnabled(self.product.chosen())
        self.serial_no = self.add("serial_no", self.tr("Serial number"), QLineEdit())
        self.serial_no.setPlaceholderText(self.tr("As printed on the device; may stay empty"))
        self.purchased_on = large_target(
            QDateEdit(QDate(local_today()), calendarPopup=True, displayFormat="yyyy-MM-dd")
        )
        self.purchased_on.setMaximumDate(QDate(local_today()))
        self.purchased_on.setFixedWidth(240)
        self.date_unknown = large_target(QCheckBox(self.tr("Not known")))
        self.date_unknown.toggled.connect(lambda unknown: self.purchased_on.setEnabled(not unknown))
        when = QWidget()
        row = QHBoxLayout(when)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        row.addWidget(self.purchased_on)
        row.addWidget(self.date_unknown)
        row.addStretch(1)
        self.add("purchased_on", self.tr("Purchased on"), when)
        self.cost = self.add("purchase_cost", self.tr("Cost (元)"), QLineEdit())
        self.cost.setPlaceholderText(self.tr("e.g. 1299; may stay empty"))
        self.cost.setFixedWidth(240)
        self.location = self.add("location", self.tr("Kept at"), QComboBox())
        self.location.addItem(self.tr("No location yet"), None)
        for location in centre.locations:
            if location.active:
                self.location.addItem(f"{location.code}  {location.name}", location.id)
        store = next(
            (loc.id for loc in centre.locations if loc.active and loc.kind is LocationKind.RENTAL_STORE), None
        )
        if store is not None:  # where rental units are kept, if the centre has such a room
            self.location.setCurrentIndex(self.location.findData(store))

    def _purchased_on(self) -> date | None:
        if self.date_unknown.isChecked():
            return None
        return self.purchased_on.date().toPython()  # type: ignore[return-value]

    def submit(self) -> None:
        cost = parse_yuan(self.cost.text(), field="purchase_cost")
        with transaction(self.desk.database.sessions) as session:
            self.registered = add_unit(
                session,
                self.actor,
                self.product.product_id(session),
                self.centre.id,
                self.serial_no.text(),
                self._purchased_on(),
                cost,
                self.location.currentData(),
                today=local_today(),
            )


class AssetTagDialog(QDialog):
    """The tag a new unit was given, large enough to copy onto the unit from across the desk."""

    def __init__(self, unit: UnitView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Asset tag of the new unit"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(
            QLabel(
                self.tr("{product} is registered under the asset tag").format(product=unit.product_name),
                wordWrap=True,
            )
        )
        self.tag = QLabel(unit.asset_tag, objectName="assetTag")
        big = self.tag.font()
        big.setPointSize(TAG_POINTS)
        big.setWeight(QFont.Weight.Bold)
        big.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 2)
        self.tag.setFont(big)
        self.tag.setMinimumHeight(QFontMetrics(big).height() + 16)
        self.tag.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tag.setAccessibleName(self.tr("Asset tag: {tag}").format(tag=unit.asset_tag))
        layout.addWidget(self.tag, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Write it on the unit where it can be read, or stick its label on it: the label's QR "
                    "code carries {payload}, which the desk's scanner reads."
                ).format(payload=f"SS:U:{unit.asset_tag}"),
                objectName="note",
                wordWrap=True,
            )
        )
        layout.addWidget(close_row(self))


class UnitDialog(DeskDialog):
    """An action on one unit, named in the form's first row (where a refusal about the unit goes)."""

    def __init__(
        self,
        title: str,
        action: str,
        desk: Desk,
        actor: Actor,
        unit: UnitView,
        parent: QWidget | None = None,
        *,
        intro: str = "",
    ) -> None:
        super().__init__(title, action, desk, actor, parent, intro=intro)
        self.unit = unit
        self.unit_label = self.add("unit", self.tr("Unit"), QLabel(unit_line(unit), wordWrap=True))


class RepairDialog(UnitDialog):
    def __init__(self, desk: Desk, actor: Actor, unit: UnitView, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Send {tag} to repair").format(tag=unit.asset_tag),
            self.tr("Send to repair"),
            desk,
            actor,
            unit,
            parent,
            intro=self.tr(
                "The unit leaves the shelf until its repair is finished on the “Cleaning and repairs” tab; "
                "a reservation it was held for moves to another unit."
            ),
        )
        self.fault = self.add("fault", self.tr("Fault"), QLineEdit())
        self.fault.setPlaceholderText(self.tr("What is wrong, e.g. 刹车失灵"))

    def submit(self) -> None:
        with transaction(self.desk.database.sessions) as session:
            send_to_repair(session, self.actor, self.unit.id, self.fault.text(), today=local_today())
        self.confirmation = self.tr("{tag} is in repair: {fault}").format(
            tag=self.unit.asset_tag, fault=self.fault.text().strip()
        )


class OutOfServiceDialog(UnitDialog):
    """Retire a unit or record it lost: a reason, then, once there is one, the question that names the
    unit (`question`: title, sentence, button) before anything is written."""

    question: tuple[str, str, str]

    def add_reason(self, placeholder: str) -> QLineEdit:
        self.reason = self.add("reason", self.tr("Reason"), QLineEdit())
        self.reason.setPlaceholderText(placeholder)
        return self.reason

    def accept(self) -> None:
        # Without a reason the service refuses under the field; there is nothing to ask about yet.
        if not self.reason.text().strip() or confirm(self, *self.question):
            super().accept()


class RetireDialog(OutOfServiceDialog):
    def __init__(self, desk: Desk, actor: Actor, unit: UnitView, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Retire {tag}").format(tag=unit.asset_tag),
            self.tr("Retire…"),
            desk,
            actor,
            unit,
            parent,
            intro=self.tr("A unit worn out or not worth repairing is retired: it is never lent again."),
        )
        self.add_reason(self.tr("e.g. frame bent, not worth repairing"))
        self.question = (
            self.tr("Retire unit"),
            self.tr(
                "Retire {tag} ({product}) for good? It will never be lent again. This cannot be undone."
            ).format(tag=unit.asset_tag, product=unit.product_name),
            self.tr("Retire"),
        )

    def submit(self) -> None:
        with transaction(self.desk.database.sessions) as session:
            retire_unit(session, self.actor, self.unit.id, self.reason.text(), today=local_today())
        self.confirmation = self.tr("{tag} is retired: {reason}").format(
            tag=self.unit.asset_tag, reason=self.reason.text().strip()
        )


class LostDialog(OutOfServiceDialog):
    def __init__(self, desk: Desk, actor: Actor, unit: UnitView, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Record {tag} as lost").format(tag=unit.asset_tag),
            self.tr("Mark lost…"),
            desk,
            actor,
            unit,
            parent,
            intro=self.tr(
                "A unit not found at a count, or reported lost by the resident who has it. A loan it is on "
                "stays open until the return desk settles the deposit."
            ),
        )
        self.add_reason(self.tr("e.g. not found at the count"))
        self.question = (
            self.tr("Record unit as lost"),
            self.tr(
                "Record {tag} ({product}) as lost? It will not be lent again. This cannot be undone."
            ).format(tag=unit.asset_tag, product=unit.product_name),
            self.tr("Mark lost"),
        )

    def submit(self) -> None:
        with transaction(self.desk.database.sessions) as session:
            mark_lost(session, self.actor, self.unit.id, self.reason.text(), today=local_today())
        self.confirmation = self.tr("{tag} is recorded as lost: {reason}").format(
            tag=self.unit.asset_tag, reason=self.reason.text().strip()
        )
