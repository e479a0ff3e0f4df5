"""The catalogue screen: what the promotion catalogue holds at a glance, its products to search,
filter, sort and edit, and the enterprises that make them.

The products come first: finding and correcting them is what people open the catalogue for. The
enterprises and the overview (the counts by status and by scheme the office checks before a
submission) are a tab away; who may not change the catalogue sees it without the buttons that would.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from silvershop.catalog.models import ProductStatus
from silvershop.catalog.products import find_product
from silvershop.labels.payloads import Payload, PayloadKind
from silvershop.stats.overview import SchemeCount, StatusCount, catalogue_overview
from silvershop.ui import vocabulary
from silvershop.ui.catalog.enterprises_tab import EnterprisesTab
from silvershop.ui.catalog.products_tab import ProductsTab
from silvershop.ui.desk import Desk
from silvershop.ui.widgets.figures import FigureGrid
from silvershop.ui.widgets.record_table import Column, RecordTable
from silvershop.ui.widgets.screen import SPACING, Screen, column, section, side_by_side
from silvershop.ui.widgets.tabs import SectionTabs


class CatalogScreen(Screen):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(
            desk,
            self.tr("Catalogue"),
            self.tr(
                "The promotion catalogue of elderly-care products and services, and the enterprises "
                "that make them."
            ),
            parent,
        )
        self.figures = FigureGrid([self.tr("Products"), self.tr("Enterprises"), self.tr("Products for rent")])
        self.by_status: RecordTable[StatusCount] = RecordTable(
            [
                Column(self.tr("Status"), lambda r: vocabulary.word(r.status), stretch=True),
                Column(self.tr("Products"), lambda r: r.products),
            ],
            fit_rows=True,
        )
        self.by_scheme: RecordTable[SchemeCount] = RecordTable(
            [
                Column(self.tr("Category scheme"), lambda r: r.scheme, stretch=True),
                Column(self.tr("Edition"), lambda r: r.edition),
                Column(self.tr("Products"), lambda r: r.products),
            ],
            fit_rows=True,
        )
        overview = QWidget()
        layout = QVBoxLayout(overview)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(self.figures)
        layout.addLayout(
            side_by_side(
                column(section(self.tr("Products by status")), self.by_status),
                column(section(self.tr("Products by category scheme")), self.by_scheme),
                stretches=(2, 5),
            ),
            1,
        )
        self.tabs = SectionTabs()
        self.products: ProductsTab | None = None
        self.enterprises: EnterprisesTab | None = None
        self._readers: dict[QWidget, Callable[[Session], None]] = {}
        if desk.actor is not None:
            self.products = ProductsTab(desk, desk.actor)
            self.enterprises = EnterprisesTab(desk, desk.actor)
            self.tabs.add(self.products, self.tr("Products", "tab"))
            self.tabs.add(self.enterprises, self.tr("Enterprises", "tab"))
            self._readers[self.products] = self.products.refresh
            self._readers[self.enterprises] = self.enterprises.refresh
            self.products.changed.connect(self.reload)
            self.enterprises.changed.connect(self.reload)
            self.enterprises.show_products.connect(self.show_enterprise_products)
        self.overview = overview
        self.tabs.add(overview, self.tr("Overview"))
        self._readers[overview] = self._read_overview
        # A tab not in view is read when it is opened, not with the rest: the counts over 100,000
        # products and 3,000 enterprises are not worth reading for someone who came to find a product.
        self._stale: set[QWidget] = set()
        self.tabs.currentChanged.connect(self._read_if_stale)
        self.body.addWidget(self.tabs, 1)

    def refresh(self, session: Session) -> None:
        current = self.tabs.currentWidget()
        for tab, read in self._readers.items():
            if tab is current:
                read(session)
                self._stale.discard(tab)
            else:
                self._stale.add(tab)

    def _read_overview(self, session: Session) -> None:
        summary = catalogue_overview(session)
        self.figures.set_values(
            vocabulary.number(summary.products),
            vocabulary.number(summary.enterprises),
            vocabulary.number(summary.rentable),
        )
        self.by_status.set_records(summary.by_status)
        self.by_scheme.set_records(summary.by_scheme)

    def _read_if_stale(self) -> None:
        tab = self.tabs.currentWidget()
        if tab not in self._stale:
            return
        self._stale.discard(tab)
        with self.desk.database.reading() as session:
            self._readers[tab](session)

    def reload(self) -> None:
        """Read everything again after a change made here, so every tab shows it at once."""
        with self.desk.database.reading() as session:
            self.refresh(session)

    def show_enterprise_products(self, enterprise_id: int) -> None:
        if self.products is not None:
            self.tabs.setCurrentWidget(self.products)  # reads the products if they are not yet
            self.products.show_enterprise(enterprise_id)

    # Scanned labels (ui/scanned_labels.py) --------------------------------------------------------

    def takes_scan(self, kind: PayloadKind) -> bool:
        return kind is PayloadKind.PRODUCT and self.products is not None

    def show_scanned(self, payload: Payload) -> str:
        return self.show_product_code(payload.code)

    def show_product_code(self, code: str) -> str:
        """Choose the product with `code` in the products tab, searched for by its code alone whatever
        was searched or filtered before, and return its name; NotFound when no product has the code."""
        products = self.products
        assert products is not None and self.desk.actor is not None  # someone is signed in
        with self.desk.database.reading() as session:
            product = find_product(session, self.desk.actor, code)
            filters = products.filters
            was_blocked = filters.blockSignals(True)
            filters.clear()
            if product.status is ProductStatus.ARCHIVED:  # hidden by default: show that status only
                filters.status.setCurrentIndex(filters.status.findData(product.status.value))
            filters.blockSignals(was_blocked)
            was_blocked = products.query.blockSignals(True)
            products.query.setText(product.code)
            products.query.blockSignals(was_blocked)
            products.pause.stop()  # a search typed just before would otherwise replace this one
            self._stale.discard(products)  # read here, not a second time as the tab comes into view
            self.tabs.setCurrentWidget(products)
            products.refresh(session)
        products.select(product.id)
        return product.name
