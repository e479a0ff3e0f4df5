"""Adding or correcting a product: every field the bureau's workbook and the rental desk need, on
five pages, refused under the field that is wrong and stored all at once or not at all.

A refusal opens the page its field is on, so a wrong price found while the categories page is shown
is not missed. Prices are typed in 元 as people write them (1299, 1,299.50, ¥1299) and the service
reads them into fen; an amount or a number of days is checked as its field is left (field_checks.py).
The rent fields are open only for a product the desk lends, but what they hold is kept when the box
is unticked: a product taken off the rental list for a season comes back with its rent. The photos
page keeps its changes until Save, like the other fields (see photos.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from silvershop.catalog.browse import SchemeNode
from silvershop.catalog.models import ProductStatus
from silvershop.catalog.product_checks import FIRST_LISTING_YEAR
from silvershop.catalog.products import ProductDetails, ProductInput, add_product, update_product
from silvershop.config import local_today
from silvershop.db.session import transaction
from silvershop.errors import SilvershopError
from silvershop.money import format_yuan
from silvershop.security.permissions import Actor
from silvershop.ui import theme
from silvershop.ui.catalog import words
from silvershop.ui.catalog.category_picker import AssistivePicker, CategoryChecks
from silvershop.ui.catalog.field_checks import FieldChecks, grace_days, money
from silvershop.ui.catalog.photos import PhotosPanel
from silvershop.ui.catalog.searchable import SearchableCombo
from silvershop.ui.desk import Desk
from silvershop.ui.widgets.form_dialog import fit_height, large_target
from silvershop.ui.widgets.forms import Form, MessageBar
from silvershop.ui.widgets.tabs import SectionTabs

DEVICE_CLASSES = ("I", "II", "III")
MONEY_WIDTH = 320


class ProductDialog(QDialog):
    """`saved` holds the product as stored once Save has succeeded."""

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        schemes: Sequence[SchemeNode],
        enterprises: Sequence[tuple[int, str]],
        details: ProductDetails | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.details = details
        self.saved: ProductDetails | None = None
        self._where: dict[str, tuple[Form, int]] = {}
        self._fields: dict[str, QWidget] = {}
        self.checks = FieldChecks(self)
        self.setWindowTitle(
            self.tr("New product")
            if details is None
            else self.tr("Product {code} {name}").format(code=details.code, name=details.name)
        )
        self.setMinimumWidth(theme.text_px(920))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        self.bar = MessageBar()
        self.tabs = SectionTabs()
        layout.addWidget(self.bar)
        layout.addWidget(self.tabs, 1)
        self._basics(enterprises)
        self._categories(schemes)
        self._medical()
        self._prices()
        self._photos()
        self.buttons = QDialogButtonBox()
        self.action = self.buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button in (self.action, self.cancel):
            large_target(button)
        self.action.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._fill(details)
        self._sync()

    # Pages -----------------------------------------------------------------------------------

    def _page(self, title: str, columns: int = 1) -> list[Form]:
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 8, 0, 0)
        row = QHBoxLayout()
        row.setSpacing(32)
        forms = [Form() for _ in range(columns)]
        for form in forms:
            form.layout_.setHorizontalSpacing(16)
            row.addWidget(form, 1)
        outer.addLayout(row)
        self.tabs.add(page, title)
        return forms

    def _add(self, form: Form, name: str, label: str, widget: QWidget) -> None:
        """A field under `name`, the ProductInput attribute a refusal names."""
        form.add(name, label, large_target(widget))
        self._where[name] = (form, self.tabs.count() - 1)
        self._fields[name] = widget

    def _basics(self, enterprises: Sequence[tuple[int, str]]) -> None:
        left, right = self._page(self.tr("Basic information"), columns=2)
        self.name = QLineEdit()
        self.model = QLineEdit()
        self.model.setPlaceholderText(self.tr("型号规格, as written on the product"))
        self.enterprise = SearchableCombo()
        self.enterprise.set_items([(None, self.tr("Choose the maker…")), *enterprises])
        self.enterprise.lineEdit().setPlaceholderText(self.tr("Type part of the name"))
        self.brand = QLineEdit()
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("Empty: the next free code (P-000123)"))
        self.scenario = QLineEdit()
        self.scenario.setPlaceholderText(self.tr("e.g. home, community, care home"))
        self.status = QComboBox()
        for status in words.STATUSES:
            self.status.addItem(words.status(status), status)
        self.listing_year = QComboBox()
        self.recommending_unit = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setMinimumHeight(110)
        self.description.setTabChangesFocus(True)
        for name, label, widget in (
            ("name", self.tr("Name"), self.name),
            ("model", self.tr("Model"), self.model),
            ("enterprise_id", self.tr("Enterprise"), self.enterprise),
            ("brand", self.tr("Brand"), self.brand),
            ("code", self.tr("Product code"), self.code),
        ):
            self._add(left, name, label, widget)
        for name, label, widget in (
            ("status", self.tr("Status"), self.status),
            ("listing_year", self.tr("Listing year"), self.listing_year),
            ("recommending_unit", self.tr("Recommended by"), self.recommending_unit),
            ("scenario", self.tr("Where it is used"), self.scenario),
            ("description", self.tr("Description"), self.description),
        ):
            self._add(right, name, label, widget)

    def _categories(self, schemes: Sequence[SchemeNode]) -> None:
        [form] = self._page(self.tr("Categories"))
        self.categories = CategoryChecks(schemes)
        self.assistive = AssistivePicker(schemes)
        self._add(form, "category_ids", self.tr("Catalogues"), self.categories)
        self._add(form, "assistive_category_id", self.tr("Assistive-product code"), self.assistive)

    def _medical(self) -> None:
        [form] = self._page(self.tr("Medical device"))
        self.is_medical_device = QCheckBox(self.tr("This product is a medical device (医疗器械)"))
        self.device_class = QComboBox()
        self.device_class.addItem(self.tr("Choose the class…"), "")
        for value in DEVICE_CLASSES:
            self.device_class.addItem(self.tr("Class {value}").format(value=value), value)
        self.registration_no = QLineEdit()
        self.registration_no.setPlaceholderText(self.tr("注册证号 or 备案号"))
        self._add(form, "is_medical_device", self.tr("Medical device"), self.is_medical_device)
        self._add(form, "device_class", self.tr("Class"), self.device_class)
        self._add(form, "registration_no", self.tr("Registration number"), self.registration_no)
        self.is_medical_device.toggled.connect(self._sync)

    def _prices(self) -> None:
        [form] = self._page(self.tr("Price and rental"))
        amount = self.tr("in 元, e.g. 1299 or 1,299.50")
        self.reference_price = QLineEdit(placeholderText=amount)
        self.rentable = QCheckBox(self.tr("The rental desk lends this product"))
        self.monthly_rent = QLineEdit(placeholderText=amount)
        self.deposit = QLineEdit(placeholderText=self.tr("in 元; 0 if none is taken"))
        self.late_fee_per_day = QLineEdit(placeholderText=self.tr("Empty: the centre's late fee"))
        self.grace_days = QLineEdit(placeholderText=self.tr("Empty: the centre's grace days"))
        for name, label, widget in (
            ("reference_price", self.tr("Reference price (元)"), self.reference_price),
            ("rentable", self.tr("Rental"), self.rentable),
            ("monthly_rent", self.tr("Monthly rent (元)"), self.monthly_rent),
            ("deposit", self.tr("Deposit (元)"), self.deposit),
            ("late_fee_per_day", self.tr("Late fee per day (元)"), self.late_fee_per_day),
            ("grace_days", self.tr("Days of grace"), self.grace_days),
        ):
            self._add(form, name, label, widget)
        for name, field in (
            ("reference_price", self.reference_price),
            ("monthly_rent", self.monthly_rent),
            ("deposit", self.deposit),
            ("late_fee_per_day", self.late_fee_per_day),
        ):
            field.setMaximumWidth(MONEY_WIDTH)  # an amount is short; a wide box hides what it is
            self.checks.watch(field, money(name))
        self.grace_days.setMaximumWidth(MONEY_WIDTH)
        self.checks.watch(self.grace_days, grace_days)
        self.rentable.toggled.connect(self._sync)

    def _photos(self) -> None:
        [form] = self._page(self.tr("Photos"))
        self.photos = PhotosPanel(self.details.images if self.details is not None else ())
        self.photos.refused.connect(self.show_error)
        self._add(form, "image", self.tr("Photos"), self.photos)

    # Values ----------------------------------------------------------------------------------

    def _fill(self, details: ProductDetails | None) -> None:
        current = details.listing_year if details is not None else None
        years = range(local_today().year + 1, FIRST_LISTING_YEAR - 1, -1)
        self.listing_year.addItem(self.tr("Not listed yet"), None)
        for year in years:
            self.listing_year.addItem(str(year), year)
        if details is None:
            self.status.setCurrentIndex(self.status.findData(words.STATUSES[0]))
            return
        self.name.setText(details.name)
        self.model.setText(details.model)
        self.enterprise.choose(details.enterprise_id)
        self.brand.setText(details.brand)
        self.code.setText(details.code)
        self.scenario.setText(details.scenario)
        self.status.setCurrentIndex(self.status.findData(details.status))
        self.listing_year.setCurrentIndex(max(0, self.listing_year.findData(current)))
        self.recommending_unit.setText(details.recommending_unit)
        self.description.setPlainText(details.description)
        self.categories.choose(details.category_ids)
        self.assistive.choose(details.assistive_category_id)
        self.is_medical_device.setChecked(details.is_medical_device)
        self.device_class.setCurrentIndex(max(0, self.device_class.findData(details.device_class)))
        self.registration_no.setText(details.registration_no)
        self.reference_price.setText(format_yuan(details.reference_price_fen))
        self.rentable.setChecked(details.rentable)
        self.monthly_rent.setText(format_yuan(details.monthly_rent_fen))
        self.deposit.setText(format_yuan(details.deposit_fen))
        self.late_fee_per_day.setText(format_yuan(details.late_fee_per_day_fen))
        self.grace_days.setText("" if details.grace_days is None else str(details.grace_days))

    def _sync(self) -> None:
        """Open the fields that apply: rent only for what the desk lends, class for a medical device."""
        for widget in (self.monthly_rent, self.deposit, self.late_fee_per_day, self.grace_days):
            widget.setEnabled(self.rentable.isChecked())
        for widget in (self.device_class, self.registration_no):
            widget.setEnabled(self.is_medical_device.isChecked())

    def data(self) -> ProductInput:
        """The form as typed. The rent fields go too when the box is unticked: greyed means "not used
        while the desk does not lend it", not "forget it", and the service keeps them."""
        enterprise = self.enterprise.value()
        return ProductInput(
            name=self.name.text(),
            model=self.model.text(),
            enterprise_id=enterprise if isinstance(enterprise, int) else 0,
            brand=self.brand.text(),
            code=self.code.text(),
            scenario=self.scenario.text(),
            category_ids=self.categories.chosen(),
            assistive_category_id=self.assistive.value(),
            is_medical_device=self.is_medical_device.isChecked(),
            device_class=str(self.device_class.currentData() or ""),
            registration_no=self.registration_no.text(),
            reference_price=self.reference_price.text(),
            monthly_rent=self.monthly_rent.text(),
            deposit=self.deposit.text(),
            late_fee_per_day=self.late_fee_per_day.text(),
            grace_days=self.grace_days.text(),
            rentable=self.rentable.isChecked(),
            description=self.description.toPlainText(),
            listing_year=self.listing_year.currentData(),
            recommending_unit=self.recommending_unit.text(),
            status=ProductStatus(self.status.currentData()),
        )

    # Saving ----------------------------------------------------------------------------------

    def submit(self) -> None:
        """The product and its photos in one transaction: a refusal of either stores neither."""
        data = self.data()
        with transaction(self.desk.database.sessions) as session:
            if self.details is None:
                saved = add_product(session, self.actor, data)
            else:
                saved = update_product(session, self.actor, self.details.id, data)
            if self.photos.changed():
                self.photos.save(session, self.actor, saved.id)
        self.saved = saved

    def accept(self) -> None:
        try:
            self.submit()
        except SilvershopError as err:
            self.show_error(err)
            return
        super().accept()

    def show_error(self, err: SilvershopError) -> None:
        """The sentence under its field, on the page that holds it; else in the bar on top."""
        self.bar.clear()
        for form, _page in self._where.values():
            form.clear_errors()
        place = self._where.get(err.field or "")
        if place is None:
            self.bar.show_error(err.localized())
        else:
            form, page = place
            self.tabs.setCurrentIndex(page)
            self._open_refused(err.field or "")
            form.show_error(err)
        fit_height(self)

    def _open_refused(self, field: str) -> None:
        """A greyed field the service refuses (a rent typed before the box was unticked) is opened,
        so what it holds can be put right rather than only read."""
        widget = self._fields.get(field)
        if widget is not None and not widget.isEnabled():
            widget.setEnabled(True)
